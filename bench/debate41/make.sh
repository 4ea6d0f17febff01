#!/usr/bin/env bash
# Rebuild the held-out debate on whether the (invented) federation of Casterra should ban
# gambling companies' advertising and shirt sponsorship in professional sport, from
# bench/debate41/raw/ into an empty folder, with argmap's own commands only (no JSON edited by
# hand).
#   bash bench/debate41/make.sh /tmp/debate41      (from the repository root)
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

# 1. the project and its codebook: three stances, the two sides and a middle one for partial
#    limits, a levy, or an evaluation first
python3 -m argmap init "$OUT" --name "Should Casterra ban gambling companies' advertising and shirt sponsorship in professional sport?"
am codebook rename stance for ban-gambling-ads
am codebook rename stance against no-ban
am codebook rename stance hedged partial-or-wait
am codebook edit stance ban-gambling-ads --label "Ban gambling ads and shirt sponsorship in sport" \
    --description "Pass Bill 88/2028 as tabled: no betting company's advertising in or around professional sport and no betting logos on shirts; betting ads reach children and young fans, make gambling normal, tempt problem gamblers, and Velandria and others have shown it can be done; clubs can find other sponsors."
am codebook edit stance no-ban --label "No ban" \
    --description "Do not ban: betting sponsorship is a large share of clubs' income, above all the small clubs'; licensed operators that may advertise keep gamblers away from illegal sites; the operators' own code and age filters already protect minors; a legal product may be advertised, and a ban is paternalistic and out of proportion."
am codebook edit stance partial-or-wait --label "Partial limits, a levy, or evaluate first" \
    --description "Neither the full ban nor nothing: a whistle-to-whistle ban, no logos on shirts only (or on youth kits only), a cap on ads, a levy on operators to fund treatment, a long transition, or no verdict until the FGC has evaluated Velandria's ban and the evidence."
am codebook add-question harm-to-young-people --label "Harm to young fans" \
    --text "Do betting ads and shirt logos in sport reach children and young people and make gambling seem normal to them?"
am codebook add-question club-finances --label "Clubs' income" \
    --text "Can the clubs, above all the small ones, do without betting sponsors' money?"
am codebook add-question illegal-market --label "The illegal market" \
    --text "Would a ban push gamblers towards unlicensed and illegal betting sites?"
am codebook add-question lessons-from-abroad --label "Lessons from abroad" \
    --text "What do Velandria's ban, Ostrelia's whistle-to-whistle rule and other countries' rules show?"
am codebook add-question self-regulation --label "The operators' own code" \
    --text "Do the operators' voluntary code, age filters and the regulator's supervision protect minors well enough?"
am codebook add-question freedom-to-advertise --label "Freedom to advertise" \
    --text "May a legal business advertise its product, and is a ban proportionate?"
am codebook add-question problem-gambling-treatment --label "Problem gambling and treatment" \
    --text "Do the ads harm problem gamblers, and who should pay for their treatment?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R7-R13) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp ban-gambling-ads "ban the ads" "ban all gambling ads" "ban betting ads" "ban on all betting advertising" \
    "ban them entirely" "ban in its entirety" "ban must come" "bill 88" "as tabled" \
    "adopt the minister's bill" "we support the ban" "no betting logos" "logo off the shirt" "logos off" \
    "betting shirt" "shirt of a bookmaker" "bookmaker's logo" "walking billboards" \
    "normalis*" "normaliz*" "normal part of football" "every advert" "bombarded" \
    "saturat*" "cannot escape" "grooming" "hook* young" "the next generation of gamblers" \
    "young fans" "our children see" "children see" "in the eyes of children" \
    "tobacco" "like tobacco" "as with tobacco" "velandria did it" "velandria has shown" \
    "it can be done" "other sponsors" "find other sponsors" "new sponsors" "public health" \
    "health before profit" "health before business" "profit from misery" "predatory" \
    "addictive product" "the industry has had its chance" "time to act" "no more postponement" "without exception"
sp no-ban "no ban" "against the ban" "reject the ban" "we oppose the ban" "withdraw bill 88" \
    "the clubs lose" "clubs will lose" "lose their sponsor" "loss of income" "hole in the budget" \
    "small clubs" "modest clubs" "survival of the club" "jobs at the club" "legal product" \
    "lawful product" "legal activity" "legal business" "freedom of commerce" \
    "commercial freedom" "freedom of enterprise" "right to advertise" "paternalis*" \
    "nanny state" "adults can decide" "responsible adults" "disproportionate" \
    "out of proportion" "black market" "illegal operators" "unlicensed sites" "offshore" \
    "channelling" "channelization" "canalisation" "regulated market" "licensed operators" \
    "self-regulation" "our code" "the code works" "code of responsible sponsorship" \
    "age filter*" "age-gating" "age verification" "already protected" "already strict" \
    "symbolic measure" "symbolic politics" "populis*" "moral panic" "bread for today"
sp partial-or-wait "whistle-to-whistle" "whistle to whistle" "during the match" \
    "during the broadcast" "only the shirt" "shirt only" "shirts only" "youth kits" \
    "children's kits" "replica shirts" "a cap on" "limit the number" "fewer ads" "partial ban" \
    "partial limits" "middle way" "middle road" "intermediate" "gradual*" "step by step" \
    "transition period" "phase out" "levy" "1 %" "one per cent" "contribution to treatment" \
    "fund treatment" "evaluate" "evaluation" "before deciding" "premature" "too early" \
    "more data" "more evidence" "wait for the evidence" "not conclusive" "inconclusive" \
    "mixed evidence" "cannot yet say" "both sides" "on the one hand" "on the other hand" \
    "no verdict" "a review" "sunset clause" "pilot" "proportionate measure" "balance"
qp harm-to-young-people "child*" "minor*" "young*" "youth" "teen*" "under 18" "under-18" \
    "adolescen*" "students" "school*" "kids" "young men" "generation" "normal*"
qp club-finances "club*" "sponsor*" "income" "revenue*" "budget*" "castars" "million" \
    "finances" "financial*" "jobs" "shirt deal" "commercial" "bankrupt*" "wage*"
qp illegal-market "illegal" "unlicensed" "black market" "offshore" "licensed" "licence" \
    "license" "channel*" "canalis*" "grey market" "15 %" "VPN" "crypto casino*"
qp lessons-from-abroad "velandria*" "ostrelia*" "abroad" "other countries" "neighbour*" \
    "neighbor*" "elsewhere" "experience of" "the example of" "in italy" "in spain" \
    "international" "comparative" "foreign"
qp self-regulation "code" "self-regulat*" "voluntary" "age filter*" "age-gat*" "verification" \
    "FGC" "supervision" "regulator" "complaints" "industry" "ACOA" "rules of the sector"
qp freedom-to-advertise "freedom" "free speech" "legal product" "constitution*" "proportional*" \
    "disproportionate" "paternalis*" "nanny" "right to" "liberty" "adults" "commercial speech"
qp problem-gambling-treatment "addict*" "problem gambl*" "problem gamblers" "helpline" \
    "línea clara" "Linea Clara" "treatment" "clinic*" "levy" "relapse" "debts" "therapy" \
    "harm*" "recovery" "self-exclusion"

# 3. the pages, as saved from the web and the user's tools ------------------------------------
# Reader pinned: `--reader 17` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`; ids from the
# file names.
am add --reader 17 --id-from file "$HERE"/raw/*
# what argmap could not read from the pages, or read wrongly: say it (see friction.md)
am meta bill-88-2028-gambling-advertising-in-sport-feedback-received-participa \
    --author "Participa Casterra respondents (seven of 1,104, page 1 of 37)" --date 2028-02-26
am meta bocc-88-2028-amendment-14-justification \
    --title "Bill 88/2028: Amendment No. 14 (Federal Centre) and its justification" \
    --author "Parliamentary Group of the Federal Centre (Ana-Maria Ionescu Vidal)" \
    --outlet "Official Bulletin of the Congress of Deputies (BOCC), unofficial English version"
am meta carta-ampa-ourense-ban-betting-ads-deepl \
    --title "Open letter to the deputies of Auria on Bill 88/2028" \
    --outlet "FAMPA-Ourense (translated with DeepL)"
am meta mediaclip-cst-daily-review-2028-02-14-sport-gambling \
    --title "Daily Press Review: Sport & Regulation, 14 February 2028 (five clips)" \
    --author "Mediaclip Casterra Language Desk (five translated clips)" \
    --outlet "Mediaclip Casterra (press clipping service)"
am meta open-letter-of-the-clubs-of-the-north-and-auria-cd-norteno \
    --author "The presidents of nine clubs (CD Norteño, Deportivo Aurense and others)" \
    --outlet "CD Norteño (official website)"
am meta speech-of-the-minister-of-health-and-consumers-at-the-presentation \
    --author "Amaia Lorente-Vos, Minister of Health and Consumers"
# who says what: the interpreter's renderings are read as the interviewer's ("Liga Insider");
# the quote in a forum reply is the quoted poster's words
am batch - <<'SPEAKERS'
speaker interview-aurense-president-xose-ribadavia-bill-88 s0008-s0011 "Xosé Ribadavia (through the interpreter)"
speaker interview-aurense-president-xose-ribadavia-bill-88 s0013-s0016 "Xosé Ribadavia (through the interpreter)"
speaker interview-aurense-president-xose-ribadavia-bill-88 s0018-s0021 "Xosé Ribadavia (through the interpreter)"
speaker interview-aurense-president-xose-ribadavia-bill-88 s0023-s0026 "Xosé Ribadavia (through the interpreter)"
speaker interview-aurense-president-xose-ribadavia-bill-88 s0029-s0031 "Xosé Ribadavia (through the interpreter)"
speaker interview-aurense-president-xose-ribadavia-bill-88 s0033-s0035 "Xosé Ribadavia (through the interpreter)"
speaker interview-aurense-president-xose-ribadavia-bill-88 s0037-s0039 "Xosé Ribadavia (through the interpreter)"
speaker betting-logos-off-the-shirts-what-you-think-liga-federal-fans-flarum s0029 "Dani_Ultra_1923"
SPEAKERS

# 4. the annotations, following guide.md: one row per unit in gold.tsv (source, sentence,
#    stance, questions, kind, note, and links by row id), imported in one go ----------------
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta acoa-why-a-prohibition-is-not-the-solution-translated-page --note "The operators' association's position page, machine-translated in the browser (Google Translate markup, the Castellan original kept in hidden spans): opens by conceding the ads were too aggressive, then no ban: the code and age filters, the illegal market, Velandria, the clubs, a legal product; a whistle-to-whistle window waved away."
am meta betting-logos-off-the-shirts-what-you-think-liga-federal-fans-flarum --note "A Flarum fan forum thread in mixed registers and languages: a small club's fan against the ban, a moderator for it, a whistle-to-whistle poster, a sister's story against 'grown men can decide', a stats fan for waiting, an expat for freedom; the starter ends on the partial ban and a fund."
am meta bill-88-2028-gambling-advertising-in-sport-feedback-received-participa --note "A public feedback portal's page of seven responses, most machine-translated: a betting-shop worker and a citizen against, a treatment NGO and a teacher for the ban, a municipality and a basketball club for a gradual or partial way, an agency for strengthening the code."
am meta bocc-88-2028-amendment-14-justification --note "A centre group's amendment in the Congress bulletin (unofficial English, stiff legal register): a whistle-to-whistle ban, no logos on youth kits, a 1 % levy, an evaluation after three seasons before deciding on first-team shirts; polite attacks on both the operators and the Government."
am meta carta-ampa-ourense-ban-betting-ads-deepl --note "A parents' federation's open letter, translated with DeepL: opens on the clubs' fears and academies, then for the bill without watering it down; the code, the illegal-sites argument and the whistle-to-whistle idea answered; a contribution for prevention."
am meta ffu-statement-take-the-betting-logos-off-our-shirts-federal-footballers --note "A players' union statement in plain short sentences: opens on sponsors paying wages and small clubs' fears, then for the bill as tabled: abuse from gamblers, young players who bet, children's shirts, Velandria's new sponsors; a two-season transition and fund; a partial ban rejected."
am meta fgc-summary-of-responses-consultation-2027-04-gambling-advertising-sport --note "The regulator's English summary of a consultation, numbered paragraphs: reports both sides and the middle (R5, R6), finds the evidence on the illegal market and Velandria insufficient, asks for an evaluation plan."
am meta i-used-to-shrug-at-the-betting-shirts-not-any-more-the-casterra-courier --note "An expat newspaper's column that changes its mind: opens with the old no-ban view (R15), then for the bill 'shirts and all': a goddaughter fluent in odds, the helpline, Velandria; the transition conceded, the illegal-market, whistle-to-whistle and freedom arguments answered."
am meta interview-aurense-president-xose-ribadavia-bill-88 --note "A club president's interview through an interpreter ('He says that ...'): no ban: 21 % of income, the academy, no banks in Auria, the code, the Telegram sites, a legal product; concedes a problem and could live with a whistle-to-whistle compromise."
am meta mediaclip-cst-daily-review-2028-02-14-sport-gambling --note "A clipping service's daily press review, five clips translated from Castellan, Vennic and Aurian: a columnist for the ban, an economy story against, an economist for Ostrelia's window, a levy and an evaluation, a helpline news item, an editorial against (the illegal market)."
am meta open-letter-of-the-clubs-of-the-north-and-auria-cd-norteno --note "Nine small clubs' open letter on a club website (language switcher, betting sponsor strip): opens by sharing the minister's aim and conceding past excesses, then reject the bill: uneven cost, no replacement sponsors, Velandria not comparable, the licensed operators, the code, freedom."
am meta policy-note-27-the-ban-that-protects-nobody-instituto-libertas --note "A liberal think tank's policy note: no ban: no evidence, channelling to the licensed market, proportionality and commercial freedom, a hidden tax on the regions; concedes harm and past excess; a supervisor for the code and age checks instead."
am meta speech-of-the-minister-of-health-and-consumers-at-the-presentation --note "The minister's speech presenting Bill 88 (unofficial translation, long run-on sentences): the full ban with a transition and a fund; self-regulation, the illegal market, freedom of enterprise and the whistle-to-whistle way answered politely; Velandria."
am meta sponsorship-exposure-and-gambling-participation-core-cs-repository-item --note "A working paper's repository page (DSpace) with a stiff abstract and a translated policy summary: exposure goes with gambling, but Velandria's ban shows no significant fall yet; both camps' claims about Velandria not supported; staged introduction and evaluation advised."
for s in acoa-why-a-prohibition-is-not-the-solution-translated-page \
    betting-logos-off-the-shirts-what-you-think-liga-federal-fans-flarum \
    bill-88-2028-gambling-advertising-in-sport-feedback-received-participa \
    bocc-88-2028-amendment-14-justification carta-ampa-ourense-ban-betting-ads-deepl \
    ffu-statement-take-the-betting-logos-off-our-shirts-federal-footballers \
    fgc-summary-of-responses-consultation-2027-04-gambling-advertising-sport \
    i-used-to-shrug-at-the-betting-shirts-not-any-more-the-casterra-courier \
    interview-aurense-president-xose-ribadavia-bill-88 \
    mediaclip-cst-daily-review-2028-02-14-sport-gambling \
    open-letter-of-the-clubs-of-the-north-and-auria-cd-norteno \
    policy-note-27-the-ban-that-protects-nobody-instituto-libertas \
    speech-of-the-minister-of-health-and-consumers-at-the-presentation \
    sponsorship-exposure-and-gambling-participation-core-cs-repository-item; do
    am done "$s"   # read in full
done
am validate
