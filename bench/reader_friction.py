"""Which of the misreadings debate19-21's builders wrote down (``bench/debate19/friction.md``
…) a reader still makes (``python3 -m bench.reader_friction [READER ...]``, default 11
and 12; ``--show`` prints each item's failing checks), and which of debate22-23's
(``ITEMS_22``, pages written blind to reader 11, read while reader 12 was written).

Each raw page is read as ``argmap add --reader N`` reads it (a WhatsApp export from its
``_chat.txt``, as the builder added it) and each friction item is a handful of checks on
its sentences and metadata, written from the friction lists:

- ``read``: a sentence holds the words (argued text the reader dropped), with the speaker
  named when one is given ("Sigrid Vold" for a comment of hers);
- ``gone``: no sentence holds the words (furniture read as a sentence);
- ``apart``: no sentence holds both (two sentences read as one, or a message as one);
- ``field``: the page's title, author, outlet or date is the value.

An item is fixed when all its checks pass. Also counted over the pages: sentences,
sentences with a speaker, and the characters of the ``read`` checks' words found (text
recovered). These debates are the readers' tuning data since session 12: no held-out
figure.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (debate, page, item, checks); a check is (kind, words, speaker or value)
Check = tuple[str, str, str]
ITEMS: list[tuple[str, str, str, list[Check]]] = [
    ("debate19", "give-us-our-evenings-back.html", "Substack comments lost", [
        ("read", "You concede the biology and then ignore it.", "Sigrid Vold"),
        ("read", "I don't ignore it, Sigrid, I weigh it against the evening rush.", "Magnus Eide"),
        ("read", "Keep changing the clocks until Velmark moves, then move with them.", "Ole Brekke"),
        ("read", "Coach of an under-12 girls' team here.", "Liv Tangen"),
        ("read", "I just want them to stop fiddling with the clocks", "Arvid H."),
    ]),
    ("debate19", "give-us-our-evenings-back.html", "footnote markers glued", [
        ("gone", "restaurants1.", ""), ("gone", "change2.", ""),
    ]),
    ("debate19", "why-hasnt-norvania-abolished-the-clock-change.html", "SE comments lost", [
        ("read", "Note that a consultation is not a poll", "Pelle"),
        ("read", "The \"patchwork\" worry is overblown", "Tordis"),
        ("read", "Good answer, but point 3 is a little unfair", "M. Solvik"),
        ("read", "Doctors are not the only people with evidence", "Kari Lund"),
    ]),
    ("debate19", "why-hasnt-norvania-abolished-the-clock-change.html", "SE posts no speakers", [
        ("read", "Norvania's government held a consultation on the clock change in 2026.",
         "Kari Lund"),
        ("read", "The 74% is not a majority for anything.", "Halvard K."),
        ("read", "The medical bodies that have looked at this", "Nygaard"),
        ("read", "A shorter answer: the Bill is written the way it is", "Benedikte"),
    ]),
    ("debate19", "why-hasnt-norvania-abolished-the-clock-change.html", "SE chrome kept", [
        ("gone", "is a question and answer site", ""), ("gone", "It only takes a minute", ""),
        ("gone", "Anybody can answer", ""), ("gone", "Viewed 2k times", ""),
        ("gone", "3 Answers", ""), ("gone", "Your Answer", ""),
        ("gone", "Not the answer you're looking for", ""), ("gone", "Modified 6 days ago", ""),
    ]),
    ("debate19", "why-hasnt-norvania-abolished-the-clock-change.html", "SE title prefix", [
        ("field", "title",
         "Why hasn't Norvania abolished the clock change when 74% of respondents wanted it?"),
    ]),
    ("debate19", "WhatsApp Chat - Lindqvist family", "WhatsApp message one sentence", [
        ("apart", "The Sleep Society wants standard time all year.|Finally someone says it!!", ""),
    ]),
    ("debate19", "WhatsApp Chat - Lindqvist family", "WhatsApp media and system lines", [
        ("gone", "sticker omitted", ""), ("gone", "image omitted", ""),
        ("gone", "audio omitted", ""), ("gone", "end-to-end encrypted", ""),
    ]),
    ("debate19", "WhatsApp Chat - Lindqvist family", "WhatsApp title the group as a member", [
        ("field", "title", "Lindqvist family"),
    ]),
    ("debate19", "clock-change-bill-which-time-is-better-for-bike-commuters.html",
     "Discourse no speakers", [
        ("read", "For riders my view is simple: permanent summer time.", "lars_h"),
        ("read", "You can say that in Aldmark.", "ingeborg_t"),
        ("read", "GP and daily rider here.", "dr_sykkel"),
        ("read", "First post, long-time lurker.", "tobias_k"),
     ]),
    ("debate19", "clock-change-bill-which-time-is-better-for-bike-commuters.html",
     "Discourse no author", [("field", "author", "lars_h")]),
    ("debate19", "norvania-briefing-212-transcript.html", "voice note speaker", [
        ("read", "On the farm the change is a nuisance for a week", "Tove"),
        ("gone", "Tove (listener) 00:09:22", ""),
    ]),
    ("debate19", "norvania-briefing-212-transcript.html", "podcast chrome", [
        ("gone", "Listen on Apple Podcasts", ""),
        ("gone", "Your browser does not support the audio element.", ""),
        ("gone", "This transcript was produced with automated speech recognition", ""),
    ]),
    ("debate19", "i-changed-my-mind-about-the-clocks-three-times.html", "Medium chrome", [
        ("gone", "Member-only story", ""), ("gone", "Written by Ragnhild Saether", ""),
        ("gone", "3.4K Followers", ""), ("gone", "Responses (27)", ""),
        ("gone", "Recommended from Medium", ""), ("gone", "5 min read", ""),
    ]),
    ("debate19", "written-evidence-TCC0042.html", "evidence <dl> metadata", [
        ("gone", "Submitter", ""), ("gone", "Reference", ""), ("gone", "PDF version", ""),
        ("field", "author", "Norvanian Sleep Society"), ("field", "date", "2027-05-14"),
    ]),
    ("debate19", "written-evidence-TCC0042.html", "evidence footnote marker glued", [
        ("gone", "obesity1.", ""),
    ]),
    ("debate20", "(3) Dolna Strana Neighbours – Vesnik _ Facebook.html",
     "Facebook comments lost", [
        ("read", "Since when is staying at home a crime in this country?", "Ivo Brandt"),
        ("read", "Pensioners vote, so pensions get protected", "Helena Vuk"),
        ("read", "Helena they'd come for the photo and leave", "Marta"),
        ("read", "The random votes thing is a myth.", "Dušan Perić"),
        ("read", "Why not just make election day a holiday?", "Sanja Horak"),
        ("read", "Nobody goes to prison under this bill.", "Mila Radić"),
        ("read", "Automatic registration on its own would bring in", "Ana Šimić"),
     ]),
    ("debate20", "(3) Dolna Strana Neighbours – Vesnik _ Facebook.html",
     "Facebook chrome and author", [
        ("gone", "12.4K members", ""), ("gone", "+ Invite", ""), ("gone", "All reactions", ""),
        ("gone", "Top fan", ""), ("gone", "View more comments", ""), ("gone", "15 of 87", ""),
        ("field", "author", "Marta Jelen"),
     ]),
    ("debate20", "Don't fine voters. Stop making voting hard. _ LinkedIn.html",
     "LinkedIn comments lost", [
        ("read", "Chile tried exactly this", "Marko Vidić"),
        ("read", "A public holiday in June would cost my company", "Jana Petrović"),
        ("read", "Automatic registration, please, and then ask me again about fines.",
         "Elena Ris"),
     ]),
    ("debate20", "Don't fine voters. Stop making voting hard. _ LinkedIn.html",
     "LinkedIn more articles", [
        ("gone", "More articles by Daria Kovač", ""), ("gone", "See all articles", ""),
     ]),
    ("debate20",
     "Yes, make us vote. Democracy is not a spectator sport _ Goran Lisac _ The Vesnik "
     "Herald.html", "Disqus in a SingleFile frame", [
        ("read", "was the right phrase in 2011", "Ravnik_was_right"),
        ("read", "The author admits the fine hurts the poor", "Milena K."),
        ("read", "Fix that before you fine me.", "anaR"),
     ]),
    ("debate20",
     "Yes, make us vote. Democracy is not a spectator sport _ Goran Lisac _ The Vesnik "
     "Herald.html", "Herald appeal and Most viewed", [
        ("gone", "before you move on", ""), ("gone", "Support the Herald", ""),
        ("gone", "Most viewed", ""), ("gone", "Dinamo clinch title", ""),
     ]),
    ("debate20",
     "Yes, make us vote. Democracy is not a spectator sport _ Goran Lisac _ The Vesnik "
     "Herald.html", "dateline glued", [("gone", "CESTLast modified", "")]),
    ("debate20", "Should Ostravel make voting compulsory, like Australia does_ - Quora.html",
     "Quora answers no speakers", [
        ("read", "No. A vote you are forced to cast is not a choice", "Viktor Hale"),
        ("read", "Yes, and the objections in the top answer are weaker", "Emil Horvat"),
        ("read", "So, with some reluctance, yes.", "Katarina Dolenc"),
        ("gone", "Software engineer in Vesnik", ""),
     ]),
    ("debate20", "Should Ostravel make voting compulsory, like Australia does_ - Quora.html",
     "Quora chrome", [
        ("gone", "All related (23)", ""), ("gone", "14.2K views", ""),
        ("gone", "Related questions", ""), ("gone", "© Quora, Inc.", ""),
     ]),
    ("debate20", "Civic Duty Bill (Ostravel) - Wikipedia.html", "Wikipedia maintenance box", [
        ("gone", "This article documents a current legislative proposal.", ""),
        ("gone", "Information may change rapidly", ""),
    ]),
    ("debate21", "osterby-memo-kbc-after-the-licence.rst", ".rst refused", [
        ("field", "title", "KBC after the Licence: Pay for What You Watch"),
    ]),
    ("debate21", "osterby-memo-kbc-after-the-licence.txt", "rST saved as text", [
        ("field", "title", "KBC after the Licence: Pay for What You Watch"),
        ("field", "author", "Kasper Lind"),
        ("gone", "coding: utf-8", ""), ("gone", ":Author:", ""), ("gone", ".. contents::", ""),
        ("gone", ".. [#viewing]", ""), ("gone", "=====", ""), ("gone", "*Independence.*", ""),
        ("apart", "for over-65s|A charge on every household", ""),
    ]),
    ("debate21", "kbc-licence-fee-white-paper-household-levy-live.html", "live blog chrome", [
        ("gone", "Please turn on JavaScript", ""), ("gone", "Pinned post", ""),
        ("gone", "17.55 CEST", ""), ("gone", "Updated at 18.02 CEST", ""),
        ("gone", "Newest Previous", ""), ("gone", "Most viewed", ""),
     ]),
    ("debate21", "kbc-licence-fee-white-paper-household-levy-live.html", "live blog outlet", [
        ("field", "outlet", "Kestrany Herald"),
    ]),
    ("debate21", "landsraad-written-questions-kbc-funding.html", "written questions", [
        ("gone", "Asked by Ruth Ellingsen", ""), ("gone", "Tabled on 11 January 2027", ""),
        ("gone", "View full question and answer", ""), ("gone", "Showing 1 - 6 of 6", ""),
        ("read", "In 2026, 27,400 people were prosecuted for licence evasion", "Tove Marsalek"),
        ("read", "To ask the Minister for Culture and Media, how many people were prosecuted",
         "Ruth Ellingsen"),
     ]),
    ("debate21", "public-media-futures-levy-licence-tax-or-subscription.html",
     "WordPress footnote markers", [
        ("gone", "thirds.1", ""), ("gone", "same time.2", ""), ("gone", "claim.6", ""),
     ]),
    ("debate21", "public-media-futures-levy-licence-tax-or-subscription.html",
     "WordPress comments lost", [
        ("read", "is itself a choice for the status quo", "Per Lunde"),
        ("read", "I would still rather it chose knowing what it is choosing.", "Ilse Varga"),
        ("read", "I don't see how anyone on the left can support the levy.", "M. Sandvik"),
     ]),
    ("debate21", "sorvi-static-tumblr-kbc-levy.html", "Tumblr trail no speakers", [
        ("read", "respectfully, a flat levy is a poll tax with better branding.",
         "mossgreen-dialectics"),
        ("read", "why should i pay for KBC at all tho.", "pixelgrain-tv"),
        ("read", "you have chosen KBC, you just didn't notice.", "fernweh-and-fog"),
        ("gone", "sorvi-static ⟲ fernweh-and-fog", ""),
     ]),
    ("debate21", "sorvi-static-tumblr-kbc-levy.html", "Tumblr replies lost, likes kept", [
        ("read", "the fire station comparison is doing a lot of work", "lindenbyte"),
        ("read", "the commission's members are appointed by the minister",
         "grumpy-accountant-77"),
        ("gone", "liked this", ""), ("gone", "reblogged this from", ""),
     ]),
    ("debate21", "sorvi-static-tumblr-kbc-levy.html", "Tumblr author", [
        ("field", "author", "sorvi-static"),
    ]),
    ("debate21", "sorvi-static-tumblr-kbc-levy.html", "\"??\" no sentence end", [
        ("apart", "watch the news??|are inspectors going to check", ""),
    ]),
    ("debate21", "varnholm-courier-fund-kbc-from-tax-comments.html", "Coral meta lines", [
        ("gone", "BaltzarK 3 Jun 2027", ""), ("gone", "In reply to", ""),
        ("gone", "Featured Kalle", ""), ("gone", "Read the full article", ""),
        ("gone", "community guidelines", ""), ("gone", "Powered by Coral", ""),
    ]),
    ("debate21", "varnholm-courier-fund-kbc-from-tax-comments.html", "Coral no speakers", [
        ("read", "Why should I pay for KBC through my taxes", "BaltzarK"),
        ("read", "You don't use the courts either", "Ingrid_Torvald"),
        ("read", "I worked in Ossland's public broadcaster", "Kalle Mørk"),
        ("read", "Thank you, and I am sorry for what happened", "HelleStrand"),
    ]),
    ("debate21", "varnholm-courier-fund-kbc-from-tax-comments.html", "Coral title", [
        ("field", "title", "Fund KBC the way we fund the courts: from taxation"),
    ]),
    ("debate21", "varnholm-courier-fund-kbc-from-tax-comments.html", "standfirst merged", [
        ("apart", "as much as a bank director.|There is a fairer way", ""),
    ]),
]  # fmt: skip

ITEMS_22: list[tuple[str, str, str, list[Check]]] = [
    ("debate22", "bluesky-ostrova-basic-income-thread.html", "Bluesky writers not speakers", [
        ("read", "The old case against still sounds reasonable.", "Hanna Ostrova"),
        ("read", "The take-up problem is real", "Tomas Brekke"),
        ("read", "Tax records are a year out of date.", "Hanna Ostrova"),
        ("read", "I run a joinery with eleven staff", "Arne Vik"),
    ]),
    ("debate22", "bluesky-ostrova-basic-income-thread.html", "Bluesky heads and counts kept", [
        ("gone", "@hannaostrova.bsky.social · Sep 14", ""), ("gone", "412 reposts", ""),
        ("gone", "Replying to @", ""),
    ]),
    ("debate22", "bluesky-kessel-valley-notes-thread.html", "Bluesky writers not speakers", [
        ("read", "The Green-Left say the interim report", "Kessel Valley Notes"),
        ("read", "With respect, every month we wait", "Sofie Aune"),
        ("read", "Agree the interim report proves nothing.", "Jon Hagerup"),
        ("read", "Statistician here", "Lise Moen"),
        ("gone", "@sofieaune.bsky.social · Oct 6", ""),
    ]),
    ("debate22", "lemmy-morvenia-citizens-dividend.html", "Lemmy comments dropped", [
        ("read", "I'm against it, and I'm not a Tory.", "gretha_num"),
        ("read", "That's fair on the 2031 clause", "velstad_nightbus"),
        ("read", "What you're missing is that someone has to drive the night bus.", "bitter_lathe"),
        ("read", "Every study of cash transfers I know", "moss_and_mortar"),
        ("read", "I write the software that's going to replace", "quietcoder"),
        ("read", "Honest answer: I don't know", "ledger_lass"),
        ("gone", "Sort:", ""),
    ]),
    ("debate22", "parentsnet-aibu-citizens-dividend.html", "forum writers not speakers", [
        ("read", "Everyone at the school gate", "CrumpetsAndCrayons"),
        ("read", "My sister's disabled", "Thistledown77"),
        ("read", "I'd take 850 marks with no caseworker", "MrsPeregrine"),
        ("read", "The Social Democrats' negative income tax", "GreyHeronMum"),
        ("read", "I'll be the unpopular one.", "Bramblejelly"),
        ("gone", "Add message | Report", ""), ("gone", "Wed 15-Sep-27", ""),
    ]),
    ("debate22", "youtube-moneyplain-32-billion.html", "YouTube comments dropped", [
        ("read", "You say 12 billion could guarantee everyone a job", "lenaskovgaard"),
        ("read", "did a bricklaying apprenticeship", "ottovanek4821"),
        ("read", "The nurse example is misleading.", "rasmusfolde"),
        ("read", "I'm in the Kessel Valley control group", "signe.from.kessel"),
    ]),
    ("debate22", "instagram-floorforall-post.html", "Instagram caption one sentence", [
        ("apart", "This is Maren.|Maren works harder than most people we know.", ""),
        ("read", "Maren works harder than most people we know.", "floorforall"),
        ("gone", "#CareIsWork", ""),
    ]),
    ("debate22", "instagram-floorforall-post.html", "Instagram writers glued, not speakers", [
        ("read", "Sanctioning a carer for visiting a hospital", "sven.holt.mv"),
        ("read", "The six weeks without money nearly broke her.", "juno.paints"),
        ("read", "Love Maren, but be careful", "ragnhild.landlordwatch"),
        ("read", "Respect to Maren.", "petter_k_works"),
        ("gone", "sven.holt.mv Sanctioning", ""),
    ]),
    ("debate22", "wikipedia-talk-citizens-dividend-bill.html", "talk signatures not speakers", [
        ("read", "I've removed the sentence", "Halvard Strom"),
        ("read", "Disagree with the removal.", "Ilse.Morgen"),
        ("read", "Also, the payment group know the money stops", "Quillon"),
        ("read", "The People's Party's costing note makes the same point", "Bjorn Tallak"),
        ("gone", "(talk) 14:02, 3 October 2027", ""),
    ]),
    ("debate22", "github-benefit-calc-issue-212.html", "GitHub comment heads not speakers", [
        ("read", "The calculator shows today's HSA/WSA entitlement well.", "ingridsol"),
        ("read", "Happy to take a PR", "paalnordby"),
        ("read", "Can we add a third scenario", "tovehaug-dev"),
        ("gone", "commented on Sep 22, 2027", ""),
    ]),
    ("debate22", "consultation-response-velstad-housing-federation.html",
     "options kept without the chosen one", [
        ("gone", "Strongly agree", ""), ("gone", "Neither agree nor disagree", ""),
        ("read", "Disagree", ""), ("read", "Single parents", ""), ("gone", "Students", ""),
     ]),
    ("debate23", "open-line-transcript-2027-10-21.html", "phone-in callers read as the host", [
        ("read", "Good morning, Bram.", "MIRELA"),
        ("read", "I'll say it straight: I'm for the cap", "MIRELA"),
        ("read", "Twenty-two years, Bram.", "JOOST"),
        ("gone", "MIRELA, TESSIN:", ""),
        ("read", "Good morning, this is Open Line on RC1", "BRAM OSTER"),
    ]),
    ("debate23", "sustainable-admissions-consultation.txt", "Q1. split from its question", [
        ("read", "Q1. Do you agree that the Government should set a national number", ""),
        ("read", "Q2. Is 24,000 new entrants a year the right starting number?", ""),
    ]),
    ("debate23", "marwick-reuel-cap-costs-wp.tex", ".tex refused", [
        ("field", "title",
         "Fees, Beds and Places: What Would a Cap on International Entrants Cost Caldrenne?"),
        ("field", "author", "Ines Marwick and Tomas Reuel"),
        ("read", "Few policy questions in Caldrenne have produced as many confident answers", ""),
        ("gone", "usepackage", ""), ("gone", "citep", ""), ("gone", "documentclass", ""),
        ("gone", "section{", ""),
        ("apart", "the Ministry's own estimate of 230 million.|If universities fill only 90", ""),
    ]),
]  # fmt: skip
"""The misreadings debate22-23's builders wrote down (session 13, pages written blind to
reader 11), checked for reader 12 (written in session 14 with these pages readable)."""


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("“", '"').replace("”", '"').split())


def _read(reader: int, debate: str, name: str) -> tuple[list[tuple[str, str]], dict] | str:
    """A page's sentences (text, speaker) and metadata as ``reader`` reads it, or why not."""
    from argmap import readers as corpus
    from argmap.errors import ArgmapError
    from argmap.project import prepare_source

    path = ROOT / "bench" / debate / "raw" / name
    if path.is_dir():
        path = path / "_chat.txt"
    try:
        prepared = prepare_source(path, html_reader=reader)
    except ArgmapError as err:
        return str(err)
    recorded = corpus.recorded_reader(reader)
    rows = corpus.sentence_rows(
        prepared.text, markdown=prepared.suffix in (".md", ".markdown"), reader=recorded
    )
    info = prepared.info
    meta = {
        "title": info.get("title") or corpus.guess_title(prepared.text, recorded),
        "author": info.get("author") or corpus.guess_author(prepared.text, recorded),
        "outlet": info.get("outlet") or corpus.guess_outlet(prepared.text, recorded),
        "date": info.get("date", "")[:10] or corpus.guess_date(prepared.text, recorded),
    }
    return [(_norm(r.text), r.speaker) for r in rows], meta


def _passes(check: Check, rows: list[tuple[str, str]], meta: dict) -> bool:
    kind, words, want = check
    if kind == "field":
        return meta.get(words, "") == want
    if kind == "apart":
        a, b = (_norm(w) for w in words.split("|"))
        return any(a in t for t, _ in rows) and not any(a in t and b in t for t, _ in rows)
    hits = [sp for t, sp in rows if _norm(words) in t]
    if kind == "gone":
        return not hits
    return bool(hits) and (not want or any(re.search(re.escape(want), sp) for sp in hits))


def main(argv: list[str]) -> int:
    show = "--show" in argv
    readers = [int(a) for a in argv if a != "--show"] or [11, 12]
    for reader in readers:
        for label, items in (("debate19-21", ITEMS), ("debate22-23", ITEMS_22)):
            _report(reader, label, items, show)
    return 0


def _report(reader: int, label: str, items: list, show: bool) -> None:
    """Print how many of ``items`` ``reader`` reads right (``--show``: each item)."""
    fixed = checks = passed = recovered = 0
    sentences = spoken = 0
    seen: set[tuple[str, str]] = set()
    cache: dict[tuple[str, str], object] = {}
    for debate, name, item, item_checks in items:
        got = cache.setdefault((debate, name), _read(reader, debate, name))
        if isinstance(got, str):
            rows, meta = [], {}
            if show:
                print(f"  reader {reader} {name}: {got}")
        else:
            rows, meta = got
        if (debate, name) not in seen and not isinstance(got, str):
            seen.add((debate, name))
            sentences += len(rows)
            spoken += sum(1 for _, sp in rows if sp)
        ok = [_passes(c, rows, meta) for c in item_checks]
        checks += len(ok)
        passed += sum(ok)
        recovered += sum(
            len(c[1]) for c, good in zip(item_checks, ok, strict=True) if good and c[0] == "read"
        )
        fixed += all(ok)
        if show:
            fails = [c for c, good in zip(item_checks, ok, strict=True) if not good]
            mark = "fixed" if all(ok) else f"NOT fixed ({len(fails)} of {len(ok)} checks fail)"
            print(f"  reader {reader} {debate} {item}: {mark}")
            for kind, words, want in fails:
                print(f"      {kind} {words[:60]!r} {want!r}")
    print(
        f"reader {reader} on {label}'s friction ({len(items)} items, {len(seen)} pages): "
        f"{fixed} items read right, {passed} of {checks} checks; {sentences} sentences, "
        f"{spoken} with a speaker; {recovered} characters of argued text found"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
