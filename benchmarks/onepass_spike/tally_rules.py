"""The tally rules (launched, intercepted, the weapon of each count): regexes over the tally
type string (tally_tokens.py).

A rule's group "n" is the number token whose value the count takes, group "f" the weapon noun
whose code gives the count's type (D drone, M missile, G glide bomb; none: "any", the type of
the sentence's other counts), group "p" a second number ("19 of the 23 drones": 23 launched).
The field is the rule's, or "clause": read from the verbs around the count as the present
finder's `_field` reads them (tally_fields.py, `clause_field`). Kinds: "plain" counts of one
field and type add up in a sentence ("two Iskander-M missiles and two Kh-59 missiles"); "part"
counts ("including 91 over the Moscow region", "36 of them") only bound it from below; "vague"
makes the field unknown ("nearly 150 drones"), and "several" too, in launch counts only
("several drones"). Rules carry their batch (the curve in docs/onepass.md) and their order
matters: a match takes its tokens, and a later rule whose number lies among them is skipped, so
blocking rules (field "none") come first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TallyRule:
    """One tally phrasing: its regex over type codes, field and kind."""

    name: str
    batch: int
    pattern: str
    field: str = "clause"   # launched | intercepted | clause | of_total | of_them | all | prev
    #                         | other_hit | ordinal | all_of | whole | part_of | none
    kind: str = "plain"     # plain | part | vague (a hedge) | several (vague, launched only)
    fixed: int | None = None     # the value, when no number token gives it ("and a missile")
    wtype: str | None = None     # the type, when no noun gives it ("65 missiles and drones": all)


N = r"(?P<n>n)"
Q = r"(?:[qo]|xq|qq|aqf|Aq?)?"      # "more than", "over", "at least", "a total of", "all"
HEDGE = r"h[hqT]?"                 # "nearly", "up to", "fewer than", "just under"
MOD = r"[xCgwaAX&qIL]{0,4}?"       # words between a count and its noun ("Shahed-type attack")
NOUN = r"(?P<f>[DMG])"
DOWN = r"(?:I|kv)"                 # "destroyed", "shot down"
BE = r"b{1,3}[xC]?"                # "were", "had been", "have also been"

RULES: list[TallyRule] = [
    # batch 4 (first, as these lead with a lookbehind: a group of their own each, which runs
    # before the groups led by a number)
    TallyRule("shot down all 35 drones", 4, rf"(?<=A){N}{MOD}{NOUN}", "all"),
    TallyRule("including 10 Kinzhal missiles; of which 21 missiles", 4,
              rf"(?:(?<=i)|(?<=fm)|(?<=im)){N}{MOD}{NOUN}", kind="part"),
    # batch 5 (lookbehind-led, first): from the tune sets' disagreements
    TallyRule("with an Iskander-M missile and 72 drones", 5,
              rf"(?<=[LW])(?P<n>a){MOD}(?P<f>M)(?=&q?n)", fixed=1),
    # batch 2 (first: they take their tokens before a count rule can): vague counts, no counts
    TallyRule("nearly 150 drones", 2, rf"{HEDGE}{N}{MOD}{NOUN}", kind="vague"),
    TallyRule("several drones", 2, rf"Vf?{MOD}{NOUN}", kind="several"),
    TallyRule("250 drone attacks", 2, rf"{N}{MOD}{NOUN}[XF](?![xCw]?[DMG])", "none"),
    TallyRule("one of the largest attacks", 2, rf"{N}fe?z", "none"),
    TallyRule("nine of them children; one of the bombs hit", 2,
              rf"{N}f[em]{MOD}[DMG]?[xCg]?[pHUI]", "none"),
    TallyRule("three naval drones", 2, rf"{N}{MOD}S{MOD}{NOUN}", "none"),
    TallyRule("43 of the missiles", 2, rf"{N}fe{MOD}{NOUN}", "of_them", "part"),
    # batch 3: from the tune sets' disagreements
    TallyRule("none of the missiles was intercepted; neither was", 3,
              rf"N(?:f[em]{MOD}(?P<f>[DMG])?[xC]?)?b{{1,2}}{DOWN}", "intercepted", "part", 0),
    TallyRule("four drones and a missile", 3, rf"&(?P<n>a){MOD}{NOUN}(?![XF])", fixed=1),
    TallyRule("nine drones were shot down over A, ... and three over B", 3,
              rf"[DMG](?:b{{1,3}}[xC]?{DOWN})?oeC[^|;.i]{{0,40}}?(?:&q?|,q){N}[ob]{{0,2}}oeC",
              "prev"),
    # batch 4: from the tune sets' disagreements
    TallyRule("65 missiles and drones", 4, rf"{N}{MOD}(?:D&[xCX]?M|M&[xCX]?D)(?![xCgw]?[DMG])",
              wtype="all"),
    TallyRule("and both drones", 4, rf"&(?P<n>B){MOD}{NOUN}", "prev", fixed=2),
    # batch 5: from the tune sets' disagreements
    TallyRule("two were shot down, the other three hit", 5,
              rf"{N}{MOD}[DMG]?b{{1,3}}[xC]?{DOWN}[^|;.]{{0,8}}?[,;&]er(?P<p>n)[DMG]?H",
              "other_hit"),
    # batch 6: from the tune sets' disagreements
    TallyRule("a drone had been shot down over the city", 6,
              rf"(?P<n>a)[xCgw]{{0,2}}(?P<f>[DM]){BE}{DOWN}o", "intercepted", "part", 1),
    TallyRule("shot down a missile over the city", 6, rf"{DOWN}(?P<n>a)[xCgw]{{0,2}}(?P<f>[DM])o",
              "intercepted", "part", 1),
    # batch 7: from the tune sets' disagreements
    TallyRule("A fourth missile was shot down", 7, rf"(?<![^|])a(?P<n>d)(?P<f>[DM]){BE}{DOWN}",
              "ordinal"),
    # batch 8: from the tune sets' disagreements
    TallyRule("..., and all of them were destroyed", 8, rf"(?P<n>A)f?m{BE}{DOWN}", "all_of",
              fixed=0),
    # batch 9: from the tune sets' disagreements
    TallyRule("and every one of the drones; and all the drones", 9,
              rf"&(?P<n>A)n?f?e{MOD}{NOUN}", "whole", fixed=0),
    TallyRule("..., out of (a total of) 77 shot down", 9,
              rf"vf(?:aqf|e)?{N}{MOD}[DMG]?(?:mb)?[xC]?{DOWN}", "part_of"),
    # batch 1: the plain shapes
    TallyRule("destroyed 19 of the 23 drones", 1, rf"{N}fe?{Q}(?P<p>n){MOD}{NOUN}", "of_total"),
    TallyRule("launched 315 drones; 25 drones were destroyed", 1, rf"{N}{MOD}{NOUN}"),
    TallyRule("277 were shot down", 1, rf"{N}{BE}{DOWN}", "intercepted"),
    TallyRule("shot down 31 of them", 1, rf"{N}f[em]", "of_them", "part"),
]

# a sentence none of whose tokens is one of these gives no count: every rule needs a weapon noun
# or an interception verb
CUES = re.compile(r"[DMGIk]")
