"""Reader 8 (``argmap add``'s default): what reader 7 still read wrong on debates 12 and 13's
raw pages (/work/notes/prev/readercheck-d12d13.txt, d12-friction.md, d13-friction.md), and
page kinds no reader had seen.

Each test adds one page of tests/reader8/ (written for these tests as the app, site or
office program would save or export it; invented text about the invented town of Harrowby
and its night ferry to Skerra, none of it copied from a debate) the way a user does, and
checks what ``argmap add`` reads: title, author, outlet, date and the sentences ("speaker:
text" in a chat, a transcript or a thread). Where reader 7 read the page wrong, the test
shows that too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reader_pages import Cli, add_page, facts

from argmap.readers import READER

PAGES = Path(__file__).parent / "reader8"


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def _add(cli: Cli, root: str, name: str, *extra: str) -> dict:
    """Add tests/reader8/NAME: its metadata and its sentences ("speaker: text")."""
    extra = extra if "--reader" in extra else ("--reader", "8", *extra)  # reader 9: test_reader9
    return add_page(cli, root, PAGES / name, *extra)


def _reader7(cli: Cli, root: str, name: str) -> dict:
    return _add(cli, root, name, "--reader", "7", "--id", "r7", "--force")


def test_reader_8_reads_as_it_did(cli: Cli, root: str) -> None:
    assert READER >= 8
    assert _add(cli, root, "print-view.html")["reader"] == 8


@pytest.mark.parametrize("name", ["empty-front-matter.md", "blank.txt"])
@pytest.mark.parametrize("reader", ["8", "7", "3", "1"])
def test_a_file_with_no_text_is_refused_by_every_reader(
    cli: Cli, root: str, name: str, reader: str
) -> None:
    """d12/d13: a file of only "---" lines was added as a source titled "---" with no
    sentence. Every reader refuses it with one line naming the file."""
    code, out, err = cli("add", str(PAGES / name), "--reader", reader, "--project", root)
    assert code != 0 and out == ""
    assert err.strip().endswith(f"{name}: the file holds no text")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert json.loads(cli("sources", "--json", "--project", root)[1]) == []


def test_reader_8_refuses_a_text_it_reads_no_sentence_in(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    """Front matter alone, or a transcript's "[Music]" alone, is no text to annotate."""
    for name, text in (("fm.md", "---\ntitle: Night ferry\n---\n"), ("m.txt", "[Music]\n")):
        page = tmp_path / name
        page.write_text(text, encoding="utf-8")
        code, _, err = cli("add", str(page), "--project", root)
        assert code != 0 and "holds no text" in err
        assert cli("add", str(page), "--reader", "7", "--project", root)[0] == 0  # as before


def test_a_whatsapp_export_reads_each_message_with_its_writer(cli: Cli, root: str) -> None:
    """d12's chat was titled by its encryption notice; each "date, time - Name: " stayed in
    its sentence with no speaker; the app's own lines were sentences."""
    got = _add(cli, root, "WhatsApp Chat with Skerra Ferry Users.txt")
    assert facts(got) == ("Skerra Ferry Users", "", "WhatsApp", "2027-02-04")
    assert got["rows"][:2] == [  # a message is one unit, as its writer sent it
        "Moira Fenwick: Evening all. The council votes on the night sailing on the 15th so "
        "let's get our views together here",
        "Callum Reid: Simple for me. Cut the 22:40 and I can't work late shifts at the hospital "
        "any more",
    ]
    assert "Callum Reid: It carries eleven people who have no other way home" in got["rows"]
    assert not any(
        "omitted" in r or "deleted" in r or "encrypted" in r or "added you" in r or "👍" in r
        for r in got["rows"]
    )
    old = _reader7(cli, root, "WhatsApp Chat with Skerra Ferry Users.txt")
    assert old["title"].endswith("Messages and calls are end-to-end encrypted.")
    assert old["rows"][3].startswith("03/02/2027, 19:02 - Moira Fenwick created group")


def test_a_notion_page_reads_its_properties_and_callout(cli: Cli, root: str) -> None:
    """d12's Notion export: no author from "Owner:", the date created (not last edited), and
    the callout's "<aside>" tags as sentences."""
    got = _add(
        cli, root, "Night ferry — options for the committee 3f9a1c2e7b8d4e6fa0c1b2d3e4f5a6b7.md"
    )
    assert facts(got) == ("Night ferry — options for the committee", "Ruth Galbraith", "",
                          "2027-02-02")  # fmt: skip
    assert got["rows"][1] == "Draft for the transport committee's meeting on 15 February."
    assert not any("aside" in r or "📌" in r or r.startswith("Owner") for r in got["rows"])
    old = _reader7(
        cli, root, "Night ferry — options for the committee 3f9a1c2e7b8d4e6fa0c1b2d3e4f5a6b7.md"
    )
    assert (old["author"], old["date"]) == ("", "2027-01-12") and "<aside>" in old["rows"]


def test_a_caption_transcript_is_not_titled_music(cli: Cli, root: str) -> None:
    """d12's YouTube transcript was titled "[Music]"; ">>" (a new speaker) stayed in the
    sentences, and a caption line starting with a number was a sentence of its own."""
    got = _add(cli, root, "caption-transcript.txt")
    assert got["title"] == "right, can everyone hear me at the back? good."
    assert got["rows"] == [
        "right, can everyone hear me at the back? good.",
        "welcome to the Skerra hall and thank you for coming out on a wet night.",
        "the council wants to stop the 22:40 sailing and 40 people have told me they use it "
        "every week.",
        "I'm one of them.",
        "I work nights at the hospital in Harrowby and without that boat I would have to move "
        "off the island.",
        "the council's figures say eleven people a night.",
        "that is eleven people with no other way home.",
    ]
    old = _reader7(cli, root, "caption-transcript.txt")
    assert old["title"] == "[Music]" and ">> I'm one of them." in old["rows"]


def test_a_pdf_report_is_titled_by_its_title_not_its_letterhead(cli: Cli, root: str) -> None:
    """d13's pasted PDF: titled by its letterhead "Centre for …" (not in capitals), its
    title broken over two lines kept as two sentences, its "December 2026" not read."""
    got = _add(cli, root, "pdf-report.txt")
    assert facts(got) == (
        "The cost of a lifeline: night ferry services to the small isles, 2020 to 2026",
        "Anna Sinclair, Peter Flett",
        "Institute for Island Transport, University of the North Isles",
        "2027-01",
    )
    assert got["rows"][:2] == [
        "Summary",
        "Night sailings to the small isles carry few passengers and cost much more per "
        "passenger than daytime sailings.",
    ]
    assert not any("Working Paper" in r or "to the small isles, 2020" in r for r in got["rows"])
    old = _reader7(cli, root, "pdf-report.txt")
    assert old["title"] == "Institute for Island Transport" and old["date"] == ""


def test_a_print_view_title_has_no_print_prefix(cli: Cli, root: str) -> None:
    got = _add(cli, root, "print-view.html")
    assert facts(got) == ("Keep the night boat, and run it when people need it", "Fiona Tait",
                          "The Harrowby Gazette", "2027-02-05")  # fmt: skip
    assert _reader7(cli, root, "print-view.html")["title"].startswith("Print: Opinion: ")


def test_a_google_docs_export_reads_prepared_by_as_author_and_date(cli: Cli, root: str) -> None:
    got = _add(cli, root, "docs-submission.html")
    assert facts(got) == ("Response to the consultation on the night ferry", "Ewan Rendall",
                          "Skerra Community Council", "2027-02-09")  # fmt: skip
    assert not any(r.startswith(("Prepared by", "Skerra Community Council —")) for r in got["rows"])
    old = _reader7(cli, root, "docs-submission.html")
    assert (old["author"], old["date"]) == ("", "")


def test_a_wayback_capture_reads_the_original_page(cli: Cli, root: str) -> None:
    """d12's capture kept " | News" in its title, the Wayback banner, the old site's menu
    and breadcrumb as sentences."""
    got = _add(cli, root, "wayback-statement.html")
    assert got["title"] == "Why we are reviewing the night sailing"
    assert got["url"] == "https://www.harrowby.gov.example/news/night-sailing-review"
    assert not any("Wayback" in r or "Home" in r for r in got["rows"])
    old = _reader7(cli, root, "wayback-statement.html")
    assert old["title"] == "Why we are reviewing the night sailing | News"
    assert any(r.startswith("The Wayback Machine") for r in old["rows"])


def test_a_phpbb_thread_reads_each_post_with_its_writer(cli: Cli, root: str) -> None:
    """d13's phpBB thread: author "Post by NAME » date", "Posts"/"Joined" read as speakers,
    posts' writers no speakers, "Re: …", signatures and forum chrome as sentences."""
    got = _add(cli, root, "phpbb-thread.html")
    assert facts(got) == ("Night sailing: who actually uses it?", "skerra_skipper",
                          "The Sound Forum", "2027-02-02")  # fmt: skip
    assert got["rows"] == [
        "Night sailing: who actually uses it?",
        "@skerra_skipper: The council says eleven a night.",
        "@skerra_skipper: I crew the boat two nights a week and that sounds right to me in winter.",
        "@skerra_skipper: In summer it is twice that.",
        "@skerra_skipper: Cutting it would be a mistake.",
        "@harbour_nurse: Cutting it would be a mistake.",
        "@harbour_nurse: It would end my job.",
        "@harbour_nurse: I finish at ten and the night boat is the only way home.",
        "@ledger_lad: Somebody has to say it: 100 a passenger is too much.",
        "@ledger_lad: Put the money into the morning boat that everyone needs.",
    ]
    old = _reader7(cli, root, "phpbb-thread.html")
    assert old["author"].startswith("Post by skerra_skipper »")
    assert any(r.startswith(("Posts: ", "Joined: ")) for r in old["rows"])


def test_a_preprint_page_reads_its_authors_and_keeps_its_comments(cli: Cli, root: str) -> None:
    """d13's preprint page: the author taken from the first comment's head, the comments
    dropped with no word, the outlet the server's host (og:site_name), not the preprint
    server the citation fields name."""
    got = _add(cli, root, "preprint-page.html")
    assert facts(got) == ("Night ferries and island depopulation: evidence from the North Isles",
                          "Anna Sinclair, Peter Flett", "SocArXiv", "2027-01-21")  # fmt: skip
    assert got["rows"][-4:] == [
        "Kirsty Bain: Four per cent is a lot for an island of three hundred people.",
        "Kirsty Bain: This is the strongest case I have seen for keeping the Skerra boat.",
        "Gordon Mackay: Your last sentence matters more than your headline.",
        "Gordon Mackay: Islands lose their night boat because people have already left.",
    ]
    assert not any(
        r.startswith(("Downloads", "Sinclair, A.", "Anna Sinclair,")) for r in got["rows"]
    )
    old = _reader7(cli, root, "preprint-page.html")
    assert old["author"] == "Kirsty Bain · 24 January 2027" and old["outlet"] == "OSF Preprints"
    assert not any("Kirsty" in r for r in old["rows"])


# -- page kinds no shipped page had ----------------------------------------------------


@pytest.mark.parametrize("name", ["substack-newsletter.eml", "substack-saved-as-text.txt"])
def test_an_email_saved_whole_reads_its_html_part_and_header(
    cli: Cli, root: str, name: str
) -> None:
    """A Substack post as the e-mail it came in (.eml, quoted-printable, multipart): the
    subject the title, "NAME from PUBLICATION" the author and outlet, the HTML part's text
    without "View in browser", buttons and footer; the same file saved as .txt too."""
    got = _add(cli, root, name)
    assert facts(got) == ("The night boat is a lifeline, not a luxury", "Ruth Galbraith",
                          "Island Lines", "2027-02-06")  # fmt: skip
    assert got["rows"][2] == (
        "Every night at twenty to eleven a boat leaves Harrowby for Skerra with, on average, "
        "eleven people on board."
    )
    assert not any("=" in r or "Content-Type" in r or "Unsubscribe" in r for r in got["rows"])
    assert not any(
        r in ("View in browser", "Leave a comment", "Subscribe now") for r in got["rows"]
    )
    old = _reader7(cli, root, "substack-saved-as-text.txt")
    assert any("Content-Transfer-Encoding" in r for r in old["rows"])


def test_readers_before_8_refuse_the_new_kinds_of_file(cli: Cli, root: str) -> None:
    code, _, err = cli(
        "add", str(PAGES / "podcast-episode.vtt"), "--reader", "7", "--project", root
    )
    assert code != 0 and "reader 7 does not read .vtt files (reader 8 does)" in err


@pytest.mark.parametrize("name", ["podcast-episode.vtt", "podcast-captions-saved-as-text.txt"])
def test_webvtt_captions_read_as_turns_of_their_voices(cli: Cli, root: str, name: str) -> None:
    got = _add(cli, root, name)
    assert got["title"] == "Sound Bites, episode 41: the night boat"
    assert got["rows"] == [
        "Ailsa Drever: Welcome to Sound Bites.",
        "Ailsa Drever: I'm Ailsa Drever, and this week it's the night ferry.",
        "Ailsa Drever: With me is councillor Neil Harcus.",
        "Neil Harcus: Thanks, Ailsa.",
        "Neil Harcus: I'll be straight with your listeners: I voted to review the sailing, "
        "because 410,000 a year for eleven passengers is hard to defend.",
        "Ailsa Drever: Eleven passengers who have no other way home, though.",
        "Neil Harcus: That's fair.",
        "Neil Harcus: If the operator can run it on demand, I'd keep it.",
    ]


def test_srt_captions_read_speaker_labels_and_drop_sounds(cli: Cli, root: str) -> None:
    got = _add(cli, root, "council-meeting-captions.srt")
    assert got["title"] == "Item six, the night sailing."
    assert got["rows"][2:6] == [
        "TAIT: Thank you, Chair.",
        "TAIT: The officers recommend withdrawing the 22:40.",
        "TAIT: I cannot support that.",
        "TAIT: Forty islanders use it every week.",
    ]
    assert not any("-->" in r or "applause" in r for r in got["rows"])


def test_an_atom_feed_reads_its_newest_entry(cli: Cli, root: str) -> None:
    got = _add(cli, root, "island-lines-feed.xml")
    assert facts(got) == ("What an on-demand night boat would cost", "Magnus Isbister",
                          "Island Lines", "2027-02-07")  # fmt: skip
    assert got["url"] == "https://islandlines.example/2027/02/on-demand-night-boat"
    assert got["rows"] == [
        "The operator offered the council an on-demand night sailing in 2024, and its price is "
        "in the committee papers: 140,000 a year, against 410,000 for the timetabled boat.",
        "That is not free, but it keeps a way home for shift workers.",
        "I think the council should take it.",
    ]


def test_a_feed_in_the_latin_1_its_xml_declaration_names_is_read(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    text = (PAGES / "island-lines-feed.xml").read_text(encoding="utf-8")
    text = text.replace('encoding="utf-8"', 'encoding="ISO-8859-1"')
    text = text.replace("shift workers", "shift workers at the café")
    page = tmp_path / "feed-latin-1.xml"
    page.write_bytes(text.encode("iso-8859-1"))
    got = add_page(cli, root, page)
    assert got["title"] == "What an on-demand night boat would cost"
    assert (
        got["rows"][1] == "That is not free, but it keeps a way home for shift workers at the café."
    )


def test_an_epub_chapter_reads_without_note_marks_or_page_breaks(cli: Cli, root: str) -> None:
    got = _add(cli, root, "chapter-07.xhtml")
    assert got["title"] == "Chapter 7. The Last Boat Home"
    assert got["rows"][0] == "The Last Boat Home"
    assert got["rows"][2] == (
        "When the council first proposed to cut the night sailing to Skerra, in 1998, the "
        "island lost a tenth of its working people within five years."
    )
    assert not any("Population estimates" in r for r in got["rows"])  # the footnote


def test_an_org_mode_note_reads_its_keywords_and_outline(cli: Cli, root: str) -> None:
    got = _add(cli, root, "ferry-notes.org")
    assert facts(got) == ("Notes on the night ferry review", "Ewan Rendall", "", "2027-02-08")
    assert "It is the only way home for shift workers at the hospital." in got["rows"]
    assert (
        "Islands that lost their night boat lost people: see Sinclair and Flett (2027)."
        in got["rows"]
    )
    assert "Ask the operator for a price for an on-demand sailing" in got["rows"]
    assert not any(
        r.startswith(("#+", ":", "SCHEDULED")) or "BEGIN_QUOTE" in r or ":ferries:" in r
        for r in got["rows"]
    )


def test_an_obsidian_note_reads_its_links_as_words(cli: Cli, root: str) -> None:
    got = _add(cli, root, "Night ferry debate.md")
    assert (got["title"], got["date"]) == ("Night ferry debate", "2027-02-03")
    assert got["rows"][1:4] == [
        "Related: Harrowby Council, Skerra, the 2027 budget",
        "Where I've landed",
        "Keep a night sailing, but on demand.",
    ]
    assert (
        "The council's case is money: the council pays 410,000 a year for a boat that carries "
        "eleven people a night." in got["rows"]
    )
    assert not any("[[" in r or "%%" in r or r == "#budget" for r in got["rows"])
    old = _reader7(cli, root, "Night ferry debate.md")
    assert any("[[Skerra]]" in r for r in old["rows"]) and "#budget" in old["rows"]


def test_a_record_of_a_sitting_reads_its_masthead_members_and_times(cli: Cli, root: str) -> None:
    got = _add(cli, root, "hansard-ferry-debate.txt")
    assert facts(got) == ("Night Ferry Services", "", "Harrowby Council", "2027-02-09")
    assert "Councillor Fiona Tait: I beg to move," in got["rows"]
    assert "Councillor Ishbel Munro: Will the Councillor give way?" in got["rows"]
    assert not any(r in ("18:34", "18:41", "Column 212", "Official Report") for r in got["rows"])
    old = _reader7(cli, root, "hansard-ferry-debate.txt")
    assert "18:34" in old["rows"] and old["title"] == "Harrowby Council"


def test_a_bluesky_thread_reads_each_post_with_its_writer(cli: Cli, root: str) -> None:
    got = _add(cli, root, "bluesky-thread.html")
    assert facts(got)[1:] == ("Ruth Galbraith", "Bluesky Social", "2027-02-06")
    assert got["title"].startswith("The council wants to cut the 22:40 boat to Skerra.")
    assert got["rows"][6:] == [
        "@mag-isbister.bsky.social: Agree on demand is worth pricing.",
        "@mag-isbister.bsky.social: But the 07:10 gets cancelled every winter and that hits far "
        "more people than the night boat does.",
        "@skerra-shop.bsky.social: Two of our staff get home on the night boat.",
        "@skerra-shop.bsky.social: We back keeping it.",
    ]
    old = _reader7(cli, root, "bluesky-thread.html")
    assert (
        "Magnus Isbister" in old["rows"] and old["title"] == "Ruth Galbraith (@ruthg.bsky.social)"
    )


def test_a_medium_article_reads_as_before(cli: Cli, root: str) -> None:
    """Medium (read since reader 5): reader 8 reads it as 7 did."""
    got = _add(cli, root, "medium-article.html")
    assert facts(got) == ("We should stop treating island ferries like bus routes",
                          "Magnus Isbister", "Northern Routes", "2027-02-04")  # fmt: skip
    assert got["rows"] == _reader7(cli, root, "medium-article.html")["rows"]
    assert got["rows"][-1] == "I would keep the night sailing, on demand if that is what it takes."
