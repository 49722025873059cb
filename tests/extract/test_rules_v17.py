"""Rules added in extractor 1.7.0 (error classes of data/eval/unseen2, extra2 and extra3, stated
as phrasings), each checked on made-up sentences: towns located "near X in the Y region", seas
and rivers, plant names, region roundups, dated background rows, lists "affected by the attack",
given names before place names, "the capital" in Russian context, tallies of glide bombs and
"all of them", passive pairs of victims, shared weapons of a multi-place sentence."""

from assets.extract.dates import find_dates
from assets.extract.extractor import extract_mentions
from assets.extract.places import find_places
from assets.extract.tallies import find_tallies
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str = "2025-04-12") -> list[dict]:
    return extract_mentions({"article_id": "v17", "text": text, "published_at": published})


def _places(rows: list[dict]) -> list[tuple]:
    return sorted((r["country"], r["admin1"] or "", r["location"] or "") for r in rows)


def _counts(text: str) -> list[tuple]:
    return [(c.field, c.wtype, c.value) for c in find_tallies(text)]


# --- places -----------------------------------------------------------------------------------

def test_town_near_x_in_its_region_is_the_town():
    rows = _rows("Russian forces struck a depot near Kupyansk in the Kharkov region on Friday.")
    assert _places(rows) == [("UKR", "Kharkiv Oblast", "Kupiansk")]


def test_region_first_then_near_town_is_the_town():
    rows = _rows("In the Sumy region, a shelter near Shostka was hit by a drone on Friday.")
    assert _places(rows) == [("UKR", "Sumy Oblast", "Shostka")]


def test_near_a_town_with_another_target_still_drops_the_reference():
    rows = _rows("A drone hit a warehouse in Vasylkiv, near Kyiv, on Friday.")
    assert _places(rows) == [("UKR", "Kyiv Oblast", "Vasylkiv")]


def test_russian_spelling_krivoi_rog():
    assert [m.location for m in find_places("Missiles struck Krivoi Rog.")] == ["Kryvyi Rih"]


def test_sea_and_river_names_are_not_towns():
    text = "Drones were downed over the Sea of Azov and near the left bank of the Dnipro."
    assert find_places(text) == []
    assert [m.location for m in find_places("Debris fell into the Dnipro River.")] == []


def test_town_named_dnipro_still_found():
    assert [m.location for m in find_places("A drone hit Dnipro overnight.")] == ["Dnipro"]


def test_plant_named_after_the_regional_capital_is_not_a_target():
    rows = _rows("Drones struck the Penza engineering plant in the town of Zarechny, in the Penza "
                 "region, on Friday.")
    assert [r["location"] for r in rows] == ["Zarechny"]


def test_plant_named_after_a_city_with_no_other_town_stays():
    rows = _rows("Drones struck the Ryazan oil refinery on Friday.")
    assert [r["location"] for r in rows] == ["Ryazan"]


def test_given_name_before_a_place_name_is_a_surname():
    places = find_places("Governor Alexander Gusev said a drone was downed.")
    assert [m.location for m in places] == []


def test_capital_in_a_russian_sentence_is_moscow():
    places = find_places("Moscow Mayor Sergei Sobyanin said drones heading for the capital "
                         "were shot down.")
    assert [m.location for m in places] == ["Moscow", "Moscow"]


def test_capital_followed_by_its_name_is_that_city():
    places = find_places("Drones hit a factory in the capital, Cheboksary, on Friday.")
    assert [m.location for m in places] == ["Cheboksary"]


def test_heading_place_yields_to_the_place_of_the_shoot_down():
    rows = _rows("Mayor Sobyanin said three drones flying towards Moscow were shot down over "
                 "Podolsk on Friday.")
    assert [(r["location"], r["intercepted"]) for r in rows] == [("Podolsk", 3)]


def test_regions_before_a_peninsula_in_one_list_stay_regions():
    places = find_places("Air defence destroyed 14 drones over the Oryol and Kursk regions and "
                         "the Crimean peninsula.")
    assert [(m.admin1, m.level) for m in places] == [
        ("Oryol Oblast", "admin1"), ("Kursk Oblast", "admin1"), ("Crimea", "admin1")]


def test_small_town_in_the_region_the_sentence_names():
    places = find_places("In Odesa Oblast, a drone damaged a grain terminal in Pivdennyi.")
    assert [(m.admin1, m.location) for m in places] == [
        ("Odesa Oblast", None), ("Odesa Oblast", "Pivdennyi")]


def test_suburbs_of_a_city_locate_another_target():
    rows = _rows("Guided bombs fell on two suburbs of Kharkiv on Friday and a drone struck the "
                 "town of Izium.")
    assert [r["location"] for r in rows] == ["Izium"]


# --- rows -------------------------------------------------------------------------------------

def test_oblast_list_affected_by_the_attack_gives_region_rows():
    rows = _rows('Quote: "Rivne, Volyn and Lviv oblasts were affected by the attack."')
    assert _places(rows) == [("UKR", "Lviv Oblast", ""), ("UKR", "Rivne Oblast", ""),
                             ("UKR", "Volyn Oblast", "")]


def test_settlement_count_roundup_keeps_the_region_row():
    rows = _rows("Over the past day, Russian forces attacked 27 settlements in the Zaporizhzhia "
                 "region, killing one person and injuring six. In Stepnohirsk, a drone hit a "
                 "car, injuring two.")
    got = {(r["admin1"], r["location"]): (r["killed"], r["injured"]) for r in rows}
    assert got == {("Zaporizhzhia Oblast", None): (1, 6),
                   ("Zaporizhzhia Oblast", "Stepnohirsk"): (None, 2)}


def test_past_day_toll_of_a_region_is_not_folded_into_a_town():
    rows = _rows("Russian attacks on Kharkiv Oblast over the past day killed three civilians and "
                 "injured eight, the governor said. Shelling killed two people in Kupiansk.")
    got = {(r["admin1"], r["location"]): (r["killed"], r["injured"]) for r in rows}
    assert got == {("Kharkiv Oblast", None): (3, 8), ("Kharkiv Oblast", "Kupiansk"): (2, None)}


def test_dated_background_sentence_gets_its_own_row():
    rows = _rows("A drone hit an apartment block in Sumy on Friday, injuring five people. "
                 "It was not the first attack. On March 3, a missile strike injured nine people "
                 "at a school.")
    got = sorted((r["location"], str(r["event_date"]), r["injured"]) for r in rows)
    assert got == [("Sumy", "2025-03-03", 9), ("Sumy", "2025-04-11", 5)]


def test_background_row_goes_to_the_place_of_the_sentence_before():
    rows = _rows("Missiles hit Odesa on Friday, killing two. A drone also hit the village of "
                 "Usatove, injuring one.\n\nOdesa has been hit repeatedly. On February 20, a "
                 "missile struck a port facility in the city, injuring four workers.")
    got = sorted((r["location"], str(r["event_date"]), r["injured"]) for r in rows)
    assert ("Odesa", "2025-02-20", 4) in got
    assert ("Usatove", "2025-02-20", 4) not in got


def test_month_dated_background_row_has_no_day():
    rows = _rows("A missile hit Chernihiv on Friday, injuring six. Chernihiv has been struck "
                 "often. In August 2023, a missile attack on the city's theatre killed seven.")
    got = sorted((r["location"], r["event_date"], r["killed"]) for r in rows
                 if r["event_date"] is None)
    assert got == [("Chernihiv", None, 7)]


def test_district_total_of_a_governor_is_a_region_row():
    rows = _rows("Drones attacked Novoshakhtinsk overnight, the governor said. \"In total, 15 "
                 "UAVs were destroyed over Novoshakhtinsk and the Kamensky and Tarasovsky "
                 "districts,\" he said.")
    got = {(r["country"], r["admin1"], r["location"]): r["intercepted"] for r in rows}
    assert got == {("RUS", "Rostov Oblast", "Novoshakhtinsk"): None,
                   ("RUS", "Rostov Oblast", None): 15}


def test_own_region_of_a_regional_governor_title():
    rows = _rows("Kursk regional governor Alexei Smirnov said the region had come under attack "
                 "and that air defences had destroyed 12 drones over the region.")
    assert [(r["admin1"], r["location"], r["intercepted"]) for r in rows] == [
        ("Kursk Oblast", None, 12)]


def test_debris_fell_in_a_governors_region():
    rows = _rows("Belgorod Region Governor Vyacheslav Gladkov said debris from a downed drone "
                 "fell on a private house. There were no casualties.")
    assert [(r["admin1"], r["location"], r["killed"], r["injured"]) for r in rows] == [
        ("Belgorod Oblast", None, 0, 0)]


def test_ukrainian_drone_struck_an_occupied_town():
    rows = _rows("The Russian-installed governor said a Ukrainian drone had struck a bus in "
                 "Nova Kakhovka, killing one passenger.")
    assert [(r["location"], r["attacker"], r["killed"]) for r in rows] == [
        ("Nova Kakhovka", "UKR", 1)]


def test_ukrainian_missile_strike_on_an_occupied_city():
    rows = _rows("The toll from Friday's Ukrainian missile strike on Donetsk rose to four.")
    assert [(r["location"], r["attacker"]) for r in rows] == [("Donetsk", "UKR")]


def test_the_citys_mayor_after_a_country_tally_is_the_town():
    rows = _rows("Ukrainian drones hit Novorossiysk on Friday, injuring two. The Defence "
                 "Ministry said 40 drones had been downed over 5 regions. A man died in "
                 "hospital, according to the city's mayor.")
    got = {(r["country"], r["location"]): (r["killed"], r["intercepted"]) for r in rows}
    assert got[("RUS", "Novorossiysk")] == (1, None)
    assert got[("RUS", None)] == (None, 40)


def test_shared_weapons_yield_to_the_place_sentence():
    rows = _rows("A combined missile and drone attack on Friday killed one person in Uman and "
                 "damaged a substation in Zhytomyr Oblast. A missile hit a warehouse in Uman. "
                 "In Zhytomyr Oblast, a drone hit an energy facility.")
    got = {r["location"] or r["admin1"]: r["weapon"] for r in rows}
    assert got == {"Uman": "missile", "Zhytomyr Oblast": "drone"}


def test_and_struck_cuts_the_clause_for_weapons():
    rows = _rows("Russian forces dropped guided bombs on the outskirts of Kupiansk and struck "
                 "Balakliia with a drone on Friday.")
    got = {r["location"]: r["weapon"] for r in rows}
    assert got == {"Balakliia": "drone"}


def test_glide_bombs_counted_for_a_place_only():
    rows = _rows("Two guided bombs hit Kostiantynivka on Friday, injuring three. Across the "
                 "front, aircraft dropped 40 aerial bombs.")
    assert [(r["location"], r["launched"]) for r in rows] == [("Kostiantynivka", 2)]


# --- tallies ----------------------------------------------------------------------------------

def test_glide_bomb_counts():
    assert _counts("Russian aircraft dropped four KAB-250 guided bombs on the town.") == [
        ("launched", "glide_bomb", 4)]
    assert _counts("Two KABs hit the village.") == [("hit", "glide_bomb", 2)]


def test_all_of_them_intercepted():
    assert _counts("Russia fired six cruise missiles at Lviv, and air defence shot down all of "
                   "them.") == [("launched", "missile", 6), ("intercepted", "missile", 6)]
    assert _counts("Russia launched nine drones; all were destroyed.") == [
        ("launched", "drone", 9), ("intercepted", "drone", 9)]


def test_part_of_flats_destroyed_is_no_interception():
    assert _counts("Of the 120 flats in the block, 30 were destroyed.") == []
    assert _counts("Of the 40 drones launched, 35 were destroyed.") == [
        ("launched", "drone", 40), ("intercepted", "drone", 35)]
    assert _counts("Of the 40 launched, 35 were destroyed.") == [("intercepted", "any", 35)]


def test_territory_of_breakdown_gives_no_region_rows():
    rows = _rows("\"Nine UAVs were destroyed over the territory of the Oryol Region, five over "
                 "the Tula Region and two over the Kaluga Region,\" the Russian Defence Ministry "
                 "said on Friday.")
    assert [r["admin1"] for r in rows] == [None]


# --- casualties and dates ---------------------------------------------------------------------

def test_passive_pair_of_victims_is_two():
    assert _figs("A 70-year-old man and his 45-year-old daughter were wounded.") == [
        ("injured", 2, "plain")]
    assert _figs("A woman and her husband were killed.") == [("killed", 2, "plain")]


def test_part_of_the_injured_is_no_figure():
    assert _figs("Four of the injured were hospitalised.") == []


def test_nth_victim_died_in_hospital_is_an_update():
    assert ("killed", 3, "update") in _figs("A third man died in hospital on Friday.")
    assert _figs("A second child died, the mayor said.") == [("killed", 1, "plain")]


def test_toll_update_stops_at_a_colon():
    figs = _figs("The toll rose: the number of injured reached 12, officials said.")
    assert figs == [("injured", 12, "update")]


def test_bringing_the_number_killed_by_a_strike_to_n():
    figs = _figs("Rescuers found two more bodies, bringing the number of people killed by "
                 "Monday's missile strike to 9.")
    assert ("killed", 9, "update") in figs


def test_capitalized_last_weekday_is_a_week_back():
    dates = find_dates("Last Friday, a missile hit the city.", date_of("2025-04-11"))
    assert [str(d.value) for d in dates] == ["2025-04-04"]


def date_of(s: str):
    from datetime import date
    return date.fromisoformat(s)


def test_injuring_her_husband_is_one_injured():
    assert _figs("A shell hit the house, killing a woman and injuring her husband.") == [
        ("killed", 1, "plain"), ("injured", 1, "plain")]


def test_drone_as_a_modifier_is_no_weapon():
    rows = _rows("A missile hit a hall in Poltava during a drone exhibition on Friday.")
    assert [(r["location"], r["weapon"]) for r in rows] == [("Poltava", "missile")]


def test_date_in_a_where_clause_does_not_date_the_attack():
    rows = _rows("In the Bryansk region, where a train derailed on Monday, a drone hit a car in "
                 "the town of Klintsy, injuring two.", published="2025-04-12")
    assert [(r["location"], str(r["event_date"])) for r in rows] == [("Klintsy", "2025-04-12")]


def test_tally_with_no_side_cue_in_an_article_about_russia():
    rows = _rows("Ukrainian drones hit a depot in Tikhoretsk on Friday. Later, 17 drones were "
                 "shot down overnight, officials said.")
    assert sorted((r["country"], r["location"] or "", r["intercepted"]) for r in rows) == [
        ("RUS", "", 17), ("RUS", "Tikhoretsk", None)]


def test_hyphenated_town_before_district_is_a_rural_district():
    places = find_places("Russian drones attacked the Novhorod-Siverskyi district overnight.")
    assert [(m.admin1, m.level) for m in places] == [("Chernihiv Oblast", "admin1")]


def test_town_named_in_a_plant_name_that_was_hit():
    rows = _rows("The Burshtyn thermal power plant in the Ivano-Frankivsk region was also hit by "
                 "a missile on Friday.")
    assert [(r["admin1"], r["location"]) for r in rows] == [
        ("Ivano-Frankivsk Oblast", "Burshtyn")]


def test_occasional_damage_is_background():
    assert _rows("Farmers still face occasional damage to grain silos in the Mykolaiv region "
                 "from Russian attacks.") == []


def test_capital_described_is_a_speaker():
    rows = _rows("Ukrainian drones attacked a depot in Tuapse on Friday, in what Kyiv described "
                 "as a strike on military logistics.")
    assert [r["location"] for r in rows] == ["Tuapse"]


def test_live_blog_time_stamps_rank_updates():
    rows = _rows("A missile hit Poltava on Friday morning.\n\n"
                 "16:30 — The latest figures: 9 people killed and 40 wounded.\n\n"
                 "12:10 — Four people were killed, officials said.\n\n"
                 "09:05 — Two people were killed and 11 injured, the mayor says.")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [("Poltava", 9, 40)]


def test_taken_to_hospital_is_injured():
    assert _figs("The minister said 12 people had been taken to hospital.") == [
        ("injured", 12, "plain")]
    assert _figs("Two of the injured were taken to hospital.") == []


def test_bulletin_items_take_the_date_of_the_lead():
    rows = _rows("Russian forces shelled three villages of the Sumy region on Thursday, the "
                 "regional administration said on Saturday.\n\n"
                 "Bilopillia: a drone hit a shop, injuring two people.\n\n"
                 "Background: Vorozhba was hit by a missile, injuring one.")
    got = {r["location"]: str(r["event_date"]) for r in rows}
    assert got["Bilopillia"] == "2025-04-10"
    assert got["Vorozhba"] == "2025-04-12"


def test_the_republic_claim_is_the_region_row_attacked_by_ukraine():
    rows = _rows("Ukrainian shelling hit a market in Horlivka on Friday, injuring two people. "
                 "Russia's Defence Ministry said air defence systems shot down six rockets over "
                 "the territory of the republic on Friday.")
    got = {(r["admin1"], r["location"]): (r["intercepted"], r["attacker"]) for r in rows}
    assert got == {("Donetsk Oblast", "Horlivka"): (None, "UKR"),
                   ("Donetsk Oblast", None): (6, "UKR")}


def test_the_capital_after_russian_rows_is_moscow():
    rows = _rows("Ukrainian drones hit a depot in Tula on Friday. Separately, five drones flying "
                 "towards the capital were shot down, the mayor said.")
    assert [(r["location"], r["intercepted"]) for r in rows] == [("Tula", None), ("Moscow", 5)]
    rows = _rows("Russian drones hit a depot in Odesa on Friday. Separately, five drones flying "
                 "towards the capital were shot down.")
    assert [(r["location"], r["intercepted"]) for r in rows] == [("Odesa", None), ("Kyiv", 5)]


def test_village_named_like_a_distant_city_is_a_local_village():
    rows = _rows("Belgorod Governor Vyacheslav Gladkov said a Ukrainian drone struck a car in the "
                 "village of Murom, injuring the driver.")
    assert [(r["admin1"], r["location"], r["injured"]) for r in rows] == [
        ("Belgorod Oblast", "Murom", 1)]


def test_one_region_interception_claim_is_not_folded_into_a_town():
    rows = _rows("Russian air defence systems intercepted eight missiles over the Kursk Region on "
                 "Friday. A drone also attacked a car in the town of Rylsk, injuring the driver.")
    got = {(r["admin1"], r["location"]): (r["intercepted"], r["injured"]) for r in rows}
    assert got == {("Kursk Oblast", None): (8, None), ("Kursk Oblast", "Rylsk"): (None, 1)}


def test_a_determiner_before_refinery_is_no_place_name():
    rows = _rows("Drones hit the Krasnodar region on Friday, the governor said. An oil refinery "
                 "was damaged and several cars caught fire.")
    assert [r["location"] for r in rows if r["location"]] == []


def test_anniversary_background_row_takes_the_town_of_the_lead():
    rows = _rows("Kharkiv residents lit candles on Saturday outside the rebuilt printing house.\n\n"
                 "On May 23, 2024, a Russian missile hit the building, killing seven workers.",
                 published="2025-05-24")
    assert [(r["location"], str(r["event_date"]), r["killed"]) for r in rows] == [
        ("Kharkiv", "2024-05-23", 7)]


def test_destroyed_a_plant_is_an_impact_not_an_interception():
    rows = _rows("A Russian missile and drone attack on Friday destroyed the Zmiivska thermal "
                 "power plant in Kharkiv Oblast, the largest supplier for the Kharkiv and Poltava "
                 "regions, the operator said.")
    assert [(r["admin1"], r["location"]) for r in rows] == [("Kharkiv Oblast", None)]


def test_neither_intercepted_is_zero():
    assert _counts("Russia fired two ballistic missiles at Poltava; neither was intercepted.") == [
        ("launched", "missile", 2), ("intercepted", "missile", 0)]
    assert _counts("Russia fired 3 missiles at Odesa; none of them were shot down.") == [
        ("launched", "missile", 3), ("intercepted", "missile", 0)]
    assert _counts("Air defence shot down 40 drones; the two missiles were not intercepted.") == [
        ("intercepted", "drone", 40), ("intercepted", "missile", 0)]


def test_region_total_before_its_town_breakdown_keeps_its_row():
    rows = _rows("Five people were wounded in Russian attacks in Kharkiv Oblast, the regional "
                 "administration said. Three were wounded in Kupiansk and two in Balakliia.")
    got = {(r["admin1"], r["location"]): r["injured"] for r in rows}
    assert got == {("Kharkiv Oblast", None): 5, ("Kharkiv Oblast", "Kupiansk"): 3,
                   ("Kharkiv Oblast", "Balakliia"): 2}


def test_region_figure_of_one_town_still_folds():
    rows = _rows("In the Sumy region, a drone attack killed two people on Friday. In Shostka, two "
                 "men died when a drone hit their car.")
    assert [(r["admin1"], r["location"], r["killed"]) for r in rows] == [
        ("Sumy Oblast", "Shostka", 2)]
