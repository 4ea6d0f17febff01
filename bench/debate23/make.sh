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

# 3. the articles, as saved from the web or downloaded ---------------------------------------
# Reader pinned: `--reader 10` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it); ids from the file names. No file is edited.
# The think tank's report was downloaded as AsciiDoc (raw/*.adoc) and the economists' working
# paper as LaTeX source (raw/*.tex); `argmap add` refuses both ("unsupported file type
# '.adoc'", "'.tex'"), so each was saved as .txt, byte for byte the same text, as a user would
# do next: only the .txt files are added.
# Ids pinned as argmap gave them then (cut at 40 characters; since session 13 `--id-from file`
# keeps the whole file name): the claims in gold.tsv name them. Same order as the globs gave.
am add --reader 10 --id-from file "$HERE"/raw/ledger-long-read-the-fee-economy.html \
    "$HERE"/raw/open-line-transcript-2027-10-21.html "$HERE"/raw/orlan-senate-minutes-2027-10-14.html
am add --reader 10 --id ousu-voices-we-are-not-the-housing \
    "$HERE"/raw/ousu-voices-we-are-not-the-housing-crisis.html
am add --reader 10 --id-from file "$HERE"/raw/*.txt
# what argmap could not read from the files, or read wrongly: say it
am meta orlan-senate-minutes-2027-10-14 \
    --title "Senate: minutes of the meeting of 14 October 2027" \
    --author "Hanna Berg (University Secretary)"
am meta sustainable-admissions-consultation \
    --title "Sustainable Admissions: a consultation on the number of international students admitted to Caldrenne's universities" \
    --author "Ministry of Education and Skills (foreword by Hedda Kallas)"
am meta beds-before-borders \
    --title "Beds Before Borders: International Admissions That Follow Housing" \
    --author "Nadia Ferren and Oskar Lehto" --outlet "Caldrenne Civic Institute (Report 31)"
am meta open-line-transcript-2027-10-21 \
    --title "Open Line: \"Too many students from abroad?\" (transcript)" \
    --author "Bram Oster (host) and callers"
am meta marwick-reuel-cap-costs-wp \
    --title "Fees, Beds and Places: What Would a Cap on International Entrants Cost Caldrenne?" \
    --author "Ines Marwick and Tomas Reuel" \
    --outlet "Orlan University, Department of Economics (Working Paper 27-09)" --date 2027-10-28
# who says what: the phone-in's callers are read as the host (their "NAME, TOWN:" labels are
# not taken as speakers), and the minutes' speakers are not read at all; say it, in one batch
am batch - <<'SPEAKERS'
speaker open-line-transcript-2027-10-21 s0015-s0020,s0022-s0025 "Mirela, Tessin"
speaker open-line-transcript-2027-10-21 s0029-s0036,s0039-s0044 "Joost, Orlan"
speaker open-line-transcript-2027-10-21 s0047-s0053,s0055-s0058 "Hanne, Vessport"
speaker open-line-transcript-2027-10-21 s0061-s0064,s0066-s0071 "Dev, Marrowby"
speaker open-line-transcript-2027-10-21 s0073-s0074 "Ingrid, Kellin (text)"
speaker open-line-transcript-2027-10-21 s0075-s0076 "Peter, Vessport (text)"
speaker open-line-transcript-2027-10-21 s0079-s0084,s0086-s0092 "Karin, Kellin"
speaker open-line-transcript-2027-10-21 s0096-s0101,s0103-s0107 "Ollie, Vessport"
speaker open-line-transcript-2027-10-21 s0111-s0117 "Sven, Orlan"
speaker open-line-transcript-2027-10-21 s0121-s0125 "Agnieszka, Vessport"
speaker open-line-transcript-2027-10-21 s0126-s0127 "Lars, Tessin (text)"
speaker open-line-transcript-2027-10-21 s0128-s0129 "Mette, Orlan (text)"
speaker orlan-senate-minutes-2027-10-14 s0017-s0021,s0045-s0047,s0077-s0079 "Dr Katrin Solberg (staff union)"
speaker orlan-senate-minutes-2027-10-14 s0022-s0026,s0067-s0069 "Dr Pavel Ruud"
speaker orlan-senate-minutes-2027-10-14 s0027-s0031 "Ilse Brandt (Director of Accommodation)"
speaker orlan-senate-minutes-2027-10-14 s0032-s0040,s0083 "Jonas Arvik (Chief Financial Officer)"
speaker orlan-senate-minutes-2027-10-14 s0041-s0044 "Professor Ada Mensah (Dean of Engineering)"
speaker orlan-senate-minutes-2027-10-14 s0048-s0051,s0070-s0071,s0081 "Professor Sanna Keel (PVC Student Experience)"
speaker orlan-senate-minutes-2027-10-14 s0052-s0056,s0084 "Farid Osei (Students' Union President)"
speaker orlan-senate-minutes-2027-10-14 s0057-s0059 "Noor Haddad (Students' Union International Officer)"
speaker orlan-senate-minutes-2027-10-14 s0060-s0063 "Professor Leon Hart (Dean of Arts and Humanities)"
speaker orlan-senate-minutes-2027-10-14 s0064-s0066 "Professor Matthias Droste (Deputy Vice-Chancellor)"
speaker orlan-senate-minutes-2027-10-14 s0012-s0016,s0072-s0076 "Professor Elin Varga (Vice-Chancellor, Chair)"
SPEAKERS

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta orlan-senate-minutes-2027-10-14 --note "A university senate's minutes on the Ministry's consultation: the staff union's motion for a national cap (seminar sizes, fee dependence, private colleges' visas) opens the item; the finance director, the Dean of Engineering, the Students' Union and the Vice-Chancellor answer for no cap (fees pay for domestic places, research, a cap frees no rooms, build beds); the PVC for Student Experience moves local compacts (beds and teaching standards), lost; Senate resolves to oppose any national cap."
am meta sustainable-admissions-consultation --note "The Ministry's consultation document as pdftotext -layout gives it: the case for a national cap of 24,000 new entrants (rents in the university towns, class sizes, dependence on fees, visas used as a route to work), Option A's design, the local compacts and no-change cases stated and answered (enforcement, first-year beds only, growth without limit), questions for respondents."
am meta beds-before-borders --note "A think tank's report (AsciiDoc, saved as text) for tying each university's international admissions to the first-year beds it guarantees, teaching standards and visa compliance, with a housing levy on fees: states the cap's case fairly, then why a national number is the wrong tool, answers the open-door case, the proposal and its objections, and what it does not know."
am meta ousu-voices-we-are-not-the-housing --note "A students' union officer's Ghost post against any cap: opens with a domestic flatmate's case for one and concedes the University grew too fast; a cap frees no rooms, fees pay for domestic degrees, deal with the colleges that abuse visas, what international students bring; answers the union's welfare officer who wants a bed guarantee."
am meta open-line-transcript-2027-10-21 --note "A radio phone-in transcript: callers for a cap (a mother whose daughter lost a place, a nurse priced out, a retired lecturer on quality, a texter), against one (a taxi driver, an international PhD student, a recruiter, texters), a landlord for bed guarantees and a levy, and a pensioner who cannot decide; the host pushes back."
am meta ledger-long-read-the-fee-economy --note "A newspaper's long read without a verdict: opens with a rental queue as the case for a cap, then weighs the housing evidence (what a cap would do is unknown), the finances (a cap costly, the model fragile), quality (a cap or conditions), visas (the Government's weakest case), the local compact and its critics; asks Parliament for three studies."
am meta marwick-reuel-cap-costs-wp --note "Two economists' working paper (LaTeX source, saved as text): the cap's cost to income and domestic places (large, certain), fee dependence a risk either way, a small uncertain effect on rents, no measurable effect on teaching, a bed condition better targeted but costly to Vessport; recommends none and asks for data."
for s in beds-before-borders ledger-long-read-the-fee-economy marwick-reuel-cap-costs-wp \
    open-line-transcript-2027-10-21 orlan-senate-minutes-2027-10-14 \
    ousu-voices-we-are-not-the-housing sustainable-admissions-consultation; do
    am done "$s"   # read in full
done
am validate
