#!/usr/bin/env bash
# Rebuild the held-out debate on whether Caldrenne should cap the number of international
# students its universities admit, from bench/debate23/raw/ into an empty folder, with argmap's
# own commands only (no JSON edited by hand).
#   bash bench/debate23/make.sh /tmp/debate23      (from the repository root)
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

# 1. the project and its codebook: a national cap, local conditions, no cap, and no verdict --
# (the brief named the no-verdict stance `undecided`; debate ids must be the debate's own and
# an earlier debate has `undecided`, so it is `undetermined` here)
python3 -m argmap init "$OUT" \
    --name "Should Caldrenne cap the number of international students its universities admit?"
am codebook rename stance for cap-numbers
am codebook rename stance against keep-open
am codebook rename stance hedged undetermined
am codebook edit stance cap-numbers --label "A national cap on international students" \
    --symbol "▼" \
    --description "The government should set a national cap on the international students Caldrenne's universities admit (a number of new entrants a year, shared out among the universities): international numbers have outgrown the housing in university towns and push up rents for everyone, classes have grown faster than teaching, universities have become dangerously dependent on fees, and study visas are used as a route to work and settlement."
am codebook add-stance manage-locally --label "No national cap, but conditions on each university" \
    --symbol "◐" --axis 0 --color "#6a8f3a" \
    --description "No national number, but conditions each university must meet to admit international students: a bed guaranteed for each first-year student it admits (or a levy on fees for housing), quality checks on class sizes and language standards, and duties on visa compliance; a university that fails them admits fewer. It shares the cap side's worries about housing and quality and the open side's objection to a blunt national number."
am codebook move stance manage-locally 2
am codebook edit stance keep-open --label "No cap: keep admissions open" --symbol "▲" \
    --description "No cap and no new national limits on international admissions: international fees keep the universities solvent and pay for domestic places and research, international students and graduates bring spending, skills and soft power, a cap would signal that Caldrenne is closed, and students should be free to choose where they study; housing should be met by building, not by turning students away."
am codebook edit stance undetermined --label "No verdict" --symbol "◌" \
    --description "Takes no side on capping international admissions: weighs a cap, local conditions and open admissions without a verdict, says the evidence cuts both ways or does not settle it, asks for more data or a review before deciding, or makes its answer depend on a condition it leaves open."
am codebook add-question housing --label "Housing and rents" \
    --text "What international admissions do to housing: rents in university towns, beds in halls, waiting lists, landlords, commuting students, who should build and whether numbers should follow beds?"
am codebook add-question university-finances --label "Universities' finances" \
    --text "What international fees mean for the universities' budgets: dependence on fee income, cross-subsidy of domestic teaching and research, deficits, job cuts, what a cap would cost?"
am codebook add-question teaching-quality --label "Teaching and degree quality" \
    --text "Whether teaching and degrees keep their quality: class sizes, staff time, language standards, marking, the reputation of Caldrenne's degrees abroad?"
am codebook add-question visas-migration --label "Visas and migration" \
    --text "Study visas and migration: the graduate work route, dependants, students who work or stay on, abuse of visas, net migration totals and who counts them?"
am codebook add-question economy-influence --label "Economy, research and soft power" \
    --text "What international students bring to or cost the economy and the country's standing: spending in towns, skills employers need, research and PhD students, alumni abroad, soft power and the signal a cap sends?"
am codebook add-question domestic-access --label "Places for domestic students and fairness" \
    --text "Whether domestic students lose or gain places, and fairness to both: competition for places, local families, international students' rights and treatment?"
am codebook add-question governance --label "Who decides and how" \
    --text "Who should decide and how a limit would work: the ministry's powers, universities' autonomy, how a national number is shared out, conditions and their enforcement, review and evidence?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R11) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp cap-numbers "national cap" "cap international" "cap on international" "cap the number*" \
    "cap numbers" "a firm cap" "limit international" "limit the number" "fewer international" \
    "reduce international numbers" "numbers must fall" "numbers have outgrown" \
    "outgrown the housing" "quota" "quotas" "entrants a year" "24,000" \
    "sustainable admissions" "too many international" "dependent on fees" "fee dependence" \
    "addicted to fees" "cash cow*" "route to work" "back door" "backdoor" "visa route" \
    "bogus" "overstay*" "net migration" "priced out" "pushed out" "local students first" \
    "our own students" "put a ceiling" "rein in"
sp manage-locally "local compact*" "compact*" "bed guarantee" "guarantee a bed" \
    "guaranteed bed" "bed for every" "beds per student" "match beds" "numbers follow beds" \
    "tie admissions to" "tied to housing" "housing levy" "levy on fees" "conditions on each" \
    "each university" "university by university" "case by case" "licence to recruit" \
    "licence to admit" "quality checks" "language standard*" "compliance duties" \
    "earned autonomy" "accountable" "neither a cap nor" "not a cap but" \
    "targeted" "smarter than a cap" "blunt instrument"
sp keep-open "no cap" "keep admissions open" "keep our doors open" "open doors" "doors open" \
    "welcome international" "international students are welcome" "scapegoat*" "solvent" \
    "cross-subsid*" "subsidise domestic" "subsidize domestic" "pay for domestic" \
    "keep universities afloat" "bankrupt*" "soft power" "alumni" "ambassadors" "global talent" \
    "brain gain" "closed for business" "hostile signal" "free to choose" "right to study" \
    "build more" "more beds" "the answer is building" "export earnings" "exports" \
    "talent we need" "skills shortage*" "against a cap"
sp undetermined "no verdict" "not convinced either way" "cuts both ways" "on balance unclear" \
    "too early to tell" "more data" "more evidence" "the evidence is thin" "hard to know" \
    "we don't know" "we do not know" "remains unclear" "pros and cons" "weigh the options" \
    "depends on whether" "it depends" "open question" "neither side" "both sides have a point" \
    "unresolved" "a review" "before deciding" "can't say" "cannot say"
qp housing "housing" "rent*" "landlord*" "halls" "hall of residence" "bed*" "accommodation" \
    "flat*" "tenant*" "commut*" "waiting list*" "homeless*" "sofa"
qp university-finances "fee income" "fees" "budget*" "deficit*" "income" "cross-subsid*" \
    "redundanc*" "job cuts" "solvent" "insolven*" "finances" "financial" "funding" "dals"
qp teaching-quality "class size*" "seminar*" "lecture*" "teaching" "quality" "language" \
    "marking" "grade*" "degree*" "reputation" "standards" "staff-student ratio" "plagiar*"
qp visas-migration "visa*" "migration" "migrant*" "graduate route" "work rights" \
    "dependant*" "overstay*" "settle*" "asylum" "border*" "immigration"
qp economy-influence "economy" "economic" "spending" "jobs" "employer*" "research*" "phd*" \
    "soft power" "alumni" "trade" "exports" "investment" "influence" "skills" "talent"
qp domestic-access "domestic student*" "local students" "places" "our children" \
    "our kids" "school leavers" "fair*" "unfair*" "discriminat*" "equal*" "access" \
    "displaced" "crowded out"
qp governance "minister*" "ministry" "autonomy" "regulator" "enforce*" "share* out" \
    "allocat*" "who decides" "review" "legislation" "law" "powers" "oversight" "sanction*"
