"""Rules added in extractor 1.13.0 (error classes of data/eval/unseen7, stated as phrasings),
each checked on made-up sentences: drones "tracked over" regions strike none; "sanctions
targeting" is no strike; "had rarely been targeted", "has been a frequent target of" and "the
fourth night of attacks" are background; "A second missile was shot down" is one hit and one
downed; "downed N of the M drones, as well as K missiles" downs the K too; "survived with light
injuries" is one injured; a watchman or caretaker is one person; "There are no injured" is the
officials' zero; a count "over the region" before ", while ... at the X airbase" is the
region's; "Across Ukraine, at least N were killed" is the country's; "412
shells and drones" is no launch tally; "Russian-appointed mayor" names no Russian attacker;
"earlier in the week, on Wednesday" is that Wednesday."""

from datetime import date

from assets.extract import context as cx
from assets.extract.dates import find_dates
from assets.extract.extractor import extract_mentions
from assets.extract.tallies import find_tallies
from tests.extract.probes import figure_values as _figs


def _rows(text: str, published: str = "2025-03-04") -> list[dict]:
    return extract_mentions({"article_id": "v113", "text": text, "published_at": published})


def _brief(rows: list[dict]) -> list[tuple]:
    return sorted((r["location"] or "", r["admin1"] or "", r["killed"], r["injured"],
                   r["launched"], r["intercepted"]) for r in rows)


def test_drones_tracked_over_regions_strike_none():
    rows = _rows("A Russian drone hit a warehouse in Uman on Monday, injuring one worker. "
                 "Monitors said drones had been tracked over the Poltava, Cherkasy and Kirovohrad "
                 "regions.")
    assert _brief(rows) == [("Uman", "Cherkasy Oblast", None, 1, None, None)]


def test_sanctions_targeting_is_no_strike():
    rows = _rows("Ministers discussed new sanctions targeting banks that help Moscow buy "
                 "drone parts.")
    assert rows == []


def test_rarely_targeted_is_background():
    rows = _rows("A Russian drone hit a school in Lozova on Monday, injuring two people. "
                 "Lozova lies 150 km south of Kharkiv and had rarely been targeted.")
    assert _brief(rows) == [("Lozova", "Kharkiv Oblast", None, 2, None, None)]


def test_frequent_target_is_background():
    rows = _rows("Ukrainian drones hit an oil depot in Tuapse on Monday, the governor said. "
                 "The port has been a frequent target of drones, with strikes on Novorossiysk "
                 "earlier this year.")
    assert [r["location"] for r in rows] == ["Tuapse"]


def test_fourth_night_of_attacks_is_background():
    rows = _rows("Russian drones hit the port of Izmail overnight, injuring three people. "
                 "It was the fourth night of attacks on the Danube ports since Moscow left the "
                 "talks.")
    assert _brief(rows) == [("Izmail", "Odesa Oblast", None, 3, None, None)]
    assert cx.BACKGROUND.search("It was the fifth consecutive night of attacks on the city.")
    assert not cx.BACKGROUND.search("Drones attacked the city for the fifth time, injuring two.")


def test_a_second_missile_shot_down_is_one_hit_one_downed():
    counts = find_tallies("A second missile was shot down over the town, the mayor said.")
    assert sorted((c.field, c.wtype, c.value) for c in counts) == [
        ("intercepted", "missile", 1), ("launched", "missile", 2)]


def test_second_without_a_downing_counts_nothing():
    assert find_tallies("A second drone hit a garage nearby, the mayor said.") == []


def test_as_well_as_after_n_of_m_is_downed_too():
    counts = find_tallies("The air force said it had destroyed 30 of the 35 drones launched "
                          "overnight, as well as three cruise missiles aimed at the capital.")
    assert sorted((c.field, c.wtype, c.value) for c in counts) == [
        ("intercepted", "drone", 30), ("intercepted", "missile", 3),
        ("launched", "drone", 35), ("launched", "missile", 3)]


def test_survived_with_light_injuries_is_one_injured():
    assert _figs("The man's wife survived with light injuries, officials said.") == [
        ("injured", 1)]
    assert _figs("A neighbour escaped with minor cuts.") == [("injured", 1)]


def test_there_are_no_injured_is_zero():
    assert _figs("A power line was damaged. There are no injured, the governor said.") == [
        ("killed", 0), ("injured", 0)]


def test_no_injured_or_dead_list_is_not_this_rule():
    # "there were no injured and two dead" keeps the dead; the zero pattern steps aside
    assert ("killed", 0) not in _figs("There were no injured and two dead, officials said.")


def test_watchman_and_caretaker_are_people():
    assert _figs("A watchman was killed and two employees were wounded, the mayor said.") == [
        ("killed", 1), ("injured", 2)]
    assert _figs("A school caretaker was injured, officials said.") == [("injured", 1)]


def test_count_over_the_region_before_while_clause_is_the_regions():
    rows = _rows("Ukraine launched a drone attack on Russia's Voronezh region overnight, the "
                 "governor said on Friday. The Defence Ministry said 30 drones had been shot down "
                 "over the region, while Ukrainian channels said a fuel depot had been hit at the "
                 "Borisoglebsk airbase.")
    got = {(r["location"] or "", r["admin1"]): r["intercepted"] for r in rows}
    assert got[("", "Voronezh Oblast")] == 30
    assert got.get(("Borisoglebsk", "Voronezh Oblast")) is None


def test_fronted_across_ukraine_makes_the_figure_the_countrys():
    rows = _rows("Russian missiles hit Kyiv on Friday, killing five people. Across Ukraine, at "
                 "least 12 people were killed, officials said, with strikes also reported in Lviv "
                 "and Odesa.")
    got = {(r["geo_precision"], r["location"] or ""): r["killed"] for r in rows}
    assert got[("country", "")] == 12
    assert got[("settlement", "Kyiv")] == 5
    assert got[("settlement", "Lviv")] is None


def test_shells_and_drones_count_is_no_launch_tally():
    assert find_tallies("Russian troops fired 250 shells and drones at 17 settlements of the "
                        "region over the past day.") == []
    counts = find_tallies("Russia launched 40 drones and three missiles overnight.")
    assert [(c.field, c.wtype, c.value) for c in counts] == [
        ("launched", "drone", 40), ("launched", "missile", 3)]


def test_russian_appointed_title_is_no_russian_attacker():
    rows = _rows("Ukrainian forces shelled the town of Yenakiieve in the Donetsk region on Sunday, "
                 "killing two people, the Moscow-installed authorities said. In Horlivka, a drone "
                 "hit a bus depot, the city's Russian-appointed mayor said.")
    got = {r["location"]: r["attacker"] for r in rows}
    assert got["Horlivka"] == "UKR"
    assert got["Yenakiieve"] == "UKR"


def test_earlier_in_the_week_on_a_day_takes_the_day():
    found = find_dates("A depot in Kursk was hit by drones earlier in the week, on Tuesday, "
                       "the governor said.", date(2024, 3, 16))
    assert [(d.value, d.precision) for d in found] == [(date(2024, 3, 12), "day")]
    vague = find_dates("A depot in Kursk was hit by drones earlier in the week.", date(2024, 3, 16))
    assert [(d.value, d.precision) for d in vague] == [(None, "week")]
