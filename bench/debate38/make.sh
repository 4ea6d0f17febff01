#!/usr/bin/env bash
# Rebuild the held-out debate on whether the (invented) country of Lunderholm's football league
# should drop its fan-majority rule and let investors take control of clubs, from
# bench/debate38/raw/ into an empty folder, with argmap's own commands only (no JSON edited by
# hand).
#   bash bench/debate38/make.sh /tmp/debate38      (from the repository root)
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

# 1. the project and its codebook: three stances, the two sides and a middle one that takes
#    exceptions for long-standing backers, a trial, or no verdict
python3 -m argmap init "$OUT" --name "Should Lunderholm's football league drop its fan-majority rule and let investors take control of clubs?"
am codebook rename stance for allow-investor-control
am codebook rename stance against keep-fan-majority
am codebook rename stance hedged case-by-case
am codebook edit stance allow-investor-control --label "Drop the rule: let investors take control" \
    --description "Scrap the members' majority rule (50 % + 1 of every club's votes held by its members) and let an investor own a controlling stake: the league's clubs lose abroad, run up debts and cannot build stadiums; owners bring money and professional management, and the rule may not survive a challenge at law."
am codebook edit stance keep-fan-majority --label "Keep the fan majority" \
    --description "Keep the rule as it is, for every club: members must keep 50 % + 1 of the votes; fan ownership keeps tickets cheap, clubs rooted in their towns and accountable to their supporters; investor owners load clubs with debt, raise prices, move or rename clubs and leave when the money runs out."
am codebook edit stance case-by-case --label "Exceptions, a trial, or no verdict yet" \
    --description "Neither keep the rule untouched nor drop it: exceptions for backers who have funded a club for twenty years or more, a trial with a few clubs and safeguards (a golden share, a fit-and-proper test, a fan veto on name, colours and ground), or wait for the Competition Authority's ruling and the league's review before deciding."
am codebook add-question competitiveness-abroad --label "Competing abroad" \
    --text "Does the fan-majority rule keep Lunderholm's clubs from competing in continental cups and keeping their best players?"
am codebook add-question ticket-prices --label "Ticket prices" \
    --text "Would investor owners raise ticket prices, or does fan ownership keep football affordable?"
am codebook add-question club-identity --label "Club identity" \
    --text "Would investor control change a club's name, colours, ground or bond with its town and supporters?"
am codebook add-question debt-and-finances --label "Debts, finances and stadiums" \
    --text "Do clubs need investors' money to pay their debts and build stadiums, or would owners load them with debt?"
am codebook add-question governance-accountability --label "Who runs the club" \
    --text "Who should decide at a club, and who holds owners or members' boards to account?"
am codebook add-question legal-challenge --label "The rule at law" \
    --text "Will the rule survive the Competition Authority's review or a challenge in court?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R6-R12) before any article was written or annotated ----------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp allow-investor-control "drop the rule" "scrap the rule" "scrap the members' majority" \
    "abolish the rule" "get rid of the rule" "end the rule" "let investors in" "let owners in" \
    "let investors take control" "a controlling stake" "majority stake" "outside investment" \
    "fresh capital" "new money" "serious money" "proper owner*" "a real owner" "owner-led" \
    "professional management" "professionally run" "run like a business" "left behind" \
    "falling behind" "can't compete" "cannot compete" "we can't keep" "sell our best" \
    "selling league" "feeder league" "knocked out in the qualifiers" "first qualifying round" \
    "coefficient" "tv money" "broadcast deal" "the money is elsewhere" "skint" "broke" \
    "brick by brick" "new stadium" "crumbling" "let them buy" "sell the club" "sell up" \
    "open the league" "open for business" "level playing field" "join the modern game" \
    "stuck in the past" "romantic*" "nostalgia" "museum" "the rule is dead" \
    "won't survive" "will not survive" "restraint of trade" "unlawful" "anti-competitive"
sp keep-fan-majority "keep the rule" "keep the fan majority" "keep fifty plus one" "50+1" \
    "fifty-plus-one" "members' majority" "fan-owned" "fan owned" "owned by the fans" \
    "owned by its members" "our club" "our clubs" "not for sale" "hands off" "never sell" \
    "sportswashing" "sportswash*" "petrol state" "oil money" "sovereign fund" "private equity" \
    "asset strip*" "leveraged" "loaded with debt" "saddled with debt" "pile of debt" \
    "owners leave" "walk away" "plaything" "toy" "a franchise" "franchise football" \
    "rename the club" "move the club" "change the colours" "our colours" "our ground" \
    "cheap tickets" "affordable tickets" "standing terrace*" "terraces" "price us out" \
    "priced out" "tourist*" "day-trippers" "one member, one vote" "members decide" \
    "accountable to the fans" "answer to the members" "against modern football" \
    "what could go wrong" "football without fans" "soul" "heritage" "community club" \
    "the people's game" "belongs to the people" "we are the club"
sp case-by-case "an exception" "exceptions" "exemption*" "long-standing backer*" \
    "twenty years" "20 years" "a trial" "trial period" "pilot" "pilot clubs" "a test case" \
    "case by case" "case-by-case" "club by club" "safeguards" "golden share" "fan veto" \
    "veto on" "fit and proper" "fit-and-proper" "ring-fence*" "sunset clause" "review it" \
    "a review" "wait for the ruling" "wait and see" "before deciding" "too early to say" \
    "no verdict" "not yet" "both sides" "on the one hand" "on the other hand" "middle way" \
    "a compromise" "halfway" "third way" "tweak the rule" "reform the rule" "amend the rule" \
    "loosen" "softer version" "with conditions" "conditional*" "it depends" "depends on" \
    "neither" "not so simple" "not black and white"
qp competitiveness-abroad "continental cup" "continental" "europe*" "abroad" "qualifiers" \
    "qualifying round" "coefficient" "best players" "sell our best" "foreign league*" \
    "aldmark" "compete" "competitive*" "transfer*" "wages" "squad"
qp ticket-prices "ticket*" "season ticket*" "prices" "price" "standing" "terrace*" \
    "afford*" "cheap" "expensive" "crowns" "kids go free" "beer" "pie*"
qp club-identity "identity" "name" "badge" "colours" "crest" "ground" "heritage" "history" \
    "town" "community" "roots" "soul" "tradition*" "rename*" "relocat*" "franchise"
qp debt-and-finances "debt*" "loss*" "bankrupt*" "administration" "finances" "financial*" \
    "money" "stadium" "stands" "rebuild" "investment" "capital" "budget" "revenue" "skint" \
    "broke" "wage bill" "loan*"
qp governance-accountability "members" "vote*" "voting" "board" "AGM" "accountab*" \
    "governance" "elect*" "owner*" "decide*" "say in" "run the club" "democra*" "control"
qp legal-challenge "competition authority" "LCA" "court" "lawyer*" "legal*" "lawful" \
    "unlawful" "ruling" "challenge" "complaint" "restraint of trade" "statute*" "judge*"

# 3. the pages, as saved from the web and the user's tools ------------------------------------
# Reader pinned: `--reader 16` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it). No file is edited before `add`; ids from the
# file names.
am add --reader 16 --id-from file "$HERE"/raw/*
# what argmap could not read from the pages, or read wrongly: say it (see friction.md)
am meta brickies-forever-keep-brakkedal-in-our-hands-spleisfund \
    --author "Brakkedal Supporters' Fund" --date 2028-01-03
am meta halfway-line-212-transcript --title "The Halfway Line 212: The rule (transcript)" \
    --author "Mikkel Dahl (host), with Jonas Fagerli and Ingrid Solheim" \
    --outlet "The Halfway Line (podcast)" --date 2028-02-22
am meta lunderliga-statement-ownership-review-egm --author "Lunderliga (League Board)"
am meta matrix-export-works-away-travel-2028-02-26 --title "Works Away Travel (Matrix room export)" \
    --author "Vestby Works away fans" --outlet "Matrix (Element export)" --date 2028-02-26
am meta minutes-of-the-agm-8-february-2028-kirkeby-united-supporters-trust \
    --author "Per Vik (Secretary), Kirkeby United Supporters' Trust"
am meta norrvik-city-v-kirkeby-united-matchday-programme-issuu \
    --title "Norrvik City v Kirkeby United matchday programme: From the Chairman" \
    --author "Henrik Aasen, Chairman" --outlet "Norrvik City FC (programme on Issuu)"
am meta ravnsborg-supporters-not-for-sale-the-kettle-song-lyrics-genius-lyrics \
    --title "Not For Sale (The Kettle Song): lyrics and annotations" \
    --author "Ravnsborg Supporters" --date 2028-02-20
am meta statement-from-the-board-on-the-future-of-the-members-majority-rule-fc \
    --author "Tor Ekberg, President, for the Board of FC Ravnsborg"
am meta terrace-voice-88 --outlet "The Terrace Voice (fanzine)"
am meta topic-14-march-egm-the-vote-on-the-rule-the-ravens-nest \
    --author "KettleKid61 (thread starter)" \
    --outlet "The Ravens' Nest (FC Ravnsborg supporters' forum)" --date 2028-02-19
am meta vestby-works-press-conference-transcript --author "Kari Brenna (CEO), Vestby Works FC"
am meta what-should-happen-to-the-rule-on-14-march-strawpoll --author "HalfwayLinePod" \
    --date 2028-02-23
# who says what: the forum's posters, the fundraiser's and Imgur's commenters are kept as
# sentences of their own and not read as speakers; the Matrix reply's quote goes to the replier
am batch - <<'SPEAKERS'
speaker topic-14-march-egm-the-vote-on-the-rule-the-ravens-nest s0014-s0018 "KettleKid61"
speaker topic-14-march-egm-the-vote-on-the-rule-the-ravens-nest s0022-s0027 "Sven_the_Stat"
speaker topic-14-march-egm-the-vote-on-the-rule-the-ravens-nest s0031-s0036 "GretaOnTheTerrace"
speaker topic-14-march-egm-the-vote-on-the-rule-the-ravens-nest s0039 "Sven_the_Stat"
speaker topic-14-march-egm-the-vote-on-the-rule-the-ravens-nest s0043-s0049 "BrickieBoy_Lars"
speaker topic-14-march-egm-the-vote-on-the-rule-the-ravens-nest s0053-s0054 "Ravnsborg_Ultra_1961"
speaker topic-14-march-egm-the-vote-on-the-rule-the-ravens-nest s0058-s0061 "DannyDeckchair"
speaker topic-14-march-egm-the-vote-on-the-rule-the-ravens-nest s0064-s0067 "GretaOnTheTerrace"
speaker topic-14-march-egm-the-vote-on-the-rule-the-ravens-nest s0071-s0072 "Mod_Hugin"
speaker topic-14-march-egm-the-vote-on-the-rule-the-ravens-nest s0076-s0079 "OldStand_Ola"
speaker topic-14-march-egm-the-vote-on-the-rule-the-ravens-nest s0082-s0085 "KettleKid61"
speaker brickies-forever-keep-brakkedal-in-our-hands-spleisfund s0023-s0024 "Trine M."
speaker brickies-forever-keep-brakkedal-in-our-hands-spleisfund s0026-s0027 "Anonymous donor"
speaker brickies-forever-keep-brakkedal-in-our-hands-spleisfund s0029-s0030 "Kilns Supporters' Trust"
speaker the-rule-explained-by-a-norrvik-fan-who-is-tired-imgur s0016 "blockcbjorn"
speaker the-rule-explained-by-a-norrvik-fan-who-is-tired-imgur s0018-s0020 "throwaway_kovna"
speaker the-rule-explained-by-a-norrvik-fan-who-is-tired-imgur s0022-s0024 "GraniteIsGreed"
speaker the-rule-explained-by-a-norrvik-fan-who-is-tired-imgur s0026-s0029 "NorrvikNorm"
speaker matrix-export-works-away-travel-2028-02-26 s0013 "@Dag"
SPEAKERS

# 4. the annotations, following guide.md: one row per unit in gold.tsv (source, sentence,
#    stance, questions, kind, note, and links by row id), imported in one go ----------------
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta topic-14-march-egm-the-vote-on-the-rule-the-ravens-nest --note "An SMF fan forum thread: opens on the board's case in a sarcastic post for keeping the rule; a stats fan for investors, a terrace regular for cheap tickets, a Brakkedal fan for a backer with a fan veto, a trial proposed and mocked; irony, rhetorical questions, a chant, quoted replies."
am meta statement-from-the-board-on-the-future-of-the-members-majority-rule-fc --note "A club's official statement: opens by conceding the members' century of ownership, then ends the rule for all clubs (cup results, players sold, the Kettle, the LCA); against a halfway house; a Supporters' Charter."
am meta halfway-line-212-transcript --note "A podcast transcript (the podcast:transcript HTML format): an ex-player for investors, a fanzine editor for the rule with sarcasm, the host for Vestby's waiver, a trial with a golden share and waiting for the LCA."
am meta terrace-voice-88 --note "A fanzine (Markdown): seven pro-investor slogans quoted and mocked (irony throughout: the literal words are the other side's), then, seriously, keep the rule for all and end Vestby's waiver."
am meta minutes-of-the-agm-8-february-2028-kirkeby-united-supporters-trust --note "A supporters' trust's AGM minutes: the board's motion to keep the rule and end Vestby's waiver, a member for owners, an amendment for a trial with a golden share (fell); reported speech."
am meta ravnsborg-v-norrvik-city-preview-tips-and-egm-specials-spelbolaget-tips --note "A betting-site preview with odds tables: the tipster bets on the rule surviving but argues it is killing the league; commenters mock the betting site or agree."
am meta is-the-members-majority-rule-lawful-a-note-before-the-egm-touchline-law --note "A sports-law blog (Squarespace): neither drop nor keep unchanged; a published test for long-standing backers, ask the LCA first; a trial the most awkward option; both camps' legal claims answered."
am meta lunderholm-finans-football-balance-sheet --note "A finance journalist's article: opens on what fan ownership gets right, then let owners buy control under a fit-and-proper test; the members' bond a loan by another name; against a trial and exceptions."
am meta stoppagetimesiv-egm-watchalong-chat-replay-twitch --note "A Twitch chat replay: one-line messages, chants, slang and emoji on both sides; the streamer in the middle; replies by @mention that only make sense against the message they answer."
am meta lunderliga-statement-ownership-review-egm --note "The league's official statement, no verdict: reports both camps and a third course, asks its panel to report and waits for the LCA (R5)."
am meta vestby-works-press-conference-transcript --note "A club CEO's press conference: the club backed by a carmaker for 57 years asks for a published test for long-standing backers; keeps the rule for funds; unsure about a trial, would wait for the LCA."
am meta ravnsborg-supporters-not-for-sale-the-kettle-song-lyrics-genius-lyrics --note "A chant's lyrics on a Genius-like page with annotations: the chant for keeping the rule, annotations that explain it, one that says younger fans disagree; comments for owners and for a trial."
am meta brickies-forever-keep-brakkedal-in-our-hands-spleisfund --note "A crowdfunding page for a club in administration: a members' share issue with a long-standing local backer and a fan veto, asking for a backers' test; donors for the rule and for taking the fund's money."
am meta the-rule-explained-by-a-norrvik-fan-who-is-tired-imgur --note "An Imgur meme gallery with captions for dropping the rule (sarcasm about fan ownership); commenters for the rule answer with sarcasm of their own."
am meta norrvik-city-v-kirkeby-united-matchday-programme-issuu --note "A matchday programme's chairman's notes (Issuu): opens on the visitors' vote to keep the rule, then for removing it; members' bond too small; half-measures will not do."
am meta what-should-happen-to-the-rule-on-14-march-strawpoll --note "A StrawPoll page with results and comments: the middle options summed by the poll's author; commenters for the backers' test, a trial, waiting, and against them."
am meta matrix-export-works-away-travel-2028-02-26 --note "A Matrix chat export of away fans of the carmaker-backed club: for a written test for long-standing backers; one fan for dropping the rule, answered."
for s in brickies-forever-keep-brakkedal-in-our-hands-spleisfund halfway-line-212-transcript \
    is-the-members-majority-rule-lawful-a-note-before-the-egm-touchline-law \
    lunderholm-finans-football-balance-sheet lunderliga-statement-ownership-review-egm \
    matrix-export-works-away-travel-2028-02-26 \
    minutes-of-the-agm-8-february-2028-kirkeby-united-supporters-trust \
    norrvik-city-v-kirkeby-united-matchday-programme-issuu \
    ravnsborg-supporters-not-for-sale-the-kettle-song-lyrics-genius-lyrics \
    ravnsborg-v-norrvik-city-preview-tips-and-egm-specials-spelbolaget-tips \
    statement-from-the-board-on-the-future-of-the-members-majority-rule-fc \
    stoppagetimesiv-egm-watchalong-chat-replay-twitch terrace-voice-88 \
    the-rule-explained-by-a-norrvik-fan-who-is-tired-imgur \
    topic-14-march-egm-the-vote-on-the-rule-the-ravens-nest vestby-works-press-conference-transcript \
    what-should-happen-to-the-rule-on-14-march-strawpoll; do
    am done "$s"   # read in full
done
am validate
