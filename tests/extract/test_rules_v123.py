"""Rules added in extractor 1.23.0 (error classes of data/eval/unseen17, stated as phrasings and
attribution mechanisms), each checked on made-up sentences. Places: the state that acts ("as
Moscow unleashed", "a claim Kyiv dismissed"), parks, squares and lower-case streets, habits told
in the pluperfect, "the X region around the capital", "the Crimean port of X", "X itself was
hit", "front-line areas around X", a speaker's home, distances, threats, denied hits, a colon
list after "came under fire", "set fire to", straits and bays, "X's Russian-installed governor",
"in his city", a village of the region the sentence names, "the regional capital", a list's
first place, Sievierodonetsk.
Casualties: a guard "at the plant", "a third person, a woman of 60, had died", an elided figure
after an implied one, "nobody in the city", "her neighbour". Counts: houses "five of them
destroyed", "targeted by N drones", "N over A and M over B", "had also been destroyed",
"detected and destroyed", "N missiles and drones". Attribution: asides on a place's past, a
region's count before "adding that", an occupation lead's attacker, "that day", a ministry's
share, drones over land beside boats at sea, "The city was ...", a week-old attack's weapons, a
new weapon subject's clause, a separate later attack on the city, an earlier one "in the same
district", a month-only earlier attack, "N incidents in April alone", a toll report's row, "over
X and N districts of the region", a next-day report. Dates: "after ... attacks last week", "a
day after a missile ...", "wrote on Telegram early on Tuesday", "earlier in the month", "Last
August". Sentences: "a.m." closing a sentence. Each fails on 1.22.0."""

from assets.extract.casualties import find_casualties
from assets.extract.extractor import extract_mentions
from assets.extract.sentences import split_sentences
from assets.extract.tallies import find_tallies


def _rows(text: str, published: str = "2024-05-02T10:00:00+03:00", title: str | None = None
          ) -> list[dict]:
    return extract_mentions({"article_id": "v123", "text": text, "published_at": published,
                             "title": title})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], str(r["event_date"]), r["killed"], r["injured"],
             r["launched"]) for r in rows]


def _counts(text: str) -> list[tuple]:
    return [(c.field, c.wtype, c.value) for c in find_tallies(text)]


def _figures(text: str) -> list[tuple]:
    return [(f.field, f.value) for f in find_casualties(text)]


# --- places: who acts, what is named, what only locates ----------------------------------------

def test_the_state_that_unleashes_a_barrage_is_no_struck_place():
    rows = _rows("Russian missiles slammed into the centre of Kyiv on Tuesday, killing three "
                 "people and wounding 14 in the capital, police said, as Moscow unleashed its "
                 "heaviest barrage in weeks.")
    assert _brief(rows) == [("Kyiv City", "Kyiv", "2024-04-30", 3, 14, None)]


def test_a_claim_the_capital_dismissed_names_no_struck_place():
    rows = _rows("A Russian drone hit a school in Kupiansk on Tuesday, injuring three people. "
                 "Moscow said it had struck a depot in Kupiansk, a claim Kyiv dismissed.")
    assert [r["location"] for r in rows] == ["Kupiansk"]


def test_a_park_and_a_lower_case_street_named_after_towns_are_no_places():
    rows = _rows("A Russian missile fell near a fountain in Poltava Park in Kharkiv on Tuesday, "
                 "and a shell hit a house on Lutsk street, injuring four people.")
    assert [(r["location"], r["injured"]) for r in rows] == [("Kharkiv", 4)]


def test_a_town_targeted_before_is_no_strike_told():
    rows = _rows("A Russian missile hit Dnipro on Tuesday, killing two people. Dnipro, a city of "
                 "one million, had been targeted before, with missiles falling near the city in "
                 "March.")
    assert _brief(rows) == [("Dnipropetrovsk Oblast", "Dnipro", "2024-04-30", 2, None, None)]


def test_the_region_around_the_capital_is_no_capital():
    rows = _rows("In the Kyiv region around the capital, two people were killed when a drone hit "
                 "a house on Tuesday.")
    assert _brief(rows) == [("Kyiv Oblast", None, "2024-04-30", 2, None, None)]


def test_the_crimean_port_of_a_town_is_the_town():
    rows = _rows("A fire broke out at a fuel depot in the Crimean port of Kerch after a Ukrainian "
                 "drone attack overnight, the head of Crimea said.")
    assert [(r["admin1"], r["location"]) for r in rows] == [("Crimea", "Kerch")]


def test_a_town_itself_was_hit():
    rows = _rows("Russian forces shelled the Pokrov community on Tuesday. Marhanets itself was "
                 "hit twice, and a 50-year-old man was wounded.")
    assert ("Marhanets", 1) in [(r["location"], r["injured"]) for r in rows]


def test_front_line_areas_around_towns_are_no_struck_towns():
    rows = _rows("A Russian drone hit a shop in Kupiansk on Tuesday, wounding two people. The "
                 "administration recorded 300 attacks on 15 settlements, mostly in front-line "
                 "areas around Vovchansk and Velykyi Burluk.")
    assert [r["location"] for r in rows] == ["Kupiansk"]


def test_a_quoted_speakers_home_is_no_struck_place():
    rows = _rows("A Ukrainian drone hit a barn in Glushkovo on Sunday, the governor said. "
                 '"We hear the drones every night," said Irina, a resident of Rylsk.',
                 published="2024-05-06T10:00:00+03:00")
    assert [r["location"] for r in rows] == ["Glushkovo"]


def test_a_region_a_distance_is_measured_from_is_no_struck_place():
    rows = _rows("A Ukrainian drone hit a warehouse in Shakhty on Tuesday, injuring one worker. "
                 "Shakhty lies about 50 kilometres from the border with occupied parts of "
                 "Ukraine's Luhansk region, and its airfield was struck by debris.")
    assert [(r["country"], r["location"]) for r in rows] == [("RUS", "Shakhty")]


def test_a_threat_that_attacks_will_not_go_unanswered_is_no_strike():
    rows = _rows("Ukrainian drones hit an oil depot in Feodosia on Tuesday. The Kremlin said that "
                 "attacks on Crimea would not go unanswered.")
    assert [(r["admin1"], r["location"]) for r in rows] == [("Crimea", "Feodosiya")]


def test_blasts_heard_where_no_facilities_had_been_hit_is_no_strike():
    rows = _rows("A Russian missile killed two people in Uman on Tuesday. In Smila, residents "
                 "reported loud explosions, but officials said no facilities had been hit.")
    assert [r["location"] for r in rows] == ["Uman"]


def test_the_list_after_came_under_fire_names_struck_places():
    rows = _rows("Nine communities came under fire: Vorozhba, Khotin and Esman, the regional "
                 "administration said on Tuesday.")
    assert sorted(r["location"] for r in rows) == ["Esman", "Khotin", "Vorozhba"]


def test_set_fire_to_a_refinery_in_a_town():
    rows = _rows("A Ukrainian drone attack set fire to the refinery in Syzran on Tuesday.")
    assert [(r["admin1"], r["location"]) for r in rows] == [("Samara Oblast", "Syzran")]


def test_a_ship_hit_in_a_strait_is_at_sea():
    rows = _rows("Ukrainian sea drones hit the port of Novorossiysk on Tuesday. The following "
                 "night a tanker was hit by a sea drone in the Kerch Strait.")
    assert [r["location"] for r in rows] == ["Novorossiysk"]


def test_a_towns_russian_installed_governor_speaks_of_the_city():
    rows = _rows("Sevastopol's Russian-installed governor said on Tuesday that a drone had "
                 "damaged a substation in the city.")
    assert [(r["admin1"], r["location"]) for r in rows] == [("Sevastopol", "Sevastopol")]


def test_a_towns_governor_counts_the_victims_in_his_city():
    rows = _rows("Mykolaiv's governor said five people were killed and 12 injured in his city "
                 "on Tuesday, where a missile hit a hotel.")
    assert _brief(rows) == [("Mykolaiv Oblast", "Mykolaiv", "2024-04-30", 5, 12, None)]


def test_a_village_of_the_region_the_sentence_names_not_a_namesake_across_the_border():
    rows = _rows("In the Kursk region, the governor said Ukrainian forces had shelled the village "
                 "of Krupets on Tuesday, damaging a power line.")
    assert [(r["country"], r["admin1"], r["location"]) for r in rows] == [
        ("RUS", "Kursk Oblast", "Krupets")]


def test_the_regional_capital_of_the_governors_region():
    rows = _rows("Kursk Region Governor Ivan Petrov said a drone had damaged a warehouse in the "
                 "regional capital on Tuesday.")
    assert [(r["admin1"], r["location"]) for r in rows] == [("Kursk Oblast", "Kursk")]


def test_each_list_keeps_its_first_place_beside_an_unlisted_plant_name():
    rows = _rows("A Ukrainian drone attack set fire to the Lukoil refinery in the port of "
                 "Tuapse on Tuesday.")
    assert [(r["admin1"], r["location"]) for r in rows] == [("Krasnodar Krai", "Tuapse")]


def test_sievierodonetsk_is_named_in_the_national_transliteration():
    rows = _rows("Russian artillery shelled Severodonetsk on Tuesday, wounding three people.")
    assert [r["location"] for r in rows] == ["Sievierodonetsk"]


# --- casualties ---------------------------------------------------------------------------------

def test_a_guard_at_the_plant_suffered_wounds():
    assert _figures("A night watchman at the plant suffered burns, the governor said.") == [
        ("injured", 1)]


def test_an_nth_victim_with_an_apposition_died():
    assert _figures("The mayor said a third person, a 60-year-old woman, had died in "
                    "hospital.") == [
        ("killed", 3)]


def test_a_figure_elided_after_an_implied_one():
    assert _figures("A woman was killed in Siversk and one in Lyman.") == [
        ("killed", 1), ("killed", 1)]


def test_nobody_in_the_city_had_been_hurt_is_zero():
    assert _figures("The mayor said nobody in the city had been hurt.") == [
        ("killed", 0), ("injured", 0)]


def test_her_neighbour_injured_is_one():
    assert _figures("Shelling killed a man in Dniprovske and injured his neighbour.") == [
        ("killed", 1), ("injured", 1)]


# --- tallies ------------------------------------------------------------------------------------

def test_houses_five_of_them_destroyed_are_no_interceptions():
    assert _counts("Three drones struck the town, and 14 houses were damaged, four of them "
                   "destroyed.") == [("hit", "drone", 3)]


def test_a_city_targeted_by_drones_counts_them_as_hits():
    assert _counts("The city was targeted by 17 drones, the mayor said.") == [
        ("hit", "drone", 17)]


def test_counts_over_two_regions_add_up_without_more():
    assert _counts("Air defences destroyed five drones over the Tula region and two over the "
                   "Oryol region.") == [("intercepted", "drone", 7)]


def test_had_also_been_destroyed_is_an_interception():
    assert _counts("Nine drones had also been destroyed over the peninsula.") == [
        ("intercepted", "drone", 9)]


def test_detected_and_destroyed_is_an_interception():
    assert _counts("Twelve UAVs were detected and destroyed over the region.") == [
        ("intercepted", "drone", 12)]


def test_missiles_and_drones_is_one_total_beside_its_parts():
    rows = _rows("Russia attacked Ukraine with 90 missiles and drones on Tuesday, the air force "
                 "said. It fired 60 missiles and 30 drones, and air defences destroyed 70 of "
                 "them.")
    assert [(r["geo_precision"], r["launched"]) for r in rows] == [("country", 90)]


# --- attribution --------------------------------------------------------------------------------

def test_an_aside_on_a_towns_past_does_not_make_the_strike_background():
    rows = _rows("Missiles also hit Rivne, where a bus was struck near a junction, and Lutsk, "
                 "which has been shelled repeatedly for days.")
    assert [r["location"] for r in rows] == ["Rivne", "Lutsk"]


def test_a_regions_count_before_adding_that_debris_hit_a_town():
    rows = _rows("Air defences destroyed 14 Ukrainian drones over the Kursk region overnight, "
                 "the governor said on Tuesday, adding that debris had damaged a garage in "
                 "Kurchatov.")
    assert sorted((r["location"] or "", r["intercepted"]) for r in rows) == [
        ("", 14), ("Kurchatov", None)]


def test_an_occupation_lead_gives_ukraine_as_attacker_of_the_towns_told_next():
    rows = _rows("The Russian-appointed administration of the Zaporizhzhia region said on "
                 "Tuesday that Ukrainian forces had shelled several towns. Two women died in "
                 "Tokmak when a shell hit a shop.")
    assert [(r["location"], r["attacker"], r["killed"]) for r in rows] == [
        ("Tokmak", "UKR", 2)]


def test_a_tally_of_that_day_takes_the_day_of_the_row_told_before():
    rows = _rows("Rescuers in Kremenchuk ended their search on Thursday after recovering 20 "
                 "bodies, making Monday's Russian missile strike on a mall one of the deadliest "
                 "this year.\n\nThe air force said the mall was hit by a Kh-22 missile. Russia "
                 "fired 30 missiles across Ukraine that day, of which 20 were shot down.",
                 published="2024-05-02T18:00:00+03:00")
    assert [(r["geo_precision"], str(r["event_date"])) for r in rows] == [
        ("settlement", "2024-04-29"), ("country", "2024-04-29")]


def test_a_ministrys_share_over_one_region_is_part_of_its_total():
    rows = _rows("Russia's Defence Ministry said it had shot down 80 Ukrainian drones over "
                 "seven regions overnight. It said 30 of them had been downed over the Bryansk "
                 "region.")
    assert [(r["geo_precision"], r["intercepted"]) for r in rows] == [("country", 80)]


def test_drones_over_land_beside_boats_at_sea_are_counted():
    rows = _rows("Russia's Defence Ministry said it had destroyed 40 Ukrainian drones over the "
                 "Kursk and Bryansk regions, as well as three uncrewed boats in the Black Sea.")
    assert [(r["country"], r["intercepted"]) for r in rows] == [("RUS", 40)]


def test_the_city_opening_a_sentence_is_the_town_told_before():
    rows = _rows("Russia attacked Odesa with drones on Tuesday, injuring two people.\n\n"
                 "Rescuers worked through the night.\n\n"
                 "The city was targeted by 15 drones, the mayor said.")
    assert _brief(rows) == [("Odesa Oblast", "Odesa", "2024-04-30", None, 2, 15)]


def test_the_weapons_of_an_attack_a_week_before_are_not_the_rows():
    rows = _rows("Russia attacked Sumy with drones on Tuesday, killing two people, a week after "
                 "a missile strike hit the city centre.")
    assert [(r["location"], r["weapon"]) for r in rows] == [("Sumy", "drone")]


def test_a_separate_later_attack_on_the_city_is_a_row_of_its_own():
    rows = _rows("A Russian missile hit the port of Mykolaiv on Monday, killing four people.\n\n"
                 "In a separate attack on Wednesday night, Russian forces shelled houses in the "
                 "south of the city, injuring two people.",
                 published="2024-05-02T10:00:00+03:00")
    assert sorted((str(r["event_date"]), r["killed"], r["injured"]) for r in rows) == [
        ("2024-04-29", 4, None), ("2024-05-01", None, 2)]


def test_each_weapon_subject_starts_a_clause_of_its_own():
    rows = _rows("Glide bombs hit Vovchansk on Tuesday, drones attacked Kupiansk, wounding a man, "
                 "and artillery pounded Balakliia.")
    assert sorted((r["location"], r["weapon"]) for r in rows) == [
        ("Balakliia", "artillery"), ("Kupiansk", "drone"), ("Vovchansk", "glide_bomb")]


def test_a_months_count_of_incidents_alone_is_no_strike():
    rows = _rows("A Ukrainian drone hit a shop in Sevsk on Tuesday, injuring one woman. Officials "
                 "say attacks have intensified, with more than 90 incidents recorded in April "
                 "alone in the Bryansk region.")
    assert [(r["admin1"], r["location"]) for r in rows] == [("Bryansk Oblast", "Sevsk")]


def test_an_earlier_attack_in_the_same_district_is_a_row_of_its_own():
    rows = _rows("A Russian drone hit a minibus in Kherson's Korabelnyi district on Thursday, "
                 "injuring six people.\n\nOn Monday, a drone damaged a tram in the same "
                 "district, injuring three people.")
    assert sorted((str(r["event_date"]), r["injured"]) for r in rows) == [
        ("2024-04-29", 3), ("2024-05-02", 6)]


def test_an_earlier_attack_on_the_city_told_by_month_only():
    rows = _rows("Russian guided bombs hit Zaporizhzhia on Tuesday, killing three people.\n\n"
                 "In early March, a guided bomb hit a school in the city, killing one person.")
    assert sorted((str(r["event_date"]), r["killed"]) for r in rows) == [
        ("2024-04-30", 3), ("None", 1)]


def test_a_toll_report_row_folds_into_the_attacks_dated_row():
    rows = _rows("The death toll from a Russian missile strike on a school in the city of Sumy "
                 "rose to 12 on Thursday, officials said.\n\n"
                 "The school was hit on Tuesday afternoon, and the city's Zarichnyi district "
                 "lost power.", published="2024-05-02T18:00:00+03:00")
    assert [(r["location"], str(r["event_date"]), r["killed"]) for r in rows] == [
        ("Sumy", "2024-04-30", 12)]


def test_a_count_over_a_city_and_districts_of_the_region_is_the_regions():
    rows = _rows('"Eight UAVs were destroyed over Lipetsk and two districts of the region," the '
                 "governor wrote on Tuesday.")
    assert [(r["admin1"], r["location"], r["intercepted"]) for r in rows] == [
        ("Lipetsk Oblast", None, 8)]


def test_a_report_day_after_the_leads_night_keeps_the_night():
    rows = _rows("Ukrainian drones struck the towns of Lgov and Rylsk in Russia's Kursk region "
                 "late on Monday, killing two people, the governor said.\n\n"
                 "A drone hit a minibus on the outskirts of Rylsk at around 11 p.m., killing two "
                 "people, the governor wrote on Telegram early on Tuesday.",
                 published="2024-04-30T09:00:00+03:00")
    assert [(r["location"], str(r["event_date"]), r["killed"]) for r in rows] == [
        ("Lgov", "2024-04-29", None), ("Rylsk", "2024-04-29", 2)]


# --- dates --------------------------------------------------------------------------------------

def test_attacks_last_week_date_no_town_struck_again():
    rows = _rows("Russia fired missiles at Ukraine on Tuesday. In Kherson, a missile hit a "
                 "market, and Nikopol was struck again after several deadly attacks last week.")
    assert {str(r["event_date"]) for r in rows} == {"2024-04-30"}


def test_a_day_after_a_missile_dates_the_attack_not_the_report():
    rows = _rows("Rescuers in Lutsk finished their search on Thursday, a day after a Russian "
                 "missile tore through a clinic, bringing the toll to seven.",
                 published="2024-05-02T18:00:00+03:00")
    assert _brief(rows) == [("Volyn Oblast", "Lutsk", "2024-05-01", 7, None, None)]


def test_earlier_in_the_month_is_no_day():
    rows = _rows("Earlier in the month, Russia fired 40 drones at Ukraine during a night "
                 "attack.")
    assert [(r["event_date"], r["date_precision"], r["launched"]) for r in rows] == [
        (None, "week", 40)]


def test_last_august_dates_a_month_only_background_row():
    rows = _rows("A Russian missile hit Chernihiv on Tuesday, killing three people.\n\n"
                 "Last August, a Russian missile struck the theatre square in Chernihiv, "
                 "killing nine people.")
    assert sorted((str(r["event_date"]), r["killed"]) for r in rows) == [
        ("2024-04-30", 3), ("None", 9)]


# --- sentences ----------------------------------------------------------------------------------

def test_a_time_before_a_sentence_opener_ends_the_sentence():
    assert [s.text for s in split_sentences(
        "Blasts shook the city at 6 a.m. The air force said ten drones were downed.")] == [
        "Blasts shook the city at 6 a.m.", "The air force said ten drones were downed."]
