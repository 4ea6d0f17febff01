#!/usr/bin/env bash
# Rebuild the held-out debate on Velmark switching to an opt-out ("deemed consent") system of
# organ donation, from bench/debate17/raw/ into an empty folder, with argmap's own commands
# only (no JSON edited by hand).
#   bash bench/debate17/make.sh /tmp/debate17      (from the repository root)
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

# 1. the project and its codebook: three stances on presumed consent to organ donation -------
python3 -m argmap init "$OUT" \
    --name "Should Velmark switch to an opt-out system of organ donation?"
am codebook rename stance for opt-out
am codebook rename stance against keep-opt-in
am codebook rename stance hedged mandated-choice
am codebook edit stance opt-out --label "Switch to opt-out (deemed consent)" --symbol "⊕" \
    --description "Parliament should pass the Deemed Consent Bill: every adult resident who has not registered an objection is treated as willing to donate organs after death (a 'soft' opt-out, with the family consulted); people die on the waiting list while most say they would donate but never sign up, silence should count as a yes, the default shifts families and clinicians towards donation, countries that switched (with the money and staff that came with it) have higher consent rates, and an opt-out register protects those who object."
am codebook edit stance mandated-choice --label "Require everyone to choose" --symbol "◑" \
    --description "Neither keep the opt-in register as it is nor presume consent: make every adult record a decision (yes, no, or named organs) when renewing an ID card or driving licence or filing a tax return, so that each decision is an explicit, informed choice the family can be shown; it gets the register's numbers up without treating silence as consent, and gives clinicians and families a clear answer."
am codebook move stance mandated-choice 2
am codebook edit stance keep-opt-in --label "Keep opt-in and fix the system" --symbol "⊖" \
    --description "Vote the Bill down and keep the opt-in register (explicit consent): donation must be a gift freely given, not a default the state assumes; presumed consent does not by itself raise donor numbers, because families still decide at the bedside and the real bottlenecks are ICU beds, specialist nurses, transplant surgeons and how families are approached; the money should go there; a switch risks trust in doctors, offends faith communities and can provoke a wave of opt-outs."
am codebook add-question family --label "The family at the bedside" \
    --text "What part does the family play when a potential donor dies: the family veto or objection, whether families are asked or told, how often they refuse, grief, knowing the person's wishes, and how the specialist nurse approaches them?"
am codebook add-question trust --label "Trust in doctors and in death" \
    --text "Would people trust doctors and hospitals less or more: fear that doctors will not try to save a donor, brain-stem and circulatory death, conflicts of interest, the fairness of allocation, rumours and scandals?"
am codebook add-question faith --label "Faith communities" \
    --text "What do faith communities say: donation as a gift or a duty, the body after death, burial within a day, brain-stem death in religious law, consultation of religious leaders, and donation rates among minority communities?"
am codebook add-question donor-numbers --label "Donor numbers and the evidence" \
    --text "Would the change give more donors and transplants: donors per million people, consent rates, the waiting list and deaths on it, the experience of countries that switched (and what else they changed), studies and their limits?"
am codebook add-question capacity --label "ICU and transplant capacity" \
    --text "Can hospitals use more organs: intensive-care beds, specialist nurses for organ donation, retrieval teams, transplant surgeons and centres, organs declined or wasted, staff and money?"
am codebook add-question consent --label "Consent and the state" \
    --text "Is silence consent: informed consent, a gift versus a default, the state's claim on the body, autonomy, people who never hear of the change, those unable to opt out, and the register's records?"
am codebook add-question rollout --label "Awareness, register and cost" \
    --text "How would any system be put in place and paid for: public awareness campaigns, the register and its IT, ID cards, driving licences and tax returns as points of choice, the campaign's cost, opt-out waves, and the timetable?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp opt-out "opt-out" "opt out system" "presumed consent" "deemed consent" "deemed to consent" \
    "soft opt-out" "silence" "default" "defaults" "die waiting" "died waiting" \
    "dying on the waiting list" "waiting list" "never sign up" "never got round to" \
    "most people would donate" "would want to donate" "save lives" "saves lives" \
    "pass the bill" "switch" "the switch" \
    "consent rate rose" "consent rates rose" "norm" "nudge" "register an objection" \
    "object register" "wales" "spain" "every adult" "a yes unless"
sp mandated-choice "mandated choice" "mandatory choice" "required choice" "prompted choice" \
    "active choice" "must choose" "required to choose" "make a choice" "record a decision" \
    "record their decision" "explicit choice" "at renewal" "id card" "driving licence" \
    "tax return" "tick box" "yes no or" "named organs" "neither" "third way" \
    "better than both" "clear answer" "informed choice"
sp keep-opt-in "opt-in" "opt in" "keep the register" "explicit consent" "a gift" "gift" \
    "freely given" "not a gift" "presumed gift" "assume" "assumes" "the state owns" \
    "property of the state" "vote against" "vote the bill down" "icu beds" \
    "specialist nurses" "coordinators" "retrieval teams" "bottleneck" "bottlenecks" \
    "real problem" "won't raise" "will not raise" "does not raise" "no evidence that" \
    "opt-out wave" "backlash" "wrong priority" "invest in" "spend the money" \
    "family still decides"
qp family "family" "families" "relatives" "next of kin" "veto" "override*" "bedside" \
    "grief" "grieving" "bereaved" "refus*" "objection from" "approach*" "wishes" \
    "conversation" "talk to"
qp trust "trust" "distrust" "mistrust" "doctor*" "brain-stem" "brainstem" "brain death" \
    "circulatory death" "not try" "give up on" "harvest*" "conflict of interest" \
    "allocation" "scandal*" "rumour*" "fear*"
qp faith "faith*" "relig*" "church*" "mosque*" "imam*" "rabbi*" "bishop*" "priest*" \
    "pastor*" "synagogue*" "believer*" "burial" "bury" "scripture" "halakh*" "sharia" \
    "council of faiths" "sacred"
qp donor-numbers "donor*" "per million" "pmp" "consent rate*" "transplant*" "waiting list" \
    "died waiting" "deaths" "evidence" "study" "studies" "data" "figures" "rose" "fell" \
    "increase*" "wales" "spain" "countries"
qp capacity "icu" "intensive care" "critical care" "bed*" "specialist nurse*" \
    "coordinator*" "retrieval" "surgeon*" "transplant centre*" "theatre*" "capacity" \
    "declined" "discarded" "staff*" "ventilat*"
qp consent "consent" "silence" "autonomy" "choice" "gift" "default" "the state" \
    "my body" "your body" "informed" "know about" "never heard" "capacity to" \
    "assum*" "presum*" "rights"
qp rollout "campaign*" "awareness" "register" "registry" "database" "it system" \
    "id card*" "licence*" "tax return*" "cost*" "million" "budget*" "euro*" "€" \
    "timetable" "implement*" "opt-out wave" "leaflet*" "letter*"

# 3. the articles, as saved from the web, exported or converted ---------------------------------
# Reader pinned: `--reader 8` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`. argmap reads
# neither RTF nor Jupyter notebooks (`unsupported file type '.rtf'` / `'.ipynb'`), so, as a
# user would: the GP's statement is added from the plain text WordPad's "Save as: Text
# Document" gives (added/hollis-statement.txt, Windows-1252, CRLF; made here with striprtf),
# and the notebook from `jupyter nbconvert --to html` (added/presumed-consent-analysis.html;
# `--to markdown` kept every DataFrame's HTML tag as a sentence). The committee's PDF is kept
# as `pdftotext -layout` gives it (raw/health-committee-report-deemed-consent.txt); the Google
# Doc is its "Download > Web page (.html, zipped)" export, unzipped.
am add --reader 8 --id-from file "$HERE"/raw/faith-council-faq.html \
    "$HERE"/raw/lantern-ferreby-interview.html "$HERE"/raw/reddit-velmark-deemed-consent.html \
    "$HERE"/raw/health-committee-report-deemed-consent.txt \
    "$HERE"/added/presumed-consent-analysis.html
am add --reader 8 --id kallin-mandated-choice-brief \
    "$HERE"/raw/Askingeveryonethecaseformandatedchoice.html
am add --reader 8 --id-from file --encoding cp1252 "$HERE"/added/hollis-statement.txt
# what argmap could not read from the files, or read wrongly: say it
am meta health-committee-report-deemed-consent \
    --title "The Human Organ and Tissue Donation (Deemed Consent) Bill: Fourth Report of Session 2027-28" \
    --author "Standing Committee on Health and Social Affairs"
am meta hollis-statement --author "Dr Maren Hollis" \
    --outlet "Brenmoor Road Health Centre, Lissing (a statement to patients, RTF)"
am meta kallin-mandated-choice-brief --author "Priya Sandell and Aurelio Mast" \
    --outlet "Kallin Institute for Health Policy (draft for comment, Google Docs)" --date 2027-08-31
am meta presumed-consent-analysis \
    --title "Does presumed consent raise organ donation? What the numbers say" \
    --author "Ines Garvey" --outlet "Kallin Ledger data desk (Jupyter notebook)" --date 2027-09-20
am meta lantern-ferreby-interview --author "Nadia Okafor-Lundé (interviewing Dr Jonas Ferreby)"

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta health-committee-report-deemed-consent --note "The Assembly's health committee reports on the Bill without a verdict (its members are divided): the Ministry, the patients' association and the Transplant Service for; intensive-care doctors, the Council of Faiths and the adviser on Spain and Wales against; the Kallin Institute for mandated choice; the committee's own findings cut several ways; agreed recommendations whatever the Assembly decides."
am meta reddit-velmark-deemed-consent --note "r/Velmark thread: the poster will opt out on principle (the state does not own my body); replies from a dialysis patient, an ICU nurse (beds and nurses first), a Spain and Wales argument, a transplant recipient, a bereaved sister for the switch, a libertarian and a churchgoer's grandchild against, a mandated-choice proposal at ID card renewal; the poster changes her mind halfway."
am meta faith-council-faq --note "The Council of Faiths' FAQ: donation is generous and people die waiting, but a gift cannot be presumed; people never told, burial customs, brain-stem death in religious law, the family's right to refuse; keep explicit consent and invite people to register; some member bodies would accept a required decision."
am meta lantern-ferreby-interview --note "Magazine Q&A with an ICU director against the Bill: the law is the cheap part; beds, specialist nurses, unreferred donors, who approaches the family, Spain's coordinators, Wales, the campaign's money, trust and Brazil; mandated choice as his second choice."
am meta presumed-consent-analysis --note "A data desk's notebook, largely without a verdict: opt-out countries have more donors, but ICU beds explain much of the gap; the Welsh consent rise and England; registered versus unregistered families; missed donors in the audit; the Ministry's target looks ambitious."
am meta hollis-statement --note "A GP's statement to her patients, for the Bill: the fear that doctors will not try (answered), dialysis patients and deaths on the list, the gap between willingness and registration, a kinder question for families, capacity granted and answered, faith representatives; register an objection if you object."
am meta kallin-mandated-choice-brief --note "A policy institute's draft brief for mandated choice: the Bill's diagnosis granted, then the register waits for people and deemed consent assumes; families, trust, Chile; a recorded decision a nurse can show; Illinois and the licence box; objections (intrusion, cost, capacity) answered; amend the Bill."
for s in faith-council-faq health-committee-report-deemed-consent hollis-statement \
    kallin-mandated-choice-brief lantern-ferreby-interview presumed-consent-analysis \
    reddit-velmark-deemed-consent; do
    am done "$s"   # read in full
done
am validate
