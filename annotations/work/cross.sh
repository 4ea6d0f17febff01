#!/usr/bin/env bash
# Cross-article relations, guide consistency fixes (issue 3), annotator "analyst".
# Every command run for this pass is recorded here. Run from anywhere: bash annotations/work/cross.sh
# `R FROM supports|attacks TO` = FROM supports/attacks TO (guide R29).
set -euo pipefail
cd "$(dirname "$0")/../.."
export ARGMAP_ANNOTATOR=analyst
R() { argmap relate "$1" "--$2" "$3" >/dev/null; }

# --- (1) Cross-article relations ----------------------------------------------------------------
# What the US wants of Europe (000 reports Washington's view; 002 contests it)
R ce279f25feb attacks c494048f6f5   # 002 US opposition undermines autonomy  x 000 Washington wants a strong, independent Europe
R cbed85fa98b attacks c49a6f5e9eb   # 002 US demands more while denying autonomy x 000 US seeks genuine partnership of shared burdens
R c494048f6f5 supports cc1e22b1f63  # 000 independent partner, "not merely a subordinate" -> 001 no longer a "junior partner"

# Does autonomy weaken NATO / drive the US away? (002, 003 rebut the fear 001 and 003 report)
R cd67b907000 attacks c7737b08c83   # 002 autonomy would not weaken NATO x 003 fear autonomy pushes the US to decouple
R cd67b907000 attacks c674e53d21f   # 002 idem x 001 s0028 separate alliance a provocation weakening NATO cohesion
R cd67b907000 supports c9a3438808c  # 002 idem -> 003 independent coalitions now strengthen unity ("Now it is the opposite")
R c9a3438808c attacks cccac45ee68   # 003 idem x 001 s0073 fear a separate alliance would undermine NATO ("NATO trap")

# Three Ds and defence industry: buy US vs buy European
R cdca3a608ce attacks c0e4ee2810b   # 002 US three Ds (don't duplicate/discriminate) x 003 European consortium procurement complementary with NATO
R cdca3a608ce attacks c853108c4d5   # 002 US three Ds (don't disconnect) x 001 European pillar able to operate independently
R c71cb1f27d4 attacks c56b0adc7c0   # 002 drive demand for US suppliers x 001 internal European procurement boosts industry
R c605d8c832a supports c56b0adc7c0  # 002 ERIP/FMS discourage investment in European manufacturing -> 001 idem
R c9cdab6a5db attacks cab6ac8ea57   # 002 fill enabler needs with US systems x 003 European consortia fill gaps left by departing US capabilities
R cf476a8cb3c supports ce0cc14ca9b  # 002 EU as key actor of the industrial pillar -> 003 pool resources through the EU and EDA
R c0e4ee2810b attacks c991899d9d0   # 003 consortium joint development/procurement x 001 new alliance needs a massive standardisation effort
R ceea70911ba supports c6ec65940f1  # 002 path dependency cuts incentives to build enablers -> 001 US safety net removes the incentive

# New alliance / defence core vs a European pillar inside NATO
R cd76eb57e34 attacks c0d49841753   # 002 European leadership within NATO's command x 001 Italy: Europe needs a new military alliance
R cd76eb57e34 attacks c51eb1004d9   # 002 idem x 004 independent defence core a matter of survival
R cd76eb57e34 supports ce5a4ea8162  # 002 idem -> 001 proponents envision a European pillar within or alongside NATO
R c51eb1004d9 supports c0d49841753  # 004 independent defence core -> 001 Italy's call for a new alliance
R c42ec88c102 supports c5833111df7  # 003 a new European security architecture is emerging -> 004 emergence of a New Defense Core
R cfa33dbb01c supports c638884fc44  # 004 transition to European-led model without vulnerabilities -> 001 build the new house while living in the old

# US stepping back (R8)
R cbcbc87ae68 supports c1f87ff0b34  # 002 US shifts focus to the Indo-Pacific -> 004 US withdrawal aligns with broader US goals
R c7b9c1bb5d1 supports c4830a548a3  # 002 Washington shifts focus to the Indo-Pacific -> 003 US priorities lie outside Europe
R c4830a548a3 supports c13a74fa6a9  # 003 US priorities outside Europe -> 001 s0039 unconditional guarantee a relic
R c2fe6405406 supports c13a74fa6a9  # 004 "that era of certainty is ending" -> 001 idem
R c97435ac185 supports c0cf2d3ec93  # 003 transactional US approach -> 001 security is now transactional
R c8ead64484c supports c18cb4bee91  # 000 less burden lets the US focus elsewhere -> 001 s0054 stepping back frees US resources for the Indo-Pacific
R c0751671f2a supports c62b5ee440b  # 000 a dependent Europe no longer serves US interests -> 001 dependence a strategic liability for the US

# Decision formats, threats, Ukraine
R cabd3630312 supports c3673eb43f7  # 003 formats smaller than NATO and the EU -> 004 "core" approach streamlines decisions
R ce9694fe582 attacks c55dcc38389   # 004 Russia the primary catalyst of a common posture x 001 no common objective for Baltic and Mediterranean
R c5b11959236 supports c9558c00102  # 002 a Ukraine mission as pilot for EU operational control -> 003 coalition of the willing best model for Ukraine

# --- (3) Consistency fixes (guide R13-R29) --------------------------------------------------------
N() { argmap claims --json | grep -q "\"id\": \"$1\""; }   # claim still exists?
D() { if N "$1"; then argmap unannotate "$1" >/dev/null; fi; }

# R26: capability-gap needs named enablers, weapons or command structures; general dependence on
# the US is us-guarantee, Europe building its own defence in general is burden-sharing.
argmap update c9d03e65643 -q burden-sharing -q us-guarantee >/dev/null   # 000 s0008 move beyond dependence, build own capabilities
argmap update cdeb1f9721a -q burden-sharing -q us-guarantee >/dev/null   # 004 s0007 capability not relying solely on external allies
argmap update c767ac37556 -q burden-sharing -q us-guarantee >/dev/null   # 004 s0018 defend independently
argmap update c7806feb83a -q nato-replacement -q us-guarantee >/dev/null # 004 s0032 umbrella without US military intervention
argmap update cc6c74c3fb9 -q burden-sharing -q decision-formats >/dev/null   # 001 s0013 capacity to defend itself, lacks political will
argmap update c39a591f584 -q nato-replacement -q burden-sharing >/dev/null   # 001 s0020 spending on legacy system vs new autonomous capability
argmap update ca62f105319 -q nato-replacement >/dev/null                 # 001 s0074 transition gap while building an autonomous force

# R15: evidence carries the supported claim's stance and the question it supports it on.
argmap update c010e116564 -q us-guarantee -q nato-replacement >/dev/null # 001 s0017 -> Italy's call (nato-replacement)
argmap update c1672b28197 -q us-guarantee -q nato-replacement >/dev/null # 001 s0018 idem
argmap update c0898798f56 -q defence-industry -q nato-replacement >/dev/null # 001 s0063 -> obstacles to a unified military
argmap update c9e5cf6fced -q burden-sharing -q transatlantic-partnership >/dev/null # 003 s0061 -> US can find points of dialogue
argmap update c12785293d3 --stance hedged --note "R15: example of the consortium approach (s0044, hedged: complementary with NATO); a European alternative to Starlink" >/dev/null
argmap update c3e10ec61fb --stance hedged --note "R15: example of the consortium approach (s0044, hedged); SAMP/T chosen over the US Patriot" >/dev/null

# R19: concessive 'While X, Y' is one unit with Y's stance (003 s0029 had been split).
C29=$(argmap annotate 003 --sentence s0029 --stance pro-autonomy -q us-guarantee -q decision-formats --supports c4eee0aaabc \
  --note "R19: concessive 'While X (NATO commitment), Y': Y's stance; R8 uncertainty emanating from Washington" | cut -d' ' -f1)
D cfb62e5b5b3
D c5366412c81

# R16: status-quo background set up for a 'Yet/However' is not annotated (004 s0003).
D ca82a74bd37

# R25: rebutting 'autonomy drives the US away' is pro-autonomy on transatlantic-partnership.
argmap update c8a673d3c96 --stance pro-autonomy --note "R25: rebuts the fear of US decoupling (s0009, 'But if anything'); European agency to act alone when necessary" >/dev/null

# R26 (second pass): generic capabilities, capability gaps or shortfalls with nothing named and no
# US capability to replace are burden-sharing, not capability-gap.
argmap update c67d037a290 -q burden-sharing -q transatlantic-partnership >/dev/null   # 002 s0033 transformation plan
argmap update c6f3de69c42 -q burden-sharing -q decision-formats >/dev/null            # 002 s0053 capability planning congruent with NDPP
argmap update cc22ee564ec -q burden-sharing -q defence-industry -q decision-formats >/dev/null # 002 s0057 NATO-EU forum on shortfalls
argmap update cb7b72265eb -q burden-sharing >/dev/null                                # 002 s0045 modernize, close capability gaps
argmap update cb3aa4ab46b -q burden-sharing >/dev/null                                # 002 s0050 50% of NATO minimum requirements

# R24: plain buy-US (enablers matched with available US systems, US market incentives) is pro-us-primacy.
argmap update c9cdab6a5db --stance pro-us-primacy --note "R24: plain buy-US: European enabler needs (C4ISR) matched with US systems, 'ensuring ... US market incentives'; continued reliance on US industry and capabilities" >/dev/null

# --- Checks (read-only) run during this pass ------------------------------------------------------
# argmap claims --json (all claims, and -q capability-gap), argmap sources --json (every source has
# a note; none changed), argmap sentences 001 / 003 / 004 (s0029, s0043-s0048, s0003, s0025), argmap matrix
argmap validate
