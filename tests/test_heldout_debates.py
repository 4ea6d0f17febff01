"""The held-out debates in ``bench/debate4`` (a congestion charge, four stances),
``bench/debate5`` (a nuclear plant's life, three stances), ``bench/debate6`` (releasing
wolves in a mountain region, four stances, one a conditional yes), ``bench/debate7`` (votes
at 16, three stances), ``bench/debate8`` (a car-free city centre, four stances, one a
conditional yes), ``bench/debate9`` (a health service paying for a gene therapy, four
stances, one a yes only under a managed-access deal), ``bench/debate10`` (fluoridating a
town's water, five stances: a yes, a yes only with safeguards, a no on health grounds, a no
on consent grounds whatever the science, and no verdict), ``bench/debate11`` (a four-day
week for a civil service, two stances and no middle one), ``bench/debate12`` (an island
nation licensing deep-sea mining in its waters, three stances, with a chat export, a
Mastodon thread and a YouTube transcript among its pages), ``bench/debate13`` (letting an
AI system mark school exam scripts, four stances: a yes as proposed, a yes only after a live
pilot with a human on every script, a no, and no verdict), ``bench/debate14`` (removing an
old hydro dam to restore a river, three stances, ten shorter articles, among them a newsletter
e-mail, a Bluesky thread, feed entries, an e-book chapter and subtitle files) and
``bench/debate15`` (replacing an appointed senate with a chamber of citizens chosen by lot, four
stances: a yes, citizens' assemblies only to advise, a no, and no verdict; with a Hansard page, a
Hacker News thread, a Wikipedia talk page, an Obsidian note and an org-mode note among its
pages), ``bench/debate16`` (a city council pausing permission for new data centres, four
stances: a pause, no pause but strict conditions, a welcome, and no verdict; with a council
officers' Word briefing note, a saved .mhtml page, a planning appeal decision, a pipermail
message, a letters page in ISO-8859-1 and an .rtf statement among its pages),
``bench/debate17`` (a country switching to an opt-out system of organ donation, three
stances: opt-out, a required recorded choice, and keeping opt-in; with a committee report as
``pdftotext -layout`` gives it, a Reddit thread, an FAQ page of accordions, a magazine interview,
a Jupyter notebook, an RTF statement and a Google Docs export among its pages) and
``bench/debate18`` (a port city capping the cruise ships that call at it, five stances on a scale
from closing the berths to large ships, through the council's cap and a levy without a cap, to no
limit, and no verdict; with a council's minutes page in Windows-1252, an X thread, a Ghost blog
post, a Telegram channel export, a travel forum thread and Readwise highlights among its pages),
``bench/debate19`` (a country ending its twice-yearly clock change, four stances: standard time all
year, summer time all year, keeping the change, and no verdict; with a committee's written evidence
page, a Substack post, a Stack Exchange question, a WhatsApp family chat export, a Discourse thread,
a podcast transcript page and a Medium post among its pages), ``bench/debate20`` (a republic
making voting compulsory at national elections, three stances and no middle one: a duty to vote
with a fine, easier voting without a duty, and voting kept voluntary; with a Facebook group post, a
LinkedIn article, a Quora page, a Wikipedia article, a pollster's press release, an opinion piece
with Disqus comments and a Notion export among its pages) and ``bench/debate21`` (how a country
funds its public broadcaster once the licence fee ends, five stances on a scale from a modernised
licence, through a household levy and taxation, to subscription, and no verdict; with a live blog,
a parliament's written questions, an academic blog with footnotes, a Tumblr post with reblogs, a
Coral comment section, a press release with notes to editors and a reStructuredText memo saved as
text among its pages), ``bench/debate22`` (a country replacing its means-tested benefits
with a basic income, four stances: a basic income for all, better targeted support, work first, and
waiting for the pilot; fifteen short sources: Bluesky, Lemmy, Mumsnet-like, YouTube, Instagram,
Wikipedia talk, GitHub issue, Nextdoor, an HTML newsletter e-mail, an Obsidian note, a Google Docs
export, a consultation response form, an AMP page and a cookie-walled op-ed), ``bench/debate23`` (a
country capping the international students its universities admit, four stances: a national cap, no
cap but conditions on each university, no cap, and no verdict; with a university senate's minutes, a
consultation document as ``pdftotext -layout`` gives it, an AsciiDoc report and a LaTeX working
paper saved as text, a Ghost post, a radio phone-in transcript and a newspaper long read among its
pages), ``bench/debate24`` (a city banning whole-home holiday lets in its old town, three stances
and no stance for no verdict: a ban, a licence with a night cap and street quotas, and no new rules;
thirteen thread-like pages: a Discord export, a Threads thread, a TikTok page, phpBB and XenForo
threads, a petition, a Mailman digest, a review page, a Google Groups thread, a Kialo export, a
travel forum pasted as text, a Patreon post and a planning portal's public comments) and
``bench/debate25`` (whether a country brings its passenger railways back into public ownership,
four stances: a state operator as franchises end, private operators under reformed contracts and a
public guiding body, open competition, and no verdict until a rail review reports; with a select
committee report, a Word "Web Page, Filtered" briefing, an mbox thread and a Whisper transcript
saved as text, an OpenDocument paper, an Evernote note, a Logseq page and a two-column
``pdftotext -layout`` article among its pages), ``bench/debate26`` (whether a region moves its
public servants to a four-day week of 32 hours at full pay, three stances: adopt it now, pilot it
first in chosen offices and then decide, and keep five days; thirteen ordinary saved pages: a
paywalled regional newspaper, an op-ed page, a union news post, an employers' press release, a
think-tank brief, a university news page, a WordPress post with comments, a Medium post, a
LinkedIn article, a consultation outcome page, an Obsidian note, a Notion export and a HackMD
meeting note) and ``bench/debate27`` (how an island keeps its ferry link once the state
contract ends, five stances that are options, not points on one scale: the state keeps paying, a levy on visitors and second homes, higher fares with a residents'
discount, a bridge or tunnel, and the islanders' cooperative; no stance for no verdict; 24 short
sources: consultation response forms, letters pages, a council minute, radio phone-in excerpts, blog
posts, a users' group page and a shop's notice) and ``bench/debate28`` (whether a country legalises
assisted dying, four stances on one scale with two middle positions: a broad law for any
unbearable suffering, a law for the terminally ill only, not yet (palliative care and evidence
first), and never; eleven long formal sources: a parliament's debate record, a supreme court
judgment as .txt, a hospice charity's briefing as pdftotext gives it, a medical association's
FAQ, an encyclopedia article, a newspaper live blog, a Substack essay, a church statement, a
disability group's open letter with signatories, a relative's blog with comments and a podcast's
.vtt captions) and ``bench/debate29`` (whether a republic lets
gene-edited crops out of its strict GMO rules, two stances and no middle one: treat targeted edits
like breeding, or keep the GMO rules; fifteen sources, very short and long: a Mastodon thread, a
Reddit thread, a YouTube page, a WhatsApp chat, a newsletter e-mail, a press release, a seed firm's
product page, an FAQ and a retailer's page beside an academy's Markdown report chapter, a
regulator's consultation, a magazine long read, a committee report, a union's Word paper and an
NGO report) and ``bench/debate30`` (how a city-region meets its growing air traffic, three stances
that are options, not points on one scale: a second runway at the main airport, a regional airport
expanded and linked by rail, and no new capacity anywhere; twelve medium sources: a Discourse
thread, a Medium post, a two-column ``pdftotext -layout`` council report, a Google Docs export, a
wire story, a LinkedIn post, a Facebook group post, an Obsidian note, a Teams transcript as .docx,
a Hacker-News-like thread, a Webflow myth-buster and a Mailchimp newsletter),
and ``bench/debate31`` (whether a country decriminalises the possession of small
amounts of drugs for personal use, three stances: decriminalise, weigh it and pilot first, keep it
a crime; nineteen short sources: a consultation's CSV export saved as text, a Stack Exchange
question, a radio phone-in, an Instagram post, a petition with reasons for signing, a Signal chat
export, a police federation's Word statement, an OCR'd scanned letter, a school's e-mail bulletin, a
doctor's Substack post, a TikTok page, a Mumsnet-like thread, a minister's interview in Markdown, a
think-tank one-pager, a Bluesky thread, a charity's testimony, a fact check, a residents'
association's minutes and a students' union motion) and ``bench/debate32`` (whether a city bans
rental e-scooters, two unbalanced sides and no verdict: ban them, keep and regulate them, extend
the trial and count first; fifteen sources: a council cabinet report, a local paper's story with
comments, a hospital's press release, a sight-loss charity's campaign page, an operator's blog post,
a cycling campaign's Markdown response, a councillor's e-mail newsletter, a neighbourhood forum
thread, a video page with transcript, a student op-ed, an FOI response letter, a radio interview's
.srt captions, a traders' letter in Word, a fact check and a petition), ``bench/debate33``
(whether an island state allows deep-sea mining of nodules in its waters, three stances: licensed
mining, a moratorium and no verdict until the science is in; eight long sources of 58-120 sentences:
an academic working paper as pdftotext gives it, a parliamentary committee report, a magazine long
read, a Wikipedia article, an EPUB book chapter, an Otter.ai podcast transcript, an NGO report in
.odt and an investor presentation's slide notes) and ``bench/debate34``
(what a province's schools do about pupils' phones, four options that are not one scale: a
phone-free day, phones away in lessons only, no ban and teaching, no province rule; twenty short
pages: a union circular e-mail, a pdftotext school newsletter, a podcast feed, a WordPress page
with a poll, a Slack export's day file, a survey summary with a table, .vtt phone-in captions, a
Word draft with tracked changes and comments, a Blogger post, an academic article, an argument
map, a class stream, a Padlet board, a Keep note, a minister's speech, a micro-blog, a Shorts
transcript, an Apple Notes export, a Moodle page saved as text and a youth survey page) and
``bench/debate35``
(how a republic sets the minimum wage of workers under 21, five stances on one ordered scale: the
adult rate now, a phase-in to the adult rate, a modest rise keeping a youth rate, a freeze, and a
cut or first-job exemption; no stance for no verdict; fifteen sources: a union's campaign page, an
employers' federation's slides with speaker notes in Markdown, a statistics office's blog post with
a chart and a table, an assembly's petitions debate, a cohost post with comments, a newspaper
editorial, a Beehiiv newsletter, a student council's .odt minutes, a Reddit AMA, a think tank's Q&A
explainer, a radio vox pop as .txt, a party manifesto chapter, a Slack channel, a Blogger post and
a magazine's advice column), ``bench/debate36`` (whether a republic taxes sugary and
ultra-processed foods, three stances: the levy now, no levy, and a trial or evaluation first or no
verdict; thirteen sources told mostly in reported speech: a wire story, an AMP live blog of the
vote, a ministry press briefing as pdftotext gives it, a fact check, a select committee's oral
evidence, a radio bulletin script, a trade paper's round-up of reactions, a local report in
PressReader quoting a company statement, a charity's newsletter e-mail, an op-ed on an Apple News
share page, an essay saved in Instapaper, an op-ed in Firefox Reader View and a business paper's
AMP page), ``bench/debate37``
(whether a state allows a university's small stratospheric aerosol release, three stances on one
scale: approve the trial, no trial until international rules, consent and oversight exist, and a
ban on solar geoengineering; an expert register with units, hedges and citations; thirteen
sources: an arXiv abstract page, an open peer-review report, a scientific society's position
statement, a Tildes thread, a science magazine Q&A, an open letter with its signatories, an ethics
board's minutes on an intranet page, a Buttondown newsletter, a consultation response form as
text, a Rev.com panel transcript, a JATS XML perspective saved as .html, a PubPeer thread and a law
clinic's memorandum of advice),
and ``bench/debate38`` (whether a football league drops its rule
that members hold the majority of every club's votes, three stances: drop it and let investors
take control, keep it, and exceptions for long-standing backers, a trial or no verdict yet; an
informal register of irony, chants, slang and short replies; seventeen sources: an SMF fan forum
thread, a club's official statement, an Otter.ai podcast transcript, a Markdown fanzine, a
supporters' trust's AGM minutes, a betting preview with odds tables, a Squarespace law blog, a
finance paper's article, a Twitch chat replay, a league statement, a press conference transcript,
a Genius lyrics page, a crowdfunding page, an Imgur gallery, a programme on Issuu, a StrawPoll page
and a Matrix chat export) and ``bench/debate39`` (whether a kingdom brings back compulsory military
service for all 18-year-olds, three stances: bring it back, no conscription, and a selective or
lottery draft, a civilian option or a review first; long-form analysis in a defence-policy
register; thirteen sources: a think tank's report saved as "Web page, complete", a white paper
chapter as a docs site's Markdown, a parliament's Official Report with column numbers, a retired
general's WordPress essay with footnotes, a Bear blog reply that quotes him point by point, a Ghost
academic post with citations, a youth council's .docx position paper, a paywalled editorial, a
mayor's speech on a Drupal site, a civil liberties group's .odt submission, an employers'
response published from Google Docs, a Hugo law blog post and a library briefing as pdftotext
gives it), ``bench/debate40`` (whether a republic raises its state pension age
from 65 to 68 by 2035, three stances: raise it as the Bill says, keep 65, and a slower or
conditional rise or no verdict; numbers and evidence read both ways; fourteen sources: a
statistics office bulletin with data tables, an actuary's R Markdown report, a fact-check page
with ClaimReview markup, a union leaflet as pdftotext gives it, an employers' reveal.js slide
deck, an FAQ page of accordions, a Q&A interview, a column that changes its mind, a letters page,
a Stack Exchange question, a minister's speech on a government site, a Notion export, a
Discourse thread and a Mailchimp newsletter) and ``bench/debate41`` (whether a federation
bans gambling companies' advertising and shirt sponsorship in sport, three stances: a ban, no
ban, and partial limits, a levy or an evaluation first; text that is not native English: fourteen sources, among them a
browser-translated page with the original in hidden spans, a clipping service's press review of
translated articles, a Flarum forum thread, a regulator's numbered consultation summary, a
feedback portal of machine-translated responses, an interview through an interpreter, a
minister's speech, a DSpace repository item and a DeepL-translated letter): projects made
from an empty folder with argmap's own commands (``make.sh``: codebook, patterns, ``add``, ``meta``,
one ``import`` of ``gold.tsv``), on data the models were never tuned on.

Structural checks only: the suggestion models change all the time, so no figure of theirs
is asserted here, only that ``evaluate`` reports each one."""

from __future__ import annotations

import csv
import json
import re
import shlex
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import REPO

from argmap.cli import main
from argmap.project import Project


@dataclass(frozen=True)
class Debate:
    """What one held-out debate ships: its codebook's ids and its counts."""

    name: str
    stances: tuple[str, ...]
    questions: frozenset[str]
    hedge: str  # the stance that may share generic hedge patterns with other debates ("": none)
    sources: int
    units: int
    sentences: int
    relations: int  # at least
    patterns: int  # at least
    minority_first: int  # articles whose first unit is not their majority stance, at least

    @property
    def root(self) -> Path:
        return REPO / "bench" / self.name


DEBATE4 = Debate(
    "debate4",
    ("charge", "phase-in", "reject", "no-verdict"),
    frozenset(
        {"traffic", "air", "fairness", "trade", "alternatives", "boundary", "mandate", "running"}
    ),
    "no-verdict",
    sources=8,
    units=225,
    sentences=362,
    relations=100,
    patterns=151,
    minority_first=4,
)
DEBATE5 = Debate(
    "debate5",
    ("run-on", "close", "unsettled"),
    frozenset({"safety", "climate", "supply", "cost", "waste", "renewables", "region"}),
    "unsettled",
    sources=7,
    units=187,
    sentences=277,
    relations=80,
    patterns=140,
    minority_first=3,
)
DEBATE6 = Debate(
    "debate6",
    ("reintroduce", "with-culling", "oppose", "weighing"),
    frozenset(
        {
            "livestock",
            "tourism",
            "biodiversity",
            "hunting",
            "compensation",
            "public-safety",
            "livelihoods",
        }
    ),
    "weighing",
    sources=7,
    units=230,
    sentences=382,
    relations=160,
    patterns=190,
    minority_first=4,
)
DEBATE7 = Debate(
    "debate7",
    ("lower-16", "keep-18", "unresolved"),
    frozenset({"maturity", "habit", "schooling", "age-limits", "partisan", "abroad", "stake"}),
    "unresolved",
    sources=7,
    units=271,
    sentences=402,
    relations=200,
    patterns=165,
    minority_first=4,
)
DEBATE8 = Debate(
    "debate8",
    ("car-free", "with-provisos", "keep-cars", "on-the-fence"),
    frozenset(
        {"deliveries", "access", "shops", "emergency", "air-noise", "transit", "who-decides"}
    ),
    "on-the-fence",
    sources=7,
    units=287,
    sentences=470,
    relations=180,
    patterns=200,
    minority_first=4,
)
DEBATE9 = Debate(
    "debate9",
    ("fund-now", "managed-access", "decline", "balancing"),
    frozenset(
        {
            "cost-per-qaly",
            "trial-evidence",
            "rare-equity",
            "displaced-care",
            "price",
            "payment-model",
            "precedent",
        }
    ),
    "balancing",
    sources=7,
    units=253,
    sentences=384,
    relations=130,
    patterns=205,
    minority_first=4,
)
DEBATE10 = Debate(
    "debate10",
    ("fluoridate", "with-safeguards", "too-risky", "no-consent", "unsure"),
    frozenset(
        {"decay", "side-effects", "choice", "who-benefits", "money", "other-routes", "decision"}
    ),
    "unsure",
    sources=7,
    units=272,
    sentences=510,
    relations=155,
    patterns=235,
    minority_first=4,
)
DEBATE11 = Debate(
    "debate11",
    ("four-day", "full-week"),  # two stances only: no hedged or undecided one
    frozenset(
        {
            "productivity",
            "services",
            "public-cost",
            "recruitment",
            "staff-health",
            "fairness",
            "pilot-evidence",
        }
    ),
    "",
    sources=7,
    units=264,
    sentences=496,
    relations=190,
    patterns=200,
    minority_first=6,
)
DEBATE12 = Debate(
    "debate12",
    ("license", "moratorium", "uncommitted"),
    frozenset(
        {
            "seabed-life",
            "fishing",
            "revenue",
            "science-gaps",
            "oversight",
            "battery-metals",
            "custom-consent",
        }
    ),
    "uncommitted",
    sources=7,
    units=264,
    sentences=445,
    relations=215,
    patterns=215,
    minority_first=6,
)
DEBATE13 = Debate(
    "debate13",
    ("ai-marking", "pilot-first", "human-marking", "open"),
    frozenset({"reliability", "bias", "capacity", "appeals", "teaching", "privacy", "cost"}),
    "open",
    sources=7,
    units=257,
    sentences=547,
    relations=200,
    patterns=235,
    minority_first=3,
)
DEBATE14 = Debate(
    "debate14",
    ("remove", "retrofit", "no-call"),
    frozenset(
        {
            "salmon-eels",
            "hydropower",
            "sediment",
            "price-tag",
            "floods-water",
            "lake-life",
            "dam-safety",
        }
    ),
    "no-call",
    sources=10,
    units=290,
    sentences=452,
    relations=225,
    patterns=235,
    minority_first=7,
)
DEBATE15 = Debate(
    "debate15",
    ("by-lot", "advisory", "keep-chamber", "agnostic"),
    frozenset({"legitimacy", "expertise", "mirror", "patronage", "service", "powers", "expense"}),
    "agnostic",
    sources=7,
    units=256,
    sentences=505,
    relations=205,
    patterns=220,
    minority_first=6,
)
DEBATE16 = Debate(
    "debate16",
    ("halt", "on-terms", "welcome", "not-sure"),
    frozenset(
        {
            "grid",
            "cooling-water",
            "jobs-tax",
            "waste-heat",
            "land-noise",
            "emissions",
            "council-powers",
        }
    ),
    "not-sure",
    sources=8,
    units=290,
    sentences=481,
    relations=205,
    patterns=225,
    minority_first=6,
)
DEBATE18 = Debate(
    "debate18",
    ("ban-ships", "cap-calls", "levy-only", "open-port", "pending"),
    frozenset(
        {
            "crowding",
            "emissions",
            "hospitality-jobs",
            "port-income",
            "holiday-lets",
            "diversion",
            "port-law",
        }
    ),
    "pending",
    sources=6,
    units=251,
    sentences=484,
    relations=230,
    patterns=245,
    minority_first=5,
)
DEBATE19 = Debate(
    "debate19",
    ("permanent-standard", "permanent-summer", "keep-changing", "still-weighing"),
    frozenset(
        {
            "sleep-health",
            "road-safety",
            "business-leisure",
            "neighbours",
            "energy",
            "schools-farms",
            "process",
        }
    ),
    "still-weighing",
    sources=7,
    units=307,
    sentences=456,
    relations=255,
    patterns=250,
    minority_first=6,
)
DEBATE17 = Debate(
    "debate17",
    ("opt-out", "mandated-choice", "keep-opt-in"),
    frozenset({"family", "trust", "faith", "donor-numbers", "capacity", "consent", "rollout"}),
    "",
    sources=7,
    units=288,
    sentences=474,
    relations=225,
    patterns=195,
    minority_first=6,
)
DEBATE20 = Debate(
    "debate20",
    ("compulsory", "easier-voting", "voluntary"),  # no stance for no verdict: the lean decides
    frozenset(
        {
            "turnout-legitimacy",
            "liberty",
            "informed-voters",
            "inequality",
            "enforcement-fines",
            "voting-access",
            "other-countries",
        }
    ),
    "",
    sources=7,
    units=223,
    sentences=415,
    relations=170,
    patterns=215,
    minority_first=5,
)
DEBATE21 = Debate(
    "debate21",
    ("keep-fee", "household-levy", "tax-funded", "subscription", "reserved"),
    frozenset(
        {
            "independence",
            "fairness-cost",
            "universality",
            "market-competition",
            "quality-remit",
            "collection-evasion",
            "local-news",
        }
    ),
    "reserved",
    sources=7,
    units=279,
    sentences=472,
    relations=220,
    patterns=245,
    minority_first=4,
)
DEBATE22 = Debate(
    "debate22",
    ("full-basic-income", "targeted-support", "work-first", "await-pilot"),
    frozenset(
        {
            "cost-taxes",
            "work-incentives",
            "poverty-dignity",
            "bureaucracy-fraud",
            "future-of-work",
            "inflation-housing",
            "pilot-evidence",
        }
    ),
    "await-pilot",
    sources=15,
    units=251,
    sentences=483,
    relations=205,
    patterns=220,
    minority_first=5,
)
DEBATE23 = Debate(
    "debate23",
    ("cap-numbers", "manage-locally", "keep-open", "undetermined"),
    frozenset(
        {
            "housing",
            "university-finances",
            "teaching-quality",
            "visas-migration",
            "economy-influence",
            "domestic-access",
            "governance",
        }
    ),
    "undetermined",
    sources=7,
    units=416,
    sentences=707,
    relations=350,
    patterns=205,
    minority_first=3,
)
DEBATE24 = Debate(
    "debate24",
    ("ban-holiday-lets", "licence-and-cap", "leave-to-market"),  # no stance for no verdict
    frozenset(
        {
            "housing-supply-rents",
            "tourism-economy",
            "neighbourhood-life",
            "property-rights",
            "enforcement-data",
            "fairness-to-hosts",
            "evidence-from-other-cities",
        }
    ),
    "",
    sources=13,
    units=307,
    sentences=906,
    relations=250,
    patterns=225,
    minority_first=6,
)
DEBATE25 = Debate(
    "debate25",
    ("public-ownership", "reformed-contracts", "open-competition", "await-rail-review"),
    frozenset(
        {
            "fares-affordability",
            "reliability-performance",
            "investment-funding",
            "taxpayer-cost",
            "accountability",
            "workers-unions",
            "evidence-abroad",
        }
    ),
    "await-rail-review",
    sources=8,
    units=471,
    sentences=818,
    relations=280,
    patterns=205,
    minority_first=2,
)
DEBATE26 = Debate(
    "debate26",
    ("four-day-week", "pilot-and-measure", "keep-five-days"),
    frozenset(
        {
            "productivity-evidence",
            "service-cover",
            "cost-staffing",
            "wellbeing-health",
            "recruitment-retention",
            "fairness-private-sector",
            "measurement-design",
        }
    ),
    "pilot-and-measure",
    sources=13,
    units=322,
    sentences=542,
    relations=200,
    patterns=225,
    minority_first=7,
)
DEBATE27 = Debate(
    "debate27",
    ("state-subsidy", "island-levy", "fare-rise", "fixed-link", "community-ferry"),  # options
    frozenset(
        {
            "cost-who-pays",
            "residents-visitors",
            "reliability",
            "environment",
            "island-future",
            "local-control",
            "evidence-elsewhere",
        }
    ),
    "",
    sources=24,
    units=258,
    sentences=476,
    relations=200,
    patterns=250,
    minority_first=2,
)
DEBATE28 = Debate(
    "debate28",
    ("legalise-broadly", "terminal-illness-only", "not-yet", "oppose-legalising"),
    frozenset(
        {
            "safeguards-coercion",
            "palliative-care",
            "autonomy-dignity",
            "disability-vulnerable",
            "medical-ethics",
            "evidence-abroad",
            "eligibility-scope",
        }
    ),
    "not-yet",
    sources=11,
    units=362,
    sentences=603,
    relations=280,
    patterns=250,
    minority_first=6,
)
DEBATE29 = Debate(
    "debate29",
    ("allow-gene-edited", "keep-gmo-rules"),  # two stances only: cautious writers by their decision
    frozenset(
        {
            "food-safety",
            "labelling-choice",
            "seeds-patents",
            "environment-biodiversity",
            "climate-adaptation",
            "science-regulation",
            "trade-markets",
        }
    ),
    "",
    sources=15,
    units=377,
    sentences=687,
    relations=280,
    patterns=195,
    minority_first=7,
)
DEBATE30 = Debate(
    "debate30",
    ("second-runway", "regional-airport", "no-new-capacity"),  # options: none between the others
    frozenset(
        {
            "noise-health",
            "climate-emissions",
            "jobs-economy",
            "cost-who-pays",
            "surface-access",
            "demand-forecasts",
            "land-nature",
        }
    ),
    "",
    sources=12,
    units=356,
    sentences=522,
    relations=290,
    patterns=240,
    minority_first=3,
)

DEBATE31 = Debate(
    "debate31",
    ("decriminalise", "pilot-then-decide", "keep-criminal"),
    frozenset(
        {
            "health-outcomes",
            "criminal-records",
            "policing-resources",
            "youth-and-schools",
            "oskaria-reform",
            "public-order",
            "supply-and-dealers",
        }
    ),
    "pilot-then-decide",
    sources=19,
    units=331,
    sentences=514,
    relations=241,
    patterns=249,
    minority_first=9,
)
DEBATE32 = Debate(
    "debate32",
    ("ban-rental-scooters", "keep-and-regulate", "trial-and-count"),  # unbalanced: 51/36/13 %
    frozenset(
        {
            "pavement-clutter",
            "injuries-hospital",
            "sight-loss-access",
            "car-trips-emissions",
            "operator-rules",
            "enforcement-policing",
        }
    ),
    "trial-and-count",
    sources=15,
    units=270,
    sentences=397,
    relations=195,
    patterns=250,
    minority_first=6,
)
DEBATE33 = Debate(
    "debate33",
    ("licensed-mining", "mining-moratorium", "science-before-verdict"),  # long sources: 39/33/28 %
    frozenset(
        {
            "ecosystem-damage",
            "battery-metals",
            "revenue-jobs",
            "fisheries-tourism",
            "regulation-enforcement",
            "scientific-uncertainty",
        }
    ),
    "science-before-verdict",
    sources=8,
    units=349,
    sentences=593,
    relations=250,
    patterns=240,
    minority_first=3,
)
DEBATE34 = Debate(
    "debate34",
    ("full-ban", "lessons-only-ban", "teach-responsible-use", "parents-and-schools-decide"),
    frozenset(
        {
            "attention-learning",
            "online-bullying",
            "wellbeing-sleep",
            "emergencies-contact",
            "enforcement-workload",
            "cost-and-equity",
            "research-evidence",
            "parental-say",
            "digital-skills",
        }
    ),
    "",
    sources=20,
    units=286,
    sentences=497,
    relations=275,
    patterns=255,
    minority_first=15,
)
DEBATE35 = Debate(
    "debate35",
    (
        "abolish-youth-rate",
        "phase-to-adult-rate",
        "modest-rise",
        "freeze-youth-rate",
        "cut-youth-rate",
    ),  # one ordered scale, no stance for no verdict: 24/20/19/18/18 %
    frozenset(
        {
            "youth-employment",
            "fairness-equal-pay",
            "small-business-costs",
            "training-apprenticeships",
            "cost-of-living",
            "evidence-from-abroad",
        }
    ),
    "",
    sources=15,
    units=292,
    sentences=501,
    relations=220,
    patterns=241,
    minority_first=6,
)
DEBATE36 = Debate(
    "debate36",
    ("food-levy", "no-levy", "evaluate-first"),  # 42/32/26 %, told mostly in reported speech
    frozenset(
        {
            "health-outcomes",
            "household-costs",
            "reformulation",
            "evidence-abroad",
            "revenue-use",
            "personal-freedom",
            "jobs-and-retail",
        }
    ),
    "evaluate-first",
    sources=13,
    units=322,
    sentences=524,
    relations=239,
    patterns=228,
    minority_first=6,
)
DEBATE37 = Debate(
    "debate37",
    ("approve-trial", "govern-first", "ban-geoengineering"),  # one scale, a middle with a verdict
    frozenset(
        {
            "physical-risk",
            "moral-hazard",
            "governance-consent",
            "research-value",
            "climate-urgency",
            "global-justice",
            "reversibility",
        }
    ),
    "",
    sources=13,
    units=333,
    sentences=667,
    relations=241,
    patterns=240,
    minority_first=8,
)
DEBATE38 = Debate(
    "debate38",
    (
        "allow-investor-control",
        "keep-fan-majority",
        "case-by-case",
    ),  # drop the rule, keep it, or exceptions / a trial / no verdict yet: 38/35/27 %
    frozenset(
        {
            "competitiveness-abroad",
            "ticket-prices",
            "club-identity",
            "debt-and-finances",
            "governance-accountability",
            "legal-challenge",
        }
    ),
    "case-by-case",
    sources=17,
    units=314,
    sentences=604,
    relations=218,
    patterns=246,
    minority_first=6,
)
DEBATE39 = Debate(
    "debate39",
    (
        "bring-back-service",
        "no-conscription",
        "selective-or-review",
    ),  # bring back service for all, no conscription, or selective / civilian / review: 36/30/34 %
    frozenset(
        {
            "threat-assessment",
            "military-effectiveness",
            "cost-and-budget",
            "fairness-and-exemptions",
            "social-cohesion",
            "economy-and-careers",
            "civil-liberties",
        }
    ),
    "selective-or-review",
    sources=13,
    units=381,
    sentences=568,
    relations=258,
    patterns=244,
    minority_first=6,
)
DEBATE40 = Debate(
    "debate40",
    (
        "raise-to-68",
        "keep-65",
        "slower-or-conditional",
    ),  # raise the pension age to 68 by 2035, keep 65, or slower / conditional / no verdict: 35/30/35 %
    frozenset(
        {
            "fund-sustainability",
            "life-expectancy-gaps",
            "older-workers-jobs",
            "intergenerational-fairness",
            "alternatives-to-raising-age",
            "transition-and-timing",
            "gender-and-care",
        }
    ),
    "slower-or-conditional",
    sources=14,
    units=288,
    sentences=528,
    relations=204,
    patterns=237,
    minority_first=4,
)

DEBATE41 = Debate(
    "debate41",
    (
        "ban-gambling-ads",
        "no-ban",
        "partial-or-wait",
    ),  # ban betting ads in sport, no ban, or partial limits / a levy / evaluate first: 36/41/22 %
    frozenset(
        {
            "harm-to-young-people",
            "club-finances",
            "illegal-market",
            "lessons-from-abroad",
            "self-regulation",
            "freedom-to-advertise",
            "problem-gambling-treatment",
        }
    ),
    "partial-or-wait",
    sources=14,
    units=328,
    sentences=497,
    relations=241,
    patterns=238,
    minority_first=7,
)
DEBATES = {
    d.name: d
    for d in (
        DEBATE4,
        DEBATE5,
        DEBATE6,
        DEBATE7,
        DEBATE8,
        DEBATE9,
        DEBATE10,
        DEBATE11,
        DEBATE12,
        DEBATE13,
        DEBATE14,
        DEBATE15,
        DEBATE16,
        DEBATE17,
        DEBATE18,
        DEBATE19,
        DEBATE20,
        DEBATE21,
        DEBATE22,
        DEBATE23,
        DEBATE24,
        DEBATE25,
        DEBATE26,
        DEBATE27,
        DEBATE28,
        DEBATE29,
        DEBATE30,
        DEBATE31,
        DEBATE32,
        DEBATE33,
        DEBATE34,
        DEBATE35,
        DEBATE36,
        DEBATE37,
        DEBATE38,
        DEBATE39,
        DEBATE40,
        DEBATE41,
    )
}


def _copy(debate: Debate, root: Path) -> Path:
    """A copy of the shipped project (opening it writes a cache; the repo stays clean)."""
    ignore = shutil.ignore_patterns(".argmap-cache", "*.lock", "raw")
    shutil.copytree(debate.root, root, ignore=ignore)
    return root


@pytest.fixture(scope="module", params=sorted(DEBATES))
def shipped(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """(the debate, a copy of its project), once per debate."""
    debate = DEBATES[request.param]
    return debate, _copy(debate, tmp_path_factory.mktemp(debate.name) / debate.name)


def _gold(debate: Debate) -> list[dict[str, str]]:
    with (debate.root / "gold.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _ids(value: str) -> set[str]:
    return {v for v in re.split(r"[;,\s]+", value) if v}


def _make_sh(debate: Debate) -> list[list[str]]:
    """make.sh's commands, one list of words per logical line (continuations joined)."""
    text = (debate.root / "make.sh").read_text(encoding="utf-8").replace("\\\n", " ")
    lines = (shlex.split(line, comments=True) for line in text.splitlines())
    return [words for words in lines if words]


def _claim_key(c) -> tuple:  # type: ignore[no-untyped-def]
    return (c.source, c.sentence, c.stance, frozenset(c.questions), c.kind, c.note, c.voice)


def _by_source(root: Path) -> dict[str, list]:
    """Each source's claims in text order."""
    out: dict[str, list] = {}
    for c in sorted(Project.open(root).view_claims(), key=lambda c: (c.source, c.start)):
        out.setdefault(c.source, []).append(c)
    return out


def test_the_shipped_debate_validates(shipped, capsys: pytest.CaptureFixture) -> None:  # type: ignore[no-untyped-def]
    debate, root = shipped
    assert main(["--project", str(root), "validate"]) == 0
    assert f"{debate.sources} sources, {debate.units} claims" in capsys.readouterr().out


def test_its_codebook_is_its_own(shipped) -> None:  # type: ignore[no-untyped-def]
    """Its stances in scale order, none the blank codebook's for/against/hedged or an earlier
    debate's (a question id may recur: rent caps have ``alternatives`` and ``supply`` too);
    patterns of its own (shared with the debates made before it only as generic hedges, and
    only by its undecided stance)."""
    debate, root = shipped
    book = Project.open(root).codebook
    assert tuple(book.stance_ids) == debate.stances
    assert set(book.question_ids) == debate.questions
    # the debates made before it (a later debate's wording cannot have been copied here)
    number = int(debate.name.removeprefix("debate"))
    others = [REPO / "annotations" / "codebook.json"] + [
        path
        for path in sorted((REPO / "bench").glob("debate*/annotations/codebook.json"))
        if int(path.parent.parent.name.removeprefix("debate")) < number
    ]
    assert len(others) >= 3
    other_ids: set[str] = set()
    other_patterns: set[str] = set()
    for path in others:
        data = json.loads(path.read_text(encoding="utf-8"))
        other_ids |= {e["id"] for e in data["stances"] + data["questions"]}
        other_patterns |= {p for e in data["stances"] for p in e["patterns"]}
    assert not set(debate.stances) & (other_ids | {"for", "against", "hedged"})
    own = {p for e in (*book.stances, *book.questions) for p in e.patterns}
    assert len(own) >= debate.patterns
    sided = {p for s in book.stances if s.id != debate.hedge for p in s.patterns}
    assert len(sided & other_patterns) <= len(sided) // 10  # "exemption*" is restrict's too


def test_make_sh_patterns_are_the_codebooks(shipped) -> None:  # type: ignore[no-untyped-def]
    """Every pattern is an ``sp``/``qp`` line of make.sh and the other way round (the patterns
    were committed, with the codebook, before any article existed)."""
    debate, root = shipped
    lines = _make_sh(debate)
    wanted = {(w[0], w[1], p) for w in lines if w[0] in ("sp", "qp") and len(w) > 2 for p in w[2:]}
    book = Project.open(root).codebook
    have = {("sp", s.id, p) for s in book.stances for p in s.patterns}
    have |= {("qp", q.id, p) for q in book.questions for p in q.patterns}
    assert have == wanted


def test_gold_tsv_is_what_the_project_holds(shipped) -> None:  # type: ignore[no-untyped-def]
    """Every claim and relation of the committed project is a row of gold.tsv (make.sh's one
    ``import``) and the other way round: a hand edit of the JSON, or of gold.tsv alone,
    fails here."""
    debate, root = shipped
    rows = _gold(debate)
    assert len({r["id"] for r in rows}) == len(rows) == debate.units
    claims = Project.open(root).view_claims()
    assert {_claim_key(c) for c in claims} == {
        (
            r["source"],
            r["sentence"],
            r["stance"],
            frozenset(_ids(r["questions"])),
            r["kind"],
            r["note"],
            r.get("voice", ""),  # debate36 on: whose stance it is, when not the writer's
        )
        for r in rows
    }
    by_place = {(c.source, c.sentence): c.id for c in claims}
    claim_of = {r["id"]: by_place[(r["source"], r["sentence"])] for r in rows}
    expected = {
        (claim_of[r["id"]], rel, claim_of[target])
        for r in rows
        for rel in ("supports", "attacks")
        for target in _ids(r[rel])
    }
    actual = {(c.id, r.type, r.target) for c in claims for r in c.relations}
    assert actual == expected
    assert len(actual) >= debate.relations


@pytest.mark.parametrize("name", sorted(DEBATES))
def test_importing_gold_tsv_rebuilds_the_annotations(name: str, tmp_path: Path) -> None:
    """make.sh's step 4 on the committed sources and codebook gives the committed claims
    (ids, anchors, relations), with nothing but the times of the edit different."""
    debate = DEBATES[name]
    root = _copy(debate, tmp_path / "rebuilt")
    for path in (root / "annotations").glob("*.jsonl"):
        path.unlink()
    (root / "annotations" / "progress" / "gold.json").unlink()
    gold = str(debate.root / "gold.tsv")
    assert main(["--project", str(root), "--annotator", "gold", "import", gold]) == 0

    def strip(path: Path) -> list[dict]:
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            data = json.loads(line)
            data.pop("created", None)
            data.pop("modified", None)
            out.append(data)
        return out

    for committed in sorted((debate.root / "annotations").glob("*.jsonl")):
        assert strip(root / "annotations" / committed.name) == strip(committed), committed.name


def test_every_annotation_anchors_in_its_sentence(shipped) -> None:  # type: ignore[no-untyped-def]
    """Each unit's quoted words are at its offsets in the stored text, inside its sentence,
    and no claim is orphaned."""
    _, root = shipped
    project = Project.open(root)
    for c in project.view_claims():
        doc = project.sources[c.source]
        sentence = next(s for s in doc.sentences if s.id == c.sentence)
        assert sentence.start <= c.start < c.end <= sentence.end, c.id
        assert doc.text[c.start : c.end] == c.quote, c.id
        assert not c.orphan, c.id


def test_every_stance_is_represented_and_the_articles_differ(shipped) -> None:  # type: ignore[no-untyped-def]
    """At least 30 units per stance, and the articles are not all alike: in several the first
    unit is not the article's majority stance (the defence seeds put their majority first);
    debate5 also has one-sided articles (three units in four of one stance), mixed ones (no
    stance has half) and one mostly ``unsettled``; in debate6, debate8, debate9, debate10 (five
    stances), debate11, debate12, debate13, debate14, debate15, debate16, debate17, debate18,
    debate19, debate20, debate21, debate22, debate23, debate24, debate25, debate26, debate27,
    debate28, debate29, debate30, debate31, debate32, debate34, debate35, debate36, debate38,
    debate39, debate40 and debate41 each stance leads an article."""
    debate, root = shipped
    by_source = _by_source(root)
    assert len(by_source) == debate.sources
    counts = Counter(c.stance for cs in by_source.values() for c in cs)
    assert min(counts.values()) >= 30
    majority = {s: Counter(c.stance for c in cs).most_common(1)[0] for s, cs in by_source.items()}
    minority_first = [s for s, cs in by_source.items() if cs[0].stance != majority[s][0]]
    assert len(minority_first) >= debate.minority_first
    if debate is DEBATE5:
        shares = {s: n / len(by_source[s]) for s, (_, n) in majority.items()}
        assert sum(share >= 0.75 for share in shares.values()) >= 3
        assert sum(share < 0.5 for share in shares.values()) >= 2
        assert any(st == "unsettled" and shares[s] >= 0.6 for s, (st, _) in majority.items())
    if debate in (
        DEBATE6,
        DEBATE8,
        DEBATE9,
        DEBATE10,
        DEBATE11,
        DEBATE12,
        DEBATE13,
        DEBATE14,
        DEBATE15,
        DEBATE16,
        DEBATE17,
        DEBATE18,
        DEBATE19,
        DEBATE20,
        DEBATE21,
        DEBATE22,
        DEBATE23,
        DEBATE24,
        DEBATE25,
        DEBATE26,
        DEBATE27,
        DEBATE28,
        DEBATE29,
        DEBATE30,
        DEBATE31,
        DEBATE32,
        DEBATE33,
        DEBATE34,
        DEBATE35,
        DEBATE36,
        DEBATE37,
        DEBATE38,
        DEBATE39,
        DEBATE40,
        DEBATE41,
    ):
        assert {st for st, _ in majority.values()} == set(debate.stances)


#: The debates ``evaluate`` runs on in the tests: two, three, four and five stances, one
#: without a middle stance (an ``evaluate`` is 10-20 s of CPU: debate5, 7 folds of 277
#: sentences, 10.5 s where debate12's 445 took 14.6; every debate is measured by ``argmap
#: evaluate`` for the README, not here).
EVALUATED = ("debate11", "debate5", "debate13", "debate18")


@pytest.fixture(scope="module", params=EVALUATED)
def evaluated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """(the debate, a copy of its project), for the debates ``evaluate`` runs on."""
    debate = DEBATES[request.param]
    return debate, _copy(debate, tmp_path_factory.mktemp(debate.name) / debate.name)


def test_the_evaluated_debates_cover_every_codebook_shape() -> None:
    """The debates ``evaluate`` runs on here span two to five stances."""
    assert {len(DEBATES[name].stances) for name in EVALUATED} == {2, 3, 4, 5}


def test_evaluate_reports_every_figure(evaluated, capsys: pytest.CaptureFixture) -> None:  # type: ignore[no-untyped-def]
    """``argmap evaluate --json`` runs on the held-out debate and reports each figure of
    issue 13 beside its baseline; the figures themselves are not asserted."""
    debate, root = evaluated
    capsys.readouterr()
    assert main(["--project", str(root), "evaluate", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    project = Project.open(root)
    assert report["units"] == debate.units
    assert {f["held_out"] for f in report["folds"]} == set(project.sources)
    stance = report["stance"]
    for side in ("model", "majority"):
        assert 0.0 <= stance[side]["macro_f1"] <= 1.0
        assert set(stance[side]["per_class"]) == set(debate.stances)
        for cls in stance[side]["per_class"].values():
            assert 0.0 <= cls["recall"] <= 1.0
    for said in ("stated", "confirmed", "corrected"):  # the side said, proposed, confirmed
        assert 0.0 <= report[said]["macro_f1"] <= 1.0
        assert set(report[said]["per_class"]) == set(debate.stances)
    assert set(report["curve"]) == {"0", "3", "5", "10"}
    for point in report["curve"].values():
        assert {"model", "baseline", "units"} <= set(point)
    claim = report["claim"]
    assert 0.0 <= claim["model"]["macro_f1"] <= 1.0 and 0.0 <= claim["majority"]["macro_f1"] <= 1.0
    assert 0.0 <= claim["flagged"] <= 1.0
    assert claim["gold_flagged"] == pytest.approx(debate.units / debate.sentences, abs=0.01)
    assert set(report["per_source"]) == set(project.sources)
    n_patterns = sum(
        len(e.patterns) for e in (*project.codebook.stances, *project.codebook.questions)
    )
    assert len(report["patterns"]) == n_patterns
