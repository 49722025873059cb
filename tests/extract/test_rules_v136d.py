"""Rules of 1.36.0 on whether a named place was struck (places struck, not how names resolve).
Sentences, places and figures are invented for these tests."""

from assets.extract.extractor import extract_mentions


def _rows(text: str, published: str = "2024-06-03T09:00:00Z") -> list[tuple]:
    rows = extract_mentions({"article_id": "t1", "text": text, "published_at": published,
                             "title": None})
    return sorted((r["admin1"] or "", r["location"] or "", r["killed"], r["injured"])
                  for r in rows)


def test_the_town_the_heaviest_blow_fell_on_gets_its_row():
    text = ("The heaviest blow fell on Vovchansk, where a rocket landed beside a shop. "
            "Two women were wounded there.")
    assert _rows(text) == [("Kharkiv Oblast", "Vovchansk", None, 2)]


def test_the_town_that_took_the_brunt_gets_the_next_sentences_figures():
    text = ("Russian troops shelled the Nikopol district 30 times on Sunday, the governor said. "
            "Marhanets took the brunt of the attacks. A 60-year-old man was killed in his yard.")
    assert ("Dnipropetrovsk Oblast", "Marhanets", 1, None) in _rows(text)


def test_a_town_that_came_under_fire_most_often_after_an_opener():
    text = "According to the governor, Nikopol itself came under fire most often on Monday."
    assert _rows(text) == [("Dnipropetrovsk Oblast", "Nikopol", None, None)]


def test_a_blow_with_no_place_makes_no_row():
    # guard: the cue alone names nothing
    assert _rows("The heaviest blow fell late in the evening, officials said.") == []


def test_a_place_inside_the_subject_is_not_the_town_hit_hardest():
    # guard: the place does not open the clause ("families fleeing X" took the brunt)
    assert _rows("Families fleeing Kupiansk took the brunt of the winter cold.") == []


def test_the_capitals_long_range_raids_are_the_state_attacking():
    text = ("Ukrainian drones hit a fuel depot in Bryansk on Tuesday, injuring one worker, in one "
            "of Kyiv's largest long-range raids this spring.")
    assert _rows(text) == [("Bryansk Oblast", "Bryansk", None, 1)]


def test_the_capitals_attacks_on_other_places_are_the_state_attacking():
    text = ("Drones set fire to a refinery in Saratov on Friday, the third day of Kyiv's attacks "
            "on Russian oil plants.")
    assert _rows(text) == [("Saratov Oblast", "Saratov", None, None)]


def test_a_capital_that_targeted_another_place_is_the_state():
    text = ("Two people were killed in Kherson on Sunday, in a week in which Moscow targeted "
            "the Ukrainian power grid.")
    assert _rows(text) == [("Kherson Oblast", "Kherson", 2, None)]


def test_a_capital_that_was_targeted_is_still_struck():
    # guard: the passive keeps the capital ("Kyiv was targeted")
    assert _rows("Kyiv was targeted by eight drones overnight; two houses burned.") == [
        ("Kyiv City", "Kyiv", None, None)]


def test_an_attack_on_the_capital_itself_stays_the_capitals_row():
    # guard: "Kyiv's heaviest bombardment" alone may be one on Kyiv
    assert _rows("Three people were hurt in Kyiv's heaviest bombardment this month.") == [
        ("Kyiv City", "Kyiv", None, 3)]


def test_cities_where_power_was_cut_are_no_places_struck():
    text = ("In the Lviv region, a missile hit an energy facility on Monday, and emergency "
            "blackouts were introduced in Lutsk and Rivne.")
    assert _rows(text) == [("Lviv Oblast", "", None, None)]


def test_outages_caused_in_a_second_town_leave_the_town_hit():
    text = ("In Berdiansk, a drone attack on a substation caused power outages in Berdiansk and "
            "Prymorsk for several hours.")
    assert _rows(text) == [("Zaporizhzhia Oblast", "Berdiansk", None, None)]


def test_a_city_with_outages_where_explosions_hit_stays_struck():
    # guard: the "where" clause tells what hit the city
    text = ("Power outages were reported in Sumy, where the mayor said four missiles had hit "
            "the city's power plant.")
    assert _rows(text) == [("Sumy Oblast", "Sumy", None, None)]


def test_a_city_whose_officials_report_a_strike_on_it_beside_another_city():
    text = ("In Poltava, a missile damaged a warehouse, and officials in Sumy said the city was "
            "hit by drones overnight, wounding three people.")
    assert _rows(text) == [("Poltava Oblast", "Poltava", None, None),
                           ("Sumy Oblast", "Sumy", None, 3)]


def test_a_city_reporting_wounded_in_strikes_on_its_district():
    text = ("One person was killed in Kherson, where shelling damaged a school, and Mykolaiv "
            "reported four people wounded in strikes on its southern district.")
    assert _rows(text) == [("Kherson Oblast", "Kherson", 1, None),
                           ("Mykolaiv Oblast", "Mykolaiv", None, 4)]


def test_officials_reporting_a_strike_on_another_place_stay_a_speakers_seat():
    # guard: the clause names the place struck (Kupiansk), not the officials' city
    text = ("Drones hit a depot in Izium, and officials in Kharkiv said a strike on Kupiansk "
            "damaged a school.")
    assert [r[1] for r in _rows(text)] == ["Izium", "Kupiansk"]


def test_a_tallys_share_flying_towards_the_capital_makes_no_capital_row():
    text = ("The ministry said 30 drones were downed over the Kursk Region, 12 over the Tula "
            "Region and nine over the Moscow Region, including four that were flying towards "
            "Moscow.")
    assert _rows(text) == [("", "", None, None)]     # the ministry's country row only


def test_a_share_of_them_flying_towards_the_capital_over_several_regions():
    text = ("Air defences destroyed 80 drones overnight over 11 regions, 20 of them flying "
            "towards Moscow, the ministry said.")
    assert _rows(text) == [("", "", None, None)]


def test_a_mayors_count_flying_towards_the_capital_stays_the_capitals():
    # guard: no share of a several-region tally
    text = "Mayor Sergei Sobyanin said 15 drones flying towards Moscow had been shot down."
    assert _rows(text) == [("Moscow", "Moscow", None, None)]


def test_towns_a_toll_does_not_include_are_no_places_struck():
    text = ("Russian shelling killed four civilians in the Luhansk region on Monday. The figures "
            "do not include casualties in Sievierodonetsk and Alchevsk, which are occupied.")
    assert _rows(text) == [("Luhansk Oblast", "", 4, None)]


def test_a_city_a_ministry_did_not_mention_is_no_place_struck():
    text = ("The ministry said it had destroyed 60 drones overnight over nine regions, without "
            "mentioning Samara.")
    assert _rows(text) == [("", "", None, None)]


def test_a_place_named_after_the_report_is_still_struck():
    # guard: "did not mention" closes its clause; Kramatorsk is struck in the next one
    text = ("The ministry did not mention casualties, and a missile hit a school in Kramatorsk, "
            "wounding two people.")
    assert _rows(text) == [("Donetsk Oblast", "Kramatorsk", None, 2)]


def test_a_depot_near_a_town_in_a_list_of_strikes_gives_the_town_a_row():
    text = ("The ministry said its forces had hit an ammunition depot in Kramatorsk and a fuel "
            "depot near Pavlohrad over the past day.")
    assert [r[1] for r in _rows(text)] == ["Pavlohrad", "Kramatorsk"]


def test_a_deployment_point_near_a_town_after_a_town_struck():
    text = ("Russian aircraft struck workshops in Kremenchuk and a temporary deployment point "
            "near Kurakhove, the ministry said.")
    assert [r[1] for r in _rows(text)] == ["Kurakhove", "Kremenchuk"]


def test_a_village_near_a_city_stays_a_reference_point():
    # guard: no site before "near": the city only locates the village
    text = "A drone hit a house in the village of Pisochyn near Kharkiv, injuring a woman."
    assert _rows(text) == [("Kharkiv Oblast", "Pisochyn", None, 1)]


def test_a_town_whose_outskirts_were_shelled_beside_another_town():
    text = ("Drones hit a shop in Bilopillia, and artillery shelled the outskirts of Krasnopillia "
            "in the evening.")
    assert [r[1] for r in _rows(text)] == ["Bilopillia", "Krasnopillia"]


def test_a_village_on_a_citys_outskirts_keeps_the_city_a_reference():
    # guard: "X, on the outskirts of Y" only locates X
    text = "Shelling damaged three houses in Komyshany, on the outskirts of Kherson, on Monday."
    assert _rows(text) == [("Kherson Oblast", "Komyshany", None, None)]


def test_a_forum_in_the_capital_is_no_place_struck():
    text = ("Two drones hit a warehouse in Odesa overnight, the minister told a defence industry "
            "forum in Kyiv on Tuesday.")
    assert _rows(text) == [("Odesa Oblast", "Odesa", None, None)]


def test_a_reaction_and_a_visit_in_the_capital_are_no_places_struck():
    text = ("The strike on Sumy, which killed five people, drew condemnation in Kyiv, where the "
            "Polish president arrived in the afternoon.")
    assert _rows(text) == [("Sumy Oblast", "Sumy", 5, None)]


def test_mourners_laying_flowers_in_cities_make_no_rows():
    text = ("In Lviv and other cities, people laid flowers at memorials for the victims of the "
            "missile strike.")
    assert _rows(text) == []


def test_a_memorial_that_was_struck_keeps_its_town():
    # guard: the place follows a strike verb, not a memorial's "in"
    text = "A drone struck a memorial in Chernihiv, damaging its fence."
    assert _rows(text) == [("Chernihiv Oblast", "Chernihiv", None, None)]


def test_a_towns_aside_on_earlier_strikes_keeps_its_new_strike():
    text = ("In Sumy, which had already been hit repeatedly in the preceding days, missiles "
            "damaged a power substation.")
    assert _rows(text) == [("Sumy Oblast", "Sumy", None, None)]


def test_a_participles_aside_on_the_past_week_keeps_the_new_strike():
    text = ("Kherson, shelled repeatedly over the past week, came under fire again on Sunday; "
            "officials said two houses burned.")
    assert _rows(text) == [("Kherson Oblast", "Kherson", None, None)]


def test_a_week_of_shelling_with_no_new_strike_makes_no_row():
    # guard: the past week's count is the sentence itself, no aside
    assert _rows("Over the past week, troops shelled Kherson 120 times, officials said.") == []
