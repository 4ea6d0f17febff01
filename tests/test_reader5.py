"""Reader 5 (``argmap add``'s default): a new user's own pages read without hand edits.

Each test adds one page of tests/reader5/ (written for these tests in the style of a real
page of that kind, invented text) the way a user does, and checks what ``argmap add``
reads: the metadata and the sentences. Each reproduces what the engineers building
debates 8 and 9 met (/work/notes/d8-friction.md, d9-friction.md). Reader 4 reads the same
pages as before (checked on each page: its sentence count)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reader_pages import Cli, add_page, facts

from argmap import corpus

PAGES = Path(__file__).parent / "reader5"


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def _add(cli: Cli, root: str, name: str, *extra: str) -> dict:
    """Add tests/reader5/NAME: its metadata and its sentences' texts ("speaker: text" in a
    transcript)."""
    extra = extra if "--reader" in extra else ("--reader", "5", *extra)  # reader 6: test_reader6
    return add_page(cli, root, PAGES / name, *extra)


def _reader4_count(cli: Cli, root: str, name: str) -> int:
    got = _add(cli, root, name, "--reader", "4", "--id", "r4", "--force")
    assert got["reader"] == 4
    return len(got["rows"])


def test_a_medium_story_names_its_publication_and_keeps_no_byline_counts_or_credits(
    cli: Cli, root: str
) -> None:
    """d8 3, d9 7: outlet "Medium"; "Lene Marsh ·", "1.4K", "38", "Photo by…", the end bio,
    "Written by", "More from", "Recommended from Medium" kept as sentences."""
    got = _add(cli, root, "medium-feature.html")
    assert got["reader"] == 5
    assert facts(got) == (
        "The bus lane that nobody asked for", "Ivo Brandt", "The Harbour Line", "2026-11-18",
    )  # fmt: skip
    assert got["rows"] == [
        "The bus lane that nobody asked for",
        "Kessling wants a red lane on Quay Street.",
        "The traders were never asked.",
        "The riders were.",
        "The new lane at Quay Street, two weeks after the paint dried.",
        "The city painted the lane in one night in October.",
        "By the morning the buses on route 4 ran six minutes faster, and the shops on Quay "
        "Street had lost their loading bays.",
        "I think the lane is right, but the way it came was wrong.",
        "A council that asks nobody will soon find that nobody trusts it.",
    ]
    assert _reader4_count(cli, root, "medium-feature.html") == 23


def test_a_blogger_post_reads_its_title_blog_and_date_and_no_pager(cli: Cli, root: str) -> None:
    """d8 4: title "Blog: Post", no date (abbr.published), no outlet (the blog), "Newer Post
    Older Post Home" and "Subscribe to: Post Comments (Atom)" kept, the photo credit too."""
    got = _add(cli, root, "blogger-post.html")
    assert facts(got) == (
        "Why the ring road should close on Sundays", "Jonas Feld", "Pedal and Pavement",
        "2026-11-22",
    )  # fmt: skip
    assert got["rows"] == [
        "Why the ring road should close on Sundays",
        "Last Sunday the ring road was closed for the half marathon, and the city did not "
        "fall apart.",
        "Children rode where lorries usually run.",
        "Old men sat on the kerb with coffee.",
        "The ring road at ten in the morning.",
        "I want that every Sunday, and I think most of Kessling does too.",
    ]
    assert _reader4_count(cli, root, "blogger-post.html") == 9


def test_a_government_page_takes_its_own_date_not_one_from_its_text(cli: Cli, root: str) -> None:
    """d8 5, d9 8: the caption above the h1 read as the author, the date taken from "From
    1 March 2029 private cars…", the beta banner, the metadata list's terms and "Is this page
    useful?" kept as sentences."""
    got = _add(cli, root, "gov-guidance.html")
    assert facts(got) == (
        "Low traffic zone in the Old Port: what changes for residents",
        "Kessling City Council", "GOV.KS", "2026-11-20",
    )  # fmt: skip
    assert got["rows"] == [
        "Low traffic zone in the Old Port: what changes for residents",
        "How the zone will work, who can drive in it and how to apply for a permit.",
        "From 1 March 2029 private cars will not be able to cross the Old Port between 7am "
        "and 7pm.",
        "Who can drive in the zone",
        "Residents, blue badge holders and delivery vehicles can apply for a permit.",
        "The council expects traffic on Harbour Road to fall by a third.",
    ]
    assert _reader4_count(cli, root, "gov-guidance.html") == 15


def test_a_press_release_reads_its_letterhead_headline_and_no_notes_to_editors(
    cli: Cli, root: str
) -> None:
    """d8 6: the letterhead taken as the title, the dateline's place as the outlet, the
    headline a sentence, "ENDS", notes to editors and the contact line kept."""
    got = _add(cli, root, "press-release.txt")
    assert facts(got) == (
        "Traders ask council to pause Old Port car ban", "Kessling Chamber of Trade",
        "Kessling Chamber of Trade", "2026-11-24",
    )  # fmt: skip
    assert got["rows"] == [
        "Traders ask council to pause Old Port car ban",
        "Chamber says shops need loading bays before the zone starts",
        "The Kessling Chamber of Trade today asked the city council to delay the Old Port "
        "low traffic zone by a year.",
        '"We are not against cleaner streets," said Chamber chair Ruth Amsel.',
        '"We are against losing our customers before the buses are ready."',
        "The Chamber's survey of 212 shops found that four in ten expect to cut staff if the "
        "zone starts on 1 March 2029 as planned.",
    ]
    assert _reader4_count(cli, root, "press-release.txt") == 15


def test_markdown_notes_read_the_italic_dateline_and_no_task_boxes(cli: Cli, root: str) -> None:
    """d8 7: the date taken from a list item ("from 1 April 2028"), the author not read from
    the italic dateline, "[ ]" left in the sentences."""
    got = _add(cli, root, "resident-notes.md")
    assert facts(got) == (
        "Old Port zone – what I want to say at the meeting", "Mira Solberg", "", "2026-11-03",
    )  # fmt: skip
    assert got["rows"][:4] == [
        "Old Port zone – what I want to say at the meeting",
        "read the council's page on the zone",
        "ask whether carers get a permit",
        "no private cars inside the Old Port from 1 March 2029: is that the date?",
    ]
    assert len(got["rows"]) == 8
    assert _reader4_count(cli, root, "resident-notes.md") == 9


def test_minutes_read_the_council_above_the_heading_and_no_attendance_lines(
    cli: Cli, root: str
) -> None:
    """d8 8: the plain first line taken for the title; "Present:", "Officers:", "Members of
    the public:" and the signature blanks kept as sentences."""
    got = _add(cli, root, "committee-minutes.md")
    assert facts(got) == (
        "Transport Committee – minutes of the meeting of 12 November 2026",
        "Kessling City Council", "Kessling City Council", "2026-11-12",
    )  # fmt: skip
    assert got["rows"] == [
        "Transport Committee – minutes of the meeting of 12 November 2026",
        "Old Port low traffic zone",
        "The Head of Transport said the zone would cut traffic on Harbour Road by a third.",
        "Cllr Brink said the shops had not been asked.",
        "Cllr Moe said they had been asked twice.",
        "RESOLVED: that the zone start on 1 March 2029, with a review after one year.",
    ]
    assert _reader4_count(cli, root, "committee-minutes.md") == 9


def test_a_radio_transcripts_header_line_gives_presenter_and_programme(cli: Cli, root: str) -> None:
    """d8 9: the italic header line came in as sentences and "[End of segment]" too; neither
    presenter nor programme read."""
    got = _add(cli, root, "radio-transcript.md")
    assert facts(got) == (
        "Radio Kessling – Morning Edition", "Sara Lind", "Radio Kessling, Morning Edition",
        "2026-11-24",
    )  # fmt: skip
    assert got["rows"][0] == "Radio Kessling – Morning Edition"
    assert got["rows"][1] == "LIND: Good morning."
    assert got["rows"][-1] == "LIND: We have to leave it there."
    assert len(got["rows"]) == 11
    assert _reader4_count(cli, root, "radio-transcript.md") == 13


def test_a_header_line_of_key_value_sentences_is_metadata() -> None:
    """d8 9: "*Presenter: Clara Nyquist. Programme: The Morning Desk. Broadcast 3 December
    2026.*" came in as sentences with no speaker."""
    text = (
        "# The Morning Desk\n\n*Presenter: Clara Nyquist. Programme: The Morning Desk. "
        "Broadcast 3 December 2026, 07:10.*\n\nNYQUIST: Good morning.\n\nHOLM: Hello.\n\n"
        "NYQUIST: Is it too soon?\n\nHOLM: No.\n"
    )
    assert corpus.guess_author(text, 5) == "Clara Nyquist"
    assert corpus.guess_outlet(text, 5) == "The Morning Desk"
    assert corpus.guess_date(text, 5) == "2026-12-03"
    assert [s.text for s in corpus.sentences(text, markdown=True, reader=5)][:2] == [
        "The Morning Desk",
        "Good morning.",
    ]


def test_a_speaker_label_with_an_office_of_is_a_speaker() -> None:
    """d9 4: "**The Minister of Health (Karin Albrecht):**" was not read as a label, so her
    words went to the speaker before her, with her label at their head."""
    text = (
        "# Urgent question\n\n**The Deputy Speaker (Ulla Brenner):** Ruben Falk.\n\n"
        "**Ruben Falk (Social Alliance):** Will the minister fund it?\n\n"
        "**The Minister of Health (Karin Albrecht):** When the price is fair.\n\n"
        "**Ruben Falk (Social Alliance):** When is that?\n\n"
        "**The Minister of Health (Karin Albrecht):** Soon.\n"
    )
    rows = [(s.speaker, s.text) for s in corpus.sentences(text, markdown=True, reader=5)]
    assert rows[3] == ("The Minister of Health (Karin Albrecht)", "When the price is fair.")
    assert rows[5] == ("The Minister of Health (Karin Albrecht)", "Soon.")
    old = [(s.speaker, s.text) for s in corpus.sentences(text, markdown=True, reader=4)]
    assert old[3][0] == "Ruben Falk (Social Alliance)"  # reader 4 as before


def test_a_date_in_a_sentence_of_the_body_is_never_the_texts_date() -> None:
    """d8 5, 7: two sources got a 2028 date from "from 1 April 2028 private cars…"."""
    text = "# The ring\n\nFrom 1 April 2028 private cars will not enter the ring. Good.\n"
    assert corpus.guess_date(text, 4) == "2028-04-01"
    assert corpus.guess_date(text, 5) == ""
    dated = "# The ring\n\n*Ringside · 4 May 2027*\n\n" + text.split("\n\n", 1)[1]
    assert corpus.guess_date(dated, 5) == "2027-05-04"


def test_a_wix_section_named_cta_keeps_its_text_and_a_cookie_layer_goes() -> None:
    """d9 6, 9: `section#comp-cta` held the page's thesis and was dropped whole; the cookie
    bar `div#cookieconsent` was kept."""
    page = (
        "<html><body><div id='cookieconsent' class='cc-window cc-banner'><p>We use cookies."
        "</p><a>Got it!</a></div><main><h1>Lumora now</h1><p>Our children wait.</p>"
        "<section id='comp-cta'><h2>Act now</h2><p>Every child deserves Lumora now.</p>"
        "<a class='wixui-button' href='#'>Sign the petition</a></section></main></body></html>"
    )
    text, _ = corpus.html_to_text(page, 5)
    assert text.split("\n\n") == [
        "Lumora now", "Our children wait.", "Act now", "Every child deserves Lumora now.\n",
    ]  # fmt: skip
    old, _ = corpus.html_to_text(page, 4)
    assert "Every child deserves" not in old and "We use cookies" in old


def test_add_stance_without_label_symbol_or_axis_takes_defaults(cli: Cli, root: str) -> None:
    """d8 1: `codebook add-stance ID` alone stopped with argparse's usage."""
    code, out, err = cli("-p", root, "codebook", "add-stance", "pro-transit")
    assert code == 0, err
    assert out.splitlines()[0] == "add stance pro-transit"
    assert "label 'pro transit', symbol ●, axis 0" in out and "codebook edit stance" in out
    code, out, _ = cli("-p", root, "codebook", "--json")
    stance = next(s for s in json.loads(out)["stances"] if s["id"] == "pro-transit")
    assert (stance["label"], stance["symbol"], stance["axis"]) == ("pro transit", "●", 0)
