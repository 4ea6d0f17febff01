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

# 3. the articles, as saved from the web (HTML), kept as Markdown or plain text, or pasted --
# Reader pinned: `--reader 5` is how argmap read these files when they were annotated (the
# sentence ids in gold.tsv depend on it); ids from the file names. No file is edited.
# The union's bulletin is an e-mail saved from Outlook as .htm in Windows-1252 (its <meta>
# says so): argmap reads UTF-8 unless told, so it comes in with its own `add --encoding`.
# The LinkedIn page as saved (unread/duvall-linkedin.html) reads as empty with readers 1-5
# (the layout's class "scaffold-layout--sidebar-main-aside" is taken for a sidebar), so
# raw/ holds the post and its comments as copied from the browser (duvall-linkedin.txt).
# The Reddit thread saved from old.reddit.com (unread/reddit-thread-old.html) loses the post
# and every comment (they sit in <form class="usertext">), so raw/ holds the same thread
# saved from www.reddit.com (reddit-thread.html).
am add --reader 5 --id-from file "$HERE"/raw/*.md "$HERE"/raw/*.txt \
    "$HERE"/raw/hallberg-ghost.html "$HERE"/raw/reddit-thread.html \
    "$HERE"/raw/sopm-evaluation.html
am add --reader 5 --id-from file --encoding windows-1252 "$HERE"/raw/mpsu-bulletin.htm
# what argmap could not read from the files, or read wrongly: say it
am meta duvall-linkedin \
    --title "“A four-day week for civil servants? Lovely for them, and who pays?”" \
    --author "Carmen Duvall" --outlet "LinkedIn" --date 2026-11-23 \
    --url "https://www.linkedin.com/posts/carmen-duvall-hr_fourdayweek-publicsector-hr-activity-7268120455120939008-Qf2k"
am meta mpsu-bulletin --author "Sølvi Andrésen" \
    --outlet "Marrenland Public Service Union, Members' Bulletin"
am meta kjaerlund-interview \
    --title "“Output per hour is not output”: Mathis Kjær-Lund on the four-day week" \
    --author "Nora Halvorsen" --outlet "Marrenland Economic Review"
am meta written-answer-1187 \
    --title "Written question No. 1187: the cost of a four-day week in the central government" \
    --author "Joris Vandeleur, Minister of Finance (question by Ellen Brask)" \
    --outlet "Storting of Marrenland, written questions and answers" --date 2026-11-25
am meta reddit-thread --outlet "Reddit, r/Marrenland"
am meta sopm-evaluation --author "State Office for Public Management" --date 2026-11-10

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta duvall-linkedin --note "HR director's LinkedIn post for the four-day week, opening with the question it answers ('who pays?'): her agency's pilot figures, a concession on rushed counters, recruitment; a yes with office agencies first. Comments from a freight CFO and a prison officer against, a union rep and a recruiter for, a retired manager on phone waits, and her replies."
am meta mpsu-bulletin --note "Union members' bulletin (an e-mail saved from Outlook) for the four-day week, opening with the think tank's EUR 640 million headline and rebutting it with rhetorical questions; members' stories; concedes the prison overtime and phone waits; round-the-clock services phased in."
am meta hallberg-ghost --note "Think tank's report summary against, on Ghost, opening with the government's 'pays for itself': seven numbered findings with footnotes (cost, the prison's overtime, savings counted generously, output indicators, volunteers, fairness, targeted recruitment) and an extended pilot instead."
am meta kjaerlund-interview --note "Q&A with a productivity economist against a roll-out now, in productivity's own words: the interviewer puts the minister's, the union's, the finance ministry's and the critics' cases; he grants some and answers; extend the pilot, a nine-day fortnight, decide with more data."
am meta written-answer-1187 --note "Parliamentary written answer: an opposition MP's question against (cost, the prison, fairness, the deficit), the finance minister's answer for, argued on cost: gross and net cost, savings on sick pay, turnover and consultants, the prison phased in last, re-evaluation in 2030."
am meta reddit-thread --note "Reddit thread: a warehouse night-shift worker's post against (taxes, fairness, watched staff), comments for (a pilot caseworker, a graduate, consultants, history of shorter weeks) and against (a prison officer, an accountant, a nurse); the poster ends granting the office agencies."
am meta sopm-evaluation --note "The evaluating agency's final report page, with tables: findings both ways (output held on most indicators, sick leave, resignations, applicants; phone waits, the prison's overtime, volunteers, rushed tasks); verdict not yet: extend the pilot before deciding."
for s in duvall-linkedin hallberg-ghost kjaerlund-interview mpsu-bulletin reddit-thread \
    sopm-evaluation written-answer-1187; do
    am done "$s"   # read in full
done
am validate
