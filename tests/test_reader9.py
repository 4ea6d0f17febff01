"""Reader 9, the default of ``argmap add``: what the builders of debate14/15 met (their
friction notes, docs/notes prev/d14-friction.md and d15-friction.md) on pages of the same
kinds written for these tests (tests/reader9/, the invented town of Harrowby and its night
ferry; the office files are written by tests/reader9/make_office.py). Each test shows what
reader 8 reads of the same page, so that it fails under reader 8."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from reader_pages import Cli, add_page, facts

from argmap.errors import UsageError
from argmap.project import prepare_source
from argmap.readers import READER

PAGES = Path(__file__).parent / "reader9"


def _zip(parts: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in parts.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2027, 4, 1, 9, 0, 0)), text)
    return out.getvalue()


_ZIP_WITHOUT_DOCUMENT = _zip({"docProps/core.xml": "<x/>"})  # a zip, but no Word document in it


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def _add(cli: Cli, root: str, name: str, *extra: str) -> dict:
    """Add tests/reader9/NAME: its metadata and its sentences ("speaker: text")."""
    extra = extra if "--reader" in extra else ("--reader", "9", *extra)  # 10: test_reader10
    return add_page(cli, root, PAGES / name, *extra)


def _reader8(cli: Cli, root: str, name: str) -> dict:
    return _add(cli, root, name, "--reader", "8", "--id", "r8", "--force")


def test_reader_9_reads_as_it_did(cli: Cli, root: str) -> None:
    assert READER >= 9
    assert _add(cli, root, "petition.html")["reader"] == 9


# -- 1. text lost or given to the wrong person ------------------------------------------


def test_a_petitions_comments_keep_their_writers_and_its_starter_is_the_author(
    cli: Cli, root: str
) -> None:
    """d14 #8: the first "Reasons for signing" comment lost its writer (an accented
    capital, "Łucja Öberg:", was no speaker label) and the author was not the starter."""
    page = _add(cli, root, "petition.html")
    assert facts(page) == (
        "Keep the 22:40 night ferry to Harrowby",
        "Harrowby Ferry Users",
        "SignUp Now",
        "2027-03-03",
    )
    assert "Łucja Öberg: I nurse nights at the cottage hospital." in page["rows"]
    assert "Dan Carew: The review should come first." in page["rows"]
    for chrome in ("Started 3 March 2027", "Reasons for signing", "Updates"):
        assert chrome not in page["rows"]
    assert not any("started this petition" in row for row in page["rows"])
    old = _reader8(cli, root, "petition.html")
    assert "Łucja Öberg:" in old["rows"] and old["author"] == ""
    assert old["title"].startswith("Petition · ")


def test_an_interjection_does_not_take_over_the_speech_it_breaks_into(cli: Cli, root: str) -> None:
    """d15 #3: "Councillor BRENNAN: It is …" inside the Leader's speech became the speaker
    of the Leader's next sentences, and the mover's speech (his label with three
    parentheses) had no speaker at all."""
    page = _add(cli, root, "sitting-record.htm")
    assert page["rows"][1:7] == [
        "Councillor ÅSTRÖM: I beg to move,",
        "Councillor ÅSTRÖM: That the Council approves the new ferry timetable.",
        "Councillor ÅSTRÖM: The 22:40 sailing costs more than any other service we run.",
        "Councillor BRENNAN (Skerra Ward): It is the only one nurses can use.",
        "Councillor ÅSTRÖM: A demand-led boat would serve them at a third of the cost.",
        "Councillor ÅSTRÖM: I commend the timetable to the Council.",
    ]
    assert page["rows"][-2:] == ["Question put and agreed to.", "Sitting suspended."]
    assert page["outlet"] == "Harrowby Borough Council"  # DC.Publisher
    old = _reader8(cli, root, "sitting-record.htm")
    assert "A demand-led boat would serve them at a third of the cost." in old["rows"]
    assert old["outlet"] == "Night Ferry Services"


def test_a_consultation_answer_keeps_the_option_the_respondent_chose(cli: Cli, root: str) -> None:
    """d15 #7: the row of all five options was kept and the chosen (bold) one was lost."""
    page = _add(cli, root, "consultation-response.html")
    rows = page["rows"]
    at = rows.index("2 Do you agree that the 22:40 sailing should be withdrawn?")
    assert rows[at + 1] == "Strongly disagree"
    assert rows[rows.index("3 Would you use a boat booked on demand?") + 1] == "No"
    assert page["author"] == "Petra Lund"
    for chrome in ("Response export", "Please explain your answer:", "Name: Petra Lund"):
        assert chrome not in rows
    assert not any(
        row.startswith(("Response ID", "Page 1 of 1", "Citizen Space ·")) for row in rows
    )
    old = _reader8(cli, root, "consultation-response.html")
    assert (
        "Strongly agree Agree Neither agree nor disagree Disagree Strongly disagree" in old["rows"]
    )
    assert "Yes No" in old["rows"]


def test_a_word_documents_footnotes_are_kept_under_notes(cli: Cli, root: str) -> None:
    """Notes are text: a Word file's footnote (and an ODT's) is kept under "Notes"."""
    page = _add(cli, root, "ferry-letter.docx")
    assert page["rows"][-2:] == [
        "Notes",
        "Harbour office counts, March 2027: 61 passengers on the 22:40.",
    ]
    odt = _add(cli, root, "users-minutes.odt")
    assert odt["rows"][-1] == "Eleven members came; two sent apologies."


def test_an_epub_chapters_endnotes_are_kept_and_its_title_names_the_chapter(
    cli: Cli, root: str
) -> None:
    """d14 #3: an EPUB chapter's notes were dropped without a word (the note marks go, the
    notes stay), and its title was the book's alone."""
    page = _add(cli, root, "../reader8/chapter-07.xhtml")
    assert page["rows"][-1] == "Harrowby Council, Population estimates for the small isles, 2004."
    old = _reader8(cli, root, "../reader8/chapter-07.xhtml")
    assert not any("Population estimates" in row for row in old["rows"])
    chapter = _add(cli, root, "drowned-quay-ch03.xhtml")
    assert chapter["title"] == "The Ferry Years, chapter 3: The Drowned Quay"
    assert chapter["rows"][-2:] == ["Notes", "Harbour board minutes, 12 May 1961."]


def test_a_subrip_cue_with_a_mistyped_time_is_read_and_a_name_caption_stands_alone(
    cli: Cli, root: str
) -> None:
    """d14's SubRip: a cue timed "00:03:18,1000" was skipped (its words lost without a
    word), a name caption ("<i>Aud Merrick, harbour café</i>") was glued to the words
    under it, and the credits and the reporter's sign-off were not read."""
    page = _add(cli, root, "harbour-report.srt")
    assert page["rows"][2:] == [
        "Aud Merrick, harbour café",
        "If the boat goes, my late shift goes with it.",
        "The operator says the boat loses money every night of the year.",
        "Ina Voss, Harbour Tonight, Harrowby.",
    ]
    assert (page["author"], page["outlet"]) == ("Ina Voss", "Harrowby Community TV")
    old = _reader8(cli, root, "harbour-report.srt")
    assert "Aud Merrick, harbour café If the boat goes, my late shift goes with it." in old["rows"]
    assert not any("loses money" in row for row in old["rows"])


# -- 2. who says what in threads ---------------------------------------------------------


def test_a_hacker_news_thread_reads_its_commenters_as_speakers(cli: Cli, root: str) -> None:
    """d15 #4: each comment's head ("ferrylog 4 hours ago | next [–]") was a sentence,
    the commenters no speakers, the submitter and the date not read."""
    page = _add(cli, root, "hn-item.html")
    assert page["rows"][1:] == [
        "@ferrylog: Eleven riders a night is not a ferry, it is a taxi with a hull.",
        "@ferrylog: Run an on-demand boat and spend the rest on the morning sailings.",
        "@nightnurse: Those eleven are the people who keep the hospital open at night.",
    ]
    assert (page["author"], page["date"]) == ("tidewatch", "2027-04-09")
    old = _reader8(cli, root, "hn-item.html")
    assert "ferrylog 4 hours ago | next [–]" in old["rows"] and old["author"] == ""


def test_a_wiki_talk_page_reads_its_editors_as_speakers(cli: Cli, root: str) -> None:
    """d15 #5: signatures were sentences ("… (UTC)[ reply]"), the editors no speakers,
    and the talk page's banners were kept."""
    page = _add(cli, root, "talk-page.html")
    assert page["rows"][2:] == [
        "@Quaymaster: The article says eleven riders a night but cites a blog.",
        "@Quaymaster: The harbour office counts say 61 a week.",
        "@Ann Kettle: Sixty-one a week is about nine a night, so both are roughly right.",
        "@Ann Kettle: I'd cite the office.",
    ]
    assert page["author"] == "Wikipedia contributors"
    old = _reader8(cli, root, "talk-page.html")
    assert "Quaymaster (talk) 10:14, 2 April 2027 (UTC)[ reply]" in old["rows"]
    assert any(row.startswith("This is the talk page for") for row in old["rows"])


def test_a_bluesky_threads_counters_and_chrome_are_no_sentences(cli: Cli, root: str) -> None:
    """d14 #7: "1/", "Everybody can reply", "31 reposts4 quotes112 likes" and "End of
    conversation" were kept as the posters' sentences."""
    page = _add(cli, root, "bluesky-counted-thread.html")
    assert page["rows"][2] == "@ruthg.bsky.social: Cut it and they leave the island. 🧵"
    assert not any(r.endswith(("1/", "2/", "End of conversation", "likes")) for r in page["rows"])
    assert len(page["rows"]) == 10
    old = _reader8(cli, root, "bluesky-counted-thread.html")
    assert "@skerra-shop.bsky.social: End of conversation" in old["rows"]


# -- 3. furniture and metadata -----------------------------------------------------------


def test_an_obsidian_dataview_block_is_no_sentence(cli: Cli, root: str) -> None:
    """d15 #8: "```dataview" and its query were two sentences of the note."""
    page = _add(cli, root, "Ferry vote notes.md")
    assert page["rows"] == [
        "Ferry vote notes",
        "The council votes on the timetable on 8 April.",
        "What would change my mind A costed on-demand boat that runs every night.",
        "Sources",
        "I still think the 22:40 should stay.",
    ]
    old = _reader8(cli, root, "Ferry vote notes.md")
    assert "```dataview" in old["rows"]


def test_a_caption_files_note_gives_its_title_show_and_date(cli: Cli, root: str) -> None:
    """d14 #3: a podcast's WebVTT was titled by its first sentence, with no outlet or
    date, though its NOTE block names the episode and the day it was recorded."""
    page = _add(cli, root, "ferry-podcast.vtt")
    assert facts(page) == (
        "Island Lines, episode 9: The last boat",
        "",
        "Island Lines",
        "2027-04-02",
    )
    assert page["rows"][0] == "Ruth Galbraith: Welcome to Island Lines."
    old = _reader8(cli, root, "ferry-podcast.vtt")
    assert facts(old) == ("Welcome to Island Lines.", "", "", "")


# -- 4. formats users bring --------------------------------------------------------------


def test_a_word_document_is_read(cli: Cli, root: str) -> None:
    """A .docx was refused by every reader; reader 9 reads its paragraphs (a word split
    into runs by spell-check marks read whole, a tracked deletion dropped), its heading,
    list and table, and its properties (the creator, not the last editor "Clerk")."""
    page = _add(cli, root, "ferry-letter.docx")
    assert facts(page) == ("Keep the night ferry", "Mira Holt", "", "2027-03-14")
    assert page["rows"][:8] == [
        "Keep the night ferry",
        "Why the council should think again",
        "The night ferry is the only way home for Harrowby's shift workers after ten.",
        "Cutting it saves less than the council says.",
        "We ask for a full review before the vote.",
        "Publish the passenger counts.",
        "Sailing · Passengers",
        "22:40 · 61",
    ]
    code, _, err = _cli_add(cli, root, "ferry-letter.docx", "--reader", "8")
    assert code != 0 and "reader 8 does not read .docx files (reader 9 does)" in err


def test_an_opendocument_text_is_read(cli: Cli, root: str) -> None:
    page = _add(cli, root, "users-minutes.odt")
    assert facts(page) == ("Ferry users' group: minutes", "Tom Reyes", "", "2027-04-02")
    assert page["rows"][:4] == [
        "Ferry users' group: minutes",
        "The group met at the harbour office on 2 April.",
        "Members agreed to oppose the cut.",
        "Write to every councillor before the vote.",
    ]


def test_a_web_page_saved_as_one_file_is_read_as_the_page(cli: Cli, root: str) -> None:
    """Chrome's "Save as… single file" (.mhtml): its HTML part, quoted-printable and
    UTF-8 decoded, read as the page, with the address it was saved from."""
    page = _add(cli, root, "herald-night-ferry.mhtml")
    assert facts(page) == ("Night ferry", "Ines Park", "Harrowby Herald", "")
    assert page["url"] == "https://harrowby-herald.example/news/night-ferry"
    assert page["rows"] == [
        "Night ferry",
        "Councillors will decide on Thursday whether the 22:40 sailing stays.",
        "The operator says it loses £900 a week.",
    ]


def test_a_rich_text_file_is_read(cli: Cli, root: str) -> None:
    page = _add(cli, root, "cafe-statement.rtf")
    assert facts(page) == ("Statement on the night ferry", "Dr Aled Rhys", "", "2027-04-05")
    assert page["rows"][1:] == [
        "The harbour café stays open for the last sailing, and its staff depend on it.",
        "We ask the council to wait for the review – a “full” one – before it votes.",
    ]


def _cli_add(cli: Cli, root: str, name: str, *extra: str) -> tuple[int, str, str]:
    return cli("add", str(PAGES / name), "--project", root, *extra)


def test_a_broken_word_document_is_refused_in_one_line(cli: Cli, root: str) -> None:
    code, out, err = _cli_add(cli, root, "broken.docx")
    assert code != 0 and out == ""
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "broken.docx: not a Word document (bad zip" in err
    assert json.loads(cli("sources", "--json", "--project", root)[1]) == []


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "notes.odt",
            b"not a zip at all",
            "notes.odt: not an OpenDocument text (not a zip archive)",
        ),
        ("saved.mhtml", b"<p>just a fragment</p>", "saved.mhtml: not a saved web page"),
        ("letter.rtf", b"Dear council, this is plain text.", "letter.rtf: not a rich text file"),
        (
            "report.docx",
            _ZIP_WITHOUT_DOCUMENT,
            "report.docx: not a Word document (no word/document.xml",
        ),
    ],
    ids=["odt", "mhtml", "rtf", "docx"],
)
def test_a_broken_office_file_is_refused_in_one_line(
    cli: Cli, root: str, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = cli("add", str(path), "--project", root)
    assert code != 0 and out == ""
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert message in err


# -- 5. held-out debates 16-18 (r11b) ---------------------------------------------------


def test_a_mailing_list_message_is_read_as_paragraphs_with_its_sender_the_author(
    cli: Cli, root: str
) -> None:
    """d16 #9: a pipermail message's body is one <pre> wrapped at 72 columns; reader 8
    stored each line as a sentence, kept the archive's navigation and named no author."""
    old = _reader8(cli, root, "ferry-list-000217.html")
    assert "the island." in old["rows"]  # the tail of a wrapped quoted line, alone
    assert any(r.startswith("Messages sorted by") or "Messages sorted by" in r for r in old["rows"])
    assert old["author"] == ""
    meta = _add(cli, root, "ferry-list-000217.html")
    rows = meta["rows"]
    assert facts(meta) == (
        "[Harrowby-ferry] Night sailings and the harbour levy",
        "Maren Oyelaran",
        "",
        "2027-04-13",
    )
    assert (
        "Every visitor to the harbour pays it, and the last boat at ten leaves the late shift"
        " stranded on the island."
    ) in rows
    assert (
        "Tobias, I agree about the late shift, but the levy cannot carry it on its own: it raised"
        " 41,000 pounds last year and a night sailing costs about 90,000 pounds a year to run."
    ) in rows
    assert not any(">" in r for r in rows)
    assert not any(
        w in r
        for r in rows
        for w in ("Previous message", "Messages sorted by", "mailing list", "Secretary, Harrowby")
    )
    assert "A review after the first summer, with the passenger counts published." in rows


def test_a_telegram_export_is_named_by_its_channel_and_its_folder_says_what_to_add(
    cli: Cli, root: str
) -> None:
    """d18 #4: a Telegram Desktop export's messages.html was titled "Exported Data" (its
    <title>), and `add` on the export's folder said "unsupported file type '(none)'"."""
    assert _reader8(cli, root, "ChatExport_2027-04-20/messages.html")["title"] == "Exported Data"
    meta = _add(cli, root, "ChatExport_2027-04-20/messages.html", "--force")
    assert meta["title"] == "Harrowby Night Ferry Now"
    assert any(r.startswith("The harbour board meets on Thursday") for r in meta["rows"])
    folder = PAGES / "ChatExport_2027-04-20"
    code, out, err = cli("add", str(folder), "--json", "--project", root, "--force")
    assert code == 0, err
    assert json.loads(out)[0]["title"] == "Harrowby Night Ferry Now"  # its messages.html
    with pytest.raises(UsageError) as refused:  # a folder given where one file is read
        prepare_source(folder)
    assert (
        str(refused.value) == f"{folder}: is a folder, not a file; add {folder / 'messages.html'}"
    )
