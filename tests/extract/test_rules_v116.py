"""Rules added in extractor 1.16.0 (dev e015/d002 and error classes of data/eval/unseen10, stated
as phrasings), each checked on made-up sentences: a tally whose clause ends "air defences brought
most of them down, ..., but a fire started at X" is the region's, not X's; "the strike on
Thursday" redates a row dated only by its report day; "the rest over A, B and C" belongs to a
defence-ministry breakdown; "anti-drone nets" is no strike; a place inside "in what officials
called ..." is no target; "an employee of the X plant" is a workplace; "after the latest series
of strikes" is a back-reference; a count-less claim over districts of a region already hit gives
no region row."""

from assets.extract.casualties import find_casualties
from assets.extract.extractor import extract_mentions


def _rows(text: str, published: str = "2025-03-06") -> list[dict]:
    return extract_mentions({"article_id": "v116", "text": text, "published_at": published})


def _by_place(rows: list[dict]) -> dict:
    return {(r["admin1"], r["location"]): r for r in rows}


def test_governors_tally_before_but_is_the_regions():
    text = ("A Ukrainian drone hit a fuel depot in the Bryansk region on Tuesday evening, "
            "Governor Alexander Bogomaz said.\n\n"
            "Ukraine fired 25 drones and two missiles in the attack and regional air defences "
            "brought most of them down, Bogomaz said, but a fire broke out at a depot in Klintsy "
            "and burned until morning.")
    rows = _by_place(_rows(text, "2025-03-05"))
    region = rows[("Bryansk Oblast", None)]
    town = rows[("Bryansk Oblast", "Klintsy")]
    assert region["launched"] == 27
    assert region["weapon"] == "mixed"
    assert town["launched"] is None


def test_tally_hitting_the_town_stays_with_the_town():
    text = ("Two Russian missiles hit an industrial site in Kremenchuk on Monday, injuring three "
            "people, the governor said.")
    rows = _by_place(_rows(text, "2025-03-04"))
    assert rows[("Poltava Oblast", "Kremenchuk")]["launched"] == 2


def test_the_strike_on_weekday_redates_a_report_dated_row():
    text = ("The number of people killed when a Russian missile hit a house in Kremenchuk rose to "
            "six on Saturday, rescuers said.\n\n"
            "Among those who died in the late-night strike on Thursday was a teenager.")
    rows = _rows(text, "2025-03-08")      # a Saturday
    assert [(r["location"], str(r["event_date"]), r["killed"]) for r in rows] == [
        ("Kremenchuk", "2025-03-06", 6)]


def test_the_strike_on_weekday_keeps_an_attack_dated_row():
    text = ("A Russian missile hit a house in Kremenchuk on Friday, killing six people.\n\n"
            "Among those who died in the strike on Thursday was a teenager.")
    rows = _rows(text, "2025-03-08")
    assert [str(r["event_date"]) for r in rows] == ["2025-03-07"]


def test_the_rest_over_a_list_is_part_of_the_breakdown():
    text = ("Ukrainian drones hit a substation in the Tambov region overnight, the governor "
            "said.\n\n"
            "Russia's Defence Ministry said its air defences had destroyed 40 Ukrainian drones "
            "overnight, 12 of them over the Tambov region, 10 over Kursk and the rest over "
            "Bryansk, Oryol and Voronezh.")
    rows = _rows(text, "2025-03-05")
    assert sorted((r["geo_precision"], r["admin1"], r["location"], r["intercepted"])
                  for r in rows) == [("admin1", "Tambov Oblast", None, None),
                                     ("country", None, None, 40)]


def test_anti_drone_nets_are_no_strike():
    text = ("A Ukrainian drone hit a car near Rylsk on Tuesday, injuring two people, the "
            "governor said.\n\n"
            "In Kursk, the governor urged drivers to use only roads protected by anti-drone nets.")
    assert [r["location"] for r in _rows(text, "2025-03-05")] == ["Rylsk"]


def test_place_in_what_officials_called_is_no_target():
    text = ("Russian air defences shot down 50 Ukrainian drones over seven regions overnight, "
            "the Defence Ministry said, in what officials called the biggest attack on the "
            "capital so far.\n\n"
            "A drone hit a house in the town of Ramenskoye, injuring two people, the governor "
            "said.")
    rows = _by_place(_rows(text, "2025-03-05"))
    assert set(rows) == {(None, None), ("Moscow Oblast", "Ramenskoye")}
    assert rows[(None, None)]["intercepted"] == 50


def test_employee_of_the_plant_is_a_workplace():
    text = ("Three people were wounded when a Ukrainian drone struck a bus stop in Energodar on "
            "Wednesday, the Russian-installed governor said.\n\n"
            "One of the wounded, an employee of the Zaporizhzhia nuclear power plant, was in a "
            "serious condition.")
    rows = _rows(text, "2025-03-05")
    assert [(r["location"], r["injured"]) for r in rows] == [("Enerhodar", 3)]


def test_after_the_latest_series_of_strikes_is_a_back_reference():
    text = ("A Russian missile struck a grain ship in the port of Odesa on Tuesday, killing "
            "one person.\n\n"
            "Insurers said they were raising premiums for ships calling at Odesa after the latest "
            "series of strikes.")
    rows = _rows(text, "2025-03-06")
    assert [(r["location"], str(r["event_date"]), r["killed"]) for r in rows] == [
        ("Odesa", "2025-03-04", 1)]


def test_countless_district_claim_after_a_town_gives_no_region_row():
    text = ("A drone hit a house in the town of Ramenskoye, Moscow region, killing one woman, the "
            "governor said.\n\n"
            "The mayor said several drones had been shot down over the Domodedovo and Ramenskoye "
            "districts.")
    rows = _rows(text, "2025-03-05")
    assert [(r["admin1"], r["location"]) for r in rows] == [("Moscow Oblast", "Ramenskoye")]


def test_last_year_date_midsentence_is_a_background_row():
    text = ("Ukrainian drones hit residential buildings in Engels overnight, injuring two people, "
            "the governor said on Wednesday.\n\n"
            "Engels is home to a bomber base. A fuel depot serving the base was hit in a strike on "
            "January 8 last year, killing two workers, officials said.")
    rows = _rows(text, "2025-01-08")
    assert sorted((r["location"], str(r["event_date"]), r["killed"], r["injured"])
                  for r in rows) == [("Engels", "2024-01-08", 2, None),
                                     ("Engels", "2025-01-08", None, 2)]


def test_mayor_of_town_on_a_district_of_his_city():
    text = ("Two civilians were killed when Ukrainian forces shelled Donetsk on Tuesday morning, "
            "the Russian-installed head of the region said.\n\n"
            "Later in the day, the Russian-installed mayor of Horlivka, Ivan Ivanov, said a drone "
            "had dropped an explosive on a car in the Nikitovsky district, wounding the driver.")
    rows = _rows(text, "2025-03-04")
    assert sorted((r["location"], r["killed"], r["injured"]) for r in rows) == [
        ("Donetsk", 2, None), ("Horlivka", None, 1)]


def test_district_named_after_a_town_already_struck_is_the_towns():
    text = ("Ukrainian drones attacked the Morozovsk airfield in Russia's Rostov region overnight, "
            "injuring eight people, officials said.\n\n"
            "The governor said the region had been hit in a massive attack and that power had "
            "been cut in the Morozovsk district after a substation was damaged.")
    rows = _rows(text, "2025-03-05")
    assert [(r["admin1"], r["location"], r["injured"]) for r in rows] == [
        ("Rostov Oblast", "Morozovsk", 8)]


def test_district_named_as_its_region_stays_the_oblasts():
    text = ("A Russian drone hit a house in Sumy on Tuesday, injuring two people.\n\n"
            "Early this morning, another drone hit an infrastructure facility in the Sumy "
            "district, leaving several villages without electricity, the regional head said.")
    rows = _rows(text, "2025-03-05")
    assert sorted((r["geo_precision"], r["location"]) for r in rows) == [
        ("admin1", None), ("settlement", "Sumy")]


def test_the_volga_is_no_place():
    text = ("Ukrainian drones attacked the city of Saratov overnight, setting fire to the "
            "refinery, one of the largest in the Volga area, the governor said.")
    assert [r["location"] for r in _rows(text, "2025-03-05")] == ["Saratov"]


def test_no_hits_and_protect_from_strikes_are_no_strikes():
    text = ("A Russian missile hit a warehouse in Starokostiantyniv on Thursday, injuring two "
            "people.\n\n"
            "In Khmelnytskyi city, air defences worked during the night, officials said, but no "
            "hits were reported there.\n\n"
            "Zaporizhzhia opened a school built underground to protect children from Russian air "
            "strikes.")
    assert [r["location"] for r in _rows(text, "2025-03-10")] == ["Starokostiantyniv"]


def test_officials_in_town_on_a_substation_supplying_the_town():
    text = ("Three people were injured when a Ukrainian drone hit a bus in Vasylivka on Tuesday, "
            "the Russian-installed governor said.\n\n"
            "Separately, Russian-installed officials in Energodar said a drone had hit a "
            "substation supplying the town, cutting power to 4,000 homes.")
    rows = _rows(text, "2025-03-05")
    assert sorted(r["location"] for r in rows) == ["Enerhodar", "Vasylivka"]


def test_a_drone_and_two_more_is_three_on_the_regions_side():
    text = ("A Ukrainian drone attack caused a fire at an oil depot in Klintsy in Russia's Bryansk "
            "region on Friday, the governor said.\n\n"
            "Separately, the defence ministry said it had destroyed a drone over Bryansk region "
            "and two more over the Kaluga region on Thursday night.")
    rows = _rows(text, "2025-03-07")      # a Friday
    wave = [r for r in rows if r["geo_precision"] == "country"]
    assert [(r["country"], r["intercepted"], str(r["event_date"])) for r in wave] == [
        ("RUS", 3, "2025-03-06")]


def test_one_shot_down_the_other_hit_joins_the_place():
    text = ("Russia fired two Kalibr cruise missiles at the Izmail area overnight, the governor "
            "said on Thursday. One was shot down, while the other hit a grain terminal.\n\n"
            "A 46-year-old man was killed and two others were injured, he said.")
    rows = _rows(text, "2025-03-06")
    assert [(r["location"], r["killed"], r["injured"], r["launched"], r["intercepted"])
            for r in rows] == [("Izmail", 1, 2, 2, 1)]


def test_count_over_the_region_while_damage_in_a_town():
    text = ("Russian air defences shot down six ATACMS missiles over Crimea on Friday evening, the "
            "Russian defence ministry said, while the head of the peninsula reported damage in "
            "Dzhankoi.")
    rows = _by_place(_rows(text, "2025-03-08"))
    assert rows[("Crimea", None)]["intercepted"] == 6
    assert rows[("Crimea", "Dzhankoi")]["intercepted"] is None


def test_night_lead_dates_the_later_undated_paragraphs():
    text = ("Ukrainian drones attacked an oil pumping station near Belorechensk in Russia's "
            "Krasnodar region on Friday night, the regional headquarters said on Saturday.\n\n"
            "In Yeysk, a drone crashed near a military airfield, the city administration said.\n\n"
            "Separately, Ukrainian forces attacked a substation in Kursk, the governor said.")
    dates = {r["location"]: str(r["event_date"]) for r in _rows(text, "2025-03-08")}
    assert dates == {"Belorechensk": "2025-03-07", "Yeysk": "2025-03-07", "Kursk": "2025-03-08"}


def test_night_lead_yields_to_an_overnight_of_its_own():
    text = ("Russian drones struck Chernihiv late on Sunday, injuring five people, the mayor "
            "said.\n\n"
            "In Sumy Oblast, drones hit an energy facility in Shostka overnight, the council "
            "said.")
    dates = {r["location"]: str(r["event_date"]) for r in _rows(text, "2025-03-10")}
    assert dates == {"Chernihiv": "2025-03-09", "Shostka": "2025-03-10"}


def test_lead_on_villages_dates_the_village_paragraphs():
    text = ("A woman was killed and two people were wounded when Ukrainian drones attacked "
            "villages in Russia's Belgorod region on Monday, Governor Vyacheslav Gladkov said.\n\n"
            "In the village of Bessonovka, a drone struck the yard of a house, killing a "
            "64-year-old resident, Gladkov said. In Stroitel, a drone dropped an explosive on a "
            "car, injuring a man and his son.")
    rows = _rows(text, "2025-03-11")      # a Tuesday
    assert sorted((r["location"], str(r["event_date"]), r["killed"], r["injured"])
                  for r in rows) == [("Bessonovka", "2025-03-10", 1, None),
                                     ("Stroitel", "2025-03-10", None, 2)]


def test_initially_six_but_later_a_seventh_person_is_seven():
    figs = find_casualties("The governor initially put the number of injured at six, but later "
                           "said a seventh person, a teenage boy, had gone to hospital.")
    assert [(f.field, f.value, f.kind) for f in figs] == [("injured", 7, "update")]
    assert find_casualties("The mayor later said a seventh floor had been damaged.") == []


def test_last_month_opener_is_a_background_row_of_the_town():
    text = ("A Russian missile struck a clinic in Myrhorod overnight, injuring four people, the "
            "governor said on Tuesday.\n\n"
            "In the Hadiach community, drones hit a gas facility. No one was injured there.\n\n"
            "Myrhorod is home to an air base. The governor did not say whether the base had been "
            "hit. Last month, three people were injured when drones struck a warehouse on the "
            "outskirts of the town.")
    rows = _rows(text, "2024-11-26")
    back = [r for r in rows if r["event_date"] is None]
    assert [(r["location"], r["date_precision"], r["injured"]) for r in back] == [
        ("Myrhorod", "month", 3)]


def test_region_told_by_its_district_with_a_figure_keeps_its_row():
    text = ("In the Dnipropetrovsk region, a missile hit an enterprise in Pavlohrad district, "
            "injuring three workers, the administration said. The city of Nikopol was shelled "
            "with artillery, but no one was hurt.")
    rows = _by_place(_rows(text, "2025-03-05"))
    assert rows[("Dnipropetrovsk Oblast", None)]["injured"] == 3
    assert (rows[("Dnipropetrovsk Oblast", "Nikopol")]["killed"],
            rows[("Dnipropetrovsk Oblast", "Nikopol")]["injured"]) == (0, 0)


def test_the_number_had_risen_to_takes_the_field_told_before():
    text = ("Russian missiles struck the city of Zaporizhzhia on Tuesday morning, injuring seven "
            "people. An hour later the governor said the number had risen to nine.")
    rows = _rows(text, "2025-03-11")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [
        ("Zaporizhzhia", None, 9)]


def test_air_defence_worked_in_the_region_then_a_count():
    text = ("A woman was injured overnight when debris from a downed drone fell on a house in the "
            "Haisyn district of the Vinnytsia region, the governor said.\n\n"
            "\"Air defence worked in the region. Five enemy drones were shot down,\" he wrote.")
    rows = _rows(text, "2025-03-05")
    assert [(r["admin1"], r["location"], r["injured"], r["intercepted"]) for r in rows] == [
        ("Vinnytsia Oblast", None, 1, 5)]


def test_residents_of_town_died():
    figs = find_casualties("Three residents of Druzhkivka died after a glide bomb hit a house, "
                           "and four more were injured there.")
    assert [(f.field, f.value) for f in figs] == [("killed", 3), ("injured", 4)]
    assert [(f.field, f.value) for f in find_casualties(
        "Four residents of Kharkiv Oblast were wounded.")] == [("injured", 4)]


def test_two_towns_summed_by_the_towns_give_no_region_row():
    text = ("Russian warplanes hit two towns with guided aerial bombs in Kharkiv Oblast on "
            "Thursday, killing four people, the governor said.\n\n"
            "In Balakliia, a bomb hit an apartment block, killing three residents. An hour later "
            "a bomb struck the centre of Velykyi Burluk, killing a 64-year-old man.")
    rows = _rows(text, "2025-03-07")
    assert sorted((r["geo_precision"], r["location"], r["killed"]) for r in rows) == [
        ("settlement", "Balakliia", 3), ("settlement", "Velykyi Burluk", 1)]


def test_region_total_over_its_towns_keeps_its_row():
    text = ("Russian shelling wounded seven people in Kharkiv Oblast on Thursday, the governor "
            "said. Three were hurt in Kupiansk, three in Izium and one in Balakliia.")
    rows = _rows(text, "2025-03-07")
    assert ("admin1", None, 7) in [(r["geo_precision"], r["location"], r["injured"])
                                   for r in rows]


def test_in_month_year_when_killed_is_a_background_row():
    text = ("A Russian ballistic missile hit central Vinnytsia on Tuesday, killing five people.\n\n"
            "Vinnytsia was last hit with such force in July 2022, when Kalibr cruise missiles "
            "killed 28 people in the city centre.")
    rows = _rows(text, "2025-03-19")
    assert sorted(((str(r["event_date"]), r["date_precision"], r["killed"], r["weapon"])
                   for r in rows), key=str) == [
        ("2025-03-18", "day", 5, "missile"), ("None", "month", 28, "missile")]


def test_deadliest_since_a_strike_in_month_year_that_killed():
    text = ("A Russian missile struck a residential area of Kryvyi Rih on Friday, killing 19 "
            "people.\n\n"
            "It was the deadliest attack on the city since a strike on an apartment building in "
            "June 2023 that killed 12 people.")
    rows = _rows(text, "2025-04-05")
    assert sorted(((str(r["event_date"]), r["location"], r["killed"]) for r in rows),
                  key=str) == [("2025-04-04", "Kryvyi Rih", 19), ("None", "Kryvyi Rih", 12)]


def test_put_out_on_thursday_is_not_the_attack_day():
    text = ("A Ukrainian drone struck an oil depot in the Bryansk region on Wednesday evening, the "
            "governor wrote.\n\n"
            "A fire started at the depot in Klintsy and burned for several hours before it was put "
            "out shortly before 7am local time on Thursday.")
    rows = _rows(text, "2025-03-06")      # a Thursday
    assert {r["location"]: str(r["event_date"]) for r in rows}.get("Klintsy") == "2025-03-05"


def test_from_date_until_date_takes_the_end():
    text = ("Russian forces launched nearly 70 strikes on the Sumy region from the morning of "
            "May 27 until the morning of May 28, wounding nine people.")
    rows = _rows(text, "2025-05-29")
    assert [(r["admin1"], str(r["event_date"]), r["injured"]) for r in rows] == [
        ("Sumy Oblast", "2025-05-28", 9)]


def test_a_man_then_he_died_is_one_killed():
    figs = find_casualties("A Russian drone dropped explosives on a 56-year-old man riding a "
                           "bicycle; he died at the scene.")
    assert [(f.field, f.value) for f in figs] == [("killed", 1)]
    assert find_casualties("He said he died a little inside.") == []


def test_late_last_night_in_a_morning_article_is_the_day_before():
    text = ("Late last night, at around 11:40 p.m., a Russian drone struck a dormitory in Sumy, "
            "injuring 11 people, the city administration said.")
    rows = _rows(text, "2025-03-12T07:30:00+02:00")
    assert [(r["location"], str(r["event_date"])) for r in rows] == [("Sumy", "2025-03-11")]
    text = "Last night a Russian drone struck a dormitory in Sumy, injuring 11 people."
    assert [str(r["event_date"]) for r in _rows(text, "2025-03-12")] == ["2025-03-12"]


def test_the_previous_night_is_the_day_before():
    text = ("Russia's defence ministry said on Tuesday that it had destroyed 127 Ukrainian drones "
            "overnight.\n\n"
            "The attack followed a Russian raid against Ukraine the previous night involving more "
            "than 300 drones.")
    rows = _rows(text, "2025-07-15")
    assert sorted((r["country"], str(r["event_date"]), r["launched"], r["intercepted"])
                  for r in rows) == [("RUS", "2025-07-15", None, 127),
                                     ("UKR", "2025-07-14", 300, None)]


def test_night_lead_leaves_a_ministry_tally_on_the_report_day():
    text = ("A Ukrainian drone struck a residential building in Kursk late on Sunday, injuring "
            "four people, the governor said.\n\n"
            "Russia's Defence Ministry reported destroying 19 Ukrainian drones over the Kursk, "
            "Belgorod and Oryol regions between 23:00 and 06:00 Moscow time.")
    rows = _rows(text, "2025-05-12")
    assert sorted((r["geo_precision"], str(r["event_date"])) for r in rows) == [
        ("country", "2025-05-12"), ("settlement", "2025-05-11")]


def test_just_after_midnight_again_is_a_new_row_next_day():
    text = ("A Russian missile struck a residential area of Kryvyi Rih on Friday evening, killing "
            "19 people.\n\n"
            "Hours later, just after midnight, Russian Shahed drones struck the city again. The "
            "head of the city's defence council said a 53-year-old man was injured.")
    rows = _rows(text, "2025-04-05")      # a Saturday
    assert sorted((str(r["event_date"]), r["weapon"], r["killed"], r["injured"])
                  for r in rows) == [("2025-04-04", "missile", 19, None),
                                     ("2025-04-05", "drone", None, 1)]


def test_western_made_weapons_downed_are_a_russian_side_tally():
    text = ("Russia's Defence Ministry said its forces had struck workshops in Kremenchuk.\n\n"
            "Its air defence units brought down four French-made Hammer guided bombs, two US-made "
            "HIMARS rockets and 52 fixed-wing drones over the past day, it said, without naming "
            "the areas.")
    waves = [r for r in _rows(text, "2025-03-05") if r["geo_precision"] == "country"]
    assert [(r["country"], r["intercepted"]) for r in waves] == [("RUS", 58)]


def test_losing_machinery_to_mines_and_drones_is_no_strike():
    text = ("Farmers in the Kharkiv and Zaporizhzhia regions have reported losing combines and "
            "tractors to mines and drones, but the ministry gave no national figure.")
    assert _rows(text, "2025-03-05") == []


def test_region_then_the_city_folds_into_the_capital_told_before():
    text = ("Russia attacked Odesa with missiles and drones for the third night in a row.\n\n"
            "The regional head said: \"Tonight the enemy again attacked the Odesa region with "
            "missiles and drones. The city's port infrastructure was hit.\" Two people have been "
            "hospitalised.")
    rows = _rows(text, "2025-03-05")
    assert [(r["geo_precision"], r["location"], r["injured"]) for r in rows] == [
        ("settlement", "Odesa", 2)]


def test_bombs_hit_a_city_district_count_for_the_city():
    text = ("Russian guided aerial bombs struck Kharkiv on Thursday, killing three people.\n\n"
            "The mayor said two bombs hit the Kyivskyi district shortly after midday.")
    rows = _rows(text, "2025-03-07")
    assert [(r["location"], r["killed"], r["launched"]) for r in rows] == [("Kharkiv", 3, 2)]
