#!/usr/bin/env bash
# Rebuild the held-out debate on ending the twice-yearly clock change in Norvania, from
# bench/debate19/raw/ into an empty folder, with argmap's own commands only (no JSON edited by
# hand).
#   bash bench/debate19/make.sh /tmp/debate19      (from the repository root)
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

# 1. the project and its codebook: two ways to end the change, keeping it, no verdict -------
python3 -m argmap init "$OUT" \
    --name "Should Norvania stop changing its clocks, and if so keep which time?"
am codebook rename stance for permanent-standard
am codebook rename stance against keep-changing
am codebook rename stance hedged still-weighing
am codebook edit stance permanent-standard --label "Stop changing: standard time all year" \
    --symbol "☾" \
    --description "End the twice-yearly change and keep standard (winter) time, UTC+1, all year: the body clock follows the sun, morning light sets it, permanent summer time would be a year-round social jet lag with dark winter mornings (sunrise after ten in Aldmark, near noon in Tornvik), worse sleep for adolescents and more ill health; the spring change itself brings heart attacks and accidents; sleep scientists and doctors back standard time, and Ostland has chosen it."
am codebook add-stance permanent-summer --label "Stop changing: summer time all year" \
    --symbol "☀" --axis 1 --color "#d08a1e" \
    --description "End the twice-yearly change and keep summer time, UTC+2, all year: an hour more of light after work and school in every season, fewer road accidents in the evening rush, more sport, leisure, shopping and tourism, a brighter mood in the dark months, and what most people asked for in the consultation; the changes themselves disrupt sleep and cause accidents."
am codebook move stance permanent-summer 2
am codebook edit stance keep-changing --label "Keep the twice-yearly change" --symbol "⇅" \
    --description "Keep changing the clocks in March and October: the change is a compromise that gives light on winter mornings and on summer evenings, which neither permanent time can; permanent summer time would leave winter mornings dark for months, permanent standard time would waste summer evenings; staying aligned with Velmark and the Northern Economic Area matters more than the brief disruption of the change, and going it alone costs trade, travel and money."
am codebook edit stance still-weighing --label "Undecided" --symbol "◌" \
    --description "Takes no side on the clock change: weighs health, light, safety and alignment without a verdict, says the evidence does not settle it or cuts both ways, waits for the neighbours, the Northern Economic Area or more study before choosing, or wants the change ended without saying which time to keep."
am codebook add-question sleep-health --label "Sleep and health" \
    --text "What the clocks do to the body: sleep, the body clock and morning light, social jet lag, adolescents, heart attacks and strokes after the change, mood and winter depression?"
am codebook add-question road-safety --label "Road safety" \
    --text "What the clocks do on the roads: accidents in the dark morning or evening rush, pedestrians and cyclists, children walking to school, elk and deer collisions, the days after a change?"
am codebook add-question business-leisure --label "Business, leisure and tourism" \
    --text "What evening or morning light is worth to shops, cafés, restaurants, tourism, sport, outdoor leisure and productivity at work?"
am codebook add-question neighbours --label "Neighbours and trade" \
    --text "Being in step with Velmark, Ostland and the rest of the Northern Economic Area: time differences, trade, markets, flights and timetables, commuters across the border, firms working across zones?"
am codebook add-question energy --label "Energy" \
    --text "What the clocks do to energy use: electricity for lighting, heating in dark mornings, cooling, the savings the change was introduced for?"
am codebook add-question schools-farms --label "Schools, farms and the north" \
    --text "Who lives by the morning: children going to school in the dark, school hours, farmers, milking and animals, shift workers, and the north where winter days are shortest?"
am codebook add-question process --label "Who decides and how" \
    --text "How the choice is made: the bill and its timetable, the consultation and its figures, a referendum, coordination with the Northern Economic Area and the neighbours, the cost of the switch?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp permanent-standard "permanent standard time" "permanent standard" "standard time all year" \
    "standard time year-round" "winter time all year" "permanent winter time" "stay on winter time" \
    "keep winter time" "back to standard time" "natural time" "sun time" "solar time" \
    "the sun's time" "body clock" "circadian" "social jet lag" "chronic jet lag" \
    "morning light" "light in the morning" "dark mornings" "darker mornings" "pitch dark" \
    "sunrise after ten" "sleep scientists" "sleep researchers" "chronobiolog*" \
    "sleep medicine" "follow ostland" "like ostland" "teenagers need" "adolescents" \
    "melatonin" "the sun rises" "noon" "our biology"
sp permanent-summer "permanent summer time" "permanent summer" "summer time all year" \
    "summer time year-round" "stay on summer time" "keep summer time" "keep the light evenings" \
    "lighter evenings" "light evenings" "light after work" "light after school" \
    "evening light" "longer evenings" "extra hour of daylight" "extra hour of light" \
    "daylight in the evening" "brighter evenings" "after-work" "afternoon light" \
    "evening rush" "more time outdoors" "outdoor leisure" "golf" "terrace" \
    "retail" "shoppers" "footfall" "tourism" "what people voted for" "the people chose" \
    "majority want" "most people want" "dark at four" "dark by half past three"
sp keep-changing "keep changing" "keep the change" "keep the clock change" \
    "keep the twice-yearly" "keep both" "best of both" "both seasons" "light in both" \
    "twice a year is fine" "small price" "one hour twice a year" \
    "if it ain't broke" "ain't broke" "not broken" "compromise" "leave the clocks alone" \
    "leave it as it is" "status quo" "stay in step" "in step with" "in line with velmark" \
    "same time as velmark" "patchwork" "out of step" \
    "hour behind" "hour ahead" "coordinat*" "harmoni*" "neither option" "neither permanent" \
    "worst of both"
sp still-weighing "undecided" "not sure" "haven't decided" "have not decided" "cuts both ways" \
    "on the one hand" "on the other hand" "too early to tell" "remains to be seen" \
    "open question" "we don't know" "we do not know" "not enough evidence" "depends on" \
    "hard to say" "torn" "both sides" "weigh*" "don't mind which" "either way" \
    "whichever" "just pick one" "pick one" "wait for velmark" "wait and see" "trade-off" \
    "no right answer" "no easy answer"
qp sleep-health "sleep*" "body clock" "circadian" "jet lag" "melatonin" "health" \
    "heart attack*" "stroke*" "cardiac" "mood" "depress*" "tired*" "fatigue" "insomnia" \
    "alert*" "teenagers" "adolescents" "wellbeing" "well-being" "doctors" "hospital*"
qp road-safety "accident*" "crash*" "collision*" "road*" "traffic" "pedestrian*" \
    "cyclist*" "cycling" "drivers" "driving" "commut*" "elk" "deer" "moose" "casualt*" \
    "injur*" "killed" "road safety" "visibility" "school run"
qp business-leisure "shop*" "retail*" "café*" "cafe*" "restaurant*" "tourism" "tourist*" \
    "leisure" "sport*" "football" "golf" "outdoor*" "hospitality" "sales" "spending" \
    "customers" "productivity" "economy" "business*" "barbecue*" "evenings"
qp neighbours "velmark*" "ostland*" "neighbour*" "time zone*" "timezone*" "border" \
    "trade" "trading partner*" "exports" "markets" "stock exchange" "flight*" "airline*" \
    "timetable*" "schedules" "cross-border" "nea" "northern economic area" "in step" \
    "out of step" "utc"
qp energy "energy" "electricity" "power" "heating" "lighting" "light bulb*" "savings" \
    "save energy" "saving energy" "consumption" "kilowatt*" "grid" "fuel" "oil crisis" \
    "emission*"
qp schools-farms "school*" "pupils" "children" "kids" "farm*" "cows" "milking" "dairy" \
    "livestock" "animals" "shift work*" "the north" "northern" "tornvik" "polar" \
    "winter mornings" "lapland" "rural"
qp process "bill" "folkeraad" "parliament" "committee" "minister*" "government" \
    "consultation" "survey" "poll" "referendum" "vote*" "2029" "timetable" \
    "decide" "decision" "nea" "commission" "directive" "law" "act" "cost of switching"

# 3. the articles, as saved from the web or exported from an app ----------------------------
# Reader pinned: `--reader 9` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it); ids from the file names. No file is edited.
# The WhatsApp export (iOS, "Without media") is a folder whose text is always `_chat.txt`:
# its id is given by hand.
# Ids pinned as argmap gave them then (cut at 40 characters; since session 13 `--id-from file`
# keeps the whole file name): the claims in gold.tsv name them.
am add --reader 9 --id-from file "$HERE"/raw/give-us-our-evenings-back.html \
    "$HERE"/raw/norvania-briefing-212-transcript.html "$HERE"/raw/written-evidence-TCC0042.html
am add --reader 9 --id clock-change-bill-which-time-is-better \
    "$HERE"/raw/clock-change-bill-which-time-is-better-for-bike-commuters.html
am add --reader 9 --id i-changed-my-mind-about-the-clocks-three \
    "$HERE"/raw/i-changed-my-mind-about-the-clocks-three-times.html
am add --reader 9 --id why-hasnt-norvania-abolished-the-clock \
    "$HERE"/raw/why-hasnt-norvania-abolished-the-clock-change.html
am add --reader 9 --id lindqvist-family-whatsapp "$HERE/raw/WhatsApp Chat - Lindqvist family/_chat.txt"
# what argmap could not read from the files, or read wrongly: say it
am meta clock-change-bill-which-time-is-better \
    --author "lars_h (Lars Holm, opening post) and repliers" --date 2027-05-22
am meta norvania-briefing-212-transcript \
    --author "Leena Varga (host), with Petter Aas, Hanne Moritz and Erik Sand"
am meta why-hasnt-norvania-abolished-the-clock \
    --title "Why hasn't Norvania abolished the clock change when 74% of respondents wanted it?" \
    --author "Kari Lund (question); answers by Halvard K., Dr. E. Nygaard and Benedikte"
am meta written-evidence-tcc0042 \
    --author "Norvanian Sleep Society (Prof. Ingrid Solbakk, Dr Hallvard Moe)" \
    --outlet "Folkeraad, Standing Committee on Transport and Communications"
am meta lindqvist-family-whatsapp \
    --title "Lindqvist family (WhatsApp group), 20 May 2027" \
    --author "Karin, Tomas, Elsa, Farfar Arne, Birgit and Jonas (family members)" \
    --outlet "WhatsApp (iOS chat export)"
am meta i-changed-my-mind-about-the-clocks-three --outlet "Norvanian Data Desk (Medium)"

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta written-evidence-tcc0042 --note "The Sleep Society's written evidence to the Folkeraad committee for ending the changes and keeping standard time, opening with the consultation's preference for summer time and what light evenings are worth: the body clock and morning light, winter sunrise times, adolescents, the spring change's heart attacks, the keep-changing compromise answered, shift workers and mood, the road figure read as the shock of the change, retail, energy, Ostland; recommendations."
am meta give-us-our-evenings-back --note "A leisure economist's Substack post for ending the changes and keeping summer time, opening with the sleep scientists' case stated fairly: the usable hour after work, the consultation, spending, sports clubs and tourism, the evening rush on the roads, the compromise and waiting for Velmark answered, the sleep studies weighed, the north conceded with later school starts; energy a wash."
am meta why-hasnt-norvania-abolished-the-clock --note "A Politics Stack Exchange question (why not just keep summer time, as the consultation wanted?) with three answers: the accepted one for keeping the change (no majority for either time, Velmark and the NEA, each time bad in one season, the cost of switching), a second for standard time (the medical bodies, Ostland), a third without a verdict (wait for Velmark and the NEA)."
am meta lindqvist-family-whatsapp --note "A family's WhatsApp group on the Sleep Society's call for standard time: a nurse and a teacher in the north for standard time, a garden-centre owner and his teenage daughter for summer time (customers, football, the evening rush, the consultation), a dairy-farming grandfather for keeping the change in step with Velmark, an airline worker waiting for Velmark."
am meta clock-change-bill-which-time-is-better --note "A cyclists' Discourse forum thread on which time suits bike commuters: the opening post for summer time (the dangerous ride home), replies from the north, a cross-border commuter and a rural rider for keeping the change (light on both rides, Velmark, elk at dawn), a GP for standard time (tired drivers, the spike is the change's), the association's staff without a position, a newcomer who only wants the switching to stop."
am meta norvania-briefing-212-transcript --note "A podcast's transcript page: a host who stays undecided with the retail federation (summer time), a chronobiologist (standard time) and a chamber of commerce economist (keep the change in step with Velmark); the evidence weighed, a listener's voice note without a verdict, the host's summary leaving the choice open."
am meta i-changed-my-mind-about-the-clocks-three --note "A data journalist's Medium post that moves from summer time (evening roads, spending) to standard time (sleep, the north) to keeping the change (Velmark, the border) and ends without a verdict: each option best on one question, the answer depending on Velmark; energy and the consultation dismissed."
for s in clock-change-bill-which-time-is-better give-us-our-evenings-back \
    i-changed-my-mind-about-the-clocks-three lindqvist-family-whatsapp \
    norvania-briefing-212-transcript why-hasnt-norvania-abolished-the-clock written-evidence-tcc0042; do
    am done "$s"   # read in full
done
am validate
