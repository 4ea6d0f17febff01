"""Reader 7 (``argmap add``'s default): what reader 6 still read wrong on debates 10 and 11's
raw pages, and page kinds no reader had seen.

Each test adds one page of tests/reader7/ (written for these tests as a site, an office
program or a user would save or paste it; invented text about the invented town of
Ostermoor, none of it copied from a debate) the way a user does, and checks what ``argmap
add`` reads: title, author, outlet, date and the sentences ("speaker: text" in a
transcript or a thread). Where reader 6 read the page wrong, the test shows that too: the
first tests are the faults measured on debates 10 and 11 (/work/notes/prev/
readercheck-d10d11.txt, d10-friction.md, d11-friction.md), the last ones new kinds (AMP,
Mastodon, Google Docs, LibreOffice, Ghost footnotes, a PDF's text pasted, a video's
transcript)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reader_pages import Cli, add_page, facts

from argmap.readers import READER, front_matter, segment

PAGES = Path(__file__).parent / "reader7"


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def _add(cli: Cli, root: str, name: str, *extra: str) -> dict:
    """Add tests/reader7/NAME: its metadata and its sentences ("speaker: text" in a
    transcript or a thread)."""
    extra = extra if "--reader" in extra else ("--reader", "7", *extra)  # reader 8: test_reader8
    return add_page(cli, root, PAGES / name, *extra)


def _reader6(cli: Cli, root: str, name: str) -> dict:
    return _add(cli, root, name, "--reader", "6", "--id", "r6", "--force")


def test_reader_7_is_recorded(cli: Cli, root: str) -> None:
    assert READER >= 7
    assert _add(cli, root, "front-matter-post.md")["reader"] == 7


def test_a_letterhead_in_capitals_is_the_outlet_not_the_title(cli: Cli, root: str) -> None:
    """d10's evidence summary was titled "NORTHFELL COUNTY COUNCIL"; its header block of
    "Key: value" lines was six sentences."""
    got = _add(cli, root, "council-options-report.txt")
    assert facts(got) == ("Smoke control in the old town: options appraisal",
                           "Environmental Health Service", "Ostermoor District Council",
                           "2027-01-12")  # fmt: skip
    assert got["rows"][:2] == [
        "WHY THIS MATTERS",
        "Wood smoke is the main source of fine particles in the old town in winter.",
    ]
    assert not any("Version" in r or "Ostermoor District Council" in r for r in got["rows"])
    old = _reader6(cli, root, "council-options-report.txt")
    assert old["title"] == "OSTERMOOR DISTRICT COUNCIL" and "Version: 2.0" in old["rows"]


def test_a_written_question_is_titled_by_its_subject(cli: Cli, root: str) -> None:
    """d11's written answer: the letterhead as title, the date it was tabled, not answered."""
    got = _add(cli, root, "written-question.txt")
    assert facts(got) == ("Grants for replacing wood stoves in smoke-control zones", "",
                           "Landsting of Vestmark, written questions", "2027-01-22")  # fmt: skip
    assert not any(r.startswith(("Asked by", "Tabled", "Subject")) for r in got["rows"])
    assert (
        "Will the Minister say whether households in a smoke-control zone will get help to "
        "replace their stoves?" in got["rows"]
    )
    old = _reader6(cli, root, "written-question.txt")
    assert (old["title"], old["date"]) == ("LANDSTING OF VESTMARK", "2027-01-08")


def test_front_matter_is_metadata_not_sentences(cli: Cli, root: str) -> None:
    """d11's interview was titled "---" and its front matter read as five sentences."""
    got = _add(cli, root, "front-matter-post.md")
    assert facts(got) == ("Clean air is a housing question", "Mira Holm, Tor Eklund", "",
                           "2027-01-16")  # fmt: skip
    assert got["rows"][0] == "The stove ban is being argued as a health question."
    assert len(got["rows"]) == 5
    old = _reader6(cli, root, "front-matter-post.md")
    assert old["title"] == "---" and old["rows"][0].startswith("---")


def test_toml_front_matter_too(cli: Cli, root: str) -> None:
    got = _add(cli, root, "front-matter-toml.md")
    assert facts(got) == ("Burn better before you ban", "Per Lindahl", "", "2027-01-12")
    assert got["rows"][:2] == [
        "Burn better before you ban",
        "Most of the smoke on Kiln Street comes from wet wood, not from old stoves.",
    ]


def test_front_matter_fields() -> None:
    text = '---\ntitle: "A: b"\nauthors: [Ann Lee, Bo Ek]\ntags:\n  - x\n  - y\n---\nBody.\n'
    end, fields = front_matter(text)
    assert text[end:] == "Body.\n"
    assert fields == {"title": "A: b", "authors": "Ann Lee, Bo Ek", "tags": "x, y"}
    assert front_matter("---\nNot a block of fields.\n---\n") == (0, {})
    assert front_matter("Title\n---\n") == (0, {})


def test_an_e_mail_newsletter_is_signed_by_its_sender(cli: Cli, root: str) -> None:
    """d11's bulletin: outlet "MEMBERS' BULLETIN", no author (its signature above a footer),
    the mail header as sentences."""
    got = _add(cli, root, "bulletin-email.htm")
    assert facts(got) == ("Clear Skies News: The grant is not enough", "Ingrid Dahl",
                           "Ostermoor Clean Air Campaign, Clear Skies News",
                           "2027-01-26")  # fmt: skip
    assert got["rows"] == [
        "The grant is not enough",
        "The committee has put the stove ban off by a year.",
        "We are glad of the time, but the grant it offers still covers only half of a new heater.",
        "A ban that only the well-off can afford to obey is not a clean air policy.",
        "Write to your councillor and ask for the full cost to be paid for low-income households.",
    ]
    old = _reader6(cli, root, "bulletin-email.htm")
    assert old["outlet"] == "CLEAR SKIES NEWS" and old["rows"][0].startswith("From:")


def test_a_saved_linkedin_post_is_read_with_its_comments(cli: Cli, root: str) -> None:
    """d11's LinkedIn page was "the file holds no text" (the layout's modifier class
    "scaffold-layout--sidebar-main-aside" taken for a sidebar)."""
    got = _add(cli, root, "linkedin-post.html")
    assert facts(got) == ("“Should a landlord pay for the tenant’s clean air?”", "Nils Haugen",
                           "LinkedIn", "")  # fmt: skip
    assert got["rows"][:2] == [
        "“Should a landlord pay for the tenant’s clean air?”",
        "Yes, and our co-operative already does.",
    ]
    assert got["rows"][-3:] == [
        "Nils Haugen: The grant should follow the stove, not the owner.",
        "Ola Berg: Half the stoves I sweep are fine.",
        "Ola Berg: It is the wet wood that smokes.",
    ]
    chrome = ("Like", "203", "14 comments", "Most relevant", "Add a comment…", "1d", "Author",
              "Welcome back", "LinkedIn News", "Chimney sweep", "+ Follow")  # fmt: skip
    assert not set(chrome) & {r.split(": ")[-1] for r in got["rows"]}
    assert len(got["rows"]) == 12
    code, _, err = _cli_add(cli, root, "linkedin-post.html", "--reader", "6")
    assert code != 0 and "holds no text" in err


def _cli_add(cli: Cli, root: str, name: str, *extra: str) -> tuple[int, str, str]:
    return cli("add", str(PAGES / name), "--project", root, "--force", *extra)


def test_an_old_reddit_thread_keeps_its_posts_not_its_sidebar(cli: Cli, root: str) -> None:
    """d11's old.reddit page: every post and comment lost (they sit in forms), the sidebar
    and the buttons kept, the subreddit's creator as author."""
    got = _add(cli, root, "old-reddit-thread.html")
    title = "The stove ban is a tax on poor people and nobody at the council will say it"
    assert facts(got) == (title, "kiln_st_tenant", "Reddit, r/Ostermoor", "2027-01-23")
    assert got["rows"][:2] == [
        title,
        "My flat has one heater, and it is a wood stove that my landlord will not replace.",
    ]
    assert got["rows"][-4:] == [  # each comment's writer is its speaker
        "u/asthma_dad: The smoke is not a lifestyle choice for him either.",
        "u/asthma_dad: Ban the stoves and pay for the heaters.",
        "u/kiln_st_tenant: I agree with paying for the heaters.",
        "u/kiln_st_tenant: That is not what the council has proposed, though.",
    ]
    assert len(got["rows"]) == 10  # no sidebar, score, "permalink", "sorted by:"
    old = _reader6(cli, root, "old-reddit-thread.html")
    assert (
        old["author"] == "valley_admin"
        and "Ban the stoves and pay for the heaters." not in (old["rows"])
    )


def test_a_pasted_social_thread(cli: Cli, tmp_path: Path, root: str) -> None:
    """d11's LinkedIn post pasted from the browser: about 70 of 110 sentences were buttons,
    counts, times and commenters' headlines, and the title was the poster's name."""
    page = tmp_path / "pasted-thread.txt"
    page.write_text(
        "Nils Haugen\n • 2nd\nProperty manager, Ostermoor Housing Co-operative\n2d • Edited •\n"
        "+ Follow\nLandlords should pay for clean air.\nWe replaced 46 stoves last year.\n\n"
        "203\n14 comments\nLike\nComment\nRepost\nAdd a comment…\nMost relevant\n"
        "Eva Ström\n • 2nd\nLandlord, three flats in the old town\n1d\n"
        "A landlord with three flats cannot do that.\n12\n1 reply\n"
        "Nils Haugen\nAuthor\n1d\nThe grant should follow the stove.\n4\n"
        "Ola Berg\nChimney sweep\n1d\nIt is the wet wood that smokes.\nLoad more comments\n",
        encoding="utf-8",
    )
    code, out, err = cli("add", str(page), "--json", "--project", root)
    assert code == 0, err
    meta = json.loads(out)[0]
    assert (meta["title"], meta["author"]) == ("Landlords should pay for clean air.", "Nils Haugen")
    code, out, _ = cli("sentences", meta["id"], "--json", "--project", root)
    rows = [(s.get("speaker", ""), s["text"]) for s in json.loads(out)]
    assert rows == [
        ("", "Landlords should pay for clean air."),
        ("", "We replaced 46 stoves last year."),
        ("Eva Ström", "A landlord with three flats cannot do that."),
        ("Nils Haugen", "The grant should follow the stove."),
        ("Ola Berg", "It is the wet wood that smokes."),
    ]


def test_a_reference_mark_ends_its_own_sentence(cli: Cli, root: str) -> None:
    """d11's Ghost page and d10's wiki: "[1]" glued to the start of the next sentence."""
    got = _add(cli, root, "ghost-footnotes.html")
    assert facts(got) == ("What a stove ban would really cost", "Sara Lindqvist",
                           "Kiln Street Notes", "2027-01-19")  # fmt: skip
    assert got["rows"][2:4] == [
        "The council's paper puts the cost of the ban at 1.2 million crowns in grants.[1]",
        "That is the cost to the council, not to the town.",
    ]
    assert not any("↩" in r for r in got["rows"])  # the footnotes' list and back links
    old = _reader6(cli, root, "ghost-footnotes.html")
    assert "[1] That is the cost to the council, not to the town." in old["rows"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Did the registry hire anyone? No. Did the backlog grow? It shrank.",
            ["Did the registry hire anyone?", "No.", "Did the backlog grow?", "It shrank."],
        ),
        ("See No. 41 of the series. Then more.", ["See No. 41 of the series.", "Then more."]),
        (
            "“Lovely for them? And who pays?” I heard it twice.",
            ["“Lovely for them? And who pays?”", "I heard it twice."],
        ),
        (
            "“It is cheap. It is quick.” She said so.",
            ["“It is cheap.", "It is quick.”", "She said so."],
        ),
    ],
)
def test_segmentation_mends(text: str, want: list[str]) -> None:
    """d11's bulletin: "No. Did Statistics Marrenland…" was one sentence (the "No." of
    number); its LinkedIn post cut a quoted question in two. A quotation of statements
    stays cut at its full stops: each is a sentence to annotate."""
    assert [text[s:e] for s, e in segment(text, 7)] == want
    if want[1] == "No.":
        assert "No. Did the backlog grow?" in [text[s:e] for s, e in segment(text, 6)]


def test_an_amp_page_drops_its_ads_and_reads_json_ld(cli: Cli, root: str) -> None:
    got = _add(cli, root, "amp-news.html")
    assert facts(got) == ("Council delays stove ban by a year after grant row", "Mikael Strand",
                           "Ostermoor Gazette", "2027-01-25")  # fmt: skip
    assert "Advertisement" not in got["rows"] and len(got["rows"]) == 5
    assert "Advertisement" in _reader6(cli, root, "amp-news.html")["rows"]


def test_a_mastodon_thread_reads_each_post_with_its_writer(cli: Cli, root: str) -> None:
    got = _add(cli, root, "mastodon-thread.html")
    assert facts(got) == ("Thread on the Ostermoor stove ban.", "Lena Brandt",
                           "ostermoor.social", "2027-01-21")  # fmt: skip
    assert got["rows"][3:5] == [
        "Lena Brandt: A ban on its own would be unfair.",  # no "2/4"
        "Lena Brandt: Many of the households that burn wood have no other heat they can "
        "afford, so the ban has to come with money for new heating.",
    ]
    assert got["rows"][-1] == "Jonas Wiik: A stove costs twice what the council offers."
    assert not any("boosts" in r or "@lena@" in r for r in got["rows"])
    assert _reader6(cli, root, "mastodon-thread.html")["rows"][0].startswith("Lena Brandt @lena")


def test_a_google_docs_export_drops_its_comments(cli: Cli, root: str) -> None:
    got = _add(cli, root, "google-docs-export.html")
    assert facts(got) == ("Why the Kiln Street stove ban is the wrong answer", "Ruth Okafor",
                           "", "2027-01-18")  # fmt: skip
    assert (
        "The council wants to ban open fires and old stoves in the old town from next winter."
        in got["rows"]
    )
    assert not any("council officer" in r or "[a]" in r for r in got["rows"])
    assert any(
        "council officer" in r for r in _reader6(cli, root, "google-docs-export.html")["rows"]
    )


def test_libreoffice_minutes(cli: Cli, root: str) -> None:
    """An office program's export: its file owner ("Clerk") is no author, the letterhead is
    the outlet, attendance lines and the signature's blanks are no sentences."""
    got = _add(cli, root, "libreoffice-minutes.html")
    assert facts(got) == ("Minutes of the general meeting, 27 January 2027, St Olav’s Hall", "",
                           "Ostermoor Old Town Residents’ Association", "2027-01-27")  # fmt: skip
    assert got["rows"][1:3] == [
        "The stove ban",
        "The chair said the committee’s delay was welcome but did not solve the smoke on Kiln "
        "Street.",
    ]
    assert _reader6(cli, root, "libreoffice-minutes.html")["author"] == "Clerk"


def test_a_pdf_pasted_as_text(cli: Cli, root: str) -> None:
    """Running heads and page numbers are no sentences; a word broken by a hyphen at a
    line's end reads whole, unless the text writes it with the hyphen elsewhere."""
    got = _add(cli, root, "pdf-pasted-report.txt")
    assert facts(got) == (
        "Ostermoor clean air review: wood-burning stoves and winter air quality", "", "",
        "2027-01-14",
    )  # fmt: skip
    assert not any("Page" in r or r.isdigit() for r in got["rows"])
    assert any("three times the annual average, and" in r for r in got["rows"])
    assert (
        "Homes with no other heating should be exempt until the smoke-control zone has paid "
        "for their new heaters." in got["rows"]
    )
    old = _reader6(cli, root, "pdf-pasted-report.txt")
    assert "2" in old["rows"] and any("annual av- erage" in r for r in old["rows"])


def test_a_video_transcript_reads_across_its_timestamps(cli: Cli, root: str) -> None:
    got = _add(cli, root, "youtube-transcript.txt")
    assert facts(got) == ("Should Ostermoor ban wood stoves? | Town Hall Live", "",
                           "Ostermoor Town Hall Live", "2027-01-20")  # fmt: skip
    assert got["rows"][1:] == [
        "Good evening and welcome to Town Hall Live.",
        "Tonight we're talking about the proposal to ban wood-burning stoves in the old town, "
        "and I have two guests with me.",
        "The first thing I want to say is that the smoke on Kiln Street is not a rumour.",
        "It is measured every hour.",
        "But a ban punishes the people who can least afford to switch.",
    ]
    old = _reader6(cli, root, "youtube-transcript.txt")
    assert any(r.startswith("0:") for r in old["rows"])


def test_a_podcast_transcript_with_timed_turn_heads(cli: Cli, root: str) -> None:
    """d10's podcast: "**Priya Lund** · 00:00" above each turn was a sentence, no turn had
    a speaker."""
    page = Path(__file__).parent / "reader6" / "podcast-episode.md"
    code, out, err = cli("add", str(page), "--json", "--project", root)
    assert code == 0, err
    sid = json.loads(out)[0]["id"]
    code, out, _ = cli("sentences", sid, "--json", "--project", root)
    rows = [(s.get("speaker", ""), s["text"]) for s in json.loads(out)]
    assert ("Ida Voss", rows[-2][1]) == rows[-2] and rows[-2][1].startswith("I finish at eleven")
    assert not any("00:" in text for _, text in rows)


def test_a_forum_thread_reads_each_post_with_its_writer(cli: Cli, root: str) -> None:
    """d10's Discourse thread: each post's writer was a sentence of their own ("rowan_t"),
    no post had a speaker, and the thread no author."""
    page = Path(__file__).parent / "reader6" / "discourse-thread.html"
    code, out, err = cli("add", str(page), "--json", "--project", root)
    assert code == 0, err
    meta = json.loads(out)[0]
    code, out, _ = cli("sentences", meta["id"], "--json", "--project", root)
    rows = [(s.get("speaker", ""), s["text"]) for s in json.loads(out)]
    assert rows[1] == (
        "@astrid_m",
        "The council paper proposes switching off most street lights between midnight and 5 am.",
    )
    assert rows[-1] == ("@Bo_Lindgren", "I would rather the money went to the library.")


def test_a_report_page_with_a_table_and_dublin_core(cli: Cli, root: str) -> None:
    """d11's evaluation page: no date or author (they were in DC.Date.Created and
    DC.Publisher), the facts list as sentences, each table row's cells glued by spaces."""
    got = _add(cli, root, "agency-report-page.html")
    assert facts(got) == ("Stove replacement grants: first-year review",
                           "Ostermoor Energy Agency", "Ostermoor Energy Agency",
                           "2027-01-29")  # fmt: skip
    assert got["rows"][6:11] == [
        "Table 1. Grants by district",
        "District · Grants · Average grant",
        "Old town · 31 · 1,480 crowns",
        "Harbour · 77 · 1,350 crowns",
        "Hillside · 104 · 1,220 crowns",
    ]
    assert not any(r.startswith(("Published", "Review number", "Download")) for r in got["rows"])
    old = _reader6(cli, root, "agency-report-page.html")
    assert old["date"] == "" and "Old town 31 1,480 crowns" in old["rows"]


def test_a_wiki_article_is_by_its_contributors(cli: Cli, root: str) -> None:
    """d10's Wikipedia page had no author; its builder set "Wikipedia contributors"."""
    page = Path(__file__).parent / "reader6" / "wiki-article.html"
    code, out, err = cli("add", str(page), "--json", "--project", root)
    assert code == 0, err
    assert json.loads(out)[0]["author"] == "Wikipedia contributors"
