"""Prose of a saved page that its stored text does not hold: the safety net under every reader.

A reader drops a page's furniture on purpose (menus, share bars, footers); it must not drop
argued text without saying so. :func:`left_out` finds the blocks of visible text of a page
(an iframe's ``srcdoc`` document included; script, style, templates and hidden elements
not) that read as prose, at least :data:`MIN_WORDS` words with a sentence end, and returns
those whose words the stored text does not hold. ``argmap add`` warns of them and keeps
them in the source's metadata (``argmap leftout SOURCE`` lists them). A page read as
(almost) nothing while it holds text (hidden, in a template) is one such passage, whole.

Independent of the readers (it never changes what a reader reads) and fast: one pass of
the standard library's HTML parser over the page.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from html.parser import HTMLParser

__all__ = ["MIN_WORDS", "left_out", "preview", "prose_blocks", "unread_lines"]

MIN_WORDS = 8
"""Fewer words than this is a label, a button or a heading, not an argued passage."""

_SKIP = frozenset(
    ["script", "style", "template", "noscript", "head", "title", "svg", "math", "select",
     "option", "textarea", "button", "object", "canvas", "audio", "video"]
)  # fmt: skip
_VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr", "keygen", "frame", "basefont", "isindex"]
)  # fmt: skip
_INLINE = frozenset(
    ["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i",
     "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
     "sup", "time", "tt", "u", "var", "wbr", "label", "nobr", "big", "br", "img"]
)  # fmt: skip
_CHROME_TAGS = frozenset(["nav", "footer", "aside", "form", "dialog", "menu", "cite"])
_CHROME_ROLES = frozenset(
    ["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search"]
)
_CHROME_PART = re.compile(
    r"nav|menu|share|social|ads?|bio|sig|form|side|legal|notice|respond|mbox|ambox|tmbox"
    r"|ombox|modal|login|sign|about",
    re.IGNORECASE,
)
"""A part of a class or id (split at ``-``, ``_``, camel case) that names page furniture."""
_CHROME_WORD = re.compile(
    r"cookie|consent|onetrust|gdpr|newsletter|announcement|subscri|signup|signin|promo"
    r"|related|readmore"
    r"|recommend|sidebar|footer|navbar|navigation|breadcrumb|sharing|advert|sponsor|popular"
    r"|trending|mostviewed|authorbio|signature|footnote|reference|reflist|citation"
    r"|banner|feedback|copyright|disclaimer|disclosure|catlinks|masthead|toolbar|widget"
    r"|popup|tagline",
    re.IGNORECASE,
)
"""A word inside a part that names furniture ("pagefeedback", "cookieBanner")."""
_BIO_PARAGRAPH = re.compile(r"(?:author-?|writer-?|contributor-?)?bio(?:-?note)?", re.I)
"""A paragraph's class naming a writer's bio: prose, though "bio" names furniture elsewhere
(a box of the author's photo and links)."""
_POST_CARD = re.compile(r"post-?card|teaser|more-?from|read-?next", re.IGNORECASE)
"""A name of another post's card (a "Read more" list), though it says ``post``."""
_THREAD_PART = re.compile(
    r"(comments?|replies|reply|discussion|thread|answers?|responses?)", re.IGNORECASE
)
"""A name's first part that names a thread's comments: argued text, even in a footer or
sidebar (as is a name that is just ``post``)."""
_CHROME_TEXT = re.compile(
    r"©|\ball rights reserved\b|\bcookies\b|\bprivacy policy\b|\bterms of (?:service|use)\b"
    r"|\bnewsletter\b|\bsubscribe\b|\blast edited on\b"
    r"|\b(?:sign|log) ?(?:in|up)(?: (?:for|now|here|today|free)\b|[.!]| or | to (?:our|get|join))"
    r"|\bcreative commons\b|\brequired fields are marked\b|\bregistered (?:charity|in )"
    r"|\breceiving this e-?mail\b|\bunsubscribe\b|\bcomments may have been filtered\b"
    r"|\byour browser does not support\b"
    r"|\b(?:transcript|caption|subtitle)s? (?:was|were|is|are) (?:produced|generated|made) "
    r"(?:automatically|with automated)\b|\bmay contain errors\b|\bwant to read more\b"
    r"|\bbrowse other topics\b|\bview latest topics\b|\bdon[’']t miss what[’']s happening\b"
    r"|\bcommenting (?:has been|is) (?:disabled|closed)\b|\bcomments are hosted by\b"
    r"|\bkeep comments (?:respectful|civil|on topic)\b|\bcommunity (?:standards|guidelines)\b"
    r"|\bcomments on this \w+(?: \w+)? (?:are now closed|will close|are premoderated)\b"
    r"|\balready a subscriber\b|\bconsider supporting us\b|\btry \d+ (?:month|week)s? for\b",
    re.IGNORECASE,
)
"""Words of a page's small print (cookie notices, copyright lines, sign-up appeals)."""
_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?:\s|$)")
_WORD = re.compile(r"\w+")
_NGRAM = 3


class _Blocks(HTMLParser):
    """Blocks of visible text: the runs of text between block-level tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.frames: list[str] = []  # iframes' srcdoc documents, read after this one
        # (tag, hidden, chrome, in a form): hidden or furniture, it or an ancestor
        self._stack: list[tuple[str, bool, bool, bool]] = []
        self._run: list[str] = []

    def _hidden(self) -> bool:
        """Whether text here is hidden or furniture."""
        return bool(self._stack) and (self._stack[-1][1] or self._stack[-1][2])

    def _flush(self) -> None:
        if self._run:
            text = " ".join("".join(self._run).split())
            if text:
                self.blocks.append(text)
            self._run = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "iframe":
            doc = next((v for k, v in attrs if k == "srcdoc" and v), None)
            if doc and not self._hidden():
                self.frames.append(doc)
        if tag not in _INLINE or tag == "cite":
            self._flush()
        if tag in _VOID:
            return
        hidden, chrome, sticky = self._stack[-1][1:] if self._stack else (False, False, False)
        hidden = hidden or tag in _SKIP
        names = ""
        for key, value in attrs:
            if (
                key == "hidden"
                or (key == "aria-hidden" and value == "true")
                or (key == "style" and value and _HIDDEN_STYLE.search(value))
            ):
                hidden = True
            elif key in ("class", "id") and value:
                names += " " + value
            elif key == "role" and value in _CHROME_ROLES:
                chrome = True
            elif key == "role" and value in ("article", "comment"):
                names += " comment"  # a Facebook comment, a feed's post
        # a page's html, body and main hold its text whatever their classes say
        kind = _kind(names) if names and tag not in ("html", "body", "main") else ""
        if kind == "chrome" and tag == "p" and _BIO_PARAGRAPH.fullmatch(names.strip()):
            kind = ""  # a writer's bio under the article ("Ellie Brannigan is a…"): prose
        if tag == "form":
            sticky = True  # a form's small print is never an argument, whatever its class
        chrome = (
            sticky or kind == "chrome" or (kind != "thread" and (chrome or tag in _CHROME_TAGS))
        )
        self._stack.append((tag, hidden, chrome, sticky))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "iframe":
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)
        elif tag not in _INLINE:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag not in _INLINE or tag == "cite":
            self._flush()
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if not self._hidden():
            self._run.append(data)

    def unknown_decl(self, data: str) -> None:
        if data.startswith("CDATA[") and not self._hidden():
            # markup in a CDATA section (an Evernote note's ENML saved as .html): a document
            # of its own, as an iframe's srcdoc is, its prose as much the page's
            self.frames.append(data[len("CDATA[") :])

    def close(self) -> None:
        super().close()
        self._flush()


def _kind(names: str) -> str:
    """What an element's class and id say of it: "thread" when one names comments or is
    ``post`` (even beside a name of furniture, not beside another post's card), "chrome"
    when one names furniture, else ""."""
    kinds = set()
    for name in names.split():
        parts = _PARTS.findall(name)
        if not parts:
            continue
        if _THREAD_PART.fullmatch(parts[0]):
            return "thread"
        if _POST_CARD.search(name):
            kinds.add("card")
        elif name.lower() in ("post", "posts"):
            kinds.add("post")
        elif any(_CHROME_PART.fullmatch(p) or _CHROME_WORD.search(p) for p in parts):
            kinds.add("chrome")
    if "card" in kinds:
        return "chrome"
    return "thread" if "post" in kinds else "chrome" if kinds else ""


def _is_prose(block: str) -> bool:
    return (
        len(_WORD.findall(block)) >= MIN_WORDS
        and bool(_SENTENCE_END.search(block))
        and not _CHROME_TEXT.search(block)
    )


def prose_blocks(markup: str, depth: int = 0) -> list[str]:
    """The page's visible blocks of text that read as prose (an iframe's ``srcdoc``
    document's after the page's own), each once, in page order."""
    parser = _Blocks()
    parser.feed(markup)
    parser.close()
    blocks = [b for b in parser.blocks if _is_prose(b)]
    if depth < 3:  # a frame in a frame in a frame is as deep as SingleFile goes
        for doc in parser.frames:
            blocks.extend(prose_blocks(doc, depth + 1))
    return list(dict.fromkeys(blocks))


def _ngrams(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < _NGRAM:
        return {tuple(words)}
    return {tuple(words[i : i + _NGRAM]) for i in range(len(words) - _NGRAM + 1)}


def left_out(markup: str, text: str) -> list[str]:
    """The prose blocks of the page ``markup`` (see :func:`prose_blocks`) that the stored
    ``text`` does not hold: fewer than half of a block's three-word runs are in it (a
    reader that drops a footnote marker or a "[1]" inside a block has still read it)."""
    held = _ngrams(_WORD.findall(text.lower()))
    out = []
    for block in prose_blocks(markup):
        grams = _ngrams(_WORD.findall(block.lower()))
        if len(grams & held) * 2 < len(grams):
            out.append(block)
    if not out and len(_WORD.findall(text)) < NEARLY_NOTHING:
        # a page read as (almost) nothing: its text hidden (a script's app not yet shown),
        # in a template or another document's markup; never passed over in silence
        whole = _all_text(markup)
        grams = _ngrams(_WORD.findall(whole.lower()))
        if len(_WORD.findall(whole)) >= 3 * NEARLY_NOTHING and len(grams & held) * 2 < len(grams):
            out.append(whole)
    return out


NEARLY_NOTHING = 20
"""A stored text of fewer words than this read from a page that holds three times as many
is a page read as (almost) nothing: the page's whole text is one passage left out."""
_SCRIPTS = re.compile(r"<(script|style|svg|math)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)


def _all_text(markup: str) -> str:
    """Every word of a page but its scripts, styles and comments, hidden or not."""
    bare = _SCRIPTS.sub(" ", markup)
    bare = re.sub(r"<!\[CDATA\[|\]\]>", " ", bare)
    bare = re.sub(r"<[^>]*>", " ", bare)
    return " ".join(html.unescape(bare).split())


def preview(passage: str, words: int = 6) -> str:
    """The first ``words`` words of a passage, with "…" when there are more."""
    parts = passage.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


_MARKS = re.compile(r"^[ \t>#*_+•-]*(?:\d{1,3}[.)][ \t]+)?|[*_ \t]+$")


def unread_lines(text: str, spans: list[tuple[int, int]], paragraphs: bool = False) -> list[str]:
    """The lines of a stored ``text`` (of any format: a Word file's, an e-mail's, a page's)
    that no sentence span of ``spans`` touches and that read as prose (as
    :func:`left_out`'s blocks): text a reader kept but read as no sentence (a "Contact:"
    paragraph, a signature, notes after "ENDS"), each once, in order. With ``paragraphs``
    (reader 18), untouched lines one under the other are one passage ("Witnesses: DR
    ARNTZEN, …" wrapped over three lines)."""
    starts = sorted(spans)
    untouched: list[tuple[int, int, str]] = []
    for line in re.finditer(r"[^\n]+", text):
        s, e = line.span()
        i = bisect_left(starts, (s, -1))
        touched = (i < len(starts) and starts[i][0] < e) or (i > 0 and starts[i - 1][1] > s)
        if touched:
            continue
        plain = _MARKS.sub("", line.group())
        if paragraphs and untouched and untouched[-1][1] == s - 1 and line.group().strip():
            untouched[-1] = (untouched[-1][0], e, f"{untouched[-1][2]} {plain.strip()}")
            continue
        untouched.append((s, e, plain))
    out: list[str] = []
    for _s, _e, plain in untouched:
        contact = _CONTACT_LINE.match(plain)
        if _is_prose(plain) or (contact and _names_person(contact["who"])):
            out.append(plain)
    return list(dict.fromkeys(out))


_CONTACT_LINE = re.compile(
    r"(?:Press |Media )?(?:Contact|Enquiries|Inquiries)\s*:\s*(?P<who>[^,;/\n]{3,60})(?:[,;/].*)?",
    re.I,
)


def _names_person(words: str) -> bool:
    """Whether ``words`` are a person's name: two to four capitalised words."""
    parts = words.split()
    return 2 <= len(parts) <= 4 and all(
        re.fullmatch(r"[A-ZÀ-Þ][^\W\d_'’-]*(?:['’-][^\W\d_]+)*", p) for p in parts
    )


"""A contact paragraph naming someone ("Contact: Markus Hartl, Crop Policy Officer, …"):
reported though it ends in no full stop."""
