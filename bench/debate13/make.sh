#!/usr/bin/env bash
# Rebuild the held-out debate on AI marking of Velland's exam scripts from bench/debate13/raw/
# into an empty folder, with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate13/make.sh /tmp/debate13      (from the repository root)
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

# 1. the project and its codebook: four stances on letting an AI system mark exam scripts ---
python3 -m argmap init "$OUT" \
    --name "Should the Velland Examinations Board let an AI system mark Leaving Certificate scripts?"
am codebook rename stance for ai-marking
am codebook rename stance against human-marking
am codebook rename stance hedged open
am codebook edit stance ai-marking --label "Let the AI mark" --symbol "▲" \
    --description "The Board should adopt AI marking as proposed from the June 2028 exams: the system marks each script once, examiners check a sample and the scripts near grade boundaries, and appeals go to humans; in the shadow trial it marked as consistently as examiners or more so, it would end late results caused by the examiner shortage, it costs less, and it never tires or drifts at the end of a long marking day."
am codebook add-stance pilot-first --label "Only after a live pilot, with a human on every script" \
    --symbol "◑" --axis 1 --color "#c8a03a" \
    --description "The Board may use AI marking only under conditions stronger than the proposal: a live pilot in one or two subjects first, a human examiner second-marking every script, AI only for short-answer items and not for essays, published error rates by group of candidates, an independent audit, or every candidate's right to a human re-mark; a yes that waits on these conditions."
am codebook move stance pilot-first 2
am codebook edit stance human-marking --label "Keep human examiners" --symbol "▼" \
    --description "The Board should not let an AI system mark exam scripts: it marks some candidates worse than others (second-language writers, dyslexic candidates, unusual but good answers), it cannot explain a mark or be held to account for it, candidates and teachers would learn to write for the machine, the scripts and the candidates' data go to a private vendor, and marking is part of teachers' professional expertise; the answer to the examiner shortage is to pay and train examiners."
am codebook edit stance open --label "Not decided" --symbol "◇" \
    --description "Takes no side on AI marking: weighs reliability, cost and the examiner shortage against bias, accountability and privacy without a verdict, says the trial's evidence is not yet clear or cuts both ways, asks for information before a verdict, or makes its answer depend on a condition it leaves open."
am codebook add-question reliability --label "Marking accuracy and consistency" \
    --text "Does the AI system mark as accurately and consistently as human examiners: agreement with senior examiners' definitive marks, marks within tolerance, grade agreement, examiner drift and fatigue, and how the shadow trial measured it?"
am codebook add-question bias --label "Fairness to groups of candidates" \
    --text "Does it mark some candidates worse than others: second-language writers, candidates with dyslexia or access arrangements, handwriting and scanning, unusual, creative or unexpected answers, long and short answers?"
am codebook add-question capacity --label "Examiners and late results" \
    --text "What happens to the marking workforce and the timetable: the examiner shortage, recruiting and paying examiners, their workload, late results and results day, and the time left for university places?"
am codebook add-question appeals --label "Explaining marks, appeals and accountability" \
    --text "Can a mark be explained and challenged: reasons for a mark, reviews and appeals, a human re-mark, who is accountable when the system is wrong, and trust in results?"
am codebook add-question teaching --label "Teaching and learning" \
    --text "What does it do in classrooms: teaching to the machine, gaming by length or key words, what kinds of writing are rewarded, and teachers' professional learning from examining?"
am codebook add-question privacy --label "Data and the vendor" \
    --text "What happens to candidates' scripts and data: data protection, where the scripts are stored, whether the vendor may train on them, security, and depending on one private vendor?"
am codebook add-question cost --label "Cost" \
    --text "What does marking cost with and without the AI system: examiners' fees, the vendor's contract, scanning, the human checks, and what the savings would pay for?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp ai-marking "adopt the proposal" "approve the proposal" "adopt ai marking" \
    "let the machine mark" "let it mark" "more consistent than" "as consistent as" \
    "as reliable as" "more reliable than" "never tires" "never gets tired" "does not tire" \
    "doesn't get tired" "no fatigue" "end of a long day" "drift*" "marker drift" \
    "results on time" "on time" "no more late results" "end late results" \
    "human examiners disagree" "examiners disagree" "humans are not perfect" \
    "human error" "faster results" "go ahead" "time to move" "move with the times" \
    "outperform*" "better than human" "a sample is enough" "boundary scripts"
sp pilot-first "pilot first" "live pilot" "one subject" "two subjects" "start small" \
    "second marker" "second-mark*" "double marking" "double-mark*" "human on every script" \
    "every script seen by a human" "short-answer items" "short answers only" \
    "not for essays" "only if" "provided that" "on condition" "as long as" \
    "independent audit" "published error rates" "publish the error rates" \
    "right to a human" "human re-mark" "phase it in" \
    "not yet but" "with safeguards" "conditions"
sp human-marking "keep human" "human examiners" "human judgement" "human judgment" \
    "reject the proposal" "vote it down" "scrap ai marking" "no to ai" "not a machine" \
    "cannot explain" "can't explain" "black box" "write for the machine" \
    "teach to the machine" "gaming" "game the system" "keyword stuffing" \
    "pay examiners" "pay the examiners" "train more examiners" "deskill*" \
    "professional judgement" "second-language" "penalis*" "marked down" \
    "private vendor" "sell the data" "our children's data" "guinea pig*" "experiment on"
sp open "not sure" "unsure" "undecided" "too early to say" "too early to tell" \
    "cuts both ways" "on the one hand" "on the other hand" "remains to be seen" \
    "open question" "we do not know" "we don't know" "not yet clear" "unclear" \
    "mixed" "more evidence" "need to know" "depends on" "hard to say" "torn"
qp reliability "reliab*" "consisten*" "accura*" "agreement" "agree*" "tolerance" \
    "definitive mark*" "senior examiner*" "within one mark" "exact grade" "grade agreement" \
    "marking error*" "error rate*" "drift*" "fatigue" "tired" "inter-rater" "correlation" \
    "shadow trial" "shadow-mark*" "benchmark*" "mark scheme*"
qp bias "bias*" "biased" "fair*" "unfair*" "second-language" "second language" \
    "non-native" "dyslex*" "access arrangement*" "handwriting" "handwritten" "scann*" \
    "creative" "unusual answer*" "unexpected" "original*" "length" "longer answers" \
    "disadvantag*" "minority" "minorities" "groups of candidates" "subgroup*"
qp capacity "examiner shortage" "shortage*" "recruit*" "workforce" "workload" \
    "late results" "results day" "delay*" "timetable" "university place*" "deadline*" \
    "examiners' fees" "marking season" "summer" "overtime" "retir*" "capacity" \
    "not enough examiners" "vacanc*"
qp appeals "appeal*" "review of marking" "re-mark*" "remark*" "explain*" \
    "explanation*" "reasons for" "accountab*" "transparen*" "black box" "trust" \
    "confidence in" "challenge*" "complain*" "who is responsible" "responsib*"
qp teaching "teach*" "classroom*" "lesson*" "pupil*" "students" "learn*" \
    "gaming" "game the" "key words" "keyword*" "write for the machine" "formula*" \
    "template*" "curriculum" "professional development" "cpd" "expertise" "craft"
qp privacy "data" "privacy" "data protection" "gdpr" "personal data" "vendor" \
    "altamar" "contract" "servers" "cloud" "security" "breach*" "train on" \
    "training data" "lock-in" "locked in" "dependen*" "private company" "third part*"
qp cost "cost*" "cheap*" "expensive" "million" "budget*" "saving*" "save*" \
    "fees" "fee" "pay" "paid" "spend*" "money" "afford*" "per script" "licence" "euros"

# 3. the articles, as saved from the web (HTML) or pasted from a PDF (plain text) -----------
# Reader pinned: `--reader 6` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it); ids from the file names. No file is edited.
# The Board's minutes are a LibreOffice export of a .docx in Windows-1252 (its <meta> says
# so); reader 6 honours the declared charset, so no `--encoding` is needed.
am add --reader 6 --id-from file "$HERE"/raw/*.txt "$HERE"/raw/*.html "$HERE"/raw/*.htm
# what argmap could not read from the files, or read wrongly: say it
am meta car-shadow-marking-evaluation \
    --title "Shadow marking of the 2026 Leaving Certificate: an independent evaluation" \
    --outlet "Centre for Assessment Research, University of Harlund" --date 2026-12
am meta veb-minutes-2027-01 \
    --title "Minutes of the 214th meeting of the Velland Examinations Board, 21 January 2027" \
    --outlet "Velland Examinations Board"
am meta inkblot-and-ivy-tumblr --author "inkblot-and-ivy"
am meta herald-oped-oyelaran-print \
    --title "A machine that marks the last script like the first is fairer than the system we have"
am meta edarxiv-preprint-halloran \
    --author "Jorge Halloran, Mei Okonkwo-Strand, Lassi Rautio" --outlet "EdArXiv (preprint)"
am meta commonroom-scriptwise-thread --author "quill_and_coffee (thread starter)"
am meta exams-officers-list-thread \
    --title "VAEO response to the consultation on automated marking" \
    --outlet "Exams-Officers mailing list (Velland Association of Exams Officers)"

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta car-shadow-marking-evaluation --note "University evaluation of the shadow trial, pasted from its PDF: opens with the system's agreement and drift figures, then the gaps (second-language candidates, unusual answers, length); verdict a live pilot in biology and economics with every script also marked by an examiner."
am meta veb-minutes-2027-01 --note "The Board's minutes in reported speech: the Chief Executive for, the union's General Secretary, a data lawyer and the student member against, a professor for a pilot with second marking, a parent member and a lay member undecided; decision deferred to March."
am meta inkblot-and-ivy-tumblr --note "A Leaving Certificate student's Tumblr post against, opening with the Board's 'faster results, fairer marking': the second-language gap, length, appeals, the vendor, pay the examiners; reblogs from a student for (late results, examiner drift) and an examiner for a pilot with a human on every script."
am meta herald-oped-oyelaran-print --note "A head teacher's op-ed for, in a newspaper's print view, opening with the union's line: examiners' drift and fatigue, the trial's agreement figures, late results, human examiners' own biases, the proposal's checks, the cost; concedes the second-language gap, rejects the pilot."
am meta edarxiv-preprint-halloran --note "Preprint abstract page of a re-analysis of the trial data, without a verdict: the system better on average and on handwriting, worse for second-language writers (half of it spelling), both rewarding length; which unfairness weighs more is for the Board and the public."
am meta commonroom-scriptwise-thread --note "Examiners' forum thread (phpBB): a history and an English examiner against (bias, appeals, writing for the machine, deskilling, pay), a biology examiner for (slips, fatigue, fees did not help, handwriting), an economics principal examiner for a pilot, two undecided."
am meta exams-officers-list-thread --note "Exams officers' mailing-list thread (HyperKitty): the chair's draft response for (late results, consistency, appeals, boundary checks), one reply for a pilot with double marking, one against (appeals without reasons, the contract, pay), one for; the chair grants the gaps and keeps the yes."
for s in car-shadow-marking-evaluation commonroom-scriptwise-thread edarxiv-preprint-halloran \
    exams-officers-list-thread herald-oped-oyelaran-print inkblot-and-ivy-tumblr \
    veb-minutes-2027-01; do
    am done "$s"   # read in full
done
am validate
