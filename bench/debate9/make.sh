#!/usr/bin/env bash
# Rebuild the held-out Lumora gene-therapy debate from bench/debate9/raw/ into an empty
# folder, with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate9/make.sh /tmp/debate9      (from the repository root)
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

# 1. the project and its codebook: four stances on paying for Lumora ----------------------
python3 -m argmap init "$OUT" --name "Should the Varnian Health Service pay for Lumora?"
am codebook rename stance for fund-now
am codebook rename stance against decline
am codebook rename stance hedged balancing
am codebook edit stance fund-now --label "Fund it now" --symbol "▲" \
    --description "The Varnian Health Service should pay for Lumora for every child with Kessler-Aune disease who can benefit, now, at the price on offer or an ordinary confidential discount and without outcome conditions: the Council's draft rejection should be overturned, because the disease is devastating and rare, the children's gains are real, and a child's life should not lose out to a cost-per-QALY threshold."
am codebook add-stance managed-access --label "Only under a managed-access deal" \
    --symbol "◐" --axis 1 --color "#c8a03a" \
    --description "The Varnian Health Service should pay for Lumora, but only under terms that tie payment or access to results: payment by outcomes or in instalments that stop if a child loses what was gained, time-limited funding with a patient registry and a re-appraisal when longer data arrive, a cap on total spending, or restriction to children treated before symptoms."
am codebook move stance managed-access 2
am codebook edit stance decline --label "Do not fund" --symbol "▼" \
    --description "The Varnian Health Service should not pay for Lumora now: the Council's draft rejection should stand, because the price is not justified, the cost per QALY is far beyond what the service pays for other treatments, the trial evidence is too small and too short, and the money would do more good for other patients; the company should come back with a lower price or better evidence."
am codebook edit stance balancing --label "No verdict" --symbol "◆" \
    --description "Takes no side on paying for Lumora: weighs the children's gains against the cost and the uncertainty without a verdict, says the answer is not yet clear, or makes it depend on a condition it leaves open."
am codebook add-question cost-per-qaly --label "Cost-effectiveness" \
    --text "Is Lumora value for money by the Council's measures: the cost per quality-adjusted life year (QALY), the threshold for highly specialised technologies, the severity weighting, and the assumptions of the economic model?"
am codebook add-question trial-evidence --label "Strength of the evidence" \
    --text "How strong is the evidence that Lumora works: a small single-arm trial against a natural-history registry, the length of follow-up, whether the effect lasts, children treated before or after symptoms, and side effects?"
am codebook add-question rare-equity --label "Rarity, severity and fairness" \
    --text "Do the severity of the disease, its rarity and the patients' young age justify paying more than usual, and is it fair to patients with rare diseases and their families to judge them by the same yardstick as everyone else?"
am codebook add-question displaced-care --label "Opportunity cost" \
    --text "What else would the money pay for: the treatments, staff and services for other patients displaced from a fixed health budget, and the budget impact of paying for Lumora?"
am codebook add-question price --label "The manufacturer's price" \
    --text "Is the price of 2.9 million euros justified by the company's research and manufacturing costs, its profits and what other countries pay, and can the health service negotiate it down?"
am codebook add-question payment-model --label "Paying by results" \
    --text "Can the uncertainty be handled by how the therapy is paid for: outcomes-based or instalment payments, managed-access agreements, registries, data collection and re-appraisal?"
am codebook add-question precedent --label "Precedent and other countries" \
    --text "What does this decision signal for the dozens of gene therapies to come and for companies' prices, and what have other countries decided about Lumora?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R11) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp fund-now "fund lumora" "pay for lumora" "fund it now" "overturn the draft" \
    "overturn the decision" "every eligible child" "every child who" "no child should" \
    "cannot wait" "can't wait" "price on a child's life" "price on a life" \
    "give them the chance" "save * lives" "life-saving" "lifesaving" "reverse the decision" \
    "think again" "deserve* the treatment" "deserve* a chance" "rule of rescue" \
    "access now" "without delay"
sp managed-access "managed access" "managed-access" "pay for results" "payment by results" \
    "pay by results" "outcomes-based" "outcome-based" "pay-for-performance" \
    "in instalments" "annual instalments" "money back" "stop paying" "time-limited" \
    "registry" "re-appraisal" "reappraisal" "risk-sharing" "risk sharing" \
    "before symptoms" "pre-symptomatic" "presymptomatic" "spending cap"
sp decline "do not fund" "not fund" "should not pay" "uphold the draft" \
    "the draft is right" "not cost-effective" "not value for money" "too expensive" \
    "at this price" "unjustifiable price" "unaffordable" "hold the line" \
    "lower price" "better price" "come back with" "other patients will" \
    "more good elsewhere" "cannot justify" "can't justify" "too weak" "too uncertain" \
    "say no" "said no"
sp balancing "on balance" "hard to say" "no easy answer" "no simple answer" \
    "both sides" "torn" "genuinely difficult" "not yet clear" "remains to be seen" \
    "we do not know" "we don't know" "open question" "depends on" "it depends" \
    "cuts both ways" "neither side" "difficult choice" "too early to tell" \
    "honest answer" "dilemma"
qp cost-per-qaly "qaly*" "quality-adjusted" "cost per" "cost-effective*" "threshold*" \
    "icer" "incremental cost" "value for money" "economic model" "discount rate" \
    "severity modifier" "severity weight*" "modifier" "life year*" "base case" \
    "base-case" "willingness to pay"
qp trial-evidence "trial*" "halo-1" "single-arm" "single arm" "natural history" \
    "natural-history" "registry data" "follow-up" "follow up" "durab*" "long-term data" \
    "evidence" "placebo" "randomis*" "randomiz*" "side effect*" "liver" "adverse event*" \
    "walking" "walk*" "motor function" "endpoint*" "sample"
qp rare-equity "rare disease*" "rare condition*" "rarity" "rare" "orphan" "severity" \
    "severe" "fatal" "terminal" "child*" "families" "family" "parents" "fair*" "unfair*" \
    "equity" "equal*" "discriminat*" "dignity" "rule of rescue" "kad"
qp displaced-care "other patients" "opportunity cost*" "displace*" "budget*" "hip replacement*" \
    "cancer" "mental health" "waiting list*" "waiting time*" "nurses" "hospice*" \
    "elsewhere" "instead" "fixed budget" "finite" "trade-off*" "zero-sum" "taxpayer*"
qp price "price*" "pricing" "halvard" "manufacturer*" "company" "companies" "profit*" \
    "shareholder*" "research costs" "development costs" "r&d" "manufacturing cost*" \
    "discount*" "negotiat*" "list price" "margin*" "million euros" "2.9 million"
qp payment-model "managed access" "managed-access" "instalment*" "installment*" \
    "outcomes-based" "outcome-based" "pay for results" "payment by results" "annuit*" \
    "registry" "re-appraisal" "reappraisal" "data collection" "risk-shar*" "rebate*" \
    "refund*" "staged payment*" "spread the cost"
qp precedent "precedent*" "future therapies" "gene therap*" "pipeline" "next therapy" \
    "signal*" "floodgates" "other countries" "abroad" "germany" "france" "brevia*" \
    "ostland" "neighbour*" "international" "europe*" "first of many" "slippery slope"

# 3. the articles, as saved from the web (HTML), kept as notes (Markdown) or pasted (text) --
# Reader pinned: `--reader 4` is how argmap read these files when they were annotated (the
# sentence ids in gold.tsv depend on it); ids from the file names. No file is edited.
# The Vessen Tribune page is saved in Windows-1252 (its <meta> says so): argmap reads
# UTF-8 unless told, so it comes in with its own `add --encoding`. The economist's Blogger
# page (unread/marginal-unit-blog.html) read as empty at 7ca68d2, so raw/ holds its text as
# copied from the browser (marginal-unit-blog.txt); reader 4 reads the page since 521fdd6.
am add --reader 4 --id-from file "$HERE"/raw/*.md "$HERE"/raw/*.txt \
    "$HERE"/raw/holst-medium.html "$HERE"/raw/htac-draft-guidance.html \
    "$HERE"/raw/kadfamilies-campaign.html
am add --reader 4 --id-from file --encoding windows-1252 "$HERE"/raw/tribune-explainer.html
# what argmap could not read from the files, or read wrongly: say it
am meta assembly-urgent-question \
    --title "Urgent question: Lumora and the Health Technology Appraisal Council" \
    --outlet "National Assembly of Varnia, Official Report"
am meta citizens-panel-notes --author "Ole Brink" --outlet "HTAC Citizens' Panel (personal notes)"
am meta marginal-unit-blog \
    --title "Lumora, the identifiable child, and the patients nobody will name" \
    --author "Piet Anders" --outlet "The Marginal Unit" \
    --url "https://marginalunit.blogspot.com/2026/11/lumora-identifiable-child.html"
am meta htac-draft-guidance \
    --title "Velmagene ferparvovec for treating Kessler–Aune disease: draft guidance" \
    --author "Health Technology Appraisal Council" --outlet "GOV.VA"
am meta kadfamilies-campaign --author "KAD Families Varnia"

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta kadfamilies-campaign --note "Patients' charity campaign page for funding now: opens with the Council's 'too much for one child', then the disease, the trial, one family's two children, the budget, and the price; a results-based scheme tolerated if quick."
am meta marginal-unit-blog --note "Health economist's blog against paying at this price: opens with the case for paying, granted, then the cost per QALY, the lifelong-effect assumption, opportunity cost in numbers, rarity's premium, the price and precedent; instalments at the same price are no answer. Two readers' comments."
am meta holst-medium --note "Paediatric neurologist's op-ed for paying by results, argued through what families, the Council, economists and the company say and what she grants each: instalments that stop, a registry, re-appraisal, pre-symptomatic children first."
am meta htac-draft-guidance --note "The appraisal body's draft guidance, numbered paragraphs: not recommended; grants the severity and the short-term effect; the trial's limits, the cost per QALY of 310,000 against a ceiling of 150,000, rarity already weighted, budget impact, the company's outcomes-based offer still too dear."
am meta tribune-explainer --note "Newspaper explainer without a verdict, in reported speech: a mother, the Council, an economist, the charity, a neurologist, the company, the minister and an ethicist; managed access explained; the answer left open."
am meta assembly-urgent-question --note "Urgent question in the National Assembly: an opposition member and a nationalist for funding now, the minister and a Liberal for a results-based deal, a Green former GP against, an independent undecided."
am meta citizens-panel-notes --note "A citizens' panel member's own notes with lists: the mother's case and the economist's case each granted, the middle way only as good as its price, no verdict and a likely abstention."
for s in assembly-urgent-question citizens-panel-notes holst-medium htac-draft-guidance \
    kadfamilies-campaign marginal-unit-blog tribune-explainer; do
    am done "$s"   # read in full
done
am validate
