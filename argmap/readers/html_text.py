"""An HTML page's readable text, without its furniture (:class:`HTMLText`).

One parser for every reader: each rule says from which reader on it applies. What the page
says of itself in its body (an hCard byline, the site's title, the article's heading, a
``<time>``) is collected in ``found`` for :mod:`argmap.readers.html_page`."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from argmap.readers.names import person_name
from argmap.readers.page11 import FURNITURE_11
from argmap.readers.versions import READER

_HTML_SPACE = re.compile(r"\s+")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_BY_PREFIX = re.compile(r"^(?:by|posted by|written by)\s+", re.IGNORECASE)
_FORM = re.compile(r"<form\b.*?(?:</form\s*>|$)", re.IGNORECASE | re.DOTALL)
_FIELD = re.compile(
    r"<textarea\b|<input\b(?![^>]*\btype\s*=\s*[\"']?(?:hidden|submit|button|checkbox|radio|image)\b)",
    re.IGNORECASE,
)


_TABLE_TAG = re.compile(r"<(/?)table\b[^>]*>", re.IGNORECASE)
_CELL = re.compile(r"<t[dh]\b", re.IGNORECASE)
_ROW = re.compile(r"<tr\b", re.IGNORECASE)
_BLOCK_IN_CELL = re.compile(r"<(?:p|div|h[1-6]|ul|ol|table|blockquote)\b", re.IGNORECASE)


def data_tables(markup: str) -> frozenset[int]:
    """Reader 7: which of a page's tables (by the order their ``<table>`` tags open) hold
    data, not a layout: at least two rows, at least two cells a row on average, and no
    paragraph, list or table inside (an e-mail's layout table holds paragraphs)."""
    opened: list[tuple[int, int]] = []  # (index, where its content starts)
    kept = set()
    index = -1
    for m in _TABLE_TAG.finditer(markup):
        if not m[1]:
            index += 1
            opened.append((index, m.end()))
            continue
        if not opened:
            continue
        i, start = opened.pop()
        inner = markup[start : m.start()]
        rows = len(_ROW.findall(inner))
        if rows >= 2 and len(_CELL.findall(inner)) >= 2 * rows and not _BLOCK_IN_CELL.search(inner):
            kept.add(i)
    return frozenset(kept)


def text_forms(markup: str) -> frozenset[int]:
    """Reader 7: which of a page's forms (by their order) hold text to read, not fields to
    fill in: at least 15 words and no text field (old Reddit puts each post and comment in
    a ``<form class="usertext">``)."""
    kept = set()
    for i, m in enumerate(_FORM.finditer(markup)):
        inner = m[0]
        words = re.sub(r"<[^>]*>", " ", inner).split()
        if len(words) >= 15 and not _FIELD.search(inner):
            kept.add(i)
    return frozenset(kept)


_WRITER_CUT = re.compile(
    r"\s+(?:[·•|»–—-]|wrote\b|said\b|says\b|on\s+\d|at\s+\d)|,\s+\d|\s*says:?$"
)
_WRITER_CLASS = re.compile(
    r"class\s*=\s*[\"'][^\"']*\b(?:comment-author|comment__author|comment-author-name|"
    r"comment-meta__author)\b",
    re.IGNORECASE,
)


def names_writers(markup: str) -> bool:
    """Reader 8: whether a page names its comments' writers (a ``comment-author`` element):
    only then are its comments kept, each with its writer as the speaker."""
    return bool(_WRITER_CLASS.search(markup))


def _writer_name(words: list[str]) -> str:
    """Reader 8: a comment's or post's writer as a label: "Greta Tamm" of "Greta Tamm · 1
    February 2027", "@quill_and_coffee" of a forum's profile (its first words: the user
    name, before the rank and counts), or ``""``."""
    first = next((w.strip() for w in words if w.strip()), "")
    first = _WRITER_CUT.split(" ".join(first.split()), maxsplit=1)[0].strip(" :")
    first = _BY_PREFIX.sub("", first)
    if person_name(first):
        return first
    if re.fullmatch(r"[\w.-]{2,40}", first):
        return f"@{first}"
    return ""


class HTMLText(HTMLParser):
    """Collects readable text of an HTML page, one block element per line.

    Page furniture is skipped with everything inside it: scripts and styles, navigation,
    asides, page footers, site headers (a ``<header>`` outside ``<article>``/``<main>``),
    forms and buttons, and elements whose class, id, role or label names a cookie banner,
    share or social buttons, a newsletter box, breadcrumbs, ads, related links, a comment
    thread (``comments``, not a single ``comment``: British papers call opinion "Comment")
    or sidebar widgets.

    Reader 2 also skips what sits around an article by its place and its class: on a page
    with an ``<article>`` or ``<main>``, text outside it that is not in a heading or a
    paragraph (a market ticker bar, a site's tag line); elements classed as a kicker,
    section label or category line, tags, an author bio or disclosure, a ticker or a
    comment count; and links to the comment thread ("12 Comments"). A line break in the
    page's source inside a paragraph is a space (reader 1 kept it as a break).
    """

    BLOCK = frozenset(
        [
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "br",
            "tr",
            "blockquote",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "pre",
            "figcaption",
            "dt",
            "dd",
        ]
    )
    SKIP = frozenset(
        [
            "script",
            "style",
            "noscript",
            "template",
            "svg",
            "nav",
            "aside",
            "footer",
            "form",
            "button",
            "iframe",
            "select",
            "dialog",
        ]
    )
    SKIP_ROLES = frozenset(
        ["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog"]
    )
    FURNITURE = re.compile(
        r"(?:^|[\s_-])(?:cookies?|consent|gdpr|share|sharing|social|newsletter|subscribe|"
        r"breadcrumbs?|advert|advertisement|ads?|promo|related|paywall|skip-link|sidebar|"
        r"comments|comment-respond|widgets?)"
        r"(?:$|[\s_-])",
        re.IGNORECASE,
    )
    # Reader 2: what surrounds an article, named by its class or id.
    AROUND = re.compile(
        r"(?:^|[\s_-])(?:kicker|eyebrow|section-label|categories|category|entry-categories|"
        r"tags|tag-?list|tagcloud|post-tags|entry-tags|author-bio|bio|author-box|about-author|"
        r"author-info|disclosure|ticker|topbar|comments?-link|comments?-count)(?:$|[\s_-])",
        re.IGNORECASE,
    )
    # Reader 3: a class or id naming a site's header, footer, menu or toolbar, whole
    CHROME = re.compile(
        r"(?:site-?|page-?|global-?|main-?)?(?:header|footer|masthead)(?:[-_][\w-]*)?|"
        r"(?:[\w-]*[-_])?(?:nav|navbar|navigation|menu|toolbar)(?:[-_][\w-]*)?|[a-z]*toolbar"
    )
    # Reader 4: a byline block (the author's name, the date, a reading time, a view count;
    # read as metadata), a sign-up box, a topics line; site chrome with a short prefix
    # (Joomla's #sp-header, #sp-footer, #sp-top-bar)
    BYLINE = re.compile(
        r"(?:[\w-]*[-_])?(?:byline|bylines|post-meta|entry-meta|article-meta|article-info|"
        r"meta-info|blog-meta|post-byline|author-name|author-role|reading-time|read-time|"
        r"posted-on|post-date|entry-date|post-views|views-count|view-count|hits)(?:[-_][\w-]*)?"
    )
    AROUND_4 = re.compile(
        r"(?:^|[\s_-])(?:cta|signup|sign-up|topics?|keywords|share-?bar)(?:$|[\s_-])",
        re.IGNORECASE,
    )
    CHROME_4 = re.compile(
        r"(?:[a-z0-9]{1,4}[-_])?(?:site-?|page-?|global-?|main-?)?"
        r"(?:header|footer|masthead|top-?bar)(?:[-_][\w-]*)?"
    )
    AUTHOR_CLASS = re.compile(
        r"(?:[\w-]*[-_])?(?:author(?:[-_]+name)?|authorname|byline[-_]+name|byline[-_]+author)"
        r"(?:__[\w-]+)?"  # a CSS module's hash: Byline_name__x1
    )
    # Reader 5: Medium's byline, counts and publication link, Blogger's pager and feed
    # links, a government template's phase banner, caption, metadata list, contents list
    # and feedback box, a cookie layer named in one word (#cookieconsent), button links
    FURNITURE_5 = re.compile(
        r"speechify-ignore|pw-multi-vote[\w-]*|pw-responses[\w-]*|[\w-]*clap[\w-]*|"
        r"author(?:name|photo)|story(?:readtime|publishdate)|publicationname|"
        r"blog-pager[\w-]*|post-feeds|feed-links|home-link|post-footer[\w-]*|"
        r"[\w-]*phase-banner[\w-]*|govuk-caption-\w+|gem-c-title__context|gem-c-metadata|"
        r"[\w-]*contents-list[\w-]*|[\w-]*feedback[\w-]*|cookie\w*|cc-(?:window|banner)|"
        r"wixui-button|[\w-]*social-bar[\w-]*"
    )
    # Reader 6: Substack's counts, share, subscribe box and comments; Jetpack's likes and
    # related posts (WordPress); Discourse's post
    # meta, likes, category badge and "Powered by"; MediaWiki's edit links, reference marks
    # and list, infobox, navbox, contents, categories, "From Wikipedia" and language menu; an
    # e-mail's preheader; "noprint" chrome
    FURNITURE_6 = re.compile(
        r"post-ufi[\w-]*|like-button[\w-]*|subscription-widget[\w-]*|comments-section|"
        r"comment-list|crawler-post-meta|post-likes|topic-category|powered-by[\w-]*|"
        r"mw-editsection[\w-]*|reference|references|reflist|mw-references-wrap|"
        r"infobox[\w-]*|navbox[\w-]*|catlinks|toc|sitesub|contentsub|mw-jump-link|noprint|"
        r"vector-dropdown[\w-]*|mw-indicators|hatnote|preheader|pre-header|"
        r"[\w-]*relatedposts[\w-]*|sharedaddy"
    )
    # Reader 6: what sits around an article, named by a class word ("topic-title" and
    # "topic-body" are a Discourse thread's own text, not a topics line)
    AROUND_6 = re.compile(
        r"(?:^|[\s_-])(?:cta|signup|sign-up|keywords|share-?bar)(?:$|[\s_-])|"
        r"(?:^|[\s_-])topics?(?:[-_](?:list|links|tags))?(?:$|\s)",
        re.IGNORECASE,
    )
    # Reader 6: a standfirst (a heading's paragraph: one sentence, like a heading)
    STANDFIRST = re.compile(
        r"standfirst|dek|deck|sub-?title|sub-?headline|subhead|strapline|"
        r"(?:gh-)?article-excerpt|post-subtitle|article-summary"
    )
    # Reader 7: a side column named by a class word or a BEM element ("side" on old Reddit,
    # "scaffold-layout__aside", "right-rail"); text for screen readers only (its visible
    # twin is read); a list of buttons; a post's or comment's tagline ("submitted 5 days ago
    # by …"); a social post's counts, action bar, comment box and each comment's headline
    # and time (LinkedIn); a thread's comment meta slot (new Reddit)
    SIDE_7 = re.compile(
        r"side|sidebar|side-?bar|side-?col(?:umn)?|rail|left-?rail|right-?rail|"
        r"[\w-]*__(?:aside|sidebar|rail)"
    )
    FURNITURE_7 = re.compile(
        r"visually-?hidden|sr-only|screen-reader-text|a11y-text|assistive-text|buttons|"
        r"tagline|menu[a-z]+|social-details-social-counts|feed-shared-social-action-bar|"
        r"comments-comment-box|comments-sort-order-toggle|comments-comment-social-bar|"
        r"comments-comment-meta__description-subtitle|comments-comment-meta__data|"
        r"comments-comment-meta__badge|update-components-actor|[\w-]*see-more[\w-]*|"
        r"feed-shared-inline-show-more-text__[\w-]*|panestack-title|linkinfo|"
        r"status__(?:action-bar|relative-time|prepend)|detailed-status__meta|"
        r"account__avatar|display-name__account|linkflairlabel|[\w-]*flair|domain|"
        r"footnotes|footnotes-list|footnote-backref|footnotes-sep|names"
    )
    # Reader 7: an AMP page's ads, menus, consent box, share buttons and trackers
    SKIP_7 = frozenset(
        ["amp-ad", "amp-embed", "amp-sticky-ad", "amp-sidebar", "amp-consent",
         "amp-social-share", "amp-analytics", "amp-pixel", "amp-user-notification",
         "amp-auto-ads", "amp-lightbox", "textarea", "label"]
    )  # fmt: skip
    SLOT_7 = re.compile(r"[\w-]*meta|credit-bar|[\w-]*flair|[\w-]*avatar|action-?row")
    # Reader 7: a paragraph that is a post's title (old Reddit's p.title): one sentence
    TITLE_7 = re.compile(r"title|post-title|entry-title|article-title|headline")
    # Reader 7: what holds a social post's comments, kept whatever its class says
    THREAD_7 = re.compile(
        r"social-details-social-activity|update-v2-social-activity|"
        r"feed-shared-update-v2__comments-container|comments-comments-list|"
        r"comments-comment-(?:item|entity)|comments-reply-item|comments-replies-list|"
        r"comments-comment-item__main-content|comments-comment-meta__(?:container|description-container|description-title)"
    )
    # Reader 7: the name of a comment's writer, written as a speaker's label ("NAME:")
    UNSEEN_7 = re.compile(r"visually-?hidden|sr-only|screen-reader-text|a11y-text|assistive-text")
    COMMENTER_7 = re.compile(r"comments-comment-meta__description-title|display-name__html")
    ACTOR_7 = re.compile(r"[\w-]*actor__name")
    # Reader 8: a page's comments section, kept with each comment's writer as its speaker
    # (a preprint's or a blog's comments, dropped by reader 7 with no word); the element
    # naming a comment's or a forum post's writer (its first words: "Greta Tamm · 1 Feb");
    # a forum post's own chrome (phpBB's "Post by NAME » date", signature)
    COMMENTS_8 = re.compile(
        r"comments|comment-list|commentlist|comments-area|comments-section|comment-section|"
        r"comments-list|comment-thread"
    )
    WRITER_8 = re.compile(
        r"comment-author|comment__author|comment-author-name|comment-meta__author|"
        r"postprofile|message-name|message-userdetails"
    )
    FURNITURE_8 = re.compile(
        r"signature|post-signature|author-signature|action-bar|jumpbox|"
        r"stat-block|pagination|topic-actions|back2top|responsive-hide|"
        r"contributors|preprint-meta|preprint-actions|preprint-status|"
        r"citation|cite-as|how-to-cite|article-metrics|chapter-number|noteref|footnote-ref|fnref|"
        r"comment-metadata|comment-date|comment-time|says|reply|comment-reply-link"
    )
    NOTES_9 = frozenset(
        ["endnotes", "doc-endnotes", "endnote", "doc-endnote", "footnotes", "footnote",
         "doc-footnote", "rearnotes", "rearnote"]
    )  # fmt: skip
    """Reader 9: an EPUB chapter's notes (``epub:type``, ``role``), kept, not dropped."""
    # Reader 10: a Mastodon profile's fields ("Ward: Northgate") beside a thread; a Telegram
    # export's reactions ("😡 214") and userpic initials; a forum post's writer's profile
    # (home town, rank, post count), its date, its "Re: topic" title and its footer ("14
    # helpful votes Save Report"); a LinkedIn comment's time and actions, "More articles by"
    # and "Explore topics" under an article
    FURNITURE_10 = re.compile(
        r"account__header__fields|reactions|userpic_wrap|location|levelbadge|postbadge|"
        r"badgetext|user-?title|member-?title|user-?rank|post-?count|"
        r"posttitle|postfooter|post-footer|comment__duration-since|comment__actions|"
        r"comment__author-headline|crumbs|breadcrumbs?|topicmeta|dexpert|more-articles|"
        r"explore-topics"
    )
    # Reader 10: the element naming a comment's or a forum post's writer (LinkedIn's
    # "comment__author-name", a travel forum's "username"), written as a label
    WRITER_10 = re.compile(
        r"comment__author-name|username|mbrname|user-name|poster-name|commenter-name"
    )
    POST_ITEM_8 = re.compile(r"(?:postThreadItem|feedItem)-by-([\w.:-]{2,80})")
    LASTMOD = frozenset(["footer-info-lastmod", "lastmod", "last-modified"])
    HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
    BUTTON = re.compile(r"(?:[\w-]*[-_])?(?:button|btn)(?:[-_][\w-]*)?")
    HIDDEN_STYLE = re.compile(r"display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden")
    COMMENT_LINK = re.compile(r"#(?:comments?|respond|disqus_thread)\b", re.IGNORECASE)
    OUTSIDE_KEPT = frozenset(["h1", "h2", "h3", "h4", "h5", "h6", "p", "blockquote"])
    VOID = frozenset(["br", "img", "meta", "link", "input", "hr", "wbr", "source", "area"])

    def __init__(self, reader: int = READER, has_content: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.meta: dict[str, str] = {}
        self.reader = reader
        self._skip_tag = ""
        self._skip_depth = 0
        self._content_depth = 0  # inside <article> or <main>
        # Reader 5: after the article (or main) ends, what is outside it is chrome ("Written
        # by …", "More from …", "Is this page useful?"), once it held a real text
        self._content_chars = 0
        self._after_content = False
        self._article_depth = 0  # inside <article> (reader 4)
        self._in_title = False
        # Reader 2, on a page with an <article>/<main>: outside it, only the text of
        # headings and paragraphs is kept (``_kept_depth`` counts the open ones).
        self._outside_rule = reader >= 2 and has_content
        self._kept_depth = 0
        self._line_has_text = False  # text since the last block boundary
        self._pre_depth = 0
        # Reader 3: an inline element closed right before another opens ("<span>Leon
        # Carver</span><span>Education reporter</span>") is apart from it, as on the page.
        self._inline_closed = False
        self._space_due = False
        # Reader 3: what the page says of itself in its body (hCard byline, site title,
        # the article's first heading), read even inside furniture that is skipped.
        self.found: dict[str, str] = {}
        self._capture: list[list] = []  # [field, tag, depth, text parts]
        self._term = ""  # reader 5: the last <dt>'s words ("from", "published")
        # Reader 7: the forms that hold a post's text (their order among the page's forms),
        # whether the element being skipped is a side column (no author is read there), and
        # the open elements naming a comment's writer
        self.text_forms: frozenset[int] = frozenset()
        self._form_index = -1
        self.data_tables: frozenset[int] = frozenset()  # (:func:`data_tables`)
        self._table_index = -1
        self._tables: list[bool] = []  # open tables: whether each is a data table
        self._rows_done = 0  # rows ended in the innermost data table
        self._side = False
        self._unseen: list = []  # reader 7: [tag, depth] of text for screen readers only
        self._commenters: list[list] = []  # [tag, depth]
        self._in_post = False  # reader 7: inside a forum post (Discourse)
        self._namer: list = []  # reader 7: [tag, depth, words] of a forum post's writer
        self._names: list = []  # reader 7: [tag, depth, label written] of a post's names row
        self._writer: list = []  # reader 8: [tag, depth, words] of a comment's writer
        self._in_post8 = False  # reader 8: a writer was named (a forum's posts follow)
        self._comments8 = False  # reader 8: a comments section was opened
        self.writers_named = False  # reader 8: the page names its comments' writers
        self._post_only: list = []  # reader 8: [tag, depth] of a post whose text alone is read
        self._post_text: list = []  # reader 8: [tag, depth] of that post's text

    def _is_furniture(self, tag: str, attrs: dict[str, str]) -> bool:
        if self.reader >= 9:
            kinds = set(f"{attrs.get('epub:type', '')} {attrs.get('role', '')}".lower().split())
            if kinds & self.NOTES_9:
                return False  # an EPUB chapter's notes: text, kept under "Notes"
            if "doc-backlink" in kinds:
                return True  # the note's "↩" back to its mark
        if self.reader >= 10 and any(
            self.FURNITURE_10.fullmatch(w) for w in attrs.get("class", "").lower().split()
        ):
            return True
        if self.reader >= 11 and any(
            FURNITURE_11.fullmatch(w) for w in attrs.get("class", "").lower().split()
        ):
            return True
        if self.reader >= 7 and tag == "form" and self._form_index in self.text_forms:
            return False  # a post's text in a form (old Reddit)
        if tag in self.SKIP:
            return True
        if tag == "header" and not self._content_depth:
            return True
        if attrs.get("role", "").lower() in self.SKIP_ROLES:
            return True
        if "hidden" in attrs or (attrs.get("aria-hidden") == "true" and self.reader < 7):
            return True  # reader 7: aria-hidden text is seen, only not read aloud
        named = " ".join(attrs.get(k, "") for k in ("class", "id", "aria-label"))
        if self.reader >= 8:
            words = " ".join(attrs.get(k, "") for k in ("class", "id")).lower().split()
            if (
                self.writers_named
                and tag in ("section", "div", "ol", "ul")
                and any(self.COMMENTS_8.fullmatch(w) for w in words)
            ):
                self._comments8 = True
                return False  # the comments, each with its writer (:data:`WRITER_8`)
            kinds = f"{attrs.get('epub:type', '')} {attrs.get('role', '')}".lower().split()
            if {"noteref", "doc-noteref", "pagebreak", "doc-pagebreak"} & set(kinds):
                return True  # an EPUB chapter's note marks ("…five years.¹") and page breaks
            if any(self.FURNITURE_8.fullmatch(w) for w in words) or (
                tag in ("p", "div") and "author" in words and self._in_post8
            ):
                return True
        if self.reader >= 7:
            verdict = self._is_furniture7(tag, attrs)
            if verdict is not None:
                return verdict
            # a BEM modifier that lists a layout's areas, the main one among them, names the
            # layout that holds the text, no sidebar: "scaffold-layout--sidebar-main-aside"
            named = " ".join(
                w for w in named.split() if not ("--" in w and "main" in w.split("--", 1)[1])
            )
        if self.reader >= 3 and tag in ("article", "main"):
            # the article itself, whatever its class says ("newsletter-post" on Substack)
            return False
        if self.reader >= 5:
            words = " ".join(attrs.get(k, "") for k in ("class", "id", "data-testid"))
            if any(self.FURNITURE_5.fullmatch(w) for w in words.lower().split()):
                return True
        if self.reader >= 6 and self._is_furniture6(tag, attrs):
            return True
        if self.reader >= 4 and {"widget", "blog"} <= set(attrs.get("class", "").lower().split()):
            return False  # Blogger's posts are a widget too: <div class='widget Blog'>
        if named and self.FURNITURE.search(named):
            return True
        if self.reader >= 3 and not self._content_depth and named:
            # a site's chrome built of <div>s, not <header>/<nav>/<footer>: #header,
            # .nav-primary, #footer, a toolbar ("Print this page | Download PDF")
            words = " ".join(attrs.get(k, "") for k in ("class", "id")).lower().split()
            if any(self.CHROME.fullmatch(w) for w in words):
                return True
        if self.reader >= 4 and named:
            words = " ".join(attrs.get(k, "") for k in ("class", "id")).lower().split()
            if (
                any(self.BYLINE.fullmatch(w) for w in words)
                or "byline" in attrs.get("data-testid", "").lower()
            ):
                return True
            if not self._article_depth and any(
                self.CHROME_4.fullmatch(w) or self.CHROME.fullmatch(w) for w in words
            ):
                return True  # also inside <main>, outside the <article> (Ghost's footer-cta)
            if self.AROUND_4.search(named) and not (self.reader >= 5 and tag == "section"):
                # reader 5: a Wix "section#comp-cta" holds text, not a button
                return self.reader < 6 or bool(self.AROUND_6.search(named))
        if self.reader < 2:
            return False
        if tag == "a" and self.COMMENT_LINK.search(attrs.get("href", "")):
            # "12 Comments" standing alone; a link in running text keeps its words
            return not self._line_has_text
        return bool(named and self.AROUND.search(named))

    def _is_furniture7(self, tag: str, attrs: dict[str, str]) -> bool | None:
        """Reader 7's verdict before the older rules (None: let them decide): a side
        column, screen-reader text, buttons, taglines and a social post's chrome are
        furniture; what holds a social post's comments, a form that holds a post's text
        (old Reddit) and an ``aria-hidden`` element are not."""
        if tag in self.SKIP_7:
            return True
        words = " ".join(attrs.get(k, "") for k in ("class", "id")).lower().split()
        if any(self.THREAD_7.fullmatch(w) for w in words):
            return False
        if any(self.SIDE_7.fullmatch(w) for w in words) and not self._article_depth:
            self._side = True
            return True
        if tag == "aside" or attrs.get("role", "").lower() == "complementary":
            self._side = True
            return True
        if any(self.FURNITURE_7.fullmatch(w) for w in words):
            return True
        slot = attrs.get("slot", "").lower()  # new Reddit: "commentMeta", "credit-bar"
        return True if self.SLOT_7.fullmatch(slot) else None

    def _thread_starttag(self, tag: str, a: dict[str, str]) -> None:
        """Reader 7: a comment's or post's writer as a label line of its own, "u/NAME:" on
        Reddit (``data-author``, ``<shreddit-comment author>``), "@NAME:" for the
        ``itemprop=author`` of a forum post (Discourse): the speaker of what follows."""
        if self._namer:
            if tag == self._namer[0]:
                self._namer[1] += 1
            return
        handle = a.get("data-author") or (a.get("author") if tag.startswith("shreddit-") else "")
        if handle and not self._skip_depth and re.fullmatch(r"[\w.-]{2,40}", handle):
            self.parts.append(f"\nu/{handle}:\n")
            self._line_has_text = False
            return
        classes = a.get("class", "").lower().split()
        if "names" in classes and not self._names:
            self._names = [tag, 0, False]  # Discourse: a post's names row (skipped)
        if self._names and tag == self._names[0]:
            self._names[1] += 1
        if self._names and tag == "a" and a.get("data-user-card") and not self._names[2]:
            handle = a["data-user-card"]
            if re.fullmatch(r"[\w.-]{2,40}", handle):
                self.parts.append(f"\n@{handle}:\n")
                self._line_has_text = False
                self._names[2] = True
        if a.get("itemprop") == "comment" or (
            a.get("id", "").startswith("post_") or {"crawler-post", "topic-post"} & set(classes)
        ):
            self._in_post = True
        elif a.get("itemprop") == "author" and self._in_post and tag not in self.VOID:
            self._namer = [tag, 1, []]

    def _thread_endtag(self, tag: str) -> None:
        if self._names and tag == self._names[0]:
            self._names[1] -= 1
            if not self._names[1]:
                self._names = []
        if self._namer and tag == self._namer[0]:
            self._namer[1] -= 1
            if not self._namer[1]:
                name = "".join(self._namer[2]).split()
                self._namer = []
                if len(name) == 1 and re.fullmatch(r"[\w.-]{2,40}", name[0]):
                    self.parts.append(f"\n@{name[0]}:\n")
                    self._line_has_text = False

    def _is_furniture6(self, tag: str, attrs: dict[str, str]) -> bool:
        """Reader 6's furniture: :data:`FURNITURE_6` by a class, id or test id; what an inline
        style hides (an e-mail's preheader); a link styled or classed as a button."""
        words = " ".join(attrs.get(k, "") for k in ("class", "id", "data-testid"))
        if any(self.FURNITURE_6.fullmatch(w) for w in words.lower().split()):
            return True
        style = attrs.get("style", "").lower()
        if self.HIDDEN_STYLE.search(style):
            return True
        if tag == "a":
            classes = attrs.get("class", "").lower().split()
            return any(self.BUTTON.fullmatch(c) for c in classes) or (
                "background" in style and "padding" in style
            )
        return False

    def _start_capture(self, tag: str, attrs: dict[str, str]) -> None:
        for cap in self._capture:
            if cap[1] == tag:
                cap[2] += 1
        classes = set(attrs.get("class", "").lower().split())
        field = ""
        if self.reader >= 7 and self._skip_depth and self._side:
            return  # a sidebar's "created by NAME": not the page's author
        if self.reader >= 7 and any(self.ACTOR_7.fullmatch(c) for c in classes):
            field = "author"  # LinkedIn: the post's writer (update-components-actor__name)
        if classes & {"vcard", "fn", "author"} or "author" in (
            [*attrs.get("rel", "").lower().split(), attrs.get("itemprop", "").lower()]
        ):
            field = "author"
        elif field:
            pass
        elif self.reader >= 4 and any(self.AUTHOR_CLASS.fullmatch(c) for c in classes):
            field = "author"  # Ghost's h4.author-name, Squarespace's Blog-meta-item--author
        elif self.reader >= 4 and any(self.BYLINE.fullmatch(c) for c in classes):
            field = "byline"  # its text may hold the date: read as metadata
        elif classes & {"site-title", "site-name", "blog-title"}:
            field = "site"
        elif tag == "h1" and (self._content_depth or "entry-title" in classes):
            field = "h1"
        elif self.reader >= 5 and attrs.get("data-testid", "").lower() == "publicationname":
            field = "publication"  # Medium: the publication, not "Medium"
        elif self.reader >= 5 and tag == "dt":
            field = "dt"  # a metadata list: "From:" Kessling City Council
        elif self.reader >= 5 and tag == "dd" and self._term:
            field = f"dd:{self._term}"
        elif self.reader >= 6 and tag == "h1":
            field = "h1 anywhere"  # an e-mail's heading: no <article> around it
        elif self.reader >= 6 and attrs.get("id", "").lower() in self.LASTMOD:
            field = "lastmod"  # MediaWiki: "This page was last edited on 10 March 2027"
        if field and field not in self.found and all(c[0] != field for c in self._capture):
            self._capture.append([field, tag, 1, []])

    def _end_capture(self, tag: str) -> None:
        for cap in list(self._capture):
            if cap[1] != tag:
                continue
            cap[2] -= 1
            if cap[2] == 0:
                self._capture.remove(cap)
                text = " ".join("".join(cap[3]).split())
                if cap[0] == "dt":
                    self._term = text.rstrip(":").strip().lower()
                    continue
                if cap[0] == "author":
                    text = _BY_PREFIX.sub("", text)
                    if len(text) > 80:
                        continue  # an author box with a bio in it, not a name
                if text:
                    self.found.setdefault(cap[0], text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._form_index += 1  # every form, skipped or not (:func:`text_forms` counts so)
        if tag == "table":
            self._table_index += 1  # every table, as :func:`data_tables` counts them
            if self.reader >= 7 and not self._skip_depth:
                self._tables.append(self._table_index in self.data_tables)
                self._rows_done = 0
        if self.reader >= 7:
            self._thread_starttag(tag, a)
        if self._writer and tag == self._writer[0] and tag not in self.VOID:
            self._writer[1] += 1
        elif (
            self.reader >= 8
            and not self._writer
            and tag not in self.VOID
            and (not self._skip_depth or self._comments8)  # WordPress: in the <footer>
            and any(
                self.WRITER_8.fullmatch(c) or (self.reader >= 10 and self.WRITER_10.fullmatch(c))
                for c in a.get("class", "").lower().split()
            )
        ):
            self._writer = [tag, 1, []]
            self._in_post8 = self._in_post8 or not self._skip_depth
            if self._skip_depth and tag == self._skip_tag:
                self._skip_depth += 1
            return
        if self.reader >= 8 and tag not in self.VOID and not self._skip_depth:
            testid = a.get("data-testid", "")
            for state in (self._post_only, self._post_text):
                if state and tag == state[0]:
                    state[1] += 1
            item = self.POST_ITEM_8.fullmatch(testid)
            if item and not self._post_only:
                # Bluesky: "postThreadItem-by-HANDLE": the post's writer, then its text only
                self.parts.append(f"\n@{item[1]}:\n")
                self._line_has_text = False
                self._post_only = [tag, 1]
            elif self._post_only and not self._post_text and testid == "postText":
                self._post_text = [tag, 1]
        if self._unseen and tag == self._unseen[0]:
            self._unseen[1] += 1
        elif (
            self.reader >= 7
            and not self._unseen
            and tag not in self.VOID
            and any(self.UNSEEN_7.fullmatch(c) for c in a.get("class", "").lower().split())
        ):
            self._unseen = [tag, 1]  # its words are not the page's (nor an author's)
        if self.reader >= 4 and tag in self.BLOCK:
            for cap in self._capture:  # "<li>By Jen Marlowe</li><li>March 23, 2026</li>"
                cap[3].append(" ")
        if self.reader >= 3:
            if tag not in self.VOID:
                self._start_capture(tag, a)
            if tag not in self.BLOCK and tag not in self.VOID:
                self._space_due = self._inline_closed
            self._inline_closed = False
        if self.reader >= 4:
            if tag == "time" and a.get("datetime"):
                self.found.setdefault("date", a["datetime"])
            elif "date" in a.get("class", "").lower() and _ISO_DAY.match(a.get("title", "")):
                self.found.setdefault("date", a["title"])  # Substack: title="2026-11-24T…"
            elif (
                self.reader >= 5
                and "published" in a.get("class", "").lower().split()
                and _ISO_DAY.match(a.get("title", ""))
            ):
                self.found.setdefault("date", a["title"])  # Blogger: <abbr class=published>
            elif tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
                self.found.setdefault("url", a["href"])
            elif tag == "meta" and a.get("itemprop") and a.get("content"):
                self.meta.setdefault(a["itemprop"].lower(), a["content"])
        if self._skip_depth:
            if tag == self._skip_tag:
                self._skip_depth += 1
            return
        if tag == "title":
            self._in_title = True
            return
        if tag == "meta":
            key = a.get("name") or a.get("property") or ""
            if key and a.get("content"):
                self.meta[key.lower()] = a["content"]
            return
        self._side = False
        if tag not in self.VOID and tag not in ("html", "body") and self._is_furniture(tag, a):
            self._skip_tag, self._skip_depth = tag, 1
            return
        if self._commenters and tag == self._commenters[-1][0]:
            self._commenters[-1][1] += 1
        elif self.reader >= 7 and any(
            self.COMMENTER_7.fullmatch(c) for c in a.get("class", "").lower().split()
        ):
            self.parts.append("\n")
            self._commenters.append([tag, 1])
        if tag in ("article", "main"):
            self._content_depth += 1
            if self.reader >= 11 and a.get("data-argmap-chars", "").isdigit():
                self._content_chars += int(a["data-argmap-chars"])  # a thread read apart
        if tag == "article":
            self._article_depth += 1
        if tag in self.OUTSIDE_KEPT:
            self._kept_depth += 1
        if tag == "pre":
            self._pre_depth += 1
        if self._tables and self._tables[-1] and tag in ("tr", "td", "th"):
            # reader 7: a data table's row as a Markdown row, read as its cells
            self.parts.append("\n|" if tag == "tr" else " ")
            self._line_has_text = tag != "tr"
        elif tag in self.BLOCK and not (self._tables and self._tables[-1] and tag in ("br",)):
            self.parts.append("\n")
            self._line_has_text = False
        if tag == "li":
            self.parts.append("• ")
        if self.reader >= 6:
            level = int(tag[1]) if tag in self.HEADINGS else 0
            classes = a.get("class", "").lower().split()
            if (
                not level
                and tag in ("p", "div")
                and any(self.STANDFIRST.fullmatch(c) for c in classes)
            ):
                level = 2
            elif (
                self.reader >= 7
                and not level
                and tag in ("p", "div")
                and any(self.TITLE_7.fullmatch(c) for c in classes)
            ):
                level = 1
            if level:  # one sentence, as a Markdown heading is ("## Who pays? Nobody")
                self.parts.append("#" * level + " ")

    def handle_endtag(self, tag: str) -> None:
        if self.reader >= 7:
            self._thread_endtag(tag)
        for state in (self._post_text, self._post_only):
            if state and tag == state[0]:
                state[1] -= 1
                if not state[1]:
                    state.clear()
        if self._writer and tag == self._writer[0]:
            self._writer[1] -= 1
            if not self._writer[1]:
                name = _writer_name(self._writer[2])
                self._writer = []
                if name:
                    self.parts.append(f"\n{name}:\n")
                    self._line_has_text = False
                if self._skip_depth and tag == self._skip_tag:
                    self._skip_depth -= 1
                return
        if self._unseen and tag == self._unseen[0]:
            self._unseen[1] -= 1
            if not self._unseen[1]:
                self._unseen = []
        if self.reader >= 4 and tag in self.BLOCK:
            for cap in self._capture:
                cap[3].append(" ")
        if self.reader >= 3:
            self._end_capture(tag)
            self._inline_closed = tag not in self.BLOCK
            self._space_due = False
        if self._skip_depth:
            if tag == self._skip_tag:
                self._skip_depth -= 1
            return
        if self._commenters and tag == self._commenters[-1][0]:
            self._commenters[-1][1] -= 1
            if not self._commenters[-1][1]:
                self._commenters.pop()
                self.parts.append(":\n")  # reader 7: "Pieter Raske:", the comment's speaker
        if tag == "title":
            self._in_title = False
        if tag in ("article", "main") and self._content_depth:
            self._content_depth -= 1
            if self.reader >= 5 and not self._content_depth and self._content_chars >= 400:
                self._after_content = True
        if tag == "article" and self._article_depth:
            self._article_depth -= 1
        if tag in self.OUTSIDE_KEPT and self._kept_depth:
            self._kept_depth -= 1
        if tag == "pre" and self._pre_depth:
            self._pre_depth -= 1
        if self._tables and self._tables[-1] and tag in ("tr", "td", "th"):
            if tag != "tr":
                self.parts.append(" |")
            else:
                self._rows_done += 1
                self.parts.append("\n|---|\n" if self._rows_done == 1 else "\n")
                self._line_has_text = False
        elif tag in self.BLOCK:
            self.parts.append("\n")
            self._line_has_text = False
        if tag == "table" and self._tables:
            self._tables.pop()

    def handle_data(self, data: str) -> None:
        if self._namer:
            self._namer[2].append(data)
        if self._writer:
            self._writer[2].append(data)  # reader 8: a writer's name, written as a label
            return
        if self._post_only and not self._post_text:
            return  # reader 8: a post's name row, time and counts
        if self.reader >= 3 and not self._unseen:
            for cap in self._capture:
                cap[3].append(data)
            if data:
                if (
                    self._space_due
                    and not data[:1].isspace()
                    and self.parts
                    and not (self.reader >= 7 and data[:1] in ".,;:!?)]")
                ):
                    last = self.parts[-1]
                    if last and not last[-1:].isspace():
                        data = " " + data
                self._inline_closed = self._space_due = False
        if self._in_title:
            self.title += data
        elif not self._skip_depth:
            if self._outside_rule and not self._content_depth and not self._kept_depth:
                return  # a ticker bar or a site's tag line around the article
            if self._after_content and not self._content_depth:
                return  # reader 5: "Written by …", "More from …" after the article
            if self._content_depth:
                self._content_chars += len(data.strip())
            if self.reader >= 2 and not self._pre_depth:
                data = _HTML_SPACE.sub(" ", data)  # a paragraph wrapped in the source
            self.parts.append(data)
            self._line_has_text = self._line_has_text or bool(data.strip())
