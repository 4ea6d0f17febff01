#!/usr/bin/env bash
# Rebuild the held-out debate on whether the (invented) country of Tarnholm should
# decriminalise the possession of small amounts of drugs for personal use, from
# bench/debate31/raw/ into an empty folder, with argmap's own commands only (no JSON edited by
# hand).
#   bash bench/debate31/make.sh /tmp/debate31      (from the repository root)
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

# 1. the project and its codebook: three stances on one scale, from a health matter to a crime
python3 -m argmap init "$OUT" --name "Should Tarnholm decriminalise possession for personal use?"
am codebook rename stance for decriminalise
am codebook rename stance against keep-criminal
am codebook rename stance hedged pilot-then-decide
am codebook edit stance decriminalise --label "Decriminalise possession" --symbol "▲" \
    --description "Yes: possession of a small amount for personal use should stop being a crime in Tarnholm. Treat it as a health matter: a civil referral to a health and social panel, no arrest, no criminal record; the police and courts go after supply. Criminal records ruin young lives and keep people from help; Oskaria's reform shows more people in treatment without a rise in use; police time is wasted on users."
am codebook edit stance pilot-then-decide --label "Weigh it: pilot first, no verdict" --symbol "◇" \
    --description "No verdict yet, or a yes only if a pilot proves it: grants points to both sides (records do harm; enforcement and public order matter) and refuses to choose now. Proposals to test decriminalisation in one or two regions and judge by the results, to wait for treatment places to exist first, or to let an independent review decide, belong here."
am codebook edit stance keep-criminal --label "Keep it a crime" --symbol "▼" \
    --description "No: possession should remain a criminal offence. The law deters use, above all among the young; it gives the police the power to intervene, search and disrupt dealing; removing it sends the message that drugs are acceptable, and Oskaria's figures (overdoses rising again, public use in its cities) show the risk. Diversion to treatment at the police's discretion, under the existing law, is the most it allows."
am codebook move stance pilot-then-decide 2
am codebook add-question health-outcomes --label "Health, overdoses, treatment" \
    --text "Would decriminalisation bring more people into treatment and fewer overdose deaths, or more use and more harm?"
am codebook add-question criminal-records --label "Criminal records and lives" \
    --text "What does a conviction for possession do to a person's job, travel, housing and future, and is that a fair or useful punishment?"
am codebook add-question policing-resources --label "Police time and powers" \
    --text "Is police and court time on possession cases wasted or necessary, and what would the police lose or gain (powers to search, intelligence on dealers, time for other crime)?"
am codebook add-question youth-and-schools --label "Young people and schools" \
    --text "What would the change mean for teenagers and schools: deterrence, the message it sends, early help, and records at a young age?"
am codebook add-question oskaria-reform --label "Oskaria's reform" \
    --text "What does the neighbouring country Oskaria's 2020 decriminalisation show about overdoses, use, treatment and public order, and do its figures apply to Tarnholm?"
am codebook add-question public-order --label "Public use and public order" \
    --text "Would decriminalisation bring more drug use in streets, parks, stations and stairwells, needles and nuisance, or would nothing change in public?"
am codebook add-question supply-and-dealers --label "Supply and dealers" \
    --text "Would dealers and organised crime gain or lose: would the market grow, would dealers hide behind the personal amount, would police focus on supply?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp decriminalise "decriminalise" "decriminalize" "decriminalising" "decriminalisation works" \
    "health matter" "a health issue" "not a crime" "not criminals" "not a criminal matter" \
    "no criminal record" "without a record" "civil referral" "referral panel" \
    "health panel" "treatment not punishment" "help not handcuffs" "care not cells" \
    "stigma" "shame keeps" "afraid to ask for help" "ruined by a record" \
    "a record for life" "one joint" "a single conviction" "closed doors" \
    "the war on drugs has failed" "war on drugs" "failed for fifty years" "prohibition failed" \
    "punishment does not work" "jail does not" "criminalising users" "criminalising people" \
    "waste of police time" "wasted hours" "paperwork for a gram" "go after the dealers instead" \
    "focus on supply" "oskaria shows" "oskaria proves" "more people in treatment" \
    "treatment rose" "deaths fell" "overdoses fell" "hiv fell" "no rise in use" \
    "harm reduction" "come forward" "seek help" "call an ambulance" "fear of arrest" \
    "the law drives" "pushes people into the shadows" "into the shadows" "time to change the law" \
    "change the law now"
sp pilot-then-decide "pilot" "trial" "test it first" "one region" "two regions" \
    "a limited trial" "evaluate" "evaluation" "independent review" "wait for the evidence" \
    "on balance" "both sides have a point" "both sides" "on the one hand" "on the other hand" \
    "i can see both" "torn" "undecided" "not sure" "i don't know" "we don't know yet" \
    "too early to say" "mixed picture" "the evidence is mixed" "mixed evidence" \
    "neither side" "no easy answer" "it depends" "only if" "only once" "only when" \
    "treatment places first" "waiting lists first" "fund treatment first" "before we change" \
    "before changing the law" "not yet" "sunset clause" "review after" "measure" \
    "honest about what we do not know" "cannot yet say" "in the middle" "sit on the fence" \
    "conditional" "proceed carefully" "step by step" "small steps"
sp keep-criminal "keep it illegal" "keep the law" "keep the offence" "remain an offence" \
    "remain illegal" "keep possession" "deterrent" "deterrence" "deters" "sends the wrong message" \
    "wrong message" "green light" "normalise" "normalising" "normalisation" "soft on drugs" \
    "surrender" "give up on" "drugs destroy" "drugs are dangerous" "no such thing as a safe" \
    "gateway" "power to search" "stop and search" "lose the power" "tools to intervene" \
    "the only lever" "leverage" "consequences" "rule of law" "law-abiding" \
    "oskaria's mistake" "oskaria is reversing" "deaths rose again" "overdoses rose" \
    "public use" "needles in the park" "open drug scene" "dealers will" "dealers hide" \
    "a dealer's charter" "personal amount" "cover for dealers" "diversion already exists" \
    "discretion already" "the current law works" \
    "oppose the bill" "protect our children" "think of the children" "victims of drug crime" \
    "addiction destroys families" "tough love" "abstinence" "drug-free"
qp health-outcomes "overdose*" "treatment" "addiction" "addict*" "health" "deaths" \
    "rehab*" "detox" "naloxone" "hiv" "hepatitis" "mental health" "doctor*" \
    "clinic*" "waiting list*" "harm reduction" "recovery"
qp criminal-records "criminal record*" "record" "conviction*" "convicted" "job" "jobs" \
    "employer*" "visa" "travel" "housing" "background check*" "stigma" "career" \
    "court"
qp policing-resources "police" "officer*" "hours" "paperwork" "custody" "arrest*" \
    "search" "stop and search" "court time" "prosecutor*" "caseload" \
    "patrol*" "discretion" "powers"
qp youth-and-schools "school*" "teenager*" "young people" "youth" "pupil*" "students" \
    "children" "parents" "our son" "our daughter" "under 18" "under-18s" \
    "teachers" "message to young" "age of first use"
qp oskaria-reform "oskaria*" "brask" "neighbour*" "abroad" "2020 reform" "dissuasion" \
    "across the border" "other countries" "portugal"
qp public-order "public use" "in public" "street*" "park*" "station*" "stairwell*" \
    "needle*" "syringe*" "nuisance" "antisocial" "anti-social" "open drug scene" \
    "neighbourhood" "residents" "feel safe"
qp supply-and-dealers "dealer*" "dealing" "supply" "supplier*" "trafficking" \
    "organised crime" "gangs" "cartel*" "market" "county lines" "personal amount" \
    "threshold" "ten-day supply"

# 3. the pages, as saved from the web and the user's tools ------------------------------------
# Reader pinned: `--reader 14` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`; ids from the
# file names. The consultation's export (raw/*.csv) is refused by `add` ("unsupported file type
# '.csv'"): it was added as the user would, the same file saved again with a .txt name.
am add --reader 14 --id-from file "$HERE"/raw/*.html "$HERE"/raw/*.md "$HERE"/raw/*.docx \
    "$HERE"/raw/*.txt
# what argmap could not read from the pages, or read wrongly: say it
am batch - <<'META'
meta health-first-consultation-free-text-export --title "Health First Bill consultation: free-text answers (export of 15 rows)" --author "Respondents to the Ministry of Health's online consultation" --outlet "Ministry of Health online consultation (CSV export)"
meta would-decriminalising-possession-actually-reduce-overdose-deaths-public --author "Lars E (asks)" --author "epi_nora, harbor_md, T. Aasen (answer)"
meta radio-velsgard-morning-line-2026-03-12 --title "The Morning Line: Should carrying drugs for your own use still be a crime?" --author "Britt Solum (presenter) and callers" --outlet "Radio Velsgard"
meta ola-brekstad-for-22-years-i-arrested-people-for-possession-bluesky --title "For 22 years I arrested people for possession (thread)" --author "Ola Brekstad (@olabrekstad.bsky.social)" --date 2026-03-04
meta petition-keep-possession-of-drugs-a-criminal-offence-folkeraad-petitions --title "Petition: Keep possession of drugs a criminal offence" --author "Vibeke Strand (petition starter) and signers" --outlet "Folkeråd of Tarnholm, Petitions" --date 2026-03-14
meta signal-export-nord-ae-night-shift --title "Nord A&E night shift (group chat)" --author "Nurses of the Nord A&E night shift" --outlet "Signal (chat export)"
meta tpf-statement-health-first-bill-final --title "Police Federation: the Health First Bill would tie officers' hands" --author "Tor Grennes, Chair, Tarnholm Police Federation"
meta velsgard-tidende-letter-scan-ocr --title "Forty years on the bench, and I still do not know" --author "H. A. Lie, retired district judge" --outlet "Velsgard Tidende (letters, scanned)"
meta kvarnberg-school-parent-bulletin-march-2026 --title "Kvarnberg School Parent Bulletin, March 2026" --author "Anders Fjeld (Head Teacher)" --outlet "Kvarnberg School (e-mail newsletter)" --date 2026-03-13
meta what-i-got-wrong-about-the-drug-law-by-dr-maren-haldorsen-notes --outlet "Notes from Cubicle 4 (Substack)"
meta everyone-assumes-people-like-me-want-drugs-legal-i-dont-tiktok --author "Jonas (@jonas.clean.since.2021)" --date 2026-02-26
meta velsgard-weekly-interview-minister-holtet --author "Oda Rønning (asks)" --author "Sanna Holtet, Health Minister (answers)"
meta linas-story-bridgeway-your-stories --author "Lina (as told to Bridgeway)"
meta aibu-to-think-decriminalising-drugs-is-madness-when-we-have-teens --author "CinnamonSwirl and others" --date 2026-03-09
meta fact-check-did-oskarias-overdose-deaths-rise-after-decriminalisation --author "Nils Aamodt (Checkpoint Tarnholm)"
meta ksra-minutes-2026-03-16-open-meeting --title "Kvarn Station Residents' Association: minutes of the open meeting, 16 March 2026" --author "Leif Moen (Secretary)"
META
# who says what: where argmap gave no speaker or a wrong one and the voice matters
am batch - <<'SPEAKERS'
speaker health-first-consultation-free-text-export s0002-s0004 "R-00017 (individual, Velsgard)"
speaker health-first-consultation-free-text-export s0005-s0007 "R-00021 (individual, Nordmark)"
speaker health-first-consultation-free-text-export s0009-s0011 "R-00048 (health professional, Lysvik)"
speaker health-first-consultation-free-text-export s0012-s0015 "R-00052 (Kvarn Station Residents Association)"
speaker health-first-consultation-free-text-export s0016-s0017 "R-00066 (individual, Skarholt)"
speaker health-first-consultation-free-text-export s0018-s0019 "R-00071 (individual, Velsgard)"
speaker health-first-consultation-free-text-export s0020-s0022 "R-00089 (individual, Nordmark)"
speaker health-first-consultation-free-text-export s0023-s0024 "R-00094 (individual, Lysvik)"
speaker health-first-consultation-free-text-export s0025-s0027 "R-00102 (police officer, Velsgard)"
speaker health-first-consultation-free-text-export s0029-s0030 "R-00123 (individual, Skarholt)"
speaker health-first-consultation-free-text-export s0031-s0032 "R-00131 (teacher, Nordmark)"
speaker health-first-consultation-free-text-export s0033-s0034 "R-00140 (individual, Lysvik)"
speaker health-first-consultation-free-text-export s0035-s0038 "R-00158 (Tarnholm Association of Drug Workers)"
speaker ola-brekstad-for-22-years-i-arrested-people-for-possession-bluesky s0012-s0013 "Ola Brekstad"
speaker everyone-assumes-people-like-me-want-drugs-legal-i-dont-tiktok s0007-s0016 "Jonas (@jonas.clean.since.2021)"
speaker everyone-assumes-people-like-me-want-drugs-legal-i-dont-tiktok s0019 "ida.recovers"
speaker everyone-assumes-people-like-me-want-drugs-legal-i-dont-tiktok s0022 "Jonas (@jonas.clean.since.2021)"
speaker everyone-assumes-people-like-me-want-drugs-legal-i-dont-tiktok s0025 "officer.kim.th"
speaker everyone-assumes-people-like-me-want-drugs-legal-i-dont-tiktok s0027 "mads_nk"
speaker everyone-assumes-people-like-me-want-drugs-legal-i-dont-tiktok s0029 "heddaaa"
speaker petition-keep-possession-of-drugs-a-criminal-offence-folkeraad-petitions s0002-s0008 "Vibeke Strand (petition starter)"
speaker petition-keep-possession-of-drugs-a-criminal-offence-folkeraad-petitions s0014-s0016 "Ministry of Health and Ministry of Justice"
speaker petition-keep-possession-of-drugs-a-criminal-offence-folkeraad-petitions s0020 "Kristin, Nordmark"
speaker petition-keep-possession-of-drugs-a-criminal-offence-folkeraad-petitions s0022-s0024 "Arvid, Velsgard"
speaker petition-keep-possession-of-drugs-a-criminal-offence-folkeraad-petitions s0026-s0027 "Liv, Skarholt"
speaker petition-keep-possession-of-drugs-a-criminal-offence-folkeraad-petitions s0029 "Former customs officer, Lysvik"
speaker petition-keep-possession-of-drugs-a-criminal-offence-folkeraad-petitions s0031 "Anonymous signer"
speaker petition-keep-possession-of-drugs-a-criminal-offence-folkeraad-petitions s0032-s0033 "Siv, Lysvik"
speaker velsgard-weekly-interview-minister-holtet s0004,s0006,s0010,s0014,s0018,s0021 "Oda Rønning"
speaker velsgard-weekly-interview-minister-holtet s0005,s0007-s0009,s0011-s0013,s0015-s0017,s0019-s0020,s0022-s0023 "Sanna Holtet"
speaker fact-check-did-oskarias-overdose-deaths-rise-after-decriminalisation s0003 "Erik Valdahl (Justice Minister)"
SPEAKERS

# 4. the annotations, following guide.md: one row per unit in gold.tsv (source, sentence,
#    stance, questions, kind, note, and links by row id), imported in one go ----------------
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am batch - <<'NOTES'
meta health-first-consultation-free-text-export --note "Fifteen rows of the Ministry's consultation export, one respondent each: most for the Bill (a brother's record, a pharmacist, a bereaved mother, drug workers, a teacher), residents, a police officer and parents against, two who want a trial first; two rows say nothing."
meta would-decriminalising-possession-actually-reduce-overdose-deaths-public --note "A Q&A page: the question sets both sides' reading of Oskaria; the accepted answer says the evidence is mixed and asks for a staged rollout; a second answer for decriminalising (treatment, records, police hours); a low-voted answer for keeping the law; comments attack each."
meta radio-velsgard-morning-line-2026-03-12 --note "A phone-in: a mother, a serving officer, a pensioner, a resident by the station and a youth worker for keeping the offence; a man with a record and a GP for the Bill; a woman from Brask who wants it tried first."
meta instagram-mum-of-elias-elias-would-be-24-today --note "A bereaved mother's post for the Bill (her son's friend feared the police); comments from a paramedic for, two men against, one for a trial; her replies."
meta petition-keep-possession-of-drugs-a-criminal-offence-folkeraad-petitions --note "A petition to keep possession a crime (message to the young, police powers, diversion already exists), the government's no-verdict response mentioning a regional pilot, and signers' reasons (Brask, a court order that got a son into treatment, dealers; one signer wants a trial)."
meta signal-export-nord-ae-night-shift --note "A night-shift chat of A&E nurses: two for the Bill now (overdoses where friends waited, records, Oskaria's treatment figures), a charge nurse who wants the pilot and treatment places first."
meta tpf-statement-health-first-bill-final --note "The police federation's statement: opens by granting that records harm and addiction is a health problem, then opposes the Bill (searches, the personal amount, diversion already exists, the 190,000 hours misread)."
meta velsgard-tidende-letter-scan-ocr --note "A retired judge's scanned letter: states both sides' certainty, grants each its point (records harm; the charge reaches suppliers), reads Oskaria as proving little and asks for a two-region trial."
meta kvarnberg-school-parent-bulletin-march-2026 --note "A head teacher's note in a school's e-mail bulletin: reports a parent on each side, takes no side, would want schools in any pilot's measures; the bulletin's other items."
meta what-i-got-wrong-about-the-drug-law-by-dr-maren-haldorsen-notes --note "An emergency doctor's post: she once thought the law a safety rail, now supports the Bill (a flatmate who waited forty minutes, records, Oskaria's teenagers); answers the colleagues who cite Oskaria's deaths and those who want a pilot; a reader's comment against."
meta everyone-assumes-people-like-me-want-drugs-legal-i-dont-tiktok --note "A TikTok by a man in recovery who states the view people expect of him, then argues for keeping the offence (his arrest led him to treatment); comments for the Bill, for him, and his reply."
meta aibu-to-think-decriminalising-drugs-is-madness-when-we-have-teens --note "A parents' forum thread: the opener and two others against (teenagers, the playground, a court order, the amount), a youth justice worker for the Bill, one on the fence who wants one city to try it; the opener concedes records."
meta velsgard-weekly-interview-minister-holtet --note "The Health Minister's interview: grants both sides' points, calls Oskaria mixed and proposes a three-year two-region pilot with an independent evaluation; answers campaigners and reports the Justice Minister's view."
meta nordlys-institute-one-pager-possession-for-personal-use --note "A think-tank one-pager that first states the case against (deterrence, searches, Brask) and then answers it point by point for the Bill, against a regional pilot."
meta ola-brekstad-for-22-years-i-arrested-people-for-possession-bluesky --note "A police sergeant's thread: he believed in possession arrests for 22 years and now supports the Bill (arrests found nothing, dealers found by intelligence, Brask's officers), with a smaller amount; replies were not read by argmap."
meta linas-story-bridgeway-your-stories --note "A testimony on a charity's site: a woman who thought offenders had it coming, then lost her teaching course and eight years to a conviction for one tablet; for the Bill."
meta fact-check-did-oskarias-overdose-deaths-rise-after-decriminalisation --note "A fact check of the Justice Minister's claim that Oskaria's deaths rose: missing context; the figures prove neither side's reading; quotes an expert for and a councillor against."
meta ksra-minutes-2026-03-16-open-meeting --note "A residents' association's minutes: residents afraid of public use, an officer, an outreach worker and a resident for the Bill, a treasurer from Brask; resolves to take no position and ask for conditions on any pilot."
meta motion-26-07-support-the-health-first-bill-velsgard-university-students --note "A students' union motion for the Bill (records and placements, fear of calling for help, Oskaria's young people), noting the opposing view; a debate summary with speakers against and for a pilot."
NOTES
for s in $(am sources --json | python3 -c "import json,sys; print(' '.join(x['id'] for x in json.load(sys.stdin)))"); do
    am done "$s"   # read in full
done
am validate
