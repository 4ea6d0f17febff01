#!/usr/bin/env bash
# Rebuild the held-out debate on whether Morvenia should replace its means-tested benefits
# with a universal basic income, from bench/debate22/raw/ into an empty folder, with argmap's
# own commands only (no JSON edited by hand).
#   bash bench/debate22/make.sh /tmp/debate22      (from the repository root)
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

# 1. the project and its codebook: a universal payment, targeted help, work first, and no
#    verdict until the pilot reports ------------------------------------------------------
# (the brief named the no-verdict stance `pilot-first`; debate13 has that id, and a held-out
# debate's stance ids must be its own, so it is `await-pilot` here)
python3 -m argmap init "$OUT" \
    --name "Should Morvenia replace its means-tested benefits with a universal basic income?"
am codebook rename stance for full-basic-income
am codebook rename stance against work-first
am codebook rename stance hedged await-pilot
am codebook edit stance full-basic-income --label "A basic income for every adult" \
    --symbol "●" \
    --description "Replace most means-tested benefits (the Household Support Allowance and the Work Search Allowance) with an unconditional payment to every adult, the Citizen's Dividend of 850 marks a month, paid for with a flat income tax: no means test, no sanctions and no stigma, no poverty trap because the payment is never withdrawn as earnings rise, everyone who is owed it gets it, and a floor under people as automation and gig work change jobs."
am codebook add-stance targeted-support --label "Keep and improve targeted help" \
    --symbol "◐" --axis -1 --color "#3f7f6f" \
    --description "Keep help for those who need it rather than paying everyone: repair the means-tested benefits (automatic payment, higher rates, simpler forms, a gentler withdrawal rate) or replace them with a negative income tax that tops up only incomes below a threshold; a flat payment to every adult costs far more, pays the well-off, and would leave single parents, disabled people and renters worse off than help aimed at them."
am codebook move stance targeted-support 2
am codebook edit stance work-first --label "Work first: fund jobs, not income" \
    --symbol "▼" \
    --description "No income without work or job search for those who can work: keep the duty to look for work, and spend the money on jobs, training, apprenticeships, childcare for working parents, wage top-ups and a job guarantee instead of an unconditional payment; work brings dignity, skills and a way out of poverty, employers cannot find staff, and paying people not to work is unfair to those who do."
am codebook edit stance await-pilot --label "No verdict until the pilot reports" \
    --symbol "◌" \
    --description "Takes no side until the three-year Kessel Valley pilot reports in 2029: the evidence is not in yet, the interim figures are too early or too small to settle it, other countries' trials do not transfer to Morvenia, or parliament should decide only when the results are known."
am codebook add-question cost-taxes --label "Cost and taxes" \
    --text "What each option costs and who pays for it: the gross and net cost of the Citizen's Dividend, the flat income tax rate, who pays more and who gains, what the money would buy if spent otherwise?"
am codebook add-question work-incentives --label "Work and incentives" \
    --text "Whether people keep working or work more: hours and participation, labour shortages, the poverty trap and withdrawal rates, conditions and job search, whether income without work discourages it?"
am codebook add-question poverty-dignity --label "Poverty and dignity" \
    --text "What each option does to poverty and to people's dignity: stigma, sanctions, children and single parents, disabled people, who would be better or worse off, the freedom to refuse bad work?"
am codebook add-question bureaucracy-fraud --label "Bureaucracy, errors and fraud" \
    --text "How the money reaches people: forms, caseworkers and assessments, errors and overpayments, people who do not claim what they are owed, fraud, the cost of administration?"
am codebook add-question future-of-work --label "Automation and the future of work" \
    --text "Whether automation, AI and gig work will take or change jobs, and what that means for income: unpaid care and volunteering, insecure work, the jobs that will be left?"
am codebook add-question inflation-housing --label "Prices and rents" \
    --text "What a payment to everyone does to prices and rents: inflation, landlords raising rents, the housing supplement, the cost of living in the capital and in the regions?"
am codebook add-question pilot-evidence --label "The pilot and other trials" \
    --text "What the Kessel Valley pilot and other trials show or can show: interim findings, sample size, the control group, what a time-limited pilot cannot tell, trials abroad?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp full-basic-income "basic income" "universal basic income" "ubi" "citizen's dividend" \
    "citizens' dividend" "the dividend" "unconditional payment" "unconditional income" \
    "no strings" "every adult" "each adult" "all adults" "paid to everyone" "for everyone" \
    "no means test" "end the means test" "scrap the means test" "abolish the means test" \
    "humiliating" "degrading" "stigma" "no sanctions" "end sanctions" "sanctioned" \
    "freedom to say no" "say no to bad" "bargaining power" "a floor" "income floor" \
    "never withdrawn" "everyone gets it" "automation" "robots" "850 marks" "replace the hsa" \
    "replace the benefits" "simple and universal"
sp targeted-support "means-tested" "means tested" "targeted" "target the help" \
    "those who need it" "who need it most" "the poorest" "negative income tax" "nit" \
    "income guarantee" "top up low incomes" "below the threshold" "withdrawal rate" \
    "taper" "automatic payment" "paid automatically" "auto-enrol*" "simpler forms" \
    "fix the hsa" "raise the hsa" "improve the system" "repair the system" \
    "why pay millionaires" "millionaires" "the well-off" "wealthy" "single parents" \
    "disabled people" "worse off" "lose out" "help where it is needed" "social democrats"
sp work-first "work first" "work-first" "work guarantee" "job guarantee" "jobs guarantee" \
    "job search" "look for work" "looking for work" "duty to work" "something for nothing" \
    "paid not to work" "money for nothing" "dependency" "dependent" "training" \
    "apprentice*" "wage top-up*" "wage subsid*" "work pays" "make work pay" \
    "dignity of work" "structure" "idle" "skills" "staff shortage*" "cannot find staff" \
    "can't find staff" "vacancies" "people's party" "back to work" "jobcentre"
sp await-pilot "wait for the pilot" "wait for the results" "until the pilot" \
    "pilot reports" "final report" "when the pilot" "results are in" "evidence is not in" \
    "too early" "too soon" "premature" "interim" "18 months" "2029" "no verdict" \
    "reserve judgement" "reserve judgment" "hold off" "not yet" "wait and see" \
    "can't tell yet" "cannot tell yet" "let the evidence" "before deciding" "don't transfer" \
    "do not transfer" "small sample"
qp cost-taxes "cost*" "billion" "tax*" "38 %" "38%" "flat tax" "afford*" "budget" \
    "pay for it" "paid for" "net cost" "gross cost" "deficit" "who pays" "middle earners"
qp work-incentives "work*" "job*" "hours" "incentive*" "employ*" "labour" "labor" \
    "shortage*" "poverty trap" "withdrawal" "taper" "lazy" "quit" "part-time" "overtime"
qp poverty-dignity "poverty" "poor" "dignity" "stigma" "shame*" "humiliat*" "sanction*" \
    "children" "child" "single parent*" "single mum*" "disabled" "disabilit*" "food bank*" \
    "worse off" "better off"
qp bureaucracy-fraud "form*" "caseworker*" "bureaucra*" "paperwork" "assessment*" \
    "error*" "overpayment*" "fraud*" "take-up" "do not claim" "don't claim" "unclaimed" \
    "admin*" "red tape" "appeal*" "office"
qp future-of-work "automation" "automat*" "robot*" "ai" "artificial intelligence" \
    "gig" "platform work" "delivery apps" "insecure" "zero-hours" "care work" "unpaid" \
    "volunteer*" "carers" "future of work"
qp inflation-housing "inflation" "prices" "price*" "rent*" "landlord*" "housing" \
    "cost of living" "velstad" "mortgage*" "housing supplement"
qp pilot-evidence "pilot" "kessel valley" "trial*" "control group" "study" "studies" \
    "evidence" "findings" "researchers" "randomised" "randomized" "sample" "finland" \
    "experiment*"
