"""Reader 17 (the default of ``argmap add`` in session 19): what debate33-35's builders
found misread (a Slack channel's and a vox pop's voices given to nobody or to the
reporter, an Otter.ai caller given to the host, "no." and "Jan." read as abbreviations,
...), on pages written for these tests (tests/reader17/, Brenmoor and its tram). Each test
shows what reader 16 reads of the same page, so that it fails under it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_pages import Cli, add_page

from argmap.readers import READER

PAGES = Path(__file__).parent / "reader17"


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def _both(cli: Cli, root: str, name: str) -> tuple[dict, dict]:
    """Tests/reader17/NAME as reader 16 and reader 17 add it."""
    stem = Path(name).stem
    sixteen = add_page(cli, root, PAGES / name, "--reader", "16", "--id", f"r16-{stem}")
    return sixteen, add_page(cli, root, PAGES / name, "--reader", "17", "--id", f"r17-{stem}")


def test_reader_17_reads_as_it_did(cli: Cli, root: str) -> None:
    assert READER == 18  # reader 18 since session 20
    assert _both(cli, root, "brenmoor-street-voxpop.txt")[1]["reader"] == 17


def test_a_slack_channels_messages_are_each_their_senders(cli: Cli, root: str) -> None:
    """Slack's "Name (org) 9:05 AM" heads: reader 16 kept each as a sentence and gave the
    messages nobody; it also read "no." and "Jan." as abbreviations and merged two
    sentences at each."""
    sixteen, seventeen = _both(cli, root, "brenmoor-traders-slack.html")
    assert "Jan Oduya (Oduya Hardware) 9:05 AM" in sixteen["rows"]
    assert (
        "A fund for the works years, no. A fund never pays out in time for anyone."
        in (sixteen["rows"])
    )
    rows = seventeen["rows"]
    assert "Odile Farrant (Brenmoor Traders): Morning." in rows
    assert "Jan Oduya (Oduya Hardware): A fund for the works years, no." in rows
    assert "Jan Oduya (Oduya Hardware): A fund never pays out in time for anyone." in rows
    assert "Odile Farrant (Brenmoor Traders): Fair point about the timing, Jan." in rows
    assert "Wenna Tregoning (Tregoning Books): I'd back it, with a hardship fund for the works years." in rows  # fmt: skip
    assert not any("AM" in row or "Thursday, March" in row or "Message #" in row for row in rows)


def test_a_vox_pops_numbered_voices_are_the_people_they_name(cli: Cli, root: str) -> None:
    """ "WOMAN 1 (Priya, 71, retired teacher):" and then "WOMAN 1:": reader 16 gave every
    voice to the reporter with the label in the sentence, and "Reporter: NAME" a turn."""
    sixteen, seventeen = _both(cli, root, "brenmoor-street-voxpop.txt")
    assert "TOBIAH RENNICK: WOMAN 1: Fix the buses first, that's what I'd say." in sixteen["rows"]
    assert "Reporter: Tobiah Rennick" in sixteen["rows"]  # read as a turn of "Reporter"
    rows = seventeen["rows"]
    assert "Gideon (electrician): Build it." in rows
    assert "Gideon (electrician): Two years of digging is a price worth paying." in rows
    assert "Priya (retired teacher): Fix the buses first, that's what I'd say." in rows
    assert "Agnes (student): It should have been done ten years ago." in rows
    assert "TOBIAH RENNICK: And you?" in rows
    assert rows[:3] == [
        "Programme: Breakfast with Sunniva Hale",
        "Broadcast: Wednesday 8 March 2028, 07:50",
        "Reporter: Tobiah Rennick",
    ]  # no speakers: the transcript's head


def test_an_otter_transcripts_caller_and_header(cli: Cli, root: str) -> None:
    """Otter.ai's "Teodor (caller)  01:09" head: reader 16 kept it as the host's sentence
    and gave her the caller's words; Otter's header and "Transcribed by" were sentences."""
    sixteen, seventeen = _both(cli, root, "brenmoor-tram-podcast-otter.txt")
    assert "Ilse Marrow: Look, I'm not against trams." in sixteen["rows"]
    assert "Dev Okafor: Transcribed by https://otter.ai" in sixteen["rows"]
    rows = seventeen["rows"]
    assert "Teodor (caller): Look, I'm not against trams." in rows
    assert rows[-1] == "Dev Okafor: That's fair, and the committee should answer it before we vote."
    assert rows[1] == "Ilse Marrow: Welcome to City Desk Extra."  # no header lines
    assert seventeen["date"] == "2028-03-07"


def test_every_item_of_a_podcast_feed_is_read(cli: Cli, root: str) -> None:
    """A feed's earlier episodes: reader 16 read only the newest item (and left nothing
    out), kept the chapter list and music credit as sentences and had no author."""
    sixteen, seventeen = _both(cli, root, "brenmoor-commuters-podcast.rss")
    assert not any("Maud Ferrier" in row for row in sixteen["rows"])
    assert "04:10 Halvard Quist" in sixteen["rows"]
    rows = seventeen["rows"]
    assert "Ep. 18 - Buses first?" in rows
    assert (
        "Councillor Maud Ferrier argues that the tram's money would run twelve new bus routes "
        "for a decade." in rows
    )
    assert not any(row.startswith(("Chapters", "04:10", "Music:")) for row in rows)
    assert seventeen["title"] == "Ep. 19 - The tram, for and against"
    assert seventeen["author"] == "Brenmoor Commuters' Association"


def test_a_word_drafts_comments_are_read_by_their_writers(cli: Cli, root: str) -> None:
    """A reviewer's comment on a Word draft: reader 16 dropped all three silently."""
    sixteen, seventeen = _both(cli, root, "brenmoor-traders-response-draft.docx")
    assert not any("timber yard" in row for row in sixteen["rows"])
    assert not sixteen.get("left_out")
    assert seventeen["rows"][-4:] == [
        "Comments",
        "Jan Oduya: Most members I spoke to do not support it, even in principle.",
        "Odile Farrant: Thirty days is what the last scheme promised and it took eleven months.",
        "Jan Oduya: Before ten is too early for a timber yard; ask for noon.",
    ]


def test_a_pdfs_footnotes_are_read_as_notes_and_its_references_one_each(
    cli: Cli, root: str
) -> None:
    """pdftotext's page-foot footnote inside a sentence that goes on over the page: reader
    16 spliced the note into the sentence, kept the marks ("says.1") and cut each
    reference at every full stop."""
    sixteen, seventeen = _both(cli, root, "brenmoor-tram-working-paper.txt")
    assert any(row.endswith("fell during the works by between 1 We count a scheme as reviewed when its operator or its council published an evaluation at least three years after opening.") for row in sixteen["rows"])  # fmt: skip
    assert "(2026)." in sixteen["rows"]
    rows = seventeen["rows"]
    assert (
        "Of the nine extensions we reviewed, six published sales figures for the streets they "
        "closed, and in those six the shops' turnover fell during the works by between eight "
        "and nineteen per cent." in rows
    )
    assert (
        "Traders fear the works more than the tram, and the evidence on both is thinner than "
        "either side says." in rows
    )
    assert "Ostby, L. (2024). Works and shops. Brenmoor: BIUS Report 12." in rows
    assert rows[-3:] == [
        "Notes",
        "We count a scheme as reviewed when its operator or its council published an "
        "evaluation at least three years after opening.",
        "Ostby (2024) and Carradine and Vell (2026) give the figures for each scheme.",
    ]


def test_a_records_speeches_are_their_speakers(cli: Cli, root: str) -> None:
    """A council's record, each speech under a ``class="speaker"`` head: reader 16 kept the
    heads as sentences, gave the speeches nobody and took the sitting's venue for author."""
    sixteen, seventeen = _both(cli, root, "brenmoor-council-tram-debate.html")
    assert "Cllr Marit Vollan (Harbour Ward) (Green)" in sixteen["rows"]
    assert sixteen["author"] == "Full Council"
    rows = seventeen["rows"]
    assert "Cllr Marit Vollan: I move the motion in my name." in rows
    assert "Cllr Desmond Arkwright: Will the councillor give way?" in rows
    assert (
        "Cllr Marit Vollan: They can if the hardship fund pays within a month, and the motion "
        "says it must." in rows
    )
    assert "The Mayor (Cllr Ines Halloran): The question is that the motion be agreed." in rows
    assert not any(row.startswith("Cllr Desmond Arkwright (Mill Ward)") for row in rows)
    assert seventeen["author"] == "Brenmoor City Council"


def test_a_newsletters_two_column_page_is_read_column_by_column(cli: Cli, root: str) -> None:
    """pdftotext -layout of a bulletin whose first page is one column and whose second is
    two, its right column a diary with entries of two starts: reader 16 looked for columns
    in all the text's lines at once, found too few, and read the page across."""
    sixteen, seventeen = _both(cli, root, "brenmoor-residents-bulletin-layout.txt")
    assert "Letter from the chair Diary" in sixteen["rows"]
    rows = seventeen["rows"]
    assert "The council's tram consultation closes on 20 March." in rows
    assert (
        "Our members are split: the traders on Mill Street fear two years of works, and the "
        "residents of the upper town want the tram as soon as it can be built." in rows
    )
    assert rows.index("Ilka Svendsen, Chair") < rows.index("Diary")
    assert "20 March Consultation closes, comments to the council by 17:00" in rows


def test_a_blogger_posts_blog_date_and_commenters(cli: Cli, root: str) -> None:
    """A Blogger post: reader 16 kept the blog's name in the title, read no outlet and no
    date (the date header's) and gave "Anonymous" an "@" the page does not write."""
    sixteen, seventeen = _both(cli, root, "brenmoor-tramspotter-blogspot.html")
    assert sixteen["title"] == "Mill Street Notes: Why I changed my mind about the tram"
    assert "@Anonymous: Good for you." in sixteen["rows"]
    assert seventeen["title"] == "Why I changed my mind about the tram"
    assert seventeen["outlet"] == "Mill Street Notes"
    assert seventeen["date"] == "2028-03-10"
    assert seventeen["author"] == "Bertil Grønning"
    assert "Anonymous: Good for you." in seventeen["rows"]
    assert "Maja K.: You say that now, wait until the trench is outside your door for a winter." in seventeen["rows"]  # fmt: skip


def test_an_odt_papers_title_date_and_author_from_its_first_lines(cli: Cli, root: str) -> None:
    """An OpenDocument briefing: reader 16 took the file's working title ("… draft v2
    FINAL"), its creation date and the last person who saved it."""
    sixteen, seventeen = _both(cli, root, "brenmoor-civic-trust-briefing-4.odt")
    assert (sixteen["title"], sixteen["author"], sixteen["date"]) == (
        "briefing 4 tram draft v2 FINAL",
        "Rosalind Mbeki",
        "2028-01-30",
    )
    assert seventeen["title"] == (
        "Trams Without Tears: how Brenmoor can build the Mill Street line and keep its shops"
    )
    assert seventeen["author"] == "Brenmoor Civic Trust"
    assert seventeen["date"] == "2028-03"
    assert seventeen["rows"] == sixteen["rows"]  # the same sentences


def test_a_reports_paragraph_numbers_and_references_are_no_sentences(cli: Cli, root: str) -> None:
    """A committee report: reader 16 kept "4A." (the plain numbers were dropped) and each
    conclusion's "(Paragraph 5)" as sentences, and took "First Report of the …" for author."""
    sixteen, seventeen = _both(cli, root, "brenmoor-transport-committee-report.html")
    assert "4A." in sixteen["rows"] and "(Paragraph 5)" in sixteen["rows"]
    assert not any(row in ("4A.", "(Paragraph 4A)", "(Paragraph 5)") for row in seventeen["rows"])
    assert len(seventeen["rows"]) == len(sixteen["rows"]) - 3
    assert "A hardship fund must pay within thirty days of a claim." in seventeen["rows"]
    assert seventeen["author"] == "Transport Scrutiny Committee"


def test_a_rev_transcripts_heads_and_unnamed_speakers(cli: Cli, root: str) -> None:
    """Rev.com's "Name (00:00:41):" heads (and "Speaker 2"): reader 16 gave every turn to
    nobody and kept each head as a sentence."""
    sixteen, seventeen = _both(cli, root, "brenmoor-forum-rev-transcript.txt")
    assert "Speaker 2 (00:00:15):" in sixteen["rows"]
    rows = seventeen["rows"]
    assert "Speaker 2: Other cities dig one block at a time." in rows
    assert "Dev Okafor: It doesn't have to." in rows
    assert "Ilse Marrow: Welcome, everyone." in rows
    assert not any("(00:00" in row for row in rows)


def test_a_videos_transcript_panel_reads_in_whole_sentences(cli: Cli, root: str) -> None:
    """YouTube's transcript rows, a few words each: reader 16 made each row a sentence, so
    every spoken sentence was cut and glued to the next."""
    sixteen, seventeen = _both(cli, root, "brenmoor-baker-shorts-transcript.html")
    assert "Mill Street. I run the bakery on" in sixteen["rows"]
    assert seventeen["rows"][2:] == [
        "Everyone tells me the tram will kill Mill Street.",
        "I run the bakery on the corner and I think it's the other way round.",
        "The cars don't stop here, they drive through.",
        "A tram stop outside my door is forty people a time who walk past the window.",
    ]


def test_slides_speaker_notes_label_is_no_part_of_the_sentence(cli: Cli, root: str) -> None:
    """A slide deck exported as Markdown: reader 16 kept "Speaker notes:" at the head of
    each slide's first sentence."""
    sixteen, seventeen = _both(cli, root, "brenmoor-tram-briefing-slides.md")
    assert "Speaker notes: Thank you all for coming." in sixteen["rows"]
    assert "Thank you all for coming." in seventeen["rows"]
    assert "We are not against the tram." in seventeen["rows"]
    assert not any("Speaker notes" in row for row in seventeen["rows"])


def test_a_qa_exports_questions_are_their_askers(cli: Cli, root: str) -> None:
    """A Slido export saved as text, each question signed under it: reader 16 gave the
    questions nobody and kept the signatures and the tool's lines as sentences."""
    sixteen, seventeen = _both(cli, root, "brenmoor-drop-in-questions.txt")
    assert "Agnes Holloway · 31 likes · Answered" in sixteen["rows"]
    assert seventeen["rows"][1:] == [
        "Agnes Holloway: Will the bakery keep its loading bay during the works?",
        "Anonymous: Why can't the works be done in phases?",
        "Jan Oduya: Who pays if a shop closes before the fund pays out?",
    ]


def test_a_discord_channel_pasted_as_text(cli: Cli, root: str) -> None:
    """Discord's "name — Today at 18:02" heads, every writer a handle: reader 16 read the
    heads as sentences (or glued to the message) and gave the messages nobody."""
    sixteen, seventeen = _both(cli, root, "brenmoor-tram-discord-paste.txt")
    assert not any(row.startswith("ketil.b: ") for row in sixteen["rows"])
    rows = seventeen["rows"]
    assert "ketil.b: Three phases is still two years of my shop behind a fence." in rows
    assert "ketil.b: I'll believe the hardship fund when I see it paid." in rows
    assert (
        "tramfan_88: fair, but phase one is only the station end, your end is phase three" in rows
    )
    assert not any("Today at" in row for row in rows)
