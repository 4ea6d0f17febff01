#!/usr/bin/env bash
# Rebuild the held-out debate on whether the (invented) island state of Corvessa should allow
# deep-sea mining of polymetallic nodules in its waters, from bench/debate33/raw/ into an empty
# folder, with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate33/make.sh /tmp/debate33      (from the repository root)
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

# 1. the project and its codebook: license the mining, a moratorium, and no verdict yet -------
#    ("moratorium" is debate12's stance id, so this debate's is mining-moratorium)
python3 -m argmap init "$OUT" --name "Should Corvessa allow deep-sea mining of nodules in its waters?"
am codebook rename stance for licensed-mining
am codebook rename stance against mining-moratorium
am codebook rename stance hedged science-before-verdict
am codebook edit stance licensed-mining --label "Allow it, under licence" --symbol "▲" \
    --description "Let companies collect polymetallic nodules from the Ferrand Plain in Corvessa's waters under a licensing regime (environmental permits, monitoring, royalties, bonds, no-take reserves): the nickel, cobalt, manganese and copper batteries need, revenue for a small island state and its sovereign fund, skilled jobs, and less mining on land; the harms are real but can be managed and policed."
am codebook edit stance mining-moratorium --label "A moratorium, a ban" --symbol "▼" \
    --description "Keep the nodules on the seabed: a moratorium or a ban on seabed mining in Corvessa's waters. Unknown and slow-to-recover ecosystems, sediment plumes in the water column, noise and light, harm to the tuna fishery, to reef and whale tourism and to the island's name; revenue that is overstated, batteries that will need fewer of these metals, and a regulator too small to police a company on the abyssal plain."
am codebook edit stance science-before-verdict --label "No verdict: the science first" --symbol "◆" \
    --description "No verdict yet: neither a licence nor a ban now; first a baseline survey, a small monitored test or pilot, independent science and a decision later. Writers who weigh both sides and refuse to choose, who say the evidence cannot settle it yet, or who set conditions to be studied before anyone decides."
am codebook move stance science-before-verdict 3
am codebook add-question ecosystem-damage --label "The deep-sea ecosystem" \
    --text "What would collecting nodules do to the animals and habitats of the abyssal plain and the water above it (sediment plumes, noise, light), and would they recover?"
am codebook add-question battery-metals --label "Battery metals" \
    --text "Does the world need the nickel, cobalt, manganese and copper in the nodules (batteries, the energy transition), or will recycling, new chemistries and land mines do?"
am codebook add-question revenue-jobs --label "Revenue and jobs" \
    --text "What would Corvessa earn (royalties, taxes, a sovereign fund) and what jobs would its people get?"
am codebook add-question fisheries-tourism --label "Fisheries and tourism" \
    --text "What would mining do to the tuna fishery, the reef and whale-watching tourism and the people who live from them?"
am codebook add-question regulation-enforcement --label "Regulation and enforcement" \
    --text "Can a small island state write, monitor and enforce licence conditions on a mining company at sea, and what about the international seabed authority and its neighbours?"
am codebook add-question scientific-uncertainty --label "What science knows" \
    --text "How much is known about the abyssal plain and the effects of mining, and what would a baseline survey or a pilot test tell us?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R8-R13) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp licensed-mining "grant nereid" "collection licence*" "licensing regime" \
    "enact the minerals bill" "license the collectors" "under licence" "strict conditions" \
    "environmental bond*" "performance bond*" "observers on board" "no-take reserve*" \
    "set-aside area*" "adaptive management" "managed risk" "can be managed" \
    "can be monitored" "the plume settles" "settles within" "resettle*" \
    "battery metals" "battery-grade" "the energy transition needs" \
    "nickel demand" "cobalt supply" "congo" "child labour" "open-pit" \
    "rainforest" "tailings dam*" "land mines destroy" "less harm than" \
    "sovereign fund" "wealth fund" "the royalty" "royalties" "future generations fund" \
    "skilled jobs" "apprentice*" "young corvessans" "emigrat*" "leave the island" \
    "our own resource" "our sovereign right" \
    "someone else will" "others will mine" "if we don't" "seize the chance" \
    "schools and hospitals" "pay for the hospital" \
    "diversif*" "dependence on aid" \
    "best practice" "world-class regulator" \
    "real-time monitoring" "independent observer*" "licence can be revoked" "suspend the licence"
sp mining-moratorium "leave the nodules" "leave them on the seabed" "keep them on the seabed" \
    "moratorium in law" "ban seabed mining" "ban on seabed mining" "ban the mining" \
    "the bill must fall" "leave the plain alone" "shelve the minerals bill" \
    "irreversible" "cannot be undone" "no going back" \
    "millions of years" "never recover" "still bare" \
    "test tracks" "plume* drift*" "mid-water" "smother*" \
    "filter feeder*" "light and noise" "noise pollution" "whale* migrat*" \
    "the tuna" "our fishers" "fishing families" "longline*" "dive operator*" \
    "dive resort*" "whale watching" "our reputation" "clean ocean" "pristine" \
    "recycl*" "sodium-ion" "lithium iron phosphate" "cobalt-free" \
    "demand will fall" "do not need" "overstated" \
    "fool's gold" "boom and bust" "resource curse" "the company's own model" \
    "company's figures" "greenwash*" "fourteen staff" "14 staff" "cannot police" \
    "nobody watching" "who will check" "too small to" \
    "precautionary principle" "precaution" "when in doubt" "untouched plain" \
    "sacrifice zone" "not ours to sell" "our grandchildren"
sp science-before-verdict "baseline survey" "baseline data" "a full baseline" "more science" \
    "more research" "further study" "independent science" \
    "pilot test" "a pilot" "a small pilot" "monitored pilot" "test first" \
    "too early to" "premature" "not yet" "decide later" \
    "before deciding" "before any decision" "until we know" \
    "we cannot yet" "we cannot tell" "we do not know" \
    "open question*" "remains open" "uncertain" "uncertaint*" "the data are thin" \
    "no verdict" "i take no side" "both sides" \
    "on the one hand" "on the other hand" "on balance" "it depends" "wait and see" \
    "time to learn" "a decade of study" "long-term monitoring" \
    "unclear" "conditional on" "what we would need to know"
qp ecosystem-damage "ecosystem*" "species" "habitat*" "animal*" "sponge*" "coral*" "octopus*" \
    "sea cucumber*" "xenophyophore*" "microb*" "biodivers*" "plume*" "sediment*" "noise" \
    "recover*" "seafloor" "seabed" "abyss*" "food web"
qp battery-metals "batter*" "nickel" "cobalt" "manganese" "copper" "metal*" "electric vehicle*" \
    "energy transition" "recycl*" "chemistr*" "land mine*" "land-based mining" \
    "refin*"
qp revenue-jobs "revenue*" "royalt*" "tax*" "fund" "budget" "jobs" "employment" "wage*" \
    "income" "training" "gdp" "economy" "profit*"
qp fisheries-tourism "fish*" "tuna" "longline*" "catch" "reef*" "dive" "diving" "diver*" \
    "tourism" "tourist*" "whale*" "hotel*" "resort*"
qp regulation-enforcement "regulat*" "licen*" "the bill" "csma" "authority" "enforce*" "monitor*" \
    "inspect*" "bond*" "penalt*" "international seabed" "unclos" "sovereign*" \
    "neighbour*" "permit*"
qp scientific-uncertainty "scien*" "survey*" "baseline" "model*" "data" "study" "studies" \
    "research*" "pilot" "unknown" "uncertain*" "evidence" "expedition*"

# 3. the pages, as saved from the web and the user's tools ------------------------------------
# Reader pinned: `--reader 15` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`; ids from the
# file names.
am add --reader 15 --id-from file "$HERE"/raw/*
# what argmap could not read from the pages, or read wrongly: say it (see friction.md)
am meta valcourt-ardelle-ios-wp-2027-03 \
    --title "What the Ferrand Plain can and cannot yet tell us: evidence for Corvessa's seabed minerals decision" \
    --outlet "Institute for Ocean Studies, University of Port Aubrel (IOS Working Paper 2027/03)"
am meta neither-rush-nor-refuse-ifi-policy-report-9 \
    --title "Neither Rush Nor Refuse: a path to an informed decision on the Ferrand Plain" \
    --author "Island Futures Institute" --outlet "Island Futures Institute (Policy Report No. 9)" \
    --date 2027-02
am meta nereid-capital-markets-day-2027-notes --outlet "Nereid Metals (Capital Markets Day slides)"
am meta deep-current-ep-41-should-corvessa-mine-the-abyss \
    --author "Nia Harrow (host), with Samuel Achebe-Roux and Yara Delacroix" \
    --outlet "Deep Current (podcast)"
am meta salt-lines-chapter07 --author "Odile Brannagh" --outlet "Salt Lines: A Family and the Sea (book)"
# who says what: the listener's voice memo is read as the host's ("Ruben (voice memo) 07:18"
# is kept as a sentence)
am batch - <<'SPEAKERS'
speaker deep-current-ep-41-should-corvessa-mine-the-abyss s0057 ""
speaker deep-current-ep-41-should-corvessa-mine-the-abyss s0058-s0059 "Ruben (voice memo)"
SPEAKERS

# 4. the annotations, following guide.md: one row per unit in gold.tsv (source, sentence,
#    stance, questions, kind, note, and links by row id), imported in one go ----------------
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta valcourt-ardelle-ios-wp-2027-03 --note "An academic working paper (pdftotext output: running heads, page numbers, footnotes at the foot of each page, figure captions, references): two scientists check each side's claims against the survey, the test tracks, the plume models and the revenue model, and refuse a verdict; the evidence cannot yet settle it."
am meta marine-resources-committee-seabed-bill-report --note "A parliamentary committee's report (numbered paragraphs, witness quotes with Q numbers, bold conclusions): recommends passing the bill with a reserve, a bond, observers and a bigger regulator; reports the scientists', fishers', tourism and regulator witnesses and answers them; rejects a pilot; two dissenters."
am meta the-plain-beneath-the-vote-longshore --note "A magazine long read (drop cap, pull quotes, newsletter box, read-more box): opens with the case for mining at length (the money, a young engineer, the forests, a careful company), then argues for a moratorium in law: unknown species, the plume and the tuna, a regulator paid by the miner, a shrinking royalty."
am meta seabed-mining-in-corvessa-wikipedia --note "A Wikipedia article (infobox, citations, 'citation needed', see also, references): background, then each side's arguments and the calls for more study in reported voice, reactions at home and abroad, a poll."
am meta salt-lines-chapter07 --note "A book chapter (EPUB .xhtml) by a fisherman's daughter whose brother works for the miner: grants his case (jobs, the young, land mines), then argues to leave the plain alone; the Aster's photographs, the tuna, a regulator she does not trust, a cousin who wants to wait."
am meta deep-current-ep-41-should-corvessa-mine-the-abyss --note "A podcast transcript (Otter.ai .txt): an economist for licensing, a campaigner for a moratorium answering each other, a host who ends in the middle (the science first), a listener's voice memo."
am meta neither-rush-nor-refuse-ifi-policy-report-9 --note "An NGO policy report (.odt): takes the case for licensing and the case for a moratorium seriously in turn, then argues for neither: a statutory deferral to 2032, a science programme and thresholds agreed in advance."
am meta nereid-capital-markets-day-2027-notes --note "A mining company's investor presentation as slide notes (.md): opens by conceding the unknown ecosystem, then demand, the test's plume, the committee's conditions, value to Corvessa; analysts' questions for a moratorium and for waiting, answered."
for s in deep-current-ep-41-should-corvessa-mine-the-abyss \
    marine-resources-committee-seabed-bill-report neither-rush-nor-refuse-ifi-policy-report-9 \
    nereid-capital-markets-day-2027-notes salt-lines-chapter07 \
    seabed-mining-in-corvessa-wikipedia the-plain-beneath-the-vote-longshore \
    valcourt-ardelle-ios-wp-2027-03; do
    am done "$s"   # read in full
done
am validate
