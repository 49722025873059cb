"""Sentence- and mention-level cues: is this sentence about a strike, is this place a target.

A place is a target when the sentence reports a strike and the place sits in a target slot: after a
locative or strike word ("in", "on", "over", "struck", "attack on"), or as the subject of a passive
strike ("Ternopil ... was among the places hit"). Places in titles ("Kharkiv Mayor", "governor of
the Sumy region"), origins ("launched from Kursk") and metonymy ("Kyiv said") are not targets.
"""

from __future__ import annotations

import re

from . import caseless
from .city_parts import named_part
from .damage_nouns import damage_told
from .dates import MONTH_ALT
from .heaviest_hit import blow_fell, hardest_hit
from .lowtext import gated
from .mourning_towns import mourns
from .numbers import num_re
from .okrug_towns import okrug_district
from .places import Mention
from .set_fire import set_on_fire
from .state_nouns import NOT_A_SITE, STATE_VERBS, alternation
from .taken_for_care import taken_for_care
from .timeline_entries import entry_head

STRONG = re.compile(
    r"\b(?:struck|(?<!without any )(?<!without )(?<!no )strikes? (?:on|hit)|hit|(?<!no )hits|"
    r"hitting|"
    r"attacked|shelled|shelling|bombed|bombing|"
    r"pounded|killed|killing|kills|dead|died|wounded|wounding|injured|injuring|hurt|damaged|"
    r"damaging|destroyed|destroying|ablaze|set fire|on fire|blaze|fires? (?:broke|started)|"
    # "The administration also reported damage in A, B and C" (1.20.0)
    r"reported damage (?:in|to)|damage was reported in|"
    # "Damage was recorded in the A and B regions"; "A and B reported hits on energy
    # infrastructure"; "the A and B communities had also come under fire" (1.24.0)
    # ("reported no hits on the city" is none: 1.25.0)
    r"(?<!no )damage (?:was|has been|had been) recorded in|"
    r"reported (?!no )(?:[\w\-]+ )?(?:hits|strikes) on|(?:have|had) (?:also |again )?come under|"
    # "plants in the A and B regions were the main targets"; "reporting damage at sites in the
    # A and B regions" (1.25.0)
    r"(?:were|was) (?:once again |again |also )?the (?:main |primary |principal )?targets?|"
    r"reporting damage (?:at|in|to)|"
    # "the targets included gas facilities in the A and B regions" (1.26.0)
    r"(?<=the )targets (?:were|included|include)|"
    r"debris|slammed|affected by (?:the |an? |this |Russia's |Ukraine's )?(?:[\w\-]+ )?"
    r"(?:attacks?|strikes?|shelling)|"
    r"dropped (?:[\w\-]+ ){0,4}(?:bombs?|explosives?|explosive devices?|munitions?)|"
    # "two guided bombs were dropped on the outskirts" (1.19.0)
    r"(?:bombs?|munitions?|explosives?) (?:were|was|had been|have been) dropped (?:on|onto)|"
    r"crashed|targeted|(?<!sanctions )targeting|came under|fired? (?:[\w\-]+ ){0,3}at|fired on|"
    # "The city of X took the heaviest fire", "bore the brunt" (1.21.0)
    r"took the (?:heaviest|worst|brunt)|bore the brunt|"
    # "a UAV had fallen on the territory of an oil refinery" (1.18.0)
    r"(?:drone|UAV|missile|rocket|Shahed)s? (?:had |has |have )?(?:fell|fallen) (?:on|onto)|"
    r"casualties|victims|toll|explosion "
    r"(?:hit|damaged)|went up in flames|burn(?:ed|t)|knocked out|were attacked|was attacked)\b",
    re.I)
WEAK = re.compile(r"\b(?:attacks?|strikes?|raid|barrage|assault|shot down|downed|intercepted|"
                  # "routes protected by anti-drone nets": a defence, no strike (1.16.0)
                  r"brought down|(?<!anti-)drones?|(?<!anti-)missiles?)\b", re.I)
NEGATIVE = re.compile(r"\b(?:air raid|alerts?|alarms?|sirens?|threat|warn\w*|offensive|advance\w*|"
                      r"front ?line|evacuat\w+|exchange|swap|visit\w*|talks|negotiat\w+|"
                      r"sanction\w*|aid package|produc\w+|switched on|was active|were active|"
                      # "a school built underground to protect children from air strikes"
                      r"protect (?:[\w\-]+ ){0,3}from|"
                      # "farmers have reported losing combines and tractors to mines and drones"
                      r"los(?:ing|t) (?:[\w\-]+ ){1,4}to (?:mines|landmines)|"
                      r"activated|(?:declined|refused|did not|would not) (?:to )?comment|"
                      # "attacks on Crimea would not go unanswered": a threat (1.23.0)
                      r"go unanswered|"
                      # "troops use the X region as a staging ground for attacks on Y" (1.17.0)
                      r"staging (?:ground|area|post|point)s?|"
                      # "flights at the X and Y airports were restricted during the attack": a
                      # precaution, no place struck (1.25.0)
                      r"(?:restrictions?|limits?) on flights|(?:suspended|halted|restricted) "
                      r"(?:all )?(?:flights|air traffic)|(?:flights|air traffic) (?:were|was|had "
                      r"been|have been) (?:\w+ )?(?:restricted|suspended|halted))\b", re.I)
INTERCEPT_ONLY = re.compile(r"\b(?:shot down|downed|intercepted|brought down|destroyed|destroying|"
                            # "air defence foiled attempts ... to attack facilities in A, B
                            # and C regions" (1.20.0)
                            r"neutrali[sz]ed|eliminated|foiled|thwarted)\b", re.I)
COUNTRYWIDE = re.compile(r"\b(?:across|throughout) (?:Ukraine|Russia|the country)|nationwide|"
                         r"\w+ (?:Ukrainian|Russian) (?:regions|oblasts)|in total\b", re.I)
NATIONWIDE = re.compile(
    r"\b(?:(?:against|at|on|into|across|throughout|in) (?:Ukraine|Russia|the country)\b(?!'s)|"
    r"nationwide|across the country|in total|over (?:\w+ ){0,3}(?:Russian |Ukrainian )?regions|"
    r"\w+ (?:Ukrainian|Russian) (?:regions|oblasts)|(?:regions|oblasts) of (?:Ukraine|Russia)|"
    r"(?:Ukraine|Russia)'s (?:energy |power |gas )?(?:infrastructure|grid|energy system|"
    r"power system))",  # "power system" (1.20.0)
    re.I)
_OFFICIAL = re.compile(r"\b(?:governor|head|administration)\b", re.I)
# ("12 drones were shot down over his region": the official's own region too, 1.25.0)
_OWN_SLOT = re.compile(r"\b(?:over|above|in|on|struck|hit|attacked|targeted)\s+(?:the|his|her|"
                       r"their)\s+(?:[\w\-]+\s+)?"
                       r"(?:region|oblast)\b(?!\s+of)|\bthe region's\b(?!\s+(?:head|governor|chief|"
                       r"leader|administration|authorities|officials?)\b)|"
                       r"\bthe (?:region|oblast) (?:had |has )?(?:been|was|were) "
                       r"(?:shelled|attacked|struck|hit|targeted)\b",
                       re.I)
# "the governor wrote that the region had come under a combined attack" (1.25.0)
_OWN_UNDER = re.compile(r"\bthe (?:region|oblast) (?:had |has )?(?:come|came) under\b", re.I)
BACKGROUND = re.compile(rf"\b(?:for (?:weeks|months|years)|since (?:the|{MONTH_ALT}|20\d\d)|"
                        # "The X region is shelled daily"; "ships were in port at the time of
                        # the attack": habitual or back-referring, no new incident (1.12.0)
                        r"(?:is|are) (?:\w+ )?(?:shelled|attacked|hit|struck|targeted|bombed) "
                        r"(?:daily|every day|every night|nightly|constantly)|"
                        r"at the time of the (?:\w+ )?(?:attack|strike)|"
                        r"repeatedly|regularly|occasional(?:ly)?|almost (?:every day|daily)|"
                        # "X was hit in a similar raid in January"; "has been hit by several
                        # strikes since.": a back-reference, no new incident (1.14.0)
                        r"in a similar (?:\w+ )?(?:raid|attack|strike)|since(?=[.;])|"
                        # "has been hit increasingly often since Ukraine's incursion into the
                        # Kursk region": a trend and a cause, no new incident (1.17.0)
                        r"increasingly (?:often|frequently)|since (?:Ukraine|Russia)(?:'s|’s)\s|"
                        # "premiums for vessels calling at X after the latest series of
                        # strikes": a back-reference to attacks told before (1.16.0)
                        r"after the latest (?:series|wave|round|spate) of|"
                        # "it is impossible to establish the exact number of victims in A and
                        # B, which are under occupation": no strike told there (1.19.0)
                        r"(?:impossible|not possible|unable) to (?:establish|determine|count|"
                        r"verify)|"
                        # "the ports have been hit hundreds of times"; "have intensified strikes
                        # on Crimea in recent months"; "officials have since reported a series
                        # of drone sightings in A, B and C": a trend, no new incident (1.20.0)
                        r"(?:hundreds|dozens|scores) of times|in recent (?:months|weeks)|"
                        r"have since reported|"
                        r"throughout the war|has been (?:battering|pounding|"
                        r"attacking|targeting)|have been (?:battering|pounding|attacking)|"
                        # "it was the fourth attack on the ports in a week": a count of attacks
                        r"(?:it|this|that) was the (?:\w+ )?(?:second|third|fourth|fifth|sixth|"
                        r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:\w+ )?"
                        # "it was the fourth consecutive night of attacks" (1.13.0)
                        r"(?:(?:night|day)s? of )?(?:attack|strike)s?|"
                        # "had rarely been targeted"; "has been a frequent target of drones"
                        r"(?:rarely|seldom)|(?:has|have|had) been a (?:\w+ )?target of|"
                        # "The attack came two days after the missile strike on Sumy"
                        r"(?:came|comes|followed|follows|happened)\s+(?:(?:just|only|[\w\-]+)\s+)"
                        r"{0,2}(?:days?|weeks?|months?)\s+after\s+(?:the|a|an|last)\s+"
                        r"(?:[\w'’\-]+\s+){0,4}(?:strike|attack|bombing|shelling)\s+on)\b", re.I)
# "The attack came hours before talks in X", "came on the 500th day of the war, as temperatures in
# X fell", "the strikes were retaliation for a blast that damaged the X bridge", "The barrage
# followed the weekend blast on the X bridge": the attack's time or cause, another event; the
# places named after it were not struck (1.26.0)
ANOTHER_EVENT = re.compile(r"\b(?:(?:came|comes)\s+(?:(?:just|only|barely|some|about|a\s+few|a|an|"
                           r"one|two|three|four|five|six|\d+)\s+)?(?:hours?|days?|weeks?)\s+"
                           r"(?:before|ahead\s+of)|(?:came|comes)\s+on\s+the\s+[\d,]+(?:st|nd|rd|th)"
                           r"\s+day|(?:retaliation|revenge|reprisal|response)\s+for\s+(?:an?|the)\s+"
                           r"(?:[\w\-]+\s+){0,2}(?:explosion|blast)|(?:followed|follows)\s+(?:an?|"
                           r"the)\s+(?:[\w\-]+\s+){0,2}(?:explosion|blast))\b")
# "the airfield, which Ukrainian forces have attacked several times", "has used the jets to fire
# missiles against targets in X", "have lived under constant fire", "one of the most heavily shelled
# areas", "remain within reach of Russian artillery": a habit, no new incident; the row told before
# is not its subject either (1.26.0)
HABIT = re.compile(r"\b(?:(?:attacked|struck|hit|targeted|shelled|bombed) (?:[\w'’\-]+ ){0,3}?"
                   r"(?:several|many|multiple|numerous|countless) times|"
                   r"(?:has|have) used (?:[\w\-]+ ){0,4}to (?:fire|launch|strike|attack|hit)|"
                   r"under (?:constant|daily|regular|near-daily|almost daily|nightly) "
                   r"(?:fire|shelling|attacks?|bombardment)|"
                   r"most (?:heavily|frequently|often) (?:shelled|attacked|targeted|hit|bombed)|"
                   r"within (?:the )?reach of)\b")
RUS_TARGET = re.compile(
    r"\b(?:Ukrainian (?:[\w\-]+ )?(?:drones?|UAVs?|missiles|forces fired|aerial vehicles)|"
    r"Ukraine (?:fired|launched|sent)|"
    r"(?:Russia's|Russian) (?:[Dd]efen[cs]e [Mm]inistry|MoD|air defen[cs]es?)|Moscow said|"
    r"[Dd]efen[cs]e [Mm]inistry in Moscow|"
    r"Russian (?:territory|regions)|"
    # "brought down four French-made Hammer guided bombs, two US-made HIMARS rockets": weapons
    # supplied to Ukraine, so the target is Russia's (1.16.0)
    r"(?:US|U\.S\.|American|French|British|German|Western)-(?:made|supplied)\s+(?:[\w\-]+\s+)?"
    r"(?:[\w\-]+\s+)?(?:bombs|rockets|missiles|drones))\b")
UKR_TARGET = re.compile(r"\b(?:Russian (?:\w+ )?(?:drones|UAVs|missiles)|Russia (?:launched|sent|"
                        r"fired|hurled)|Moscow(?:'s troops)? fired|(?:against|at|into) Ukraine|"
                        r"Ukraine's (?:[Aa]ir [Ff]orce|military)|Ukrainian (?:[Aa]ir [Ff]orce|"
                        r"air defen[cs]es?|military))\b")
_TITLE_AFTER = re.compile(
    # ("Sevastopol's Russian-installed governor", "Kherson's acting mayor": 1.23.0)
    r"(?:'s|’s)?\s+(?:(?:Russian|Moscow|Kremlin)-(?:installed|appointed|backed)\s+|acting\s+)?"
    r"(?:[Rr]egional|[Oo]blast [Mm]ilitary|[Mm]ilitary [Aa]dministration|[Gg]overnor|"
    r"[Gg]ov\b|[Mm]ayor|[Cc]ity (?:[Cc]ouncil|[Mm]ilitary|[Aa]dministration)|OVA|RMA|ODA|"
    r"[Pp]rosecutor|[Pp]olice|[Hh]ead\b|[Aa]dministration|[Aa]uthorities|[Pp]ost\b|Independent|"
    r"[Cc]risis|[Oo]perational|[Ee]mergency|[Rr]egion [A-Z]|[A-Z][a-z]+ [A-Z]|"
    # "the Kiev regime" (a government, not a place) (1.17.0)
    r"[Rr]egime\b)")
_TITLE_BEFORE = re.compile(r"\b(?:governor|head|mayor|chief|administration|authorities|"
                           # "which led the government in X to ban fuel exports" (1.25.0)
                           r"prosecutors?|ministry|government|"
                           r"governors|heads|officials)\s+(?:of|in)\s+(?:the\s+)?$|"
                           # "a 38-year-old employee of the X nuclear power plant": a workplace
                           r"\b(?:employees?|staff(?:ers?)?|director)\s+of\s+(?:the\s+)?$",
                           re.I)
_TREATED = re.compile(r"\b(?:taken|admitted|brought|transferred|evacuated|rushed)\s+to\s+(?:a|the)"
                      r"\s+(?:[\w'’\-]+\s+){0,3}hospitals?\s+in\s+(?:the\s+)?$", re.I)
# ("set fire to the refinery in X", "damage to a school in X": the place struck, 1.23.0)
_ORIGIN = re.compile(r"\b(?:(?:from|toward|towards|(?<!fire )(?<!damage )to)\s+(?:the\s+)?"
                     r"(?:[\w'’\-]+\s+){0,3}|"
                     r"(?:launched|fired)\s+from\s+(?:the\s+)?|"
                     # launch sites: "bombers based at Engels" ("took off from X" is a "from" above)
                     r"(?:based|stationed|deployed)\s+(?:at|in)\s+(?:the\s+)?(?:[\w'’\-]+\s+)?)$",
                     re.I)
# "drones flying towards the Russian capital were shot down": the place defended is the target
_HEADING = re.compile(r"\b(?:flying|heading|approaching)\s+(?:towards?|to)\s+(?:the\s+)?"
                      r"(?:[\w'’\-]+\s+){0,2}$", re.I)
# "74 drones were shot down as they approached / flew towards the capital", "repelled an attack
# by 12 drones flying towards the capital": with a count, an official's claim about the place
# (not "several drones ...", nor "two of them on approach to X" after a region's claim) (1.24.0)
_APPROACH = re.compile(r"\b(?:(?:flew|headed|flying|heading)\s+(?:towards?|to)|approached|"
                       r"approaching|on (?:the |their )?approach to)\s+(?:the\s+)?"
                       r"(?:[\w'’\-]+\s+){0,2}$", re.I)
_APPROACH_WORDS = ("appro", "flew ", "head", "flying ")
# "missiles were fired from Su-34 aircraft over the Belgorod region": a launch area
_ORIGIN_OVER = re.compile(r"\b(?:(?:launched|fired|released|dropped)\s+(?:(?:from|by)\s+"
                          r"(?:[\w'’\-]+\s+){1,4})?|"
                          # "drones were tracked over the Kyiv and Sumy regions": a flight
                          # path, not a struck region (1.13.0)
                          r"(?:tracked|spotted|detected|observed)\s+)over\s+"
                          # "missiles fired from Tu-22M3 bombers flying over Russia's Kursk
                          # region", "a bomb released by a Su-34 jet flying over Russia's
                          # Belgorod region": where the weapon came from, no struck region (1.21.0)
                          r"(?:the\s+|Russia['’]s\s+|the\s+Russian\s+)?$", re.I)
# the state's words and dealings (`state_nouns.STATE_VERBS`, shared with `state_acts`) and more
_AGENT_AFTER = re.compile(r"\s+(?:" + "|".join(STATE_VERBS) + "|"
                          r"prepares|plans|wants|accuses|claims|denies|warned|hopes|insists|"
                          r"demanded|asked|reported|reports|described|describes|called|calls|"
                          r"blames|confirmed|"
                          # "the peninsula that Moscow annexed in 2014", "helping Moscow evade
                          # sanctions": the state acts (1.20.0)
                          r"annexes|seized|invaded|evade|evades|rejects|"
                          # "after Moscow quit the grain deal": the state acts (1.22.0)
                          r"quits|withdraws|pulls out|wrote|writes|"
                          # "as Moscow unleashed its heaviest barrage", "a claim Kyiv dismissed":
                          # the state acts (1.23.0)
                          r"unleashed|unleashes|dismisses|"
                          # "firms that help X obtain engines": the state acts (1.25.0)
                          r"obtain|obtains|acquire|acquires|procure|procures|circumvent|"
                          # "In the past, Kyiv has said its strikes ...": a government speaks
                          # (1.17.0)
                          r"(?:has|have|had) (?:long |repeatedly )?(?:said|denied|claimed|"
                          r"insisted|accused)|"
                          r"(?:is|are|was|has been)\s+[\"“]?(?!being)\w+ing\b)|"
                          r"\s+(?:district|raion|urban district)\b")
# ("tankers of X's so-called shadow fleet": the state's own, 1.25.0)
_STATE_NOUN = re.compile(rf"\s+{alternation(NOT_A_SITE)}\b")
_DISTRICT = re.compile(r"\s+(?:districts?|raions?)\b")
_INCURSION = re.compile(r"\b(?:incursion|offensive|push|raid|advance)\s+into\s+(?:the\s+)?"
                        r"(?:neighbouring\s+|Russia['’]s\s+)?$")
# "Eleven hromadas came under fire: A, B, ...", "The following settlements were shelled: A, B":
# the list after the colon names the struck places (1.23.0)
_UNDER_FIRE_COLON = re.compile(r"\b(?:came under (?:[\w\-]+ )?fire|came under (?:[\w\-]+ )?attack|"
                               r"(?:were|was) (?:shelled|attacked|hit|struck|targeted))\s*:\s*$")
# "said Tatyana, a resident of Klimovo": where a quoted speaker lives (1.23.0)
_RESIDENT = re.compile(r"\b(?:said|says|added)\s+[A-Z][\w'’\-]+(?:,\s+\d+)?,\s+(?:an?|the)\s+"
                       r"(?:[\w\-]+\s+)?(?:resident|pensioner)\s+"
                       r"(?:of|in|from)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$")
# "about 40 kilometres from the border with occupied parts of Ukraine's Donetsk region": a
# distance, the place only locates another (1.23.0)
_DISTANCE = re.compile(r"\b(?:kilomet(?:re|er)s|km|miles)\s+(?:from|of|north of|south of|"
                       r"east of|west of)\s+(?:[\w'’\-]+\s+){0,7}$", re.I)
# "412 attacks on 12 settlements, mostly in front-line areas around A and B" (1.23.0)
_AREAS_AROUND = re.compile(r"\b(?:areas|positions|outskirts)\s+(?:around|near)\s+(?:the\s+)?$")
# "pressure on Moscow", "sanctions against Russia": the state, not a struck place (1.22.0)
_PRESSURE = re.compile(r"\b(?:pressure|sanctions|leverage)\s+(?:on|against|upon)\s+(?:the\s+)?$",
                       re.I)
_SLOT = re.compile(
    r"\b(?:in|on|at|over|near|around|across|against|into|of|outside|hit|struck|attacked|shelled|"
    r"targeted|targeting|bombed|pounded|hitting|striking|attacking|shelling|hammering|namely)\s+"
    r"(?:[\w'’\-]+,?\s+){0,4}$|"
    # "substations were hit in N regions, among them the A, B and C regions" (1.25.0)
    r",\s+(?:among them|including)\s+the\s+$", re.I)
# a bulletin label before a quote ('Quote: "A, B and C oblasts were affected by the attack."')
_LABEL = re.compile(r"[A-Z][a-z]+:\s*[\"“]?\s*")
_OUTSIDE = re.compile(r"(?:Outside|Beyond|Away from)\s+(?:the\s+)?")
_SAID = re.compile(r"\b(?:said|says|reported|added|wrote)(?: that)?\s+$")
# "The administration said the A, B and C communities had also come under fire": a source's
# frame before a passive list of places (1.24.0)
_SOURCE_FRAME = re.compile(r"(?:^|[.;]\s+)(?:[A-Z][\w\-]*\s+)?(?:[\w\-]+\s+){0,3}"
                           r"[\w\-]+ said the $")
# "A, B and C also reported hits on / damage to energy sites": the places a report lists as hit,
# two or more of them (a lone "Kyiv reported" is a government speaking) (1.24.0)
_REPORTED_HIT = re.compile(r"(?:(?:,\s*|\s+and\s+)[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)*"
                           r",?\s+and\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+"
                           r"(?:(?:regions|oblasts|communities|hromadas)\s+)?(?:also\s+)?reported\s+"
                           r"(?:[\w\-]+\s+){0,2}(?:hits|strikes|damage)\s+(?:on|to|in)\b")
# "the statement put the A, B and C regions among those attacked": a report's list (1.25.0)
_AMONG_HIT = re.compile(r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’\-]+)*\s+(?:regions\s+|"
                        r"oblasts\s+)?among (?:those|the (?:places|regions|areas|targets)) "
                        r"(?:attacked|hit|struck|targeted|affected)\b")
_PASSIVE = re.compile(r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)*"
                      r"\s*(?:\([^)]*\)\s*)?(?:,[^,]{0,80},\s*)?"
                      # "The X thermal power plant (in the Y region) was hit": the town X
                      r"(?:(?:[a-z\-]+\s+){0,3}(?:plant|refinery|station|depot|port|airfield|airbase|"
                      r"substation|terminal|factory|facility)\s+(?:in\s+(?:the\s+)?[A-Z][\w'’\-]+"
                      r"\s+(?:[Rr]egion|[Oo]blast)\s+)?)?(?:(?:communit(?:y|ies)|hromadas?|"
                      r"villages?|towns?|settlements?|oblasts|regions)\s+"
                      # "The A and B communities of the Nikopol district were shelled" (1.18.0)
                      r"(?:of\s+the\s+[A-Z][\w'’\-]+\s+(?:district|raion)\s+)?)?"
                      # "X, the country's largest port, also came under attack" (1.20.0)
                      r"(?:(?:also|again)\s+)?"
                      # "Nikopol itself was hit four times" (1.23.0)
                      r"(?:itself\s+)?"
                      r"(?:was|were|is|has been|had been|came|comes|"
                      # "the A and B communities had also come under fire" (1.24.0)
                      r"(?:have|had)\s+(?:also\s+|again\s+)?come)\s+(?:\w+\s+){0,2}"
                      r"(?:hit|struck|attacked|shelled|"
                      r"targeted|among|under|damaged|affected by)\b")


# "Most drones flew at the capital, but X was hit too"; "Neighbouring X was also struck that
# morning": the place opens its clause (1.25.0)
_CLAUSE_LEAD = re.compile(r"(?:,\s+but|;)\s+$|^(?:Neighbou?ring|Nearby)\s+$")
# "X lost one resident"; "X was left without power after a series of strikes": the
# place as the subject of what the strike did (1.25.0); "X, in the west, lost electricity after
# strikes on energy facilities", "X was left largely without power after missile strikes": an
# aside after the place or an adverb before "without" (1.39.0)
_SUBJECT_HIT = re.compile(r"\s+lost\s+(?:one|two|three|four|five|six|\d+)\s+(?:residents?|"
                          r"people|civilians)\b|(?:\s+in\s+the\s+\w+|,[^,;.]{3,40},)?\s+"
                          r"(?:lost|(?:was|were)\s+left\s+(?:[a-z]+ly\s+)?without)\s+"
                          r"(?:power|electricity|heating|water)\b[^.;]{0,40}?\bafter\b")


# Literals one of which every match of a pattern holds (lowercase): the regex runs only then.
_STRONG_WORDS = ("struck", "strike", "hit", "attacked", "shell", "bomb", "pounded", "kill", "dead",
                 "died", "wound", "injur", "hurt", "damag", "destroy", "blaze", "fire", "debris",
                 "slammed", "crashed", "target", "came under", "casualties", "victims", "toll",
                 "explosion", "went up in flames", "burn", "knocked out", "affected by", " fell on",
                 "come under",
                 " fallen on", " fell onto", " fallen onto", "took the", "bore the", "dropped")
_INTERCEPT_WORDS = ("shot down", "downed", "intercepted", "brought down", "destroy", "neutrali",
                    "eliminated", "foiled", "thwarted")
_NATIONWIDE_WORDS = ("ukraine", "russia", "the country", "nationwide", "in total", "regions",
                     "oblasts")
# literals one of which every match of COUNTRYWIDE holds ("ukrainian" or "across" alone are in
# many sentences; the pattern seldom matches): its gate (caseless.gate)
_COUNTRYWIDE_WORDS = ("across ukraine", "across russia", "across the country",
                      "throughout ukraine", "throughout russia", "throughout the country",
                      "nationwide", "ukrainian regions", "russian regions", "ukrainian oblasts",
                      "russian oblasts", "in total")
_OWN_WORDS = ("region", "oblast")


def own_region(text: str) -> bool:
    """An official speaks of "the region" as struck: his own region is the target."""
    return bool(gated(_OWN_SLOT, _OWN_WORDS, text)) and bool(_OFFICIAL.search(text))


def own_region_under(text: str) -> bool:
    """An official says "the region" came under attack: his own region, when the article has no
    row in it yet (after its towns' rows, the same attack summed up)."""
    return " under" in text and bool(_OWN_UNDER.search(text)) and bool(_OFFICIAL.search(text))


# "Belgorod region ... has been hit frequently since last year": a habit, no strike told (1.22.0)
_HABITUAL = re.compile(r"\b(?:has|have|had) been (?:hit|struck|shelled|attacked|targeted|"
                       r"bombed) (?:frequently|repeatedly|regularly|often|almost daily|daily|"
                       r"many times|(?P<before>before|previously|in the past))\b")


# "residents reported hearing explosions, but officials said no facilities had been hit": a
# strike denied (1.23.0)
_NOT_HIT = re.compile(r"\bno (?:[\w\-]+ ){0,2}(?:had|has|have) been (?:hit|struck|damaged)\b|"
                      r"\bnothing (?:was|had been|has been) (?:hit|struck|damaged)\b")


def is_strike_sentence(text: str) -> bool:
    """The sentence reports a strike (strong cue, or a weak one with no negative cue)."""
    if ("nothing " in text or " been " in text and (
            " been hit" in text or " been struck" in text or " been damaged" in text)) \
            and "no" in text and (h := _NOT_HIT.search(text)):
        text = text[:h.start()] + text[h.end():]
    if " been " in text and (h := _HABITUAL.search(text)):
        if h.group("before"):
            return False    # "Dnipro ... had been targeted before, with missiles falling near
            # the city in October": a sentence about earlier attacks (1.23.0)
        text = text[:h.start()] + text[h.end():]
    return bool(gated(STRONG, _STRONG_WORDS, text)) or (bool(WEAK.search(text))
                                                        and not NEGATIVE.search(text)) \
        or blow_fell(text) \
        or damage_told(text)    # "the plant sustained serious damage" (1.40.0)


def nationwide(text: str) -> bool:
    """The text speaks of the whole country ("across Ukraine", "in total", "N regions")."""
    return bool(gated(NATIONWIDE, _NATIONWIDE_WORDS, text))


def intercepts(text: str) -> bool:
    """An interception word occurs ("shot down", "destroyed", ...)."""
    return bool(gated(INTERCEPT_ONLY, _INTERCEPT_WORDS, text))


# "destroyed the Trypilska thermal power plant": an impact, not an interception
# ("destroyed a total of 58 drones": interceptions, 1.31.0)
_DESTROYED_THING = re.compile(r"\bdestroy(?:ed|ing)\s+(?:the|a|an|its|their)\s+"
                              r"(?!(?:total\s+of\s+)?(?:[\w\-]+\s+){0,3}(?:drones?|missiles?|"
                              r"UAVs?|targets?|rockets?|Shaheds?)\b)", re.I)


# ("mobile fire groups", "fire units" are air-defence crews, no fire on the ground: 1.31.0)
_IMPACT = re.compile(r"\b(?:struck|hit|damaged|killed|injured|wounded|hurt|"
                     r"fire(?!\s+(?:groups?|units?|teams?|crews?)\b)|debris)\b", re.I)


def intercept_only(text: str) -> bool:
    """Only interceptions, no impact: region lists here are not struck places."""
    return intercepts(text) and not _IMPACT.search(text) and not _DESTROYED_THING.search(text)


_URBAN_DISTRICT = re.compile(r"\s+urban district\b")


def _town_district(text: str, m: Mention) -> bool:
    """"the Ramenskoye urban district": a Russian urban district named as its town is the town
    ("the Valuysky urban district", an adjective, stands for no town)."""
    return (m.level == "settlement" and m.location is not None
            and text[m.start:m.end] == m.location and (bool(_URBAN_DISTRICT.match(text, m.end))
                                                       or okrug_district(text, m.end, m.admin1)))


_CLAUSE_BREAK = re.compile(r"[;:(\"“”]|\. ")     # (the clause a place is in: after the last)


def is_target(text: str, m: Mention, first: Mention) -> bool:
    """Whether mention m (in a list starting at `first`) is a struck place."""
    if text[m.end - 2:m.end] in ("'s", "’s") and _STATE_NOUN.match(text, m.end):
        return False    # "reducing Moscow's ability to fund its war": the state (1.19.0)
    if " reported " in text and _REPORTED_HIT.match(text, first.end) and (
            m.start == first.start or m.start >= first.end):
        return True     # "A, B and C also reported damage to energy sites": each place of
        # the list, the last one too though "C reported" reads as a speaker (1.24.0)
    if " among " in text and _AMONG_HIT.match(text, first.end) and (
            m.start == first.start or m.start >= first.end):
        return True     # "... put the A, B and C regions among those attacked" (1.25.0)
    if _TITLE_AFTER.match(text, m.end) or (_AGENT_AFTER.match(text, m.end) and not (
            (m.level == "admin1" or named_part(text, m)) and _DISTRICT.match(text, m.end))
            and not _town_district(text, m)):     # ("the Balaklava district": the city, 1.40.0)
        return False
    before = text[max(0, first.start - 80):first.start]
    if ": " in before and _UNDER_FIRE_COLON.search(before):
        return True     # "Eleven hromadas came under fire: A, B, C and D" (1.23.0)
    if ("resident" in before or "pensioner" in before) and _RESIDENT.search(before):
        return False    # "said Tatyana, a resident of Klimovo": a speaker's home (1.23.0)
    clause = _CLAUSE_BREAK.split(before)[-1]
    if _HEADING.search(clause) and intercepts(text):
        return True
    if any(w in (low := clause.lower()) for w in _APPROACH_WORDS) \
            and (intercepts(text) or " repelled " in text) and _APPROACH.search(low) \
            and " of them " not in clause and num_re().search(clause):
        return True     # "shot down as they approached the capital" (1.24.0)
    if _TITLE_BEFORE.search(clause) or _ORIGIN.search(clause):
        return False
    if "hospital" in clause and _TREATED.search(clause):
        return False    # "taken to the children's hospital in Donetsk": where victims went
    if " to " in clause and taken_for_care(text, m.start, m.end, clause):
        return False    # "transferred to X for treatment", "taken to the X district hospital"
    if m.level == "admin1" and _ORIGIN_OVER.search(clause):
        return False
    if m.start < 24 and text.startswith(("Outside ", "Beyond ", "Away from ")) \
            and text.startswith(",", m.end) and _OUTSIDE.fullmatch(text, 0, m.start):
        return False    # "Outside Kyiv, the governor of the X region said ...": the frame, the
        # struck place follows (1.20.0)
    if m.level == "admin1" and _INCURSION.search(clause):
        return False    # "Ukraine's incursion into Russia's Kursk region": a ground push (1.22.0)
    if ("kilomet" in clause or "km " in clause or "miles " in clause) \
            and _DISTANCE.search(clause):
        return False    # "40 kilometres from the border with ... Ukraine's Donetsk region"
    if (" around " in clause or " near " in clause) and _AREAS_AROUND.search(clause):
        return False    # "mostly in front-line areas around A and B": where, not what was hit
    if m.start == first.start and _PRESSURE.search(clause):
        return False    # "pressure on Moscow was insufficient": the state, not a place (1.22.0)
    if hardest_hit(text, m):
        return True     # "X took the brunt of the attacks", "the heaviest blow fell on X" (1.36.0)
    if _SLOT.search(clause) or set_on_fire(text, m):    # "set fire to the X refinery" (1.38.0)
        return True
    if entry_head(text, m.start, m.end):
        return True     # "Kupiansk: Russian troops dropped ...", "- 21:30, Velykyi Burluk (...): "
    lead = (first.start < 3 or bool(_SAID.search(text, 0, first.start))
            or (" said the " in text[:first.start]
                and bool(_SOURCE_FRAME.search(text, 0, first.start)))
            or text[:first.start].strip() in ("The", "the")
            or bool(_LABEL.fullmatch(text, 0, first.start))
            or ((" but " in text or ";" in text or text.startswith(("Neighbo", "Nearby")))
                and bool(_CLAUSE_LEAD.search(text, 0, first.start))))
    return lead and (bool(_PASSIVE.match(text, m.end)) or (" lost " in text or " left " in text)
                     and bool(_SUBJECT_HIT.match(text, m.end)) or mourns(text, m.end))


def heading(text: str, m: Mention) -> bool:
    """The place is only where drones were flying ("flying towards the capital")."""
    return bool(_HEADING.search(text, max(0, m.start - 60), m.start))


def in_title(text: str, m: Mention) -> bool:
    """The place names an official's office ("Odesa Gov.", "the governor of the Ternopol
    region")."""
    before = _CLAUSE_BREAK.split(text[max(0, m.start - 80):m.start])[-1]
    return bool(_TITLE_AFTER.match(text, m.end) or _TITLE_BEFORE.search(before))


def has_side_cue(text: str) -> bool:
    """The text says whose territory a tally is about."""
    return bool(UKR_TARGET.search(text) or RUS_TARGET.search(text))


def target_side(text: str) -> str:
    """Country a nationwide tally is about: RUS for Russian MoD claims on Ukrainian drones."""
    if UKR_TARGET.search(text):
        return "UKR"
    return "RUS" if RUS_TARGET.search(text) else "UKR"


caseless.adopt(globals())     # re.I patterns scan lowercased text case-sensitively
caseless.gate(COUNTRYWIDE, _COUNTRYWIDE_WORDS)
