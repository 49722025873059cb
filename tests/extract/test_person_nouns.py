"""person_nouns: which nouns name one person, and the kept-per-text figures built on them."""

from assets.extract import caseless
from assets.extract.people_pairs import pair_figures
from assets.extract.person_nouns import PLURAL_THINGS, is_one_person


def test_is_one_person_takes_any_singular_trade():
    assert is_one_person("beekeeper")
    assert is_one_person("seamstress")      # (a final "ss" is no plural)


def test_is_one_person_refuses_plurals_counts_and_things():
    assert not is_one_person("beekeepers")
    assert not is_one_person("dozen")
    assert not is_one_person("convoy")


def test_plural_things_hold_animals_and_buildings_not_people():
    assert {"goats", "houses"} <= PLURAL_THINGS
    assert "farmers" not in PLURAL_THINGS


def test_kept_per_text_answers_once_per_text_with_a_fresh_list_and_the_docstring():
    calls = []

    def compute(t: str, have: list) -> list:
        """Doc of compute."""
        calls.append(t)
        return [len(t)]

    kept = caseless.kept_per_text(compute)
    first = kept("abc", [])
    first.append(99)
    assert kept("abc", []) == [3]
    assert calls == ["abc"]
    assert kept.__doc__ == "Doc of compute."
    caseless.forget()
    assert kept("abc", []) == [3]
    assert calls == ["abc", "abc"]


def test_pair_figures_counts_a_beekeeper_and_a_seamstress_as_two():
    caseless.forget()
    t = "The shelling injured a beekeeper and a seamstress near the market"
    add, gone = pair_figures(t, [("injured", 1, t.index("a beekeeper"), "plain")])
    assert add == [("injured", 2, t.index("injured"), "plain")]
    assert gone == {("injured", t.index("a beekeeper"))}
    assert pair_figures.__doc__.startswith("(figures to add")
