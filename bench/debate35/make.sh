#!/usr/bin/env bash
# Rebuild the held-out debate on how the (invented) republic of Ostrava Minor should set the
# minimum wage of workers under 21, from bench/debate35/raw/ into an empty folder, with argmap's
# own commands only (no JSON edited by hand).
#   bash bench/debate35/make.sh /tmp/debate35      (from the repository root)
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

# 1. the project and its codebook: five stances on one ordered scale, from paying under-21s the
#    adult rate now to cutting their rate; the axis puts the two "close the gap" stances on +1,
#    the modest rise on 0 and the two "hold or lower" stances on -1; no stance for no verdict
python3 -m argmap init "$OUT" --name "How should Ostrava Minor set the minimum wage of workers under 21?"
am codebook rename stance for abolish-youth-rate
am codebook rename stance against freeze-youth-rate
am codebook rename stance hedged modest-rise
am codebook edit stance abolish-youth-rate --label "Abolish the youth rate now" --symbol "▲" --axis 1 \
    --description "Pay workers under 21 the full adult minimum wage from the next uprating: same work, same pay; the youth rate is age discrimination, young people pay the same rent, bus fares and food, many support themselves or a family, and employers use the rate to replace older staff with cheaper ones."
am codebook add-stance phase-to-adult-rate --label "Phase in the adult rate" --symbol "△" --axis 1 \
    --position 2 --color teal \
    --description "Close the gap between the youth rate and the adult rate in steps over a few years (a timetable, e.g. 18-20 first, then 16-17), with a review of jobs at each step: the goal of equal pay, reached slowly enough for small firms to adjust and for employment effects to be watched."
am codebook edit stance modest-rise --label "A modest rise, keep the youth rate" --symbol "◆" --axis 0 \
    --description "Raise the youth rate a little (with prices, or a few points of the adult rate) but keep a separate, lower rate for under-21s: young workers need a raise, but a first job is worth more than its pay, and small firms cannot absorb the adult rate; against both closing the gap and a freeze."
am codebook edit stance freeze-youth-rate --label "Freeze the youth rate" --symbol "▼" --axis -1 \
    --description "Hold the youth rate where it is (no rise this year, or until youth unemployment falls): small firms, cafés and shops are squeezed, young jobseekers are priced out first, a rise would cut hours and shifts; against raising it, modestly or more."
am codebook add-stance cut-youth-rate --label "Cut the youth rate / exempt first jobs" --symbol "▽" --axis -1 \
    --color brown \
    --description "Lower the youth rate, or exempt apprentices, trainees and a first job (e.g. the first six months) from the minimum wage: training costs the employer, young people without experience are shut out of work altogether, a low-paid first job is the door to a career."
am codebook move stance freeze-youth-rate 4
am codebook add-question youth-employment --label "Jobs for the young" \
    --text "Does a higher youth rate cost young people jobs, hours or first chances, or does a lower one keep them in work?"
am codebook add-question fairness-equal-pay --label "Fairness and equal pay" \
    --text "Is a lower wage for the same work at a younger age fair, or is it age discrimination?"
am codebook add-question small-business-costs --label "Small firms' costs" \
    --text "Can small employers (cafés, shops, salons, farms, franchisees) afford a higher youth rate, and what would they cut?"
am codebook add-question training-apprenticeships --label "Training and apprenticeships" \
    --text "Does the youth rate pay for training and apprenticeships, and would a higher rate mean fewer places?"
am codebook add-question cost-of-living --label "Cost of living" \
    --text "Can young workers live on the youth rate, with rent, transport, food and family to support?"
am codebook add-question evidence-from-abroad --label "Evidence from abroad" \
    --text "What happened where other countries raised, phased out or cut their youth minimum wages?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp abolish-youth-rate "abolish the youth rate" "scrap the youth rate" "end the youth rate" \
    "same work, same pay" "same job, same pay" "equal pay for equal work" "full adult rate" \
    "the adult rate now" "adult wage now" "from day one" "age discrimination" \
    "discriminat*" "paid less for being young" "cheaper because" "younger and cheaper" \
    "replaced by a teenager" "replaced by younger" "same rent" "same bus fare" \
    "the landlord doesn't" "no youth discount" "supports a child" "own their own" \
    "living on their own" "no excuse" "no more waiting" "not in five years" "now, not later" \
    "second-class worker*" "second-class" "insult" "exploit*" "cheap labour" "a scandal" \
    "abolition" "abolish it" "an outright end" "unfair by design" "pay them properly"
sp phase-to-adult-rate "phase in" "phased in" "phasing" "phase out the youth rate" \
    "close the gap" "closing the gap" "narrow the gap" "step by step" "in steps" "stepwise" \
    "over three years" "over four years" "over five years" "a timetable" "a glide path" \
    "by 2030" "by 2031" "first the 18-20" "then the 16-17" "each step" "review at each" \
    "pause if" "gradual*" "staged" "a road map" "a clear date" "give firms time" \
    "time to adjust" "the destination is equal pay" "end point" "not overnight" \
    "watch the jobs figures" "monitor employment"
sp modest-rise "a modest rise" "modest increase" "a small rise" "a little more" "in line with prices" \
    "with inflation" "index* to prices" "keep a youth rate" "keep the youth rate" "keep a lower rate" \
    "a separate rate" "a few percent" "a fair raise" "a real-terms rise" "not the adult rate" \
    "too far, too fast" "too fast" "a middle way" "middle course" "sensible rise" \
    "worth more than its pay" "a foot in the door" "a stepping stone" "neither freeze nor" \
    "no freeze" "a freeze would" "cautious rise" "a measured rise" "a percentage of the adult"
sp freeze-youth-rate "freeze the youth rate" "a freeze" "hold the rate" "hold it where it is" \
    "no rise this year" "no increase" "leave it where it is" "not now" "not this year" \
    "until unemployment falls" "until youth unemployment" "squeezed" "margins" "thin margins" \
    "cut hours" "fewer shifts" "cut shifts" "rota*" "priced out" "last in, first out" \
    "can't afford another" "cannot afford another" "energy bills" "another rise" \
    "self-service till*" "kiosk*" "automat*" "breathing space" "pause the rises" \
    "stand still" "a year's pause"
sp cut-youth-rate "cut the youth rate" "lower the youth rate" "a lower rate" "exempt" "exemption*" \
    "first-job" "first job rate" "first six months" "trainee rate" "apprentice rate" \
    "apprentices exempt" "below the minimum" "let them work for less" "willing to work for less" \
    "no experience" "without experience" "unemployable" "shut out" "locked out" \
    "the first rung" "bottom rung" "get on the ladder" "price of training" "training costs" \
    "learning on the job" "pays for their training" "worth the wage" "deregulat*" \
    "let employers decide" "freedom to hire" "red tape"
qp youth-employment "unemployment" "jobless" "jobs" "hiring" "hire" "hours" "shifts" \
    "employment rate" "not in work" "neet*" "first job*" "vacanc*" "laid off" "job loss*"
qp fairness-equal-pay "fair*" "unfair" "equal pay" "discriminat*" "same work" "same job" \
    "dignity" "respect" "justice" "age-based" "younger colleague*" "older colleague*"
qp small-business-costs "small firm*" "small business*" "employer*" "café*" "cafe*" "shop*" \
    "salon*" "franchise*" "farm*" "wage bill" "margin*" "costs" "prices" "owner*" "bakery"
qp training-apprenticeships "apprentic*" "training" "trainee*" "skills" "college" "qualification*" \
    "learning" "placement*" "mentor*" "supervis*" "trade"
qp cost-of-living "rent" "landlord*" "bills" "food" "bus fare*" "transport" "cost of living" \
    "prices" "groceries" "afford" "living on" "support themselves" "family" "childcare"
qp evidence-from-abroad "abroad" "other countries" "netherlands" "dutch" "new zealand" \
    "australia" "britain" "uk" "germany" "ireland" "neighbour*" "elsewhere" "studies" "study"
