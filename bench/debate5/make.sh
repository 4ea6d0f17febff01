#!/usr/bin/env bash
# Rebuild the held-out Harwick nuclear debate from bench/debate5/raw/ into an empty folder,
# with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate5/make.sh /tmp/debate5      (from the repository root)
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

# 1. the project and its codebook: three stances on running Harwick past 2028 -------------
python3 -m argmap init "$OUT" --name "Harwick nuclear plant: run on or close in 2028"
am codebook rename stance for run-on
am codebook rename stance against close
am codebook rename stance hedged unsettled
am codebook edit stance run-on --label "Run on" --symbol "▲" \
    --description "Harwick's two reactors should keep running after 2028: for twenty more years as Nordvolt asks, or for at least some years longer than the phase-out law allows; their power, low carbon and jobs are worth the upgrade's cost and the risks, and the objections can be met."
am codebook edit stance close --label "Close in 2028" --symbol "▼" \
    --description "Harwick should close in 2028 as the phase-out law says (or sooner): the reactors are old, the risks, the waste and the upgrade's cost are too high, the law and the promise behind it should hold, and wind, solar, storage, grids and saving energy can replace its power."
am codebook edit stance unsettled --label "No verdict" --symbol "◆" \
    --description "Takes no side on running Harwick past 2028: weighs gains and risks without a verdict, says the evidence or the inspections are not yet in, or makes the answer depend on a condition it leaves open."
am codebook add-question safety --label "Ageing and safety" \
    --text "Can reactors built in the 1980s run safely for another twenty years (pressure vessel, cracks, inspections, accidents, the regulator's independence)?"
am codebook add-question climate --label "Carbon and climate" \
    --text "Does running Harwick on cut carbon emissions, or would closing it mean more gas and coal burnt, and does that matter for the climate targets?"
am codebook add-question supply --label "Keeping the lights on" \
    --text "Is Harwick's power needed to keep supply secure (winter peaks, blackouts, imports, the grid's stability), or can the system do without it?"
am codebook add-question cost --label "Cost and bills" \
    --text "What does running on cost and who pays: the 1.9 billion euro upgrade, guaranteed prices or subsidies, electricity bills, and compared with building renewables?"
am codebook add-question waste --label "Spent fuel and waste" \
    --text "What happens to the extra spent fuel and radioactive waste, and is there a safe place to store it for good?"
am codebook add-question renewables --label "Renewables and the grid" \
    --text "Does keeping Harwick help the switch to wind, solar and storage (a bridge) or slow it (crowding out investment, blocking the grid)?"
am codebook add-question region --label "Jobs and the region" \
    --text "What does closing or keeping the plant mean for its 1,400 jobs, the town of Harwick, local taxes and the workers' future?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R5-R10) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp run-on "keep * running" "keep harwick" "run on" "running on" "extend* * life" \
    "life extension" "licence extension" "twenty more years" "20 more years" "beyond 2028" \
    "past 2028" "until 2048" "too valuable to close" "premature* clos*" "mistake to close" \
    "worth the upgrade" "low-carbon power" "amend the law" "safe to run" "bridge to"
sp close "close in 2028" "close * on schedule" "shut* * down" "shutdown" "phase-out" \
    "phase out" "keep the promise" "the law says" "too old" "ageing reactor*" "no extension" \
    "against * extension" "never safe" "nobody knows where" "throwing good money" \
    "sunk cost*" "replace * with renewables" "save energy" "energy saving" "no more waste"
sp unsettled "evidence is mixed" "too early to say" "hard to say" "remains to be seen" \
    "depends on" "it depends" "on balance" "trade-off*" "uncertain*" "unclear" \
    "open question" "either way" "we do not know" "we don't know" "not yet known" \
    "neither side" "both sides" "until the inspection*" "cuts both ways"
qp safety "safety" "safe" "unsafe" "accident*" "crack*" "pressure vessel" "inspect*" \
    "regulator*" "ageing" "aging" "embrittle*" "meltdown" "fukushima" "chernobyl" "incident*" \
    "radiation"
qp climate "carbon" "co2" "emission*" "climate" "net zero" "gas plant*" "gas-fired" \
    "coal" "fossil" "tonnes" "targets"
qp supply "blackout*" "security of supply" "supply" "winter" "peak demand" "imports" \
    "baseload" "grid stability" "the lights on" "shortfall*" "capacity" "dunkelflaute"
qp cost "cost*" "billion" "bills" "price*" "subsid*" "guaranteed price" "taxpayer*" \
    "cheap*" "expensive" "euros" "per megawatt-hour" "per mwh" "afford*"
qp waste "waste" "spent fuel" "repository" "storage pool*" "radioactive" "disposal" \
    "casks" "interim store*" "final store*"
qp renewables "renewable*" "wind" "solar" "batter*" "storage" "grid" "interconnector*" \
    "crowd* out" "investment" "bridge" "flexib*" "hydrogen"
qp region "jobs" "workers" "employ*" "the town" "local economy" "apprentice*" \
    "business rates" "local tax*" "union" "retrain*" "community" "redundan*"

# 3. the articles, as saved from the web (HTML) or kept as notes (Markdown, text) ---------
# Reader pinned: `--reader 3` is how argmap read these files when they were annotated (the
# sentence ids in gold.tsv depend on it); ids from the file names. No file is edited.
am add --reader 3 --id-from file "$HERE"/raw/*
# what argmap could not read from the files, or read wrongly: say it
am meta gfi-report --outlet "Grid Futures Institute"
am meta halflife-blog --author "Annika Strøm"
am meta interview-reyes --outlet "Energy Week"
am meta letter-aberg --title "Promises made to Harwick should be kept" --author "Margit Åberg" \
    --outlet "Harwick Herald"
am meta oped-marsh --author "Ingrid Marsh" --outlet "The Northern Ledger"
am meta speech-halvorsen --title "Speech at the rally on Harbour Square, Harwick" \
    --author "Per Halvorsen" --outlet "Energy Workers' Union, Harwick branch"

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta herald-news --note "Local news report of the bill: the minister and the union for running on, a campaigner, a baker and an economist for closing, the grid operator and the regulator without a verdict."
am meta oped-marsh --note "Op-ed by an energy economist for closing in 2028: opens by granting the plant's record, then cost, grid connections, the unfinished inspection and waste."
am meta gfi-report --note "Think-tank briefing without a verdict: grants the short-run carbon gain and the modelled shortfall to running on, the grid's options and the floor price's risk to closing; everything else conditional."
am meta interview-reyes --note "Trade-magazine interview with Nordvolt's plant director, for running on; the interviewer puts the critics' points (age, vessel, floor price, grid, waste, the town)."
am meta speech-halvorsen --note "Union rally speech for running to 2048: jobs and the town, safety record, winter supply; answers 'they tell us' one by one."
am meta letter-aberg --note "Letter from a resident near the plant, once for it, now for closing in 2028: the 2011 promise, evacuation, waste, a plan for the town."
am meta halflife-blog --note "Blog of a retired reactor physicist: first for running on, then doubts (inspection, floor price, waste), ends without a verdict until the 2027 inspection."
for s in gfi-report halflife-blog herald-news interview-reyes letter-aberg oped-marsh \
    speech-halvorsen; do
    am done "$s"   # read in full
done
am validate
