"""Rules added in extractor 1.12.0 (error classes of data/eval/unseen6, stated as phrasings),
each checked on made-up sentences: totals "since the start of the year" or of "a weekend in
which" Russia launched N drones are no tally of the attack; "N drone attacks" and "a missile
fragment" count no weapons; "the region is shelled daily" and "at the time of the attack" tell no
new incident; "told a briefing in X" names no struck place; "X People's Republic" is a region
word; "three days after the missile strike" is no tally of three missiles."""

from assets.extract.extractor import extract_mentions
from assets.extract.tallies import find_tallies


def _rows(text: str, published: str = "2025-03-04") -> list[dict]:
    return extract_mentions({"article_id": "v112", "text": text, "published_at": published})


def _brief(rows: list[dict]) -> list[tuple]:
    return sorted((r["location"] or "", r["admin1"] or "", r["killed"], r["injured"],
                   r["launched"]) for r in rows)


def test_total_since_the_start_of_the_year_is_no_wave():
    rows = _rows("A Russian drone hit a house in Sumy on Monday, injuring two people. "
                 "Officials say Russia has fired more than 400 missiles at Ukraine since the "
                 "start of the year.")
    assert _brief(rows) == [("Sumy", "Sumy Oblast", None, 2, None)]


def test_record_since_the_start_of_the_war_keeps_its_tally():
    counts = find_tallies("Air defences destroyed 120 drones overnight in the largest drone attack "
                          "since the start of the war.")
    assert [(c.field, c.value) for c in counts] == [("intercepted", 120)]


def test_weekend_in_which_drones_were_launched_is_no_tally_of_the_attack():
    rows = _rows("Russia launched 40 drones at Ukraine overnight, the air force said on Tuesday. "
                 "The attack followed a weekend in which Russia launched more than 300 drones.")
    waves = [r for r in rows if r["geo_precision"] == "country"]
    assert [r["launched"] for r in waves] == [40]


def test_drone_attacks_count_no_drones():
    assert find_tallies("Troops carried out 310 strikes on the area, including more than 120 "
                        "drone attacks.") == []


def test_attack_drones_still_count():
    counts = find_tallies("Russia attacked Ukraine with 45 Shahed attack drones overnight.")
    assert [(c.field, c.value) for c in counts] == [("launched", 45)]


def test_missile_fragment_is_no_missile():
    assert find_tallies("Debris and a missile fragment hit a school in the Podilskyi "
                        "district.") == []


def test_days_after_the_missile_strike_is_no_tally():
    assert find_tallies("The attack came three days after the missile strike on the port.") == []


def test_region_shelled_daily_is_no_incident():
    rows = _rows("The Chernihiv region, which borders Belarus, is shelled daily.")
    assert rows == []


def test_time_of_the_attack_is_no_new_row():
    rows = _rows("A Russian missile hit the port of Izmail on Monday, killing one person. "
                 "The navy said 12 ships were in Izmail at the time of the attack.")
    assert _brief(rows) == [("Izmail", "Odesa Oblast", 1, None, None)]


def test_hit_since_a_month_is_background():
    rows = _rows("Kherson has been hit more than 40 times since October, officials said.")
    assert rows == []


def test_briefing_in_the_capital_is_no_target():
    rows = _rows("\"Frost did more damage than the shelling,\" the minister told a briefing in "
                 "Kyiv.")
    assert rows == []


def test_peoples_republic_is_a_region_word():
    rows = _rows("Ukrainian drones struck an oil depot in the town of Rovenki in the Lugansk "
                 "People's Republic on Sunday, injuring one firefighter.")
    assert [(r["location"], r["admin1"], r["injured"]) for r in rows] == [
        ("Rovenky", "Luhansk Oblast", 1)]


def test_share_of_a_claim_over_one_region_is_no_region_row():
    rows = _rows("The Defence Ministry said air defences had destroyed 50 Ukrainian drones over "
                 "eight regions overnight. Of those, 14 were downed over the Kursk region.")
    assert [(r["admin1"], r["intercepted"]) for r in rows] == [(None, 50)]


def test_day_count_of_strikes_on_a_region_without_figures_is_no_row():
    rows = _rows("Russian troops fired 230 shells at the Kherson region over the past day, the "
                 "governor said. Power lines were repaired in the afternoon.")
    assert rows == []


def test_day_count_of_strikes_with_figures_next_keeps_the_row():
    rows = _rows("Russian troops fired 230 shells at the Kherson region over the past day, the "
                 "governor said. Two people were killed and five injured.")
    assert [(r["admin1"], r["killed"], r["injured"]) for r in rows] == [("Kherson Oblast", 2, 5)]


def test_no_one_had_been_hurt_is_zero():
    rows = _rows("Ukrainian drones attacked a fuel depot in Millerovo early on Monday, the "
                 "governor said, adding that no one had been hurt.")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [("Millerovo", 0, 0)]


def test_nobody_has_been_injured_is_zero():
    rows = _rows("A Russian drone hit a warehouse in Sumy on Monday. Nobody has been injured, "
                 "officials said.")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [("Sumy", 0, 0)]


def test_missiles_that_hit_the_port_are_the_port_towns():
    rows = _rows("A Russian missile strike on port infrastructure in Izmail on Tuesday injured "
                 "four people, the governor said.\n\nTwo Kalibr missiles hit the port area at "
                 "around noon, damaging a warehouse.")
    assert [(r["location"], r["injured"], r["launched"]) for r in rows] == [("Izmail", 4, 2)]


def test_edge_of_a_city_only_locates_the_village():
    rows = _rows("Russian troops shelled Antonivka on the eastern edge of Kherson on Monday "
                 "evening. A 60-year-old woman was injured.")
    assert [(r["location"], r["injured"], str(r["event_date"])) for r in rows] == [
        ("Antonivka", 1, "2025-03-03")]


def test_unhurt_after_an_appositive_is_zero_injured():
    rows = _rows("A Ukrainian drone hit a car in Sudzha on Monday, killing the driver. A "
                 "passenger, his 15-year-old daughter, was unhurt.")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [("Sudzha", 1, 0)]
