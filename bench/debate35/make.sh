#!/usr/bin/env bash
# Rebuild the held-out debate on how the (invented) republic of Ostrava Minor should set the
# minimum wage of workers under 21, from bench/debate35/raw/ into an empty folder, with argmap's
# own commands only (no JSON edited by hand).
#   bash bench/debate35/make.sh /tmp/debate35      (from the repository root)
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

# 1. the project and its codebook: five stances on one ordered scale, from paying under-21s the
#    adult rate now to cutting their rate; the axis puts the two "close the gap" stances on +1,
#    the modest rise on 0 and the two "hold or lower" stances on -1; no stance for no verdict
python3 -m argmap init "$OUT" --name "How should Ostrava Minor set the minimum wage of workers under 21?"
am codebook rename stance for abolish-youth-rate
am codebook rename stance against freeze-youth-rate
am codebook rename stance hedged modest-rise
am codebook edit stance abolish-youth-rate --label "Abolish the youth rate now" --symbol "▲" --axis 1 \
    --description "Pay workers under 21 the full adult minimum wage from the next uprating: same work, same pay; the youth rate is age discrimination, young people pay the same rent, bus fares and food, many support themselves or a family, and employers use the rate to replace older staff with cheaper ones."
am codebook add-stance phase-to-adult-rate --label "Phase in the adult rate" --symbol "△" --axis 1 \
    --position 2 --color teal \
    --description "Close the gap between the youth rate and the adult rate in steps over a few years (a timetable, e.g. 18-20 first, then 16-17), with a review of jobs at each step: the goal of equal pay, reached slowly enough for small firms to adjust and for employment effects to be watched."
am codebook edit stance modest-rise --label "A modest rise, keep the youth rate" --symbol "◆" --axis 0 \
    --description "Raise the youth rate a little (with prices, or a few points of the adult rate) but keep a separate, lower rate for under-21s: young workers need a raise, but a first job is worth more than its pay, and small firms cannot absorb the adult rate; against both closing the gap and a freeze."
am codebook edit stance freeze-youth-rate --label "Freeze the youth rate" --symbol "▼" --axis -1 \
    --description "Hold the youth rate where it is (no rise this year, or until youth unemployment falls): small firms, cafés and shops are squeezed, young jobseekers are priced out first, a rise would cut hours and shifts; against raising it, modestly or more."
am codebook add-stance cut-youth-rate --label "Cut the youth rate / exempt first jobs" --symbol "▽" --axis -1 \
    --color brown \
    --description "Lower the youth rate, or exempt apprentices, trainees and a first job (e.g. the first six months) from the minimum wage: training costs the employer, young people without experience are shut out of work altogether, a low-paid first job is the door to a career."
am codebook move stance freeze-youth-rate 4
am codebook add-question youth-employment --label "Jobs for the young" \
    --text "Does a higher youth rate cost young people jobs, hours or first chances, or does a lower one keep them in work?"
am codebook add-question fairness-equal-pay --label "Fairness and equal pay" \
    --text "Is a lower wage for the same work at a younger age fair, or is it age discrimination?"
am codebook add-question small-business-costs --label "Small firms' costs" \
    --text "Can small employers (cafés, shops, salons, farms, franchisees) afford a higher youth rate, and what would they cut?"
am codebook add-question training-apprenticeships --label "Training and apprenticeships" \
    --text "Does the youth rate pay for training and apprenticeships, and would a higher rate mean fewer places?"
am codebook add-question cost-of-living --label "Cost of living" \
    --text "Can young workers live on the youth rate, with rent, transport, food and family to support?"
am codebook add-question evidence-from-abroad --label "Evidence from abroad" \
    --text "What happened where other countries raised, phased out or cut their youth minimum wages?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp abolish-youth-rate "abolish the youth rate" "scrap the youth rate" "end the youth rate" \
    "same work, same pay" "same job, same pay" "equal pay for equal work" "full adult rate" \
    "the adult rate now" "adult wage now" "from day one" "age discrimination" \
    "discriminat*" "paid less for being young" "cheaper because" "younger and cheaper" \
    "replaced by a teenager" "replaced by younger" "same rent" "same bus fare" \
    "the landlord doesn't" "no youth discount" "supports a child" "own their own" \
    "living on their own" "no excuse" "no more waiting" "not in five years" "now, not later" \
    "second-class worker*" "second-class" "insult" "exploit*" "cheap labour" "a scandal" \
    "abolition" "abolish it" "an outright end" "unfair by design" "pay them properly"
sp phase-to-adult-rate "phase in" "phased in" "phasing" "phase out the youth rate" \
    "close the gap" "closing the gap" "narrow the gap" "step by step" "in steps" "stepwise" \
    "over three years" "over four years" "over five years" "a timetable" "a glide path" \
    "by 2030" "by 2031" "first the 18-20" "then the 16-17" "each step" "review at each" \
    "pause if" "gradual*" "staged" "a road map" "a clear date" "give firms time" \
    "time to adjust" "the destination is equal pay" "end point" "not overnight" \
    "watch the jobs figures" "monitor employment"
sp modest-rise "a modest rise" "modest increase" "a small rise" "a little more" "in line with prices" \
    "with inflation" "index* to prices" "keep a youth rate" "keep the youth rate" "keep a lower rate" \
    "a separate rate" "a few percent" "a fair raise" "a real-terms rise" "not the adult rate" \
    "too far, too fast" "too fast" "a middle way" "middle course" "sensible rise" \
    "worth more than its pay" "a foot in the door" "a stepping stone" "neither freeze nor" \
    "no freeze" "a freeze would" "cautious rise" "a measured rise" "a percentage of the adult"
sp freeze-youth-rate "freeze the youth rate" "a freeze" "hold the rate" "hold it where it is" \
    "no rise this year" "no increase" "leave it where it is" "not now" "not this year" \
    "until unemployment falls" "until youth unemployment" "squeezed" "margins" "thin margins" \
    "cut hours" "fewer shifts" "cut shifts" "rota*" "priced out" "last in, first out" \
    "can't afford another" "cannot afford another" "energy bills" "another rise" \
    "self-service till*" "kiosk*" "automat*" "breathing space" "pause the rises" \
    "stand still" "a year's pause"
sp cut-youth-rate "cut the youth rate" "lower the youth rate" "a lower rate" "exempt" "exemption*" \
    "first-job" "first job rate" "first six months" "trainee rate" "apprentice rate" \
    "apprentices exempt" "below the minimum" "let them work for less" "willing to work for less" \
    "no experience" "without experience" "unemployable" "shut out" "locked out" \
    "the first rung" "bottom rung" "get on the ladder" "price of training" "training costs" \
    "learning on the job" "pays for their training" "worth the wage" "deregulat*" \
    "let employers decide" "freedom to hire" "red tape"
qp youth-employment "unemployment" "jobless" "jobs" "hiring" "hire" "hours" "shifts" \
    "employment rate" "not in work" "neet*" "first job*" "vacanc*" "laid off" "job loss*"
qp fairness-equal-pay "fair*" "unfair" "equal pay" "discriminat*" "same work" "same job" \
    "dignity" "respect" "justice" "age-based" "younger colleague*" "older colleague*"
qp small-business-costs "small firm*" "small business*" "employer*" "café*" "cafe*" "shop*" \
    "salon*" "franchise*" "farm*" "wage bill" "margin*" "costs" "prices" "owner*" "bakery"
qp training-apprenticeships "apprentic*" "training" "trainee*" "skills" "college" "qualification*" \
    "learning" "placement*" "mentor*" "supervis*" "trade"
qp cost-of-living "rent" "landlord*" "bills" "food" "bus fare*" "transport" "cost of living" \
    "prices" "groceries" "afford" "living on" "support themselves" "family" "childcare"
qp evidence-from-abroad "abroad" "other countries" "netherlands" "dutch" "new zealand" \
    "australia" "britain" "uk" "germany" "ireland" "neighbour*" "elsewhere" "studies" "study"

# 3. the pages, as saved from the web and the user's tools ------------------------------------
# Reader pinned: `--reader 15` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`; ids from the
# file names.
am add --reader 15 --id-from file "$HERE"/raw/*
# what argmap could not read from the pages, or read wrongly: say it (see friction.md)
am meta assembly-petitions-debate-e-petition-41822 --author "National Assembly of Ostrava Minor"
am meta btc-student-council-minutes-2027-11-19 \
    --title "Brodnice Technical College Student Council: minutes of 19 November 2027" \
    --outlet "Brodnice Technical College Student Council" --date 2027-11-19
am meta cohost-jonaskeel-youth-rate-thread --title "ok I need to talk about the youth rate" \
    --author "Jonas Keel (@jonaskeel)"
am meta omfe-briefing-youth-rate-2028-slides-and-speaker-notes \
    --title "The youth rate in 2028: why the Federation is asking for a freeze (members' briefing)" \
    --author "Radek Holan, Director of Policy" --outlet "Ostrava Minor Federation of Employers"
am meta radio-ostrava-the-street-youth-pay-voxpop \
    --title "The Street: should under-21s get the adult minimum wage? (vox pop)" \
    --author "Vojtěch Malý (reporter)" --outlet "Radio Ostrava 1, Drive"
am meta slack-omcc-members-apprentices-and-pay \
    --title "#apprentices-and-pay, OMCC Members (Slack)" --date 2027-11-24
am meta sparks-and-sawdust-blogspot-a-raise-not-a-revolution --title "A raise, not a revolution" \
    --author "Tom Vlasák" --outlet "Sparks and Sawdust (Blogger)" --date 2027-11-23
am meta ussw-same-work-same-pay-campaign --title "Same Work, Same Pay: end the youth rate" \
    --author "United Shop and Service Workers"
# who says what: the vox pop's voices are labelled "WOMAN 1 (Ivana, 52, …):", which argmap
# leaves in the text and gives to the reporter; the Slack export's senders are not read
am batch - <<'SPEAKERS'
speaker radio-ostrava-the-street-youth-pay-voxpop s0003-s0006 ""
speaker radio-ostrava-the-street-youth-pay-voxpop s0011-s0013 "Ivana (flower stall)"
speaker radio-ostrava-the-street-youth-pay-voxpop s0015-s0017 "Dominik (delivery rider)"
speaker radio-ostrava-the-street-youth-pay-voxpop s0018-s0019 "Robert (retired)"
speaker radio-ostrava-the-street-youth-pay-voxpop s0020-s0022 "Petra (nurse)"
speaker radio-ostrava-the-street-youth-pay-voxpop s0024 "Petra (nurse)"
speaker radio-ostrava-the-street-youth-pay-voxpop s0025-s0027 "Jakub (café owner)"
speaker radio-ostrava-the-street-youth-pay-voxpop s0028-s0029 "Bára (student)"
speaker radio-ostrava-the-street-youth-pay-voxpop s0030-s0032 "Ondra (school student)"
speaker slack-omcc-members-apprentices-and-pay s0004-s0007 "Zuzana Holubová (OMCC policy)"
speaker slack-omcc-members-apprentices-and-pay s0009-s0012 "Miloš Vaněk (Vaněk Elektro)"
speaker slack-omcc-members-apprentices-and-pay s0014-s0016 "Renata Šťastná (Salon Renata)"
speaker slack-omcc-members-apprentices-and-pay s0019-s0022 "Tereza Malá (Malá Pekárna)"
speaker slack-omcc-members-apprentices-and-pay s0025-s0026 "Miloš Vaněk (Vaněk Elektro)"
speaker slack-omcc-members-apprentices-and-pay s0028-s0030 "Zuzana Holubová (OMCC policy)"
speaker slack-omcc-members-apprentices-and-pay s0032-s0034 "Jan Doležal (Doležal Farms)"
speaker slack-omcc-members-apprentices-and-pay s0036 "Renata Šťastná (Salon Renata)"
speaker slack-omcc-members-apprentices-and-pay s0039-s0041 "Zuzana Holubová (OMCC policy)"
SPEAKERS

# 4. the annotations, following guide.md: one row per unit in gold.tsv (source, sentence,
#    stance, questions, kind, note, and links by row id), imported in one go ----------------
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta assembly-petitions-debate-e-petition-41822 --note "A petitions debate in the Assembly record: the mover for abolition now, a Centre member for a phase-in by 2031, a rural member for a freeze, a Liberty member for a first-job exemption, the minister for a rise with prices; interventions that answer each other."
am meta btc-student-council-minutes-2027-11-19 --note "A student council's minutes (.odt): a motion to back abolition, the apprentices' rep's amendment for a three-year phase-in (fell), a carpentry rep for a lower apprentice rate; reported speech throughout."
am meta cohost-jonaskeel-youth-rate-thread --note "A youth worker's post that changes its mind (the youth rate was fine; now abolish it), conceding the cafés and Kaltria; a baker for a freeze, a reader for a phase-in, a first-job rate in the last reply."
am meta cww-youth-minimum-wage-questions-answered --note "A think tank's Q&A explainer of accordions: for closing the gap in published steps by 2031; answers abolition, the Government's rise with prices, a freeze and a first-job exemption in turn."
am meta i-own-3-burger-franchises-and-60-of-my-crew-are-under-21-ama --note "A franchise owner's AMA: a lower first-job rate, then a freeze over a small rise; commenters for abolition and a rise with prices answer him."
am meta liberty-party-manifesto-2028-chapter-4-first-jobs --note "A party manifesto's chapter: a First Job Rate and an apprentice exemption, a freeze of the standard rate; attacks abolition, the phase-in and the modest rise together."
am meta marginal-notes-beehiiv-the-gap-is-not-the-point --note "An economist's newsletter: for a rise with prices plus a point; argues mostly against the neighbouring phase-in, then against abolition and the freeze."
am meta omfe-briefing-youth-rate-2028-slides-and-speaker-notes --note "An employers' federation's slides with speaker notes (Markdown): for a freeze; answers the Ministry's modest rise as a phase-in by the back door; refuses a cut; concedes the rents."
am meta ostrava-courier-editorial-youth-rate --note "A newspaper editorial that opens on the case for abolition, then argues for a phase-in on a timetable; answers the freeze and the Government's modest rise."
am meta radio-ostrava-the-street-youth-pay-voxpop --note "A radio vox pop's transcript (.txt): seven voices across the whole scale, from abolition now to a lower first-job rate."
am meta slack-omcc-members-apprentices-and-pay --note "A small-business chamber's Slack channel: tradespeople for a lower or exempt apprentice rate, a baker and a farmer for a rise with prices; the draft ends on both."
am meta small-business-monthly-ask-mira-youth-rate --note "A business magazine's advice column: a café owner's letter and the columnist's answer for a one-year freeze, against the modest rise and the Liberty first-job rate."
am meta sparks-and-sawdust-blogspot-a-raise-not-a-revolution --note "An apprentice's Blogger post: for a rise with prices and a lower rate while learning, against the freeze, abolition, the phase-in and an apprentice exemption; comments."
am meta statistics-om-blog-young-workers-pay --note "A statistics office's blog post with a chart and a table, no verdict: figures are left out of the gold (R5); three sentences that draw a conclusion take the stance it favours."
am meta ussw-same-work-same-pay-campaign --note "A union's campaign page: abolish the youth rate in April 2028; answers the employers' 'chance' and the politicians' phase-in."
for s in assembly-petitions-debate-e-petition-41822 btc-student-council-minutes-2027-11-19 \
    cohost-jonaskeel-youth-rate-thread cww-youth-minimum-wage-questions-answered \
    i-own-3-burger-franchises-and-60-of-my-crew-are-under-21-ama \
    liberty-party-manifesto-2028-chapter-4-first-jobs marginal-notes-beehiiv-the-gap-is-not-the-point \
    omfe-briefing-youth-rate-2028-slides-and-speaker-notes ostrava-courier-editorial-youth-rate \
    radio-ostrava-the-street-youth-pay-voxpop slack-omcc-members-apprentices-and-pay \
    small-business-monthly-ask-mira-youth-rate sparks-and-sawdust-blogspot-a-raise-not-a-revolution \
    statistics-om-blog-young-workers-pay ussw-same-work-same-pay-campaign; do
    am done "$s"   # read in full
done
am validate
