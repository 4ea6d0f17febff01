#!/bin/sh
# Rebuild the held-out rent-cap debate from bench/debate2/raw/ into an empty folder,
# with argmap's own commands only (no JSON edited by hand).
#   sh bench/debate2/make.sh /tmp/debate2      (from the repository root)
# Step order is the order it was made in: codebook, then patterns (from the codebook's
# definitions and guide.md only), then the articles, then the annotations by hand.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:?usage: make.sh EMPTY_DIR}
if [ -e "$OUT" ] && [ -n "$(ls -A "$OUT")" ]; then
    echo "make.sh: $OUT is not empty" >&2
    exit 2
fi
am() { python3 -m argmap --project "$OUT" "$@"; }

# 1. the project and its codebook -------------------------------------------------------
python3 -m argmap init "$OUT" --name "Rent caps"
am codebook rename stance for pro-cap
am codebook rename stance against anti-cap
am codebook edit stance pro-cap --label "Pro cap" \
    --description "Argues that rents should be capped or frozen, that caps protect tenants, or that the harms critics predict are small, avoidable or worth bearing."
am codebook edit stance anti-cap --label "Anti cap" \
    --description "Argues against rent caps: that they shrink or degrade the rental supply, lock tenants in, help the wrong people, or that other policies should be used instead."
am codebook edit stance hedged --label "Hedged" \
    --description "Takes a qualified or two-sided position: a cap only as temporary or alongside building, conditional support, costs and benefits weighed, or open uncertainty about the evidence."
am codebook add-question affordability --label "Affordability" \
    --text "Do rent caps keep housing affordable and protect sitting tenants from steep rises, displacement and eviction?"
am codebook add-question supply --label "Supply" \
    --text "Do rent caps reduce the building and supply of rental homes (less investment, fewer new lets, flats sold off or turned into short-term lets)?"
am codebook add-question maintenance --label "Maintenance" \
    --text "Do rent caps make landlords neglect repairs, quality and energy renovation of the homes they let?"
am codebook add-question mobility --label "Mobility" \
    --text "Do rent caps lock tenants into their flats and misallocate homes between insiders and newcomers (less moving, queues, mismatched flats)?"
am codebook add-question targeting --label "Who benefits" \
    --text "Who gains and who pays: are caps fair and well targeted at tenants in need, and what do they do to small landlords?"
am codebook add-question alternatives --label "Alternatives" \
    --text "Should the city rely on other policies instead of, or besides, a cap: building more, social and public housing, housing allowances, planning reform?"
am codebook add-question design --label "Design" \
    --text "How should a cap be designed, enforced and limited: freeze or indexed ceiling, exemptions for new build, rents between tenancies, enforcement, time limits, legality?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R7-R11) before any article was written or annotated ------------------------------
sp() { am patterns add stance "$@"; }
qp() { am patterns add question "$@"; }
for p in "cap* rents" "freez* rents" "rent freeze" "protect* tenants" "protect* renters" \
         "tenants * afford" "price* out" "displace*" "evict*" "landlords * profit*" \
         "speculat*" "security of tenure" "cap * works" "caps work" "introduce * cap" \
         "support * cap" "breathing space" "harms * exaggerat*"; do sp pro-cap "$p"; done
for p in "reduce* * supply" "fewer * homes" "fewer * flats" "less investment" \
         "deter* * invest*" "black market" "economists" "disrepair" "neglect*" "lock* in" \
         "misallocat*" "scrap * cap" "repeal*" "unintended consequences" "shortage*" \
         "build more" "does more harm" "better off tenants" "caps fail" "sold off"; do
    sp anti-cap "$p"; done
for p in "on the other hand" "trade-off*" "depends on" "temporary" "stopgap" "only if" \
         "evidence is mixed" "both sides" "well designed" "carefully designed" \
         "in the short term" "long term" "silver bullet" "sunset clause" "breathing room" \
         "costs and benefits" "not * panacea" "uncertain*"; do sp hedged "$p"; done
for p in "afford*" "rent* * ris*" "rent increase*" "income on rent" "displace*" "evict*" \
         "rent* * doubled"; do qp affordability "$p"; done
for p in "supply" "construction" "new build*" "new homes" "invest*" "convert*" \
         "short-term let*" "sold off" "fewer * flats"; do qp supply "$p"; done
for p in "maintenance" "repair*" "disrepair" "renovat*" "insulat*" "quality" "neglect*" \
         "damp" "mould"; do qp maintenance "$p"; done
for p in "mobility" "move house" "moving" "lock* in" "stay put" "queue*" "waiting list*" \
         "misallocat*" "insiders" "outsiders" "newcomers"; do qp mobility "$p"; done
for p in "low income*" "better off" "well off" "targeted" "small landlords" "pension*" \
         "fair*" "property rights" "who benefits" "middle class*"; do qp targeting "$p"; done
for p in "social housing" "public housing" "housing benefit*" "housing allowance*" \
         "zoning" "planning reform" "build more" "council homes" "instead"; do
    qp alternatives "$p"; done
for p in "exempt*" "index*" "inflation" "between tenancies" "vacancy" "enforce*" "loophole*" \
         "ceiling" "sunset" "court*" "key money" "register"; do qp design "$p"; done
