"""The readers argmap has, and which one ``argmap add`` uses (:data:`READER`)."""

from __future__ import annotations

from argmap.errors import ArgmapError

READER = 18
"""How an added file is read (``argmap add --reader N``; ``--html-reader`` is the old name).

- 1: HTML pages as argmap first read them.
- 2: HTML pages without what surrounds the article (kickers, tags, bios, ticker bars).
- 3: also, in HTML, adjacent inline elements apart ("Leon Carver Education…"), the
  ``author vcard`` byline as the author and the site's title as the outlet; in any text,
  Markdown table rows read as their cells, a memo header ("From:", "To:", "Subject:") and
  an "Authors:" line as metadata, and ``NAME:`` labels of a transcript as each turn's
  speaker, not part of its first sentence.
- 4: also a text's head and foot as metadata, not sentences (:func:`text_head`): a
  dateline's outlet ("*Velden Courier · Letters · 21 November 2026*"), a bare line of
  authors' names under the title, a byline, an italic bio ("*Ann Lee is an economist…*"),
  a speech's "Speech by NAME, …" line and "As delivered.", a letter's "Sir," and its
  signature, date-only and "7 min read" lines, a series label ("Policy paper 2026/4");
  a line that does not end like a sentence (a title, a caption) is one sentence, a
  closing quote and emphasis stay with the sentence they end; in a transcript,
  "Present:"/"Witnesses:" name no speaker, "CHAIR" is "CHAIR (Ilse Moser)" when that is
  the only CHAIR, and a stage direction ("*(The sitting closed.)*") is nobody's. In HTML,
  bylines, reading times, sign-up boxes and chrome with a prefix (``#sp-footer``) are
  dropped (a Blogger post, ``div.widget.Blog``, is not a widget to drop); the author from more
  CMS classes (Ghost, Squarespace), the date from
  ``<time datetime>``, the URL from ``<link rel=canonical>``, and the title without the
  section when the page's heading is its start ("Title | Opinion | Site").
- 5: also the page's own date (``dcterms.modified``, ``abbr.published``, a dateline,
  "last updated on …") and never a date from a sentence of the body; a letterhead above
  the title (a press release's, a council's) as the author and outlet; a notes' italic
  dateline's name as the author; a transcript's header line ("*Presenter: NAME ·
  Station · date*") as author, outlet and date; task-list markers ("[ ]"), "ENDS" and
  what follows it, contact lines, attendance lines ("Present:", "Officers:"), signature
  blanks, photo credits and "[End of segment]" as no sentences; speaker labels with
  "of" ("The Minister of Health (Karin Albrecht):"). In HTML, Medium's publication as the
  outlet and its byline and counts dropped, a Blogger "Blog: Post" title, date and
  pager, a government template's phase banner, caption, metadata list and "Is this page
  useful?", and chrome after the article (:func:`html_to_text`).
- 6: also, in HTML, a heading (and a standfirst) as one sentence, whatever its stops
  (the stored text marks it ``## …``); the declared charset of a page that is not UTF-8
  (``<meta charset>``, ``http-equiv``, an XML declaration); the chrome of Substack,
  Discourse, MediaWiki (edit links, reference marks, references, infobox, navbox) and
  HTML e-mail (preheader, "View in browser", unsubscribe footer, button links), and a
  page's "References"/"See also" sections; in any text, a masthead ``#`` heading above
  the ``##`` title (a parliament's report: the outlet), a status ("Uncorrected text") or
  a sitting number never the outlet, a press statement's letterhead as outlet (not its
  dateline's place) and its capitals headline in sentence case, a transcript's italic
  header of sentences ("Presenter: NAME."), a month-only dateline ("March 2027"), a notes'
  "last edited" date, pasted blog text (masthead, "Posted by NAME at 21:14", labels,
  share buttons, comments, pager), and a letter's or newsletter's "Dear friends," and
  signature (:func:`head6`).
- 7: also, in any text, front matter (``---``/``+++`` fields opening a Markdown file) as
  the title, author and date, none of it a sentence; a letterhead in capitals as the outlet
  (the unit under it the author, a series the outlet's second part), never the title, and
  the title block under it; a head block of "Key: value" lines (a report's reference and
  version, a written question's "Asked by:", "Answered:", "Subject:", an e-mail's "From:",
  "Sent:", "Subject:") as metadata; a signature after any sign-off ("In solidarity,") with
  the sender's role and organisation, and the footer under it (social links, copyright);
  a pasted PDF's running heads and page numbers, and a word broken by a hyphen at a line's
  end read whole; a video or podcast transcript's timestamps ("0:15" on its own line, the
  sentence read across it) and timed turn heads ("Ida Voss · 00:31", the turn's speaker);
  a pasted social thread's counts, buttons and comment heads (each comment's speaker); a
  reference mark ("[2]") ends the sentence it follows, "No." answering a question is a
  sentence, and a quoted question is not cut inside its quotation marks (:func:`head7`).
  In HTML, a layout's modifier class naming its areas ("--sidebar-main-aside") is no
  sidebar, ``aria-hidden`` text is read and screen-reader-only text is not; side columns,
  taglines, lists of buttons, count lines ("214 points", "Sort by: Best", "name •5d
  ago"), AMP's ads, menus and share buttons, a Google Docs export's comments and Ghost's
  footnotes are dropped; old Reddit's posts (in forms), LinkedIn's and Mastodon's posts
  with each comment's writer as its speaker; a social post's title ("NAME on LinkedIn:
  …", "NAME: “…”") as its first line and NAME; schema.org JSON-LD's author, publisher and
  date; an office program's file owner ("Clerk") is no author.
- 8: also files that are no page and no plain text, known by what they hold
  (:mod:`argmap.readers.formats`): an e-mail saved whole (``.eml``, its HTML part, subject,
  sender and date), captions (WebVTT, SubRip: each voice the speaker of its turn), a feed's
  newest entry (Atom, RSS), an Org mode note, an EPUB chapter (``.xhtml``); a chat exported
  to text (WhatsApp: each message's writer its speaker, the app's lines no sentences); a
  Notion page's properties and callouts, an Obsidian note's links, embeds, comments and
  tags; a caption transcript's ">>" marks and notes ("[Music]") never its title; a report's
  letterhead in ordinary case, a title a PDF broke over lines, "Prepared by NAME" lines; a
  record of a sitting's masthead, lone times and column numbers (:func:`head8`). In HTML,
  a scholarly page's ``citation_*`` fields, a print view's "Print:" and a title's section
  ("Opinion: …", " | News"), a Wayback Machine capture's banner and original address, a
  phpBB thread's posts with their writers, a page's comments with their writers (when it
  names them), a Bluesky thread's posts. Every reader refuses a file with no text.
- 9: also office files and saved pages (:mod:`argmap.readers.office`): Word (``.docx``),
  OpenDocument (``.odt``), a web page saved as one file (``.mhtml``, ``.mht``) and rich text
  (``.rtf``), each refused in one line when broken; a speaker label whose name has an
  accented capital ("Sven Åberg:", "Senator VIKSTRÖM") or three parentheses, and an
  interjection in a record of a sitting ("Senator FARRANT: And …" inside another's
  speech) as one line of its own, the speech going on after it; a sitting's procedure
  lines ("Motion agreed to.") nobody's; an Obsidian note's Dataview blocks; a caption
  file's NOTE block (its show, episode and date). In HTML, a Hacker News thread's
  commenters and a wiki talk page's editors as speakers (their heads, signatures, top bar
  and banners no sentences, the submitter and the date read), a Bluesky thread's
  counters and chrome lines, a petition's starter as author, its start date and its
  chrome lines, a consultation response's chosen option (not the five offered), its
  export header and footer, an EPUB chapter's endnotes (kept, under "Notes"), a
  publisher in ``DC.Publisher`` as the outlet.
- 10: also a Jupyter notebook (``.ipynb``: its Markdown cells, not its code or outputs,
  :mod:`argmap.readers.notebook`); a speaker whose name joins words with "&" ("Wexcombe &
  District Chamber of Commerce:", "Ana & Co:"); a news kicker ("BREAKING:") nobody; a
  letters page's letters each spoken by its writer (signed "Pat Lennox, Riverside" at its
  end), the writers the page's author; a PDF's text with pages: a running head or foot
  back on two pages or more no sentence, a sentence and a hyphen-broken word read across a
  page break, an indented line going on with a sentence joined (:mod:`argmap.readers.text10`).
  In HTML (:mod:`argmap.readers.page10`): an X thread's posts, a forum's posts and a
  LinkedIn article's comments spoken by their writers (their profiles, ranks, "Re:" titles,
  dates and footers dropped); a Telegram export's messages by their senders, its
  reactions, userpic initials and poll options no sentences (the poll's question kept); a
  fediverse handle line ("@tamsin@wex.social"), a Mastodon profile's fields and a
  date-only line after the page's first no sentences.
- 11: also, in HTML (:mod:`argmap.readers.page11`), a page's comment threads read, each
  comment spoken by its writer, replies after what they answer: Substack, WordPress,
  Stack Exchange, Coral, Disqus (also saved in a SingleFile frame), Facebook and LinkedIn
  comments, a Tumblr post's replies and the reblogs that added words; a Stack Exchange
  question and its answers, a Discourse thread's posts and a Tumblr reblog trail spoken by
  their writers ("@lars_h" for a handle); a thread's own chrome (its count, sort box, "Load
  more", likes) no sentences; a commenter's one-word name ("Tordis:") a speaker in a
  thread with a person's name or a handle.
- 12: also, in HTML (:mod:`argmap.readers.page12`), a thread of a kind with no rule of its
  own read by its shape: posts of one shape (tag and class) that say when they were
  written, each a short head naming its writer (a profile link, an "author"/"user"/"name"
  element) over a text of prose, replies after what they answer, the thread's opener the
  page's author, its heads, "Replying to @…", hashtag lines and counts no sentences (a
  Lemmy, YouTube, GitHub, Bluesky, forum or photo post's comments); a caption written in a
  heading read as its sentences; a form's options kept only where chosen; a wiki talk
  page's signatures from a user's link; LaTeX (``.tex``: title, authors, date, sections,
  footnotes as notes, no commands); in any text, a caller's "NAME, TOWN:" a speaker, a
  question's label ("Q1.") the start of its question, a one-word label inside a thread's
  post ("Proposed: …") the post's text, and "Letter from the X Union" naming the union;
  and files of other kinds (:mod:`argmap.readers.formats12`): mailboxes (``.mbox``, or an
  mbox or a list digest saved as text: each sender the speaker, quotes and list footers no
  sentences), Whisper and WhisperX transcripts (``.json``), Evernote notes (``.enex``), a
  two-column PDF's ``pdftotext -layout`` text read column by column, Logseq pages (their
  properties as metadata) and Word's filtered web pages (the title paragraph, not
  ``<title>``); "I'm NAME." in a text's head is no byline.
- 13: also, in HTML, threads read by their shape where reader 12 found no post: a writer
  named by a ``data-*`` attribute ("reason-author"), a name inside a profile link that
  also holds a country and "2 reviews", a person's name heading a message (Google Groups),
  a display name of any case or with "of" ("pelle from the quay", "Brennholm Chamber of
  Commerce", "Holm Neighbours (on behalf of …)"), a time in an element marked as one
  ("11-20") or before the text ("27 Nov 2026, 09:02"), a post of a thread's shape with a
  short text ("Good luck!"), "Reply from X" inside a post X's words, a post that says "In
  reply to X" read after X's post, a thread's opener the page's author (not a later
  writer), a mail group's "Show quoted text", "unread," and "to list@…", a forum's "3. Re:
  …" no sentences; reader 11 read only when posts of a shape are found (an article is
  parsed once); in any text, a bold lead ("**Council.** …") read with the sentence it
  opens and a line of a display name ending in ":" a writer's head in a thread of named
  writers; a Whisper transcript's title (and ISO date) from its file name, a Word page's
  subtitle part of its title.
- 14: also, in any text, a phone-in's callers labelled after the turn's time ("[09:14]
  Caller (Arne, Brennholm):", the caller "Arne, Brennholm", "Presenter (Hege Lund):" "Hege
  Lund"), with two places ("GEIR MOEN, SANDVIK, SKARVOY:") or with where they call from
  ("Silje from Skarvoy:"), a programme's "Topic:" nobody; a meeting's minute or notes that
  list who was present (:mod:`argmap.readers.minutes14`): each "Vik:" label, also inside a
  line after another's words, and each "Fjell replied that…", "The Chair said…" that
  person's, named in full as the list names them, up to the next turn or the end of its
  paragraph (not over the paragraphs after it); a response form's head block
  ("Respondent:", "Received: 03/12/2026", "Response ref:") its author, date and title
  ("Consultation response SCC-FL-014: Ingrid Solheim", so one form's responses get
  distinct ids), its unticked options ("( ) …") no sentences, a rule under a title no part
  of it; "Taken by NAME, role, date" a note's author; a sentence ending in a capital after
  a lower-case word ("exhibit A. On Tuesday") ends there; a bold lead that is a sentence
  of its own ("**Support the plan.** It would…") not joined to the next; in HTML
  (:mod:`argmap.readers.html14`), a byline's label no part of the author ("From Knut
  Rasmussen", "Text: Ida Foss"), a profile address as author (LinkedIn's) the name the page
  gives it, a letter's signature at its foot (its writer, a place) its author's, no
  sentences ("Knut Rasmussen (Nordbygd, Skarvoy)"), a tools row's "Gift this article",
  "Save", "Share" and "What are your thoughts?" no sentences.
- 15: also, in HTML, a debate record's speech after the chair's turn (a member's heading
  with a long constituency is no teaser's headline), its interjections ("Hon. Members: Hear,
  hear.") in place and its procedure lines ("The Assembly divided: Ayes 97, Noes 74.")
  nobody's, the chair ("The Presiding Member") no author; an accordion's questions
  (``<h3><button>``) and its answers saved collapsed (``hidden``); a live blog's entries
  with their headlines and each its own writer (a desk's name heading three entries or
  more); a reply nested in a comment (YouTube's) its writer's, after the comment; the post's
  author replying in WordPress comments (``bypostauthor``) the page's author; a page's one
  signature its author, an open letter's signatories its author and no sentences; a page
  with no date its post's ``created-timestamp`` or its "Issued by …, DATE" line; a video
  description's lines (its chapter list no sentences); thread counters ("1/6"), star
  ratings, "Was this page helpful?" no sentences (:mod:`argmap.readers.html15`); an e-mail
  part sent as 8-bit text read as the file holds it (no U+FFFD); a Word paper's Title and
  Subtitle paragraphs and "Adopted … on DATE" its title and date, an app ("Microsoft
  Teams") no author; in any text, a footnote number glued to a full stop ("end.1 Our") and
  a Markdown mark ("[^1]") end their sentence, "cat. 1" no sentence end, a quotation ending
  in "?" going on after its mark ('"is it GMO 2.0?": no'), a page foot with its page number
  furniture (a sentence read across the page break), a caption file's first cue one turn, a
  salutation opening a letter's paragraph a line of its own; a court judgment's head block
  its title ("Corvin v Attorney General [2027] LSC 14"), court and date, no sentences; a
  report's front matter ``working_group:`` and ``report:`` its author and outlet; a Zoom
  meeting's saved chat read message by message, a Teams transcript's "Started
  transcription" no sentence, a pull quote with its cite ("— Dr. Jakob Reimer, co-author")
  the cited person's (:mod:`argmap.readers.head15`).
- 16: also, in HTML, comments and replies no rule read (a Facebook group's, Bluesky's,
  Medium's, a Google Docs export's, Patreon's) read in place by their writer, the writers a
  page's markup names (LinkedIn, TikTok, a petition's reasons) as speakers, a forum
  opener's head line; an interview's bold questions and answers, a letter's signer (with
  role) its author and its subject line its title (also in .docx), notes to editors and a
  bio foot read, "On X:" no speaker, reaction counts and comment buttons no sentences; CSV
  exports read row by row (:mod:`argmap.readers.html16`, :mod:`argmap.readers.head16`,
  :mod:`argmap.readers.csv16`).
- 17: also a chat's messages headed by sender and time on a line of their own, each its
  sender's (Slack saved or pasted, "Name (org) 9:12 AM"; Discord's "name — Today at 09:14";
  Otter's "Ruben (voice memo)  07:18"; Rev.com's "Speaker 3 (00:01:09):"), the app's day
  dividers and channel lines no sentences; a vox pop's numbered voices ("WOMAN 1 (Ivana, 52,
  runs a flower stall):", then "WOMAN 1:") the person named ("Ivana (runs a flower stall)");
  a transcript's "Reporter: NAME" head line no turn; Otter's header and foot, a show's
  chapter list and music credit no sentences; "no." and "Jan." after a comma ending their
  sentence; every episode of a podcast's feed (the channel's ``itunes:author`` its author);
  a Word draft's comments, each by its writer, under "Comments"; a PDF's text with its
  page-foot footnotes moved to "Notes" at the end (marks dropped, the sentence read across
  the page), each reference of its list one sentence, a page of two columns found page by
  page (:mod:`argmap.readers.pdf17`, :func:`argmap.readers.columns.unfold17`); an .odt's
  title, date and author from its first lines when its properties are a working file's;
  a report's "6A." and "(Paragraph 11)" no sentences. In HTML (:mod:`argmap.readers.html17`):
  a record's speeches under their ``class="speaker"`` heads (a petitions debate), the
  sitting's venue no author, "First Report of the X Committee" the committee; a Blogger
  post's "Posted by" author, date header and blog (the outlet, not in the title); a
  commenter's "@" the page does not write dropped ("@Anonymous").

A page's text is taken when it is added; how a text is cut into sentences is fixed by the
reader recorded with the source (``"reader": 3`` in its ``.meta.json``; a source without
one was added before reader 3 and is read as then), so re-reading a source never moves
the sentence ids its annotations point to. ``--reader 2`` or ``1`` rebuilds a project
annotated with an older argmap (``bench/debate2/make.sh``)."""
READERS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18)
RECORDED_READER = 3
"""The first reader that changes how a stored text is cut into sentences: from this one
on, the reader is recorded with the source."""


def recorded_reader(reader: int) -> int | None:
    """What a source's metadata records of the ``reader`` it was added with (None: read
    as before readers were recorded, which readers 1 and 2 did)."""
    return reader if reader >= RECORDED_READER else None


def check_reader(reader: int) -> int:
    """``reader`` if argmap has it, else a one-line error."""
    if reader not in READERS:
        raise ArgmapError(
            f"--reader {reader}: no such reader (readers: {', '.join(map(str, READERS))})"
        )
    return reader
