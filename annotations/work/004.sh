#!/usr/bin/env bash
# Annotation of 004 (Who Will Lead Europe's Security as the US Steps Back?), annotator "analyst".
set -euo pipefail
cd "$(dirname "$0")/../.."
export ARGMAP_ANNOTATOR=analyst
S=004
a() { argmap annotate "$S" "$@" | cut -d' ' -f1; }

# --- Lead: the era of the US guarantee ends; a new defence core emerges
C05=$(a --sentence s0005 --stance pro-autonomy -q nato-replacement -q decision-formats --note "Thesis: Europe's New Defense Core, a more autonomous security model")
C04=$(a --sentence s0004 --stance pro-autonomy -q us-guarantee --supports "$C05" --note "R8; s0005 'This strategic void has led to'")
C02=$(a --sentence s0002 --stance pro-autonomy -q us-guarantee --note "R8: a shifting relationship with the US")
C03=$(a --sentence s0003 --stance pro-autonomy -q us-guarantee --kind evidence --supports "$C04" --note "R3: the assumption whose era is ending (s0004 'Yet')")
C06=$(a --sentence s0006 --stance pro-autonomy -q decision-formats -q us-guarantee --supports "$C05" --note "R8: US redirects its focus; a group of four countries to lead")
C07=$(a --sentence s0007 --stance pro-autonomy -q capability-gap --supports "$C05" --note "reduce reliance on external allies ('not solely' does not make it hedged, R6)")
C08=$(a --sentence s0008 --stance pro-autonomy -q burden-sharing --supports "$C05" --note "Russia as reason for Europe to provide its own defence")
C09=$(a --sentence s0009 --stance pro-autonomy -q burden-sharing --supports "$C08")
C10=$(a --sentence s0010 --stance pro-autonomy -q nato-replacement --supports "$C05" --note "departure from reliance on the transatlantic alliance")

# --- The shift in transatlantic security
C12=$(a --sentence s0012 --stance pro-autonomy -q us-guarantee --supports "$C04" --note "R8")
C13=$(a --sentence s0013 --stance pro-autonomy -q us-guarantee --kind evidence --supports "$C12" --note "voice: US government (2025 NSS)")
C14=$(a --sentence s0014 --stance pro-autonomy -q us-guarantee -q burden-sharing --supports "$C12" --note "R8, R9; 'suggests' does not hedge (R6)")
C16=$(a --sentence s0016 --stance pro-autonomy -q us-guarantee --supports "$C04" --note "R8: US 'step back' creates a security gap")
C17=$(a --sentence s0017 --stance pro-autonomy -q us-guarantee --kind evidence --supports "$C16" --note "R3")
C18=$(a --sentence s0018 --stance pro-autonomy -q us-guarantee -q burden-sharing -q capability-gap --supports "$C05" --note "R8; Europe to deter and defend independently")

# --- Countering Russian aggression
C20=$(a --sentence s0020 --stance pro-autonomy -q burden-sharing --supports "$C08")
C21=$(a --sentence s0021 --stance pro-autonomy -q burden-sharing --supports "$C20")
C22=$(a --sentence s0022 --stance pro-autonomy -q nato-replacement --supports "$C05" --note "independent defence core as a matter of survival")
C23=$(a --sentence s0023 --stance pro-autonomy -q burden-sharing --supports "$C21" --note "European readiness")
C24=$(a --sentence s0024 --stance pro-autonomy -q burden-sharing --kind evidence --supports "$C23" --note "R3: a NATO exercise used as evidence of readiness; s0025 repeats it as a caption (R2, not annotated)")

# --- The search for a new defence core
C27=$(a --sentence s0027 --stance pro-autonomy -q decision-formats --supports "$C06" --note "leadership by four key countries")
C28=$(a --sentence s0028 --stance pro-autonomy -q decision-formats --supports "$C27")
C29=$(a --sentence s0029 --stance pro-autonomy -q decision-formats --supports "$C27" --note "core group vs the fragmented EU apparatus")
C30=$(a --sentence s0030 --stance pro-autonomy -q decision-formats --attacks "$C29" --note "R7: obstacle named as a challenge to overcome, not as a reason against autonomy")
C31=$(a --sentence s0031 --stance pro-autonomy -q nato-replacement -q burden-sharing -q defence-industry --note "what the new core requires: spending and industrial capacity")
C32=$(a --sentence s0032 --stance pro-autonomy -q nato-replacement -q capability-gap --supports "$C05" --note "security umbrella without the immediate need for US military intervention")
C33=$(a --sentence s0033 --stance hedged -q nato-replacement --note "R6: how the core will interface with existing NATO structures is left open")
C34=$(a --sentence s0034 --stance pro-autonomy -q nato-replacement -q decision-formats --note "transition from US-led to European-led security; R7 risk named as something to manage")

argmap meta "$S" --title "Who Will Lead Europe’s Security as the US Steps Back?" \
  --note "News-style explainer: with the US guarantee in question and Russia a direct threat, a core of four European countries is emerging to lead a more autonomous, European-led defence model; how it will fit with NATO and the other member states is left open."
echo done
