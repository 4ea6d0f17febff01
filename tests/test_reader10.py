"""Reader 10, the default of ``argmap add``: the misreadings session 11's debate builders
met (debate16-18) on pages of the same kinds written for these tests (tests/reader10/, the
invented port town of Kettleby and its Dock Lane). Each test shows what reader 9 reads of
the same page, so that it fails under reader 9."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_pages import Cli, add_page, facts

from argmap.readers import READER

PAGES = Path(__file__).parent / "reader10"


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def _add(cli: Cli, root: str, name: str, *extra: str) -> dict:
    """Add tests/reader10/NAME: its metadata and its sentences ("speaker: text")."""
    return add_page(cli, root, PAGES / name, *extra)


def _reader9(cli: Cli, root: str, name: str) -> dict:
    return _add(cli, root, name, "--reader", "9", "--id", "r9", "--force")


def test_reader_10_is_recorded(cli: Cli, root: str) -> None:
    assert READER >= 10  # reader 11 is the default since session 13
    assert _add(cli, root, "mastodon-ampersand.html", "--reader", "10")["reader"] == 10


def test_a_mastodon_commenter_whose_name_has_an_ampersand_is_the_speaker(
    cli: Cli, root: str
) -> None:
    """d16: "Wexcombe & District Chamber of Commerce:" was no speaker label, so its post
    went to the writer before it; its account line and the profile's fields were sentences."""
    page = _add(cli, root, "mastodon-ampersand.html")
    assert page["rows"][3:6] == [
        "Ana & Co: @marta We run the bakery at the corner of Dock Lane.",
        "Ana & Co: Half our trade is people who park for five minutes on the way to work.",
        "Ana & Co: If the lane closes, we lose them, and nobody has asked us.",
    ]
    assert page["rows"][-1] == (
        "Ana & Co: A delivery bay at the quay end would save the closure for everyone."
    )
    for chrome in ("@tberg@kettleby.social", "Quayside", "Pronouns"):
        assert not any(chrome in row for row in page["rows"])
    old = _reader9(cli, root, "mastodon-ampersand.html")
    assert "Marta Ilves: Ana & Co:" in old["rows"]
    assert (
        "Tomas Berg: A delivery bay at the quay end would save the closure for everyone."
        in old["rows"]
    )


def test_a_jupyter_notebook_is_read_as_its_markdown_cells(cli: Cli, root: str) -> None:
    """d17: argmap refused the data desk's notebook (``unsupported file type '.ipynb'``);
    its builder converted it to HTML by hand. A reader of the argument wants the prose, not
    the code, its comments or its outputs."""
    page = _add(cli, root, "dock-lane-lorries.ipynb")
    assert facts(page) == (
        "Would closing Dock Lane slow the quay lorries?",
        "Rafe Okoro",
        "Kettleby Courier data desk",
        "",
    )
    assert "Of the 1,184 lorries we counted, 1,020 turned into the quay gate." in page["rows"]
    assert page["rows"][-1] == (
        "If the council wants fewer lorries past the school, it has to give the quay a second gate."
    )
    for code in ("pandas", "groupby", "0.86", "1184", "share of lorries", "Figure 2"):
        assert not any(code in row for row in page["rows"])
    code, _out, err = _reader9_error(cli, root, "dock-lane-lorries.ipynb")
    assert code != 0 and "reader 9 does not read .ipynb files (reader 10 does)" in err


def _reader9_error(cli: Cli, root: str, name: str) -> tuple[int, str, str]:
    return cli("add", str(PAGES / name), "--project", root, "--reader", "9")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("broken.ipynb", "broken.ipynb: not a Jupyter notebook (bad JSON at line 4, column 1)"),
        (
            "code-only.ipynb",
            "code-only.ipynb: the notebook has no Markdown cell with text (its 1 code cell "
            "is not read)",
        ),
    ],
)
def test_a_broken_or_prose_free_notebook_is_refused_in_one_line(
    cli: Cli, root: str, name: str, message: str
) -> None:
    code, _out, err = cli("add", str(PAGES / name), "--project", root)
    assert code != 0
    assert message in err and len(err.strip().splitlines()) == 1


def test_a_telegram_exports_reactions_and_poll_options_are_no_sentences(
    cli: Cli, root: str
) -> None:
    """d18: each message's reactions ("😡 214 👎 96"), the userpic's initials and a poll's
    options with their votes were sentences; the senders were sentences, not speakers. The
    poll's question stays: it is the channel's question."""
    page = _add(cli, root, "ChatExport_2027-04-14/messages.html")
    assert facts(page) == ("Keep Dock Lane Open", "Keep Dock Lane Open", "", "2027-04-14")
    assert page["rows"] == [
        "Kettleby Courier: BREAKING: the council's transport committee has backed closing "
        "Dock Lane to cars from 1 May, by six votes to three.",
        "Keep Dock Lane Open: The full council still has to agree on the 28th.",
        "Keep Dock Lane Open: If every shop on the lane writes to its councillor before then, "
        "the closure can still be stopped.",
        "Keep Dock Lane Open: Should we ask for a delivery bay instead of a closure?",
        "Ana Ruiz: A bay at the quay end would keep the lorries off the school stretch and "
        "keep our customers.",
    ]
    old = _reader9(cli, root, "ChatExport_2027-04-14/messages.html")["rows"]
    assert "😡 88 👎 41" in old and "Anonymous poll" in old and "KD" in old
    assert "Yes, a bay at the quay end 74 votes" in old


def test_a_pdfs_running_heads_are_no_sentences_and_its_sentences_cross_page_breaks(
    cli: Cli, root: str
) -> None:
    """d17: in a report as ``pdftotext -layout`` gives it (form feeds between pages), the
    running head and foot with no page number in it were sentences on every page, and a
    sentence, or a word broken by a hyphen ("quie-" / "ter"), was cut at each page break."""
    page = _add(cli, root, "dock-lane-review-pdftotext.txt")
    rows = page["rows"]
    assert not any("Dock Lane Access Review" in row for row in rows)
    assert (
        "A closure to through traffic would make that stretch quieter, but it would not remove "
        "the lorries, which are the main danger to the children." in rows
    )
    assert rows[-2:] == [
        "4 Recommendation",
        "The Board recommends a closure to through traffic with a loading bay at the quay end, "
        "reviewed after twelve months, and a study of a second gate for the quay.",
    ]
    old = _reader9(cli, root, "dock-lane-review-pdftotext.txt")["rows"]
    assert old.count("Kettleby Harbour Board · Dock Lane Access Review") == 5
    assert "A closure to through traffic would make that stretch quie-" in old


def test_each_letter_on_a_letters_page_is_spoken_by_its_writer(cli: Cli, root: str) -> None:
    """d16: the writer signs each letter at its end ("Pat Lennox, Riverside"); reader 9 read
    the signatures as sentences and gave the letters no speaker, and the page no author."""
    page = _add(cli, root, "courier-letters.html")
    assert facts(page) == (
        "Letters: Dock Lane and the quay lorries",
        "Marta Ilves, Ana Ruiz, Tomas Berg",
        "Kettleby Courier",
        "2027-04-16",
    )
    rows = page["rows"]
    assert "Marta Ilves: The cars are not the danger; the lorries are." in rows
    assert (
        "Ana Ruiz: A short-stay bay at the quay end would cost the council almost nothing." in rows
    )
    assert (
        "Tomas Berg: We would happily agree to stay off the lane at school times if we had "
        "somewhere to wait." in rows
    )
    assert "Our customers will go elsewhere" in rows  # the editor's heading: nobody's
    assert "Letters must include a postal address, not for publication." in rows  # nor this
    assert not any(row.startswith("Tomas Berg, Berg Haulage") for row in rows)
    old = _reader9(cli, root, "courier-letters.html")
    assert "Tomas Berg, Berg Haulage, Kettleby" in old["rows"] and old["author"] == ""
    assert "The cars are not the danger; the lorries are." in old["rows"]


def test_an_x_threads_posts_are_spoken_by_their_writers(cli: Cli, root: str) -> None:
    """d18: each post's name block ("Chiara Vallisneri", "@chiaravalli_air", "Apr 29") was
    three lines of sentences and no post had a speaker."""
    page = _add(cli, root, "x-thread.html")
    assert facts(page)[1:] == ("Marta Ilves", "X (formerly Twitter)", "2027-04-12")
    assert page["rows"] == [
        "Marta Ilves: 1/ Dock Lane closes to cars on 1 May.",
        "Marta Ilves: Here is why I think that is only half the answer.",
        "Marta Ilves: 2/ The lorries to the quay are the danger at the school gate, and the "
        "closure does not touch them.",
        "Marta Ilves: Only a second quay gate does. /end",
        "Tomas Berg: We would use a second gate tomorrow.",
        "Tomas Berg: Nobody has asked us where it could go.",
        "Ana & Co: And the bakery loses its passing trade either way.",
        "Ana & Co: A short-stay bay, please.",
    ]
    old = _reader9(cli, root, "x-thread.html")["rows"]
    assert old[:3] == ["Conversation", "@marta_ilves", "Apr 12"]
    assert "Tomas Berg" in old and "@bergHaulage" in old


def test_a_travel_forums_posts_are_spoken_by_their_writers(cli: Cli, root: str) -> None:
    """d18: each post's writer, home town, rank, post count, "Re:" title, date and footer
    ("14 helpful votes Save Report inappropriate content") were sentences, no speakers."""
    page = _add(cli, root, "travel-forum-thread.html")
    assert facts(page)[1:] == ("HarbourHopper", "TravelTalk", "2027-04-10")
    assert page["rows"] == [
        "Staying in Kettleby in May: will Dock Lane be closed?",
        "@HarbourHopper: We have booked a flat on Dock Lane for the first week of May.",
        "@HarbourHopper: Will we still be able to drive up to unload our bags if the lane is "
        "closed?",
        "@Quayside_Local: The full council only votes on the 28th, so nothing is certain yet.",
        "@Quayside_Local: Even if it closes, residents and their guests will get permits, so "
        "ask your host for one.",
        "@HarbourHopper: Thank you, that is a relief.",
        "@HarbourHopper: We will ask the host about a permit.",
    ]
    old = _reader9(cli, root, "travel-forum-thread.html")["rows"]
    assert "Quayside_Local" in old and "Level 6 Contributor" in old and "Europe" in old


def test_a_linkedin_articles_comments_are_spoken_by_their_writers(cli: Cli, root: str) -> None:
    """d16: a LinkedIn article's comments kept their words but lost their writers (the
    writer's name is in ``comment__author-name``, not the avatar's link), and "More articles
    by" and "Explore topics" were sentences."""
    page = _add(cli, root, "linkedin-article-comments.html")
    assert facts(page) == (
        "A second gate for Kettleby quay",
        "Tomas Berg",
        "LinkedIn",
        "2027-04-13",
    )
    assert page["rows"][-4:] == [
        "Marta Ilves: Agreed.",
        "Marta Ilves: The closure is the easy half; the gate is the half that makes the school "
        "safe.",
        "Owen Pryce: The gate would cost four million pounds we do not have.",
        "Owen Pryce: The closure costs nothing and can start in May.",
    ]
    old = _reader9(cli, root, "linkedin-article-comments.html")["rows"]
    assert "Agreed." in old and "Explore topics" in old
