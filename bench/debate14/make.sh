#!/usr/bin/env bash
# Rebuild the held-out debate on removing the Kessel Dam from the River Lysa from
# bench/debate14/raw/ into an empty folder, with argmap's own commands only (no JSON edited
# by hand).
#   bash bench/debate14/make.sh /tmp/debate14      (from the repository root)
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

# 1. the project and its codebook: three stances on an old hydro dam and its river --------
python3 -m argmap init "$OUT" \
    --name "Should Eskerland remove the Kessel Dam to restore the River Lysa?"
am codebook rename stance for remove
am codebook rename stance against retrofit
am codebook rename stance hedged no-call
am codebook edit stance remove --label "Take the dam down" --symbol "≋" \
    --description "The Regional Council should choose option A and remove the Kessel Dam: a free-flowing Lysa would let salmon, sea trout and eels back to 70 km of spawning and nursery water that no fish pass reaches well, removal is the cheaper option once the national River Restoration Fund pays its share, it ends the dam's safety liability for good, and its 4.6 MW (half a per cent of the region's power) are easily replaced by wind and sun; the sediment can be managed and the town's water intake replaced, and the lost lake gives back a living river valley."
am codebook edit stance retrofit --label "Keep and upgrade the dam" --symbol "▣" \
    --description "The Council should keep the Kessel Dam and rebuild it (option B, or at least repair it): a new spillway, a fish pass and an eel pass, and new turbines; it gives low-carbon, steady and flexible power, Lake Kessel is a community (homes, the sailing club, swimming, angling, tourism) and a listed piece of industrial heritage, it holds the drinking water of Kesselby and buffers floods, the polluted sediment behind it is safest left where it is, and removal is an expensive, irreversible gamble on the salmon coming back."
am codebook edit stance no-call --label "No verdict" --symbol "◌" \
    --description "Takes no side on the Kessel Dam: weighs the river and its fish against the power, the lake and the costs without a verdict, says the evidence (the sediment survey, how well a fish pass would work, the flood model, the real costs) is not yet clear or cuts both ways, asks for information before a verdict, or leaves the decision to the Council."
am codebook add-question salmon-eels --label "Salmon, eels and the river's life" \
    --text "What would each option do for migratory fish and the river's ecology: salmon, sea trout and eels reaching the spawning and nursery water upstream, how well fish passes and eel passes work, smolts in turbines and in the lake, the river's insects, mussels and birds, and how fast a river recovers?"
am codebook add-question hydropower --label "Hydropower and the climate" \
    --text "What happens to the power the dam makes: its output and the homes it supplies, low-carbon and flexible power for the grid, the region's renewable targets, what would replace it (wind, solar), new turbines, and the reservoir's own emissions?"
am codebook add-question sediment --label "Sediment and pollution" \
    --text "What happens to the sediment behind the dam: how much there is, the mercury and chromium from the old tannery and paper mill, dredging and landfill, letting it move downstream, turbid water, the estuary's mussel beds and the harbour?"
am codebook add-question price-tag --label "Costs and who pays" \
    --text "What does each option cost and who pays: removal against rebuilding, the River Restoration Fund and other grants, lost power income, the costs over forty years, the regional tax, the owner's liability?"
am codebook add-question floods-water --label "Floods and drinking water" \
    --text "What happens to floods, low flows and water supply: the flood risk in Kesselby and downstream, the flood model, the town's drinking-water intake in the lake, droughts and farm irrigation?"
am codebook add-question lake-life --label "The lake and its community" \
    --text "What happens to Lake Kessel and the people around it: lakeside homes and their value, the sailing club, swimming and pike angling, summer tourism, the dam as industrial heritage, the road over the crest, and what a restored valley would offer instead?"
am codebook add-question dam-safety --label "The dam's safety" \
    --text "Is the dam safe, and what must be done: the spillway too small for the design flood, ageing concrete, the Dam Safety Authority's deadline, the risk of failure, and who carries the liability?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp remove "remove the dam" "removing the dam" "take the dam down" "take it down" \
    "tear it down" "pull the dam" "dam removal" "remove kessel" "option a" \
    "free-flowing" "free flowing" "free the river" "set the river free" "let the river run" \
    "restore the river" "river restoration" "living river" "rewild*" "reconnect*" \
    "salmon back" "salmon will return" "fish back" "back upstream" "spawning grounds" \
    "fish passes don't work" "fish ladders fail" "no fish pass" "cheaper to remove" \
    "restoration fund pays" "ends the liability" "once and for all" "obsolete" \
    "outlived its purpose" "a tiny amount of power" "easily replaced" "half a per cent" \
    "relic" "let it go"
sp retrofit "keep the dam" "keeping the dam" "save the lake" "save lake kessel" \
    "upgrade the dam" "rebuild the dam" "repair the dam" "option b" "retrofit*" \
    "new spillway" "fish pass and" "build a fish pass" "new turbines" "clean power" \
    "low-carbon power" "steady power" "flexible power" "every kilowatt" \
    "our lake" "lakeside homes" "sailing club" "our community" "heritage" "listed" \
    "leave the sediment" "stir up the mud" "toxic mud" "irreversible" "gamble" \
    "no guarantee the salmon" "drinking water" "hold back floods" "flood buffer" \
    "don't drain" "do not drain" "mudflat*" "lose the lake"
sp no-call "not sure" "undecided" "on balance it is hard" "hard to call" \
    "too early to say" "on the one hand" "on the other hand" "open question" \
    "we do not know yet" "we don't know yet" "not yet clear" "unclear" "both options" \
    "trade-off*" "depends on" "need more information" "before deciding" "cuts both ways" \
    "it is for the council" "up to the council" "no easy answer" "sit on the fence"
qp salmon-eels "salmon" "sea trout" "trout" "eel*" "smolt*" "fish pass*" "fish ladder*" \
    "eel pass*" "migrat*" "spawn*" "nursery" "upstream" "downstream passage" "juvenile*" \
    "pike" "predat*" "insects" "mussel*" "otter*" "biodiversity" "ecolog*" "habitat*" \
    "fish count*" "anglers" "river life"
qp hydropower "hydro*" "power station" "turbine*" "megawatt*" "mw" "gwh" "kilowatt*" \
    "electricity" "renewable*" "low-carbon" "carbon" "climate" "grid" "homes supplied" \
    "wind" "solar" "output" "generat*" "methane" "emission*" "energy"
qp sediment "sediment*" "silt*" "mud" "mercury" "chromium" "heavy metal*" "contaminat*" \
    "pollut*" "toxic" "tannery" "paper mill" "dredg*" "landfill" "turbid*" "estuary" \
    "harbour" "drawdown" "gravel" "flush*"
qp price-tag "cost*" "million" "€" "euro*" "cheap*" "expensive" "budget*" "restoration fund" \
    "grant*" "subsid*" "tax*" "ratepayer*" "revenue" "income" "forty years" "40 years" \
    "afford*" "pays" "paying" "money" "value for money" "liabilit*"
qp floods-water "flood*" "high water" "peak flow*" "low flow*" "drought*" "drinking water" \
    "water supply" "intake" "wells" "groundwater" "irrigat*" "kesselby" "flood model" \
    "hydrolog*" "rainfall" "storm*"
qp lake-life "lake kessel" "the lake" "lakeside" "cottage*" "house prices" "property" \
    "sailing" "swimm*" "beach" "pike angling" "tourism" "tourist*" "visitors" \
    "heritage" "power house" "art deco" "1931" "the road" "crest" "community" "valley" \
    "walking" "kayak*"
qp dam-safety "safety" "safe" "unsafe" "spillway" "design flood" "concrete" "crack*" \
    "inspection" "dam safety authority" "deadline" "2031" "failure" "fail" "collapse" \
    "breach" "risk" "ageing" "aging" "repair*"
