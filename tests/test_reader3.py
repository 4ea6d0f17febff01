"""Reader 3 (``argmap add --reader 3``, the default): what a new user's own articles look
like once added. Markdown tables read as their cells, a memo's header and an "Authors:"
line are metadata, a transcript's ``NAME:`` labels are the speakers of the turns, adjacent
HTML inline elements stay apart, and a WordPress page gives its byline and site name. The
reader is recorded with the source, so a source added before (or with ``--reader 2``) is
cut into the same sentences as before."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

Cli = Callable[..., tuple[int, str, str]]

MEMO = """\
From: Westmarch Association of School Leaders, policy committee
To: Ministry of Education, schools consultation team
Subject: Consultation response on phone-free schools
Date: 12 May 2026

We share the ministry's concern about phones in lessons.

Our survey of members puts the first-year cost at more than double the grant.

| item | cost per pupil, first year |
|---|---|
| pouches or lockers | £14 |
| staff time at the gate | £6 |

We are not arguing that phones should be allowed back into lessons.
"""

TRANSCRIPT = """\
# The Staffroom, episode 112 (transcript)

Recorded 22 April 2026. Host: Nadia Brennan.

NADIA BRENNAN: Welcome back. This week, the phone ban.

**MARCUS FELD:** I meant that it answers adults' anxiety. Schools should teach use instead.

JOANNE ACHEBE: We have had the ban for a year, and I would not go back.

The evidence for the breaks is in our playground.

NADIA BRENNAN: Let's talk about safety.
"""

BRIEF = """\
# Phones in school: what the evidence can tell us

*Policy brief 2026/07 · Institute for Learning Policy · April 2026 · Authors: Dr Ines Marchetti and Tom Alder*

The ban rests on evidence that is suggestive but far from settled.
"""

WORDPRESS = """\
<!DOCTYPE html><html><head>
<title>Why I stopped worrying and signed the pledge &#8211; Notes from the School Run</title>
</head><body>
<header class="site-header"><div class="site-branding">
<p class="site-title"><a href="/">Notes from the School Run</a></p></div></header>
<main id="main"><article class="post">
<header class="entry-header">
<h1 class="entry-title">Why I stopped worrying and signed the pledge</h1>
<div class="entry-meta"><span class="posted-on">April 20, 2026</span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/claire">Claire Dunning</a></span></span></div>
</header>
<div class="entry-content">
<p>Two years ago I would have told you a phone was the best safety device money could buy.</p>
<div class="contributor"><span>Leon Carver</span><span>Education and family reporter</span></div>
<p>I have changed my <em>mind</em>s and this week the ministry has too.</p>
</div></article></main></body></html>
"""


def _add(cli: Cli, root: str, path: Path, *extra: str) -> dict:
    """``argmap add`` with reader 3 (what these tests are about; reader 4 is the default
    since, tests/test_reader4.py), unless ``extra`` names another."""
    reader = () if "--reader" in extra else ("--reader", "3")
    code, out, err = cli("add", str(path), "--json", "--project", root, *reader, *extra)
    assert code == 0, err
    return json.loads(out)[0]


def _sentences(cli: Cli, root: str, sid: str) -> list[dict]:
    code, out, err = cli("sentences", sid, "--json", "--project", root)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    code, _, err = cli(
        "codebook",
        "add-question",
        "cost",
        "--label",
        "Cost",
        "--text",
        "What does it cost?",
        "--project",
        path,
    )
    assert code == 0, err
    return path


def test_a_memo_header_is_metadata_and_a_table_reads_as_its_cells(
    tmp_path: Path, cli: Cli, root: str
) -> None:
    memo = tmp_path / "wasl-response.md"
    memo.write_text(MEMO, encoding="utf-8")
    added = _add(cli, root, memo)
    assert added["title"] == "Consultation response on phone-free schools"
    assert added["author"] == "Westmarch Association of School Leaders, policy committee"
    assert added["date"] == "2026-05-12"
    assert added["reader"] == 3
    texts = [s["text"] for s in _sentences(cli, root, added["id"])]
    assert texts == [
        "We share the ministry's concern about phones in lessons.",
        "Our survey of members puts the first-year cost at more than double the grant.",
        "item · cost per pupil, first year",
        "pouches or lockers · £14",
        "staff time at the gate · £6",
        "We are not arguing that phones should be allowed back into lessons.",
    ]
    # a table row is annotated as it reads, and listed so
    code, out, err = cli(
        "annotate",
        "--annotator",
        "ana",
        added["id"],
        "--sentence",
        "s0004",
        "--stance",
        "for",
        "-q",
        "cost",
        "--project",
        root,
    )
    assert code == 0, err
    code, out, err = cli("claims", "--json", "--project", root)
    assert [c["quote"] for c in json.loads(out)] == ["pouches or lockers | £14"]
    code, out, err = cli("export", "--format", "markdown", "--project", root)
    assert code == 0, err
    assert "pouches or lockers · £14" in out and "| pouches or lockers |" not in out


def test_reader_2_reads_a_memo_as_before(tmp_path: Path, cli: Cli, root: str) -> None:
    memo = tmp_path / "wasl-response.md"
    memo.write_text(MEMO, encoding="utf-8")
    added = _add(cli, root, memo, "--reader", "2")
    assert "reader" not in added and added["author"] == ""
    texts = [s["text"] for s in _sentences(cli, root, added["id"])]
    assert texts[0].startswith("From: Westmarch")
    assert "| pouches or lockers | £14 |" in texts
    # the same words added again with reader 3: cut otherwise, each as its reader says
    again = _add(cli, root, memo, "--force", "--id", "memo-3")
    assert again["reader"] == 3
    assert len(_sentences(cli, root, "memo-3")) == 6
    assert len(_sentences(cli, root, added["id"])) == len(texts)
    meta = json.loads((Path(root) / "seeds" / f"{added['id']}.meta.json").read_text())
    assert "reader" not in meta  # the file of a source read as before is as before


def test_a_transcripts_labels_are_the_speakers_not_words_of_the_turn(
    tmp_path: Path, cli: Cli, root: str
) -> None:
    path = tmp_path / "staffroom.md"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    added = _add(cli, root, path)
    rows = [(s.get("speaker", ""), s["text"]) for s in _sentences(cli, root, added["id"])]
    assert rows == [
        ("", "The Staffroom, episode 112 (transcript)"),
        ("", "Recorded 22 April 2026."),
        ("", "Host: Nadia Brennan."),
        ("NADIA BRENNAN", "Welcome back."),
        ("NADIA BRENNAN", "This week, the phone ban."),
        ("MARCUS FELD", "I meant that it answers adults' anxiety."),
        ("MARCUS FELD", "Schools should teach use instead."),
        ("JOANNE ACHEBE", "We have had the ban for a year, and I would not go back."),
        ("JOANNE ACHEBE", "The evidence for the breaks is in our playground."),
        ("NADIA BRENNAN", "Let's talk about safety."),
    ]
    code, out, err = cli("sentences", added["id"], "--project", root)
    assert code == 0, err
    assert "speaker" in out and "JOANNE ACHEBE" in out
    # what the user annotates is the sentence, without the label
    code, _, err = cli(
        "annotate",
        "--annotator",
        "ana",
        added["id"],
        "--sentence",
        "s0006",
        "--stance",
        "against",
        "-q",
        "cost",
        "--project",
        root,
    )
    assert code == 0, err
    code, out, _ = cli("claims", "--json", "--project", root)
    assert json.loads(out)[0]["quote"] == "I meant that it answers adults' anxiety."
    # the reports say who said it
    code, out, err = cli("export", "--format", "markdown", "--project", root)
    assert code == 0, err
    assert "“I meant that it answers adults' anxiety.” — MARCUS FELD in The Staffroom" in out
    code, out, err = cli("export", "--format", "html", "--project", root)
    assert code == 0, err
    assert "<b>MARCUS FELD</b> · The Staffroom" in out


def test_an_authors_part_of_a_dateline_is_the_author(tmp_path: Path, cli: Cli, root: str) -> None:
    path = tmp_path / "ilp-brief.md"
    path.write_text(BRIEF, encoding="utf-8")
    assert _add(cli, root, path)["author"] == "Dr Ines Marchetti and Tom Alder"
    assert _add(cli, root, path, "--reader", "2", "--id", "old")["author"] == ""


def test_a_wordpress_page_gives_its_byline_site_and_apart_inline_elements(
    tmp_path: Path, cli: Cli, root: str
) -> None:
    page = tmp_path / "parent-blog.html"
    page.write_text(WORDPRESS, encoding="utf-8")
    added = _add(cli, root, page)
    assert added["title"] == "Why I stopped worrying and signed the pledge"
    assert added["author"] == "Claire Dunning"
    assert added["outlet"] == "Notes from the School Run"
    texts = [s["text"] for s in _sentences(cli, root, added["id"])]
    assert "Leon Carver Education and family reporter" in texts
    assert "I have changed my minds and this week the ministry has too." in texts
    old = _add(cli, root, page, "--reader", "2", "--id", "old")
    assert old["title"].endswith("– Notes from the School Run") and old["author"] == ""
    assert "Leon CarverEducation and family reporter" in [
        s["text"] for s in _sentences(cli, root, "old")
    ]


SUBSTACK = """\
<html><head><title>Night shifts and the charge</title></head><body>
<article class="typography newsletter-post post">
<h1 class="post-title">Night shifts and the charge</h1>
<div class="available-content"><p>I drive a minicab five nights a week.</p>
<p>The charge will cost me eighty pounds a month.</p></div>
</article>
<div class="footer-wrap"><p>© 2026 Priya Nandakumar · Privacy · Terms</p></div>
</body></html>
"""

COUNCIL = """\
<html><head><title>Full council – minutes</title></head><body>
<div id="header"><a href="/">Riverside Council</a>
<ul class="nav-primary"><li><a href="/bins">Bins and recycling</a></li>
<li><a href="/tax">Council tax</a></li></ul></div>
<div id="content">
<h1>Full council, 12 November 2026: congestion charge</h1>
<div class="mgToolbar">Print this page | Download PDF (412KB) | Watch the webcast</div>
<p><strong>The Lord Mayor:</strong> Item five, the congestion charge.</p>
<p><strong>Cllr Ann Peel (Harlow Fields, Conservative):</strong> Thank you. The charge is a tax on work.</p>
<p><strong>Cllr Tom Obi (Castle, Labour):</strong> It is not. It pays for buses.</p>
<p><strong>The Lord Mayor:</strong> We move to the vote.</p>
</div>
<div id="footer"><p>Accessibility</p><p>Privacy and cookies</p><p>Town Hall, Riverside</p></div>
</body></html>
"""


def test_a_substack_article_and_a_council_page_keep_the_text_not_the_chrome(
    tmp_path: Path, cli: Cli, root: str
) -> None:
    post = tmp_path / "longshift.html"
    post.write_text(SUBSTACK, encoding="utf-8")
    texts = [s["text"] for s in _sentences(cli, root, _add(cli, root, post)["id"])]
    assert texts == [
        "Night shifts and the charge",
        "I drive a minicab five nights a week.",
        "The charge will cost me eighty pounds a month.",
    ]
    # reader 2 took the class "newsletter-post" for a newsletter box: the article was lost
    old = _add(cli, root, post, "--reader", "2", "--id", "old-post")
    assert "I drive a minicab five nights a week." not in [
        s["text"] for s in _sentences(cli, root, old["id"])
    ]
    page = tmp_path / "council.html"
    page.write_text(COUNCIL, encoding="utf-8")
    rows = [(s.get("speaker", ""), s["text"]) for s in _sentences(cli, root, _add(cli, root, page)["id"])]  # fmt: skip
    assert rows == [
        ("", "Full council, 12 November 2026: congestion charge"),
        ("The Lord Mayor", "Item five, the congestion charge."),
        ("Cllr Ann Peel (Harlow Fields, Conservative)", "Thank you."),
        ("Cllr Ann Peel (Harlow Fields, Conservative)", "The charge is a tax on work."),
        ("Cllr Tom Obi (Castle, Labour)", "It is not."),
        ("Cllr Tom Obi (Castle, Labour)", "It pays for buses."),
        ("The Lord Mayor", "We move to the vote."),
    ]


def test_datelines_bylines_senders_and_headings_of_markdown_notes(
    tmp_path: Path, cli: Cli, root: str
) -> None:
    brief = tmp_path / "cum-briefing.md"
    brief.write_text(
        "# Charging for roads. What the cities found\n\n"
        "**Centre for Transport Studies · Briefing paper 14 · November 2026**\n\n"
        "Traffic fell in every city that charged.\n",
        encoding="utf-8",
    )
    added = _add(cli, root, brief)
    assert added["date"] == "2026-11"
    assert added["title"] == "Charging for roads. What the cities found"
    texts = [s["text"] for s in _sentences(cli, root, added["id"])]
    assert texts[0] == "Charging for roads. What the cities found"  # one sentence
    memo = tmp_path / "chamber-memo.md"
    memo.write_text(
        "**From:** Sunita Rao, Chief Executive, Riverside Chamber of Commerce\n"
        "**To:** Members of the Chamber\n"
        "**Date:** 3 Dec 2026\n\n"
        "The charge will cost our members dearly.\n",
        encoding="utf-8",
    )
    added = _add(cli, root, memo)
    assert (added["author"], added["outlet"], added["date"]) == (
        "Sunita Rao",
        "Riverside Chamber of Commerce",
        "2026-12-03",
    )
    talk = tmp_path / "interview.md"
    talk.write_text(
        "Riverside Life, December 2026\nInterview by Sam Ferreira\n\n"
        "The charge starts in March. Posted Nov 24, 2026.\n",
        encoding="utf-8",
    )
    assert _add(cli, root, talk)["author"] == "Sam Ferreira"
    old = _add(cli, root, brief, "--reader", "2", "--id", "old-brief")
    assert old["date"] == "" and old["title"] == "Charging for roads. What the cities found"
    assert _sentences(cli, root, "old-brief")[0]["text"] == "Charging for roads."


def test_a_sentences_template_is_filled_in_and_imported(
    tmp_path: Path, cli: Cli, root: str
) -> None:
    path = tmp_path / "staffroom.md"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    sid = _add(cli, root, path)["id"]
    code, out, err = cli("sentences", sid, "--tsv", "--project", root)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split("\t") == [
        "source", "sentence", "speaker", "text", "file",
        "stance", "questions", "kind", "note", "voice", "label", "supports", "attacks",
    ]  # fmt: skip
    assert lines[6].split("\t")[:4] == [sid, "s0006", "MARCUS FELD", "I meant that it answers adults' anxiety."]  # fmt: skip
    # the annotator fills in two sentences and links them; the other rows stay blank
    filled = []
    for line in lines:
        cells = line.split("\t")
        if cells[1] == "s0006":
            cells[5:11] = ["against", "cost", "claim", "", "", "F1"]
        if cells[1] == "s0007":
            cells[5:13] = ["against", "cost", "evidence", "his reason", "", "F2", "F1", ""]
        filled.append("\t".join(cells))
    todo = tmp_path / "todo.tsv"
    todo.write_text("\n".join(filled) + "\n", encoding="utf-8")
    code, out, err = cli("import", str(todo), "--annotator", "ana", "--project", root)
    assert code == 0, err
    assert "imported 2 annotations as ana: 2 new" in out and "1 links added" in out
    assert "8 rows left blank" in out
    code, out, _ = cli("claims", "--json", "--project", root)
    claims = {c["sentence"]: c for c in json.loads(out)}
    assert sorted(claims) == ["s0006", "s0007"] and claims["s0007"]["kind"] == "evidence"
