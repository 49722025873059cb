"""Rules of 1.40.0 on places and row keys (places round). Sentences, places and figures are
invented for these tests."""

from assets.extract.extractor import extract_mentions


def _rows(text: str, published: str = "2024-06-05T09:00:00Z", title: str | None = None
          ) -> list[tuple]:
    rows = extract_mentions({"article_id": "t1", "text": text, "published_at": published,
                             "title": title})
    return sorted((r["admin1"] or "", r["location"] or "", r["geo_precision"],
                   str(r["event_date"]), r["killed"], r["injured"]) for r in rows)


def test_a_site_named_after_its_town_and_located_in_a_region_is_the_towns_row():
    for told, town in (
            ("Ukrainian drones tried to strike the Millerovo air base in Russia's Rostov region "
             "on Tuesday, the ministry said.", "Millerovo"),
            ("It said the Novoshakhtinsk pumping station in Russia's Rostov region, part of a "
             "pipeline, had also been hit on Tuesday.", "Novoshakhtinsk"),
            ("The ministry said a drone was downed as it approached the Millerovo military "
             "airfield in the Rostov region on Tuesday, and falling debris injured two soldiers.",
             "Millerovo")):
        injured = 2 if "injured two" in told else None
        assert _rows(told) == [("Rostov Oblast", town, "settlement", "2024-06-04", None,
                                injured)], told


def test_a_town_its_region_only_locates_is_the_towns_row():
    assert _rows("Russian shelling killed three people as they queued for water from a tanker "
                 "in Sievierodonetsk, in the Luhansk region, on Tuesday, the governor said.") == [
        ("Luhansk Oblast", "Sievierodonetsk", "settlement", "2024-06-04", 3, None)]
    assert _rows("Pokrov in Dnipropetrovsk Oblast came under artillery fire on Tuesday, with no "
                 "casualties reported.") == [
        ("Dnipropetrovsk Oblast", "Pokrov", "settlement", "2024-06-04", 0, 0)]


def test_a_site_with_no_town_name_keeps_the_regions_row():
    assert _rows("Drones attacked a fuel depot in the Rostov region on Tuesday, the governor "
                 "said.") == [("Rostov Oblast", "", "admin1", "2024-06-04", None, None)]


def test_debris_in_a_field_with_the_negation_opening_the_sentence_gives_no_row():
    # "No damage ..." opens the sentence: read as the negation, as "no damage" after a comma
    for told in ("No damage was caused when debris of a downed drone fell on a field near "
                 "Kozelshchyna on Tuesday, the governor said.",
                 "Debris of a downed drone fell on a field near Kozelshchyna on Tuesday, causing "
                 "no damage, the governor said."):
        assert _rows(told) == [], told


def test_debris_in_a_field_that_also_damaged_a_barn_keeps_its_row():
    assert _rows("No one was hurt when debris of a downed drone fell on a field near "
                 "Kozelshchyna on Tuesday and damaged a barn.") == [
        ("Poltava Oblast", "Kozelshchyna", "settlement", "2024-06-04", 0, 0)]


def test_a_district_of_a_city_region_struck_is_the_citys_row():
    # "the Balaklava district": Sevastopol, not a district read as a speaker
    for told, injured in (("A drone hit a house in the Balaklava district on Tuesday, the "
                           "governor said.", None),
                          ("Falling debris damaged a private house in the Balaklava district "
                           "on Tuesday, injuring a man.", 1)):
        assert _rows(told) == [("Sevastopol", "Sevastopol", "settlement", "2024-06-04", None,
                                injured)], told


def test_an_alias_of_a_city_part_before_district_is_no_row_of_that_city():
    # "the Old Town district" of another town is not Kyiv's Stare Misto
    assert _rows("Two guided bombs hit a residential area in the Old Town district on "
                 "Tuesday, the city administration said.") == []


def test_a_town_told_with_the_villages_around_it_is_the_regions_row():
    for told in ("Russian attacks on the city of Nikopol and nearby villages killed two people "
                 "and wounded five over the past day, the governor said on Tuesday.",
                 "Over the past day, Russian forces attacked Nikopol and more than 12 settlements "
                 "of the region, killing two people and wounding five, the governor said on "
                 "Tuesday."):
        assert _rows(told) == [("Dnipropetrovsk Oblast", "", "admin1", "2024-06-04", 2, 5)], told


def test_a_town_and_villages_with_a_village_named_for_the_figures_keeps_the_places():
    assert _rows("Russian drones attacked Nikopol and nearby villages on Tuesday, killing a man "
                 "in Marhanets, the governor said.") == [
        ("Dnipropetrovsk Oblast", "Marhanets", "settlement", "2024-06-04", 1, None),
        ("Dnipropetrovsk Oblast", "Nikopol", "settlement", "2024-06-04", None, None)]
