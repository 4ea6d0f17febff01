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

# 3. the articles, as saved from the web or exported ---------------------------------------
# Reader pinned: `--reader 9` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it); ids from the file names. No file is edited.
# The Facebook page's file name begins with the browser tab's "(3)" (three notifications):
# its id is given by hand rather than "3-dolna-strana-neighbours".
am add --reader 9 --id dolna-strana-neighbours-facebook \
    "$HERE/raw/(3) Dolna Strana Neighbours – Vesnik _ Facebook.html"
# Ids pinned as argmap gave them then (cut at 40 characters; since session 13 `--id-from file`
# keeps the whole file name): the claims in gold.tsv name them.
am add --reader 9 --id-from file "$HERE/raw/Civic Duty Bill (Ostravel) - Wikipedia.html"
am add --reader 9 --id dont-fine-voters-stop-making-voting-hard \
    "$HERE/raw/Don't fine voters. Stop making voting hard. _ LinkedIn.html"
am add --reader 9 --id should-ostravel-make-voting-compulsory \
    "$HERE/raw/Should Ostravel make voting compulsory, like Australia does_ - Quora.html"
am add --reader 9 --id pulsar-research-press-2028-05-compulsory \
    "$HERE/raw/pulsar-research-press-2028-05-compulsory-voting.html"
am add --reader 9 --id yes-make-us-vote-democracy \
    "$HERE/raw/Yes, make us vote. Democracy is not a spectator sport _ Goran Lisac _ The Vesnik Herald.html"
am add --reader 9 --id motion-thw-make-voting-compulsory \
    "$HERE/raw/Motion THW make voting compulsory in Ostravel 8c1f3e0a9b2d4e67a1f05c3b7d9e2a14.md"
# what argmap could not read from the files, or read wrongly: say it
am meta dolna-strana-neighbours-facebook \
    --title "Marta Jelen's post on the Civic Duty Bill, with comments (Dolna Strana Neighbours – Vesnik, Facebook group)" \
    --author "Marta Jelen (post) and commenters" --date 2028-05-28
am meta should-ostravel-make-voting-compulsory \
    --author "Viktor Hale, Emil Horvat, Ruth Callaghan, Stjepan Orlić, Katarina Dolenc (answers)" \
    --date 2028-05-21
am meta pulsar-research-press-2028-05-compulsory --author "Pulsar Research"
am meta motion-thw-make-voting-compulsory \
    --author "Teo Hrdlička, with Iva Marin and Luka Bašić (debate prep notes)" \
    --outlet "Notion export (Markdown)"

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta dolna-strana-neighbours-facebook --note "A pharmacist's post in a neighbourhood Facebook group against the Civic Duty Bill, opening with her first cheer for it: fines on the poor, abstention as the only message left, random votes, a right that is not a duty; automatic registration conceded. Of the comment thread argmap keeps only the last top-level comment (for automatic registration before any fine)."
am meta dont-fine-voters-stop-making-voting-hard --note "A former election official's LinkedIn article for the Open Ballot measures instead of the duty, opening with the bill's case stated fairly: people turned away for registration, Tuesday voting and postal rules, fines on those with least slack, Belgium, Sweden and Denmark; the Liberal and 'people who want to can' objections answered; compulsion only if access fails by 2035. argmap keeps none of the comments."
am meta should-ostravel-make-voting-compulsory --note "A Quora question with five answers: a software engineer against (liberty, random votes, abstention as information), a political scientist for (turnout gaps, Australia, the Netherlands, none of the above, jury service), an Australian for, a former polling-station chair for easier voting, a history teacher who weighs both and leans to the duty."
am meta civic-duty-bill-ostravel-wikipedia --note "An encyclopaedia article on the bill, reporting each side: the government, Horvat and the Youth Council for; the Liberals, the civil liberties union, the CEC's costs and Belgium against; Sova's Open Ballot amendment and the supporters' Chile reply; the constitutional question; polls (not annotated)."
am meta pulsar-research-press-2028-05-compulsory --note "A pollster's press release: narrow opposition to the bill, large majorities for automatic registration, early voting, a holiday and postal votes; reasons and verbatim answers for and against; the managing director weighs both readings and leans to the Open Ballot measures."
am meta yes-make-us-vote-democracy --note "A columnist's opinion piece for the bill, opening with the liberty case he made in 2011: turnout gaps by age and income, budgets written for voters, none of the above and jury service, Australia and attention, the fine conceded and answered with the exemptions, Chile against access alone, Belgium's norm. The Disqus comments (inlined by SingleFile) are not read by argmap."
am meta motion-thw-make-voting-compulsory --note "A student debater's Notion prep page for the opposition to compulsory voting: Prop's expected arguments each with the team's answer, the team's case (liberty, who pays, random votes, cost, Belgium), points of information, evidence, whether to run the Open Ballot as a counter-model; the debrief, where the writer leans to easier voting."
for s in civic-duty-bill-ostravel-wikipedia dolna-strana-neighbours-facebook \
    dont-fine-voters-stop-making-voting-hard motion-thw-make-voting-compulsory \
    pulsar-research-press-2028-05-compulsory should-ostravel-make-voting-compulsory \
    yes-make-us-vote-democracy; do
    am done "$s"   # read in full
done
am validate
