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

# 3. the articles, as saved from the web or downloaded ---------------------------------------
# Reader pinned: `--reader 10` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it); ids from the file names. No file is edited.
# The Lemmy thread was saved as a web page (raw/*.html), but argmap read only the opening post
# and left the nine comment paragraphs out ("9 passages ... were not read"); so the user did
# what `argmap leftout` suggests and saved the page another way: select all, copy, paste into
# a text file (raw/lemmy-morvenia-citizens-dividend.txt). Only the .txt is added.
R="$HERE/raw"
am add --reader 10 --id-from file \
    "$R/bluesky-kessel-valley-notes-thread.html" "$R/bluesky-ostrova-basic-income-thread.html" \
    "$R/Citizen's Dividend - where I've got to.md"
# Ids pinned as argmap gave them then (cut at 40 characters; since session 13 `--id-from file`
# keeps the whole file name): the claims in gold.tsv name them.
am add --reader 10 --id consultation-response-velstad-housing \
    "$R/consultation-response-velstad-housing-federation.html"
am add --reader 10 --id council-motion-27-41-work-guarantee \
    "$R/Council motion 27_41 - Work Guarantee - speech notes.html"
am add --reader 10 --id-from file \
    "$R/github-benefit-calc-issue-212.html" "$R/instagram-floorforall-post.html" \
    "$R/lemmy-morvenia-citizens-dividend.txt" "$R/morgenpost-amp-kessel-valley-interim.html" \
    "$R/nextdoor-millbrook-cafe-staff.html" "$R/parentsnet-aibu-citizens-dividend.html" \
    "$R/threshold-48-help-that-arrives.eml" "$R/tidende-oped-dignity-of-a-paid-day.html" \
    "$R/wikipedia-talk-citizens-dividend-bill.html" "$R/youtube-moneyplain-32-billion.html"
# what argmap could not read from the files, or read wrongly: say it
am meta bluesky-kessel-valley-notes-thread \
    --title "Everyone in Velstad has decided what our valley proves (thread and replies)" \
    --author "Kessel Valley Notes, with replies by Sofie Aune, Jon Hagerup and Lise Moen"
am meta bluesky-ostrova-basic-income-thread \
    --title "I was wrong about a basic income (thread and replies)" \
    --author "Hanna Ostrova, with replies by Tomas Brekke, Arne Vik and Kessel Valley Notes"
am meta citizens-dividend-where-ive-got-to --outlet "Obsidian vault (column notes)"
am meta consultation-response-velstad-housing \
    --title "Velstad Housing Federation: response to the Citizen's Dividend Bill call for evidence" \
    --author "Velstad Housing Federation (Dagny Ulvestad)" \
    --outlet "Ministry of Social Affairs consultation hub"
am meta council-motion-27-41-work-guarantee --author "Cllr Eirik Solberg" \
    --outlet "Velstad City Council (speech notes, Google Docs)"
am meta github-benefit-calc-issue-212 \
    --title "Add a Citizen's Dividend scenario (and show who loses), issue #212" \
    --author "ingridsol, paalnordby and tovehaug-dev" --outlet "GitHub: openmorvenia/benefit-calc"
am meta instagram-floorforall-post --title "This is Maren (Floor For All on Instagram)" \
    --author "Floor For All, with comments by five readers"
am meta lemmy-morvenia-citizens-dividend \
    --title "The Citizen's Dividend goes to second reading on Tuesday. Is anyone here actually against it?" \
    --author "velstad_nightbus and commenters" --outlet "lemmy.mv (c/morvenia)" --date 2027-09-18
am meta nextdoor-millbrook-cafe-staff --date 2027-10-14 \
    --author "Greta Lunde, with replies by four neighbours"
am meta parentsnet-aibu-citizens-dividend --author "CrumpetsAndCrayons and other posters" \
    --date 2027-09-15
am meta threshold-48-help-that-arrives --author "Liv Mortensen" \
    --outlet "Resolution Institute (Threshold newsletter)"
am meta wikipedia-talk-citizens-dividend-bill \
    --title "Talk:Citizen's Dividend Bill: Interim pilot findings in the lead" \
    --author "Halvard Strom, Ilse.Morgen, Quillon and Bjorn Tallak"
am meta youtube-moneyplain-32-billion --author "MoneyPlain"
# who says what in the threads, where argmap read no speaker (or only some); the voices matter
# to the annotation (guide R5). One `batch` call: 40 commands in one process.
am batch - <<'SPEAKERS'
speaker bluesky-ostrova-basic-income-thread s0002-s0025,s0033-s0034,s0042-s0043 "Hanna Ostrova"
speaker bluesky-ostrova-basic-income-thread s0029-s0030 "Tomas Brekke"
speaker bluesky-ostrova-basic-income-thread s0037-s0039 "Arne Vik"
speaker bluesky-ostrova-basic-income-thread s0046-s0047 "Kessel Valley Notes"
speaker bluesky-kessel-valley-notes-thread s0002-s0021,s0029-s0030 "Kessel Valley Notes"
speaker bluesky-kessel-valley-notes-thread s0025-s0026 "Sofie Aune"
speaker bluesky-kessel-valley-notes-thread s0033-s0034 "Jon Hagerup"
speaker bluesky-kessel-valley-notes-thread s0037-s0038 "Lise Moen"
speaker lemmy-morvenia-citizens-dividend s0012-s0016,s0025-s0026 "velstad_nightbus"
speaker lemmy-morvenia-citizens-dividend s0020-s0022 "gretha_num"
speaker lemmy-morvenia-citizens-dividend s0029-s0030 "bitter_lathe"
speaker lemmy-morvenia-citizens-dividend s0033-s0035 "moss_and_mortar"
speaker lemmy-morvenia-citizens-dividend s0038-s0040 "quietcoder"
speaker lemmy-morvenia-citizens-dividend s0043-s0044 "ledger_lass"
speaker parentsnet-aibu-citizens-dividend s0003-s0007,s0017-s0018,s0028-s0029 "CrumpetsAndCrayons"
speaker parentsnet-aibu-citizens-dividend s0009-s0010,s0031-s0033 "Thistledown77"
speaker parentsnet-aibu-citizens-dividend s0012-s0015 "MrsPeregrine"
speaker parentsnet-aibu-citizens-dividend s0020-s0022 "GreyHeronMum"
speaker parentsnet-aibu-citizens-dividend s0024-s0026 "Bramblejelly"
speaker wikipedia-talk-citizens-dividend-bill s0007-s0009,s0015-s0016,s0027-s0028 "Halvard Strom"
speaker wikipedia-talk-citizens-dividend-bill s0011-s0013,s0022-s0023,s0033 "Ilse.Morgen"
speaker wikipedia-talk-citizens-dividend-bill s0018-s0020,s0030-s0031 "Quillon"
speaker wikipedia-talk-citizens-dividend-bill s0025 "Bjorn Tallak"
speaker github-benefit-calc-issue-212 s0003-s0007,s0018-s0020 "ingridsol"
speaker github-benefit-calc-issue-212 s0009-s0016,s0026-s0028 "paalnordby"
speaker github-benefit-calc-issue-212 s0022-s0024 "tovehaug-dev"
speaker instagram-floorforall-post s0003,s0016-s0017 "floorforall.mv"
speaker instagram-floorforall-post s0004-s0005 "sven.holt.mv"
speaker instagram-floorforall-post s0007-s0010 "juno.paints"
speaker instagram-floorforall-post s0012-s0014 "ragnhild.landlordwatch"
speaker instagram-floorforall-post s0019-s0020 "petter_k_works"
speaker nextdoor-millbrook-cafe-staff s0002-s0008 "Greta Lunde"
speaker nextdoor-millbrook-cafe-staff s0010,s0013,s0016,s0020,s0024 ""
speaker morgenpost-amp-kessel-valley-interim s0009-s0010 "Jon Hagerup"
speaker morgenpost-amp-kessel-valley-interim s0013-s0015 "Anniken Rød"
speaker morgenpost-amp-kessel-valley-interim s0018-s0019 "Kari Lind"
SPEAKERS

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta bluesky-kessel-valley-notes-thread --note "A Bluesky thread by an account in the pilot area: the interim report proves nothing yet for either side (a 0.8-point gap; no evidence for the People's Party's claim either), anecdotes cut both ways, wait for the final report in 2029; replies from the Green-Left leader (every month of waiting is sanctions and unclaimed money), the People's Party (stop the pilot, fund jobs) and a statistician (half-time score)."
am meta bluesky-ostrova-basic-income-thread --note "An economist's Bluesky thread for the Citizen's Dividend, opening with the case against she used to make: the well-off pay it back in tax, one in three eligible households never claims the HSA, the poverty trap, no need to wait for the pilot; replies for a negative income tax (answered: tax records are late), for apprenticeships (answered: a floor, not a wage) and for waiting."
am meta citizens-dividend-where-ive-got-to --note "A columnist's Obsidian note without a verdict: what each side has right (take-up, cost per person helped, vacancies), why the interim figures settle nothing, rents in the valley say nothing about Velstad, trials abroad do not transfer; wait for the pilot's final report."
am meta consultation-response-velstad-housing --note "A housing federation's consultation response against the Dividend: it shares the bill's critique of the claims process, then argues for help that follows need (rents in the capital, landlords capturing a universal payment, the frozen housing supplement, single parents renting privately), and for reforming the HSA now."
am meta council-motion-27-41-work-guarantee --note "A People's Party councillor's speech notes for a local Work Guarantee: grants that the WSA treats people as suspects, then argues for jobs over a payment (long-term unemployed beside vacancies, cost 38 million against 12 billion), and answers the Green-Left (automation, coercion) and the Social Democrats (targeted help never leads to a job)."
am meta github-benefit-calc-issue-212 --note "An issue on an open-source benefits calculator: a contributor wants a Dividend scenario and expects the marginal-rate chart to make its case; the maintainer's run shows who loses (single parents) and favours a negative income tax; the contributor answers that the tax office lacks monthly incomes; a third asks for the Work Guarantee too."
am meta instagram-floorforall-post --note "A campaign's Instagram post (a carer sanctioned by the WSA; the Dividend would recognise unpaid care and carry no shame) and its comments: fix the WSA rules instead, a niece for it, a tenant warning that landlords will take it (answered with the pilot's rents), a worker for a carer's wage."
am meta lemmy-morvenia-citizens-dividend --note "A Lemmy thread (saved as pasted text): a night-bus driver wants the Dividend after the WSA's forms and clawbacks; comments for fixing the HSA (single mums worse off), for wage top-ups and work, for a basic income (hours barely fall, bargaining power, automation and gig work) and for waiting for the pilot."
am meta morgenpost-amp-kessel-valley-interim --note "A news report (AMP) on the pilot's interim report: no significant difference in employment, better wellbeing; the Green-Left, the People's Party and the Social Democrats each claim it, the lead author calls it a progress report, the government and economists say no vote before the final report."
am meta nextdoor-millbrook-cafe-staff --note "A café owner's Nextdoor post: vacancies unfilled, a payment to everyone would make young people do less, fund training and chances instead; replies: wages do not pay the rent, a mother for a basic income (her son and the sanctions), a former adviser for a job guarantee, a neighbour for waiting for the pilot."
am meta parentsnet-aibu-citizens-dividend --note "A parents' forum thread: a single mother works out that she would lose under the Dividend and wants help aimed at people like her; posters for targeted help (disabled sister, a negative income tax), for the Dividend (interviews that humiliate, no caseworker) and for childcare and work."
am meta threshold-48-help-that-arrives --note "A think tank's newsletter for targeted help: it grants the Dividend's case against the HSA (take-up, delays, withdrawal rate), then compares three designs (Dividend, negative income tax, reformed HSA) on cost and who gains, accepts the point on stigma, and rejects the work argument against a basic income."
am meta tidende-oped-dignity-of-a-paid-day --note "A former union leader's op-ed behind a cookie wall: he understands the appeal of the Dividend, then argues for work first: a payment to everyone subsidises low pay, automation has never ended work, a guaranteed job or training place, fairness to the worker who pays the tax."
am meta wikipedia-talk-citizens-dividend-bill --note "A Wikipedia talk-page section on whether the lead may say the pilot shows a basic income does not reduce employment: editors argue the interim result settles nothing (power, a temporary payment), one defends it as the best evidence, one cites the People's Party; a neutral wording is agreed."
am meta youtube-moneyplain-32-billion --note "A YouTube explainer's description (its comments were not read): the Dividend's gross and net cost and the 38% tax, 12 billion better spent on guaranteed jobs, training and wage top-ups, work as more than money; grants that the sanctions need reform."
for s in bluesky-kessel-valley-notes-thread bluesky-ostrova-basic-income-thread \
    citizens-dividend-where-ive-got-to consultation-response-velstad-housing \
    council-motion-27-41-work-guarantee github-benefit-calc-issue-212 \
    instagram-floorforall-post lemmy-morvenia-citizens-dividend \
    morgenpost-amp-kessel-valley-interim nextdoor-millbrook-cafe-staff \
    parentsnet-aibu-citizens-dividend threshold-48-help-that-arrives \
    tidende-oped-dignity-of-a-paid-day wikipedia-talk-citizens-dividend-bill \
    youtube-moneyplain-32-billion; do
    am done "$s"   # read in full
done
am validate
