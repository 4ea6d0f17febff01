#!/usr/bin/env bash
# Rebuild the held-out debate on a moratorium on new data centres in the City of Wexcombe,
# from bench/debate16/raw/ into an empty folder, with argmap's own commands only (no JSON
# edited by hand).
#   bash bench/debate16/make.sh /tmp/debate16      (from the repository root)
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

# 1. the project and its codebook: four stances on pausing new data centres ------------------
python3 -m argmap init "$OUT" \
    --name "Should Wexcombe City Council pause planning permission for new data centres?"
am codebook rename stance for halt
am codebook rename stance against welcome
am codebook rename stance hedged not-sure
am codebook edit stance halt --label "Pause new data centres" --symbol "▮" \
    --description "Vote for the motion: an eighteen-month pause on granting planning permission for new data centres above 5 MW until the city has a data-centre policy; the grid's spare capacity is needed for homes, heat pumps, buses and factories that are already queuing, cooling takes water the river cannot spare in a drought summer, a hall of servers gives few lasting jobs for the land and power it takes, waste-heat promises are never kept, and farmland, diesel generators and the hum of chillers fall on the neighbours."
am codebook add-stance on-terms --label "No pause, but strict conditions" \
    --symbol "◧" --axis -1 --color "#3e8ab0" \
    --description "Against a blanket pause, for data centres only on binding terms decided case by case: a policy with conditions on every permission (closed-loop or dry cooling and a cap on mains water, a connection that does not push homes back in the grid queue or can be curtailed at peaks, heat exported to a network, brownfield or allocated sites, limits on generator testing and noise, local hiring); a no to the motion and a no to waving schemes through."
am codebook move stance on-terms 2
am codebook edit stance welcome --label "Reject the pause, welcome the investment" \
    --symbol "▲" \
    --description "Vote against the motion and welcome data centres: they bring construction work, skilled jobs, business rates for a council with a budget gap and the digital infrastructure every firm and hospital relies on; developers pay to reinforce the grid, modern cooling uses little water, the grid operator and the regulators already judge capacity and water, and a pause would send the investment to another city for good and invite costly appeals."
am codebook edit stance not-sure --label "No verdict" --symbol "○" \
    --description "Takes no side on the motion: sets out the case for a pause and against it without choosing, says the figures on grid, water or jobs are disputed or not yet known, asks for information before deciding, or makes its answer depend on a condition it leaves open."
am codebook add-question grid --label "Grid capacity" \
    --text "Is there power for the data centres and for everyone else: headroom at the supply point, the connection queue, homes, heat pumps and charging points waiting, reinforcement and who pays, flexible or curtailable connections?"
am codebook add-question cooling-water --label "Water for cooling" \
    --text "How much water would cooling take and can the city spare it: evaporative, adiabatic or dry cooling, summer peaks, drought and hosepipe bans, the river's low flows, reclaimed water?"
am codebook add-question jobs-tax --label "Jobs, rates and investment" \
    --text "What the city gains in money and work: construction and permanent jobs, skills, business rates and the council's budget, the supply chain, and whether the investment would go elsewhere?"
am codebook add-question waste-heat --label "Waste heat" \
    --text "Can the servers' heat warm homes: heat export, a district heat network and who builds and pays for it, the heat's temperature, heat pumps, conditions that bind it?"
am codebook add-question land-noise --label "Land, noise and neighbours" \
    --text "What the sites do to the place: farmland and green fields, brownfield and allocated sites, the size of the halls, the hum of chillers, diesel generators and their testing, lights, traffic, the neighbours?"
am codebook add-question emissions --label "Carbon and energy" \
    --text "What the data centres do to the climate: the power they draw and where it comes from, renewable power contracts, diesel backup, the city's net-zero target, efficiency?"
am codebook add-question council-powers --label "What the council may do" \
    --text "Can and should the council decide this: whether a moratorium is lawful, national planning policy, appeals to the planning inspectorate and costs, the local plan, a supplementary planning document, who has a say?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp halt "support the motion" "back the motion" "vote for the motion" "pause new data centres" \
    "pause on data centres" "press pause" "hit pause" "a pause to plan" "time to write a policy" \
    "until we have a policy" "wait for the policy" "grid is full" "the grid is full" \
    "ahead of homes" "jump the queue" "jumping the queue" "queue-jumping" "at the back of the queue" \
    "hosepipe ban" "thirsty" "drink the river" "few jobs" "handful of jobs" "jobs per megawatt" \
    "server sheds" "server farms" "warehouses full of servers" "concrete boxes" "broken promises" \
    "never materialised" "best farmland" "diesel generators" "hum of the chillers" "wild west"
sp on-terms "on strict conditions" "binding conditions" "conditions attached" \
    "case by case" "on its merits" "on their merits" "right place" "right site" "brownfield first" \
    "closed-loop" "dry cooling" "dry coolers" "water cap" "cap on water" "flexible connection" \
    "curtailable" "heat-ready" "heat offtake" "legally binding" "section 106" "planning obligation" \
    "not a blanket" "neither a ban nor" "not a free pass" "design code" "policy with teeth" \
    "earn their place"
sp welcome "vote against the motion" "reject the motion" "oppose the motion" "open for business" \
    "closed for business" "welcome the investment" "inward investment" "investment will go elsewhere" \
    "go elsewhere" "lose the investment" "high-skilled jobs" "well-paid jobs" "digital economy" \
    "digital infrastructure" "backbone" "business rates" "budget gap" "the developer pays" \
    "pays for the reinforcement" "uses little water" "a fraction of the water" "regulators" \
    "the grid operator's job" "anti-growth" "nimby" "send a signal" "modern economy" \
    "every hospital"
sp not-sure "undecided" "not sure" "haven't decided" "have not decided" "cuts both ways" \
    "on balance" "on the one hand" "on the other hand" "too early to tell" "remains to be seen" \
    "open question" "we don't know" "we do not know" "not enough evidence" "depends on" \
    "hard to say" "torn" "both sides" "weigh*" "no recommendation" "for members to decide" \
    "not yet known" "disputed"
qp grid "grid" "headroom" "megawatt*" "mw" "gigawatt*" "substation*" "supply point" \
    "connection*" "queue*" "reinforc*" "northmarch" "power cut*" "heat pump*" "charging" \
    "capacity" "curtail*" "132 kv" "electricity"
qp cooling-water "water" "cooling" "cooled" "evaporat*" "adiabatic" "drought*" "hosepipe" \
    "river" "the wex" "litres" "reservoir*" "aquifer*" "reclaimed" "abstraction" "low flow*" \
    "thirst*"
qp jobs-tax "job*" "employ*" "apprentice*" "skills" "wages" "business rates" "rates" \
    "budget" "revenue" "tax*" "investment" "investor*" "economy" "economic" "supply chain" \
    "construction work*" "£"
qp waste-heat "waste heat" "heat network*" "district heat*" "heat export*" "warm homes" \
    "heating" "degrees" "celsius" "low-grade heat" "eastfield" "swimming pool*" "greenhouse*"
qp land-noise "farmland" "field*" "hectare*" "green belt" "greenfield" "brownfield" "site*" \
    "landscape" "noise" "hum" "decibel*" "generator*" "diesel" "lighting" "traffic" "lorr*" \
    "neighbour*" "village" "stonebridge" "harrow lane"
qp emissions "carbon" "emission*" "climate" "net zero" "net-zero" "renewable*" "solar" \
    "wind farm*" "power purchase" "ppa*" "fossil" "gas-fired" "efficien*" "footprint"
qp council-powers "lawful" "unlawful" "legal*" "moratorium" "inspector*" "inspectorate" \
    "appeal*" "costs award*" "national policy" "planning framework" "local plan" \
    "supplementary planning" "spd" "judicial review" "officers" "full council" "democra*" \
    "consult*" "motion"

# 3. the articles, as saved from the web, received or pasted -------------------------------------
# Reader pinned: `--reader 8` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). raw/ holds the files as a user got them; added/
# holds what was added where argmap refused or mangled the file (see README, "Formats"):
# - the officers' .docx (refused: unsupported file type) as Word's Save As > Plain Text gives
#   it (Windows-1252, hence --encoding cp1252);
# - the Echo's .mhtml (refused) as a renamed copy, echo-data-centre-pause.html (same bytes);
# - the pipermail page, whose <pre> lines each became a sentence, as the message's text pasted
#   from the browser into a text file;
# - Halcyon's .rtf (refused) as Word's Save As > Plain Text gives it.
am add --reader 8 --id-from file "$HERE"/raw/appeal-decision-3398120-harrow-lane.html \
    "$HERE"/raw/gazette-letters-2027-07-08.html "$HERE"/raw/linkedin-sowerby-press-pause.html \
    "$HERE"/raw/wex-social-tamsin-thread.html
am add --reader 8 --encoding cp1252 --id officers-briefing-note \
    "$HERE/added/Briefing note - data centres motion M-27-14.txt"
am add --reader 8 --id echo-data-centre-pause "$HERE"/added/echo-data-centre-pause.html
am add --reader 8 --id wexheat-000413 "$HERE"/added/wexheat-000413.txt
am add --reader 8 --id halcyon-statement "$HERE/added/Halcyon statement M-27-14.txt"
# what argmap could not read from the files, or read wrongly: say it
am meta officers-briefing-note \
    --title "Briefing note for members: Motion M/27/14, a moratorium on planning permission for new data centres" \
    --outlet "Wexcombe City Council, Planning and Regeneration (briefing note PR/BN/27/031)"
am meta wex-social-tamsin-thread \
    --title "Cllr Tamsin Greave's thread on the data-centre pause, with replies"
am meta appeal-decision-3398120-harrow-lane \
    --author "Helen Marchetti, Inspector (The Planning Inspectorate)"
am meta echo-data-centre-pause \
    --title "The hum on the edge of town: what would a data-centre pause mean for Wexcombe?"
am meta gazette-letters-2027-07-08 --title "Letters: your views on the data centre vote" \
    --author "Readers' letters (Lennox, Varley, Tamworth, Okafor, Delaney, Ashworth)" \
    --outlet "Wex Valley Gazette" --date 2027-07-08
am meta wexheat-000413 --title "Re: Stonebridge heat offer and motion M/27/14" \
    --author "Ian Petrakis (Wexcombe Community Energy)" \
    --outlet "WexHeat-discuss mailing list archive" --date 2027-07-04
am meta halcyon-statement --author "Halcyon Compute" \
    --outlet "Halcyon Compute (statement to councillors, sent as .rtf)"

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta wex-social-tamsin-thread --note "The mover's Mastodon thread for the pause, opening with the line she is always told (jobs, rates, the future): the queue and Eastfield, water in a drought, few jobs for farmland, unkept heat promises, the rates and the 2029 review, nine schemes never judged together; replies from a data-centre engineer (modern cooling, the national queue), a hydrologist (a cap, not a pause), a heat-pump fitter and an Eastfield resident (the queue), an energy-systems engineer (flexible connections), the Chamber, an economist and a hospital IT worker without a verdict."
am meta officers-briefing-note --note "The planning officers' briefing note to members, with no recommendation: the motion, then grid, water, jobs and rates, heat, land and noise, carbon and the law as each side argues them, other councils, views received, three options and their risks; largely without a verdict."
am meta appeal-decision-3398120-harrow-lane --note "The Inspector's decision on a 60 MW data centre the council refused, opening with the council's grid reason: the constraint granted, then overcome by a flexible connection, a water cap, noise limits and a heat connection point; the absence of a policy no reason to refuse; allowed with conditions."
am meta echo-data-centre-pause --note "A local democracy reporter's feature: a neighbour of the Riverside halls, the grid queue and a pause that may not move it, water and the unmodelled heatwave, farmland and generators, construction jobs against few permanent ones, heat promises, the lawyers' costs; quotes every side, no verdict of its own."
am meta linkedin-sowerby-press-pause --note "The Chamber of Commerce's chief executive against the pause, opening by granting the grid queue: jobs and rates against the council's budget gap, Castlebridge would take the investment, developers pay for the grid, modern cooling, the cost of appeals; comments from a contractor, an energy lecturer (conditions) and a Stonebridge resident (for the pause)."
am meta gazette-letters-2027-07-08 --note "Six readers' letters, opening with one against the motion (jobs, Castlebridge), then three for it (Eastfield's heat pumps, Stonebridge's farmland, Riverside's missing heat), one for conditions (a water engineer: caps, closed-loop cooling, reclaimed water) and one undecided."
am meta wexheat-000413 --note "A community-energy co-op's treasurer answers a member who wants the co-op to back the pause: a pause brings no heat and no money; make heat connection and a contribution binding in every permission, refuse schemes that will not sign."
am meta halcyon-statement --note "The Stonebridge developer's statement against the motion, opening by granting the drought worry: dry cooling and a water cap, a flexible connection and a share of reinforcement, jobs, rates, free heat, the national queue; a policy welcome, a pause not."
for s in appeal-decision-3398120-harrow-lane echo-data-centre-pause gazette-letters-2027-07-08 \
    halcyon-statement linkedin-sowerby-press-pause officers-briefing-note wex-social-tamsin-thread \
    wexheat-000413; do
    am done "$s"   # read in full
done
am validate
