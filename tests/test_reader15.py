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
    return fourteen, add_page(cli, root, PAGES / name, "--reader", "15", "--id", "r15")


def test_reader_15_is_recorded(cli: Cli, root: str) -> None:
    assert READER == 18  # reader 18 since session 20
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


def test_a_pdf_text_footnote_numbers_end_sentences_across_a_page_break(cli: Cli, root: str) -> None:
    """pdftotext's "decade.1 We support": reader 14 read three sentences as one, and split
    the sentence running over a page whose foot counts pages ("Page 1 of 3")."""
    fourteen, fifteen = _both(cli, root, "ferry-submission-pdftotext.txt")
    assert "the levy and not by the school budget." in fourteen["rows"]
    assert not any(row.startswith("We support the levy") for row in fourteen["rows"])
    rows = fifteen["rows"]
    assert "Islanders have asked for a reliable winter ferry for a decade.1" in rows
    assert "We support the levy because it gives the ferry money of its own.2" in rows
    assert (
        "The Council should adopt it before the spring timetable is set, so that the first "
        "winter sailings are paid by the levy and not by the school budget." in rows
    )
    assert not any("Page 1 of 3" in row or "Submission: winter" in row for row in rows)


def test_markdown_notes_abbreviated_numbers_and_a_quoted_question(cli: Cli, root: str) -> None:
    """ "quay.[^1] Others", "fare cl. 2" and '"will it cost me more?": no': reader 14 began
    a sentence with the note mark and cut at "cl." and inside the quotation, and read no
    author or outlet from the front matter's ``working_group:`` and ``report:``."""
    fourteen, fifteen = _both(cli, root, "ferry-report-chapter.md")
    assert "[^1] Others ask whether islanders will end up paying it too." in fourteen["rows"]
    assert (fourteen["author"], fourteen["outlet"]) == ("", "")
    assert (fifteen["author"], fifteen["outlet"]) == ("Ferry Working Group", "Velde Island Council")
    assert "2, which islanders never buy." in fourteen["rows"]
    rows = fifteen["rows"]
    assert "Others ask whether islanders will end up paying it too." in rows
    assert (
        "The levy in the draft Bill applies only to tickets of fare cl. 2, which islanders "
        "never buy.[^2]" in rows
    )
    assert (
        'The question people ask most is "will it cost me more?": no, because an island '
        "address card exempts its holder." in rows
    )


def test_captions_first_cue_is_one_turn(cli: Cli, root: str) -> None:
    """A first cue starting five seconds in: reader 14 cut its second line off as a new turn,
    splitting the sentence."""
    fourteen, fifteen = _both(cli, root, "ferry-podcast-ep4.vtt")
    assert "Sunniva Aas: Welcome to Island Matters, the show" in fourteen["rows"]
    assert (
        "Sunniva Aas: Welcome to Island Matters, the show about life on the outer islands."
        in fifteen["rows"]
    )


def test_a_word_paper_titled_and_dated_by_its_own_words(cli: Cli, root: str) -> None:
    """A Word file whose properties hold a working title and its creation day: reader 14 took
    them, not the Title and Subtitle paragraphs and the "Adopted … on" date."""
    fourteen, fifteen = _both(cli, root, "fishers-coop-levy-position.docx")
    assert (fourteen["title"], fourteen["date"]) == ("levy position draft 3", "2027-01-09")
    assert fifteen["title"] == (
        "Keep the winter ferry sailing: Velde Fishers' Cooperative position on the Ferry Levy Bill"
    )
    assert fifteen["date"] == "2027-02-14"


def test_a_signed_page_names_its_author(cli: Cli, root: str) -> None:
    """A position page signed in a ``class="signature"`` paragraph: reader 14 dropped the
    signature and read no author."""
    fourteen, fifteen = _both(cli, root, "harbour-cafe-position.html")
    assert not fourteen["author"]
    assert fifteen["author"] == "Kaia Brekke (owner, Kaia's Harbour Café)"


def test_a_live_blog_entry_keeps_its_headline_and_its_own_writer(cli: Cli, root: str) -> None:
    """A live blog of a desk's entries and a correspondent's: reader 14 dropped each
    headline, kept "Island desk:" as a sentence and gave the desk's later entries to the
    correspondent."""
    fourteen, fifteen = _both(cli, root, "ferry-levy-live.html")
    assert "Island desk:" in fourteen["rows"]
    assert "Ola Ruud: The vote is expected after nine." in fourteen["rows"]
    rows = fifteen["rows"]
    assert "Island desk:" not in rows
    assert "Island desk: The vote is expected after nine." in rows
    assert rows.index("Halvorsen: pay for it from the budget") + 1 == rows.index(
        "Island desk: Tor Halvorsen said a levy at the quay would fall on the visitors who "
        "spend most."
    )
    assert "Ola Ruud: The levy there pays for a night sailing that had been cut twice." in rows


def test_a_judgment_head_block_is_its_metadata(cli: Cli, root: str) -> None:
    """A judgment's court, citation, judges, parties and counsel: reader 14 titled it
    "Neutral citation: …" and kept its head block as twelve sentences."""
    fourteen, fifteen = _both(cli, root, "skarvik-harbour-v-velde-council-judgment.txt")
    assert fourteen["title"] == "Neutral citation: [2027] VHC 31"
    assert "Before:" in fourteen["rows"]
    assert fifteen["title"] == "Skarvik Harbour Traders Ltd v Island Council of Velde [2027] VHC 31"
    assert (fifteen["outlet"], fifteen["date"]) == ("High Court of Velde", "2027-06-02")
    assert "Before:" not in fifteen["rows"]
    assert not any("instructed by" in row for row in fifteen["rows"])
    assert (
        "It is a charge for a service, and every crown of it is spent on the ferry that "
        "visitors use." in fifteen["rows"][-1]
    )


def test_an_e_mail_part_in_8_bit_utf_8_is_read_as_written(cli: Cli, root: str) -> None:
    """An HTML part sent as 8-bit UTF-8: reader 14 decoded it again and read "Ytterøy" as
    "Ytter\ufffdy" in an argued sentence."""
    fourteen, fifteen = _both(cli, root, "ferry-users-newsletter.eml")
    assert any("\ufffd" in row for row in fourteen["rows"])
    assert not any("\ufffd" in row for row in fifteen["rows"])
    assert (
        "Come to the gallery at 19:00 and show the members that Ytterøy wants its ferry."
        in fifteen["rows"]
    )


def test_a_reply_inside_a_comment_is_its_own_writer_s_after_the_comment(
    cli: Cli, root: str
) -> None:
    """The channel's one reply nested in a comment: reader 14 read it as the commenter's
    words, before the comment, with its head, time and like count as sentences."""
    fourteen, fifteen = _both(cli, root, "island-matters-video.html")
    assert "@quaycafe: Fair point." in fourteen["rows"]
    assert "@quaycafe: 2 days ago (edited)" in fourteen["rows"]
    rows = fifteen["rows"]
    comment = rows.index("@quaycafe: That is our whole winter.")
    assert rows[comment + 1] == "@islandmatters: Fair point."
    assert not any("days ago" in row for row in rows)


def test_the_post_author_replying_in_the_comments_is_the_author(cli: Cli, root: str) -> None:
    """A WordPress comment marked ``bypostauthor`` and signed "Marit": reader 14 read it as
    a handle, "@Marit", not as the post's author Marit Solbakken."""
    fourteen, fifteen = _both(cli, root, "wp-ferry-diary.html")
    reply = "We have always paid from the budget, Hallvard, and that is why the ferry is cut every winter."
    assert f"@Marit: {reply}" in fourteen["rows"]
    assert f"Marit Solbakken: {reply}" in fifteen["rows"]
    assert "@Hallvard: Pay for the ferry from the budget, as we always have." in fifteen["rows"]


def test_an_open_letter_signatories_are_its_author(cli: Cli, root: str) -> None:
    """An open letter: reader 14 glued the salutation to the first sentence, kept "Yours
    sincerely,", each signatory, "… and 212 others" and "Add your name" as sentences and read
    no author."""
    fourteen, fifteen = _both(cli, root, "open-letter-ferry-levy.html")
    assert "Anders Moen, parent" in fourteen["rows"]
    assert not fourteen["author"]
    rows = fifteen["rows"]
    assert fifteen["author"] == "Liv Halse (chair, Ytterøy School Parents) and 3 other signatories"
    assert "To the members of the Island Council of Velde," in rows
    assert (
        "We are the parents of the forty-one children who cross to the school on Ytterøy every "
        "day." in rows
    )
    assert rows[-1] == (
        "A levy that only visitors pay would keep the ferry running without taking money from "
        "the school."
    )


def test_a_shop_page_star_ratings_are_no_sentences(cli: Cli, root: str) -> None:
    """A product page: reader 14 kept its rating and each review's stars, name and date as
    sentences."""
    fourteen, fifteen = _both(cli, root, "ferry-shop-season-card.html")
    assert "★★★★☆ 4.2 (58 reviews)" in fourteen["rows"]
    assert "★★★★★ Oda K., Ytterøy · Jan 2027" in fourteen["rows"]
    assert not any("★" in row for row in fifteen["rows"])
    assert "Fine, but useless when the sailings are cancelled." in fifteen["rows"]


def test_a_video_description_keeps_its_lines_without_its_chapter_list(cli: Cli, root: str) -> None:
    """A description written with line breaks: reader 14 glued its chapter list to the next
    paragraph's sentence."""
    fourteen, fifteen = _both(cli, root, "island-matters-video.html")
    view = "My own view: two crowns is a fair price for a ferry that sails all winter."
    assert (
        f"Chapters: 0:00 What the Bill says 1:45 Who pays 4:10 The cafés' worry {view}"
        in (fourteen["rows"])
    )
    assert view in fifteen["rows"]
    assert not any("0:00" in row or row.startswith("Chapters") for row in fifteen["rows"])


def test_a_zoom_chat_is_read_message_by_message(cli: Cli, root: str) -> None:
    """A meeting's chat saved by Zoom: reader 14 read each "19:01:40 From Oda Kvam to
    Everyone:" head into the message's sentence, with no speaker, and a reaction as text."""
    fourteen, fifteen = _both(cli, root, "levy-qa-zoom-chat.txt")
    assert "19:02:15 From Rakel Storvik to Everyone: Both." in fourteen["rows"]
    rows = fifteen["rows"]
    assert "Rakel Storvik: Both." in rows
    assert "Nils Berg: Can I send you the cafés' letter after the meeting?" in rows
    assert not any("Reacted to" in row or "From " in row for row in rows)
    assert fifteen["outlet"] == "Zoom"


def test_a_teams_transcript_without_its_app_lines(cli: Cli, root: str) -> None:
    """A Teams transcript saved as Word: reader 14 kept "Started transcription" and gave
    "Stopped transcription" to the last speaker, and named the app as its author."""
    fourteen, fifteen = _both(cli, root, "levy-working-group-teams.docx")
    assert "Rakel Storvik: Stopped transcription" in fourteen["rows"]
    assert fourteen["author"] == "Microsoft Teams"
    assert not any("transcription" in row for row in fifteen["rows"])
    assert not fifteen["author"]
    assert "Tor Halvorsen: The cafés need time to prepare." in fifteen["rows"]


def test_a_pull_quote_is_its_cited_person_s(cli: Cli, root: str) -> None:
    """A pull quote with its cite under it: reader 14 read the quote as nobody's and the cite
    as a sentence."""
    fourteen, fifteen = _both(cli, root, "ferry-campaign-report.html")
    quote = '"A levy that only visitors pay is the fairest money the ferry will ever get."'
    assert quote in fourteen["rows"]
    assert "— Dr. Ingrid Vassbotn, island doctor" in fourteen["rows"]
    assert f"Dr. Ingrid Vassbotn: {quote}" in fifteen["rows"]
    assert not any(row.startswith("—") for row in fifteen["rows"])
    assert (
        "The Council's own figures show that visitors make up two thirds of the summer "
        "passengers." in fifteen["rows"]
    )


def test_a_quoted_line_with_its_cite_is_the_cited_person_s(cli: Cli, root: str) -> None:
    """A Markdown quotation '> "…" — Rakel Storvik, member for …': reader 14 gave it to
    nobody."""
    fourteen, fifteen = _both(cli, root, "ferry-debate-notes.md")
    quote = '"Without the winter ferry our school closes within three years."'
    assert quote in fourteen["rows"]
    assert f"Rakel Storvik: {quote}" in fifteen["rows"]
    assert "— Rakel Storvik, member for North Harbour, in the debate" in fifteen["rows"]


def test_a_statement_dated_by_its_issued_line(cli: Cli, root: str) -> None:
    """ "Issued by the Standing Committee of the Harbour Chaplaincy …, 28 February 2027, …"
    under the title: reader 14 read no date."""
    fourteen, fifteen = _both(cli, root, "harbour-chaplains-statement.html")
    assert not fourteen["date"]
    assert fifteen["date"] == "2027-02-28"
