#!/usr/bin/env bash
# Rebuild the held-out debate on whether the Republic of Ostmark should let gene-edited crops
# out of its strict GMO rules, from bench/debate29/raw/ into an empty folder, with argmap's own
# commands only (no JSON edited by hand).
#   bash bench/debate29/make.sh /tmp/debate29      (from the repository root)
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

# 1. the project and its codebook: two stances, no middle one (let targeted edits out of the
# GMO rules, or keep them in) -----------------------------------------------------------------
python3 -m argmap init "$OUT" \
    --name "Should Ostmark let gene-edited crops out of its strict GMO rules?"
am codebook rename stance for allow-gene-edited
am codebook rename stance against keep-gmo-rules
am codebook remove stance hedged
am codebook edit stance allow-gene-edited --label "Treat targeted edits like breeding" --symbol "▲" \
    --description "Yes: pass the New Breeding Techniques Bill. Crops with targeted edits that carry no foreign DNA and could have arisen by crossing or by natural mutation are treated like conventionally bred varieties: notified and listed in the public variety register, but without case-by-case GMO authorisation, GMO food labels, traceability or special coexistence and liability rules. Edited crops are as safe as bred ones, help farmers cope with drought and disease, cut sprays, keep Ostmark's breeders and researchers at home and level with neighbours who already changed their law."
am codebook edit stance keep-gmo-rules --label "Keep the GMO rules" --symbol "▼" \
    --description "No: keep gene-edited crops under the Gene Technology Act: case-by-case risk assessment and authorisation, traceability, GMO labels on food and seed, coexistence rules and liability for contamination. Off-target and unintended effects need checking, consumers and organic and GMO-free farmers need to know and choose, patents would put seed in a few firms' hands, the export markets still demand GMO-free goods, and the promised climate crops are not here yet. Reject the Bill or amend it so that edited crops stay under the Act."
am codebook add-question food-safety --label "Food safety and health" \
    --text "Are gene-edited foods as safe to eat as conventionally bred ones: off-target edits, unintended effects, allergens, long-term health, what risk assessment finds?"
am codebook add-question labelling-choice --label "Labelling and consumer choice" \
    --text "Should food and seed from edited crops be labelled and traceable, can consumers and GMO-free and organic chains still choose and prove what they sell, and can edits be detected?"
am codebook add-question seeds-patents --label "Farmers, seeds and patents" \
    --text "Who will own the edited seed: patents, licence fees, seed prices, small breeders and farmers' right to save and breed from seed?"
am codebook add-question environment-biodiversity --label "Environment and biodiversity" \
    --text "What happens in fields and nature: spraying and fungicides, gene flow to wild relatives and neighbours' crops, insects, soil, monocultures?"
am codebook add-question climate-adaptation --label "Climate, drought and yields" \
    --text "Will edited crops help farmers cope with drought, heat, new diseases and falling yields, and how soon?"
am codebook add-question science-regulation --label "Science and the law" \
    --text "Does the Gene Technology Act fit what the science says about edits and mutations: the cost and years of authorisation, research leaving the country, the precautionary principle, who regulates?"
am codebook add-question trade-markets --label "Trade and markets" \
    --text "What happens to exports, the organic and GMO-free premium, imports and neighbours' rules, and Ostmark's breeders and food firms?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R13) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp allow-gene-edited "pass the nbt bill" "back the nbt bill" "category 1" "like conventional" \
    "conventionally bred" "same as breeding" "just breeding" "indistinguishable" \
    "natural mutation*" "could have arisen" "no foreign dna" "regulate the product" \
    "not the process" "outdated law" "law from 2004" \
    "2004 law" "science-based" "the science is settled" "no evidence of harm" \
    "as safe as" "fewer sprays" "less fungicide" "spray less" "drought-tolerant" \
    "drought-resistant" "mildew-resistant" "resistant varieties" "let breeders" \
    "small breeders can" "public breeding" "researchers leave" "research has moved" \
    "brain drain" "fall behind" "norland already" "like norland" "same footing as" \
    "a tool in the toolbox" "toolbox" "farmers need tools" "give farmers" \
    "stop treating" "fear-mongering" "scare stories" "frankenfood myth" "irrational fear" \
    "precision breeding" "targeted edit*" "faster breeding" "update the act" \
    "modernise the act" "proportionate" "notification is enough" "the register is enough"
sp keep-gmo-rules "keep the act" "keep the rules" "vote the nbt bill down" "stop the bill" \
    "amend the bill" "gmo by another name" "new gmos" "gmos through the back door" \
    "deregulation" "deregulate" "risk assessment" "by case by case" \
    "case-by-case" "right to know" "label it" "labels on" "must be labelled" \
    "unlabelled" "no label" "traceability" "cannot be traced" "off-target" \
    "unintended effects" "unknown risks" "precaution*" "liability" "who pays when" \
    "contaminat*" "coexistence" "gmo-free" "organic farmers" "organic sector" \
    "seed monopoly" "patent grab" "patented seed" "licence fees" "corporate control" \
    "agrochemical giants" "big seed" "promises" "hype" "miracle crop*" \
    "not yet on the market" "soil and water" "crop rotation" "agroecolog*" \
    "export premium" "customs union" "lose our markets" "consumers don't want" \
    "consumers do not want" "burden of proof"
qp food-safety "safe*" "unsafe" "health*" "allergen*" "toxin*" "eat*" "food safety" \
    "off-target" "unintended" "risk assessment" "long-term" "feeding stud*"
qp labelling-choice "label*" "labelling" "right to know" "choice" "choose" "consumer*" \
    "traceab*" "detect*" "test for" "lab test*" "gmo-free" "register" "shopper*" \
    "supermarket*"
qp seeds-patents "patent*" "licen*" "royalt*" "seed price*" "breeder*" "saved seed" \
    "save seed" "farm-saved" "seed compan*" "monopol*" "breeders' exemption" \
    "plant variety" "multinational*"
qp environment-biodiversity "spray*" "fungicide*" "pesticide*" "herbicide*" \
    "biodiversity" "wild relative*" "gene flow" "pollen" "insect*" "bees" "soil*" \
    "monoculture*" "hedgerow*" "nature" "environment*"
qp climate-adaptation "climate" "drought*" "heat*" "dry summer*" "rainfall" "yield*" \
    "harvest*" "blight" "mildew" "disease-resistant" "resilien*" "adapt*" "new pests"
qp science-regulation "gene technology act" "the act" "regulat*" "authoris*" \
    "approval" "the law" "legislation" "process-based" "product-based" "scientists" \
    "academy" "field trial*" "research*" "years and" "precautionary principle" \
    "crispr" "mutagenesis"
qp trade-markets "export*" "import*" "market*" "customs union" "norland" "premium" \
    "trade" "buyers" "retailers" "food industry" "competitor*" "price*" "organic sector"
