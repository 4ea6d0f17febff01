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

# 3. the pages, as saved from the web and the user's tools ------------------------------------
# Reader pinned: `--reader 16` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`; ids from the
# file names. The journal's JATS XML (raw/*.xml, as downloaded) is read by argmap as plain
# text, tags and all, so it was saved again under .html (the same bytes) and that copy added.
am add --reader 16 --id-from file "$HERE"/raw/*.html "$HERE"/raw/*.txt
# what argmap could not read from the pages, or read wrongly: say it (see friction.md)
am meta arxiv-2711-08842-pastel-experiment-design --outlet "arXiv (physics.ao-ph)"
am meta consultation-response-ea-2027-0413-lhovar-herding-council \
    --title "Consultation response on permit application EA/2027/0413 (PASTEL): Lhovar Herding Council" \
    --author "Lhovar Herding Council (Áile Somby-Nilsen, Environmental Officer)" --date 2028-01-11
am meta egusphere-2027-1193-rc2-anonymous-referee-2 --author "Anonymous Referee #2" \
    --outlet "EGUsphere (preprint under review for ACP)"
am meta ese-2028-0007-the-small-release-is-not-small \
    --title "The small release is not small: why Pellavia should refuse the first permit for a solar geoengineering experiment" \
    --author "Nadia Enk, Farid Ebrahimi-Lagerkvist" --outlet "Earth System Ethics" --date 2028-01-22
am meta ncsd-2027-panel-4-should-we-fly-rev-transcript --author "Linnea Strand (chair) and four panellists" \
    --outlet "Nordic Climate Science Days 2027 (Rev.com transcript)"
am meta open-letter-refuse-the-pastel-permit --author "412 academics (Solar Geoengineering Non-Use)" \
    --date 2027-11-29
am meta pubpeer-arxiv-2711-08842-pastel --author "PubPeer commenters and the authors" \
    --outlet "PubPeer" --date 2027-11-19
am meta tildes-enviro-pellavia-stratospheric-release --author "strat_ozone_grad and commenters"
am meta ureb-minutes-2027-12-04-item-4-pastel \
    --title "Minutes of the meeting of the Research Ethics Board, 4 December 2027" \
    --author "Kari Vestby (Secretary)" --outlet "University of Corvenna Research Ethics Board" \
    --date 2027-12-04
# who says what: PubPeer's commenters are read as the previous author's words, the minutes'
# reported speech and the Q&A's answers have no speaker, the referee report's reply has none,
# the Rev.com transcript's "Name (00:41):" labels are kept as sentences and give no speaker
am batch - <<'SPEAKERS'
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0005-s0007 "Linnea Strand"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0009-s0012 "Ilse Marrow-Quint"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0014 "Linnea Strand"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0016-s0019 "Tevita Fonoti-Kaale"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0021 "Linnea Strand"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0023-s0025 "Hedda Brun"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0027 "Ravi Anand-Moe"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0029 "Linnea Strand"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0031-s0035 "Ravi Anand-Moe"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0037-s0039 "Hedda Brun"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0041-s0042 "Tevita Fonoti-Kaale"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0044-s0045 "Linnea Strand"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0047-s0049 "Ilse Marrow-Quint"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0051-s0052 "Tevita Fonoti-Kaale"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0054-s0055 "Ravi Anand-Moe"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0057 "Audience Member"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0059-s0061 "Hedda Brun"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0063-s0065 "Tevita Fonoti-Kaale"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0067-s0069 "Linnea Strand"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0071 "Ilse Marrow-Quint"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0073 "Tevita Fonoti-Kaale"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0075 "Hedda Brun"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0077 "Ravi Anand-Moe"
speaker ncsd-2027-panel-4-should-we-fly-rev-transcript s0079-s0080 "Linnea Strand"
speaker pubpeer-arxiv-2711-08842-pastel s0003-s0007 "Lycorma deliciens"
speaker pubpeer-arxiv-2711-08842-pastel s0011-s0015 "Ctenophorus pictus"
speaker pubpeer-arxiv-2711-08842-pastel s0020-s0024 "Nothobranchius furzeri"
speaker pubpeer-arxiv-2711-08842-pastel s0025-s0028 "Lycorma deliciens"
speaker ureb-minutes-2027-12-04-item-4-pastel s0005 ""
speaker ureb-minutes-2027-12-04-item-4-pastel s0011 "Ragnhild Sæther (Chair)"
speaker ureb-minutes-2027-12-04-item-4-pastel s0012-s0015 "Ilse Marrow-Quint (applicant)"
speaker ureb-minutes-2027-12-04-item-4-pastel s0016-s0018 "Karim Oduya"
speaker ureb-minutes-2027-12-04-item-4-pastel s0019-s0022 "Elle Márjá Gaup (Lhovar Herding Council)"
speaker ureb-minutes-2027-12-04-item-4-pastel s0023-s0025 "Tomas Halvarsson"
speaker ureb-minutes-2027-12-04-item-4-pastel s0026-s0028 "Birgitte Vold"
speaker ureb-minutes-2027-12-04-item-4-pastel s0029-s0030 "Jens Aune"
speaker ureb-minutes-2027-12-04-item-4-pastel s0031-s0032 "Ilse Marrow-Quint (applicant)"
speaker ureb-minutes-2027-12-04-item-4-pastel s0033 "Elle Márjá Gaup (Lhovar Herding Council)"
speaker ureb-minutes-2027-12-04-item-4-pastel s0034-s0039 "Research Ethics Board"
speaker egusphere-2027-1193-rc2-anonymous-referee-2 s0007-s0045 "Anonymous Referee #2"
speaker egusphere-2027-1193-rc2-anonymous-referee-2 s0048-s0052 "Ilse Marrow-Quint (AC1, authors' reply)"
speaker meridian-qa-fenwick-arnesen-why-i-stopped s0009-s0011 "Jonas Everitt-Lund (interviewer)"
speaker meridian-qa-fenwick-arnesen-why-i-stopped s0012-s0014 "Oda Fenwick-Arnesen"
speaker meridian-qa-fenwick-arnesen-why-i-stopped s0015 "Jonas Everitt-Lund (interviewer)"
speaker meridian-qa-fenwick-arnesen-why-i-stopped s0016-s0019 "Oda Fenwick-Arnesen"
speaker meridian-qa-fenwick-arnesen-why-i-stopped s0020 "Jonas Everitt-Lund (interviewer)"
speaker meridian-qa-fenwick-arnesen-why-i-stopped s0021-s0026 "Oda Fenwick-Arnesen"
speaker meridian-qa-fenwick-arnesen-why-i-stopped s0027-s0028 "Jonas Everitt-Lund (interviewer)"
speaker meridian-qa-fenwick-arnesen-why-i-stopped s0029-s0033 "Oda Fenwick-Arnesen"
speaker meridian-qa-fenwick-arnesen-why-i-stopped s0034 "Jonas Everitt-Lund (interviewer)"
speaker meridian-qa-fenwick-arnesen-why-i-stopped s0035-s0037 "Oda Fenwick-Arnesen"
speaker meridian-qa-fenwick-arnesen-why-i-stopped s0038 "Jonas Everitt-Lund (interviewer)"
speaker meridian-qa-fenwick-arnesen-why-i-stopped s0039-s0042 "Oda Fenwick-Arnesen"
speaker meridian-qa-fenwick-arnesen-why-i-stopped s0043 "Jonas Everitt-Lund (interviewer)"
speaker meridian-qa-fenwick-arnesen-why-i-stopped s0044-s0046 "Oda Fenwick-Arnesen"
speaker meridian-qa-fenwick-arnesen-why-i-stopped s0047 "Jonas Everitt-Lund (interviewer)"
speaker meridian-qa-fenwick-arnesen-why-i-stopped s0048-s0050 "Oda Fenwick-Arnesen"
SPEAKERS

# 4. the annotations, following guide.md: one row per unit in gold.tsv (source, sentence,
#    stance, questions, kind, note, and links by row id), imported in one go ----------------
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta arxiv-2711-08842-pastel-experiment-design --note "The PASTEL team's arXiv abstract page: the case for the trial (model spread, a de minimis release, national permit enough, urgency); concedes the moral-hazard worry; the Comments field answers the referees' govern-first request."
am meta consultation-response-ea-2027-0413-lhovar-herding-council --note "The Lhovar Herding Council's consultation response form (.txt, form labels and ticked boxes): refuse the permit and ban solar geoengineering; consent not consultation; concedes the chemistry and the rain-on-snow harms; rejects conditions (the govern-first route)."
am meta egusphere-2027-1193-rc2-anonymous-referee-2 --note "An open peer-review report on the design paper: praises the science at length, then asks that the flight wait for governance (register, independent board, consent); against both the urgency argument and a non-use ban; the authors' reply answers it."
am meta ese-2028-0007-the-small-release-is-not-small --note "A JATS perspective article (saved as .html): opens on the case for the experiment, then refuse the permit and sign a non-use agreement; lock-in, termination shock, whose sky; attacks the govern-first position."
am meta meridian-qa-fenwick-arnesen-why-i-stopped --note "A science magazine Q&A with a modeller who signed the letter: concedes the data would be useful and the release harmless, then argues for non-use (institutions are not plumes, termination shock, moral hazard); her former govern-first view."
am meta ncsd-2027-panel-4-should-we-fly-rev-transcript --note "A conference panel's Rev.com transcript (.txt): the PI and a modeller for the trial, an island negotiator for non-use, an ethicist for governance first; they answer each other."
am meta open-letter-refuse-the-pastel-permit --note "An open letter with a long signatory list: refuse the permit and support a non-use agreement; concedes the release is physically trivial; answers the middle path and the 'ignorance is not safety' argument."
am meta psas-position-statement-outdoor-sai-experiments --note "A scientific society's position statement: opens on the critics' case for halting research, then supports small experiments under national review; against making each experiment wait for global rules (its key points box is not read)."
am meta pubpeer-arxiv-2711-08842-pastel --note "PubPeer comments on the preprint: a sampling critique and a funding question (govern first), a scale critique (slippery slope, ban), the authors' replies for the trial."
am meta thin-air-58-neither-the-balloon-nor-the-ban --note "A science-policy newsletter (Buttondown): opens on the writer's first instinct to sign the ban letter, then governance first, attacking the team and the society and the ban camp in turn."
am meta tildes-enviro-pellavia-stratospheric-release --note "A Tildes thread: a PhD student for the trial, a policy researcher for governance first, a commenter and an islander for a ban, a statistician in between; replies answer each other."
am meta ureb-minutes-2027-12-04-item-4-pastel --note "A university ethics board's minutes (intranet page): the applicant and two members for the trial, the Lhovar nominee against, the philosopher and the public-health member for conditions first; the Board defers its opinion until oversight and consent exist."
am meta vielc-memorandum-of-advice-pea-pastel --note "A law clinic's memorandum of advice to the PEA (.txt): opens on the narrow reading that permits the trial, then advises deferral until notification, independent review and consent; answers the ENMOD argument and a ban."
for s in arxiv-2711-08842-pastel-experiment-design \
    consultation-response-ea-2027-0413-lhovar-herding-council \
    egusphere-2027-1193-rc2-anonymous-referee-2 ese-2028-0007-the-small-release-is-not-small \
    meridian-qa-fenwick-arnesen-why-i-stopped ncsd-2027-panel-4-should-we-fly-rev-transcript \
    open-letter-refuse-the-pastel-permit psas-position-statement-outdoor-sai-experiments \
    pubpeer-arxiv-2711-08842-pastel thin-air-58-neither-the-balloon-nor-the-ban \
    tildes-enviro-pellavia-stratospheric-release ureb-minutes-2027-12-04-item-4-pastel \
    vielc-memorandum-of-advice-pea-pastel; do
    am done "$s"   # read in full
done
am validate
