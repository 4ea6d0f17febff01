"""Reader 6 (``argmap add``'s default): what reader 5 still read wrong, and page kinds no
reader had seen.

Each test adds one page of tests/reader6/ (written for these tests as a real site or a
user would save it; invented text about an invented town) the way a user does, and checks
what ``argmap add`` reads: title, author, outlet, date and the sentences. The first tests
reproduce what the engineers building debates 8 and 9 met (/work/notes/prev/
d8-friction.md, d9-friction.md, fr3.md "not done"), each beside what reader 5 reads of the
same page; the last ones are new kinds of page (Substack, Discourse, an HTML e-mail, a
MediaWiki article, a WordPress post with Jetpack blocks and comments)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_pages import Cli, add_page, facts

from argmap.readers import READER, page_encoding, sentence_case

PAGES = Path(__file__).parent / "reader6"


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def _add(cli: Cli, root: str, name: str, *extra: str) -> dict:
    """Add tests/reader6/NAME: its metadata and its sentences ("speaker: text" in a
    transcript)."""
    extra = extra if "--reader" in extra else ("--reader", "6", *extra)  # reader 7: test_reader7
    return add_page(cli, root, PAGES / name, *extra)


def _reader5(cli: Cli, root: str, name: str) -> dict:
    return _add(cli, root, name, "--reader", "5", "--id", "r5", "--force")


def test_reader_6_reads_as_it_did(cli: Cli, root: str) -> None:
    """Reader 6 was the default until reader 7 (tests/test_reader7.py); a source added with
    it records it."""
    assert READER >= 6
    assert _add(cli, root, "policy-note.md")["reader"] == 6


def test_a_medium_standfirst_is_one_sentence(cli: Cli, root: str) -> None:
    """fr3 not done (d8 3): the subtitle h2.pw-subtitle-paragraph was cut in two."""
    got = _add(cli, root, "medium-standfirst.html")
    standfirst = (
        "Tallow Bridge wants to switch off its street lights at midnight. The savings are "
        "small and the risks are not."
    )
    assert facts(got) == ("Darkness is not a safety plan", "Oskar Venn", "Tallow Notes",
                           "2027-03-04")  # fmt: skip
    assert got["rows"][:3] == [
        "Darkness is not a safety plan",
        standfirst,
        "The council's paper puts the saving at forty thousand crowns a year.",
    ]
    assert "Who walks home after midnight?" in got["rows"]  # a body heading, one sentence
    assert len(got["rows"]) == 7
    assert standfirst not in _reader5(cli, root, "medium-standfirst.html")["rows"]


@pytest.mark.parametrize(
    ("name", "euro"),
    [("charset-windows-1252.html", "€40,000"), ("charset-latin1.html", "EUR 40,000")],
)
def test_a_page_in_its_declared_charset_is_read_without_encoding(
    cli: Cli, root: str, name: str, euro: str
) -> None:
    """fr3 not done (d9 2): a windows-1252 page (http-equiv, or <meta charset="iso-8859-1">,
    which browsers read as windows-1252) stopped with "not valid utf-8"."""
    got = _add(cli, root, name)
    assert facts(got) == ("Street lights: what the switch-off would cost", "Renée Aalto",
                           "Tallow Bridge Gazette", "2027-03-02")  # fmt: skip
    assert any(euro in row for row in got["rows"])
    assert any("café owner" in row for row in got["rows"])
    code, _, err = cli("add", str(PAGES / name), "--reader", "5", "--project", root, "--force")
    assert code != 0 and "not valid utf-8" in err and err.count("\n") == 1
    # bytes that fit no declaration still give the one-line error naming file and place
    bad = Path(root).parent / "bad.html"
    bad.write_bytes(b"<html><head><meta charset='utf-8'></head><body><p>caf\xe9</p></body></html>")
    code, _, err = cli("add", str(bad), "--project", root)
    assert code != 0 and f"{bad}: not valid utf-8 at byte" in err and err.count("\n") == 1


def test_page_encoding_honours_only_a_declaration_the_bytes_need() -> None:
    utf8 = "<meta charset='windows-1252'><p>café</p>".encode()
    assert page_encoding(utf8) == "utf-8"  # valid UTF-8: read so, whatever it declares
    assert page_encoding(b'<?xml version="1.0" encoding="ISO-8859-15"?><p>\xa4</p>') == (
        "iso-8859-15"
    )
    assert page_encoding(b"<p>caf\xe9</p>", "latin-1") == "latin-1"  # the user's choice


def test_a_parliament_report_reads_its_masthead_and_title(cli: Cli, root: str) -> None:
    """d9 5: title from the "# Assembly" masthead, not the "##" title; outlet "Provisional
    text" (reader 5 here: "Uncorrected text")."""
    got = _add(cli, root, "hansard.md")
    assert facts(got) == (
        "Street lighting (switch-off after midnight)", "",
        "States Assembly of Norhavn, Official Report", "2027-03-03",
    )  # fmt: skip
    assert got["rows"][:2] == [
        "Street lighting (switch-off after midnight)",
        "The Presiding Officer (Lene Dahl): Question 4, Deputy Arne Holt.",
    ]
    assert "States Assembly of Norhavn" not in got["rows"]
    old = _reader5(cli, root, "hansard.md")
    assert (old["title"], old["outlet"]) == ("States Assembly of Norhavn", "Uncorrected text")


def test_pasted_blogger_text_reads_its_post_and_no_blog_chrome(cli: Cli, root: str) -> None:
    """d9 10: the blog's name as title, "Posted by" not the author, share buttons, labels,
    comments, pager and feed line kept as sentences."""
    got = _add(cli, root, "blogger-pasted.txt")
    assert facts(got) == ("Why I changed my mind about the midnight switch-off", "Hanne Vik",
                           "Lamp Post Diaries", "2027-03-08")  # fmt: skip
    assert got["rows"] == [
        "Why I changed my mind about the midnight switch-off",
        "Last winter I wrote that switching off the lights would make Tallow Bridge less safe.",
        "I was wrong about the numbers.",
        "The pilot streets had no more break-ins than the lit ones.",
        "They had fewer complaints about light in bedrooms, and the owls came back to the "
        "churchyard.",
        "I still want the lights on near the station, where the last train gets in at half "
        "past one.",
    ]
    old = _reader5(cli, root, "blogger-pasted.txt")
    assert old["title"] == "Lamp Post Diaries" and len(old["rows"]) > 15


def test_a_press_statement_reads_its_letterhead_and_headline(cli: Cli, root: str) -> None:
    """d8 6: letterhead as title, the dateline's place as outlet ("Media statement – for
    immediate release" was no release mark)."""
    got = _add(cli, root, "press-statement.txt")
    network = "Tallow Bridge Night Workers' Network"
    assert facts(got) == ("Switching off the lights puts night workers at risk", network,
                           network, "2027-03-10")  # fmt: skip
    assert got["rows"][0] == "SWITCHING OFF THE LIGHTS PUTS NIGHT WORKERS AT RISK"
    assert got["rows"][-1] == (
        '"We are asking for the ones between the hospital, the bakery quarter and the station."'
    )
    assert not any("12 Mill Lane" in r or "immediate release" in r for r in got["rows"])
    old = _reader5(cli, root, "press-statement.txt")
    assert (old["title"], old["outlet"]) == (
        "TALLOW BRIDGE NIGHT WORKERS' NETWORK",
        "Tallow Bridge",
    )


def test_a_headline_in_capitals_keeps_the_names_the_text_capitalises() -> None:
    text = "TALLOW LIGHTS GO OUT\n\nThe lights of Tallow Bridge go out at midnight."
    assert sentence_case("TALLOW LIGHTS GO OUT", text) == "Tallow lights go out"
    assert sentence_case("Already written so", text) == "Already written so"


def test_a_radio_transcript_reads_its_header_of_sentences(cli: Cli, root: str) -> None:
    """d8 9: presenter, programme and date of "*Transcript, DATE. Presenter: NAME. Guests:
    …*" not read, and its five sentences kept."""
    got = _add(cli, root, "radio-transcript.md")
    assert facts(got) == ("Tallow FM – The Evening Hour", "Petra Lund", "Tallow FM",
                           "2027-03-11")  # fmt: skip
    assert got["rows"][1:3] == [
        "LUND: Good evening.",
        "LUND: The council votes next week on switching off the street lights after midnight.",
    ]
    assert not any("Presenter" in r or "Guests" in r for r in got["rows"])
    assert len(got["rows"]) == 11
    old = _reader5(cli, root, "radio-transcript.md")
    assert (old["author"], old["date"]) == ("", "") and "Presenter: Petra Lund." in old["rows"]


def test_a_month_only_dateline_and_a_last_edit_give_the_date(cli: Cli, root: str) -> None:
    """Reader 5 read no month-only dateline ("Policy note 3 · March 2027", which reader 4
    read) and took a notes' "started" date over its "last edited" one."""
    note = _add(cli, root, "policy-note.md")
    assert facts(note) == ("Lighting the night for less", "", "", "2027-03")
    assert note["rows"][1] == "Tallow Bridge spends more on street lights than on its libraries."
    notes = _add(cli, root, "notes-last-edit.md")
    assert facts(notes) == ("Lights – my points for the ward meeting", "Tove Rask", "",
                             "2027-03-09")  # fmt: skip
    assert notes["rows"][1:3] == ["ask for the crime figures by month", "read the council paper"]
    assert _reader5(cli, root, "policy-note.md")["outlet"] == "Policy note 3"


def test_a_substack_post_keeps_no_counts_share_or_subscribe_box(cli: Cli, root: str) -> None:
    got = _add(cli, root, "substack-post.html")
    assert facts(got) == ("After midnight", "Nora Kvist", "The Night Shift", "2027-03-07")
    assert got["rows"] == [
        "After midnight",
        "What the pilot streets tell us, and what they cannot.",
        "Four streets went dark last summer.",
        "Nothing happened, and that is the problem with the evidence.",
        "Summer nights are short.",
        "In July the sky over Tallow Bridge is never fully black.",
        "A fair test would run from November to February, when the dark hours start at four.",
    ]
    old = _reader5(cli, root, "substack-post.html")["rows"]
    assert "48" in old and "Share" in old


def test_a_discourse_thread_keeps_its_posts(cli: Cli, root: str) -> None:
    """Reader 5 read a Discourse thread as nothing but "Powered by Discourse": its
    topic-title and topic-body were dropped as a "topics" line."""
    got = _add(cli, root, "discourse-thread.html")
    assert facts(got) == ("Should the lights go off after midnight?", "astrid_m",
                           "Tallow Bridge Forum", "2027-03-06")  # fmt: skip
    assert got["rows"] == [
        "Should the lights go off after midnight?",
        "The council paper proposes switching off most street lights between midnight and 5 am.",
        "It would save about 40,000 a year.",
        "I live near the station and I am worried about the walk from the last train.",
        "The pilot streets had no more break-ins.",
        "I would rather the money went to the library.",
    ]
    assert _reader5(cli, root, "discourse-thread.html")["rows"] == [
        "Powered by Discourse, best viewed with JavaScript enabled"
    ]


def test_an_email_newsletter_keeps_its_letter_and_no_email_chrome(cli: Cli, root: str) -> None:
    got = _add(cli, root, "newsletter-email.html")
    assert facts(got) == ("The winter test", "Ingrid Solheim", "Lamplight", "2027-03-09")
    assert got["rows"] == [
        "The winter test",
        "We have argued for darker nights for six years.",
        "We still think the council is right to switch off the lights after midnight.",
        "But a pilot run in June and July cannot show what a December night is like, and the "
        "council should say so.",
        "Come to the meeting on 18 March and ask for a winter pilot before the vote.",
    ]
    old = _reader5(cli, root, "newsletter-email.html")["rows"]
    assert "View this email in your browser" in old and "Support our work" in old


def test_a_wiki_article_keeps_no_references_edit_links_or_infobox(cli: Cli, root: str) -> None:
    got = _add(cli, root, "wiki-article.html")
    assert facts(got) == ("Tallow Bridge street lighting dispute", "", "Wikipedia",
                           "2027-03-10")  # fmt: skip
    assert got["rows"] == [
        "Tallow Bridge street lighting dispute",
        "The Tallow Bridge street lighting dispute is a disagreement over a council proposal "
        "to switch off most street lights in the town between midnight and five in the morning.",
        "Supporters cite energy savings and darker skies; opponents cite the safety of night "
        "workers.",
        "Pilot",
        "A pilot in four streets ran from June to September 2026.",
        "The council reported no rise in burglary in those streets.",
        "Critics said a summer pilot could not show the effect of long winter nights.",
    ]
    old = _reader5(cli, root, "wiki-article.html")
    assert old["date"] == "" and "References" in old["rows"]


def test_a_wordpress_post_keeps_no_jetpack_blocks_or_comments(cli: Cli, root: str) -> None:
    got = _add(cli, root, "wordpress-comments.html")
    assert facts(got) == ("The case for a dimmer, not a switch", "Greta Holm",
                           "Mill Lane Residents", "2027-03-05")  # fmt: skip
    assert got["rows"][-1] == "We will bring this to the meeting on 18 March."
    assert len(got["rows"]) == 5
    assert "Related" in _reader5(cli, root, "wordpress-comments.html")["rows"]


def test_a_podcast_header_line_gives_host_show_and_date(cli: Cli, root: str) -> None:
    """A podcast's "*Host: NAME · Show (podcast) · Published DATE · 52 min*": the host is the author and
    the show the outlet (reader 6 first took the whole line as the author and the episode's title
    as the outlet; reader 5 read neither), and the line is no sentence."""
    got = _add(cli, root, "podcast-episode.md")
    assert facts(got)[1:] == ("Tomas Berg", "The Harbour Hour", "2027-03-03")
    assert not any("Host:" in r for r in got["rows"])
    old = _reader5(cli, root, "podcast-episode.md")
    assert (old["author"], old["outlet"]) == ("", "")
