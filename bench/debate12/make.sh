#!/usr/bin/env bash
# Rebuild the held-out Tareva deep-sea mining debate from bench/debate12/raw/ into an empty
# folder, with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate12/make.sh /tmp/debate12      (from the repository root)
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

# 1. the project and its codebook: three stances on licensing Lomai Basin nodule mining ----
python3 -m argmap init "$OUT" --name "Should Tareva license deep-sea mining in its waters?"
am codebook rename stance for license
am codebook rename stance against moratorium
am codebook rename stance hedged uncommitted
am codebook edit stance license --label "Grant the licence" --symbol "▴" \
    --description "Tareva's Cabinet should grant Tareva Deep Minerals the 20-year licence to collect polymetallic nodules in the Lomai Basin, as the Seabed Minerals Authority recommends: the royalties and taxes would transform a small economy and its sovereign fund, the Act's bonds and monitoring can keep the harm small and far from any reef, and the world needs the nickel, cobalt and manganese for batteries without cutting more forests on land."
am codebook edit stance moratorium --label "No licence: a moratorium" --symbol "▾" \
    --description "Tareva should not license deep-sea mining now: pass the Seabed Moratorium Bill or pause for years, because almost nothing is known of the abyssal life that would be destroyed for good, sediment plumes may reach the tuna and the fishing grounds, a small authority cannot police a foreign company, the money is smaller and less certain than promised, and the chiefs and the people who hold the sea by custom have not consented."
am codebook edit stance uncommitted --label "No verdict yet" --symbol "◇" \
    --description "Takes no side on the Lomai Basin licence: weighs the revenue against the harm to the seabed and the fisheries without a verdict, says the science or the deal's terms are not yet clear enough to judge, lists what must be known first, or leaves the decision open."
am codebook add-question seabed-life --label "Life on the seabed" \
    --text "What would collecting nodules do to life in the Lomai Basin: the animals that live on and among the nodules, sediment plumes, noise and light, how much of the area is destroyed, and whether it recovers?"
am codebook add-question fishing --label "Tuna and fishing" \
    --text "Would mining harm Tareva's tuna and coastal fishing: plumes and discharge in the water column, the tuna licence fees, fishers' incomes and the food on families' tables?"
am codebook add-question revenue --label "Money and jobs" \
    --text "What would Tareva gain: royalties and taxes, the sovereign fund, jobs for Tarevans, the country's debt and aid, and whether the deal's terms are fair?"
am codebook add-question science-gaps --label "What is not known" \
    --text "Is enough known to decide: the baseline surveys of the basin, the test collection and its plume measurements, the environmental impact statement, species not yet described, and independent review of the company's science?"
am codebook add-question oversight --label "Regulator and company" \
    --text "Can Tareva regulate a foreign mining company: the Seabed Minerals Authority's staff and powers, the environmental bond, liability if something goes wrong, the company's owners and record, and the ship-based monitoring?"
am codebook add-question battery-metals --label "Metals for the energy transition" \
    --text "Does the world need seabed nickel, cobalt, manganese and copper for batteries and the energy transition, compared with mines on land, changing battery chemistry and recycling?"
am codebook add-question custom-consent --label "Custom and consent" \
    --text "Who should decide: customary rights to the sea, the Council of Chiefs, the churches, the villages, the public consultation, a referendum, and Parliament's Moratorium Bill?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R13) before any article was written or annotated -------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp license "grant the licence" "grant the license" "sign the licence" "issue the licence" \
    "approve the licence" "license the basin" "licence should be granted" \
    "go ahead with mining" "support mining" "support the licence" "in favour of mining" \
    "transform our economy" "transformational" "once in a generation" "sovereign fund" \
    "intergenerational fund" "royalties will" "pay for schools" "small footprint" \
    "no reef" "far from any reef" "well regulated" "strict conditions" "world-class" \
    "responsible mining" "nodules lying on" "lying on the seabed" "without cutting forests" \
    "rainforest mines" "clean energy needs" "we cannot afford to say no" "our right to develop"
sp moratorium "moratorium" "precautionary pause" "pause mining" "ban deep-sea mining" \
    "ban seabed mining" "no licence" "no license" "not license" "refuse the licence" \
    "reject the licence" "do not sign" "don't sign" "say no to" "stop the licence" \
    "destroyed for good" "gone forever" "irreversible" "millions of years to grow" \
    "we know more about the moon" "undescribed species" "plume* reach*" "poison the tuna" \
    "not for sale" "our ocean is not" "not until the science" "not before the chiefs" \
    "exploration only" "cannot police" "foreign company" "false solution" "leave them there"
sp uncommitted "no verdict" "too early to say" "too early to tell" "not yet clear" \
    "have not made up" "haven't made up my mind" "still making up" "open question" \
    "on one hand" "on the other hand" "what we need to know" "questions remain" \
    "cannot yet judge" "hard to judge" "weigh* the" "honestly unsure" "genuinely torn" \
    "reserve judgement" "depends what" "i can see both" "before anyone decides" \
    "need to see the" "would change my mind" "undecided"
qp seabed-life "nodule*" "seabed" "sea floor" "seafloor" "abyssal" "species" "sponge*" \
    "octopus*" "xenophyophore*" "sediment" "plume*" "ecosystem*" "habitat*" "biodiversity" \
    "recover*" "collector track*" "noise" "deep sea" "deep-sea life" "animals"
qp fishing "tuna" "fish" "fishing" "fisher*" "fishermen" "fishery" "fisheries" "reef*" \
    "catch" "skipjack" "yellowfin" "purse seine*" "licence fees" "canoe*" "lagoon" \
    "food" "water column" "midwater"
qp revenue "royalt*" "tax*" "revenue*" "dollars" "million" "gdp" "economy" "budget" \
    "debt" "aid" "jobs" "employ*" "wages" "income" "sovereign fund" "trust fund" \
    "profit*" "terms" "investment"
qp science-gaps "baseline" "survey*" "study" "studies" "scientist*" "science" \
    "data" "unknown" "uncertain*" "impact statement" "eis" "test collection" "trial" \
    "monitoring data" "peer review*" "independent review" "describe*" "research"
qp oversight "authority" "regulat*" "regulator" "bond" "liability" "liable" "enforce*" \
    "inspector*" "observer*" "coriolis" "tdm" "company" "owners" "shell company" \
    "bankrupt*" "insurance" "compliance" "penalt*" "seabed minerals act"
qp battery-metals "nickel" "cobalt" "manganese" "copper" "batter*" "electric car*" \
    "electric vehicle*" "ev" "evs" "energy transition" "clean energy" "climate" \
    "land mine*" "rainforest*" "recycl*" "lfp" "critical minerals" "lithium" "carbon"
qp custom-consent "chief*" "council of chiefs" "custom*" "customary" "village*" "church*" \
    "consent" "consult*" "consultation" "referendum" "vote" "parliament" "assembly" \
    "moratorium bill" "land and sea" "ancestors" "tradition*" "elders" "community"
