#!/usr/bin/env bash
# Rebuild the held-out debate on whether the (invented) country of Lenvarra should legalise
# assisted dying, from bench/debate28/raw/ into an empty folder, with argmap's own commands
# only (no JSON edited by hand).
#   bash bench/debate28/make.sh /tmp/debate28      (from the repository root)
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

# 1. the project and its codebook: four stances on one scale, from a broad law to no law -----
python3 -m argmap init "$OUT" --name "Should Lenvarra legalise assisted dying?"
am codebook rename stance for legalise-broadly
am codebook rename stance against oppose-legalising
am codebook rename stance hedged not-yet
am codebook add-stance terminal-illness-only --label "Terminally ill adults only" \
    --description "Legalise assisted dying, but only for mentally competent adults with a terminal illness expected to cause death within six months, with strict safeguards: two independent doctors, a review panel, a waiting period, a right of doctors to refuse. Argues against a broad law (non-terminal, psychiatric or disability-based eligibility) as well as against keeping the ban." \
    --symbol "△" --axis 1
am codebook edit stance legalise-broadly --label "Legalise broadly" --symbol "▲" \
    --description "Legalise assisted dying for any competent adult whose suffering from a serious, incurable condition is unbearable to them, terminal or not (incurable degenerative, neurological and chronic conditions included): autonomy and dignity belong to the person who suffers, a six-month rule is arbitrary and cruel to those who suffer longest, and the broad laws abroad work."
am codebook edit stance not-yet --label "Not yet: palliative care first" --symbol "◇" \
    --description "No verdict yet: fix and fund palliative care everywhere first, gather evidence (from abroad and at home), then let the Assembly revisit the question. Grants points to both sides (some suffering is not relieved today; the risks to the vulnerable are real) and refuses both verdicts for now; proposals for an inquiry, a commission, a sunset review or conditions to be met before any vote belong here."
am codebook edit stance oppose-legalising --label "Never legalise" --symbol "▼" \
    --description "No: keep assisted suicide and euthanasia a crime in every case. A law would put pressure on the old, the disabled, the poor and the depressed to die (coercion no safeguard catches), corrupt medicine's duty to heal and never to kill, and widen over time as abroad (the slippery slope); the answer to suffering is care, not death."
am codebook move stance terminal-illness-only 2
am codebook move stance not-yet 3
am codebook add-question safeguards-coercion --label "Safeguards and coercion" \
    --text "Can safeguards (doctors' checks, panels, waiting periods, capacity tests) detect pressure from family, money or a sense of being a burden, and stop wrongful deaths?"
am codebook add-question palliative-care --label "Palliative and hospice care" \
    --text "Is palliative and hospice care good and available enough, can it relieve all suffering, and would a law weaken or crowd it out?"
am codebook add-question autonomy-dignity --label "Autonomy and dignity" \
    --text "Does a person have the right to choose the time and manner of their death, and what does dignity in dying demand?"
am codebook add-question disability-vulnerable --label "Disabled and vulnerable people" \
    --text "What would a law mean for disabled, old, poor, depressed or isolated people: equal protection, or a message that their lives are worth less?"
am codebook add-question medical-ethics --label "Medical ethics and doctors" \
    --text "Is helping a patient die compatible with medicine's duties, the doctor-patient relationship and doctors' conscience?"
am codebook add-question evidence-abroad --label "Evidence from abroad" \
    --text "What do the laws of other countries (Orsland's terminal-only law, Belmarch's broad law) show about numbers, widening, abuses and safeguards working?"
am codebook add-question eligibility-scope --label "Who would be eligible" \
    --text "Who should qualify: terminal illness with six months to live, or any unbearable incurable suffering; mental illness, dementia, disability; where to draw the line and whether it holds?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R13) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp legalise-broadly "unbearable suffering" "any competent adult" "not only the dying" \
    "six-month rule" "six months is arbitrary" "arbitrary line" \
    "suffer for years" "years of suffering" "incurable condition*" \
    "non-terminal" "not terminal" "degenerative" "my body" "own death" \
    "their own death" "right to die" "choose when" "choose how" "the person who suffers" \
    "bodily autonomy" "self-determination" "broad law" "broader law" \
    "the original bill" "the bill as drafted" \
    "belmarch shows" "belmarch works" "trust adults" \
    "treat adults as adults" "paternalis*" "cruel to exclude" "left out by the amendment" \
    "a two-tier death" "locked in" "sentenced to live" \
    "own terms" "mercy" "compassion demands" "chronic pain" \
    "multiple sclerosis" "parkinson*"
sp terminal-illness-only "terminally ill" "terminal illness" "terminal diagnosis" \
    "six months to live" "six months or less" "within six months" \
    "already dying" "only the dying" "dying adults" "narrow law" "narrowly drawn" \
    "strict safeguards" "two independent doctors" "two doctors" \
    "review panel" "reflection period" "waiting period" \
    "the amendment" "amendment 7" "sandvoll amendment" "orsland model" "orsland shows" \
    "not belmarch" "belmarch goes too far" \
    "goes too far" "a line that holds" "a clear line" "draw the line at" \
    "opt-out for doctors" "conscientious objection" "right to refuse" "hasten an inevitable" \
    "inevitable death" "not a choice between living and dying" \
    "choice between ways of dying" "end-stage" "final weeks" "prognosis" "self-administered" \
    "vote for the amended" 
sp not-yet "not yet" "too soon" "premature" "first fix" "fix palliative care first" \
    "palliative care first" "before we legislate" "before any law" \
    "gather evidence" "more evidence" "the evidence is not yet" "commission" "inquiry" \
    "citizens' assembly" "revisit" "come back to" \
    "in five years" "pause" "defer" "neither yes nor no" \
    "no verdict" "not the time" "conditions first" \
    "on the one hand" "on the other hand" "both sides" \
    "not against in principle" "in principle" "open question" "undecided" "unsure" \
    "we don't know" "we do not know" "until" "only when" "only once" "fund hospices first" \
    "equal access first" "postcode lottery" "choice requires alternatives" \
    "no real choice without"
sp oppose-legalising "never" "under no circumstances" "in no case" "keep the ban" \
    "keep the law" "section 233" "do not kill" "thou shalt not" "sanctity of life" \
    "sanctity" "gift of life" "life is a gift" "slippery slope" \
    "the wedge" "expands" "widening" "mission creep" "once the door is open" \
    "a duty to die" "burden on" \
    "being a burden" "feel a burden" "pressure to die" "coercion" \
    "coerced" "elder abuse" "no safeguard" "safeguards fail" "cannot be made safe" \
    "killing" "kill" "lethal" "poison" "doctors must not" "first do no harm" "do no harm" \
    "hippocratic" "cheaper to die" "cost of care" "worth less" \
    "not worth living" "better dead" "ableis*" "eugenic*" "vote against the bill" \
    "reject the bill" "reject this bill" "care not killing"
qp safeguards-coercion "safeguard*" "coerc*" "pressure*" "pressured" "abuse" \
    "capacity" "panel" "two doctors" "independent doctor*" "waiting period" \
    "reflection period" "checks" "detect*" "inheritance" "family pressure" "burden" \
    "judge" "oversight" "monitor*" 
qp palliative-care "palliative*" "hospice*" "pain relief" "pain control" "sedation" \
    "end-of-life care" "end of life care" "hospice beds" "nurses" "symptom*" "morphine" \
    "care at home" "funding" "postcode lottery" 
qp autonomy-dignity "autonom*" "dignity" "dignified" "choice" "choose" "right to" \
    "freedom" "self-determination" "control" "own life" "own death" \
    "on their own terms"
qp disability-vulnerable "disab*" "vulnerab*" "elderly" "old people" "the poor" \
    "poverty" "depress*" "lonely" "isolated" "worth less" "ableis*" "carers" \
    "dementia" "learning disab*"
qp medical-ethics "doctor*" "physician*" "medic*" "hippocratic" "conscien*" "gp*" \
    "clinician*" "trust in doctors" "do no harm" "healer*" \
    "medical association"
qp evidence-abroad "abroad" "belmarch*" "orsland*" "other countries" "overseas" \
    "annual report*" "per cent of deaths" "figures" "data" "statistics" \
    "evidence"
qp eligibility-scope "eligib*" "qualify" "criteria" "six months" "terminal*" \
    "non-terminal" "prognos*" "mental illness" "psychiatric" "dementia" "minors" \
    "advance request*" "scope" "the line" "draw the line" "clause 2"
