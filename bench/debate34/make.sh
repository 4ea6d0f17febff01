#!/usr/bin/env bash
# Rebuild the held-out debate on what the schools of the (invented) province of Halvenmoor should
# do about pupils' smartphones, from bench/debate34/raw/ into an empty folder, with argmap's own
# commands only (no JSON edited by hand).
#   bash bench/debate34/make.sh /tmp/debate34      (from the repository root)
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

# 1. the project and its codebook: four options, not one scale, and no middle stance ----------
python3 -m argmap init "$OUT" --name "What should Halvenmoor's schools do about pupils' smartphones?"
am codebook rename stance for full-ban
am codebook rename stance against teach-responsible-use
am codebook rename stance hedged lessons-only-ban
am codebook edit stance full-ban --label "Phone-free school day" --symbol "■" \
    --description "A province rule that pupils' phones are not on the school site during the school day, or are handed in at the gate and given back at home time: no phones at break or lunch either. Attention and learning, online bullying in the corridors and toilets, children who play and talk at break, one rule every school applies the same way so no head has to fight it alone."
am codebook edit stance lessons-only-ban --label "Away in lessons, free at breaks" --symbol "▣" \
    --description "A province rule that phones are switched off and locked away (lockers, lockable pouches, a box on the teacher's desk) during lessons only, and pupils may use them at break, at lunch and before and after school. Lessons without notifications, but parents can reach their children, pupils keep bus passes and medical apps, and older pupils learn to manage the phone in the free time."
am codebook edit stance teach-responsible-use --label "No ban: teach responsible use" --symbol "◇" \
    --description "No ban: pupils keep their phones and schools teach them to use them well, with a digital-literacy and digital-citizenship curriculum, phones used as learning tools in class (research, cameras, translation, calculators), clear classroom norms set by teachers, and work on online safety and bullying instead of confiscation. Bans push the problem out of sight and leave pupils unready for the world they live in."
am codebook add-stance parents-and-schools-decide --label "No province rule: each school and its parents decide" \
    --symbol "○" \
    --description "No rule from the province: each school's board, its head and its parents decide their own phone policy (a ban, a lessons-only rule or none), because schools differ (rural and city, primary and secondary), parents have the right to decide how their children are reached, and a province-wide rule is one size for all, imposed from the capital."
am codebook move stance lessons-only-ban 2
am codebook add-question attention-learning --label "Attention and learning" \
    --text "Do phones in school take pupils' attention from lessons and harm learning and grades, and would putting them away restore it?"
am codebook add-question online-bullying --label "Online bullying and harm" \
    --text "Do phones in school spread online bullying, filming, group-chat cruelty and harmful content during the school day, and does a ban or teaching reduce it?"
am codebook add-question wellbeing-sleep --label "Mental health, sleep and play" \
    --text "What do phones in school do to pupils' mental health, anxiety, sleep, loneliness and face-to-face play at break?"
am codebook add-question emergencies-contact --label "Safety and emergencies" \
    --text "Do pupils need their phones to reach or be reached by parents in an emergency, on the way to and from school, or in a lockdown?"
am codebook add-question enforcement-workload --label "Enforcement and teachers' workload" \
    --text "Who collects, stores and polices the phones, how much of teachers' time and goodwill it costs, and can a rule be enforced fairly?"
am codebook add-question cost-and-equity --label "Cost and fairness" \
    --text "What do pouches, lockers and staff cost, who pays, and how does each option treat poorer pupils, carers, disabled pupils, pupils with medical needs and pupils new to the language?"
am codebook add-question research-evidence --label "What the research shows" \
    --text "What do the studies, surveys and other countries' bans actually show, and how good is that evidence?"
am codebook add-question parental-say --label "Parents' rights and local choice" \
    --text "Who should decide: parents, each school and its board, or the province; and what say do parents and pupils have?"
am codebook add-question digital-skills --label "Digital skills and citizenship" \
    --text "Do pupils need school to teach them to use phones and the internet well (media literacy, privacy, self-control), and can phones be tools for learning?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R13) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp full-ban "phone-free school" "phone-free day" "phone-free all day" "phone-free schools" \
    "the whole day" "the whole school day" "at the gate" \
    "handed in" "hand them in" "hand in their phones" "left at home" "leave it at home" \
    "not on the site" "off the premises" "brick phone*" \
    "play at break" "talk at break" "playground" "corridors" "the toilets" "filmed in" \
    "the worst happens at lunch" "one clear rule" \
    "same rule for every school" "no exceptions" "no grey area" "a half-ban" "half-measure*" \
    "loophole*" "fight it alone" "backing of the province" "province-wide ban" \
    "full ban" "complete ban" "ban outright" "let them be children"
sp lessons-only-ban "during lessons" "in lessons only" "only in lessons" "locked in lessons" \
    "lockable pouch*" "pouches" "lockers" "phone locker*" \
    "free at break" "at break and lunch" "at breaktimes" "after the bell" \
    "before and after school" "learn to manage" "manage their own" \
    "middle ground" "sensible compromise" "a proportionate rule" \
    "lessons without notifications" "switched off in class" \
    "out of sight in lessons" "bus pass*" "bus ticket*" "medical app*" \
    "glucose monitor*" "older pupils" "sixth form" "reach their parents at lunch" \
    "not a prison"
sp teach-responsible-use "digital literacy" "digital citizenship" "media literacy" \
    "teach them" "teach pupils" "teaching them" "taught to use" \
    "responsible use" "use it responsibly" "healthy habits" "self-regulation" "self-control" \
    "as a tool" "learning tool*" "a tool for learning" "translation app*" \
    "research in class" "the world they live in" \
    "prepare them" "unprepared" "unready" "out of sight" "pushes it underground" \
    "drives it underground" "moves the problem" "forbidden fruit" "confiscat*" \
    "bans don't teach" "a ban teaches nothing" "no ban" "classroom norms" "trust pupils" \
    "trust young people" "pupil voice" "moral panic about" \
    "online safety lessons" \
    "curriculum" "skills for life"
sp parents-and-schools-decide "each school" "every school is different" "schools differ" \
    "local choice" "local decision*" "let schools decide" "schools should decide" \
    "school boards" "the board" "governors" "heads know" "headteachers know" \
    "parents decide" "parents should decide" "parents' right" "parents' rights" \
    "our children, our choice" "my child, my choice" "one size fits all" "one-size-fits-all" \
    "from the capital" "bureaucrats" \
    "top-down" "a blanket rule" "blanket ban" "mandate" \
    "rural schools" "village school*" "small schools" \
    "already have a policy" "already work" "trust the schools" "trust heads" "autonomy" \
    "parent vote" "ballot of parents" "consult parents" \
    "no province rule" "no new rule"
qp attention-learning "attention" "concentrat*" "distract*" "focus*" "notification*" \
    "learning" "lesson*" "grades" "exam*" "results" "reading" "homework"
qp online-bullying "bully*" "bullied" "cyberbully*" "filmed" "filming" "group chat*" \
    "harass*" "nudes" "image*" "harmful content" "fight*" "posted" "abuse"
qp wellbeing-sleep "mental health" "anxi*" "sleep*" "lonel*" "wellbeing" "well-being" \
    "self-esteem" "depress*" "play" "friends" "conversation*" "social media" "scroll*"
qp emergencies-contact "emergenc*" "lockdown" "reach" "contact" "call home" "call their" \
    "safe*" "journey" "walk home" "bus stop" "missing" "flood*"
qp enforcement-workload "enforce*" "police" "policing" "confiscat*" "teachers' time" \
    "workload" "staff" "collect*" "storage" "detention*" "sanction*" "argument*"
qp cost-and-equity "cost*" "pay" "paid" "price*" "crowns" "afford*" "poor*" "fair*" \
    "disab*" "medical" "diabet*" "young carer*" "newcomer*" "translat*"
qp research-evidence "study" "studies" "research*" "survey*" "evidence" "data" "review" \
    "trial*" "per cent" "%" "findings" "correlat*" "causal" "country" "countries"
qp parental-say "parent*" "mum" "dad" "families" "family" "choice" "decide*" "right to" \
    "board*" "governor*" "consult*" "vote"
qp digital-skills "digital" "literacy" "online safety" "privacy" "skills" "tool*" \
    "media" "misinformation" "algorithm*" "screen time" "internet"
