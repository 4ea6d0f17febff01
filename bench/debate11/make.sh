#!/usr/bin/env bash
# Rebuild the held-out four-day-week debate from bench/debate11/raw/ into an empty folder,
# with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate11/make.sh /tmp/debate11      (from the repository root)
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

# 1. the project and its codebook: TWO stances on the four-day week, no middle one --------
python3 -m argmap init "$OUT" \
    --name "Should Marrenland's civil service move to a four-day, 32-hour week?"
am codebook rename stance for four-day
am codebook rename stance against full-week
am codebook remove stance hedged
am codebook edit stance four-day --label "Move to four days" --symbol "▲" \
    --description "The civil service should move to a 32-hour week over four days at the same pay, as the minister proposes: the pilot kept the work done while sick leave and resignations fell, vacancies will be easier to fill, and the state should lead as a modern employer; a yes that sets its own pace or terms (office agencies first, round-the-clock services phased in, staggered days off to keep opening hours) is still this stance."
am codebook edit stance full-week --label "Keep the five-day week" --symbol "▼" \
    --description "The civil service should keep its 38-hour, five-day week for now: the proposal should be rejected or put off, because the pilot's evidence is too thin to judge output, services to the public would suffer, round-the-clock services would need costly extra staff or overtime, and a shorter week at full pay is unfair to the taxpayers and private-sector workers who fund it; an extended pilot or a smaller change (flexible hours, a compressed week on the same hours) is this stance."
am codebook add-question productivity --label "Output and productivity" \
    --text "Does the work still get done in 32 hours: output, output per hour, work intensity, meetings and how work is organised?"
am codebook add-question services --label "Services to the public" \
    --text "What happens to the services citizens use: opening hours, phone and counter waiting times, backlogs, response times and the rosters of round-the-clock services such as prisons, border control and the emergency call centre?"
am codebook add-question public-cost --label "Cost to the public purse" \
    --text "What does it cost or save: the wage bill, extra staff and overtime for services that must stay open, savings on sick pay, consultants and offices, and the effect on the budget and the public finances?"
am codebook add-question recruitment --label "Recruitment and retention" \
    --text "Does a four-day week help the state hire and keep staff: vacancies, applicants, resignations, competition with private employers for skills?"
am codebook add-question staff-health --label "Staff health and family life" \
    --text "What does it do to civil servants' health and lives: sick leave, burnout and stress, rest, family life and care duties?"
am codebook add-question fairness --label "Fairness" \
    --text "Is it fair: to the private-sector workers and taxpayers who pay for it, to other public workers such as nurses, teachers and police, to part-timers, and between civil servants who can and cannot take a fifth day off?"
am codebook add-question pilot-evidence --label "The pilot and the evidence" \
    --text "What does the pilot prove: its design, its output measures, the agencies that volunteered, novelty effects, staff surveys, its length, and the evidence from other countries' trials?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp four-day "roll it out" "roll out" "rolled out" "make it permanent" "go ahead" \
    "time has come" "the pilot worked" "pilot showed" "fewer sick days" "less sick leave" \
    "sick leave fell" "no loss of output" "output held" "kept output" "same output" \
    "work smarter" "fewer meetings" "pays for itself" "paid for itself" "employer of choice" \
    "modern employer" "trust* staff" "back the proposal" "support the proposal" \
    "vote for" "yes to" "four days is enough" "well rested" "well-rested" "staggered"
sp full-week "not now" "too soon" "premature" "extend the pilot" "longer pilot" \
    "reject the proposal" "vote against" "keep the 38-hour" "38-hour week" "five-day week" \
    "cannot afford" "can't afford" "unaffordable" "hidden cost*" "overtime bill" \
    "hawthorne" "self-selected" "volunteered" "output fell" "longer queues" \
    "waiting times rose" "at the taxpayer's expense" "taxpayers pay" "privileged" \
    "two-tier" "gold-plated" "perk" "work less for the same" "same pay for less" \
    "nine-day fortnight" "compressed hours" "flexible hours" "less pay"
qp productivity "productiv*" "output*" "per hour" "efficien*" "meeting*" "focus*" \
    "throughput" "intensit*" "intensif*" "cases per" "files per" "performance" \
    "100-80-100" "work done" "get the work done" "deadline*" "time management" "email*"
qp services "service level*" "waiting time*" "queue*" "opening hours" "friday*" \
    "helpline" "phone line*" "counter*" "frontline" "front-line" "citizen*" "the public" \
    "backlog*" "response time*" "round-the-clock" "round the clock" "roster*" \
    "prison*" "border" "customs" "call centre" "emergency call*" "open five days"
qp public-cost "cost*" "budget*" "billion" "million" "taxpayer*" "overtime" \
    "extra staff" "additional staff" "wage bill" "payroll" "fiscal" "deficit" "spending" \
    "saving*" "afford*" "public finances" "finance ministry" "ministry of finance" \
    "sick pay" "consultant*" "office space" "rent*"
qp recruitment "recruit*" "vacanc*" "retention" "retain*" "resign*" "turnover" "quit*" \
    "applicant*" "application*" "job advert*" "labour market" "talent" "hire" "hiring" \
    "graduate*" "skills shortage*" "shortage*" "attract*" "leav* the service" "stay*"
qp staff-health "sick leave" "sick day*" "sickness" "absence*" "burnout" "burn-out" \
    "burned out" "burnt out" "stress*" "wellbeing" "well-being" "mental health" "exhaust*" \
    "rested" "childcare" "carer*" "caring" "family life" "work-life" "health"
qp fairness "fair*" "unfair*" "private sector" "private-sector" "nurse*" "teacher*" \
    "police" "two-tier" "privilege*" "perk*" "resent*" "envy" "self-employed" \
    "everyone else" "equal*" "part-time*" "part-timer*" "women" "gender" "ordinary workers"
qp pilot-evidence "pilot*" "trial*" "evaluation*" "evaluat*" "hawthorne" "self-select*" \
    "volunteer*" "control group" "comparison group" "baseline" "survey*" "indicator*" \
    "data" "evidence" "sample" "measur*" "study" "studies" "iceland*" "novelty"
