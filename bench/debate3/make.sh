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

# 3. the articles, as saved from the web (HTML) or kept as notes (Markdown) ---------------
am add --html-reader 1 "$HERE/raw/"
NEWS=phones-to-be-locked-away-all-day       # news report quoting four sides (HTML)
OPED=teach-them-to-use-phones               # op-ed against the ban, a teacher (HTML)
BRIEF=phones-in-school                      # think-tank evidence brief (Markdown)
BLOG=why-i-stopped-worrying-and-signed      # a parent's blog post with comments (HTML)
POD=the-staffroom-episode-112-bell-to-bell    # podcast transcript, two guests (Markdown)
WASL=consultation-response-phone-free-schools # heads' consultation response (Markdown)
EXPL=school-phone-ban                       # broadcaster's explainer, Q&A (HTML)
# what argmap could not read from the files: say it
am meta "$BRIEF" --outlet "Institute for Learning Policy" --author "Ines Marchetti, Tom Alder" \
    --date 2026-04-01
am meta "$POD" --outlet "The Staffroom (podcast)"
am meta "$WASL" --outlet "Westmarch Association of School Leaders"
am meta "$BLOG" --title "Why I stopped worrying and signed the pledge" --author "Claire Dunning" \
    --outlet "Notes from the School Run"

# 4. the annotations, by hand, following guide.md ----------------------------------------
# u SOURCE SENTENCE STANCE QUESTIONS [--kind evidence] [--note ...]: prints the claim id
export ARGMAP_ANNOTATOR=gold
cid() { sed -n 's/^  "id": "\(c[0-9a-f]*\)",$/\1/p'; }
u() {
    local src=$1 sid=$2 stance=$3 qs=$4
    shift 4
    am annotate "$src" --sentence "$sid" --stance "$stance" -q "$qs" --json "$@" | cid
}
uq() {  # part of a sentence (R1): SOURCE "exact words" STANCE QUESTIONS ...
    local src=$1 quote=$2 stance=$3 qs=$4
    shift 4
    am annotate "$src" --quote "$quote" --stance "$stance" -q "$qs" --json "$@" | cid
}
sup() { am relate "$1" --supports "$2" >/dev/null; }
att() { am relate "$1" --attacks "$2" >/dev/null; }
E="--kind evidence"
B=ban R=restrict A=allow U=undecided

# --- news report (Westmarch Herald): s0001-s0006 title, standfirst, byline, date, caption,
#     credit; s0007-s0008 and s0013 the plan described; s0017, s0023, s0029 crossheads;
#     s0024 a transition; s0035 the consultation date; s0036 tags
N09=$(u $NEWS s0009 $B attention,wellbeing --note "voice: minister Vance")
N10=$(u $NEWS s0010 $B attention --note "voice: minister Vance")
N11=$(u $NEWS s0011 $B enforcement --note "voice: minister Vance")
N12=$(u $NEWS s0012 $B attention $E --note "voice: the ministry")
N14=$(u $NEWS s0014 $B wellbeing --note "voice: parents' groups")
N15=$(u $NEWS s0015 $B wellbeing --note "voice: Lindqvist, Smartphone Free Childhood")
N16=$(u $NEWS s0016 $B bullying --note "voice: Lindqvist")
N18=$(u $NEWS s0018 $R attention,enforcement --note "voice: heads' association (R6)")
N19=$(u $NEWS s0019 $R attention,enforcement --note "voice: Barrow, heads' association")
N20=$(u $NEWS s0020 $R enforcement --note "voice: Barrow")
N21=$(u $NEWS s0021 $R enforcement,attention --note "voice: Barrow")
N22=$(u $NEWS s0022 $R enforcement --note "voice: heads' association; R6 ban for younger only")
N25=$(u $NEWS s0025 $A skills --note "voice: Westmarch Youth Council")
N26=$(u $NEWS s0026 $A safety,equity $E --note "voice: Haddad, Youth Council")
N27=$(u $NEWS s0027 $A equity --note "voice: Haddad")
N28=$(u $NEWS s0028 $A skills --note "voice: Digital Rights Forum")
N30=$(u $NEWS s0030 $U attention,wellbeing --note "voice: researchers (R9)")
N31=$(u $NEWS s0031 $U attention --note "voice: Okonkwo")
N32=$(u $NEWS s0032 $U attention $E --note "voice: Okonkwo")
N33=$(u $NEWS s0033 $U wellbeing --note "voice: Okonkwo; R9 open condition")
N34=$(u $NEWS s0034 $R enforcement --note "voice: opposition spokesperson; R11")
sup "$N10" "$N09"; sup "$N11" "$N09"; sup "$N12" "$N09"
sup "$N15" "$N14"; sup "$N16" "$N14"
att "$N18" "$N11"; sup "$N19" "$N18"; sup "$N20" "$N18"; sup "$N21" "$N18"; sup "$N22" "$N18"
att "$N25" "$N09"; sup "$N26" "$N27"; sup "$N27" "$N25"; att "$N28" "$N09"
sup "$N31" "$N30"; sup "$N32" "$N31"; sup "$N33" "$N30"

# --- op-ed against the ban (The Meridian): s0001-s0006 top bar, kicker, title, standfirst,
#     author, date; s0011 the author's job; s0032 a question that only asks; s0037 bio
O07=$(u $OPED s0007 $B attention --note "R10: a concession to the ban's case")
O08=$(u $OPED s0008 $B attention,wellbeing,bullying --note "R10: a concession")
O09=$(u $OPED s0009 $B attention --note "R10: conceded in a counterfactual the next sentence rejects")
O10=$(u $OPED s0010 $A skills,equity --note "R14: the thesis")
O12=$(u $OPED s0012 $A attention,skills,equity $E)
O13=$(u $OPED s0013 $A skills,enforcement --note "R11: classroom rules")
O14=$(u $OPED s0014 $A attention,enforcement)
O15=$(u $OPED s0015 $A skills)
O16=$(u $OPED s0016 $A skills)
O17=$(u $OPED s0017 $A skills)
O18=$(u $OPED s0018 $A skills --note "an analogy")
O19=$(u $OPED s0019 $A bullying --note "R10: X, but Y")
O20=$(u $OPED s0020 $A bullying)
O21=$(u $OPED s0021 $A attention,wellbeing --note "R9b")
O22=$(u $OPED s0022 $A wellbeing,attention $E)
O23=$(u $OPED s0023 $A attention --note "R9b")
O24=$(u $OPED s0024 $A equity)
O25=$(u $OPED s0025 $A equity,safety)
O26=$(u $OPED s0026 $A equity)
O27=$(u $OPED s0027 $A equity,attention $E)
O28=$(u $OPED s0028 $A equity,enforcement)
O29=$(u $OPED s0029 $A enforcement)
O30=$(u $OPED s0030 $A enforcement,attention)
O31=$(u $OPED s0031 $A safety)
O33=$(u $OPED s0033 $A skills,enforcement --note "R11, R12: the alternative")
O34=$(u $OPED s0034 $A skills --note "R12: instead of a rule")
O35=$(u $OPED s0035 $A wellbeing,bullying)
O36=$(u $OPED s0036 $A skills)
sup "$O08" "$O07"; att "$O10" "$O09"; att "$O10" "$O08"
sup "$O12" "$O13"; sup "$O13" "$O10"; sup "$O14" "$O13"; sup "$O15" "$O10"; sup "$O16" "$O15"
sup "$O17" "$O15"; sup "$O18" "$O17"; sup "$O19" "$O10"; sup "$O20" "$O19"
sup "$O21" "$O10"; sup "$O22" "$O21"; sup "$O23" "$O21"
sup "$O24" "$O10"; for c in $O25 $O26 $O27 $O28; do sup "$c" "$O24"; done
sup "$O29" "$O10"; sup "$O30" "$O29"; sup "$O31" "$O10"
sup "$O33" "$O36"; sup "$O34" "$O36"; sup "$O35" "$O36"; sup "$O36" "$O10"

# --- evidence brief (Institute for Learning Policy): s0001-s0003 title, authors line,
#     "Summary."; s0007, s0011, s0026, s0034 headings; s0012, s0017, s0023 bold lead-ins;
#     s0008 and s0013 background; s0041-s0043 funder note and links
I04=$(u $BRIEF s0004 $U attention,wellbeing)
I05=$(u $BRIEF s0005 $R attention,wellbeing --note "R6: lessons yes, breaks no")
I06=$(u $BRIEF s0006 $R enforcement --note "R6: full day for under-14s only")
I09=$(u $BRIEF s0009 $U enforcement $E)
I10=$(u $BRIEF s0010 $U enforcement)
I14=$(u $BRIEF s0014 $R attention $E)
I15=$(u $BRIEF s0015 $R attention $E)
I16=$(u $BRIEF s0016 $R attention --note "R6: supports a lesson-time rule, not the full day")
I18=$(u $BRIEF s0018 $U wellbeing)
I19=$(u $BRIEF s0019 $U wellbeing $E)
I20=$(u $BRIEF s0020 $U wellbeing $E)
I21=$(u $BRIEF s0021 $U wellbeing)
I22=$(u $BRIEF s0022 $U wellbeing)
I24=$(u $BRIEF s0024 $B bullying --note "R16: a result reported by the pilot heads, granted")
I25=$(u $BRIEF s0025 $U bullying)
I27=$(u $BRIEF s0027 $R enforcement --note "R8: costs of the full ban, in a text for limits")
I28=$(u $BRIEF s0028 $R enforcement $E)
I29=$(u $BRIEF s0029 $R enforcement $E)
I30=$(u $BRIEF s0030 $R equity,safety)
I31=$(u $BRIEF s0031 $R skills)
I32=$(u $BRIEF s0032 $U enforcement)
I33=$(u $BRIEF s0033 $U attention,wellbeing)
I35=$(u $BRIEF s0035 $R attention,enforcement)
I36=$(u $BRIEF s0036 $R wellbeing,enforcement)
I37=$(u $BRIEF s0037 $R equity --note "R8: exemptions in a text for limits")
I38=$(u $BRIEF s0038 $R enforcement)
I39=$(u $BRIEF s0039 $U attention,wellbeing)
I40=$(u $BRIEF s0040 $U attention,wellbeing --note "R9: may turn out right, not yet shown")
sup "$I04" "$I06"; sup "$I05" "$I06"; sup "$I09" "$I10"
sup "$I14" "$I16"; sup "$I15" "$I16"; sup "$I16" "$I35"
sup "$I19" "$I18"; sup "$I20" "$I21"; sup "$I21" "$I22"; sup "$I22" "$I18"; att "$I25" "$I24"
sup "$I27" "$I05"; sup "$I28" "$I27"; sup "$I29" "$I27"; sup "$I30" "$I37"; sup "$I31" "$I36"
att "$I32" "$I27"; sup "$I33" "$I39"; sup "$I18" "$I40"

# --- parent's blog (WordPress; its comment thread is dropped by argmap): s0001-s0002 title,
#     date and byline; s0007 a signpost; s0020 a question that only asks
L03=$(u $BLOG s0003 $A safety --note "voice: the author two years ago")
L04=$(u $BLOG s0004 $A safety $E --note "voice: the author two years ago")
L05=$(u $BLOG s0005 $A wellbeing --note "voice: the author two years ago")
L06=$(u $BLOG s0006 $B wellbeing,bullying --note "R14: the thesis")
L08=$(u $BLOG s0008 $B wellbeing $E)
L09=$(u $BLOG s0009 $B bullying,wellbeing $E)
L10=$(u $BLOG s0010 $B wellbeing,enforcement $E)
L11=$(u $BLOG s0011 $B wellbeing,bullying --note "R6: against the lessons-only rule")
L12=$(u $BLOG s0012 $B wellbeing)
L13=$(u $BLOG s0013 $B wellbeing $E)
L14=$(u $BLOG s0014 $B bullying $E)
L15=$(u $BLOG s0015 $U attention --note "R10b: conceding uncertainty")
L16=$(u $BLOG s0016 $B wellbeing,bullying)
L17=$(u $BLOG s0017 $B wellbeing,enforcement)
L18=$(u $BLOG s0018 $B wellbeing,enforcement $E)
L19=$(u $BLOG s0019 $B enforcement)
L21=$(u $BLOG s0021 $B safety)
L22=$(u $BLOG s0022 $B safety)
L23=$(u $BLOG s0023 $B safety)
L24=$(u $BLOG s0024 $B equity --note "R8: exemptions in a text for the ban")
L25=$(u $BLOG s0025 $B equity)
L26=$(u $BLOG s0026 $B skills,attention --note "R10: X, but Y")
L27=$(u $BLOG s0027 $B skills --note "R12: teaching besides the ban")
L28=$(u $BLOG s0028 $B enforcement --note "R8: wants the ban funded")
L29=$(u $BLOG s0029 $B enforcement)
L30=$(u $BLOG s0030 $B enforcement,safety)
L31=$(u $BLOG s0031 $B enforcement,safety)
L32=$(u $BLOG s0032 $B wellbeing)
L33=$(u $BLOG s0033 $B wellbeing,bullying)
sup "$L04" "$L03"; att "$L06" "$L03"; att "$L06" "$L05"; sup "$L08" "$L06"
sup "$L09" "$L11"; sup "$L10" "$L11"; sup "$L11" "$L06"; sup "$L12" "$L11"; sup "$L13" "$L12"
sup "$L14" "$L12"; att "$L16" "$L15"; sup "$L16" "$L06"; sup "$L17" "$L06"; sup "$L18" "$L17"
sup "$L19" "$L17"; att "$L21" "$L03"; sup "$L22" "$L21"; sup "$L23" "$L21"; sup "$L24" "$L25"
sup "$L25" "$L06"; sup "$L26" "$L06"; sup "$L27" "$L26"; sup "$L29" "$L28"; sup "$L31" "$L30"
sup "$L32" "$L06"

# --- podcast transcript (The Staffroom): s0001-s0007 title, recording note, host and
#     guests, greeting; questions that only ask (s0009, s0043-s0044, s0051) and hosting
#     lines (s0013, s0031, s0057-s0061)
P08=$(u $POD s0008 $A skills --note "voice: Feld, quoted by the host (R5b)")
P10=$(u $POD s0010 $A skills --note "voice: Feld")
P11=$(u $POD s0011 $A skills --note "voice: Feld")
P12=$(u $POD s0012 $A skills,enforcement --note "voice: Feld; R11, R12")
P14=$(u $POD s0014 $B attention --note "voice: Achebe")
P15=$(u $POD s0015 $B attention,enforcement $E --note "voice: Achebe")
P16=$(u $POD s0016 $B enforcement --note "voice: Achebe")
P17=$(u $POD s0017 $B attention $E --note "voice: Achebe")
P18=$(u $POD s0018 $B attention --note "voice: Feld; R10: a concession")
P19=$(u $POD s0019 $R attention --note "voice: Feld; R6: an argument for lesson-time rules only")
P20=$(u $POD s0020 $R attention,wellbeing --note "voice: Feld; R6")
P21=$(u $POD s0021 $B bullying,wellbeing --note "voice: Achebe")
P22=$(u $POD s0022 $B bullying $E --note "voice: Achebe")
P23=$(u $POD s0023 $B bullying --note "voice: Achebe; R6")
P24=$(u $POD s0024 $A bullying --note "voice: host, a question that asserts (R5b)")
P25=$(u $POD s0025 $A bullying --note "voice: Feld")
P26=$(u $POD s0026 $A bullying $E --note "voice: Feld")
P27=$(u $POD s0027 $A bullying --note "voice: Feld")
P28=$(u $POD s0028 $B bullying --note "voice: Achebe")
P29=$(u $POD s0029 $B bullying --note "voice: Achebe")
P30=$(u $POD s0030 $B bullying,wellbeing --note "voice: Achebe")
P32=$(u $POD s0032 $A safety --note "voice: parents, reported by the host (R5b)")
P33=$(u $POD s0033 $B safety --note "voice: Achebe")
P34=$(u $POD s0034 $B safety $E --note "voice: Achebe")
P35=$(u $POD s0035 $A safety --note "voice: Feld")
P36=$(u $POD s0036 $A safety,equity --note "voice: Feld")
P37=$(u $POD s0037 $A safety --note "voice: Feld")
P38=$(u $POD s0038 $B equity --note "voice: Achebe")
P39=$(u $POD s0039 $B equity $E --note "voice: Achebe")
P40=$(u $POD s0040 $B equity,enforcement --note "voice: Achebe; R8")
P41=$(u $POD s0041 $A enforcement --note "voice: Feld")
P42=$(u $POD s0042 $A enforcement,equity --note "voice: Feld")
P45=$(u $POD s0045 $A wellbeing --note "voice: Feld")
P46=$(u $POD s0046 $A wellbeing $E --note "voice: Feld")
P47=$(u $POD s0047 $A wellbeing,enforcement --note "voice: Feld")
P48=$(u $POD s0048 $B wellbeing --note "voice: Achebe")
P49=$(u $POD s0049 $B wellbeing $E --note "voice: Achebe")
P50=$(u $POD s0050 $B wellbeing $E --note "voice: Achebe")
P52=$(u $POD s0052 $R wellbeing --note "voice: Feld; R6: a full day for younger pupils only")
P53=$(u $POD s0053 $R wellbeing --note "voice: Feld; R6")
P54=$(u $POD s0054 $R skills --note "voice: Feld; R6")
P55=$(u $POD s0055 $B attention,skills --note "voice: Achebe")
P56=$(u $POD s0056 $B attention,skills --note "voice: Achebe")
sup "$P08" "$P10"; sup "$P11" "$P10"; sup "$P12" "$P10"
att "$P14" "$P12"; sup "$P15" "$P14"; sup "$P16" "$P14"; sup "$P17" "$P14"
att "$P19" "$P14"; sup "$P20" "$P19"; att "$P21" "$P20"; sup "$P22" "$P21"; sup "$P23" "$P21"
att "$P24" "$P21"; sup "$P26" "$P25"; sup "$P27" "$P25"; att "$P28" "$P27"; att "$P29" "$P25"
sup "$P30" "$P29"; att "$P33" "$P32"; sup "$P34" "$P33"; att "$P35" "$P34"; sup "$P36" "$P35"
sup "$P37" "$P35"; att "$P38" "$P36"; sup "$P39" "$P38"; sup "$P40" "$P38"; att "$P41" "$P40"
sup "$P42" "$P41"; sup "$P46" "$P45"; sup "$P47" "$P45"; att "$P48" "$P46"; sup "$P49" "$P48"
sup "$P50" "$P48"; sup "$P53" "$P52"; att "$P55" "$P54"; sup "$P56" "$P55"

# --- heads' consultation response (Markdown memo): s0001-s0005 title and memo header;
#     s0006, s0013, s0032, s0039 headings; s0026-s0029 the survey table (R17); s0045 contact
W07=$(u $WASL s0007 $R attention,bullying --note "R7: harms, in a text for limits")
W08=$(u $WASL s0008 $R attention,bullying --note "R7")
W09=$(u $WASL s0009 $R enforcement)
W10=$(u $WASL s0010 $R enforcement)
W11=$(u $WASL s0011 $R wellbeing --note "R6: a full day for the youngest only")
W12=$(u $WASL s0012 $R wellbeing $E)
W14=$(u $WASL s0014 $R attention,enforcement --note "R14: the thesis")
W15=$(u $WASL s0015 $R attention)
W16=$(u $WASL s0016 $R attention)
W17=$(u $WASL s0017 $R enforcement,attention)
W18=$(u $WASL s0018 $R enforcement)
W19=$(u $WASL s0019 $R enforcement)
W20=$(u $WASL s0020 $R enforcement $E)
W21=$(u $WASL s0021 $R enforcement --note "R11")
W22=$(u $WASL s0022 $R enforcement)
W23=$(u $WASL s0023 $R enforcement --note "R11")
W24=$(u $WASL s0024 $R enforcement)
W25=$(u $WASL s0025 $R enforcement $E)
W30=$(u $WASL s0030 $R attention)
W31=$(u $WASL s0031 $R enforcement --note "R10: X, but Y; the minority view (leave all rules to schools) is conceded")
W33=$(u $WASL s0033 $R attention,enforcement)
W34=$(u $WASL s0034 $R wellbeing)
W35=$(u $WASL s0035 $R enforcement --note "R11")
W36=$(u $WASL s0036 $R equity --note "R8")
W37=$(u $WASL s0037 $R enforcement)
W38=$(u $WASL s0038 $R attention,enforcement)
W40=$(u $WASL s0040 $R enforcement)
W41=$(u $WASL s0041 $R skills)
W42=$(u $WASL s0042 $R skills)
W43=$(u $WASL s0043 $U wellbeing)
W44=$(u $WASL s0044 $U wellbeing)
sup "$W08" "$W07"; sup "$W10" "$W09"; sup "$W12" "$W11"
sup "$W15" "$W14"; sup "$W16" "$W15"; sup "$W17" "$W15"; sup "$W18" "$W14"; sup "$W19" "$W18"
sup "$W20" "$W18"; sup "$W21" "$W14"; sup "$W22" "$W21"; sup "$W23" "$W21"; sup "$W24" "$W14"
sup "$W25" "$W24"; sup "$W30" "$W33"; sup "$W38" "$W33"; sup "$W38" "$W34"; sup "$W38" "$W35"
sup "$W40" "$W18"; sup "$W41" "$W42"; sup "$W42" "$W35"; sup "$W43" "$W44"

# --- explainer (WBC News): s0001-s0007 skip link, section label, title, byline, date,
#     caption, credit; s0009 the plan described; questions as headings (s0010-s0011,
#     s0017, s0023, s0027, s0032, s0037); s0028 the plan described; s0042-s0044 links
X08a=$(uq $EXPL "Opponents of the ban say it will cut pupils off from their parents and from a tool they need" \
    $A safety,skills --note "voice: opponents; R1: one of two units in the sentence")
X08b=$(uq $EXPL "supporters say it gives children their childhood back" $B wellbeing \
    --note "voice: supporters; R1")
X12=$(u $EXPL s0012 $U attention)
X13=$(u $EXPL s0013 $U attention $E)
X14=$(u $EXPL s0014 $U attention $E)
X15=$(u $EXPL s0015 $U attention --note "voice: Reyes")
X16=$(u $EXPL s0016 $U attention --note "voice: Reyes")
X18=$(u $EXPL s0018 $U wellbeing)
X19=$(u $EXPL s0019 $U wellbeing $E)
X20=$(u $EXPL s0020 $U wellbeing $E)
X21=$(u $EXPL s0021 $B wellbeing --note "voice: campaigners for the ban; R9b")
X22=$(u $EXPL s0022 $B wellbeing --note "voice: Lindqvist")
X24=$(u $EXPL s0024 $B bullying --note "voice: pilot schools (R16)")
X25=$(u $EXPL s0025 $U bullying)
X26=$(u $EXPL s0026 $A bullying --note "voice: Digital Rights Forum")
X29=$(u $EXPL s0029 $A safety,equity --note "voice: parents")
X30=$(u $EXPL s0030 $B safety --note "voice: the ministry (R16)")
X31=$(u $EXPL s0031 $A safety --note "voice: critics; R9b")
X33=$(u $EXPL s0033 $U enforcement)
X34=$(u $EXPL s0034 $R enforcement --note "voice: head teachers; R10: while X, Y")
X35=$(u $EXPL s0035 $R enforcement --note "voice: heads")
X36=$(u $EXPL s0036 $U enforcement --note "R9: an open condition")
X38=$(u $EXPL s0038 $U attention,wellbeing)
X39=$(u $EXPL s0039 $U attention,wellbeing --note "weighs without a verdict (R9); compare the brief's s0005")
X40=$(u $EXPL s0040 $U enforcement)
X41=$(u $EXPL s0041 $U attention,wellbeing)
att "$X08b" "$X08a"
sup "$X13" "$X12"; sup "$X14" "$X12"; sup "$X15" "$X12"; sup "$X16" "$X15"; sup "$X19" "$X18"
sup "$X20" "$X18"; att "$X21" "$X20"; sup "$X22" "$X21"; att "$X25" "$X24"; sup "$X26" "$X25"
att "$X31" "$X30"; sup "$X34" "$X33"; sup "$X35" "$X33"; sup "$X39" "$X38"; sup "$X40" "$X38"
sup "$X41" "$X38"

# 5. a note per source, and a check --------------------------------------------------------
am meta "$NEWS" --note "News report of the decision: the minister and parents' campaign for the ban, heads for lesson-time limits, pupils and a rights group against, a researcher undecided."
am meta "$OPED" --note "Op-ed against the ban by a computing teacher: concedes the harms first, then argues for classroom rules, digital literacy and the pupils a ban forgets."
am meta "$BRIEF" --note "Evidence brief: lesson-time rule for all, a full day for under-14s only; the wider evidence on wellbeing and bullying left open."
am meta "$BLOG" --note "A parent who once wanted her daughter's phone at school, now for the full-day ban; exemptions and funding asked for."
am meta "$POD" --note "Podcast: a pilot-school head for the ban, a digital-education lecturer against who moves to a ban for younger pupils only."
am meta "$WASL" --note "Heads' consultation response: a national lesson-time rule, a full day up to Year 9, school rules for older pupils."
am meta "$EXPL" --note "Broadcaster's explainer: the evidence on results, wellbeing, bullying, contact and cost, with each side's voices; no verdict."
for s in $NEWS $OPED $BRIEF $BLOG $POD $WASL $EXPL; do am done "$s"; done   # read in full
am validate
