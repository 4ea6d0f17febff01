#!/usr/bin/env bash
# Rebuild the held-out debate on whether the Republic of Ostmark should let gene-edited crops
# out of its strict GMO rules, from bench/debate29/raw/ into an empty folder, with argmap's own
# commands only (no JSON edited by hand).
#   bash bench/debate29/make.sh /tmp/debate29      (from the repository root)
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

# 1. the project and its codebook: two stances, no middle one (let targeted edits out of the
# GMO rules, or keep them in) -----------------------------------------------------------------
python3 -m argmap init "$OUT" \
    --name "Should Ostmark let gene-edited crops out of its strict GMO rules?"
am codebook rename stance for allow-gene-edited
am codebook rename stance against keep-gmo-rules
am codebook remove stance hedged
am codebook edit stance allow-gene-edited --label "Treat targeted edits like breeding" --symbol "▲" \
    --description "Yes: pass the New Breeding Techniques Bill. Crops with targeted edits that carry no foreign DNA and could have arisen by crossing or by natural mutation are treated like conventionally bred varieties: notified and listed in the public variety register, but without case-by-case GMO authorisation, GMO food labels, traceability or special coexistence and liability rules. Edited crops are as safe as bred ones, help farmers cope with drought and disease, cut sprays, keep Ostmark's breeders and researchers at home and level with neighbours who already changed their law."
am codebook edit stance keep-gmo-rules --label "Keep the GMO rules" --symbol "▼" \
    --description "No: keep gene-edited crops under the Gene Technology Act: case-by-case risk assessment and authorisation, traceability, GMO labels on food and seed, coexistence rules and liability for contamination. Off-target and unintended effects need checking, consumers and organic and GMO-free farmers need to know and choose, patents would put seed in a few firms' hands, the export markets still demand GMO-free goods, and the promised climate crops are not here yet. Reject the Bill or amend it so that edited crops stay under the Act."
am codebook add-question food-safety --label "Food safety and health" \
    --text "Are gene-edited foods as safe to eat as conventionally bred ones: off-target edits, unintended effects, allergens, long-term health, what risk assessment finds?"
am codebook add-question labelling-choice --label "Labelling and consumer choice" \
    --text "Should food and seed from edited crops be labelled and traceable, can consumers and GMO-free and organic chains still choose and prove what they sell, and can edits be detected?"
am codebook add-question seeds-patents --label "Farmers, seeds and patents" \
    --text "Who will own the edited seed: patents, licence fees, seed prices, small breeders and farmers' right to save and breed from seed?"
am codebook add-question environment-biodiversity --label "Environment and biodiversity" \
    --text "What happens in fields and nature: spraying and fungicides, gene flow to wild relatives and neighbours' crops, insects, soil, monocultures?"
am codebook add-question climate-adaptation --label "Climate, drought and yields" \
    --text "Will edited crops help farmers cope with drought, heat, new diseases and falling yields, and how soon?"
am codebook add-question science-regulation --label "Science and the law" \
    --text "Does the Gene Technology Act fit what the science says about edits and mutations: the cost and years of authorisation, research leaving the country, the precautionary principle, who regulates?"
am codebook add-question trade-markets --label "Trade and markets" \
    --text "What happens to exports, the organic and GMO-free premium, imports and neighbours' rules, and Ostmark's breeders and food firms?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R13) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp allow-gene-edited "pass the nbt bill" "back the nbt bill" "category 1" "like conventional" \
    "conventionally bred" "same as breeding" "just breeding" "indistinguishable" \
    "natural mutation*" "could have arisen" "no foreign dna" "regulate the product" \
    "not the process" "outdated law" "law from 2004" \
    "2004 law" "science-based" "the science is settled" "no evidence of harm" \
    "as safe as" "fewer sprays" "less fungicide" "spray less" "drought-tolerant" \
    "drought-resistant" "mildew-resistant" "resistant varieties" "let breeders" \
    "small breeders can" "public breeding" "researchers leave" "research has moved" \
    "brain drain" "fall behind" "norland already" "like norland" "same footing as" \
    "a tool in the toolbox" "toolbox" "farmers need tools" "give farmers" \
    "stop treating" "fear-mongering" "scare stories" "frankenfood myth" "irrational fear" \
    "precision breeding" "targeted edit*" "faster breeding" "update the act" \
    "modernise the act" "proportionate" "notification is enough" "the register is enough"
sp keep-gmo-rules "keep the act" "keep the rules" "vote the nbt bill down" "stop the bill" \
    "amend the bill" "gmo by another name" "new gmos" "gmos through the back door" \
    "deregulation" "deregulate" "risk assessment" "by case by case" \
    "case-by-case" "right to know" "label it" "labels on" "must be labelled" \
    "unlabelled" "no label" "traceability" "cannot be traced" "off-target" \
    "unintended effects" "unknown risks" "precaution*" "liability" "who pays when" \
    "contaminat*" "coexistence" "gmo-free" "organic farmers" "organic sector" \
    "seed monopoly" "patent grab" "patented seed" "licence fees" "corporate control" \
    "agrochemical giants" "big seed" "promises" "hype" "miracle crop*" \
    "not yet on the market" "soil and water" "crop rotation" "agroecolog*" \
    "export premium" "customs union" "lose our markets" "consumers don't want" \
    "consumers do not want" "burden of proof"
qp food-safety "safe*" "unsafe" "health*" "allergen*" "toxin*" "eat*" "food safety" \
    "off-target" "unintended" "risk assessment" "long-term" "feeding stud*"
qp labelling-choice "label*" "labelling" "right to know" "choice" "choose" "consumer*" \
    "traceab*" "detect*" "test for" "lab test*" "gmo-free" "register" "shopper*" \
    "supermarket*"
qp seeds-patents "patent*" "licen*" "royalt*" "seed price*" "breeder*" "saved seed" \
    "save seed" "farm-saved" "seed compan*" "monopol*" "breeders' exemption" \
    "plant variety" "multinational*"
qp environment-biodiversity "spray*" "fungicide*" "pesticide*" "herbicide*" \
    "biodiversity" "wild relative*" "gene flow" "pollen" "insect*" "bees" "soil*" \
    "monoculture*" "hedgerow*" "nature" "environment*"
qp climate-adaptation "climate" "drought*" "heat*" "dry summer*" "rainfall" "yield*" \
    "harvest*" "blight" "mildew" "disease-resistant" "resilien*" "adapt*" "new pests"
qp science-regulation "gene technology act" "the act" "regulat*" "authoris*" \
    "approval" "the law" "legislation" "process-based" "product-based" "scientists" \
    "academy" "field trial*" "research*" "years and" "precautionary principle" \
    "crispr" "mutagenesis"
qp trade-markets "export*" "import*" "market*" "customs union" "norland" "premium" \
    "trade" "buyers" "retailers" "food industry" "competitor*" "price*" "organic sector"

# 3. the pages, as saved from the web, a chat app, a mail client and a word processor ---------
# Reader pinned: `--reader 13` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`; ids from the
# file names.
am add --reader 13 --id-from file "$HERE"/raw/*
# what argmap could not read from the pages, or read wrongly: say it
am meta diet-agriculture-committee-report-nbt-bill \
    --title "The New Breeding Techniques Bill (Third Report of Session 2026-27)" \
    --author "Committee on Agriculture and Food" --outlet "The Diet of the Republic of Ostmark"
am meta frischmarkt-our-position-new-genetic-engineering \
    --author "Katrin Moll (Head of Quality and Sustainability, Frischmarkt)"
am meta kornfeld-saatzucht-vella-spring-barley --author "Kornfeld Saatzucht"
am meta landbund-position-nbt-bill-v4-final \
    --title "Tools for the fields: Landbund Ostmark position paper on the New Breeding Techniques Bill" \
    --author "Landbund Ostmark (Federal Board)" --outlet "Landbund Ostmark" --date 2026-11-06
am meta ministry-agriculture-press-release-ofba-panel-opinion \
    --title "Minister Vos welcomes safety opinion on new breeding techniques" \
    --author "Ministry of Agriculture, Food and Rural Affairs" \
    --outlet "Ministry of Agriculture, Food and Rural Affairs (press release 211/2026)"
am meta reddit-r-ostmark-nbt-bill-thread --date 2026-11-25
am meta roas-breeding-for-a-drier-ostmark-ch4 \
    --author "Royal Ostmark Academy of Sciences, Working Group on Crop Genetics and Climate" \
    --outlet "Royal Ostmark Academy of Sciences (report: Breeding for a drier Ostmark)"
am meta sonnenfeld-mill-letter-38 --author "Hanna Seidl (Sonnenfeld Mill)" \
    --outlet "Sonnenfeld Mill's Mill Letter (e-mail newsletter)"
am meta youtube-plantwise-is-gene-editing-gmo-2 --author "Mira Solberg (Plantwise)"
# who says what: the channel's reply to @biohof-lindner is read as @biohof-lindner's words
am speaker youtube-plantwise-is-gene-editing-gmo-2 s0020-s0021 "@plantwise"

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta roas-breeding-for-a-drier-ostmark-ch4 --note "A science academy's report chapter (Markdown with footnotes and a table): opens with the critics' concerns (off-target edits, the right to know), answers them one by one, concedes that the tools are young, that drought needs many genes and that patents need looking at; supports the Bill's principle with three recommendations."
am meta ofba-consultation-2026-07-category-1 --note "The regulator's consultation document (numbered sections, tables, questions to respondents): how category 1 plants would be notified, registered and monitored; summarises the arguments for and against the Bill it received and comments on them; concedes the cost of separation for exports; on balance for its proposal."
am meta ostmark-review-the-barley-that-waits --note "A magazine long read: opens with the breeder of a mildew-resistant barley calling the law absurd and grants the science case at length, then an organic miller's traceability problem, the patents on the barley and the missing drought crops turn the writer against the Bill as tabled; keep labels and liability until patents and tracing are settled."
am meta diet-agriculture-committee-report-nbt-bill --note "A parliamentary committee's report: by seven votes to four, do not pass the Bill unless food is labelled and traceable, liability stays and patents are dealt with first; accepts the safety evidence and the farmers' need; a dissenting opinion of four members for passing it as tabled."
am meta landbund-position-nbt-bill-v4-final --note "The farmers' union's position paper (Word document): opens with its members' fears (GMO-free milk, patents), then supports the Bill for drought, disease and fewer sprays; concedes the patent problem and the separation cost seen in Norland; asks for a farmers' clause and a Patent Act amendment."
am meta free-seed-ostmark-hidden-in-the-field-report --note "An NGO's campaign report: opens with the Bill's promise in its supporters' words, then against it on risk assessment, the right to know, traceability, patents, the climate alibi and exports; concedes no harm has been shown and the drought was real; reports farmers' mixed views; answers the Academy."
am meta kira-ruben-agrar-social-thread --note "An organic market gardener's Mastodon thread: grants that an edited carrot may be safe, then against the Bill on contamination, liability and saved seed; a scientist's reply for the register and a farmer's son's reply for drought lines, with her answer."
am meta reddit-r-ostmark-nbt-bill-thread --note "A Reddit thread started by a city dweller's question: an arable farmer for the drought and mildew varieties, a baker's reply that no drought wheat exists, a dairy farmer for keeping labels, a plant geneticist who thinks edits safe but would vote against this version over patents, a shop owner for labels."
am meta youtube-plantwise-is-gene-editing-gmo-2 --note "A plant geneticist's YouTube explainer page: the description argues for the Bill and concedes the patent point; top comments from an organic farmer (certification), a barley grower (fewer sprays) and a sceptic (why avoid a risk assessment), with the channel's reply."
am meta whatsapp-chat-with-ackerbau-ostkreis --note "A farmers' WhatsApp group before a union district meeting: most want the Bill for drought and mildew; one against over patents and saved seed unless a farmers' clause is in it; a mixed farm with an organic potato contract comes down for keeping labels and liability."
am meta sonnenfeld-mill-letter-38 --note "An organic mill's e-mail newsletter: opens with the 'just like breeding' view, then against the Bill because labels and traceability are what let the mill guarantee GMO-free flour at home and in the Customs Union; does not call edited grain unsafe; asks readers to write to their deputies."
am meta ministry-agriculture-press-release-ofba-panel-opinion --note "The agriculture ministry's press release: the safety panel's opinion confirms the Bill's science; farmers need drought and disease varieties; the register keeps transparency; notes the organic producers' concerns and answers them."
am meta kornfeld-saatzucht-vella-spring-barley --note "A seed firm's product page for an edited barley not yet sold in Ostmark: mildew resistance, fewer sprays, a natural trait bred faster; the present law costs more than the firm's breeding budget; seed bags marked; a licence note forbidding farm-saved seed."
am meta consumers-council-faq-gene-edited-food --note "A consumer association's FAQ of accordions: grants the safety panel's view, but asks to keep labels, traceability and a check before sale; answers the Minister's 'a label would frighten people'."
am meta frischmarkt-our-position-new-genetic-engineering --note "A supermarket chain's position page: keeps its own brands free of gene editing and asks the Diet to keep labels and traceability; does not call edited food unsafe."
for s in consumers-council-faq-gene-edited-food diet-agriculture-committee-report-nbt-bill \
    free-seed-ostmark-hidden-in-the-field-report frischmarkt-our-position-new-genetic-engineering \
    kira-ruben-agrar-social-thread kornfeld-saatzucht-vella-spring-barley \
    landbund-position-nbt-bill-v4-final ministry-agriculture-press-release-ofba-panel-opinion \
    ofba-consultation-2026-07-category-1 ostmark-review-the-barley-that-waits \
    reddit-r-ostmark-nbt-bill-thread roas-breeding-for-a-drier-ostmark-ch4 \
    sonnenfeld-mill-letter-38 whatsapp-chat-with-ackerbau-ostkreis \
    youtube-plantwise-is-gene-editing-gmo-2; do
    am done "$s"   # read in full
done
am validate
