"""The HTML report: one self-contained page that works offline.

Everything is inline: the style, the script, the heat map and the argument graphs (SVG:
drawn by Graphviz ``dot`` when the exporting machine has it, else by argmap's own layout in
:mod:`argmap.export.svg`). No fonts, scripts or images are fetched. Every text from a source, a
note or the codebook is HTML-escaped; the data the script reads sits in a
``<script type="application/json">`` block with ``<`` escaped, so no quote can close it.

The page has: the legend and the heat map; per question the positions, the claims with their
evidence and relations, and its argument graphs; a comparison of any two sources; the
sources; and a search box that filters claims as you type (``#search=words`` in the address
starts with a search). Printed, the page drops what paper cannot use (the search box, the
navigation links, the comparison's pickers) and unfolds every folded question (a report of
more than :data:`PRINT_ALL_UP_TO` claims prints them as shown, and says so on paper).
"""

from __future__ import annotations

import json
import re
import unicodedata
from html import escape

from argmap.analysis import Matrix, position
from argmap.export.colours import share_fill
from argmap.export.common import Selection, contests_on, in_quotes, main_line
from argmap.export.dot import drawings
from argmap.export.graph import (
    ATTACK_COLOR,
    SUPPORT_COLOR,
    Part,
    ink_on,
    question_parts,
    short_title,
    unlinked,
)
from argmap.export.svg import graph_svg, heatmap_svg
from argmap.model import Claim

_PICTOGRAPH = (
    "\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001f1e5\U0001f200-\U0001f3fa"
    "\U0001f400-\U0001faff"
)
_FLAG_LETTER = "\U0001f1e6-\U0001f1ff"
_TRAIL = "[\ufe0f\u20e3\U0001f3fb-\U0001f3ff]*"  # variation selector, keycap, skin tone
_JOINED = f"[{_PICTOGRAPH}]{_TRAIL}(?:\u200d[{_PICTOGRAPH}]{_TRAIL})*"
EMOJI = re.compile(f"[{_FLAG_LETTER}]{{2}}|{_JOINED}")
"""An emoji as a reader sees one: a flag (two letters), or pictographs joined by U+200D,
each with its variation selector or skin tone."""

MAX_PARTS = 12
PRINT_ALL_UP_TO = 2000
"""A report of more claims prints as it is on screen, folded questions folded (a line on the
paper says so): bench's 1,000-source report (22,327 claims) did not finish printing in 500 s
with every fold opened, and gave 269 pages in 163 s without."""
WHO_UP_TO = 30
"""A question names up to this many sources per stance; the rest fold under "and N more"
(bench's 1,000-source report named up to 1,000 per line: 307,027 characters in 9 lines)."""
OPEN_UP_TO = 12
"""A question with more claims than this shows its claims and graphs folded (one click)."""
"""Argument graphs drawn per question; the rest are named (``--format dot`` has them all)."""

_CSS = (
    """
:root { --ink:#1d1d1f; --muted:#5a5a5f; --line:#d8d8dc; --bg:#ffffff; --soft:#f5f5f7; }
* { box-sizing: border-box; }
body { margin:0; font: 15px/1.5 "DejaVu Sans", Verdana, "Segoe UI", Arial, sans-serif;
  color:var(--ink); background:var(--bg); }
header { position:sticky; top:0; z-index:2; background:#ffffffee; border-bottom:1px solid var(--line);
  padding:10px 24px; display:flex; flex-wrap:wrap; gap:8px 20px; align-items:center; }
header h1 { font-size:20px; margin:0; }
header nav a { margin-right:14px; color:#1a5fb4; text-decoration:none; }
#search { font:inherit; padding:6px 10px; width:min(420px, 90vw); border:1px solid #999;
  border-radius:6px; }
#hits { color:var(--muted); font-size:13px; }
main { padding:8px 24px 48px; max-width:1400px; }
h2 { margin-top:36px; border-bottom:2px solid var(--ink); padding-bottom:4px; }
h3 { margin:28px 0 4px; }
.summary, .qtext, .note { color:var(--muted); }
.legend { display:flex; flex-wrap:wrap; gap:6px 18px; margin:8px 0; }
.chip { display:inline-block; min-width:1.8em; text-align:center; border:2px solid; border-radius:5px;
  padding:0 5px; font-weight:bold; }
svg.heatmap { display:block; max-width:100%; height:auto; }  /* min-width: _heatmap */
svg.heatmap.slim g.slim { display:inline; }  /* a phone's row labels (see the script) */
svg.heatmap.slim g.row.label > :not(g.slim):not(g.main),
svg.heatmap.slim g.lead > g.wide, svg.heatmap.slim g.legend { display:none; }
svg.argument-graph { display:block; max-width:100%; height:auto; }
.scroll { overflow-x:auto; border:1px solid var(--line); border-radius:6px; background:#fff; }
.positions { display:flex; flex-wrap:wrap; gap:6px 14px; margin:6px 0 10px; }
.positions.by-stance { display:block; } .by-stance > div { margin:4px 0; }
.by-stance details.more, td.in details.more { margin:2px 0 0; }
.by-stance details.more summary, td.in details.more summary { font-weight:normal; }
.claims { list-style:none; padding-left:0; margin:4px 0; }
.claims ul { list-style:none; padding-left:28px; }
.claim { margin:6px 0; padding:6px 10px; border-left:5px solid; background:var(--soft);
  border-radius:0 6px 6px 0; }
.claim .quote { font-size:15px; }
.claim .where, .rel { font-size:13px; color:var(--muted); }
.claim.evidence { border-left-style:dashed; }
.contest { margin:6px 0; padding:6px 10px; border-left:5px double var(--muted);
  background:var(--soft); border-radius:0 6px 6px 0; }
.contest .where { font-size:13px; color:var(--muted); }
.source-item .main { margin:4px 0; } .source-item .backing { margin:2px 0; padding-left:22px; }
.backing li { list-style:disc; font-size:14px; } .backing li.head { list-style:none; margin-left:-22px; }
.rel.attacks b { color:"""
    + ATTACK_COLOR
    + """; }
.rel.supports b { color:"""
    + SUPPORT_COLOR
    + """; }
.tag { font-size:11px; border:1px solid #888; border-radius:3px; padding:0 4px; margin-left:4px; }
details { margin:8px 0; }
summary { cursor:pointer; font-weight:bold; }
figure { margin:10px 0 18px; }
figcaption { font-size:13px; color:var(--muted); }
table.voices { border-collapse:collapse; font-size:14px; }
table.voices th, table.voices td { border-bottom:1px solid var(--line); padding:3px 8px;
  text-align:left; vertical-align:top; white-space:nowrap; }
table.voices thead th { font-size:13px; white-space:normal; min-width:6em; vertical-align:bottom; }
table.voices tbody th { white-space:normal; min-width:9em; max-width:16em; }
table.voices th:first-child { position:sticky; left:0; background:#fff; }  /* on a phone */
table.voices td.in { white-space:normal; min-width:18em; font-size:13px; color:var(--muted); }
table.voices .n { font-size:12px; color:var(--muted); }
.claim .voice { font-weight:bold; }
table.compare { border-collapse:collapse; width:100%; margin-top:10px; }
table.compare th, table.compare td { border:1px solid var(--line); padding:6px 8px; vertical-align:top;
  text-align:left; }
table.compare td.same { background:#eef7ee; } table.compare td.differ { background:#fbeeee; }
table.compare ul { margin:4px 0 0; padding-left:18px; font-size:13px; }
.hidden { display:none !important; }
#filtered, #print-folded { display:none; }  /* on paper only: the screen shows it */
select { max-width:100%; }
@media (max-width: 640px) {  /* a phone: the comparison's columns one under the other */
  header { padding:8px 12px; position:static; } main { padding:8px 12px 48px; }
  header h1 { font-size:17px; }  /* a title of four lines kept a third of the screen */
  table.voices tbody th { min-width:7em; } table.voices td.in { min-width:16em; }
  table.compare thead { display:none; }
  table.compare, table.compare tbody, table.compare tr, table.compare th, table.compare td {
    display:block; width:auto; }
  table.compare td::before { content:attr(data-head); display:block; font-size:13px;
    color:var(--muted); }
}
g.row.dim { opacity:0.18; }
mark { background:#fff3a0; }
@media print {  /* paper: no search, no links to follow, no pickers; sources' URLs stay text */
  header { position:static; display:block; border:0; padding:0 0 6px; background:none; }
  #search, #hits, header nav, #compare { display:none; }
  #filtered:not(:empty), #print-folded { display:block; border:2px solid var(--ink);
    padding:4px 8px; }
  a { color:inherit; text-decoration:none; }
  summary { cursor:auto; list-style:none; } summary::-webkit-details-marker { display:none; }
  h2, h3, summary { break-after:avoid; }
  .claim, .contest { break-inside:avoid; }
  main { max-width:none; padding:0; }
  .scroll { overflow:visible; border:0; }
  svg.heatmap { max-width:100%; min-width:0 !important; }
  figure { break-inside:avoid; }
}
"""
)

_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("argmap-data").textContent);
  // An emoji the reader's fonts cannot draw (a box, on screen and on paper) shows as its
  // name in brackets: its pixels are compared with those of a character no font has.
  var font = getComputedStyle(document.body).fontFamily;
  function pixels(s) {
    var c = document.createElement("canvas"); c.width = 96; c.height = 48;
    var g = c.getContext("2d"); g.font = "32px " + font; g.fillText(s, 4, 36);
    return c.toDataURL();
  }
  var boxes = {};
  function box1(n) {
    if (!boxes[n]) boxes[n] = pixels(new Array(n + 1).join("\u{10FFFD}"));
    return boxes[n];
  }
  function undrawable(e) {
    var parts = Array.from(e);
    if (/^[\u{1F1E6}-\u{1F1FF}]/u.test(e)) return pixels(e) === box1(parts.length);
    return parts.some(function (ch) {
      return !/[\uFE0F\u200D\u20E3\u{1F3FB}-\u{1F3FF}]/u.test(ch) && pixels(ch) === box1(1);
    });
  }
  var missing = Object.keys(data.emoji).filter(undrawable);
  missing.sort(function (x, y) { return y.length - x.length; });
  var emoji = missing.length ? new RegExp(missing.join("|"), "gu") : null;
  function spell(root) {
    if (!emoji) return;
    var walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), node;
    while ((node = walk.nextNode())) {
      var tag = node.parentNode.nodeName;
      if (tag === "SCRIPT" || tag === "STYLE") continue;
      var text = node.nodeValue, spelt = text.replace(emoji, function (e) { return data.emoji[e]; });
      if (spelt !== text) node.nodeValue = spelt;
    }
  }
  var box = document.getElementById("search"), hits = document.getElementById("hits");
  var filtered = document.getElementById("filtered");
  var claims = Array.prototype.slice.call(document.querySelectorAll(".claim:not(.source-item)"));
  var items = Array.prototype.slice.call(document.querySelectorAll(".source-item"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("svg.heatmap g.row"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.question"));
  function search() {
    var terms = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = {}, all = {}, sources = {};
    claims.forEach(function (el) {
      var text = el.getAttribute("data-search"), id = el.getAttribute("data-claim");
      var ok = terms.every(function (t) { return text.indexOf(t) >= 0; });
      el.classList.toggle("hidden", !ok);
      all[id] = true;
      if (ok) { shown[id] = true; sources[el.getAttribute("data-source")] = true; }
    });
    items.forEach(function (el) {
      var text = el.getAttribute("data-search");
      var ok = !terms.length || sources[el.getAttribute("data-source")] ||
        terms.every(function (t) { return text.indexOf(t) >= 0; });
      el.classList.toggle("hidden", !ok);
    });
    sections.forEach(function (sec) {
      var any = sec.querySelector(".claim:not(.hidden)");
      var title = sec.getAttribute("data-search");
      var ok = !terms.length || any || terms.every(function (t) { return title.indexOf(t) >= 0; });
      sec.classList.toggle("hidden", !ok);
    });
    rows.forEach(function (row) {
      var title = row.getAttribute("data-title");
      var ok = !terms.length || sources[row.getAttribute("data-source")] ||
        terms.every(function (t) { return title.indexOf(t) >= 0; });
      row.classList.toggle("dim", !ok);
    });
    var n = Object.keys(shown).length, total = Object.keys(all).length;
    hits.textContent = terms.length ? n + " of " + total + " claims match" : "";
    filtered.textContent = terms.length ? "Printed with the search \u201c" + box.value.trim() +
      "\u201d: " + n + " of " + total + " claims shown, and only the questions and sources " +
      "with a match. Clear the search box to print the whole report." : "";
    unfold();
  }
  // Folded claims and graphs open where the search finds claims, for a link to a claim
  // in them, and all of them to print.
  var folds = Array.prototype.slice.call(document.querySelectorAll("details.fold"));
  function unfold() {
    if (!box.value.trim()) return;
    folds.forEach(function (d) { if (d.querySelector(".claim:not(.hidden)")) d.open = true; });
  }
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    for (var e = target; e; e = e.parentElement) { if (e.tagName === "DETAILS") e.open = true; }
    if (target && target.closest("details.fold")) target.scrollIntoView();
  }
  // A heat map wider than the screen (a phone) scrolls sideways: its row labels (drawn
  // last, in g.pin) move with the scroll, so that they stay in view over the grid. There
  // they are the titles alone (g.slim) in a column data-slim-shift narrower: the picture
  // starts that much further right, its title and legend (g.lead) moved along.
  Array.prototype.slice.call(document.querySelectorAll(".scroll > svg.heatmap"))
    .forEach(function (svg) {
      var pin = svg.querySelector("g.pin"), frame = svg.parentNode;
      if (!pin) return;
      var box = svg.viewBox.baseVal, width = box.width, height = box.height;
      var shift = Number(svg.getAttribute("data-slim-shift") || 0);
      var short = Number(svg.getAttribute("data-slim-height") || 0) || height;
      var least = parseFloat(svg.style.minWidth) / width || 0;
      var leads = Array.prototype.slice.call(svg.querySelectorAll("g.lead"));
      function follow() {
        var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        pin.setAttribute("transform", "translate(" + frame.scrollLeft / scale + ",0)");
      }
      function slim(on) {
        var s = on ? shift : 0;
        svg.classList.toggle("slim", on);
        var h = on ? short : height;
        svg.setAttribute("viewBox", s + " 0 " + (width - s) + " " + h);
        svg.setAttribute("width", width - s);
        svg.setAttribute("height", h);
        svg.style.minWidth = Math.round((width - s) * least) + "px";
        leads.forEach(function (g) { g.setAttribute("transform", "translate(" + s + ",0)"); });
      }
      function fit() {
        slim(false);
        if (shift && frame.scrollWidth > frame.clientWidth + 1) slim(true);
        follow();
      }
      frame.addEventListener("scroll", follow, { passive: true });
      window.addEventListener("resize", fit);
      window.addEventListener("beforeprint", function () {
        frame.scrollLeft = 0; slim(false); follow();
      });
      window.addEventListener("afterprint", fit);
      fit();
    });
  var folded = [];
  window.addEventListener("beforeprint", function () {
    if (!data.print_all) return;  // a large report prints as it is shown (#print-folded)
    folded = folds.filter(function (d) { return !d.open; });
    folded.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    folded.forEach(function (d) { d.open = false; });
  });
  window.addEventListener("hashchange", reveal);
  reveal();
  var timer = null;
  box.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(search, 80); });
  var m = /^#search=(.*)$/.exec(location.hash);
  if (m) { box.value = decodeURIComponent(m[1]); search(); }

  var a = document.getElementById("cmp-a"), b = document.getElementById("cmp-b");
  var out = document.getElementById("cmp-body");
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function chip(cell) {
    if (!cell) return el("span", "chip", "·");
    var st = data.stances[cell.d];
    var c = el("span", "chip", st.symbol + (cell.m ? "±" : "") + (cell.c ? "!" : ""));
    c.style.background = st.fill; c.style.borderColor = st.color; c.style.color = st.ink;
    c.title = st.label;
    return c;
  }
  function column(sid, qid, cell, cls) {
    var td = el("td", cls);
    td.setAttribute("data-head", data.titles[sid] || "");
    td.appendChild(chip(cell));
    if (cell) td.appendChild(document.createTextNode(" " + data.stances[cell.d].label +
      " (" + cell.n.join("/") + ")"));
    var list = (data.claims[sid] || {})[qid] || [];
    if (list.length) {
      var ul = el("ul");
      list.forEach(function (c) {
        var li = el("li", null, data.stances[c[0]].symbol + " " + (c[4] ? c[4] + ": " : "") +
          c[1] + " ");  // in quotes already, as the page quotes (see _data)
        li.appendChild(el("span", "tag", c[2] || c[3]));
        ul.appendChild(li);
      });
      td.appendChild(ul);
    }
    return td;
  }
  function compare() {
    var sa = a.value, sb = b.value;
    out.textContent = "";
    data.questions.forEach(function (q) {
      var ca = (data.cells[sa] || {})[q.id], cb = (data.cells[sb] || {})[q.id];
      if (!ca && !cb) return;
      var cls = ca && cb ? (ca.d === cb.d ? "same" : "differ") : "";
      var tr = el("tr");
      tr.appendChild(el("th", null, q.label));
      tr.appendChild(column(sa, q.id, ca, cls));
      tr.appendChild(column(sb, q.id, cb, cls));
      out.appendChild(tr);
    });
    document.getElementById("cmp-head-a").textContent = data.titles[sa] || "";
    document.getElementById("cmp-head-b").textContent = data.titles[sb] || "";
    spell(out.parentNode);
  }
  a.addEventListener("change", compare); b.addEventListener("change", compare);
  compare();
  spell(document.body);
})();
"""


def _names(names: list[str], up_to: int | None = None) -> str:
    """A stance's sources on a question, " · " between them: past :data:`WHO_UP_TO` the rest
    folded under "and N more" (opened as the claims' folds are: a click, and printing a
    report that prints everything)."""
    up_to = WHO_UP_TO if up_to is None else up_to  # looked up when called (tests set it)
    if len(names) <= up_to:
        return " · ".join(names)
    rest = names[up_to:]
    return (
        f"{' · '.join(names[:up_to])} "
        f'<details class="fold more"><summary>and {len(rest):,} more</summary>'
        f"{' · '.join(rest)}</details>"
    )


def _chip(sel: Selection, stance_id: str | None, mark: str = "") -> str:
    if stance_id is None:
        return '<span class="chip" style="border-color:#bbb">·</span>'
    st = sel.stance(stance_id)
    # as the heat map's legend and fullest cells draw the stance: a pale tint of green and
    # one of red were one colour to a deuteranope (difference 1.7 to 5.6, 10 tells apart)
    fill = share_fill(sel.colour(st.id), 1.0)
    return (
        f'<span class="chip" title="{escape(st.label)}" style="background:{fill};'
        f'border-color:{fill};color:{ink_on(fill)}">{escape(st.symbol + mark)}</span>'
    )


def _legend(sel: Selection) -> str:
    items = []
    for s in sel.stances:  # along the scale when they are one; counts in codebook order
        desc = f' title="{escape(s.description)}"' if s.description else ""
        items.append(f"<span{desc}>{_chip(sel, s.id)} {escape(s.label)}</span>")
    symbols = " / ".join(escape(s.symbol) for s in sel.codebook.stances)
    # options (no stance takes a side of the axis) have no mixed positions to explain
    mixed = "<b>±</b> mixed: claims on both sides of the axis. " if sel.scale() else ""
    # what the heat map's own legend says, for a phone, where the map ends under its grid
    points = sel.scale()
    along = ""
    if points:
        first, last = sel.stance(points[0]), sel.stance(points[-1])
        along = (
            f"The stances are one scale, from {escape(first.symbol + ' ' + first.label)} to "
            f"{escape(last.symbol + ' ' + last.label)}: the heat map's rows go along it. "
        )
    return (
        f'<div class="legend">{"".join(items)}</div>'
        f'<p class="note">{along}A position is the <b>dominant</b> stance of a source\'s claims '
        "on a question: the one with the most claims; a tie goes to the stance with more claims "
        "of kind <i>claim</i> (evidence weighs less), then to the stance listed first in the "
        f"codebook. {mixed}<b>!</b> contested: annotators read "
        f"some of its sentences differently (those are not counted). Counts are {symbols}. "
        "The chip left of a row is the source's <b>main line</b>: the dominant stance of all "
        "its claims. "
        "In the graphs a solid dark arrow means <i>supports</i>, a dashed purple arrow with a "
        "bar <i>attacks</i>; a dashed box is evidence.</p>"
    )


def _search_text(sel: Selection, c: Claim) -> str:
    doc = sel.source(c.source)
    return " ".join(
        (
            sel.quote(c),
            doc.title,
            c.source,
            sel.sentence_id(c),
            c.id,
            c.note,
            c.stance,
            sel.voice(c),
        )
    ).lower()


def _contested(sel: Selection, qid: str) -> str:
    """The question's contested sentences, each with every annotator's reading by name."""
    contests = contests_on(sel, qid)
    if not contests:
        return ""
    items = [
        f'<li class="contest"><span class="quote">{escape(in_quotes(k.quote))}</span>'
        f'<div class="where">{escape(k.source)} · {escape(k.sentence)}</div><div class="rel">'
        + " · ".join(f"<b>{escape(name)}</b>: {escape(reading)}" for name, reading in k.readings)
        + "</div></li>"
        for k in contests
    ]
    return (
        f"<details open><summary>Contested ({len(contests)} sentence"
        f"{'s' * (len(contests) != 1)} read differently; not counted above)</summary>"
        f'<ul class="claims">{"".join(items)}</ul></details>'
    )


def _claim_li(sel: Selection, c: Claim, qid: str) -> str:
    st = sel.stance(c.stance)
    color = sel.colour(st.id)
    sentence = sel.sentence_id(c)
    where = escape(sel.source(c.source).title) + (f" · {escape(sentence)}" if sentence else "")
    speaker = sel.speaker(c)
    if speaker:
        where = f"<b>{escape(speaker)}</b> · {where}"
    voice = sel.voice(c)  # whose stance: a quoted person or body, not writer or speaker
    said = f'<span class="voice" title="voice: whose stance this is">{escape(voice)}:</span> '
    kind = '<span class="tag">evidence</span> ' if c.kind == "evidence" else ""
    orphan = ' <span class="tag">orphaned</span>' if c.orphan is not None else ""
    note = f'<div class="rel">note: {escape(c.note)}</div>' if c.note.strip() else ""
    rels = []
    for r in sel.relations(c):
        t = sel.by_id[r.target]
        tsym = sel.stance(t.stance).symbol
        rels.append(
            f'<div class="rel {r.type}"><b>{r.type}</b> {escape(tsym)} '
            f"{escape(in_quotes(short_title(sel.quote(t), 90)))} ({escape(short_title(sel.source(t.source).title, 40))})</div>"
        )
    return (
        f'<li class="claim{" evidence" if c.kind == "evidence" else ""}" '
        f'id="{escape(c.id)}-{escape(qid)}" data-claim="{escape(c.id)}" data-source="{escape(c.source)}" data-search="{escape(_search_text(sel, c))}" '
        f'style="border-left-color:{color}">{_chip(sel, c.stance)} {kind}'
        f'{said if voice else ""}<span class="quote">{escape(in_quotes(sel.quote(c)))}</span>{orphan}'
        f'<div class="where">{where} · <code>{escape(c.id)}</code></div>{note}{"".join(rels)}'
        "</li>"
    )


def graphviz_svgs(parts: list[Part], dot: str | None = None) -> dict[str, str]:
    """Each part drawn by Graphviz ``dot`` as inline SVG, by part name; empty when ``dot`` is
    not installed or fails (the report then draws the parts itself).

    All parts go through one ``dot`` process (a picture wider than the page again sideways,
    see :func:`argmap.export.dot.drawings`); element ids are prefixed per part so that
    several pictures can share one page.
    """
    drawn = drawings(parts, dot)
    if drawn is None:
        return {}
    svgs = [svg for _, svg in drawn]
    out = {}
    for k, (part, svg) in enumerate(zip(parts, svgs, strict=True)):
        svg = re.sub(r'\bid="', f'id="g{k}_', svg)
        svg = svg.replace(
            "<svg ", f'<svg class="argument-graph" data-part="{escape(part.name)}" ', 1
        )
        out[part.name] = svg
    return out


HEATMAP_MIN_SCALE = 0.8
"""The heat map shrinks to fit the page down to this share of its size (its 12 px text at
9.6 px); on a narrower screen (a phone) it scrolls sideways instead."""


def _heatmap(sel: Selection) -> str:
    """The heat map for the page: as wide as the page allows, never below
    :data:`HEATMAP_MIN_SCALE` of its size (shrunk to a phone's 342 px its text was 3 px)."""
    picture = heatmap_svg(sel)
    width = float(re.search(r'\bwidth="([\d.]+)"', picture[:300]).group(1))  # type: ignore[union-attr]
    return picture.replace("<svg ", f'<svg style="min-width:{width * HEATMAP_MIN_SCALE:.0f}px" ', 1)


def _question(sel: Selection, qid: str, drawn: dict[str, str]) -> str:
    q = sel.question(qid)
    claims = sel.claims_on(qid)
    out = [
        f'<section class="question" id="q-{escape(qid)}" '
        f'data-search="{escape((q.label + " " + q.text + " " + qid).lower())}">',
        f"<h3>{escape(q.label)}</h3>",
        f'<p class="qtext">{escape(q.text)}</p>',
    ]
    contested = _contested(sel, qid)
    if not claims:
        return "".join([*out, "<p><i>No claims on this question.</i></p>", contested, "</section>"])
    counts = " · ".join(
        f"{escape(s.symbol)} {sum(1 for c in claims if c.stance == s.id)}"
        for s in sel.codebook.stances
    )
    out.append(f"<p>{len(claims)} claims: {counts}</p>")
    by_source: dict[str, list[Claim]] = {}
    for c in claims:
        by_source.setdefault(c.source, []).append(c)
    # Who stands where: the sources under the stance of their position, stance by stance
    # along the scale (one line each; a source mixed on the question is marked ±).
    groups: dict[str, list[str]] = {}
    for sid in sel.sources:
        mine = by_source.get(sid)
        if mine:
            _, dominant, mixed = position(mine, sel.codebook)
            title = escape(short_title(sel.source(sid).title, 40))
            mark = ' <b title="claims on both sides of the axis">±</b>' if mixed else ""
            groups.setdefault(dominant, []).append(
                f'<span class="who" data-source="{escape(sid)}">{title}{mark}</span>'
            )
    lines = [
        f"<div>{_chip(sel, st.id)} <b>{escape(st.label)}</b> ({len(groups[st.id])}): "
        f"{_names(groups[st.id])}</div>"
        for st in sel.stances  # along the scale, when the stances are one: the middle between
        if st.id in groups
    ]
    out.append(f'<div class="positions by-stance">{"".join(lines)}</div>')
    # A long question's claims and graphs are folded: the page is read by its positions
    # first (the search, a link to a claim, and printing unfold them).
    fold = " open" if len(claims) <= OPEN_UP_TO else ""
    out.append(
        f'<details class="fold"{fold}><summary>Claims and evidence ({len(claims)})</summary>'
    )
    for st in sel.codebook.stances:
        group = [c for c in claims if c.stance == st.id]
        if group:
            items = "".join(_claim_li(sel, c, qid) for c in group)
            out.append(
                f"<h4>{escape(st.symbol)} {escape(st.label)} ({len(group)})</h4>"
                f'<ul class="claims">{items}</ul>'
            )
    out.append("</details>")
    out.append(contested)
    parts = question_parts(sel, qid, limit=MAX_PARTS)
    if parts:
        left = unlinked(sel, qid)
        more = (
            f"; {left} claim{'s' * (left != 1)} without relations "
            f"{'are' if left != 1 else 'is'} listed above"
            if left
            else ""
        )
        total = parts[0].count
        out.append(
            f'<details class="fold"{fold}><summary>Argument graphs ({total} '
            f"part{'s' * (total != 1)}{more})</summary>"
        )
        for part in parts[:MAX_PARTS]:
            picture = drawn.get(part.name) or graph_svg(part, legend=False)
            out.append(
                f'<figure><div class="scroll">{picture}</div>'
                f"<figcaption>{escape(part.caption)}</figcaption></figure>"
            )
        if total > len(parts):
            rest = total - len(parts)
            out.append(
                f"<p class='note'>{rest} smaller parts are not drawn here: "
                f"<code>argmap export --format dot -q {escape(qid)}</code> has them all.</p>"
            )
        out.append("</details>")
    out.append("</section>")
    return "".join(out)


VOICE_SOURCES = 2
"""The "who argues what" table names this many sources of a voice, the rest folded: debate36's
Halvorsrud, quoted in 6, took 4 lines of a desktop row and 9 of a phone's."""


def _voices(sel: Selection) -> str:
    """Who argues what: each quoted voice's position on each question (a sentence counted
    once), the sources it is quoted in; nothing when no claim has a voice."""
    vm = sel.voices()
    if not vm.voices:
        return ""
    heads = "".join(
        f'<th scope="col" title="{escape(sel.question(q).text)}">{escape(sel.question(q).label)}</th>'
        for q in vm.questions
    )
    rows = []
    for voice in sel.voice_order():
        cells = []
        for q in vm.questions:
            cell = vm.cell(voice, q)
            if cell.dominant is None and not cell.contested:
                cells.append("<td></td>")
                continue
            mark = ("±" if cell.mixed else "") + ("!" if cell.contested else "")
            chip = _chip(sel, cell.dominant, mark)
            counted = f"{cell.sentences} sentence{'s' * (cell.sentences != 1)}"
            label = sel.question(q).label
            cells.append(
                f'<td title="{escape(voice)} on {escape(label)}: {counted}">{chip}'
                f' <span class="n">{cell.sentences}</span></td>'
            )
        sources = vm.sources.get(voice, [])
        names = [escape(short_title(sel.source(sid).title, 40)) for sid in sources]
        rows.append(
            f'<tr data-search="{escape(voice.lower())}"><th scope="row">{escape(voice)}</th>'
            f'{"".join(cells)}<td class="in">{len(sources)}: {_names(names, VOICE_SOURCES)}</td></tr>'
        )
    writer = (
        f" {vm.writer_claims:,} claims are their writers' own and are in the heat map only."
        if vm.writer_claims
        else ""
    )
    return (
        '<section id="voices"><h2>Who argues what</h2>'
        f'<p class="note">{len(vm.voices)} voices: the people and bodies the sources quote or '
        "report, each with the dominant stance of their claims on each question (the number: "
        "sentences, each counted once) and the sources that quote them; ordered along the "
        f"stances, the most quoted first. <b>!</b> annotators read some of its sentences "
        f"differently (not counted).{writer}</p>"
        '<div class="scroll"><table class="voices"><thead><tr><th scope="col">Voice</th>'
        f'{heads}<th scope="col">Quoted in</th></tr></thead><tbody>{"".join(rows)}</tbody>'
        "</table></div></section>"
    )


def _compare(sel: Selection) -> str:
    options = "".join(
        f'<option value="{escape(sid)}">{escape(short_title(sel.source(sid).title, 60))}</option>'
        for sid in sel.sources
    )
    second = sel.sources[1] if len(sel.sources) > 1 else (sel.sources[0] if sel.sources else "")
    options_b = options.replace(
        f'<option value="{escape(second)}">', f'<option value="{escape(second)}" selected>', 1
    )
    return (
        '<section id="compare"><h2>Compare two sources</h2>'
        '<p class="note">Pick two sources: each question where either has claims, with both '
        "positions and their quotes (green: same dominant stance, red: different).</p>"
        f'<label>Source A <select id="cmp-a">{options}</select></label> '
        f'<label>Source B <select id="cmp-b">{options_b}</select></label>'
        '<table class="compare"><thead><tr><th>Question</th><th id="cmp-head-a"></th>'
        '<th id="cmp-head-b"></th></tr></thead><tbody id="cmp-body"></tbody></table></section>'
    )


def _sources(sel: Selection, m: Matrix) -> str:
    out = ['<section id="sources"><h2>Sources</h2><ul class="claims">']
    for sid in sel.sources:
        doc = sel.source(sid)
        meta = doc.meta
        facts = [escape(p) for p in (meta.byline, meta.date) if p]
        if meta.url:
            facts.append(escape(meta.url))
        chips = []
        for q in sel.questions:
            cell = sel.cell(sid, q)
            if cell.dominant is not None:
                mark = ("±" if cell.mixed else "") + ("!" if getattr(cell, "contested", 0) else "")
                chips.append(
                    f"<span>{_chip(sel, cell.dominant, mark)} {escape(sel.question(q).label)}</span>"
                )
        n = len(sel.claims_of(sid))
        note = f'<div class="note">{escape(meta.note)}</div>' if meta.note.strip() else ""
        note += _main_line(sel, sid)
        out.append(
            f'<li class="claim source-item" data-source="{escape(sid)}" '
            f'data-search="{escape((doc.title + " " + sid + " " + meta.byline).lower())}" '
            'style="border-left-color:#888">'
            f"<b>{escape(doc.title)}</b> <code>{escape(sid)}</code> · {n} claims"
            f'<div class="where">{" · ".join(facts)}</div>{note}'
            f'<div class="positions">{"".join(chips)}</div></li>'
        )
    out.append("</ul></section>")
    return "".join(out)


MAIN_QUOTE_CHARS = 160
"""A source's main claim and each piece of evidence backing it, as the sources list quotes
them (the claims under the questions have them in full)."""
MAIN_EVIDENCE = 3
"""At most this many pieces of evidence are quoted under a source's main line."""


def _quoted_link(sel: Selection, claim: Claim) -> str:
    """``claim`` quoted short, with a link to it under its first selected question."""
    quote = escape(in_quotes(short_title(sel.quote(claim), MAIN_QUOTE_CHARS)))
    where = next((q for q in claim.questions if q in sel.questions), None)
    ref = escape(sel.sentence_id(claim) or claim.id)
    if where is None:
        return f"{quote} ({ref})"
    return f'{quote} (<a href="#{escape(claim.id)}-{escape(where)}">{ref}</a>)'


def _main_line(sel: Selection, sid: str) -> str:
    """A source's main line for the sources list: its dominant stance over all its claims,
    its claim on that line most backed by its own claims, and the evidence backing it (a
    reader saw a row of chips per question and had to work out the line from them)."""
    line = main_line(sel, sid)
    if line is None:
        return ""
    st = sel.stance(line.stance)
    out = [
        f'<div class="main">Main line: {_chip(sel, st.id)} <b>{escape(st.label)}</b> '
        f"({line.on_line} of {line.total} claims)"
    ]
    if line.claim is not None:
        out.append(f": {_quoted_link(sel, line.claim)}")
    if line.evidence:
        shown = line.evidence[:MAIN_EVIDENCE]
        more = len(line.evidence) - len(shown)
        items = "".join(f"<li>{_quoted_link(sel, c)}</li>" for c in shown)
        if more:
            items += f"<li>and {more} more</li>"
        out.append(f'<ul class="backing"><li class="head">backed by its evidence:</li>{items}</ul>')
    out.append("</div>")
    return "".join(out)


def _data(sel: Selection, m: Matrix, emoji: dict[str, str]) -> str:
    stances = {}
    for s in sel.codebook.stances:
        color = sel.colour(s.id)
        fill = share_fill(color, 1.0)  # as _chip
        stances[s.id] = {
            "symbol": s.symbol,
            "label": s.label,
            "color": fill,
            "fill": fill,
            "ink": ink_on(fill),
        }
    cells: dict[str, dict[str, dict]] = {}
    for sid in m.sources:
        for q in m.questions:
            cell = sel.cell(sid, q)
            if cell.dominant is not None:
                cells.setdefault(sid, {})[q] = {
                    "d": cell.dominant,
                    "m": cell.mixed,
                    "c": int(getattr(cell, "contested", 0) or 0),
                    "n": [cell.counts.get(s.id, 0) for s in sel.codebook.stances],
                }
    claims: dict[str, dict[str, list]] = {}
    wanted = set(sel.questions)
    for c in sel.claims:
        for q in c.questions:
            if q in wanted:
                # its words quoted as the page quotes them (debate36's compare table read
                # “"Our members …”), a voiced claim's voice fifth, before them (who says what)
                said = [sel.voice(c)] if c.voice else []
                claims.setdefault(c.source, {}).setdefault(q, []).append(
                    [c.stance, in_quotes(sel.quote(c)), sel.sentence_id(c), c.id, *said]
                )
    data = {
        "stances": stances,
        "questions": [{"id": q, "label": sel.question(q).label} for q in sel.questions],
        "titles": {sid: sel.source(sid).title for sid in sel.sources},
        "cells": cells,
        "claims": claims,
        "emoji": emoji,
        "print_all": len(sel.claims) <= PRINT_ALL_UP_TO,
    }
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # "<" can never end the script block or open a comment inside it
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def emoji_names(text: str) -> dict[str, str]:
    """Each emoji in ``text`` and the words the page shows for it where the reader's fonts
    cannot draw it: ``[face with tears of joy]``, ``[flag FR]``."""
    names = {}
    for found in sorted(set(EMOJI.findall(text))):
        if "\U0001f1e6" <= found[0] <= "\U0001f1ff":
            letters = "".join(chr(ord("A") + ord(ch) - 0x1F1E6) for ch in found)
            names[found] = f"[flag {letters}]"
            continue
        words = [
            unicodedata.name(ch, f"emoji U+{ord(ch):04X}").lower()
            for ch in found
            if ch not in "\ufe0f\u200d\u20e3" and not "\U0001f3fb" <= ch <= "\U0001f3ff"
        ]
        names[found] = f"[{' + '.join(words)}]"
    return names


def _print_folded(sel: Selection) -> str:
    """The line printed under the title of a report too large to print every folded
    question open (see :data:`PRINT_ALL_UP_TO`); nothing for a smaller one."""
    if len(sel.claims) <= PRINT_ALL_UP_TO:
        return ""
    return (
        f'<p id="print-folded">This report has {len(sel.claims):,} claims: printed with '
        f"every question's positions (up to {WHO_UP_TO} sources named per stance: the heat "
        "map has them all), and its claims and graphs only where they are open on "
        "screen (all of them would be thousands of pages). Open a question's claims, or "
        "search, before printing to have them on paper.</p>"
    )


def to_html(sel: Selection, graphviz: bool = True) -> str:
    """The HTML report of ``sel`` as one self-contained page.

    The argument graphs are drawn by Graphviz when ``dot`` is installed (and ``graphviz``
    is true), by argmap's own layout otherwise; both are inline SVG.
    """
    m = sel.matrix()
    parts = [p for q in sel.questions for p in question_parts(sel, q, limit=MAX_PARTS)]
    drawn = graphviz_svgs(parts) if graphviz else {}
    view = f"annotator {sel.annotator}" if sel.annotator else "reference view"
    scope = " (filtered)" if sel.filtered else ""
    name = escape(sel.name)
    voices = _voices(sel)
    toc = "".join(
        f'<li><a href="#q-{escape(q)}">{escape(sel.question(q).label)}</a></li>'
        for q in sel.questions
    )
    body = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Argument map: {name}</title>",
        '<meta name="generator" content="argmap export --format html">',
        f"<style>{_CSS}</style></head><body>",
        f"<header><h1>Argument map: {name}</h1>",
        '<input id="search" type="search" placeholder="Search quotes, sources, ids…" '
        'autocomplete="off" aria-label="Search claims"><span id="hits"></span>',
        '<nav><a href="#positions">Positions</a>'
        + ('<a href="#voices">Voices</a>' if voices else "")
        + '<a href="#questions">Questions</a>'
        '<a href="#compare">Compare</a><a href="#sources">Sources</a></nav></header>',
        "<main>",
        '<p id="filtered"></p>',
        _print_folded(sel),
        f'<p class="summary">{len(sel.claims)} claims from {len(sel.sources)} sources on '
        f"{len(sel.questions)} questions{scope}; {escape(view)}. Generated by "
        "<code>argmap export --format html</code>; works offline.</p>",
        '<section id="positions"><h2>Positions</h2>',
        _legend(sel),
        f'<div class="scroll">{_heatmap(sel)}</div></section>',
        voices,
        f'<section id="questions"><h2>Questions</h2><ul>{toc}</ul>',
        *(_question(sel, q, drawn) for q in sel.questions),
        "</section>",
        _compare(sel),
        _sources(sel, m),
        "</main>",
    ]
    page = "\n".join(body)
    return (
        f'{page}\n<script type="application/json" id="argmap-data">'
        f"{_data(sel, m, emoji_names(page))}</script>\n<script>{_JS}</script>\n</body></html>\n"
    )
