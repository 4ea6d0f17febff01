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

# 3. the pages, as saved from the web and the user's tools ------------------------------------
# Reader pinned: `--reader 16` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`; ids from the
# file names.
am add --reader 16 --id-from file "$HERE"/raw/*
# what argmap could not read from the pages, or read wrongly: say it (see friction.md)
am meta dont-make-the-poorest-pay-for-our-good-intentions-askerby-courant \
    --outlet "Askerby Courant (via Apple News)"
am meta hsac-oral-evidence-18-11-2026-healthy-food-levy-bill-uncorrected \
    --title "Oral evidence: Healthy Food Levy Bill (Bill 44), uncorrected transcript" \
    --author "Health and Social Affairs Committee"
am meta i-run-a-diabetes-clinic-the-levys-critics-have-never-sat-in-it --outlet "Tornhavn Post" \
    --date 2026-11-30
am meta instapaper-tax-the-drinks-test-the-biscuits --title "Tax the drinks, test the biscuits" \
    --outlet "The Veldorian Review (saved in Instapaper)"
am meta moh-press-briefing-24-nov-2026-healthy-food-levy-transcript \
    --title "Press briefing: the Healthy Food Levy Bill (verbatim transcript)" \
    --author "Ministry of Health and Care"
am meta nordwire-veldoria-assembly-passes-food-levy-first-reading --author "Henrika Lund" \
    --author "Tomas Riber"
am meta pressreader-tornhavn-post-2026-11-27-bottler-puts-600-jobs-on-levy-watch \
    --title "Bottler puts 600 jobs on levy watch" --author "Marius Dahle" \
    --outlet "Tornhavn Post (via PressReader)"
am meta the-levy-letter-no-12-heart-and-diabetes-foundation --author "Rania Osei" \
    --outlet "Heart and Diabetes Foundation (The Levy Letter)"
am meta vr1-news-1300-26-11-26-bulletin-script \
    --title "VR1 News 13:00 bulletin, 26 November 2026 (script)" \
    --author "Marte Kvist (reader)" --author "Sindre Vik (political correspondent)" \
    --outlet "VR1 News" --date 2026-11-26
# who says what: the bulletin's cue lines and the last clip's speaker run on over the reporter's
# and the newsreader's lines; the briefing's header lines are read as speakers
am batch - <<'SPEAKERS'
speaker vr1-news-1300-26-11-26-bulletin-script s0002 ""
speaker vr1-news-1300-26-11-26-bulletin-script s0011 ""
speaker vr1-news-1300-26-11-26-bulletin-script s0013 "SINDRE VIK"
speaker vr1-news-1300-26-11-26-bulletin-script s0019-s0022 "SINDRE VIK"
speaker vr1-news-1300-26-11-26-bulletin-script s0023-s0029 "MARTE KVIST (READER)"
speaker moh-press-briefing-24-nov-2026-healthy-food-levy-transcript s0001-s0004 ""
speaker moh-press-briefing-24-nov-2026-healthy-food-levy-transcript s0034 ""
speaker moh-press-briefing-24-nov-2026-healthy-food-levy-transcript s0070 ""
SPEAKERS

# 4. the annotations, following guide.md: one row per unit in gold.tsv (source, sentence,
#    stance, questions, kind, note, voice, and links by row id), imported in one go ----------
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta dont-make-the-poorest-pay-for-our-good-intentions-askerby-courant --note "A columnist's op-ed on an Apple News share page: opens on the levy's appeal, then no levy (regressive, the lunches from general taxation, a legal sugar target instead); answers the minister's 'buy the low-sugar version'."
am meta grocery-trade-weekly-industry-reacts-to-levy-vote --note "A trade paper's round-up of reactions, one voice per firm or body: grocers, the federation, the bottler and wholesalers against, a supermarket and the food workers' union for a trial first, a wholefood chain for; the paper's own view against; three comments."
am meta hsac-oral-evidence-18-11-2026-healthy-food-levy-bill-uncorrected --note "A select committee's uncorrected oral evidence (.txt, witnesses in capitals): an economist and the consumer council for the drinks levy now and the food band after an evaluation, the federation against, the heart foundation for; members' questions that argue."
am meta i-run-a-diabetes-clinic-the-levys-critics-have-never-sat-in-it --note "A GP's op-ed saved in Firefox Reader View: opens on the mayor's, the bottler's and the union's objections, then for the levy (her clinic, tobacco, the zero-sugar cola) and a wider Band U; concedes the money worry."
am meta instapaper-tax-the-drinks-test-the-biscuits --note "A health economist's essay saved in Instapaper: tax the drinks now, trial the food band in two regions and decide in 2029; concedes the drinks case, answers the foundation, the federation and the minister."
am meta levy-vote-live-assembly-decides-on-sugar-and-snack-tax-askerby-folkeblad --note "An AMP live blog of the first-reading debate, newest first: the federation's statement, the minister, the Civic Union's amendment, a border deputy, the paper's data desk on Marenland, the Greens, the opposition, the committee chair."
am meta moh-press-briefing-24-nov-2026-healthy-food-levy-transcript --note "A ministry press briefing as pdftotext gives it: the minister and the chief medical officer for the levy now; journalists' questions that argue the poor, Marenland, the revenue, the border shops and a sunset clause, each answered."
am meta nordwire-veldoria-assembly-passes-food-levy-first-reading --note "A wire story of the first-reading vote in the reporter's neutral voice: the minister for, the federation, the opposition and the bottler against, an economist and the fiscal council for waiting on the food band; facts brought against each side."
am meta pressreader-tornhavn-post-2026-11-27-bottler-puts-600-jobs-on-levy-watch --note "A local paper's report in PressReader quoting the bottler's statement: jobs and the canning line against, the union for an impact study first, a GP for, the mayor against."
am meta sannsjekk-did-carvanias-sugar-levy-cut-child-obesity --note "A fact check of the minister's Carvania claim (Half True): the drinks' sugar fell, the weight evidence is too short; the checker's verdict is no verdict (R11); the minister, the federation and three researchers quoted."
am meta the-levy-letter-no-12-heart-and-diabetes-foundation --note "A health charity's newsletter e-mail (HTML and text parts): opens on the federation's line, then for the levy as it stands; answers 'no slimmer', 'poorer' and the evaluation amendment; concedes the weight evidence."
am meta veldoria-business-day-amp-fiscal-council-levy-revenue --note "A business paper's AMP page on the fiscal council's note: revenue highly uncertain, review after a year (no verdict on the levy); the finance ministry, a bank economist and the foundation answer; the opposition and the federation against."
am meta vr1-news-1300-26-11-26-bulletin-script --note "A radio news bulletin's script: the minister and the charity's clip for, the bottler's clip and a pensioner against, the Civic Union and economists for waiting on foods; cues and durations."
for s in dont-make-the-poorest-pay-for-our-good-intentions-askerby-courant \
    grocery-trade-weekly-industry-reacts-to-levy-vote \
    hsac-oral-evidence-18-11-2026-healthy-food-levy-bill-uncorrected \
    i-run-a-diabetes-clinic-the-levys-critics-have-never-sat-in-it \
    instapaper-tax-the-drinks-test-the-biscuits \
    levy-vote-live-assembly-decides-on-sugar-and-snack-tax-askerby-folkeblad \
    moh-press-briefing-24-nov-2026-healthy-food-levy-transcript \
    nordwire-veldoria-assembly-passes-food-levy-first-reading \
    pressreader-tornhavn-post-2026-11-27-bottler-puts-600-jobs-on-levy-watch \
    sannsjekk-did-carvanias-sugar-levy-cut-child-obesity \
    the-levy-letter-no-12-heart-and-diabetes-foundation \
    veldoria-business-day-amp-fiscal-council-levy-revenue vr1-news-1300-26-11-26-bulletin-script; do
    am done "$s"   # read in full
done
am validate
