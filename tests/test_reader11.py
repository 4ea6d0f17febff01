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


def test_reader_11_was_the_default_and_reads_when_asked(cli: Cli, root: str) -> None:
    assert READER == 18  # reader 18 since session 20
    assert _add(cli, root, "coral-ferry-comments.html", "--reader", "11")["reader"] == 11


def test_a_substack_posts_comments_are_read_with_their_writers(cli: Cli, root: str) -> None:
    """d19: the five comments under a Substack post were not read at all."""
    page = _add(cli, root, "substack-ferry-comments.html")
    assert page["rows"][-4:] == [
        "Jora Vik: The morning extra is full in summer, when the tourists come.",
        "Jora Vik: Count the boats in July before you cut them.",
        "Edda Marsh: Fair, but July is six weeks and the nurses work all year.",
        "Halo: Ask the hospital to pay for the boat.",  # reader 17: no "@" the page does not write
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
        "Bram: Thirty people is a full bus, and they are mostly shift workers.",  # no "@" (17)
        "Per Osk: Because the ferry licence obliges the operator to run a night service, and "
        "the council pays the gap.",
        "Per Osk: Dropping it means reopening the whole licence.",
        "Tove Lind: The licence comes up for renewal next year anyway.",
        "Ines: It is cheaper than a night bus round the bay.",
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


def test_a_whatsapp_message_is_cut_into_sentences_and_the_apps_lines_are_none(
    cli: Cli, root: str
) -> None:
    """d19: a long message was one sentence, and the iOS app's "‎image omitted", "‎sticker
    omitted" and encryption notice were sentences with a speaker."""
    page = _add(cli, root, "whatsapp-orrin-ferry.txt")
    assert page["rows"][:3] == [
        "Signe: The council wants to cut the 23:40 boat.",
        "Signe: After eleven years of night shifts at the hospital I can tell you the bus round "
        "the bay takes over an hour.",
        "Signe: That is an hour of sleep gone every night!",
    ]
    assert not any("omitted" in row or "encrypted" in row for row in page["rows"])
    assert page["title"] == "Orrin Ferry Friends"
    old = _reader10(cli, root, "whatsapp-orrin-ferry.txt")
    assert "Signe: \u200eimage omitted" in old["rows"]
    assert old["title"].startswith("Chat: Orrin Ferry Friends")


def test_a_written_questions_asker_and_answerer_are_the_speakers(cli: Cli, root: str) -> None:
    """d21: "Asked by NAME Party" and "Answered on DATE by NAME …" were sentences and the
    question and the answer had no speaker; the card's header and footer were sentences."""
    rows = _add(cli, root, "written-questions-ferry.html")["rows"]
    assert rows == [
        "Written questions and answers",
        "Ferries: Night Service",
        "Jon Hale: To ask the Leader of the Council, what the night ferry costs each year.",
        "Rut Sand: The night ferry costs forty thousand crowns a year.",
        "Rut Sand: The Council will review it in the autumn.",
    ]
    old = _reader10(cli, root, "written-questions-ferry.html")["rows"]
    assert "Asked by Jon Hale Harbour Party, North Quay" in old
    assert "View full question and answer Share" in old


def test_note_marks_are_dropped_and_wordpress_comments_read(cli: Cli, root: str) -> None:
    """d19, d21: "…shift workers.1" (a linked ``<sup>`` note mark) glued to the sentence and
    kept the next sentence in it; the post's comments were dropped."""
    page = _add(cli, root, "wordpress-ferry-notes.html")
    rows = page["rows"]
    assert (
        "The night ferry carried 11,200 passengers last year, most of them shift workers." in rows
    )
    assert "Each trip costs the council about 110 crowns, less than a taxi fare for two." in rows
    assert "The harbour basin covers 40,000 m2 and needs no dredging for a smaller boat." in rows
    assert rows[-2:] == [
        "Lena Gard: The taxi comparison settles it for me.",
        "Aksel Brun: Count the empty return trips too.",
    ]
    assert "author" not in page or page["author"] != "Lena Gard"  # a commenter is no author
    old = _reader10(cli, root, "wordpress-ferry-notes.html")
    assert (
        "The night ferry carried 11,200 passengers last year, most of them shift workers.1"
        in (old["rows"])
    )
    assert old["author"] == "Lena Gard"


def test_disqus_comments_saved_in_a_singlefile_frame_are_read(cli: Cli, root: str) -> None:
    """d20: a Disqus thread inlined by SingleFile (an iframe's ``srcdoc``) was not read."""
    page = _add(cli, root, "herald-disqus-singlefile.html")
    assert page["rows"][-2:] == [
        "Nils Orm: The ferry is the only way home after ten.",
        "@quay_rat: Then run a smaller boat.",
    ]
    assert page["author"] == "Kai Lunde"
    old = _reader10(cli, root, "herald-disqus-singlefile.html")["rows"]
    assert old[-1] == "Keep the boat, and ask the hospital to share the cost."


def test_a_question_sites_chrome_and_title_tag_are_dropped(cli: Cli, root: str) -> None:
    """d19: Stack Exchange's sign-up box, "Asked …", "Viewed … times", "2 Answers" and "Not
    the answer you're looking for?" were sentences, and the title kept its tag prefix."""
    page = _add(cli, root, "stackexchange-ferry.html")
    assert page["title"] == "Why does Orrin subsidise a night ferry nobody takes?"
    assert page["rows"][0] == "Why does Orrin subsidise a night ferry nobody takes?"
    for chrome in ("Stack Exchange is", "sign up", "Asked Mar", "Viewed 812", "2 Answers"):
        assert not any(chrome in row for row in page["rows"])
    old = _reader10(cli, root, "stackexchange-ferry.html")
    assert old["title"].startswith("transport policy - ")
    assert "Viewed 812 times" in old["rows"]


def test_a_restructuredtext_memo_is_read_with_its_markup_understood(cli: Cli, root: str) -> None:
    """d21: ``.rst`` was refused; saved as .txt, its Emacs mode line was the title, its
    field list, directives and footnotes were sentences and a footnote reference kept two
    sentences in one."""
    page = _add(cli, root, "orrin-ferry-memo.rst")
    assert (page["title"], page["author"], page["date"]) == (
        "The Night Ferry: Keep It, Shrink It",
        "Maja Rosk",
        "2027-03-10",
    )
    assert page["outlet"] == "Harbour Policy Unit"
    assert page["rows"] == [
        "The Night Ferry: Keep It, Shrink It",
        "This memo answers the council's consultation on the 23:40 ferry.",
        "Summary",
        "The night ferry carries about thirty people a trip.",
        "A smaller boat would halve its cost.",
        "The council should keep the service and change the boat.",
        "Option · Cost a year · Who pays",
        "Keep as is · 40,000 · The council",
        "Smaller boat · 21,000 · Council and hospital",
    ]
    code, _, err = cli(
        "add", str(PAGES / "orrin-ferry-memo.rst"), "--reader", "10", "--project", root
    )
    assert code != 0 and "reader 11 does" in err and "orrin-ferry-memo.rst" in err


def test_an_asciidoc_brief_is_read_with_its_header_as_metadata(cli: Cli, root: str) -> None:
    page = _add(cli, root, "orrin-ferry-brief.adoc")
    assert (page["title"], page["author"], page["date"]) == (
        "The Night Ferry in Numbers",
        "Tor Vinge",
        "2027-03-11",
    )
    assert page["rows"][2:] == [
        "The night ferry costs forty thousand crowns a year.",
        "A smaller boat would cost half as much.",
        "Counts are for weekdays only.",
    ]


def test_a_podcast_voice_note_is_spoken_by_its_listener(cli: Cli, root: str) -> None:
    """d19: "Tove (listener) 00:09:22" was a sentence and her voice note went to the host
    before her; the player's chrome and the transcript's note were sentences."""
    rows = _add(cli, root, "podcast-ferry-voice-note.html")["rows"]
    assert rows[1:] == [
        "Ada Roos: Welcome to Orrin Weekly.",
        "Ada Roos: This week, the night ferry.",
        "Pim Vos: The council is right to look at the cost.",
        "Mira (listener): I work nights at the hospital.",
        "Mira (listener): Without the boat I sleep an hour less.",
        "Ada Roos: Thanks, Mira.",
    ]
    old = _reader10(cli, root, "podcast-ferry-voice-note.html")["rows"]
    assert "Pim Vos: I work nights at the hospital." in old
    assert "Your browser does not support the audio element." in old


def test_comments_in_css_module_classes_or_bare_paragraphs_are_read(cli: Cli, root: str) -> None:
    """d4, d6 (found by ``argmap leftout``): comments whose classes carry a CSS module's hash
    ("Comment_user__u") or whose text is bare paragraphs under the writer were dropped; a
    comment's date line is no sentence."""
    rows = _add(cli, root, "forum-css-module-comments.html")["rows"]
    assert rows[-3:] == [
        "@net_mender: The fish plant shifts end at midnight.",
        "@net_mender: No boat, no workers.",
        "Lis Aalto: Keep it until the bridge is built.",
    ]
    old = _reader10(cli, root, "forum-css-module-comments.html")["rows"]
    assert not any("midnight" in row or "bridge" in row for row in old)
