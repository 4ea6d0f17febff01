#!/usr/bin/env bash
# Annotation of seeds/002_8da21d430adc44a5.txt (annotator: analyst), per codebook + guide R1-R12.
# Re-runnable: annotate on the same sentence by the same annotator updates the claim.
set -euo pipefail
cd /work/main
export ARGMAP_ANNOTATOR=analyst
S=002
a() { argmap annotate "$S" "$@" | head -1 | cut -d' ' -f1; }
rel() { argmap relate "$1" "--$2" "$3" >/dev/null; }

# --- Standfirst: framing and thesis
C01=$(a --sentence s0001 --stance pro-autonomy -q burden-sharing --note "voice: US government (Trump). R4/R5/R9: US pressure on Europe to spend more is read as a call for Europe to carry more of its own defence.")
C03=$(a --sentence s0003 --stance pro-autonomy -q three-ds -q burden-sharing --note "Thesis of the article.")
C02=$(a --sentence s0002 --stance pro-autonomy -q burden-sharing -q transatlantic-partnership --supports "$C03")
C04=$(a --sentence s0004 --stance pro-autonomy -q transatlantic-partnership --supports "$C03" --note "Reducing reliance argued as serving US influence (proposed R13).")

# --- A legacy of dependence
C06=$(a --sentence s0006 --stance pro-autonomy -q defence-industry -q capability-gap --kind evidence --supports "$C02" --note "R3: background used for the dependence claim; 'operational control' = command structures (R10).")
C07=$(a --sentence s0007 --stance pro-us-primacy -q three-ds --note "voice: US government (Albright's three Ds). R5: US opposition to European initiatives that would diminish its influence; attacked by the author in s0008 and s0073.")
C08=$(a --sentence s0008 --stance pro-autonomy -q three-ds -q burden-sharing --attacks "$C07" --supports "$C03")
C09=$(a --sentence s0009 --stance pro-autonomy -q us-guarantee -q burden-sharing -q transatlantic-partnership --supports "$C08" --note "R8: US shifting focus to the Indo-Pacific; autonomy argued as aligned with US interests (proposed R13).")

# --- The transatlantic incentive structure
C11=$(a --sentence s0011 --stance pro-autonomy -q transatlantic-partnership --supports "$C03" --note "Borderline: not a call to keep relying on the US but a claim that the US must help change the structure that keeps Europe dependent (with s0012: 'active US involvement and concessions'); the aim is less dependence, so pro-autonomy, not hedged (R6).")
C12=$(a --sentence s0012 --stance pro-autonomy -q defence-industry -q capability-gap --supports "$C11")

# --- The defence-industry relationship
C14=$(a --sentence s0014 --stance pro-autonomy -q defence-industry --supports "$C12" --note "Topic claim of the section: causes of industrial dependency.")
C15=$(a --sentence s0015 --stance pro-autonomy -q defence-industry --kind evidence --supports "$C14" --note "R3.")
C16=$(a --sentence s0016 --stance pro-autonomy -q defence-industry --kind evidence --supports "$C14" --note "R3/R7: cost and time of domestic development named as a cause of dependency to be reduced, not as an argument against autonomy.")
C17=$(a --sentence s0017 --stance pro-autonomy -q defence-industry --kind evidence --supports "$C14" --note "R3: 'non-tangible effects of armament imports'.")
C18=$(a --sentence s0018 --stance pro-autonomy -q defence-industry --supports "$C14")
C19=$(a --sentence s0019 --stance pro-autonomy -q defence-industry --kind evidence --supports "$C18" --note "R3: US sales incentives (ERIP, FMS) used as evidence of dependence; R5 not applied to evidence (proposed R14).")
C20=$(a --sentence s0020 --stance pro-autonomy -q defence-industry --supports "$C18" --note "Concessive 'while' clause does not make it two-sided (proposed R15).")
C22=$(a --sentence s0022 --stance pro-autonomy -q defence-industry -q three-ds --supports "$C12")
C21=$(a --sentence s0021 --stance pro-autonomy -q defence-industry -q three-ds --kind evidence --supports "$C22" --note "R3: Buy American Act and US criticism of EDF/PESCO used as evidence of 'conflicting policies'; R5 not applied to evidence (proposed R14).")
C23=$(a --sentence s0023 --stance pro-autonomy -q three-ds -q defence-industry --supports "$C22")

# --- Capabilities and operational dependence
C25=$(a --sentence s0025 --stance pro-autonomy -q capability-gap --kind evidence --supports "$C12" --note "R3/R10: dependence on US enablers.")
C26=$(a --sentence s0026 --stance pro-autonomy -q capability-gap -q defence-industry --kind evidence --supports "$C12" --note "R3.")
C27=$(a --sentence s0027 --stance pro-autonomy -q capability-gap --supports "$C12" --note "R10: command structures.")
C28=$(a --sentence s0028 --stance pro-autonomy -q capability-gap --supports "$C12")
C29=$(a --sentence s0029 --stance pro-autonomy -q capability-gap --kind evidence --supports "$C12" --note "R3: doctrinal dependence (MDO).")

# --- From transactional to transformative cooperation
C33=$(a --sentence s0033 --stance hedged -q burden-sharing -q capability-gap -q transatlantic-partnership --note "R6: European capabilities and reinforced transatlantic cooperation held together as one plan.")
C31=$(a --sentence s0031 --stance pro-autonomy -q burden-sharing --supports "$C33" --note "First clause reports the US position (R5/R9); the evaluation (no coherent US strategy) is the author's.")
C32=$(a --sentence s0032 --stance pro-autonomy -q burden-sharing --supports "$C33" --note "Prediction: no help from the Trump administration, hence 'Therefore, Europe must take the initiative'.")
C34=$(a --sentence s0034 --stance hedged -q transatlantic-partnership -q burden-sharing --supports "$C33" --note "R6: joint US-European strategy, neither autonomy nor US leadership.")
C35=$(a --sentence s0035 --stance pro-autonomy -q transatlantic-partnership -q us-guarantee --supports "$C33" --note "R8 (US shifting focus to the Indo-Pacific, declining relative power); proposed R13.")

# --- 1. Rebalancing the industrial relationship
C42=$(a --sentence s0042 --stance hedged -q defence-industry --note "R6: licensed production in Europe of products already procured (US systems), argued for its benefit to the US; a complement to the US industrial link, not 'buy European' (proposed R16).")
C40=$(a --sentence s0040 --stance hedged -q defence-industry --supports "$C42" --note "Remedy for a problem both DTIBs share (s0038).")
C38=$(a --sentence s0038 --stance hedged -q defence-industry --kind evidence --supports "$C40" --note "R3.")
C39=$(a --sentence s0039 --stance hedged -q defence-industry --kind evidence --supports "$C38" --note "R3.")
C41=$(a --sentence s0041 --stance pro-autonomy -q defence-industry --supports "$C42" --note "Moving production and investment from the US to Europe; concessive clause (proposed R15).")
C43=$(a --sentence s0043 --stance hedged -q defence-industry --kind evidence --supports "$C42" --note "R3: Patriot interceptor production in Europe as blueprint.")
C44=$(a --sentence s0044 --stance hedged -q defence-industry -q transatlantic-partnership --note "R6: reducing dependence through US-European cooperation, not competition.")
C45=$(a --sentence s0045 --stance pro-autonomy -q capability-gap)
C46=$(a --sentence s0046 --stance hedged -q defence-industry -q three-ds --supports "$C44" --note "R6: conditional ('if paired with reciprocal market access reforms'); EU-US platforms plus PESCO.")
C47=$(a --sentence s0047 --stance pro-autonomy -q defence-industry -q three-ds -q decision-formats --note "Asks the US to accept the EU as key actor of European defence-industrial policy; the 'if' conditions the EU's effectiveness, not support for autonomy (R6).")

# --- 2. Enhancing operational capabilities
C49=$(a --sentence s0049 --stance pro-autonomy -q burden-sharing -q capability-gap -q defence-industry --note "R9: shift more responsibility onto Europe; NATO planning is the vehicle, keeping the US engaged is not stated as an aim.")
C50=$(a --sentence s0050 --stance pro-autonomy -q burden-sharing -q capability-gap --supports "$C49" --note "voice: unnamed proposal ('One proposal suggests').")
C51=$(a --sentence s0051 --stance hedged -q capability-gap -q burden-sharing -q decision-formats --supports "$C50" --note "R6: more European capability while leaving US primacy in NATO's command structure untouched.")
C52=$(a --sentence s0052 --stance hedged -q decision-formats -q nato-replacement -q transatlantic-partnership --note "R6/R11: EU-led missions via Berlin Plus under a European DSACEUR, inside NATO, 'without undermining transatlantic cohesion'.")
C53=$(a --sentence s0053 --stance hedged -q burden-sharing -q capability-gap -q decision-formats --supports "$C49" --note "R9: European responsibility, with planning congruent with NATO's NDPP.")

# --- 3. A transatlantic strategic dialogue
C55=$(a --sentence s0055 --stance hedged -q burden-sharing -q transatlantic-partnership --note "R9: burden-sharing on shared transatlantic objectives, beyond spending targets.")
C56=$(a --sentence s0056 --stance hedged -q three-ds -q decision-formats -q transatlantic-partnership --supports "$C55" --note "Reduce US scepticism of EU defence initiatives by embedding them in a transatlantic framework: overcome US opposition while respecting 'don't disconnect' (R6).")
C57=$(a --sentence s0057 --stance hedged -q decision-formats -q capability-gap -q defence-industry -q burden-sharing --supports "$C55" --note "R6: NATO-EU alignment forum, 'NATO's core objectives are upheld'.")

# --- Recommendations
C59=$(a --sentence s0059 --stance hedged -q transatlantic-partnership -q us-guarantee --note "R6: neither abrupt (US) actions nor indefinite postponement; a managed transition.")
C60=$(a --sentence s0060 --stance pro-autonomy -q transatlantic-partnership --supports "$C59" --note "Europe sets out its own positions, milestones and timeline.")
C61=$(a --sentence s0061 --stance hedged -q decision-formats -q transatlantic-partnership --supports "$C60" --note "R6: European priorities and a signal of commitment to Washington held together.")
C64=$(a --sentence s0064 --stance pro-us-primacy -q defence-industry --note "Recommends driving demand for US defence suppliers; on defence-industry this increases reliance on US industry (codebook pro-US-primacy); R9 analogue: aim is aligning interests to keep the US engaged. Not tagged ukraine: Ukraine support is only the lever here (R10).")
C65=$(a --sentence s0065 --stance hedged -q defence-industry --note "R6: licensed production of US systems in Europe, 'reducing dependency while supporting US industrial interests' (proposed R16).")
C66=$(a --sentence s0066 --stance hedged -q defence-industry -q decision-formats --note "R6: adjusting the incentive structure through joint transatlantic platforms (NATO-Industry Forum, EU-US TTC).")
C68=$(a --sentence s0068 --stance hedged -q capability-gap -q defence-industry --note "R6: Europe acquires its own enablers (less operational dependence) but buys US systems (industrial dependence); two-sided.")
C69=$(a --sentence s0069 --stance hedged -q decision-formats -q capability-gap -q nato-replacement --note "R6/R11: gradual transfer of operational responsibility to Europeans within NATO's command structure (a European pillar).")
C70=$(a --sentence s0070 --stance pro-autonomy -q ukraine -q decision-formats --supports "$C69" --note "Main clause: greater EU operational control, with a Ukraine mission as pilot; Berlin Plus only 'potentially'.")

# --- Conclusion
C71=$(a --sentence s0071 --stance pro-autonomy -q transatlantic-partnership -q burden-sharing --note "Proposed R13: enhanced European responsibility argued as benefiting the alliance.")
C72=$(a --sentence s0072 --stance pro-autonomy -q transatlantic-partnership -q burden-sharing --supports "$C71" --note "Proposed R13: autonomy argued as reinforcing, not weakening, NATO.")
C73=$(a --sentence s0073 --stance pro-autonomy -q burden-sharing -q decision-formats -q three-ds --supports "$C03" --attacks "$C07" --note "R6: 'it seems clear that' keeps the firm stance; the US cannot keep its indispensable role and demand more without giving Europe more say.")

echo "done: $(argmap claims --source $S --by analyst --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d) if isinstance(d,list) else d)')"

# --- Source metadata (title chosen from a section heading of the text; no title, outlet or date in the text)
argmap meta "$S" --title "From transactional to transformative cooperation" \
  --author "Helena Quis; Torben Schütz" \
  --note "Argues that a US-enforced transatlantic incentive structure (industry, enablers, command) keeps Europe dependent and that the US cannot demand more from Europe while obstructing its defence initiatives; recommends reducing dependence through a European pillar built in cooperation with the US (licensed production, Berlin Plus, NATO-EU alignment) rather than a break with NATO."
