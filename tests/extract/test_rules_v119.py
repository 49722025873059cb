"""Rules added in extractor 1.19.0 (error classes of data/eval/unseen13, stated as phrasings and
attribution mechanisms), each checked on made-up sentences: a live blog's "09:10 - Kharkiv:"
label names the entry's place, and an entry naming the main row's place again keeps its figures;
a headline region row folds into its town told later; a place-less figure after a tally
paragraph goes to the row its own paragraph named; a dated "the city's ..." background sentence
is the paragraph's town on its own day; a region's toll for an earlier day, and any lead dated
to a day before publication, dates the later paragraphs; victims told one by one ("His
passenger, 39, was injured", "the driver was injured", "a third man was hospitalised"), tolls
updated ("rises to", "stands at two dead and six
wounded", "put the final figures at"), period totals ("In March alone", "since the start of
the week ... have injured"), and the places, claims and weapons that are no incident."""

from assets.extract.extractor import extract_mentions
from assets.extract.places import find_places
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str = "2025-03-06T18:00:00+02:00", title: str | None = None
          ) -> list[dict]:
    return extract_mentions({"article_id": "v119", "text": text, "published_at": published,
                             "title": title})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], str(r["event_date"]), r["killed"], r["injured"])
            for r in rows]


# --- victims told one by one, updated tolls -----------------------------------------------------

def test_possessive_person_with_an_apposition_is_one():
    assert _figs("His passenger, 52, was injured.") == [("injured", 1, "plain")]
    assert _figs("Their neighbour, a 71-year-old woman, was wounded.") == [
        ("injured", 1, "plain")]
    assert _figs("Her husband, 60, was killed.") == [("killed", 1, "plain")]


def test_definite_person_is_one_also_after_a_semicolon():
    assert _figs("The driver was injured.") == [("injured", 1, "plain")]
    assert _figs("A drone struck a van near the market; the driver was wounded.") == [
        ("injured", 1, "plain")]
    assert _figs("The driver was not hurt.") == [("killed", 0, "zero"), ("injured", 0, "zero")]


def test_a_singular_wound_is_one_injured():
    assert _figs("A 52-year-old woman suffered a shrapnel wound.") == [("injured", 1, "plain")]
    assert _figs("A man sustained a head injury.") == [("injured", 1, "plain")]


def test_wounded_earlier_and_died_with_a_relative_clause():
    assert _figs("A 70-year-old man, who was wounded by shelling on Monday, died in "
                 "hospital.") == [("killed", 1, "plain")]


def test_present_tense_updates():
    assert _figs("Number of injured rises to 14.") == [("injured", 14, "update")]
    assert _figs("The death toll climbs to 6.") == [("killed", 6, "update")]


def test_toll_standing_at_dead_and_wounded_updates_both():
    assert _figs("The toll now stands at three dead and nine wounded, the mayor said.") == [
        ("killed", 3, "update"), ("injured", 9, "update")]


def test_final_figures_update_both_fields_an_earlier_report_does_not():
    assert _figs("She put the final figures at four dead and 12 injured.") == [
        ("killed", 4, "update"), ("injured", 12, "update")]
    assert _figs("On Monday officials put the toll at 5 dead and 30 wounded.") == [
        ("killed", 5, "plain"), ("injured", 30, "plain")]


def test_nth_person_hospitalised_is_the_updated_injured_count():
    assert _figs("Three workers were injured; a fourth man, 50, was hospitalised later.") == [
        ("injured", 3, "plain"), ("injured", 1, "plain"), ("injured", 4, "update")]


def test_later_in_the_day_another_attack_adds_its_victims():
    rows = _rows("In Nikopol, a 50-year-old man was wounded when a Russian drone hit a car on "
                 "Thursday. Later in the day, a drone attack on the city's centre wounded a woman "
                 "and her daughter.")
    assert _brief(rows) == [("Dnipropetrovsk Oblast", "Nikopol", "2025-03-06", None, 3)]


def test_later_that_day_another_named_attack_adds_its_victims():
    # "another" took no space before the attack noun, so this never matched until 1.20.0
    rows = _rows("In Nikopol, a 50-year-old man was wounded when a Russian drone hit a car on "
                 "Thursday. Later that day, another drone attack on the city's centre wounded two "
                 "women.")
    assert _brief(rows) == [("Dnipropetrovsk Oblast", "Nikopol", "2025-03-06", None, 3)]


# --- live blogs ----------------------------------------------------------------------------------

def test_stamped_place_label_names_the_entry_and_keeps_its_figures():
    rows = _rows("Live: drones and bombs hit Sumy and Poltava\n\n"
                 "07:40 - A Russian missile struck Poltava this morning. Preliminary: three "
                 "people killed, 12 injured.\n\n"
                 "11:15 - Sumy: two guided bombs were dropped on the outskirts of the city. A "
                 "woman was injured.\n\n"
                 "12:30 - UPDATE Poltava: the death toll has risen to 5, with 20 injured.",
                 title="Live: drones and bombs hit Sumy and Poltava")
    got = {r["location"]: (r["killed"], r["injured"]) for r in rows}
    assert got == {"Poltava": (5, 20), "Sumy": (None, 1)}


# --- attribution across sentences ----------------------------------------------------------------

def test_headline_region_row_folds_into_its_town():
    title = "Live: massive Russian attack on western Ukraine - Volyn region, Sumy hit"
    rows = _rows(title + "\n\n08:05 - Russia launched 80 drones at Ukraine overnight, the air "
                 "force says. Air defences downed 61.\n\n"
                 "08:40 - Volyn Oblast: the governor says two people were killed when a drone hit "
                 "their house in the village of Zaturtsi near Lutsk.\n\n"
                 "09:30 - Sumy: drones struck the city, injuring three people.", title=title)
    got = {(r["admin1"], r["location"]): (r["killed"], r["injured"]) for r in rows
           if r["kind"] == "impact"}
    assert got == {("Volyn Oblast", "Zaturtsi"): (2, None), ("Sumy Oblast", "Sumy"): (None, 3)}


def test_placeless_figure_after_a_tally_goes_to_the_paragraphs_place():
    rows = _rows("A Russian missile and drone attack on Lviv overnight killed four people.\n\n"
                 "The air force said Russia launched 40 missiles and 90 drones at Ukraine. Air "
                 "defences shot down 30 missiles and 70 drones.\n\n"
                 "The heaviest blow fell on Lviv. By the evening the toll had risen to 6.")
    got = {(r["kind"], r["location"]): r["killed"] for r in rows}
    assert got == {("impact", "Lviv"): 6, ("wave", None): None}


def test_dated_citys_sentence_is_the_paragraphs_town_on_its_own_day():
    rows = _rows("Two Russian missiles hit Poltava on Wednesday morning, killing three people."
                 "\n\nHas Poltava been hit before? Yes. In May last year, a Russian missile "
                 "struck the city's railway station on May 9, killing five people and injuring "
                 "40.",
                 published="2025-03-06")
    assert _brief(rows) == [("Poltava Oblast", "Poltava", "2025-03-05", 3, None),
                            ("Poltava Oblast", "Poltava", "2024-05-09", 5, 40)]


def test_a_casualty_number_counts_no_weapons():
    rows = _rows("In June last year, a Russian missile struck the city's park on June 2, "
                 "killing two people and injuring 30 during a drone show. Poltava was hit "
                 "again on Wednesday.", published="2025-03-06")
    assert all(r["launched"] is None for r in rows)


def test_it_after_a_facility_sentence_is_that_facilitys_town():
    rows = _rows("In Tuapse, debris of a downed drone fell on the territory of the Tuapse oil "
                 "refinery on Saturday, the governor said. One worker was injured.\n\n"
                 "In the village of Dzhubga, debris damaged two houses. There were no casualties."
                 "\n\nThe Tuapse refinery processes about 12 million tonnes of oil a year. It "
                 "was previously attacked on 17 May, when officials reported no casualties.",
                 published="2025-09-07")
    got = {(r["location"], str(r["event_date"])) for r in rows}
    assert ("Tuapse", "2025-05-17") in got
    assert ("Dzhubga", "2025-05-17") not in got


def test_zero_of_one_while_part_is_that_places_only():
    rows = _rows("Russian troops shelled the Krasnopillia and Myropillia communities on Sunday. "
                 "In Myropillia a 60-year-old man was wounded, while in Krasnopillia a barn was "
                 "destroyed with no casualties.", published="2024-01-29")
    got = {r["location"]: (r["killed"], r["injured"]) for r in rows}
    assert got == {"Krasnopillia": (0, 0), "Myropillia": (None, 1)}


def test_in_total_launched_at_the_city_is_the_towns_tally():
    rows = _rows("Russian drones attacked Chernihiv on Monday night, damaging a school.\n\n"
                 "In total, six drones were launched at the city; four of them were shot down, "
                 "the mayor said.", published="2024-01-30")
    assert [(r["kind"], r["location"], r["launched"], r["intercepted"]) for r in rows] == [
        ("impact", "Chernihiv", 6, 4)]


# --- dates ---------------------------------------------------------------------------------------

def test_a_regions_toll_for_an_earlier_day_dates_its_towns():
    rows = _rows("Russian forces killed three civilians and wounded nine in Kharkiv Oblast on "
                 "2 March, governor Oleh Syniehubov reported on Tuesday.\n\n"
                 "In Kupiansk, a 64-year-old man was killed by Russian shelling.\n\n"
                 "In Izium, an FPV drone hit a car, killing two people.",
                 published="2025-03-04")
    assert _brief(rows) == [("Kharkiv Oblast", None, "2025-03-02", 3, 9),
                            ("Kharkiv Oblast", "Kupiansk", "2025-03-02", 1, None),
                            ("Kharkiv Oblast", "Izium", "2025-03-02", 2, None)]


def test_a_day_dated_lead_dates_the_later_undated_paragraphs():
    rows = _rows("Two men were killed when a Ukrainian drone struck a car in Shebekino on "
                 "Saturday, governor Vyacheslav Gladkov said.\n\n"
                 "Gladkov said a woman was also injured. In the village of Novaya Tavolzhanka, a "
                 "drone hit the roof of a shop, he said.\n\n"
                 "In the Kharkiv region, a command post near Vovchansk was destroyed by an aerial "
                 "bomb, the ministry added.", published="2024-06-02T10:00:00+03:00")
    got = {r["location"]: str(r["event_date"]) for r in rows}
    assert got == {"Shebekino": "2024-06-01", "Novaya Tavolzhanka": "2024-06-01",
                   "Vovchansk": "2024-06-02"}


def test_hit_the_town_on_a_day_redates_a_report_dated_row():
    rows = _rows("The number of people killed in a Russian missile strike on Izmail has risen to "
                 "four, the governor said on Tuesday.\n\n"
                 "Two missiles hit the town on Monday night, damaging the port, he said.",
                 published="2024-06-25")
    assert _brief(rows) == [("Odesa Oblast", "Izmail", "2024-06-24", 4, None)]


def test_the_same_morning_and_the_strike_also_take_the_strikes_day():
    rows = _rows("Two Russian missiles hit Sumy on Tuesday morning, killing four people.\n\n"
                 "The same morning, a drone struck a farm in the Shostka district of Sumy Oblast, "
                 "killing a tractor driver.\n\n"
                 "The strike also hit the village of Stetskivka, where one person was injured.",
                 published="2025-03-06")
    assert {r["event_date"].isoformat() for r in rows} == {"2025-03-04"}


# --- no incident ---------------------------------------------------------------------------------

def test_period_totals_give_no_figures():
    rows = _rows("A drone hit a shop in Kherson on Tuesday, injuring two people.\n\n"
                 "Since the start of the week Russian strikes have injured 40 people across the "
                 "oblast, the governor said. In February alone, more than 30 civilians were "
                 "killed in the region.", published="2025-03-05")
    assert _brief(rows) == [("Kherson Oblast", "Kherson", "2025-03-04", None, 2)]


def test_attacks_near_towns_over_the_past_day_are_no_rows():
    rows = _rows("A drone hit a car in Izium on Tuesday, injuring a man.\n\n"
                 "Over the past day, the Russians carried out 9 attacks near Lyman and 4 near "
                 "Siversk, the General Staff said.", published="2025-03-05")
    assert [r["location"] for r in rows] == ["Izium"]


def test_victims_impossible_to_establish_give_no_rows():
    rows = _rows("Russian shelling killed two people in Kostiantynivka on Tuesday.\n\n"
                 "It is impossible to establish the number of victims in Mariupol and "
                 "Berdiansk, which are under occupation.", published="2025-03-05")
    assert [r["location"] for r in rows] == ["Kostiantynivka"]


def test_a_sea_only_claim_gives_no_row():
    assert _rows("The Russian Defence Ministry said air defences had shot down 17 Ukrainian "
                 "drones over the Black Sea overnight.") == []


def test_of_the_total_over_a_region_is_the_claims_share():
    rows = _rows("Russian air defences destroyed 90 Ukrainian drones overnight over the Kursk, "
                 "Bryansk and Oryol regions, the Defence Ministry said. Of the total, 40 drones "
                 "were destroyed over the Bryansk region.")
    assert [(r["admin1"], r["intercepted"]) for r in rows] == [(None, 90)]


# --- places --------------------------------------------------------------------------------------

def test_border_communities_of_a_region_name():
    got = find_places("Russian bombs hit Sumy border communities on Tuesday.", [])
    assert [(m.admin1, m.location, m.level) for m in got] == [("Sumy Oblast", None, "admin1")]


def test_nationality_before_airbase_is_no_place_and_a_region_stem_wins():
    rows = _rows("Ukraine says it hit Russian airbase; Moscow reports 30 drones downed over "
                 "Rostov\n\nRussia's Defence Ministry said it destroyed 30 Ukrainian drones over "
                 "the Rostov region overnight.",
                 title="Ukraine says it hit Russian airbase; Moscow reports 30 drones downed "
                       "over Rostov")
    assert [(r["admin1"], r["location"], r["intercepted"]) for r in rows] == [
        ("Rostov Oblast", None, 30)]


def test_state_possessive_names_no_struck_place():
    rows = _rows("Ukrainian drones struck an oil depot in Bryansk overnight, the governor said."
                 "\n\nUkraine says its strikes on Russian refineries are aimed at reducing "
                 "Moscow's ability to fund its war.")
    assert [r["location"] for r in rows] == ["Bryansk"]


def test_governors_region_with_debris_damage_is_the_region():
    rows = _rows("Kursk Region governor Alexander Khinshtein said debris from a downed drone "
                 "damaged a barn in the Rylsky district. There were no casualties.")
    assert [(r["admin1"], r["location"], r["killed"], r["injured"]) for r in rows] == [
        ("Kursk Oblast", None, 0, 0)]


def test_village_of_x_comma_y_district_is_of_ys_region():
    got = find_places("In the village of Nikolskoye, Belgorod District, a drone hit a car.", [])
    assert [(m.admin1, m.location) for m in got] == [("Belgorod Oblast", "Nikolskoye")]


# --- tallies and weapons -------------------------------------------------------------------------

def test_as_russia_sends_n_drones_is_the_countrys_tally():
    rows = _rows("Man killed in Odesa Oblast as Russia sends 90 drones overnight\n\n"
                 "A man was killed when a drone hit a house in Izmail overnight.",
                 title="Man killed in Odesa Oblast as Russia sends 90 drones overnight")
    got = {(r["kind"], r["location"]): r["launched"] for r in rows}
    assert got == {("wave", None): 90, ("impact", "Izmail"): None}


def test_from_which_bombers_drop_bombs_is_no_weapon_of_the_attack():
    rows = _rows("Ukraine's General Staff said its drones had struck the Millerovo airfield in "
                 "Russia's Rostov region overnight, the base from which Su-34 bombers drop "
                 "glide bombs on Ukrainian towns.")
    assert [(r["location"], r["weapon"]) for r in rows] == [("Millerovo", "drone")]
