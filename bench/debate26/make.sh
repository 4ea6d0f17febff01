#!/usr/bin/env bash
# Rebuild the held-out debate on whether Halvmark should move its public servants to a
# four-day working week (32 hours, same pay), from bench/debate26/raw/ into an empty folder,
# with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate26/make.sh /tmp/debate26      (from the repository root)
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

# 1. the project and its codebook: adopt the four-day week now, pilot it first, or keep five
# days --------------------------------------------------------------------------------------
python3 -m argmap init "$OUT" \
    --name "Should Halvmark move its public servants to a four-day working week?"
am codebook rename stance for four-day-week
am codebook rename stance against keep-five-days
am codebook rename stance hedged pilot-first
am codebook edit stance four-day-week --label "Adopt the four-day week now" --symbol "▲" \
    --description "Move all of the Regional Service's staff to 32 hours over four days at full pay, across the public service, now (from April 2028 as proposed): the evidence from Sandlo, Vesterdal and the Fourfold trial is already in, output holds when tired staff get a day back, sickness falls, the region wins back the recruits it loses, offices can stay open five days by staggered rotas, and more pilots would only delay it and make a two-tier service."
am codebook edit stance pilot-first --label "Pilot first, then decide" --symbol "◇" \
    --description "No verdict yet: run time-limited pilots in chosen offices, with comparison offices and a baseline, measure output, service to residents, cost and staff health, and decide on the results. Grants points to both sides (staff are exhausted and hiring is hard; cover costs money and the evidence so far is small, self-chosen and self-reported) and weighs them; proposals on how to design and evaluate the pilots belong here."
am codebook edit stance keep-five-days --label "Keep the five-day week" --symbol "▼" \
    --description "No: keep 37.5 hours over five days. Covering round-the-clock and front-line services costs extra posts the budget cannot carry, residents would lose service hours and wait longer, private-sector workers would pay taxes for public servants' paid day off they do not get, and the evidence is weak (volunteers, no comparison, self-reported). Offer flexible hours and fix sickness management instead."
am codebook move stance pilot-first 2
am codebook add-question productivity-evidence --label "Productivity and what the trials showed" \
    --text "Does output hold on four days: cases handled, backlogs, decisions on time, and what Sandlo, Vesterdal and the Fourfold trial actually showed?"
am codebook add-question service-cover --label "Service hours and cover" \
    --text "Can offices, phones and round-the-clock services stay open and answer residents on time: rotas, Fridays, counters, waiting times?"
am codebook add-question cost-staffing --label "Cost and staffing" \
    --text "What does it cost: extra posts to cover the hours, overtime, agency staff, the pay bill and the region's budget?"
am codebook add-question wellbeing-health --label "Wellbeing and health" \
    --text "Staff sickness, stress and burnout, rest, family life and caring: would a day back make staff healthier?"
am codebook add-question recruitment-retention --label "Recruitment and retention" \
    --text "Can the Regional Service fill its vacancies and keep its staff against private employers and neighbouring regions?"
am codebook add-question fairness-private-sector --label "Fairness to the private sector" \
    --text "Is it fair to the private-sector workers and businesses whose taxes pay for it, and to public staff left out of it?"
am codebook add-question measurement-design --label "Measurement and pilot design" \
    --text "How should output and service be measured, and a pilot be designed: comparison offices, baselines, duration, independent evaluation?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp four-day-week "32 hours" "32-hour" "same pay" "full pay" "a day back" "day back" \
    "fridays back" "three-day weekend" "adopt it now" "move now" "act now" "no more pilots" \
    "enough pilots" "the case is made" "the evidence is in" "output rose" "rested staff" \
    "give staff their" "stop the exodus" "lead the way" "whole public service" \
    "across the public service" "every office" "region-wide" "for everyone at once" \
    "long grass" "delay is a decision" "staff deserve" "time back" "shorter week" \
    "shorter working week" "productivity dividend" "sign it off" "vote it through" \
    "one day less" "twenty per cent less time" "four days' work" "a modern employer" \
    "the future of work" "healthier workforce" "happier staff" "pilots forever" \
    "endless pilots" "already been tested"
sp keep-five-days "keep five days" "keep the five-day" "five days a week" "37.5 hours" \
    "37.5-hour" "same hours" "counter closed" "closed on fridays" "phone lines" \
    "waiting times" "taxpayers' money" "taxpayer pays" "extra posts" "agency staff" \
    "who pays" "shop workers" "a perk" "perks" "out of touch" "a paid day off" \
    "paid for five" "evidence is weak" "self-reported" "cherry-picked" "novelty effect" \
    "small samples" "costly" "fix the basics" "flexitime" "flexible working instead" \
    "residents lose" "service suffers" "a luxury" "not the priority" "backlog grows" \
    "fewer hours for the same" "same money for less" "rota gaps" "cover gaps" \
    "nobody asked the public"
sp pilot-first "pilot*" "trial*" "test it" "try it first" "chosen offices" \
    "selected offices" "time-limited" "fixed term" "for twelve months" "measure first" \
    "measure it" "then decide" "before deciding" "control group*" "comparison office*" \
    "baseline" "independent evaluation" "evaluat*" "sunset clause" "review after" \
    "step by step" "phased" "gradual*" "start small" "small scale" "learn what works" \
    "the evidence is mixed" "mixed evidence" "no verdict" "not yet" "too early" \
    "both sides" "on the one hand" "on the other hand" "open question" "it depends" \
    "we don't know" "we do not know" "unclear" "success criteria" "stop rule" \
    "exit clause" "volunteer offices"
qp productivity-evidence "productiv*" "output*" "cases closed" "cases per" "throughput" \
    "backlog*" "efficien*" "processed" "decisions on time" "results" "studies" "research" \
    "evidence" "sandlo" "vesterdal" "fourfold"
qp service-cover "opening hours" "open" "counter*" "phone*" "call*" "waiting time*" \
    "cover" "rota*" "shift*" "front line" "front-line" "residents" "the public" \
    "service hours" "appointment*" "friday*" "monday*"
qp cost-staffing "cost*" "budget*" "crowns" "million" "extra staff" "extra posts" \
    "overtime" "agency" "payroll" "pay bill" "afford*" "staffing" "headcount" "taxpayer*"
qp wellbeing-health "wellbeing" "well-being" "health*" "sick*" "stress*" "burnout" \
    "burn-out" "burnt out" "exhaust*" "tired*" "rest" "family" "childcare" "carers" \
    "mental health" "absence*"
qp recruitment-retention "recruit*" "retain*" "retention" "vacanc*" "hiring" \
    "applicant*" "leaving" "quit*" "turnover" "attract*" "job advert*" "poach*" \
    "salar*" "graduates"
qp fairness-private-sector "fair*" "unfair*" "private sector" "private-sector" \
    "businesses" "employers" "shop*" "resent*" "envy" "everyone else" "small firms" \
    "two-tier" "left out" "care workers"
qp measurement-design "measur*" "metric*" "indicator*" "baseline" "control group*" \
    "compar*" "method*" "design*" "sample*" "randomis*" "survey*" "self-report*" \
    "evaluat*" "criteria" "benchmark*" "volunteers"
