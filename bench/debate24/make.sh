#!/usr/bin/env bash
# Rebuild the held-out debate on whether Brennholm should ban short-term holiday lets (whole
# homes rented to tourists through platforms) in its old town, from bench/debate24/raw/ into an
# empty folder, with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate24/make.sh /tmp/debate24      (from the repository root)
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

# 1. the project and its codebook: a ban, a licence with caps (the middle), and the market ----
# (three stances on an ordered scale and no stance for no verdict: the brief's shape)
python3 -m argmap init "$OUT" \
    --name "Should Brennholm ban short-term holiday lets in its old town?"
am codebook rename stance for ban-holiday-lets
am codebook rename stance against leave-to-market
am codebook remove stance hedged
am codebook edit stance ban-holiday-lets --label "Ban whole-home holiday lets in the old town" \
    --symbol "▼" \
    --description "Brennholm should allow no new and no renewed whole-home holiday lets (homes rented to tourists by the night through platforms) in the old town, so that the homes go back to people who live there: holiday lets have taken homes off the market and pushed up rents, emptied the streets of neighbours, schools and everyday shops, and a licence or a night cap cannot be enforced on platforms that hide their hosts; other cities that banned them got homes back."
am codebook add-stance licence-and-cap --label "Allow them under a licence, a night cap and a street quota" \
    --symbol "◐" --axis 0 --color "#6a8f3a" \
    --description "No ban, but no free market either: every whole-home holiday let needs a council licence (safety, a named contact, a number shown on every listing), may be let for at most a capped number of nights a year, and each street of the old town has a quota of licences, with platforms made to share data and remove unlicensed listings. It shares the ban side's worries about homes and neighbours and the market side's objection to taking away owners' income and tourism jobs."
am codebook move stance licence-and-cap 2
am codebook edit stance leave-to-market --label "No new rules: leave it to the market" --symbol "▲" \
    --description "No ban, no licence and no caps beyond the rules that exist: owners have the right to let their property as they choose, holiday lets bring visitors, spending and jobs the old town lives on, many hosts are ordinary families who need the income, holiday lets are too few to explain rents (the cause is too little building), and noise, rubbish and fire safety are met by enforcing the existing laws against the few bad hosts."
am codebook add-question housing-supply-rents --label "Homes and rents" \
    --text "What holiday lets do to homes for residents: homes taken off the long-term market, rents and prices, how many flats would come back, building and the city's housing shortage?"
am codebook add-question tourism-economy --label "Tourism and the local economy" \
    --text "What holiday lets bring to or cost the city's economy: visitors' spending, tourism and cleaning jobs, hotels, shops and restaurants, tourist tax, the city's appeal to visitors?"
am codebook add-question neighbourhood-life --label "Neighbourhood life" \
    --text "What holiday lets do to the life of the old town's streets: noise, rubbish, suitcases and key boxes, neighbours who leave, schools, everyday shops and a community that knows itself?"
am codebook add-question property-rights --label "Owners' rights" \
    --text "Owners' rights over their property: whether the council may tell an owner how to use a home, take away a lawful use, what is a fair restriction and what amounts to taking property?"
am codebook add-question enforcement-data --label "Enforcement and data" \
    --text "Whether rules can be enforced and known: registration, licences and numbers on listings, platforms' data, inspectors, fines, unlicensed and hidden listings, what the counts show?"
am codebook add-question fairness-to-hosts --label "Fairness to hosts" \
    --text "Fairness to the people who let: families letting a spare flat or their own home while away, small hosts against companies with many listings, existing hosts' investments and loans, compensation and transition?"
am codebook add-question evidence-from-other-cities --label "Evidence from other cities" \
    --text "What other cities that banned, licensed, capped or left holiday lets alone show: homes returned, rents, tourism, enforcement, listings that moved elsewhere?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R7-R12) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp ban-holiday-lets "ban holiday lets" "ban short-term" "ban whole-home" "ban them" "the ban" \
    "old town homes order" "homes order" "homes back" "give the homes back" "back to residents" \
    "homes for residents" "homes not hotels" "not hotels" "hollowed out" "ghost town" \
    "museum" "theme park" "key box*" "keybox*" "lockbox*" "suitcase*" "wheelie" \
    "no neighbours" "no one lives" "nobody lives" "empty at night" "dark windows" \
    "last family" "school closed" "cannot be enforced" "can't be enforced" "unenforceable" \
    "a cap is a number on paper" "loophole*" "investors" "portfolio*" "commercial hosts" \
    "hotel by stealth" "de facto hotel*" "valtenburg" "stop renewing" "no renewals" \
    "not renew*" "phase out" "phase them out" "end whole-home" "sign the petition" \
    "save the holm" "residents first" "enough is enough"
sp licence-and-cap "licence" "licensing" "licensed" "licences" "license" "night cap" \
    "90 nights" "90-night" "ninety nights" "nights a year" "street quota" "quota per street" \
    "one in ten" "one licence per" "cap the nights" "cap on nights" "registration number" \
    "number on every listing" "platforms must share" "data sharing" "share data" "take down" \
    "delist" "unlicensed listings" "revoke" "three strikes" "sarnaby"  \
    "in between" "sensible rules" "rules not a ban" "regulate not ban" "not a ban but" \
    "short of a ban" "too blunt" "proportionate" "balanced" \
    "fair rules" "named contact" "local contact" "liberal group"
sp leave-to-market "leave it to the market" "no new rules" "red tape" "bureaucra*" \
    "nanny" "my property" "our property" "my own home" "owners' rights" "property rights" \
    "right to let" "free country" "government overreach" "overreach" "enforce the existing" \
    "existing law*" "existing rules" "noise bylaw" "bad apples" "a few bad hosts" \
    "handful of" "build more homes" "not the cause" "real cause" \
    "supply problem" "tourism jobs" "cleaners" "cleaning jobs" "spending" "visitors spend" \
    "hosts' association" "pension" "pays the mortgage" "side income" "extra income" \
    "lisvik" "ban by stealth" "won't work" "drive tourists away" "hotels want" \
    "hotel lobby" "market will" "let the market" "freedom"
qp housing-supply-rents "rent*" "housing" "homes" "home*" "flat*" "apartment*" "tenant*" \
    "landlord*" "long-term" "evict*" "price*" "afford*" "waiting list" "build*" "shortage"
qp tourism-economy "touris*" "visitor*" "jobs" "economy" "spend*" "hotel*" "restaurant*" \
    "café*" "cafe*" "tourist tax" "overnight stays" "bookings" "guests" "cleaning" "income"
qp neighbourhood-life "neighbour*" "noise" "noisy" "party" "parties" "rubbish" "bins" \
    "key box*" "suitcase*" "stag" "community" "school*" "shop*" "baker*" "street life" \
    "sleep" "quiet"
qp property-rights "property" "owner*" "rights" "my home" "own home" "freedom" "confiscat*" \
    "expropriat*" "lawful" "court*" "legal challenge" "compensat*"
qp enforcement-data "enforce*" "register*" "registration" "inspector*" "fine*" "penalt*" \
    "platform data" "data" "unlicensed" "unregistered" "listing*" "staynest" "homiq" "count*" \
    "complaint*"
qp fairness-to-hosts "hosts" "host" "small host*" "famil*" "pension*" "mortgage*" "loan*" \
    "invest*" "multi-listing" "companies" "company" "transition" "grandfather*" \
    "livelihood*" "retire*"
qp evidence-from-other-cities "valtenburg" "sarnaby" "lisvik" "other cities" "barcelona" \
    "amsterdam" "elsewhere" "abroad" "in other cities" "the experience of" "city of"
