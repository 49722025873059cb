"""The spike swapped in for the casualty finder: the adapter's figures and the patch's scope."""

from __future__ import annotations

from pathlib import Path

import pytest

from assets.extract import casualties, extractor, lowtext, town_shares, wide_tolls
from assets.extract.casualties import Figure, find_casualties
from assets.extract.extractor import extract_mentions
from benchmarks.onepass_spike.swap import ArticleSpikeFinder, SpikeFinder, holders, swapped

_ARTICLE = {"article_id": "t1", "published_at": "2024-05-25", "title": None,
            "text": "A Russian drone struck a house in Kherson on Monday. Two people were "
                    "killed and three more people were wounded, the governor said."}


def _found(text: str) -> list[tuple[str, int, str, str]]:
    """(field, value, kind, the text from the figure's offset to the end of its word)."""
    out = []
    for f in SpikeFinder()(text):
        end = text.find(" ", f.pos)
        out.append((f.field, f.value, f.kind, text[f.pos:end if end > 0 else None]))
    return out


def test_swap_figures_killing_and_injuring() -> None:
    text = "A drone hit the market, killing two and injuring five."
    assert SpikeFinder()(text) == [Figure("killed", 2, 32, "plain"),
                                   Figure("injured", 5, 49, "plain")]
    assert text[32:35] == "two" and text[49:53] == "five"


def test_swap_figures_one_person_and_qualified_number() -> None:
    # a fixed value sits at the match's first token; a qualified number at its qualifier, as
    # the present finder puts both
    assert _found("A woman was killed.") == [("killed", 1, "plain", "A")]
    text = "At least 12 people were wounded in the attack."
    assert SpikeFinder()(text) == [Figure("injured", 12, 0, "plain")]
    assert text[0:11] == "At least 12"
    assert _found("Later 12 people were wounded.") == [("injured", 12, "plain", "12")]


def test_swap_figures_zero_update_and_none() -> None:
    assert _found("There were no casualties, he added.") == [
        ("killed", 0, "zero", "no"), ("injured", 0, "zero", "no")]
    assert _found("The toll rose to 14.") == [("killed", 14, "update", "14.")]
    assert SpikeFinder()("The air force said 40 drones were shot down.") == []


def test_swap_by_article_gives_the_sentence_figures() -> None:
    sents = ["A drone hit the market, killing two and injuring five.", "Nothing else.",
             "At least 12 people were wounded in the attack."]
    lowtext.begin(" ".join(sents), sents)
    try:
        by_article = [ArticleSpikeFinder()(s) for s in sents]
    finally:
        lowtext.end()
    assert by_article == [SpikeFinder()(s) for s in sents]
    assert by_article[1] == [] and by_article[2] == [Figure("injured", 12, 0, "plain")]


def test_swapped_reaches_every_holder_and_is_undone() -> None:
    assert holders() == ["assets.extract.casualties", "assets.extract.extractor",
                         "assets.extract.town_shares", "assets.extract.wide_tolls"]
    before = [(r["killed"], r["injured"]) for r in extract_mentions(_ARTICLE)]
    assert before == [(2, 3)]

    def fake(text: str) -> list[Figure]:
        return [Figure("killed", 99, 0, "plain")] if "killed" in text else []

    with swapped(fake) as got:
        assert got is fake
        for mod in (casualties, extractor, town_shares, wide_tolls):
            assert mod.find_casualties is fake
        assert [(r["killed"], r["injured"]) for r in extract_mentions(_ARTICLE)] == [(99, None)]
    for mod in (casualties, extractor, town_shares, wide_tolls):
        assert mod.find_casualties is find_casualties
    assert [(r["killed"], r["injured"]) for r in extract_mentions(_ARTICLE)] == before


def test_swapped_is_undone_after_an_error() -> None:
    with pytest.raises(RuntimeError), swapped():
        assert isinstance(extractor.find_casualties, SpikeFinder)
        raise RuntimeError("inside")
    assert extractor.find_casualties is find_casualties
    assert casualties.find_casualties is find_casualties


def test_swap_scores_count_changed_rows_as_multisets() -> None:
    from benchmarks.onepass_spike.swap_scores import SetScore

    a = {"article_id": "x1", "killed": 2}
    b = {"article_id": "x1", "killed": 3}
    c = {"article_id": "x2", "killed": None}
    s = SetScore("t", "check", Path("unused"), [],
                 rows={"present": [a, a, c], "swap": [a, b, c]})
    assert s.changed() == (1, 1, 1)     # one of the two rows "a" became "b", in one article


def test_swap_sets_skip_the_held_out_set_in_order() -> None:
    from benchmarks.onepass_spike.reference import SHARED_DEV
    from benchmarks.onepass_spike.swap_scores import eval_sets

    sets = eval_sets()
    names = [s.name for s in sets]
    assert "unseen32" not in names
    # the shared dev set comes first when it lies beside the repository (a clean checkout may
    # have none); the repository's own sets follow in order
    lead = ["shared-dev"] if SHARED_DEV.is_file() else []
    assert names[:len(lead) + 5] == [*lead, "dev", "extra", "extra2", "extra3", "unseen2"]
    assert names[-12:] == [f"unseen{k}" for k in range(20, 32)]
    assert {s.group for s in sets if s.name.startswith("unseen3")} == {"tune", "check"}
    assert [s.group for s in sets[:len(lead) + 1]] == ["dev"] * len(lead) + ["tune"]
    assert sets[-1].group == "check"


def test_swap_blame_names_a_kind_only_difference() -> None:
    from benchmarks.onepass_spike.swap_blame import blame

    told = "Officials had put the toll at six."
    diffs = [("Two people died.", [Figure("killed", 2, 0, "plain")], []),
             (told, [Figure("killed", 6, 30, "stale")], [Figure("killed", 6, 30, "update")])]
    sentence, kind, shown = blame(diffs, "killed", ["Officials said so. " + told])
    assert (sentence, kind) == (told, "same values, other kinds: stale -> update")
    assert shown == "present [killed 6 stale]; spike [killed 6 update]"
    sentence, kind, _ = blame(diffs, "killed", [""])
    assert (sentence, kind) == ("Two people died.", "other phrasings")
    assert blame(diffs, "injured", [""])[1] == "this field's figures agree, the other's differ"


def test_kind_oracle_takes_the_present_kinds_even_when_swapped_in() -> None:
    from benchmarks.onepass_spike.swap import KindOracle

    stale = "Earlier on Thursday officials had put the death toll at seven."
    more = "Three more people were wounded in a second attack."
    assert SpikeFinder()(stale) == [Figure("killed", 7, 56, "update")]
    assert SpikeFinder()(more) == [Figure("injured", 3, 0, "plain")]
    with swapped(KindOracle()) as oracle:     # (it asks the original finder, not itself)
        assert oracle(stale) == [Figure("killed", 7, 56, "stale")]
        assert oracle(more) == [Figure("injured", 3, 0, "more")]
