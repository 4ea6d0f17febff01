#!/usr/bin/env bash
# Rebuild the held-out debate on whether the (invented) republic of Selvania should raise its
# state pension age from 65 to 68 by 2035, from bench/debate40/raw/ into an empty folder, with
# argmap's own commands only (no JSON edited by hand).
#   bash bench/debate40/make.sh /tmp/debate40      (from the repository root)
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

# 1. the project and its codebook: three stances, the two sides and a middle one for a slower
#    or conditional rise (a link to life expectancy, exemptions, a review first) or no verdict
python3 -m argmap init "$OUT" --name "Should Selvania raise its state pension age from 65 to 68 by 2035?"
am codebook rename stance for raise-to-68
am codebook rename stance against keep-65
am codebook rename stance hedged slower-or-conditional
am codebook edit stance raise-to-68 --label "Raise the pension age to 68 by 2035" \
    --description "Pass the Pension Age Bill as it stands: the state pension age rises by four months a year from 2027 and reaches 68 in 2035. People draw their pension five years longer than when 65 was set, there are fewer workers per pensioner every year, the National Pension Fund runs a deficit that will empty its reserve, and leaving it to the young to pay is unfair between generations."
am codebook edit stance keep-65 --label "Keep the pension age at 65" \
    --description "Keep 65: manual workers and the poorer regions die younger and are in worse health before 65, so a later age takes most from those with least; older people who lose work cannot find new jobs and would fall on sickness or jobless benefits; close the fund's gap instead with higher contributions, a tax on wealth or more people in work."
am codebook edit stance slower-or-conditional --label "A slower or conditional rise, or no verdict" \
    --description "Neither the Bill as it stands nor 65 for ever: a slower rise (to 67, or 68 later than 2035), an age linked to life expectancy by a fixed rule, exemptions or early pensions for arduous jobs and long careers, credits for years of care, or an independent review of the evidence first; and writers who weigh the figures without a verdict."
am codebook add-question fund-sustainability --label "The fund's deficit" \
    --text "Can the National Pension Fund pay pensions at 65 as the number of workers per pensioner falls, and how much would a later age save?"
am codebook add-question life-expectancy-gaps --label "Who lives longer" \
    --text "Do people live long enough after 65 to justify a later age, and what of the gaps between manual and office workers, regions, and years in good health?"
am codebook add-question older-workers-jobs --label "Work for older people" \
    --text "Can people in their sixties keep or find work, or would a later age push them onto sickness and jobless benefits?"
am codebook add-question intergenerational-fairness --label "Fairness between generations" \
    --text "Is it fair to younger workers to keep the age at 65, or fair to those near retirement to raise it?"
am codebook add-question alternatives-to-raising-age --label "Other ways to pay" \
    --text "Could higher contributions, a wealth tax, more people in work or migration pay for pensions instead of a later age?"
am codebook add-question transition-and-timing --label "Pace and timing" \
    --text "How fast should any rise come, who does it hit first (the cohorts born 1962-1970), and how much notice do they get?"
am codebook add-question gender-and-care --label "Women and care work" \
    --text "How would a later age fall on women, part-time workers and people who care for relatives?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    before any article was written or annotated ---------------------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp raise-to-68 "raising the age" "raise the pension age" "pension age to 68" \
    "68 by 2035" "to 68" "age of 68" "pass the bill" "the bill as it stands" "back the bill" \
    "work longer" "working longer" "living longer" \
    "live longer" "longer lives" "five years longer" "fewer workers" \
    "workers per pensioner" "dependency ratio" "the fund is running out" \
    "reserve will be empty" "empty by" "run dry" "runs dry" "unsustainable" \
    "the sums don't add up" "the arithmetic" "simple arithmetic" \
    "demography" "demographic" "burden on the young" "our children will pay" "the young pay" \
    "younger workers pay" "generational contract" \
    "fair to the young" "unfair to the young" "set in 1968" "since 1968" \
    "no longer fits" "out of date" "long overdue" \
    "face the facts" "other countries have" \
    "healthier than ever" "fit at 65" \
    "skills shortage" "labour shortage"
sp keep-65 "keep 65" "keep the age at 65" "65 is late enough" "65 is enough" \
    "scrap the bill" "stop the bill" "withdraw the bill" "hands off our pension*" \
    "die before" "dead before" "never draw" "worn out" "worn-out" \
    "broken bodies" "bad backs" "shift work" "manual worker*" \
    "building site*" "miners" "bricklayer*" \
    "the poorest die" "die younger" "rich live longer" \
    "no one will hire" "nobody hires" "too old to hire" "age discrimination" \
    "ageism" "thrown on the scrapheap" "scrapheap" "sick pay" "on benefits" "disability benefit*" \
    "tax wealth" "tax the wealthy" "wealth tax" "tax the rich" \
    "higher contributions" "raise contributions" "employers pay more" \
    "a pension cut" "a cut by another name" "stolen years" \
    "betrayal" "broken promise" "we paid in" "we paid for" "earned it" \
    "strike"
sp slower-or-conditional "slower rise" "a slower pace" "more slowly" "later than 2035" \
    "by 2040" "to 67" "link to life expectancy" "linked to life expectancy" \
    "automatic link" "a fixed rule" "formula" \
    "two thirds of adult life" "exemption*" "arduous" "heavy work" \
    "long careers" "45 years of contributions" "early pension" "partial pension" \
    "phased retirement" "care credits" "credits for care" \
    "an independent review" "independent commission" "review first" \
    "too soon to say" "no verdict" "not our job" "we take no view" \
    "on the one hand" "on the other hand" "it depends" "depends on" \
    "both sides" "trade-off*" "not so simple" "middle way" "compromise" \
    "with safeguards" "only if" "provided that" \
    "pause the bill" "amend the bill" "an amendment" \
    "more notice" "ten years' notice"
qp fund-sustainability "fund" "National Pension Fund" "NPF" "deficit" "reserve" \
    "dependency ratio" "workers per pensioner" "contributors" "% of GDP" "per cent of GDP" \
    "spending on pensions" "pension bill" "solvency" "sustainab*" "shortfall" "savings" \
    "actuary" "actuarial" "projection*"
qp life-expectancy-gaps "life expectancy" "live longer" "living longer" "die younger" \
    "healthy life" "years in good health" "good health" "mortality" "death*" "lifespan" \
    "manual worker*" "Dravenna" "poorest fifth" "richest fifth" "income fifth" "health gap" \
    "gap in life"
qp older-workers-jobs "older workers" "over-60s" "over 60" "in their sixties" "employment rate" \
    "jobs" "hire" "hiring" "employer*" "unemploy*" "jobless" "sick* benefit*" \
    "disability benefit*" "retrain*" "scrapheap" "age discrimination" "ageism" "labour market"
qp intergenerational-fairness "generation*" "younger workers" "the young" "young people" \
    "our children" "grandchildren" "born in 1990" "millennials" "fair to" "unfair to" \
    "fairness" "boomers"
qp alternatives-to-raising-age "contribution*" "wealth tax" "tax wealth" "tax the rich" \
    "payroll" "migration" "migrants" "immigration" "productivity" "employers' share" \
    "instead of" "other ways" "alternative*" "tax rise*"
qp transition-and-timing "2027" "2035" "2040" "four months a year" "phase* in" "pace" \
    "timetable" "notice" "born in 1962" "born in 1970" "born between" "cohort*" \
    "transition*" "too fast" "too quickly" "overnight"
qp gender-and-care "women" "woman" "mothers" "gender" "care work" "carers" "caring" \
    "care for" "part-time" "pension gap" "grandparents" "childcare"

# 3. the pages, as saved from the web and the user's tools ------------------------------------
# Reader pinned: `--reader 17` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`; ids from the
# file names.
am add --reader 17 --id-from file "$HERE"/raw/*
# what argmap could not read from the pages, or read wrongly: say it (see friction.md)
am meta pension-age-health-and-work-at-older-ages --author "Selvanian Statistics Office (Mirela Dobos)"
am meta carers-selvania-policy-brief-pension-age-and-care-8a41c2e7f0b94d3e9c1a \
    --author "Irena Kos, Carers Selvania" --outlet "Carers Selvania (Notion export)"
am meta letters-the-pension-age-the-selvanian-courier --author "Five readers (letters to the editor)"
am meta npf-valuation-2026-summary --outlet "Office of the Chief Actuary (R Markdown report)"
am meta retirement-planning-born-1966-in-selvania-should-i-plan-for-a-pension \
    --author "sparky_marren (asker) and answerers" --outlet "Personal Finance & Money Stack Exchange"
am meta pension-age-bill-second-reading-minister-teodor-vasko-speech-gov-sv \
    --author "Teodor Vasko, Minister of Labour and Social Security"
am meta working-longer-growing-stronger-sec-briefing-to-mps-slides \
    --title "Working longer, growing stronger: SEC briefing to MPs (slides)" \
    --outlet "Selvanian Employers' Council"
# who says what: the letters page's five writers sign below their letters, which argmap drops
am batch - <<'SPEAKERS'
speaker letters-the-pension-age-the-selvanian-courier s0005-s0010 "Josef Hadek"
speaker letters-the-pension-age-the-selvanian-courier s0012-s0016 "Lea Moravcik"
speaker letters-the-pension-age-the-selvanian-courier s0018-s0021 "Hana Vrbova"
speaker letters-the-pension-age-the-selvanian-courier s0023-s0028 "Ivo Stastny"
speaker letters-the-pension-age-the-selvanian-courier s0030-s0033 "Marek Holub"
SPEAKERS

# 4. the annotations, following guide.md: one row per unit in gold.tsv (source, sentence,
#    stance, questions, kind, note, and links by row id), imported in one go ----------------
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta pension-age-health-and-work-at-older-ages --note "A statistics office bulletin (tables, figures, 'Download this table'): no verdict; captions and notes that conclude are evidence for the statistician's weighing (R5, R6); plain main points not annotated."
am meta npf-valuation-2026-summary --note "An actuary's valuation summary rendered from R Markdown (code chunks, a tibble, a kable table): no verdict; three levers weighed, who bears each (R5)."
am meta four-pension-claims-checked-ahead-of-the-bill-vote-checkpoint-selvania --note "A fact-check page with ClaimReview JSON-LD: four claims from each side quoted; findings that bear a claim out or cut it down (R8); a no-verdict bottom line."
am meta gwu-leaflet-65-is-late-enough-oct2026 --note "A union leaflet as pdftotext gives it (bullets, hyphenation, page footers): opens with the government's three arguments, then keep 65 with contributions and a wealth tax; against exemptions and a link."
am meta working-longer-growing-stronger-sec-briefing-to-mps-slides --note "An employers' briefing as reveal.js slides with speaker notes: pass the Bill as it stands; concedes the life expectancy gap; against exemptions, a slower rise and higher contributions."
am meta pension-age-rising-to-68-your-questions-answered-velisa-daily --note "A newspaper explainer of FAQ accordions ('What happens if I was born in 1970?'): plain answers, and the government's, the unions', the amendment's and carers' cases reported (R7)."
am meta ana-krel-interview-pension-age --note "A Q&A interview with a pension economist: for a life-expectancy link, a long-career rule and a small contribution rise; concedes points to both sides; the interviewer's challenges (R9)."
am meta i-was-wrong-about-65-dario-fenn-velisa-daily-opinion --note "A column that changes its mind (R14): opens on the writer's old case for 65, turns to the Bill; concedes the gap; against the slower amendment and the unions."
am meta letters-the-pension-age-the-selvanian-courier --note "A letters page: a retired miner for 65, a young worker for 68, a nurse for care credits, a reply to the columnist with irony, a joiner for 68 only with a long-career exit."
am meta retirement-planning-born-1966-in-selvania-should-i-plan-for-a-pension --note "A Stack Exchange question with answers and comments: plan for 68 (accepted); a slower rise and 65 answers (not read by argmap, friction.md); comments answer each other."
am meta pension-age-bill-second-reading-minister-teodor-vasko-speech-gov-sv --note "A minister's second-reading speech on a government site: opens on a nurse's case against the Bill (R15), then the fund, fairness between generations; against contributions and the slower amendment."
am meta carers-selvania-policy-brief-pension-age-and-care-8a41c2e7f0b94d3e9c1a --note "A carers' charity's policy brief exported from Notion (properties table, callout): a rise only with care credits and a slower pace; concedes the deficit; answers the unions and the minister."
am meta 68-by-2035-who-here-can-actually-do-it-off-the-clock-sitetalk --note "A Discourse forum thread of tradespeople: keep 65 from worn bodies and hiring; one electrician for the Bill who comes round to a long-career exit; quotes, irony, an emoji."
am meta pensioners-alliance-november-bulletin-the-1962-generation --note "A pensioners' association's Mailchimp newsletter: no position on the age; delay the first step for notice; a members' survey reported both ways; the chair for a link to life expectancy."
for s in 68-by-2035-who-here-can-actually-do-it-off-the-clock-sitetalk ana-krel-interview-pension-age \
    carers-selvania-policy-brief-pension-age-and-care-8a41c2e7f0b94d3e9c1a \
    four-pension-claims-checked-ahead-of-the-bill-vote-checkpoint-selvania \
    gwu-leaflet-65-is-late-enough-oct2026 i-was-wrong-about-65-dario-fenn-velisa-daily-opinion \
    letters-the-pension-age-the-selvanian-courier npf-valuation-2026-summary \
    pension-age-bill-second-reading-minister-teodor-vasko-speech-gov-sv \
    pension-age-health-and-work-at-older-ages \
    pension-age-rising-to-68-your-questions-answered-velisa-daily \
    pensioners-alliance-november-bulletin-the-1962-generation \
    retirement-planning-born-1966-in-selvania-should-i-plan-for-a-pension \
    working-longer-growing-stronger-sec-briefing-to-mps-slides; do
    am done "$s"   # read in full
done
am validate
