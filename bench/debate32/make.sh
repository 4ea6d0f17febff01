#!/usr/bin/env bash
# Rebuild the held-out debate on whether the (invented) city of Brackwater should ban rental
# e-scooters from its streets, from bench/debate32/raw/ into an empty folder, with argmap's own
# commands only (no JSON edited by hand).
#   bash bench/debate32/make.sh /tmp/debate32      (from the repository root)
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

# 1. the project and its codebook: two sides (a ban, keep and regulate) and no verdict --------
python3 -m argmap init "$OUT" --name "Should Brackwater ban rental e-scooters from its streets?"
am codebook rename stance for ban-rental-scooters
am codebook rename stance against keep-and-regulate
am codebook rename stance hedged trial-and-count
am codebook edit stance ban-rental-scooters --label "Ban rental e-scooters" --symbol "▼" \
    --description "End the rental e-scooter scheme and keep rental scooters off Brackwater's streets when the operators' permits run out: scooters dumped across pavements, riders on footways, injuries to riders and pedestrians, danger and obstruction for blind, partially sighted, elderly and disabled people; the council cannot enforce the rules and the operators will not."
am codebook edit stance keep-and-regulate --label "Keep them, regulate them" --symbol "▲" \
    --description "Keep rental e-scooters and fix their problems with rules: mandatory parking bays (no-park zones, end-trip photos), lower speed limits and slow zones, operator licences with fines and a fleet cap, ID checks and rider training; short trips that replace car and taxi journeys, cheap mobility for people without a car, and a ban that leaves private scooters untouched."
am codebook edit stance trial-and-count --label "No verdict: extend the trial, count first" --symbol "◆" \
    --description "No verdict yet: extend or rerun the trial, collect proper data (injuries, complaints, trips replaced, parking) and decide later; grants points to both sides and refuses both a ban and a permanent scheme for now. Conditions to be met before any decision, a review date or an independent evaluation belong here."
am codebook move stance trial-and-count 3
am codebook add-question pavement-clutter --label "Pavements and parking" \
    --text "Do rental scooters left on pavements and ridden on footways make the streets unsafe or unusable, and can parking bays and no-park zones fix it?"
am codebook add-question injuries-hospital --label "Injuries and the hospital" \
    --text "How many riders and pedestrians are hurt, how badly, and what does it cost the hospital and its emergency department?"
am codebook add-question sight-loss-access --label "Blind, elderly and disabled people" \
    --text "What do scooters do to blind and partially sighted people, wheelchair users, older people and others who need clear and quiet pavements?"
am codebook add-question car-trips-emissions --label "Car trips and emissions" \
    --text "Do rental scooters replace car and taxi journeys (traffic, air, carbon), or walking, cycling and bus trips?"
am codebook add-question operator-rules --label "Operators and their rules" \
    --text "Can operators be made to behave through licences, fleet caps, speed limits, geofencing, fines and rider checks, and do they keep their promises?"
am codebook add-question enforcement-policing --label "Enforcement and policing" \
    --text "Can the council and the police enforce the rules on riders and operators (pavement riding, under-age riders, private scooters), and at what cost?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp ban-rental-scooters "ban them" "ban the scooters" "ban rental scooters" "end the scheme" \
    "scrap the scheme" "get rid of them" "off our streets" "off the streets" \
    "not renew" "do not renew" "let the permits lapse" "permits expire" \
    "dumped scooter*" "scooters dumped" "strewn" "littered" "tripped over" "trip hazard" \
    "fell over a scooter" "blocking the pavement" "blocked pavement*" "obstacle course" \
    "ridden on the pavement" "riding on the pavement" "pavement riding" "on the footway" \
    "silent" "came out of nowhere" "near miss*" "knocked down" \
    "my guide dog" "guide dog*" "white cane" "long cane" "afraid to go out" "scared to go out" \
    "prisoners in their homes" "mobility scooter" \
    "broken wrist*" "head injur*" "facial fracture*" "life-changing" \
    "promises broken" "broken promises" "operators have failed" "self-regulation has failed" \
    "unenforceable" "cannot be enforced" "can't be policed" "no way to police" \
    "a failed experiment" "the experiment has failed" "enough is enough" "time to end" \
    "reckless riders" "tourists on scooters" \
    "under-age riders" "clutter" "street clutter" \
    "not worth the risk" "the price is too high" "paid in injuries" "a ban is the only" \
   
sp keep-and-regulate "parking bays" "parking bay*" "designated bays" "mandatory bays" \
    "end-trip photo*" "photo at the end" "geofenc*" "slow zone*" "speed cap*" \
    "lower speed limit" "licence the operators" "licensing scheme" "licence fee" \
    "fleet cap" "cap the fleet" "fine the operators" "fines for operators" "id check*" \
    "driving licence check" "rider training" "first-ride" "regulate them" "regulate not ban" \
    "fix the parking" "fix it" "don't ban" "do not ban" "keep the scooters" \
    "replace car trips" "replaced a car" "instead of driving" "left the car" \
    "instead of a taxi" "taxi journeys" "last mile" "first and last mile" "shift work*" \
    "night shift" "no car" "without a car" \
    "car crashes" \
    "private scooters" "private e-scooters" "the ban won't" "a ban would not" \
    "cars on the pavement" "pavement parking by cars" "bins on the pavement" \
    "per trip" "per million trips" "per kilometre" "injury rate" \
    "moral panic" "scapegoat" "young people" "students rely" \
    "protected lanes" "cycle lanes"
sp trial-and-count "extend the trial" "another year" "twelve more months" "12 more months" \
    "rerun the trial" "a fresh trial" "pilot" "evaluation" "independent evaluation" \
    "evaluate" "collect data" "proper data" "the data" "we don't know" "we do not know" \
    "too early" "too soon" "premature" "decide later" "review in" "review date" \
    "until we know" "before deciding" "before any decision" "no verdict" "on balance" \
    "on the one hand" "on the other hand" "both sides" "undecided" "unsure" "open question" \
    "the evidence is thin" "thin evidence" "not enough evidence" "missing data" \
    "no baseline" "count first" "wait and see" "it depends" "neither" \
    "hard to say" "can't tell" "cannot tell" "unclear"
qp pavement-clutter "pavement*" "footway*" "parked" "parking" "bay*" "no-park" "clutter*" \
    "dumped" "left lying" "strewn" "blocking" "obstruct*" "kerb*" "sidewalk*"
qp injuries-hospital "injur*" "hospital" "a&e" "emergency department" "fracture*" \
    "admitted" "surgeon*" "consultant" "trauma" "broken" "casualt*" "hurt" "accident*" \
    "collision*" "died" "death*" "helmet*"
qp sight-loss-access "blind" "sight loss" "sight-loss" "partially sighted" "visually impaired" \
    "guide dog*" "cane" "wheelchair*" "disab*" "elderly" "older people" "pensioner*" \
    "pushchair*" "buggy" "buggies" "mobility" "access*"
qp car-trips-emissions "car*" "taxi*" "driving" "drive" "traffic" "emission*" "carbon" \
    "air" "pollution" "congestion" "bus*" "walking" "walked" "cycling" "trips replaced" \
    "modal shift"
qp operator-rules "operator*" "kerbit" "veloxa" "licen*" "permit*" "fleet" "geofenc*" \
    "speed limit*" "slow zone*" "contract*" "tender" "fine*" "penalt*" "app"
qp enforcement-policing "enforce*" "police" "policing" "officer*" "wardens" "fixed penalt*" \
    "seiz*" "prosecut*" "under-age" "underage" "illegal" "private scooter*" "the law" \
    "camera*" "number plate*"

# 3. the pages, as saved from the web and the user's tools ------------------------------------
# Reader pinned: `--reader 14` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`; ids from the
# file names.
am add --reader 14 --id-from file "$HERE"/raw/*
# what argmap could not read from the pages, or read wrongly: say it (see friction.md)
am meta foi-2026-04417-escooters-response \
    --title "FOI-2026-04417: request for information about rental e-scooters (response)" \
    --author "Carys Llewellyn, Information Governance Officer"
am meta brackfm-breakfast-scooter-debate --title "Brack FM Breakfast: the rental e-scooter debate" \
    --author "Jan Costello (presenter), with Cllr Maud Ferrant and Hana Lisowski" \
    --outlet "Brack FM" --date 2027-01-07
am meta old-town-traders-letter-escooters \
    --title "Rental e-scooters: Cabinet decision of 14 January 2027 (letter to Cllr Ferrant)" \
    --author "Bernadette Quayle, Chair, Old Town Traders' Association"
am meta neighbourly-old-quay-scooters-thread --author "Fiona Marchetti" --date 2027-01-03
am meta sight-loss-society-clear-pavements \
    --title "Clear Pavements: why we are asking Brackwater to end the rental scooter scheme" \
    --author "Brackwater Sight Loss Society" --outlet "Brackwater Sight Loss Society"
am meta tern-oped-dont-ban-the-scooters --author "Ellie Brannigan"
am meta tubeview-i-rode-brackwater-scooters --author "Jonno Rides Brackwater"
am meta cycle-forum-response-cabinet-report --outlet "Brackwater Cycle Forum"
am meta achterberg-harbourside-newsletter-jan-2027 --outlet "Harbourside News (e-mail newsletter)"
# who says what: the petition's reasons for signing take no speaker (the signer's name is kept
# as a sentence of its own); the thread's opening post has none either
am batch - <<'SPEAKERS'
speaker petition-get-scooters-off-pavements s0016 "Margaret O."
speaker petition-get-scooters-off-pavements s0019 "Paul D."
speaker petition-get-scooters-off-pavements s0022 "Nadia F."
speaker petition-get-scooters-off-pavements s0025 "Keith W."
speaker petition-get-scooters-off-pavements s0028 "Imogen R."
speaker petition-get-scooters-off-pavements s0031 "Dr Ravi Anand"
speaker neighbourly-old-quay-scooters-thread s0003-s0005 "Fiona Marchetti"
SPEAKERS

# 4. the annotations, following guide.md: one row per unit in gold.tsv (source, sentence,
#    stance, questions, kind, note, and links by row id), imported in one go ----------------
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta brackwater-cabinet-report-rental-escooters --note "The officers' report to Cabinet: recommends letting the permits lapse (option A) on parking, injuries, enforcement and equalities; states option B (a licensed scheme) and option C (extend the trial and evaluate) with their supporters' case, then rejects both."
am meta brackwater-echo-scooter-ban-story --note "A local paper's story of the coming ban, opening on a nurse who rides home after a late shift: the cabinet member, an operator, a blind resident and an opposition councillor who wants a year of counting; readers' comments on both sides."
am meta hospital-trust-escooter-injuries-2025 --note "The hospital trust's press release on 388 injuries: a consultant would take the scooters off the streets; the trust takes no position and asks for rental and private injuries to be counted apart first."
am meta sight-loss-society-clear-pavements --note "A sight-loss charity's campaign page: grants the scooters' uses and the operators' efforts at length, then asks for the scheme to end; members' survey; why more rules will not work."
am meta veloxa-blog-safety-first-brackwater --note "An operator's safety blog post: opens with the injuries and the blind residents' letters, then argues for licences, bays, speed caps and ID checks; injuries per trip, car trips replaced, private scooters."
am meta cycle-forum-response-cabinet-report --note "A cycling campaign's response (Markdown): for option B, a licensed scheme; concedes the parking problem and the injuries; answers the report on parking, safety, journeys and enforcement."
am meta achterberg-harbourside-newsletter-jan-2027 --note "A councillor's e-mail newsletter: five sentences granting the scooters' case (his son, car trips, private scooters), then his vote to end the scheme; ward inbox, a partially sighted resident, broken promises, two police officers."
am meta neighbourly-old-quay-scooters-thread --note "A neighbourhood forum thread: a mother with a buggy for the ban, a dock worker and an Eastmoor resident for rules, an undecided neighbour, a guide dog owner; replies that answer each other."
am meta tubeview-i-rode-brackwater-scooters --note "A video page with transcript: a local creator opens with the injuries and the clutter, then the scooters' uses, and ends on no verdict (extend the trial, count properly); viewers' comments."
am meta tern-oped-dont-ban-the-scooters --note "A student paper's op-ed against the ban: opens with a friend's broken jaw, then students' trips, rules instead of a ban, the sight-loss society answered."
am meta foi-2026-04417-escooters-response --note "The council's FOI response letter: complaints, fines, penalties, permit income as figures only; a closing paragraph restating the council's case for ending the scheme."
am meta brackfm-breakfast-scooter-debate --note "A radio interview's captions (.srt, sentences across cues): the cabinet member for the ban against the Cycle Forum for bays and speed limits; a listener's text."
am meta old-town-traders-letter-escooters --note "A traders' association's letter (Word): concedes that staff and customers ride scooters, then supports ending the scheme; doorways, ramps and loading bays, older customers, broken promises, no room for bays."
am meta brackwater-checks-388-injuries --note "A fact-check of three claims (388 injuries, a quarter of car trips, bays halving complaints): each side quoted; verdicts 'needs context', 'unproven', 'untested elsewhere'; what nobody has counted."
am meta petition-get-scooters-off-pavements --note "A residents' petition page to end the scheme, with signers' reasons (one of them would rather have a proper trial)."
for s in achterberg-harbourside-newsletter-jan-2027 brackfm-breakfast-scooter-debate \
    brackwater-cabinet-report-rental-escooters brackwater-checks-388-injuries \
    brackwater-echo-scooter-ban-story cycle-forum-response-cabinet-report \
    foi-2026-04417-escooters-response hospital-trust-escooter-injuries-2025 \
    neighbourly-old-quay-scooters-thread old-town-traders-letter-escooters \
    petition-get-scooters-off-pavements sight-loss-society-clear-pavements \
    tern-oped-dont-ban-the-scooters tubeview-i-rode-brackwater-scooters \
    veloxa-blog-safety-first-brackwater; do
    am done "$s"   # read in full
done
am validate
