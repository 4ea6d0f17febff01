#!/usr/bin/env bash
# Rebuild the held-out debate on removing the Kessel Dam from the River Lysa from
# bench/debate14/raw/ into an empty folder, with argmap's own commands only (no JSON edited
# by hand).
#   bash bench/debate14/make.sh /tmp/debate14      (from the repository root)
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

# 1. the project and its codebook: three stances on an old hydro dam and its river --------
python3 -m argmap init "$OUT" \
    --name "Should Eskerland remove the Kessel Dam to restore the River Lysa?"
am codebook rename stance for remove
am codebook rename stance against retrofit
am codebook rename stance hedged no-call
am codebook edit stance remove --label "Take the dam down" --symbol "≋" \
    --description "The Regional Council should choose option A and remove the Kessel Dam: a free-flowing Lysa would let salmon, sea trout and eels back to 70 km of spawning and nursery water that no fish pass reaches well, removal is the cheaper option once the national River Restoration Fund pays its share, it ends the dam's safety liability for good, and its 4.6 MW (half a per cent of the region's power) are easily replaced by wind and sun; the sediment can be managed and the town's water intake replaced, and the lost lake gives back a living river valley."
am codebook edit stance retrofit --label "Keep and upgrade the dam" --symbol "▣" \
    --description "The Council should keep the Kessel Dam and rebuild it (option B, or at least repair it): a new spillway, a fish pass and an eel pass, and new turbines; it gives low-carbon, steady and flexible power, Lake Kessel is a community (homes, the sailing club, swimming, angling, tourism) and a listed piece of industrial heritage, it holds the drinking water of Kesselby and buffers floods, the polluted sediment behind it is safest left where it is, and removal is an expensive, irreversible gamble on the salmon coming back."
am codebook edit stance no-call --label "No verdict" --symbol "◌" \
    --description "Takes no side on the Kessel Dam: weighs the river and its fish against the power, the lake and the costs without a verdict, says the evidence (the sediment survey, how well a fish pass would work, the flood model, the real costs) is not yet clear or cuts both ways, asks for information before a verdict, or leaves the decision to the Council."
am codebook add-question salmon-eels --label "Salmon, eels and the river's life" \
    --text "What would each option do for migratory fish and the river's ecology: salmon, sea trout and eels reaching the spawning and nursery water upstream, how well fish passes and eel passes work, smolts in turbines and in the lake, the river's insects, mussels and birds, and how fast a river recovers?"
am codebook add-question hydropower --label "Hydropower and the climate" \
    --text "What happens to the power the dam makes: its output and the homes it supplies, low-carbon and flexible power for the grid, the region's renewable targets, what would replace it (wind, solar), new turbines, and the reservoir's own emissions?"
am codebook add-question sediment --label "Sediment and pollution" \
    --text "What happens to the sediment behind the dam: how much there is, the mercury and chromium from the old tannery and paper mill, dredging and landfill, letting it move downstream, turbid water, the estuary's mussel beds and the harbour?"
am codebook add-question price-tag --label "Costs and who pays" \
    --text "What does each option cost and who pays: removal against rebuilding, the River Restoration Fund and other grants, lost power income, the costs over forty years, the regional tax, the owner's liability?"
am codebook add-question floods-water --label "Floods and drinking water" \
    --text "What happens to floods, low flows and water supply: the flood risk in Kesselby and downstream, the flood model, the town's drinking-water intake in the lake, droughts and farm irrigation?"
am codebook add-question lake-life --label "The lake and its community" \
    --text "What happens to Lake Kessel and the people around it: lakeside homes and their value, the sailing club, swimming and pike angling, summer tourism, the dam as industrial heritage, the road over the crest, and what a restored valley would offer instead?"
am codebook add-question dam-safety --label "The dam's safety" \
    --text "Is the dam safe, and what must be done: the spillway too small for the design flood, ageing concrete, the Dam Safety Authority's deadline, the risk of failure, and who carries the liability?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp remove "remove the dam" "removing the dam" "take the dam down" "take it down" \
    "tear it down" "pull the dam" "dam removal" "remove kessel" "option a" \
    "free-flowing" "free flowing" "free the river" "set the river free" "let the river run" \
    "restore the river" "river restoration" "living river" "rewild*" "reconnect*" \
    "salmon back" "salmon will return" "fish back" "back upstream" "spawning grounds" \
    "fish passes don't work" "fish ladders fail" "no fish pass" "cheaper to remove" \
    "restoration fund pays" "ends the liability" "once and for all" "obsolete" \
    "outlived its purpose" "a tiny amount of power" "easily replaced" "half a per cent" \
    "relic" "let it go"
sp retrofit "keep the dam" "keeping the dam" "save the lake" "save lake kessel" \
    "upgrade the dam" "rebuild the dam" "repair the dam" "option b" "retrofit*" \
    "new spillway" "fish pass and" "build a fish pass" "new turbines" "clean power" \
    "low-carbon power" "steady power" "flexible power" "every kilowatt" \
    "our lake" "lakeside homes" "sailing club" "our community" "heritage" "listed" \
    "leave the sediment" "stir up the mud" "toxic mud" "irreversible" "gamble" \
    "no guarantee the salmon" "drinking water" "hold back floods" "flood buffer" \
    "don't drain" "do not drain" "mudflat*" "lose the lake"
sp no-call "not sure" "undecided" "on balance it is hard" "hard to call" \
    "too early to say" "on the one hand" "on the other hand" "open question" \
    "we do not know yet" "we don't know yet" "not yet clear" "unclear" "both options" \
    "trade-off*" "depends on" "need more information" "before deciding" "cuts both ways" \
    "it is for the council" "up to the council" "no easy answer" "sit on the fence"
qp salmon-eels "salmon" "sea trout" "trout" "eel*" "smolt*" "fish pass*" "fish ladder*" \
    "eel pass*" "migrat*" "spawn*" "nursery" "upstream" "downstream passage" "juvenile*" \
    "pike" "predat*" "insects" "mussel*" "otter*" "biodiversity" "ecolog*" "habitat*" \
    "fish count*" "anglers" "river life"
qp hydropower "hydro*" "power station" "turbine*" "megawatt*" "mw" "gwh" "kilowatt*" \
    "electricity" "renewable*" "low-carbon" "carbon" "climate" "grid" "homes supplied" \
    "wind" "solar" "output" "generat*" "methane" "emission*" "energy"
qp sediment "sediment*" "silt*" "mud" "mercury" "chromium" "heavy metal*" "contaminat*" \
    "pollut*" "toxic" "tannery" "paper mill" "dredg*" "landfill" "turbid*" "estuary" \
    "harbour" "drawdown" "gravel" "flush*"
qp price-tag "cost*" "million" "€" "euro*" "cheap*" "expensive" "budget*" "restoration fund" \
    "grant*" "subsid*" "tax*" "ratepayer*" "revenue" "income" "forty years" "40 years" \
    "afford*" "pays" "paying" "money" "value for money" "liabilit*"
qp floods-water "flood*" "high water" "peak flow*" "low flow*" "drought*" "drinking water" \
    "water supply" "intake" "wells" "groundwater" "irrigat*" "kesselby" "flood model" \
    "hydrolog*" "rainfall" "storm*"
qp lake-life "lake kessel" "the lake" "lakeside" "cottage*" "house prices" "property" \
    "sailing" "swimm*" "beach" "pike angling" "tourism" "tourist*" "visitors" \
    "heritage" "power house" "art deco" "1931" "the road" "crest" "community" "valley" \
    "walking" "kayak*"
qp dam-safety "safety" "safe" "unsafe" "spillway" "design flood" "concrete" "crack*" \
    "inspection" "dam safety authority" "deadline" "2031" "failure" "fail" "collapse" \
    "breach" "risk" "ageing" "aging" "repair*"

# 3. the articles, as saved from the web, a mail client, a feed, an e-book or a podcast ------
# Reader pinned: `--reader 7` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it); ids from the file names. No file is edited.
# raw/ holds every page as it was saved. argmap reads only .txt, .md, .html and .htm, so
# what was given to `add` is in added/: the EPUB chapter (.xhtml) copied to .html as it
# is; for the newsletter (.eml), the two feed entries (Atom and RSS .xml) and the two
# subtitle files (.vtt, .srt), renamed copies came out as headers, markup or cue timings
# (see /work/notes/d14-friction.md), so added/ holds the text a user copies out instead:
# the mail client's "Save as text", the feed reader's entry, the podcast site's
# transcript, a subtitle-to-text converter's output (kept in Windows-1252, as the .srt).
am add --reader 7 --id-from file "$HERE"/raw/*.html "$HERE"/added/*.html \
    "$HERE"/added/eskerland-energi-newsroom.txt "$HERE"/added/lysa-letter-issue-61.txt \
    "$HERE"/added/lysa-voices-ep14.txt "$HERE"/added/lysmouth-gazette-news.txt
am add --reader 7 --id-from file --encoding cp1252 "$HERE"/added/ertv-eskerland-tonight-kessel.txt
# what argmap could not read from the files, or read wrongly: say it
am meta lysa-letter-issue-61 --author "Tove Ringdal" --outlet "The Lysa Letter (Substack newsletter)"
am meta tollefsen-bluesky-thread --title "Dr Maren Tollefsen's Bluesky thread on the Kessel Dam vote"
am meta where-the-lysa-ran-ch07 --title "Where the Lysa Ran, chapter 7: The Drowned Farms" \
    --author "Halvar Brenn" --outlet "Greyheron Press (e-book)" --date 2027-04
am meta eskerland-energi-newsroom --outlet "Eskerland Energi newsroom (Atom feed)"
am meta lysa-voices-ep14 --author "Lina Sørby (host)" --outlet "Lysa Voices (podcast)" --date 2027-04-29
am meta lysmouth-gazette-news --outlet "Lysmouth Gazette"
am meta ertv-eskerland-tonight-kessel --title "Eskerland Tonight: Kesselby and the Kessel Dam" \
    --author "Nils Ekdahl" --outlet "Eskerland Regional TV" --date 2027-04-28
am meta raisevoice-save-lake-kessel --title "Save Lake Kessel: keep and upgrade the dam" \
    --author "Kessel Lakeside Association" --date 2027-04-14

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta lysa-letter-issue-61 --note "An angler's Substack newsletter for removal, opening with what the lake people are right about: fish passes lose fish both ways, removal is cheaper with the Restoration Fund, the power is half a per cent, the mud can be dug out first, the spillway money is better not spent; a mailbag with a reader on floods and one from the sailing club."
am meta okafor-lind-medium --note "A retired dam engineer's Medium essay for rebuilding, opening with the best argument for removal: the spillway is a solvable problem, modern fish passes work, the thin sediment survey and a drawdown that went wrong, flexible power, costs over forty years; asks for a full sediment survey whichever option."
am meta kesselby-commons-thread --note "A Kesselby community forum thread (Discourse): an undecided resident asks; a lakeside resident (drinking water, house values, heritage), a sailor (children, the 2015 flood) and a taxpayer (cost overruns) for rebuilding; an angler and a young resident for removal; one more undecided; the opener ends asking for a sediment survey."
am meta tollefsen-bluesky-thread --note "A freshwater ecologist's Bluesky thread for removal, granting the fish pass and the lake first: smolts lost in the lake, eels, gravel, a removal elsewhere, the mercury dug out first; replies from a sailor (one year of tagging), a hydrologist (the thin survey first) and an angler."
am meta eskerland-energi-newsroom --note "The dam owner's newsroom entry from its Atom feed, largely without a verdict: the safety deadline, both options' costs and timetables, what is not known (sediment, concrete, fish pass, salmon return), the grid's view of its flexibility, the flood model; the decision left to the Council."
am meta where-the-lysa-ran-ch07 --note "A chapter of a local writer's e-book (EPUB), for removal, opening with the lake's beauty: the eleven farms drowned in 1931, the salmon ledgers and the fish ladder no salmon used, the mud must be dealt with some day, the power is small; concessions to the lakeside families."
am meta lysa-voices-ep14 --note "A local podcast (WebVTT transcript, pasted from the podcast's site): the sailing club's commodore for rebuilding (the lake's community, the fish pass, clean power, the thin survey) against the Rivers Trust's restoration manager for removal (smolts in the lake, costs with the Fund, the gravel); the host takes no side."
am meta lysmouth-gazette-news --note "A local paper's news report from its RSS feed, opening with the Rivers Trust's claim: estuary mussel farmers, the harbour master and the fishermen's association for rebuilding because of the sediment; a fishing-trip skipper and the Trust for removal; the compensation fund not yet sized."
am meta ertv-eskerland-tonight-kessel --note "A regional TV report (SRT subtitles, converted to text), largely without a verdict: an angler and a teenager for removal, the sailing club and a mussel farmer for keeping the dam, the Council's engineer and a resident undecided; the reporter concludes that nobody yet knows."
am meta raisevoice-save-lake-kessel --note "A petition page for keeping and upgrading the dam, opening with its critics' 'old relic': homes, drinking water, the sailing club, heritage, clean power, the fish pass, the mud left in place, the hidden costs of removal. The signers' reasons are on the page but not read."
for s in ertv-eskerland-tonight-kessel eskerland-energi-newsroom kesselby-commons-thread \
    lysa-letter-issue-61 lysa-voices-ep14 lysmouth-gazette-news okafor-lind-medium \
    raisevoice-save-lake-kessel tollefsen-bluesky-thread where-the-lysa-ran-ch07; do
    am done "$s"   # read in full
done
am validate
