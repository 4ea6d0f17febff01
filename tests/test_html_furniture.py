"""HTML reader 2: what surrounds an article (kickers, tags, bios, ticker bars, comment
counts) is dropped by its place and class, real text is kept; reader 1 still gives the text
bench/debate2 was annotated on."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO

from argmap.corpus import html_to_text
from argmap.errors import ArgmapError
from argmap.readers.versions import READERS

DEBATE2 = REPO / "bench" / "debate2"
PAGES = {
    "courier-oped-for.html": "renters-cannot-wait-any-longer-cap-the",
    "evening-post-news.html": "council-rent-cap-vote-tenants-cheer",
    "hbr-oped-against.html": "a-rent-cap-would-shrink-the-very-housing",
    "landlord-blog.html": "why-im-selling-my-flat-and-why-im-not",
}
FURNITURE = {
    "Opinion · Housing",  # kicker
    "Maya Okonkwo chairs the Alderport Tenants' Union.",  # author bio
    "NEWS",  # section label
    "Markets open FTSE 8,214 ▲0.4%",  # ticker bar above the article
    "Stefan Lindqvist is professor of urban economics at the University of Alderport. "
    "He advises the Alderport Chamber of Commerce on housing.",  # disclosure
    "Tags: housing, Alderport, regulation",
    "Alderport, Renting",  # category line
    "• 12 Comments",
    "• Tags: rent freeze, landlords, Westcliff",
}


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


@pytest.mark.parametrize("page", sorted(PAGES))
def test_reader_1_gives_the_text_debate2_was_annotated_on(page: str) -> None:
    markup = (DEBATE2 / "raw" / page).read_text(encoding="utf-8")
    stored = (DEBATE2 / "seeds" / f"{PAGES[page]}.txt").read_text(encoding="utf-8")
    assert html_to_text(markup, reader=1)[0] == stored


def test_reader_2_drops_the_furniture_of_debate2s_pages_and_nothing_else() -> None:
    dropped: set[str] = set()
    for page in PAGES:
        markup = (DEBATE2 / "raw" / page).read_text(encoding="utf-8")
        old, new = _lines(html_to_text(markup, 1)[0]), _lines(html_to_text(markup, 2)[0])
        # every other word is kept, in order (reader 2 joins a line the page's source broke)
        kept = [line for line in old if line not in FURNITURE]
        assert " ".join(kept).split() == " ".join(new).split()
        dropped |= set(old) - set(kept)
        assert html_to_text(markup, 1)[1] == html_to_text(markup, 2)[1]  # same metadata
    assert dropped == FURNITURE


PAGE = """<html><head><title>Water meters for all? | The Gazette</title></head><body>
<div class="stock-strip ticker"><span>Brent $81.20</span></div>
<div class="site-tagline">Your local paper since 1881</div>
<p class="standfirst">Every home may soon pay for the water it uses.</p>
<main><article>
<span class="eyebrow">Environment</span>
<h1>Water meters for all?</h1>
<ul class="byline-list"><li>By Ana Ruiz</li><li><a href="#comments">3 comments</a></li></ul>
<p>Meters cut use by a tenth, the regulator says. As readers argued in
<a href="#comments">the comments</a>, poorer families may pay more.</p>
<p class="entry-tags">Tagged: water</p>
<div class="author-info">Ana Ruiz covers the environment.</div>
<ul class="tag-list"><li>water</li><li>bills</li></ul>
</article></main>
<div class="footer-note">Printed by Gazette Media</div>
</body></html>"""


def test_reader_2_on_another_site_keeps_every_sentence_of_the_article() -> None:
    text, info = html_to_text(PAGE, 3)  # reader 4 drops the byline too: test_reader4.py
    assert _lines(text) == [
        "Every home may soon pay for the water it uses.",  # a paragraph: kept, even outside
        "Water meters for all?",
        "• By Ana Ruiz",
        "Meters cut use by a tenth, the regulator says. As readers argued in the comments, "
        "poorer families may pay more.",  # a comment link in running text keeps its words
    ]
    assert info["title"] == "Water meters for all?"
    # reader 1 kept all of it
    old = _lines(html_to_text(PAGE, 1)[0])
    for kept in ("Brent $81.20", "Environment", "• 3 comments", "Tagged: water", "• water"):
        assert any(kept in line for line in old), kept


def test_a_page_without_article_or_main_keeps_its_text(tmp_path: Path) -> None:
    page = "<html><body><div>A plain page. It has no article element.</div></body></html>"
    assert _lines(html_to_text(page, 5)[0]) == ["A plain page. It has no article element."]
    unknown = max(READERS) + 1
    with pytest.raises(ArgmapError, match=f"--reader {unknown}: no such reader"):
        html_to_text(page, unknown)


def test_add_reads_pages_with_reader_2_unless_told(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    root = str(tmp_path / "proj")
    assert cli("init", root)[0] == 0
    page = DEBATE2 / "raw" / "hbr-oped-against.html"
    assert cli("add", str(page), "--project", root)[0] == 0
    code, _, err = cli("add", str(page), "--html-reader", "1", "--id", "old", "--project", root)
    assert code == 0, err
    code, out, _ = cli("sentences", "a-rent-cap-would-shrink", "--json", "--project", root)
    import json

    first = json.loads(out)[0]["text"]
    assert first == "A rent cap would shrink the very housing Alderport needs"
    code, out, _ = cli("sentences", "old", "--json", "--project", root)
    assert json.loads(out)[0]["text"] == "Markets open FTSE 8,214 ▲0.4%"
