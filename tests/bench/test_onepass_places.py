"""The one-pass spike's place finder on tokens: region forms, lists, the capital, no place, and
its agreement with `find_places` on the same sentences."""

from __future__ import annotations

import pytest

from assets.extract.places import find_places
from benchmarks.onepass_spike.place_agreement import PlaceTally, compare
from benchmarks.onepass_spike.place_finder import Places
from benchmarks.onepass_spike.place_index import index, norm_word
from benchmarks.onepass_spike.place_reference import article, reference_places
from benchmarks.onepass_spike.target_cost import recorded
from benchmarks.onepass_spike.tokens import tokenize

Read = list[tuple[str | None, str | None, str]]


def _places(sentence: str, ctx: tuple[str, ...] = (), upto: int | None = None) -> Read:
    """(location, admin1, the words as written) of each place the finder reads."""
    toks = tokenize([sentence])
    spans = toks.spans()
    found = Places(upto).by_sentence(toks, [(ctx, False)])[0]
    return [(f.location, f.admin1, sentence[spans[f.start][0]:spans[f.end - 1][1]])
            for f in found]


def _reference(sentence: str, ctx: tuple[str, ...] = ()) -> Read:
    return [(m.location, m.admin1, sentence[m.start:m.end])
            for m in find_places(sentence, list(ctx))]


CASES = [
    ("Two people were killed in a strike on the Kharkiv region.",
     [(None, "Kharkiv Oblast", "Kharkiv region")]),
    ("A drone hit a house in Kyiv Oblast.", [(None, "Kyiv Oblast", "Kyiv Oblast")]),
    ("Port facilities in Odesa were damaged.", [("Odesa", "Odesa Oblast", "Odesa")]),
    ("Missiles hit Kiev overnight.", [("Kyiv", "Kyiv City", "Kiev")]),
    ("Drones attacked the Kiev, Vinnitsa and Odessa regions.",
     [(None, "Kyiv Oblast", "Kiev"), (None, "Vinnytsia Oblast", "Vinnitsa"),
      (None, "Odesa Oblast", "Odessa regions")]),
    ("Strikes hit the regions of Zaporizhzhia, Kherson and Odesa.",
     [(None, "Zaporizhzhia Oblast", "Zaporizhzhia"), (None, "Kherson Oblast", "Kherson"),
      (None, "Odesa Oblast", "Odesa")]),
    ("Drones flying toward the Russian capital were shot down.",
     [("Moscow", "Moscow", "Russian capital")]),
    ("A drone hit the capital.", [("Kyiv", "Kyiv City", "the capital")]),
    ("No one was hurt.", []),
    ("Ships were hit in the Sea of Azov.", []),
    ("Governor Alexander Gusev said debris fell on a roof.", []),
    ("In the village of Nikolskoye in the Belgorodsky district, a house was damaged.",
     [("Nikolskoye", "Belgorod Oblast", "Nikolskoye")]),
]


@pytest.mark.parametrize(("sentence", "want"), CASES)
def test_places_read_as_find_places(sentence: str, want: Read) -> None:
    assert _places(sentence) == want
    assert _reference(sentence) == want     # the present finder reads them alike


def test_places_batches_add_the_rules() -> None:
    regions = "Drones attacked the Kiev, Vinnitsa and Odessa regions."
    # without the list rules only the last name, before "regions", is a region
    assert _places(regions, upto=1) == [("Kyiv", "Kyiv City", "Kiev"),
                                        ("Vinnytsia", "Vinnytsia Oblast", "Vinnitsa"),
                                        (None, "Odesa Oblast", "Odessa regions")]
    assert _places("A drone hit the capital.", upto=2) == []
    assert _places("Ships were hit in the Sea of Azov.", upto=3) == [
        ("Azov", "Rostov Oblast", "Azov")]


def test_places_context_picks_the_namesake() -> None:
    sentence = "A drone hit a house in Zolochiv."
    assert _places(sentence) == [("Zolochiv", "Lviv Oblast", "Zolochiv")]
    assert _places(sentence, ("Kharkiv Oblast",)) == [
        ("Zolochiv", "Kharkiv Oblast", "Zolochiv")]
    assert _reference(sentence, ("Kharkiv Oblast",)) == _places(sentence, ("Kharkiv Oblast",))


def test_places_unlisted_village_takes_the_sentence_region() -> None:
    sentence = "In the Kharkiv region, a drone hit the village of Odnorobivka."
    want = [(None, "Kharkiv Oblast", "Kharkiv region"),
            ("Odnorobivka", "Kharkiv Oblast", "Odnorobivka")]
    assert _places(sentence) == want == _reference(sentence)


def test_index_norms_and_ngrams() -> None:
    entries, firsts = index()
    assert norm_word("Kyiv’s") == "kyiv" and norm_word("Engels-2") == "engels"
    assert norm_word("DniproHES") is None and norm_word("KYIV") is None
    assert "kryvyi" in firsts and entries["kryvyi rih"].towns[0].name == "Kryvyi Rih"
    assert entries["kiev"].towns[0].name == "Kyiv" and entries["kiev"].region.admin1 \
        == "Kyiv Oblast"


def test_reference_records_the_extractor_context() -> None:
    a = article("Drones struck the Kharkiv region overnight, killing two people. A drone also "
                "hit a house in Zolochiv. Debris fell in Kupiansk, the governor said.",
                "2025-05-01")
    assert a.contexts == [((), False), (("Kharkiv Oblast",), False),
                          (("Kharkiv Oblast",), False)]
    refs = reference_places(a)
    assert [[(m.location, m.admin1) for m in r] for r in refs] == [
        [(None, "Kharkiv Oblast")], [("Zolochiv", "Kharkiv Oblast")],
        [("Kupiansk", "Kharkiv Oblast")]]


def test_agreement_counts_sets_and_offsets() -> None:
    a = article("Missiles hit Kiev and the city of Odesa. No one was hurt.", "2025-05-01")
    toks = tokenize([s.text for s in a.sentences], [s.start for s in a.sentences])
    spans = toks.spans()
    tally = PlaceTally()
    mine = Places().by_sentence(toks, a.contexts)
    for s, r, m in zip(a.sentences, reference_places(a), mine, strict=True):
        compare(tally, s.text, r, m, spans, s.start)
    assert (tally.sentences, tally.agree, tally.placed, tally.placed_agree,
            tally.offsets_agree) == (2, 2, 1, 1, 1)
    wrong = PlaceTally()
    compare(wrong, a.sentences[0].text, reference_places(a)[0], mine[0][:1], spans, 0)
    assert (wrong.placed, wrong.placed_agree, wrong.offsets_agree) == (1, 0, 0)
    assert dict(wrong.classes) == {"missed": 1}
    assert list(wrong.shapes) == ["missed town: city of [N] ."]



def test_target_cost_records_find_targets_arguments() -> None:
    sents, args = recorded("Drones struck the Kharkiv region overnight, killing two people. A "
                           "drone also hit a house in Zolochiv. The mayor thanked rescuers.",
                           "2025-05-01")
    assert args == [([], False, True, None, frozenset()),
                    (["Kharkiv Oblast"], False, True, "Kharkiv Oblast",
                     frozenset({"Kharkiv Oblast"})),
                    (["Kharkiv Oblast"], False, False, "Kharkiv Oblast",
                     frozenset({"Kharkiv Oblast"}))]
    assert len(sents) == 3
