#!/usr/bin/env bash
# Rebuild the held-out debate on how Kestrany should fund its public broadcaster KBC once the
# television licence fee ends in 2029, from bench/debate21/raw/ into an empty folder, with
# argmap's own commands only (no JSON edited by hand).
#   bash bench/debate21/make.sh /tmp/debate21      (from the repository root)
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

# 1. the project and its codebook: four ways to fund KBC, most public first, and no verdict ----
# (the brief named the undecided stance `no-verdict`; debate4 has that id, and a held-out
# debate's stance ids must be its own, so it is `reserved` here)
python3 -m argmap init "$OUT" \
    --name "How should Kestrany fund KBC once the licence fee ends in 2029?"
am codebook rename stance for keep-fee
am codebook rename stance against subscription
am codebook rename stance hedged reserved
am codebook edit stance keep-fee --label "Keep a modernised licence fee" --symbol "■" \
    --description "Keep a licence fee paid by the households that watch or listen, modernised so that it covers streaming and KBC Play as well as a television set: a charge tied to the service keeps KBC at arm's length from the government of the day, is set for several years at a time by an independent review, gives every viewer a stake in the broadcaster, and can be made fairer with discounts and with evasion treated as a civil debt rather than a crime."
am codebook add-stance household-levy --label "A flat levy on every household" \
    --symbol "◧" --axis 1 --color "#2f7f8f" \
    --description "Replace the licence with a flat levy paid by every household whether or not it watches (as some countries have done), collected with the resident register or property tax, with exemptions for households on benefits: no streaming loophole, no inspectors, lower evasion and a lower charge for each household, while the money still goes to KBC outside the state budget."
am codebook move stance household-levy 2
am codebook add-stance tax-funded --label "Pay for it from general taxation" \
    --symbol "◇" --axis -1 --color "#b0803e" \
    --description "Abolish any separate charge and fund KBC from general taxation, its grant set by parliament each year (or for several years) in the budget: progressive because income tax falls on those who can pay, cheap to collect, no fines and no inspectors, and universal because everyone pays through the tax system; independence is protected by law, a multi-year grant or a buffer body rather than by a separate fee."
am codebook move stance tax-funded 3
am codebook edit stance subscription --label "Let viewers subscribe; shrink the remit" \
    --symbol "○" \
    --description "End compulsory funding: viewers who want KBC's programmes pay a subscription (as for any streaming service), and the public remit shrinks to what the market will not provide (news, children's programmes, minority languages, regional services), paid by a small public content fund open to any broadcaster; people should not be made to pay for what they do not use, KBC crowds out commercial broadcasters and local newspapers, and streaming has ended the scarcity that justified a licence."
am codebook edit stance reserved --label "No verdict" --symbol "◌" \
    --description "Takes no side on how to fund KBC: weighs the fee, the levy, taxation and subscription without a verdict, says the evidence from other countries does not settle it or cuts both ways, asks for a review or more information before deciding, or makes its answer depend on a condition it leaves open."
am codebook add-question independence --label "Independence from government" \
    --text "Whether the way KBC is funded keeps it independent of the government of the day: who sets the amount and how often, the risk of cuts as punishment for coverage, charters, multi-year settlements, buffer bodies, ring-fencing in law?"
am codebook add-question fairness-cost --label "Fairness and cost to households" \
    --text "Who pays and how much: a flat charge against income-related tax, the burden on poor households and pensioners, exemptions and discounts, single-person households, fines and prosecution for non-payment, what each option costs a household a year?"
am codebook add-question universality --label "A service for everyone" \
    --text "Whether KBC stays free at the point of use for everyone: universal access, programmes for all ages and regions, shared national moments, those who would not or could not subscribe, the young who no longer watch television?"
am codebook add-question market-competition --label "Commercial rivals and the market" \
    --text "What KBC's funding does to commercial broadcasters, streaming services and newspapers: crowding out, advertising markets, competition for audiences and talent, KBC Play against paid streaming, what the market would provide without KBC?"
am codebook add-question quality-remit --label "Programmes and the public remit" \
    --text "What KBC should make and how good it is: the public-service remit, drama, children's programmes, culture, minority languages, documentaries, entertainment, what would be cut if the money fell or if the remit shrank?"
am codebook add-question collection-evasion --label "Collecting the money" \
    --text "How the money is collected and who escapes paying: licence evasion, the streaming loophole, inspectors and enforcement, collection costs, collection with the property tax, resident register or income tax, subscription paywalls?"
am codebook add-question local-news --label "Local and regional news" \
    --text "What happens to local and regional journalism: KBC's regional newsrooms, coverage of councils and courts, local newspapers and their websites, news deserts, what each funding option would keep or close?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp keep-fee "keep the licence" "keep the fee" "keep a licence fee" "modernised licence" \
    "modernise the licence" "modernise the fee" "reformed licence" "licence fee for streaming" \
    "extend the licence" "licence to cover streaming" "cover streaming" "digital licence" \
    "those who watch pay" "those who use it pay" "pay for what you watch" "tied to use" \
    "independent review" "five-year settlement" "arm's length" "direct relationship" \
    "owned by the viewers" "viewers own" "civil debt" "decriminalise" "decriminalize" \
    "instalments" "discount for pensioners" "concession*" "fee has served"
sp household-levy "household levy" "household charge" "levy on every household" \
    "flat levy" "every household pays" "whether or not they watch" "whether they watch" \
    "everyone benefits" "everyone pays" "device-independent" "resident register" \
    "with the property tax" "close the loophole" "no more inspectors" "end the inspections" \
    "spread the cost" "broader base" "white paper" "as vestria" "vestria" \
    "exempt*" "outside the budget" "outside the state budget"
sp tax-funded "general taxation" "from taxation" "from tax" "taxpayer-funded" \
    "tax-funded" "fund it from" "state budget" "parliament votes" "annual grant" \
    "multi-year grant" "ring-fenced grant" "ring-fence*" "buffer body" "income tax" \
    "progressive" "regressive" "poll tax" "flat charge" "those who can pay" "ability to pay" \
    "cost of collection" "abolish the licence" "abolish the fee" "scrap the licence" \
    "like the courts" "like the libraries" "as ossland" "ossland"
sp subscription "subscription" "subscribe" "subscribers" "paywall" "pay for what they use" \
    "don't watch" "do not watch" "never watch" "don't own a tv" "no tv" "why should I pay" \
    "forced to pay" "let people choose" "choice" "netflix" "streaming services" \
    "crowd* out" "crowding out" "unfair competition" "distort*" "level playing field" \
    "content fund" "contestable" "market failure" "what the market" "smaller kbc" \
    "slimmed" "shrink the remit" "core remit" "scarcity"
sp reserved "undecided" "no clear answer" "on the one hand" "on the other hand" \
    "both sides" "cuts both ways" "too early" "remains to be seen" "not settle*" \
    "mixed evidence" "the evidence is mixed" "trade-off*" "trade off" "depends on" \
    "it depends" "hard to say" "open question" "unclear" "no model is" "none of the options" \
    "each option" "every option" "weigh*" "more research" "before deciding" "not yet"
qp independence "independen*" "arm's length" "government of the day" "minister*" \
    "politicians" "political pressure" "interfere*" "punish*" "cut*" "charter" \
    "settlement" "ring-fenc*" "buffer" "editorial" "state broadcaster" "mouthpiece" \
    "in law" "multi-year"
qp fairness-cost "fair*" "unfair*" "poor*" "pensioner*" "low income*" "low-income" \
    "regressive" "progressive" "flat" "exempt*" "discount*" "afford*" "fine*" \
    "prosecut*" "court*" "jail" "crowns a year" "a year per household" "single-person" \
    "living alone" "burden"
qp universality "universal*" "everyone" "for all" "free at the point" "free to air" \
    "shared" "together" "national moments" "young people" "the young" "under-35*" \
    "generation" "rural" "access" "left behind" "those who cannot" "inclusion"
qp market-competition "commercial" "rival*" "competit*" "advertis*" "market" \
    "crowd* out" "streaming services" "netflix" "private broadcaster*" "tvk" \
    "publishers" "newspapers" "audience share" "talent" "distort*"
qp quality-remit "remit" "programme*" "drama" "children's" "documentar*" "culture" \
    "cultural" "sorvic" "minority language*" "quality" "entertainment" "sport*" \
    "orchestra*" "archive" "public service" "public-service" "output"
qp collection-evasion "evasion" "evade*" "evader*" "loophole" "inspector*" \
    "enforcement" "collect*" "non-payment" "unpaid" "detector van*" "letters" \
    "register" "property tax" "streaming-only" "only stream" "kbc play" "paywall" "bailiff*"
qp local-news "local news" "regional news*" "newsroom*" "local paper*" "regional" \
    "local journalism" "council meeting*" "courts reporting" "court reporting" \
    "news desert*" "local democracy" "reporter*" "correspondent*" "towns"

# 3. the articles, as saved from the web or downloaded ---------------------------------------
# Reader pinned: `--reader 9` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it); ids from the file names. No file is edited.
# The think tank's memo was downloaded as reStructuredText (raw/*.rst); `argmap add` refuses
# .rst ("unsupported file type '.rst'"), so it was saved as .txt, byte for byte the same text,
# as a user would do next: only the .txt is added.
# Ids pinned as argmap gave them then (cut at 40 characters; since session 13 `--id-from file`
# keeps the whole file name): the claims in gold.tsv name them.
am add --reader 9 --id-from file "$HERE"/raw/kbc-response-white-paper.html \
    "$HERE"/raw/landsraad-written-questions-kbc-funding.html \
    "$HERE"/raw/sorvi-static-tumblr-kbc-levy.html "$HERE"/raw/*.txt
am add --reader 9 --id kbc-licence-fee-white-paper-household \
    "$HERE"/raw/kbc-licence-fee-white-paper-household-levy-live.html
am add --reader 9 --id public-media-futures-levy-licence-tax \
    "$HERE"/raw/public-media-futures-levy-licence-tax-or-subscription.html
am add --reader 9 --id varnholm-courier-fund-kbc-from-tax \
    "$HERE"/raw/varnholm-courier-fund-kbc-from-tax-comments.html
# what argmap could not read from the files, or read wrongly: say it
am meta kbc-licence-fee-white-paper-household --outlet "Kestrany Herald" \
    --author "Signe Halvorsen and Ari Moberg"
am meta kbc-response-white-paper --author "KBC Press Office"
am meta landsraad-written-questions-kbc-funding \
    --title "Written questions and answers on KBC's funding, January to April 2027" \
    --author "Ruth Ellingsen, Pieter Vaskó, Anders Lykke and Birgitta Holm (questions); Tove Marsalek (answers)" \
    --date 2027-04-19
am meta sorvi-static-tumblr-kbc-levy \
    --author "sorvi-static, with reblogs by mossgreen-dialectics, pixelgrain-tv, oatmilk-and-opinions and fernweh-and-fog" \
    --date 2027-05-13
am meta varnholm-courier-fund-kbc-from-tax \
    --title "Fund KBC the way we fund the courts: from taxation (the comments)" \
    --author "Helle Strand (article) and readers' comments"
am meta osterby-memo-kbc-after-the-licence \
    --title "KBC after the Licence: Pay for What You Watch" --author "Kasper Lind" \
    --outlet "Osterby Institute (policy memo PM-2027-14)"

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta kbc-licence-fee-white-paper-household --note "A newspaper's live blog of the day the white paper proposed a flat household levy, newest update first: the pinned summary opens with the Social Democrats' 'poll tax' and their grant fixed in law; the minister's case (everyone benefits, the streaming loophole, inspections and prosecutions, Vestria, Ossland); KBC's director general for the modernised licence; TVK and the publishers for subscription and a smaller KBC; pensioners for the levy's exemptions; readers for and against."
am meta kbc-response-white-paper --note "KBC's press release answering the white paper: it grants the levy's case (the streaming loophole, the licence hard on poor pensioners), then argues for a licence modernised to cover streaming: independence (Ossland, a levy as a tax in all but name), discounts and no prosecutions, against subscription (universality, Sorvic, regional newsrooms), against crowding out, local news."
am meta landsraad-written-questions-kbc-funding --note "Six written questions to the culture minister before the white paper, each with her answer: MPs for tax funding (prosecutions, a regressive levy), for subscription (choice, commercial rivals), for the modernised licence and for a regional newsroom in every county; the minister commits to none and weighs each option."
am meta public-media-futures-levy-licence-tax --note "A media economist's blog post without a verdict: Vestria's levy cut evasion but may have cost trust; Ossland's cuts may be about design rather than tax; tax is fairest by income, fee and subscription by use; survey figures on subscription overstated both ways; crowding out against news deserts; asks parliament for three studies before choosing."
am meta sorvi-static-tumblr-kbc-levy --note "A Tumblr post and its reblogs: a young poster who used to want a subscription argues for the household levy (cheap, no inspectors, exemptions, a commission instead of the budget, local news); reblogs answer for tax funding (a poll tax), for subscription (why pay), undecided (every option has a catch) and for the licence extended to streaming (universality, Sorvic cartoons); the poster replies."
am meta varnholm-courier-fund-kbc-from-tax --note "An economist's op-ed for paying KBC from income tax with a grant fixed in law, and its comment section: a subscription reader answered, a former Ossland journalist for a separate charge and the author's reply (a two-thirds rule), a pensioner for tax, a reader for a smaller KBC, collection costs for tax and a reply for the levy, one for the licence, one undecided."
am meta osterby-memo-kbc-after-the-licence --note "A market-liberal think tank's memo (reStructuredText, saved as text) for ending compulsory funding: the case for it stated fairly then answered (scarcity is over, the young do not watch), KBC Play by subscription, a contestable public content fund for news, children's, Sorvic and regions, no enforcement, a flat charge unfair, crowding out; independence and universality objections answered."
for s in kbc-licence-fee-white-paper-household kbc-response-white-paper \
    landsraad-written-questions-kbc-funding osterby-memo-kbc-after-the-licence \
    public-media-futures-levy-licence-tax sorvi-static-tumblr-kbc-levy \
    varnholm-courier-fund-kbc-from-tax; do
    am done "$s"   # read in full
done
am validate
