"""The one-pass spike: token offsets and types, and casualty figures of a few shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.onepass_spike.casualties import Casualties
from benchmarks.onepass_spike.tokens import tokenize, value, words_of


def _pair(sentence: str) -> tuple[int | None, int | None]:
    return Casualties().by_sentence([sentence])[0]


def test_tokens_offsets_and_types() -> None:
    text = "At least 12 people were wounded. A 13-year-old boy, 1,200 km away."
    sents = ["At least 12 people were wounded.", "A 13-year-old boy, 1,200 km away."]
    toks = tokenize(sents, [0, 33])
    assert toks.words == ["At", "least", "12", "people", "were", "wounded", ".", "\x00",
                          "A", "13-year-old", "boy", ",", "1,200", "km", "away", "."]
    assert toks.types == "tqnpbI.|agP,nxx."
    spans = toks.spans()
    assert [text[a:b] for a, b in spans] == [w if w != "\x00" else "" for w in toks.words]
    assert spans[7] == (33, 33)     # the boundary: empty, at the next sentence's start
    assert value(toks, 2) == 12 and value(toks, 12) == 1200 and value(toks, 9) is None


def test_tokens_marks_and_number_words() -> None:
    assert words_of('He said: "Twenty-three (23) died"—none hurt.') == [
        "He", "said", ":", '"', "Twenty-three", "(", "23", ")", "died", '"', "—", "none", "hurt",
        "."]
    toks = tokenize(["Twenty-three died, five-storey block, 3.5 km."])
    assert toks.types == "nD,gx,nx."
    assert value(toks, 0) == 23 and value(toks, 6) is None


def test_tokens_strip_quotes_on_unknown_words() -> None:
    assert tokenize(["‘killed’ ‘Kyiv’"]).types == "KC"


@pytest.mark.parametrize(("sentence", "pair"), [
    ("A missile hit the market, killing two and injuring five.", (2, 5)),
    ("A woman was killed in the strike.", (1, None)),
    ("At least 12 people were wounded, the governor said.", (None, 12)),
    ("The death toll rose to 9 on Friday.", (9, None)),
    ("The death toll from the strike on the city has risen to 23.", (23, None)),
    ("Three people were killed and 45 injured when missiles hit the city.", (3, 45)),
    ("No one was hurt, he said.", (0, 0)),
    ("No one was killed.", (0, None)),
    ("There were no casualties.", (0, 0)),
    ("A 67-year-old man was killed and two women were wounded.", (1, 2)),
    ("Nearly 20 people were injured.", (None, None)),
    ("The driver and two passengers were injured.", (None, 3)),
    ("Local authorities said, without reporting casualties.", (None, None)),
])
def test_casualty_shapes(sentence: str, pair: tuple[int | None, int | None]) -> None:
    assert _pair(sentence) == pair


def test_casualties_update_beats_plain_figure() -> None:
    sent = "The death toll has climbed to two after a 52-year-old man died in hospital."
    assert _pair(sent) == (2, None)


def test_casualties_figures_stay_in_their_sentence() -> None:
    sents = ["Two people were killed.", "The region said.", "Five were injured."]
    spike = Casualties()
    assert spike.by_sentence(sents) == [(2, None), (None, None), (None, 5)]
    assert Casualties(cue_only=False).by_sentence(sents) == spike.by_sentence(sents)


def test_casualties_batches_grow_the_rules() -> None:
    assert Casualties(0).by_sentence(["Two people were killed."]) == [(None, None)]
    assert len(Casualties(1).rules) < len(Casualties(2).rules) < len(Casualties().rules)


def test_agreement_counts_fields_and_shapes() -> None:
    from benchmarks.onepass_spike.agreement import Tally, compare
    from benchmarks.onepass_spike.reference import reference, split

    text = ("Russian drones hit Kharkiv overnight, killing two people. "
            "A 9-year-old girl suffered shrapnel wounds in the attack, the governor said.")
    sents = split(text)
    ref, raw = reference(text, sents)
    assert ref == [(2, None), (None, 1)]
    tally = Tally()
    compare(tally, text, sents, ref, raw, Casualties(1))
    assert tally.sentences == 2
    assert tally.agree == {"killed": 2, "injured": 1}
    assert tally.valued == {"killed": 1, "injured": 1}
    assert list(tally.shapes) == [("injured", "missed", "[a]gPxx")]


def test_casualties_grouped_rules_read_as_separate_ones() -> None:
    sents = ["A missile hit the market, killing two and injuring five.",
             "The death toll from the strike has risen to 23.", "No one was hurt, he said.",
             "A 67-year-old man was killed and two women were wounded."]
    grouped, separate = Casualties(), Casualties(grouped=False)
    assert len(grouped.groups) < len(grouped.rules)
    assert grouped.by_sentence(sents) == separate.by_sentence(sents) == [
        (2, 5), (23, None), (0, 0), (1, 2)]


def test_every_figure_rule_holds_a_cue_token() -> None:
    """cue_only scans only sentences holding a CUES token: every rule that gives a figure
    must need one (outside negated classes and the number's lookbehind)."""
    import re

    from benchmarks.onepass_spike.casualty_rules import CUES, RULES

    for rule in RULES:
        if rule.field != "none":
            bare = re.sub(r"\(\?<!\[[^]]*\]n\)|\[\^[^]]*\]", "", rule.pattern)
            assert CUES.search(bare), rule.name


def test_gold_side_counts_where_gold_rows_side(tmp_path: Path) -> None:
    import json

    from benchmarks.onepass_spike.gold_side import sides

    text = "A drone hit a house in Kherson. She is in hospital in a moderate condition."
    (tmp_path / "articles.jsonl").write_text(json.dumps({"id": "t1", "text": text}) + "\n")
    row = {"article_id": "t1", "killed": None, "injured": None,
           "evidence": " | ".join(text.split(". ", 1)).replace("Kherson |", "Kherson. |")}
    (tmp_path / "gold.jsonl").write_text(json.dumps(row) + "\n")
    assert Casualties().by_sentence([text.split(". ")[1]]) == [(None, 1)]
    assert sides(Casualties(), [tmp_path / "articles.jsonl"]) == {
        ("injured", "spurious", "reference"): 1}
