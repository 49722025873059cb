"""Rules added in extractor 1.26.0 (row-level mechanisms pooled over unseen18, unseen19 and
unseen20, each seen with three or more authors): an earlier attack told by its month ("In May
last year, ...", "The city was last hit this badly in October 2023, when ...") or by its distance
("Three days before the missile strike, ...", "X had already been hit two days earlier, when
...") gets a row of its own; the attack's time or cause ("came a day before a parade in X",
"retaliation for a blast near X") and a habit ("have lived under constant fire") name no place
struck; "the targets included ... in the A and B regions" names struck regions; an interception
claim over "the region" beside a town's row is the region's. The sentences are made up for these
tests."""

from assets.extract.extractor import extract_mentions
from assets.extract.weapons import find_weapons


def _rows(text: str, published: str = "2025-06-09T10:00:00+03:00") -> list[dict]:
    return extract_mentions({"article_id": "v126", "text": text, "published_at": published,
                             "title": None})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], str(r["event_date"]), r["killed"], r["injured"],
             r["launched"], r["intercepted"], r["weapon"]) for r in rows]


# An earlier attack told by its month

def test_in_a_month_last_year_is_the_towns_earlier_attack_not_the_region_claims():
    rows = _rows("A Russian missile hit a college in Kryvyi Rih on Tuesday, injuring nine people, "
                 "the mayor said.\n\nAir defence shot down three other missiles over the "
                 "Dnipropetrovsk region, the governor said.\n\nThe city has often been targeted. "
                 "In May last year, a missile attack on the city killed 11 people.",
                 "2025-06-11T10:00:00+03:00")
    assert _brief(rows) == [
        ("Dnipropetrovsk Oblast", "Kryvyi Rih", "2025-06-10", None, 9, None, None, "missile"),
        ("Dnipropetrovsk Oblast", None, "2025-06-10", None, None, None, 3, "missile"),
        ("Dnipropetrovsk Oblast", "Kryvyi Rih", "None", 11, None, None, None, "missile")]


def test_in_a_month_last_year_with_a_count_keeps_the_count_with_that_attack():
    rows = _rows("A Russian drone hit a warehouse in Izmail on Tuesday, injuring two workers, the "
                 "regional governor said.\n\nIzmail sits on the Danube across from Romania. In "
                 "March last year, four missiles struck the port, killing 14 people.",
                 "2025-06-11T10:00:00+03:00")
    assert _brief(rows) == [
        ("Odesa Oblast", "Izmail", "2025-06-10", None, 2, None, None, "drone"),
        ("Odesa Oblast", "Izmail", "None", 14, None, 4, None, "missile")]


def test_the_city_last_hit_in_a_month_when_is_the_last_named_towns_earlier_attack():
    rows = _rows("Two drones hit an apartment block in Poltava on Saturday night, injuring six "
                 "people, the governor said.\n\nSchools in the area moved lessons online.\n\nThe "
                 "city was last hit this badly in October 2023, when a missile struck a shopping "
                 "street, killing five people.", "2025-06-08T10:00:00+03:00")
    assert _brief(rows) == [
        ("Poltava Oblast", "Poltava", "2025-06-07", None, 6, 2, None, "drone"),
        ("Poltava Oblast", "Poltava", "None", 5, None, None, None, "missile")]


# An earlier attack told by its distance from the article's

def test_days_before_the_strike_opens_an_earlier_attack_dated_by_the_distance():
    rows = _rows("A Russian missile struck a hospital in Kherson on Friday, killing two nurses, "
                 "the regional administration said.\n\nThree days before the missile strike, a "
                 "drone attack on Kherson injured four people, the city administration said.",
                 "2025-06-07T10:00:00+03:00")
    assert _brief(rows) == [
        ("Kherson Oblast", "Kherson", "2025-06-06", 2, None, None, None, "missile"),
        ("Kherson Oblast", "Kherson", "2025-06-03", None, 4, None, None, "drone")]


def test_a_town_already_hit_days_earlier_when_takes_the_weekday_named():
    rows = _rows("Russian glide bombs hit a factory in Kramatorsk on Wednesday, killing three "
                 "workers, officials said.\n\nKramatorsk had already been hit by drones two days "
                 "earlier, when a strike on Monday injured two people.",
                 "2025-06-12T10:00:00+03:00")
    assert _brief(rows) == [
        ("Donetsk Oblast", "Kramatorsk", "2025-06-11", 3, None, None, None, "glide_bomb"),
        ("Donetsk Oblast", "Kramatorsk", "2025-06-09", None, 2, None, None, "drone")]


# The attack's time or cause, a habit: no place struck

def test_an_event_the_attack_came_a_day_before_is_no_place_struck():
    rows = _rows("A Ukrainian drone hit an oil depot in Belgorod overnight, injuring one worker, "
                 "the governor said on Tuesday.\n\nThe attack came a day before a military parade "
                 "in Moscow, which foreign guests are due to attend.", "2025-06-10T10:00:00+03:00")
    assert [r["location"] for r in rows] == ["Belgorod"]


def test_the_wars_day_count_and_the_weather_elsewhere_name_no_place_struck():
    rows = _rows("Russian missiles hit a power plant in Dnipro on Thursday, injuring three "
                 "people, the governor said.\n\nThe strike came on the 900th day of the "
                 "full-scale war, as temperatures in Odesa fell below zero.",
                 "2024-08-15T10:00:00+03:00")
    assert [r["location"] for r in rows] == ["Dnipro"]


def test_a_blast_the_barrage_avenged_or_followed_is_no_strike():
    lead = ("Russian missiles struck Kyiv and Lviv on Monday, killing nine people, officials "
            "said.\n\n")
    for cause in ("The Kremlin said the barrage was retaliation for a blast that damaged a rail "
                  "bridge near Kerch on Saturday.",
                  "The barrage followed the weekend explosion on the bridge at Kerch, which "
                  "Moscow blamed on Kyiv."):
        rows = _rows(lead + cause, "2022-10-11T10:00:00+03:00")
        assert [r["location"] for r in rows] == ["Kyiv", "Lviv"]


def test_places_struck_before_a_retaliation_cue_keep_their_rows():
    rows = _rows("Russian missiles hit Kharkiv and Poltava on Monday morning, in what the Kremlin "
                 "called retaliation for a blast that damaged a bridge near Kerch.",
                 "2022-10-11T10:00:00+03:00")
    assert [(r["location"], str(r["event_date"])) for r in rows] == [
        ("Kharkiv", "2022-10-10"), ("Poltava", "2022-10-10")]


def test_a_habit_of_fire_on_a_place_gives_no_row():
    lead = ("A Russian drone hit a house in Vasylkiv on Sunday, injuring a woman, the regional "
            "administration said.\n\n")
    for habit in ("Kyiv's military has used the new jets to fire cruise missiles against targets "
                  "in Crimea.",
                  "Civilians in Beryslav and nearby villages have lived under constant fire from "
                  "drones."):
        assert [r["location"] for r in _rows(lead + habit)] == ["Vasylkiv"]


def test_a_place_hit_several_times_is_a_habit_and_ends_the_row_told_before():
    rows = _rows("Russian shelling killed a man in Nikopol on Sunday, the governor said.\n\n"
                 "Drones have hit Marhanets several times this spring.\n\nOn Saturday night, the "
                 "air force said it had downed all nine Shahed drones launched at the south of "
                 "the country, most of them over the Dnipropetrovsk region.")
    assert _brief(rows) == [
        ("Dnipropetrovsk Oblast", "Nikopol", "2025-06-08", 1, None, None, None, "artillery"),
        (None, None, "2025-06-07", None, None, 9, 9, "drone")]


# Regions a ministry names as its targets

def test_regions_the_targets_included_are_struck_with_the_strikes_weapons():
    rows = _rows("MOSCOW, June 3. Russian forces delivered a strike with long-range precision "
                 "weapons and attack drones on Ukrainian energy facilities overnight, the Defence "
                 "Ministry said.\n\nThe targets included fuel depots in the Sumy and Chernihiv "
                 "regions, the ministry said.", "2025-06-03T10:00:00+03:00")
    assert sorted(_brief(rows)) == [
        ("Chernihiv Oblast", None, "2025-06-03", None, None, None, None, "mixed"),
        ("Sumy Oblast", None, "2025-06-03", None, None, None, None, "mixed")]


# An interception claim over the region beside a town's row

def test_other_missiles_aimed_at_the_region_are_the_regions_claim():
    rows = _rows("Two Russian missiles hit the centre of Uman on Monday, killing four people, "
                 "police said.\n\nThe air force said two other missiles aimed at the region were "
                 "shot down.", "2025-06-10T10:00:00+03:00")
    assert _brief(rows) == [
        ("Cherkasy Oblast", "Uman", "2025-06-09", 4, None, 2, None, "missile"),
        ("Cherkasy Oblast", None, "2025-06-09", None, None, None, 2, "missile")]


def test_rockets_fired_at_a_city_and_the_surrounding_region_are_the_regions_claim():
    rows = _rows("A drone hit a car in Kursk on Sunday, injuring the driver, the governor said."
                 "\n\nOn Sunday the ministry said its air defences had destroyed six missiles "
                 "fired at Kursk and the surrounding region.")
    assert _brief(rows) == [
        ("Kursk Oblast", "Kursk", "2025-06-08", None, 1, None, None, "drone"),
        ("Kursk Oblast", None, "2025-06-08", None, None, None, 6, "missile")]


def test_drones_launched_at_the_region_and_shot_down_stay_the_towns_tally():
    rows = _rows("A Russian drone hit a house in Mykolaiv on Monday, injuring a man, the governor "
                 "said.\n\nAccording to the governor, 12 drones were launched at the region, and "
                 "air defence shot down ten of them.", "2025-06-10T10:00:00+03:00")
    assert _brief(rows) == [
        ("Mykolaiv Oblast", "Mykolaiv", "2025-06-09", None, 1, 12, 10, "drone")]


def test_vilkha_is_a_multiple_launch_rocket_system():
    assert find_weapons("two Vilkha rockets were fired at the border town") == ({"rocket"},
                                                                                 ["Vilkha"])
