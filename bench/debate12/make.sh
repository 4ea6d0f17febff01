#!/usr/bin/env bash
# Rebuild the held-out Tareva deep-sea mining debate from bench/debate12/raw/ into an empty
# folder, with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate12/make.sh /tmp/debate12      (from the repository root)
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

# 1. the project and its codebook: three stances on licensing Lomai Basin nodule mining ----
python3 -m argmap init "$OUT" --name "Should Tareva license deep-sea mining in its waters?"
am codebook rename stance for license
am codebook rename stance against moratorium
am codebook rename stance hedged uncommitted
am codebook edit stance license --label "Grant the licence" --symbol "▴" \
    --description "Tareva's Cabinet should grant Tareva Deep Minerals the 20-year licence to collect polymetallic nodules in the Lomai Basin, as the Seabed Minerals Authority recommends: the royalties and taxes would transform a small economy and its sovereign fund, the Act's bonds and monitoring can keep the harm small and far from any reef, and the world needs the nickel, cobalt and manganese for batteries without cutting more forests on land."
am codebook edit stance moratorium --label "No licence: a moratorium" --symbol "▾" \
    --description "Tareva should not license deep-sea mining now: pass the Seabed Moratorium Bill or pause for years, because almost nothing is known of the abyssal life that would be destroyed for good, sediment plumes may reach the tuna and the fishing grounds, a small authority cannot police a foreign company, the money is smaller and less certain than promised, and the chiefs and the people who hold the sea by custom have not consented."
am codebook edit stance uncommitted --label "No verdict yet" --symbol "◇" \
    --description "Takes no side on the Lomai Basin licence: weighs the revenue against the harm to the seabed and the fisheries without a verdict, says the science or the deal's terms are not yet clear enough to judge, lists what must be known first, or leaves the decision open."
am codebook add-question seabed-life --label "Life on the seabed" \
    --text "What would collecting nodules do to life in the Lomai Basin: the animals that live on and among the nodules, sediment plumes, noise and light, how much of the area is destroyed, and whether it recovers?"
am codebook add-question fishing --label "Tuna and fishing" \
    --text "Would mining harm Tareva's tuna and coastal fishing: plumes and discharge in the water column, the tuna licence fees, fishers' incomes and the food on families' tables?"
am codebook add-question revenue --label "Money and jobs" \
    --text "What would Tareva gain: royalties and taxes, the sovereign fund, jobs for Tarevans, the country's debt and aid, and whether the deal's terms are fair?"
am codebook add-question science-gaps --label "What is not known" \
    --text "Is enough known to decide: the baseline surveys of the basin, the test collection and its plume measurements, the environmental impact statement, species not yet described, and independent review of the company's science?"
am codebook add-question oversight --label "Regulator and company" \
    --text "Can Tareva regulate a foreign mining company: the Seabed Minerals Authority's staff and powers, the environmental bond, liability if something goes wrong, the company's owners and record, and the ship-based monitoring?"
am codebook add-question battery-metals --label "Metals for the energy transition" \
    --text "Does the world need seabed nickel, cobalt, manganese and copper for batteries and the energy transition, compared with mines on land, changing battery chemistry and recycling?"
am codebook add-question custom-consent --label "Custom and consent" \
    --text "Who should decide: customary rights to the sea, the Council of Chiefs, the churches, the villages, the public consultation, a referendum, and Parliament's Moratorium Bill?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R13) before any article was written or annotated -------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp license "grant the licence" "grant the license" "sign the licence" "issue the licence" \
    "approve the licence" "license the basin" "licence should be granted" \
    "go ahead with mining" "support mining" "support the licence" "in favour of mining" \
    "transform our economy" "transformational" "once in a generation" "sovereign fund" \
    "intergenerational fund" "royalties will" "pay for schools" "small footprint" \
    "no reef" "far from any reef" "well regulated" "strict conditions" "world-class" \
    "responsible mining" "nodules lying on" "lying on the seabed" "without cutting forests" \
    "rainforest mines" "clean energy needs" "we cannot afford to say no" "our right to develop"
sp moratorium "moratorium" "precautionary pause" "pause mining" "ban deep-sea mining" \
    "ban seabed mining" "no licence" "no license" "not license" "refuse the licence" \
    "reject the licence" "do not sign" "don't sign" "say no to" "stop the licence" \
    "destroyed for good" "gone forever" "irreversible" "millions of years to grow" \
    "we know more about the moon" "undescribed species" "plume* reach*" "poison the tuna" \
    "not for sale" "our ocean is not" "not until the science" "not before the chiefs" \
    "exploration only" "cannot police" "foreign company" "false solution" "leave them there"
sp uncommitted "no verdict" "too early to say" "too early to tell" "not yet clear" \
    "have not made up" "haven't made up my mind" "still making up" "open question" \
    "on one hand" "on the other hand" "what we need to know" "questions remain" \
    "cannot yet judge" "hard to judge" "weigh* the" "honestly unsure" "genuinely torn" \
    "reserve judgement" "depends what" "i can see both" "before anyone decides" \
    "need to see the" "would change my mind" "undecided"
qp seabed-life "nodule*" "seabed" "sea floor" "seafloor" "abyssal" "species" "sponge*" \
    "octopus*" "xenophyophore*" "sediment" "plume*" "ecosystem*" "habitat*" "biodiversity" \
    "recover*" "collector track*" "noise" "deep sea" "deep-sea life" "animals"
qp fishing "tuna" "fish" "fishing" "fisher*" "fishermen" "fishery" "fisheries" "reef*" \
    "catch" "skipjack" "yellowfin" "purse seine*" "licence fees" "canoe*" "lagoon" \
    "food" "water column" "midwater"
qp revenue "royalt*" "tax*" "revenue*" "dollars" "million" "gdp" "economy" "budget" \
    "debt" "aid" "jobs" "employ*" "wages" "income" "sovereign fund" "trust fund" \
    "profit*" "terms" "investment"
qp science-gaps "baseline" "survey*" "study" "studies" "scientist*" "science" \
    "data" "unknown" "uncertain*" "impact statement" "eis" "test collection" "trial" \
    "monitoring data" "peer review*" "independent review" "describe*" "research"
qp oversight "authority" "regulat*" "regulator" "bond" "liability" "liable" "enforce*" \
    "inspector*" "observer*" "coriolis" "tdm" "company" "owners" "shell company" \
    "bankrupt*" "insurance" "compliance" "penalt*" "seabed minerals act"
qp battery-metals "nickel" "cobalt" "manganese" "copper" "batter*" "electric car*" \
    "electric vehicle*" "ev" "evs" "energy transition" "clean energy" "climate" \
    "land mine*" "rainforest*" "recycl*" "lfp" "critical minerals" "lithium" "carbon"
qp custom-consent "chief*" "council of chiefs" "custom*" "customary" "village*" "church*" \
    "consent" "consult*" "consultation" "referendum" "vote" "parliament" "assembly" \
    "moratorium bill" "land and sea" "ancestors" "tradition*" "elders" "community"

# 3. the articles, as a user saved them: five web pages and exports (Google Docs HTML,
#    Mastodon, AMP, a Wayback Machine capture in Windows-1252, a Notion export) and two
#    pasted texts (a YouTube transcript, a WhatsApp chat export) ---------------------------
# Reader pinned: `--reader 6` is how argmap read these files when they were annotated (the
# sentence ids in gold.tsv depend on it; a later reader may cut them differently); ids from
# the file names, or given where the export's file name makes a poor id. No file is edited.
# The YouTube transcript is the copy made with the panel's timestamps toggled off: copied
# with them (unread/tbc-uta-meeting-transcript-timestamps.txt) every caption time is glued
# into the sentences ("the mine 1:14 is 340 kilometres from here and 1:17").
am add --reader 6 --id-from file "$HERE"/raw/tfa-submission.html \
    "$HERE"/raw/kalani-mastodon-thread.html "$HERE"/raw/tarevastar-amp.html \
    "$HERE"/raw/tdm-statement-wayback.html "$HERE"/raw/tbc-uta-meeting-transcript.txt
am add --reader 6 --id fund-notes \
    "$HERE/raw/Lomai licence — what it means for the Fund 8c1e4f7a2b9d4c3e9f0a6b5d7e8c2a1f.md"
am add --reader 6 --id uta-whatsapp "$HERE/raw/WhatsApp Chat with Uta Village Committee.txt"
# what argmap could not read from the files, or read wrongly: say it
am meta tfa-submission --author "Lavinia Maetala (Tareva Fishers' Association)" \
    --outlet "Tareva Fishers' Association" --date 2026-11-18
am meta kalani-mastodon-thread --title "Thread: what lives on the Lomai nodules" \
    --author "Dr Kalani Oroa-Whitfield"
am meta tdm-statement-wayback --title "Answering your questions about Lomai" \
    --url "https://www.tarevadeepminerals.com.tv/news/2026/answering-your-questions-lomai"
am meta tbc-uta-meeting-transcript \
    --title "Lomai Basin licence: community meeting at Uta (transcript)" \
    --author "Tareva Broadcasting Corporation (auto-generated captions)" \
    --outlet "TBC on YouTube" --date 2026-11-21
am meta fund-notes --author "Talia Fonoti" --outlet "Tareva Future Fund (Notion export)" \
    --date 2026-11-25
am meta uta-whatsapp --title "Uta Village Committee (WhatsApp group)" \
    --author "Members of the Uta Village Committee" --outlet "WhatsApp chat export" \
    --date 2026-11-22

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta tfa-submission --note "Fishers' association's submission to a parliamentary committee, against (Google Docs 'Download as HTML'): opens with the company's promise, then the tuna that already pay, the plume, what the Authority cannot do, batteries and the rush, six asks; footnotes."
am meta kalani-mastodon-thread --note "A deep-sea ecologist's eleven-post Mastodon thread for the Moratorium Bill, opening with 'they're just rocks'; concedes TDM's set-aside design and that the plume is not shown to harm tuna; replies from an engineer (batteries), a fisher's daughter, an outsider (who pays) and an undecided Port Aliki worker."
am meta tarevastar-amp --note "National paper's news report (AMP page): opens with the Minister, then the Council of Chiefs asking for six months with no view, a three-way poll, the Opposition's Bill, an economist who cannot judge the deal, the Chamber, the Marine Institute and the reviewers split, the churches. Largely without a verdict."
am meta tdm-statement-wayback --note "The applicant company's media statement, saved from the Wayback Machine (Windows-1252): opens with the three worries it answers, then recovery, the plume, the bond, the money, the metals, why not wait, listening; urges Cabinet to grant the licence."
am meta tbc-uta-meeting-transcript --note "YouTube auto-generated transcript of a community meeting (copied with timestamps toggled off; no speaker names): a fisher's opening question, the Minister's case for, the company on the test and the metals, the regulator's conditions, questions from a student, the women's committee and a young man."
am meta fund-notes --note "Sovereign fund analyst's working notes (Notion export): the case for and against as others put them, what cannot be answered, a scenario table, what would change her view; recommends the committee take no position. Largely without a verdict."
am meta uta-whatsapp --note "A village committee's WhatsApp chat export: a fisher against, a father of emigrant sons for, a waverer waiting for Treasury's figures, an elder insisting the chiefs visit first, two for a moratorium until studied; the chair drafts the village's letter."
for s in fund-notes kalani-mastodon-thread tarevastar-amp tbc-uta-meeting-transcript \
    tdm-statement-wayback tfa-submission uta-whatsapp; do
    am done "$s"   # read in full
done
am validate
