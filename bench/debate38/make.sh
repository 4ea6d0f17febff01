#!/usr/bin/env bash
# Rebuild the held-out debate on whether the (invented) country of Lunderholm's football league
# should drop its fan-majority rule and let investors take control of clubs, from
# bench/debate38/raw/ into an empty folder, with argmap's own commands only (no JSON edited by
# hand).
#   bash bench/debate38/make.sh /tmp/debate38      (from the repository root)
# Step order is the order it was made in: codebook, then patterns (from the codebook's
# definitions and guide.md only, committed before any article existed), then the articles,
# then the annotations (gold.tsv, following guide.md, one `argmap import`).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:?usage: make.sh EMPTY_DIR}
if [ -e "$OUT" ] && [ -n "$(ls -A "$OUT")" ]; then
    echo "make.sh: $OUT is not empty" >&2
    exit 2
fi
am() { python3 -m argmap --project "$OUT" "$@"; }

# 1. the project and its codebook: three stances, the two sides and a middle one that takes
#    exceptions for long-standing backers, a trial, or no verdict
python3 -m argmap init "$OUT" --name "Should Lunderholm's football league drop its fan-majority rule and let investors take control of clubs?"
am codebook rename stance for allow-investor-control
am codebook rename stance against keep-fan-majority
am codebook rename stance hedged case-by-case
am codebook edit stance allow-investor-control --label "Drop the rule: let investors take control" \
    --description "Scrap the members' majority rule (50 % + 1 of every club's votes held by its members) and let an investor own a controlling stake: the league's clubs lose abroad, run up debts and cannot build stadiums; owners bring money and professional management, and the rule may not survive a challenge at law."
am codebook edit stance keep-fan-majority --label "Keep the fan majority" \
    --description "Keep the rule as it is, for every club: members must keep 50 % + 1 of the votes; fan ownership keeps tickets cheap, clubs rooted in their towns and accountable to their supporters; investor owners load clubs with debt, raise prices, move or rename clubs and leave when the money runs out."
am codebook edit stance case-by-case --label "Exceptions, a trial, or no verdict yet" \
    --description "Neither keep the rule untouched nor drop it: exceptions for backers who have funded a club for twenty years or more, a trial with a few clubs and safeguards (a golden share, a fit-and-proper test, a fan veto on name, colours and ground), or wait for the Competition Authority's ruling and the league's review before deciding."
am codebook add-question competitiveness-abroad --label "Competing abroad" \
    --text "Does the fan-majority rule keep Lunderholm's clubs from competing in continental cups and keeping their best players?"
am codebook add-question ticket-prices --label "Ticket prices" \
    --text "Would investor owners raise ticket prices, or does fan ownership keep football affordable?"
am codebook add-question club-identity --label "Club identity" \
    --text "Would investor control change a club's name, colours, ground or bond with its town and supporters?"
am codebook add-question debt-and-finances --label "Debts, finances and stadiums" \
    --text "Do clubs need investors' money to pay their debts and build stadiums, or would owners load them with debt?"
am codebook add-question governance-accountability --label "Who runs the club" \
    --text "Who should decide at a club, and who holds owners or members' boards to account?"
am codebook add-question legal-challenge --label "The rule at law" \
    --text "Will the rule survive the Competition Authority's review or a challenge in court?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp allow-investor-control "drop the rule" "scrap the rule" "scrap the members' majority" \
    "abolish the rule" "get rid of the rule" "end the rule" "let investors in" "let owners in" \
    "let investors take control" "a controlling stake" "majority stake" "outside investment" \
    "fresh capital" "new money" "serious money" "proper owner*" "a real owner" "owner-led" \
    "professional management" "professionally run" "run like a business" "left behind" \
    "falling behind" "can't compete" "cannot compete" "we can't keep" "sell our best" \
    "selling league" "feeder league" "knocked out in the qualifiers" "first qualifying round" \
    "coefficient" "tv money" "broadcast deal" "the money is elsewhere" "skint" "broke" \
    "brick by brick" "new stadium" "crumbling" "let them buy" "sell the club" "sell up" \
    "open the league" "open for business" "level playing field" "join the modern game" \
    "stuck in the past" "romantic*" "nostalgia" "museum" "the rule is dead" \
    "won't survive" "will not survive" "restraint of trade" "unlawful" "anti-competitive"
sp keep-fan-majority "keep the rule" "keep the fan majority" "keep fifty plus one" "50+1" \
    "fifty-plus-one" "members' majority" "fan-owned" "fan owned" "owned by the fans" \
    "owned by its members" "our club" "our clubs" "not for sale" "hands off" "never sell" \
    "sportswashing" "sportswash*" "petrol state" "oil money" "sovereign fund" "private equity" \
    "asset strip*" "leveraged" "loaded with debt" "saddled with debt" "pile of debt" \
    "owners leave" "walk away" "plaything" "toy" "a franchise" "franchise football" \
    "rename the club" "move the club" "change the colours" "our colours" "our ground" \
    "cheap tickets" "affordable tickets" "standing terrace*" "terraces" "price us out" \
    "priced out" "tourist*" "day-trippers" "one member, one vote" "members decide" \
    "accountable to the fans" "answer to the members" "against modern football" \
    "what could go wrong" "football without fans" "soul" "heritage" "community club" \
    "the people's game" "belongs to the people" "we are the club"
sp case-by-case "an exception" "exceptions" "exemption*" "long-standing backer*" \
    "twenty years" "20 years" "a trial" "trial period" "pilot" "pilot clubs" "a test case" \
    "case by case" "case-by-case" "club by club" "safeguards" "golden share" "fan veto" \
    "veto on" "fit and proper" "fit-and-proper" "ring-fence*" "sunset clause" "review it" \
    "a review" "wait for the ruling" "wait and see" "before deciding" "too early to say" \
    "no verdict" "not yet" "both sides" "on the one hand" "on the other hand" "middle way" \
    "a compromise" "halfway" "third way" "tweak the rule" "reform the rule" "amend the rule" \
    "loosen" "softer version" "with conditions" "conditional*" "it depends" "depends on" \
    "neither" "not so simple" "not black and white"
qp competitiveness-abroad "continental cup" "continental" "europe*" "abroad" "qualifiers" \
    "qualifying round" "coefficient" "best players" "sell our best" "foreign league*" \
    "aldmark" "compete" "competitive*" "transfer*" "wages" "squad"
qp ticket-prices "ticket*" "season ticket*" "prices" "price" "standing" "terrace*" \
    "afford*" "cheap" "expensive" "crowns" "kids go free" "beer" "pie*"
qp club-identity "identity" "name" "badge" "colours" "crest" "ground" "heritage" "history" \
    "town" "community" "roots" "soul" "tradition*" "rename*" "relocat*" "franchise"
qp debt-and-finances "debt*" "loss*" "bankrupt*" "administration" "finances" "financial*" \
    "money" "stadium" "stands" "rebuild" "investment" "capital" "budget" "revenue" "skint" \
    "broke" "wage bill" "loan*"
qp governance-accountability "members" "vote*" "voting" "board" "AGM" "accountab*" \
    "governance" "elect*" "owner*" "decide*" "say in" "run the club" "democra*" "control"
qp legal-challenge "competition authority" "LCA" "court" "lawyer*" "legal*" "lawful" \
    "unlawful" "ruling" "challenge" "complaint" "restraint of trade" "statute*" "judge*"
