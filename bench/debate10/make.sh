#!/usr/bin/env bash
# Rebuild the held-out Kessmoor fluoridation debate from bench/debate10/raw/ into an empty
# folder, with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate10/make.sh /tmp/debate10      (from the repository root)
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

# 1. the project and its codebook: five stances on fluoridating Kessmoor's water ---------
python3 -m argmap init "$OUT" --name "Should Kessmoor add fluoride to its drinking water?"
am codebook rename stance for fluoridate
am codebook rename stance against too-risky
am codebook rename stance hedged unsure
am codebook edit stance fluoridate --label "Fluoridate" --symbol "▲" \
    --description "Kessmoor should add fluoride to its water at the proposed 0.7 mg per litre, as proposed: it cuts tooth decay in children, most in the poorest wards, the level is safe on the evidence of decades of fluoridated towns, it saves more on dental treatment than it costs, and the council should approve it."
am codebook add-stance with-safeguards --label "Yes, only with safeguards" \
    --symbol "◐" --axis 1 --color "#c8a03a" \
    --description "Kessmoor should fluoridate only under conditions: a lower dose than proposed, independent monitoring of levels and of children's health published every year, free filters or bottled water for infant formula and kidney patients, a review or sunset clause after a set number of years, or only together with a supervised brushing and varnish programme."
am codebook move stance with-safeguards 2
am codebook edit stance too-risky --label "No: the health risk" --symbol "▼" \
    --description "Kessmoor should not fluoridate because of the health risk or the weak evidence: fluoride may harm children's developing brains, causes dental fluorosis and may affect bones, thyroid and kidneys, people cannot control their dose, the chemical carries impurities, and the benefit to teeth is small now that fluoride toothpaste is everywhere."
am codebook add-stance no-consent --label "No: no consent" --symbol "■" --axis -1 \
    --color "#7a4fa0" \
    --description "Kessmoor should not fluoridate because it would medicate everyone through the tap without their individual consent, whatever the science says about safety or benefit: no one can opt out of the public water supply, a council has no business treating people's bodies, and people who want fluoride can choose toothpaste or varnish."
am codebook move stance no-consent 4
am codebook edit stance unsure --label "Not sure yet" --symbol "◆" \
    --description "Takes no side on fluoridating Kessmoor's water: weighs the benefit to children's teeth against the risks and the question of consent without a verdict, says the evidence is mixed or not yet clear, wants more information first, or makes its answer depend on a condition it leaves open."
am codebook add-question decay --label "Children's teeth" \
    --text "How much would fluoridation cut tooth decay in Kessmoor's children: the decay figures, extractions under anaesthetic, the studies of fluoridated towns, and how much benefit is left now that fluoride toothpaste is everywhere?"
am codebook add-question side-effects --label "Health risks and dose" \
    --text "Is fluoride at 0.7 mg per litre safe: dental fluorosis, children's neurodevelopment and IQ, bones, thyroid, kidney patients, babies fed formula made with tap water, the total dose from all sources, and the chemical used and its purity?"
am codebook add-question choice --label "Consent and choice" \
    --text "Is adding fluoride to the public water supply a medical treatment given without individual consent, can people opt out, and should a council decide such a thing for everyone?"
am codebook add-question who-benefits --label "Who benefits" \
    --text "Who gains and who bears the risk: children in the poorer wards and families who never see a dentist, the inequality of decay between wards, and groups who would carry any harm?"
am codebook add-question money --label "Costs and savings" \
    --text "What does fluoridation cost to install and run, who pays, and how much would it save on fillings, extractions and hospital dental care?"
am codebook add-question other-routes --label "Other ways to protect teeth" \
    --text "Could the same benefit come another way: supervised toothbrushing in schools, fluoride varnish, free toothpaste, fluoridated salt or milk, more NHS dentists, less sugar?"
am codebook add-question decision --label "Who decides and how" \
    --text "How should Kessmoor decide: the council vote, a local referendum, the public consultation, the role of the county's public-health director and the water company, and whether people trust the authorities on fluoride?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R13) before any article was written or annotated -------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp fluoridate "should fluoridate" "fluoridate the water" "vote yes" "approve the scheme" \
    "approve fluoridation" "support fluoridation" "in favour of fluoridation" \
    "safe and effective" "fewer fillings" "fewer extractions" "decades of evidence" \
    "seventy years" "proven public health" "get on with it" "no credible evidence" \
    "every child benefits" "works while you sleep" "pays for itself" \
    "myths" "scaremongering" "overwhelming evidence" "benefit* every"
sp with-safeguards "only if" "provided that" "on condition" "as long as" "lower dose" \
    "lower level" "0.5 mg*" "independent monitoring" "monitor* the level*" "publish* every" \
    "sunset clause" "review after" "filter* for" "infant formula" "bottled water" \
    "kidney patients" "safeguard*" "with conditions" "yes but" "alongside a" \
    "varnish programme" "brushing programme" "conditional" "strict monitoring"
sp too-risky "neurotoxi*" "lower iq" "iq points" "brain development" "developing brain*" \
    "fluorosis" "mottl*" "thyroid" "bone fracture*" "skeletal" "toxic" "poison*" \
    "industrial waste" "hexafluorosilicic" "arsenic" "impurit*" "cannot control the dose" \
    "uncontrolled dose" "precautionary" "too risky" "not worth the risk" "health risk*" \
    "harm* children" "topical not systemic" "little benefit" "outdated"
sp no-consent "mass medication" "mass medicat*" "medicat* without" "without consent" \
    "without my consent" "informed consent" "individual consent" "my body" "bodily" \
    "opt out" "can't opt out" "cannot opt out" "freedom of choice" "right to choose" \
    "liberty" "nanny" "forced" "compulsory" "no business" "not the council's" \
    "whatever the science" "even if it is safe" "even if it works" "consent"
sp unsure "not sure" "don't know" "do not know" "can't decide" "undecided" \
    "on the fence" "torn" "mixed evidence" "evidence is mixed" "need more information" \
    "more research" "hard to call" "both sides" "fair points on both" "remains unclear" \
    "not convinced either way" "keep an open mind" "open mind" "depends on" "it depends" \
    "still weighing" "in two minds"
qp decay "decay" "cavit*" "caries" "filling*" "extraction*" "tooth" "teeth" "dental health" \
    "dmft" "five-year-olds" "enamel" "toothache" "general anaesthetic" "dentist*" \
    "oral health" "baby teeth" "rotten"
qp side-effects "fluorosis" "iq" "neuro*" "brain*" "thyroid" "bone*" "kidney*" "renal" \
    "dose" "doses" "toxic*" "safe" "safety" "risk*" "harm*" "mg*" "0.7" "1.5" "formula" \
    "infant*" "pregnan*" "hexafluorosilicic" "chemical*" "arsenic" "lead" "impurit*"
qp choice "consent" "mass medication" "medicat*" "choice" "choose" "opt out" "opt-out" \
    "liberty" "freedom" "rights" "body" "bodies" "ethic*" "autonomy" "forced" \
    "compulsory" "nanny" "paternalis*"
qp who-benefits "eastgate" "deprived" "deprivation" "poorest" "poorer" "poverty" \
    "low-income" "inequalit*" "inequity" "gap" "disadvantaged" "wards" "ward" \
    "families who" "never see a dentist" "vulnerable" "least able"
qp money "cost*" "costing" "pounds" "million" "budget" "savings" "save*" "pay for" "pays" \
    "running cost*" "capital" "value for money" "taxpayer*" "council tax" "spend*" \
    "cheaper" "expensive" "per head"
qp other-routes "toothpaste" "varnish" "brushing" "supervised" "salt" "milk" "nhs dentist*" \
    "dental access" "sugar*" "sugary" "school* programme" "targeted" "free toothbrush*" \
    "dental van" "education" "fissure sealant*" "prevention"
qp decision "vote" "referendum" "ballot" "consultation" "council" "councillor*" \
    "democra*" "mandate" "trust" "director of public health" "dr quist" "quist" \
    "kessmoor water" "decide*" "decision" "public meeting" "petition" "4 march"

# 3. the articles, as saved from the web (HTML), kept as a transcript (Markdown) or as the
#    report's text (plain text) ---------------------------------------------------------
# Reader pinned: `--reader 5` is how argmap read these files when they were annotated (the
# sentence ids in gold.tsv depend on it; a later reader may cut them differently); ids from
# the file names. No file is edited. Reader 5 (and 4) read the Discourse thread as empty
# (every post sits in a `div.topic-post`, and "topic" names a page's topics line), so that
# one page comes in with reader 3, which reads it.
am add --reader 5 --id-from file "$HERE"/raw/*.md "$HERE"/raw/*.txt \
    "$HERE"/raw/open-wide-blog.html "$HERE"/raw/back-page-substack.html \
    "$HERE"/raw/courier-letters.html "$HERE"/raw/wiki-kessmoor-fluoridation.html
am add --reader 3 --id-from file "$HERE"/raw/kessmoor-forum-thread.html
# what argmap could not read from the files, or read wrongly: say it
am meta kessmoor-forum-thread --title "Fluoride in the tap: where is everyone on this?" \
    --author "rowan_t and other members"
am meta courier-letters --author "Seven readers (letters page)"
am meta wiki-kessmoor-fluoridation --author "Wikipedia contributors" --date 2026-12-09
am meta northfell-talking-ep58 --author "Priya Lund" --outlet "Northfell Talking (podcast)"
am meta northfell-evidence-summary \
    --title "Community water fluoridation in Kessmoor: evidence review summary" \
    --outlet "Northfell County Council"

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta open-wide-blog --note "Eastgate dentist's WordPress post for fluoridating: opens with the 'statins in the reservoir' heckle it answers, then what she sees in the chair, Hollin, toothpaste granted but unequal, the IQ review's doses, fluorosis granted, consent taken seriously and answered, the money. (The six readers' comments below it are not read by argmap.)"
am meta back-page-substack --note "Substack newsletter against, on consent alone, in the other side's words: grants that fluoride is safe, effective, cheap and fair, then the one tap no one can leave, rocks versus councillors, why no review can settle it, other routes that parents can refuse, and a referendum that would not change his mind."
am meta kessmoor-forum-thread --note "Discourse thread of eleven posts by seven users: an undecided parent asks, a Hollin-raised yes, a lab worker against on the IQ studies and total dose, a consent objector, a renal nurse's three conditions, two fence-sitters; the starter ends still unsure."
am meta courier-letters --note "Local paper's letters page, nine letters: a Hollin grandmother for; a chemist, a mother of a bottle-fed baby, a reader on the Cochrane review and the Clean Water secretary against on health and evidence; one against on consent; a kidney patient's conditional yes; two readers undecided."
am meta wiki-kessmoor-fluoridation --note "Encyclopedia article: background, the proposal, the arguments in favour and the two kinds of opposition (health; consent) and the middle position reported as voices, scientific assessments left open, a poll."
am meta northfell-talking-ep58 --note "Podcast transcript: the Director of Public Health for, a toxicologist for only with a lower dose, free water for formula, monitoring and a five-year review, the opposition leader against on consent and for a referendum, an undecided listener and host."
am meta northfell-evidence-summary --note "The county's evidence review summary, plain text: benefit real but modest and largest in deprived wards, fluorosis mild, neurodevelopment not shown but not ruled out for formula-fed infants, chemical and costs; supports the scheme only with four safeguards as conditions; uncertainties left open."
for s in back-page-substack courier-letters kessmoor-forum-thread northfell-evidence-summary \
    northfell-talking-ep58 open-wide-blog wiki-kessmoor-fluoridation; do
    am done "$s"   # read in full
done
am validate
