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

# 3. the pages, as saved from the web and the user's tools ------------------------------------
# Reader pinned: `--reader 13` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`; ids from the
# file names. The medical association's FAQ is saved with its answers expanded ("Expand all",
# then Save page): saved collapsed (answers in `hidden` blocks) it read as 3 sentences.
am add --reader 13 --id-from file "$HERE"/raw/*.html "$HERE"/raw/*.txt "$HERE"/raw/*.vtt
# what argmap could not read from the pages, or read wrongly: say it
am meta assembly-record-2027-11-18-dying-with-choice-bill \
    --title "Dying with Choice Bill: Second Reading, 18 November 2027" \
    --author "Assembly of Lenvarra (Assembly Record)" --outlet "Assembly Record, volume 812"
am meta assisted-dying-in-lenvarra-wikipedia --author "Wikipedia contributors"
am meta bedside-matters-ep31-six-months --title "Bedside Matters, episode 31: Six months" \
    --author "Amara Lindahl (host), with Jakob Teig and Hanne Sørli" \
    --outlet "Bedside Matters (Tessholm Community Radio)"
am meta corvin-v-attorney-general-2027-lsc-14 \
    --title "Corvin v Attorney General [2027] LSC 14" \
    --author "Supreme Court of Lenvarra (Ostrem CJ for the majority; Teller J concurring; Baptiste-Lund J dissenting)" \
    --outlet "Supreme Court of Lenvarra"
am meta council-of-churches-statement-bill-41 --date 2027-12-01
am meta full-lives-open-letter-bill-41 --author "Full Lives Lenvarra (Hanne Sørli and signatories)"
am meta stillwater-briefing-bill-41 \
    --title "Briefing for Members of the Assembly: The Dying with Choice Bill and the state of palliative care in Lenvarra" \
    --outlet "Stillwater Hospice Network (briefing, PDF)"
# who says what: the live blog's entries by the "Courier live team" take the writer of the entry
# before them as their speaker; the blog writer's own reply in the comments is "@Ylva"
am batch - <<'SPEAKERS'
speaker tessholm-courier-live-assisted-dying-vote s0029-s0044,s0052-s0059 "Courier live team"
speaker dad-would-not-have-qualified s0042 "Ylva Berglund"
SPEAKERS

# 4. the annotations, following guide.md: one row per unit in gold.tsv (source, sentence,
#    stance, questions, kind, note, and links by row id), imported in one go ----------------
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta assembly-record-2027-11-18-dying-with-choice-bill --note "The Assembly Record of the second reading: the sponsor accepts the terminal-only amendment to her own broad Bill (her opening speech was not read by argmap, see friction.md), its mover defends the six-month line against both sides, interventions, a Green member for the Bill as drafted, a former GP and a rural member for palliative care first, a surgeon, a Christian Democrat and a father of a disabled son against any law, the minister neutral; two divisions."
am meta corvin-v-attorney-general-2027-lsc-14 --note "The Supreme Court's judgment (5-2) on a man with multiple system atrophy: counsel's submissions for a broad right and for the ban, interveners for disabled people and for hospices; the majority upholds the ban as protection of the vulnerable; a concurrence says the Assembly should gather evidence and fix care first; a dissent would declare it incompatible for the terminally ill only, and refuses the broad declaration."
am meta stillwater-briefing-bill-41 --note "A hospice charity's briefing as pdftotext gives it: grants that some suffering is not relieved, takes no position on the principle, but asks the Assembly to defer the Bill, guarantee palliative care in every province and commission a study of Orsland and Belmarch first; answers both the opponents who read its figures as proof that no law is needed and the families who want a wider law."
am meta lma-faq-assisted-dying --note "The medical association's FAQ after its change of policy: supports a terminal-only law with a right to refuse; states and answers the case for a broad law, the opponents' case on coercion and trust, and the hospice movement's case for waiting."
am meta assisted-dying-in-lenvarra-wikipedia --note "An encyclopedia article: history, the court case, the Bill and the amendment; each camp's arguments reported (for a broad law, for a terminal-only law, against, palliative care first), polls and the neighbours' figures."
am meta tessholm-courier-live-assisted-dying-vote --note "A newspaper's live blog of the vote night, newest first: quotes of the amendment's mover, the sponsor, a Green member, a disabled father, a former GP, the minister, a square of campaigners on both sides, readers' comments and a correspondent's analysis of the figures from abroad."
am meta the-six-month-line-is-a-failure-of-nerve --note "A Substack essay by a writer who defended the six-month compromise a year ago and now wants the broad law back: a woman with multiple sclerosis; answers the terminal-only camp, the opponents' slope, the disability group, the hospice argument and the doctors."
am meta council-of-churches-statement-bill-41 --note "The churches' statement against the Bill in any form: concedes unrelieved suffering and grieving families; life as a gift, pressure no form records, the line will not hold, medicine and care; refuses the not-yet position too."
am meta full-lives-open-letter-bill-41 --note "A disability-rights group's open letter with signatories against the Bill in any form: answers the amendment's supporters, the hospice charity's 'not yet' and the essayist's charge of paternalism; Orsland's and Belmarch's figures."
am meta dad-would-not-have-qualified --note "A daughter's blog post on her father, paralysed by a stroke and not dying, who starved himself over nineteen days: once against any law with her church, now for the broad law; comments from a nurse for the terminal-only law, a grandson against, an undecided reader."
am meta bedside-matters-ep31-six-months --note "A podcast's captions: a palliative doctor as host (not against in principle, but care and evidence first) between an ethicist for a broad law and a disability campaigner against any law; a listener's message about motor neurone disease."
for s in assembly-record-2027-11-18-dying-with-choice-bill assisted-dying-in-lenvarra-wikipedia \
    bedside-matters-ep31-six-months corvin-v-attorney-general-2027-lsc-14 \
    council-of-churches-statement-bill-41 dad-would-not-have-qualified \
    full-lives-open-letter-bill-41 lma-faq-assisted-dying stillwater-briefing-bill-41 \
    tessholm-courier-live-assisted-dying-vote the-six-month-line-is-a-failure-of-nerve; do
    am done "$s"   # read in full
done
am validate
