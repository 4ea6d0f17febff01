"""Reader 14, the default of ``argmap add``: what debate26/27's builders found misread
(phone-in callers, a minute's speakers, letters' authors and signatures, response forms,
"exhibit A." and bold leads), on pages written for these tests (tests/reader14/, the town
of Velde and its harbour dues). Each test shows what reader 13 reads of the same page, so
that it fails under it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reader_pages import Cli, add_page

from argmap.readers import READER

PAGES = Path(__file__).parent / "reader14"


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def _both(cli: Cli, root: str, name: str) -> tuple[dict, dict]:
    """Tests/reader14/NAME as reader 13 and reader 14 add it."""
    thirteen = add_page(cli, root, PAGES / name, "--reader", "13", "--id", "r13")
    return thirteen, add_page(cli, root, PAGES / name, "--reader", "14", "--id", "r14")


def test_reader_14_was_the_default_and_reads_when_asked(cli: Cli, root: str) -> None:
    assert READER == 18  # reader 18 since session 20
    assert _both(cli, root, "quay-news.md")[1]["reader"] == 14


def test_callers_labelled_after_the_time_with_their_role(cli: Cli, root: str) -> None:
    """ "[08:40] Caller (Leif, Osby):": reader 13 read no speaker and kept the label."""
    thirteen, fourteen = _both(cli, root, "phone-in-harbour-dues.txt")
    assert "[08:40] Caller (Leif, Osby): Morning, Tone." in thirteen["rows"]
    assert "Leif, Osby: Morning, Tone." in fourteen["rows"]
    assert "Tone Brask: And if it cannot?" in fourteen["rows"]
    assert (
        "Randi, Velde: I would raise the dues and spend every crown on the walls."
        in (fourteen["rows"])
    )


def test_a_caller_with_a_village_and_a_valley(cli: Cli, root: str) -> None:
    """ "BERIT LIE, HOLT, NORDDAL:": reader 13 gave her turn to the presenter."""
    thirteen, fourteen = _both(cli, root, "call-in-school-buses.txt")
    assert "TONE BRASK: I drive one of those buses." in thirteen["rows"]
    assert "BERIT LIE, HOLT, NORDDAL: I drive one of those buses." in fourteen["rows"]
    assert "ODD HAUGEN, OSBY: It was half empty because it was always late." in fourteen["rows"]


def test_callers_named_with_where_they_call_from(cli: Cli, root: str) -> None:
    """ "Ingrid from Osby:": reader 13 read every caller's words as the presenter's, and a
    programme's "Topic:" as a speaker."""
    thirteen, fourteen = _both(cli, root, "evening-line-library.txt")
    assert (
        "Tone: Ingrid from Osby: Forty people who would have nowhere else to go."
        in (thirteen["rows"])
    )
    assert "Ingrid from Osby: Forty people who would have nowhere else to go." in fourteen["rows"]
    assert "Harald from Velde: I'm sorry, but the council has to choose." in fourteen["rows"]
    assert "Tone: Thank you both." in fourteen["rows"]
    code, out, _ = cli("sentences", "r14", "--json", "--project", root)
    assert code == 0
    assert not any(s.get("speaker") == "Topic" for s in json.loads(out))


def test_a_minutes_speakers_end_with_their_paragraph(cli: Cli, root: str) -> None:
    """A note naming who was present: each "Name:" label and "Holt replied that…" is that
    person's (in full), up to the next; a paragraph reporting nobody is nobody's. Reader 13
    read no speaker at all here."""
    thirteen, fourteen = _both(cli, root, "harbour-board-lunch-notes.md")
    assert (
        'Dahl: the fishermen already pay for their own moorings; "we cannot pay twice".'
        in (thirteen["rows"])
    )
    rows = fourteen["rows"]
    assert 'Eva Holt: Holt opened: "The quay walls will not last another ten winters."' in rows
    assert "Eva Holt: She said the dues have not risen since 2015." in rows
    assert 'Jon Dahl: the fishermen already pay for their own moorings; "we cannot pay twice".' in (
        rows
    )
    assert "Eva Holt: Holt replied that the walls are for everyone who ties up." in rows
    assert "Bjørn Lie: a nightly charge is fairer still." in rows  # a label inside the line
    assert 'Anna Strøm: "A rise for the yachts and not the working boats is fair."' in rows
    assert "The board agreed to ask officers for a costed charge by April." in rows


def test_a_letters_writer_and_signature(cli: Cli, root: str) -> None:
    """ "From Oddny Haug, Osby, Velde" over the letter, signed under it: reader 13's author
    was "From Oddny Haug" and the signature two sentences."""
    thirteen, fourteen = _both(cli, root, "letters-harbour-dues.html")
    assert thirteen["author"] == "From Oddny Haug"
    assert thirteen["rows"][-2:] == ["Oddny Haug", "Osby, Velde"]
    assert fourteen["author"] == "Oddny Haug (Osby, Velde)"
    assert fourteen["rows"][-1].startswith("A nightly charge on visiting boats")


def test_a_byline_label_and_a_tools_row(cli: Cli, root: str) -> None:
    thirteen, fourteen = _both(cli, root, "uni-news-harbour.html")
    assert thirteen["author"] == "Text: Per Moe"
    assert "Gift this article" in thirteen["rows"]
    assert fourteen["author"] == "Per Moe"
    assert "Gift this article" not in fourteen["rows"]


def test_a_profile_address_as_author(cli: Cli, root: str) -> None:
    thirteen, fourteen = _both(cli, root, "linkedin-harbour.html")
    assert thirteen["author"] == "https://no.linkedin.com/in/tove-rask"
    assert fourteen["author"] == "Tove Rask"


def test_response_forms_head_block_and_ticked_option(cli: Cli, root: str) -> None:
    """The respondent, the day received and the reference make the author, date and title
    (two responses to one form get two ids); the unticked options are no sentences."""
    thirteen, fourteen = _both(cli, root, "forms/HB-DUES-007.txt")
    assert thirteen["author"] == "" and thirteen["date"] == "2027-03-31"
    assert "( ) Double the dues for all boats" in thirteen["rows"]
    assert fourteen["title"] == "Consultation response HB-DUES-007: Kjell Aas"
    assert (fourteen["author"], fourteen["date"]) == ("Kjell Aas", "2027-03-09")
    assert fourteen["rows"][:3] == [
        "Consultation: Mooring dues from 2028 (closes 31 March 2027)",
        "Q1. Which option do you prefer?",
        "A nightly charge on visiting boats",
    ]
    other = add_page(cli, root, PAGES / "forms/HB-DUES-012.txt")
    assert other["id"] == "consultation-response-hb-dues-012"
    assert "Double the dues for all boats" in other["rows"]
    assert not any("No change" in row for row in other["rows"])


def test_a_capital_before_a_full_stop_and_bold_leads(cli: Cli, root: str) -> None:
    """ "her exhibit A. On Tuesday": two sentences; "**Support the rise.**" is a sentence of
    its own, "**Costs.**" a run-in head read with its sentence (as reader 13 did)."""
    thirteen, fourteen = _both(cli, root, "quay-news.md")
    assert any("exhibit A. On Tuesday" in row for row in thirteen["rows"])
    assert "Support the rise. It would pay for the walls within ten years." in thirteen["rows"]
    assert "The harbour master has made the quay walls her exhibit A." in fourteen["rows"]
    assert "Support the rise." in fourteen["rows"]
    assert "Costs. The repair is put at 14 million crowns." in fourteen["rows"]


def test_taken_by_names_a_notes_author(cli: Cli, root: str) -> None:
    thirteen, fourteen = _both(cli, root, "friends-meeting-notes.txt")
    assert "Taken by Lena Brandt, secretary, 21 October 2026" in thirteen["rows"]
    assert fourteen["author"] == "Lena Brandt"
    assert not any(row.startswith("Taken by") for row in fourteen["rows"])


def test_an_article_quoting_people_gets_no_speakers(cli: Cli, root: str) -> None:
    """Reported speech in an ordinary article (no one listed as present) stays nobody's."""
    fourteen = add_page(cli, root, PAGES / "uni-news-harbour.html")
    assert not any(":" in row.split(" ")[0] for row in fourteen["rows"] if row[:1] != '"')


def test_one_forms_responses_are_not_called_saves_of_each_other(cli: Cli, root: str) -> None:
    """Read as reader 13 reads them (the form's title their title), a second response is
    told apart from a newer version of the first: no `--replace` hint."""
    forms = [str(PAGES / "forms" / f"HB-DUES-{n}.txt") for n in ("007", "012")]
    code, out, err = cli("add", *forms, "--reader", "13", "--project", root)
    assert code == 0, err
    assert "--replace" not in out
    assert "has the same title but other words: if HB-DUES-012.txt is another document" in out
    code, out, err = cli("add", *forms, "--id-from", "title", "--force", "--project", root)
    assert code == 0, err  # reader 14: each its own title, so its own id
    assert "added consultation-response-hb-dues-012:" in out and "same title" not in out
