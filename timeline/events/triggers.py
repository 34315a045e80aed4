"""The event lexicon: words and phrases that signal an event, each tagged with the kind of event it points to.

A :class:`Cue` is one match of the lexicon in a text. Cues are evidence, not events: the rules in
:mod:`timeline.events.classify` weigh the cues of a clause together (a "strike" next to "air" is an air
strike; "arrested" next to "protesters" is an intervention in a protest). Cues that a clause mentions
without reporting them as having happened (future, hypothetical, negated, the reason for an arrest) are
dropped here, so every later step sees only what was reported as done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.prefilter import Screen, first_char_guard

# The verb that starts or keeps up an offensive, and the words up to its noun ("launched a massive ", "continued their ");
# not an infinitive ("continued to push for reforms").
_DEED_STARTED = (
    r"\b(?:launch(?:ed|es|ing)|mount(?:ed|s|ing)|continu(?:ed|es|ing)|resum(?:ed|es|ing)|beg(?:an|ins|inning)|start(?:ed|s|ing)"
    r"|carr(?:ied|ies|ying) out) (?!to )(?:[\w-]+ ){0,3}?"
)

# kind -> pattern. Patterns are case-insensitive unless marked with (?-i:...).
LEXICON: dict[str, str] = {
    "protest": (
        r"protest(?!ant)\w*|demonstrat(?:ed|ion|ions|ors?|ing|e)\b|rall(?:y|ies|ied|ying)\b|(?-i:march(?:ed|ers|es|ing)?\b)"
        r"|sit-?ins?\b|picket\w*|(?:went|go|going|were|are) on strike|general strike|hunger strike|strike action"
        r"|(?:staged|held|called|began|launched) (?:a |an )?(?!(?:air|drone|missile|rocket|artillery|military|retaliatory|precision|pre-?emptive|aerial|surgical|targeted|deadly|lethal|first|second|new|fresh|major)\b)(?:\S+ )?strike(?!s? (?:on|against|at|in)\b)|\d+-(?:hour|day) strike|strikers|cacerolazo"
        r"|road ?blocks?\b|block(?:ed|ing|ade\w*) (?:\S+ ){0,5}?(?:road|roads|street|streets|highway|route|access|bridge|entrance|avenue|corner|intersection|gate|toll|traffic)"
        r"|gathered (?:\S+ ){0,8}?(?:to (?!pray)\w+|in front of|outside)|(?-i:(?:a|an|the|Pride|\d+(?:st|nd|rd|th)) (?:\S+ )?March\b)(?!\s+\d)"
        r"|to demand\b|vigils?\b|sit-down|motorcade|human chains?|processions?\b|t(?:ook|ake|aking|aken) to the streets|boycott\w*"
        r"|(?:went|go|going|gone) on (?:a |an )?(?:\S+ ){0,2}?strike\b|chant\w* (?:\S+ ){0,2}?slogans|walk(?:ed|ing)? ?out\b|walkouts?|shutdowns?\b|stay-(?:at-home|away)|ghost towns?|\bbandh\b|\bhartal\b"
    ),
    "riot": (
        r"\briot(?!\s+(?:police|gear|squad|control|unit))\w*|rioters|clash\w* with (?:the )?(?:\S+ )?(?:police|security forces|officers|gendarmes)"
        r"|thr(?:ew|owing|own|ows?) (?:\S+ ){0,2}?(?:stones|rocks|molotov\w*|petrol bombs|objects|bottles|firecrackers|eggs|projectiles|bricks|explosives?|paint|fireworks)"
        r"|with (?:stones|sticks|rocks|objects|bricks|clubs|machetes)"
        r"|stone[- ]?pelt\w*|pelted|hurled|stoned|vandali\w*|ransack\w*|loot\w*|smash\w*|stormed"
        r"|set (?:\S+ ){0,3}?(?:on )?fire|set (?:\S+ ){0,3}?ablaze|torch\w*|burn(?:ed|t|ing) (?:\S+ ){0,2}?(?:tyres|tires|cars?|vehicles?|buildings?|offices?|police|property|barricades?)"
        r"|attacked (?:the |a )?(?:police|officers|security forces)|injur\w* (?:\S+ ){0,3}?(?:police ?(?:men|officers)?|officers)"
        r"|violent\w*(?! (?:crackdown|repression|dispersal|arrest))|damag\w*|clashed|scuffl\w*|barricad\w*|burning (?:tyres|tires)|(?:with|using|used) (?:\S+ ){0,2}?(?:vehicles|trucks|tyres|tires|stones|debris|logs|trees) to block"
        r"|block\w* (?:\S+ ){0,5}?(?:with|using) (?:\S+ ){0,2}?(?:vehicles|trucks|tyres|tires|barricades|stones|debris|logs|trees)"
    ),
    "intervention": (
        r"dispers(?:ed|es|e|ing|al)\b(?! (?:peacefully|quietly|calmly|voluntarily|without (?:incident|violence)|on (?:their|its) own))|tear ?gas|rubber (?:bullets|pellets)|water ?cannons?|pepper spray|baton\w*|arrest\w*|detain\w*"
        r"|broke up|break(?:ing)? up|warning shots?|confiscat\w*|forcibly|fired (?:\S+ ){0,2}?in(?:to)? the air|evict\w*|forcibly removed|repress\w*|kettl\w*|(?:police|security forces|soldiers|officers|troops|gendarmes|authorities) (?:\S+ ){0,6}?(?:intervened|prevented|blocked|stopped|halted|barred|cordoned|obstructed|chased|pushed back)|cordon\w* off|prevented (?:\S+ ){0,4}?from (?:holding|marching|gathering|reaching|staging|protesting)"
    ),
    "lethal_force": (
        r"live (?:ammunition|rounds|fire|bullets)|opened fire|fired (?!(?:\S+ )?(?:tear|teargas|rubber|water|warning|stun|smoke|pepper|blanks?)\b)(?:\S+ ){0,2}?(?:on|at|into)(?! the air)"
        r"|\bshot (?:at|into|dead|and killed|(?:\S+ ){1,3}?dead)\b|killed|killing|gunned down|beaten to death|(?:metal|lead|shotgun) pellets|birdshot"
        r"|(?:serious|severe|critical|life-threatening|grave)(?:ly)? (?:\S+ )?injur\w*|hospitali[sz]\w* (?:\S+ ){0,4}?(?:serious|severe|critical)\w*"
    ),
    "mob": (
        r"\bmobs?\b|lynch\w*|vigilante(?!s? (?:groups?|leaders?|commanders?|members?|forces?|chiefs?|spokes\w*))\w*|angry (?:crowd|residents|villagers|youths?|locals)|mob justice|jungle justice"
        r"|set upon by|instant justice|necklac\w*|mob action|(?:crowd|residents|villagers|locals|youths) (?:(?!(?:are|were|was|is|been|being|be|reportedly)\b)\S+ ){0,3}?(?:attacked|beat|burned|burnt|set fire|set ablaze|torched|stoned|killed|assaulted|lynched)|beaten to death by|communal (?:clash|violence)\w*|(?:justice|law) into their own hands"
        r"|(?:beat\w*|attack\w*|assault\w*|lynch\w*) by a (?:group|crowd|mob) of|\bgangs? of (?:\S+ )?(?:youths|young men|men|locals|villagers|residents)|(?:residents|villagers|locals|youths|crowds?|supporters|mourners|traders|students) (?:\S+ ){0,2}?armed with (?:sticks|machetes|clubs|stones|knives|rocks|cudgels|bows)|a (?:group|crowd) of (?!(?:\S+ ){0,3}?(?:armed|gunmen|insurgents|militants|soldiers|rebels|fighters|terrorists|jihadists)\b)(?:\S+ ){0,3}?(?:beat|attacked|assaulted|stoned|lynched)"
    ),
    "chemical": r"chemical (?:weapon|attack|agent|munition|strike|bomb)s?|chlorine|sarin|mustard (?:gas|agent)|chloropicrin|phosgene|nerve (?:agent|gas)|toxic gas|poison(?:ous)? gas|gas attacks?|chemical[- ](?:laden|filled|tipped|armed)|chemical (?:shells?|rockets?|munitions?|substances?)|toxic (?:chemicals?|substances?|agents?)",
    "suicide": (
        r"suicide[- ](?:bomb\w*|attack\w*|car\w*|vest|belt|truck|blast|explosion|operation|attacker)\w*|self[- ]detonat\w*"
        r"|blew (?:himself|herself|themselves) up|detonated (?:his|her|their) (?:explosive|suicide)\w*|detonat\w* (?:his|her|their) (?:\S+ )?(?:vests?|belts?|explosives|device|bomb|car|vehicle)\b|martyrdom operations?|(?:killing|killed) (?:himself|herself|themselves)\b|\bS?VBIEDs?\b(?=.*suicide)|SVBIEDs?|explosives?[- ](?:belts?|vests?)"
        r"|(?:drove|rammed|crashed|driving) (?:\S+ ){0,4}?(?:packed|laden|loaded|rigged|filled) with explosives (?:\S+ ){0,2}?into"
        r"|(?:including|among them|as well as|along with) the (?:\S+ )?bombers?\b|\bbombers? (?:\S+ ){0,5}?(?:died|was killed|were killed|perished)\b"
    ),
    "disrupted": (
        r"defus\w*|dismantl\w*|deactivat\w*|neutrali[sz]ed (?:\S+ ){0,2}?(?:bomb|ied|explosive|device|mine|drone)\w*"
        r"|intercept\w*|shot down|downed (?:\S+ ){0,3}?(?:drones?|missiles?|rockets?|UAVs?|aircraft|planes?|helicopters?)|air defen[cs]es? (?:\S+ ){0,3}?(?:destroyed|repelled)|controlled (?:explosion|detonation)|safely (?:detonat|destroy)\w*|bomb (?:disposal|squad)|demined|demining"
        r"|(?:seiz|recover|confiscat|found|discover|uncover|unearth)\w* (?:\S+ ){0,7}?(?:weapons|arms|ammunition|explosives|ieds?|cache|rifles|guns|firearms|pistols|AK-?47s?|munitions|grenades|mines|detonators|(?:suicide|explosive) (?:vests|belts)|bomb-making)\b"
        r"|(?:detect|destroy|clear|remov|locat|found|discover|neutrali[sz])\w* (?:\S+ ){0,4}?(?:land ?mines?|mines|ieds?|explosive devices?|unexploded|ordnance|booby[- ]?traps?)\b"
        r"|(?:weapons?|arms|ammunition) (?:cache|depot|stockpile|haul)s?|(?:foiled|thwarted) (?:\S+ ){0,6}?(?:bomb\w*|ied|explosive\w*|plot)"
    ),
    "air": (
        r"air ?strikes?|air-strikes?|air ?raids?|aerial (?:bombardment|attack|strike|bombing|raid)s?|drone (?:strike|attack)s?"
        r"|bombing raids?|air (?:force|forces|power) (?:\S+ ){0,3}?(?:struck|bombed|hit|targeted|attacked|pounded|raided|shelled)"
        r"|(?:war ?planes?|jets?|aircraft|helicopters?|gunships?|drones?|UAVs?|unmanned (?:aerial )?(?:vehicles?|aircraft)|bombers?|(?:air)?planes?) (?:\S+ ){0,5}?(?:struck|bombed|hit|fired|targeted|attacked|pounded|shelled|dropped|launched|carried out|strafed|raided)"
        r"|barrel bombs?|air-?dropped|bombed from the air|airstrikes?"
    ),
    "grenade": r"(?<!propelled )(?<!propelled-)(?<!stun )(?<!smoke )\bgrenades?\b",
    "shelling": (
        r"\bshell(?:ed|ing|s)?\b|artillery|mortars?|rockets?\b|missiles?|katyushas?|\bgrads?\b|bombard\w*|howitzers?|cannon fire|projectiles?|\bMLRS\b|tank fire|HIMARS|cluster munitions?|heavy weapons fire|long-range (?:fire|weapons)|rocket launchers?|thermobaric"
    ),
    "explosive": (
        r"\bIEDs?\b|improvised explosive|explosive devices?|land ?mines?|anti-(?:personnel|tank) mines?|(?:stepped on|hit|struck) (?:a|an) (?:\S+ )?mine"
        r"|\bmine (?:blast|explo\w*)|roadside bombs?|car bomb\w*|truck bomb\w*|booby[- ]?trap\w*|sticky bombs?|magnetic bombs?|\bVBIEDs?\b"
        r"|(?<!petrol )(?<!gasoline )(?<!fire)(?<!sound )\bbomb(?:s|ed|ing|ings)?\b|explosives?\b|\bblasts?\b|explosions?\b|explod\w*|detonat\w*|went off|blew up"
    ),
    "sexual": r"\brap(?:e|ed|es|ing|ist|ists)\b|sexual(?:ly)? (?:assault|abus|violen|harass|exploit|attack)\w*|gang-?rap\w*|sexual slavery|molest\w*|stripped (?:\S+ ){0,3}?naked|forced (?:\S+ ){0,2}?to undress|forced marriages?",
    "abduction": (
        r"abduct(?!ors?\b)\w*|kidnap(?!pers?\b)\w*|hostages?|taken captive|held captive|forced(?:ly)? disappear\w*|taken to an unknown (?:location|destination)|(?:was|were) seized by (?:\S+ ){0,2}?(?:gunmen|militants|armed men|bandits|rebels|fighters|kidnappers)|(?:taken|held) for ransom|forcibly disappear\w*|disappearance|went missing"
        r"|whereabouts (?:\S+ ){0,3}?unknown|no (?:word|news|information) (?:of|on|about) (?:\S+ ){0,2}?whereabouts"
        r"|(?:has|have|had) not (?:been )?(?:seen|heard from|heard) (?:\S+ ){0,2}?(?:since|again)|no contact (?:with|since)|never (?:seen|heard from) again|(?:took|taken) away(?! (?:the |their |his |her )?(?:bodies|body|corpses?|remains|weapons|arms|goods|property|livestock|cattle|money|vehicles?|cars?))|seized (?:\d+|two|three|four|five|several|dozens of|a|an) (?:civilians|people|men|women|villagers|passengers|workers|children|traders)"
    ),
    "regain": (
        r"recaptur\w*|\bretook|retak(?:e|en|ing)|regain\w*|reclaim\w*|liberat\w*|(?:took|taken) back(?! to\b)|re-?establish\w* (?:\S+ ){0,2}?control"
        r"|recover\w* (?:\S+ ){0,2}?(?:control|town|city|village|area|territory)|drove (?:\S+ ){0,4}?out|driven (?:\S+ ){0,2}?out|push\w* (?:\S+ ){0,3}?out of"
        r"|restor\w* (?:\S+ ){0,3}?(?:control|authority)|dislodg\w*|reassert\w* (?:\S+ ){0,2}?control|back under (?:government|state|army|military) control|expel\w* (?:\S+ ){0,3}?(?:militants|rebels|fighters|insurgents|jihadists|terrorists|enemy|troops|forces)\b|clear\w* (?:\S+ ){0,4}?of (?:militants|insurgents|rebels|fighters|terrorists|jihadists)|flush\w* out|reconquer\w*|oust\w*"
    ),
    "overtake": (
        r"\bseiz\w*|\bcaptur\w*|took (?:over|control)|tak(?:en|e|es|ing) (?:over|control)|takeover|overr[au]n\w*|fell to|fall(?:en|s)? to\b|fall of"
        r"|(?:is|was|are|were|remain\w*) (?:now )?(?:in|under) (?:the )?control|in control of|(?:gained|gain|assumed) control|wrest\w* control|occup(?:y|ied|ies|ying)\b"
        r"|\blost (?:\S+ ){0,5}?to\b|(?:raised|hoisted|planted) (?:\S+ ){0,2}?flags?|(?:extend|expand)\w* (?:\S+ ){0,3}?control|(?:is|was|are|were) (?:now )?(?:held|controlled) by|advanc\w* (?:into|on)\b|secured(?= (?:the )?(?:\S+ ){0,3}?(?:district|town|village|city|neighbou?rhood|hill|hilltop|quarter)s?\b)|swept (?:into|through)|moved? in\b|entered|managed to enter\b|(?<!for )(?<!over )(?<!under the )controls? (?:\S+ ){0,3}?(?:of|parts?)"
        r"|(?:took|taken) (?!up\b)(?=(?:the |a |an )?(?:\S+ )?(?:town|city|village|villages|district|base|bases|outposts?|positions?|airport|province|region|hills?|stronghold)\b)"
    ),
    "withdraw": (
        r"withdr[ae]w\w*|withdrawal|pull(?:ed|s|ing)? (?:out|back)|retreat\w*|hand(?:ed|ing|s)? (?:\S+ ){0,3}?over|handover|hand(?:ed|ing|s)? (?:over |back )?(?:\S+ ){0,2}?control|hand(?:ed|ing|s)? (?:\S+ ){0,3}?back\b"
        r"|without (?:a fight|resistance|a shot|fighting|any resistance|clashes|a battle)|abandon(?:ed|ing)? (?:\S+ ){0,2}?(?:positions?|posts?|bases?|town|city|village|area|checkpoints?|it|them)\b|vacated|(?:abandoned|vacated|evacuated|left) by\b|relinquish\w*|\bced(?:ed|ing|es?)\b|transferr?\w* (?:\S+ ){0,3}?control|turn\w* (?:\S+ ){0,3}?over\b|gave up (?:\S+ ){0,2}?(?:control|positions?|the town|the city|the base)"
        r"|evacuat\w* (?:\S+ ){0,3}?(?:positions?|bases?|town|city|camp|area|garrison)\b|(?:departed|moved out of) (?:the )?(?:\S+ )?(?:town|city|base|camp|area|village|positions?)\b|unopposed|bloodless(?! (?:\d+ )?coup)|(?:met )?no resistance|without (?:any )?(?:opposition|bloodshed)|allow\w* (?:\S+ ){0,3}?to (?:enter|deploy|take over|move in)"
        r"|(?:forces|troops|soldiers|peacekeepers|fighters|militants|rebels|militiam[ae]n|army|garrison) (?:had )?(?:left\b|evacuated(?= (?![A-Z][a-z]+(?:ans|ese|is|ers)\b)[A-Z][a-z]+\b(?![^,.;]{0,40}\bfrom\b)))|agreed to (?:leave|withdraw|pull out|hand)"
    ),
    "clash": (
        r"clash\w*|\bfight(?:s|ing)?\b|fought|battl(?:e|es|ed|ing)\b|gun ?fights?|\bfire ?fights?\b|gun ?battles?|exchang\w* (?:of )?(?:\S+ )?(?:fire|gunfire)"
        r"|skirmish\w*|gun ?duels?|engag(?:ed|ement|ements) (?:with|in|by)\b|(?:military|armed) confrontations?|ambush\w*|offensive\b(?! (?:planning|plans?|capabilit\w*|weapons?|posture|strategy)\b)|assault(?:s|ed|ing)?\b(?! (?:rifles?|weapons?|vehicles?|boats?|courses?)\b)|counter-?attack\w*|repel\w*|repuls\w*"
        r"|shoot-?outs?|(?<!cessation of )hostilities|under (?:\S+ )?fire\b|returned fire|cross-?fire|\bfiring\b(?! (?:of )?(?:tear|rubber|water|teargas|warning|into the air))|killed in action|besieg\w*|\bsiege\b|incursions?|raid(?:s|ed|ing)?\b|foiled an attack|storm(?:ed|ing)\b|invad(?:ed|ing)\b|encircl(?:ed|ing)\b|assail(?:ed|ing)\b"
        # an offensive told with the verb that starts or keeps it going, the verb its word ("launched a counter-offensive
        # in X", "continued their advance in X"); an advance or a push is fighting only with such a verb
        rf"|{_DEED_STARTED}(?:advance|push|offensive|counter-?offensive|assault|counter-?attack)s?\b(?! (?:rifles?|weapons?|plans?|planning|for)\b)"
    ),
    "attack": (
        r"attack(?!ers?\b)\w*|target(?:ed|ing)|\bstr(?:uck|ikes?|iking)\b(?! action)|opened fire|fired (?:\S+ ){0,2}?(?:on|at|into)|\bshot\b|\bshoots\b|shooting|assassinat\w*|gunned down|guns? down|gunning down|stabb\w*|hack\w* to death|beat(?:en|ing)?\b"
        rf"|{_DEED_STARTED}attacks?\b"  # "launched a new attack on X", "carried out an attack in X"
        r"|tortur\w*|assaulted|whipp\w*|flogg\w*|\bcaned\b|mutilat\w*|maim\w*|execut(?:e|es|ed|ing|ions?)\b|behead\w*|massacr\w*|murder\w*|slaughter\w*|burned alive|ambush\w*"
        # wounding done to someone counted or named ("wounded five in Helmand", "injuring a guard"); not "were wounded
        # two days ago", nor the adjective of "evacuated wounded soldiers"
        r"|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bare )(?<!\bis )\b(?:wound(?:s|ed|ing)?|injur(?:e|es|ed|ing))\b"
        r"(?= (?:(?:at least|about|around|some|more than|over|nearly|almost|up to) )?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten"
        r"|eleven|twelve|a|an|the|his|her|their|its|several|dozens|scores|hundreds|many)\b))"
        # people counted as wounded, the verb told or left out ("and five wounded in Helmand", "a soldier was hurt");
        # not the wounded someone treated or saw ("treated 40 wounded"), nor the adjective ("several wounded people")
        r"|(?<!treated )(?<!received )(?<!admitted )(?<!saw )(?<!seen )(?<!evacuated )(?<!least )(?<!about )(?<!some )"
        r"\b(?:(?:at least|about|some|more than|nearly) )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|scores|hundreds)"
        r" (?:[a-z-]+ )?(?:(?:was|were|had been|have been) )?(?:wounded|injured|hurt)\b"
        r"(?=\s*(?:[,.;:)]|$|(?:in|at|on|near|when|after|during|by|and|as|while|from|following)\b))"
        # hurt in a mishap, no one's deed
        r"(?![^.;]{0,60}\b(?:accidents?|crash(?:ed|es)?|collisions?|collapsed?|stampedes?|floods?|earthquakes?|storms?|landslides?)\b)"
    ),
    "kill": r"\bkill(?:ed|ing|ings|s)?\b|\bperished\b|\bdead\b|\bdied\b|\bdeaths?\b|\bslain\b|lost (?:their|his|her) li(?:fe|ves)|death toll|bodies|corpses?",
    "arrest": (
        r"arrest\w*|detain\w*|apprehend\w*|in(?:to)? custody|rounded up|nabbed|picked up (?:\S+ ){0,3}?(?:activists?|members?|suspects?|leaders?|journalists?|students?|men|people|persons|him|her|them)\b|captured (?:\S+ ){0,3}?(?:suspect|member|militant|fighter|leader|commander|man|men|person|people|insurgent)\w*|\b\d+ (?:\S+ ){1,3}?(?:(?:were|are|have been|had been) )?captured\b"
        r"|held (?:\S+ ){0,4}?for questioning|held (?:\S+ ){0,3}?(?:in|under) (?:custody|detention|incommunicado)|(?:in|into) (?:detention|police cells)|picked up by|jailed|imprisoned"
    ),
    "agreement": (
        r"\bagreed\b|agreements?\b|\baccords?\b|ceasefire|cease-fire|truce|peace (?:deal|talks|pact|accord|agreement|treaty|process)|\bsigned\b"
        r"|\bpact\b|\bdeal\b|negotiat\w*|prisoners? (?:exchange|swap)|exchange of (?:prisoners|detainees|bodies)|(?:exchang|swap)\w* (?:\S+ ){0,2}?(?:prisoners|detainees|bodies|captives|remains)\b|(?:released|freed) (?:\S+ ){0,3}?(?:prisoners|detainees|hostages|captives)"
        r"|reconcil\w*|memorandum of understanding|accept\w* (?:a |an |the )?(?:\S+ )?(?:ceasefire|truce|deal|proposal|peace plan|offer)|ratif\w*|roadmap|peace (?:meeting|conference|initiative|dialogue|summit|committee)s?"
        r"|(?:released|freed|handed over) (?:\S+ ){0,6}?(?:after|following|under|as part of) (?:a |an |the )?(?:\S+ )?(?:negotiations?|talks|mediation|deal|agreement|ransom|exchange|swap)|amnest\w*|ransom (?:was |were |had been )?paid|paid (?:a |the )?ransom|cessation of hostilities|brokered|reach\w* (?:a |an )?(?:\S+ ){0,2}?(?:settlement|understanding|compromise)"
    ),
    "base": (
        r"(?:moved|relocated) (?:its |their )?(?:headquarters|base)\b|(?:establish|set up|sets up|setting up|built|build|open|install|erect|construct|creat)\w* (?:\S+ ){0,4}?(?:base|bases|headquarters|\bhq\b|outposts?|military posts?|command (?:cent(?:er|re)s?|posts?)|training camps?|camps?|garrisons?)\b"
    ),
    "looting": (
        r"loot\w*|pillag\w*|plunder\w*|ransack\w*|torch\w*|set (?:\S+ ){0,3}?(?:on )?fire|set (?:\S+ ){0,3}?ablaze|burn(?:ed|t|ing|s)? (?:down )?(?:\S+ ){0,2}?(?:houses?|homes?|buildings?|shops?|vehicles?|cars?|huts?|villages?|property|properties|offices?|crops|churche?s?|mosques?|schools?|markets?|granar(?:y|ies)|warehouses?|stores?|stalls?|trucks?|buses|masts?|towers?|farms?|fields|facilit(?:y|ies)|equipment)"
        r"|damag(?:ed|ing|es)\b|(?:blew|blown) up (?:\S+ ){0,3}?(?:houses?|homes?|schools?|buildings?|mosques?|churche?s?|bridges?|pylons?|power lines?|pipelines?|towers?|masts?|railways?|rail lines?|roads?|culverts?|water pipes?)\b|carted away|carried (?:off|away)|made off with|rustl\w*|steal\w*"
        r"|arson\w*|destroy\w*|demolish\w*|\braz(?:e|ed|ing)\b|vandali\w*|sabotag\w*|bulldoz\w*|seiz\w* (?:\S+ ){0,2}?(?:land|property|livestock|cattle|goods|money)|stole\w*|robb\w*|extort\w*|burn(?:ed|t) down|(?:took|taken|took away) (?:\S+ ){0,2}?(?:cash|money|valuables|livestock|cattle|goats|goods)\b"
    ),
    "change": (
        r"\bmerg\w*|(?<!recently )(?<!newly )\bformed\b|form(?:ation|ing) (?:of )?(?:a |an )?new|dissolv\w*|disband\w*|renam\w*|pledg\w* allegiance|defect\w*|recruit\w*|(?<!troop )deploy\w*"
        r"|mobili[sz]\w*|reinforcements?|train(?:ed|ing) (?:\S+ ){0,2}?(?:fighters|recruits|militia\w*|troops)|curfew|state of emergency|surrender\w*"
        r"|laid down (?:their|its) (?:arms|weapons)|new leader|appointed|(?:leader|commander|chief|head)s? (?:\S+ ){0,3}?(?:was |were )?(?:replaced|succeeded|removed|sacked|dismissed|ousted)\b|relocat\w*|redeploy\w*|declared|announced"
        # a patrol, not the craft named after the duty ("two patrol boats will patrol X" tells no patrol done)
        r"|patroll?(?:ed|ing|s)?\b(?! (?:boats?|ships?|vessels?|craft|cars?|vehicles?|trucks?|jeeps?|planes?|aircraft|helicopters?)\b)"
        r"|(?:sent|dispatched|rushed|moved) (?:\S+ ){0,4}?(?:troops|battalions?|brigades?|reinforcements|units|soldiers|forces|policemen|police officers|contingents?|tanks|heavy weapons|armou?red vehicles)\b"
        r"|(?:set up|formed|created|established|launched|founded) (?:a |an )?(?:new )?(?:\S+ ){0,2}?(?:group|militia|force|unit|brigade|coalition|alliance|task force)\b"
        r"|martial law|lockdown|clos(?:ed|ing|ure of) (?:\S+ ){0,2}?(?:borders?|crossings?)|joined forces|allied (?:itself )?with|splinter\w*|split (?:from|into)|buffer zones?|troop rotation"
        r"|reinforc(?:ed|ing|es)\b|took up (?:\S+ )?positions|(?:stationed|garrisoned) (?:\S+ ){0,3}?(?:in|at)\b|set up (?:\S+ )?positions"
        r"|(?:bann(?:ed|ing)|bans?|prohibit\w*|outlaw\w*|suspend\w*) (?:\S+ ){0,3}?(?:demonstrations?|protests?|rallies|gatherings|marches|public meetings|activities)\b"
        r"|checkpoints?|convoy|(?:military|security) (?:operation|campaign|build-?up)|launch\w* (?:\S+ ){0,3}?operation|operation (?:to|against|in)"
    ),
    # A seizure of power: a coup, its attempt, a constitution suspended, a head of government removed by force.
    "coup": (
        r"\bcoup(?:s| d'[ée]tat| attempt)?\b(?! (?:leaders?|plotters?|makers?))|putsch\w*|mutin(?:y|ied|ies|eers?)\b|(?:seiz|grabb|took|tak)\w* (?:\S+ )?power\b"
        r"|suspend\w* the constitution|dissol\w* (?:the )?(?:government|parliament|national assembly|cabinet|(?:\S+ )?institutions)\b|(?:remov|depos|overth?r|toppl|oust)\w* (?:\S+ ){0,2}?(?:president|prime minister|head of state|government|king|ruler)\b"
        r"|(?:attempt\w*|tried) to (?:seize|take over|take control of|storm) (?:\S+ ){0,2}?(?:broadcaster|state (?:tv|television|radio)|national (?:tv|television|radio)|presidential palace|palace|parliament|power)"
        r"|(?:seiz|took over|taken over|tak\w* control of|occup)\w* (?:\S+ ){0,2}?(?:governorate|broadcaster|state (?:tv|television|radio)|national (?:tv|television|radio)|presidential palace|presidency)\b"
    ),
    # A show of force, not its use: weapons tests, military parades, exercises. "Patrolled the city in a show of force"
    # tells how the patrol was done: the patrol is the deed.
    "display": (
        r"test[- ]?(?:fir\w*|launch\w*)|(?:missile|weapons?|nuclear|rocket) tests?\b|tested (?:\S+ ){0,3}?(?:missiles?|rockets?|weapons?)|parade\w*"
        r"|(?:military|naval|joint|live-fire) (?:exercises?|drills?|manoeuvres|maneuvers)|(?<!in a )(?<!as a )shows? of (?:force|strength)|displays? of (?:force|military might)"
    ),
    # People driven from their homes with no violence reported in the same breath.
    "displaced": (
        r"displac\w*|forced to flee|fled (?:\S+ ){0,2}?(?:homes?|villages?|towns?|areas?|region|camps?)|fled (?:to|toward|towards|into|across)\b"
        r"|(?:sought|took|seeking|taking) refuge|returned (?:\S+ ){0,2}?(?:homes?|villages?|towns?)\b|arrived (?:\S+ ){0,2}?(?:at|in) (?:\S+ ){0,2}?camps?|exodus|influx of"
    ),
    # Coded events that fit no other sub-type: court rulings, funerals of fighters, prison breaks.
    "other": r"mass graves?|\bsentenc(?:ed|es|ing)\b|\bconvicted\b|\bverdict\b|prison ?break|escaped from (?:\S+ ){0,2}?prison|funeral",
}

# Pattern objects, compiled once.
PATTERNS: dict[str, re.Pattern] = {kind: re.compile(rf"(?:{pattern})", re.IGNORECASE) for kind, pattern in LEXICON.items()}
# Each pattern runs only on clauses holding one of its words: most clauses hold few kinds of cue.
_KINDS = list(PATTERNS)
_SCREEN = Screen(PATTERNS.values())
# The same patterns led by the characters their matches can start with: found faster, the same matches.
_GUARDED = [first_char_guard(pattern) for pattern in _SCREEN.patterns]

# A cue is not a reported event when one of these stands close before it in its clause: it is wanted,
# planned, feared, denied, or hypothetical ("vowed to eliminate", "would be for army units to form").
_IRREALIS = re.compile(
    r"\b(?:would|will|could|might|may|should|shall|can|cannot|can't|won't|must|vow\w*|threat\w*|plan(?:s|ned|ning)?|intend\w*|aim\w*"
    r"|option|if|unless|ready to|prepar\w* to|want\w* to|seek\w* to|sought to|try\w* to|tried to|call\w* for|urg\w*|warn(?!ing shots?)\w*"
    r"|fear\w*|impending|imminent|looming|rumou?r\w*|deni(?:ed|es|al|als)|deny(?:ing)?|not|no|never|without|risk\w*|threaten\w*|possible|potential|likely|expected to|whether|unclear"
    r"|claim|claims|claimed(?! responsibility)|videos?|footage|images?|photos?|photographs?|showed|shows|showing)\b",
    re.IGNORECASE,
)
# The reason for an arrest or the crime a suspect is charged with is not a second event.
_MOTIVE = re.compile(
    r"\b(?:suspected of|accused of|charged with|convicted of|in connection with|responsible for|involved in|for (?:his|her|their|allegedly|alleged)"
    r"|(?<!ran )(?<!run )(?<!drove )(?<!rolled )(?<!took )(?<!taken )(?<!handed )(?<!flew )(?<!turned )(?<!control )over (?:the|a|an) (?:alleged )?|planning|plotting|wanted for|linked to (?:the|a)|blamed for|in retaliation for|revenge for"
    r"|justice for|against(?: the)?|to (?:denounce|condemn|repudiate|protest|demand|reject|commemorate|mark|remember|complain about)|in memory of|anniversary of"
    r"|in protest (?:at|of|over)|about the|demand\w*|request\w*|the end of|to end|ending\b|protest\w* (?:the|against)"
    r"|in the wake of|implicated in|compensation for|(?:denounc|condemn|decry|decri|repudiat|mourn|commemorat|honou?r)\w*|in (?:solidarity|support) (?:with|of)|to (?:curb|stop|prevent|counter|combat|fight|tackle|halt|deter|contain|stem|join|support|reinforce|bolster|prepare for|take part in)\b|(?:base|launch ?pad|staging (?:ground|area)|springboard) for|(?<!have )(?<!has )(?<!had )\bsince\b|\byears? (?:after|before|since)\b)",
    re.IGNORECASE,
)
# "launched an assault to oust the militants": the purpose is not yet done ("managed to kill" is).
_INFINITIVE = re.compile(r"(?<!managed )(?<!began )(?<!started )(?<!continued )(?<!went on )(?<!was able )(?<!were able )\bto\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_QUOTABLE = {"clash", "attack"}  # words a speaker uses to characterise ("their fight"), not to report
_QUOTES = re.compile(r"[\"“”]([^\"“”]{1,60})[\"“”]")
#: The auxiliaries that make a clause finite ("has", "was", ...), as a regex alternation.
AUXILIARY = r"has|have|had|was|were|is|are"
_FINITE = re.compile(rf"\b(?:{AUXILIARY})\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:,.!?\u2014]|\b(?:and|but|while|whereas|when|as|after|before)\b", re.IGNORECASE)
# The word before a past-tense cue that makes it a participle or part of a noun phrase, not a clause's own verb.
_NOT_A_SUBJECT = re.compile(
    r"\b(?:the|a|an|of|for|his|her|their|its|alleged|allegedly|being|been|be|was|were|is|are|that|which|who|whom|to|by|with|in|on|at|having|had|has|have|not)\s+$",
    re.IGNORECASE,
)
# The end of a phrase; the comma of a date ("the Sept. 11, 2001 attacks") is none.
_PHRASE_BREAK = re.compile(r";|,(?!\s*(?:19|20)\d\d\b)")
_IRREGULAR_PAST = {"burnt", "threw", "stole", "fought", "overran"}
# Ground a side lost before, named as what it now wants back ("to recover the points they lost to ISIS"): a
# relative clause on the ground, not a loss reported here.
_LOST_BEFORE = re.compile(
    r"\b(?:territor(?:y|ies)|ground|land|areas?|points?|positions?|towns?|villages?|cities|city|hills?|sites?|gains|districts?)\s+"
    r"(?:(?:that|which)\s+)?(?:they|it|we|he|she)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_JUDICIAL = re.compile(r"\b(?:arrest\w*|detain\w*|charged|custody|sentenc\w*|convict\w*|jailed|indicted|tried for|court)\b", re.IGNORECASE)
# Irrealis words that only count right before the cue: "no security forces visible" is not a negated event,
# but "did not attack" is.
# Words that hedge a deed they stand right before, without denying it happened.
_HEDGES_OF_A_DEED = {"feared": ("kill",), "claims": ("kill", "attack", "clash"), "claimed": ("kill", "attack", "clash")}
_BETWEEN_HEDGE_AND_DEED = re.compile(r"\b(?:the|an?|responsibility for)\b")
_NEAR_ONLY = {"not", "no", "never", "without"}
_DEPICTIONS = re.compile(r"videos?|footage|images?|photos?|photographs?")
_CAUSE_BEFORE = re.compile(r"\b(?:by|over|about|at)\s+(?:the|a|an|this|that)\s+$", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\bwho\b[^,;]*$", re.IGNORECASE)
# A verb with no ending of its own after "and" in an infinitive's clause is a second infinitive: "an opportunity to
# attack the rebels and regain the land" reports neither.
_BARE_VERB = re.compile(r"(?![a-z]*(?:ed|ing|s)\b)[a-z]+", re.IGNORECASE)
_SECOND_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|their|its|this|that)\b)[a-z]+\b[^,;.]{0,40}?\band\s+$")


@dataclass(frozen=True, slots=True)
class Cue:
    """One match of the event lexicon: ``kind`` (a key of :data:`LEXICON`) at ``[start, end)``."""

    start: int
    end: int
    text: str
    kind: str


def find_cues(text: str, start: int = 0, end: int | None = None) -> list[Cue]:
    """Returns the cues reported as having happened in ``text[start:end]``, in reading order.

    Offsets are into ``text``. Cues governed by a modal, negation or intention word, and cues naming
    the motive of something else ("arrested for planting a bomb"), are left out.
    """
    end = len(text) if end is None else end
    segment = text[start:end]
    cues = []
    for index in _SCREEN.may_match(text, start, end):
        kind = _KINDS[index]
        for match in _GUARDED[index].finditer(segment):
            if _is_reported(segment, match.start(), kind, match.group()) and not (kind in _QUOTABLE and _in_short_quote(segment, match.start())):
                cues.append(Cue(start + match.start(), start + match.end(), match.group(), kind))
    cues.sort(key=lambda cue: (cue.start, -cue.end))
    return cues


def _is_reported(segment: str, offset: int, kind: str = "", word: str = "") -> bool:
    window = segment[max(0, offset - 60) : offset]
    if _INFINITIVE.search(window) or (word[:4].lower() == "lost" and _LOST_BEFORE.search(window)):
        return False
    if kind == "coup" and _RELATIVE_BEFORE.search(window):
        return False  # "Kabila, who seized power in 1997, was shot": who the man is, not what this clause reports
    if _BARE_VERB.fullmatch(word) and _SECOND_INFINITIVE.search(window):
        return False
    breaks = list(_CLAUSE_BREAK.finditer(window))
    clause = window[breaks[-1].end() :] if breaks else window
    for match in _IRREALIS.finditer(clause):
        irrealis = match.group().lower()
        if irrealis in _NEAR_ONLY and len(clause) - match.end() > 12:
            continue
        if irrealis.startswith("claim") and re.search(r"\bthat\b", clause[match.end() :]):
            continue  # "Ankara claimed that its jets killed 200 fighters": a party's report, which ACLED codes
        if _CAUSE_BEFORE.search(clause, 0, match.start()) and _DEPICTIONS.fullmatch(irrealis):
            continue  # "women outraged by the video marched": the video is what moved them, not what shows the deed
        if kind in _HEDGES_OF_A_DEED.get(irrealis, ()) and not _BETWEEN_HEDGE_AND_DEED.sub("", clause[match.end() :]).strip():
            continue  # "feared killed", "claims killing", "claimed the attack": a deed reported, as ACLED codes it
        return False
    before = segment[max(0, offset - 40) : offset]
    # A motive is a phrase: one told before a comma or semicolon does not reach past it.
    motives = [m for m in _MOTIVE.finditer(before) if not _PHRASE_BREAK.search(before, m.end())]
    if not motives:
        return True
    # "demonstrators against fuel price rises looted", "took over the camp vacated by": a past-tense verb right after
    # a noun is the finite verb of a clause of its own, not part of the motive's noun phrase.
    verb = word.split()[0].lower() if word else ""
    if (verb.endswith("ed") or verb in _IRREGULAR_PAST) and not _NOT_A_SUBJECT.search(before):
        return True
    if kind == "protest":  # "force used against a peaceful procession": the gathering is the target, not a motive
        motives = [m for m in motives if not m.group().lower().startswith("against")]
    if kind in ("sexual", "chemical") and not _JUDICIAL.search(segment[:offset]):
        # Sexual violence and chemical attacks are mostly reported as accusations ("soldiers were accused of raping"):
        # with no arrest or charge before it, the accusation is the report of the act.
        motives = [m for m in motives if not re.match(r"accused|suspected|implicated|involved|alleged", m.group(), re.I)]
    # "blamed for murdering a UN team has killed eight": a finite verb after the motive starts the reported event.
    return not any(not _FINITE.search(before[m.end() :]) for m in motives)


def _in_short_quote(segment: str, offset: int) -> bool:
    """Returns True inside a quoted phrase of a few words ("their fight"): a characterisation, not a report."""
    return any(m.start() < offset < m.end() and len(m.group(1).split()) <= 5 for m in _QUOTES.finditer(segment))
