#!/usr/bin/env bash
# Annotation of 000 (US-European relations: Towards a strong strategic partnership), annotator "analyst".
set -euo pipefail
cd "$(dirname "$0")/../.."
export ARGMAP_ANNOTATOR=analyst
S=000
a() { argmap annotate "$S" "$@" | cut -d' ' -f1; }

# Thesis paragraph: Washington's call for a strong, independent Europe (R4/R5: reported US view)
C07=$(a --sentence s0007 --stance pro-autonomy -q transatlantic-partnership --note "voice: US government (R5); thesis of the article")
C08=$(a --sentence s0008 --stance pro-autonomy -q burden-sharing -q capability-gap --supports "$C07" --note "voice: US officials (R5)")
C09=$(a --sentence s0009 --stance pro-autonomy -q burden-sharing -q transatlantic-partnership --supports "$C07" --note "voice: US government (R5, R9: shared burdens for a partnership of equals, not to keep US leadership)")

# Historical background used for the 'historical dependence' the US wants Europe to leave (R3)
C12=$(a --sentence s0012 --stance pro-autonomy -q burden-sharing --kind evidence --supports "$C08" --note "R3: the historical dependence that s0008 calls to move beyond")
C11=$(a --sentence s0011 --stance pro-autonomy -q burden-sharing --kind evidence --supports "$C12" --note "R3: background for s0012 ('This historical context')")
C13=$(a --sentence s0013 --stance pro-autonomy -q burden-sharing --supports "$C09" --note "voice: voices in Washington after the Cold War (R4, R5)")

# 'From an American perspective': why a dependent Europe no longer serves the US
C15=$(a --sentence s0015 --stance pro-autonomy -q transatlantic-partnership --supports "$C07" --note "voice: US perspective as reported by the author (R5)")
C16=$(a --sentence s0016 --stance pro-autonomy -q transatlantic-partnership --supports "$C15" --note "voice: US perspective as reported by the author (R5)")
C17=$(a --sentence s0017 --stance pro-autonomy -q transatlantic-partnership -q burden-sharing --supports "$C16" --note "voice: US perspective as reported by the author (R5)")
C18=$(a --sentence s0018 --stance pro-autonomy -q burden-sharing -q us-guarantee -q transatlantic-partnership --supports "$C15" --note "R8: US focus on priorities elsewhere")

# Navalny section: transatlantic coordination as the 'partnership' side of the thesis (hedged, see report)
C24=$(a --sentence s0024 --stance hedged -q transatlantic-partnership --supports "$C07" --note "Navalny section: the desired partnership of a strong Europe and the US extends to shared values; partnership side of the thesis (R6 two-sided)")
C23=$(a --sentence s0023 --stance hedged -q transatlantic-partnership --supports "$C24" --note "Navalny section: trust and coordination between partners")
C20=$(a --sentence s0020 --stance hedged -q transatlantic-partnership --supports "$C24" --note "Navalny section: united Western front")
C21=$(a --sentence s0021 --stance hedged -q transatlantic-partnership --kind evidence --supports "$C20")
C22=$(a --sentence s0022 --stance hedged -q transatlantic-partnership --kind evidence --supports "$C23" --note "voice: US government; the US defers to European investigations")

argmap meta "$S" --title "US-European relations: Towards a strong strategic partnership" --date 2026-02-15 \
  --note "Reports and endorses Washington's call for Europe to move from dependence to a strong, independent partnership sharing burdens, argued as serving US interests; closes on transatlantic coordination (Navalny) as proof of the partnership. Mostly the US government's view (voice notes)."
echo done
