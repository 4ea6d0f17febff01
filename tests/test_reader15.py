"""Reader 15, the default of ``argmap add``: what debate28/29's builders found misread (a
debate record's speeches dropped, an FAQ's questions, footnote marks glued to sentences,
"cat. 1", live-blog entries, a judgment's header...), on pages written for these tests
(tests/reader15/, the island of Velde and its winter ferry). Each test shows what reader 14
reads of the same page, so that it fails under it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_pages import Cli, add_page

from argmap.readers import READER

PAGES = Path(__file__).parent / "reader15"


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def _both(cli: Cli, root: str, name: str) -> tuple[dict, dict]:
    """Tests/reader15/NAME as reader 14 and reader 15 add it."""
    fourteen = add_page(cli, root, PAGES / name, "--reader", "14", "--id", "r14")
    return fourteen, add_page(cli, root, PAGES / name, "--id", "r15")


def test_reader_15_is_the_default(cli: Cli, root: str) -> None:
    assert READER == 15
    assert _both(cli, root, "council-record-ferry-levy.html")[1]["reader"] == 15


def test_a_debate_record_reads_every_speech_in_place(cli: Cli, root: str) -> None:
    """A member's heading with a long constituency ("(North Harbour and Skarvik)"): reader 14
    dropped the speech after the chair's turn but its first line, moved "Hon. Members: Hear,
    hear." to the end, gave the procedure lines to the last speaker and made the chair the
    page's author."""
    fourteen, fifteen = _both(cli, root, "council-record-ferry-levy.html")
    speech = (
        "Rakel Storvik: Without the winter ferry the school on Ytterøy closes within three years."
    )
    assert speech not in fourteen["rows"]
    assert fourteen["author"] == "The Presiding Member"
    rows = fifteen["rows"]
    assert speech in rows
    assert rows.index("Hon. Members: Hear, hear.") < rows.index(
        "Tor Halvorsen: The ferry should be paid from the general budget, as the bridge was."
    )
    assert "The Council divided: Ayes 14, Noes 9." in rows
    assert "Question put, That the Bill be now read a Second time." in rows
    assert not fifteen["author"]


def test_an_faq_saved_collapsed_is_read_with_its_questions(cli: Cli, root: str) -> None:
    """Accordion answers saved ``hidden`` and questions written as ``<h3><button>``: reader 14
    read the intro and "Was this page helpful?" only, and `leftout` listed nothing."""
    fourteen, fifteen = _both(cli, root, "ferry-faq-collapsed.html")
    assert "No." not in fourteen["rows"]
    assert "Will islanders pay the levy?" not in fourteen["rows"]
    rows = fifteen["rows"]
    question = rows.index("Will islanders pay the levy?")
    assert rows[question + 1] == "No."
    assert "A levy that only visitors pay gives the ferry money of its own." in rows
    assert "Was this page helpful?" not in rows
