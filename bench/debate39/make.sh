#!/usr/bin/env bash
# Rebuild the held-out debate on whether the (invented) kingdom of Aurevik should bring back
# compulsory military service (abolished in 2009) for all 18-year-olds, from
# bench/debate39/raw/ into an empty folder, with argmap's own commands only (no JSON edited by
# hand).
#   bash bench/debate39/make.sh /tmp/debate39      (from the repository root)
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

# 1. the project and its codebook: three stances, the two sides and a middle one that wants a
#    selective or lottery draft, a civilian-service option, a review first, or gives no verdict
python3 -m argmap init "$OUT" --name "Should Aurevik bring back compulsory military service for all 18-year-olds?"
am codebook rename stance for bring-back-service
am codebook rename stance against no-conscription
am codebook rename stance hedged selective-or-review
am codebook edit stance bring-back-service --label "Bring back service for all 18-year-olds"  \
    --description "Restore compulsory military service, abolished in 2009, for every 18-year-old: the threat on the eastern border has grown, the volunteer force cannot recruit enough soldiers, the reserve has withered, and a shared year of service binds a divided country together."
am codebook edit stance no-conscription --label "No conscription: a volunteer force"  \
    --description "Keep the all-volunteer professional force and do not conscript: professionals fight better than nine-month draftees, a draft costs more than it returns, takes a year of study and work from every young person, forces labour on free citizens; pay, train and house volunteers better instead."
am codebook edit stance selective-or-review --label "Selective service, a civilian option, or a review first"  \
    --description "Neither universal conscription nor none: a selective draft (everyone registered and assessed, a minority called up, by need or by lottery), a service duty that may be done in civilian roles, or no decision until a review or commission has reported; writers who weigh both sides and give no verdict."
am codebook add-question threat-assessment --label "The threat"  \
    --text "How serious is the threat on Aurevik's eastern border, and does it call for a mass army?"
am codebook add-question military-effectiveness --label "Military effectiveness"  \
    --text "Would conscripts and a trained reserve make Aurevik better defended than a professional volunteer force?"
am codebook add-question cost-and-budget --label "Cost and budget"  \
    --text "What would conscription cost, and is that money better spent on equipment or volunteers' pay?"
am codebook add-question fairness-and-exemptions --label "Fairness and exemptions"  \
    --text "Who would serve, who would be exempted, and would the burden fall fairly on young men and women?"
am codebook add-question social-cohesion --label "Social cohesion"  \
    --text "Would a shared year of service bring Aurevik's regions, classes and communities together?"
am codebook add-question economy-and-careers --label "Economy and careers"  \
    --text "What would a year of service cost young people's study and careers, and the labour market?"
am codebook add-question civil-liberties --label "Civil liberties"  \
    --text "May a free state compel its citizens to serve, and what of conscientious objectors?"
# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R8-R14) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp bring-back-service "bring back conscription" "bring back national service"  \
    "bring back the draft" "restore conscription" "restore national service" "reintroduce conscription"  \
    "reintroduce national service" "return of conscription" "national service bill"  \
    "every 18-year-old" "all 18-year-olds" "universal service"  \
    "universal conscription" "ten months" "a year in uniform" "mass army" "mass of trained"  \
    "trained reserve" "rebuild the reserve" "reserve has withered" "hollow reserve" "hollowed out"  \
    "numbers matter" "mass matters" "total defence" "whole of society"  \
    "defence of the realm" "defending the realm together" "citizen army" "citizen soldier*"  \
    "duty to defend" "every citizen's duty" "shared duty" "common duty" "shared year"  \
    "melting pot" "brings the country together" "binds the country" "sense of duty"  \
    "discipline" "character" "the volunteer model has failed" "volunteer model has failed"  \
    "cannot recruit" "recruiting crisis" "recruitment crisis" "missed its target"  \
    "we ended it too soon" "mistake in 2009" "abolished too hastily" "peace dividend"  \
    "the threat is real" "threat is growing" "on our doorstep" "Tarn Gap"  \
    "no time to lose" "deterrence" "deterrent" "cannot wait" "wake-up call"
sp no-conscription "no conscription" "no to conscription" "against conscription"  \
    "oppose conscription" "volunteer force" "all-volunteer" "professional force"  \
    "professional army" "professional soldiers" "professionals" "pay the volunteers"  \
    "pay soldiers properly" "better pay" "raise the pay" "pay rise" "starting pay"  \
    "housing for soldiers" "retention" "keep the soldiers we have" "forced labour"  \
    "compulsion" "coerced" "coercion" "liberty" "freedom to choose"  \
    "a lost year" "lost year" "year of their lives" "interrupts study" "delays study"  \
    "conscripts are not soldiers" "nine-month soldiers" "ten-month soldiers" "cannon fodder"  \
    "modern war needs specialists" "specialists" "drones and cyber" "technical skills"  \
    "waste of money" "money better spent" "spend it on equipment" "opportunity cost"  \
    "nostalgia" "myth" "romantic" "rose-tinted" "unwilling recruits" "reluctant conscripts"  \
    "poor value" "does not work" "did not work in" "there is a better way"  \
    "volunteers, not conscripts" "not by compulsion" "choose to serve"
sp selective-or-review "selective service" "selective draft" "selective conscription"  \
    "lottery" "ballot" "draw lots" "by lot" "Swedish model" "Norwegian model"  \
    "assess everyone" "everyone assessed" "everyone registered" "registration"  \
    "call up only" "call up a fraction" "a fraction of the cohort" "those we need"  \
    "civilian service" "civil service option" "civilian option" "civil defence"  \
    "rescue services" "choice of service" "service in care" "community service"  \
    "a commission" "royal commission" "an independent review" "a review first"  \
    "review before" "wait for the review" "pilot scheme" "a pilot" "trial cohort" "phased"  \
    "in stages" "step by step" "middle course" "middle way" "halfway house" "compromise"  \
    "neither extreme" "both sides" "on balance" "evidence is mixed" "evidence cuts both ways"  \
    "too early to say" "open question" "not yet clear" "it depends" "depends on"  \
    "unanswered" "before we decide" "before deciding"
qp threat-assessment "Volskar*" "threat*" "Tarn Gap" "border" "eastern"  \
    "drone*" "incursion*" "exercise" "warning time" "aggress*"
qp military-effectiveness "reserve*" "reservist*" "training" "trained" "readiness" "recruit*"  \
    "retention" "soldier*" "skills" "specialist*" "effective*"  \
    "capabilit*" "professional*"
qp cost-and-budget "cost*" "budget*" "billion" "million" "marks" "barracks" "spending"  \
    "afford*" "pay" "salar*" "equipment" "GDP"
qp fairness-and-exemptions "exempt*" "exemption*" "fair*" "unfair*" "women" "equal*"  \
    "lottery" "luck" "medical*" "disab*" "deferment" "deferred"
qp social-cohesion "cohesion" "together" "divided" "class*" "region*" "provinces" "capital"  \
    "communit*" "melting pot" "shared" "integrat*" "citizenship"
qp economy-and-careers "career*" "stud*" "university" "universities" "apprentice*" "employer*"  \
    "earnings" "wage*" "labour market" "jobs" "economy" "lost year"
qp civil-liberties "liberty" "liberties" "freedom" "free citizens" "compul*" "forced labour"  \
    "conscientious objector*" "objector*" "conscience" "constitution*" "coerc*"  \
    
