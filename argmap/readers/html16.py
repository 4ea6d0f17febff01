"""Reader 16: the prose of an HTML page that reader 15 left out, read where it stands.

Reader 15 drops some argued text with no rule of its own: a Facebook group's comments
(``role="article"`` blocks labelled "Comment by NAME …"), Bluesky's replies, Medium's
responses (``pw-response``), a Google Docs export's comments ("[a]… – Idris"), a campaign
page's call to action, a writer's bio. :mod:`argmap.leftout` finds such passages (prose,
not furniture) after the page is read; reader 16 reads them into the text, each after the
passage that stands before it on the page, so nothing argued is dropped in silence.

A passage inside a comment, reply or response is spoken by its writer, written as a
``NAME:`` head line before it as the threads' readers write theirs: the name the comment
gives in its label ("Reply by Declan Mbeki-Harrow to Shona's comment"), else the first
line naming a person or a handle in the comment before its text ("Kjell Svik
@kjellsvik.bsky.social · Mar 5, 2026"), else the "– Idris" a Google Docs comment ends with.
Sentences of a passage the text already holds (a comment read with its sign "– Lars E Feb
12") are not read twice, and a passage of fewer than :data:`argmap.leftout.MIN_WORDS`
words it does not hold is not read.
"""

from __future__ import annotations

import re

from argmap.leftout import MIN_WORDS, _Blocks, _is_prose, _ngrams, left_out
from argmap.readers.html_text import _writer_name
from argmap.readers.layout import text_layout
from argmap.readers.names import person_name

__all__ = [
    "author16",
    "chrome16",
    "lines16",
    "opener16",
    "outlet16",
    "rescue16",
    "signed_under16",
    "speakers16",
    "thread_author16",
]

_LABEL = re.compile(
    r"(?:Comment|Reply|Response|Answer|Post)\s+(?:by|from)\s+(.+?)"
    r"(?:\s+to\s+.+?(?:'s|’s)\s+(?:comment|reply|post|response))?"
    r"(?:\s+\d+\s+\w+\s+ago|\s+(?:on|at)\s+\S.*)?$",
    re.I,
)
_DOCS_NOTE = re.compile(
    r"^\[([a-z]{1,2})\]\s*(?:(?P<lead>[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]*){0,2}):\s+)?(.+?)"
    r"(?:\s+[–—-]\s*(?P<sign>[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){0,2})"
    r"|\s*\[(?P<initials>[A-Z]{2,3})\])?$"
)
_SENTENCE = re.compile(r".+?(?:[.!?…]+[\"'”’»)\]]*(?=\s|$)|$)\s*", re.S)
_HANDLE_AFTER = re.compile(r"(?<=\w)\s+@[\w.-]+(?=\s|$)")
_NO_WRITER = re.compile(
    r"(?:comments?|replies|reply|responses?|answers?|author|like|share|more|report|edited)",
    re.I,
)
_NGRAM_MIN = 3
_HEAD_LINE = re.compile(r"(?:@|u/)?[^\n:]{1,80}:")
_WORDS = re.compile(r"\w+")
_CHROME_16 = re.compile(
    r"(?:Most relevant|Newest|All comments|Top comments)(?: is selected\b.*)?"
    r"|.*\bsee who reacted\b.*",
    re.I,
)


_NAMED_16 = re.compile(
    r"name-?text|NameText|UserLinkName|user-?name|display-?name|signer|commenter"
    r"|actor__title|comment-?author|author-?name|reviewer",
    re.I,
)
"""A class (or ``data-e2e``) of an element holding a comment's writer's name."""
_PAGE_NAMED_16 = re.compile(r"user-?name|display-?name|actor__title", re.I)
"""Of those, the ones naming a social post's writer outside any comment."""
_STRONG_16 = re.compile(
    r"(?:^|[\s_-])(?:comments?|replies|reply|responses?|pw-response|post-thread-item|reason)"
    r"(?:$|[\s_-])|CommentItem|comment-item",
    re.I,
)
"""A class of a comment, reply, response or a petition's reason: one writer's item."""


class _Item:
    """An element that may be one writer's item: a comment, a reply, a post."""

    def __init__(self, label: str, strong: bool) -> None:
        self.label = label  # "Comment by NAME …"
        self.named = ""  # the text of an element of a writer's class
        self.first = ""  # the first line of the item naming a person or a handle
        self.strong = strong  # marked as a comment by its class or label, not a role
        self.role = False  # role="article": a feed's post (Facebook's, LinkedIn's)

    def writer(self) -> str:
        return self.label or self.named or self.first


class _Placed(_Blocks):
    """leftout's blocks, each with the writer of the comment it stands in ("" if none),
    whether that comment is marked as one, and whether the block is its head."""

    def __init__(self) -> None:
        super().__init__()
        self.writers: list[str] = []
        self.strong: list[bool] = []
        self.sure: list[bool] = []
        self.rooted: list[bool] = []  # the writer the page's, named outside any comment
        self.heads: list[bool] = []
        self._root = _Item("", False)  # the page: a social post's writer (TikTok's)
        self._items: list[tuple[str, _Item | None]] = [("#root", self._root)]  # per element
        self._naming: tuple[str, _Item] | None = None  # an element of a writer's class

    def _host(self) -> _Item | None:
        """The item a writer's name names: the outermost of the innermost items that name
        none yet (LinkedIn's ``comments-post-meta`` inside its comment)."""
        host = None
        for _, item in reversed(self._items):
            if item is None or (item is self._root and host is not None):
                continue
            if item.writer():
                break
            host = item
        return host

    def _item(self) -> _Item | None:
        return next((c for _, c in reversed(self._items) if c is not None), None)

    def _named(self) -> _Item | None:
        """The innermost item that names its writer (a comment's body is no item of its
        own: Medium's ``pw-responses-body``)."""
        return next((c for _, c in reversed(self._items) if c is not None and c.writer()), None)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        before = len(self.blocks)
        super().handle_starttag(tag, attrs)
        self._record(before)
        if tag in ("br", "img", "hr", "input", "meta", "link", "wbr"):
            return
        values = {k: v or "" for k, v in attrs}
        label = _LABEL.fullmatch(" ".join(values.get("aria-label", "").split()))
        names = " ".join(values.get(k, "") for k in ("class", "id", "data-tag", "data-testid"))
        strong = bool(label or _STRONG_16.search(names))
        item = _Item(label[1] if label else "", strong)
        item.role = values.get("role") in ("article", "comment")
        opened = item if strong or item.role else None
        self._items.append((tag, opened))
        named = _NAMED_16.search(f"{names} {values.get('data-e2e', '')}")
        host = self._host()
        if (
            named
            and host is not None
            and (host is not self._root or _PAGE_NAMED_16.search(named[0]))
        ):
            self._naming = (tag, host)

    def handle_data(self, data: str) -> None:
        super().handle_data(data)
        if self._naming is not None and data.strip() and not self._naming[1].named:
            self._naming[1].named = " ".join(data.split())

    def handle_endtag(self, tag: str) -> None:
        before = len(self.blocks)
        super().handle_endtag(tag)
        self._record(before)
        if self._naming is not None and self._naming[0] == tag:
            self._naming = None
        for i in range(len(self._items) - 1, 0, -1):
            if self._items[i][0] == tag:
                del self._items[i:]
                break

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        before = len(self.blocks)
        super().handle_startendtag(tag, attrs)
        self._record(before)

    def close(self) -> None:
        before = len(self.blocks)
        super().close()
        self._record(before)

    def _record(self, before: int) -> None:
        item = self._item()
        for block in self.blocks[before:]:
            head = False
            if item is not None and not _is_prose(block):
                if not item.first and not item.named and item is not self._root:
                    item.first = _name16(block)
                    head = bool(item.first)
                head = head or bool(item.named and block.startswith(item.named))
            named = self._named()
            self.writers.append(_writer16(named.writer()) if named else "")
            # for speakers16: a writer its label or its name's element names, in a comment
            sure = bool(named and (named.label or named.named or named.role))
            self.sure.append(sure)
            self.rooted.append(named is self._root)
            self.strong.append(sure and bool(named and named.strong))
            self.heads.append(head)


def _writer16(name: str) -> str:
    """A writer's name as a head line gives it: a handle ("ida.recovers") with its "@"."""
    name = " ".join(name.split()).strip(" :·•")
    if re.fullmatch(r"[\w.-]{2,40}", name) and not person_name(name) and not name.istitle():
        return f"@{name}"
    return name


def _name16(block: str) -> str:
    """A comment's writer in a line of its head ("Kjell Svik @kjellsvik.bsky.social · Mar 5,
    2026": "Kjell Svik", kept with its handle as "Kjell Svik @kjellsvik.bsky.social"), or
    ""; a thread's own label ("Replies") is none."""
    name = _writer_name([_HANDLE_AFTER.sub("", block)])
    if not re.search(r"[^\W\d_]", name) or _NO_WRITER.fullmatch(name.lstrip("@")):
        return ""
    handle = _HANDLE_AFTER.search(block)
    return f"{name} {handle[0].strip()}" if handle and block.startswith(name) else name


def _head(writer: str, paragraphs: str) -> str:
    """The head line for ``writer``: its handle ("@kjellsvik.bsky.social:") where the
    page's posts are headed by handles, else the name."""
    name, _, handle = writer.partition(" @")
    if handle and f"\n@{handle}:" in f"\n{paragraphs}":
        return f"@{handle}:"
    if re.fullmatch(r"[^\W\d_][\w'’-]+", name):  # "– Tomás": the "Tomás Ferreira-Lund" it signs
        full = re.search(rf"\b{re.escape(name)} [A-Z][\w'’-]+\b", paragraphs)
        name = full[0] if full and person_name(full[0]) else name
    return f"{name}:"


def _held(text: str, held: set[tuple[str, ...]]) -> bool:
    grams = _ngrams(_WORDS.findall(text.lower()))
    return len(grams & held) * 2 >= len(grams)


def _place(block: set[tuple[str, ...]], grams: list[set[tuple[str, ...]]], at: int) -> int:
    """The paragraph that holds a block read (the last of those holding at least half as
    much of it as the one holding most, from ``at`` on), else ``at``."""
    shared = [len(block & g) for g in grams]
    best = max(shared, default=0)
    found = [i for i, n in enumerate(shared) if n and n * 2 >= best and i >= at]
    return found[-1] if found else at


def rescue16(markup: str, paragraphs: str) -> str:
    """``paragraphs`` (a page's text, paragraphs apart) with the page's prose passages it
    left out (:func:`argmap.leftout.left_out`) read in, each after the paragraph holding
    the passage before it on the page, a comment's with its writer's ``NAME:`` head (and a
    rule after the comments read in where the page's own text goes on, so that it is no
    commenter's); a passage of no writer inside a thread is left out (and listed)."""
    missing = set(left_out(markup, paragraphs))
    if not missing:
        return paragraphs
    parser = _Placed()
    parser.feed(markup)
    parser.close()
    paras = paragraphs.split("\n\n")
    held = _ngrams(_WORDS.findall(paragraphs.lower()))
    grams = [_ngrams(_WORDS.findall(p.lower())) for p in paras]
    after: dict[int, list[str]] = {}
    at = -1  # the paragraph holding the last passage read, on the page's order
    headed = False  # a thread's heads read before: a passage of no writer would be theirs
    heads = [i for i, p in enumerate(paras) if _HEAD_LINE.fullmatch(p)]
    for block, writer, rooted in zip(parser.blocks, parser.writers, parser.rooted, strict=True):
        writer = "" if rooted else writer  # a comment's writer, not the page's
        if block not in missing:
            words = _WORDS.findall(block.lower())
            if len(words) >= _NGRAM_MIN:
                at = _place(_ngrams(words), grams, at)
            continue
        missing.discard(block)  # a block repeated on the page: read once
        note = _DOCS_NOTE.match(block)
        if note:  # a Google Docs comment: "[a]… – Idris", "[b]… [AM]", "[a]Ingrid H: …"
            lead = note["lead"] if note["lead"] and person_name(note["lead"]) else ""
            block = note[3] if lead or not note["lead"] else f"{note['lead']}: {note[3]}"
            writer = writer or note["sign"] or lead
        if _CHROME_16.fullmatch(block):
            continue
        unread = [s.strip() for s in _SENTENCE.findall(block) if s.strip()]
        unread = [s for s in unread if not _held(s, held)]
        if sum(len(_WORDS.findall(s)) for s in unread) < MIN_WORDS:
            continue
        if not writer and (headed or any(i <= at for i in heads)):
            continue  # inside a thread it would be the last writer's: left out, listed
        adding = after.setdefault(at, [])
        if writer and adding[-1:] != [_head(writer, paragraphs)]:
            adding.append(_head(writer, paragraphs))
            headed = True
        adding.append(" ".join(unread))
    out = list(after.get(-1, []))
    for i, para in enumerate(paras):
        out.append(para)
        adding = after.get(i, [])
        out.extend(adding)
        rest = paras[i + 1] if i + 1 < len(paras) else "#"
        if any(_HEAD_LINE.fullmatch(x) for x in adding) and not (
            _HEAD_LINE.fullmatch(rest) or rest.startswith("#")
        ):
            out.append("---")  # the comments read in end there: what follows is nobody's
    return "\n\n".join(out)


def _span(block: set[tuple[str, ...]], grams: list[set[tuple[str, ...]]], at: int) -> range:
    """The paragraphs from ``at`` on that hold a block read (a run of them), else none."""
    shared = [len(block & g) if i >= at else 0 for i, g in enumerate(grams)]
    best = max(shared, default=0)
    if not best:
        return range(0)
    first = last = shared.index(best)
    while first - 1 >= at and shared[first - 1]:
        first -= 1
    while last + 1 < len(shared) and shared[last + 1]:
        last += 1
    return range(first, last + 1)


def speakers16(markup: str, paragraphs: str) -> tuple[str, str]:
    """``paragraphs`` with a ``NAME:`` head before each comment's text where the page as read
    has no speaker but names each comment's writer in its markup (a LinkedIn post and its
    comments, a TikTok video's comments, a petition's reasons for signing), a comment's head
    line ("Margaret O. Brack Hill") its head; and the post's writer ("" if none). Only when
    two writers or more are found, at least two of them in elements marked as comments, so
    an article's byline never makes its paragraphs a speaker's."""
    if text_layout(paragraphs + "\n", 16).speakers:
        return paragraphs, ""
    parser = _Placed()
    parser.feed(markup)
    parser.close()
    missing = set(left_out(markup, paragraphs))
    paras = paragraphs.split("\n\n")
    grams = [_ngrams(_WORDS.findall(p.lower())) for p in paras]
    heads: dict[int, str] = {}
    dropped: set[int] = set()
    at = 0
    found: list[tuple[str, bool]] = []
    for block, writer, strong, head, sure in zip(
        parser.blocks, parser.writers, parser.strong, parser.heads, parser.sure, strict=True
    ):
        writer = writer if sure else ""  # not a line's first words taken for a name
        if head:
            bare = re.sub(r"\W", "", block)
            same = [i for i in range(at, len(paras)) if re.sub(r"\W", "", paras[i]) == bare]
            dropped.update(same[:1])
            continue
        short = strong and len(_WORDS.findall(block)) >= 3 and not chrome16(block)
        if not (_is_prose(block) or short):
            continue
        if block in missing:  # a comment rescue16 reads in: a writer of the thread
            found.extend([(writer, strong)] if writer else [])
            continue
        held = _span(_ngrams(_WORDS.findall(block.lower())), grams, at)
        if not held:
            continue
        at = held[-1]
        if writer:
            found.append((writer, strong))
            heads.setdefault(held[0], writer)
    writers = {w for w, _ in found}
    if len(writers) < 2 or sum(strong for _, strong in found) < 2:
        return paragraphs, ""
    out: list[str] = []
    last = ""
    for i, para in enumerate(paras):
        if i in dropped:
            continue
        writer = heads.get(i, "")
        if para.startswith("#"):
            last = ""  # a heading ends a turn: the writer's head again after it
        elif writer and writer != last:
            out.append(_head(writer, paragraphs))
            last = writer
        out.append(para)
    return "\n\n".join(out), next((w for w, strong in found if not strong), "")


_BUTTONS_16 = frozenset(
    ["like", "reply", "report", "share", "translate", "hide", "edit", "delete", "follow",
     "creator", "author", "copy link", "see translation", "reactions", "replies", "comments",
     "comment", "shares", "public group", "private group", "shared with public", "edited"]
)  # fmt: skip
_TOKEN_16 = re.compile(
    r"\d[\d.,]*[KkMm]?|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{1,3}[smhdwy]|[·•|]"
    r"|\d{1,2}:\d{2}|[ap]\.?m\.?|at|yesterday|today|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)[a-z]*|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+",
    re.I,
)


def chrome16(line: str) -> bool:
    """Whether a line is a comment's or a video's chrome: its buttons with their counts and
    date ("Like · Report", "2-26 Reply 2,310"), a row of counts one of which is rounded
    ("61.2K 1204 3471 2218"), a link alone, a sound's credit ("♬ original sound - Jonas")."""
    line = " ".join(line.split())
    if not line or re.fullmatch(r"https?://\S+|♬ .{0,120}", line) or _CHROME_16.fullmatch(line):
        return bool(line)
    rest = line.lower()
    for button in sorted(_BUTTONS_16, key=len, reverse=True):
        rest = re.sub(rf"\b{button}\b", " ", rest)
    tokens = rest.split()
    numbers = [t for t in tokens if _TOKEN_16.fullmatch(t)]
    if len(numbers) != len(tokens):
        return False
    pressed = len(_WORDS.findall(line.lower())) > len(_WORDS.findall(rest))
    counts = [t for t in numbers if t[0].isdigit()]
    return pressed or (len(counts) >= 3 and any(t[-1] in "KkMm" for t in counts))


_LABELS_16 = frozenset(["myth", "fact", "reality", "the myth", "the fact", "the reality"])
"""A myth-buster's labels ("MYTH", "FACT"): no sentences where a page repeats them."""


def lines16(lines: list[str]) -> list[str]:
    """Reader 16's lines of a page: no comment or video chrome (:func:`chrome16`), no
    labels a myth-buster repeats over each myth and its answer ("MYTH", "FACT")."""
    labels = [line.strip(" #*:").lower() for line in lines]
    repeated = {x for x in _LABELS_16 if labels.count(x) >= 2}
    return [
        line
        for line, label in zip(lines, labels, strict=True)
        if not chrome16(line) and label not in repeated
    ]


_SECTIONS_16 = frozenset(
    ["opinion", "comment", "analysis", "editorial", "news", "features", "feature", "letters",
     "sport", "business", "culture", "lifestyle", "blog", "column", "review", "reviews",
     "politics", "world", "local", "explainer", "interview", "long read", "essay"]
)  # fmt: skip
"""A section's label above a headline ("OPINION"): never a page's author."""
_BYLINE_CUT = re.compile(r"\s*(?:[·•|,–—]|\bon\b|\d)")


def author16(author: str, byline: str, outlet: str = "") -> str:
    """The page's author: the person its byline element names ("Ellie Brannigan · 12
    January 2027", "By Nils Aamodt · Published 6 March 2026") where the author read is none,
    a section's label ("Opinion") or the site itself ("Checkpoint Tarnholm")."""
    if author and author.lower() not in _SECTIONS_16 and author != outlet:
        return author
    named = person_name(re.sub(r"^(?:by|words by|text by)\s+", "", byline.strip(), flags=re.I))
    first = _BYLINE_CUT.split(byline.strip(), maxsplit=1)[0]
    named = named or person_name(re.sub(r"^(?:by|words by|text by)\s+", "", first, flags=re.I))
    return named or ("" if author.lower() in _SECTIONS_16 else author)


_TITLE_HANDLE = re.compile(r"(?P<name>[^(@\n]{2,60}?) \(@(?P<handle>[\w.-]+)\)")


def thread_author16(author: str, title: str, paragraphs: str) -> str:
    """A social thread's author: the person its title names with the handle heading its
    posts ("Ola Brekstad (@olabrekstad.bsky.social): …"), not a replier read first."""
    named = _TITLE_HANDLE.match(title)
    if named and f"@{named['handle']}:" in paragraphs and named["handle"] not in author:
        return named["name"].strip()
    return author


_DATE_ONLY_16 = re.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{4}|\d{4}(?:-\d{2})?|"
    r"(?:Spring|Summer|Autumn|Fall|Winter) \d{4}|Issue \d{1,4})",
    re.I,
)


def outlet16(info: dict[str, str], page_title: str, heading: str) -> dict[str, str]:
    """``info`` with the outlet a title's last part named wrongly: "by NAME" (Substack's
    "Post - by NAME - Newsletter": the newsletter the outlet, NAME the author when none), a
    date ("Bulletin - March 2026": part of the title), the start of the page's heading
    ("Track to the Terminal - February update" over "February update: the branch line…":
    the heading the title, the first part the outlet)."""
    outlet, title = info.get("outlet", ""), info.get("title", "")
    parts = [p.strip() for p in re.split(r"\s+[-–—|]\s+", page_title)]
    out = dict(info)
    if outlet.lower().startswith("by "):  # the newsletter's name, if the title has it
        out["outlet"] = parts[-1] if len(parts) >= 3 and parts[-2] == outlet else ""
        out["author"] = out.get("author") if out.get("author") != outlet else ""
        out["author"] = out.get("author") or person_name(outlet[3:]) or outlet[3:]
    elif outlet and _DATE_ONLY_16.fullmatch(outlet):
        out["title"], out["outlet"] = f"{title}, {outlet}", ""
    elif outlet and heading.startswith(outlet) and len(heading) > len(outlet) + 3:
        out["title"], out["outlet"] = heading, title
    return {k: v for k, v in out.items() if v}


def opener16(paragraphs: str, author: str) -> tuple[str, str]:
    """A thread's opening post headed as its replies are but read as a line ("Fiona
    Marchetti Old Quay · 3 Jan", the writer's name, place and time) where the replies' heads
    are read ("Fiona Marchetti:"): the line its writer's head, the writer the author, not
    "Fiona Marchetti Old Quay"."""
    paras = paragraphs.split("\n\n")
    names = {p[:-1] for p in paras if p.endswith(":") and 2 <= len(p) <= 61}
    if not names:
        return paragraphs, author
    for i, para in enumerate(paras):
        if para.endswith(":"):
            break  # the first head: the opener is read with its writer
        name = next((n for n in names if para.startswith(f"{n} ")), "")
        if name and " · " in para and len(para) <= 90 and not _PROSE_END.search(para):
            paras[i] = f"{name}:"
            if author.startswith(f"{name} "):
                author = name
            return "\n\n".join(paras), author
    return paragraphs, author


_PROSE_END = re.compile(r"[.!?…][\"'”’)]*$")


_SIGNED_UNDER = re.compile(
    r"(?P<who>[^·\n:]{2,60}?) · (?:\d{1,2} (?:minutes?|hours?|days?|weeks?|months?) ago|"
    r"yesterday|today|just now)"
)


def signed_under16(paragraphs: str) -> str:
    """``paragraphs`` with each reason signed under it ("Kristin, Nordmark · 3 days ago",
    a petition's reasons for signing) its signer's: the line a ``NAME:`` head before the
    paragraph it signs, a rule after it; only with two such lines or more."""
    paras = paragraphs.split("\n\n")
    signed = [i for i, p in enumerate(paras) if i and _SIGNED_UNDER.fullmatch(p)]
    if len(signed) < 2:
        return paragraphs
    out: list[str] = []
    for i, para in enumerate(paras):
        if i in signed:
            continue
        who = _SIGNED_UNDER.fullmatch(paras[i + 1])["who"].strip() if i + 1 in signed else ""
        name, _, place = who.partition(", ")
        named = all(w[:1].isupper() for w in name.split())  # "Kristin", not "Former officer"
        if who and named and not _HEAD_LINE.fullmatch(para) and not para.startswith("#"):
            out.extend([f"{name} ({place}):" if place else f"{who}:", para, "---"])
            continue
        out.append(para)
        if who:
            out.append(paras[i + 1])  # a signer named by a description: as it was
    return "\n\n".join(out)
