#!/usr/bin/env bash
# Rebuild the held-out "votes at 16" debate from bench/debate7/raw/ into an empty folder,
# with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate7/make.sh /tmp/debate7      (from the repository root)
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

# 1. the project and its codebook: three stances on the Voting Age Bill --------------------
python3 -m argmap init "$OUT" --name "Votes at 16: the Voting Age Bill in Aldmark"
am codebook rename stance for lower-16
am codebook rename stance against keep-18
am codebook rename stance hedged unresolved
am codebook edit stance lower-16 --label "Lower to 16" --symbol "▲" \
    --description "Parliament should lower the voting age for national elections to 16, as the Voting Age Bill does (now, or after a step such as civic education in schools that the text wants done and expects to be done); sixteen- and seventeen-year-olds are able, affected and entitled enough to vote, and the objections can be met."
am codebook edit stance keep-18 --label "Keep 18" --symbol "▼" \
    --description "The voting age for national elections should stay at 18: the bill should be rejected, or withdrawn, or put off without a date, or limited to local elections or trials; sixteen is too young, 18 is the age of adulthood in law, or the change serves the parties that propose it."
am codebook edit stance unresolved --label "No verdict" --symbol "◆" \
    --description "Takes no side on lowering the national voting age to 16: weighs both sides without a verdict, says the evidence is mixed or not yet in, or makes the answer depend on a condition it leaves open."
am codebook add-question maturity --label "Maturity and competence" \
    --text "Are sixteen- and seventeen-year-olds mature, informed and independent enough to vote (judgement, political knowledge, influence of parents, teachers or social media)?"
am codebook add-question habit --label "Turnout and habit" \
    --text "Would voting first at 16 raise turnout and build a lifelong habit of voting, or lower turnout and leave first-time voters to stay at home?"
am codebook add-question schooling --label "Civic education" \
    --text "What part do schools play: civic education before a first vote, a first vote while still at school, and the risk of politics or indoctrination in the classroom?"
am codebook add-question age-limits --label "Consistency of age limits" \
    --text "How does voting at 16 fit the law's other age limits: the age of majority at 18, criminal responsibility, driving, alcohol, marriage, military service, standing for election?"
am codebook add-question partisan --label "Party advantage and process" \
    --text "Who gains from the change and is it fair to make it this way: which parties young voters favour, the government's motives, cross-party consent, a referendum?"
am codebook add-question abroad --label "Evidence from other countries" \
    --text "What do countries and regions that vote at 16, and local trials, show (Austria, Scotland, Wales, Malta, Brazil, Argentina, German states, municipal pilots)?"
am codebook add-question stake --label "Rights, taxes and stake" \
    --text "Do sixteen-year-olds have a stake and a right to a say: they work and pay tax, are bound by the laws, and live longest with long-term decisions (climate, pensions, debt) in an ageing electorate?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R5-R10) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp lower-16 "votes at 16" "vote at 16" "votes at sixteen" "vote at sixteen" \
    "lower the voting age" "lowering the voting age" "lower voting age" "old enough to vote" \
    "give * the vote" "extend the franchise" "enfranchis*" "support the bill" \
    "pass the bill" "vote for the bill" "deserve a say" "deserve the vote" "right to vote" \
    "no taxation without representation" "trust young people" "capable of voting"
sp keep-18 "keep the voting age" "keep it at 18" "stay at 18" "remain at 18" "stays at 18" \
    "too young" "not mature enough" "immature" "not ready" "reject the bill" \
    "vote against the bill" "withdraw the bill" "age of majority" "adults at 18" \
    "only in local elections" "local elections first" "rig* the rules" "self-serving" \
    "electoral advantage" "still children"
sp unresolved "on balance" "evidence is mixed" "mixed evidence" "it depends" "depends on" \
    "too early to tell" "too early to say" "not yet clear" "open question" "both sides" \
    "reasonable people" "hard to say" "remains to be seen" "uncertain*" "we do not know" \
    "we don't know" "mixed picture" "cuts both ways" "neither side" "not convinced either way"
qp maturity "mature*" "maturity" "immature" "brain*" "cognitive" "judgement" "judgment" \
    "impulsiv*" "competen*" "political knowledge" "informed" "influenced by" "parents" \
    "adolescen*" "teenager*" "too young" "social media" "independent*"
qp habit "turnout" "turn out" "habit*" "first vote" "first-time voter*" "register*" \
    "lifelong" "participation" "abstain*" "stay at home" "polling station*" "electoral roll"
qp schooling "school*" "civic education" "civics" "teacher*" "classroom*" "curriculum" \
    "citizenship education" "mock election*" "indoctrinat*" "pupil*" "lesson*" "student*"
qp age-limits "age of majority" "criminal responsibility" "driving" "drive" "alcohol" \
    "drink*" "marry" "marriage" "military" "army" "conscript*" "age limit*" "legal age" \
    "consent" "stand for election" "consisten*" "inconsisten*" "adulthood"
qp partisan "party" "parties" "partisan" "advantage" "seats" "motive*" "rig*" \
    "gerrymander*" "cross-party" "consensus" "referendum" "opposition" "coalition" \
    "self-interest*" "poll*"
qp abroad "austria*" "scotland" "scottish" "wales" "welsh" "malta" "maltese" "brazil*" \
    "argentin*" "german*" "norway" "norwegian" "other countries" "abroad" "pilot*" \
    "trial*" "estonia*" "belgi*" "experience elsewhere"
qp stake "tax*" "income tax" "part-time job*" "wages" "pension*" "climate" "long-term" \
    "stake" "representation" "ageing" "aging" "older voters" "generation*" "affected by" \
    "their future" "debt"

# 3. the articles, as saved from the web (HTML) or kept as notes (Markdown) --------------
# Reader pinned: `--reader 3` is how argmap read these files when they were annotated (the
# sentence ids in gold.tsv depend on it); ids from the file names. No file is edited.
am add --reader 3 --id-from file "$HERE"/raw/*
# what argmap could not read from the files, or read wrongly: say it
am meta tidende-oped-sandell \
    --title "Sixteen is not the new eighteen – and the Voting Age Bill should say so"
am meta turnout-blog --author "Lars Vinter"
am meta elevunion-briefing --author "Aldmark School Students' Union" \
    --outlet "Aldmark School Students' Union"
am meta folkting-second-reading --outlet "Folkting of Aldmark, Official Report"
am meta interview-strand --author "Maja Nyberg" --outlet "Samtid"
am meta letters-nordhavn-post --outlet "Nordhavn Post" \
    --author "Selma Haddad, Britt Lund, Anders Krogh, Ingrid Falk, Jonas Berg, Gunnar Wik, Emil Sørensen"

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta tidende-oped-sandell --note "Op-ed by a constitutional lawyer for keeping 18: opens by granting that some sixteen-year-olds could vote well, then the line of adulthood, the trial's fading turnout, party advantage without consent, and taxes."
am meta turnout-blog --note "Blog of the researcher who evaluated the municipal trial, without a verdict: grants points to both sides (2019 turnout, the habit theory, the small party effect), says the long-term data are not in."
am meta demokratiforum-paper --note "Think-tank paper for votes at 16 with civic education added to the bill: opens with the objection, then maturity, a first vote at school, a table of countries, taxes, age limits and party advantage."
am meta elevunion-briefing --note "School students' union briefing to MPs for the bill: five objections and replies, a table of what the law already allows at 15-18, three asks."
am meta folkting-second-reading --note "Second-reading debate: the minister and a Green MP for the bill, the Moderates, Christian Democrats (local elections only) and People's Party against, the Liberals undecided; interventions."
am meta interview-strand --note "Magazine interview with the opposition's 20-year-old youth leader, against the bill: his own trial vote first, then local vs national, the line at 18, the fading habit, teachers, and consent; the interviewer puts the other side."
am meta letters-nordhavn-post --note "Letters page, seven letters: a sixteen-year-old, a retired judge and a youth council chair for, a grandmother and a cynic against, a teacher and a parent undecided."
for s in demokratiforum-paper elevunion-briefing folkting-second-reading interview-strand \
    letters-nordhavn-post tidende-oped-sandell turnout-blog; do
    am done "$s"   # read in full
done
am validate
