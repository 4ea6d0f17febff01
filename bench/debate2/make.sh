#!/usr/bin/env bash
# Rebuild the held-out rent-cap debate from bench/debate2/raw/ into an empty folder,
# with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate2/make.sh /tmp/debate2      (from the repository root)
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

# 1. the project and its codebook -------------------------------------------------------
python3 -m argmap init "$OUT" --name "Rent caps"
am codebook rename stance for pro-cap
am codebook rename stance against anti-cap
am codebook edit stance pro-cap --label "Pro cap" \
    --description "Argues that rents should be capped or frozen, that caps protect tenants, or that the harms critics predict are small, avoidable or worth bearing."
am codebook edit stance anti-cap --label "Anti cap" \
    --description "Argues against rent caps: that they shrink or degrade the rental supply, lock tenants in, help the wrong people, or that other policies should be used instead."
am codebook edit stance hedged --label "Hedged" \
    --description "Takes a qualified or two-sided position: a cap only as temporary or alongside building, conditional support, costs and benefits weighed, or open uncertainty about the evidence."
am codebook add-question affordability --label "Affordability" \
    --text "Do rent caps keep housing affordable and protect sitting tenants from steep rises, displacement and eviction?"
am codebook add-question supply --label "Supply" \
    --text "Do rent caps reduce the building and supply of rental homes (less investment, fewer new lets, flats sold off or turned into short-term lets)?"
am codebook add-question maintenance --label "Maintenance" \
    --text "Do rent caps make landlords neglect repairs, quality and energy renovation of the homes they let?"
am codebook add-question mobility --label "Mobility" \
    --text "Do rent caps lock tenants into their flats and misallocate homes between insiders and newcomers (less moving, queues, mismatched flats)?"
am codebook add-question targeting --label "Who benefits" \
    --text "Who gains and who pays: are caps fair and well targeted at tenants in need, and what do they do to small landlords?"
am codebook add-question alternatives --label "Alternatives" \
    --text "Should the city rely on other policies instead of, or besides, a cap: building more, social and public housing, housing allowances, planning reform?"
am codebook add-question design --label "Design" \
    --text "How should a cap be designed, enforced and limited: freeze or indexed ceiling, exemptions for new build, rents between tenancies, enforcement, time limits, legality?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R7-R11) before any article was written or annotated ------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp pro-cap "cap* rents" "freez* rents" "rent freeze" "protect* tenants" "protect* renters" \
    "tenants * afford" "price* out" "displace*" "evict*" "landlords * profit*" "speculat*" \
    "security of tenure" "cap * works" "caps work" "introduce * cap" "support * cap" \
    "breathing space" "harms * exaggerat*"
sp anti-cap "reduce* * supply" "fewer * homes" "fewer * flats" "less investment" \
    "deter* * invest*" "black market" "economists" "disrepair" "neglect*" "lock* in" \
    "misallocat*" "scrap * cap" "repeal*" "unintended consequences" "shortage*" "build more" \
    "does more harm" "better off tenants" "caps fail" "sold off"
sp hedged "on the other hand" "trade-off*" "depends on" "temporary" "stopgap" "only if" \
    "evidence is mixed" "both sides" "well designed" "carefully designed" \
    "in the short term" "long term" "silver bullet" "sunset clause" "breathing room" \
    "costs and benefits" "not * panacea" "uncertain*"
qp affordability "afford*" "rent* * ris*" "rent increase*" "income on rent" "displace*" \
    "evict*" "rent* * doubled"
qp supply "supply" "construction" "new build*" "new homes" "invest*" "convert*" \
    "short-term let*" "sold off" "fewer * flats"
qp maintenance "maintenance" "repair*" "disrepair" "renovat*" "insulat*" "quality" \
    "neglect*" "damp" "mould"
qp mobility "mobility" "move house" "moving" "lock* in" "stay put" "queue*" "waiting list*" \
    "misallocat*" "insiders" "outsiders" "newcomers"
qp targeting "low income*" "better off" "well off" "targeted" "small landlords" "pension*" \
    "fair*" "property rights" "who benefits" "middle class*"
qp alternatives "social housing" "public housing" "housing benefit*" "housing allowance*" \
    "zoning" "planning reform" "build more" "council homes" "instead"
qp design "exempt*" "index*" "inflation" "between tenancies" "vacancy" "enforce*" \
    "loophole*" "ceiling" "sunset" "court*" "key money" "register"

# 3. the articles, as saved from the web (HTML) or kept as notes (Markdown) ---------------
#    `am add "$HERE/raw/"` made these ids from the titles, cut at 40 characters, and read
#    the pages with HTML reader 1; argmap now cuts ids where a phrase ends
#    (renters-cannot-wait-any-longer) and its reader 2 drops kickers, tags, bios, the
#    ticker bar and comment counts, so ids and reader are given here: the annotations
#    below point into the text reader 1 took. The Markdown notes are read by reader 2, as
#    then (reader 3 reads a transcript's NAME: labels apart from the sentences).
FOR=renters-cannot-wait-any-longer-cap-the       # op-ed for a cap (HTML)
AGAINST=a-rent-cap-would-shrink-the-very-housing  # op-ed against (HTML)
NEWS=council-rent-cap-vote-tenants-cheer         # news report quoting both sides (HTML)
BRIEF=rent-stabilisation-in-alderport-what-the   # think-tank brief that hedges (Markdown)
BLOG=why-im-selling-my-flat-and-why-im-not       # a small landlord's blog post (HTML)
RADIO=transcript-alderport-today-radio-north     # radio interview transcript (Markdown)
am add "$HERE/raw/chf-policy-brief.md" --reader 2 --id "$BRIEF"
am add "$HERE/raw/courier-oped-for.html" --html-reader 1 --id "$FOR"
am add "$HERE/raw/evening-post-news.html" --html-reader 1 --id "$NEWS"
am add "$HERE/raw/hbr-oped-against.html" --html-reader 1 --id "$AGAINST"
am add "$HERE/raw/landlord-blog.html" --html-reader 1 --id "$BLOG"
am add "$HERE/raw/radio-north-interview.md" --reader 2 --id "$RADIO"
# Markdown notes have no <meta> to read the outlet from: say it
am meta "$BRIEF" --outlet "Centre for Housing Futures"
am meta "$RADIO" --outlet "Radio North"

# 4. the annotations, by hand, following guide.md ----------------------------------------
# u SOURCE SENTENCE STANCE QUESTIONS [--kind evidence] [--note ...]: prints the claim id
export ARGMAP_ANNOTATOR=gold
u() {
    local src=$1 sid=$2 stance=$3 qs=$4
    shift 4
    am annotate "$src" --sentence "$sid" --stance "$stance" -q "$qs" --json "$@" |
        sed -n 's/^  "id": "\(c[0-9a-f]*\)",$/\1/p'
}
sup() { am relate "$1" --supports "$2" >/dev/null; }
att() { am relate "$1" --attacks "$2" >/dev/null; }
E="--kind evidence"
P=pro-cap A=anti-cap H=hedged

# --- op-ed for (Courier): s0001-s0002 kicker, title; s0005-s0008 byline, date, caption,
#     credit; s0017 the plan described; s0042 the date of the vote; s0044 author line
F03=$(u $FOR s0003 $P design)
F04=$(u $FOR s0004 $P affordability)
F09=$(u $FOR s0009 $P affordability $E)
F10=$(u $FOR s0010 $P affordability $E)
F11=$(u $FOR s0011 $P affordability $E)
F12=$(u $FOR s0012 $P affordability $E)
F13=$(u $FOR s0013 $P affordability)
F14=$(u $FOR s0014 $P affordability $E)
F15=$(u $FOR s0015 $P affordability $E)
F16=$(u $FOR s0016 $P affordability)
F18=$(u $FOR s0018 $P affordability,alternatives)
F19=$(u $FOR s0019 $P alternatives,affordability)
F20=$(u $FOR s0020 $A supply --note "voice: landlords' lobby")
F21=$(u $FOR s0021 $P supply)
F22=$(u $FOR s0022 $P supply)
F23=$(u $FOR s0023 $P supply)
F24=$(u $FOR s0024 $P maintenance)
F25=$(u $FOR s0025 $P maintenance)
F26=$(u $FOR s0026 $P maintenance,design)
F27=$(u $FOR s0027 $A targeting --note "voice: critics")
F28=$(u $FOR s0028 $P targeting)
F29=$(u $FOR s0029 $P targeting $E)
F30=$(u $FOR s0030 $P alternatives --note "R10: an alternative that does not work")
F31=$(u $FOR s0031 $P alternatives)
F32=$(u $FOR s0032 $P alternatives --note "R10: building besides the cap")
F33=$(u $FOR s0033 $P alternatives)
F34=$(u $FOR s0034 $P alternatives,affordability)
F35=$(u $FOR s0035 $P design)
F36=$(u $FOR s0036 $P design,supply)
F37=$(u $FOR s0037 $P design,affordability)
F38=$(u $FOR s0038 $P affordability,supply)
F39=$(u $FOR s0039 $P affordability,supply $E)
F40=$(u $FOR s0040 $H alternatives --note "R12: a concession of its own")
F41=$(u $FOR s0041 $P affordability)
F43=$(u $FOR s0043 $P affordability)
for c in $F09 $F10 $F11 $F12; do sup "$c" "$F13"; done
sup "$F13" "$F16"; sup "$F14" "$F13"; sup "$F15" "$F13"; sup "$F04" "$F16"
sup "$F18" "$F16"; sup "$F19" "$F18"
att "$F21" "$F20"; att "$F22" "$F20"; sup "$F23" "$F22"
sup "$F25" "$F24"; sup "$F26" "$F24"
att "$F28" "$F27"; sup "$F29" "$F28"
sup "$F31" "$F30"; sup "$F34" "$F33"
sup "$F36" "$F35"; sup "$F37" "$F35"; sup "$F38" "$F16"; sup "$F39" "$F38"

# --- op-ed against (Harbour Business Review): s0001 market ticker; s0002-s0004 title,
#     author, date; s0009 the plan described; s0011, s0016, s0019 signposts; s0041 set-up
#     of the last line; s0043-s0045 disclosure and tags
G05=$(u $AGAINST s0005 $A supply)
G06=$(u $AGAINST s0006 $A supply,maintenance $E)
G07=$(u $AGAINST s0007 $A supply)
G08=$(u $AGAINST s0008 $A supply)
G10=$(u $AGAINST s0010 $A supply,alternatives)
G12=$(u $AGAINST s0012 $A supply,targeting $E)
G13=$(u $AGAINST s0013 $A supply)
G14=$(u $AGAINST s0014 $A supply)
G15=$(u $AGAINST s0015 $A supply,targeting)
G17=$(u $AGAINST s0017 $A supply $E)
G18=$(u $AGAINST s0018 $A affordability,mobility $E)
G20=$(u $AGAINST s0020 $A supply $E)
G21=$(u $AGAINST s0021 $A design $E)
G22=$(u $AGAINST s0022 $A maintenance)
G23=$(u $AGAINST s0023 $A maintenance)
G24=$(u $AGAINST s0024 $A maintenance)
G25=$(u $AGAINST s0025 $P maintenance,design --note "voice: council")
G26=$(u $AGAINST s0026 $A maintenance,design)
G27=$(u $AGAINST s0027 $A mobility)
G28=$(u $AGAINST s0028 $A mobility)
G29=$(u $AGAINST s0029 $A mobility)
G30=$(u $AGAINST s0030 $A mobility,targeting)
G31=$(u $AGAINST s0031 $A mobility,supply)
G32=$(u $AGAINST s0032 $A targeting)
G33=$(u $AGAINST s0033 $A targeting)
G34=$(u $AGAINST s0034 $A design,supply)
G35=$(u $AGAINST s0035 $A design,supply)
G36=$(u $AGAINST s0036 $H affordability --note "R12: a concession of its own")
G37=$(u $AGAINST s0037 $A alternatives,supply)
G38=$(u $AGAINST s0038 $A alternatives,targeting)
G39=$(u $AGAINST s0039 $H alternatives --note "R12: a concession of its own")
G40=$(u $AGAINST s0040 $A alternatives,supply)
G42=$(u $AGAINST s0042 $A affordability,supply)
sup "$G06" "$G05"; sup "$G07" "$G05"; sup "$G08" "$G10"
sup "$G12" "$G13"; sup "$G13" "$G10"; sup "$G14" "$G10"; sup "$G15" "$G14"
sup "$G17" "$G08"; sup "$G18" "$G10"; sup "$G20" "$G08"; sup "$G21" "$G10"
sup "$G22" "$G10"; sup "$G23" "$G22"; sup "$G24" "$G22"; att "$G26" "$G25"
sup "$G27" "$G10"; sup "$G28" "$G27"; sup "$G29" "$G27"; sup "$G31" "$G30"
sup "$G32" "$G10"; sup "$G33" "$G32"; sup "$G35" "$G34"
sup "$G37" "$G10"; sup "$G38" "$G37"; sup "$G40" "$G37"

# --- news report (Evening Post): s0001-s0011 label, title, summary, byline, time, caption
#     and the facts of the vote; s0028 the legal challenge announced; s0034 the review
N12=$(u $NEWS s0012 $P affordability --note "voice: Whitfield (council)")
N13=$(u $NEWS s0013 $P affordability --note "voice: Whitfield (council)")
N14=$(u $NEWS s0014 $P affordability --note "voice: Whitfield (council)")
N15=$(u $NEWS s0015 $P affordability $E --note "voice: Whitfield (council)")
N16=$(u $NEWS s0016 $A supply,targeting --note "voice: landlords' association")
N17=$(u $NEWS s0017 $A supply $E --note "voice: Pell (landlords' association)")
N18=$(u $NEWS s0018 $A supply --note "voice: Pell (landlords' association)")
N19=$(u $NEWS s0019 $A supply --note "voice: Pell (landlords' association)")
N20=$(u $NEWS s0020 $A targeting --note "voice: Pell (landlords' association)")
N21=$(u $NEWS s0021 $A alternatives --note "voice: Marsh (opposition)")
N22=$(u $NEWS s0022 $A alternatives,supply --note "voice: Marsh (opposition)")
N23=$(u $NEWS s0023 $H affordability,supply --note "R7: open uncertainty")
N24=$(u $NEWS s0024 $H affordability,supply,design --note "voice: Cole (think tank)")
N25=$(u $NEWS s0025 $H design --note "voice: Cole (think tank)")
N26=$(u $NEWS s0026 $H alternatives,design --note "voice: Cole (think tank)")
N27=$(u $NEWS s0027 $A supply,maintenance --note "voice: Lindqvist (economist)")
N29=$(u $NEWS s0029 $A design --note "voice: landlords' association")
N30=$(u $NEWS s0030 $P design --note "voice: council spokesperson")
N31=$(u $NEWS s0031 $P affordability --note "voice: tenants")
N32=$(u $NEWS s0032 $P affordability $E --note "voice: Leanne Price (tenant)")
N33=$(u $NEWS s0033 $P affordability --note "voice: Leanne Price (tenant)")
sup "$N13" "$N12"; sup "$N14" "$N12"; sup "$N15" "$N12"
att "$N16" "$N12"; sup "$N17" "$N16"; sup "$N18" "$N16"; sup "$N19" "$N16"; sup "$N20" "$N16"
sup "$N22" "$N21"; sup "$N24" "$N23"; sup "$N25" "$N24"; sup "$N26" "$N24"
att "$N30" "$N29"; sup "$N32" "$N31"; sup "$N33" "$N31"

# --- think-tank brief (Markdown): s0001-s0005 title, series line, byline, date, "Summary.";
#     headings and bold labels (s0009, s0016, s0028, s0030, s0033, s0035, s0038, s0040,
#     s0042, s0047); s0010-s0012 background and the plan described; s0017 a lead-in;
#     s0055-s0058 the charity's line and download links
B06=$(u $BRIEF s0006 $H affordability,design)
B07=$(u $BRIEF s0007 $H design)
B08=$(u $BRIEF s0008 $H design)
B13=$(u $BRIEF s0013 $H supply)
B14=$(u $BRIEF s0014 $H supply)
B15=$(u $BRIEF s0015 $H supply)
B18=$(u $BRIEF s0018 $P affordability)
B19=$(u $BRIEF s0019 $P affordability $E)
B20=$(u $BRIEF s0020 $A supply)
B21=$(u $BRIEF s0021 $A supply $E)
B22=$(u $BRIEF s0022 $A mobility)
B23=$(u $BRIEF s0023 $H mobility)
B24=$(u $BRIEF s0024 $H maintenance)
B25=$(u $BRIEF s0025 $H maintenance,design $E)
B26=$(u $BRIEF s0026 $H design $E)
B27=$(u $BRIEF s0027 $H design)
B29=$(u $BRIEF s0029 $H design)
B31=$(u $BRIEF s0031 $H design)
B32=$(u $BRIEF s0032 $H design,supply)
B34=$(u $BRIEF s0034 $H design,maintenance)
B36=$(u $BRIEF s0036 $P design,supply --note "R7: 'in principle' softens a firm claim")
B37=$(u $BRIEF s0037 $H design,supply)
B39=$(u $BRIEF s0039 $H design,affordability,mobility)
B41=$(u $BRIEF s0041 $P design,maintenance --note "R11")
B43=$(u $BRIEF s0043 $A targeting)
B44=$(u $BRIEF s0044 $H targeting)
B45=$(u $BRIEF s0045 $H alternatives,targeting)
B46=$(u $BRIEF s0046 $H alternatives)
B48=$(u $BRIEF s0048 $H design,alternatives --note "R10: a bridge, a stopgap")
B49=$(u $BRIEF s0049 $H design)
B50=$(u $BRIEF s0050 $H alternatives,design)
B51=$(u $BRIEF s0051 $P design,maintenance --note "R11")
B52=$(u $BRIEF s0052 $H design)
B53=$(u $BRIEF s0053 $H design)
B54=$(u $BRIEF s0054 $H design,alternatives)
sup "$B07" "$B08"; sup "$B06" "$B08"
sup "$B14" "$B13"; sup "$B15" "$B13"
sup "$B19" "$B18"; sup "$B21" "$B20"; sup "$B25" "$B24"; sup "$B26" "$B27"
sup "$B31" "$B29"; sup "$B32" "$B29"; sup "$B34" "$B29"; sup "$B37" "$B36"; sup "$B39" "$B29"
att "$B44" "$B43"; sup "$B45" "$B46"
sup "$B49" "$B48"; sup "$B50" "$B48"; sup "$B51" "$B48"; sup "$B52" "$B48"
sup "$B53" "$B48"; sup "$B54" "$B48"

# --- landlord's blog: s0001-s0007 categories, title, byline, date, comment count, opening
#     and background; s0016 and s0031 asides; s0033-s0034 comments note and tags
L08=$(u $BLOG s0008 $A targeting $E)
L09=$(u $BLOG s0009 $A targeting $E)
L10=$(u $BLOG s0010 $A supply $E)
L11=$(u $BLOG s0011 $A supply)
L12=$(u $BLOG s0012 $A supply $E)
L13=$(u $BLOG s0013 $A supply $E)
L14=$(u $BLOG s0014 $A supply,maintenance $E)
L15=$(u $BLOG s0015 $A supply,design)
L17=$(u $BLOG s0017 $H affordability --note "R12: a concession of its own")
L18=$(u $BLOG s0018 $A targeting)
L19=$(u $BLOG s0019 $A targeting,supply)
L20=$(u $BLOG s0020 $A supply)
L21=$(u $BLOG s0021 $A supply)
L22=$(u $BLOG s0022 $H affordability --note "R12: a concession of its own")
L23=$(u $BLOG s0023 $P affordability --note "R9/R12: the tenants' case stated as fact")
L24=$(u $BLOG s0024 $H design --note "R11: conditional acceptance")
L25=$(u $BLOG s0025 $H design)
L26=$(u $BLOG s0026 $A maintenance)
L27=$(u $BLOG s0027 $A maintenance $E)
L28=$(u $BLOG s0028 $A maintenance)
L29=$(u $BLOG s0029 $A alternatives,supply)
L30=$(u $BLOG s0030 $H design,supply --note "R7: open uncertainty")
L32=$(u $BLOG s0032 $A targeting,supply)
sup "$L08" "$L18"; sup "$L09" "$L18"; sup "$L10" "$L11"
sup "$L12" "$L15"; sup "$L13" "$L15"; sup "$L14" "$L15"; sup "$L15" "$L11"
sup "$L19" "$L18"; sup "$L20" "$L11"; sup "$L21" "$L20"
sup "$L25" "$L24"; sup "$L27" "$L28"; sup "$L28" "$L26"

# --- radio interview (Markdown transcript): s0001-s0009 title, programme note, greetings
#     and the first question; other questions that only ask (s0017-s0018, s0023, s0026,
#     s0031, s0038, s0040, s0044, s0049-s0051); s0054-s0057 thanks and stage direction
R10=$(u $RADIO s0010 $P affordability --note "voice: Whitfield")
R11=$(u $RADIO s0011 $P affordability $E --note "voice: Whitfield")
R12=$(u $RADIO s0012 $P affordability,design --note "voice: Whitfield")
R13=$(u $RADIO s0013 $A design --note "voice: presenter (R6)")
R14=$(u $RADIO s0014 $P design --note "voice: Whitfield")
R15=$(u $RADIO s0015 $P design --note "voice: Whitfield")
R16=$(u $RADIO s0016 $P design --note "voice: Whitfield")
R19=$(u $RADIO s0019 $A design --note "voice: Pell")
R20=$(u $RADIO s0020 $A design,supply --note "voice: Pell")
R21=$(u $RADIO s0021 $A design $E --note "voice: Pell")
R22=$(u $RADIO s0022 $A supply,targeting --note "voice: Pell")
R24=$(u $RADIO s0024 $A supply $E --note "voice: Pell")
R25=$(u $RADIO s0025 $A supply --note "voice: Pell")
R27=$(u $RADIO s0027 $P supply --note "voice: Whitfield")
R28=$(u $RADIO s0028 $P supply $E --note "voice: Whitfield")
R29=$(u $RADIO s0029 $A supply --note "voice: Pell")
R30=$(u $RADIO s0030 $A supply --note "voice: Pell")
R32=$(u $RADIO s0032 $A maintenance --note "voice: landlords, read by the presenter (R5b)")
R33=$(u $RADIO s0033 $P maintenance --note "voice: Whitfield")
R34=$(u $RADIO s0034 $P maintenance,design --note "voice: Whitfield")
R35=$(u $RADIO s0035 $P maintenance,design --note "voice: Whitfield")
R36=$(u $RADIO s0036 $A maintenance,design --note "voice: Pell")
R37=$(u $RADIO s0037 $A maintenance --note "voice: Pell")
R39=$(u $RADIO s0039 $P affordability $E --note "voice: a listener, read by the presenter")
R41=$(u $RADIO s0041 $A alternatives --note "voice: Pell")
R42=$(u $RADIO s0042 $A supply,alternatives --note "voice: Pell")
R43=$(u $RADIO s0043 $A supply,alternatives --note "voice: Pell")
R45=$(u $RADIO s0045 $H design --note "voice: Pell; R11 conditional acceptance")
R46=$(u $RADIO s0046 $A alternatives,targeting --note "voice: Pell")
R47=$(u $RADIO s0047 $P alternatives --note "voice: Whitfield")
R48=$(u $RADIO s0048 $P alternatives,targeting --note "voice: Whitfield")
R52=$(u $RADIO s0052 $P design --note "voice: Whitfield")
R53=$(u $RADIO s0053 $P design --note "voice: Whitfield")
sup "$R11" "$R10"; sup "$R12" "$R10"
att "$R14" "$R13"; att "$R15" "$R13"; sup "$R16" "$R15"
att "$R19" "$R16"; sup "$R21" "$R20"; sup "$R22" "$R20"; sup "$R24" "$R22"; sup "$R25" "$R22"
att "$R27" "$R24"; sup "$R28" "$R27"; att "$R29" "$R28"; sup "$R30" "$R29"
att "$R33" "$R32"; sup "$R34" "$R33"; sup "$R35" "$R33"; att "$R36" "$R35"; sup "$R37" "$R36"
sup "$R42" "$R41"; sup "$R43" "$R41"; att "$R47" "$R46"; sup "$R48" "$R47"; sup "$R53" "$R52"

# 5. a note per source, and a check --------------------------------------------------------
am meta "$FOR" --note "Op-ed for the cap by the tenants' union chair: affordability first; answers supply, repairs and targeting objections."
am meta "$AGAINST" --note "Op-ed against by an urban economist: supply, upkeep, lock-in, poor targeting; build and fund allowances instead."
am meta "$NEWS" --note "News report of the vote: council and tenants for, landlords and opposition against, a think-tank voice in between."
am meta "$BRIEF" --note "Think-tank brief: a short, indexed, time-limited cap tied to building could do more good than harm; a permanent one would not."
am meta "$BLOG" --note "A small landlord selling a flat because of the freeze; would accept an inflation-linked cap."
am meta "$RADIO" --note "Radio interview: the housing councillor for the cap, the landlords' association against."
for s in $FOR $AGAINST $NEWS $BRIEF $BLOG $RADIO; do am done "$s"; done   # read in full
am validate
