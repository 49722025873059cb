"""Rules added in extractor 1.17.0 (error classes of data/eval/unseen11, unseen8 and unseen7,
stated as phrasings), each checked on made-up sentences: "a staging ground for attacks on X",
"hit increasingly often since Ukraine's incursion", "the Kiev regime", "Kyiv has said" and "in
what appeared to be ..." give no row; a mixed claim over one region is that region's row; "the
village of X" and "X in the Y district" whose namesakes lie elsewhere are places of the region
told; "the city's X district" is the town told before; "The refinery was also targeted on
August 7, when ..." is an earlier row; a bare "Four were shot down" is the row before; "killed
five in the X region: two in A, ..." keeps the region's row; "Hours later" keeps the day; a town
told "separately" on another day is another row; small casualty phrasings."""

from assets.extract.casualties import find_casualties
from assets.extract.extractor import extract_mentions


def _rows(text: str, published: str = "2025-03-06") -> list[dict]:
    return extract_mentions({"article_id": "v117", "text": text, "published_at": published})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], str(r["event_date"]), r["killed"], r["injured"])
            for r in rows]


def test_staging_ground_for_attacks_is_no_strike():
    text = ("Officials in Kyiv say Russian units use the Kursk region as a staging ground for "
            "attacks on Sumy, about 40 km away.")
    assert _rows(text) == []


def test_hit_increasingly_often_since_an_incursion_is_background():
    text = ("A drone hit a shop in Sumy on Tuesday, injuring two people, the governor said.\n\n"
            "The city has been hit increasingly often since Ukraine's incursion into the "
            "neighbouring Kursk region last year.")
    assert _brief(_rows(text, "2025-03-05")) == [("Sumy Oblast", "Sumy", "2025-03-04", None, 2)]


def test_the_kiev_regime_is_no_place():
    text = ("Russian missiles hit an airfield in Myrhorod on Sunday, the ministry said, adding "
            "that depots of the Kiev regime had been destroyed.")
    rows = _rows(text, "2025-03-03")
    assert [r["location"] for r in rows] == ["Myrhorod"]


def test_kyiv_has_said_is_a_speaker():
    text = ("Ukrainian drones hit a fuel depot in Bryansk on Monday, the governor said.\n\n"
            "In the past, Kyiv has said its strikes target energy sites that supply the army.")
    rows = _rows(text, "2025-03-04")
    assert [r["location"] for r in rows] == ["Bryansk"]


def test_in_what_appeared_to_be_names_no_target():
    text = ("Russia's Defence Ministry said its air defences had destroyed 120 drones over "
            "seven regions, in what appeared to be the largest attack on Moscow this year.")
    rows = _rows(text)
    assert [(r["geo_precision"], r["location"], r["intercepted"]) for r in rows] == [
        ("country", None, 120)]


def test_mixed_claim_over_one_region_is_the_regions_row():
    text = ("Russia's Defence Ministry said its air defences had shot down four ATACMS missiles "
            "and nine drones over the Crimean peninsula overnight.")
    rows = _rows(text)
    assert [(r["admin1"], r["geo_precision"], r["weapon"], r["intercepted"]) for r in rows] == [
        ("Crimea", "admin1", "mixed", 13)]


def test_mixed_claim_keeps_a_breakdown_over_places_a_country_row():
    text = ("Russia's Defence Ministry said its air defences had shot down 30 drones over "
            "the Bryansk region and 12 drones over the Kursk region overnight.")
    rows = _rows(text)
    assert [(r["geo_precision"], r["intercepted"]) for r in rows] == [("country", 42)]


def test_village_of_after_a_russian_region_is_that_regions():
    text = ("A Ukrainian drone hit a car in Shebekino in Russia's Belgorod region on Wednesday, "
            "injuring two people, the governor said.\n\n"
            "Later the village of Zhuravlevka came under artillery fire, and a man was injured.")
    rows = _rows(text, "2025-03-05")
    assert [(r["country"], r["admin1"], r["location"], r["attacker"], r["injured"])
            for r in rows] == [
        ("RUS", "Belgorod Oblast", "Shebekino", "UKR", 2),
        ("RUS", "Belgorod Oblast", "Zhuravlevka", "UKR", 1)]


def test_village_in_a_named_district_is_of_the_districts_region():
    text = ("A guided bomb destroyed a house in the village of Hremiach in the "
            "Novhorod-Siverskyi district on Sunday, killing two people, the governor said.")
    rows = _rows(text, "2025-03-03")
    assert _brief(rows) == [("Chernihiv Oblast", "Hremiach", "2025-03-02", 2, None)]


def test_village_in_a_district_across_the_border():
    text = ("A drone struck a house in the village of Bezlyudovka in the Shebekino district on "
            "Sunday, killing a woman, Governor Gladkov said.")
    rows = _rows(text, "2025-03-03")
    assert [(r["country"], r["admin1"], r["location"], r["killed"]) for r in rows] == [
        ("RUS", "Belgorod Oblast", "Bezlyudovka", 1)]


def test_the_citys_district_is_the_town_told_before():
    text = ("A Russian missile hit a school in Kryvyi Rih on Thursday, injuring five people.\n\n"
            "It came a day after a drone strike in the city's Inhulets district on Wednesday "
            "damaged a shop. No one was hurt then.")
    rows = _rows(text, "2025-03-07")
    assert _brief(rows) == [("Dnipropetrovsk Oblast", "Kryvyi Rih", "2025-03-06", None, 5),
                            ("Dnipropetrovsk Oblast", "Kryvyi Rih", "2025-03-05", 0, 0)]


def test_the_citys_adjectival_district_is_the_town_last_named():
    text = ("Russian glide bombs hit Zaporizhzhia on Tuesday, injuring 12 people.\n\n"
            "\"The enemy keeps hitting the city,\" the governor said.\n\n"
            "On Sunday, a drone strike on the city's Komunarskyi district injured three people.")
    rows = _rows(text, "2025-03-05")
    assert _brief(rows) == [("Zaporizhzhia Oblast", "Zaporizhzhia", "2025-03-04", None, 12),
                            ("Zaporizhzhia Oblast", "Zaporizhzhia", "2025-03-02", None, 3)]


def test_the_thing_also_hit_on_a_day_is_an_earlier_row_of_its_town():
    text = ("Ukrainian drones attacked the Afipsky oil refinery in Russia's Krasnodar Krai "
            "overnight, injuring two workers, officials said on Thursday.\n\n"
            "The refinery was also targeted on February 20, when a drone strike injured one "
            "worker.")
    rows = _rows(text, "2025-03-06")
    assert _brief(rows) == [("Krasnodar Krai", "Afipsky", "2025-03-06", None, 2),
                            ("Krasnodar Krai", "Afipsky", "2025-02-20", None, 1)]


def test_the_thing_also_hit_in_a_month_is_a_month_row():
    text = ("Russian drones hit a printing plant in Kharkiv on Tuesday, injuring seven people."
            "\n\nThe plant was also hit in May 2024, when a missile strike killed five of its "
            "employees.")
    rows = _rows(text, "2025-03-05")
    assert [(r["location"], r["event_date"], r["date_precision"], r["killed"], r["injured"])
            for r in rows][1:] == [("Kharkiv", None, "month", 5, None)]


def test_a_bare_number_shot_down_is_the_row_before():
    text = ("Ukrainian drones attacked a substation in Melitopol overnight, the Russian-installed "
            "governor said on Wednesday.\n\n"
            "\"The enemy launched five drones at the city. Three were shot down by air "
            "defence,\" he wrote. Nobody was hurt, he said.")
    rows = _rows(text, "2025-03-05")
    assert [(r["location"], r["launched"], r["intercepted"], r["killed"], r["injured"])
            for r in rows] == [("Melitopol", 5, 3, 0, 0)]


def test_region_toll_then_shares_after_a_colon():
    text = ("Russian attacks killed four civilians in the Donetsk region on Monday, the governor "
            "said on Tuesday: two in Pokrovsk, one in Kostiantynivka and one in Druzhkivka. "
            "Another 11 people were wounded.")
    rows = _rows(text, "2025-03-04")
    assert sorted(_brief(rows), key=str) == sorted([
        ("Donetsk Oblast", None, "2025-03-03", 4, 11),
        ("Donetsk Oblast", "Pokrovsk", "2025-03-03", 2, None),
        ("Donetsk Oblast", "Kostiantynivka", "2025-03-03", 1, None),
        ("Donetsk Oblast", "Druzhkivka", "2025-03-03", 1, None)], key=str)


def test_hours_later_keeps_the_day_of_the_row_told():
    text = ("Russian missiles struck the city of Dnipro on Thursday afternoon, killing three "
            "people.\n\n"
            "Hours later, drones attacked the town of Pavlohrad, damaging a depot. No one was "
            "injured.")
    rows = _rows(text, "2025-03-07")
    assert _brief(rows) == [("Dnipropetrovsk Oblast", "Dnipro", "2025-03-06", 3, None),
                            ("Dnipropetrovsk Oblast", "Pavlohrad", "2025-03-06", 0, 0)]


def test_a_town_told_separately_on_another_day_is_another_row():
    text = ("In Tokmak, a Ukrainian strike on the administration building wounded three "
            "employees, Russian-installed officials said.\n\n"
            "Ukraine's army said separately that it had destroyed an ammunition depot near "
            "Tokmak on Tuesday evening.")
    rows = _rows(text, "2025-03-05")
    assert [(r["location"], str(r["event_date"]), r["injured"]) for r in rows] == [
        ("Tokmak", "2025-03-05", 3), ("Tokmak", "2025-03-04", None)]


def test_lead_attacks_on_villages_dates_the_village_paragraphs():
    text = ("A man was killed in Ukrainian drone attacks on villages in Russia's Belgorod region "
            "on Sunday, the governor said on Monday.\n\n"
            "The man died when a drone struck his car in the village of Bezlyudovka in the "
            "Shebekino district. Her son-in-law was wounded by shrapnel.")
    rows = _rows(text, "2025-03-03")
    village = [r for r in rows if r["location"] == "Bezlyudovka"]
    assert [(str(r["event_date"]), r["killed"], r["injured"]) for r in village] == [
        ("2025-03-02", 1, 1)]


def test_employee_of_the_facility_was_injured():
    figs = find_casualties("A 45-year-old employee of the plant was injured.")
    assert [(f.field, f.value) for f in figs] == [("injured", 1)]


def test_wounding_him_is_one_injured():
    figs = find_casualties("A drone dropped a grenade on a man on a bicycle, seriously "
                           "wounding him.")
    assert [(f.field, f.value) for f in figs] == [("injured", 1)]


def test_his_kin_was_wounded_is_one_injured():
    figs = find_casualties("His daughter-in-law was slightly wounded.")
    assert [(f.field, f.value) for f in figs] == [("injured", 1)]


def test_a_figure_stays_in_its_semicolon_part():
    text = ("Russian drones attacked Antonivka and Beryslav on Thursday. In Antonivka, a drone "
            "dropped a grenade on a man riding a bicycle, seriously wounding him; in Beryslav, "
            "an elderly woman was killed in her yard.")
    rows = _rows(text, "2025-03-07")
    assert {r["location"]: (r["killed"], r["injured"]) for r in rows} == {
        "Antonivka": (None, 1), "Beryslav": (1, None)}


def test_the_attack_took_place_on_redates_a_report_dated_row():
    text = ("Two people were injured when Ukrainian forces struck a shop in the occupied town "
            "of Akimovka, the Russian-installed governor of the Zaporizhzhia region said on "
            "Thursday.\n\n"
            "He wrote that the attack took place on Wednesday afternoon.")
    rows = _rows(text, "2025-03-06")
    assert _brief(rows) == [("Zaporizhzhia Oblast", "Yakymivka", "2025-03-05", None, 2)]


def test_russian_style_spelling_of_velyka_bilozerka():
    text = "Ukrainian troops shelled Bolshaya Belozerka on Monday, injuring a man."
    rows = _rows(text, "2025-03-04")
    assert _brief(rows) == [("Zaporizhzhia Oblast", "Velyka Bilozerka", "2025-03-03", None, 1)]


def test_region_toll_before_shares_borrows_no_weapon():
    text = ("Russian attacks killed three civilians in the Donetsk region on Monday, the governor "
            "said on Tuesday: two in Pokrovsk and one in Druzhkivka.\n\n"
            "In Pokrovsk, artillery hit the market. A drone struck a car in Druzhkivka.")
    rows = extract_mentions({"article_id": "v117", "text": text, "published_at": "2025-03-04",
                             "title": "Three killed in Donetsk region; missile hits Kramatorsk"})
    assert {r["location"]: r["weapon"] for r in rows} == {
        None: "unknown", "Pokrovsk": "artillery", "Druzhkivka": "drone"}


def test_a_district_measured_from_a_city_is_the_regions():
    text = ("Ukrainian drones targeted a gas plant in Russia's Astrakhan region overnight, the "
            "governor said on Tuesday.\n\n"
            "He said debris had caused a fire at the plant in the Krasnoyarsky district, some 60 "
            "kilometres north-east of the city of Astrakhan. \"There are no casualties,\" he "
            "wrote.")
    rows = _rows(text, "2025-03-04")
    assert [(r["admin1"], r["location"], r["killed"], r["injured"]) for r in rows] == [
        ("Astrakhan Oblast", None, 0, 0)]


def test_used_n_missiles_in_the_strike_is_the_row_told():
    text = ("Russian missiles struck the centre of Sumy on Sunday morning, killing 20 people.\n\n"
            "Russia used two Iskander-M ballistic missiles in the strike, the military says.")
    rows = _rows(text, "2025-03-09")
    assert [(r["location"], r["launched"], r["killed"]) for r in rows] == [("Sumy", 2, 20)]


def test_head_of_the_region_names_no_region_struck():
    text = ("Three people were killed when artillery shelled a market in the Kuibyshevsky "
            "district of Donetsk on Tuesday morning, the Russian-installed authorities said.\n\n"
            "Denis Pushilin, the Moscow-appointed head of the region, said the shells landed "
            "among stalls shortly after 9 a.m. City head Alexei Kulemzin had earlier reported "
            "four injured.")
    rows = _rows(text, "2025-03-04")
    assert [(r["admin1"], r["location"], r["killed"], r["injured"]) for r in rows] == [
        ("Donetsk Oblast", "Donetsk", 3, 4)]


def test_had_earlier_reported_is_a_stale_figure():
    figs = find_casualties("The mayor had earlier reported four injured.")
    assert [(f.field, f.value, f.kind) for f in figs] == [("injured", 4, "stale")]


def test_a_dated_district_sentence_in_a_one_town_article_is_that_towns():
    text = ("Russian drones hit an apartment block in Kharkiv overnight, injuring 12 people, the "
            "mayor said on Monday.\n\n"
            "It was the third attack on the city in a week. Last Tuesday, a Russian drone struck "
            "a bakery in the Slobidskyi district, killing two workers.")
    rows = _rows(text, "2025-03-10")
    assert _brief(rows) == [("Kharkiv Oblast", "Kharkiv", "2025-03-10", None, 12),
                            ("Kharkiv Oblast", "Kharkiv", "2025-03-04", 2, None)]


def test_an_undated_district_clause_stays_with_the_nights_row():
    text = ("Russian drones and a glide bomb hit Zaporizhzhia overnight, injuring 17 people, the "
            "governor said on Saturday.\n\n"
            "The first explosions were heard at around 23:40 on Friday, when a drone hit a "
            "building in the Shevchenkivskyi district.")
    rows = _rows(text, "2025-03-08")
    assert [r["location"] for r in rows] == ["Zaporizhzhia"]


def test_a_dated_district_sentence_after_the_town_is_named():
    text = ("Russian drones hit Kharkiv on Sunday night, injuring 12 people, the mayor said on "
            "Monday.\n\n"
            "Elsewhere in the region, a guided bomb struck a warehouse in the town of "
            "Shevchenkove on Sunday.\n\n"
            "Kharkiv had been hit by drones three nights in a row. On Friday, a drone attack on "
            "an industrial site in the Osnovianskyi district injured two workers.")
    rows = _rows(text, "2025-03-10")
    assert [(r["location"], str(r["event_date"]), r["injured"]) for r in rows] == [
        ("Kharkiv", "2025-03-09", 12), ("Shevchenkove", "2025-03-09", None),
        ("Kharkiv", "2025-03-07", 2)]
