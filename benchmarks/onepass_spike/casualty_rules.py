"""The casualty rules (killed, injured): regexes over an article's type string (tokens.py).

A rule's match offsets are token indexes: its group "n" is the number token whose value the
figure takes (plus group "p"'s, when the rule has one), its group "f" the token whose code says
the field (FIELD: K, D, X, T killed; I, J, H injured) unless the rule fixes the field or the
value. Rules carry the batch they were added in, so the runner can measure agreement and cost
after each batch (the curve in docs/onepass.md). Their order matters: a match takes its tokens,
and a later rule whose number or anchor lies among them is skipped (casualties.py), so blocking
rules (field "none") and pairs come first. Codes are those of lexicon.csv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FIELD = {"K": "killed", "D": "killed", "X": "killed", "T": "killed", "I": "injured",
         "J": "injured", "H": "injured"}
BOTH = ("killed", "injured")


@dataclass(frozen=True, slots=True)
class Rule:
    """One casualty phrasing: its regex over type codes, the field (None: read from group f),
    the value (None: read from group n) and the kind of figure it gives."""

    name: str
    batch: int
    pattern: str
    field: str | None = None     # "killed", "injured", "both"; "none" takes its tokens only
    fixed: int | None = None
    kind: str = "plain"     # "plain" | "update" | "zero"
    add: int = 0            # added to the value read ("the driver and two passengers": 1 + 2)


# N: a number token, not after a null qualifier or "no" ("nearly 20", "no one": no figure);
# led by the literal n so that sre searches for it instead of trying every offset
N = r"(?P<n>n)(?<![~N]n)"
Q = r"(?:tq|mq|q)?"      # "at least", "more than", "about"
ADJ = r"[xCg]{0,2}"     # up to two words before a noun ("two elderly women", "a 67-year-old man")
PEOPLE = rf"{ADJ}[pP]"
PAREN = r"(?:,[^,|]{1,8},)?"      # ", including two children,"
AGE = r"(?:,n,|,?yx?n,?)?"     # "a man, 56, and a woman, 53, were injured", "a woman aged 72"

RULES: list[Rule] = [
    # batch 9 (first): ages, birth years and dates are no counts; "had stood at" is stale
    Rule("a woman aged 72; born in 1961", 9, rf"yx?{N}(?:[,&]n)*", "none"),
    Rule("on July 31", 9, rf"M{N}", "none"),
    Rule("the toll had stood at 19", 9, rf"bVt{Q}{N}", "none"),
    # batch 6 (first: they take their tokens before any figure rule can)
    Rule("since January, n people have been killed", 6, rf"S[^|,]{{0,12}}?{N}", "none"),
    Rule("300 civilians have been killed by mines since 2022", 8,
         rf"{Q}{N}{PEOPLE}b{{1,2}}K[^|]{{0,8}}?S", "none"),
    Rule("the injury toll has risen to n", 8, rf"JT[^|KIDTJ;.]{{0,30}}?Rt?{Q}{N}", "injured",
         kind="update"),
    Rule("the toll had risen from three to four", 8,
         rf"(?P<f>[KIDTJ])[^|KIDTJ;.]{{0,30}}?Rxnt{Q}{N}", kind="update"),
    Rule("killing a paramedic and a worker", 7, r"(?P<f>[KI])a[xCg]{0,3}&a[xCg]{0,3}P",
         fixed=2),
    Rule("the driver and a passenger were injured", 7,
         rf"e{PEOPLE}&a{PEOPLE}(?:,[^|]{{1,8}}?,)?b{{1,2}}x?(?P<f>[KIH])", fixed=2),
    Rule("the driver and two passengers were injured", 7,
         rf"e{PEOPLE}&{N}{PEOPLE}b{{1,2}}x?(?P<f>[KIH])", add=1),
    Rule("a man and a woman were injured", 6,
         rf"a{PEOPLE}{AGE}&[ax]{PEOPLE}{AGE}b{{0,2}}x?(?P<f>[KIDH])", fixed=2),
    Rule("three children aged 8, 12 and 17 died", 6,
         rf"{N}{PEOPLE}[xy][n,&]{{1,6}}b{{0,2}}x?(?P<f>[KIDH])"),
    # batch 1: the plain shapes
    Rule("n people were killed", 1, rf"{N}(?:{PEOPLE})?b{{1,2}}(?P<f>[KI])"),
    Rule("n people killed", 1, rf"{N}{PEOPLE}(?P<f>[KID])"),
    Rule("killing n", 1, rf"(?P<f>[KI]){N}"),
    Rule("killing at least n", 4, rf"(?P<f>[KI]){Q}{N}"),
    Rule("n people died", 1, rf"{N}(?:{PEOPLE})?(?P<f>D)"),
    Rule("death toll rose to n", 1, rf"X?T[xb]{{0,3}}Rt?{N}", "killed", kind="update"),
    Rule("a woman was killed", 1, rf"a{PEOPLE}{AGE}b{{1,2}}(?P<f>[KI])", fixed=1),
    Rule("a man died", 1, rf"a{PEOPLE}{AGE}(?P<f>D)", fixed=1),
    # batch 2: zeros
    Rule("no casualties", 2, r"N[xC]?c", "both", fixed=0, kind="zero"),
    Rule("no one was hurt", 2, r"Nn?b{1,2}[xC]?I", "both", fixed=0, kind="zero"),
    Rule("no one was killed or injured", 4, r"Nn?b{1,2}[xC]?[KD]xI", "both", fixed=0,
         kind="zero"),
    Rule("no one was killed", 2, r"Nn?b{1,2}[xC]?[KD]", "killed", fixed=0, kind="zero"),
    Rule("no injuries", 2, r"N[xC]{0,1}J", "both", fixed=0, kind="zero"),
    # batch 3: one person by a noun, pairs, elided and added figures
    Rule("killing a man", 3, rf"(?P<f>[KI])a{PEOPLE}(?!&a?[xCg]{{0,3}}P)", fixed=1),
    Rule("killing a woman and her daughter", 3, rf"(?P<f>[KI])a{PEOPLE}&[xg]{{0,2}}P", fixed=2),
    Rule("and 45 injured", 3, rf"&{N}(?:{PEOPLE})?(?P<f>[IKD])"),
    Rule("n more people were wounded", 3, rf"{N}m(?:{PEOPLE})?b{{1,2}}(?P<f>[KI])"),
    Rule("n people, including m, were injured", 3,
         rf"{N}{PEOPLE}{PAREN}b{{1,2}}(?P<f>[KI])"),
    # batch 4: tolls and updates, qualifiers, bare and adverbed figures, shares
    Rule("the toll ... has risen to n", 4, rf"(?P<f>[KIDTJ])[^|KIDTJ;.]{{0,30}}?[RV]x?t?{Q}{N}",
         kind="update"),
    Rule("put the number of injured at n", 4, rf"(?P<f>[KIDT])t{Q}{N}", kind="update"),
    Rule("n people were slightly injured", 4, rf"{N}(?:{PEOPLE})?b{{1,2}}x(?P<f>[KI])"),
    Rule("n wounded", 4, rf"{N}(?P<f>[KI])"),
    # batch 5: one person by a pronoun or a definite noun, hospital, suffered wounds
    Rule("wounding the driver and two passengers", 5, rf"(?P<f>[KI])e{PEOPLE}&{N}{PEOPLE}",
         add=1),
    Rule("a man and his wife were wounded", 5, rf"a{PEOPLE}&[xg]{{0,2}}Pb{{1,2}}x?(?P<f>[KI])",
         fixed=2),
    Rule("he died", 5, r"hb{0,2}x?(?P<f>[KID])", fixed=1),
    Rule("the driver, a man, died", 5, rf"eP(?:,a{PEOPLE},)?b{{0,2}}x?(?P<f>[KID])", fixed=1),
    Rule("he was taken to hospital", 5, r"[ha][xCg]{0,2}P?b{1,2}x{1,2}t[eCx]{0,4}H", "injured",
         fixed=1),
    Rule("the man was taken to hospital", 5, r"e[xCg]{0,2}P?b{1,2}x{1,2}t[eCx]{0,4}H", "injured",
         fixed=1),
    Rule("a girl suffered wounds", 5, rf"a{PEOPLE}x[xC]{{0,2}}J", "injured", fixed=1),
    Rule("n men suffered injuries", 5, rf"{N}{PEOPLE}[x&]{{1,6}}J", "injured"),
    Rule("n people remain in hospital", 5, rf"{N}(?:{PEOPLE})?[bx]{{1,3}}t?H", "injured"),
    # batch 6: more subjects, definite persons, headlines, zeros by noun
    Rule("injuring the driver and a passenger", 12, rf"(?P<f>[KI])e{PEOPLE}&a{PEOPLE}", fixed=2),
    Rule("killing the driver", 6, rf"(?P<f>[KI])[eCx]{ADJ}P", fixed=1),
    Rule("two employees of the terminal were injured", 6,
         rf"{N}m?(?:{PEOPLE})?(?:[xtf][eCx]{{1,3}})?b{{1,2}}x?(?P<f>[KIH])"),
    Rule("two firefighters have died", 6, rf"{N}m?{PEOPLE}b{{0,2}}x?(?P<f>D)"),
    Rule("n people, among them a boy aged 8, were killed", 6,
         rf"{N}m?{PEOPLE}(?:,[^|]{{1,10}}?,)b{{1,2}}x?(?P<f>[KIH])"),
    Rule("18 people are now known to have died", 6, rf"{N}{PEOPLE}b[xtb]{{1,4}}(?P<f>[KD])"),
    Rule("her mother was badly hurt", 6,
         rf"[eCx]{ADJ}P(?:,[^|]{{1,6}}?,)?b{{0,2}}x?(?P<f>[KID])", fixed=1),
    Rule("kills five, wounds 15", 6, rf",J{Q}{N}", "injured"),
    Rule("no civilians were hurt", 6, r"N[pP]b{1,2}[xC]?I", "both", fixed=0, kind="zero"),
    Rule("no civilians were killed", 6, r"N[pP]b{1,2}[xC]?[KD]", "killed", fixed=0,
         kind="zero"),
    Rule("no reports of casualties", 6, r"Nrfc", "both", fixed=0, kind="zero"),
    # batch 7: the next shapes of the disagreement list
    Rule("a man was slightly injured", 7, rf"a{PEOPLE}{AGE}b{{1,2}}x{{1,2}}(?P<f>[KI])", fixed=1),
    Rule("a woman who was injured ... died in hospital", 12, rf"a{PEOPLE}w[^|,]{{1,10}}?D",
         "killed", fixed=1),
    Rule("a man who was waiting outside was killed", 7,
         rf"a{PEOPLE}w[^|,]{{1,10}}?b{{1,2}}x?(?P<f>[KID])", fixed=1),
    Rule("no dead or wounded", 7, r"N[DK]xI", "both", fixed=0, kind="zero"),
    Rule("bringing the death toll to n", 7, rf"RX?T[^|;.KIDJ]{{0,25}}?t{Q}{N}", "killed",
         kind="update"),
    Rule("19 people were listed as injured", 7, rf"{N}(?:{PEOPLE})?b{{1,2}}x{{1,3}}(?P<f>[KI])"),
    Rule("the driver suffered shrapnel wounds", 7,
         rf"[eC]{ADJ}P(?:,[^|]{{1,6}}?,)?x[xC]{{0,3}}J", "injured", fixed=1),
    Rule("two men, aged 43 and 55, received wounds", 7,
         rf"{N}{PEOPLE}(?:,[^|]{{1,8}}?,)?[x&]{{1,6}}J", "injured"),
    Rule("three people, among them a boy, were taken to hospital", 7,
         rf"{N}(?:{PEOPLE})?(?:,[^|]{{1,8}}?,)?[bx]{{1,3}}t?[eCx]{{0,3}}H", "injured"),
    # batch 8: from the tune sets' disagreements only (reference.CHECK)
    Rule("their neighbour, a man, was injured", 8,
         rf",a{PEOPLE}(?:,|xn,)b{{1,2}}x?(?P<f>[KIDH])", fixed=1),
    Rule("his passenger, a woman, was taken to hospital", 8,
         rf"P,a{PEOPLE},b{{1,2}}x{{1,2}}t[eCx]{{0,4}}H", "injured", fixed=1),
    Rule("killed a married couple", 8, r"(?P<f>[KI])ax?u", fixed=2),
    Rule("killed another two people", 8, rf"(?P<f>[KI])a{N}"),
    Rule("took the lives of four people", 8, rf"Lf{Q}{N}", "killed"),
    Rule("claimed 9 lives", 8, rf"{N}L", "killed"),
    Rule("one more killed", 8, rf"{N}m(?P<f>[KID])"),
    Rule("one civilian woman had been killed", 8, rf"{N}[xCgpP]{{0,2}}[pP]b{{1,2}}(?P<f>[KI])"),
    Rule("the explosion injured nobody", 8, r"IN", "both", fixed=0, kind="zero"),
    Rule("killed nobody", 8, r"KN", "killed", fixed=0, kind="zero"),
    Rule("51 deaths", 8, rf"{N}[xC]?X", "killed"),
    Rule("50 were dead", 8, rf"{N}(?:{PEOPLE})?b{{1,2}}(?P<f>D)"),
    Rule("a security guard at the port was killed", 8,
         rf"a{PEOPLE}[xtf][eCx]{{1,3}}b{{1,2}}x?(?P<f>[KI])", fixed=1),
    Rule("seven other people and a girl were hurt", 8,
         rf"{N}{PEOPLE}&a{PEOPLE}b{{1,2}}x?(?P<f>[KI])", add=1),
    Rule("a third body was pulled out", 8, r"(?P<n>o)B", "killed", kind="update"),
    Rule("a second employee died", 8, rf"a(?P<n>o){PEOPLE}[^|,]{{0,4}}?(?P<f>[KD])",
         kind="update"),
    Rule("a man suffered a shrapnel wound", 8, rf"a{PEOPLE}x[axC]{{0,3}}J", "injured", fixed=1),
    Rule("and over 43 more injured", 8, rf"&{Q}{N}m?(?:{PEOPLE})?(?P<f>[IKD])"),
    # batch 9: from the tune sets' disagreements only
    Rule("no deaths have been reported", 9, r"NX", "killed", fixed=0, kind="zero"),
    Rule("there were no victims", 9, r"Np(?![bx]{0,2}[KIDH])", "both", fixed=0, kind="zero"),
    Rule("no damage or casualties", 9, r"Ndxc", "both", fixed=0, kind="zero"),
    Rule("two of the wounded died", 9, rf"{N}fe[DI](?:,[^|]{{1,8}}?,)?b{{0,2}}x?D", "killed"),
    Rule("two of the dead were in X", 9, rf"{N}feDb(?:x[eC]|K)", "killed"),
    Rule("two employees of the ministry died", 9,
         rf"{N}m?{PEOPLE}f[eCx]{{1,3}}b{{0,2}}x?(?P<f>D)"),
    Rule("a man who was sitting in his car died", 9,
         rf"a{PEOPLE}w[^|,]{{1,10}}?b{{0,2}}x?(?P<f>[KID])", fixed=1),
    Rule("59 people sought medical help", 9, rf"{N}{PEOPLE}b{{0,2}}H", "injured"),
    Rule("two people, including a girl, died", 9,
         rf"{N}m?{PEOPLE}(?:,[^|]{{1,10}}?,)b{{0,2}}x?(?P<f>D)"),
    Rule("another person has died", 9, rf"a{PEOPLE}b{{1,2}}x?(?P<f>D)", fixed=1),
    Rule("18 bodies had been recovered", 9, rf"{N}m?[xC]?B", "killed"),
    Rule("a family of four was killed", 9,
         rf"aFf{N}(?:,[^|]{{1,8}}?,)?b{{1,2}}x?(?P<f>[KI])"),
    # batch 10: from the tune sets' disagreements only, mostly the injured
    Rule("two women aged 35 and 71 were wounded", 10,
         rf"{N}{PEOPLE}y[xn,&]{{1,7}}b{{0,2}}x?(?P<f>[KIDH])"),
    Rule("two women aged 63 and 70 suffered injuries", 10,
         rf"{N}{PEOPLE}y[xn,&]{{1,7}}x[xC&]{{0,3}}J", "injured"),
    Rule("two women aged 35 and 71 were taken to hospital", 10,
         rf"{N}{PEOPLE}y[xn,&]{{1,7}}b{{1,2}}x{{1,2}}t[eCx]{{0,4}}H", "injured"),
    Rule("a woman aged 41 and a man aged 68 were taken to hospital", 10,
         rf"a{PEOPLE}{AGE}&a{PEOPLE}{AGE}b{{1,2}}x{{1,2}}t[eCx]{{0,4}}H", "injured", fixed=2),
    Rule("a man and two women were taken to hospital", 10,
         rf"a{PEOPLE}&{N}{PEOPLE}(?:y[n,&]{{1,5}})?b{{1,2}}x{{1,2}}t[eCx]{{0,4}}H", "injured",
         add=1),
    Rule("a man and two women were injured", 10,
         rf"a{PEOPLE}&{N}{PEOPLE}(?:y[n,&]{{1,5}})?b{{1,2}}x?(?P<f>[KI])", add=1),
    Rule("injured a woman and a man", 10, rf"(?P<f>[KI])a{PEOPLE}&a{PEOPLE}", fixed=2),
    Rule("he has been hospitalised", 10, r"hb{1,2}x?H", "injured", fixed=1),
    Rule("an elderly woman was treated", 10, rf"a{PEOPLE}{AGE}b{{1,2}}x?H", "injured", fixed=1),
    Rule("one more man suffered wounds", 10, rf"{N}m{PEOPLE}[x&]{{1,6}}J", "injured"),
    Rule("four more people needed hospital treatment", 10, rf"{N}m{PEOPLE}x{{1,2}}H", "injured"),
    Rule("four officers from a unit were wounded", 10,
         rf"{N}m?{PEOPLE}[xtf][eaCx]{{1,6}}b{{1,2}}x?(?P<f>[KIH])"),
    Rule("nobody in the city had been hurt", 10, r"Nn?[xt][eC][xC]{0,2}b{1,2}[xC]?I", "both",
         fixed=0, kind="zero"),
    # batch 11: from the tune sets' disagreements only
    Rule("the 59-year-old died at the scene", 11, r"eg(?:b{1,2}x?)?(?P<f>[KD])", fixed=1),
    Rule("two employees of the plant received minor injuries", 11,
         rf"{N}{PEOPLE}f[eCx]{{1,3}}x[xC]{{0,2}}J", "injured"),
    Rule("one woman suffered a concussion", 11, rf"{N}{PEOPLE}x[axC]{{0,3}}J", "injured"),
    Rule("a woman in her sixties died in hospital", 11, rf"a{PEOPLE}x[xeCt]{{0,5}}D", "killed",
         fixed=1),
    # batch 12: from the tune sets' disagreements only
    Rule("13 adults and 4 children have been injured", 12,
         rf"{N}{PEOPLE}&(?P<p>n){PEOPLE}b{{0,2}}x?(?P<f>[KIH])"),
    Rule("the driver was not hurt", 12, rf"e{PEOPLE}b{{1,2}}N[xC]?I", "both", fixed=0,
         kind="zero"),
    Rule("without casualties", 12, r"W[xC]?c", "both", fixed=0, kind="zero"),
    Rule("two people lost their lives", 12, rf"{N}{PEOPLE}x[xC]?L", "killed"),
    Rule("one of our employees was injured", 12, rf"{N}f[ex]{PEOPLE}b{{1,2}}x?(?P<f>[KI])"),
    Rule("a worker at the plant suffered wounds", 12, rf"a{PEOPLE}[xtf][eCx]{{1,3}}x[xC]{{0,2}}J",
         "injured", fixed=1),
    Rule("the driver of a minibus was killed", 12, rf"e{PEOPLE}f[eaCx]{{1,3}}b{{1,2}}x?(?P<f>[KI])",
         fixed=1),
]


# a sentence none of whose tokens is one of these can give no figure: every rule holds one
CUES = re.compile(r"[KIDJHXTcNLBW]")
