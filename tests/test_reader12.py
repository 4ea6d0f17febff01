"""Reader 12, the default of ``argmap add``: a thread of a kind argmap has no rule for read
by its shape (posts of one shape, each a writer's head over a text), and the misreadings
session 13's blind debates met (debate22-23), on pages written for these tests
(tests/reader12/, the island town of Orrin and its night ferry). Each test shows what
reader 11 reads of the same page, so that it fails under it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_pages import Cli, add_page

from argmap.readers import READER

PAGES = Path(__file__).parent / "reader12"


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def _add(cli: Cli, root: str, name: str, *extra: str) -> dict:
    """Add tests/reader12/NAME: its metadata and its sentences ("speaker: text")."""
    return add_page(cli, root, PAGES / name, *extra)


def _reader11(cli: Cli, root: str, name: str) -> dict:
    return _add(cli, root, name, "--reader", "11", "--id", "r11", "--force")


def test_reader_12_reads_when_asked(cli: Cli, root: str) -> None:
    assert READER == 18  # reader 18 since session 20
    assert _add(cli, root, "harbour-board-forum.html", "--reader", "12")["reader"] == 12
    again = _add(cli, root, "harbour-board-forum.html", "--reader", "12", "--id", "again")
    assert again["reader"] == 12  # named, as a make.sh pins it


def test_a_forum_of_no_known_kind_has_its_writers_as_speakers(cli: Cli, root: str) -> None:
    """d22: a Mumsnet-like forum, Lemmy, GitHub: each post's writer lost, its head kept."""
    page = _add(cli, root, "harbour-board-forum.html")
    assert page["rows"][1:] == [
        "Bo Lindqvist: The board wants to end the last sailing at 23:10 to save money.",
        "Bo Lindqvist: I work nights at the mainland hospital and that boat is how I get home.",
        "Bo Lindqvist: Is anyone here actually in favour of the cut?",
        "@kari_sund: I am, reluctantly.",
        "@kari_sund: The last boat carries eleven people on a weekday and the board is short of "
        "forty thousand crowns.",
        "Bo Lindqvist: Eleven people who have no other way home.",
        "Bo Lindqvist: A taxi boat costs each of us more in a month than the sailing costs the "
        "board.",
        "Ylva Holm: Ask the hospital to pay for the sailing.",
        "Ylva Holm: Its night staff are the ones who need it, and a hospital can afford a boat.",
    ]  # the heads, "In reply to kari_sund" and the pager are no sentences
    assert (page["author"], page["date"]) == ("Bo Lindqvist", "2027-03-12")  # the opener's
    old = _reader11(cli, root, "harbour-board-forum.html")
    assert "Bo Lindqvist 12 Mar 2027, 21:02" in old["rows"]
    assert not any(row.startswith("Bo Lindqvist:") for row in old["rows"])


def test_an_articles_cards_and_staff_list_name_no_speaker(cli: Cli, root: str) -> None:
    """Teaser cards with an author and a staff list with bios are no thread."""
    page = _add(cli, root, "ferry-news-with-cards.html")
    assert page["rows"] == _reader11(cli, root, "ferry-news-with-cards.html")["rows"]
    assert all(not row.startswith(("Signe Dahl:", "Tor Ek:")) for row in page["rows"])


def test_a_photo_posts_caption_is_its_sentences_and_its_comments_their_writers(
    cli: Cli, root: str
) -> None:
    """d22 Instagram: the caption (an <h1>) one sentence, hashtags and all; each commenter's
    name glued to the comment's first sentence."""
    page = _add(cli, root, "photo-post-caption.html")
    assert page["rows"][1:] == [
        "@orrin.nightworkers: Meet Anja.",
        "@orrin.nightworkers: She has worked nights on the mainland ward for nine years.",
        "@orrin.nightworkers: If the 00:40 boat goes, she sleeps in the staff room or pays 600 "
        "crowns for a taxi boat.",
        "@orrin.nightworkers: Keep the night ferry.",
        "@orrin.nightworkers: Sign the letter, link in bio.",
        "@tove.writes: My brother is on the same ward and has missed his boat twice already.",
        "@harbour_arne: The board has to balance the books somehow, but not by stranding nurses.",
    ]
    old = _reader11(cli, root, "photo-post-caption.html")
    assert any(row.startswith("Meet Anja. She has worked") for row in old["rows"])
    assert "2w 12 likes" in old["rows"]


def test_a_forms_chosen_options_are_kept_and_the_others_dropped(cli: Cli, root: str) -> None:
    """d22 consultation: every option offered kept, the chosen one not told apart."""
    rows = _add(cli, root, "night-ferry-form-response.html")["rows"]
    assert rows[1:5] == [
        "1 Do you agree that the 00:40 sailing should end?",
        "Strongly disagree",
        "2 Which sailings do you use?",
        "3 Please explain your answer.",
    ]  # the chosen sailings of question 2 are a list of times: no sentence in any reader
    assert "Strongly agree" in _reader11(cli, root, "night-ferry-form-response.html")["rows"]


def test_a_phone_ins_callers_are_speakers(cli: Cli, root: str) -> None:
    """d23: "NAME, TOWN:" callers read as the host, their labels kept in the text."""
    rows = _add(cli, root, "open-line-harbour-phone-in.txt")["rows"]
    assert "NILS, ORRIN: Evening, Elsa." in rows
    assert "MARTA, VESTBY: Without that boat I lose my job." in rows
    assert "ELSA BRUN: Nearly empty isn't empty, Nils." in rows
    old = _reader11(cli, root, "open-line-harbour-phone-in.txt")["rows"]
    assert "ELSA BRUN: NILS, ORRIN: Evening, Elsa." in old


def test_a_question_label_opens_its_question(cli: Cli, root: str) -> None:
    """d23: "Q1." a sentence of its own, split from the question it numbers."""
    rows = _add(cli, root, "night-ferry-consultation.txt")["rows"]
    assert "Q1. Do you agree that the 00:40 sailing should end?" in rows
    assert "Q2. Would you pay a higher fare to keep it?" in rows
    assert "Q1." in _reader11(cli, root, "night-ferry-consultation.txt")["rows"]


def test_a_latex_paper_is_read_without_its_markup(cli: Cli, root: str) -> None:
    """d23: .tex refused; saved as .txt, its preamble and commands were sentences."""
    page = _add(cli, root, "night-ferry-costs-paper.tex")
    assert (page["title"], page["author"], page["date"]) == (
        "What Does the Night Ferry Cost?",
        "Liv Sand and Jonas Berg",
        "2027-03-14",
    )
    assert "The 00:40 sailing costs the board 40,000 crowns a year." in page["rows"]
    assert "Fuel and crew only; the boat is owned." in page["rows"]  # the footnote, at the end
    assert not any("\\" in row or "{" in row or "c = f" in row for row in page["rows"])
    code, _, err = cli(
        "add", str(PAGES / "night-ferry-costs-paper.tex"), "--reader", "11", "--project", root
    )
    assert code != 0 and "reader 11 does not read .tex files (reader 12 does" in err


def test_a_letter_from_an_organisation_names_it_not_the_letter(cli: Cli, root: str) -> None:
    """c13: "*Letter from the Norvania Farmers' Union, …*" was the author and the outlet."""
    page = _add(cli, root, "letter-from-the-ferry-users-union.md")
    assert page["outlet"] == "Orrin Ferry Users' Union"
    old = _reader11(cli, root, "letter-from-the-ferry-users-union.md")
    assert old["outlet"] == "Letter from the Orrin Ferry Users' Union"


def test_a_chat_exports_runs_of_messages_keep_each_message_and_its_writer(
    cli: Cli, root: str
) -> None:
    """d24 (read blind at the end of session 14): a Discord export groups one writer's
    messages in a run whose first message alone has a header, and a reply shows the message
    it answers with that message's writer. Reader 12 as first written left the run's later
    messages out and gave replies to the writer they quoted."""
    page = _add(cli, root, "night-ferry-chat-export.html")
    assert page["rows"][2:] == [
        "Bo Lindqvist: The board wants to end the last sailing at 23:10 to save money.",
        "Bo Lindqvist: I work nights at the mainland hospital and that boat is how I get home.",
        "Bo Lindqvist: Is anyone here actually in favour of the cut?",
        "@kari_sund: I am, reluctantly, because the last boat carries eleven people on a weekday.",
        "@kari_sund: The board is short of forty thousand crowns and something has to go.",
        "Ylva Holm: Then ask the hospital to pay for the sailing its night staff need.",
        "Ylva Holm: A hospital can afford a boat far more easily than a nurse can afford a taxi.",
    ]  # each quoted reply box is no sentence: it repeats the message it answers
    old = _reader11(cli, root, "night-ferry-chat-export.html")
    assert "kari_sund 12/03/2027 21:15" in old["rows"]
    assert not any(row.startswith("@kari_sund:") for row in old["rows"])
