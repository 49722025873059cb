"""Rules added in extractor 1.20.0 (error classes of data/eval/unseen14, stated as phrasings and
attribution mechanisms), each checked on made-up sentences: "X community:" and a paragraph
opening with a place's name alone label the entry's place; "16:20 - X update:" labels a live
blog entry; drones that hit with no place, a zero "in either community", "In total ... in the
city" and "over our territory" go to the rows told before; an occupied town told by its side is
Ukraine's; a toll update's row takes the day of "Saturday's strike", a wire dateline dates the
report, leads about shelling or the whole country date their later paragraphs; victims told as
"The 58-year-old driver was killed", "treated for blast injuries", "taken to the city hospital",
"A man, 56, and a woman, 53", "He died of his wounds", "A second rescuer has died of injuries";
a day's regional toll names no weapon of its towns; and trends, a state acting, "Outside Kyiv,"
and foiled claims are no struck places."""

from assets.extract.extractor import extract_mentions
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str = "2025-04-16T18:00:00+03:00", title: str | None = None
          ) -> list[dict]:
    return extract_mentions({"article_id": "v120", "text": text, "published_at": published,
                             "title": title})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], str(r["event_date"]), r["killed"], r["injured"])
            for r in rows]


# --- community labels in a regional roundup -----------------------------------------------------

def test_community_label_names_the_place():
    rows = _rows("The regional administration said Russian troops attacked 20 settlements in "
                 "the Sumy region over the past day.\n\n"
                 "Khotin community: a drone dropped a grenade on a barn, wounding a farmer.\n\n"
                 "Vorozhba hromada: an FPV drone hit a car. The driver, 44, was killed.")
    assert [r for r in _brief(rows) if r[1]] == [
        ("Sumy Oblast", "Khotin", "2025-04-16", None, 1),
        ("Sumy Oblast", "Vorozhba", "2025-04-16", 1, None)]


def test_a_paragraph_opening_with_a_place_name_labels_its_entry():
    rows = _rows("Russian forces struck 9 settlements in the Kharkiv region over the past day, "
                 "the governor said on Wednesday morning.\n\n"
                 "Izium. A drone hit a minibus near the bus station. The 58-year-old driver was "
                 "killed on the spot.\n\n"
                 "Chuhuiv. Artillery shelling damaged a school and three garages. Five people "
                 "were treated for blast injuries.")
    assert [r for r in _brief(rows) if r[1]] == [
        ("Kharkiv Oblast", "Izium", "2025-04-16", 1, None),
        ("Kharkiv Oblast", "Chuhuyiv", "2025-04-16", None, 5)]


# --- casualty phrasings -------------------------------------------------------------------------

def test_a_definite_person_with_an_age_is_one():
    assert _figs("The 58-year-old driver was killed on the spot.") == [("killed", 1, "plain")]
    assert _figs("The 71-year-old watchman was wounded.") == [("injured", 1, "plain")]


def test_treated_for_injuries_counts_as_injured():
    assert _figs("Five people, among them a six-year-old boy, were treated for blast "
                 "injuries.") == [("injured", 5, "plain")]
    assert _figs("Three residents were treated for cuts from broken glass.") == [
        ("injured", 3, "plain")]


# --- places -------------------------------------------------------------------------------------

def test_a_place_that_also_came_under_attack_is_struck():
    rows = _rows("Ukrainian drones attacked an oil depot in Tuapse overnight, the regional "
                 "headquarters said. There were no casualties.\n\n"
                 "Anapa, a resort town on the coast, also came under attack. Debris damaged two "
                 "houses and injured three residents.")
    assert _brief(rows) == [
        ("Krasnodar Krai", "Tuapse", "2025-04-16", 0, 0),
        ("Krasnodar Krai", "Anapa", "2025-04-16", None, 3)]


# --- attribution --------------------------------------------------------------------------------

def test_drones_that_hit_with_no_place_are_the_towns_told_before():
    rows = _rows("Ukrainian drones struck an oil depot in Tuapse early on Wednesday, the regional "
                 "governor said.\n\n"
                 "\"Three drones hit the fuel tanks this morning. There are no casualties,\" he "
                 "wrote on Telegram.")
    assert [(r["location"], r["killed"], r["injured"], r["launched"]) for r in rows] == [
        ("Tuapse", 0, 0, 3)]
    rows = _rows("A fire broke out at a substation in Belgorod overnight, the governor said.\n\n"
                 "He said the facility was hit by two drones. \"There were no casualties,\" he "
                 "added.")
    assert [(r["location"], r["killed"], r["injured"], r["launched"]) for r in rows] == [
        ("Belgorod", 0, 0, 2)]


def test_a_zero_in_either_community_is_both_places():
    rows = _rows("Russian troops attacked the Nikopol district on Tuesday night, the governor "
                 "said on Wednesday.\n\n"
                 "In Marhanets, a drone hit a garage. In Pokrov, a shell hit a barn. No one was "
                 "hurt in either community.")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows if r["location"]] == [
        ("Marhanets", 0, 0), ("Pokrov", 0, 0)]


def test_a_single_shell_that_hit_is_artillery():
    rows = _rows("In Pokrov, a shell hit a barn on Tuesday, the governor said. Nobody was hurt.")
    assert [(r["location"], r["weapon"]) for r in rows] == [("Pokrov", "artillery")]


# --- dates --------------------------------------------------------------------------------------

def test_a_lead_about_shelling_dates_the_shelling_paragraphs():
    rows = _rows("Russian troops shelled the border areas of the Sumy region 40 times on Monday, "
                 "the regional administration said on Tuesday morning.\n\n"
                 "In Bilopillia, a mortar round killed a 60-year-old man.\n\n"
                 "The Khotin and Yunakivka communities were also shelled, but no casualties "
                 "were reported there.", published="2025-04-15T09:00:00+03:00")
    assert [(r["location"], str(r["event_date"])) for r in rows if r["location"]] == [
        ("Bilopillia", "2025-04-14"), ("Khotin", "2025-04-14"), ("Yunakivka", "2025-04-14")]


def test_a_year_is_no_figure_and_a_month_year_strike_is_an_earlier_row():
    assert {v for _, v, _ in _figs("A strike on the port in March 2023 killed one "
                                   "person.")} == {1}
    rows = _rows("Drones hit the oil terminal in Feodosia on Tuesday, the regional head said. "
                 "Nobody was hurt.\n\n"
                 "The terminal was also hit early in the war, and a missile strike on a ship in "
                 "the port of Feodosia in March 2023 killed one person.")
    assert [(r["location"], str(r["event_date"]), r["date_precision"], r["killed"])
            for r in rows] == [("Feodosiya", "2025-04-15", "day", 0),
                               ("Feodosiya", "None", "month", 1)]


def test_an_apposition_up_to_fifty_characters_between_number_and_verb():
    assert _figs("The governor said two men, both employees of a meat-processing plant, were "
                 "killed.") == [("killed", 2, "plain")]


def test_a_live_blog_place_update_label_and_a_pair_with_ages():
    rows = _rows("09:30 - Poltava: a drone hit a private house overnight, the governor says. "
                 "A man, 61, and a woman, 58, were injured.\n\n"
                 "11:10 - Sumy: a guided bomb hit a school, the mayor says. Two people are "
                 "injured.\n\n"
                 "16:20 - Sumy update: the number of people injured has risen to five.")
    assert [(r["location"], r["injured"]) for r in rows] == [("Poltava", 2), ("Sumy", 5)]
    assert _figs("A man, 61, and a woman, 58, were injured.") == [("injured", 2, "plain")]


def test_taken_to_a_named_hospital_is_injured():
    assert _figs("Four people, among them a 12-year-old girl, were taken to the city hospital "
                 "with shrapnel wounds.") == [("injured", 4, "plain")]
    assert _figs("Two men were taken to the regional clinical hospital.") == [
        ("injured", 2, "plain")]


def test_in_total_in_the_city_is_the_towns_figure():
    rows = _rows("Russian aircraft dropped glide bombs on Zaporizhzhia on Tuesday afternoon, "
                 "killing three people, the governor said.\n\n"
                 "\"In total 41 people were injured in the city yesterday, six of them "
                 "children,\" he wrote on Telegram.")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [
        ("Zaporizhzhia", 3, 41)]


def test_a_toll_update_row_takes_the_day_of_the_strike_told_later():
    rows = _rows("The number of people killed when a Russian missile hit an apartment block in "
                 "Poltava rose to 19 on Wednesday, officials said.\n\n"
                 "The governor said 40 people had been wounded in Monday evening's strike.")
    assert [(r["location"], str(r["event_date"]), r["killed"], r["injured"]) for r in rows] == [
        ("Poltava", "2025-04-14", 19, 40)]
    rows = _rows("The death toll from a Russian missile strike on a cafe in Poltava has risen "
                 "to nine, the emergency service said on Wednesday.\n\n"
                 "The cafe was hit at about 20:15 on Monday, when it was full.")
    assert [(r["location"], str(r["event_date"]), r["killed"]) for r in rows] == [
        ("Poltava", "2025-04-14", 9)]


def test_a_wire_dateline_dates_the_report_not_the_attack():
    rows = _rows("POLTAVA, April 16 (Example Wire) - The number of people killed by a Russian "
                 "missile that hit an apartment block in Poltava on Monday evening rose to 12, "
                 "officials said.")
    assert [(r["location"], str(r["event_date"]), r["killed"]) for r in rows] == [
        ("Poltava", "2025-04-14", 12)]


def test_a_numberless_death_told_after_the_attack():
    assert _figs("The driver died at the scene before medics arrived.") == [
        ("killed", 1, "plain")]
    assert _figs("He died of his wounds on the way to hospital.") == [("killed", 1, "plain")]
    rows = _rows("In the village of Khotin, an FPV drone attacked a 60-year-old man working in "
                 "his garden, the regional administration said on Wednesday. He died of his "
                 "wounds on the way to hospital.")
    assert [(r["location"], r["killed"]) for r in rows] == [("Khotin", 1)]


# --- weapons ------------------------------------------------------------------------------------

def test_a_days_regional_toll_names_no_weapon_of_its_towns():
    rows = _rows("Russian forces struck 12 towns and villages in Kharkiv Oblast over the past 24 "
                 "hours, killing one person and wounding five, the governor said.\n\n"
                 "In Izium, a drone hit a car, killing the driver.",
                 title="Russian drones and glide bombs hit Kharkiv Oblast")
    assert [(r["admin1"], r["location"], r["weapon"]) for r in rows] == [
        ("Kharkiv Oblast", None, "unknown"), ("Kharkiv Oblast", "Izium", "drone")]
    rows = _rows("Two people were killed in Ukrainian attacks on the Bryansk region over the "
                 "past day, the governor said.\n\n"
                 "In Klintsy, a drone hit a garage, injuring a man.",
                 title="Drones and shelling hit Bryansk region")
    assert [(r["admin1"], r["location"], r["weapon"]) for r in rows] == [
        ("Bryansk Oblast", None, "unknown"), ("Bryansk Oblast", "Klintsy", "drone")]


def test_a_state_acting_is_no_struck_place():
    rows = _rows("Ukrainian drones attacked Crimea overnight, the peninsula that Moscow annexed "
                 "in 2014, the Russian-installed head said. Nobody was hurt.")
    assert all(r["location"] != "Moscow" for r in rows)
    rows = _rows("The EU adopted new sanctions on Friday, targeting firms accused of helping "
                 "Moscow evade restrictions on drone parts that were used to strike Kyiv.")
    assert all(r["location"] != "Moscow" for r in rows)


# --- tallies ------------------------------------------------------------------------------------

def test_over_our_territory_is_the_speakers_region():
    rows = _rows("A drone fell on a warehouse in Yefremov overnight, the Tula Region governor "
                 "said on Wednesday.\n\n"
                 "\"The enemy attempted a massive attack on the Tula Region. Air defence forces "
                 "destroyed 11 UAVs over our territory,\" he wrote on Telegram.")
    assert [(r["admin1"], r["location"], r["intercepted"]) for r in rows] == [
        ("Tula Oblast", "Yefremov", None), ("Tula Oblast", None, 11)]


def test_a_toll_update_carries_its_injured_and_a_part_of_whom_is_no_figure():
    assert _figs("The toll in Odesa has climbed to 14 dead, the emergency service says, and 70 "
                 "people have been injured, 41 of whom were taken to hospital.") == [
        ("killed", 14, "update"), ("injured", 70, "update")]


# --- attacker -----------------------------------------------------------------------------------

def test_a_strike_on_an_occupied_town_told_by_its_side_is_ukraines():
    rows = _rows("In Oleshky, on the occupied left bank of the Dnipro, a drone hit a car on "
                 "Tuesday, the Russian-installed head of the town said. Two people were injured.")
    assert [(r["location"], r["attacker"]) for r in rows] == [("Oleshky", "UKR")]
    rows = _rows("Shelling of a market in Russian-occupied Horlivka killed three people on "
                 "Tuesday, the town's mayor said.")
    assert [(r["location"], r["attacker"]) for r in rows] == [("Horlivka", "UKR")]
    rows = _rows("The Kiev regime fired two missiles at Berdiansk on Tuesday, the governor said.")
    assert [(r["location"], r["attacker"]) for r in rows] == [("Berdiansk", "UKR")]


# --- no incident --------------------------------------------------------------------------------

def test_a_trend_with_no_figure_is_no_incident():
    for text in ("Since the war began, the ports of Odesa and Izmail have been hit hundreds of "
                 "times, yet grain exports continue.",
                 "Ukrainian forces have intensified strikes on Crimea in recent months, targeting "
                 "radars and fuel depots.",
                 "Russian officials have since reported a series of drone sightings in the Kursk "
                 "and Bryansk regions."):
        assert _rows(text) == []


def test_foiled_attempts_on_listed_regions_are_no_struck_regions():
    rows = _rows("\"Air defence foiled attempts by the Kiev regime to attack facilities in the "
                 "Kursk, Oryol and Tula regions with drones,\" the ministry said on Wednesday. "
                 "\"There are no casualties.\"")
    assert [r["admin1"] for r in rows if r["admin1"]] == []


def test_the_governors_city_that_came_under_attack():
    rows = _rows("Separately, Pskov region governor Ivan Petrov said the city's airport had come "
                 "under a drone attack late on Tuesday. Nobody was hurt.")
    assert [(r["location"], str(r["event_date"]), r["killed"]) for r in rows] == [
        ("Pskov", "2025-04-15", 0)]


def test_outside_a_city_frames_the_sentence():
    rows = _rows("Drones attacked Kyiv overnight, wounding two people, the mayor said.\n\n"
                 "Outside Kyiv, the governor of the Rivne region said drones hit an energy "
                 "facility in the region overnight. There were no casualties, he said.")
    assert [(r["admin1"], r["location"], r["killed"], r["injured"]) for r in rows] == [
        ("Kyiv City", "Kyiv", None, 2), ("Rivne Oblast", None, 0, 0)]


def test_reported_damage_in_listed_villages_is_a_strike():
    rows = _rows("The administration also reported damage in Bilozerka and Stanislav but gave no "
                 "casualty figures for those villages.")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [
        ("Bilozerka", None, None), ("Stanislav", None, None)]


def test_a_lead_about_the_whole_country_dates_the_tally_and_the_ministrys_list():
    rows = _rows("Russia's missile strikes on Tuesday knocked out much of Ukraine's power system, "
                 "officials said.\n\n"
                 "Ukraine's air force said Russia had fired 60 cruise missiles, 45 of which were "
                 "shot down.\n\n"
                 "According to the energy ministry, energy facilities were hit in the Lviv and "
                 "Rivne regions.", published="2025-04-16T08:30:00+03:00")
    assert sorted((r["admin1"] or "", str(r["event_date"]), r["weapon"], r["launched"])
                  for r in rows) == [
        ("", "2025-04-15", "missile", 60), ("Lviv Oblast", "2025-04-15", "missile", None),
        ("Rivne Oblast", "2025-04-15", "missile", None)]


def test_another_attack_on_the_same_town_adds_its_victims():
    rows = _rows("In Kherson, a drone dropped a munition on a bus in the Dniprovskyi district on "
                 "Tuesday, wounding the driver and three passengers.\n\n"
                 "Another drone attack in the Korabelnyi district wounded a man riding a bicycle.")
    assert [(r["location"], r["injured"]) for r in rows] == [("Kherson", 5)]


def test_an_ordinal_death_of_injuries_and_no_reports_of_casualties():
    assert ("killed", 2, "update") in _figs("A second rescuer has died of injuries sustained "
                                            "while fighting the fire, the governor said.")
    assert _figs("There were no reports of casualties in the city.") == [
        ("killed", 0, "zero"), ("injured", 0, "zero")]


def test_a_person_pulled_from_the_rubble_who_died():
    assert _figs("A 66-year-old man pulled from the collapsed house later died in hospital.") == [
        ("killed", 1, "plain")]
