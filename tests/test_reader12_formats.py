"""Reader 12's file kinds: what a new user brings that reader 11 refuses or misreads (a
mailbox, a Whisper transcript, an Evernote note, a two-column PDF's text, a Logseq page,
Word's filtered HTML), on files of those kinds written for these tests
(tests/reader12_formats/). Each test shows what reader 11 does with the same file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reader_pages import Cli, add_page, facts

PAGES = Path(__file__).parent / "reader12_formats"


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def _add(cli: Cli, root: str, page: Path | str, *extra: str) -> dict:
    """Tests/reader12_formats/PAGE as reader 12 adds it (reader 13, the default since session
    15, titles a Whisper transcript by its file and a Word page with its subtitle)."""
    pinned = () if "--reader" in extra else ("--reader", "12")
    return add_page(cli, root, PAGES / page, *pinned, *extra)


def _as(tmp_path: Path, name: str, saved_as: str) -> Path:
    """tests/reader12_formats/NAME saved under another name (a user's renamed copy)."""
    copy = tmp_path / saved_as
    shutil.copyfile(PAGES / name, copy)
    return copy


def test_a_mailbox_is_read_as_a_thread_of_its_senders(cli: Cli, root: str) -> None:
    page = _add(cli, root, "library-list.mbox")
    assert facts(page) == (
        "Our answer to the library consultation",
        "Anna Kessel",
        "Friends of Brinmoor Library",
        "2027-03-02",
    )
    assert page["rows"] == [
        "Anna Kessel: The council wants to cut the library's opening hours from six days to three.",
        "Anna Kessel: I propose that our answer asks for volunteers to keep it open on the "
        "other days.",
        "Anna Kessel: Volunteers cannot replace trained staff, but they can keep the doors open "
        "while we argue for the budget.",
        "Jonas Frey: I disagree.",
        "Jonas Frey: Volunteers let the council say the cut did no harm.",
        "Jonas Frey: We should ask for the six days and nothing less.",
        "Jonas Frey: The library is the only warm room in the village that costs nothing to sit "
        "in.",
        "Anna Kessel: That is a fair worry.",
        "Anna Kessel: Then we ask for six days first and offer volunteers only if the budget is "
        "cut anyway.",
        "Anna Kessel: From what I hear, the vote is in April.",
        "Marit Oy: Agreed with both of you on the order: the six days first.",
    ]
    code, _, err = cli("add", str(PAGES / "library-list.mbox"), "--reader", "11", "-p", root)
    assert code != 0 and "unsupported" not in err and "reader 12 does" in err


def test_a_mailbox_saved_as_text_is_read_as_a_thread_too(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    saved = _as(tmp_path, "library-list.mbox", "thread.txt")
    rows = add_page(cli, root, saved)["rows"]
    assert rows[3] == "Jonas Frey: I disagree." and len(rows) == 11
    old = add_page(cli, root, saved, "--reader", "11", "--id", "r11", "--force")["rows"]
    assert any("Return-Path" in row for row in old)  # every later header a sentence


def test_a_whisperx_transcript_is_read_with_its_speakers(cli: Cli, root: str) -> None:
    page = _add(cli, root, "harbour-talk-whisperx.json")
    assert page["title"] == "Welcome to Harbour Talk, the show about the port."
    assert page["rows"] == [
        "SPEAKER_00: Welcome to Harbour Talk, the show about the port.",
        "SPEAKER_00: I'm Ines Varga.",
        "SPEAKER_01: And I'm Pal Oster.",
        "SPEAKER_00: Today the question is whether the harbour should charge cruise ships a "
        "landing fee, and who would pay it in the end.",
        "SPEAKER_01: I think a fee is fair because the ships use the quay and leave nothing "
        "behind.",
        "SPEAKER_00: The shops on the front would lose customers if the ships went elsewhere.",
    ]


def test_a_whisper_transcript_joins_its_segments_into_sentences(cli: Cli, root: str) -> None:
    rows = _add(cli, root, "harbour-talk.json")["rows"]
    assert rows[1:4] == [
        "I'm Ines Varga.",
        "And I'm Pal Oster.",
        "Today the question is whether the harbour should charge cruise ships a landing fee, "
        "and who would pay it in the end.",
    ]
    assert not any("tokens" in row or "{" in row for row in rows)


def test_other_json_is_refused_in_one_line_that_says_what_to_do(cli: Cli, root: str) -> None:
    code, _, err = cli("add", str(PAGES / "survey-results.json"), "-p", root)
    assert code != 0 and "survey-results.json: not a transcript" in err
    assert "Whisper" in err and ".vtt" in err and len(err.strip().splitlines()) == 1


def test_broken_json_is_refused_with_its_place_and_what_to_do(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    lines = tmp_path / "segments.json"
    lines.write_text('{"start": 0.0, "text": " One."}\n{"start": 1.0, "text": " Two."}\n')
    code, _, err = cli("add", str(lines), "-p", root)
    assert code != 0 and "segments.json: not valid JSON at line 2, column 1" in err
    assert ".vtt" in err and len(err.strip().splitlines()) == 1


def test_a_folder_adds_its_transcripts_not_its_other_json(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    folder = tmp_path / "episode"
    folder.mkdir()
    shutil.copyfile(PAGES / "harbour-talk.json", folder / "harbour-talk.json")
    shutil.copyfile(PAGES / "survey-results.json", folder / "survey-results.json")
    code, out, err = cli("add", str(folder), "-p", root)
    assert code == 0, err
    assert "survey" not in out + err


def test_an_evernote_export_is_read_as_its_note(cli: Cli, root: str) -> None:
    page = _add(cli, root, "ferry-meeting.enex")
    assert facts(page) == ("Ferry meeting 14 Mar - my notes (v2)", "Tilde Marsk", "", "2027-03-15")
    assert page["rows"][0] == "The harbour board wants to end the winter ferry to Skerra in 2028."
    assert "A taxi cannot cross the sound in a storm." in page["rows"]
    assert not any("CDATA" in row or "desktop.win" in row for row in page["rows"])


def test_an_evernote_export_saved_as_html_is_read_and_never_dropped_silently(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    saved = _as(tmp_path, "ferry-meeting.enex", "ferry.html")
    assert len(add_page(cli, root, saved)["rows"]) == 9
    code, out, err = cli("add", str(saved), "--reader", "11", "--id", "r11", "-p", root)
    assert code == 0, err
    assert "passages of ferry.html were not read" in out + err  # reader 11 reads 1 sentence


def test_a_list_digest_saved_as_text_is_read_as_its_messages(cli: Cli, root: str) -> None:
    page = _add(cli, root, "bike-lanes-digest.txt")
    assert facts(page) == (
        "Painted lanes on Mill Road",
        "Rosa Tang",
        "Wexcombe-cycling",
        "2027-02-08",
    )
    assert page["rows"] == [
        "Rosa Tang: The council's plan paints a lane on Mill Road but leaves no kerb between "
        "bikes and lorries.",
        "Rosa Tang: A painted line protects nobody.",
        "Ivo Brandt: It protects more than nothing.",
        "Ivo Brandt: Take the paint now and argue for the kerb next year.",
        "Rosa Tang: Next year the money will have gone to the paint.",
    ]
    old = _add(cli, root, "bike-lanes-digest.txt", "--reader", "11", "--id", "r11", "--force")
    assert any("Message-ID" in row or "Today's Topics" in row for row in old["rows"])


def test_a_two_column_article_is_read_column_by_column(cli: Cli, root: str) -> None:
    page = _add(cli, root, "bus-franchises-layout.txt")
    assert facts(page)[1:] == (
        "Lena Hartog, Omar Siddiq",
        "Tollan Journal of Public Policy",
        "2027-05",
    )
    rows = page["rows"]
    assert rows[4:11] == [
        "Introduction",
        "Four counties franchised their buses between 2021 and 2023.",
        "Each now sets fares and timetables itself and pays operators a fixed fee per kilometre.",
        "Supporters expected franchising to lower fares.",
        "Critics expected higher costs for the county and no gain for passengers.",
        "We compare the four counties with six that kept deregulated networks.",
        "Fares fell in all four franchised counties.",
    ]
    assert "Franchising lowered fares because one body set them for the whole network." in rows
    assert rows[rows.index("References") + 1 :][:2] == [
        "Bradwell, K. (2025). Fares after deregulation. Transport Review 8, 44-61.",
        "Marsh, T. and P. Orme (2024). Franchising in practice. Tollan: County Press.",
    ]  # one sentence a reference
    assert not any(row.isupper() or row.isdigit() for row in rows)  # running heads, page numbers
    old = _add(cli, root, "bus-franchises-layout.txt", "--reader", "11", "--id", "r11", "--force")
    assert (
        "Fares Four counties franchised their buses fell in all four franchised counties."
        in (old["rows"])
    )  # the columns read across


def test_a_logseq_page_reads_its_properties_as_metadata_and_its_blocks_as_text(
    cli: Cli, root: str
) -> None:
    page = _add(cli, root, "harbour-fees-logseq.md")
    assert facts(page) == ("Harbour fees — where I stand", "Jon Ekberg", "", "2027-03-12")
    assert page["rows"] == [
        "Why this page",
        "The council asked for views on a cruise landing fee by April.",
        "What I thought in January",
        "A fee would drive the ships to Skerra.",
        "Their quay is too short for the big ships, said the harbour master, so that fear was "
        "never well founded.",
        "A fee would drive the ships to Skerra — that was wrong, as the Port of Wexcombe "
        "figures show.",
        "Nobody has costed the quay.",
        "What I think now",
        "ask the port for the 2026 passenger counts",
        "read the consultation paper",
        "A fee of two crowns a head pays for the quay's upkeep without scaring anyone away.",
    ]
    old = _add(cli, root, "harbour-fees-logseq.md", "--reader", "11", "--id", "r11", "--force")
    assert "status:: draft" in old["rows"] and "## What I thought in January" in old["rows"]


def test_words_filtered_web_page_has_its_title_byline_and_no_symbol_bullets(
    cli: Cli, root: str
) -> None:
    page = _add(cli, root, "night-buses-word.htm")
    assert facts(page) == (
        "Keep the Night Buses Running",
        "Wexcombe Transport Workers’ Association",
        "",
        "2027-03",
    )
    assert page["rows"][2:8] == [
        "The county proposes to withdraw the three night bus routes from September.",
        "About four hundred people ride them each night, most of them on their way to or from "
        "a shift.",
        "The review gives three reasons for the cut:",
        "The routes cost more per passenger than any day route.",
        "Taxis already serve the same streets at night.",
        "The contract with the operator ends in August.",
    ]
    old = _add(cli, root, "night-buses-word.htm", "--reader", "11", "--id", "r11", "--force")
    assert old["title"] == "Branch Briefing Template"
    assert "· Taxis already serve the same streets at night." in old["rows"]


def test_a_speaker_introducing_themselves_is_no_byline(cli: Cli, root: str) -> None:
    page = _add(cli, root, "harbour-talk-segments.txt")
    assert page["author"] == ""
    assert page["rows"][1:3] == ["I'm Ines Varga.", "And I'm Pal Oster."]
    old = _add(cli, root, "harbour-talk-segments.txt", "--reader", "11", "--id", "r11", "--force")
    assert old["author"] == "I'm Ines Varga." and "I'm Ines Varga." not in old["rows"]


def test_columns_apart_on_even_pages_and_pages_pasted_without_breaks(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    """The second page's right column three characters further right (a book's mirrored
    margins); the pages pasted without their form feeds; the pages' left margin kept."""
    pages = (PAGES / "bus-franchises-layout.txt").read_text(encoding="utf-8").split("\f")
    moved = "\n".join(
        line[:43] + "   " + line[43:] if len(line) > 43 and line[42] == " " else line
        for line in pages[1].split("\n")
    )
    margin = "\f".join(
        "\n".join("      " + ln if ln.strip() else ln for ln in page.split("\n")) for page in pages
    )  # every line six spaces in: the page's margin
    for n, text in enumerate(["\f".join([pages[0], moved, pages[2]]), "\n".join(pages), margin]):
        saved = tmp_path / f"saved{n}.txt"
        saved.write_text(text, encoding="utf-8")
        rows = add_page(cli, root, saved, "--id", f"saved{n}", "--force")["rows"]
        at = rows.index("Results")
        assert rows[at : at + 5] == [
            "Results",
            "Average fares fell by eleven per cent in franchised counties.",
            "In deregulated counties they rose by six per cent over the same years.",
            "The fall came mostly from throughtickets valid on every operator's buses.",
            "Conclusion",
        ]
        assert not any(row.isupper() or row.isdigit() for row in rows)


def test_a_short_thread_of_two_messages_has_its_speakers(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    box = tmp_path / "two.mbox"
    box.write_text(
        "From a@x.example  Tue Mar  2 18:20:05 2027\nFrom: Anna Kessel <a@x.example>\n"
        "Subject: Opening hours\nDate: Tue, 02 Mar 2027 18:20:03 +0000\n\n"
        "We should ask for six days.\n\n"
        "From b@y.example  Tue Mar  2 19:20:05 2027\nFrom: Jonas Frey <b@y.example>\n"
        "Subject: Re: Opening hours\nDate: Tue, 02 Mar 2027 19:20:03 +0000\n\n"
        "Six days or nothing, agreed.\n\nIts doors should stay open.\n",
        encoding="utf-8",
    )
    assert add_page(cli, root, box)["rows"] == [
        "Anna Kessel: We should ask for six days.",
        "Jonas Frey: Six days or nothing, agreed.",
        "Jonas Frey: Its doors should stay open.",
    ]


def test_a_note_evernote_exported_as_html_keeps_its_whole_title_and_its_date(
    cli: Cli, root: str
) -> None:
    page = _add(cli, root, "ferry-meeting-evernote.html")
    assert facts(page) == ("Ferry meeting 14 Mar - my notes (v2)", "Tilde Marsk", "", "2027-03-15")
    old = _add(cli, root, "ferry-meeting-evernote.html", "--reader", "11", "--id", "r11")
    assert facts(old) == ("Ferry meeting 14 Mar", "Tilde Marsk", "my notes (v2)", "")


def test_words_page_with_an_empty_paragraph_and_private_use_bullets(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    data = (PAGES / "night-buses-word.htm").read_bytes()
    data = data.replace(
        b"shift workers</p>", b"shift workers</p>\r\n\r\n<p class=MsoNormal>&nbsp;</p>"
    )
    data = data.replace(b"'font-family:Symbol'>\xb7", b"'font-family:Symbol'>&#61623;")
    page = tmp_path / "night-buses.htm"
    page.write_bytes(data)
    got = add_page(cli, root, page, "--reader", "12")
    assert facts(got)[:2] == (
        "Keep the Night Buses Running",
        "Wexcombe Transport Workers’ Association",
    )
    assert "Taxis already serve the same streets at night." in got["rows"]
    assert not any("Research Office" in row for row in got["rows"])


def test_a_pipermail_archive_and_encoded_names_give_the_senders(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    """Mailman's Pipermail archive writes "ann at example.org (Ann Lee)"; a name in another
    script comes encoded ("=?utf-8?q?…?=")."""
    archive = tmp_path / "2027-March.txt"
    archive.write_text(
        "From anna.kessel at postbox.example  Tue Mar  2 18:20:05 2027\n"
        "From: anna.kessel at postbox.example (Anna Kessel)\n"
        "Date: Tue, 02 Mar 2027 18:20:03 +0000\nSubject: [Brinmoor] Opening hours\n"
        "Message-ID: <a1@postbox.example>\n\nWe should ask for six days.\n\n"
        "From s.andresen at mailhub.example  Tue Mar  2 19:02:41 2027\n"
        "From: =?utf-8?q?S=C3=B8lvi_Andr=C3=A9sen?= <s.andresen@mailhub.example>\n"
        "Date: Tue, 02 Mar 2027 19:02:40 +0000\nSubject: Re: [Brinmoor] Opening hours\n"
        "Message-ID: <d4@mailhub.example>\n\nSix days or nothing.\n\nThe room is warm.\n",
        encoding="utf-8",
    )
    page = add_page(cli, root, archive)
    assert facts(page) == ("Opening hours", "Anna Kessel", "Brinmoor", "2027-03-02")
    assert page["rows"] == [
        "Anna Kessel: We should ask for six days.",
        "Sølvi Andrésen: Six days or nothing.",
        "Sølvi Andrésen: The room is warm.",
    ]


def test_a_broken_evernote_export_is_refused_in_one_line(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    cut = tmp_path / "cut.enex"
    cut.write_bytes((PAGES / "ferry-meeting.enex").read_bytes()[:900])
    code, _, err = cli("add", str(cut), "-p", root)
    assert code != 0 and "cut.enex: not a readable Evernote export (broken XML at line" in err
    assert len(err.strip().splitlines()) == 1


def test_a_whisperx_transcript_of_one_voice_has_its_speaker(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    data = (PAGES / "harbour-talk-whisperx.json").read_text(encoding="utf-8")
    one = tmp_path / "monologue.json"
    one.write_text(data.replace("SPEAKER_01", "SPEAKER_00"), encoding="utf-8")
    rows = add_page(cli, root, one)["rows"]
    assert len(rows) == 6 and all(row.startswith("SPEAKER_00: ") for row in rows)


def test_a_page_read_as_almost_nothing_is_never_passed_over_in_silence(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    """A page saved before its script showed the article (it is hidden): whatever a reader
    makes of it, `add` says the page's text was not read."""
    words = " ".join(["The night ferry keeps the island's nurses and cleaners at work."] * 6)
    page = tmp_path / "app.html"
    page.write_text(
        "<html><head><title>Ferry</title><script>var app = 1;</script></head><body>"
        f'<h1>Loading the article…</h1><div id="app" hidden><p>{words}</p></div></body></html>',
        encoding="utf-8",
    )
    code, out, err = cli("add", str(page), "-p", root)
    assert code == 0, err
    assert "1 passage of app.html was not read" in out + err
