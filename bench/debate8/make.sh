#!/usr/bin/env bash
# Rebuild the held-out "car-free centre" debate from bench/debate8/raw/ into an empty folder,
# with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate8/make.sh /tmp/debate8      (from the repository root)
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

# 1. the project and its codebook: four stances on Orvala's car-free centre plan ----------
python3 -m argmap init "$OUT" --name "A car-free centre: Orvala's Inner Districts Plan"
am codebook rename stance for car-free
am codebook rename stance against keep-cars
am codebook rename stance hedged on-the-fence
am codebook add-stance with-provisos --label "Yes, on conditions" --symbol "◐" --axis 1
am codebook move stance with-provisos 2
am codebook edit stance car-free --label "Car-free as planned" --symbol "▲" \
    --description "The three districts inside the Ring should go car-free as the Inner Districts Plan says (from 1 April 2028, with its exemptions and delivery hours), or sooner, or over a larger area; cleaner air, safer and quieter streets, livelier shops and better trams and buses outweigh the costs, and the objections can be met within the plan."
am codebook edit stance with-provisos --label "Yes, on conditions" --symbol "◐" \
    --description "A car-free centre, but only on conditions the plan does not yet meet, stated as conditions of the yes: longer delivery hours, wider exemptions (disabled people, carers, trades, residents' garages), the tram extension and new buses running before the ban, one district at a time, a review clause, a guarantee on emergency response times; not as drafted, yes once amended."
am codebook edit stance keep-cars --label "Keep cars in" --symbol "▼" \
    --description "No ban on private cars in the centre: the council should abandon or reject the plan, put it to a referendum instead, or do milder things while cars keep access (traffic calming, lower speed limits, cleaner vehicles, parking at the edge); the ban would harm shops, disabled and older people, deliveries, emergency response, the suburbs or those who did not vote for it."
am codebook edit stance on-the-fence --label "On the fence" --symbol "◆" \
    --description "Takes no side on the plan: weighs both sides without a verdict, says the evidence (the car-free Sundays, other cities) is mixed or not yet in, or makes the answer depend on a condition it leaves open."
am codebook add-question deliveries --label "Deliveries and trades" \
    --text "Can goods, parcels and tradespeople still reach the centre: the delivery window, vehicle sizes, cargo bikes and consolidation hubs, plumbers and builders with their tools?"
am codebook add-question access --label "Disabled and older people, residents" \
    --text "Can people who cannot walk far still get in and about: disabled people and blue-badge holders, older people, carers and patients, taxis, residents' parking and garages?"
am codebook add-question shops --label "Shops and trade" \
    --text "What happens to the centre's shops, markets, cafés and restaurants: footfall, turnover, customers from the suburbs, empty units, competition from out-of-town malls?"
am codebook add-question emergency --label "Emergency services" \
    --text "Can ambulances, fire engines and police still reach every address in time: response times, bollards and access routes, narrow streets once cars are gone?"
am codebook add-question air-noise --label "Air, noise and health" \
    --text "What does the plan do for air quality (nitrogen dioxide, particulates), noise, road safety, climate and the health of those who live and work in the centre?"
am codebook add-question transit --label "Trams, buses and bikes" \
    --text "Can public transport, park-and-ride and cycling carry the people who now drive in: the tram extension, new buses, capacity at peak hours, commuters from the suburbs, the budget for it?"
am codebook add-question who-decides --label "Who decides" \
    --text "Who should decide and how: the council's majority, consultation, a referendum, residents of the centre against those who drive in, the mayor's mandate?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R5-R10) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp car-free "car-free centre" "car-free city" "car-free streets" "streets for people" \
    "give the streets back" "reclaim* the streets" "without cars" "fewer cars" \
    "adopt the plan" "back the plan" "yes to the plan" "vote for the plan" "no turning back" \
    "sooner" "bolder" "larger area" "worth it" "good for business" "liveable" "livable" \
    "keep the date" "on schedule"
sp with-provisos "only if" "on condition*" "provided that" "as long as" "not as drafted" \
    "as it stands" "longer delivery" "wider exemption*" "more exemptions" "tram first" \
    "before the ban" "one district at a time" "district by district" "review clause" \
    "guarantee*" "amend*" "safeguard*" "conditions are met" "in principle"
sp keep-cars "abandon the plan" "throw out the plan" "vote against the plan" "keep the centre open" \
    "open to cars" "access by car" "right to drive" "ghost town" "empty shops" \
    "out-of-town" "cut off" "lock* out" "let the people decide" "referendum instead" \
    "ideolog*" "traffic calming instead" "cleaner cars" "heavy-handed" "overreach" \
    "punish*" "car ban"
sp on-the-fence "not sure" "torn" "in two minds" "on the fence" "both sides have a point" \
    "too soon to know" "cannot tell yet" "mixed results" "hard to judge" "undecided" \
    "not convinced either way" "time will tell" "remains to be seen" "on balance" \
    "open question" "we do not know" "depends on" "pros and cons"
qp deliveries "deliver*" "lorr*" "van" "vans" "cargo bike*" "loading" "logistics" "courier*" \
    "supplier*" "tradespeople" "tradesmen" "plumber*" "electrician*" "builder*" "goods" \
    "parcel*" "delivery window*" "consolidation" "tools"
qp access "disab*" "wheelchair*" "blue badge*" "blue-badge" "mobility" "elderly" \
    "older people" "pensioner*" "carer*" "care worker*" "patient*" "residents' parking" \
    "garage*" "parking space*" "taxi*" "door to door" "walk far" "accessib*" "walking stick"
qp shops "shop*" "retail*" "turnover" "footfall" "customer*" "restaurant*" "café*" "cafe*" \
    "hospitality" "market*" "business*" "vacan*" "mall*" "high street" "trade" "sales" \
    "landlord*" "rents"
qp emergency "ambulance*" "fire brigade" "fire engine*" "fire service" "firefighter*" \
    "police" "emergency" "response time*" "paramedic*" "bollard*" "rescue" "access route*" \
    "hospital" "blue lights"
qp air-noise "air quality" "nitrogen dioxide" "no2" "pollut*" "emission*" "noise" "asthma" \
    "health*" "climate" "carbon" "co2" "particulate*" "fine dust" "road safety" "accident*" \
    "collision*" "trees" "heat" "quiet*"
qp transit "tram*" "bus" "buses" "public transport" "park-and-ride" "park and ride" "cycl*" \
    "bike*" "bicycle*" "commut*" "capacity" "overcrowd*" "suburb*" "timetable*" "line 5" \
    "frequenc*" "rush hour" "peak"
qp who-decides "referendum" "consultation" "council" "councillor*" "vote*" "majority" \
    "democra*" "mandate" "mayor" "petition*" "decide*" "say in" "ballot" \
    "citizens' assembly" "election*" "opposition" "manifesto"

# 3. the articles, as saved from the web (HTML), a press statement as sent (plain text) and
# notes (Markdown). Reader pinned: `--reader 4` is how argmap read these files when they were
# annotated (the sentence ids in gold.tsv depend on it); ids from the file names. No file is
# edited.
am add --reader 4 --id-from file "$HERE"/raw/*
# what argmap could not read from the files, or read wrongly: say it
am meta city-faq --author "City of Orvala" --date 2026-11-24
am meta committee-minutes --title "Transport and Environment Committee: minutes of 14 January 2027" \
    --author "Maja Fors (Democratic Services)" --outlet "City of Orvala"
am meta elin-notes --author "Elin Westby" --date 2027-02-21
am meta longstreet-feature --outlet "The Long Street"
am meta radio-morning-desk --author "Clara Nyquist" --outlet "Radio Orvala"
am meta retailers-statement --title "A centre without cars will be a centre without shops" \
    --author "Orvala Retailers' Association" --outlet "Orvala Retailers' Association"
am meta twowheels-blog --title "No, it won't kill the Old Town" --outlet "Two Wheels Orvala" \
    --date 2026-12-05

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta longstreet-feature --note "Long-form magazine feature (Medium): a yes on conditions argued through the voices it reports (deputy mayor, shopkeepers, a baker, the Disability Council, the fire chief, a researcher, the opposition), conceding to each side before its own conditions: the tram first, an afternoon window, carers, tested bollards, a review."
am meta twowheels-blog --note "A daily cyclist's Blogger post for the plan as it is: opens with the view that the plan will kill the Old Town, then the city's visitor count, the car-free Sundays, safety and air, and four 'but what about' answers."
am meta city-faq --note "The city's questions-and-answers page for the plan: air, exemptions, deliveries, emergency access, shops, transport, cost and why there is no referendum; concedes the carers', bakers' and crowded-tram points."
am meta retailers-statement --note "Retailers' Association press statement against the plan: opens with the city's promise, then customers by car, the Sundays, deliveries, older customers, full trams, other cities, milder measures instead and a referendum."
am meta radio-morning-desk --note "Radio interview: the opposition leader against the plan (air from ferries and buses, displaced traffic, ambulances, a referendum), the fire chief for it on three conditions, a taxi driver against; the presenter puts the city's side."
am meta committee-minutes --note "Committee minutes in reported speech: deputations (Disability Council and bakers on conditions, a researcher without a verdict, clean-air parents for), members on all sides, two members undecided, amendments and the recommendation."
am meta elin-notes --note "A Harbour Quarter resident's private notes without a verdict: points for (air, quiet, safety) and against (her mother, the tram, a shop, displaced traffic), what nobody knows, and conditions she cannot yet check."
for s in city-faq committee-minutes elin-notes longstreet-feature radio-morning-desk \
    retailers-statement twowheels-blog; do
    am done "$s"   # read in full
done
am validate
