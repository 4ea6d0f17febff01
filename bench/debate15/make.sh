#!/usr/bin/env bash
# Rebuild the held-out debate on replacing Haldany's appointed Senate with a Citizens' Chamber
# chosen by lot, from bench/debate15/raw/ into an empty folder, with argmap's own commands only
# (no JSON edited by hand).
#   bash bench/debate15/make.sh /tmp/debate15      (from the repository root)
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

# 1. the project and its codebook: four stances on a second chamber chosen by lot -----------
python3 -m argmap init "$OUT" \
    --name "Should Haldany replace its appointed Senate with a Citizens' Chamber chosen by lot?"
am codebook rename stance for by-lot
am codebook rename stance against keep-chamber
am codebook rename stance hedged agnostic
am codebook edit stance by-lot --label "Replace the Senate with a chamber chosen by lot" \
    --symbol "●" \
    --description "Vote yes to the Constitution (Citizens' Chamber) Amendment Bill: replace the appointed Senate with 120 citizens drawn by stratified lot for three years, with the Senate's powers to revise and delay bills; the Senate is a club of party appointees and donors that looks nothing like the country, ordinary citizens given time, pay and expert hearings deliberate well (the pensions assembly showed it), a lottery cannot be bought or lobbied as easily as a party list, and a chamber of citizens would restore trust in parliament."
am codebook add-stance advisory --label "Citizens' assemblies, but only to advise" \
    --symbol "◒" --axis 1 --color "#b08a3e" \
    --description "Citizens chosen by lot should have a place in law-making, but only an advisory one: a standing citizens' assembly beside a reformed or elected second chamber, with a right to be heard, to put questions or to make the government answer its recommendations, but no power to amend, delay or veto laws; a yes to sortition as advice and a no to a law-making chamber by lot."
am codebook move stance advisory 2
am codebook edit stance keep-chamber --label "Keep a Senate of review" --symbol "■" \
    --description "Vote no: keep the Senate as a chamber of review (reformed in how members are appointed, if need be): revising laws needs legal and practical expertise and continuity that three-year lottery members cannot have, people chosen by lot answer to no voter and can be steered by officials, experts and lobbyists, many citizens will refuse to serve, the change is an untested leap for a constitution, and it costs more."
am codebook edit stance agnostic --label "No verdict" --symbol "◌" \
    --description "Takes no side on the Bill: weighs the Senate's record and the promise and risks of a chamber chosen by lot without a verdict, says the evidence from citizens' assemblies does not settle it or cuts both ways, asks for information before deciding, or makes its answer depend on a condition it leaves open."
am codebook add-question legitimacy --label "Mandate and accountability" \
    --text "Who gives the chamber's members the right to make law, and to whom do they answer: elections versus lot versus appointment, re-election, public votes or secret ballots, trust in parliament?"
am codebook add-question expertise --label "Competence and scrutiny" \
    --text "Can the chamber revise laws well: legal and technical knowledge, learning on the job, continuity and institutional memory, the quality of amendments, deliberation and the use of expert hearings?"
am codebook add-question mirror --label "Who sits in the chamber" \
    --text "Does the chamber look like the country: age, gender, region, class, education, minorities, the share of former politicians, and how stratified lot or appointment produces its members?"
am codebook add-question patronage --label "Patronage, lobbying and influence" \
    --text "Who can buy or steer the chamber: party patronage and donors in appointments, lobbyists, pressure on members, the secretariat, civil servants and experts who brief them, and the media?"
am codebook add-question service --label "Serving: duty, refusals and burden" \
    --text "Who will agree to serve and at what cost to them: refusal and drop-out rates, pay, jobs and careers left, care duties, pressure and abuse, whether service should be compulsory?"
am codebook add-question powers --label "Powers and the constitution" \
    --text "What the chamber may do and how it fits the constitution: revising, amending, delaying or vetoing bills, consent to constitutional change, its relation to the Assembly and the government, and the risks of an untested design?"
am codebook add-question expense --label "What it costs" \
    --text "What does each chamber cost: members' pay, the secretariat, recruitment and training, allowances and pensions, and the Treasury's and the campaigns' estimates?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp by-lot "vote yes" "yes to the bill" "citizens' chamber" "chosen by lot" "drawn by lot" \
    "by lottery" "ordinary citizens" "ordinary people" "people like us" "looks like the country" \
    "like the country" "party appointees" "cronies" "donors" "jobs for the boys" \
    "retirement home" "club" "rubber stamp" "cannot be bought" "can't be bought" \
    "no party whip" "no career to protect" "nothing to lose" "no re-election" \
    "pensions assembly" "deliberat*" "well informed" "trust in parliament" "end patronage" \
    "abolish the senate" "replace the senate" "time for change"
sp advisory "advisory" "advise" "advice" "only to advise" "standing assembly" \
    "alongside the senate" "beside the senate" "consult" "recommend*" "must respond" \
    "must answer" "right to be heard" "a voice not a vote" "voice not a veto" \
    "not the power to" "no power to" "elected senate" "reform the senate" \
    "both chambers" "complement" "step too far" "halfway" "middle way"
sp keep-chamber "vote no" "no to the bill" "keep the senate" "chamber of review" \
    "experience" "expertise" "seasoned" "institutional memory" "continuity" "amateurs" \
    "amateur" "learn on the job" "unelected and unaccountable" "answer to no one" \
    "accountable to no one" "nobody elected" "steered by" "captured by" "civil servants" \
    "officials" "lobbyists" "refuse to serve" "refusals" "leap in the dark" \
    "untested" "experiment" "gamble" "if it isn't broken" "fix the appointments" \
    "costs more" "dearer"
sp agnostic "undecided" "not sure" "haven't decided" "have not decided" "cuts both ways" \
    "on balance" "on the one hand" "on the other hand" "too early to tell" "remains to be seen" \
    "open question" "we don't know" "we do not know" "not enough evidence" "depends on" \
    "hard to say" "torn" "both sides" "weigh*"
qp legitimacy "legitima*" "mandate" "elected" "election*" "unelected" "vote*" \
    "accountab*" "answer to" "re-election" "secret ballot" "public vote*" "trust" \
    "democra*" "consent" "the people" "sovereign*"
qp expertise "expert*" "experience*" "competen*" "scrutin*" "revis*" "amend*" \
    "drafting" "technical" "legal" "lawyer*" "judge*" "learn*" "continuity" \
    "institutional memory" "hearing*" "deliberat*" "quality of" "briefing*"
qp mirror "representative" "look like" "looks like" "mirror" "women" "young" \
    "age" "median age" "region*" "rural" "class" "working people" "education*" \
    "graduate*" "minorit*" "stratif*" "former politicians" "former ministers" "diversity"
qp patronage "patronage" "donor*" "donation*" "appointee*" "appointment*" "cronies" \
    "crony*" "lobby*" "influence*" "pressure*" "bribe*" "captur*" "steer*" \
    "secretariat" "civil servant*" "officials" "media" "corran"
qp service "serve" "service" "refus*" "decline*" "volunteer*" "drop out" "dropped out" \
    "drop-out" "pay" "salary" "employer*" "job*" "career*" "childcare" "carer*" \
    "compulsory" "jury" "abuse" "harass*" "invitation*"
qp powers "power*" "veto" "delay*" "block*" "constitution*" "amendment bill" \
    "referendum" "assembly" "government" "checks and balances" "revising chamber" \
    "bicameral" "second chamber" "upper house" "design" "untested" "two-thirds"
qp expense "cost*" "cheap*" "expensive" "million" "budget*" "treasury" "taxpayer*" \
    "spend*" "money" "allowance*" "salar*" "afford*" "euros" "€"

# 3. the articles, as saved from the web, exported or kept as notes ----------------------------
# Reader pinned: `--reader 7` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it); ids from the file names. No file is edited.
# The Senate's Hansard page is in Windows-1252 (its <meta> says so); reader 7 honours the
# declared charset, so no `--encoding` is needed. argmap does not read org-mode files
# (`unsupported file type '.org'`): the note is added from a copy renamed to .txt
# (raw/ellingsen-radio-prep.txt is byte for byte unread/ellingsen-radio-prep.org).
am add --reader 7 --id-from file "$HERE"/raw/*.htm "$HERE"/raw/*.html "$HERE"/raw/*.md \
    "$HERE"/raw/*.txt
# what argmap could not read from the files, or read wrongly: say it
am meta senate-hansard-2027-04-22 \
    --title "Senate debate on the Constitution (Citizens' Chamber) Amendment Bill (motion to take note), 22 April 2027" \
    --outlet "Senate of Haldany, Official Report (Hansard), vol. 311 no. 48"
am meta yes-campaign-press-release --author "A Chamber of Citizens (the Yes campaign)" \
    --outlet "A Chamber of Citizens newsroom"
am meta hn-haldany-senate-lottery --author "nordlys (submitter) and commenters" --date 2027-05-03
am meta citizens-chamber-referendum --outlet "Obsidian vault (a teacher's notes)" --date 2027-05-12
am meta civic-forum-consultation-response \
    --title "Civic Forum Haldany's response to the consultation \"Reform of the Senate: a Citizens' Chamber?\"" \
    --author "Henrike Sollberg (Civic Forum Haldany)" \
    --outlet "Ministry of Constitutional Affairs consultation (Citizen Space export)"
am meta ellingsen-radio-prep --title "Radio North debate prep: the Citizens' Chamber Bill" \
    --author "Dag Ellingsen" --outlet "org-mode notes (personal)"

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta senate-hansard-2027-04-22 --note "The Senate debates the Bill that would abolish it: the Government's leader for (patronage, donors, a chamber unlike the country, the pensions assembly), a former judge, two National senators and a nominated senator against (revision needs expertise, capture by officials, accountability, refusals, cost, an untested leap), a Liberal for an advisory assembly, a crossbencher undecided, a Social Democrat and a Green for; the leader replies."
am meta yes-campaign-press-release --note "The Yes campaign's press release, opening with the No side's billboard line and answering its five claims (expertise, accountability, refusals, cost, a leap in the dark) one by one; boilerplate and media contacts at the end."
am meta hn-haldany-senate-lottery --note "Hacker News thread on a news link, opening with a commenter against (revision is a skill, the secretariat will draft): replies for (same clerks, a verifiable lottery, donors, trust, juries and secret ballots, cost, selection by lot vs by elections), against (volunteer bias, fix the appointments, secret ballot, a farmer cannot leave), a political scientist without a verdict, an advisory compromise."
am meta citizens-chamber-referendum --note "A civics teacher's Obsidian note, largely without a verdict: the case for and the case against as each side makes it, then her own weighing (the pensions assembly is real evidence but of advice, lot versus appointment, the secret ballot, refusals unmeasured, cost small, the advisory idea); still undecided."
am meta civic-forum-consultation-response --note "A deliberative-democracy charity's consultation response (Citizen Space export): grants the Government's diagnosis, then argues citizens chosen by lot should advise and not legislate (pressure, refusals, constitutional consent), proposing a standing citizens' assembly beside an elected Senate; the form's ticked answers are lost in the export."
am meta ellingsen-radio-prep --note "A law professor's org-mode notes for a radio debate, for No: the Yes side's expected lines first, the donors granted, then the Senate's record, accountability, capture, refusals; close: fix the appointments, keep the review."
am meta wikipedia-talk-senate-referendum --note "Wikipedia talk page of the referendum article, largely without a verdict: editors argue about the lead, the refusal figure, the costs, the advisory position and the polls; one editor for the Bill, the others insisting the evidence does not settle it."
for s in citizens-chamber-referendum civic-forum-consultation-response ellingsen-radio-prep \
    hn-haldany-senate-lottery senate-hansard-2027-04-22 wikipedia-talk-senate-referendum \
    yes-campaign-press-release; do
    am done "$s"   # read in full
done
am validate
