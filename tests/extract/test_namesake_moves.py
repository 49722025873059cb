"""The shared plumbing of the namesake moves (namesake_moves.py, 1.37.0 tidy): the namesakes of a
mention, those of some regions, and the mention rebuilt at one of them or unlisted in a region.
Real gazetteer names in invented sentences."""

from assets.extract import places
from assets.extract.gazetteer import load
from assets.extract.namesake_moves import in_regions, namesakes_of, placed_at, unlisted_in
from assets.extract.places import find_places

_ZOLOCHIV = "Shelling damaged a school in Zolochiv on Monday."
_NOVOANDRIIVKA = "A drone struck a barn in Novoandriivka overnight."


def _only_place(text: str) -> places.Mention:
    (m,) = find_places(text)
    return m


def test_namesakes_of_lists_every_region_of_the_name() -> None:
    m = _only_place(_ZOLOCHIV)
    assert [(c.name, c.admin1) for c in namesakes_of(_ZOLOCHIV, m)] == [
        ("Zolochiv", "Kharkiv Oblast"), ("Zolochiv", "Lviv Oblast")]
    word = places.Mention(0, 8, "UKR", None, None, None, 0.0, 0.0, "settlement")
    assert namesakes_of(_ZOLOCHIV, word) == ()      # "Shelling" names no place


def test_in_regions_keeps_the_namesakes_of_those_regions_in_order() -> None:
    cands = load().settlements["petropavlivka"]
    assert [c.admin1 for c in in_regions(cands, {"Odesa Oblast", "Mykolaiv Oblast"})] == [
        "Mykolaiv Oblast", "Mykolaiv Oblast", "Odesa Oblast"]
    assert [c.admin1 for c in in_regions(cands, ("Kharkiv Oblast",))] == ["Kharkiv Oblast"]
    assert in_regions(cands, ("Lviv Oblast",)) == []


def test_placed_at_moves_the_mention_to_the_namesake() -> None:
    m = _only_place(_ZOLOCHIV)
    assert (m.admin1, m.group) == ("Lviv Oblast", 0)
    kharkiv = in_regions(namesakes_of(_ZOLOCHIV, m), ("Kharkiv Oblast",))[0]
    moved = placed_at(m, kharkiv)
    assert (moved.start, moved.end, moved.country, moved.admin1, moved.iso, moved.location) == (
        m.start, m.end, "UKR", "Kharkiv Oblast", "UA-63", "Zolochiv")
    assert (moved.lat, moved.lon) == (kharkiv.lat, kharkiv.lon) != (m.lat, m.lon)
    assert moved.level == "settlement" and moved.group == -1    # out of its list by default
    assert placed_at(m, kharkiv, group=m.group).group == 0
    assert m.admin1 == "Lviv Oblast"                            # a new mention: m is unchanged


def test_unlisted_in_places_the_mention_at_the_region_as_written() -> None:
    m = _only_place(_NOVOANDRIIVKA)
    assert (m.admin1, m.location) == ("Crimea", "Novoandreyevka")
    reg = load().by_admin1["Zaporizhzhia Oblast"]
    moved = unlisted_in(_NOVOANDRIIVKA, m, reg)
    assert (moved.start, moved.end, moved.admin1, moved.iso, moved.location, moved.group) == (
        m.start, m.end, "Zaporizhzhia Oblast", "UA-23", "Novoandriivka", -1)
    assert (moved.lat, moved.lon) == (reg.lat, reg.lon)
    named = unlisted_in(_NOVOANDRIIVKA, m, reg, name=m.location, group=m.group)
    assert (named.location, named.admin1, named.group) == ("Novoandreyevka",
                                                           "Zaporizhzhia Oblast", 0)
    assert places.unlisted_in is unlisted_in    # still found where it used to live
