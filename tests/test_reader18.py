"""Reader 18, the default of ``argmap add``: what debate36-38's builders found misread (a
hard-wrapped transcript's turns cut after their first line, "Q101 THE CHAIR" a new speaker
per question, sentences cut after "Sect." and "l.", a row of tick boxes read as its first
option, a chat message's sentences run together, a news script's clips running on, ...), on
pages written for these tests (tests/reader18/, Halsfjord and its bridge charge). Each test
shows what reader 17 reads of the same page, so that it fails under it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_pages import Cli, add_page

from argmap.readers import READER

PAGES = Path(__file__).parent / "reader18"


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def _both(cli: Cli, root: str, name: str) -> tuple[dict, dict]:
    """Tests/reader18/NAME as reader 17 and reader 18 (the default) add it."""
    stem = Path(name).stem
    seventeen = add_page(cli, root, PAGES / name, "--reader", "17", "--id", f"r17-{stem}")
    return seventeen, add_page(cli, root, PAGES / name, "--id", f"r18-{stem}")


def test_reader_18_is_the_default(cli: Cli, root: str) -> None:
    assert READER == 18
    assert _both(cli, root, "halsfjord-model-review.txt")[1]["reader"] == 18


def test_a_hard_wrapped_hearing_reads_each_turn_whole_and_its_members_by_name(
    cli: Cli, root: str
) -> None:
    """A committee's evidence as pdftotext gives it: reader 17 cut every turn after its
    first line ("… every car that" / "crosses the bridge …"), named the chair anew at each
    question ("Q12 THE CHAIR", "Q14 THE CHAIR"), kept the page foot as a sentence and read
    the witness list's first line as nothing, unreported."""
    seventeen, eighteen = _both(cli, root, "halsfjord-bridge-hearing.txt")
    assert "Q12 THE CHAIR: The order would charge every car that" in seventeen["rows"]
    assert "DR ARNTZEN: Every" in seventeen["rows"]
    rows = eighteen["rows"]
    assert (
        "THE CHAIR: The order would charge every car that crosses the bridge at peak hours, "
        "and the council says it will cut the queues by a third." in rows
    )
    assert (
        "DR ARNTZEN: Every bridge charge I have studied cut peak traffic at once, because "
        "people moved their trips by half an hour." in rows
    )
    assert "THRANE: So we could be charging my constituents for a queue that comes back by 2030?" in rows  # fmt: skip
    assert "THE CHAIR: We will write to the cabinet member with what we have heard." in rows
    assert {row.split(":")[0] for row in rows if ":" in row} >= {"THE CHAIR", "VIK", "TOR HAGEN"}
    assert not any(row.startswith("Q1") or "not for quotation" in row for row in rows)
    assert not any("University; TOR HAGEN" in row for row in rows)
    assert eighteen["left_out"] == [
        "Witnesses: DR SOLVEIG ARNTZEN, Senior Lecturer in Transport Economics, Halsfjord "
        "University; TOR HAGEN, Managing Director, Hagen Haulage."
    ]


def test_abbreviations_that_number_or_go_on_end_no_sentence(cli: Cli, root: str) -> None:
    """A referee's report: reader 17 ended sentences at "Sect.", "s.", "Figs.", "incl.",
    "K.L.-M." and "l." and began the next with the number or the words after them."""
    seventeen, eighteen = _both(cli, root, "halsfjord-model-review.txt")
    assert "The demand model in Sect." in seventeen["rows"]
    assert "on the ferry road, which the summary does not say." in seventeen["rows"]
    rows = eighteen["rows"]
    assert (
        "The demand model in Sect. 3 is careful, and the elasticities the authors take from the "
        "Tromvik charge seem, if anything, low." in rows
    )
    assert (
        "The authors' own comparison (see s. 14 of the Charging Order and Figs. 2-3) shows that "
        "the queue returns within four years, incl. on the ferry road, which the summary does "
        "not say." in rows
    )
    assert "Thanks are due to K.L.-M. for the traffic counts." in rows
    assert "l. 140: please give the count's date." in rows
    assert len(rows) == len(seventeen["rows"]) - 6


def test_a_row_of_tick_boxes_is_the_option_ticked(cli: Cli, root: str) -> None:
    """ "[ ] Yes   [X] No   [ ] Don't know": reader 17 dropped the first box and read "Yes
    [X] No …", the first option as if ticked; a row with nothing ticked was a sentence."""
    seventeen, eighteen = _both(cli, root, "halsfjord-charge-response-form.txt")
    assert "Yes [X] No [ ] Don't know" in seventeen["rows"]
    rows = eighteen["rows"]
    assert rows[rows.index("Q2. Should goods vehicles pay the charge?") + 1] == "No"
    assert "Partly agree" in rows
    assert not any("[X]" in row or "[ ]" in row for row in rows)
    assert rows[-1] == "Q3. Should the charge apply at weekends?"  # nothing ticked: no answer


def test_a_chat_messages_sentences_are_cut_though_its_last_has_no_stop(cli: Cli, root: str) -> None:
    """Chat messages written in lower case without a last full stop: reader 17 read each
    as one sentence, like a title ("charge the tourists not us. my van crosses …")."""
    seventeen, eighteen = _both(cli, root, "halsfjord-bridge-stream-chat.txt")
    assert (
        "@halsfjord_haulier: charge the tourists not us. my van crosses 40 times a day. do the "
        "maths" in seventeen["rows"]
    )
    rows = eighteen["rows"]
    assert rows[rows.index("@halsfjord_haulier: charge the tourists not us.") :][:3] == [
        "@halsfjord_haulier: charge the tourists not us.",
        "@halsfjord_haulier: my van crosses 40 times a day.",
        "@halsfjord_haulier: do the maths",
    ]
    assert "@cyclist_kari: no lane without it, simple as" in rows
    # the page's title line, nobody's, stays one sentence
    assert rows[0] == "Fjord bridge charge: live council stream, chat replay"


def test_a_podcast_transcripts_timed_heads_are_no_sentences(cli: Cli, root: str) -> None:
    """ "Sigrid Aas: 00:03" on its own line heads a turn: reader 17 kept each time as a
    sentence of the speaker's."""
    seventeen, eighteen = _both(cli, root, "halsfjord-commute-podcast.txt")
    assert "Sigrid Aas: 00:03" in seventeen["rows"]
    rows = eighteen["rows"]
    assert not any(row.endswith(("00:03", "00:19", "00:41", "00:44")) for row in rows)
    assert "Ola Brekke: Charging people to sit in it does not add a lane." in rows
    assert "Sigrid Aas: But the charge pays for a bus lane." in rows


def test_a_news_scripts_clips_cues_and_slugs(cli: Cli, root: str) -> None:
    """A radio bulletin's script: reader 17 gave the reporter's words after "CUE:" to "CUE",
    everything after the last clip to the clip's voice, and kept the item slugs and timing
    lines as sentences; the head line "Editor: …" was a speaker."""
    seventeen, eighteen = _both(cli, root, "halsfjord-bulletin-script.txt")
    assert "TOR HAGEN: Mats Berg, Fjord Radio News, Halsfjord." in seventeen["rows"]
    assert "Editor: K. Solberg Reader: Ingrid Lie Dur: 3'40\"" in seventeen["rows"]
    rows = eighteen["rows"]
    assert "MATS BERG: A haulier, Tor Hagen, says the charge would come out of his drivers' pay." in rows  # fmt: skip
    assert "TOR HAGEN: You do the sums." in rows
    assert "MATS BERG: Mats Berg, Fjord Radio News, Halsfjord." in rows
    assert (
        "INGRID LIE (READER): Three schools in Halsfjord will have their roofs repaired before "
        "the summer." in rows
    )
    assert not any("ITEM" in row or "DUR " in row or "CUE" in row for row in rows)
    assert "Editor: K. Solberg Reader: Ingrid Lie Dur: 3'40\"" in rows  # the head, nobody's


def test_a_journal_clubs_pseudonymous_commenters_speak_their_comments(cli: Cli, root: str) -> None:
    """PubPeer's commenters go by a genus and a species ("Anser fabalis"): reader 17 kept
    each name as a sentence and gave the critic's comment to the author who had answered
    before it."""
    seventeen, eighteen = _both(cli, root, "halsfjord-journal-club.html")
    assert "Solveig Arntzen: The bus lane takes one of the bridge's two lanes." in seventeen["rows"]
    assert "Anser fabalis:" in seventeen["rows"]
    rows = eighteen["rows"]
    assert "Corvus cornix: The bus lane takes one of the bridge's two lanes." in rows
    assert "Larus canus: Please change the summary." in rows
    assert (
        "Anser fabalis: A fifth is still a real cut, and I would be glad to see it tested." in rows
    )
    assert "Per Dahl: We do not count it twice: the lane's capacity is taken off the bridge's in Table 2." in rows  # fmt: skip
    assert not any(row.endswith(":") for row in rows)


def test_an_interviews_marked_questions_and_answers_are_the_two_voices(cli: Cli, root: str) -> None:
    """``<p class="q">`` and ``<p class="a">``: reader 17 gave the questions and the
    answers to nobody; the interviewee is the person the lead names."""
    seventeen, eighteen = _both(cli, root, "halsfjord-interview.html")
    assert "It would." in seventeen["rows"]
    rows = eighteen["rows"]
    assert "Mari Solheim (interviewer): Would an exemption for goods vehicles change your mind?" in rows  # fmt: skip
    assert "Tor Hagen: Take the vans out and I would support the charge tomorrow." in rows
    assert "Tor Hagen: Nobody has explained that to me." in rows
    assert "We met in his office above the yard." in rows  # the lead: the writer's, nobody's
    assert rows[-1] == "Mari Solheim is Fjord Weekly's transport reporter."  # the bio, nobody's


def test_a_minutes_numbered_paragraphs_report_their_members(cli: Cli, root: str) -> None:
    """ "2.2 Dr Moen said that…", "The Chair recalled…", "In reply, Dr Moen said…": reader
    17 read none of them as the member's turn (the paragraph's number, a verb it did not
    know, an opening phrase)."""
    seventeen, eighteen = _both(cli, root, "halsfjord-harbour-board-minutes.md")
    assert "He was concerned that a full ferry would be the next queue." in seventeen["rows"]
    rows = eighteen["rows"]
    assert "Anders Lie: 2.1 The Chair recalled that the council had asked the Board for its view on the charge before 20 March." in rows  # fmt: skip
    assert "Hilde Moen: She considered that the Board should support it." in rows
    assert "Even Berg: He was concerned that a full ferry would be the next queue." in rows
    assert "Hilde Moen: 2.4 In reply, Dr Moen said that two extra sailings could be added at no cost to the Board." in rows  # fmt: skip
    assert "The Board agreed that this did not prevent him from taking part." in rows  # nobody's
    assert "2.5 The Board agreed to support the charge, with two extra sailings at peak hours." in rows  # fmt: skip


def test_an_smf_threads_posts_and_quotes_are_their_writers(cli: Cli, root: str) -> None:
    """An SMF forum (``div.poster``, ``div.keyinfo``): reader 17 kept each poster's name,
    member group and "« Reply #1 on: … »" as sentences, no post had a speaker, and a
    quote was glued to its header."""
    seventeen, eighteen = _both(cli, root, "halsfjord-forum-thread.html")
    assert "Quote from: FerryRoadFrida on 6 March 2028, 19:02:11Charge it." in seventeen["rows"]
    assert eighteen["rows"] == [
        "Bridge charge - yes or no?",
        "@FerryRoadFrida: I sit in that queue every morning.",
        "@FerryRoadFrida: Charge it.",
        "@FerryRoadFrida: Charge it.",  # quoted by VanManVidar: her words
        "@VanManVidar: Easy to say when you can leave at ten.",
        "@VanManVidar: My van has to be at the shops by eight.",
        "@FerryRoadFrida: Then the vans should be exempt.",
        "@FerryRoadFrida: Everyone else can pay.",
    ]
    assert eighteen["date"] == seventeen["date"] == "2028-03-06"


def test_a_reading_apps_page_is_the_publications(cli: Cli, root: str) -> None:
    """Pages saved from PressReader and Instapaper: reader 17 took the app for the outlet
    ("PressReader"), the section label for the author ("Region") or the read time for the
    outlet ("6 min"), and kept the app's and the issue's prefixes in the title."""
    seventeen, eighteen = _both(cli, root, "halsfjord-pressreader-article.html")
    assert (seventeen["outlet"], seventeen["author"]) == ("PressReader", "Region")
    assert (eighteen["title"], eighteen["author"], eighteen["outlet"], eighteen["date"]) == (
        "Hauliers ask for bridge exemption",
        "Ingeborg Vang",
        "Fjord Tidende",
        "2028-03-09",
    )
    seventeen, eighteen = _both(cli, root, "halsfjord-instapaper-essay.html")
    assert (seventeen["title"], seventeen["outlet"]) == (
        "Instapaper: Charge the bridge, run the ferry",
        "6 min",
    )
    assert (eighteen["title"], eighteen["author"], eighteen["outlet"]) == (
        "Charge the bridge, run the ferry",
        "Hilde Moen",
        "fjordreview.example",
    )


def test_a_matrix_reply_is_not_the_message_it_quotes(cli: Cli, root: str) -> None:
    """An Element export: reader 17 gave the quote a reply repeats (Ragna's words) to the
    replier, kept the export's notice as a sentence and "Exported Data - " in the title."""
    seventeen, eighteen = _both(cli, root, "halsfjord-commuters-matrix-export.html")
    assert "Eirik: charge the bridge and be done with it" in seventeen["rows"]
    assert seventeen["title"] == "Exported Data - Ferry Road Commuters"
    assert eighteen["title"] == "Ferry Road Commuters"
    assert eighteen["rows"] == [
        "Ragna: queue at the ferry road again.",
        "Ragna: charge the bridge and be done with it",
        "Eirik: and pay nine kroner to sit in the same queue? no thanks",
        "Ragna: the queue would be shorter.",
        "Ragna: that is the whole point",
    ]


def test_a_jats_articles_xml_is_read_as_the_article(cli: Cli, root: str) -> None:
    """A journal's JATS download (``.xml``): reader 17 read it as plain text, tags and all
    (its title ``<?xml version="1.0" …?>``); reader 18 reads the article: title, author,
    journal, date, sections, references one a line, no citation marks."""
    seventeen, eighteen = _both(cli, root, "halsfjord-bridge-perspective.xml")
    assert seventeen["title"] == '<?xml version="1.0" encoding="UTF-8"?>'
    assert (eighteen["title"], eighteen["author"], eighteen["outlet"], eighteen["date"]) == (
        "Charging a full bridge: who waits, and who pays",
        "Solveig Arntzen",
        "Nordic Transport Review",
        "2028-03-02",
    )
    rows = eighteen["rows"]
    assert "Every bridge charge studied so far cut peak traffic in its first year." in rows
    assert (
        "The cut came from trips moved by half an hour, which vans delivering to shops cannot "
        "do (see Sect. 2)." in rows
    )
    assert rows[-2:] == [
        "Lie A, Moen H. Bridge charges and the first year. Transp Rev. 2025;45:101-19.",
        "Halsfjord County Council. Fjord Bridge Charging Order: impact note. Council paper; 2028.",
    ]
    assert not any("<" in row for row in rows)


def test_a_fundraisers_supporters_speak_their_messages(cli: Cli, root: str) -> None:
    """A crowdfunding page's words of support, each under "NAME AMOUNT kr": reader 17 kept
    each head as a sentence and gave the messages nobody."""
    seventeen, eighteen = _both(cli, root, "halsfjord-bus-lane-fundraiser.html")
    assert "Kari Aune 500 kr" in seventeen["rows"]
    rows = eighteen["rows"]
    assert "Kari Aune: A lane now is worth more than a lane in 2030." in rows
    assert "Anonymous: Moving the queue is not." in rows
    assert "Halsfjord Bakeries: Our vans would use a lane too, if the council lets them." in rows
    assert "61,400 kr raised of 150,000 kr goal" in rows  # the progress line: nobody's
    assert not any(row.endswith(" kr") and ":" in row for row in rows)


def test_an_open_reviews_report_and_reply_are_their_writers(cli: Cli, root: str) -> None:
    """An open review's discussion page (Copernicus style, "RC1: 'Comment on …', Anonymous
    Referee #1, 20 Mar 2028"): reader 17 gave the report and the authors' reply nobody,
    read the paper's authors as the page's, and kept the discussion tree, the comment's
    head line and its citation as sentences."""
    seventeen, eighteen = _both(cli, root, "halsfjord-open-review-rc1.html")
    assert seventeen["author"] == "Solveig Arntzen, Per Dahl"
    assert "Major revision." in seventeen["rows"]
    assert eighteen["author"] == "Anonymous Referee #1"
    rows = eighteen["rows"]
    assert "Anonymous Referee (#1): Major revision." in rows
    assert "Anonymous Referee (#1): On a two-lane bridge a bus lane takes a lane away from cars." in rows  # fmt: skip
    assert "Solveig Arntzen: We thank the referee." in rows
    assert not any(row.startswith(("AC1:", "Citation:", "Referee comment")) for row in rows)


def test_an_address_inside_a_paragraph_is_no_salutation(cli: Cli, root: str) -> None:
    """ "To the hauliers, I say this: …" opening a paragraph of an op-ed: reader 17 cut it
    after the comma, like a letter's "To the Members of the Assembly,"."""
    seventeen, eighteen = _both(cli, root, "halsfjord-gp-op-ed.md")
    assert "To the hauliers," in seventeen["rows"]
    assert (
        "To the hauliers, I say this: your vans are the queue's victims, not its cause, and an "
        "exemption is fair." in eighteen["rows"]
    )
    assert (
        "To the council, I would ask one thing: measure the queue before and after, and "
        "publish it." in eighteen["rows"]
    )


def test_an_irc_logs_messages_are_their_nicks(cli: Cli, root: str) -> None:
    """An IRC log ("20:02 <kari_a> …"): reader 17 read every line, joins and quits too, as
    nobody's sentences with the time and the nick in them."""
    seventeen, eighteen = _both(cli, root, "halsfjord-cyclists-irc.log.txt")
    assert not any(row.startswith("@") for row in seventeen["rows"])
    rows = eighteen["rows"]
    assert "@kari_a: lorries are 4% of the crossings at peak." in rows
    assert "@mats_b: ok, exempt them both and charge the rest" in rows
    assert "@mats_b: exemption for vans, fine." in rows
    assert not any("has joined" in row or "has quit" in row or "Log " in row for row in rows)
    assert not any("checks the council paper" in row for row in rows)


def test_a_statements_key_points_box_is_read(cli: Cli, root: str) -> None:
    """``<aside class="key-points">``: reader 17 dropped it with the side columns, and with
    it the statement's own summary; a side column of news is still dropped."""
    seventeen, eighteen = _both(cli, root, "halsfjord-chamber-position.html")
    point = "The Chamber supports a peak-hour charge on the bridge if goods vehicles are exempt."
    assert point not in seventeen["rows"]
    rows = eighteen["rows"]
    assert point in rows
    assert "The Chamber does not support a charge on goods vehicles, which cannot move their trips." in rows  # fmt: skip
    assert not any("Chamber dinner" in row for row in rows)


def test_a_threads_posted_by_byline_is_its_author(cli: Cli, root: str) -> None:
    """Tildes' "posted by NAME" byline: reader 17 read no author."""
    seventeen, eighteen = _both(cli, root, "halsfjord-tildes-topic.html")
    assert seventeen["author"] == ""
    assert eighteen["author"] == "fjord_commuter"
