#!/usr/bin/env bash
# Rebuild the held-out congestion-charge debate from bench/debate4/raw/ into an empty folder,
# with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate4/make.sh /tmp/debate4      (from the repository root)
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

# 1. the project and its codebook: four stances on whether and when to charge ------------
python3 -m argmap init "$OUT" --name "Castlebridge congestion charge"
am codebook rename stance for charge
am codebook rename stance against reject
am codebook rename stance hedged no-verdict
am codebook edit stance charge --label "Charge as planned" --symbol "▲" \
    --description "The congestion charge should be introduced as the council plans it (the whole zone inside the inner ring road, 8 euros a weekday from April 2027), or go further: it will work, its gains are worth its costs, and the objections to it can be answered."
am codebook add-stance phase-in --label "Not yet, not like this" --symbol "◐" --axis 1 \
    --color "#3a87c8" \
    --description "A charge may be right, but not this scheme or not yet: a trial first, better buses and park-and-ride before anyone pays, a smaller zone, a lower price or peak hours only, wider exemptions and discounts, or a referendum before it starts."
am codebook move stance phase-in 2
am codebook edit stance reject --label "No charge" --symbol "▼" \
    --description "There should be no congestion charge at all: it harms drivers, the poor or the centre's trade, the problem is overstated, or it should be tackled by other means (signals, roadworks, parking rules, bus lanes paid from other money); the plan should be dropped."
am codebook edit stance no-verdict --label "No verdict" --symbol "◆" \
    --description "Takes no side on the charge: the evidence is mixed or not yet in, gains and costs are weighed without a verdict, or the answer depends on conditions the unit leaves open."
am codebook add-question traffic --label "Traffic and journeys" \
    --text "Will a charge cut traffic in the centre and make journeys faster and more reliable (buses, deliveries, ambulances), and will the effect last?"
am codebook add-question air --label "Air, health and climate" \
    --text "Will a charge cut air pollution, noise, carbon emissions and road injuries, and does that matter for health?"
am codebook add-question fairness --label "Who pays" \
    --text "Is a flat daily charge fair to the people who have to drive: low-income households, shift and care workers, disabled people, tradespeople, residents of outer estates and villages?"
am codebook add-question trade --label "Trade in the centre" \
    --text "Will a charge hurt or help the centre's shops, markets, cafés, restaurants and deliveries (footfall, trade lost to out-of-town retail parks)?"
am codebook add-question alternatives --label "Buses and alternatives" \
    --text "Are buses, trams, park-and-ride, trains, cycling and walking good enough to take the people who drive now, and should the revenue pay for them first?"
am codebook add-question boundary --label "The zone's edge" \
    --text "Will traffic and parking move to the ring road and the residential streets just outside the zone, and is the boundary drawn in the right place?"
am codebook add-question mandate --label "Who decides" \
    --text "Does the council have the mandate for a charge (election promise, consultation, referendum), and can voters trust it with the money?"
am codebook add-question running --label "Running the scheme" \
    --text "What does running the scheme take and cost: number-plate cameras and their data, payment and fines, set-up and collection costs, and does it raise money beyond them?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated ------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp charge "go ahead" "as planned" "should proceed" "press ahead" "from april" "whole zone" \
    "charging works" "charge works" "it works" "worth paying" "worth the cost" "back the charge" \
    "support* * charge" "road pricing works" "no more delay*" "go further" "higher charge" \
    "polluter pays"
sp phase-in "trial*" "pilot*" "buses first" "before * charg*" "first improve" "smaller zone" \
    "lower price" "lower charge" "peak hours" "peak-only" "exemption*" "discount*" \
    "postpone*" "not yet" "phased" "step by step" "put it to * vote" "review after" \
    "not this scheme"
sp reject "scrap*" "no charge" "drop the plan" "stealth tax" "tax on driv*" "cash grab" \
    "war on motorists" "anti-car" "oppose* * charge" "against the charge" "hits * poor*" \
    "kill* * high street" "drive * away" "other means" "other ways" "overstated" \
    "no need for" "not needed"
sp no-verdict "evidence is mixed" "mixed evidence" "too early to say" "hard to say" \
    "remains to be seen" "depends on" "it depends" "on balance" "trade-off*" "uncertain*" \
    "unclear" "open question" "either way" "we do not know" "we don't know" "jury is out" \
    "not obvious" "cuts both ways"
qp traffic "congest*" "traffic" "journey time*" "gridlock*" "queue*" "rush hour" \
    "jams" "vehicles" "cars" "delays" "reliab*" "ambulance*"
qp air "air quality" "pollut*" "emission*" "nitrogen dioxide" "no2" "particulate*" \
    "asthma" "carbon" "noise" "climate" "collision*" "road deaths" "health"
qp fairness "low-income" "low income" "poorest" "regressive" "shift work*" "night shift*" \
    "carer*" "disab*" "blue badge" "afford*" "unfair*" "fairness" "villages" "tradespeople"
qp trade "shop*" "retail*" "trader*" "business*" "footfall" "high street" "hospitality" \
    "restaurant*" "café*" "deliver*" "customers" "market*"
qp alternatives "bus" "buses" "tram*" "park-and-ride" "park and ride" "cycl*" \
    "public transport" "train*" "rail" "timetable*" "ring-fenc*" "walking"
qp boundary "boundary" "edge of the zone" "ring road" "rat-run*" "side streets" "divert*" \
    "displace*" "just outside" "residential streets" "parking" "where the line"
qp mandate "referendum" "consultation" "mandate" "manifesto" "vote*" "democra*" \
    "councillor*" "trust" "ballot" "elected" "petition*"
qp running "camera*" "anpr" "number plate*" "privacy" "surveillance" "fines" "penalt*" \
    "set-up cost*" "running cost*" "revenue" "collect*" "payment*" "app"

# 3. the articles, as saved from the web (HTML) or kept as notes (Markdown, text) ---------
# Readers pinned: `--html-reader 2` is how argmap read HTML and Markdown when these were
# annotated (the sentence ids in gold.tsv depend on it); ids from the file names.
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir "$WORK/raw"
cp "$HERE"/raw/* "$WORK/raw/"
# Workaround (see /work/notes/d4-friction.md, 1): the Substack page's <article
# class="typography newsletter-post post"> is dropped whole as a "newsletter" box by both
# readers (2 sentences of footer are left), so the class word is taken out of a copy.
sed 's/class="typography newsletter-post post"/class="typography post"/' \
    "$HERE/raw/longshift-blog.html" >"$WORK/raw/longshift-blog.html"
am add --html-reader 2 --id-from file "$WORK/raw/"
# what argmap could not read from the files: say it
am meta chamber-memo --author "Sunita Rao" --outlet "Castlebridge Chamber of Commerce"
am meta cum-briefing --author "Felix Amundsen, Grace Mbeki" \
    --outlet "Centre for Urban Mobility" --date 2026-11
am meta life-interview-hallam --author "Sam Ferreira" --outlet "Castlebridge Life"
am meta longshift-blog --date 2026-11-24
am meta post-letter-kettering --author "Brian Kettering" --outlet "Castlebridge Evening Post"
am meta post-oped-quist --author "Amara Quist" --outlet "Castlebridge Evening Post"

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta courier-news --note "News report of the cabinet's decision: traders, a private-hire driver and the opposition against, the leader and the bus company for, business and a union for changes first, a researcher without a verdict."
am meta post-oped-quist --note "Op-ed for the charge as planned by a children's respiratory doctor: concedes the opponents' points first, then air, traffic, fairness, trade and the case against waiting."
am meta cum-briefing --note "Think-tank evidence briefing, largely without a verdict: grants first-year traffic cuts and fewer injuries, doubts lasting and air gains, recommends a trial with a referendum, buses and permits first."
am meta life-interview-hallam --note "Magazine interview with the cabinet member for transport, for the charge; the interviewer puts readers', the chamber's and the opposition's objections."
am meta chamber-memo --note "Chamber of Commerce memo to scrutiny: a charge in principle, but from 2028, with van and delivery rates, counts first and a sunset clause; answers members who want no charge."
am meta longshift-blog --note "A home carer's blog post against any charge: once for it (her son's asthma), now says it falls on carers, will not last, and the council should fix what it runs."
am meta post-letter-kettering --note "Letter from a retired bus driver: not against a charge in principle, but buses and park-and-ride first, then charge."
am meta council-record --note "Verbatim council record: the opposition leader moves to drop the charge for junction works; an Eastfield independent wants a trial and edge protection first; the leader replies."
for s in chamber-memo council-record courier-news cum-briefing life-interview-hallam \
    longshift-blog post-letter-kettering post-oped-quist; do
    am done "$s"   # read in full
done
am validate
