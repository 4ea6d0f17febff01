#!/usr/bin/env bash
# Rebuild the held-out debate on how the (invented) city-region of Marisvale should meet its
# growing air traffic, from bench/debate30/raw/ into an empty folder, with argmap's own
# commands only (no JSON edited by hand).
#   bash bench/debate30/make.sh /tmp/debate30      (from the repository root)
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

# 1. the project and its codebook: three options, none on one axis with another (each attacks
#    both others; there is no middle and no stance for no verdict) ----------------------------
python3 -m argmap init "$OUT" --name "How should Marisvale meet its growing air traffic?"
am codebook rename stance for second-runway
am codebook rename stance against no-new-capacity
am codebook rename stance hedged regional-airport
am codebook edit stance second-runway --label "A second runway at Marisvale Airport" \
    --symbol "▲" --axis 0 \
    --description "Build Runway 2, a second full-length runway south of the existing one at Marisvale Airport, as the airport's owner proposes: demand will keep growing, the one runway is full at peak hours, the capacity belongs where the passengers, the airlines and the long-haul routes already are, the owner pays for the runway, and jobs, trade and connections follow. Argues against moving growth to Oldbridge (airlines will not split, the rail link is slow and costly to the public) and against refusing growth (passengers and money leak to other airports)."
am codebook edit stance regional-airport --label "Expand Oldbridge and link it by rail" \
    --symbol "◆" --axis 0 \
    --description "Leave Marisvale Airport with one runway and put the growth at the small Oldbridge regional airport instead: lengthen its runway, build a terminal and reopen the Oldbridge branch line with a new rail link to Marisvale Central. Fewer people under its flight paths (approaches over the estuary), jobs in the north where unemployment is high, no homes demolished at Hesketh Green, passengers arriving by train. Argues against Runway 2 (noise, homes, roads) and against no growth at all (people will fly anyway, the north needs the work)."
am codebook edit stance no-new-capacity --label "No new capacity anywhere" \
    --description "No new runway anywhere, neither at Marisvale nor at Oldbridge: manage demand within the present runway (a frequent-flyer levy, an end to night flights, a cap on movements), move short trips to rail, and spend the money on the region's own transport. Aviation's emissions must fall, the forecasts of growth have been wrong before, the growth is mostly leisure trips by frequent flyers, and noise harms health. Argues against Runway 2 and against the Oldbridge plan alike (each adds flights; Oldbridge only moves the noise and the carbon north)." \
    --symbol "■" --axis 0
am codebook move stance regional-airport 2
am codebook add-question noise-health --label "Noise and health" \
    --text "Who would live under the new flight paths, by day and by night, and what does aircraft noise do to sleep, health and children's learning?"
am codebook add-question climate-emissions --label "Climate and emissions" \
    --text "What would more flights do to the region's carbon budget and climate targets, and can cleaner aircraft or fuels make growth compatible with them?"
am codebook add-question jobs-economy --label "Jobs and the economy" \
    --text "What jobs, trade, tourism and business connections does each option bring or lose, and where in the region?"
am codebook add-question cost-who-pays --label "Cost and who pays" \
    --text "What does each option cost, who pays (the airport's owner, passengers, taxpayers, the region), and what is the risk of overruns?"
am codebook add-question surface-access --label "Getting to the airport" \
    --text "How do passengers and workers reach each airport: roads and congestion, the rail link to Oldbridge, public transport shares, the train as a substitute for short flights?"
am codebook add-question demand-forecasts --label "Demand forecasts" \
    --text "Will air traffic grow as forecast, can the existing runway cope with it, and where would passengers go if Marisvale did not grow?"
am codebook add-question land-nature --label "Homes, land and nature" \
    --text "What would each option take: homes demolished at Hesketh Green, green-belt farmland, the protected Oldbridge Flats wetlands and their birds?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R7-R14) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp second-runway "runway 2" "second runway" "build the runway" "a new runway at marisvale" \
    "runway is full" "at its limit" "44 movements" "every slot" "no spare slots" \
    "turned away" "airlines want" "airlines will not" "airlines won't" "long-haul route*" \
    "hub" "where the passengers are" "where the airlines are" "horizon 2045" \
    "vale air holdings" "privately funded" "the owner pays" "no cost to the taxpayer" \
    "8,200" "direct jobs" "connectivity" "global connections" "inward investment" \
    "leak* to caldrin" "drive to caldrin" "fly from caldrin" "passengers will go elsewhere" \
    "split operation*" "port tenner" "nobody flies from oldbridge" "too far north" \
    "52 km" "the demand is there" "growth is coming" "quieter aircraft" "newer aircraft" \
    "the new generation of aircraft" "noise insurance" "compensation scheme" \
    "sustainable aviation fuel" "one runway is not enough" "catch up" "competitor cities" \
    "stand still" "managed decline" "close the door on growth" "pull up the drawbridge" \
    "approve the runway" "back the runway" "support runway 2" "preferred option"
sp regional-airport "oldbridge" "expand oldbridge" "regional airport" "branch line" \
    "rail link" "38 minutes" "the train to the terminal" "reopen the line" \
    "over the estuary" "over the water" "7,000 people" "fewer people under" \
    "the north" "northern towns" "9.3 %" "9.3%" "unemployment" "levelling up" \
    "where the jobs are needed" "spread the growth" "share the growth" "second airport" \
    "two airports" "a network of airports" "save hesketh green" "hesketh green" \
    "214 homes" "our village" "not in a village" "rail-connected airport" \
    "by train to the plane" "put the growth" "move the growth" "not against flying" \
    "we are not against" "regional growth" "coastal" "new terminal" "lengthen the runway" \
    "2,700" "oldbridge option" "back oldbridge" "support oldbridge" "the better site"
sp no-new-capacity "no new runway" "no new capacity" "no expansion" "no runway anywhere" \
    "neither runway" "frequent-flyer levy" "frequent flyer levy" "frequent flyers" \
    "first flight free" "levy" "demand management" "manage demand" "cap on flights" \
    "cap the flights" "movement cap" "night flights" "night ban" "end night flights" \
    "carbon budget" "climate target*" "climate emergency" "net zero" "29 %" "29%" \
    "emissions must fall" "fly less" "flying less" "15 %" "68 %" "a few people fly" \
    "leisure trips" "short-haul" "under 500 km" "by rail instead" "the fast line" \
    "2 h 05" "two hours by train" "forecasts were wrong" "2009 masterplan" "27 million" \
    "predict and provide" "greenwashing" "jam tomorrow" "moves the noise" \
    "moves the carbon" "just moves the problem" "more flights" "induced demand" \
    "stranded asset*" "the present runway" "existing runway" "make do" "within limits"
qp noise-health "noise" "night flight*" "sleep" "flight path*" "contour" "decibel*" \
    "54 db" "lden" "overflown" "heart" "blood pressure" "school*" "classroom*" "quiet" \
    "loud" "health"
qp climate-emissions "climate" "carbon" "emission*" "co2" "net zero" "sustainable aviation fuel" \
    "saf" "electric plane*" "hydrogen" "warming" "offset*" "carbon budget"
qp jobs-economy "job*" "employ*" "unemployment" "economy" "economic" "business*" "tourism" \
    "trade" "investment" "gva" "wages" "apprentice*" "connectivity" "exports"
qp cost-who-pays "cost*" "€" "billion" "million" "taxpayer*" "public money" "public purse" \
    "overrun*" "who pays" "funded" "subsid*" "afford" "price" "fares"
qp surface-access "road*" "motorway" "junction" "a61" "traffic" "congestion" "rail link" \
    "branch line" "train*" "station" "bus*" "car park*" "commute" "drive" "fast line"
qp demand-forecasts "forecast*" "demand" "passenger numbers" "million passengers" "growth" \
    "capacity" "slots" "peak hour*" "leak*" "predict*" "horizon 2045" "34 million"
qp land-nature "homes" "demolish*" "hesketh green" "green belt" "farmland" "fields" \
    "wetland*" "oldbridge flats" "birds" "waders" "habitat*" "protected" "village" \
    "countryside" "nature"
