#!/usr/bin/env bash
# Rebuild the held-out debate on how the (invented) city-region of Marisvale should meet its
# growing air traffic, from bench/debate30/raw/ into an empty folder, with argmap's own
# commands only (no JSON edited by hand).
#   bash bench/debate30/make.sh /tmp/debate30      (from the repository root)
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

# 1. the project and its codebook: three options, none on one axis with another (each attacks
#    both others; there is no middle and no stance for no verdict) ----------------------------
python3 -m argmap init "$OUT" --name "How should Marisvale meet its growing air traffic?"
am codebook rename stance for second-runway
am codebook rename stance against no-new-capacity
am codebook rename stance hedged regional-airport
am codebook edit stance second-runway --label "A second runway at Marisvale Airport" \
    --symbol "▲" --axis 0 \
    --description "Build Runway 2, a second full-length runway south of the existing one at Marisvale Airport, as the airport's owner proposes: demand will keep growing, the one runway is full at peak hours, the capacity belongs where the passengers, the airlines and the long-haul routes already are, the owner pays for the runway, and jobs, trade and connections follow. Argues against moving growth to Oldbridge (airlines will not split, the rail link is slow and costly to the public) and against refusing growth (passengers and money leak to other airports)."
am codebook edit stance regional-airport --label "Expand Oldbridge and link it by rail" \
    --symbol "◆" --axis 0 \
    --description "Leave Marisvale Airport with one runway and put the growth at the small Oldbridge regional airport instead: lengthen its runway, build a terminal and reopen the Oldbridge branch line with a new rail link to Marisvale Central. Fewer people under its flight paths (approaches over the estuary), jobs in the north where unemployment is high, no homes demolished at Hesketh Green, passengers arriving by train. Argues against Runway 2 (noise, homes, roads) and against no growth at all (people will fly anyway, the north needs the work)."
am codebook edit stance no-new-capacity --label "No new capacity anywhere" \
    --description "No new runway anywhere, neither at Marisvale nor at Oldbridge: manage demand within the present runway (a frequent-flyer levy, an end to night flights, a cap on movements), move short trips to rail, and spend the money on the region's own transport. Aviation's emissions must fall, the forecasts of growth have been wrong before, the growth is mostly leisure trips by frequent flyers, and noise harms health. Argues against Runway 2 and against the Oldbridge plan alike (each adds flights; Oldbridge only moves the noise and the carbon north)." \
    --symbol "■" --axis 0
am codebook move stance regional-airport 2
am codebook add-question noise-health --label "Noise and health" \
    --text "Who would live under the new flight paths, by day and by night, and what does aircraft noise do to sleep, health and children's learning?"
am codebook add-question climate-emissions --label "Climate and emissions" \
    --text "What would more flights do to the region's carbon budget and climate targets, and can cleaner aircraft or fuels make growth compatible with them?"
am codebook add-question jobs-economy --label "Jobs and the economy" \
    --text "What jobs, trade, tourism and business connections does each option bring or lose, and where in the region?"
am codebook add-question cost-who-pays --label "Cost and who pays" \
    --text "What does each option cost, who pays (the airport's owner, passengers, taxpayers, the region), and what is the risk of overruns?"
am codebook add-question surface-access --label "Getting to the airport" \
    --text "How do passengers and workers reach each airport: roads and congestion, the rail link to Oldbridge, public transport shares, the train as a substitute for short flights?"
am codebook add-question demand-forecasts --label "Demand forecasts" \
    --text "Will air traffic grow as forecast, can the existing runway cope with it, and where would passengers go if Marisvale did not grow?"
am codebook add-question land-nature --label "Homes, land and nature" \
    --text "What would each option take: homes demolished at Hesketh Green, green-belt farmland, the protected Oldbridge Flats wetlands and their birds?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R7-R14) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp second-runway "runway 2" "second runway" "build the runway" "a new runway at marisvale" \
    "runway is full" "at its limit" "44 movements" "every slot" "no spare slots" \
    "turned away" "airlines want" "airlines will not" "airlines won't" "long-haul route*" \
    "hub" "where the passengers are" "where the airlines are" "horizon 2045" \
    "vale air holdings" "privately funded" "the owner pays" "no cost to the taxpayer" \
    "8,200" "direct jobs" "connectivity" "global connections" "inward investment" \
    "leak* to caldrin" "drive to caldrin" "fly from caldrin" "passengers will go elsewhere" \
    "split operation*" "port tenner" "nobody flies from oldbridge" "too far north" \
    "52 km" "the demand is there" "growth is coming" "quieter aircraft" "newer aircraft" \
    "the new generation of aircraft" "noise insurance" "compensation scheme" \
    "sustainable aviation fuel" "one runway is not enough" "catch up" "competitor cities" \
    "stand still" "managed decline" "close the door on growth" "pull up the drawbridge" \
    "approve the runway" "back the runway" "support runway 2" "preferred option"
sp regional-airport "oldbridge" "expand oldbridge" "regional airport" "branch line" \
    "rail link" "38 minutes" "the train to the terminal" "reopen the line" \
    "over the estuary" "over the water" "7,000 people" "fewer people under" \
    "the north" "northern towns" "9.3 %" "9.3%" "unemployment" "levelling up" \
    "where the jobs are needed" "spread the growth" "share the growth" "second airport" \
    "two airports" "a network of airports" "save hesketh green" "hesketh green" \
    "214 homes" "our village" "not in a village" "rail-connected airport" \
    "by train to the plane" "put the growth" "move the growth" "not against flying" \
    "we are not against" "regional growth" "coastal" "new terminal" "lengthen the runway" \
    "2,700" "oldbridge option" "back oldbridge" "support oldbridge" "the better site"
sp no-new-capacity "no new runway" "no new capacity" "no expansion" "no runway anywhere" \
    "neither runway" "frequent-flyer levy" "frequent flyer levy" "frequent flyers" \
    "first flight free" "levy" "demand management" "manage demand" "cap on flights" \
    "cap the flights" "movement cap" "night flights" "night ban" "end night flights" \
    "carbon budget" "climate target*" "climate emergency" "net zero" "29 %" "29%" \
    "emissions must fall" "fly less" "flying less" "15 %" "68 %" "a few people fly" \
    "leisure trips" "short-haul" "under 500 km" "by rail instead" "the fast line" \
    "2 h 05" "two hours by train" "forecasts were wrong" "2009 masterplan" "27 million" \
    "predict and provide" "greenwashing" "jam tomorrow" "moves the noise" \
    "moves the carbon" "just moves the problem" "more flights" "induced demand" \
    "stranded asset*" "the present runway" "existing runway" "make do" "within limits"
qp noise-health "noise" "night flight*" "sleep" "flight path*" "contour" "decibel*" \
    "54 db" "lden" "overflown" "heart" "blood pressure" "school*" "classroom*" "quiet" \
    "loud" "health"
qp climate-emissions "climate" "carbon" "emission*" "co2" "net zero" "sustainable aviation fuel" \
    "saf" "electric plane*" "hydrogen" "warming" "offset*" "carbon budget"
qp jobs-economy "job*" "employ*" "unemployment" "economy" "economic" "business*" "tourism" \
    "trade" "investment" "gva" "wages" "apprentice*" "connectivity" "exports"
qp cost-who-pays "cost*" "€" "billion" "million" "taxpayer*" "public money" "public purse" \
    "overrun*" "who pays" "funded" "subsid*" "afford" "price" "fares"
qp surface-access "road*" "motorway" "junction" "a61" "traffic" "congestion" "rail link" \
    "branch line" "train*" "station" "bus*" "car park*" "commute" "drive" "fast line"
qp demand-forecasts "forecast*" "demand" "passenger numbers" "million passengers" "growth" \
    "capacity" "slots" "peak hour*" "leak*" "predict*" "horizon 2045" "34 million"
qp land-nature "homes" "demolish*" "hesketh green" "green belt" "farmland" "fields" \
    "wetland*" "oldbridge flats" "birds" "waders" "habitat*" "protected" "village" \
    "countryside" "nature"

# 3. the pages, as saved from the web and the user's tools ------------------------------------
# Reader pinned: `--reader 14` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`; ids from the
# titles argmap reads (the default). The Teams transcript was downloaded from Teams as .docx.
# The Facebook page keeps only the post: its comments are left out (`argmap leftout`); the same
# page copied as text lost them too, without saying so, so it is not added (friction.md).
am add --reader 14 "$HERE"/raw/*
# what argmap could not read from the pages, or read wrongly: say it
am meta post-linkedin \
    --title "\"Just fly less\" is a slogan, not a policy for a region of 1.9 million people" \
    --author "Henrike Osei-Valtonen (Chief Executive, Marisvale Chamber of Commerce)" \
    --outlet LinkedIn --date 2027-02-08
am meta oldbridge-district-noticeboard --date 2027-02-03
am meta airport-capacity-where-ive-landed --outlet "Obsidian note (private, for the council group)"
am meta ask-ln-marisvale-wants-a-second-runway --author quietfinal
am meta hesketh-green-residents-association \
    --title "Hesketh Green Residents' Association: response to the Aviation Capacity Review" \
    --author "Hesketh Green Residents' Association (Ruth Abernethy-Kwan, Tomás Ferreira-Lund)" \
    --outlet "Google Docs (Download as HTML)"
am meta mrn-0614-2027-02-11-15-42-utc \
    --title "Runway, rail or restraint: Marisvale split three ways as airport consultation nears close" \
    --outlet "Marisvale Regional News (wire)"
am meta myths-and-facts-about-runway-2 \
    --author "Connect Marisvale (Vale Air Holdings, Marisvale Chamber of Commerce)" --date 2027-02-15
am meta track-to-the-terminal --title "February update: the branch line beats the bulldozer" \
    --author "Rhiannon Adebayo-Strand (Track to the Terminal)" \
    --outlet "Track to the Terminal (Mailchimp newsletter)"
am meta transport-working-group \
    --title "Transport working group: the Chamber's response to the Aviation Capacity Review (meeting transcript)" \
    --outlet "Marisvale Chamber of Commerce (Microsoft Teams transcript)"
am meta marisvale-city-council-agenda-item-7 \
    --title "Aviation Capacity Review: the City Council's response on the three options" \
    --author "Director of Place, Marisvale City Council" \
    --outlet "Marisvale City Council, Economy, Environment and Climate Scrutiny Committee (agenda item 7)"
# who says what: the LinkedIn post's sentences and its three comments have no speaker; the
# Lobste News title's words are not the first poster's and its footer is nobody's
am speaker post-linkedin s0001-s0021 "Henrike Osei-Valtonen"
am speaker post-linkedin s0022-s0025 "Femi Hallgren-Dube"
am speaker post-linkedin s0026-s0027 "Gwion Tanaka-Reyes"
am speaker post-linkedin s0028-s0030 "Agnieszka Ruthven-Obi"
am speaker ask-ln-marisvale-wants-a-second-runway s0001-s0003 ""
am speaker ask-ln-marisvale-wants-a-second-runway s0043 ""
am speaker runway-2-or-oldbridge s0049 ""

# 4. the annotations, following guide.md: one row per unit in gold.tsv (source, sentence,
#    stance, questions, kind, note, and links by row id), imported in one go ----------------
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta runway-2-or-oldbridge --note "A Discourse forum thread: the opener (under the Marisvale approach) for Oldbridge; a ground handler for Runway 2 (airlines will not split, Port Tenner, the owner pays); a climate voice against both; a rail engineer's accepted answer on the rail link; a Hesketh Green resident whose house would go; quotes of earlier posts in quote blocks."
am meta runway-2-is-a-bet-against-our-own-future --note "A Medium essay (member-only) by a transport planner who once backed Runway 2: long case against it (forecast, who flies, the public bill, noise, carbon), then against Oldbridge, then for no new capacity; three responses (not read by argmap)."
am meta marisvale-city-council-agenda-item-7 --note "A council scrutiny committee report in two columns as pdftotext -layout gives it: summarises and rejects Oldbridge and no new capacity at length, recommends Runway 2 with conditions; the Green group's minority view for no new capacity in an appendix."
am meta hesketh-green-residents-association --note "A residents' association submission exported from Google Docs: against Runway 2 at length (homes, green belt, noise, night flights, the public bill), for Oldbridge, answering members who want no growth; committee comments as footnotes (not read by argmap)."
am meta mrn-0614-2027-02-11-15-42-utc --note "A news agency wire story on the public hearing: the airport's owner, the Oldbridge council leader, a climate group, an airline, the rail campaign; no verdict of its own."
am meta post-linkedin --note "A LinkedIn post by the Chamber of Commerce's chief executive: against no new capacity at length (leakage to Caldrin, the levy is national, jobs, climate by fuels), briefly against Oldbridge, for Runway 2; comments from the climate group, an airline and the Oldbridge council leader."
am meta oldbridge-district-noticeboard --note "A Facebook group post by an Oldbridge resident: against Runway 2 (Hesketh Green, noise), for Oldbridge (estuary, railway, jobs); its nested comments (wetland, airlines, low fees) were not read by argmap."
am meta airport-capacity-where-ive-landed --note "A councillor's Obsidian note: the Oldbridge case she nearly backed, then why she left it (carbon, the Flats, the money), briefly against Runway 2, for no new capacity with her own counter-arguments answered."
am meta transport-working-group --note "A Teams meeting transcript of the Chamber's transport group: the chief executive and a freight member for Runway 2, the Oldbridge business forum's member for Oldbridge, a member with climate targets for no new capacity; the chair's summary backs Runway 2."
am meta ask-ln-marisvale-wants-a-second-runway --note "A Hacker-News-like thread: the asker for capping the airport; replies on leakage and private finance (Runway 2), on noise and the rail link (Oldbridge), on the wetland, peak pricing and night flights (no new capacity)."
am meta myths-and-facts-about-runway-2 --note "A campaign site's myth-buster for Runway 2 (Webflow): answers the forecast sceptics, the levy, Oldbridge, the public cost, noise, climate and Hesketh Green; its closing call to action was not read by argmap."
am meta track-to-the-terminal --note "A rail campaign's Mailchimp newsletter for Oldbridge: answers the owner's case point by point (airlines, Port Tenner, cost, noise), then its own supporters who want no new capacity."
for s in airport-capacity-where-ive-landed ask-ln-marisvale-wants-a-second-runway \
    hesketh-green-residents-association marisvale-city-council-agenda-item-7 \
    mrn-0614-2027-02-11-15-42-utc myths-and-facts-about-runway-2 oldbridge-district-noticeboard \
    post-linkedin runway-2-is-a-bet-against-our-own-future runway-2-or-oldbridge \
    track-to-the-terminal transport-working-group; do
    am done "$s"   # read in full
done
am validate
