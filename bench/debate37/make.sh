#!/usr/bin/env bash
# Rebuild the held-out debate on whether the (invented) state of Pellavia should allow an outdoor
# field trial of solar geoengineering (a small stratospheric aerosol release by a university
# team), from bench/debate37/raw/ into an empty folder, with argmap's own commands only (no JSON
# edited by hand).
#   bash bench/debate37/make.sh /tmp/debate37      (from the repository root)
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

# 1. the project and its codebook: three stances on one ordered scale, from approving the trial
#    now (+1), through no trial until international rules, consent and independent oversight
#    exist (0, a middle with a verdict), to banning solar geoengineering outright (-1)
python3 -m argmap init "$OUT" --name "Should Pellavia allow an outdoor field trial of stratospheric aerosol injection?"
am codebook rename stance for approve-trial
am codebook rename stance hedged govern-first
am codebook rename stance against ban-geoengineering
am codebook edit stance approve-trial --label "Approve the field trial" --symbol "▲" --axis 1 \
    --description "Let the Corvenna team's small stratospheric release (PASTEL, about 1.5 kg of SO2 from a balloon at ~20 km) go ahead under the national permit: models cannot settle aerosol microphysics without real-world data, the release is tiny and short-lived, and the risk of unchecked warming is worse than the risk of learning."
am codebook edit stance govern-first --label "Govern first, no trial yet" --symbol "◆" --axis 0 \
    --description "No outdoor release until international rules, the consent of those affected and independent oversight exist (a multilateral register, a public-engagement process, a funder-independent review board); not a ban: laboratory and modelling research go on, and a trial could follow once governance is in place; faults both the rush to fly and the call to forbid."
am codebook edit stance ban-geoengineering --label "Ban solar geoengineering" --symbol "▼" --axis -1 \
    --description "Refuse the trial and work for a ban (a non-use agreement) on developing solar geoengineering, outdoor experiments included: it is a moral hazard that weakens emission cuts, deployment would risk termination shock, one state or team cannot legitimately meddle with a sky everyone shares, and a small trial is the first step of a slippery slope."
am codebook move stance govern-first 2
am codebook add-question physical-risk --label "Physical risk of the release" \
    --text "Could the release itself harm the ozone layer, weather or health, or is its physical footprint negligible?"
am codebook add-question moral-hazard --label "Moral hazard" \
    --text "Would research on (or a trial of) solar geoengineering weaken the will to cut emissions?"
am codebook add-question governance-consent --label "Governance and consent" \
    --text "Who has the right to decide, whose consent is needed, and what rules and oversight must exist first?"
am codebook add-question research-value --label "Value of the research" \
    --text "Would the trial produce knowledge that models and laboratories cannot, and is it good science?"
am codebook add-question climate-urgency --label "Climate urgency" \
    --text "Does the pace of warming and its harms justify researching a way to cool the planet?"
am codebook add-question global-justice --label "Global justice" \
    --text "Who bears the risks and who decides: the global South, small island states, Indigenous peoples, future generations?"
am codebook add-question reversibility --label "Reversibility and lock-in" \
    --text "Is the trial (and any later deployment) reversible, or does it lead to lock-in and termination shock?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp approve-trial "let the experiment fly" "let it fly" "approve the trial" "approve pastel" \
    "grant the permit" "the permit should be granted" "go ahead with" "should proceed" \
    "proceed with the release" "real-world data" "real-world measurement*" "in situ" \
    "observational constraint*" "constrain the model*" "model uncertainty" "parameteri*" \
    "microphysic*" "coagulation" "particle size distribution" "plume evolution" \
    "negligible" "de minimis" "vanishingly small" "a few kilograms" "1.5 kg" \
    "less than a single" "a long-haul flight" "orders of magnitude smaller" \
    "knowledge is not deployment" "studying is not deploying" "ignorance is not safety" \
    "the risk of not knowing" "the cost of ignorance" "freedom of inquiry" "academic freedom" \
    "open data" "transparent by design" "publish everything" "small-scale experiment*" \
    "well-characterised" "scientifically justified" "we need the data" "informed decision*" \
    "decision-relevant" "better to know" "we would rather know" "the worse risk" \
    "overshoot" "blocking research" "a taboo on research" "taboo" "delay is itself" \
    "research is not a commitment"
sp govern-first "govern first" "governance first" "governance before" "not yet" "not until" \
    "until governance" "until rules" "international rules" "international framework" \
    "multilateral" "a global register" "registry" "independent oversight" \
    "independent review board" "funder-independent" "prior informed consent" "free, prior" \
    "public engagement" "deliberative" "citizens' panel" "social licence" "stage-gate*" \
    "stopping rule*" "a pause" "premature" "sequencing" "in the right order" "the right order" \
    "cart before the horse" "neither ban nor" "neither a ban" "both camps" "both sides" \
    "false choice" "legitimacy" "legitimate process" "accountab*" "mandate" \
    "conditional support" "on conditions" "once governance" "when the rules exist" \
    "laboratory and modelling" "indoor research" "keep researching, don't release" \
    "a framework first" "code of conduct" "oxford principles" "transparency alone"
sp ban-geoengineering "non-use agreement" "non-use" "ban solar geoengineering" "ban it" \
    "outright ban" "prohibit*" "forbid" "refuse the permit" "deny the permit" \
    "reject the application" "moral hazard" "mitigation deterrence" "fossil fuel interests" \
    "licence to pollute" "excuse to keep burning" "distraction" "false solution" \
    "techno-fix" "technofix" "hubris" "playing god" "slippery slope" "foot in the door" \
    "thin end of the wedge" "normalis*" "normaliz*" "termination shock" "abrupt warming" \
    "lock-in" "locked in" "addict*" "ungovernable" "cannot be governed" "no one can consent" \
    "shared sky" "the sky belongs" "the commons" "unilateral*" "meddl*" "tamper*" \
    "monsoon" "rainfall patterns" "weaponi*" "militar*" "enmod" "no safe dose" \
    "there is no small" "never be reversed" "we refuse" "cut emissions instead" \
    "the only answer is"
qp physical-risk "ozone" "stratospheric chemistry" "sulphate" "sulfate" "so2" "sulphur" \
    "sulfur" "plume" "heating of the" "acid*" "health" "harm*" "toxic*" "radiative" \
    "w m-2" "tg" "kg"
qp moral-hazard "moral hazard" "mitigation deterrence" "emission cuts" "cut emissions" \
    "decarboni*" "net zero" "fossil" "complacen*" "distract*" "excuse"
qp governance-consent "governance" "consent" "permit" "regulat*" "oversight" "treaty" \
    "convention" "cbd" "enmod" "who decides" "legitima*" "accountab*" "ethics" "register*" \
    "consultation"
qp research-value "data" "model*" "measurement*" "experiment*" "observ*" "uncertaint*" \
    "hypothes*" "instrument*" "science" "scientific" "knowledge" "findings" "publish*"
qp climate-urgency "warming" "1.5 degrees" "two degrees" "degrees" "heatwave*" "tipping point*" "overshoot" \
    "emergency" "urgen*" "carbon budget" "climate risk*" "extreme weather"
qp global-justice "global south" "small island*" "indigenous" "lhovar" "future generations" \
    "vulnerable" "colonial*" "equity" "justice" "unjust" "the poorest" "sovereign*" "affected" \
    "ardent islands"
qp reversibility "reversib*" "irreversib*" "termination" "lock-in" "locked in" "slippery" \
    "path dependen*" "momentum" "exit" "stop at any time" "weeks" "lifetime" "residence time"
