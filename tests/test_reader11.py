"""Reader 11, the default of ``argmap add``: the misreadings session 12's debate builders
met (debate19-21: comment threads dropped, posts with no writer) on pages of the same kinds
written for these tests (tests/reader11/, the invented island town of Orrin and its night
ferry). Each test shows what reader 10 reads of the same page, so that it fails under it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_pages import Cli, add_page

from argmap.readers import READER

PAGES = Path(__file__).parent / "reader11"


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def _add(cli: Cli, root: str, name: str, *extra: str) -> dict:
    """Add tests/reader11/NAME: its metadata and its sentences ("speaker: text")."""
    return add_page(cli, root, PAGES / name, *extra)


def _reader10(cli: Cli, root: str, name: str) -> dict:
    return _add(cli, root, name, "--reader", "10", "--id", "r10", "--force")


def test_reader_11_is_the_default(cli: Cli, root: str) -> None:
    assert READER == 11
    assert _add(cli, root, "coral-ferry-comments.html")["reader"] == 11


def test_a_substack_posts_comments_are_read_with_their_writers(cli: Cli, root: str) -> None:
    """d19: the five comments under a Substack post were not read at all."""
    page = _add(cli, root, "substack-ferry-comments.html")
    assert page["rows"][-4:] == [
        "Jora Vik: The morning extra is full in summer, when the tourists come.",
        "Jora Vik: Count the boats in July before you cut them.",
        "Edda Marsh: Fair, but July is six weeks and the nurses work all year.",
        "@Halo: Ask the hospital to pay for the boat.",
    ]
    assert not any("Discussion about this post" in row or "Like (" in row for row in page["rows"])
    old = _reader10(cli, root, "substack-ferry-comments.html")
    assert not any("hospital" in row for row in old["rows"])


def test_a_stack_exchange_question_its_answers_and_comments_have_their_writers(
    cli: Cli, root: str
) -> None:
    """d19: the question and answers had no speaker and every comment was lost."""
    rows = _add(cli, root, "stackexchange-ferry.html")["rows"]
    at = rows.index(
        "Tove Lind: The last ferry from Orrin Quay carries about thirty people a night."
    )
    assert rows[at + 1 :] == [
        "Tove Lind: Why does the council pay forty thousand crowns a year for it?",
        "@Bram: Thirty people is a full bus, and they are mostly shift workers.",
        "Per Osk: Because the ferry licence obliges the operator to run a night service, and "
        "the council pays the gap.",
        "Per Osk: Dropping it means reopening the whole licence.",
        "Tove Lind: The licence comes up for renewal next year anyway.",
        "@Ines: It is cheaper than a night bus round the bay.",
    ]
    old = _reader10(cli, root, "stackexchange-ferry.html")["rows"]
    assert "It is cheaper than a night bus round the bay." in old
    assert not any("full bus" in row for row in old)


def test_coral_comments_and_replies_have_their_writers_without_their_chrome(
    cli: Cli, root: str
) -> None:
    """d21: Coral's meta lines were sentences and no comment had a speaker."""
    rows = _add(cli, root, "coral-ferry-comments.html")["rows"]
    assert rows[-4:] == [
        "@KelpKing: Forty thousand a year for thirty riders is absurd.",
        "Mia Torsen: Those thirty are the night nurses.",
        "Mia Torsen: Price their taxi fares first.",
        "@harbour_owl: Run a smaller boat at night and keep the service.",
    ]
    assert not any("Powered by Coral" in row or "respectful" in row for row in rows)
    old = _reader10(cli, root, "coral-ferry-comments.html")["rows"]
    assert "Forty thousand a year for thirty riders is absurd." in old
    assert "Powered by Coral · Community guidelines" in old


def test_a_tumblr_reblog_trail_and_its_replies_have_their_blogs(cli: Cli, root: str) -> None:
    """d21: each blog's name was a sentence, the replies in the notes were dropped and the
    likes kept."""
    rows = _add(cli, root, "tumblr-ferry-reblogs.html")["rows"]
    assert rows == [
        "@quay-lights: they want to cut the night ferry and nobody asked the nurses.",
        "@quay-lights: keep the boat.",
        "@saltwater-maps: a night bus would be cheaper though.",
        "@gullwatch: the bus takes an hour round the bay",
    ]
    old = _reader10(cli, root, "tumblr-ferry-reblogs.html")["rows"]
    assert "softfog liked this" in old and "quay-lights" in old
