#!/usr/bin/env bash
# Annotation of seeds/001_51f12bfe612de70f.txt ("The Future of European Defense and US
# Security Ties", Kenji Tanaka) by annotator "analyst", following annotations/guide.md R1-R12.
# Re-runnable: re-annotating a sentence/quote by the same annotator updates the claim.
# Run from the project root: bash annotations/work/001.sh
set -euo pipefail
export ARGMAP_ANNOTATOR=analyst
S=001
A() { argmap annotate "$S" "$@" | cut -d' ' -f1; }
R() { argmap relate "$1" "--$2" "$3" >/dev/null; }

# Not annotated (R2): s0001-s0004 (title, byline, comment count, subtitle), headings s0011 s0016
# s0021 s0025 s0029 s0036 s0049 s0057 s0060 s0062 s0067 s0072 s0077, captions s0026 s0061 s0075
# s0094, FAQ headings s0085 s0086 s0089 s0093 s0095 s0099 s0103, furniture s0111 s0112.
# Not annotated as pure background / transitions that bear on no question: s0005 s0008 s0030
# s0037 s0038 s0080 s0096 s0106; definitions s0087 s0088 (they define, they do not argue).
# Comparison table (s0043-s0048, flattened): header row s0043 not annotated (R2); each data row is
# annotated whole as kind=evidence, pro-autonomy, supporting s0042 (the text introduces the table as
# the "critical analysis of the risks associated with continued dependence" and labels the US column
# "Legacy"); a row that bears on no codebook question (s0047, strategic focus) is left out.

# --- Introduction: Italy's call -------------------------------------------------------------
C06=$(A --sentence s0006 --stance pro-autonomy -q nato-replacement --note "voice: Italy")
C07=$(A --sentence s0007 --stance pro-autonomy -q us-guarantee --note "voice: Italy (the author's reading of its call); 'may' does not hedge the stance (R6)")
C09=$(A --sentence s0009 --stance pro-autonomy -q us-guarantee --note "voice: leaders in Rome and Berlin; R8")
C10=$(A --sentence s0010 --stance hedged -q decision-formats --note "open question who holds the keys (R6: open uncertainty)")

# --- The Italian proposition --------------------------------------------------------------------
C12=$(A --sentence s0012 --stance pro-autonomy -q nato-replacement -q us-guarantee --note "voice: Italy")
C13=$(A --sentence s0013 --stance pro-autonomy -q capability-gap -q decision-formats --note "voice: Italy")
C14=$(A --sentence s0014 --stance hedged -q nato-replacement --note "voice: proponents of a new alliance (Italy); 'European pillar', not dismantling NATO (R6)")
C15=$(A --sentence s0015 --stance pro-autonomy -q capability-gap --note "voice: proponents of strategic autonomy")
# Key drivers (bullets)
C17=$(A --sentence s0017 --stance pro-autonomy -q us-guarantee --kind evidence --note "driver of the call for autonomy; R8")
C18=$(A --sentence s0018 --stance pro-autonomy -q us-guarantee --kind evidence --note "voice: European leaders; US pivot to Asia (R8)")
C19=$(A --sentence s0019 --stance pro-autonomy -q capability-gap -q decision-formats --note "driver of the call for autonomy")
C20a=$(A --quote "The debate is no longer about whether Europe should spend more on defense" --stance pro-autonomy -q burden-sharing --note "R1 split: that Europe spends more is taken as settled (R9)")
C20b=$(A --quote "but whether that spending should be directed toward maintaining a legacy system or building a new, autonomous capability" --stance hedged -q nato-replacement -q capability-gap --note "R1 split: open choice between legacy system and autonomy (R6)")

# --- Germany ----------------------------------------------------------------------------------------
C22=$(A --sentence s0022 --stance hedged -q nato-replacement --note "voice: Germany (its 'complex position' on a new alliance)")
C23=$(A --sentence s0023 --stance pro-autonomy -q decision-formats --note "Germany as leader of European-led initiatives")
C24=$(A --sentence s0024 --stance hedged -q us-guarantee --note "voice: Germany; open uncertainty about the US commitment (R6)")
C27=$(A --sentence s0027 --stance hedged -q us-guarantee -q nato-replacement --note "voice: German defence officials; conditional support, one horn of the dilemma (R6)")
C28=$(A --sentence s0028 --stance hedged -q nato-replacement -q transatlantic-partnership --note "voice: German defence officials; conditional risk, other horn of the dilemma (R6/R7 balance)")
C31=$(A --sentence s0031 --stance hedged -q burden-sharing --note "voice: Germany (domestic debate); reluctance balanced against needs")
C32=$(A --sentence s0032 --stance pro-autonomy -q burden-sharing -q nato-replacement --note "voice: Germany's partners (unnamed 'external pressure')")
C33=$(A --sentence s0033 --stance hedged -q us-guarantee --note "voice: Germany")
C34=$(A --sentence s0034 --stance hedged -q us-guarantee -q burden-sharing --note "voice: Germany")
C35=$(A --sentence s0035 --stance hedged -q burden-sharing -q capability-gap --note "risks named on both sides (R6/R7)")

# --- End of the unconditional guarantee -----------------------------------------------------------
C39=$(A --sentence s0039 --stance pro-autonomy -q us-guarantee --note "R8")
C40=$(A --sentence s0040 --stance pro-autonomy -q us-guarantee --note "R8")
C41=$(A --sentence s0041 --stance pro-autonomy -q us-guarantee -q burden-sharing --note "R8")
C42=$(A --sentence s0042 --stance pro-autonomy -q us-guarantee --note "dependence on the US named as a risk")
# Table rows (see header comment)
C44=$(A --sentence s0044 --stance pro-autonomy -q capability-gap --kind evidence --note "table row: NATO-centric (legacy) vs proposed European alliance; command structures (R10)")
C45=$(A --sentence s0045 --stance pro-autonomy -q capability-gap --kind evidence --note "table row: NATO-centric (legacy) vs proposed European alliance; intelligence")
C46=$(A --sentence s0046 --stance pro-autonomy -q burden-sharing -q defence-industry -q capability-gap --kind evidence --note "table row: NATO-centric (legacy) vs proposed European alliance; funding and procurement")
C48=$(A --sentence s0048 --stance pro-autonomy -q decision-formats --kind evidence --note "table row: NATO-centric (legacy) vs proposed European alliance; decision making")

# --- The case for Washington's withdrawal ----------------------------------------------------------
C50=$(A --sentence s0050 --stance pro-autonomy -q nato-replacement --note "voice: US strategic thinkers (R5)")
C51=$(A --sentence s0051 --stance pro-autonomy -q us-guarantee -q burden-sharing --note "voice: US strategic thinkers favouring withdrawal (R5)")
C52=$(A --sentence s0052 --stance pro-autonomy -q burden-sharing --note "voice: proponents of US withdrawal (R5)")
C53=$(A --sentence s0053 --stance pro-autonomy -q burden-sharing -q defence-industry --note "voice: proponents of US withdrawal (R5)")
C54=$(A --sentence s0054 --stance pro-autonomy -q burden-sharing -q us-guarantee --note "voice: proponents of US withdrawal (R5, R8)")
C55=$(A --sentence s0055 --stance pro-autonomy -q burden-sharing -q transatlantic-partnership --note "voice: proponents of US withdrawal (R5)")
C56=$(A --sentence s0056 --stance pro-autonomy -q us-guarantee -q burden-sharing --note "voice: proponents of US withdrawal (R5); the 'if' is endorsed ('as Italy suggests'), not a qualification (R6)")

# --- Structural obstacles (R7: argued as limits on autonomy) ----------------------------------------
C58=$(A --sentence s0058 --stance pro-us-primacy -q nato-replacement --note "obstacles as limits on autonomy (R7)")
C59=$(A --sentence s0059 --stance pro-us-primacy -q nato-replacement --note "R7")
C63=$(A --sentence s0063 --stance pro-us-primacy -q defence-industry --kind evidence --note "industrial fragmentation as obstacle (R7)")
C64=$(A --sentence s0064 --stance pro-us-primacy -q defence-industry --kind evidence --note "R7")
C65=$(A --sentence s0065 --stance pro-us-primacy -q capability-gap -q defence-industry --kind evidence --note "dependence on US middleware (R7, R10)")
C66=$(A --sentence s0066 --stance pro-us-primacy -q nato-replacement -q defence-industry --note "cost of standardisation as obstacle (R7)")
C68=$(A --sentence s0068 --stance pro-us-primacy -q nato-replacement --kind evidence --note "divergent threat perceptions as obstacle (R7)")
C69=$(A --sentence s0069 --stance pro-us-primacy -q nato-replacement --kind evidence --note "R7")
C70=$(A --sentence s0070 --stance pro-us-primacy -q nato-replacement --kind evidence --note "R7")
C71=$(A --sentence s0071 --stance pro-us-primacy -q nato-replacement -q decision-formats --note "R7")
C73=$(A --sentence s0073 --stance pro-us-primacy -q nato-replacement -q transatlantic-partnership --note "voice: unnamed critics ('a persistent fear'); risk of autonomy (R7)")
C74=$(A --sentence s0074 --stance pro-us-primacy -q nato-replacement -q capability-gap --note "transition gap as risk (R7)")
C76=$(A --sentence s0076 --stance hedged -q nato-replacement --note "build the new while keeping the old: two-sided (R6)")

# --- Implications --------------------------------------------------------------------------------------
C78=$(A --sentence s0078 --stance pro-autonomy -q transatlantic-partnership --note "head of the section listing benefits of autonomy; the 'if' sets up the scenario, not a qualification")
C79=$(A --sentence s0079 --stance pro-autonomy -q transatlantic-partnership)
C81=$(A --sentence s0081 --stance pro-autonomy -q transatlantic-partnership)
C82=$(A --sentence s0082 --stance pro-autonomy -q decision-formats --note "European-led vs US-led force; 'might' does not hedge the stance (R6)")
C83=$(A --sentence s0083 --stance pro-autonomy -q defence-industry)
C84=$(A --sentence s0084 --stance pro-autonomy -q us-guarantee -q decision-formats --note "risk of failing to unify while the US withdraws: argues for unity (R7, R8)")

# --- FAQ ---------------------------------------------------------------------------------------------
C90=$(A --sentence s0090 --stance hedged -q nato-replacement --note "voice: most proponents of a new alliance; not a replacement (R6)")
C91=$(A --sentence s0091 --stance hedged -q nato-replacement --note "voice: most proponents of a new alliance; European pillar (R6)")
C92=$(A --sentence s0092 --stance hedged -q nato-replacement -q decision-formats -q us-guarantee --note "voice: most proponents of a new alliance; a fallback mechanism beside NATO (R6)")
C97=$(A --sentence s0097 --stance pro-autonomy -q nato-replacement -q decision-formats --kind evidence --note "voice: Italy; R3")
C98=$(A --sentence s0098 --stance pro-autonomy -q nato-replacement -q decision-formats --note "voice: Italy")
C100=$(A --sentence s0100 --stance pro-us-primacy -q capability-gap --note "risk of autonomy (R7)")
C101=$(A --sentence s0101 --stance pro-us-primacy -q capability-gap --kind evidence --note "R7, R10")
C102=$(A --sentence s0102 --stance pro-us-primacy -q capability-gap --note "lack of enablers as a limit on autonomy (R7)")
C104=$(A --sentence s0104 --stance pro-autonomy -q decision-formats -q nato-replacement --note "voice: Italy and Germany (their roles in a new alliance)")
C105=$(A --sentence s0105 --stance hedged -q transatlantic-partnership --note "voice: Germany; shift 'without alienating the U.S.' (R6)")

# --- Conclusion ----------------------------------------------------------------------------------------
C107=$(A --sentence s0107 --stance hedged -q nato-replacement --note "open choice (R6)")
C108=$(A --sentence s0108 --stance hedged -q decision-formats -q burden-sharing --note "transition named with a requirement Europe has struggled to meet (R6/R7)")
C109=$(A --sentence s0109 --stance pro-autonomy -q us-guarantee --note "R8")
C110=$(A --sentence s0110 --stance hedged -q decision-formats --note "open uncertainty (R6)")

# --- Relations (R12) --------------------------------------------------------------------------------
R "$C09" supports "$C07"
R "$C07" supports "$C06"
R "$C12" supports "$C06"
R "$C13" supports "$C06"
R "$C17" supports "$C06"
R "$C18" supports "$C06"
R "$C19" supports "$C06"
R "$C27" supports "$C24"
R "$C28" supports "$C24"
R "$C35" supports "$C24"
R "$C40" supports "$C39"
R "$C41" supports "$C39"
R "$C39" supports "$C42"
for c in "$C44" "$C45" "$C46" "$C48"; do R "$c" supports "$C42"; done
for c in "$C52" "$C53" "$C54" "$C55" "$C56"; do R "$c" supports "$C51"; done
R "$C58" attacks "$C06"
for c in "$C59" "$C63" "$C66" "$C71" "$C73"; do R "$c" supports "$C58"; done
R "$C64" supports "$C63"
R "$C65" supports "$C63"
R "$C68" supports "$C71"
R "$C69" supports "$C68"
R "$C70" supports "$C68"
R "$C74" supports "$C73"
for c in "$C79" "$C81" "$C82" "$C83"; do R "$c" supports "$C78"; done
R "$C91" supports "$C90"
R "$C92" supports "$C91"
R "$C90" supports "$C14"
R "$C97" supports "$C98"
R "$C101" supports "$C100"
R "$C102" supports "$C100"
R "$C100" attacks "$C15"

# --- Source metadata ----------------------------------------------------------------------------------
argmap meta "$S" --title "The Future of European Defense and US Security Ties" --author "Kenji Tanaka" \
  --note "A survey of the debate sparked by Italy's call for a new European military alliance: it sets out Italian, German and US arguments for strategic autonomy and an eroding US guarantee, then structural obstacles and capability-gap risks, and ends open on whether Europe can build autonomy without a security gap." >/dev/null
argmap validate
