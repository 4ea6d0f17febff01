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
am codebook rename stance hedged pilot-and-measure
am codebook edit stance four-day-week --label "Adopt the four-day week now" --symbol "▲" \
    --description "Move all of the Regional Service's staff to 32 hours over four days at full pay, across the public service, now (from April 2028 as proposed): the evidence from Sandlo, Vesterdal and the Fourfold trial is already in, output holds when tired staff get a day back, sickness falls, the region wins back the recruits it loses, offices can stay open five days by staggered rotas, and more pilots would only delay it and make a two-tier service."
am codebook edit stance pilot-and-measure --label "Pilot first, then decide" --symbol "◇" \
    --description "No verdict yet: run time-limited pilots in chosen offices, with comparison offices and a baseline, measure output, service to residents, cost and staff health, and decide on the results. Grants points to both sides (staff are exhausted and hiring is hard; cover costs money and the evidence so far is small, self-chosen and self-reported) and weighs them; proposals on how to design and evaluate the pilots belong here."
am codebook edit stance keep-five-days --label "Keep the five-day week" --symbol "▼" \
    --description "No: keep 37.5 hours over five days. Covering round-the-clock and front-line services costs extra posts the budget cannot carry, residents would lose service hours and wait longer, private-sector workers would pay taxes for public servants' paid day off they do not get, and the evidence is weak (volunteers, no comparison, self-reported). Offer flexible hours and fix sickness management instead."
am codebook move stance pilot-and-measure 2
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
sp pilot-and-measure "pilot*" "trial*" "test it" "try it first" "chosen offices" \
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

# 3. the articles, as saved from the web or exported from the analyst's note apps ----------------
# Reader pinned: `--reader 12` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`; ids from the
# file names (the Notion export's hash is dropped by argmap itself).
am add --reader 12 --id-from file "$HERE"/raw/*.html "$HERE"/raw/*.md
# what argmap could not read from the pages, or read wrongly: say it
am meta bryggeby-university-news-test-before-deciding --author "Ida Foss" \
    --outlet "Bryggeby University news (Faculty of Social Sciences)"
am meta four-day-week-response-tornvik-residents-association \
    --outlet "Notion page (Tornvik Residents' Association)"
am meta halvmark-four-day-week-where-i-stand --author "the analyst (a public-policy student)" \
    --outlet "Obsidian note"
am meta hpeu-news-32-hours-not-another-pilot --author "HPEU Communications" \
    --outlet "Halvmark Public Employees' Union (HPEU), campaign news"
am meta linkedin-pulse-halvmark-stop-testing --author "Ragnhild Sande (Chief People Officer, Fjordbit)"
am meta notes-from-the-duty-desk-a-day-back --author "Astrid (astridduty)"
am meta posten-opinion-stop-piloting-start-resting \
    --title "Stop piloting, start resting: Halvmark should give its public servants Fridays back" \
    --author "Nora Vik" --date 2027-11-22
am meta staff-committee-working-lunch-2027-11-25 --author "Ingrid Lie (committee clerk)" \
    --outlet "HackMD note (Regional Assembly Staff Committee)"
# who says what: the HackMD note's "Mjelde:" and "Aasland:" heads are read as speakers of the
# sentences after them too, and the other speakers ("Vik:", "Lunde:", "Rygg:") are not read at all
am batch - <<'SPEAKERS'
speaker staff-committee-working-lunch-2027-11-25 s0007-s0010 "Maren Eikli"
speaker staff-committee-working-lunch-2027-11-25 s0012-s0014,s0016 "Torgeir Fjell"
speaker staff-committee-working-lunch-2027-11-25 s0015,s0027 "Kari Mjelde"
speaker staff-committee-working-lunch-2027-11-25 s0017,s0023,s0030,s0034 "Hans Rygg"
speaker staff-committee-working-lunch-2027-11-25 s0019-s0020,s0029 "Per Aasland"
speaker staff-committee-working-lunch-2027-11-25 s0021,s0032 "Nora Vik"
speaker staff-committee-working-lunch-2027-11-25 s0022,s0033 "Ole Brandvik"
speaker staff-committee-working-lunch-2027-11-25 s0025-s0026,s0028 "Hege Lunde"
speaker staff-committee-working-lunch-2027-11-25 s0035,s0037-s0039 "Solveig Brekke"
speaker notes-from-the-duty-desk-a-day-back s0030 "astridduty"
SPEAKERS

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta tidende-four-day-week-fridays --note "A regional newspaper's news report behind a cookie wall and a metered paywall: opens with a Sandlo licensing officer for the four-day week, then residents, a road-depot foreman, the Finance Office and the opposition against, the union and Vesterdal for, the Business Federation against, and a researcher for a proper pilot; the trial's figures read both ways."
am meta posten-opinion-stop-piloting-start-resting --note "An Assembly member's guest essay on an op-ed page: states the critics' case first (phones, cost, the shop assistant), then answers it point by point with Sandlo, Vesterdal and sick days; concedes the phone queues and the night shifts; rejects a second pilot as delay and as two-tier."
am meta hpeu-news-32-hours-not-another-pilot --note "The public employees' union's campaign news post: a members' ballot for 32 hours; quotes the Business Federation's briefing at length and answers it on fairness, evidence and cost; concedes that night cover costs money; calls pilots a way of saying no slowly."
am meta hbf-press-release-four-day-week --note "The employers' federation's press release (ENDS, notes to editors): unfair to private-sector workers who pay for it, the cover costs, weak evidence from volunteers and self-reports; concedes sickness is too high and offers flexitime and compressed hours instead; against a pilot too."
am meta karvik-brief-31-the-fifth-day --note "A public-finance think tank's brief: states the case for the change at its strongest, then costs the round-the-clock posts (104-131 million crowns), finds the trials small and self-selected, grants that a proper trial would tell more but says it would not test where the cost is; recommends keeping 37.5 hours with sickness management and flexitime."
am meta bryggeby-university-news-test-before-deciding --note "A university news page: two working-time researchers who read Sandlo differently (one encouraged, one cautious) agree on a twelve-office pilot with comparison offices and independent evaluation; answer the union's and the federation's objections to a pilot."
am meta notes-from-the-duty-desk-a-day-back --note "A night-line social worker's WordPress post for the four-day week now: colleagues lost to stress and to Vesterdal, overtime already paid; concedes the rota needs people; rejects pilots from experience; comments from a plumbing-firm owner against, a torn team manager for a trial, and a leaver."
am meta medium-i-tried-four-days-in-my-bakery --note "A bakery owner's Medium post: opens with how well four days worked for his bakers, then what it cost (a tenth baker, 11 per cent on the wage bill, paid by customers); the region's rota services are his ovens and cannot raise prices; a one-year pilot catches the honeymoon; pay and flexible hours instead."
am meta linkedin-pulse-halvmark-stop-testing --note "A private firm's HR director on LinkedIn: argued against a four-day week in 2025, changed her mind after her firm's results; the region competes for the same staff; concedes the rota services need people; no more pilots; comments from the Finance Director against and a benefits manager for a real test."
am meta consultation-outcome-four-day-week-regional-service --note "The regional administration's consultation outcome page: responses by group (staff for, residents and businesses against), each theme reported with both sides' arguments; the Executive still committed; officers offer the Assembly a twelve-month pilot with comparison offices as the other option and advise it."
am meta halvmark-four-day-week-where-i-stand --note "A student's Obsidian note for a seminar essay: first for adopting it now (a sister off with stress, Sandlo), then reads the Karvik brief and the bakery post, and moves to a twelve-month pilot with comparison offices; answers the union's, the federation's, the baker's and the op-ed's objections."
am meta staff-committee-working-lunch-2027-11-25 --note "A committee clerk's HackMD note of a working lunch: the Executive Member, the Finance Director, the union, the employers, a researcher and four councillors, each quoted; answers across the table; the chair sums up for a pilot with comparison offices and a fixed end date."
am meta four-day-week-response-tornvik-residents-association --note "A residents' association's Notion page: members worried about phones and care inspection, members who work in the service for it, unsure members who trust neither side's figures; options weighed; the secretary's draft for a pilot with published waiting times; two committee members disagree both ways."
for s in bryggeby-university-news-test-before-deciding \
    consultation-outcome-four-day-week-regional-service \
    four-day-week-response-tornvik-residents-association halvmark-four-day-week-where-i-stand \
    hbf-press-release-four-day-week hpeu-news-32-hours-not-another-pilot \
    karvik-brief-31-the-fifth-day linkedin-pulse-halvmark-stop-testing \
    medium-i-tried-four-days-in-my-bakery notes-from-the-duty-desk-a-day-back \
    posten-opinion-stop-piloting-start-resting staff-committee-working-lunch-2027-11-25 \
    tidende-four-day-week-fridays; do
    am done "$s"   # read in full
done
am validate
