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

# 3. the pages, as saved from the web and the user's tools ------------------------------------
# Reader pinned: `--reader 15` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`; ids from the
# titles. Two pages needed a second try (friction.md): the Moodle course page holds "no text"
# for argmap, so it was saved again as text from the browser (.txt, added; the .html is kept),
# and the Slack export folder is refused ("no .txt, .md or .html files"), so its channel's day
# file (.json) is added by itself.
RAW="$HERE/raw"
am add --reader 15 "$RAW"/*.eml "$RAW"/*.docx "$RAW"/*.md "$RAW"/*.vtt "$RAW"/*.xml \
    "$RAW"/kettlemere-high-newsletter-spring-2028.txt \
    "$RAW"/[BEPSWYms]*.html
am add --reader 15 --id marrowgate-being-online-course \
    "$RAW/Course_ Being Online (Year 8) _ Marrowgate Learning.txt"
am add --reader 15 --id governors-network-phones-consultation \
    "$RAW/Halvenmoor Governors Network Slack export Feb 12 2028 - Feb 13 2028/phones-consultation/2028-02-12.json"
# what argmap could not read from the pages, or read wrongly: say it (see friction.md)
am meta board-meeting-12-feb --title "Board meeting 12 Feb - phones" \
    --author "Chair, Ostrey Valley School Board" --outlet "Google Keep (note)"
am meta education-secretarys-speech --author "Ingrid Vasshaug, Education Secretary"
am meta ep-42-take-the-phones-away --author "Tobiah Rusk and Wen Okonkwo-Hale"
am meta governors-network-phones-consultation \
    --title "#phones-consultation, Halvenmoor Governors Network (Slack export, 12 February 2028)" \
    --author "Halvenmoor Governors Network" --outlet "Slack" --date 2028-02-12
am meta issue-87-spring-term-2028 --title "Kettlemere High School Newsletter, Spring Term 2028 (Issue 87)" \
    --author "Dagny Ferris, Headteacher" --outlet "Kettlemere High School"
am meta marrowgate-being-online-course --title "Being Online (Year 8): course page" \
    --author "Marrowgate School" --outlet "Marrowgate Learning (Moodle)"
am meta mornings-at-the-estuary --author "Jess Arnoy" --outlet "mornings at the estuary (Micro.blog)"
am meta phones-reply-to-conall --author "Olav Trent, head of Skarrow Moor School" \
    --outlet "Apple Notes (exported)" --date 2028-02-03
am meta radio-halvenmoor-the-midday-phone-in --title "The Midday Phone-in: phones in schools" \
    --author "Nadia Sterling (presenter) and callers" --outlet "Radio Halvenmoor"
am meta response-of-the-halvenmoor-teachers \
    --title "HTU response to the consultation 'Phones and the School Day' (draft 3, tracked changes)" \
    --outlet "Halvenmoor Teachers' Union" --date 2028-02-14
am meta should-halvenmoor-make-every-school --author "Ostrey Debating Society (discussion)"
am meta sundew-static --outlet "sundew & static (Blogger)"
am meta survey-results --author "Halvenmoor Youth Panel survey team"
am meta why-i-dont-confiscate-phones-teacher --author "Mr Haugen Teaches (@mrhaugenteaches)" \
    --date 2028-02-18
am meta why-we-now-ask-for-a-phone-free-school --author "Phone-Free Halvenmoor"
am meta year-10-civics --title "Year 10 Civics: stream" --outlet "Google Classroom (Marrowgate School)" \
    --date 2028-02-21
# who says what: the Slack day file is read with no speakers; a teacher's class comment is given
# to the pupil above it
am batch - <<'SPEAKERS'
speaker governors-network-phones-consultation s0001-s0003 "Marit Solberg"
speaker governors-network-phones-consultation s0004-s0006 "Jonas Pike"
speaker governors-network-phones-consultation s0007-s0009 "Aoife Dahl"
speaker governors-network-phones-consultation s0010-s0011 "Jonas Pike"
speaker governors-network-phones-consultation s0012-s0014 "Kwame Berg"
speaker governors-network-phones-consultation s0015-s0016 "Lise Tran"
speaker governors-network-phones-consultation s0017-s0018 "Marit Solberg"
speaker year-10-civics s0020 "Ms Odegaard"
SPEAKERS

# 4. the annotations, following guide.md: one row per unit in gold.tsv (source, sentence,
#    stance, questions, kind, note, and links by row id), imported in one go ----------------
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta haht-circular-2028-04 --note "A head teachers' union circular (e-mail, HTML and plain parts): opens with members' wish for a lessons-only rule, then the Council's vote for a phone-free day as a province rule; bullying at lunch, break-time talk, enforcement at one gate, the office in an emergency."
am meta issue-87-spring-term-2028 --note "A school newsletter as pdftotext gives it: parents asked for an all-day ban; the head answers with the pouch pilot, phones away in lessons and free at lunch; costs; the student council wants no pouches (page 2 in two columns, its sentences mixed with the diary)."
am meta ep-42-take-the-phones-away --note "A digital-literacy charity's podcast feed: episode 42's show notes open with the phone-free campaigner's case, then the hosts' case for teaching (episode 41's notes were not read)."
am meta why-we-now-ask-for-a-phone-free-school --note "A parents' campaign page (WordPress, with a poll widget and comments): once for phones away in lessons, now for a phone-free day; lunchtime, filming, one rule for all; a father's reply on the bus home and a mother against a province rule."
am meta governors-network-phones-consultation --note "A governors' Slack channel (day file of an export): no province rule, each board with its parents; a Kettlemere governor for a province ban, a board for lessons only, a member for the course."
am meta phones-and-the-school-day --note "The Department's interim summary with a table of responses: each option's case as respondents put it, then the working view: phones away in lessons, breaks left to schools."
am meta radio-halvenmoor-the-midday-phone-in --note "A radio phone-in's captions (.vtt with voice tags, sentences across cues): a maths teacher for a phone-free day, a mother of the flood lockdown for lessons only, a pupil for teaching, a board chair for no province rule."
am meta response-of-the-halvenmoor-teachers --note "A teachers' union's draft response (Word, tracked changes and comments): grants members' wish for a ban, then asks for no province rule: teachers enforce, local policies are enforceable; the reviewers' comments (not read) argue for lessons only."
am meta sundew-static --note "A sixteen-year-old's Blogger post: opens with the adults' case for a ban and a concession about lunch, then the case for teaching: a course on apps, translation, bullying at night, her mother's lessons-only view answered."
am meta phone-bans-in-schools --note "An education researcher's article on the evidence: the studies are short and uncontrolled, so no province rule; let schools choose and measure."
am meta should-halvenmoor-make-every-school --note "An argument-map page: the thesis of a phone-free day, its pros, and cons from the three other options with counter-claims."
am meta year-10-civics --note "A class stream: a teacher's prompt and pupils' comments for teaching, a full ban (a filmed classmate) and lessons only; the teacher's own comment."
am meta what-should-fernhollow-do-about-phones --note "A primary school's parents' evening board: mostly for the school and its parents deciding; a mother for a province ban, a mother for lessons only, one for teaching."
am meta board-meeting-12-feb --note "A board chair's meeting note (Google Keep): the Kettlemere board's case for a province ban granted, then no province rule; the flood, the cost of pouches, the course."
am meta education-secretarys-speech --note "The Education Secretary's speech: grants the campaigners' and the pupils' wishes, then proposes phones away in lessons across the province with breaks left to schools; learning, contact at lunch, diabetes, funding."
am meta mornings-at-the-estuary --note "A parent's micro-blog (newest post first): once for a phone-free day, now for lessons only after her daughter's text in the flood lockdown; answers the head teachers and a neighbour for local choice."
am meta why-i-dont-confiscate-phones-teacher --note "A teacher's short video with its transcript (segments cut mid-sentence): grants the ban's appeal, then no confiscation and phones as tools; commenters for lessons only, for a full day and for teaching."
am meta phones-reply-to-conall --note "A rural head's note (Apple Notes, Markdown export): the union's case granted, then no province rule; the school bus, the parents' vote, costs, the research."
am meta marrowgate-being-online-course --note "A school's Moodle course page (saved as text): parents' case for a ban granted, then why the school teaches phones instead; the course's units."
am meta survey-results --note "A youth panel's survey results page with a table: most pupils for teaching; quotes for each option; the panel's case for option C."
for s in board-meeting-12-feb education-secretarys-speech ep-42-take-the-phones-away \
    governors-network-phones-consultation haht-circular-2028-04 issue-87-spring-term-2028 \
    marrowgate-being-online-course mornings-at-the-estuary phone-bans-in-schools \
    phones-and-the-school-day phones-reply-to-conall radio-halvenmoor-the-midday-phone-in \
    response-of-the-halvenmoor-teachers should-halvenmoor-make-every-school sundew-static \
    survey-results what-should-fernhollow-do-about-phones why-i-dont-confiscate-phones-teacher \
    why-we-now-ask-for-a-phone-free-school year-10-civics; do
    am done "$s"   # read in full
done
am validate
