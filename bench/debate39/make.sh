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
    

# 3. the pages, as saved from the web and the user's tools ------------------------------------
# Reader pinned: `--reader 17` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`; ids from the
# file names. The think tank's report was saved as "Web page, complete": `add raw/*` refuses
# the whole batch because of its _files folder (see friction.md), so the pages are named by kind.
am add --reader 17 --id-from file "$HERE"/raw/*.html "$HERE"/raw/*.md "$HERE"/raw/*.docx \
    "$HERE"/raw/*.odt "$HERE"/raw/*.txt
# what argmap could not read from the pages, or read wrongly: say it (see friction.md)
am meta accl-written-submission-nsb-014-national-service-bill \
    --title "Submission to the Defence Committee of the Rikssal on the National Service Bill" \
    --author "Birgit Lysaker (Director), Aurevik Council for Civil Liberties"
am meta anyc-position-paper-national-service-bill-adopted-24-feb \
    --title "Ten Months of Our Lives: The National Youth Council's Position on the National Service Bill" \
    --author "Aurevik National Youth Council" --date 2028-02-24
am meta cae-consultation-response-national-service-bill-final-google-docs \
    --title "Consultation response: National Service Bill" \
    --author "Henrik Stabell (Policy Director), Confederation of Aurevik Enterprise" \
    --outlet "Confederation of Aurevik Enterprise (Google Docs, published to the web)" --date 2028-02-17
am meta chapter-3-why-service-must-return \
    --outlet "Defending the Realm Together (Government white paper, Cm 118)"
am meta mayors-address-to-the-municipal-council-on-national-service \
    --author "Torunn Bakke, Mayor of Tarnmark"
am meta national-service-bill-rikssal-debates-official-report-12-march-2028 \
    --title "National Service Bill: Second Reading (Official Report)" \
    --author "Members of the Rikssal" --outlet "Rikssal Debates (Official Report), vol. 712"
am meta pass-the-national-service-bill-and-mean-it-aftenstjernen --author "Aftenstjernen editorial board"
am meta rb-2028-07-national-service-bill \
    --title "National Service Bill 2028: background and issues" \
    --outlet "Rikssal Library (Research Briefing RB 2028/07)"
am meta the-army-we-never-had-a-reply-to-general-stromvik-lise-kvarme --author "Lise Kvarme" \
    --outlet "lisekvarme.bearblog.dev"
am meta what-the-evidence-can-and-cannot-tell-us-about-bringing-back-the-draft \
    --outlet "The Civil-Military Ledger"
# who says what in the Official Report: argmap read no member as a speaker (their names are
# sentences of their own) and gave "Hon. Members" every sentence after a "Hear, hear."
am batch - <<'SPEAKERS'
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0006-s0009 "Katrine Holmsen (Minister of Defence)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0011 "Katrine Holmsen (Minister of Defence)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0013 "Maren Østby (Nordhavn South)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0014 "Katrine Holmsen (Minister of Defence)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0015 "Maren Østby (Nordhavn South)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0016-s0017 "Katrine Holmsen (Minister of Defence)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0019-s0022 "Maren Østby (Nordhavn South)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0024 "Maren Østby (Nordhavn South)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0026 "Eirik Tangen (Tarnmark East)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0027 "Maren Østby (Nordhavn South)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0029-s0030 "Madam Speaker"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0031-s0035 "Eirik Tangen (Tarnmark East)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0037 "Dagny Fosse (Kastrup Central)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0038-s0039 "Eirik Tangen (Tarnmark East)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0042-s0048 "Jon Arvesen (Lindvik)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0049 "Katrine Holmsen (Minister of Defence)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0050 "Jon Arvesen (Lindvik)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0052-s0055 "Dagny Fosse (Kastrup Central)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0057-s0058 "Dagny Fosse (Kastrup Central)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0060-s0063 "Sigrun Alm (Vesterdal)"
speaker national-service-bill-rikssal-debates-official-report-12-march-2028 s0065-s0067 "Katrine Holmsen (Minister of Defence)"
SPEAKERS

# 4. the annotations, following guide.md: one row per unit in gold.tsv (source, sentence,
#    stance, questions, kind, note, and links by row id), imported in one go ----------------
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta numbers-not-nostalgia-options-for-manning-aureviks-defence-halvard --note "A think tank's report saved as 'Web page, complete' (with its _files folder): executive summary, contents, a table of four options, endnotes; reports both camps, then recommends a selective draft and a review (R9); the numbers both sides use."
am meta chapter-3-why-service-must-return --note "A white paper chapter as a Markdown export from a docs site (front matter, anchors, admonitions): opens on the 2009 case for a volunteer force, then universal ten-month service; rejects pay alone, a lottery and a review."
am meta national-service-bill-rikssal-debates-official-report-12-march-2028 --note "A parliamentary record (Official Report, column numbers): the minister for the Bill, the shadow minister for paying volunteers, a border MP for, a Centre MP for a selective draft and a commission, a Liberal on liberty, a Green for a choice of civilian service; interventions answer each other."
am meta the-army-we-let-go-ramparts --note "A retired general's essay on a WordPress journal with footnotes: opens with the case against conscription he once made, then for universal service; concedes cost, answers the liberal and the selective objections; two reader comments."
am meta the-army-we-never-had-a-reply-to-general-stromvik-lise-kvarme --note "A reply essay on a Bear blog that quotes the general's essay sentence by sentence (R7) and answers each quotation for paying volunteers; one concession to a selective draft."
am meta what-the-evidence-can-and-cannot-tell-us-about-bringing-back-the-draft --note "An academic's Ghost blog post with footnoted citations, no verdict (R5): opens on the poll for conscription, weighs the studies on each side, asks for a threat assessment, a costing and a pilot."
am meta anyc-position-paper-national-service-bill-adopted-24-feb --note "A youth council's position paper (.docx): against the Bill (liberty, a lost year, pay the volunteers), with its own survey; then, if the Bill proceeds, a free civilian option, deferral and a pilot (R9)."
am meta pass-the-national-service-bill-and-mean-it-aftenstjernen --note "A newspaper editorial saved behind a paywall banner: opens with the case against (the Youth Council, the opposition, Halvard), then for the Bill; concedes pay and cost, rejects a selective draft and a commission."
am meta mayors-address-to-the-municipal-council-on-national-service --note "A border town mayor's speech on the municipality's site (Drupal fields): opens with a student's objection, answers it for universal service; the exercise at the Gap told as witness; against a lottery."
am meta accl-written-submission-nsb-014-national-service-bill --note "A civil liberties group's written submission (.odt): against the Bill on Article 19, proportionality and the objectors' tribunal; would not oppose a voluntary service offer; against a lottery too."
am meta cae-consultation-response-national-service-bill-final-google-docs --note "An employers' federation's consultation response published from Google Docs: no view on the principle, then a selective scheme, deferral, a civilian option and a review first; its members' survey read both ways."
am meta can-the-rikssal-conscript-article-19-and-the-national-service-bill --note "A constitutional law blog post (Hugo): opens with both camps' legal claims, finds both overstated; proportionality points to a selective scheme, a threat assessment and free civilian service."
am meta rb-2028-07-national-service-bill --note "A parliamentary library briefing as pdftotext -layout gives it (page footers inside sentences): no position; reports the Government, the opponents and the alternatives; the comparison with Sorvenland read for the selective side."
for s in accl-written-submission-nsb-014-national-service-bill \
    anyc-position-paper-national-service-bill-adopted-24-feb \
    cae-consultation-response-national-service-bill-final-google-docs \
    can-the-rikssal-conscript-article-19-and-the-national-service-bill \
    chapter-3-why-service-must-return mayors-address-to-the-municipal-council-on-national-service \
    national-service-bill-rikssal-debates-official-report-12-march-2028 \
    numbers-not-nostalgia-options-for-manning-aureviks-defence-halvard \
    pass-the-national-service-bill-and-mean-it-aftenstjernen rb-2028-07-national-service-bill \
    the-army-we-let-go-ramparts the-army-we-never-had-a-reply-to-general-stromvik-lise-kvarme \
    what-the-evidence-can-and-cannot-tell-us-about-bringing-back-the-draft; do
    am done "$s"   # read in full
done
am validate
