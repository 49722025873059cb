"""The tally spike: its token codes, counts of a few shapes, its reduction and the reference's."""

from __future__ import annotations

import re

import pytest

from assets.extract.tallies import Count
from benchmarks.onepass_spike.tallies import Tallies
from benchmarks.onepass_spike.tally_fields import clause_field
from benchmarks.onepass_spike.tally_reference import reduce_counts, tally_reference
from benchmarks.onepass_spike.tally_tokens import tally_tokenize


def _reading(sentence: str) -> tuple[int | None, int | None, str | None]:
    return Tallies().by_sentence([sentence])[0]


def test_tally_tokens_read_weapon_vocabulary() -> None:
    toks = tally_tokenize(["Russia launched 315 Shahed-type drones and four Kh-101 cruise "
                           "missiles; 277 were shot down."])
    assert toks.words[3:10] == ["Shahed-type", "drones", "and", "four", "Kh-101", "cruise",
                                "missiles"]
    assert toks.types == "CLnDD&nwwM;nbkv."


def test_tally_tokens_multiword_weapon_keys() -> None:
    toks = tally_tokenize(["Air defences destroyed 19 of the 23 unmanned aerial vehicles and two "
                           "Storm Shadow missiles, the Air Force said."])
    assert toks.types == "COInfenwwD&nwwM,eCOx."
    assert tally_tokenize(["The unmanned boat was hit."]).types == "exxbH."


@pytest.mark.parametrize(("sentence", "reading"), [
    ("Russia launched 315 drones, 277 were shot down.", (315, 277, "drone")),
    ("Russia fired 40 missiles and 120 drones.", (160, None, "drone+missile")),
    ("Air defences destroyed 19 of the 23 drones.", (23, 19, "drone")),
    ("Russia launched 40 drones overnight; of them, 30 were downed.", (40, 30, "drone")),
    ("Air defences shot down 43 of the missiles and 13 of the drones.",
     (None, 56, "drone+missile")),
    ("Ukraine's air force said Russia launched 309 Shahed-type attack drones and decoys and "
     "eight Iskander-K cruise missiles.", (317, None, "drone+missile")),
    ("Russia launched nearly 150 drones overnight.", (None, None, "drone")),
    ("Air defences shot down all 35 drones.", (35, 35, "drone")),
    ("A fourth missile was shot down, the air force said.", (4, 1, "missile")),
    ("Russia launched 20 drones and five missiles; air defences shot down four of the missiles "
     "and every one of the drones.", (25, 24, "drone+missile")),
    ("The ministry said 32 drones were destroyed over the Saratov region, out of 77 shot down "
     "over nine regions in total.", (None, 77, "drone")),
    ("The governor said the situation in the city was calm.", (None, None, None)),
    ("A 13-year-old boy was wounded on July 31 in a drone attack.", (None, None, None)),
    ("Russia struck Kyiv overnight on 31 July with drones.", (None, None, None)),
    ("More than 250 drone attacks were recorded in 2024.", (None, None, None)),
])
def test_tally_shapes(sentence: str, reading: tuple[int | None, int | None, str | None]) -> None:
    assert _reading(sentence) == reading


def test_tallies_counts_stay_in_their_sentence() -> None:
    sents = ["Russia launched 46 drones at Ukraine.", "The mayor spoke.",
             "Air defences shot down 38 of them."]
    assert Tallies().by_sentence(sents) == [(46, None, "drone"), (None, None, None),
                                            (None, 38, None)]


def test_clause_field_reads_the_verbs_around_a_count() -> None:
    # "launched 20 drones", "20 drones were shot down", "20 drones were lost", "20 drones hit"
    assert clause_field("CLnD.", 2, 4) == "launched"
    assert clause_field("nDbkv.", 0, 2) == "intercepted"
    assert clause_field("nDbl.", 0, 2) is None
    assert clause_field("nDHeC.", 0, 2) == "hit"


def test_tallies_batches_grow_the_rules() -> None:
    assert Tallies(0).by_sentence(["Russia launched 315 drones."]) == [(None, None, None)]
    assert len(Tallies(1).rules) < len(Tallies(2).rules) < len(Tallies().rules)


def test_every_count_rule_holds_a_cue() -> None:
    """Only the sentences holding a CUES token are scanned: every rule must need one (an
    "of_them" count needs an interception verb in its clause, which is a cue)."""
    from benchmarks.onepass_spike.tally_rules import CUES, RULES

    for rule in RULES:
        bare = re.sub(r"\[\^[^]]*\]|\(\?<!\[\^\|\]\)|\(\?!\[[^]]*\][^)]*\)", "", rule.pattern)
        if rule.field not in ("none", "of_them"):
            assert CUES.search(bare), rule.name


def test_reference_reduces_counts_as_a_row() -> None:
    counts = [Count("launched", "missile", 16, 10), Count("launched", "drone", 13, 30),
              Count("intercepted", "missile", 12, 60), Count("intercepted", "drone", 13, 80),
              Count("hit", "missile", 2, 90)]
    assert reduce_counts(counts) == (29, 25, "drone+missile")
    assert reduce_counts([Count("launched", "drone", -1, 0)]) == (None, None, "drone")
    assert reduce_counts([]) == (None, None, None)


def test_reference_and_spike_agree_on_a_plain_article() -> None:
    from benchmarks.onepass_spike.agreement import Tally
    from benchmarks.onepass_spike.reference import split
    from benchmarks.onepass_spike.tally_agreement import compare

    text = ("Russia launched 315 drones and seven missiles overnight, the air force said. "
            "Air defences shot down 277 drones and two missiles. Five people were injured.")
    sents = split(text)
    ref, raw = tally_reference(text, sents)
    assert ref == [(322, None, "drone+missile"), (None, 279, "drone+missile"),
                   (None, None, None)]
    tally = Tally()
    compare(tally, sents, ref, raw, Tallies())
    assert tally.sentences == 3
    assert tally.agree == {"launched": 3, "intercepted": 3, "weapon": 3}
    assert tally.valued == {"launched": 1, "intercepted": 1, "weapon": 2}
    tally = Tally()
    compare(tally, sents, ref, raw, Tallies(0))
    assert tally.classes == {("launched", "missed"): 1, ("intercepted", "missed"): 1,
                             ("weapon", "missed"): 2}
