"""Killed and injured figures of a sentence, with the offset each figure sits at.

Phrasings: "killed two people", "killing one and injuring four", "47 people were killed",
"16 others had been wounded", "left 7 dead", "a woman was hurt" (implied 1), "the toll rose to 10"
(an update), "29 injured, rather than the 30 initially reported" (30 is stale), "no casualties"
(0 and 0). Distractors (ages, times, storeys, measures) are masked before matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import caseless, head_anchors
from .age_lists import AGE_MASKS
from .ages_of import OF_AGE
from .being_treated import treated_figures
from .blast_injuries import BLAST, BLAST_WORDS
from .casualty_subjects import subject_figures
from .damage_zeros import damage_first_zeros
from .dates import MONTH_ALT
from .day_numbers import DAY_AFTER_MONTH
from .death_zeros import zero_fields
from .defenders_lost import drop_defenders_lost
from .earlier_stands import stood_earlier
from .elided_shares import past_aside
from .hospital_pronouns import pronoun_hospital_figures
from .in_hospital import hospital_figures
from .literal_gates import widen
from .lowtext import any_word, blanked, lowered
from .numbers import has_digit, has_number, num_pattern, parse_number
from .one_more import another_figures
from .one_person import one_person_figures
from .ordinal_people import ORDINALS, nth_item, ordinal_figures
from .people_pairs import pair_figures
from .scan import finditer, number_starts, spans
from .since_totals import drop_since_totals
from .toll_phrasings import STALE, extra_figures, more_bodies
from .toll_rises import risen_spans
from .toll_subjects import toll_updates
from .toll_verbs import other_updates
from .wound_phrasings import wound_figures
from .zero_phrasings import zero_positions
from .zero_scopes import neither_zeros

_MASKS = [re.compile(p, re.I) for p in (
    r"\b\d+(?:\.\d+)?[- ](?:year|month|week|day)s?[- ]old\b",
    r"\b(?:\w+[- ])?(?:year|month)s?[- ]old\b",
    *AGE_MASKS,     # "aged 8, 12 and 17"; "aged eight, 12 and 17", "aged between 41 and 78"
    r"\b\d{1,2}:\d{2}\b",
    r"\b\d+[- ](?:storey|story|floor)s?\b",
    r"\bborn in \d{4}\b",
    r"\b\d[\d,.]*\s*(?:km|kilomet\w+|miles?|metres|meters|square|sq|tonnes|tons|%|percent)\b",
    r"\b(?:rather than|instead of|not|down from|up from)\s+(?:the\s+)?\d+\b",
    # "three people were injured, not four as initially reported": the stale figure (1.25.0)
    r"\b(?:rather than|instead of|not)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?=\s+(?:as|that|people|were|was)\b)",
    r",\s*(?:including|among them)\b[^,.;]*,",
    # "a strike on the port in December 2023 killed one person": a year is no figure (1.20.0)
    rf"\b(?:{MONTH_ALT}|in|since|of|by)\s+(?:19|20)\d\d\b",
)]
_MASKS.append(DAY_AFTER_MONTH)     # "on Aug. 28 killed 23": the day is no toll (1.35.0)
_MASKS.append(OF_AGE)     # "a woman of 71 died": the age is no toll (1.37.0)
# the masks whose "§" run reads as a person: the two "-year-old" masks and OF_AGE (its index
# taken here: `caseless.adopt` wraps the list's patterns, so OF_AGE is not found in it later)
_AS_PERSON = frozenset((0, 1, _MASKS.index(OF_AGE)))
# the masks every match of which holds a digit: those whose pattern names one (none of them has
# it only in an optional part; test_gate_coverage checks each against the digit gate)
_DIGIT_MASKS = frozenset(k for k, rx in enumerate(_MASKS) if r"\d" in rx.pattern)
_N = num_pattern()
# people named by role ("two railway workers", "three firefighters"): one lowercase modifier may
# stand before the noun (possessive: a shorter modifier is followed by a letter, never by \s)
_ROLE = (r"(?:[a-z\-]++\s+)?(?:workers|firefighters|rescuers|policemen|police officers|officers|"
         r"medics|paramedics|doctors|nurses|passengers|journalists|volunteers|students|miners|"
         r"farmers|guards|servicemen|employees|civilians|residents|pensioners|drivers|people|teachers|"
         r"neighbou?rs|passers-by|owners|relatives|customers|shoppers|visitors|vendors)")
_PEOPLE = (r"(?:people|persons?|civilians?|residents?|children|child|kids|adults|men|women|man|"
           r"woman|others?|victims|soldiers|servicemen|troops|pilots|workers|employees|"
           r"teenagers?|girls?|boys?|infants?|babies|baby|pensioners?|drivers?|family members|"
           r"members|more|of them|of whom|in total|including|" + _ROLE + ")")
# "killing two cows": animals are no casualties
_ANIMALS = (r"(?:cows|cattle|pigs|sheep|goats|horses|dogs|cats|animals|livestock|chickens|"
            r"poultry|head of cattle)")
_KILL = r"(?:killed|dead|died|deaths?|perished|(?:lost\s+their\s+)?lives|fatalities|bodies)"
_HURT = (r"(?:injured|wounded|hurt|injuries|hospitali[sz]ed|casualties|"
         # "taken to the city hospital", "... the Shebekino central district hospital" (1.20.0)
         r"(?:taken|admitted)\s+to\s+(?:a\s+|the\s+)?(?:[\w\-]+\s+){0,3}?hospital|"
         r"sought\s+medical\s+(?:help|attention|care)|"
         r"(?:suffered|sustained|received)\s+(?:\w+\s+)?(?:wounds|injuries|burns)|"
         # "Seven people were treated for blast injuries" (1.20.0)
         r"treated\s+for\s+(?:[\w\-]+\s+)?(?:injuries|wounds|burns|cuts|concussions?|"
         r"smoke inhalation)|"
         # "four more people needed hospital treatment" (1.25.0)
         r"(?:needed|required)\s+(?:hospital|medical)\s+(?:treatment|care))")
_ACTIVE = {
    "killed": re.compile(rf"\b(?:killed|killing|kills?|claimed|(?:claiming|claims?|took|taking|"
                         rf"takes?)(?=\s+the\s+lives)|left)\s+"
                         rf"(?:the\s+lives\s+of\s+)?(?P<n>{_N})"
                         rf"(?!\s+(?:(?:people|civilians|residents|others|more)\s+)?{_HURT})"
                         rf"(?!\s+(?:[a-z\-]+\s+)?{_ANIMALS}\b)",
                         re.I),
    "injured": re.compile(rf"\b(?:injured|injuring|injures|wounded|wounding|wounds|hurt|hurting)\s+"
                          rf"(?P<n>{_N})", re.I),
}
_ONE_NOUN = (r"(?:§+|woman|man|person|civilian|child|girl|boy|resident|teenager|driver|pensioner|"
             r"infant|baby|policeman|soldier|serviceman|rescuer|volunteer|employee|worker|"
             r"passenger|local|police officer|officer|medic|paramedic|firefighter|doctor|nurse|"
             r"guard|journalist|farmer|miner|owner|neighbou?r|passer-by|teacher|assistant|customer|"
             r"shopper|cashier|vendor|shopkeeper|watchman|caretaker|janitor|cleaner)")
_EXTRA = (r"of (?:our|their|its|the) \w+|"
          r"of (?:a|an|the) (?:[a-z\-]+\s+){0,2}[a-z\-]+\s+(?:in|at)\s+"
          r"[A-Z][\w'’\-]*|(?:known|believed|said|reported) to have|listed as")
# (possessive runs: each is followed by what its class cannot hold, or, for the "-ian" words and
# the "of X" names, by the end of the item, which the next item or the verb needs to be "," or
# whitespace; giving back characters could only fail, so the matches are the same, found with
# less backtracking)
_BETWEEN = (rf",[^,.;:]{{1,50}}+,|\s+(?:{_PEOPLE}|{_EXTRA}|"
            rf"[a-z\-]++(?<=[a-z\-]ian|[a-z\-]ish|[a-z\-]ese)|other|more|"
            rf"{_ONE_NOUN}|were|was|have|has|had|been|are|is|reportedly|confirmed|now|later|also|already|"
            rf"people's|seriously|slightly|lightly|critically|"
            # "Three residents of Druzhkivka died" (1.16.0)
            rf"of\s+(?-i:[A-Z])[\w'’\-]*+(?:\s+(?-i:[A-Z])[\w'’\-]*+)?)")
_PASSIVE = {
    "killed": re.compile(rf"(?P<n>{_N})(?:{_BETWEEN}){{0,5}}\s+{_KILL}\b", re.I),
    "injured": re.compile(rf"(?P<n>{_N})(?:{_BETWEEN}){{0,5}}\s+{_HURT}\b", re.I),
}
_KIN = (r"(?:son|daughter|husband|wife|mother|father|grandson|granddaughter|grandmother|brother|"
        # "killed a woman ... and injured her neighbour" (1.23.0)
        r"sister|neighbou?r|colleague|friend)")
_ADV = r"(?:(?:also|later|reportedly|seriously|critically|badly|severely|slightly|lightly) )?"
_MODS = r"(?:(?:§+|[\w\-]+)\s+){0,2}?"
# "a resident of Lyman was killed": the town named after the person
_OF_TOWN = (r"(?:\s+of\s+(?-i:[A-Z])[\w'’\-]*(?:\s+(?-i:[A-Z])[\w'’\-]*)?|"
            # "A 39-year-old employee of the facility was injured" (1.17.0)
            # "A security guard at the plant suffered shrapnel wounds" (1.23.0)
            r"\s+(?:of|at)\s+(?:the|its)\s+(?:[a-z\-]+\s+){0,2}?(?:facility|plant|enterprise|company|"
            r"station|substation|refinery|factory|depot|mine|hospital|shop|market|store|farm))?")
_IMPLIED = {
    "killed": re.compile(rf"\b(?:(?:killed|killing|kills)\s+(?:(?:a|an|one|its|the)\s+{_MODS}"
                         rf"{_ONE_NOUN}|(?:his|her|their)\s+{_MODS}{_KIN})(?![\w§])|"
                         rf"(?:a|an|another|one more)\s+{_MODS}"
                         rf"{_ONE_NOUN}{_OF_TOWN}(?:,\s*\d{{1,3}},)?\s+(?:was |has |had )?{_ADV}"
                         rf"(?:been )?{_ADV}"
                         # "The 63-year-old driver was killed" (1.20.0)
                         rf"(?:killed|died)\b|"
                         # "a drone struck a car, and the driver died at the scene" (1.21.0)
                         rf"(?:^\s*|;\s+|,\s+and\s+)(?:The\s+{_MODS}{_ONE_NOUN}|"
                         rf"(?:His|Her|Their)\s+"
                         rf"{_MODS}(?:{_ONE_NOUN}|{_KIN}))(?:,\s+[^,]{{1,40}},)?\s+"
                         rf"(?:was |has |had )?{_ADV}(?:been )?{_ADV}(?:killed|died)\b|"
                         # "dropped explosives on a 56-year-old man riding a bicycle; he died at
                         # the scene" (1.16.0)
                         rf"\b(?:a|an)\s+{_MODS}{_ONE_NOUN}\b[^.;]{{0,60}};\s+(?:he|she)\s+"
                         rf"(?:later\s+)?died\b|"
                         # "She was taken to hospital with a blast injury and died there" (1.18.0)
                         # "A 70-year-old woman pulled from the burning building later died in
                         # hospital" (1.20.0)
                         rf"\b(?:a|an)\s+{_MODS}{_ONE_NOUN}\s+(?:pulled|rescued|taken|brought|"
                         rf"evacuated)\s+from\s+[^.;,]{{1,50}}?\s+(?:later\s+)?died\b|"
                         # "He died of his wounds on the way to hospital" (1.20.0)
                         rf"^\s*(?:He|She)\s+(?:later\s+)?died\s+(?:of|from|on|at|in|before)\b|"
                         rf"^\s*(?:He|She)\s+was\s+(?:taken|rushed|brought|admitted)\s+to\s+"
                         rf"(?:a\s+|the\s+)?hospital\b[^.;]{{0,60}}?\s+and\s+(?:later\s+)?"
                         rf"died\b)", re.I),
    "injured": re.compile(rf"\b(?:(?:injur|wound)(?:ed|ing)\s+(?:(?:a|an|one|its|the)\s+"
                          rf"{_MODS}{_ONE_NOUN}|(?:his|her|their)\s+{_MODS}{_KIN})(?![\w§])|"
                          # "dropped a grenade on a man riding a bicycle, seriously wounding
                          # him;" (1.17.0)
                          rf"(?:injur|wound)ing\s+(?:him|her)(?=\s*[;,.]|\s*$)|"
                          rf"(?:a|an|another|one more)\s+"
                          rf"{_MODS}{_ONE_NOUN}{_OF_TOWN}(?:,\s*\d{{1,3}},)?\s+"
                          rf"(?:was |has |had |is )?"
                          rf"{_ADV}(?:been )?{_ADV}"
                          rf"(?:injured|wounded|hurt|hospitali[sz]ed)\b|\bleft\s+(?:a|an|one)\s+{_MODS}{_ONE_NOUN}"
                          rf"\s+with\s+(?:\w+\s+)?(?:injuries|wounds)\b|"
                          rf"\b(?:a|an|the)\s+{_MODS}{_ONE_NOUN}{_OF_TOWN}\s+(?:has\s+|had\s+)?(?:suffered|"
                          rf"sustained|received)\s+(?:an?\s+)?(?:[\w\-]+\s+)?(?:burns|wounds?|injur(?:y|ies)|cuts?|"
                          rf"bruises|concussions?)\b|"
                          # "the woman's husband survived with light injuries" (1.13.0)
                          rf"\b(?:a|an|the|his|her|their)\s+(?:[\w\-]+['’]s\s+)?{_MODS}"
                          rf"(?:{_ONE_NOUN}|{_KIN})\s+(?:survived|escaped)\s+with\s+(?:[\w\-]+\s+)?"
                          rf"(?:injuries|wounds|burns|cuts|bruises|concussions?)\b|"
                          # "One worker was treated for smoke inhalation" (1.14.0)
                          # ("one": a number, the passive's since 1.20.0)
                          rf"\b(?:a|an)\s+{_MODS}{_ONE_NOUN}\s+(?:was|had been)\s+treated\s+"
                          rf"for\s+(?:[\w\-]+\s+)?(?:smoke inhalation|injuries|wounds|burns|cuts|"
                          rf"concussions?)\b|"
                          rf"^\s*(?:He|She)\s+(?:was|has been|had been)\s+{_ADV}(?:injured|wounded|"
                          rf"hospitali[sz]ed)\b|"
                          # "Her son-in-law was wounded by shrapnel" (1.17.0)
                          rf"^\s*(?:His|Her|Their)\s+{_MODS}{_KIN}(?:-in-law)?\s+(?:was|has been|"
                          rf"had been)\s+{_ADV}(?:injured|wounded|hurt|hospitali[sz]ed)\b|"
                          # "His passenger, 39, was injured", "Their neighbour, a 70-year-old
                          # man, was wounded", "; the driver was injured": one person (1.19.0)
                          rf"(?:^\s*|;\s+)(?:The\s+{_MODS}{_ONE_NOUN}|(?:His|Her|Their)\s+{_MODS}"
                          rf"(?:{_ONE_NOUN}|{_KIN}))(?:,[^,.;]{{1,40}},)?"
                          rf"\s+(?:was|has been|had been)\s+{_ADV}(?:injured|wounded|hurt|"
                          rf"hospitali[sz]ed)\b|"
                          rf"\b(?:killed|died)\s+and\s+(?:his|her|their|a|an)\s+"
                          rf"{_MODS}(?:{_ONE_NOUN}|{_KIN})\s+(?:was\s+)?(?:injured|wounded|hurt)\b)",
                          re.I),
}
# run only when their literal occurs (the sentence scan of _IMPLIED is costly) (1.21.0):
# "A man who was sitting in his car died of his injuries" (one "who was wounded ... died" is
# _HURT_DIED's); "a woman was taken to hospital with shrapnel wounds"
_IMPLIED_IF = {
    "killed": (" who ", re.compile(rf"\b(?:a|an)\s+{_MODS}{_ONE_NOUN}\s+who\s+"
                                   rf"(?![^.;,]*\b(?:wounded|injured|hurt)\b)[^.;,]{{1,60}}?\s+"
                                   rf"(?:later\s+)?died\b", re.I)),
    "injured": ("hospital with", re.compile(
        rf"\b(?:a|an)\s+{_MODS}{_ONE_NOUN}\s+(?:was|has been|had been)\s+"
        rf"(?:taken|rushed|brought|admitted)\s+to\s+(?:a\s+|the\s+)?"
        rf"(?:[\w\-]+\s+){{0,3}}?hospital\s+with\b(?![^.;]{{0,80}}\bdied\b)", re.I)),
}
# One person hurt, told by what they suffered rather than by "was injured": "He was taken to
# hospital with blast injuries", "The driver suffered shrapnel wounds to his legs", "a woman was
# cut by broken glass", "one woman suffered a concussion" (1.25.0)
_ONE_HURT = re.compile(
    rf"(?:^\s*[\"“]?(?:He|She)|(?:^\s*|;\s+|\bthat\s+|,\s+and\s+)(?:The|His|Her|Their)\s+{_MODS}"
    rf"(?:{_ONE_NOUN}|{_KIN})|\b(?:a|an|one)\s+{_MODS}{_ONE_NOUN}{_OF_TOWN})(?:,[^,.;]{{1,40}},)?\s+"
    rf"(?:(?:was|has been|had been)\s+(?:taken|rushed|brought|admitted)\s+to\s+(?:a\s+|the\s+)?"
    rf"(?:[\w\-]+\s+){{0,3}}?hospital\s+with\b|(?:has\s+|had\s+)?(?:suffered|sustained|received)\s+"
    rf"(?:an?\s+)?(?:[\w\-]+\s+)?(?:burns|wounds?|injur(?:y|ies)|cuts?|bruises|concussions?)\b|"
    rf"(?:was|had been)\s+cut\s+by\s+(?:flying\s+|broken\s+)?glass\b)"
    rf"(?![^.;]{{0,80}}\bdied\b)", re.I)
_ONE_HURT_WORDS = ("hospital with", "suffered", "sustained", "received", "cut by")
_PLUS_ONE = {f: re.compile(rf"(?P<n>{_N})\s+(?:other\s+|more\s+)?(?:people|persons|civilians|"
                           rf"residents|others|adults|children|men|women|{_ROLE})\s+and\s+(?:a|an|one)\s+{_MODS}{_ONE_NOUN}\s+"
                           rf"(?:were|have been|had been|are)\s+{_ADV}{w}\b", re.I)
             for f, w in (("killed", _KILL), ("injured", _HURT))}
# "injuring a married couple", "an elderly couple was wounded": two people
# "A 67-year-old woman and her 39-year-old son were injured": two people, passive
# "A man, 56, and a woman, 53, were injured": ages after each (1.20.0)
_PAIR = (rf"\b(?:a|an|the|one)\s+{_MODS}{_ONE_NOUN}(?:,\s*\d{{1,3}},)?\s+and\s+"
         rf"(?:his|her|their|a|an)\s+{_MODS}(?:{_ONE_NOUN}|{_KIN})(?:,[^,.;]{{1,40}},)?\s+"
         rf"(?:were|have been|had been|are)\s+{_ADV}")
_COUPLE = {f: re.compile(rf"\b(?:{v})\s+(?:a|an|the)\s+(?:[\w\-]+\s+)?couple\b|\b(?:a|an|the)\s+"
                         rf"(?:[\w\-]+\s+)?couple\s+(?:was|were|has been|have been)\s+{_ADV}"
                         rf"(?:{w})\b", re.I)
           for f, v, w in (("killed", r"kill(?:ed|ing)", r"killed"),
                           ("injured", r"(?:injur|wound)(?:ed|ing)", r"injured|wounded|hurt"))}
# "The driver and three passengers were injured": one plus the group (1.18.0)
_ONE_AND_N = {f: re.compile(rf"\b(?:the|a|an|one)\s+{_MODS}{_ONE_NOUN}\s+and\s+(?P<n>{_N})\s+"
                           rf"(?:other\s+)?{_PEOPLE}\s+(?:were|have been|had been|are)\s+{_ADV}"
                           rf"{w}\b", re.I)
              for f, w in (("killed", _KILL), ("injured", _HURT))}
_PAIRS = {"killed": re.compile(rf"{_PAIR}killed\b", re.I),
          "injured": re.compile(rf"{_PAIR}(?:injured|wounded|hurt|hospitali[sz]ed|"
                                # "A woman and a man were taken to hospital with shrapnel
                                # wounds" (1.25.0)
                                rf"taken\s+to\s+(?:a\s+|the\s+)?(?:[\w\-]+\s+){{0,3}}?hospital"
                                rf"\s+with)\b", re.I)}
# "wounding the driver and two passengers" (1 + 2); "killing a woman and her two children";
# "injured a woman and her son" (2)
_ONE_AND = {f: re.compile(rf"\b{v}\s+(?:a|an|one|its|the)\s+{_MODS}{_ONE_NOUN}\s+and\s+"
                          rf"(?:(?:(?:his|her|their)\s+)?(?P<n>{_N})\s+(?:other\s+)?{_PEOPLE}|"
                          rf"(?:a|an|his|her|their)\s+{_MODS}(?:{_ONE_NOUN}|{_KIN}))\b", re.I)
            for f, v in (("killed", r"(?:killed|killing|kills)"),
                         ("injured", r"(?:injur|wound)(?:ed|ing|s)"))}
# "bringing the death toll to four", "raising the number of injured to 19"
_BRING = re.compile(rf"\b(?:bringing|brought|brings|taking|took|raising|raised|pushing|pushed)\s+"
                    rf"the\s+(?P<what>(?:death |casualty |injury )?toll|number of (?:\w+\s+)?"
                    rf"(?:killed|dead|deaths|wounded|injured|victims))\s+(?:[\w'’\-]+\s+){{0,9}}?"
                    rf"to\s+(?P<n>{_N})", re.I)
_UPDATE = re.compile(rf"\b(?P<what>death toll|toll|number of (?:\w+\s+)?(?:killed|dead|deaths|"
                     rf"wounded|injured|victims|casualties)|injury toll|casualty count|"
                     # "the injured count now stands at 19" (1.15.0)
                     rf"(?:injured|wounded|death) count|"
                     rf"number of people (?:killed|injured|wounded|hurt))\b[^.;:]{{0,120}}?\b"
                     rf"(?:rose|risen|rises|climbed|climbs|reached|reaches|increased|increases|"
                     rf"gone up|"
                     rf"went up|goes up|grown|grows|jumped|jumps|is "
                     rf"now|stands at|hit|"
                     # "with the confirmed death toll standing at 45" (1.38.0)
                     rf"standing at|"
                     # "the number of injured stood at 202", "was revised to 84" (not "had
                     # stood at", an earlier figure) (1.21.0)
                     rf"(?<!had )stood at|(?:was|were|has been|had been) (?:later )?"
                     rf"(?:revised|raised|updated|corrected|adjusted)"
                     rf"(?: (?:up|down|upwards?|downwards?))?)"
                     rf"\s+(?:to\s+)?(?P<n>{_N})", re.I)
# "putting the number of injured at 23", "By the evening he put the number of injured at four":
# the latest figure (1.25.0); "Initial reports put ... at", "had earlier put" an earlier one
_PUT_NUMBER = re.compile(rf"\bput(?:ting|s)?\s+"
                         rf"the\s+(?P<what>number of (?:\w+\s+)?(?:killed|dead|deaths|wounded|"
                         rf"injured|victims)|(?:death |injury )?toll)\s+at\s+(?P<n>{_N})"
                         rf"(?!\s+(?:dead|killed)\s+and)", re.I)
_PUT_STALE = re.compile(r"\b(?:initial|initially|earlier|first|previous|previously|originally|"
                        r"had)\b", re.I)
_ZERO = re.compile(r"\b(?:no (?:casualties|victims|injuries|deaths|"
                   # "There were no reports of casualties in the city" (1.20.0)
                   r"reports? of (?:casualties|injuries|victims)|one was (?:killed|hurt|"
                   r"injured)|one (?:had|has) been (?:killed|hurt|injured)|"
                   r"(?:civilians|people) were (?:hurt|injured|killed))|without "
                   r"(?:(?:damage|destruction) or )?(?:casualties|victims)|"
                   # "There are no injured": the officials' zero (1.13.0)
                   r"there (?:are|were) no (?:injured|wounded)(?! (?:or|and) )|with no reported "
                   r"(?:casualties|"
                   r"injuries|victims)|"
                   # "damaged a school but injured no one" (1.15.0)
                   r"(?:injured|hurt|wounded) (?:nobody|no one)\b(?! (?:else|more|further))|"
                   # "nobody in the city had been hurt" (1.23.0)
                   r"(?:nobody|no one) (?:in the (?:city|town|village) )?(?:was|had been|"
                   r"has been) (?:hurt|injured|killed)|"
                   # "Nobody on the shift was hurt" (1.25.0)
                   r"(?:nobody|no one) (?:on|at|among) the (?:[a-z\-]+ ){1,2}(?:was|were|had been|"
                   r"has been) "
                   r"(?:hurt|injured|killed)|"
                   # "hit energy sites without causing casualties" (1.25.0)
                   r"without causing (?:any )?(?:casualties|injuries|victims)|"
                   r"no one was (?:killed|hurt|injured)|no injuries or deaths|no (?:dead|"
                   r"deaths) or (?:injur\w+|wounded)|there were no casualties|"
                   r"no one was killed or hurt)\b",
                   re.I)
# "The driver was not hurt", "the passengers were unhurt": nobody was, 0 and 0
# "A passenger, her 12-year-old son, was unhurt": an appositive between them (1.12.0)
_ZERO_NAMED = re.compile(rf"\b(?:the|its|his|her|a)\s+{_MODS}{_ONE_NOUN}s?(?:,\s+[^,.;]{{3,40}},)?"
                         rf"\s+(?:was|were)\s+"
                         rf"(?:not\s+(?:hurt|injured)|unhurt|uninjured)\b", re.I)
# "Thirty-one adults and four children sought medical help": the two groups add up
_SUM = {f: re.compile(rf"\b(?P<a>{_N})\s+(?:adults|men|women)\s+and\s+(?P<b>{_N})\s+(?:children|"
                      rf"minors|teenagers)\s+(?:(?:were|have been|had been|are)\s+)?{_ADV}{w}\b",
                      re.I) for f, w in (("killed", _KILL), ("injured", _HURT))}
# "A driver injured when a drone hit his car has died in hospital", "a woman who was injured in a
# drone attack on Thursday died": one killed, and the earlier injury is no longer a figure
_HURT_DIED = re.compile(rf"\b(?:a|an|the)\s+{_MODS}{_ONE_NOUN}"
                        rf"(?:,?\s+who\s+(?:was|had been)\s+|\s+)"
                        rf"(?:injured|wounded)\b[^.;:]{{0,140}}?\b(?:has\s+|had\s+|later\s+)?died\b",
                        re.I)
# ("a second employee died in hospital": one of the wounded died later, the toll is now two;
# the ordinal words and values are `ordinal_people.ORDINALS`)
# "initially put the number of injured at six, but later said a seventh person had gone to
# hospital": the ordinal is the updated figure (1.16.0)
_NTH_MORE = re.compile(rf"\bput the (?:number|toll|count) of (?P<w>injured|wounded|dead|killed)"
                       rf" at (?:{_N}),? but later (?:said|reported) (?:that )?an? "
                       rf"(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                       rf"(?:person|victim|resident|civilian|man|woman|child)\b", re.I)
_NTH_DIED = re.compile(rf"\b(?:a|the)\s+(?P<o>second|third|fourth|fifth|sixth)\s+{_MODS}"
                       # "a second person, a 52-year-old man, had died" (1.23.0)
                       rf"{_ONE_NOUN}(?:,[^,.;]{{1,40}},)?\s+(?:has\s+|had\s+)?{_ADV}died\s+"
                       rf"(?:in\s+(?:the\s+)?"
                       # "A second firefighter has died of injuries sustained ..." (1.20.0)
                       rf"hospital|of\s+(?:(?:his|her|their)\s+)?(?:wounds|injuries))\b", re.I)
# "Two were injured; a third man, 48, was hospitalised": the ordinal is the updated count (1.19.0)
_NTH_HURT = re.compile(rf"\b(?:a|the)\s+(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|"
                       rf"ninth|tenth)\s+{_ONE_NOUN}(?:,[^,.;]{{1,40}},)?\s+(?:was|has\s+been|had\s+"
                       rf"been)\s+{_ADV}(?:injured|wounded|hurt|hospitali[sz]ed)\b", re.I)
# "He put the final figures at three dead and 16 injured": both are the update (1.19.0)
# (without final/latest/updated/new, a report's two figures)
_PUT_AT = re.compile(rf"\bput the (?P<new>(?:final|latest|updated|new) )?(?:figures?|toll|"
                     rf"numbers?|count) at (?P<k>{_N}) (?:dead|killed) and (?P<i>{_N}) (?:injured|"
                     rf"wounded|hurt)\b", re.I)
# "the toll now stands at two dead and six wounded": both are the update (1.19.0)
_UPDATE_AND = re.compile(rf"\s+(?:dead|killed)\s+and\s+(?P<n>{_N})\s+(?:injured|wounded|hurt)\b",
                         re.I)
# "A third body was pulled from the rubble": the ordinal is the updated toll (1.18.0)
_NTH_BODY = re.compile(r"\b(?:a|the)\s+(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|"
                       r"ninth|tenth)\s+body\s+(?:has\s+been\s+|had\s+been\s+|was\s+)"
                       r"(?:pulled|recovered|found|retrieved|removed)\b", re.I)
# "after recovering the body of a 23rd victim": the ordinal is the updated toll (1.21.0)
_BODY_OF_NTH = re.compile(r"\b(?:recover(?:ed|ing)|retriev(?:ed|ing)|found|finding|pull(?:ed|ing) "
                          r"out)\s+the\s+body\s+of\s+(?:a|the)\s+(?P<o>second|third|fourth|fifth|"
                          r"sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+"
                          r"(?:victim|person)\b", re.I)
_STALE = re.compile(r"\b(?:previously|initially|first spoke of|earlier reports? said|had earlier "
                    # "the city head had earlier reported four injured" (1.17.0)
                    r"(?:put|reported)|had been reported|originally)\b", re.I)


_OF_WHOM = re.compile(r"\s+of (?:whom|them)\b")
_OF_INJURED = re.compile(r"\bof (?:the|those|them) (?:injured|wounded|hurt)\b", re.I)
_ELLIPSIS = re.compile(rf",?\s+(?:and\s+)?(?:another\s+|a further\s+)?(?P<n>{_N})\s+"
                       rf"(?:more\s+|each\s+)?(?:in|at)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?")
_AGAIN = re.compile(r"[^.;]{0,60}?\b(?:in|by|during) (?:the|a) (?:second|another|repeated|"
                    r"follow-up) (?:strike|attack)", re.I)
_EARLIER = re.compile(r"\s*Earlier (?:in the (?:morning|day|afternoon)|that (?:morning|day))\b"
                      r"[^.]*?\b(?:hit|struck|attacked|shelled)\b", re.I)
_SOURCES = re.compile(r"\b(?:one|a second|a third|another|others?|some) (?:source )?(?:said|says|"
                      r"insisted|claimed|reported)\b", re.I)
_NO_BEFORE = re.compile(r"\b(?:no|not a single|not)\s+$", re.I)
_NUMBERLESS = re.compile(r"\b(?:an?|another|no|nobody|neither|without|not|unhurt|uninjured|both)\b|"
                         r"toll|"
                         r"^\s*(?:he|she|his|her|their)\b|"   # "Her son-in-law was ..."
                         # "The driver was hurt"; "The driver died at the scene" (1.20.0)
                         # (or a quote opening so: "\"The cashier was injured,\" he wrote", 1.27.0)
                         # (or two words: "The tractor driver was wounded", 1.30.0)
                         r"^\s*[\"“]?\s*the\s+(?:[\w\-]+\s+){1,2}(?:was|were|died|suffered|sustained)\b",
                         re.I)
_GATE = re.compile(r"kill|dead|die|death|li[fv]e|perish|fatal|bod(?:y|ies)|injur|wound|hurt|"
                   r"hospital|casualt|burns|medical|cut|bruise|concussion|victim|toll|inhal|"
                   rf"{BLAST}", re.I)     # (1.35.0: "suffered barotrauma")


_GATE_WORDS = ("kill", "dead", "die", "death", "life", "live", "perish", "fatal", "body", "bodies",
               "injur", "wound", "hurt", "hospital", "casualt", "burns", "medical", "cut", "bruise",
               "concussion", "victim", "toll", "inhal", *BLAST_WORDS)
_FIELD_WORDS = {"killed": _GATE_WORDS[:10], "injured": (*_GATE_WORDS[10:20], "inhal")}
_FIELD_GATE = {"killed": re.compile(r"kill|dead|die|death|li[fv]e|perish|fatal|bod(?:y|ies)", re.I),
               "injured": re.compile(r"injur|wound|hurt|hospital|casualt|burns|medical|cut|bruise|"
                                     r"concussion|inhal", re.I)}


@dataclass(frozen=True)
class Figure:
    """One casualty figure: field, value, offset in the sentence and how it reads."""

    field: str          # "killed" | "injured"
    value: int
    pos: int
    kind: str           # "plain" | "update" | "stale" | "zero" | "more" (adds to the rest)


def mask(text: str) -> str:
    """text with distractor numbers blanked (same length, so offsets hold); ages become "§"
    runs, which read as a person ("a 9-year-old died")."""
    digit = has_digit(text)
    low = lowered(text)
    for k, rx in enumerate(_MASKS):
        if not digit and k in _DIGIT_MASKS:
            continue    # (it cannot match: most casualty sentences spell their numbers)
        if low is not None and (words := _mask_words()[k]) is not None:
            for w in words:
                if w in low:
                    break
            else:
                continue    # (none of the literals one of which every match holds)
        fill = "§" if k in _AS_PERSON else " "
        new = rx.sub(lambda m, c=fill: c * len(m.group()), text)
        if new is not text:
            text, low = new, lowered(new)
    return text


@lru_cache(maxsize=1)
def _mask_words() -> tuple[tuple[str, ...] | None, ...]:
    """For each mask, lowercase literals one of which every match holds (in the lowercased
    text), or None when none are known: a substring test per mask instead of a call to sub."""
    out: list[tuple[str, ...] | None] = []
    for rx in _MASKS:
        twin = getattr(rx, "twin", None) if getattr(rx, "folds", False) else None
        words = caseless.needed(twin.pattern, twin.flags) if twin is not None else None
        out.append(tuple(sorted(words)) if words else None)
    return tuple(out)


_PLACE_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’\-]*"
                          r"(?:\s+[A-Z][\w'’\-]*)?")


def _elided(t: str, end: int, field: str, taken: set[int]) -> list[Figure]:
    """"three were wounded in A, another three in B and one in C": the figures for B and C."""
    out: list[Figure] = []
    p = _PLACE_AFTER.match(t, end)
    while p and (m := _ELLIPSIS.match(t, past_aside(t, p.end()) if not out else end)):
        v = parse_number(m.group("n"))
        if v is None or m.start("n") in taken:
            break
        taken.add(m.start("n"))
        out.append(Figure(field, v, m.start("n"), "plain"))
        end = m.end()
    return out


_END_WORD = {"killed": re.compile(rf"\b{_KILL}\b", re.I),
             "injured": re.compile(rf"\b{_HURT}\b", re.I)}


def _ending(rx: re.Pattern[str], field: str, t: str, starts: list[int] | None
            ) -> list[re.Match[str]]:
    """Matches of a passive pattern (number ... killed/injured word), found by scanning only the
    160 characters before each such word (the pattern starts with a number, costly to try at
    every offset of a long sentence)."""
    out: dict[int, re.Match[str]] = {}
    for ws, we in spans(_END_WORD[field], t):
        for m in finditer(rx, t, starts, max(0, ws - 160), we):
            if m.end() == we:
                out.setdefault(m.start(), m)
    return [out[k] for k in sorted(out)]


# "Two of the dead were in Mykolaivka": a region total's share for one named place (1.14.0)
_SHARE = re.compile(rf"\b(?P<n>{_N})\s+of\s+the\s+(?P<w>dead|killed|injured|wounded)\s+"
                    r"(?:were|was)\s+(?:in|from)\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
                    r"(?-i:[A-Z])", re.I)


_CORRECTION = re.compile(r"rather than|instead of|\bnot\b")    # (find_casualties' own two,
_HURT_STEM = re.compile(r"injur|wound|hurt")                    # compiled once)


def find_casualties(text: str) -> list[Figure]:
    """Casualty figures of one sentence."""
    if not any_word(_GATE, _GATE_WORDS, text):
        return []
    if not has_number(text) and not _NUMBERLESS.search(text):
        return []
    t = blanked(mask(text), text)
    stale = bool(_STALE.search(t) or (("revious" in t or " had " in t) and STALE.search(t))) \
        and not _CORRECTION.search(text)
    starts = number_starts(t)
    out: list[Figure] = []
    taken: set[int] = set()
    hurt_died: list[tuple[int, int]] = []
    puts = [m for m in _PUT_NUMBER.finditer(t) if not any(
        a <= m.start() < b for a, b in ((x.start(), x.end()) for x in _NTH_MORE.finditer(t)))
            ] if "put" in t else []     # ("put ... at six, but later ... a seventh": _NTH_MORE's)
    # (1.30.0: a long subject, the attack's "hit two blocks": toll_subjects)
    ups = [*_UPDATE.finditer(t), *_BRING.finditer(t)]
    ups += risen_spans(t, ups)     # (1.40.0: "rose through the day to 49")
    for m in [*toll_updates(t, ups + other_updates(t, ups)), *puts]:     # (1.31.0: other_updates)
        what = m.group("what").lower()
        field = "injured" if _HURT_STEM.search(what) else "killed"
        v = parse_number(m.group("n"))
        if v is not None and (any(m is p for p in puts) and _PUT_STALE.search(
                t, max(t.rfind(";", 0, m.start()), t.rfind(".", 0, m.start()), 0), m.start())
                              or stood_earlier(t, m)):     # (1.37.0: "On Thursday ... stood at")
            out.append(Figure(field, v, m.start("n"), "stale"))
            taken.add(m.start("n"))
        elif v is not None:
            out.append(Figure(field, v, m.start("n"), "update"))
            taken.add(m.start("n"))
            if field == "killed" and (more := _UPDATE_AND.match(t, m.end())) and (
                    w := parse_number(more.group("n"))) is not None:
                out.append(Figure("injured", w, more.start("n"), "update"))
                taken.add(more.start("n"))
    if "put the " in t:
        for m in _PUT_AT.finditer(t):
            for g, field in (("k", "killed"), ("i", "injured")):
                if (v := parse_number(m.group(g))) is not None:
                    # "officials put the toll at 19 dead and 279 wounded" (no "final"): an
                    # earlier report, a plain figure
                    out.append(Figure(field, v, m.start(g), "update" if m.group("new") else (
                        "stale" if stale else "plain")))
                    taken.add(m.start(g))
    if "later" in t and "put the " in t:
        for m in _NTH_MORE.finditer(t):
            what = m.group("w").lower()
            field = "killed" if what in ("dead", "killed") else "injured"
            out.append(Figure(field, ORDINALS[m.group("o").lower()], m.start("o"), "update"))
    if ("hospital" in t or "injur" in t or "wound" in t or "hurt" in t) and any(
            o in t for o in ORDINALS):
        # (told at a named place, the one person hurt there: 1.28.0)
        out += [Figure(*nth_item("injured", t, m)) for m in _NTH_HURT.finditer(t)]
    if (" later" in t or " hit by" in t or "ed a " in t or "ed the " in t) and any(
            o in t for o in ORDINALS):
        out += [Figure(*x) for x in ordinal_figures(t)]     # (1.38.0: "a third man died later")
    if " body " in t:
        out += [Figure("killed", ORDINALS[m.group("o").lower()], m.start("o"), "update")
                for m in _NTH_BODY.finditer(t)]
        out += [Figure("killed", ORDINALS.get(m.group("o").lower()) or int(m.group("o")[:-2]),
                       m.start("o"), "update") for m in _BODY_OF_NTH.finditer(t)]
    if "died" in t:
        for m in _HURT_DIED.finditer(t):
            out.append(Figure("killed", 1, m.start(), "plain"))
            hurt_died.append(m.span())
        out += [Figure(*nth_item("killed", t, m))     # (at a named place too, 1.38.0)
                for m in _NTH_DIED.finditer(t)]
    for field in ("killed", "injured"):
        if not any_word(_FIELD_GATE[field], _FIELD_WORDS[field], t):
            continue
        pairs = [*hurt_died] if field == "injured" else []
        if " and " in t:
            for m in _SUM[field].finditer(t):
                a, b = parse_number(m.group("a")), parse_number(m.group("b"))
                if a is not None and b is not None:
                    taken.update((m.start("a"), m.start("b")))
                    out.append(Figure(field, a + b, m.start("a"), "stale" if stale else "plain"))
        for m in _ONE_AND[field].finditer(t):
            v = parse_number(m.group("n")) if m.group("n") else 1
            at = m.start("n") if m.group("n") else m.start()
            if v is not None and at not in taken:
                taken.add(at)
                pairs.append(m.span())
                out.append(Figure(field, v + 1, at, "stale" if stale else "plain"))
        if " and " in t:
            for m in _ONE_AND_N[field].finditer(t):
                v = parse_number(m.group("n"))
                if v is not None and m.start("n") not in taken:
                    taken.add(m.start("n"))
                    pairs.append(m.span())
                    out.append(Figure(field, v + 1, m.start("n"), "stale" if stale else "plain"))
        for m in finditer(_PLUS_ONE[field], t, starts):
            v = parse_number(m.group("n"))
            if v is not None and m.start("n") not in taken:
                taken.add(m.start("n"))
                out.append(Figure(field, v + 1, m.start("n"), "stale" if stale else "plain"))
        for rx in (_ACTIVE[field], _PASSIVE[field]):
            for m in (rx.finditer(t) if rx is _ACTIVE[field] else _ending(rx, field, t, starts)):
                v = parse_number(m.group("n"))
                if v is None or m.start("n") in taken or v > 5000 or _NO_BEFORE.search(
                        t, 0, m.start("n")) or (field == "injured" and _OF_INJURED.search(
                            m.group())) or (" of " in m.group() and _OF_WHOM.match(
                                t, m.end("n")) and any(x.field == field for x in out)):
                    continue    # "Two of the injured were hospitalized": a part, no figure;
                    # "159 people have been injured, 97 of whom were taken to hospital" (1.20.0)
                taken.add(m.start("n"))
                kind = ("more" if _AGAIN.match(t, m.end()) or _EARLIER.match(t) else "stale"
                        if stale else "plain")
                out.append(Figure(field, v, m.start("n"), kind))
                out += _elided(t, m.end(), field, taken)
        pair = " and " in t and any(w in t for w in (" were ", " been ", " are "))
        for m in [*_COUPLE[field].finditer(t), *(_PAIRS[field].finditer(t) if pair else ())]:
            if not any(a <= m.start() < b for a, b in pairs):
                pairs.append(m.span())
                out.append(Figure(field, 2, m.start(), "stale" if stale else "plain"))
        word, extra = _IMPLIED_IF[field]
        found = [*_IMPLIED[field].finditer(t), *(extra.finditer(t) if word in t else ())]
        if field == "injured" and any(w in t for w in _ONE_HURT_WORDS):
            # (one person once: a phrasing the patterns above already read is theirs)
            found += [m for m in _ONE_HURT.finditer(t) if not any(
                o.start() < m.end() and m.start() < o.end() for o in found) and not any(
                x.field == field and m.start() <= x.pos < m.end() for x in out)]
        for m in found:
            if any(a <= m.start() < b for a, b in pairs):
                continue
            if any(x.pos < m.start() < x.pos + 80 and x.field == field and x.value > 1
                   for x in out) and _PLUS_ONE[field].search(t):
                continue
            out.append(Figure(field, 1, m.start(), "stale" if stale else "plain"))
            if " and " in t:    # "Another person was killed in A and one in B" (1.23.0)
                out += _elided(t, m.end(), field, taken)
    if " of the " in t and (" were " in t or " was " in t):
        for m in _SHARE.finditer(t):
            v = parse_number(m.group("n"))
            if v is not None and m.start("n") not in taken:
                taken.add(m.start("n"))
                field = "killed" if m.group("w").lower() in ("dead", "killed") else "injured"
                out.append(Figure(field, v, m.start("n"), "stale" if stale else "plain"))
    have = [(f.field, f.value, f.pos, f.kind) for f in out]
    if ones := one_person_figures(t, have):     # (1.27.0: any noun, one person)
        ones = [(f, v, p, "stale" if stale else k) for f, v, p, k in ones]
        out += [Figure(*one) for one in ones]
        have += ones
    if more := another_figures(t, have):     # (1.28.0)
        out += [Figure(f, v, p, "stale" if stale else k) for f, v, p, k in more]
        have += more
    add, died = extra_figures(t, have)     # the phrasings of 1.26.0
    if died:
        out = [f for f in out if f.field != "injured" or not any(a <= f.pos < b for a, b in died)]
    out += [Figure(f, v, p, "stale" if stale and k == "plain" else k) for f, v, p, k in add]
    if adds := more_bodies(t, have + add):
        out = [Figure(f.field, f.value, f.pos, "more") if f.pos in adds and f.field == "killed"
               and f.kind == "plain" else f for f in out]
    if subs := subject_figures(t, have + add):     # (1.30.0: the subject as a whole phrase)
        out += [Figure(f, v, p, "stale" if stale else k) for f, v, p, k in subs]
    out += [Figure(*w) for w in wound_figures(t, have + add + subs)]     # (1.31.0)
    out += [Figure(*w) for w in hospital_figures(t, have + add + subs)]     # (1.36.0)
    out += [Figure(*w) for w in treated_figures(t, have + add + subs)]     # (1.37.0)
    out += [Figure(*w) for w in pronoun_hospital_figures(t, have + add + subs)]     # (1.39.0)
    pairs, gone = pair_figures(t, [(f.field, f.value, f.pos, f.kind) for f in out])  # (1.31.0)
    out = [f for f in out if (f.field, f.pos) not in gone] + [Figure(*p) for p in pairs]
    zeros = [*_ZERO.finditer(t), *(_ZERO_NAMED.finditer(t) if "not " in t or " un" in t else ()),
             *neither_zeros(t)]     # (1.37.0: "Neither place reported casualties")
    for m in zeros:     # (1.30.0: a zero of deaths only is the killed field's alone)
        out += [Figure(f, 0, m.start(), "zero") for f in zero_fields(t, m.start(), m.end())]
    if not zeros:   # (1.28.0: a hedged zero, damage and casualties denied, the one person unhurt)
        for p in [*zero_positions(t, c := any(f.value for f in out)), *damage_first_zeros(t, c)]:
            out += [Figure("killed", 0, p, "zero"), Figure("injured", 0, p, "zero")]
    if any(f.kind == "zero" for f in out) and any(f.value for f in out) and _SOURCES.search(t):
        return []   # "one said ... killing six; a third insisted there were no casualties"
    if " and " in t and any(f.kind == "update" and f.field == "killed" for f in out) and len(
            hurt := [f for f in out if f.field == "injured" and f.kind == "plain"]) == 1 \
            and not any(f.kind == "update" and f.field == "injured" for f in out) \
            and hurt[0].pos > min(f.pos for f in out if f.kind == "update"):
        # "The toll has climbed to 27 dead, officials say, and 159 people have been injured":
        # the injured figure of a toll update is updated too (1.20.0)
        out = [Figure(f.field, f.value, f.pos, "update") if f is hurt[0] else f for f in out]
    if (" not " in text or "rather than" in text or "instead of" in text) and "initial" in text:
        # "three people were injured, not four as initially reported": a correction, the latest
        # figure (1.25.0)
        out = [Figure(f.field, f.value, f.pos, "update") if f.kind == "plain"
               and _CORRECTED.match(text, f.pos) else f for f in out]
    if "ince " in t and (" have " in t or " has " in t or " had " in t):
        out = drop_since_totals(text, out)     # (1.38.0: "Since January 1, 84 ... killed")
    if " pilot" in t and "repel" in t:
        out = drop_defenders_lost(t, out)     # (1.39.0: "a pilot died while repelling it")
    return sorted(out, key=lambda f: f.pos)


_CORRECTED = re.compile(rf"[^.;]{{0,40}}?,?\s+(?:not|rather than|instead of)\s+(?:the\s+)?"
                        rf"(?:{_N})\s+(?:people\s+)?(?:as\s+)?(?:initially|first|originally)\b",
                        re.I)


caseless.adopt(globals())     # re.I patterns scan lowercased text case-sensitively
head_anchors.adopt(globals())     # ("^\s*He died ..." alternatives tried at offset 0 only)
# _PASSIVE's own re.I pattern confirms each twin match at a number (its groups read the original
# text): factored, its word lists are tries (same matches; 0.59 -> 0.39 ms per dev pass)
for _rx in _PASSIVE.values():
    _rx.rx = caseless.factored(_rx.pattern, _rx.flags)
# (the patterns scanned over a whole sentence, or a window of it)
widen(_STALE, _PUT_NUMBER, _NTH_MORE, _UPDATE, _BRING, _PUT_AT, _NTH_HURT, _NTH_BODY, _BODY_OF_NTH,
      _HURT_DIED, _NTH_DIED, _SUM, _ONE_AND, _ONE_AND_N, _PLUS_ONE, _ACTIVE, _END_WORD,
      _COUPLE, _PAIRS, _IMPLIED, _ONE_HURT, _SHARE, _ZERO_NAMED, _SOURCES,
      *(rx for _, rx in _IMPLIED_IF.values()))
