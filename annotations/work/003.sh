#!/usr/bin/env bash
# Annotation of 003 (on Trump's NSS and burden shifting), annotator "analyst".
set -euo pipefail
cd "$(dirname "$0")/../.."
export ARGMAP_ANNOTATOR=analyst
S=003
a() { argmap annotate "$S" "$@" | cut -d' ' -f1; }

# --- Opening: the NSS shows the US no longer shares Europe's threat perception (R8)
C01=$(a --sentence s0001 --stance pro-autonomy -q us-guarantee --note "R8: author's reading of the 2025 NSS")
C02=$(a --sentence s0002 --stance pro-autonomy -q us-guarantee --kind evidence --supports "$C01")
C03=$(a --sentence s0003 --stance pro-autonomy -q us-guarantee -q ukraine --kind evidence --supports "$C01" --note "R8: US as neutral arbiter on Ukraine")
C04=$(a --sentence s0004 --stance pro-autonomy -q us-guarantee --kind evidence --supports "$C01" --note "Russian government's praise of the NSS used as evidence (not a voice in the debate)")

# --- Thesis and recommendations
C05=$(a --sentence s0005 --stance pro-autonomy -q burden-sharing -q us-guarantee --note "Thesis. R9: burden shifting embraced for European agency, not to keep the US engaged; R8 on the US's 'noncommittal approach'")
C06=$(a --sentence s0006 --stance pro-autonomy -q nato-replacement --supports "$C05" --note "New European security architecture for European action")
C07=$(a --sentence s0007 --stance pro-autonomy -q decision-formats -q defence-industry --supports "$C06" --note "coalition and consortium models")
C08=$(a --sentence s0008 --stance pro-autonomy -q ukraine --supports "$C06")
C09=$(a --sentence s0009 --stance pro-us-primacy -q us-guarantee -q transatlantic-partnership --attacks "$C06" --note "voice: some Europeans (R4); R7: autonomy risks provoking US decoupling")
C10=$(a --sentence s0010 --stance hedged -q decision-formats -q transatlantic-partnership --attacks "$C09" --supports "$C06" --note "R6: two aims held together (cooperate with the US when practical, act alone when necessary)")
C11=$(a --sentence s0011 --stance hedged -q nato-replacement -q transatlantic-partnership --supports "$C10" --note "R6: 'a stronger European pillar in NATO', conditional ('if carried out effectively')")

# --- Momentum: Europe already takes a greater share of conventional deterrence
C13=$(a --sentence s0013 --stance pro-autonomy -q nato-replacement -q burden-sharing --supports "$C06" --note "Section claim: a new European security architecture is already emerging")
C14=$(a --sentence s0014 --stance pro-autonomy -q burden-sharing --kind evidence --supports "$C13")
C16=$(a --sentence s0016 --stance pro-autonomy -q burden-sharing --supports "$C13" --note "R9: European burden carried inside NATO, but the point is European responsibility, not keeping US leadership")
C15=$(a --sentence s0015 --stance pro-autonomy -q burden-sharing --kind evidence --supports "$C16" --note "R3")
C19=$(a --sentence s0019 --stance pro-autonomy -q burden-sharing --supports "$C13" --note "unprecedented European military activity")
C17=$(a --sentence s0017 --stance pro-autonomy -q burden-sharing --kind evidence --supports "$C19" --note "R3: NATO enlargement used for the European-activity claim in s0019")
C18=$(a --sentence s0018 --stance pro-autonomy -q burden-sharing --kind evidence --supports "$C19" --note "R3")
C20=$(a --sentence s0020 --stance pro-autonomy -q burden-sharing --supports "$C13" --note "R9: NATO activities resting on European assets")
C21=$(a --sentence s0021 --stance pro-autonomy -q burden-sharing --kind evidence --supports "$C20")
C22=$(a --sentence s0022 --stance pro-autonomy -q burden-sharing --kind evidence --supports "$C20")
C23=$(a --sentence s0023 --stance pro-autonomy -q burden-sharing --supports "$C20" --note "Europe can carry NATO's adapted posture")
C24=$(a --sentence s0024 --stance pro-autonomy -q nato-replacement --supports "$C13" --note "European action outside NATO frameworks")
C25=$(a --sentence s0025 --stance pro-autonomy -q nato-replacement --kind evidence --supports "$C24")
C26=$(a --sentence s0026 --stance pro-autonomy -q nato-replacement --kind evidence --supports "$C24")
C27=$(a --sentence s0027 --stance pro-autonomy -q nato-replacement -q decision-formats --supports "$C13" --note "European mutual-defence commitments beside NATO")
C28=$(a --sentence s0028 --stance pro-autonomy -q nato-replacement -q decision-formats --kind evidence --supports "$C27")
C29A=$(a --quote "While these agreements and initiatives affirm the respective nations’ commitment to NATO’s collective defense and the EU’s mutual defense clause" --stance hedged -q nato-replacement --note "R1 split; R6: the new agreements complement NATO and the EU clause")
C29B=$(a --quote "they also highlight European countries’ push to work more closely with one another on security amid increasing uncertainty emanating from Washington." --stance pro-autonomy -q nato-replacement -q decision-formats -q us-guarantee --supports "$C27" --note "R1 split; R8: uncertainty emanating from Washington")
C30=$(a --sentence s0030 --stance pro-autonomy -q nato-replacement --supports "$C27")

# --- Coalition and consortium approaches
C32=$(a --sentence s0032 --stance pro-autonomy -q decision-formats -q burden-sharing --supports "$C05" --note "Section claim")
C33=$(a --sentence s0033 --stance pro-autonomy -q burden-sharing --supports "$C32")
C34=$(a --sentence s0034 --stance pro-autonomy -q burden-sharing --supports "$C33" --note "R9: NATO 5% target and EU Readiness 2030 as means for European spending")
C35=$(a --sentence s0035 --stance pro-autonomy -q burden-sharing --supports "$C33" --note "R7: obstacles named as problems to overcome")
C36=$(a --sentence s0036 --stance pro-autonomy -q defence-industry -q burden-sharing --supports "$C32")
C37=$(a --sentence s0037 --stance pro-autonomy -q decision-formats --supports "$C32" --note "formats smaller than NATO and the EU")
C38=$(a --sentence s0038 --stance pro-autonomy -q ukraine -q decision-formats --supports "$C37")
C43=$(a --sentence s0043 --stance pro-autonomy -q ukraine -q decision-formats -q us-guarantee --supports "$C38" --note "R8: US lack of clarity on guarantees for Ukraine")
argmap relate "$C43" --supports "$C08" >/dev/null  # annotate keeps only the last --supports
C41=$(a --sentence s0041 --stance pro-autonomy -q ukraine -q decision-formats --supports "$C43" --note "R6: 'though currently stalled' does not qualify the stance")
C39=$(a --sentence s0039 --stance pro-autonomy -q ukraine -q decision-formats --kind evidence --supports "$C41")
C40=$(a --sentence s0040 --stance pro-autonomy -q ukraine -q decision-formats --kind evidence --supports "$C41")
C42=$(a --sentence s0042 --stance pro-autonomy -q ukraine --kind evidence --supports "$C43" --note "voice: coalition of the willing (announced plan)")
C44=$(a --sentence s0044 --stance hedged -q defence-industry --supports "$C32" --note "R6: joint European development and procurement explicitly 'complementary with NATO'")
C45=$(a --sentence s0045 --stance pro-autonomy -q capability-gap -q us-guarantee --supports "$C44" --note "R8: departing US capabilities")
C46=$(a --sentence s0046 --stance pro-autonomy -q defence-industry -q decision-formats --supports "$C44")
C47=$(a --sentence s0047 --stance pro-autonomy -q defence-industry --kind evidence --supports "$C46")
C48=$(a --sentence s0048 --stance pro-autonomy -q defence-industry -q capability-gap --kind evidence --supports "$C46" --note "dependence on US enablers as the gap to fill")
C49=$(a --sentence s0049 --stance pro-autonomy -q defence-industry -q decision-formats --supports "$C44" --note "EU and EDA as funding and coordination frame")
C50=$(a --sentence s0050 --stance pro-autonomy -q defence-industry -q capability-gap --kind evidence --supports "$C44" --note "European alternative to Starlink")
C51=$(a --sentence s0051 --stance pro-autonomy -q defence-industry --kind evidence --supports "$C44" --note "SAMP/T chosen over the US Patriot")
C52=$(a --sentence s0052 --stance pro-autonomy -q defence-industry --supports "$C49")

# --- A new way of working with the United States
C65=$(a --sentence s0065 --stance pro-autonomy -q nato-replacement -q transatlantic-partnership --supports "$C05" --note "Conclusion: a European architecture that also resets the relationship for the better")
C54=$(a --sentence s0054 --stance hedged -q transatlantic-partnership -q burden-sharing -q nato-replacement --supports "$C65" --note "R9: keeping the US committed and rebalancing held together")
C55=$(a --sentence s0055 --stance hedged -q transatlantic-partnership -q burden-sharing --supports "$C65" --note "R6: self-defence and joint proposals with the US held together")
C56=$(a --sentence s0056 --stance pro-autonomy -q burden-sharing --supports "$C55" --note "Europe's own strengths against Russia")
C57=$(a --sentence s0057 --stance pro-us-primacy -q transatlantic-partnership --note "voice: earlier view (a few years ago), rejected by the author in s0058 (R4, R7)")
C58=$(a --sentence s0058 --stance pro-autonomy -q transatlantic-partnership --attacks "$C57" --supports "$C65" --note "independent European coalitions and capabilities now strengthen unity")
C59=$(a --sentence s0059 --stance pro-autonomy -q transatlantic-partnership -q us-guarantee --supports "$C58" --attacks "$C09" --note "rebuts the objection that autonomy costs cooperation; R8: US repositions")
C60=$(a --sentence s0060 --stance pro-autonomy -q transatlantic-partnership -q decision-formats --supports "$C59")
C61=$(a --sentence s0061 --stance pro-autonomy -q burden-sharing --kind evidence --supports "$C60" --note "voice: US government (NSS), R5")
C62=$(a --sentence s0062 --stance pro-autonomy -q us-guarantee -q ukraine --supports "$C65" --note "R8")
C63=$(a --sentence s0063 --stance pro-autonomy -q us-guarantee --supports "$C62" --note "R8")
C64=$(a --sentence s0064 --stance pro-autonomy -q us-guarantee --supports "$C62" --note "R8")

argmap meta "$S" --title "Europe should lean into the NSS's call for burden shifting" \
  --note "Title chosen by the annotator from s0005 (the text, datelined WASHINGTON, has no title line). Argues that after Trump's NSS Europe should stop waiting for US commitment and build a coalition- and consortium-based security architecture (incl. Ukraine) able to act alone, framed as a stronger European pillar in NATO and a healthier transatlantic relationship."
echo done
