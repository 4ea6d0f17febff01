"""Argued text a reader did not read is never lost silently: ``argmap add`` says how many
passages of a saved page its text does not hold, ``argmap leftout`` lists them and
``validate`` notes them (the friction of debates 19-21: comment threads under a Substack
post, Stack Exchange comments, a Facebook group's comments, a Disqus thread inlined by
SingleFile, all dropped without a word)."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from reader_pages import Cli

from argmap.leftout import left_out, prose_blocks
from argmap.project import prepare_source

BENCH = Path(__file__).parent.parent / "bench"

ARTICLE = (
    "<article><h1>Make voting a duty</h1><p class='byline'>By Ana Kovač</p>"
    "<p>Compulsory voting raises turnout among the young and the poor, and that changes "
    "which policies parties offer.</p>"
    "<p>Fines are small and exemptions are easy to get, so the duty costs little.</p>"
    "</article>"
)
CHROME = (
    "<div id='cookie-banner'><p>We use cookies to improve your experience on this site. "
    "Accept them or choose which ones.</p></div>"
    "<nav><p>Home. News. Opinion. Sport. Culture and the arts in the whole region.</p></nav>"
    "<aside class='related'><p>Why the turnout of young voters fell again this year, "
    "in five charts.</p></aside>"
    "<div class='share-bar'><p>Share this article with your friends on every network you "
    "use today.</p></div>"
    "<div class='newsletter-box'><p>The day's top stories from the valley, in your inbox "
    "at seven every morning.</p></div>"
    "<footer><p>© 2028 The Herald. All rights reserved. Registered in Ostravel.</p></footer>"
)
COMMENT = "A duty to vote is a duty to pretend you have an opinion, which is worse than silence."


def _page(body: str) -> str:
    return f"<!doctype html><html><head><title>Make voting a duty</title></head><body>{body}</body></html>"


def _disqus(comment: str) -> str:
    """A Disqus thread as SingleFile saves it: the frame's document in ``srcdoc``."""
    frame = f"<html><body><ul id='posts'><li class='post'><p>{comment}</p></li></ul></body></html>"
    return f"<div id='disqus_thread'><iframe srcdoc=\"{html.escape(frame)}\"></iframe></div>"


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    return path


def test_add_says_which_passages_of_a_page_were_not_read_and_leftout_lists_them(
    tmp_path: Path, cli: Cli, root: str
) -> None:
    page = tmp_path / "herald.html"
    page.write_text(_page(ARTICLE + _disqus(COMMENT) + CHROME), encoding="utf-8")
    code, out, err = cli("add", str(page), "--id", "herald", "--project", root)
    assert code == 0, err
    warning = [line.strip() for line in out.splitlines() if "not read" in line]
    assert warning == [
        '1 passage of herald.html was not read (e.g. "A duty to vote is a…"); '
        "see `argmap leftout herald`"
    ]
    code, out, _ = cli("leftout", "herald", "--project", root)
    assert code == 0 and f"1. {COMMENT}" in out
    code, out, _ = cli("leftout", "--json", "--project", root)
    assert json.loads(out) == [{"source": "herald", "left_out": [COMMENT]}]
    # kept with the source: validate says so too (a note, not a problem)
    code, out, _ = cli("validate", "--project", root)
    assert code == 0 and "note: herald: 1 passage of its saved page was not read" in out
    # metadata edits keep them; --clear forgets them once the user has dealt with them
    assert cli("meta", "herald", "--date", "2028-06-01", "--project", root)[0] == 0
    assert "1 passage" in cli("validate", "--project", root)[1]
    assert cli("leftout", "herald", "--clear", "--project", root)[0] == 0
    code, out, _ = cli("leftout", "--project", root)
    assert code == 0 and "no passages left out" in out
    assert "note:" not in cli("validate", "--project", root)[1]


def test_a_page_read_whole_gets_no_warning_though_its_furniture_is_dropped(
    tmp_path: Path, cli: Cli, root: str
) -> None:
    page = tmp_path / "herald.html"
    page.write_text(_page(CHROME + ARTICLE + CHROME), encoding="utf-8")
    code, out, err = cli("add", str(page), "--project", root)
    assert code == 0, err
    assert "not read" not in out
    # half a paragraph is not enough to have read it
    read = "Compulsory voting raises turnout among the young.\n\nFines are small and exemptions "
    read += "are easy to get, so the duty costs little."
    assert left_out(_page(ARTICLE), read) == [
        "Compulsory voting raises turnout among the young and the poor, and that changes "
        "which policies parties offer."
    ]


@pytest.mark.parametrize(
    "thread",
    [
        # Facebook: each comment an ARIA article, its text in a div dir=auto
        "<div role='feed'><div role='article' aria-label='Comment by Ivo Brandt'>"
        f"<div dir='auto'>{COMMENT}</div></div></div>",
        # Stack Exchange: comments under a post
        f"<ul class='comments-list'><li class='comment'><span class='comment-copy'>{COMMENT}"
        "</span> – <a class='comment-user'>Pelle</a></li></ul>",
        # LinkedIn: comments in a footer-like section
        "<footer class='article-footer'><article class='comments-comment-entity'>"
        f"<span class='comments-comment-item__main-content'>{COMMENT}</span></article></footer>",
        # Substack: "Discussion about this post"
        "<div class='comments-section'><div class='comment'><a class='commenter-name'>Sigrid"
        f"</a><div class='comment-body'><p>{COMMENT}</p></div></div></div>",
    ],
    ids=["facebook", "stack-exchange", "linkedin", "substack"],
)
def test_comment_threads_are_prose_even_where_furniture_usually_is(thread: str) -> None:
    assert any(COMMENT in block for block in prose_blocks(_page(ARTICLE + thread + CHROME)))


def test_hidden_text_scripts_and_templates_are_not_prose() -> None:
    hidden = (
        f"<template><p>{COMMENT}</p></template><script>var a = 'x. {COMMENT}';</script>"
        f"<div hidden><p>{COMMENT}</p></div><p style='display: none'>{COMMENT}</p>"
        f"<div aria-hidden='true'><p>{COMMENT}</p></div>"
    )
    assert COMMENT not in prose_blocks(_page(ARTICLE + hidden))


def test_the_comments_a_reader_dropped_from_a_shipped_page_are_warned_of() -> None:
    """bench/debate6's op-ed: readers 9 and 10 drop its four readers' comments (reader 11
    reads them, and nothing is left out)."""
    page = BENCH / "debate6" / "raw" / "today-oped-marek.html"
    prepared = prepare_source(page, html_reader=10)
    assert len(prepared.left_out) == 4
    assert prepared.left_out[0].startswith("He admits the wolf belongs there")
    assert prepare_source(page, html_reader=11).left_out == ()
    # a page reader 9 reads whole, comments and all, is not
    assert prepare_source(BENCH / "debate11" / "raw" / "reddit-thread.html").left_out == ()
