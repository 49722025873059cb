"""Rules added in extractor 1.25.0 (row-level mechanisms pooled over unseen18 and unseen19, each
seen with three or more authors): a regional official's title names the region struck ("Voronezh
governor X said debris fell in a district", "... over his region", "the region had come under
attack"); an earlier attack told by its distance from the article's own ("Two weeks ago, ...",
"Earlier this month ...", "The attack came a day after ...") gets a row of its own, dated by the
day it names or the distance it gives. The sentences are made up for these tests."""

from assets.extract.extractor import extract_mentions


def _rows(text: str, published: str = "2025-06-09T09:00:00+03:00") -> list[dict]:
    return extract_mentions({"article_id": "v125", "text": text, "published_at": published,
                             "title": None})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], str(r["event_date"]), r["killed"], r["injured"],
             r["launched"], r["intercepted"], r["weapon"]) for r in rows]


_RU_LEAD = ("Russia's defence ministry said on Monday that air defences had destroyed 40 "
            "Ukrainian drones overnight over several regions.")


def test_a_town_named_in_a_governors_title_stands_for_the_region_struck():
    rows = _rows(_RU_LEAD + "\n\nTambov governor Yevgeny Pervyshov said fragments of a drone "
                 "landed on a barn in a village of the Rasskazovsky district and nobody was "
                 "injured.")
    assert _brief(rows)[1:] == [
        ("Tambov Oblast", None, "2025-06-09", 0, 0, None, None, "drone")]


def test_a_regional_governors_report_of_a_hit_in_the_region_gives_the_region_a_row():
    lead = "Russia attacked Ukraine's energy system overnight with 90 drones, the air force said."
    rows = _rows(lead + "\n\nA gas compressor station in the region had been hit, Poltava "
                 "regional governor Volodymyr Kohut said, adding that there were no casualties.")
    assert _brief(rows)[1:] == [
        ("Poltava Oblast", None, "2025-06-09", 0, 0, None, None, "drone")]


def test_drones_shot_down_over_his_region_are_the_governors_region_claim():
    rows = _rows(_RU_LEAD + "\n\nNine drones were destroyed over his region before dawn, Kaluga "
                 "region governor Vladislav Shapsha wrote.")
    assert _brief(rows)[1:] == [
        ("Kaluga Oblast", None, "2025-06-09", None, None, None, 9, "drone")]


def test_the_region_came_under_attack_gives_the_governors_region_a_row():
    rows = _rows(_RU_LEAD + "\n\nAccording to Kursk Region Governor Alexander Khinshtein, the "
                 "region had come under a drone attack in the early hours. No one was hurt, he "
                 "added.")
    assert _brief(rows)[1:] == [
        ("Kursk Oblast", None, "2025-06-09", 0, 0, None, None, "drone")]


def test_the_region_came_under_attack_after_its_citys_row_is_that_attack():
    rows = _rows("A Russian drone attack on Zaporizhzhia killed two people overnight, officials "
                 "said.\n\nZaporizhzhia regional governor Ivan Fedorov said the region has come "
                 "under a heavy drone attack.")
    assert [(r["admin1"], r["location"]) for r in rows] == [
        ("Zaporizhzhia Oblast", "Zaporizhzhia")]


def test_a_governors_city_stays_the_city_when_he_speaks_of_the_city():
    rows = _rows(_RU_LEAD + "\n\nA woman was hurt when wreckage of a drone hit a bus stop in the "
                 "city, Belgorod governor Vyacheslav Gladkov said.")
    assert _brief(rows)[1:] == [
        ("Belgorod Oblast", "Belgorod", "2025-06-09", None, 1, None, None, "drone")]


_TOWN_LEAD = ("Russian glide bombs hit Kostiantynivka on Sunday, killing two people, regional "
              "governor Vadym Filashkin said.")


def test_weeks_ago_is_an_earlier_attack_on_the_town_dated_by_the_distance():
    rows = _rows(_TOWN_LEAD + "\n\nKostiantynivka has lost most of its residents.\n\nTwo weeks "
                 "ago, four residents died when a glide bomb struck a bakery in the town.")
    assert _brief(rows) == [
        ("Donetsk Oblast", "Kostiantynivka", "2025-06-08", 2, None, None, None, "glide_bomb"),
        ("Donetsk Oblast", "Kostiantynivka", "2025-05-26", 4, None, None, None, "glide_bomb"),
    ]


def test_earlier_this_month_is_an_earlier_attack_with_no_day():
    rows = _rows(_TOWN_LEAD + "\n\nEarlier this month a drone hit a shop near the central "
                 "market, killing three people.")
    assert _brief(rows)[1:] == [
        ("Donetsk Oblast", "Kostiantynivka", "None", 3, None, None, None, "drone")]


def test_last_month_named_takes_the_weapon_that_struck():
    rows = _rows(_TOWN_LEAD + "\n\nLast March, a missile hit a school gym in the city during a "
                 "charity display of drones, killing five people.")
    assert _brief(rows)[1:] == [
        ("Donetsk Oblast", "Kostiantynivka", "None", 5, None, None, None, "missile")]


def test_earlier_in_the_week_takes_the_weekday_it_names():
    rows = _rows(_TOWN_LEAD + "\n\nEarlier in the week, one man died when a drone struck his car "
                 "in the city on Wednesday.")
    assert _brief(rows)[1:] == [
        ("Donetsk Oblast", "Kostiantynivka", "2025-06-04", 1, None, None, None, "drone")]


def test_came_a_day_after_bombs_struck_the_city_on_saturday_is_saturdays_row():
    rows = _rows("Drones hit Kharkiv late on Sunday, injuring nine people, the mayor said.\n\n"
                 "It happened just a day after guided bombs hit a market in the city on "
                 "Saturday, killing three shoppers and wounding 17.")
    assert _brief(rows) == [
        ("Kharkiv Oblast", "Kharkiv", "2025-06-08", None, 9, None, None, "drone"),
        ("Kharkiv Oblast", "Kharkiv", "2025-06-07", 3, 17, None, None, "glide_bomb"),
    ]


def test_came_two_days_after_a_strike_on_a_named_town_dates_it_from_the_articles_attack():
    rows = _rows("Russian missiles struck Dnipro on Monday morning, killing four people, "
                 "officials said.\n\nThe barrage followed two days after two Iskander missiles "
                 "struck a university in Sumy, killing 11 people.")
    assert _brief(rows) == [
        ("Dnipropetrovsk Oblast", "Dnipro", "2025-06-09", 4, None, None, None, "missile"),
        ("Sumy Oblast", "Sumy", "2025-06-07", 11, None, 2, None, "missile"),
    ]


def test_an_aside_on_last_week_with_no_figure_gives_no_row():
    rows = _rows(_TOWN_LEAD + "\n\nLast week, the town council moved its offices to a safer "
                 "building.")
    assert len(rows) == 1


_AIR_LEAD = "Russia attacked Ukraine overnight with 80 drones and 20 missiles, the air force said."


def _places(rows: list[dict]) -> list[tuple]:
    return sorted((r["admin1"], r["location"]) for r in rows if r["kind"] == "impact")


def test_regions_listed_after_among_them_the_are_struck():
    rows = _rows(_AIR_LEAD + "\n\nSubstations were damaged in 12 regions, among them the Sumy, "
                 "Chernihiv and Kirovohrad regions, the grid operator said.")
    assert _places(rows) == [("Chernihiv Oblast", None), ("Kirovohrad Oblast", None),
                             ("Sumy Oblast", None)]


def test_regions_whose_facilities_were_the_main_targets_are_struck():
    rows = _rows(_AIR_LEAD + "\n\nCompressor stations in the Sumy and Chernihiv regions were "
                 "once again the primary targets, the gas company said.")
    assert _places(rows) == [("Chernihiv Oblast", None), ("Sumy Oblast", None)]


def test_regions_a_report_names_among_those_attacked_are_struck():
    rows = _rows(_AIR_LEAD + "\n\nThe statement listed the Volyn, Rivne and Khmelnytskyi "
                 "regions among the areas hit.")
    assert _places(rows) == [("Khmelnytskyi Oblast", None), ("Rivne Oblast", None),
                             ("Volyn Oblast", None)]


def test_towns_among_them_after_a_count_of_settlements_stay_without_rows():
    rows = _rows(_AIR_LEAD + "\n\nShelling reached 30 villages, among them Bilozerka and "
                 "Antonivka, officials said.")
    assert _places(rows) == []


def test_people_among_them_are_no_place():
    rows = _rows("A Russian missile hit Sumy on Monday, killing four people, officials said.\n\n"
                 "Forty more people were hurt, among them 12 pupils, Artem Kovalenko told "
                 "reporters.")
    assert _places(rows) == [("Sumy Oblast", "Sumy")]


def _dated(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], str(r["event_date"]), r["weapon"]) for r in rows]


def test_a_title_case_dateline_dates_the_report_and_the_same_night_the_attack():
    rows = _rows("Sumy, 21 November - Fourteen people are now known to have died in Wednesday's "
                 "Russian missile strike on a student hostel in Sumy, rescuers said.\n\nA "
                 "substation in the Poltava region was also knocked out the same night, its "
                 "governor said. Nobody was hurt there.",
                 published="2025-11-21T10:00:00+02:00")
    assert _dated(rows) == [("Sumy Oblast", "Sumy", "2025-11-19", "missile"),
                            ("Poltava Oblast", None, "2025-11-19", "unknown")]


def test_a_tally_told_for_that_night_takes_the_attacks_day():
    rows = _rows("Fourteen people have now died after Russian missiles hit a block in Sumy on "
                 "Wednesday, officials said on Friday.\n\nAcross Ukraine "
                 "that night, 300 drones and 20 missiles were launched, according to the air "
                 "force.",
                 published="2025-11-21T10:00:00+02:00")
    assert [(r["kind"], str(r["event_date"])) for r in rows] == [
        ("impact", "2025-11-19"), ("wave", "2025-11-19")]


def test_a_weekdays_attack_on_another_named_place_does_not_redate_the_row():
    rows = _rows("KHERSON, July 19 (Wire) - Russian drones struck Kherson for a second night, "
                 "wounding four people, officials said.\n\nMoscow has described the raids as "
                 "revenge for Monday's attack on the Antonivskyi road bridge.",
                 published="2023-07-19T10:00:00+03:00")
    assert _dated(rows) == [("Kherson Oblast", "Kherson", "2023-07-19", "drone")]


def test_overnight_after_a_report_weekday_is_that_days_night():
    rows = _rows("Drones hit Kyiv early on Sunday, injuring two people, officials said.\n\n"
                 "The Russian defence ministry reported on Friday that 60 Ukrainian drones were "
                 "brought down overnight.", published="2025-04-06T12:00:00+03:00")
    assert [(r["kind"], str(r["event_date"])) for r in rows] == [
        ("impact", "2025-04-06"), ("wave", "2025-04-04")]


def test_a_day_in_a_closing_where_clause_is_not_the_strikes():
    rows = _rows("Guided bombs hit Kharkiv on Sunday, wounding six, the governor said.\n\n"
                 "A shell killed a pensioner in Vovchansk, a town close to the frontier where "
                 "Russian troops crossed into the region on Friday.",
                 published="2024-05-13T09:00:00+03:00")
    assert _dated(rows)[1][:3] == ("Kharkiv Oblast", "Vovchansk", "2024-05-13")


def test_flights_restricted_at_airports_during_the_attack_are_no_strike():
    rows = _rows(_RU_LEAD + "\n\nThe aviation agency said it had restricted flights at the "
                 "Kaluga and Tambov airports during the attack.\n\nAir traffic was suspended at "
                 "Lipetsk airport for two hours after a drone was downed near Yelets.")
    assert _places(rows) == []


def test_a_capital_named_as_the_state_is_no_place_struck():
    lead = "Ukrainian drones struck a refinery in Ryazan overnight, the governor said."
    for aside in ("Fuel shortages after the strikes led the government in Moscow to ban petrol "
                  "exports.",
                  "Forty firms were listed for their role in helping Moscow obtain drone "
                  "engines.",
                  "Ministers also moved against 100 tankers of Moscow's so-called shadow fleet, "
                  "targeting their insurers."):
        assert _places(_rows(lead + "\n\n" + aside)) == [("Ryazan Oblast", "Ryazan")], aside


def test_a_mayor_reporting_no_hits_on_the_city_is_no_strike():
    rows = _rows(_AIR_LEAD + "\n\nAir defence worked over Poltava for an hour, and its mayor "
                 "reported no hits on the city.")
    assert _places(rows) == []


def test_a_region_toll_larger_than_its_first_towns_stands_beside_its_towns():
    rows = _rows("Russian attacks across Ukraine killed five civilians over the past day, "
                 "regional authorities said.\n\nTwo civilians died and six were wounded in "
                 "Kharkiv Oblast, the governor reported. A man was killed in Kupiansk; shelling "
                 "also hit Izium.")
    assert [(r["admin1"], r["location"], r["killed"], r["injured"]) for r in rows
            if r["kind"] == "impact"] == [("Kharkiv Oblast", None, 2, 6),
                                          ("Kharkiv Oblast", "Izium", None, None),
                                          ("Kharkiv Oblast", "Kupiansk", 1, None)]


def test_a_regions_day_count_of_settlements_takes_the_toll_told_next():
    rows = _rows("Kherson: a drone hit a car in the city centre, injuring the driver.\n\n"
                 "Russian artillery and drones struck 38 settlements of the region over the past "
                 "day. The governor said two people were killed and nine wounded.")
    assert [(r["admin1"], r["location"], r["killed"], r["injured"]) for r in rows] == [
        ("Kherson Oblast", "Kherson", None, 1), ("Kherson Oblast", None, 2, 9)]


def test_a_regions_day_count_with_no_toll_next_gives_no_row():
    rows = _rows("Kherson: a drone hit a car in the city centre, injuring the driver.\n\n"
                 "Russian artillery and drones struck 38 settlements of the region over the past "
                 "day. Power was cut in several districts.")
    assert [(r["admin1"], r["location"]) for r in rows] == [("Kherson Oblast", "Kherson")]


def test_a_town_opening_a_but_clause_or_named_as_neighbouring_was_hit():
    lead = "Russian drones struck Kyiv overnight, injuring four people, officials said."
    rows = _rows(lead + "\n\nMost drones flew at the capital, but Chernihiv was struck too.\n\n"
                 "Nearby Nizhyn was hit as well on Saturday.",
                 published="2025-03-15T12:00:00+02:00")
    assert _places(rows) == [("Chernihiv Oblast", "Chernihiv"), ("Chernihiv Oblast", "Nizhyn"),
                             ("Kyiv City", "Kyiv")]


def test_a_town_that_lost_a_resident_or_its_power_after_strikes_was_hit():
    rows = _rows(_AIR_LEAD + "\n\nSumy lost one resident: a pensioner died when a shell hit "
                 "his garden.\n\nPoltava was left without electricity after three strikes on its "
                 "substations. There were no casualties.")
    assert _brief(rows)[1:] == [
        ("Sumy Oblast", "Sumy", "2025-06-09", 1, None, None, None, "artillery"),
        ("Poltava Oblast", "Poltava", "2025-06-09", 0, 0, None, None, "unknown"),
    ]


def test_rockets_from_a_multiple_launch_system_are_rocket_artillery():
    rows = _rows("A multiple launch system fired on Siversk, wounding two people, police said.")
    assert _brief(rows) == [("Donetsk Oblast", "Siversk", "2025-06-09", None, 2, None, None,
                             "artillery")]
