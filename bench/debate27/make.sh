#!/usr/bin/env bash
# Rebuild the held-out debate on how the (invented) island of Skarvoy should keep its ferry link
# running once the state contract ends, from bench/debate27/raw/ into an empty folder, with
# argmap's own commands only (no JSON edited by hand).
#   bash bench/debate27/make.sh /tmp/debate27      (from the repository root)
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

# 1. the project and its codebook: five options, none on one axis with another (the state
# pays, a levy on visitors and second homes, higher fares with a residents' discount, a
# bridge or tunnel, the islanders' cooperative) and no stance for no verdict ----------------
python3 -m argmap init "$OUT" \
    --name "How should Skarvoy keep its ferry link running once the state contract ends?"
am codebook rename stance for state-subsidy
am codebook rename stance against fixed-link
am codebook rename stance hedged island-levy
am codebook edit stance state-subsidy --label "The state keeps paying" --symbol "■" --axis 0 \
    --description "The national state should keep paying for the ferry under a new public service contract: the ferry is the island's road, a lifeline the state pays for on the mainland and should pay for here; islanders already pay their taxes, the sum is small in the national budget, and every local fix (a levy, dearer fares, a cooperative) would be unfair, too small or too fragile."
am codebook edit stance island-levy --label "A levy on visitors and second homes" --symbol "◆" \
    --axis 0 \
    --description "A levy on visitors (a landing charge added to each visitor's ticket) and an annual charge on second homes should pay for the ferry: those who use the island in summer and leave its houses empty in winter pay their share, residents' fares stay where they are, and the money is ring-fenced and stays on the island."
am codebook edit stance fixed-link --label "A fixed link: bridge or tunnel" --symbol "▲" --axis 0 \
    --description "Build a bridge or a tunnel across the Sound instead of paying for a ferry for ever: a fixed link runs at all hours in any weather, ends the timetable and the cancelled crossings, keeps young families, jobs and the school on the island, and over forty years costs less than ferries; tolls can repay it."
am codebook add-stance fare-rise --label "Users pay: higher fares, residents' discount" \
    --symbol "▼" --axis 0 --color "#b5651d" \
    --description "The ferry's users should pay through higher fares, with a residents' discount card that keeps islanders' fares near today's: whoever crosses pays for the crossing, fares have been held too low for years, visitors and cars can bear more, and no new levy, tax or bureaucracy is needed."
am codebook add-stance community-ferry --label "The islanders' cooperative runs it" \
    --symbol "●" --axis 0 --color "#2e8b57" \
    --description "The islanders' own cooperative should take over and run the ferry: a board of islanders and a local crew decide timetables and fares, the money stays on the island, islanders look after their own boat and answer to each other, and other islands' community ferries show that it works."
am codebook move stance island-levy 2
am codebook move stance fare-rise 3
am codebook add-question cost-who-pays --label "Cost and who pays" \
    --text "What the ferry costs to run and to replace, and who should pay for it: the state, islanders, visitors, second-home owners, users, tolls, grants, loans?"
am codebook add-question residents-visitors --label "Residents and visitors" \
    --text "Fairness between islanders, visitors, second-home owners and mainland taxpayers: who uses the ferry, who should carry its cost, what the summer trade needs?"
am codebook add-question reliability --label "Reliability and timetable" \
    --text "How well the link serves: cancelled crossings, weather, breakdowns, the timetable, the last boat, capacity for cars and freight, emergencies?"
am codebook add-question environment --label "Environment and landscape" \
    --text "What each option does to the Sound, its birds and seals, the landscape, emissions and the boat's fuel, and to the island's quiet?"
am codebook add-question island-future --label "The island's future" \
    --text "Whether Skarvoy keeps its people: young families, the school, jobs and businesses, housing, the island's character, the long-term plan?"
am codebook add-question local-control --label "Local control" \
    --text "Who decides about the ferry: the ministry, the county, the community council, a cooperative, an operator; accountability and islanders' say?"
am codebook add-question evidence-elsewhere --label "Evidence from elsewhere" \
    --text "What other islands and links show: Tollary's community ferry, the Holmsund tunnel, Lindby's visitor levy, other fares and subsidies?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp state-subsidy "state contract" "public service contract" "new contract" "renew the contract" \
    "the state should pay" "the state must pay" "keep paying" "the ministry should" \
    "national government" "national budget" "the island's road" "our road" "a road on water" \
    "lifeline" "like any road" "roads on the mainland" "we pay our taxes" "taxes like everyone" \
    "a national duty" "duty of the state" "state support" "state funding" "state-funded" \
    "the state's job" "rounding error" "small sum" "not a luxury" "essential service" \
    "public service obligation" "abandon the island*" "walk away from" "fund it properly"
sp island-levy "levy" "landing charge" "visitor charge" "visitor levy" "visitors' levy" \
    "second home*" "holiday home*" "holiday cottage*" "empty in winter" "summer people" \
    "ring-fenced" "ringfenced" "ring fenced" "fair share" "pay their share" "pay their way" \
    "those who come" "tourist tax" "per visitor" "per landing" "annual charge" \
    "council tax surcharge" "stays on the island" "day-trippers pay" "visitors should pay" \
    "modest charge" "small charge" "charge on each" "bed-night" "absentee owners"
sp fare-rise "fare rise" "fare increase" "raise the fares" "raise fares" "higher fares" \
    "fares must rise" "fares should rise" "fares have been held" "held down" "too cheap" \
    "residents' discount" "resident's discount" "residents' card" "discount card" "island card" \
    "user pays" "users pay" "user-pays" "whoever crosses" "pay for what" "the true cost" \
    "full cost" "cost-reflective" "realistic fares" "price of a coffee" "cars can bear" \
    "no new tax" "no new bureaucracy" "pay at the ramp" "ticket price*"
sp fixed-link "fixed link" "fixed-link" "bridge" "tunnel" "causeway" "subsea" "undersea" \
    "drive across" "drive over" "at any hour" "any hour" "all hours" "24 hours" "round the clock" \
    "no timetable" "end the timetable" "never cancelled" "whatever the weather" "tolls" "toll" \
    "forty years" "40 years" "for ever" "forever" "permanent answer" \
    "build it" "holmsund" "pay for itself" "one-off cost" "concrete"
sp community-ferry "cooperative" "co-operative" "co-op" "community ferry" "community-run" \
    "community owned" "community-owned" "run it ourselves" "our own boat" "our own ferry" \
    "islanders run" "islanders' own" "local crew" "board of islanders" "members' meeting" \
    "one member one vote" "shareholder islanders" "community shares" "share offer" \
    "tollary" "not-for-profit" "surplus stays" "in our own hands" \
    "take it over" "take over the ferry" "we know the sea" "our own skippers" "self-reliance"
qp cost-who-pays "cost*" "pay*" "paid" "money" "crowns" "million" "subsid*" "budget" "afford*" \
    "grant*" "loan*" "tax*" "levy" "fare*" "price*" "funding" "toll*" "expens*"
qp residents-visitors "resident*" "visitor*" "tourist*" "day-tripper*" "summer" "holiday*" \
    "second home*" "incomer*" "mainland*" "islanders" "guests" "campers" "fair*" "unfair"
qp reliability "reliab*" "cancel*" "weather" "gale*" "storm*" "breakdown*" "broke down" \
    "timetable*" "last boat" "crossing*" "sailing*" "capacity" "queue*" "freight" "ambulance" \
    "emergenc*" "on time" "delay*"
qp environment "environment*" "emission*" "diesel" "fuel" "electric" "battery" "hybrid" \
    "bird*" "seal*" "eider*" "landscape" "view*" "nature" "wildlife" "quiet" "carbon" "pollut*" \
    "seabed"
qp island-future "future" "young famil*" "families" "school" "pupils" "jobs" "business*" \
    "housing" "population" "young people" "leave the island" "move away" "stay on" \
    "character" "long term" "long-term" "generation*"
qp local-control "control" "decide*" "decision*" "say in" "ministry" "county" "council" \
    "accountab*" "answer to" "operator*" "vestsund" "democra*" "ownership" "own hands"
qp evidence-elsewhere "tollary" "holmsund" "lindby" "elsewhere" "other islands" \
    "another island" "islands like" "example*"

# 3. the articles, as saved from the web, typed up or received by the council --------------------
# Reader pinned: `--reader 12` is the default reader this debate was added and annotated with (the
# sentence ids in gold.tsv depend on it). No file is edited before `add`. The consultation
# responses all carry the form's title, so their ids are taken from the file names (by title they
# are consultation-the-future-of-the-skarvoy, -2, ... -6, -ferry-link, ...); the phone-in
# excerpts, the council minute and the shop's notice too (their titles are a station ident, the
# minute's date line and the shop's trading line).
CR="$HERE/raw/consultation-responses"
am add --reader 12 --id-from file "$CR/SCC-FL-014.txt" "$CR/SCC-FL-022.txt" "$CR/SCC-FL-031.txt" \
    "$CR/SCC-FL-037.txt" "$CR/SCC-FL-045.txt" "$CR/SCC-FL-052.txt" "$CR/SCC-FL-058.txt" \
    "$CR/SCC-FL-066.txt"
am add --reader 12 \
    "$HERE/raw/A cooperative can sail the Sound _ Letters _ The Sound Courier.html" \
    "$HERE/raw/Make the summer visitors pay their share _ Letters _ The Sound Courier.html" \
    "$HERE/raw/Stop patching the old boat - build the tunnel _ Letters _ The Sound Courier.html" \
    "$HERE/raw/I would rather pay a fair fare than a levy _ Letters _ The Sound Courier.html" \
    "$HERE/raw/The nation owes Skarvoy its road _ Letters _ The Sound Courier.html" \
    "$HERE/raw/Don't gamble the crew's jobs on a co-op _ Letters _ The Sound Courier.html" \
    "$HERE/raw/why-im-buying-a-share-in-the-ferry.html" \
    "$HERE/raw/The arithmetic of a small ferry - Sound Economics.html" \
    "$HERE/raw/tax-my-cottage.html" \
    "$HERE/raw/Skarvoy Link Now - Blog - Five myths about the tunnel.html" \
    "$HERE/raw/SFUG statement - Skarvoy Ferry Users' Group.html"
am add --reader 12 --id-from file "$HERE/raw/SCC minutes 2026-12-10 (draft).md" \
    "$HERE/raw/open-line-2026-12-07-excerpt.txt" \
    "$HERE/raw/Radio Nordvik phone-in 14 Dec - ferry fares (excerpt).txt" \
    "$HERE/raw/openline_2027-01-04_ferry-coop.txt" \
    "$HERE/raw/skarvoy-stores-window-notice-OCR.txt"
# what argmap could not read from the files, or read wrongly: say it. The responses' title is the
# form's, their date the consultation's closing date (15 January 2027) and the respondent is not
# read; the letters' author is "From Knut Rasmussen"; the phone-ins have a station ident as title
# and no author or outlet; the shop's notice is titled by its trading line.
resp() { am meta "scc-fl-$1" --title "Consultation response SCC-FL-$1: $2" --author "$3" \
    --outlet "Skarvoy Community Council: ferry link consultation" --date "$4"; }
resp 014 "Ingrid Solheim (island resident)" "Ingrid Solheim" 2026-12-03
resp 022 "Skarvoy Holiday Homes Association" "Bjorn Halvorsen (Skarvoy Holiday Homes Association)" \
    2026-12-07
resp 031 "Aaland Seafood AS" "Per Aaland (Aaland Seafood AS)" 2026-12-09
resp 037 "Maren and Tor Vik (island residents)" "Maren Vik" 2026-12-11
am meta scc-fl-037 --author "Maren Vik" --author "Tor Vik"
resp 045 "Skarvoy School Parents' Council" "Lene Dahl (Skarvoy School Parents' Council)" 2026-12-14
resp 052 "Dr Elias Brandt (island resident)" "Elias Brandt" 2026-12-18
resp 058 "Skarvoy Nature Trust" "Hanne Lie (Skarvoy Nature Trust)" 2026-12-20
resp 066 "Nordvik Taxpayers' Alliance" "Rune Strand (Nordvik Taxpayers' Alliance)" 2027-01-08
am meta a-cooperative-can-sail-the-sound --author "Knut Rasmussen (Nordbygd, Skarvoy)"
am meta make-the-summer-visitors-pay-their-share --author "Lise Moen (Skarvoy)"
am meta stop-patching-the-old-boat --author "Jon Eide (Sandvik, Skarvoy)"
am meta i-would-rather-pay-a-fair-fare --author "Gunnar Wiik (Brennholm)"
am meta the-nation-owes-skarvoy-its-road --author "Aslaug Fjeld (Kirkebygd, Skarvoy)"
am meta dont-gamble-the-crews-jobs-on-a-co-op --author "Eirik Nes (Brennholm)"
am meta tax-my-cottage-please --author "Hilde (a second-home owner)"
am meta our-statement-on-the-ferry-consultation --author "Skarvoy Ferry Users' Group" \
    --date 2027-01-06
am meta scc-minutes-2026-12-10-draft \
    --title "Skarvoy Community Council: minutes of the meeting of 10 December 2026 (draft)" \
    --author "Anne Vold (Clerk)"
am meta open-line-2026-12-07-excerpt \
    --title "Open Line, 7 December 2026: callers on the Skarvoy ferry (excerpt)" \
    --author "Hege Lund (presenter)" --outlet "Radio Nordvik"
am meta radio-nordvik-phone-in-14-dec-ferry-fares-excerpt \
    --title "Open Line, 14 December 2026: who should pay for the Skarvoy ferry? (excerpt)" \
    --author "Hege Lund (presenter)" --outlet "Radio Nordvik"
am meta openline-2027-01-04-ferry-coop \
    --title "Open Line, 4 January 2027: could the islanders run their own ferry? (excerpt)" \
    --author "Hege Lund (presenter)" --outlet "Radio Nordvik"
am meta skarvoy-stores-window-notice-ocr \
    --title "Why we support the ferry levy (notice in the shop window)" \
    --author "Jorunn Berg" --author "Olav Berg" --outlet "Skarvoy Stores"
# who says what: the first phone-in's last caller ("GEIR MOEN, SANDVIK, SKARVOY:", three parts)
# is read as the presenter; the second's "Caller (Arne, Brennholm):" and "Presenter (Hege Lund):"
# after a timestamp give no speakers at all; the third's "Silje from Skarvoy:" callers are all
# read as "Hege". Say it, in one batch
am batch - <<'SPEAKERS'
speaker open-line-2026-12-07-excerpt s0031-s0035 "GEIR MOEN, SANDVIK, SKARVOY"
speaker radio-nordvik-phone-in-14-dec-ferry-fares-excerpt s0004-s0005,s0010,s0013-s0014,s0020,s0022,s0029,s0032-s0033 "Hege Lund"
speaker radio-nordvik-phone-in-14-dec-ferry-fares-excerpt s0006-s0009,s0011-s0012 "Arne, Brennholm"
speaker radio-nordvik-phone-in-14-dec-ferry-fares-excerpt s0015-s0019,s0021 "Marit, Skarvoy"
speaker radio-nordvik-phone-in-14-dec-ferry-fares-excerpt s0023-s0028,s0030-s0031 "Stein, Skarvoy"
speaker openline-2027-01-04-ferry-coop s0007-s0010,s0012-s0013,s0022-s0023 "Silje from Skarvoy"
speaker openline-2027-01-04-ferry-coop s0016-s0020 "Bjarne from Brennholm"
speaker openline-2027-01-04-ferry-coop s0025-s0029 "Oddvar from Skarvoy"
SPEAKERS

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go -------
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
note() { am meta "$1" --note "$2"; }
note scc-fl-014 "A resident's consultation response (form as text): once for a bridge, now for the islanders' cooperative; a link is too dear and too slow; Tollary's crew and board; a cooperative skipper answers to the island."
note scc-fl-022 "The holiday-home owners' association's response: concedes the anger about empty houses, then rejects a levy on second homes as too small and unfair; the ferry is the island's road and the state should sign a new contract."
note scc-fl-031 "The fish plant's response: cancelled first boats cost it 900,000 crowns; dearer fares would hit its lorries; only a tolled tunnel runs in any weather; Holmsund."
note scc-fl-037 "A young family's response ticking two options: a bridge in the long run (late shifts, the school's falling roll), the cooperative until then; against dearer fares."
note scc-fl-045 "The school parents' council's response: a cooperative cannot carry the boat's risk, dearer fares fall on families; the state pays for school transport everywhere else and should sign a new contract."
note scc-fl-052 "A retired economist's response: fares held too low for years; a 60 % rise for visitors and cars with a residents' card; a levy is a new tax with its own bureaucracy (Lindby's costs); a state grant only for the new boat."
note scc-fl-058 "The nature trust's response: a bridge or tunnel would harm the eiders and seals of the Sound; the ferry limits cars; a ring-fenced visitor levy and a second-home charge, part for a hybrid boat."
note scc-fl-066 "A mainland taxpayers' group's response: 5.2 million crowns a year is too much; no new state contract, no fixed link; users pay, with a residents' discount."
note a-cooperative-can-sail-the-sound "A former mate's letter to the local paper: a ferry is a job for a crew, not head offices; put-off maintenance under Vestsund; Tollary; the cooperative will need a grant; take over the ferry in 2029."
note make-the-summer-visitors-pay-their-share "A resident's letter: visitors make 95,000 crossings at residents' fares; a 5-crown landing charge and a second-home charge, ring-fenced; answers Dr Brandt's fare rise; Lindby."
note stop-patching-the-old-boat "A builder's letter: concedes the cooperative's goodwill, then every option but one patches the old boat; a tolled tunnel as at Holmsund; young families ask about getting to work."
note i-would-rather-pay-a-fair-fare "A mainland caravanner's letter answering Lise Moen: visitors should pay more, but through the fare with a residents' card, not a levy collected by the county."
note the-nation-owes-skarvoy-its-road "A retired civil servant's letter: no mainland village pays for its own road; every option asks how the island pays, not why; the council should demand a new state contract."
note dont-gamble-the-crews-jobs-on-a-co-op "A deckhand and union representative's letter answering Knut Rasmussen: a cooperative carries crew, refit and insurance risks alone; Tollary's small boat and pay cut; a new state contract keeps union terms."
note why-im-buying-a-share-in-the-ferry "An incomer's Hugo blog post: most options are about who pays, not who runs the boat; a visit to Tollary's cooperative; a grant still needed; buying a community share."
note the-arithmetic-of-a-small-ferry "A transport economist's Jekyll blog post: the state has said no, the levy is too small (475,000 crowns), the fare is the one lever big enough; a 60 % rise for visitors and cars with residents' fares frozen."
note tax-my-cottage-please "A second-home owner's Bear blog post: the Holiday Homes Association does not speak for her; her house stands empty while a teacher rents a room; a levy on visitors and second homes, not dearer fares."
note five-myths-about-the-tunnel "A fixed-link campaign's Wix blog post: five objections to a tunnel answered (cost over forty years, tolls, the seabed and the eiders, Holmsund's character, patching the ferry)."
note our-statement-on-the-ferry-consultation "The ferry users' group's statement (Google Sites): the state must keep paying under a new contract, the ferry is a road; a levy or fares make islanders pay twice; a cooperative with a state grant as second choice; a link not a plan for 2029."
note scc-minutes-2026-12-10-draft "The community council's draft minute (Markdown): the Chair and two councillors for a levy on visitors and second homes, one for a new state contract, one for the cooperative alongside the levy, one for a bridge; resolved 4-2 for the levy."
note open-line-2026-12-07-excerpt "A radio phone-in excerpt: three callers for a bridge or tunnel (cancellations, young people, Holmsund), one for the state to keep paying who answers them; the presenter argues nothing."
note radio-nordvik-phone-in-14-dec-ferry-fares-excerpt "A radio phone-in excerpt with timestamps: a mainland taxpayer and a ferry engineer for higher fares with a residents' card (Lindby's car fare); a guest-house owner for the state paying, against fares and a levy."
note openline-2027-01-04-ferry-coop "A radio phone-in excerpt transcribed by the cooperative's volunteers: a steering-group member and an old islander for the cooperative, a retired shipowner against it and for the state paying; Tollary's record."
note skarvoy-stores-window-notice-ocr "The island shop's window notice (typed up as text): backs the council's levy on visitors and second homes; a few crowns will not keep visitors away; dearer fares would raise its own delivery costs."
for s in scc-fl-014 scc-fl-022 scc-fl-031 scc-fl-037 scc-fl-045 scc-fl-052 scc-fl-058 scc-fl-066 \
    a-cooperative-can-sail-the-sound make-the-summer-visitors-pay-their-share \
    stop-patching-the-old-boat i-would-rather-pay-a-fair-fare the-nation-owes-skarvoy-its-road \
    dont-gamble-the-crews-jobs-on-a-co-op why-im-buying-a-share-in-the-ferry \
    the-arithmetic-of-a-small-ferry tax-my-cottage-please five-myths-about-the-tunnel \
    our-statement-on-the-ferry-consultation scc-minutes-2026-12-10-draft \
    open-line-2026-12-07-excerpt radio-nordvik-phone-in-14-dec-ferry-fares-excerpt \
    openline-2027-01-04-ferry-coop skarvoy-stores-window-notice-ocr; do
    am done "$s"   # read in full
done
am validate
