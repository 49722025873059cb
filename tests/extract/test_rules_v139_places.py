"""Rules of 1.39.0 on places (places round). Sentences, places and figures are invented for
these tests."""

from assets.extract.extractor import extract_mentions


def _rows(text: str, published: str = "2024-11-20T09:00:00Z", title: str | None = None
          ) -> list[tuple]:
    rows = extract_mentions({"article_id": "t1", "text": text, "published_at": published,
                             "title": title})
    return sorted((r["admin1"] or "", r["location"] or "", r["geo_precision"],
                   str(r["event_date"]), r["killed"], r["injured"]) for r in rows)


_TALLY = "Russia fired 60 missiles at Ukraine early on Wednesday, the air force said. "
_COUNTRY = ("", "", "country", "2024-11-20", None, None)


def test_a_town_that_lost_power_after_strikes_behind_an_aside_or_adverb():
    for told in ("Rivne, in the north-west, lost electricity and water after strikes on energy "
                 "facilities, the mayor said.",
                 "Lutsk, near the Volyn border, lost power after missiles hit a substation.",
                 "Rivne was left mostly without power after missile strikes on a substation, the "
                 "city council said."):
        town = "Lutsk" if "Lutsk" in told else "Rivne"
        region = "Volyn Oblast" if town == "Lutsk" else "Rivne Oblast"
        assert _rows(_TALLY + told) == [_COUNTRY, (region, town, "settlement", "2024-11-20",
                                                   None, None)], told


def test_a_town_that_lost_power_with_no_strike_told_has_no_row():
    assert _rows(_TALLY + "Rivne, in the north-west, lost electricity for six hours on "
                 "Wednesday, the mayor said.") == [_COUNTRY]


def test_a_plain_plant_located_in_a_region_is_its_towns_row():
    told = ("The Dobrotvir plant in the western Lviv region was among the facilities damaged, "
            "the regional governor said.")
    assert _rows(_TALLY + told) == [_COUNTRY, ("Lviv Oblast", "Dobrotvir", "settlement",
                                               "2024-11-20", None, None)]


def test_two_plants_each_located_in_its_region_are_their_towns_rows():
    told = ("The Ladyzhyn thermal power plant in the Vinnytsia region and the Burshtyn plant in "
            "the Ivano-Frankivsk region were both damaged, the operator said.")
    assert _rows(_TALLY + told) == [_COUNTRY,
                                    ("Ivano-Frankivsk Oblast", "Burshtyn", "settlement",
                                     "2024-11-20", None, None),
                                    ("Vinnytsia Oblast", "Ladyzhyn", "settlement", "2024-11-20",
                                     None, None)]


def test_regions_of_a_list_beside_a_plant_keep_their_rows():
    told = ("Energy sites in the Khmelnytskyi and Ivano-Frankivsk regions were hit, and the "
            "Burshtyn thermal power plant was damaged.")
    assert [r[:3] for r in _rows(_TALLY + told)] == [
        ("", "", "country"), ("Ivano-Frankivsk Oblast", "", "admin1"),
        ("Khmelnytskyi Oblast", "", "admin1")]
