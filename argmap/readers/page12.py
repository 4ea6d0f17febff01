"""Reader 12: a thread of a kind argmap has no rule for read by its shape (:func:`generic_posts`),
and a few page rules that hold for any page (:func:`markup12`, :func:`lines12`).

A thread's posts are sibling blocks of one shape (the same tag and first class word, found
at least twice on the page), each with a short head naming its writer (a link to a profile
or an element whose class says "author", "user", "name", "handle"…) before a body of prose
(the block's longest text outside the head, not mostly links). A block with a heading
that is a link (a teaser card), with no prose, or with its name after its text (a signature,
a quote's source) is no post, and a shape is a thread's only when most of its posts say
when they were written (a ``<time>``, "2 months ago", "9w", a date): a list of people and
their bios is none. A block inside another of its shape is a reply, read after the post
it answers. Reader 11's markup rules (Substack,
WordPress, Disqus…) go first; what they found is not looked at again.
"""

from __future__ import annotations

import html
import re

from argmap.readers.names import person_name
from argmap.readers.page11 import _Node, _own, _text, _Tree

_PROFILE_HREF = re.compile(
    r"(?:^|/)(?:u|user|users|profile|profiles|people|member|members|author|authors|"
    r"channel|c)/[^/?#]+/?$|(?:^|/)@[\w.-]+/?$|(?:^|/)(?:wiki/)?User:[^/?#]+$",
    re.I,
)
"""A link to a writer's page: "/u/gretha_num", "/profile/01Jk/", "/@MoneyPlain", "User:Ann"."""
_NAME_CLASS = re.compile(
    r"author|user|nick|name|handle|poster|commenter|byline|member|screen-?name|display",
    re.I,
)
_SKIP_NAME_CLASS = re.compile(r"avatar|count|badge|title|subject|hood|time|date|age", re.I)
_PROSE = re.compile(r"[^\W\d_]{2,}(?:\W+[^\W\d_]+){4,}")
"""Text of five words or more: a post's body, not a count or a button."""
_NAME_LIKE = re.compile(r"@?[\w.'’-]+(?:@[\w.-]+)?(?: (?:&|[\w.'’-]+)){0,4}")
_BLOCK_TAGS = frozenset(
    ["div", "li", "article", "section", "dd", "tr", "blockquote", "aside"]
)  # fmt: skip
_BODY_SKIP_TAGS = frozenset(["button", "form", "nav", "script", "style", "time", "img"])
_INLINE_HEAD_TAGS = frozenset(["a", "span", "b", "strong", "h2", "h3", "h4", "h5", "cite", "div"])
_WRITER_CUT_12 = re.compile(r"\s+(?:[·•|»–—]|commented\b|wrote\b|said\b|says\b|replied\b)")
_SYMBOLS = re.compile(r"[^\w\s.'’@&-]+")


def _signature(node: _Node) -> tuple[str, str]:
    first = node.attrs.get("class", "").split()[:1]
    return node.tag, re.sub(r"\d+", "", first[0].lower()) if first else ""


def _marks(node: _Node, reader: int = 12) -> str:
    """What an element's attributes say of it: its class and id; from reader 13 also its
    ``data-*`` attributes' names and short values (``data-testid="reason-author"``,
    ``data-consumer-name-typography``)."""
    marks = f"{node.attrs.get('class', '')} {node.attrs.get('id', '')}"
    if reader >= 13:
        data = [
            f"{key} {value if len(value) <= 40 else ''}"
            for key, value in node.attrs.items()
            if key.startswith("data-")
        ]
        marks = " ".join([marks, *data])
    return marks


def _head(markup: str, block: _Node, skip: set[int], reader: int = 12) -> tuple[_Node, str] | None:
    """The element naming a post's writer and the writer's name, or None. A block labelled
    with its writer's name (``aria-label="Sanna Lund"``, a map's review) has its head in the
    element that says that name. Reader 13: a head holding a smaller element marked as the
    name (a profile link around the name, the country and "2 reviews") gives that name, and
    a block with no marked head may have a heading (or bold line) that is a person's full
    name at its start (Google Groups' messages)."""
    label = " ".join(block.attrs.get("aria-label", "").split())
    if person_name(label):
        for node in _own(block, skip):
            if node.tag in _INLINE_HEAD_TAGS and _text(markup, node) == label:
                return node, label
    for node in _own(block, skip):
        if node.tag not in _INLINE_HEAD_TAGS or _in_quoted_box(node, block):
            continue
        text = _text(markup, node)
        if not 2 <= len(text) <= 60:
            continue
        marks = _marks(node, reader)
        href = node.attrs.get("href", "")
        linked = node.tag == "a" and (
            _PROFILE_HREF.search(href)
            or href.strip("/").casefold() == text.lstrip("@").casefold()  # "/juno.paints/"
        )
        named = _NAME_CLASS.search(marks) and not _SKIP_NAME_CLASS.search(marks)
        if not (linked or named):
            continue
        if named and not linked and any(c.tag == "a" for c in node.walk() if c is not node):
            inner = next(c for c in node.walk() if c is not node and c.tag == "a")
            text = _text(markup, inner) or text
        if reader >= 13:
            text = _marked_name(markup, node, reader) or text
        writer = writer_name(text, reader)
        if writer:
            return node, writer
    if reader >= 13:
        return _name_heading13(markup, block, skip)
    return None


def _marked_name(markup: str, head: _Node, reader: int) -> str:
    """Reader 13: the text of the element inside a post's head that is marked as the name
    (``data-consumer-name-typography``, ``class="user-name"``), or ``""``."""
    for node in head.walk():
        if node is head:
            continue
        marks = _marks(node, reader)
        if _NAME_CLASS.search(marks) and not _SKIP_NAME_CLASS.search(marks):
            text = _text(markup, node)
            if text and text != _text(markup, head) and writer_name(text, reader):
                return text
    return ""


_NAME_HEADING_TAGS = frozenset(["h2", "h3", "h4", "h5", "h6", "strong", "b"])


def _name_heading13(markup: str, block: _Node, skip: set[int]) -> tuple[_Node, str] | None:
    """Reader 13: a post's head that nothing marks as one: the block's first heading or bold
    line, within its first 30 characters, when that is one person's full name ("Eirik
    Solum" over a message of a group)."""
    for node in _own(block, skip):
        if node.tag not in _NAME_HEADING_TAGS:
            continue
        before = " ".join(
            html.unescape(re.sub(r"<[^>]*>", " ", markup[block.start : node.start])).split()
        )
        if len(before) > 30:
            return None
        text = _text(markup, node)
        if person_name(text) == text:
            return node, text
        return None
    return None


_QUOTED_BOX = re.compile(r"reference|quot", re.I)


def _in_quoted_box(node: _Node, block: _Node) -> bool:
    """Whether ``node`` sits in a quoted message's box inside ``block`` (a chat's reply
    shows the message it answers, with that message's writer: not this post's head)."""
    up: _Node | None = node
    while up is not None and up is not block:
        if _QUOTED_BOX.search(up.attrs.get("class", "")):
            return True
        up = up.parent
    return False


def writer_name(text: str, reader: int = 12) -> str:
    """A post head's writer as a name ("Arne Vik 🔨" gives "Arne Vik", "gretha_num@feddit.mv"
    gives "gretha_num", "ingridsol commented on …" gives "ingridsol"), or ``""``. Reader 13:
    a name too long with what follows it in brackets is the name alone ("Holm Neighbours (on
    behalf of 3,412 petitioners)" gives "Holm Neighbours")."""
    if reader >= 13:
        whole = writer_name(text)
        bare = re.sub(r"\s*\([^()]*\)\s*$", "", " ".join(text.split()))
        return whole or (writer_name(bare) if bare != text else "")
    text = _WRITER_CUT_12.split(" ".join(text.split()), maxsplit=1)[0]
    text = " ".join(_SYMBOLS.sub(" ", text).strip(" -").split())
    if not re.search(r"(?:^|\s)[A-ZÀ-Þ]\.$", text):
        text = text.rstrip(".")  # "Lars N." keeps the stop of its initial
    if "@" in text[1:] and " " not in text:  # a fediverse handle: its user name
        text = text.lstrip("@").split("@")[0]
    if not _NAME_LIKE.fullmatch(text) or len(text) > 40:
        return ""
    return text


def _body(markup: str, block: _Node, head: _Node, skip: set[int], reader: int = 12) -> list[_Node]:
    """The elements of a post's text: its longest element of prose after the head (with
    the paragraphs beside it; from reader 13 not a paragraph that is only the post's time and
    buttons, "11-20 Reply"), or ``[]``."""
    inside_head = {id(n) for n in head.walk()}
    best: _Node | None = None
    best_len = 0
    for node in _own(block, skip):
        if id(node) in inside_head or node.start < head.end or node.tag in _BODY_SKIP_TAGS:
            continue
        if any(n.tag in _BODY_SKIP_TAGS for n in node.walk() if n is not node and n.tag != "time"):
            continue  # a toolbar or a form, not a text
        if reader >= 13 and _controls13(node):
            continue  # "Reply all", "Forward": buttons written as divs
        if reader >= 15 and any(id(n) in skip for n in node.walk()):
            continue  # it holds a reply, a post of its own
        text = _text(markup, node)
        words = _ADDRESS_13.sub(" ", text) if reader >= 13 else text
        if len(text) > best_len and _PROSE.search(words):
            best, best_len = node, len(text)
    if best is None or best_len < 20:
        return []
    links = sum(len(_text(markup, a)) for a in best.walk() if a.tag == "a")
    if links > best_len / 2:
        return []  # a teaser's headline link, a list of links
    if best.tag == "p" and best.parent is not None:
        parts = [c for c in best.parent.children if c.tag == "p" and c.start >= head.end]
        if reader >= 13:
            parts = [c for c in parts if c is best or not _time_line13(markup, c)]
    else:
        parts = [best]
    if reader >= 15:  # a live blog entry's headline between its writer and its text
        titles = [
            n
            for n in _own(block, skip)
            if n.tag in ("h2", "h3", "h4")
            and head.end <= n.start
            and n.end <= parts[0].start
            and id(n) not in inside_head
        ]
        parts = titles[:1] + parts
    return parts + _more_prose(markup, block, head, parts, skip)


_QUOTED = re.compile(r"quot|repl(?:y|ied)|context|parent", re.I)


def _more_prose(
    markup: str, block: _Node, head: _Node, parts: list[_Node], skip: set[int]
) -> list[_Node]:
    """Other prose in a post's block after its head (an owner's response under a review),
    so that no text of the block is lost: the largest such elements outside the text."""
    taken = [(p.start, p.end) for p in parts] + [(head.start, head.end)]
    more: list[_Node] = []
    for node in _own(block, skip):
        if node.start < head.end or node.tag in _BODY_SKIP_TAGS:
            continue
        if any(s <= node.start and node.end <= e for s, e in taken):
            continue  # inside the text, the head or a part already taken
        if any(node.start <= s and e <= node.end for s, e in taken):
            continue  # around them
        if any(n.tag in _BODY_SKIP_TAGS for n in node.walk() if n is not node and n.tag != "time"):
            continue
        marks = f"{node.attrs.get('class', '')} {node.attrs.get('id', '')}"
        if _QUOTED.search(marks) or node.tag == "blockquote":
            continue  # the post it answers, quoted: not this writer's words
        text = _text(markup, node)
        if _PROSE.search(text) and re.search(r"[.!?][\"'”’)]*$", text):
            more.append(node)
            taken.append((node.start, node.end))
    return more


def generic_posts(
    markup: str, tree: _Tree, taken: set[int], reader: int = 12
) -> list[tuple[_Node, tuple[str, list[_Node]]]]:
    """The posts of the page's threads found by their shape (see the module's docstring):
    each block with its writer and the elements of its text; blocks in or around
    ``taken`` (reader 11's posts) are not looked at."""
    near: set[int] = set()
    for node in tree.root.walk():
        if id(node) in taken:
            near.update(id(n) for n in node.walk())
            up = node.parent
            while up is not None:
                near.add(id(up))
                up = up.parent
    shapes: dict[tuple[str, str], list[_Node]] = {}
    for node in tree.root.walk():
        if (node.tag in _BLOCK_TAGS or "-" in node.tag) and id(node) not in near:
            shapes.setdefault(_signature(node), []).append(node)
    found: list[tuple[_Node, tuple[str, list[_Node]]]] = []
    shaped: list[tuple[list[_Node], list[tuple[_Node, tuple[str, list[_Node]]]]]] = []
    for blocks in shapes.values():
        if len(blocks) < 2:
            continue
        ids = {id(b) for b in blocks}
        posts = []
        for block in blocks:
            post = _generic_post(markup, block, ids - {id(block)}, reader)
            if post:
                posts.append((block, post))
        timed = sum(1 for block, (_, parts) in posts if _has_time(markup, block, parts, reader))
        if len(posts) >= 2 and 2 * timed >= len(posts):
            if reader >= 13:  # a post of the thread's shape with a short text ("Good luck!")
                posts = _short_posts13(markup, blocks, posts, ids)
            found.extend(posts)
            shaped.append((blocks, posts))
    found.sort(key=lambda p: p[0].start)
    found = _runs_as_messages(markup, found, shaped, reader)
    # a block around another post whose head and text are that post's: the inner one is
    # the post ("ytd-comment-thread-renderer" around "ytd-comment-view-model")
    inner_of: set[int] = set()
    for outer, (_, parts) in found:
        for inner, _ in found:
            around = inner is not outer and outer.start <= inner.start and inner.end <= outer.end
            if around and all(inner.start <= p.start and p.end <= inner.end for p in parts):
                inner_of.add(id(outer))
    found = [p for p in found if id(p[0]) not in inner_of]
    if reader >= 15:  # a reply headed as the posts are, inside the post it answers
        found = sorted(
            [*found, *_nested_replies15(markup, found, reader)], key=lambda p: p[0].start
        )
    return found


def _nested_replies15(
    markup: str, found: list[tuple[_Node, tuple[str, list[_Node]]]], reader: int
) -> list[tuple[_Node, tuple[str, list[_Node]]]]:
    """Reader 15: a reply inside a post, headed as the post is (the same element and marks
    as the post's writer: YouTube's one reply under a comment), read as a post of its own
    (after the post it answers, by its own writer), not as the post's text."""
    taken = {id(b) for b, _ in found}
    more: list[tuple[_Node, tuple[str, list[_Node]]]] = []
    for block, _ in found:
        head = _head(markup, block, set(), reader)
        if head is None:
            continue
        mark = (head[0].tag, head[0].attrs.get("id", ""), head[0].attrs.get("class", ""))
        for node in _own(block, set()):
            if node is head[0] or node.start < head[0].end:
                continue
            if (node.tag, node.attrs.get("id", ""), node.attrs.get("class", "")) != mark:
                continue
            reply = node.parent
            if reply is None or reply is block or id(reply) in taken:
                continue
            post = _generic_post(markup, reply, set(), reader)
            if post and post[0] != head[1]:
                more.append((reply, post))
                taken.add(id(reply))
    return more


def _short_posts13(
    markup: str,
    blocks: list[_Node],
    posts: list[tuple[_Node, tuple[str, list[_Node]]]],
    ids: set[int],
) -> list[tuple[_Node, tuple[str, list[_Node]]]]:
    """Reader 13: the posts of a thread's shape with those whose text is too short to tell a
    post by ("Good luck!", an emoji) added: a head, then a short text that is no time line."""
    have = {id(block) for block, _ in posts}
    more = []
    for block in blocks:
        if id(block) in have:
            continue
        nested = ids - {id(block)}
        head = _head(markup, block, nested, 13)
        if head is None:
            continue
        inside = {id(n) for n in head[0].walk()}
        best, best_len = None, 0
        for node in _own(block, nested):
            if id(node) in inside or node.start < head[0].end or node.tag in _BODY_SKIP_TAGS:
                continue
            if any(n.tag in _BODY_SKIP_TAGS for n in node.walk() if n is not node):
                continue
            text = _text(markup, node)
            marks = _marks(node, 13)
            if _TIME_MARK_13.search(markup[node.start : node.end]) or re.search(
                r"time|date", marks, re.I
            ):
                continue
            if len(text) > best_len and re.search(r"[^\W\d_]", text) and len(text) <= 200:
                best, best_len = node, len(text)
        if best is not None:
            more.append((block, (head[1], [best])))
    return sorted([*posts, *more], key=lambda p: p[0].start)


def _runs_as_messages(
    markup: str,
    found: list[tuple[_Node, tuple[str, list[_Node]]]],
    shaped: list[tuple[list[_Node], list[tuple[_Node, tuple[str, list[_Node]]]]]],
    reader: int = 12,
) -> list[tuple[_Node, tuple[str, list[_Node]]]]:
    """Where a post of one shape holds posts of another (a chat export's run of one writer's
    messages around each message: Discord's), the messages are the posts: the run is
    dropped, and each message of the inner shape without a head of its own that follows a
    message in the same run is read with that message's writer (the 2nd, 3rd... message of
    a run has no header)."""
    runs = [
        outer
        for outer, _ in found
        if any(
            inner is not outer
            and _signature(inner) != _signature(outer)
            and outer.start <= inner.start
            and inner.end <= outer.end
            for inner, _ in found
        )
    ]
    if not runs:
        return found
    run_shapes = {_signature(run) for run in runs}
    kept = [p for p in found if _signature(p[0]) not in run_shapes]

    def run_of(block: _Node) -> int | None:
        """The outermost run around ``block`` (a run, its message, the message's body)."""
        run, up = None, block.parent
        while up is not None:
            if _signature(up) in run_shapes:
                run = id(up)
            up = up.parent
        return run

    more: list[tuple[_Node, tuple[str, list[_Node]]]] = []
    for blocks, posts in shaped:
        if _signature(blocks[0]) in run_shapes:
            continue
        writers = {id(block): post[0] for block, post in posts}
        ids = {id(b) for b in blocks}
        last: dict[int, str] = {}  # per run: the writer of its last message so far
        for block in blocks:
            run = run_of(block)
            if run is None:
                continue
            if id(block) in writers:
                last[run] = writers[id(block)]
                continue
            if run not in last or _head(markup, block, ids - {id(block)}, reader) is not None:
                continue
            headless = _Node("", {}, block.start, None)
            parts = _body(markup, block, headless, ids - {id(block)}, reader)
            if parts:
                more.append((block, (last[run], parts)))
    return sorted(kept + more, key=lambda p: p[0].start)


_TIME_WORDS = re.compile(
    r"\b\d+\s*(?:sec|second|min|minute|hour|hr|day|week|month|year)s?\s+ago\b|"
    r"\b\d{1,3}[smhdwy]\b|\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d\d\b|"
    r"\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}\b|yesterday|today",
    re.I,
)
_TIME_MARKUP = re.compile(r"<time\b|<relative-time\b|\bdatetime=|title=\"\d{4}-\d\d-\d\d", re.I)


def _has_time(markup: str, block: _Node, parts: list[_Node], reader: int = 12) -> bool:
    """Whether a post's block says when it was written (outside its text): a ``<time>``, an
    ISO date in an attribute, "2 months ago", "9w", "21:14", a date. A list of people with
    their bios or of teaser cards says no time; a thread's posts do. Reader 13: also an
    element marked as the time (``data-e2e="comment-time-1"``: TikTok's "11-20"), and a time
    at the start of the text, before its first words (a forum post's "27 Nov 2026, 09:02")."""
    pieces, at = [], block.start
    for part in sorted(parts, key=lambda p: p.start):
        pieces.append(markup[at : part.start])
        at = max(at, part.end)
    pieces.append(markup[at : block.end])
    rest = "".join(pieces)
    if _TIME_MARKUP.search(rest):
        return True
    if reader >= 13 and _TIME_MARK_13.search(rest):
        return True
    if _TIME_WORDS.search(html.unescape(re.sub(r"<[^>]*>", " ", rest))):
        return True
    if reader >= 13:
        for part in parts[:1]:
            text = _text(markup, part)
            words = _PROSE.search(text)
            lead = text[: words.start()] if words else ""
            if len(lead) <= 40 and _TIME_WORDS.search(lead):
                return True
    return False


_CONTROL_ROLES = frozenset(["button", "toolbar", "menu", "menubar", "navigation", "tab", "tablist"])


def _controls13(node: _Node) -> bool:
    """Reader 13: an element that is a control or a row of controls (``role="button"``)."""
    if node.attrs.get("role") in _CONTROL_ROLES:
        return True
    kids = [c for c in node.children if c.tag != "#text"]
    return bool(kids) and all(c.attrs.get("role") in _CONTROL_ROLES for c in kids)


_ADDRESS_13 = re.compile(r"\S*@\S+|\bhttps?://\S+|\bwww\.\S+")
"""Reader 13: an e-mail address or a web address, no words of a post's text ("to
brennholm-ho...@googlegroups.com" under a group message's writer)."""


def _time_line13(markup: str, node: _Node) -> bool:
    """Reader 13: whether an element is a post's time line (a marked time, no prose)."""
    fragment = markup[node.start : node.end]
    marked = _TIME_MARK_13.search(fragment) or _TIME_MARKUP.search(fragment)
    return bool(marked) and not _PROSE.search(_text(markup, node))


_TIME_MARK_13 = re.compile(
    r"\b(?:class|id|data-[\w-]+)=\"[^\"]*(?:time|date)[^\"]*\"[^>]*>\s*[^<\s]", re.I
)


def _generic_post(
    markup: str, block: _Node, nested: set[int], reader: int = 12
) -> tuple[str, list[_Node]] | None:
    """A block's writer and text elements, or None when it is no post."""
    for node in _own(block, nested):
        linked = node.tag in ("h1", "h2", "h3", "h4") and any(a.tag == "a" for a in node.walk())
        if linked and reader >= 15:  # the link's words, not a member's "(Vessby South) (Lib)"
            linked = sum(len(_text(markup, a)) for a in node.walk() if a.tag == "a") > 40
        if linked and len(_text(markup, node)) > 40:
            return None  # a teaser card's linked headline
    head = _head(markup, block, nested, reader)
    if head is None:
        return None
    before = markup[block.start : head[0].start]
    for node in _own(block, nested):
        if node.end <= head[0].start and _QUOTED_BOX.search(node.attrs.get("class", "")):
            before = before.replace(markup[node.start : node.end], " ")  # a quoted reply
    before = re.sub(r"<[^>]*>", " ", before)
    if len(" ".join(html.unescape(before).split())) > 30:
        return None  # a name after the text (a signature, a quote's source): no post's head
    parts = _body(markup, block, head[0], nested, reader)
    return (head[1], parts) if parts else None


_REPLY_FROM_13 = re.compile(
    r"(?:Reply|Response|Answer|Comment) from (?:the )?(?P<name>[^\W\d_][\w.'’&-]*(?: [\w.'’&-]+){0,5})"
)
_DATE_ONLY_13 = re.compile(r"(?:[\w.,:]+ ){0,4}[\w.,:]+")


def replies13(lines: list[str]) -> list[str]:
    """Reader 13: a post's lines with a reply inside it given to its writer: "Reply from
    HolmStay Lettings" (an owner's answer under a review) becomes that writer's label line,
    marked by a leading NUL, and a date-only line under it goes."""
    out: list[str] = []
    replied = False
    for line in lines:
        m = _REPLY_FROM_13.fullmatch(line)
        if m and (name := label12(writer_name(m["name"], 13), 13)):
            out.append(f"\0{name}")
            replied = True
            continue
        if replied and _DATE_ONLY_13.fullmatch(line) and _TIME_WORDS.search(line):
            replied = False
            continue
        replied = False
        out.append(line)
    return out


_IN_REPLY_TO_13 = re.compile(
    r"(?:In reply to|Replying to|Reply to) @?(?P<name>[\w.'’-]{2,40}(?: [\w.'’-]+){0,3})"
)


def replies_after_parents13(lines: list[str], starts: list[int]) -> list[str]:
    """Reader 13: a thread's lines with each post that says "In reply to X" (a flat list of
    posts, in the order they were written) moved after X's last post before it and the
    replies already placed under that post, as a nested thread's replies are read."""
    posts = [lines[a:b] for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    if len(posts) < 3:
        return [line for line in lines if not line.startswith("\1")]
    head = lines[: starts[0]] if starts else lines

    def writer(post: list[str]) -> str:
        label = next((line for line in post if line.endswith(":")), "")
        return label.rstrip(":").lstrip("@").casefold()

    order: list[int] = []
    under: dict[int, int] = {}  # post -> the post it answers
    for n, post in enumerate(posts):
        to = next((m["name"] for line in post if (m := _IN_REPLY_TO_13.fullmatch(line))), "")
        to = next((line[1:] for line in post if line.startswith("\1")), to)
        parent = next(
            (k for k in range(n - 1, -1, -1) if to and writer(posts[k]) == to.casefold()), None
        )
        if parent is None:
            order.append(n)
            continue
        under[n] = parent
        at = order.index(parent) + 1
        while at < len(order) and _answers(order[at], parent, under):
            at += 1
        order.insert(at, n)
    ordered = [*head, *(line for n in order for line in posts[n])]
    return [line for line in ordered if not line.startswith("\1")]


def reply_to13(markup: str, block: _Node, nested: set[int]) -> str:
    """Reader 13: the writer a post says it answers ("In reply to kari_sund" in its block,
    outside the posts inside it), or ``""``."""
    for node in _own(block, nested):
        if node.children and any(c.tag not in ("a", "span", "b", "strong") for c in node.children):
            continue
        if m := _IN_REPLY_TO_13.fullmatch(_text(markup, node)):
            return m["name"]
    return ""


def _answers(post: int, parent: int, under: dict[int, int]) -> bool:
    """Whether ``post`` answers ``parent`` or one of its replies."""
    while post in under:
        post = under[post]
        if post == parent:
            return True
    return False


def generic_part(markup: str, part: _Node) -> str:
    """A post's text element as markup to read: a caption written in a heading (Instagram's
    ``<h1>``) read as lines of text, not as one heading."""
    fragment = markup[part.start : part.end]
    if part.tag in ("h1", "h2", "h3"):
        inner = re.sub(r"^<h\d\b[^>]*>|</h\d\s*>$", "", fragment.strip(), flags=re.I)
        return "<div>" + inner.replace("\n", "<br>") + "</div>"
    return fragment


_OPTION_LIST = re.compile(r"<(ul|ol)\b[^>]*>(?:(?!</?(?:ul|ol)\b).)*?</\1\s*>", re.I | re.S)
_OPTION = re.compile(r"<li\b[^>]*\bclass=\"(?P<cls>[^\"]*)\"[^>]*>.*?</li\s*>", re.I | re.S)
_CHOSEN = re.compile(r"\b(?:selected|checked|chosen|is-selected|is-checked)\b")
_NOT_CHOSEN = re.compile(r"\b(?:unselected|not-selected|unchecked|not-checked)\b")


def markup12(markup: str) -> str:
    """Reader 12's markup rules for any page: a list of options that marks the chosen ones
    ("selected"/"unselected" items: a form's radio buttons or check boxes as saved) keeps
    the chosen ones only; a wiki user's link gives its name as MediaWiki's ``title`` does
    (a talk page's signatures)."""

    def chosen(m: re.Match[str]) -> str:
        options = list(_OPTION.finditer(m[0]))
        if not any(_CHOSEN.search(o["cls"]) and not _NOT_CHOSEN.search(o["cls"]) for o in options):
            return m[0]
        if not any(_NOT_CHOSEN.search(o["cls"]) for o in options):
            return m[0]
        return _OPTION.sub(lambda o: "" if _NOT_CHOSEN.search(o["cls"]) else o[0], m[0])

    markup = _OPTION_LIST.sub(chosen, markup)
    return _WIKI_USER_LINK.sub(
        lambda m: f'{m[0]} title="User:{html.escape(m["name"].replace("_", " "))}"', markup
    )


_WIKI_USER_LINK = re.compile(
    r"<a\b(?![^>]*\btitle=)[^>]*?href=\"/wiki/User:(?P<name>[^\"#/]{1,60})\"", re.I
)

_CHROME_LINES_12 = re.compile(
    r"(?:Replying to|In reply to|Reply to) @?[\w.-]{2,60}(?:@[\w.-]+)?|"
    r"(?:#[\w-]+\s*){2,}|Replies|Sort:?(?: \w+){0,4}|/end|"
    r"\d+(?:[.,]\d+)?K? (?:comments?|replies|likes?)(?: · .{0,40})?|"
    r"(?:\d+[smhdw] )?[\d.,]+K? likes?(?: Reply)?|\d+[smhdw](?: Reply)?|"
    r"Page \d+ of \d+(?: · (?:Next|Previous|Prev))*"
)
"""Reader 12: a thread's chrome on a line of its own: "Replying to @ann.bsky.social", a line
of hashtags, "Sort: Hot Top New", "87 comments · …", "9w 48 likes"."""


def lines12(lines: list[str]) -> list[str]:
    """Reader 12's lines of a page: no thread chrome lines (:data:`_CHROME_LINES_12`)."""
    return [line for line in lines if not _CHROME_LINES_12.fullmatch(line.lstrip("#• ").strip())]


_CHROME_LINES_13 = re.compile(
    r"(?:Show|Hide) (?:quoted|trimmed) (?:text|content)|to [\w.+-]+(?:\.\.\.)?@[\w.-]+|"
    r"\d{1,4}\. Re: .{1,200}|unread,|(?:View|Load) \d+ more(?: repl(?:y|ies))?|View \d+ repl(?:y|ies)|"
    r"Log in to see more(?: replies)?\.?|\d{1,2}/\d{1,2}|"
    r"Date of (?:experience|visit|stay|purchase): [\w ,.]{3,30}"
)
"""Reader 13: a mail group's "Show quoted text", "to list...@groups.example" and "unread,";
a forum reply's numbered "3. Re: the topic's title"; "View 45 more", "Log in to see more
replies", a thread's numbering ("2/6") and a review's "Date of experience: …"."""


def lines13(lines: list[str]) -> list[str]:
    """Reader 13's lines of a page: no thread chrome lines (:data:`_CHROME_LINES_13`)."""
    return [line for line in lines if not _CHROME_LINES_13.fullmatch(line.strip())]


def label12(writer: str, reader: int = 12) -> str:
    """A generic post's writer as a label line: a person's name or a handle as reader 11
    writes them, else a display name of capitalised words ("Kessel Valley Notes:"); from
    reader 13 any display name ("Brennholm Chamber of Commerce:", "Pelle from the quay:")."""
    if person_name(writer):
        return f"{writer}:"
    bare = writer.lstrip("@")
    if re.fullmatch(r"[\w.-]{2,40}", bare):
        return f"@{bare}:"
    if re.fullmatch(r"[A-ZÀ-Þ][\w.'’-]*(?: (?:&|[A-ZÀ-Þ][\w.'’-]*)){1,4}", writer):
        return f"{writer}:"
    if reader >= 13 and _NAME_LIKE.fullmatch(writer) and len(writer) <= 40:
        return f"{writer}:"
    return ""
