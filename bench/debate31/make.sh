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
