"""An HTML page as a source: its text and its title, author, outlet, date and URL
(:func:`html_to_text`)."""

from __future__ import annotations

import html
import re

from argmap.readers.dates import _ANY_DATE, _guess_day, any_date
from argmap.readers.head6 import ORGANISATION
from argmap.readers.html14 import author14, lines14, signature14
from argmap.readers.html15 import (
    date15,
    lines15,
    markup15,
    post_author15,
    signatories15,
    signed15,
)
from argmap.readers.html16 import (
    author16,
    lines16,
    opener16,
    outlet16,
    rescue16,
    signed_under16,
    speakers16,
    thread_author16,
)
from argmap.readers.html17 import blogger17, speaker_heads17, transcript_segments17
from argmap.readers.html18 import (
    byline_user18,
    discussion18,
    key_points18,
    matrix_replies18,
    qa_classes18,
    reading_app18,
    smf_posts18,
)
from argmap.readers.html_text import _ISO_DAY, HTMLText, data_tables, names_writers, text_forms
from argmap.readers.layout import text_layout
from argmap.readers.metadata import guess_author, guess_date
from argmap.readers.names import person_name, person_names
from argmap.readers.page9 import facts9, kind9, lines9, markup9, title9
from argmap.readers.page10 import facts10, kind10, lines10, markup10
from argmap.readers.page11 import (
    askers11,
    lines11,
    metadata_lists11,
    note_marks11,
    place11,
    threads11,
)
from argmap.readers.page12 import lines12, lines13, markup12
from argmap.readers.plain import shorten_at_word
from argmap.readers.text10 import letter_names
from argmap.readers.versions import READER, check_reader

_REPORT_OF_17 = re.compile(
    r"(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Special|Annual|Interim|Final)[ \t]+)?"
    r"Report[ \t]+of[ \t]+the[ \t]+(?P<body>[A-Z][^·|\n]{3,80}?(?:Committee|Commission|Panel|Board))"
)
_TITLE_SEPARATOR = re.compile(r"(\s+(?:\||–|—|-|::|·|•)\s+)")


def strip_site_suffix(title: str, site: str = "") -> tuple[str, str]:
    """``title`` without a site name before or after a separator, and that site name.

    "Headline | Example Times" gives ("Headline", "Example Times"); a first or last part
    equal to ``site`` is removed; otherwise a last part of at most four words after a
    longer headline is taken for the site.
    """
    title = title.strip()
    pieces = _TITLE_SEPARATOR.split(title)  # part, separator, part, ...
    if len(pieces) < 3:
        return title, ""
    first, last = pieces[0], pieces[-1]
    if site and last.casefold() == site.strip().casefold():
        return "".join(pieces[:-2]), last
    if site and first.casefold() == site.strip().casefold():
        return "".join(pieces[2:]), first
    headline = "".join(pieces[:-2])
    if len(last.split()) <= 4 and len(last) < len(headline):
        return headline, last
    return title, ""


_HAS_CONTENT = re.compile(r"<(?:article|main)\b", re.IGNORECASE)
_BARE_BULLET = re.compile(r"[•\s]*")


_CHAIR_15 = re.compile(
    r"(?:The |Madam |Mr |Madame )?(?:Presiding Member|Presiding Officer|Speaker|Deputy Speaker|"
    r"President|Chair(?:man|woman|person)?|Clerk|Moderator|Host)"
)
"""Reader 15: the chair of a sitting, who opens its record: no author of the page."""


def html_to_text(markup: str, reader: int = READER) -> tuple[str, dict[str, str]]:
    """Readable text of an HTML page (one paragraph per line) and what its head tells.

    ``reader`` picks how furniture is told from text (see :data:`READER`)."""
    check_reader(reader)
    saved = markup  # reader 15: the page as saved (its comments' marks)
    # reader 12 reads a thread by its shape only where reader 11 reads no speaker in the page
    # (a Mastodon, Reddit or LinkedIn thread it knows keeps its writers as they were); reader
    # 13 asks reader 11 only once posts of a shape are found (an article is parsed once)
    eleven = _ElevenReads(markup)
    generic = reader == 12 and eleven.no_speaker()
    parser = HTMLText(reader, has_content=bool(_HAS_CONTENT.search(markup)))
    if reader >= 7:
        parser.text_forms = text_forms(markup)
        parser.data_tables = data_tables(markup)
        markup = _DOCS_COMMENT.sub("", markup)
    if reader >= 8:
        parser.writers_named = names_writers(markup)
    if reader >= 12:
        markup = markup12(markup)
    if reader >= 15:
        markup = markup15(markup)
    if reader >= 18:  # a statement's "Key points" box: the page's words, not a side column
        markup = key_points18(markup)
    kind = kind9(markup) if reader >= 9 else ""
    page = markup  # as written, for what reader 9 reads beyond its text
    if kind:
        markup = markup9(markup, kind)
    if reader >= 10:
        kind = kind10(markup, kind)
        markup = markup10(markup, kind) if kind else markup
    threads: list[list[str]] = []
    opener = ""
    commenters: frozenset[str] = frozenset()
    posters: frozenset[str] = frozenset()
    listed: dict[str, str] = {}
    if reader >= 11:
        markup, listed = metadata_lists11(askers11(note_marks11(markup)))
        markup = markup.replace("</summary>", "</summary><br>")  # "06.00 CEST" "Last modified"
        markup, threads, commenters, posters, opener = threads11(
            markup,
            lambda part: _fragment_lines(part, reader),
            generic=reader if generic or reader >= 13 else 0,
            guard=eleven.no_speaker if reader >= 13 else None,
        )
        generic = generic or (reader >= 13 and eleven.asked and eleven.no_speaker())
    parser.feed(markup)
    parser.close()
    raw = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    if reader >= 2:  # a list item whose only text was furniture ("• 12 Comments")
        lines = [line for line in lines if not _BARE_BULLET.fullmatch(line)]
    if reader >= 6:
        lines = _lines6([line for line in lines if line], keep_notes=kind == "epub")
    if reader >= 7:
        lines = [line for line in lines if not _COUNT_LINE_7.fullmatch(line.lstrip("# "))]
    if reader >= 8:
        lines = _lines8(lines)
    read_lines = lines
    if reader >= 9:
        lines = lines9(lines, markup, kind)
    if reader >= 10:
        lines = lines10(lines, kind)
    if reader >= 11:
        lines = place11(lines11(lines), threads)
    if reader >= 12:
        lines = lines12(lines)
    if reader >= 13:
        lines = lines13(lines)
    if reader >= 14:
        lines = lines14(lines)
    if reader >= 15:
        lines = lines15(lines)
    if reader >= 16:
        lines = lines16(lines)
    paragraphs = "\n\n".join(line for line in lines if line)
    title = html.unescape(" ".join(parser.title.split())) or parser.meta.get("og:title", "")
    site = parser.meta.get("og:site_name", "")
    if reader >= 3:
        site = site or parser.found.get("site", "")
        heading = parser.found.get("h1", "")
        pieces = _TITLE_SEPARATOR.split(title)
        if not site and heading and len(pieces) >= 3 and "".join(pieces[:-2]) == heading:
            # "Why I stopped… – Notes from the School Run": the page's own heading says
            # where the headline ends, however long the site's name
            site = pieces[-1]
    if reader >= 4:
        # "Sixteen is not the new eighteen | Opinion | Aldmark Tidende": the page's own
        # heading (or og:title) says where the headline ends; the last part is the site
        clean = parser.found.get("h1", "") or parser.meta.get("og:title", "")
        rest = title[len(clean) :] if clean and title.startswith(clean) else ""
        pieces = _TITLE_SEPARATOR.split(rest)
        if rest and len(pieces) >= 3 and not pieces[0]:
            title, site = clean, site or pieces[-1].strip()
    title, suffix = strip_site_suffix(title, site)
    if reader >= 4 and not suffix and site and title != (parser.title or "").strip():
        suffix = site
    info = {"title": title}
    if (
        reader >= 3
        and parser.found.get("author")
        and not (parser.meta.get("author") or parser.meta.get("article:author"))
    ):
        info["author"] = parser.found["author"]
    for key, field in (
        ("author", "author"),
        ("article:author", "author"),
        ("og:site_name", "outlet"),
        ("article:published_time", "date"),
        ("date", "date"),
        ("og:url", "url"),
    ):
        if key in parser.meta and not info.get(field):
            info[field] = parser.meta[key]
    if suffix and not info.get("outlet"):
        info["outlet"] = suffix
    if reader >= 5:
        info.update(_page_facts(parser, title, info))
    if reader >= 6:
        info.update(_page_facts6(parser, title, info))
        outlet, body = info.get("outlet", ""), paragraphs + "\n"
        if (
            not info.get("author")
            and ORGANISATION.search(outlet)
            and not guess_author(body, reader)
            and not text_layout(body, reader).speakers  # a record of a sitting: no author
        ):
            info["author"] = outlet  # an organisation's page names no person
    if reader >= 7:
        info.update(_page_facts7(title, info, paragraphs))
        for field, value in linked_data(markup).items():
            info[field] = info.get(field) or value
        dublin = _dublin_core(parser.meta)
        if text_layout(paragraphs + "\n", reader).speakers:
            dublin.pop("author", None)  # a record of a sitting: its publisher wrote no turn
        for field, value in dublin.items():
            info[field] = info.get(field) or value
        first = _FIRST_HANDLE.search(paragraphs)
        if first and f"@{first[1]}:" in commenters:
            first = None  # reader 11: a comment's writer, not the page's
        if first and not info.get("author"):
            info["author"] = first[1]  # a forum thread's first post's writer
        generator = parser.meta.get("generator", "")
        if generator.startswith("MediaWiki") and info.get("outlet") and not info.get("author"):
            info["author"] = f"{info['outlet']} contributors"  # a wiki's article has no one writer
        if _OFFICE.match(generator) and not person_names(info.get("author", "")):
            info.pop("author", None)  # the file's owner ("Clerk", "User"), not its writer
    if reader >= 8:
        info.update(_page_facts8(markup, parser, info, paragraphs))
    if reader >= 9:
        for field, value in facts9(page, kind, parser.meta, read_lines).items():
            if field != "outlet" or not parser.meta.get("og:site_name"):
                info[field] = value  # the publisher a record names, not its heading
        info["title"] = title9(info.get("title", ""), kind)
        chapter = parser.found.get("h1") or parser.found.get("h1 anywhere") or ""
        if kind == "epub" and chapter and info.get("title") != chapter:
            info["title"] = _chapter_title(markup, info.get("title", ""), chapter)
        if kind == "talk" and info.get("outlet"):
            info["author"] = f"{info['outlet']} contributors"  # not its first editor
    if reader >= 10 and not info.get("author"):
        info.update(facts10(html.unescape(" ".join(parser.title.split())), kind, paragraphs))
    if reader >= 10 and kind == "telegram" and info.get("title"):
        info["author"] = info.get("author") or info["title"]  # the channel, its first sender
    if reader >= 10 and not info.get("author") and (writers := letter_names(paragraphs + "\n")):
        info["author"] = writers  # a letters page's writers
    heading = parser.found.get("h1") or parser.found.get("h1 anywhere") or ""
    if reader >= 11 and info.get("title") and heading and heading != info["title"]:
        # "public opinion - Why hasn't…" (a site's tag), "Comments: Fund KBC…": the heading
        at = info["title"].find(heading)
        before, after = info["title"][:at], info["title"][at + len(heading) :]
        if at > 0 and _TAG_PREFIX_11.fullmatch(before) and _SITE_REST_11.fullmatch(after):
            info["title"] = heading
    outlet = info.get("outlet", "")
    if reader >= 11 and site and outlet and outlet != site and heading.endswith(f" {outlet}"):
        info["outlet"] = site  # "… – as it happened | Politics | Herald": the heading's end
    named = _FIRST_NAME_11.search(paragraphs) if reader >= 11 else None
    if named and not info.get("author") and f"{named[1]}:" in posters:
        info["author"] = person_name(named[1])  # a post's writer (a Facebook group's)
    if reader >= 11 and listed.get("author") and not info.get("author"):
        info["author"] = listed["author"]  # a written evidence's submitter
    if reader >= 11 and listed.get("date") and not info.get("date"):
        info["date"] = guess_date(listed["date"], reader)
    if reader >= 12 and threads and not info.get("date") and (when := _TIME_12.search(page)):
        info["date"] = when[1]  # a thread's first post's time (read with the post)
    if generic and threads and not info.get("date") and not guess_date(paragraphs, reader):
        info["date"] = guess_date(eleven.text(), 11)  # a post's date line, read with its head
    if reader >= 4:
        found, byline = parser.found, parser.found.get("byline", "")
        if not info.get("date"):
            day = found.get("date", "")
            info["date"] = day[:10] if _ISO_DAY.match(day) else guess_date(byline, reader)
        if not info.get("author") and byline:
            info["author"] = byline_author(byline)
        if not info.get("url") and found.get("url"):
            info["url"] = found["url"]
        info = {k: v for k, v in info.items() if v}
    if reader >= 13 and opener:
        author = info.get("author", "")
        first = re.search(r"^(?:@|u/)?([^\n]{1,60}):$", paragraphs, re.M)
        commenter = bool({f"{author}:", f"@{author}:"} & commenters)
        opens = first is not None and (commenter or first.start() <= 400)  # not a video's
        chair = reader >= 15 and _CHAIR_15.fullmatch(opener)  # "The Presiding Member"
        if (not author or commenter) and opens and first[1] == opener.lstrip("@") and not chair:
            info["author"] = opener  # a chat's first writer, not a commenter named as a person
    if reader >= 14:
        info["author"] = author14(
            info.get("author") or guess_author(paragraphs + "\n", reader),
            paragraphs + "\n" + html.unescape(markup),
        )
        kept, signed = signature14(paragraphs.split("\n\n"), info["author"])
        letters = re.search(r"\bletters?\b", f"{title} {markup[:6000]}", re.I)
        if letters and signed != info["author"]:  # a letter signed by its author at its foot
            paragraphs, info["author"] = "\n\n".join(kept), signed
    if reader >= 15:  # an open letter's signatories: its author, no sentences
        kept, info["author"] = signatories15(paragraphs.split("\n\n"), info.get("author", ""))
        paragraphs = "\n\n".join(kept)
    if reader >= 15 and not info.get("author"):
        info["author"] = signed15(markup)  # "Katrin Moll, Head of Quality…" (class signature)
    if reader >= 15 and not info.get("date") and (day := date15(saved, paragraphs)):
        info["date"] = day  # Reddit's created-timestamp, "Issued by …, 1 December 2027"
    if reader >= 15 and info.get("author") and "bypostauthor" in saved:
        paragraphs = post_author15(paragraphs, saved, info["author"])
    if reader >= 16:  # no "by NAME", date or heading's start as the outlet
        info = outlet16(info, html.unescape(" ".join(parser.title.split())), heading)
    if reader >= 16:  # the byline's person, not "Opinion" (the section's label)
        byline = parser.found.get("byline", "")
        info["author"] = author16(info.get("author", ""), byline, info.get("outlet", ""))
        info = {k: v for k, v in info.items() if v}
    if reader >= 16:  # comments' writers no rule read (a LinkedIn post's, a petition's)
        paragraphs, writer = speakers16(saved, paragraphs)
        author = info.get("author", "")
        if writer and (not author or f"\n{author.split()[0]}" in f"\n{paragraphs}"):
            info["author"] = writer.partition(" @")[0]  # the post's writer, not a commenter's
        info["author"] = thread_author16(info.get("author", ""), info.get("title", ""), paragraphs)
    if reader >= 16:  # a petition's reasons each signed under it ("Kristin, Nordmark · 3 days ago")
        paragraphs = signed_under16(paragraphs)
    if reader >= 16:  # a thread's opener headed as its replies are (Nextdoor's)
        paragraphs, info["author"] = opener16(paragraphs, info.get("author", ""))
    if reader >= 16:  # prose no rule read (a Facebook group's comments): read where it stands
        paragraphs = rescue16(saved, paragraphs)
    if reader >= 17:  # a record's speeches under their speaker's head (class="speaker")
        paragraphs, record = speaker_heads17(saved, paragraphs)
        sitting = re.escape(info.get("author", "")) + r"[ \t]+[·•|][ \t]"
        if record and info.get("author") and re.search(rf"(?m)^{sitting}", paragraphs):
            info["author"] = info.get("outlet", "")  # "Full Council · 2 March": the venue
            info = {k: v for k, v in info.items() if v}
    if reader >= 17:  # a video's transcript panel, its segments read as one text
        paragraphs = transcript_segments17(saved, paragraphs)
    if reader >= 17:  # a Blogger post's author, date and blog; no "@" the page does not write
        paragraphs, info = blogger17(saved, paragraphs, info)
    if reader >= 17 and (of := _REPORT_OF_17.fullmatch(info.get("author", ""))):
        info["author"] = of["body"]  # "First Report of the Transport Committee": the committee
    if reader >= 18:  # an interview's questions and answers marked by class ("q", "a")
        paragraphs = qa_classes18(saved, paragraphs, info.get("author", ""))
    if reader >= 18 and not info.get("author") and (poster := byline_user18(saved)):
        info["author"] = poster  # "posted by strat_ozone_grad": the thread's opener
    if reader >= 18:  # a reading app's page: the publication it shows, not the app
        info = reading_app18(saved, info)
    if reader >= 18 and "mx_Export" in saved:  # a Matrix export: no quote a reply repeats
        paragraphs = matrix_replies18(saved, paragraphs)
        if info.get("title", "").startswith("Exported Data - "):
            info["title"] = info["title"].removeprefix("Exported Data - ")  # the room's name
    if reader >= 18 and 'class="comment-title"' in saved:  # an open review's comments
        paragraphs, reviewer = discussion18(saved, paragraphs)
        info["author"] = reviewer or info.get("author", "")
        info = {k: v for k, v in info.items() if v}
    if reader >= 18:  # an SMF forum's posts, each its writer's, and its quotes
        paragraphs, started = smf_posts18(saved, paragraphs)
        if started and not info.get("date") and (day := any_date(started)):
            info["date"] = day  # the thread's first post's, its "« on: DATE »" no sentence
    return paragraphs + "\n", info


class _ElevenReads:
    """What reader 11 makes of a page, read when first asked (reader 12 asks of every page,
    reader 13 of a page with posts found by their shape)."""

    def __init__(self, markup: str) -> None:
        self.markup = markup
        self._text: str | None = None

    @property
    def asked(self) -> bool:
        """Whether reader 11 has read the page."""
        return self._text is not None

    def text(self) -> str:
        """Reader 11's text of the page."""
        if self._text is None:
            self._text = html_to_text(self.markup, 11)[0]
        return self._text

    def no_speaker(self) -> bool:
        """Whether reader 11 reads no speaker in the page."""
        return not text_layout(self.text(), 11).speakers


def _fragment_lines(fragment: str, reader: int) -> list[str]:
    """Reader 11: the lines of a post's text (a fragment of the page's markup)."""
    parser = HTMLText(reader)
    parser.feed(fragment)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    return [line for line in lines if line and not _BARE_BULLET.fullmatch(line)]


PAGE_DATES = ("article:published_time", "date", "dcterms.modified", "dcterms.date", "dc.date",
              "datepublished", "datemodified")  # fmt: skip
"""Reader 5: the head's fields that give a page's own date, first found first."""


def _page_facts(parser: HTMLText, title: str, info: dict[str, str]) -> dict[str, str]:
    """What reader 5 reads of a page beyond reader 4: its own date (never one from its
    text), Medium's publication as the outlet, a Blogger title "Blog: Post" as title and
    outlet, a government page's "From:" organisation as the author."""
    facts: dict[str, str] = {}
    if not info.get("date"):
        day = next((parser.meta[k] for k in PAGE_DATES if k in parser.meta), "")
        day = day or parser.found.get("date", "")
        for term in ("last updated", "updated", "published"):
            day = day or _guess_day(parser.found.get(f"dd:{term}", ""))
        if _ISO_DAY.match(day):
            facts["date"] = day[:10]
    if parser.found.get("publication"):
        facts["outlet"] = parser.found["publication"]
    clean = parser.found.get("heading") or parser.meta.get("og:title", "")
    blog, colon, rest = title.partition(": ")
    if clean and colon and rest == clean and len(blog.split()) <= 6:
        facts["title"] = clean  # Blogger: "Pedal and Pavement: Why the ring road…"
        if not info.get("outlet"):
            facts["outlet"] = blog
    if not info.get("author") and parser.found.get("dd:from"):
        facts["author"] = parser.found["dd:from"]
    return facts


_MARKED_HEADING = re.compile(r"(?P<marks>#{1,6}) (?P<text>.*)")
_NOT_TEXT_SECTION = re.compile(
    r"(?:References|Notes|Footnotes|Citations|Sources|Bibliography|See also|External links|"
    r"Further reading|Notes and references|Works cited)(?: \[edit\])?",
    re.IGNORECASE,
)
_BROWSER_LINE = re.compile(
    r"(?:(?:View|Read|Open)\b.{0,30}\b(?:in|on) (?:your|a|the) (?:web )?browser|"
    r"View (?:it |this (?:email |e-mail )?)?online|Having trouble (?:viewing|reading)\b.*)"
    r"[.!]?",
    re.IGNORECASE,
)
_MAIL_FOOTER = re.compile(
    r"You(?: are|'re|’re) receiving this\b.*|.*\bunsubscribe\b.*|"
    r"Update (?:your )?(?:email |e-mail )?preferences\b.*|"
    r"Manage (?:your )?(?:subscription|preferences)\b.*|Forward (?:this (?:email )?)?to a friend.*",
    re.IGNORECASE,
)


def _lines6(lines: list[str], keep_notes: bool = False) -> list[str]:
    """Reader 6's lines of a page: no empty heading marks; no "References", "See also" or
    "External links" section (up to the next heading as high); no e-mail chrome ("View this
    email in your browser", and from "You are receiving this email…" or an unsubscribe line
    in the last part of the page to its end). Reader 9 (``keep_notes``): an EPUB chapter's
    "Notes" section is kept."""
    out: list[str] = []
    dropping = 0  # the level of a section being dropped
    for n, line in enumerate(lines):
        marked = _MARKED_HEADING.fullmatch(line)
        if not line.strip("# "):
            continue
        if marked:
            level = len(marked["marks"])
            if dropping and level > dropping:
                continue
            dropping = level if _NOT_TEXT_SECTION.fullmatch(marked["text"]) else 0
            if keep_notes and marked["text"].lower() in ("notes", "endnotes", "footnotes"):
                dropping = 0
            if dropping:
                continue
        elif dropping:
            continue
        if _BROWSER_LINE.fullmatch(line):
            continue
        if n >= len(lines) * 0.6 and len(line) <= 160 and _MAIL_FOOTER.fullmatch(line):
            break
        out.append(line)
    return out


def _page_facts6(parser: HTMLText, title: str, info: dict[str, str]) -> dict[str, str]:
    """What reader 6 reads of a page beyond reader 5: a MediaWiki page's "last edited" date;
    a title "Newsletter No. 9: the heading" whatever the heading's case (the title the
    heading, the outlet the newsletter without its issue number)."""
    facts: dict[str, str] = {}
    if not info.get("date") and (day := any_date(parser.found.get("lastmod", ""))):
        facts["date"] = day
    found = parser.found
    clean = found.get("h1") or found.get("h1 anywhere") or parser.meta.get("og:title", "")
    blog, colon, rest = title.partition(": ")
    numbered = bool(_ISSUE.search(blog))  # "Lamplight No. 9: the winter test"
    if clean and colon and numbered and rest.casefold() == clean.casefold():
        facts["title"] = clean
        if not info.get("outlet") or info["outlet"] == blog:
            facts["outlet"] = _ISSUE.sub("", blog)
    return facts


# Reader 7: a Google Docs export's comments: the mark in the text ("[a]") and the comment
# itself at the end of the page (a reviewer's note, not the document's words)
_DOCS_COMMENT = re.compile(
    r"<sup>\s*<a\b[^>]*href=\"#cmnt\d+\"[^>]*>[^<]*</a>\s*</sup>|"
    r"<div\b[^>]*>\s*<p\b[^>]*>\s*<a\b[^>]*href=\"#cmnt_ref\d+\".*?</div>",
    re.IGNORECASE | re.DOTALL,
)


def _dublin_core(meta: dict[str, str]) -> dict[str, str]:
    """Reader 7: what a page's Dublin Core fields say: the date it was created or issued
    (``DC.Date.Created``, ``dcterms.issued``), its creator or else its publisher as the
    author."""
    found: dict[str, str] = {}
    for key in ("dc.date.created", "dc.date.issued", "dcterms.created", "dcterms.issued",
                "dc.date.published", "dcterms.available"):  # fmt: skip
        if _ISO_DAY.match(meta.get(key, "")):
            found["date"] = meta[key][:10]
            break
    for key in ("dc.creator", "dcterms.creator", "dc.publisher", "dcterms.publisher"):
        if meta.get(key, "").strip():
            found["author"] = meta[key].strip()
            break
    return found


_TAG_PREFIX_11 = re.compile(
    r"[a-z][\w-]*(?: [a-z][\w-]*){0,3} [-–—|] |(?:Comments|Reader comments|Discussion)(?: on)?: "
)
"""Reader 11: a page title's prefix before its heading that is no part of it: a question
site's tag ("public opinion - "), a comments page's "Comments: "."""
_SITE_REST_11 = re.compile(r"(?:\s+[-–—|·]\s+\S.{0,60})?")
_TIME_12 = re.compile(r"<time\b[^>]*\bdatetime=[\"']?(\d{4}-\d\d-\d\d)", re.I)
_FIRST_NAME_11 = re.compile(r"\A(?:[^\n]*\n+){0,3}?([^\n:@]{2,60}):\n")
_FIRST_HANDLE = re.compile(r"\A(?:[^\n]*\n+){0,3}?(?:@|u/)([\w.-]{2,40}):\n")
_OFFICE = re.compile(r"(?:LibreOffice|OpenOffice|Microsoft (?:Word|Office)|Google Docs)", re.I)
_LD_JSON = re.compile(
    r"<script\b[^>]*type=[\"']application/ld\+json[\"'][^>]*>(.*?)</script>",
    re.IGNORECASE | re.DOTALL,
)
_LD_TEXT_TYPES = re.compile(r"\w*(?:Article|BlogPosting|Posting|Report|WebPage|Review)", re.I)


def linked_data(markup: str) -> dict[str, str]:
    """Reader 7: what a page's JSON-LD (schema.org) says of its text: the author's name,
    the publisher's name as the outlet, the date published; ``{}`` if none or not JSON."""
    import json

    found: dict[str, str] = {}
    for m in _LD_JSON.finditer(markup):
        try:
            data = json.loads(html.unescape(m[1]).strip())
        except ValueError:
            continue
        items = (
            data
            if isinstance(data, list)
            else data.get("@graph", [data])
            if isinstance(data, dict)
            else []
        )
        for item in items:
            if not isinstance(item, dict):
                continue
            kind = item.get("@type", "")
            kind = " ".join(kind) if isinstance(kind, list) else str(kind)
            if not _LD_TEXT_TYPES.fullmatch(kind.split()[0] if kind else ""):
                continue
            author = item.get("author")
            authors = author if isinstance(author, list) else [author]
            names = [a.get("name", "") if isinstance(a, dict) else str(a or "") for a in authors]
            names = [n.strip() for n in names if isinstance(n, str) and n.strip()]
            if names:
                found.setdefault("author", ", ".join(names))
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                found.setdefault("outlet", publisher["name"].strip())
            day = str(item.get("datePublished") or item.get("dateCreated") or "")
            if _ISO_DAY.match(day):
                found.setdefault("date", day[:10])
    return {k: v for k, v in found.items() if v}


_AGO = r"\d+\s*(?:[smhdwy]|mo|mins?|hrs?|seconds?|minutes?|hours?|days?|weeks?|months?|years?)(?:\s+ago)?"
_COUNT_LINE_7 = re.compile(
    rf"[\d,.]+[kKmM]?|(?:all\s+)?[\d,.]+[kKmM]?\s*(?:points?|votes?|comments?|replies|reactions?|"
    rf"likes?|reposts?|shares?|views?|upvotes?|boosts?|favou?rites?|users?|posts?|participants?)(?:\s*\(\d+% upvoted\))?|"
    rf"(?:sorted|sort) by:?\s*\w+(?:\s+\w+)?|"
    rf"(?:r/|u/|@)?[\w.@-]+(?:\s+OP)?\s*[•·]\s*{_AGO}(?:\s*[•·]\s*Edited)?|{_AGO}(?:\s*[•·]\s*Edited)?",
    re.IGNORECASE,
)
"""Reader 7: a line of a page that is only a count ("214 points (81% upvoted)", "all 187
comments", "612"), a sort menu ("Sort by: Best") or a post's or comment's head ("r/Kessby
•5 days ago", "mill_walker OP • 3d"): no sentence."""
_BOARD = re.compile(r"(?P<title>.+?) : (?P<board>(?:r/)?[\w-]{2,40})")
_THREAD_COUNT = re.compile(r"\s+\(?\d{1,2}/\d{1,2}\)?(?=\s*…?$)")
_COUNT_PREFIX = re.compile(r"\(\d+\+?\)\s+")
_COUNT_SUFFIX = re.compile(
    r"\s+[|·•-]\s+\d[\d,.]*[kKmM]?\s+(?:comments?|replies|reactions|likes|votes|points)$"
)
_SOCIAL_TITLE = re.compile(
    r"(?P<name>[^:|]{3,60}?) (?:on|posted on|shared on) (?P<site>[A-Z][\w.]{1,20}): (?P<text>.+)|"
    r"(?P<name2>[^:|\"“]{3,60}?): [\"“](?P<text2>.+?)[\"”](?: [-–|] (?P<site2>[\w.-]+\.[a-z]{2,}))?"
)


def _page_facts7(title: str, info: dict[str, str], text: str) -> dict[str, str]:
    """What reader 7 reads of a page beyond reader 6: a social post's title "(3) NAME on
    LinkedIn: “Post's start…” | 27 comments" as the post's first line (its start when
    cut), NAME the author; without the unread count and the comment count."""
    facts: dict[str, str] = {}
    title = info.get("title", title)  # as reader 6 read it
    clean = _COUNT_SUFFIX.sub("", _COUNT_PREFIX.sub("", title, count=1))
    social = _SOCIAL_TITLE.fullmatch(clean)
    if social:
        name = social["name"] or social["name2"]
        if social["name2"] and not person_name(name):
            return facts  # "Wolf plan meets a packed hall: “…”": a headline, no post
        site = social["site"] or social["site2"]
        post = (social["text"] or social["text2"]).strip()
        cut = post.endswith(("…", "...")) and post.rstrip(".… ")
        first = next(
            (line for line in text.split("\n") if line.strip() and not line.endswith(":")), ""
        )  # the post's first line, not its writer's label
        if cut and first.startswith(cut.split()[0]) and len(first) <= 200:
            post = first.strip()
        elif cut:
            post = cut.rsplit(" ", 1)[0] + "…"
        facts["title"] = post.strip()
        if not info.get("author"):
            facts["author"] = name.strip()
        if not info.get("outlet") and site:
            facts["outlet"] = site
    elif clean != title:
        facts["title"] = clean
    board = _BOARD.fullmatch(facts.get("title", clean))
    if board:  # Reddit: "The stove ban is a tax on poor people : Ostermoor"
        facts["title"] = board["title"]
        site = info.get("outlet", "")
        if site.lower() == "reddit":
            name = board["board"].removeprefix("r/")
            facts["outlet"] = f"Reddit, r/{name}"
    counted = facts.get("title", clean)
    if _THREAD_COUNT.search(counted):
        facts["title"] = _THREAD_COUNT.sub("", counted)  # "Thread on the stove ban. 1/4"
    return facts


_ISSUE = re.compile(r"[\s,·|–-]+(?:No\.?|Issue|Nr\.?|#)\s*\d+$", re.IGNORECASE)


_BY_WORDS = re.compile(r"\b(?:By|Written by|Posted by|Author)\s*:?\s+(.+)", re.I)


def byline_author(byline: str) -> str:
    """The person a web page's byline block names ("By Jen Marlowe March 23, 2026", "Written
    by: Franz Holler Published: 09 November 2026"), or ``""`` (reader 4)."""
    m = _BY_WORDS.search(byline)
    if not m:
        return ""
    words = m[1].split()
    for n in (4, 3, 2):
        candidate = " ".join(words[:n]).rstrip(",·|•")
        if not any(p.search(candidate) for p in _ANY_DATE) and (names := person_names(candidate)):
            return ", ".join(names)
    return ""


# Reader 8: lines of a page that are its chrome, whatever their markup: a Wayback Machine
# capture's banner, a breadcrumb, a forum's counts, "Return to …", "Jump to", "Who is
# online", a forum quote's head ("NAME wrote: ↑ date"), a post's "Re: topic" heading
_CHROME_LINE_8 = re.compile(
    r"The Wayback Machine - https?://\S+|"
    r"(?:Home|Start|Forside|Accueil)\s*(?:[>›»/]\s*[^>›»/]{1,80}){1,6}|"
    r"\d[\d,]* (?:posts?|topics?|replies|messages)\s*[•·|]\s*Page \d+ of \d+|"
    r"Page \d+ of \d+|Return to [“\"\'].*[”\"\']|Jump to|Who is online|"
    r"Users browsing this (?:forum|thread|topic): .*|Top|Back to top|"
    r"[^\s:]{1,40} wrote:(?:\s*↑)?(?:\s+[^.!?]{0,40}\d)?|"
    r"(?:Download|View) (?:the )?(?:preprint|PDF|full text)|Get more citations|"
    r"(?:Downloads|Views|Citations): [\d,]+(?:\s+(?:Downloads|Views|Citations): [\d,]+)*|"
    r"Comments \(\d+\)|\d+ [Cc]omments?|View (?:it |this )?(?:in|on) (?:the )?(?:web|browser)|"
    r"Leave a comment|Subscribe now|Share this post|Read in app|Like|Comment|Restack|Share|"
    r"Post|Thread|Write your reply|Sign up or sign in to join the conversation|"
    r"\d+ comments?:|Post a Comment|Discussion about this post|Leave a Reply|"
    r"(?:Sign|Log) in\b.{0,60}\b(?:comment|conversation|reply)\b.{0,20}|"
    r"(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}) at \d{1,2}:\d{2} ?[apAP]\.?[mM]\.?",
)
_QUOTE_HEAD_8 = re.compile(
    r"(?P<head>[^\s:]{1,40} wrote:(?:\s*↑)?(?:\s*[A-Z][a-z]{2} [A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2} ?[ap]m)?)(?=\S)"
)
_MENU_PART = re.compile(r"[^|]{1,30}")


def _lines8(lines: list[str]) -> list[str]:
    """Reader 8's lines of a page: no chrome line (:data:`_CHROME_LINE_8`), no menu of
    four or more short parts split by "|", no "Re: topic" heading of a forum post, no
    heading that repeats the one before it; a forum quote's head cut from the quote."""
    out: list[str] = []
    headings: set[str] = set()
    for line in lines:
        bare = line.lstrip("# ")
        if _CHROME_LINE_8.fullmatch(bare):
            continue
        parts = bare.split(" | ")
        if len(parts) >= 4 and all(_MENU_PART.fullmatch(p) for p in parts):
            continue  # "Home | The Project | Environment | News | Contact"
        if line.startswith("#"):
            if bare.startswith(("Re: ", "RE: ", "Re:", "Aw: ", "SV: ")) or bare in headings:
                continue
            headings.add(bare)
        line = _QUOTE_HEAD_8.sub("", line, count=1)
        out.append(line)
    return out


_CITATION_META = re.compile(
    r"<meta\b[^>]*?\bname\s*=\s*[\"'](?P<name>citation_[a-z_]+|dc\.creator|DC\.creator)[\"']"
    r"[^>]*?\bcontent\s*=\s*[\"'](?P<content>[^\"']*)[\"']",
    re.IGNORECASE,
)
_PRINT_PREFIX = re.compile(
    r"(?:Print(?:er[- ]friendly)?(?: view| version)?|Printable version)\s*[:|–-]\s*", re.I
)
_SECTION_SUFFIX = re.compile(
    r"\s+[|–—-]\s+(?:News|Latest news|Opinion|Comment|Blog|Blogs|Press releases?|Media releases?|"
    r"Media|Media centre|Newsroom|Statements?|Press|Articles?|Insights|Updates|Stories|Analysis|"
    r"Features?|Letters|Editorials?)$",
    re.I,
)
_SECTION_PREFIX = re.compile(
    r"(?:Opinion|Comment|Analysis|News|Editorial|Letters?|Review|Feature|Column|Blog|Essay|"
    r"Interview|Explainer|Commentary|Perspective|Viewpoint|Op-?Ed)",
    re.I,
)
_WAYBACK = re.compile(
    r"https?://web\.archive\.org/web/\d+(?:[a-z]{2}_)?/(?P<url>https?://[^\s\"'<>]+)"
)
_WAYBACK_BANNER = re.compile(r"The Wayback Machine - (https?://web\.archive\.org/\S+?)(?=[\s<])")
_PROFILE_TITLE = re.compile(r"(?P<name>[^()@|]{2,60}?) \(@(?P<handle>[\w.-]{2,80})\)")
_BY_LINE_8 = re.compile(r"^(?:Post(?:ed)?\s+)?by\s+", re.I)
_AFTER_NAME_8 = re.compile(r"\s+(?:[»·|•]|[-–—]\s|on\s+\w{3,9},?\s+\d).*$")


def _page_facts8(markup: str, parser: HTMLText, info: dict[str, str], text: str) -> dict[str, str]:
    """What reader 8 reads of a page beyond reader 7: a scholarly page's ``citation_*``
    fields (Highwire: its authors, "Last, First" read "First Last", its publisher or
    journal, its date), which every preprint server and journal page has; a title without
    a print view's "Print:" and the section before the heading ("Opinion: …") or after it
    (" | News"); a Wayback Machine capture's original address; an author read from a
    forum's "Post by NAME » date" as NAME."""
    facts: dict[str, str] = {}
    cited: dict[str, list[str]] = {}
    for m in _CITATION_META.finditer(markup[:60000]):
        cited.setdefault(m["name"].lower(), []).append(html.unescape(m["content"]).strip())
    authors = [_first_last(a) for a in cited.get("citation_author", []) if a]
    if authors:
        facts["author"] = ", ".join(authors)
    outlet = next(
        (cited[k][0] for k in ("citation_journal_title", "citation_conference_title",
                               "citation_publisher", "citation_technical_report_institution")
         if cited.get(k) and cited[k][0]), "",
    )  # fmt: skip
    if outlet:
        facts["outlet"] = outlet
    for k in ("citation_publication_date", "citation_date", "citation_online_date"):
        day = cited.get(k, [""])[0].replace("/", "-")
        if _ISO_DAY.match(day):
            facts["date"] = day[:10]
            break
        if re.fullmatch(r"\d{4}", day) and not info.get("date"):
            facts["date"] = day
            break
    title = info.get("title", "")
    heading = parser.found.get("h1") or parser.found.get("h1 anywhere") or ""
    clean = _PRINT_PREFIX.sub("", title, count=1) if _PRINT_PREFIX.match(title) else title
    if heading and clean != heading and clean.endswith(heading):
        rest = clean[: -len(heading)].rstrip()
        if rest.endswith(":") and _SECTION_PREFIX.fullmatch(rest[:-1]):
            clean = heading  # "Opinion: A machine that marks…"
    clean = _SECTION_SUFFIX.sub("", clean)
    if clean and clean != title:
        facts["title"] = clean
    profile = _PROFILE_TITLE.fullmatch(facts.get("title", title))
    if profile:  # Bluesky: "Ruth Galbraith (@ruthg.bsky.social)": the post's first line
        post = parser.meta.get("og:description", "") or next(
            (ln for ln in text.split("\n") if ln.strip() and not ln.endswith(":")), ""
        )
        if post:
            facts["title"] = shorten_at_word(" ".join(post.split()))
        if not info.get("author") or info.get("author") == profile["handle"]:
            facts["author"] = profile["name"].strip()
    address = info.get("url") or parser.found.get("url", "")
    banner = _WAYBACK_BANNER.search(markup[:20000])
    capture = _WAYBACK.search(address) or (_WAYBACK.search(banner[1]) if banner else None)
    if capture:
        facts["url"] = capture["url"]
    author = info.get("author", "")
    if _BY_LINE_8.match(author) or _AFTER_NAME_8.search(author):
        name = _AFTER_NAME_8.sub("", _BY_LINE_8.sub("", author)).strip()
        if name:
            facts["author"] = name
    return facts


_ORDINAL = re.compile(r"""epub:type=["']ordinal["'][^>]*>\s*(?:Chapter\s+)?([^<]{1,20}?)\s*<""")
_NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty"]  # fmt: skip


def _chapter_title(markup: str, book: str, heading: str) -> str:
    """Reader 9: an EPUB chapter's title: "BOOK, chapter 7: HEADING" (its ordinal "Seven"
    or "7" read as a number), "BOOK: HEADING" without one, HEADING without a book."""
    heading = re.sub(r"^(?:Chapter\s+)?\d{1,3}[.:]?\s+", "", heading, flags=re.I)
    if not book or heading.lower() in book.lower():
        return book or heading  # "Chapter 7. The Last Boat Home" says it already
    ordinal = _ORDINAL.search(markup)
    number = ordinal[1].strip().lower() if ordinal else ""
    if number in _NUMBERS:
        number = str(_NUMBERS.index(number) + 1)
    if number.isdigit():
        return f"{book}, chapter {number}: {heading}"
    return f"{book}: {heading}"


def _first_last(name: str) -> str:
    """ "Halloran, Jorge" as "Jorge Halloran" (a citation's author); other names as given."""
    last, comma, first = name.partition(", ")
    return f"{first} {last}".strip() if comma and first and "," not in first else name
