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
