#!/usr/bin/env bash
# Rebuild the held-out school-phones debate from bench/debate3/raw/ into an empty folder,
# with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate3/make.sh /tmp/debate3      (from the repository root)
# Step order is the order it was made in: codebook, then patterns (from the codebook's
# definitions and guide.md only), then the articles, then the annotations by hand.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:?usage: make.sh EMPTY_DIR}
if [ -e "$OUT" ] && [ -n "$(ls -A "$OUT")" ]; then
    echo "make.sh: $OUT is not empty" >&2
    exit 2
fi
am() { python3 -m argmap --project "$OUT" "$@"; }

# 1. the project and its codebook: four stances, none of them for/against ----------------
python3 -m argmap init "$OUT" --name "Phones in schools"
am codebook rename stance for ban
am codebook rename stance against allow
am codebook rename stance hedged undecided
am codebook edit stance ban --label "Ban" \
    --description "Phones should be kept out of the whole school day, bell to bell: switched off and locked away or left at home, breaks and lunch included, for every age; a full ban works, or its costs are worth bearing."
am codebook add-stance restrict --label "Restrict" --symbol "◐" --axis 1 --color "#d08c2a" \
    --description "Phones should be limited but not banned outright: out of sight in lessons yet allowed at breaks, banned for younger pupils only, or left to each school's own rules; the full ban goes too far."
am codebook edit stance allow --label "Allow" \
    --description "Phones should stay in school under ordinary classroom rules: pupils learn to use them well, the devices help learning, safety and access, and bans or new restrictions do more harm than good."
am codebook edit stance undecided --label "Undecided" \
    --description "Takes no side among ban, restriction and allowing: the evidence is uncertain or mixed, benefits and costs are weighed without a verdict, or the answer depends on conditions the unit leaves open."
am codebook add-question attention --label "Attention and learning" \
    --text "Do phones in school distract pupils and harm concentration, lessons and results, or can they help learning?"
am codebook add-question wellbeing --label "Wellbeing" \
    --text "Do phones at school harm pupils' mental health, sleep, anxiety and social life (the playground, breaks, friendships), and would keeping them out help?"
am codebook add-question bullying --label "Bullying" \
    --text "Do phones in school enable cyberbullying, filming of fights and teachers, sharing of images and online harassment during the school day?"
am codebook add-question safety --label "Safety and contact" \
    --text "Do pupils need their phones to travel safely, reach their parents, and be reached in an emergency, and can parents accept a school day without contact?"
am codebook add-question skills --label "Digital skills" \
    --text "Should schools teach pupils to use phones and the internet responsibly (self-regulation, digital literacy, the phone as a learning tool) rather than keep them out?"
am codebook add-question enforcement --label "Enforcement" \
    --text "Can a ban or a restriction be enforced, and at what cost: pouches and lockers, confiscation, staff time, conflict with pupils and parents, who decides (school, ministry, parents)?"
am codebook add-question equity --label "Equity and needs" \
    --text "How do rules on phones affect pupils who rely on them: young carers, pupils with medical needs (glucose monitors) or disabilities, newcomers who translate, poorer families whose only device is a phone?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated ------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp ban "bell to bell" "full ban" "total ban" "outright ban" "ban * phones" "phone-free" \
    "lock* away" "locked up" "leave * at home" "whole school day" "all day" \
    "breaks and lunch" "no exceptions" "every school" "ban works" "bans work" \
    "support * ban" "worth * cost*"
sp restrict "in lessons" "during lessons" "in class" "at break*" "lunchtime*" \
    "younger pupils" "primary" "under 14" "each school" "own rules" "heads decide" \
    "goes too far" "middle ground" "sensible limits" "out of sight" "restrict*" \
    "limit* * use" "exemption*"
sp allow "responsible use" "teach * to use" "learning tool*" "trust * pupils" \
    "treat * like adults" "real world" "do more harm" "ban* * backfire*" "scrap * ban" \
    "oppose * ban" "moral panic" "matter for parents" "parents decide" "no ban" \
    "classroom rules" "ban * not * answer" "self-regulat*" "digital citizen*"
sp undecided "evidence is mixed" "mixed evidence" "too early" "not clear" "unclear" \
    "depends on" "it depends" "on the other hand" "both sides" "trade-off*" \
    "we do not know" "we don't know" "jury is out" "uncertain*" "weak evidence" \
    "correlation" "only if" "remains to be seen"
qp attention "attention" "concentrat*" "distract*" "focus*" "lesson*" "learning" \
    "grades" "results" "exam*" "test scores" "notifications"
qp wellbeing "wellbeing" "well-being" "mental health" "anxiety" "anxious" "depress*" \
    "sleep" "lonel*" "playground" "play" "friendship*" "social media" "self-harm"
qp bullying "bully*" "cyberbully*" "harass*" "filmed" "filming" "fights" "images" \
    "nudes" "group chat*" "abuse"
qp safety "safety" "safe" "emergenc*" "contact" "reach * parents" "call home" \
    "journey*" "travel*" "walk home" "lockdown*" "location"
qp skills "digital literacy" "digital skills" "responsible use" "teach* * to use" \
    "self-regulat*" "online safety" "learning tool*" "research" "calculator" "apps"
qp enforcement "enforc*" "pouch*" "locker*" "confiscat*" "sanction*" "detention*" \
    "staff time" "policing" "police" "rule*" "ministry" "guidance" "compliance"
qp equity "young carer*" "carer*" "medical" "diabet*" "glucose" "disabilit*" \
    "special needs" "translat*" "poorer" "disadvantaged" "only device" "refugee*"
