"""Reader 13 (the default of ``argmap add`` in session 15, ``--reader 13`` since): threads
read by their shape where reader 12 found no post (debate24's review page, Google Groups, petition, TikTok, planning portal and
travel forum, read once blind), on pages written for these tests (tests/reader13/, the
island of Tessaly and its bridge toll). Each test shows what reader 12 reads of the same
page, so that it fails under it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_pages import Cli, add_page

from argmap.readers import READER

PAGES = Path(__file__).parent / "reader13"


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def _both(cli: Cli, root: str, name: str) -> tuple[dict, dict]:
    """Tests/reader13/NAME as reader 12 and reader 13 add it."""
    twelve = add_page(cli, root, PAGES / name, "--reader", "12", "--id", "r12")
    return twelve, add_page(cli, root, PAGES / name, "--reader", "13", "--id", "r13")


def test_reader_13_reads_when_asked(cli: Cli, root: str) -> None:
    assert READER == 18  # reader 18 since session 20
    assert _both(cli, root, "toll-bridge-reviews.html")[1]["reader"] == 13


def test_a_reviewers_name_inside_a_profile_link_with_country_and_count(cli: Cli, root: str) -> None:
    """The profile link holds the name, the country and "3 reviews": reader 12 took no
    writer at all (the whole link is no name), so the name was a sentence."""
    twelve, thirteen = _both(cli, root, "toll-bridge-reviews.html")
    assert "Oda Strand NO 3 reviews" in twelve["rows"]
    assert "Oda Strand: I cross twice a day and the new toll is fair." in thirteen["rows"]
    assert (
        "Jens Ulvik: Commuters from the mainland can choose the ferry, we cannot."
        in (thirteen["rows"])
    )
    assert not any("3 reviews" in row for row in thirteen["rows"])


def test_a_mail_groups_writers_from_their_name_headings(cli: Cli, root: str) -> None:
    """Nothing marks the writer but a heading with a person's name over each message."""
    twelve, thirteen = _both(cli, root, "harbour-group-messages.html")
    assert not any(row.startswith("Tor Evensen: ") for row in twelve["rows"])
    assert "Tor Evensen: I would rather say no toll at all." in thirteen["rows"]
    assert "Ragnhild Aas: Tor, the state has said no twice." in thirteen["rows"]
    assert "unread," not in thirteen["rows"]
    assert thirteen["author"] == "Ragnhild Aas"
    # the address line and the buttons under each writer are no post of their own
    assert not any("googlegroups" in row or "Reply all" in row for row in thirteen["rows"])


def test_video_comments_with_a_marked_time_and_a_lower_case_name(cli: Cli, root: str) -> None:
    """ "03-14" in an element marked as the comment's time says when; "pelle from the
    quay" is a writer though not in capitals; the time line is no sentence."""
    twelve, thirteen = _both(cli, root, "quay-video-comments.html")
    assert "pelle from the quay" in twelve["rows"]
    assert "03-14 Reply" in twelve["rows"]
    assert "pelle from the quay: Easy to say when you drive a company car." in thirteen["rows"]
    assert (
        "Arvid Holm: Bring back the night ferry and let people choose, that is all we ask."
        in thirteen["rows"]
    )
    assert not any("Reply" in row for row in thirteen["rows"])


def test_a_planning_portals_comments_by_people_and_organisations(cli: Cli, root: str) -> None:
    """A comment by "Friends of Tessaly Quay (on behalf of 212 members)" was read by reader
    12 as nobody's and out of its place; one organisation among people named the thread's
    writers no longer."""
    twelve, thirteen = _both(cli, root, "bridge-plan-comments.html")
    assert "We support the toll with a residents' discount." in twelve["rows"]
    rows = thirteen["rows"]
    assert "Friends of Tessaly Quay: We support the toll with a residents' discount." in rows
    assert rows.index("Mrs Sigrid Bakke: I object to the toll.") < rows.index(
        "Friends of Tessaly Quay: We support the toll with a residents' discount."
    )
    assert rows[-1].startswith("Mr Olav Brekke: I neither support nor object")


def test_a_chats_opener_is_its_author_not_a_later_writer(cli: Cli, root: str) -> None:
    """The channel's first writer is a moderator with a handle; reader 12 named no author
    (debate24's Discord export: "Solveig R.", a later writer)."""
    twelve, thirteen = _both(cli, root, "moderated-chat-export.html")
    assert twelve["author"] == ""
    assert thirteen["author"] == "harbourmod"


def test_an_article_with_cards_and_a_staff_list_still_names_no_speaker(cli: Cli, root: str) -> None:
    """The negative case: reader 13's looser heads make no speaker of an article's teaser
    cards' bylines or its staff list."""
    page = Path(__file__).parent / "reader12" / "ferry-news-with-cards.html"
    assert not any(": " in row.split(" ")[0] for row in add_page(cli, root, page)["rows"])
    meta = add_page(cli, root, page, "--id", "again")
    assert all(not row.startswith(("Signe Dahl:", "Tor Ek:")) for row in meta["rows"])


def test_a_reply_in_a_flat_thread_is_read_after_the_post_it_answers(cli: Cli, root: str) -> None:
    """ "In reply to Ragna Holt" over a post written after another writer's: reader 12 read
    it in the order written, between posts it does not answer."""
    twelve, thirteen = _both(cli, root, "flat-replies-forum.html")
    reply = "Eli Sand: Half price is what the Friends of the Quay asked for too, and the council did not say no."
    tor = "Tor Ek: The toll should be the same for everyone, or the visitors will pay for our repairs."
    assert twelve["rows"].index(tor) < twelve["rows"].index(reply)
    assert thirteen["rows"].index(reply) < thirteen["rows"].index(tor)
    assert thirteen["rows"][thirteen["rows"].index(reply) - 1].startswith("Ragna Holt: ")
    assert not any("In reply to" in row for row in thirteen["rows"])


def test_a_bold_lead_is_read_with_its_sentence(cli: Cli, root: str) -> None:
    """A Logseq block's "**Council.** The toll…": reader 12 made "Council." a sentence."""
    twelve, thirteen = _both(cli, root, "bridge-toll-notes-logseq.md")
    assert "Council." in twelve["rows"]
    assert (
        "Council. The toll of four crowns a crossing would pay for the repairs within twelve "
        "years." in thirteen["rows"]
    )
    assert (
        "Fishermen's union. Its members cross twice a day and would pay the most of anyone."
        in (thirteen["rows"])
    )


def test_a_whisper_transcripts_title_is_its_file_name(cli: Cli, root: str) -> None:
    """Reader 12 took the first sentence spoken for the title."""
    twelve, thirteen = _both(cli, root, "bridge_toll_hearing-2027-03-04.json")
    assert twelve["title"] == "Good evening and welcome to the hearing on the bridge toll."
    assert thirteen["title"] == "Bridge toll hearing 2027-03-04"
    assert thirteen["date"] == "2027-03-04"
    assert thirteen["rows"] == twelve["rows"]


def test_a_word_pages_subtitle_is_part_of_its_title(cli: Cli, root: str) -> None:
    twelve, thirteen = _both(cli, root, "bridge-toll-brief-word.htm")
    assert "Why island residents should pay half" in twelve["rows"]
    assert thirteen["title"] == "A Fair Toll for Tessaly: Why island residents should pay half"
    assert "Why island residents should pay half" not in thirteen["rows"]
    assert thirteen["author"] == "Tessaly Islanders' Association"


def test_a_bold_line_under_a_word_pages_title_is_its_subtitle(cli: Cli, root: str) -> None:
    """A subtitle typed as bold text (no Subtitle style) stopped reader 12 before the byline:
    no author, and both lines sentences (debate25's union briefing)."""
    twelve, thirteen = _both(cli, root, "bridge-toll-brief-word-bold.htm")
    assert twelve["author"] == ""
    assert "Island residents: why they should pay half" in twelve["rows"]
    assert (
        thirteen["title"] == "A Fair Toll for Tessaly — Island residents: why they should pay half"
    )
    assert thirteen["author"] == "Tessaly Islanders' Association"
    assert not any(
        row.startswith(("Island residents", "Tessaly Islanders")) for row in thirteen["rows"]
    )
