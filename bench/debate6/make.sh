#!/usr/bin/env bash
# Rebuild the held-out Velden wolf debate from bench/debate6/raw/ into an empty folder,
# with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate6/make.sh /tmp/debate6      (from the repository root)
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

# 1. the project and its codebook: four stances on releasing wolves in the Velden ---------
python3 -m argmap init "$OUT" --name "Wolves back to the Velden mountains?"
am codebook rename stance for reintroduce
am codebook rename stance against oppose
am codebook rename stance hedged weighing
am codebook edit stance reintroduce --label "Release as planned" --symbol "▲" \
    --description "Wolves should be brought back to the Velden mountains as the Velden Wolf Plan proposes (released from 2027 and strictly protected, losses met by prevention and compensation), or sooner and in greater numbers: the wolf belongs there, its gains for nature and the region outweigh its costs, and livestock and people can live with it."
am codebook add-stance with-culling --label "Only with culling rules" --symbol "◐" --axis 1 \
    --color "#c8883a" \
    --description "Wolves may come back, but only on terms that let people control them: a legal right to shoot wolves that attack herds or lose their fear of people, a ceiling on their numbers or a yearly quota, zones kept free of wolves, and herd protection and compensation guaranteed by law before any release."
am codebook move stance with-culling 2
am codebook edit stance oppose --label "No release" --symbol "▼" \
    --description "Wolves should not be released in the Velden mountains at all: the plan endangers herds, mountain farming, hunting and people's sense of safety, costs too much, is imposed by outsiders, and should be dropped; wolves that come on their own are no reason to bring more."
am codebook edit stance weighing --label "No verdict" --symbol "◆" \
    --description "Takes no side on releasing wolves: weighs gains and costs without a verdict, says the evidence is mixed or not yet in, or makes the answer depend on a condition it leaves open."
am codebook add-question livestock --label "Herds and grazing" \
    --text "What will wolves do to sheep, goats and cattle on the mountain pastures, and can fences, guard dogs and shepherds protect the herds?"
am codebook add-question tourism --label "Tourism" \
    --text "Will wolves draw visitors (wildlife watching, a wild brand for the region) or keep hikers, skiers and holiday guests away?"
am codebook add-question biodiversity --label "Nature and forests" \
    --text "Does the wolf restore the mountain ecosystem (deer numbers, browsing, young forest, other species), and does the region owe it a place back?"
am codebook add-question hunting --label "Hunting and game" \
    --text "What do wolves mean for hunters and game (red and roe deer, chamois), and should hunters be allowed to shoot wolves?"
am codebook add-question compensation --label "Compensation and costs" \
    --text "Who pays for the plan and for the losses: compensation for killed animals, subsidies for fences and dogs, the plan's budget, and are the payments fair and quick?"
am codebook add-question public-safety --label "Safety of people" \
    --text "Are wolves a danger to people, children and dogs in villages and on trails, and how should fear of them be met?"
am codebook add-question livelihoods --label "Mountain life and who decides" \
    --text "What does the wolf mean for mountain farming, rural jobs and the villages' future, and is the plan decided by the people who live with it or imposed from the cities and Brussels?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R10) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp reintroduce "bring * wolves back" "bring back the wolf" "welcome the wolf" \
    "wolves belong" "the wolf belongs" "release * wolves" "go ahead with the release" \
    "support the plan" "back the plan" "strict* protect*" "coexist*" "live with wolves" \
    "living with the wolf" "non-lethal" "rewild*" "native species" "apex predator" \
    "restore the balance" "long overdue" "more wolves"
sp with-culling "cull*" "right to shoot" "shoot problem wolves" "problem wolves" \
    "problem wolf" "quota*" "ceiling on * numbers" "cap on * numbers" "population cap" \
    "wolf-free zone*" "wolf free zone*" "lethal control" "regulate the population" \
    "manage* the population" "on condition*" "only if" "only with" "clear rules" \
    "lower * protection status" "conditional yes" "under conditions"
sp oppose "no wolves" "no to the wolf" "no release" "stop the plan" "scrap the plan" \
    "drop the plan" "against the release" "oppose* the release" "reject the plan" \
    "no place for wolves" "does not belong" "doesn't belong" "imposed" "city people" \
    "from brussels" "end of * farming" "last shepherd*" "too dangerous" "not here" \
    "keep * wolves out"
sp weighing "on the one hand" "on the other hand" "mixed evidence" "evidence is mixed" \
    "too early to" "hard to say" "depends on" "it depends" "trade-off*" "uncertain*" \
    "open question" "not yet known" "cannot yet say" "both sides" "neither side" \
    "pros and cons" "remains to be seen" "weigh*"
qp livestock "sheep" "lamb*" "goat*" "cattle" "calves" "herd*" "flock*" "livestock" \
    "pasture*" "grazing" "shepherd*" "guard dog*" "livestock guardian dog*" "fence*" \
    "fencing" "night pen*" "attack* on" "kill* * sheep" "carcass*" "alpine pasture*"
qp tourism "touris*" "visitor*" "hiker*" "hiking" "trail*" "ski*" "guest*" "hotel*" \
    "holiday*" "wildlife watching" "wolf watching" "eco-touris*" "brand" "overnight stays"
qp biodiversity "biodiversity" "ecosystem*" "ecolog*" "trophic" "browsing" "saplings" \
    "young trees" "forest regeneration" "regrow*" "food chain" "predator*" "species" \
    "nature" "habitat*" "yellowstone" "carrion" "balance of nature"
qp hunting "hunter*" "hunting" "game" "red deer" "roe deer" "deer" "chamois" "wild boar" \
    "shooting" "rifle*" "hunting grounds" "gamekeeper*" "hunting lease*" "cull*"
qp compensation "compensation" "compensat*" "paid for" "payments" "subsid*" "budget" \
    "cost*" "euros" "million" "taxpayer*" "fund*" "insurance" "reimburs*" "paperwork"
qp public-safety "safety" "safe" "danger*" "attack* on people" "children" "school route*" \
    "walk* the dog" "dogs" "fear*" "afraid" "rabies" "bold wolves" "habituat*" \
    "villages at night" "encounter*"
qp livelihoods "livelihood*" "mountain farming" "farmers" "farm*" "rural" "villages" \
    "depopulat*" "young people" "way of life" "tradition*" "income*" "jobs" "brussels" \
    "city" "cities" "consult*" "referendum" "local people" "regional assembly"

# 3. the articles, as saved from the web (HTML) or kept as notes (Markdown) ----------------
# Reader pinned: `--reader 3` is how argmap read these files when they were annotated (the
# sentence ids in gold.tsv depend on it); ids from the file names. No file is edited.
am add --reader 3 --id-from file "$HERE"/raw/*
# what argmap could not read from the files, or read wrongly: say it
am meta today-oped-marek --author "Anton Marek"
am meta wildkarvenia-blog --author "Nadia Petrović"
am meta hunters-position --outlet "Velden Hunters' Association"
am meta imr-briefing --outlet "Institute for Mountain Research, University of Marbrück"
am meta assembly-hearing --title "Public hearing on the Velden Wolf Plan: verbatim record" \
    --outlet "Regional Assembly of Velden, Committee for Agriculture and Environment"
am meta courier-letters --author "Six readers" --outlet "Velden Courier"

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (id,
#    source, sentence, stance, questions, kind, note, and links by row id), imported in
#    one go -------------------------------------------------------------------------------
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta courier-news --note "Regional news report of the first consultation evening: the Wildlife Office's director, a hotelier and a forester for the release, the farmers' union and a mayor against, the hunters for a yes with culling rules, a researcher without a verdict."
am meta today-oped-marek --note "Guest essay by a sheep farmer against any release: opens by granting that the wolf belongs in the mountains, then fences on steep pastures, France's losses, compensation, tourism, empty farms and who decides."
am meta wildkarvenia-blog --note "Conservation charity's blog for the release: opens with the opponents' sentence, grants losses, slow payments and the plan's city origin, answers six objections with evidence from other countries, argues against the hunters' culls."
am meta hunters-position --note "Hunters' association position for a yes with rules (a right to shoot repeat attackers, a ceiling of four packs, zones, compensation in law first); opens with members who want no wolves."
am meta imr-briefing --note "University policy brief without a verdict: grants protection-drives-losses and low risk to people to the release, the high pastures, indirect costs and fear to its opponents; the rest weighed or conditional."
am meta assembly-hearing --note "Committee hearing: the Wildlife Office for the release, twenty mayors against, a shepherd for a yes with culling rules, a physician and a member without a verdict; members' questions that take sides."
am meta courier-letters --note "Letters page, six readers: a hotelier without a verdict, a parent and a villager against, a young goat farmer and a retired forester for the release, a hunter for culling rules."
for s in assembly-hearing courier-letters courier-news hunters-position imr-briefing \
    today-oped-marek wildkarvenia-blog; do
    am done "$s"   # read in full
done
am validate
