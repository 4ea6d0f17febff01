"""Reader 4 (``argmap add``'s default): a text's head and foot read as metadata, not as
sentences, and web pages of more kinds read clean. Each test reproduces, on a text of its
own, what an engineer building a debate from an empty folder met (the friction lists of
last session, /work/notes/prev/d4-friction.md and d5-friction.md, and this session's d6
and d7). A source added with reader 3 or earlier is read as before, its metadata too."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from argmap import corpus

Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def _add(cli: Cli, root: str, tmp_path: Path, name: str, text: str, *extra: str) -> dict:
    """Add ``text`` as file ``name``: its metadata and its sentences as (speaker, text)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    pinned = extra if "--reader" in extra else ("--reader", "4", *extra)
    code, out, err = cli("add", str(path), "--json", "--project", root, *pinned)
    assert code == 0, err
    meta = json.loads(out)[0]
    code, out, err = cli("sentences", meta["id"], "--json", "--project", root)
    assert code == 0, err
    meta["rows"] = [(s.get("speaker", ""), s["text"]) for s in json.loads(out)]
    return meta


OPED = """\
# Our river has done its job. Let it rest

*The Valley Ledger · Comment · 20 November 2026*

*Dr Ingrid Holm is a hydrologist and a former adviser to the water regulator.*

I have defended the dam for most of my working life. It is time to let it go.
"""


def test_an_op_eds_italic_dateline_gives_the_outlet_and_its_bio_the_author(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    """d4 4, d5 4, d6 4: the outlet in an italic dateline and the author in an italic bio
    were not read, and both lines came in as sentences."""
    got = _add(cli, root, tmp_path, "oped.md", OPED)
    assert (got["author"], got["outlet"], got["date"]) == (
        "Ingrid Holm", "The Valley Ledger", "2026-11-20",
    )  # fmt: skip
    assert got["reader"] == 4
    assert [t for _, t in got["rows"]] == [
        "Our river has done its job. Let it rest",
        "I have defended the dam for most of my working life.",
        "It is time to let it go.",
    ]
    # reader 3, as before: the outlet and author unread, the two lines sentences
    old = _add(cli, root, tmp_path, "oped.md", OPED, "--reader", "3", "--id", "old")
    assert (old["author"], old["outlet"], old["reader"]) == ("", "", 3)
    assert len(old["rows"]) == 5


BRIEFING = """\
# Rivers after 2030: what the evidence can tell us

**Institute for Mountain Research, University of Marbrück · Policy Brief 2026/4 · October 2026**

Lena Graf and Tomas Weber

## Summary

The dam holds back less silt than it did. This brief does not recommend an answer.
"""


def test_a_briefings_bold_dateline_and_bare_author_line(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    """d4 3 and 11, d5 5, d6 4, d7 g: the outlet in a bold dateline and a bare line of
    authors' names under the title were not read; both came in as sentences."""
    got = _add(cli, root, tmp_path, "brief.md", BRIEFING)
    assert got["outlet"] == "Institute for Mountain Research, University of Marbrück"
    assert (got["author"], got["date"]) == ("Lena Graf, Tomas Weber", "2026-10")
    assert [t for _, t in got["rows"]] == [
        "Rivers after 2030: what the evidence can tell us",
        "Summary",
        "The dam holds back less silt than it did.",
        "This brief does not recommend an answer.",
    ]


LETTER = """\
Letters to the Editor, Valley Herald, 24 November 2026

Promises made to our valley should be kept

Sir,

When the dam opened, my father built it. I was glad of it for most of my life.

I hope our members of parliament will keep the promise.

Yours faithfully,
Margit Åberg
Strandvägen, Dalby
"""

LETTERS_PAGE = """\
A park for the town

*Velden Courier · Letters to the editor · 21 November 2026*

The council should build the park. Our children need it.

Helga Fink, Sankt Aurel
"""


def test_a_letters_heading_salutation_and_signature_are_metadata(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    """d5 1, d4 6, d6 4: the paper's heading line was the title, the outlet and the
    signature were not read, and "Sir,", "Yours faithfully," and the name came in as
    sentences."""
    got = _add(cli, root, tmp_path, "letter.txt", LETTER)
    assert got["title"] == "Promises made to our valley should be kept"
    assert (got["author"], got["outlet"], got["date"]) == (
        "Margit Åberg", "Valley Herald", "2026-11-24",
    )  # fmt: skip
    assert [t for _, t in got["rows"]] == [
        "Promises made to our valley should be kept",
        "When the dam opened, my father built it.",
        "I was glad of it for most of my life.",
        "I hope our members of parliament will keep the promise.",
    ]
    page = _add(cli, root, tmp_path, "park.md", LETTERS_PAGE)
    assert (page["author"], page["outlet"]) == ("Helga Fink", "Velden Courier")
    assert [t for _, t in page["rows"]] == [
        "A park for the town",
        "The council should build the park.",
        "Our children need it.",
    ]


SPEECH = """\
Speech by Per Lund, chair of the Dalby branch of the Energy Workers' Union, at the rally on Harbour Square, Dalby, 28 November 2026

As delivered.

Friends, colleagues, neighbours. Thank you for coming out in the rain.
"""


def test_a_speechs_heading_gives_title_author_and_date(cli: Cli, root: str, tmp_path: Path) -> None:
    """d5 2: the whole first line was the title (cut with "…"), the speaker was not read,
    and "As delivered." was a sentence."""
    got = _add(cli, root, tmp_path, "speech.txt", SPEECH)
    assert got["title"] == "Speech by Per Lund at the rally on Harbour Square, Dalby"
    assert (got["author"], got["date"]) == ("Per Lund", "2026-11-28")
    assert [t for _, t in got["rows"]] == [
        "Friends, colleagues, neighbours.",
        "Thank you for coming out in the rain.",
    ]


GHOST = """\
<html><head><title>Should the dam stay? An engineer changes her mind</title>
<meta property="og:site_name" content="Silt Notes">
<link rel="canonical" href="https://silt.example/should-the-dam-stay/">
</head><body><div class="site"><main id="site-main" class="site-main">
<article class="article post">
<header class="article-header">
<h1 class="article-title">Should the dam stay? An engineer changes her mind</h1>
<div class="article-byline"><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/ann/">Ann Berg</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-11-26">26 Nov 2026</time>
<span class="byline-reading-time"><span class="bull">•</span> 7 min read</span></div>
</div></div></header>
<section class="gh-content"><p>I spent thirty years on dams like ours. The silt is the question.</p></section>
</article>
<section class="footer-cta outer"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal">Enter your email <span>Subscribe</span></a></section>
</main></div></body></html>
"""


def test_a_ghost_blog_reads_its_author_title_and_no_byline_or_sign_up_box(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    """d5 3, d7 b and d: Ghost's h4.author-name was not read, a title with "?" came in as
    two sentences, the byline and "7 min read" line and the footer sign-up box as
    sentences; the canonical URL was not read."""
    got = _add(cli, root, tmp_path, "ghost.html", GHOST)
    assert (got["author"], got["outlet"], got["date"]) == ("Ann Berg", "Silt Notes", "2026-11-26")
    assert got["url"] == "https://silt.example/should-the-dam-stay/"
    assert [t for _, t in got["rows"]] == [
        "Should the dam stay? An engineer changes her mind",
        "I spent thirty years on dams like ours.",
        "The silt is the question.",
    ]
    old = _add(cli, root, tmp_path, "ghost.html", GHOST, "--reader", "3", "--id", "old")
    assert old["author"] == "" and len(old["rows"]) == 8


def test_web_pages_of_other_cms_read_clean() -> None:
    """d6 2, d7 c: a title "Headline | Opinion | Site"; a Next.js byline (data-testid,
    span.Byline_name) glued into one sentence with the author unread; Squarespace's date
    before the title and its author from a class and itemprop; Joomla's chrome in
    #sp-top-bar/#sp-footer and its dl.article-info "Written by:" block."""
    nextjs = """<html><head><title>I have nothing against the wolf. I am against this plan | Opinion | Aldmark Tidende</title>
    <meta property="og:title" content="I have nothing against the wolf. I am against this plan">
    </head><body><main><article><h1>I have nothing against the wolf. I am against this plan</h1>
    <div data-testid="byline"><span class="Byline_name__x1">Anton Marek</span>
    <time datetime="2026-11-17T19:00:00Z">17 November 2026, 19:00</time><span>6 min read</span></div>
    <p>The plan is wrong. It shoots first.</p></article></main></body></html>"""
    text, info = corpus.html_to_text(nextjs, 4)
    assert info["title"] == "I have nothing against the wolf. I am against this plan"
    assert (info["outlet"], info["author"], info["date"]) == (
        "Aldmark Tidende", "Anton Marek", "2026-11-17",
    )  # fmt: skip
    assert [s.text for s in corpus.sentences(text, reader=4)] == [
        "I have nothing against the wolf. I am against this plan",
        "The plan is wrong.",
        "It shoots first.",
    ]
    # reader 3 as before: the section stays in the title, the byline is a sentence
    assert corpus.html_to_text(nextjs, 3)[1]["title"].endswith("| Opinion")

    squarespace = """<html><head><title>Wolves and sheep — Wild Karvenia</title></head><body>
    <main><article><div class="Blog-meta"><time class="Blog-meta-item--date">November 20, 2026</time>
    <a class="Blog-meta-item--author" href="/author">Mia Korn</a></div>
    <meta itemprop="author" content="Mia Korn">
    <h1>Wolves and sheep</h1><p>The wolves came back in spring. Farmers were not ready.</p>
    <div class="author-box"><a class="author-name">Mia Korn</a></div></article></main></body></html>"""
    text, info = corpus.html_to_text(squarespace, 4)
    assert info["author"] == "Mia Korn"
    assert corpus.guess_title(text, 4) == "Wolves and sheep"
    assert [s.text for s in corpus.sentences(text, reader=4)] == [
        "Wolves and sheep",
        "The wolves came back in spring.",
        "Farmers were not ready.",
    ]

    joomla = """<html><head><title>Positions</title></head><body>
    <div id="sp-top-bar">+43 1 234 · office@hunters.example · Members' login | Deutsch</div>
    <div id="sp-header"><a class="logo">Velden Hunters</a></div>
    <div id="sp-component"><div class="item-page"><h2>Our position on the wolf</h2>
    <dl class="article-info"><dt>Details</dt><dd class="createdby">Written by: Franz Holler</dd>
    <dd class="published">Published: 09 November 2026</dd><dd class="hits">Hits: 2874</dd></dl>
    <p>We ask for a managed population. Culling must stay possible.</p></div></div>
    <div id="sp-footer">© 2026 Velden Hunters' Association. All rights reserved.</div>
    </body></html>"""
    text, info = corpus.html_to_text(joomla, 4)
    assert (info["author"], info["date"]) == ("Franz Holler", "2026-11-09")
    assert [s.text for s in corpus.sentences(text, reader=4)] == [
        "Our position on the wolf",
        "We ask for a managed population.",
        "Culling must stay possible.",
    ]
    assert "Hits: 2874" in corpus.html_to_text(joomla, 3)[0]


def test_a_bold_lead_in_ending_in_a_quote_is_its_own_sentence() -> None:
    """d7 a: '**"Not mature enough."** Nobody checks…' came in as '"Not mature enough.'
    and '"** Nobody checks…': the closing quote and the ** went to the next sentence."""
    text = (
        "# Myths\n\n"
        '**"Sixteen-year-olds are not mature enough."** Nobody checks the maturity of any '
        "other voter. They vote anyway.\n"
    )
    assert [s.text for s in corpus.sentences(text, markdown=True, reader=4)] == [
        "Myths",
        '"Sixteen-year-olds are not mature enough."',
        "Nobody checks the maturity of any other voter.",
        "They vote anyway.",
    ]
    # reader 3 keeps its cut (sources annotated with it point into it)
    assert corpus.sentences(text, markdown=True, reader=3)[2].text.startswith('"** Nobody')


DRUPAL_TEXT = """\
Policy paper 2026/4

Voting at sixteen: the evidence

Download the full paper (PDF, 1.2 MB)

Contact: Nora Lindahl, President · press@assu.example

Turnout among first-time voters is higher at sixteen. Habits form early.

Table 1. Voting at 16 in Europe and beyond

Austria lowered the age in 2007.
"""


def test_a_series_label_download_link_and_contact_line_are_no_sentences() -> None:
    """d7 f and g: a think tank's series label above the title (taken as the title), the
    "Download the full paper (PDF)" link and a contact line came in as sentences, and a
    table caption "Table 1. Voting at 16…" as two."""
    assert corpus.guess_title(DRUPAL_TEXT, 4) == "Voting at sixteen: the evidence"
    assert [s.text for s in corpus.sentences(DRUPAL_TEXT, reader=4)] == [
        "Voting at sixteen: the evidence",
        "Turnout among first-time voters is higher at sixteen.",
        "Habits form early.",
        "Table 1. Voting at 16 in Europe and beyond",
        "Austria lowered the age in 2007.",
    ]
    assert corpus.guess_title(DRUPAL_TEXT, 3) == "Policy paper 2026/4"


HEARING = """\
# Committee on Rural Affairs

## Hearing on the wolf management plan

Present: Ilse Moser (Chair), members Anton Berg and Lea Roth. Witnesses: Franz Holler.

**CHAIR (Ilse Moser):** I open the sitting. Mr Holler, you have the floor.

**FRANZ HOLLER:** Thank you. We ask for culling.

**CHAIR:** Thank you. Ms Roth?

**LEA ROTH:** I disagree. Fences work.

*(The sitting closed at 16:38.)*
"""


def test_a_hearings_attendance_line_names_no_speaker_and_the_chair_is_one(
    cli: Cli, root: str, tmp_path: Path
) -> None:
    """d6 3: "Present: …" was read as a speaker label (its sentences said by "Present"),
    "CHAIR (Ilse Moser)" and "CHAIR" were two speakers, and the closing stage direction
    was the chair's."""
    got = _add(cli, root, tmp_path, "hearing.md", HEARING)
    rows = got["rows"]
    assert not any(who == "Present" for who, _ in rows)
    assert ("", "Present: Ilse Moser (Chair), members Anton Berg and Lea Roth.") in rows
    chair = {who for who, text in rows if text in ("I open the sitting.", "Ms Roth?")}
    assert chair == {"CHAIR (Ilse Moser)"}
    assert rows[-1] == ("", "(The sitting closed at 16:38.)")
    assert ("LEA ROTH", "Fences work.") in rows


def test_an_interviews_dateline_gives_outlet_and_interviewer() -> None:
    """d7 g, d5 6: "*Samtid magazine · Interview · 20 November 2026 · Interview by Maja
    Nyberg*" gave the date only."""
    text = (
        "# Sixteen is old enough\n\n"
        "*Samtid magazine · Interview · 20 November 2026 · Interview by Maja Nyberg*\n\n"
        "**Samtid:** Why sixteen?\n\n**Strand:** Because they pay taxes.\n\n"
        "**Samtid:** And?\n\n**Strand:** That is all.\n"
    )
    assert corpus.guess_outlet(text, 4) == "Samtid magazine"
    assert corpus.guess_author(text, 4) == "Maja Nyberg"
    assert corpus.guess_outlet(text, 3) == ""


def test_a_line_that_reads_as_running_text_is_no_metadata() -> None:
    """What reader 4 must not take for metadata: a heading line with a date and other words,
    a sentence naming a month, a city dateline inside a paragraph, a sub-heading of two
    capitalised words after the body has begun."""
    text = (
        "Full Council, 14 January 2027, Item 7: Central Zone Charging Scheme\n\n"
        "HARWICK, 24 November 2026 — The minister said the plant would stay open.\n\n"
        "Rents rose in February 2026, the council said.\n\n"
        "Rising Costs\n\n"
        "Prices went up.\n"
    )
    assert corpus.text_head(text).skip == frozenset()
    assert corpus.guess_author(text, 4) == "" and corpus.guess_outlet(text, 4) == ""
    assert len(corpus.sentences(text, reader=4)) == len(corpus.sentences(text, reader=3)) == 5


def test_a_caption_and_its_credit_stay_two_sentences() -> None:
    """A caption line that ends in its credit is not a title: "… since last April. Image
    source, WBC" stays two sentences, as reader 3 cut it."""
    text = "Phones away\n\nPupils at a school in April. Image source, WBC\n\nThe ban works.\n"
    assert [s.text for s in corpus.sentences(text, reader=4)] == [
        "Phones away",
        "Pupils at a school in April.",
        "Image source, WBC",
        "The ban works.",
    ]


def test_a_blogger_post_is_read_although_blogger_calls_it_a_widget() -> None:
    """d8: Blogger puts every part of a page, the posts too, in a ``div.widget``; the
    post (``div.widget.Blog``) was dropped as sidebar furniture and ``argmap add`` said
    "the file holds no text". The sidebar's widgets are still dropped."""
    blogger = """<html><head><title>Two Wheels: No, it won't</title></head><body>
    <div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'>
    <div class='blog-posts hfeed'><h3 class='post-title entry-title'>No, it won't</h3>
    <div class='post-body entry-content'><p>The plan is good. Keep the date.</p></div>
    <div class='post-share-buttons'><a href='/share'>Share to X</a></div></div></div></div>
    <div class='sidebar section' id='sidebar-right-1'><div class='widget Profile' id='Profile1'>
    <h2>About Me</h2><p>Nurse, father of two.</p></div></div></body></html>"""
    text, _ = corpus.html_to_text(blogger, 4)
    assert [s.text for s in corpus.sentences(text, reader=4)] == [
        "No, it won't",
        "The plan is good.",
        "Keep the date.",
    ]
    assert corpus.html_to_text(blogger, 3)[0].strip() == ""  # reader 3 as before
