#!/usr/bin/env bash
# Rebuild the held-out debate on capping cruise-ship calls at the port city of Valdrena, from
# bench/debate18/raw/ into an empty folder, with argmap's own commands only (no JSON edited by
# hand).
#   bash bench/debate18/make.sh /tmp/debate18      (from the repository root)
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

# 1. the project and its codebook: five stances on limiting cruise calls, strongest first ------
python3 -m argmap init "$OUT" \
    --name "Should Valdrena cap the cruise ships that call at its port?"
am codebook rename stance for ban-ships
am codebook rename stance against open-port
am codebook rename stance hedged pending
am codebook edit stance ban-ships --label "End large cruise calls" --symbol "■" \
    --description "Close the city's berths to large cruise ships altogether (no calls by ships over 1,000 passengers, the Molo Nord cruise terminal turned to other uses): a cap only slows the damage, ships at berth foul the air of the old town and the harbour districts, day visitors crowd the streets while spending little, the cruise trade drives flats into holiday lets, and the city gives more than it gets; other ports have shut large ships out and survived."
am codebook add-stance cap-calls --label "Cap the calls, as the council proposes" \
    --symbol "◧" --axis 1 --color "#2f7f8f" \
    --description "Vote for the council's motion: at most 260 cruise calls a year (612 in 2026) and two ships in port on any day, a passenger levy and shore power at berth by 2029; a limit the old town can bear while keeping a smaller, cleaner cruise trade and the jobs and port income that go with it."
am codebook move stance cap-calls 2
am codebook add-stance levy-only --label "Charge and clean up, but no cap" \
    --symbol "◇" --axis -1 --color "#b0803e" \
    --description "No cap on the number of calls, but make the ships and passengers pay: a passenger levy or a higher port charge that funds the old town's cleaning, transport and housing, shore power or cleaner fuel required at berth, and better management of arrivals (staggered times, booking of slots, routed groups); price and clean up the damage rather than turn trade away."
am codebook move stance levy-only 3
am codebook edit stance open-port --label "No limit and no new charge" --symbol "○" \
    --description "Vote against the motion and any new levy: cruise calls bring jobs in hospitality, shops, guiding and the port, port dues and taxes that the city needs, and visitors who come back; a cap sends the ships to rival ports without bringing other tourists, the pollution is falling as ships modernise, the crowding and the holiday lets have other causes, and the port's business is not the council's to ration."
am codebook edit stance pending --label "No verdict" --symbol "◌" \
    --description "Takes no side on limiting the cruise calls: weighs crowding, air, jobs and port income without a verdict, says the figures do not settle it or cut both ways, asks for a study or more information before deciding, or makes its answer depend on a condition it leaves open."
am codebook add-question crowding --label "Crowds in the old town" \
    --text "How many visitors the old town and its streets can bear: peak days, several ships at once, queues, day trippers, residents' daily life, the character of the centre, and the management of arrivals?"
am codebook add-question emissions --label "Air and emissions at berth" \
    --text "What ships in port put into the air and the water: engines running at berth, sulphur, nitrogen oxides and particles, asthma and health in the harbour districts, shore power, cleaner fuels, climate?"
am codebook add-question hospitality-jobs --label "Jobs and local trade" \
    --text "Who earns a living from the cruise trade: jobs in hospitality, shops, cafés, guides, coach and taxi drivers, provisioning, dock work, the seasonality and pay of that work, and what passengers spend ashore?"
am codebook add-question port-income --label "Port income and the city's budget" \
    --text "What the port and the city take in and spend: port dues, passenger fees, a levy and what it would raise, the terminal's debts and investments, the cost of shore power, cleaning, policing and transport?"
am codebook add-question holiday-lets --label "Housing and holiday lets" \
    --text "What happens to homes in the old town and the harbour districts: flats turned into short-term holiday lets, rents and prices, residents leaving, shops serving visitors instead of residents?"
am codebook add-question diversion --label "Where the ships and visitors go" \
    --text "What a limit changes elsewhere: ships moving to rival ports, other tourists (overnight stays, hotels) replacing cruise passengers or not, the experience of other cities that capped or banned ships?"
am codebook add-question port-law --label "Who may decide and how" \
    --text "Whether and how the city can limit calls: the port authority's and the state's powers, contracts with cruise lines and the terminal operator, legal challenges, consultation, a referendum, the timing of a decision?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp ban-ships "ban the ships" "ban cruise ships" "ban large ships" "ban on cruise" "no more cruise ships" \
    "close the terminal" "shut the terminal" "close the port to" "end the cruise" \
    "out of the lagoon" "out of the harbour" "floating cities" "floating hotels" "floating tower blocks" \
    "a cap is not enough" "cap is not enough" "no cap will" "half-measure" "half measure" \
    "take our city back" "ships out" "no big ships" "phase out cruise" \
    "like venice" "as venice did" "poisoning" "choking" "theme park" "disneyland"
sp cap-calls "cap the calls" "cap on calls" "cruise cap" "260 calls" "two ships a day" \
    "two ships in port" "the motion is" \
    "fewer ships" "fewer calls" "limit the calls" "limit on calls" "reasonable limit" \
    "sensible limit" "sustainable number" "smaller cruise trade" "cap and levy" "a ceiling" \
    "ceiling on" "carrying capacity" "what the old town can bear" "balance" "middle course"
sp levy-only "passenger levy" "levy per passenger" "tourist tax" "port charge" \
    "make them pay" "pay their way" "charge the lines" "price the damage" \
    "no need for a cap" "instead of a cap" "rather than a cap" "not a cap" "without a cap" \
    "slot booking" "book a slot" "stagger*" "manage the flows" "manage arrivals" \
    "shore power" "plug in" "cleaner fuel" "ring-fenced" "earmarked"
sp open-port "against the cap" "no cap" "scrap the cap" \
    "jobs depend" "our livelihood" "livelihoods" "bread and butter" "welcome the ships" \
    "welcome cruise" "open port" "they will go elsewhere" "go to" \
    "rival ports" "competitors" "lose the lines" "elitist" "snobbery" "not the ships" \
    "scapegoat" "blame the ships" "modern ships" "newer ships" "come back" "return visit*"
sp pending "undecided" "not sure" "haven't decided" "have not decided" "cuts both ways" \
    "on balance" "on the one hand" "on the other hand" "too early to tell" "remains to be seen" \
    "open question" "we don't know" "we do not know" "not enough evidence" "depends on" \
    "hard to say" "torn" "both sides" "weigh*" "need a study" "more data"
qp crowding "crowd*" "overtourism" "over-tourism" "day trippers" "day-trippers" "visitors" \
    "queue*" "old town" "streets" "peak day*" "packed" "swarm*" "groups" "tour groups" \
    "residents" "carrying capacity" "bearable" "footfall"
qp emissions "air" "pollut*" "emission*" "exhaust" "fumes" "smoke" "sulphur" "sulfur" \
    "nitrogen" "no2" "nox" "particle*" "soot" "asthma" "lungs" "health" "shore power" \
    "plug in" "at berth" "engines" "fuel" "lng" "climate" "carbon"
qp hospitality-jobs "job*" "employ*" "worker*" "waiter*" "guide*" "shop*" "café*" \
    "cafe*" "restaurant*" "taxi*" "coach*" "spend*" "spending" "wage*" "seasonal" \
    "livelihood*" "trade" "traders" "businesses" "provisioning"
qp port-income "port dues" "dues" "revenue*" "income" "budget*" "levy" "fee*" \
    "charge*" "tax*" "million" "€" "euros" "terminal" "debt*" "invest*" "cost*" \
    "afford*" "finances"
qp holiday-lets "holiday let*" "short-term let*" "short let*" "airbnb" "rent*" \
    "housing" "homes" "flats" "apartments" "landlord*" "evict*" "neighbours" \
    "population" "moved out" "leaving" "empty" "key box*" "lockbox*"
qp diversion "elsewhere" "rival*" "other ports" "move to" "moved to" "divert*" \
    "replace*" "overnight" "hotel*" "stay longer" "venice" "dubrovnik" "amsterdam" \
    "barcelona" "other cities" "example of" "precedent"
qp port-law "port authority" "the state" "ministry" "law" "legal*" "court*" "contract*" \
    "concession" "operator" "lawsuit" "challenge" "consultation" "referendum" "mandate" \
    "powers" "decide" "vote" "council"

# 3. the articles, as saved from the web, exported or kept as notes ----------------------------
# Reader pinned: `--reader 8` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it); ids from the file names. No file is edited.
# The council's minutes page is in Windows-1252 (its <meta> says so). The Telegram Desktop
# export is a folder whose page is always called messages.html: its id is given by hand.
am add --reader 8 --id-from file "$HERE"/raw/*.htm "$HERE"/raw/*.html "$HERE"/raw/*.md
am add --reader 8 --id porto-aperto-valdrena-telegram "$HERE"/raw/ChatExport_2027-05-05/messages.html
# what argmap could not read from the files, or read wrongly: say it
am meta chiara-vallisneri-on-x \
    --title "Chiara Vallisneri's thread on the cruise cap, with replies (X, 29 April 2027)"
am meta valdrena-cruise-stop-2028-forum --author "Cruisin_Carol (opening post) and repliers" \
    --date 2027-05-11
am meta the-crowded-shore \
    --title "The Crowded Shore (Ines Marwood): Kindle highlights and notes" \
    --author "Ines Marwood (highlights); a journalist's notes" \
    --outlet "Readwise export (Markdown)"
am meta porto-aperto-valdrena-telegram \
    --title "Porto Aperto Valdrena (Telegram channel), 29 April to 5 May 2027" \
    --outlet "Telegram (Telegram Desktop export)"

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta valdrena-council-minutes-2027-04-29 --note "Minutes of the council meeting that carried the cruise-cap motion 27 to 16: public questions from the traders (no limit), the residents' committee (close the berths) and a San Rocco GP (the air); the mover for the cap, the Civic List against any limit or levy, the Greens for the cap as a first step to a ban, a Liberal amendment for the levy and shore power without a cap (lost), an independent abstaining until the cost-benefit study; the mover's reply."
am meta chiara-vallisneri-on-x --note "An atmospheric chemist's X thread for closing the Molo Nord to large ships, opening with the other side's line (the ships are cleaner, the cap is plenty): her sensors and the agency's monitor, LNG and shore power answered, two ships a day still too many, jobs, Venice, dues; vote for the cap as a first step. Replies: a guide and the terminal against, a Green for, a resident for pricing the fumes, a boatman undecided."
am meta price-the-ships-dont-count-them --note "A port economist's Ghost blog post for a levy, a charge on fumes at berth and priced arrival slots instead of a cap, opening with the cap's case stated fairly: lost spending and wages, diversion to Portovesco, the levy halved by the cap, a housing fund, shore power by price, slots, the concession's lawsuit; the ban and no-charge positions answered."
am meta valdrena-cruise-stop-2028-forum --note "A travel forum thread, largely without a verdict: a cruise passenger asks whether her 2028 stop survives the cap and whether to go; a local destination expert torn, a tourism professor who wants the study first, passengers against the cap or the levy, a resident for closing the port, a passenger for two ships a day; the asker ends less sure."
am meta the-crowded-shore --note "A journalist's Kindle highlights of a book on cruise tourism and cities (Readwise export), with her notes on Valdrena, largely without a verdict: the book's points for a ban, a cap, a levy and the trade; her notes weigh each against the council's figures and wait for the cost-benefit study."
am meta porto-aperto-valdrena-telegram --note "The Telegram channel of traders, guides and port workers against the cap and the levy, opening with forwarded news of the council's vote: spending and jobs, Portovesco's discount, shore power coming anyway, sensors and traffic, the holiday lets and August crowds with other causes, the concession; a member's message for the levy without a cap; a poll."
for s in chiara-vallisneri-on-x porto-aperto-valdrena-telegram price-the-ships-dont-count-them \
    the-crowded-shore valdrena-council-minutes-2027-04-29 valdrena-cruise-stop-2028-forum; do
    am done "$s"   # read in full
done
am validate
