#!/usr/bin/env bash
# Rebuild the held-out debate on whether Brennholm should ban short-term holiday lets (whole
# homes rented to tourists through platforms) in its old town, from bench/debate24/raw/ into an
# empty folder, with argmap's own commands only (no JSON edited by hand).
#   bash bench/debate24/make.sh /tmp/debate24      (from the repository root)
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

# 1. the project and its codebook: a ban, a licence with caps (the middle), and the market ----
# (three stances on an ordered scale and no stance for no verdict: the brief's shape)
python3 -m argmap init "$OUT" \
    --name "Should Brennholm ban short-term holiday lets in its old town?"
am codebook rename stance for ban-holiday-lets
am codebook rename stance against leave-to-market
am codebook remove stance hedged
am codebook edit stance ban-holiday-lets --label "Ban whole-home holiday lets in the old town" \
    --symbol "▼" \
    --description "Brennholm should allow no new and no renewed whole-home holiday lets (homes rented to tourists by the night through platforms) in the old town, so that the homes go back to people who live there: holiday lets have taken homes off the market and pushed up rents, emptied the streets of neighbours, schools and everyday shops, and a licence or a night cap cannot be enforced on platforms that hide their hosts; other cities that banned them got homes back."
am codebook add-stance licence-and-cap --label "Allow them under a licence, a night cap and a street quota" \
    --symbol "◐" --axis 0 --color "#6a8f3a" \
    --description "No ban, but no free market either: every whole-home holiday let needs a council licence (safety, a named contact, a number shown on every listing), may be let for at most a capped number of nights a year, and each street of the old town has a quota of licences, with platforms made to share data and remove unlicensed listings. It shares the ban side's worries about homes and neighbours and the market side's objection to taking away owners' income and tourism jobs."
am codebook move stance licence-and-cap 2
am codebook edit stance leave-to-market --label "No new rules: leave it to the market" --symbol "▲" \
    --description "No ban, no licence and no caps beyond the rules that exist: owners have the right to let their property as they choose, holiday lets bring visitors, spending and jobs the old town lives on, many hosts are ordinary families who need the income, holiday lets are too few to explain rents (the cause is too little building), and noise, rubbish and fire safety are met by enforcing the existing laws against the few bad hosts."
am codebook add-question housing-supply-rents --label "Homes and rents" \
    --text "What holiday lets do to homes for residents: homes taken off the long-term market, rents and prices, how many flats would come back, building and the city's housing shortage?"
am codebook add-question tourism-economy --label "Tourism and the local economy" \
    --text "What holiday lets bring to or cost the city's economy: visitors' spending, tourism and cleaning jobs, hotels, shops and restaurants, tourist tax, the city's appeal to visitors?"
am codebook add-question neighbourhood-life --label "Neighbourhood life" \
    --text "What holiday lets do to the life of the old town's streets: noise, rubbish, suitcases and key boxes, neighbours who leave, schools, everyday shops and a community that knows itself?"
am codebook add-question property-rights --label "Owners' rights" \
    --text "Owners' rights over their property: whether the council may tell an owner how to use a home, take away a lawful use, what is a fair restriction and what amounts to taking property?"
am codebook add-question enforcement-data --label "Enforcement and data" \
    --text "Whether rules can be enforced and known: registration, licences and numbers on listings, platforms' data, inspectors, fines, unlicensed and hidden listings, what the counts show?"
am codebook add-question fairness-to-hosts --label "Fairness to hosts" \
    --text "Fairness to the people who let: families letting a spare flat or their own home while away, small hosts against companies with many listings, existing hosts' investments and loans, compensation and transition?"
am codebook add-question evidence-from-other-cities --label "Evidence from other cities" \
    --text "What other cities that banned, licensed, capped or left holiday lets alone show: homes returned, rents, tourism, enforcement, listings that moved elsewhere?"

# 2. phrase patterns, written from the stance descriptions, the questions and guide.md
#    (R7-R12) before any article was written or annotated --------------------------------
sp() { am patterns add stance "$@"; }   # several patterns per command, one change
qp() { am patterns add question "$@"; }
sp ban-holiday-lets "ban holiday lets" "ban short-term" "ban whole-home" "ban them" "the ban" \
    "old town homes order" "homes order" "homes back" "give the homes back" "back to residents" \
    "homes for residents" "homes not hotels" "not hotels" "hollowed out" "ghost town" \
    "museum" "theme park" "key box*" "keybox*" "lockbox*" "suitcase*" "wheelie" \
    "no neighbours" "no one lives" "nobody lives" "empty at night" "dark windows" \
    "last family" "school closed" "cannot be enforced" "can't be enforced" "unenforceable" \
    "a cap is a number on paper" "loophole*" "investors" "portfolio*" "commercial hosts" \
    "hotel by stealth" "de facto hotel*" "valtenburg" "stop renewing" "no renewals" \
    "not renew*" "phase out" "phase them out" "end whole-home" "sign the petition" \
    "save the holm" "residents first" "enough is enough"
sp licence-and-cap "licence" "licensing" "licensed" "licences" "license" "night cap" \
    "90 nights" "90-night" "ninety nights" "nights a year" "street quota" "quota per street" \
    "one in ten" "one licence per" "cap the nights" "cap on nights" "registration number" \
    "number on every listing" "platforms must share" "data sharing" "share data" "take down" \
    "delist" "unlicensed listings" "revoke" "three strikes" "sarnaby"  \
    "in between" "sensible rules" "rules not a ban" "regulate not ban" "not a ban but" \
    "short of a ban" "too blunt" "proportionate" "balanced" \
    "fair rules" "named contact" "local contact" "liberal group"
sp leave-to-market "leave it to the market" "no new rules" "red tape" "bureaucra*" \
    "nanny" "my property" "our property" "my own home" "owners' rights" "property rights" \
    "right to let" "free country" "government overreach" "overreach" "enforce the existing" \
    "existing law*" "existing rules" "noise bylaw" "bad apples" "a few bad hosts" \
    "handful of" "build more homes" "not the cause" "real cause" \
    "supply problem" "tourism jobs" "cleaners" "cleaning jobs" "spending" "visitors spend" \
    "hosts' association" "pension" "pays the mortgage" "side income" "extra income" \
    "lisvik" "ban by stealth" "won't work" "drive tourists away" "hotels want" \
    "hotel lobby" "market will" "let the market" "freedom"
qp housing-supply-rents "rent*" "housing" "homes" "home*" "flat*" "apartment*" "tenant*" \
    "landlord*" "long-term" "evict*" "price*" "afford*" "waiting list" "build*" "shortage"
qp tourism-economy "touris*" "visitor*" "jobs" "economy" "spend*" "hotel*" "restaurant*" \
    "café*" "cafe*" "tourist tax" "overnight stays" "bookings" "guests" "cleaning" "income"
qp neighbourhood-life "neighbour*" "noise" "noisy" "party" "parties" "rubbish" "bins" \
    "key box*" "suitcase*" "stag" "community" "school*" "shop*" "baker*" "street life" \
    "sleep" "quiet"
qp property-rights "property" "owner*" "rights" "my home" "own home" "freedom" "confiscat*" \
    "expropriat*" "lawful" "court*" "legal challenge" "compensat*"
qp enforcement-data "enforce*" "register*" "registration" "inspector*" "fine*" "penalt*" \
    "platform data" "data" "unlicensed" "unregistered" "listing*" "staynest" "homiq" "count*" \
    "complaint*"
qp fairness-to-hosts "hosts" "host" "small host*" "famil*" "pension*" "mortgage*" "loan*" \
    "invest*" "multi-listing" "companies" "company" "transition" "grandfather*" \
    "livelihood*" "retire*"
qp evidence-from-other-cities "valtenburg" "sarnaby" "lisvik" "other cities" "barcelona" \
    "amsterdam" "elsewhere" "abroad" "in other cities" "the experience of" "city of"

# 3. the pages, as saved from the web or the user's tools ---------------------------------------
# Reader pinned: `--reader 11` is the default reader this debate was added and annotated with
# (the sentence ids in gold.tsv depend on it); ids from the file names. No file is edited.
# The travel forum's page (raw/*Tripadvisor-like.html) gives none of its posts (`argmap leftout`
# lists all twelve passages as not read), so the user selected the thread in the browser and
# pasted it into a text file (raw/*Tripadvisor-like.txt): that is what is added.
am add --reader 11 --id-from file \
    "$HERE/raw/Holm Neighbours - Text Channels - old-town-homes [1160213377203855400].html" \
    "$HERE/raw/Mette Kvale (@mettekvale) on Threads.html" \
    "$HERE/raw/They want to ban my flat 😤 Let me explain what the Old Town Homes Order means for people like me. _ TikTok.html" \
    "$HERE/raw/Old Town Homes Order - what now_ - Brennholm Landlords & Owners Forum.html" \
    "$HERE/raw/Brennholm _ Old Town Homes Order (holiday let ban) _ Consultation _ BrennholmCity Forum.html" \
    "$HERE/raw/Petition · Give the Holm back to its residents_ ban whole-home holiday lets in Brennholm's old town · Change-la.org.html" \
    "$HERE/raw/Brennholm-tourism Digest, Vol 14, Issue 22.txt" \
    "$HERE/raw/HolmStay Lettings Reviews _ Read Customer Service Reviews of holmstay.example.html" \
    "$HERE/raw/Old Town Homes Order_ our response_ - Google Groups.html" \
    "$HERE/raw/should-brennholm-ban-whole-home-holiday-lets-in-its-old-town-61842.txt" \
    "$HERE/raw/Will we still be able to rent an apartment in the old town in 2028_ - Brennholm Forum - Tripadvisor-like.txt" \
    "$HERE/raw/Why I changed my mind on the holiday let ban _ The Walled City.html" \
    "$HERE/raw/Comments - HC_2026_0412 _ Draft Old Town Homes Order _ Brennholm City Council Public Access.html"
# what argmap could not read from the files, or read wrongly: say it
am meta holm-neighbours-text-channels-old-town-homes-1160213377203855400 \
    --title "Holm Neighbours: #old-town-homes (Discord channel, 3-4 November 2026)" \
    --author "Members of the Holm Neighbours Discord server" \
    --outlet "Discord (DiscordChatExporter HTML export)" --date 2026-11-03
am meta mette-kvale-mettekvale-on-threads --author "Mette Kvale (@mettekvale) and replies"
am meta they-want-to-ban-my-flat-let-me-explain-what-the-old-town-homes-order \
    --title "They want to ban my flat (TikTok video by @holmhostlife, with comments)" \
    --author "Tiril (@holmhostlife) and commenters" --date 2026-11-20
am meta old-town-homes-order-what-now-brennholm-landlords-owners-forum \
    --title "Old Town Homes Order - what now?" --author "Halvard K and forum members" \
    --outlet "Brennholm Landlords & Owners Forum (phpBB)"
am meta brennholm-old-town-homes-order-holiday-let-ban --author "Nordlys and forum members" \
    --outlet "BrennholmCity Forum (XenForo)"
am meta petition-give-the-holm-back-to-its-residents-ban-whole-home-holiday-lets \
    --title "Give the Holm back to its residents: ban whole-home holiday lets in Brennholm's old town" \
    --author "Holm Neighbours (Paul Ravn) and signers" --date 2026-11-02
am meta brennholm-tourism-digest-vol-14-issue-22 \
    --title "Brennholm-tourism Digest, Vol 14, Issue 22: Old Town Homes Order: draft trade response" \
    --author "Arne Tollefsrud, Hilde Moen, Bjorn Haga and Nina Vold" \
    --outlet "Brennholm-tourism mailing list (Mailman digest)"
am meta holmstay-lettings-reviews-read-customer-service-reviews-of-holmstay \
    --author "Reviewers of HolmStay Lettings, and the agency's replies"
am meta old-town-homes-order-our-response-google-groups --author "Eirik Solum and members" \
    --outlet "Google Groups (Brennholm Housing Co-op members)"
am meta should-brennholm-ban-whole-home-holiday-lets-in-its-old-town-61842 \
    --title "Should Brennholm ban whole-home holiday lets in its old town?" \
    --author "Kialo discussion participants" --outlet "Kialo (discussion export)"
am meta will-we-still-be-able-to-rent-an-apartment-in-the-old-town-in-2028 \
    --author "WanderfamilieK and forum members" --outlet "Tripadvisor-like (Brennholm Forum)"
am meta why-i-changed-my-mind-on-the-holiday-let-ban-the-walled-city \
    --author "Ida Strøm" --outlet "Patreon (The Walled City)"
am meta comments-hc-2026-0412-draft-old-town-homes-order-brennholm-city-council \
    --title "Draft Old Town Homes Order (HC/2026/0412): public comments" \
    --author "Members of the public and organisations" \
    --outlet "Brennholm City Council Public Access" --date 2026-11-24
# who says what: every writer of the Discord channel, the Threads thread, the TikTok comments,
# the mailing-list digest, the reviews, the Google Groups thread, the petition's reasons, the
# pasted travel forum and the planning portal's comments is read as nobody (or, in the digest,
# as a header name: "Message-ID", "In-Reply-To"); the forums' quotes are read as the quoter's.
# Say it, in one batch (post bodies only; a quote takes the writer it quotes).
am batch - <<'SPEAKERS'
speaker holm-neighbours-text-channels-old-town-homes-1160213377203855400 s0007-s0008,s0057 "Dag"
speaker holm-neighbours-text-channels-old-town-homes-1160213377203855400 s0010-s0013,s0015,s0039-s0040,s0042,s0059-s0061 "kasper_lets"
speaker holm-neighbours-text-channels-old-town-homes-1160213377203855400 s0017-s0021,s0034-s0037,s0063-s0065 "Solveig R."
speaker holm-neighbours-text-channels-old-town-homes-1160213377203855400 s0023-s0025,s0044 "Ane Holt"
speaker holm-neighbours-text-channels-old-town-homes-1160213377203855400 s0027-s0030,s0032,s0053-s0055 "bramble"
speaker holm-neighbours-text-channels-old-town-homes-1160213377203855400 s0046-s0049,s0051 "Liv M"
speaker mette-kvale-mettekvale-on-threads s0002,s0004-s0006,s0009-s0011,s0014-s0015,s0018-s0020,s0023-s0025,s0037-s0038 "mettekvale"
speaker mette-kvale-mettekvale-on-threads s0029-s0031 "holmhost_ingrid"
speaker mette-kvale-mettekvale-on-threads s0033-s0035 "paulravn_holm"
speaker mette-kvale-mettekvale-on-threads s0040-s0041 "jonas.cafe"
speaker mette-kvale-mettekvale-on-threads s0043 "lise.bergh"
speaker they-want-to-ban-my-flat-let-me-explain-what-the-old-town-homes-order s0010-s0017,s0026,s0046,s0064 "Tiril (@holmhostlife)"
speaker they-want-to-ban-my-flat-let-me-explain-what-the-old-town-homes-order s0022-s0023 "Mari H"
speaker they-want-to-ban-my-flat-let-me-explain-what-the-old-town-homes-order s0030 "sindre"
speaker they-want-to-ban-my-flat-let-me-explain-what-the-old-town-homes-order s0034-s0035 "Anna | Brennholm walking tours"
speaker they-want-to-ban-my-flat-let-me-explain-what-the-old-town-homes-order s0039 "Harald"
speaker they-want-to-ban-my-flat-let-me-explain-what-the-old-town-homes-order s0043 "Lucas"
speaker they-want-to-ban-my-flat-let-me-explain-what-the-old-town-homes-order s0050-s0051 "Ruth Eliassen"
speaker they-want-to-ban-my-flat-let-me-explain-what-the-old-town-homes-order s0055 "Kjetil"
speaker they-want-to-ban-my-flat-let-me-explain-what-the-old-town-homes-order s0061 "Frode Bygg AS"
speaker old-town-homes-order-what-now-brennholm-landlords-owners-forum s0003 "Brennholm Tidende (quoted by Halvard K)"
speaker old-town-homes-order-what-now-brennholm-landlords-owners-forum s0014 "Olav_Brennholm"
speaker old-town-homes-order-what-now-brennholm-landlords-owners-forum s0025 "Siv Aune"
speaker brennholm-old-town-homes-order-holiday-let-ban s0032 "urbanist_erik"
speaker brennholm-old-town-homes-order-holiday-let-ban s0068 "M.Strand"
speaker brennholm-tourism-digest-vol-14-issue-22 s0013-s0024,s0031,s0058-s0059,s0061-s0066 "Arne Tollefsrud"
speaker brennholm-tourism-digest-vol-14-issue-22 s0032-s0037,s0044,s0057 "Hilde Moen"
speaker brennholm-tourism-digest-vol-14-issue-22 s0045-s0050,s0060 "Bjorn Haga"
speaker brennholm-tourism-digest-vol-14-issue-22 s0074-s0079 "Nina Vold"
speaker holmstay-lettings-reviews-read-customer-service-reviews-of-holmstay s0018-s0020 "Kristin Fjell"
speaker holmstay-lettings-reviews-read-customer-service-reviews-of-holmstay s0023-s0024,s0031-s0033,s0045-s0046 "HolmStay Lettings"
speaker holmstay-lettings-reviews-read-customer-service-reviews-of-holmstay s0026-s0028 "Torbjorn Nes"
speaker holmstay-lettings-reviews-read-customer-service-reviews-of-holmstay s0035-s0037 "Lara Hoffmann"
speaker holmstay-lettings-reviews-read-customer-service-reviews-of-holmstay s0040-s0042 "Arvid Sandnes"
speaker holmstay-lettings-reviews-read-customer-service-reviews-of-holmstay s0048-s0050 "Gunn Rasmussen"
speaker holmstay-lettings-reviews-read-customer-service-reviews-of-holmstay s0053 "Jonas Lie"
speaker holmstay-lettings-reviews-read-customer-service-reviews-of-holmstay s0056-s0057 "Ole Brandt"
speaker old-town-homes-order-our-response-google-groups s0012-s0018,s0049-s0051,s0092-s0094 "Eirik Solum"
speaker old-town-homes-order-our-response-google-groups s0026-s0029,s0082-s0084 "Marit Hove"
speaker old-town-homes-order-our-response-google-groups s0038-s0042 "Yusuf Demir"
speaker old-town-homes-order-our-response-google-groups s0060-s0063 "Hanne Olsen"
speaker old-town-homes-order-our-response-google-groups s0071-s0075 "Per Lunde"
speaker petition-give-the-holm-back-to-its-residents-ban-whole-home-holiday-lets s0011-s0021 "Holm Neighbours (Paul Ravn)"
speaker petition-give-the-holm-back-to-its-residents-ban-whole-home-holiday-lets s0030 "Ingeborg Lund"
speaker petition-give-the-holm-back-to-its-residents-ban-whole-home-holiday-lets s0032-s0033 "Ahmed Nasser"
speaker petition-give-the-holm-back-to-its-residents-ban-whole-home-holiday-lets s0035 "Tove Berg"
speaker petition-give-the-holm-back-to-its-residents-ban-whole-home-holiday-lets s0037 "Erlend Moe"
speaker petition-give-the-holm-back-to-its-residents-ban-whole-home-holiday-lets s0039 "Jan Odegaard"
speaker petition-give-the-holm-back-to-its-residents-ban-whole-home-holiday-lets s0041-s0042 "Sara Lind"
speaker petition-give-the-holm-back-to-its-residents-ban-whole-home-holiday-lets s0044 "Anonymous"
speaker petition-give-the-holm-back-to-its-residents-ban-whole-home-holiday-lets s0046-s0047 "Kristoffer Haug"
speaker petition-give-the-holm-back-to-its-residents-ban-whole-home-holiday-lets s0049 "Petter Viken"
speaker petition-give-the-holm-back-to-its-residents-ban-whole-home-holiday-lets s0051 "Maja Sunde"
speaker will-we-still-be-able-to-rent-an-apartment-in-the-old-town-in-2028 s0011-s0014,s0043-s0045,s0089-s0090 "WanderfamilieK"
speaker will-we-still-be-able-to-rent-an-apartment-in-the-old-town-in-2028 s0023-s0026,s0064-s0065 "Brennholm_DE"
speaker will-we-still-be-able-to-rent-an-apartment-in-the-old-town-in-2028 s0034-s0035 "Anna_and_Theo"
speaker will-we-still-be-able-to-rent-an-apartment-in-the-old-town-in-2028 s0053-s0055 "holm_local_44"
speaker will-we-still-be-able-to-rent-an-apartment-in-the-old-town-in-2028 s0073 "TravellingTom"
speaker will-we-still-be-able-to-rent-an-apartment-in-the-old-town-in-2028 s0080-s0081 "Sven_Nordic"
speaker comments-hc-2026-0412-draft-old-town-homes-order-brennholm-city-council s0023-s0026 "Mr Geir Holm"
speaker comments-hc-2026-0412-draft-old-town-homes-order-brennholm-city-council s0033-s0036 "Ms Linnea Berg"
speaker comments-hc-2026-0412-draft-old-town-homes-order-brennholm-city-council s0044-s0046 "Holm Neighbours (on behalf of 3,412 petitioners)"
speaker comments-hc-2026-0412-draft-old-town-homes-order-brennholm-city-council s0053-s0055 "Brennholm Chamber of Commerce"
speaker comments-hc-2026-0412-draft-old-town-homes-order-brennholm-city-council s0062-s0064 "Dr Tomas Vik"
speaker comments-hc-2026-0412-draft-old-town-homes-order-brennholm-city-council s0071-s0072 "Mr Ahmed Nasser"
speaker comments-hc-2026-0412-draft-old-town-homes-order-brennholm-city-council s0080-s0082 "Ms Karen Lied"
speaker comments-hc-2026-0412-draft-old-town-homes-order-brennholm-city-council s0089-s0091 "Brennholm Tenants' Union"
speaker comments-hc-2026-0412-draft-old-town-homes-order-brennholm-city-council s0098-s0099 "Mr Roald Fjeld"
speaker comments-hc-2026-0412-draft-old-town-homes-order-brennholm-city-council s0106-s0108 "Ms Hege Aas"
speaker comments-hc-2026-0412-draft-old-town-homes-order-brennholm-city-council s0115-s0116 "Mr Jon Ek"
SPEAKERS

# 4. the annotations, by hand, following guide.md: one row per unit in gold.tsv (source,
#    sentence, stance, questions, kind, note, and links by row id), imported in one go ----
export ARGMAP_ANNOTATOR=gold
am import "$HERE/gold.tsv"

# 5. a note per source, and a check --------------------------------------------------------
am meta holm-neighbours-text-channels-old-town-homes-1160213377203855400 --note "A residents' group's Discord channel: a host opens against the ban (enforce the noise bylaw, owners would sell to second-home buyers, the property is ours); residents answer with key boxes, the school, unregistered lets and Sarnaby's unenforced cap; a member argues a licence with a 90-night cap and platform data; the order leaves room lets alone."
am meta mette-kvale-mettekvale-on-threads --note "A local reporter's Threads thread for a licence, a night cap, street quotas and platform data: answers the hosts' 6 % with one home in four, a ban a blunt tool for commercial operators, families keep their lets, a ban risks court; replies from a host (enforce the noise rules, 90 nights a ban with extra steps), a residents' leader (Valtenburg's ban), a café owner and a reader."
am meta they-want-to-ban-my-flat-let-me-explain-what-the-old-town-homes-order --note "A host's TikTok video and its comments: a nurse with one inherited flat against the ban (income, 6 % of homes, build instead, guests spend, fine noisy flats under existing law); neighbours, a tenant whose rent rose and a builder for the ban; a commenter for a licence with 90 nights; the creator's replies."
am meta old-town-homes-order-what-now-brennholm-landlords-owners-forum --note "A landlords' phpBB forum topic opening with a newspaper quote of the committee chair for the ban: the tenancy law is the real cause, expropriation without compensation, chase the unregistered, the hotels lobbied; one owner for the ban (the street emptied), one for a licence before the ban passes, answered that a cap only falls."
am meta brennholm-old-town-homes-order-holiday-let-ban --note "An urbanism forum's XenForo thread opening with the ban's case: a ban on the old town alone moves lets outside the walls (Valtenburg), a city-wide licence with night caps and street quotas, a planner on quotas and platform data; the starter on nights split across platforms; a member for no new schemes and the tourist tax."
am meta petition-give-the-holm-back-to-its-residents-ban-whole-home-holiday-lets --note "A residents' group's petition for the order in full, with no exemptions for licensed lets (residents lost, rents, the school and the baker, Sarnaby's cap broken, Valtenburg's 600 homes) and signers' reasons; one signer would settle for a strict licence, one warns that without a tenancy-law fix flats stay empty."
am meta brennholm-tourism-digest-vol-14-issue-22 --note "A tourism trade mailing list's digest: the network's chair drafts a response against the order and any licence (spending, hotels full, families go elsewhere, enforce the bylaws); a hotelier would support the order (competition, staff cannot find flats), a restaurant owner asks for the Liberal licence; the chair answers both; a cleaning firm's jobs."
am meta holmstay-lettings-reviews-read-customer-service-reviews-of-holmstay --note "A review page of a holiday-let agency: owners for leaving lets alone (a mother's care home paid, quiet flats, the shortage is the council's), neighbours and a former tenant for the ban (stag parties, evicted for a let), a guest and an owner for a street limit or a licence; the agency's replies (the noise bylaw is enough, a licence is the register with fees)."
am meta old-town-homes-order-our-response-google-groups --note "A housing co-op's Google Groups thread: the secretary drafts support for the order (no flat at members' prices), a member adds that a licence won't do (Sarnaby); a tenant who sublets while away and another member want a licence with a night cap; a small landlord says build instead, answered that the flats are already built."
am meta should-brennholm-ban-whole-home-holiday-lets-in-its-old-town-61842 --note "A Kialo discussion export on the ban: pros (homes taken, caps unenforceable, school and shops) and cons (second homes, owners' rights, spending, the noise bylaw, displacement outside the walls), with a licence, a 90-night cap and street quotas argued in the cons and answered in turn."
am meta will-we-still-be-able-to-rent-an-apartment-in-the-old-town-in-2028 --note "A travel forum thread (pasted as text): a visiting family fears losing their flat; a destination expert for the Liberals' licence and 90-night cap (the ban moves flats outside the walls); a visitor and a resident for the ban; a host against it (fine the unregistered)."
am meta why-i-changed-my-mind-on-the-holiday-let-ban-the-walled-city --note "A podcaster's Patreon post: her former case for leaving lets alone, then why she now backs the ban (one home in four, most lets held by multi-flat hosts, Sarnaby's licence unenforced until the homes were gone), with room lets kept, three years' run-out and a hardship fund; the comments are not read."
am meta comments-hc-2026-0412-draft-old-town-homes-order-brennholm-city-council --note "A planning portal's public comments on the draft order: hosts, the Chamber of Commerce and an owner object for no new rules; residents, the tenants' union and the petition's group support the ban; several objectors want a city-wide licence, night cap and street quotas instead; a neutral comment on double-counted listings and platform data."
for s in brennholm-old-town-homes-order-holiday-let-ban brennholm-tourism-digest-vol-14-issue-22 \
    comments-hc-2026-0412-draft-old-town-homes-order-brennholm-city-council \
    holm-neighbours-text-channels-old-town-homes-1160213377203855400 \
    holmstay-lettings-reviews-read-customer-service-reviews-of-holmstay \
    mette-kvale-mettekvale-on-threads old-town-homes-order-our-response-google-groups \
    old-town-homes-order-what-now-brennholm-landlords-owners-forum \
    petition-give-the-holm-back-to-its-residents-ban-whole-home-holiday-lets \
    should-brennholm-ban-whole-home-holiday-lets-in-its-old-town-61842 \
    they-want-to-ban-my-flat-let-me-explain-what-the-old-town-homes-order \
    why-i-changed-my-mind-on-the-holiday-let-ban-the-walled-city \
    will-we-still-be-able-to-rent-an-apartment-in-the-old-town-in-2028; do
    am done "$s"   # read in full
done
am validate
