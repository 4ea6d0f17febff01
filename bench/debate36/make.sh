#!/usr/bin/env bash
# Rebuild the held-out debate on whether the (invented) republic of Veldoria should tax sugary and
# ultra-processed foods, from bench/debate36/raw/ into an empty folder, with argmap's own commands
# only (no JSON edited by hand).
#   bash bench/debate36/make.sh /tmp/debate36      (from the repository root)
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

# 1. the project and its codebook: three stances, the levy now (+1), no levy (-1) and a verdict
#    only after a trial or an evaluation, or none (0); seven questions
python3 -m argmap init "$OUT" --name "Should Veldoria tax sugary and ultra-processed foods?"
am codebook rename stance for food-levy
am codebook rename stance against no-levy
am codebook rename stance hedged evaluate-first
am codebook edit stance food-levy --label "Tax them now" \
    --description "Pass the Healthy Food Levy now (drinks with added sugar and Band U ultra-processed foods): obesity and type 2 diabetes cost lives and the health service billions, a price signal cuts consumption and pushes firms to change recipes, and the revenue pays for free school lunches."
am codebook edit stance no-levy --label "No levy" \
    --description "Do not tax these foods: the levy is regressive (the poorest pay most of it), it treats adults as children, reformulation, labelling and education work better, and it costs jobs in bottlers, factories and corner shops while shoppers cross the border."
am codebook edit stance evaluate-first --label "Trial and evaluate first / no verdict" \
    --description "No verdict yet, or a verdict only after the evidence is in: a time-limited pilot, a sunset clause, an independent evaluation, an impact study on households and jobs, or drinks first and foods only after a review; writers who weigh both sides without deciding."
am codebook add-question health-outcomes --label "Health outcomes" \
    --text "Would the levy cut obesity, diabetes and tooth decay, and ease the health service's costs?"
am codebook add-question household-costs --label "Cost to poorer households" \
    --text "Who pays the levy: does it take most from the poorest households' food budgets?"
am codebook add-question reformulation --label "Reformulation and education" \
    --text "Would firms change their recipes under a levy, and do voluntary pledges, labels and education work as well or better?"
am codebook add-question evidence-abroad --label "Evidence from abroad" \
    --text "What happened in Carvania, Marenland and other countries that taxed sugar or snacks?"
am codebook add-question revenue-use --label "Use of the revenue" \
    --text "What would the levy raise, and should it pay for school lunches or anything else?"
am codebook add-question personal-freedom --label "Personal freedom" \
    --text "Is it the state's business to steer what adults eat and drink by price?"
am codebook add-question jobs-and-retail --label "Jobs and retail" \
    --text "Would the levy cost jobs in food and drink firms and shops, or send shoppers across the border?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R5-R12) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp food-levy "pass the levy" "pass the bill" "back the levy" "backed the levy" "support the levy" \
    "the levy now" "introduce the levy" "tax sugary drinks" "tax sugar" "price signal" \
    "cuts consumption" "buy less" "drink less" "fewer sugary" "change their recipes" \
    "forced to reformulate" "firms reformulate" "pushed firms" "a tax works" "it worked in Carvania" \
    "Carvania shows" "sugar down" "school lunches" "free lunches" "lunch for every" "every primary pupil" \
    "pays for lunch" "diabetes clinic" "amputation*" "tooth decay" "rotten teeth" "dental extractions" \
    "the cost of doing nothing" "cost of inaction" "long overdue" "no more delay" \
    "a generation" "childhood obesity" "health service billions" "1.3 billion" "epidemic" \
    "public health emergency" "protect children" "the industry had its chance" "pledge failed" \
    "voluntary approach failed" "missed its target" "broke their promise" "wider levy" \
    "stronger levy" "make it bigger" "sugar pays" "levy the sugar" "the junk" "junk food"
sp no-levy "scrap the levy" "drop the levy" "no levy" "oppose the levy" "vote against" \
    "a tax on the poor" "tax on the poorest" "regressive" "hits the poorest" "hardest hit" \
    "the weekly shop" "shopping basket" "cost of living crisis" "nanny state" "nanny" \
    "treats adults like children" "grown-ups" "our own choices" "lecture*" \
    "paternalis*" "killjoy" "sin tax" "stealth tax" "tax grab" "another tax" "the till" "dalers at the till" \
    "jobs at risk" "job losses" "lay-offs" "redundanc*" "factory gates" "the bottling plant" \
    "corner shop*" "convenience stores" "across the border" "cross-border" "booze cruise" \
    "Marenland tried" "Marenland scrapped" "repealed" "education works" "education not taxation" \
    "labelling instead" "reformulation works" "voluntary pledge works" "partnership not punishment" \
    "leave it to families" "won't change behaviour" "people will just pay" "substitut*" \
    "swap to" "bureaucracy" "collection costs"
sp evaluate-first "pilot" "a trial" "trial period" "sunset clause" "sunset" "time-limited" \
    "evaluate" "evaluation" "independent review" "review after" "impact assessment" "impact study" \
    "too early to say" "the jury is out" "not yet clear" "mixed evidence" "the evidence is mixed" \
    "cannot yet tell" "can't yet tell" "inconclusive" "both sides" "on the one hand" \
    "on the other hand" "wait and see" "drinks first" "foods later" "phase the food band" \
    "measure before" "data first" "before we decide" "undecided" "neither side" "no verdict" \
    "half true" "partly true" "overstated" "more research" "a proper study" "baseline" \
    "control group" "monitor*" "report back" "in two years" "revisit" "cautio*"
qp health-outcomes "obes*" "overweight" "diabet*" "teeth" "dental" "health service" "VHS" \
    "calories" "diet*" "heart disease" "BMI" "waistline*"
qp household-costs "poorest" "low-income" "low income" "household*" "families" "budget*" \
    "weekly shop" "prices" "price rise*" "afford*" "2.10" "5.8 %"
qp reformulation "reformulat*" "recipe*" "pledge" "labell*" "label*" "education" "sugar content" \
    "less sugar" "smaller portions" "portion*" "lighter plate"
qp evidence-abroad "Carvania*" "Marenland*" "abroad" "other countries" "neighbour*" "elsewhere" \
    "Mexico" "Britain" "international"
qp revenue-use "revenue" "340 million" "school lunch*" "school meals" "free lunch*" "ring-fenc*" \
    "hypothecat*" "Treasury" "spend the money" "raise*"
qp personal-freedom "freedom" "choice" "choose" "nanny" "paternalis*" "the state" "adults" \
    "personal responsibility" "liberty" "lifestyle"
qp jobs-and-retail "jobs" "workers" "factory" "bottler*" "plant" "shop*" "retailer*" "grocer*" \
    "supermarket*" "border" "employ*" "manufactur*"
