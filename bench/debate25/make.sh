#!/usr/bin/env bash
# Rebuild the held-out debate on whether Korrin should bring its passenger railways back into
# public ownership, from bench/debate25/raw/ into an empty folder, with argmap's own commands
# only (no JSON edited by hand).
#   bash bench/debate25/make.sh /tmp/debate25      (from the repository root)
# Step order is the order it was made in: codebook, then patterns (from the codebook's
# definitions and guide.md only, committed before any article existed), then the articles,
# then the annotations (gold.tsv, written by hand following guide.md, one `argmap import`).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:?usage: make.sh EMPTY_DIR}
if [ -e "$OUT" ] && [ -n "$(ls -A "$OUT")" ]; then
    echo "make.sh: $OUT is not empty" >&2
    exit 2
fi
am() { python3 -m argmap --project "$OUT" "$@"; }

# 1. the project and its codebook: a state operator, reformed contracts, open competition,
# and no verdict until the Rail Review ---------------------------------------------------------
python3 -m argmap init "$OUT" \
    --name "Should Korrin bring its passenger railways back into public ownership?"
am codebook rename stance for public-ownership
am codebook rename stance against open-competition
am codebook rename stance hedged await-rail-review
am codebook edit stance public-ownership --label "Public ownership: a state operator" \
    --symbol "■" \
    --description "A state operator should take over each passenger franchise as its contract ends, with track and trains run under one public body: the operators' profits and dividends would stay in the railway, fares could be cut and simplified, one body would answer for the service, Coastlink's record under the operator of last resort and Vestria's show a public railway works, and staff would keep national terms."
am codebook add-stance reformed-contracts \
    --label "Private operators under reformed contracts and a public guiding body" \
    --symbol "◧" --axis 0 --color "#6a8f3a" \
    --description "Keep private operators, but under tighter performance contracts (the state sets fares and timetables and keeps the fares, the operator is paid a fee with penalties and bonuses for punctuality and cleanliness) and a public guiding body that plans the whole network. It shares the public side's call for one guiding mind and the private side's view that operators bring efficiency and that ministers should not run the trains."
am codebook move stance reformed-contracts 2
am codebook edit stance open-competition --label "Open competition: more private operators" \
    --symbol "□" \
    --description "More private open-access operators competing on the same lines, and less state: competition lowers fares and improves service, Haldmark's open lines show it, private capital pays for new trains, franchising failed because the ministry micromanaged it, and a state operator would cost taxpayers more and put the railway at the mercy of politics and strikes."
am codebook edit stance await-rail-review --label "No verdict until the Rail Review" --symbol "◌" \
    --description "Takes no side on who should run the trains until the independent Rail Review reports next year: weighs public ownership, reformed contracts and competition without a verdict, says the evidence cuts both ways or is not yet in, asks for short extensions of the franchises that end before the Review, or makes its answer depend on what the Review finds."
am codebook add-question fares-affordability --label "Fares and affordability" \
    --text "What passengers pay: fare rises, season and off-peak tickets, the fare structure and ticketing, who can afford the train?"
am codebook add-question reliability-performance --label "Reliability and performance" \
    --text "How well the trains run: punctuality, cancellations, crowding, timetables, cleanliness and passengers' satisfaction?"
am codebook add-question investment-funding --label "Investment and who pays for it" \
    --text "New trains, stations and electrification: who invests, who borrows, private capital or public money, long-term planning of investment?"
am codebook add-question taxpayer-cost --label "Cost to the taxpayer" \
    --text "What the railway costs the Treasury: subsidy, the operators' profits and dividends, compensation, efficiency and the cost of running it one way or another?"
am codebook add-question accountability --label "Accountability and a guiding mind" \
    --text "Who answers when the railway fails: fragmentation between track and trains, a guiding mind, ministers' interference, transparency, politics?"
am codebook add-question workers-unions --label "Staff and unions" \
    --text "The railway's workers: pay, pensions, terms, strikes, guards, ticket offices and the unions' part in running it?"
am codebook add-question evidence-abroad --label "Evidence from abroad" \
    --text "What other countries' railways show: Vestria's state operator, Haldmark's open-access competition, and any other country's experience?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp public-ownership "public ownership" "publicly owned" "public hands" "back into public" \
    "bring the railways home" "bring back" "nationalis*" "nationaliz*" "renationalis*" \
    "state operator" "state-owned operator" "operator of last resort" "as franchises end" \
    "as each franchise ends" "when the contract ends" "profits leak*" "dividends" \
    "shareholders" "fat cats" "private profit" "profiteering" "run for people" \
    "run for passengers" "not for profit" "one public body" "track and train together" \
    "reunite track and train" "end franchising" "scrap franchising" "franchising has failed" \
    "people's railway" "a public service" "no compensation" "kick out the operators"
sp reformed-contracts "reformed contracts" "tighter contracts" "performance contract*" \
    "concession contract*" "management fee" "fee with penalties" "penalties and bonuses" \
    "bonus for punctuality" "guiding body" "public guiding" "rail authority" "guiding mind" \
    "one guiding" "the state sets fares" "keeps the fares" "revenue risk" "keeps the revenue" \
    "private operators under" "keep private operators" "neither nationalisation nor" \
    "a better contract" "better contracts" "contract terms" "strip the franchise" \
    "enforceable targets" "break clause*" "claw back" "clawback" "fix franchising" \
    "mend not end" "reform the contracts" "tougher targets"
sp open-competition "open access" "open-access" "more operators" "competing operators" \
    "compete on the same" "on-rail competition" "head-to-head" "let them compete" \
    "competition works" "competition drives" "choice of operator" "new entrants" \
    "private capital" "private investment" "less state" "state monopoly" "monopoly" \
    "micromanag*" "ministry meddling" "let operators run" "commercial freedom" "deregulat*" \
    "market" "free to set fares" "consumer choice" "civil servants running" \
    "political football" "strike-prone" "taxpayer would foot" "bottomless"
sp await-rail-review "rail review" "the review reports" "until the review" "before the review" \
    "await the review" "wait for the review" "wait and see" "no verdict" "not yet" \
    "too early to" "short extension*" "extend the contracts" "pros and cons" \
    "cuts both ways" "both sides" "on the one hand" "on the other hand" "it depends" \
    "depends on what" "open question" "the evidence is mixed" "mixed evidence" \
    "we don't know" "we do not know" "hard to say" "unclear" "not settled"
qp fares-affordability "fare*" "ticket*" "season ticket*" "off-peak" "peak" "price*" \
    "afford*" "cheap*" "expensive" "railcard*" "split ticket*" "cost of travel" "pricing"
qp reliability-performance "punctual*" "on time" "late" "delay*" "cancel*" "crowd*" \
    "overcrowd*" "timetable*" "reliab*" "performance" "satisfaction" "clean*" "service*"
qp investment-funding "invest*" "new trains" "rolling stock" "electrif*" "station*" \
    "upgrade*" "borrow*" "capital" "leasing" "fleet*" "infrastructure" "signal*" "build*"
qp taxpayer-cost "taxpayer*" "treasury" "subsid*" "cost*" "compensat*" "profit*" \
    "dividend*" "margin*" "efficien*" "public money" "billion" "overhead*" "bail*"
qp accountability "accountab*" "answer for" "blame*" "fragment*" "guiding mind" \
    "minister*" "transparen*" "politic*" "interfer*" "who is responsible" "responsib*" \
    "oversight" "regulator"
qp workers-unions "union*" "strike*" "staff" "worker*" "driver*" "guard*" "conductor*" \
    "pension*" "pay" "wages" "ticket office*" "jobs" "industrial action" "terms and conditions"
qp evidence-abroad "vestria*" "haldmark*" "abroad" "other countries" "elsewhere" \
    "europe*" "neighbour*" "international" "overseas" "foreign" "across the border" \
    "another country" "in other countries"

# 3. the articles, as saved from the web, exported or downloaded --------------------------------
# Reader pinned: `--reader 11` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`. Refused kinds, and
# what the user did instead (the originals stay in raw/):
# - the campaign list's thread, downloaded from the list archive as an mbox file
#   (raw/bring-it-home-2027-11.mbox): `argmap add` refuses '.mbox', so it was saved as .txt
#   (the same bytes);
# - the podcast's transcript, as Whisper's JSON (raw/the-branch-line-ep47.json, segments with
#   start/end/text and no speakers): `argmap add` refuses '.json', and saved as .txt the same
#   bytes gives 276 "sentences" of JSON (the whole text, then every segment with its tokens), so
#   the user wrote out what Whisper's own txt writer gives, one segment a line:
#     python3 -c 'import json,sys; [print(s["text"].strip()) for s in json.load(sys.stdin)["segments"]]' \
#         < raw/the-branch-line-ep47.json > raw/the-branch-line-ep47.txt
# - the Evernote note, exported as .enex (raw/Rail breakfast talking points.enex): `argmap add`
#   refuses '.enex'; renamed .xml or .txt it is read as tags and text, renamed .html it gives one
#   sentence (the note's content sits in CDATA) with no warning, so the user exported the note
#   from Evernote again as HTML (raw/Rail breakfast 3 Dec - talking points (v3).html);
# - the OpenDocument paper (.odt) and the Word "Web Page, Filtered" briefing (.htm,
#   windows-1252) are read as they are.
am add --reader 11 \
    "$HERE/raw/Passenger rail after franchising - Transport Committee - Korrin National Assembly.html" \
    "$HERE/raw/Rail breakfast 3 Dec - talking points (v3).html"
am add --reader 11 --id krtu-briefing-27-11 \
    "$HERE/raw/Briefing 27-11 Public ownership - the case and the answers.htm"
am add --reader 11 --id-from file "$HERE/raw/bring-it-home-2027-11.txt" \
    "$HERE/raw/HI-BP44-let-the-trains-compete.odt" "$HERE/raw/Rail ownership.md" \
    "$HERE/raw/the-branch-line-ep47.txt" "$HERE/raw/wexford-kuyper-ker-2027.txt"
# what argmap could not read from the files, or read wrongly: say it
am meta krtu-briefing-27-11 \
    --title "Bring Our Railway Home: public ownership, the case and the answers to the other side" \
    --author "Korrin Rail and Transport Workers' Union (Policy and Research Department)" \
    --outlet "KRTU Branch Briefing 27/11"
am meta bring-it-home-2027-11 --title "Our line on the Rail Review (campaign list thread)" \
    --author "Ruth Halvard" --author "Tomasz Lind" --author "Priya Nandakumar" \
    --author "Gwen Aldous" --author "Sam Ferrow" --author "Ola Brekke" \
    --outlet "BringItHome mailing list (Bring Korrin's Railways Home)"
am meta hi-bp44-let-the-trains-compete --outlet "Harbour Institute (Briefing Paper 44)"
am meta rail-breakfast-3-dec --title "Rail breakfast 3 Dec - talking points (v3)" \
    --outlet "Evernote note (Korrin Chamber of Commerce)" --date 2027-11-30
am meta rail-ownership --title "Rail ownership — where I've got to" \
    --author "Hanna Lysgaard (Passenger Voice Korrin)" --outlet "Logseq page" --date 2027-11-12
am meta the-branch-line-ep47 \
    --title "The Branch Line, episode 47: Who should run Korrin's trains? (Whisper transcript)" \
    --author "Lotte Brand (host)" --author "Kasper Nyholm (host)" --outlet "The Branch Line (podcast)" \
    --date 2027-11-24
am meta wexford-kuyper-ker-2027 \
    --title "Ownership Is Not the Lever: What Four Railways Tell Korrin Before the Rail Review" \
    --author "Ana Wexford" --author "Tobias Kuyper" \
    --outlet "Korrin Economic Review, Vol. 41, No. 4" --date 2027-12
# who says what: the list thread's messages after the first are read with their header names as
# speakers ("Return-Path", "Content-Transfer-Encoding"), and the podcast has no speakers at all
# (Whisper gives none): say it, in one batch
am batch - <<'SPEAKERS'
speaker bring-it-home-2027-11 s0002-s0013,s0045-s0052 "Ruth Halvard"
speaker bring-it-home-2027-11 s0023-s0034,s0118-s0124 "Tomasz Lind"
speaker bring-it-home-2027-11 s0062-s0072,s0134-s0139 "Priya Nandakumar"
speaker bring-it-home-2027-11 s0081-s0088 "Gwen Aldous"
speaker bring-it-home-2027-11 s0098-s0108 "Sam Ferrow"
speaker bring-it-home-2027-11 s0149-s0160 "Ola Brekke"
speaker the-branch-line-ep47 s0001,s0003-s0005,s0007-s0008,s0020-s0021,s0035-s0036,s0049-s0052,s0070-s0071,s0085-s0087,s0093-s0094,s0096-s0098 "Lotte Brand"
speaker the-branch-line-ep47 s0002,s0006,s0016,s0041,s0060,s0079,s0083,s0095 "Kasper Nyholm"
speaker the-branch-line-ep47 s0009-s0015,s0017-s0019,s0030-s0032,s0042-s0043,s0046,s0064-s0065,s0074-s0076,s0084,s0088 "Cara Linde"
speaker the-branch-line-ep47 s0022-s0029,s0033-s0034,s0047-s0048,s0072-s0073,s0089 "Harald Mott"
speaker the-branch-line-ep47 s0037-s0040,s0044-s0045,s0066-s0068,s0090 "Selma Virtanen"
speaker the-branch-line-ep47 s0053-s0059,s0061-s0063,s0069,s0077-s0078,s0080-s0082,s0091-s0092 "Ana Wexford"
SPEAKERS

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta passenger-rail-after-franchising --note "A parliamentary select committee's report (numbered paragraphs, footnotes, bold conclusions): franchising failed through fragmentation; reports the union's case for a state operator, the open-access operators' case and the Minister's wait for the Review, answers each, and recommends performance contracts under a public Korrin Rail Authority; an amendment for public ownership is lost 2-4."
am meta krtu-briefing-27-11 --note "The rail union's branch briefing (Word 'Web Page, Filtered', windows-1252): public ownership as franchises end; states the other sides' cases (competition, the Committee's contracts, cost, Vestria's subsidy, waiting for the Review) before answering them; members' voices, concessions, questions members will be asked."
am meta bring-it-home-2027-11 --note "A campaign mailing list's thread (mbox saved as text): the secretary wants a public-ownership pledge before the Review; one member argues for waiting, then changes his mind on the extension; another has come round to the Committee's contracts; a retired driver answers her; a member quotes the Harbour Institute's case and rebuts it; the convenor records public ownership as the line."
am meta hi-bp44-let-the-trains-compete --note "A free-market think tank's briefing paper (.odt): states the case for public ownership fairly, then argues franchising failed through the Ministry's micromanagement; Coastlink and Vestria answered; open access on Haldmark's model; objections answered; reformed contracts called nationalisation by another name; no need to wait for the Review."
am meta rail-breakfast-3-dec --note "A business group transport lead's Evernote speech notes (exported again as HTML): members' voices of every stance; a first draft for the Committee's contracts, then an update that changes her mind to open competition after a Haldmark visit; honest concessions; prepared answers to the union, the operators and the watchdog."
am meta rail-ownership --note "A passenger watchdog analyst's Logseq page: began for public ownership, changed her mind to a public Rail Authority with performance contracts; options weighed with the union's, the Harbour Institute's, the open-access operators' and a board member's wait-for-the-Review objections; interview notes; draft recommendation."
am meta the-branch-line-ep47 --note "A podcast's Whisper transcript (JSON, written out as text; no speakers): a union organiser for public ownership, the open-access operators' chief for competition, the watchdog's chief for contracts and a guiding body, an economist for waiting for the Review; the hosts end without a verdict."
am meta wexford-kuyper-ker-2027 --note "Two economists' policy article, a two-column PDF as pdftotext -layout gives it (columns side by side, so argmap's sentences mix both): Vestria, Haldmark, Sarland and Coastlink each grant a point to each side and isolate nothing; funding, not ownership, may be the lever; no verdict until the Rail Review has the cost data."
for s in bring-it-home-2027-11 hi-bp44-let-the-trains-compete krtu-briefing-27-11 \
    passenger-rail-after-franchising rail-breakfast-3-dec rail-ownership the-branch-line-ep47 \
    wexford-kuyper-ker-2027; do
    am done "$s"   # read in full
done
am validate
