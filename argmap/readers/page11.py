"""Reader 11: a page's comment threads and posts read with their writers (:func:`threads11`)
and more page chrome dropped (:func:`lines11`).

A thread is found by the markup its software writes, each post with the element naming its
writer and the element holding its text; a post is read only when both are found, so that a
class word alone ("comment" on a newspaper's opinion section) takes no text from a page:

- comments: Substack (``div.comment``, ``commenter-name``, ``comment-body``), WordPress
  (``li.comment``, ``fn``, ``comment-content``), Stack Exchange (``li.comment``,
  ``comment-user``, ``comment-copy``), Coral (``coral-comment``, ``coral-username``), LinkedIn
  (``comments-comment-entity``), Disqus (``li.post``, ``author``, ``post-message``, also in a
  SingleFile ``srcdoc`` frame), Facebook (``role=article`` labelled "Comment by NAME …"),
  Tumblr's notes (a reply, a reblog that added words);
- posts: Stack Exchange's question and answers (the writer in the owner's signature),
  Discourse's posts (``topic-post``: the user name), Tumblr's reblog trail (``trail-item``).

Each post becomes its writer's label line ("Sigrid Vold:", "@lars_h:" for a user name) and
its text's lines, replies after the post they answer; the thread's own chrome (its count,
sort box, "Load more", likes) goes with it. Where the page's other rules would drop the
thread (a comments section after the article), it is read after the page's text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from typing import NamedTuple

from argmap.readers.names import person_name

Read = Callable[[str], list[str]]
"""How a post's text is read: a fragment of the page's markup to its lines."""
_VOID = frozenset(
    ["br", "img", "meta", "link", "input", "hr", "wbr", "source", "area", "col", "embed",
     "param", "track", "base"]
)  # fmt: skip


class _Node:
    __slots__ = ("attrs", "children", "end", "parent", "start", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], start: int, parent: _Node | None):
        self.tag, self.attrs, self.start, self.end = tag, attrs, start, start
        self.children: list[_Node] = []
        self.parent = parent

    @property
    def classes(self) -> set[str]:
        """Its class words, lower-cased, also without a CSS module's hash and with hyphens
        for underscores ("Comment_user__u" is also "comment-user")."""
        words = set(self.attrs.get("class", "").lower().split())
        return words | {re.sub(r"__[\w-]{1,10}$", "", w).replace("_", "-") for w in words}

    def walk(self) -> Iterator[_Node]:
        yield self
        for child in self.children:
            yield from child.walk()


class _Tree(HTMLParser):
    """A page's elements with where each starts and ends in the markup."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.markup = markup
        self._lines = [0]
        for m in re.finditer("\n", markup):
            self._lines.append(m.end())
        self.root = _Node("#root", {}, 0, None)
        self._open = [self.root]
        self.feed(markup)
        self.close()
        for node in self._open[1:]:
            node.end = len(markup)
        self.root.end = len(markup)

    def _at(self) -> int:
        line, col = self.getpos()
        return self._lines[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._at()
        if tag in ("li", "p") and tag in (n.tag for n in self._open[-3:]):
            while self._open[-1].tag != tag:  # an <li> left open: the next one closes it
                self._close(start)
            self._close(start)
        parent = self._open[-1]
        node = _Node(tag, {k: v or "" for k, v in attrs}, start, parent)
        parent.children.append(node)
        if tag in _VOID:
            node.end = self.markup.find(">", start) + 1
        else:
            self._open.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._at()
        node = _Node(tag, {k: v or "" for k, v in attrs}, start, self._open[-1])
        node.end = self.markup.find(">", start) + 1
        self._open[-1].children.append(node)

    def handle_endtag(self, tag: str) -> None:
        if all(n.tag != tag for n in self._open[1:]):
            return
        at = self._at()
        end = self.markup.find(">", at) + 1 or len(self.markup)
        while self._open[-1].tag != tag:
            self._close(at)
        node = self._open.pop()
        node.end = end

    def _close(self, at: int) -> None:
        node = self._open.pop()
        node.end = at


def _text(markup: str, node: _Node) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", markup[node.start : node.end])).split())


def _first(node: _Node, classes: tuple[str, ...], skip: set[int]) -> _Node | None:
    """The first element under ``node`` (not under a node in ``skip``) of the first of
    ``classes`` any element has."""
    for cls in classes:
        for found in _own(node, skip):
            if cls in found.classes:
                return found
    return None


def _own(node: _Node, skip: set[int]) -> Iterator[_Node]:
    """``node``'s elements, not those of a post nested in it (a reply)."""
    for child in node.children:
        if id(child) in skip:
            continue
        yield child
        yield from _own(child, skip)


_SPECS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("", "comment", ("commenter-name", "comment-user", "comment-author-name", "fn",
                     "comment-author", "user"),
     ("comment-content", "comment-copy", "comment-body")),
    ("", "comment-item", ("comment-user", "comment-author", "user"), ("comment-body",)),
    ("", "coral-comment", ("coral-username",), ("coral-comment-content",)),
    ("", "comments-comment-entity", ("comments-comment-meta__description-title",),
     ("comments-comment-item__main-content",)),
    ("li", "post", ("author",), ("post-message",)),
    ("li", "note", (), ("reply-text", "added")),
    ("div", "trail-item", ("trail-blog",), ("trail-content",)),
    ("div", "reblog-trail-item", ("reblog-tumblelog-name",), ("reblog-content",)),
    ("", "topic-post", ("username",), ("cooked",)),
    ("div", "question", (), ("js-post-body",)),
    ("div", "answer", (), ("js-post-body",)),
    ("div", "turn", ("name",), ()),
)  # fmt: skip
"""Reader 11: a post's element (tag, class), its writer's classes and its text's classes."""
_DATE_LINE = re.compile(r"[\w ,.]{0,30}\b(?:19|20)\d\d\b[\w ,.:]{0,20}")
"""A comment's date on a line of its own ("March 23, 2026 at 9:14 pm")."""
_FACEBOOK_COMMENT = re.compile(r"Comment by (?P<name>.{2,60}?) (?:\d+|an?) \w+ ago")
_SAYS = re.compile(r"\s+(?:says|said|wrote):?$")


def _post(markup: str, node: _Node, nested: set[int]) -> tuple[str, list[_Node]] | None:
    """A post's writer and the elements of its text, or None when ``node`` is no post."""
    label = node.attrs.get("aria-label", "")
    if node.attrs.get("role") == "article" and (fb := _FACEBOOK_COMMENT.fullmatch(label)):
        parts = [
            n
            for n in _own(node, nested)
            if n.tag == "div"
            and n.attrs.get("dir") == "auto"
            and "text-align" in n.attrs.get("style", "")
        ]
        return (fb["name"], parts) if parts else None
    if node.attrs.get("role") == "article" and not label:
        # Facebook: a group's post, its writer's name in its heading, its text the message
        message = next(
            (n for n in _own(node, nested) if n.attrs.get("data-ad-preview") == "message"), None
        )
        heading = next((n for n in _own(node, nested) if n.tag in ("h2", "h3")), None)
        if message is not None and heading is not None and person_name(_text(markup, heading)):
            return _text(markup, heading), [message]
    classes = node.classes
    if any(c.startswith("dom_annotate_question_answer_item_") for c in classes):
        # Quora: an answer, its writer's profile link and its text
        link = next(
            (n for n in _own(node, nested) if n.tag == "a" and "/profile/" in n.attrs.get("href", "")
             and _text(markup, n)),
            None,
        )  # fmt: skip
        body = _first(node, ("spacing_log_answer_content",), nested)
        return (_text(markup, link), [body]) if link and body is not None else None
    for tag, cls, writers, bodies in _SPECS:
        if cls not in classes or (tag and node.tag != tag):
            continue
        if cls in ("question", "answer"):
            writer = _stack_owner(markup, node, nested)
        elif cls == "note":
            link = next((n for n in _own(node, nested) if n.tag == "a"), None)
            writer = _text(markup, link) if link else ""
        else:
            found = _first(node, writers, nested)
            writer = _SAYS.sub("", _text(markup, found)) if found else ""
        if not bodies and writer:  # a transcript's turn: all but its speaker's line
            named = _first(node, writers, nested)
            parts = [c for c in node.children if named not in list(c.walk())]
            return (writer, parts) if parts else None
        body = _first(node, bodies, nested)
        if body is None and cls == "note":  # "… reblogged this … and added: <blockquote>"
            body = next((n for n in _own(node, nested) if n.tag == "blockquote"), None)
        if writer and body is not None:
            return writer, [body]
        if writer and cls == "comment":  # a comment's paragraphs with no class of their own
            named = _first(node, writers, nested)
            paragraphs = [
                n
                for n in _own(node, nested)
                if n.tag == "p" and n is not named and not _DATE_LINE.fullmatch(_text(markup, n))
            ]
            if paragraphs:
                return writer, paragraphs
    return None


def _stack_owner(markup: str, node: _Node, nested: set[int]) -> str:
    """A Stack Exchange post's writer: the user in its "asked"/"answered" signature."""
    for sig in _own(node, nested):
        if "post-signature" not in sig.classes:
            continue
        words = _text(markup, sig)
        user = _first(sig, ("user-details",), set())
        link = next((n for n in user.walk() if n.tag == "a"), None) if user else None
        if link and ("owner" in sig.classes or re.match(r"(?:asked|answered)\b", words)):
            return _text(markup, link)
    return ""


_WRITER_CUT = re.compile(
    r"\s+(?:[·•|»–—-]|wrote\b|said\b|says\b|on\s+\d|at\s+\d)|,\s+\d|\s*says:?$"
)
"""Where a writer's name ends in its element ("Kirsty Bain · 24 January 2027"), as reader 8
cuts it."""


def _label(writer: str) -> str:
    """A writer's name as a label line, as reader 8 writes a commenter's: a person's name
    ("Sigrid Vold:", "Arvid H.:"), a user name as a handle ("@lars_h:", "@BaltzarK:"), a
    name with its part ("Tove (listener):"), else ``""``."""
    writer = _WRITER_CUT.split(" ".join(writer.split()), maxsplit=1)[0].strip(" :@")
    if person_name(writer):
        return f"{writer}:"
    if re.fullmatch(r"[\w.-]{2,40}", writer):
        return f"@{writer}:"
    if re.fullmatch(r"[A-ZÀ-Þ][\w.'’-]*(?: [A-ZÀ-Þ][\w.'’-]*){0,3} \([^():]{1,40}\)", writer):
        return f"{writer}:"
    return ""


_OWN_POSTS = frozenset(
    ["question", "answer", "topic-post", "trail-item", "reblog-trail-item", "turn"]
)
"""Reader 11: the kinds of post that are the page's own text, not comments on it."""


class Threads(NamedTuple):
    """A page's markup with its threads taken out (:func:`threads11`)."""

    markup: str
    lines: list[list[str]]  # each thread's lines, in the order of its placeholder
    commenters: frozenset[str]  # the labels of the comments' writers, none the page's
    posters: frozenset[str]  # the labels of a group post's writers (Facebook): its author
    opener: str = ""  # reader 12 on: the writer of the first post found by its shape


def threads11(
    markup: str, read: Read, generic: int = 0, guard: Callable[[], bool] | None = None
) -> Threads:
    """``markup`` with each comment thread or run of posts replaced by a placeholder line
    (``argmap-thread-N``), the lines of each (its writers' labels, their texts' lines,
    read by ``read``, a function of a fragment of markup giving its lines), and the labels
    of the comments' writers (who wrote no part of the page itself). ``generic`` (the reader,
    12 or 13; 0: none): also the posts found by their shape
    (:func:`argmap.readers.page12.generic_posts`), kept only if ``guard`` (when given, asked
    only once such posts are found: reader 13 parses a page once where it has none) says so."""
    frames, commenters = _srcdoc_threads(markup, read, generic, guard)
    tree = _Tree(markup)
    posts: dict[int, tuple[_Node, str, list[_Node]]] = {}
    nested: set[int] = set()
    candidates = [n for n in tree.root.walk() if n is not tree.root]
    found = []
    for node in candidates:
        post = _post(markup, node, set())
        if post:
            found.append((node, post))
    shaped: set[int] = set()
    continued: dict[int, tuple[str, list[_Node]]] = {}
    if generic:
        from argmap.readers.page12 import generic_posts

        more = generic_posts(markup, tree, {id(n) for n, _ in found}, generic)
        if more and guard is not None and not guard():
            more = []
        shaped = {id(n) for n, _ in more}
        continued = {id(n): post for n, post in more}
        found = sorted([*found, *more], key=lambda p: p[0].start)
    ids = {id(n) for n, _ in found}
    nested = ids
    for node, _ in found:
        if id(node) in shaped:
            from argmap.readers.page12 import _generic_post

            # a message of a run with no head of its own keeps the writer found for it
            post = _generic_post(markup, node, nested - {id(node)}, generic) or continued[id(node)]
        else:
            post = _post(markup, node, nested - {id(node)})
        if post:
            posts[id(node)] = (node, *post)
    if not posts and not frames:
        return Threads(markup, [], frozenset(), frozenset())
    opener = next((n for n, _ in found if id(n) in shaped and id(n) in posts), None)
    posters = {
        _label(w)
        for n, w, _ in posts.values()
        if n.attrs.get("role") == "article" and not n.attrs.get("aria-label")
    }
    if opener is not None:
        posters.add(_shaped_label(posts[id(opener)][1], generic))  # reader 12: a thread's opener
    for node, writer, _ in posts.values():
        quora = any(c.startswith("dom_annotate_question_answer_item_") for c in node.classes)
        own = quora or (node.attrs.get("role") == "article" and not node.attrs.get("aria-label"))
        if id(node) in shaped:
            if writer != posts[id(opener)][1]:  # the thread's opener wrote the page
                commenters.add(_shaped_label(writer, generic))
        elif not node.classes & _OWN_POSTS and not own:
            commenters.add(_label(writer))
    tops = [p for p in posts.values() if not _inside(p[0], posts)]
    top_nodes = [t[0] for t in tops]
    holders: dict[int, _Node | None] = {}
    groups: list[list] = []
    for top in tops:
        parent = id(top[0].parent)
        if parent not in holders:  # the posts of one list share it: found once
            holders[parent] = _holder(markup, top[0], top_nodes, id(top[0]) in shaped)
        holder = holders[parent]
        if (
            groups
            and groups[-1][0] is holder
            and not _words_between15(markup, groups, top, generic)
        ):
            groups[-1][1].append(top)
        else:
            groups.append([holder, [top]])
    threads: list[list[str]] = []
    out: list[str] = []
    at = 0
    for holder, group in groups:
        lines: list[str] = []
        starts: list[int] = []  # where each post's lines begin
        for top in group:
            for node in top[0].walk():
                if id(node) in posts:
                    _, writer, parts = posts[id(node)]
                    shape = generic if id(node) in shaped else 0
                    starts.append(len(lines))
                    if generic >= 13:
                        from argmap.readers.page12 import reply_to13

                        if to := reply_to13(markup, node, ids - {id(node)}):
                            lines.append(f"\1{to}")  # read by replies_after_parents13
                    lines.extend(_post_lines(writer, parts, markup, read, shape))
        if generic >= 13:
            from argmap.readers.page12 import replies_after_parents13

            lines = replies_after_parents13(lines, starts)
        spans = (
            [(holder.start, holder.end)]
            if holder is not None
            else [(t[0].start, t[0].end) for t in group]
        )
        for n, (start, end) in enumerate(spans):
            if start < at:
                continue
            out.append(markup[at:start])
            if n == 0:  # an article of its own: read where it stands, as long as it is
                chars = sum(len(line) for line in lines)
                out.append(
                    f'<article data-argmap-chars="{chars}"><p>argmap-thread-{len(threads)}</p>'
                    "</article>"
                )
            at = end
        threads.append(lines)
    out.append(markup[at:])
    for lines in frames:
        threads.append(lines)
    first = posts[id(opener)][1] if opener is not None else ""
    return Threads("".join(out), threads, frozenset(commenters), frozenset(posters), first)


def _words_between15(markup: str, groups: list[list], top: tuple, generic: int) -> bool:
    """Reader 15: whether words stand between the last post of a thread with no holder and
    the post ``top`` ("Hon. Members: Hear, hear." between two speeches of a debate record):
    the posts after them are read as a thread of their own, so the words stay in place."""
    if generic < 15 or groups[-1][0] is not None:
        return False
    between = markup[groups[-1][1][-1][0].end : top[0].start]
    between = re.sub(r"<(script|style)\b.*?</\1>", " ", between, flags=re.S)
    return bool(re.search(r"[^\W\d_]{2}", html.unescape(re.sub(r"<[^>]*>", " ", between))))


def _inside(node: _Node, posts: dict) -> bool:
    up = node.parent
    while up is not None:
        if id(up) in posts:
            return True
        up = up.parent
    return False


def _holder(markup: str, node: _Node, tops: list[_Node], shaped: bool = False) -> _Node | None:
    """The largest element around ``node`` that holds posts and chrome only (a comments
    section with its heading, count and "Load more"), or None: the post alone. Reader 12's
    posts found by their shape (``shaped``): chrome holds no sentence (a post of another
    shape above them, the page's own)."""
    best = None
    up = node.parent
    while up is not None and up.tag not in ("#root", "body", "html", "main", "article"):
        gaps, at = [], up.start  # the ancestor's markup outside its posts
        for n in sorted(tops, key=lambda t: t.start):
            if up.start <= n.start and n.end <= up.end and n.start >= at:
                gaps.append(markup[at : n.start])
                at = n.end
        rest = "".join([*gaps, markup[at : up.end]])
        words = re.sub(r"<[^>]*>", " ", re.sub(r"<(script|style)\b.*?</\1>", " ", rest, flags=re.S))
        words = " ".join(html.unescape(words).split())
        if len(words) > 300 or re.search(r"<h1\b", rest):
            break
        if shaped and any(len(part.split()) >= 6 for part in re.findall(r"[^.!?]+[.!?]", words)):
            break  # a sentence: the page's own text, not a thread's chrome
        best = up
        up = up.parent
    return best


def _shaped_label(writer: str, reader: int = 12) -> str:
    from argmap.readers.page12 import label12

    return label12(writer, reader)


def _post_lines(
    writer: str, parts: list[_Node], markup: str, read: Read, shaped: int = 0
) -> list[str]:
    """A post's lines: its writer's label, then its text (``shaped``: the reader of a post
    found by its shape, 0 for one of reader 11's)."""
    label = _shaped_label(writer, shaped) if shaped else _label(writer)
    lines: list[str] = []
    for part in parts:
        if shaped:
            from argmap.readers.page12 import generic_part

            read_lines = read(generic_part(markup, part))
            if shaped >= 15 and part.tag in ("h2", "h3", "h4"):  # a live blog entry's headline
                read_lines = [f"## {line.lstrip('# ')}" for line in read_lines if line.strip()]
            lines.extend(read_lines)
        else:
            lines.extend(read(markup[part.start : part.end]))
    out: list[str] = []
    labelled = False
    if shaped >= 13:
        from argmap.readers.page12 import replies13

        lines = replies13(lines)
    for line in lines:
        if line.startswith("\0"):  # reader 13: a reply's writer inside the post
            out.append(line[1:])
            labelled = True
            continue
        if line.startswith("#"):
            out.append(line)  # a heading, nobody's: the writer's label again after it
            labelled = False
            continue
        if not labelled and label:
            out.append(label)
            labelled = True
        out.append(line)
    return out


_NOTE_MARK = re.compile(
    r"(?P<before>[\w.,;:!?\"'”’)\]])(?P<mark><sup\b[^>]*>\s*(?P<link><a\b[^>]*>)?\s*\[?\d{1,3}\]?\s*"
    r"(?:</a>)?\s*</sup>)",
    re.I,
)


def note_marks11(markup: str) -> str:
    """``markup`` without its note marks ("restaurants<sup>1</sup>.", a linked
    ``<sup><a href="#fn1">1</a></sup>``), so that a sentence does not end "restaurants1.";
    a raised number after a short word or a digit ("m<sup>2</sup>", "10<sup>6</sup>") is
    kept: a power, not a note."""
    return _NOTE_MARK.sub(lambda m: m[0] if _is_power(markup, m) else m["before"], markup)


def _is_power(markup: str, m: re.Match[str]) -> bool:
    if m["link"] or "[" in m["mark"] or not m["before"].isalnum():
        return False
    word = re.search(r"\w*$", markup[max(0, m.start() - 40) : m.start("mark")])
    return word is not None and (len(word[0]) <= 3 or word[0][-1:].isdigit())


_SRCDOC = re.compile(r"<iframe\b[^>]*\bsrcdoc\s*=\s*(\"[^\"]*\"|'[^']*')", re.I)


def _srcdoc_threads(
    markup: str, read: Read, generic: int = 0, guard: Callable[[], bool] | None = None
) -> tuple[list[list[str]], set[str]]:
    """The threads of a frame saved in the page (SingleFile's ``srcdoc``: Disqus) and
    their commenters' labels."""
    out: list[list[str]] = []
    commenters: set[str] = set()
    for m in _SRCDOC.finditer(markup):
        inner = html.unescape(m[1][1:-1])
        found = threads11(inner, read, generic, guard)
        out.extend(t for t in found.lines if t)
        commenters.update(found.commenters)
    return out, commenters


def place11(lines: list[str], threads: list[list[str]]) -> list[str]:
    """``lines`` with each thread's placeholder replaced by its lines; a thread whose
    placeholder the page's rules dropped is read after the page's text."""
    out: list[str] = []
    placed: set[int] = set()
    for line in lines:
        m = re.fullmatch(r"argmap-thread-(\d+)", line.strip())
        if m and int(m[1]) < len(threads):
            placed.add(int(m[1]))
            out.extend(threads[int(m[1])])
        elif not m:
            out.append(line)
    for n, thread in enumerate(threads):
        if n not in placed:
            out.extend(thread)
    return out


FURNITURE_11 = re.compile(
    r"ambox|ambox-[\w-]+|mbox-[\w-]+|[\w-]*-epic|epic|listen-on|player-fallback|"
    r"most-?(?:viewed|read|popular)|[\w-]+-most-?(?:viewed|read|popular)|download|"
    r"reading-list|more-from[\w-]*|pw-more-from[\w-]*|[\w-]*-onwards|onwards"
)
"""Reader 11: page chrome named by a class: a wiki's maintenance box ("This article
documents a current legislative proposal"), a paper's reader-revenue appeal ("… before you
move on", its ``epic``), a podcast's "Listen on" row and player fallback, "Most viewed"
lists, a document's download links ("PDF version (198 KB) | HTML version")."""

_CHROME_LINES_11 = re.compile(
    # Stack Exchange
    r".{3,60} Stack Exchange is a question and answer site for .*|"
    r"It only takes a minute to sign up\.|Anybody can (?:ask a question|answer)|"
    r"The best answers are voted up and rise to the top|"
    r"(?:Asked|Modified|Active) (?:[A-Z][a-z]{2} \d{1,2}(?:, \d{4})?(?: at \d{1,2}:\d{2})?|"
    r"\d+ (?:\w+ )?ago|today|yesterday)|Viewed [\d.,]+k? times|\d+ Answers?|Accepted|Your Answer|"
    r"Not the answer you(?:'|’)re looking for\? .*|Sorted by:.*|Add a comment|"
    # live blogs
    r"\d{1,2}[.:]\d{2}(?: ?[AP]M)?(?: [A-Z]{3,5})?|Updated at \d{1,2}[.:]\d{2}.*|Pinned post|"
    r"Please turn on JavaScript to use this feature|LIVE|Show key events only|"
    r"(?:Newest|Previous|Next|Oldest)(?: (?:Newest|Previous|Next|Oldest|\d+ of \d+))+|"
    # Medium
    r"Member-only story|Responses \(\d+\)|See all responses|"
    # Facebook
    r"(?:Public|Private) group · [\d.,]+K? members|Joined|\+ Invite|"
    r"About Discussion Featured(?: \w+){0,6}|(?:Admin|Moderator|Top fan|Rising contributor)"
    r"(?: · (?:Admin|Moderator|Top fan|Rising contributor))*|\d{1,2}[smhdwy] ·?|"
    r"All reactions: ?[\d.,]+K?|View (?:more|all|previous) (?:comments|replies)|\d+ of \d+|"
    # Quora, Tumblr
    r"All related \(\d+\)|[\w-]{2,40} ⟲ [\w-]{2,40}|"
    # Coral, written questions
    r"Read the full article|Showing \d+ ?- ?\d+ of \d+ results.*|"
    r"Question (?:UIN )?\w+ Tabled on .*|View full question and answer(?: Share)?",
)
_MOST_VIEWED = re.compile(r"Most (?:viewed|read|popular|shared)(?: (?:today|this week))?")
_LINE_END = re.compile(r"[.!?…][\"'”’)]*$")
_MORE_ARTICLES = re.compile(r"More articles by .{2,80}")
_WRITTEN_BY = re.compile(r"Written by .{2,80}")
_MEDIUM_FOOT = re.compile(r"More from .{2,80}|Recommended from Medium")


def lines11(lines: list[str]) -> list[str]:
    """Reader 11's lines of a page: no chrome lines (:data:`_CHROME_LINES_11`), no LinkedIn
    "More articles by NAME" list (to "See all articles"), no Medium foot (from "Written by
    NAME", when "More from …" or "Recommended from Medium" follows, to the end), no "Most
    viewed" list; a standfirst (or a subheading) of two sentences or more read as its
    sentences, not as one heading."""
    out: list[str] = []
    listing = headlines = False
    for n, line in enumerate(lines):
        plain = line.lstrip("#• ").strip()
        if listing:
            listing = plain != "See all articles"
            continue
        if headlines and not line.startswith("#") and not _LINE_END.search(plain):
            continue  # a "Most viewed" list's headlines
        headlines = bool(_MOST_VIEWED.fullmatch(plain))
        if headlines:
            continue
        if _MORE_ARTICLES.fullmatch(plain):
            listing = True
            continue
        if _WRITTEN_BY.fullmatch(plain) and any(
            _MEDIUM_FOOT.fullmatch(x.lstrip("# ").strip()) for x in lines[n + 1 :]
        ):
            break
        if _CHROME_LINES_11.fullmatch(plain):
            continue
        if _SENTENCES_HEADING.fullmatch(line) and _INNER_STOP.search(plain):
            line = plain  # a standfirst of two sentences: read as two, not as one heading
        out.append(line)
    return out


_SENTENCES_HEADING = re.compile(r"#{2,6} .*[.!?…][\"'”’)]*")
_INNER_STOP = re.compile(r"[.!?…][\"'”’)]*\s+[\"'“‘(]?[A-Z]")


_ASKED = re.compile(r"(?:Asked|Answered(?: on .{4,40}?)?) by\b", re.I)


def askers11(markup: str) -> str:
    """``markup`` with a written question's "Asked by NAME Party" and "Answered on DATE by
    NAME Party Role" (each naming its member in a link) as the member's label ("Ruth
    Ellingsen:"), the speaker of the question or answer under it."""
    if not _ASKED.search(markup):
        return markup
    tree = _Tree(markup)
    found: list[tuple[int, int, str]] = []
    for node in tree.root.walk():
        if node.tag not in ("div", "p", "li", "span", "dd", "td") or node.end - node.start > 600:
            continue
        text = _text(markup, node)
        asked = _ASKED.match(text)
        link = next((n for n in node.walk() if n.tag == "a"), None)
        if (
            not asked
            or link is None
            or any(
                _ASKED.match(_text(markup, c)) and any(n.tag == "a" for n in c.walk())
                for c in node.children
            )
        ):
            continue  # an element around the one that names the member
        name = _text(markup, link)
        if person_name(name) and text.index(name) >= asked.end() - 3:
            found.append((node.start, node.end, name))
    out, at = [], 0
    for start, end, name in found:
        if start < at:
            continue
        out.append(markup[at:start])
        out.append(f"<p>{html.escape(name)}:</p>")
        at = end
    out.append(markup[at:])
    return "".join(out)


_META_TERMS = frozenset(
    ["inquiry", "submitter", "submitted by", "witness", "published", "date", "reference",
     "author", "authors", "organisation", "organization", "committee", "type", "status",
     "category", "department", "last updated", "updated", "from", "written by", "date published"]
)  # fmt: skip
_DL = re.compile(r"<dl\b[^>]*>.*?</dl\s*>", re.I | re.S)
_DT_DD = re.compile(r"<dt\b[^>]*>(?P<dt>.*?)</dt\s*>\s*<dd\b[^>]*>(?P<dd>.*?)</dd\s*>", re.I | re.S)


def metadata_lists11(markup: str) -> tuple[str, dict[str, str]]:
    """``markup`` without a document's metadata list (a ``<dl>`` of short fields, one of them
    "Submitter", "Published", "Reference"…: a committee's written evidence) and what it
    says: its submitter or author as ``author``, its published date as ``date``."""
    facts: dict[str, str] = {}

    def read(m: re.Match[str]) -> str:
        pairs = [
            (_plain(p["dt"]).rstrip(":").lower(), _plain(p["dd"])) for p in _DT_DD.finditer(m[0])
        ]
        if len(pairs) < 2 or not any(t in _META_TERMS for t, _ in pairs):
            return m[0]
        if any(len(v) > 80 or len(t) > 30 for t, v in pairs):
            return m[0]
        for term, value in pairs:
            if term in (
                "submitter",
                "submitted by",
                "witness",
                "author",
                "authors",
                "written by",
                "from",
            ):
                facts.setdefault("author", value)
            elif term in ("published", "date", "date published", "last updated", "updated"):
                facts.setdefault("date", value)
        return ""

    return _DL.sub(read, markup), facts


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", fragment)).split())
