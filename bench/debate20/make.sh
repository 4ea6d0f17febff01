#!/usr/bin/env bash
# Rebuild the held-out debate on compulsory voting at national elections in the (invented)
# republic of Ostravel, from bench/debate20/raw/ into an empty folder, with argmap's own commands
# only (no JSON edited by hand).
#   bash bench/debate20/make.sh /tmp/debate20      (from the repository root)
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

# 1. the project and its codebook: three stances on a duty to vote, strongest first; no stance
#    for no verdict (a writer who weighs both sides is annotated by the side they lean to) -----
python3 -m argmap init "$OUT" \
    --name "Should Ostravel make voting compulsory at national elections?"
am codebook rename stance for compulsory
am codebook rename stance against voluntary
am codebook rename stance hedged easier-voting
am codebook edit stance compulsory --label "Make voting compulsory" --symbol "●" \
    --description "Pass the Civic Duty Bill or a law like it: every citizen must vote (or return a ballot, blank or 'none of the above') at national elections, with a small fine for not voting without a valid excuse. Turnout near everyone makes governments legitimate, gives the poor and the young the same voice as the old and the comfortable, makes parties court every voter rather than their base, and treats voting as a civic duty like jury service or paying taxes; it works in Australia and Belgium."
am codebook edit stance easier-voting --label "Make voting easier, not compulsory" --symbol "◐" \
    --axis 0 --color "#3f7fbf" \
    --description "No duty to vote and no fine, but remove the obstacles so that turnout rises without compulsion: automatic registration at 18, election day a public holiday (or a weekend), postal voting on demand, a week of early voting, more polling stations and longer hours. Shares the compulsory side's worry about low and unequal turnout and the voluntary side's objection to fining and forcing voters; fix access first and compulsion is not needed."
am codebook move stance easier-voting 2
am codebook edit stance voluntary --label "Keep voting voluntary, as it is" --symbol "○" \
    --description "Keep voting free as it is, with no new duty and no drive to raise turnout by law: a right includes the right not to vote, abstaining is itself a message, compelled voters add uninformed, random or protest votes, fines fall hardest on the poor and the disorganised, enforcement costs money and clogs the courts, and low turnout is a symptom that better parties and candidates should cure, not the state."
am codebook add-question turnout-legitimacy --label "Turnout and legitimacy" \
    --text "How many vote and what that means for the result: turnout figures and their fall, governments elected by a minority of the electorate, the mandate and legitimacy of parliament and government, abstention as a signal?"
am codebook add-question liberty --label "Liberty and duty" \
    --text "Whether voting is a right, a duty or both: the freedom not to vote, compelled speech and conscience, the state's power to require, the constitution, voting compared with jury service or taxes?"
am codebook add-question informed-voters --label "Informed or random votes" \
    --text "Who would the new voters be and how would they vote: uninformed, random or protest votes, donkey votes, interest in politics, whether a duty makes people follow politics, civic education?"
am codebook add-question inequality --label "Who votes and who counts" \
    --text "Whose voice turnout leaves out: the poor, the young, shift workers, districts with low turnout, policies written for those who vote, and who pays the fines?"
am codebook add-question enforcement-fines --label "Fines and enforcement" \
    --text "How a duty would work: the fine and its size, valid excuses and exemptions, collecting fines, courts, the cost to the state, the 'none of the above' box and blank ballots?"
am codebook add-question voting-access --label "Registration and access" \
    --text "How easy it is to vote: registration by application or automatic, election day on a working day or a holiday, postal and early voting, polling stations, hours and queues?"
am codebook add-question other-countries --label "Other countries" \
    --text "What other countries show: Australia, Belgium and others that require voting, the Netherlands and Chile that dropped or restored it, countries with high turnout and no duty?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp compulsory "civic duty" "duty to vote" "jury service" "jury duty" "like paying taxes" \
    "obligation to vote" "obligations of citizenship" "legal duty" "everyone votes" \
    "every citizen votes" "universal turnout" "near-universal" "elected by a minority" \
    "minority of the electorate" "equal voice" "pass the bill" "support the bill" \
    "back the bill" "the bill is right" "small fine" "modest fine" "just turn up" \
    "turn up and" "court every voter" "court all voters" "whole electorate" \
    "not optional" "democracy is not" "habit of voting" "voting habit" "as in australia" \
    "australia shows" "works in australia" "close the gap" "closes the gap" "blank ballot" \
    "none of the above"
sp easier-voting "automatic registration" "auto-registration" "register automatically" \
    "automatically registered" "registered automatically" "public holiday" \
    "holiday on election day" "election day a holiday" "weekend voting" "vote on a sunday" \
    "vote by post" "postal vote*" "postal voting" "early voting" "vote early" \
    "mobile polling" "more polling stations" "longer hours" "remove the barriers" \
    "lower the barriers" "barriers to voting" "make voting easier" "easier to vote" \
    "carrot" "not the stick" "without compulsion" "without a fine" "no need to compel" \
    "instead of compelling" "invite" "fix access" "access first" "before compelling" \
    "same-day registration" "open the doors"
sp voluntary "right not to vote" "freedom not to vote" "free to abstain" "abstention is" \
    "not voting is" "forced to vote" "force people to vote" "forcing people" "coercion" \
    "coerce*" "random votes" "donkey vote*" "uninformed votes" "ill-informed" \
    "fine the poor" "fines on the poor" "tax on the poor" "punish*" "criminalise" \
    "criminalize" "nanny state" "keep it voluntary" "leave it voluntary" "keep voting free" \
    "right not a duty" "not a duty" "quality over quantity" \
    "earn my vote" "earn their vote" "earn our votes" "give people a reason" \
    "better candidates" "silent protest" "freedom of conscience" "compelled speech" \
    "leave people alone" "none of the state's business"
qp turnout-legitimacy "turnout" "legitima*" "mandate" "represent*" "minority of" \
    "elected by" "non-voters" "stay* home" "stayed away" "abstain*" "abstention" \
    "the electorate" "majority" "percent" "per cent" "%"
qp liberty "freedom" "free" "liberty" "right" "rights" "coerc*" "compel*" "forc*" \
    "conscience" "constitution*" "duty" "obligat*" "choice" "choose" "the state"
qp informed-voters "inform*" "uninformed" "ignoran*" "random" "donkey vote*" "interest*" \
    "knowledge" "attention" "civic education" "follow politics" "clueless" "read up" \
    "protest vote*" "manifesto*" "debates"
qp inequality "poor" "poorer" "poorest" "poverty" "wealth*" "rich*" "income*" "young" \
    "under-30s" "class" "equal*" "unequal*" "gap" "district*" "shift work*" \
    "single parent*" "working people" "pensioners"
qp enforcement-fines "fine" "fines" "fined" "crowns" "penalt*" "exemption*" "excuse*" \
    "enforc*" "collect*" "court*" "prosecut*" "bailiff*" "none of the above" "blank ballot*" \
    "spoil*" "sanction*" "letter*"
qp voting-access "regist*" "postal" "by post" "early voting" "holiday" "polling station*" \
    "queue*" "weekend" "sunday" "opening hours" "id card*" "access*" "barrier*" \
    "online voting" "working day" "tuesday"
qp other-countries "australia*" "belgi*" "netherlands" "dutch" "chile*" "brazil*" "peru" \
    "switzerland" "swiss" "abroad" "other countries" "countries that" "elsewhere" \
    "sweden" "denmark" "nordic"
