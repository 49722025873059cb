"""Rules of 1.40.0 on spurious rows (spurious-rows round). Sentences, places and figures are
invented for these tests."""

from assets.extract.extractor import extract_mentions
from assets.extract.toll_twins import is_update


def _rows(text: str, published: str = "2024-11-21T09:00:00Z") -> list[tuple]:
    rows = extract_mentions({"article_id": "t1", "text": text, "published_at": published,
                             "title": None})
    return sorted((r["admin1"] or "", r["location"] or "", r["geo_precision"],
                   str(r["event_date"]), r["killed"], r["injured"]) for r in rows)


def test_a_toll_risen_on_a_later_day_is_the_strikes_row():
    text = ("The number of people killed by a Russian missile that hit a school in Poltava rose "
            "to 14 on Thursday, the emergency service said.\n\n"
            "A ballistic missile struck Poltava early on Tuesday, wounding 37 people, the regional "
            "governor said.")
    assert _rows(text) == [("Poltava Oblast", "Poltava", "settlement", "2024-11-19", 14, 37)]


def test_a_day_of_mourning_after_a_strike_whose_toll_officials_now_say_is_the_strikes_row():
    text = ("The city of Poltava declared a day of mourning on Thursday after a missile attack "
            "that officials now say killed 11 people.\n\n"
            "Russia fired two ballistic missiles at Poltava on Wednesday morning, the governor "
            "said. More than 40 people were injured.")
    assert _rows(text) == [("Poltava Oblast", "Poltava", "settlement", "2024-11-20", 11, 40)]


def test_a_new_strike_on_a_later_day_keeps_its_own_row():
    text = ("A Russian drone struck a market in Poltava on Thursday, killing two people, the "
            "governor said.\n\n"
            "A missile hit Poltava early on Tuesday, wounding 12 people, the regional governor "
            "said.")
    assert [r[3] for r in _rows(text)] == ["2024-11-19", "2024-11-21"]


def test_is_update_reads_the_toll_and_the_mourning():
    assert is_update("The death toll from Friday's strike on the city rose to 9 on Sunday.")
    assert is_update("The number of dead has risen to 12, officials said.")
    assert is_update("The town declared a day of mourning after a strike that officials now "
                     "say killed five.")
    assert not is_update("Prices rose to a record on Thursday.")
    assert not is_update("The town held a day of mourning on Friday.")


def test_a_capital_acting_as_the_state_in_a_strike_sentence_has_no_row():
    ports = _rows("Russian missiles and drones slammed into the ports of Odesa and Izmail "
                  "overnight, injuring nine people on the second night of attacks since Moscow "
                  "walked away from the shipping accord.")
    assert [r[1] for r in ports] == ["Izmail", "Odesa"]
    tally = _rows("Russia launched 80 drones and three missiles against Ukraine overnight, the air "
                  "force said on Thursday, as Moscow prepared to host a summit of its allies.")
    assert tally == [("", "", "country", "2024-11-21", None, None)]
    pressed = _rows("The governor, appointed in May, has pressed Moscow for more air defence cover "
                    "for the region and for help for families whose homes were destroyed.")
    assert pressed == []


def test_acts_as_state_reads_the_capital_by_name_before_its_act():
    from assets.extract.places import find_places
    from assets.extract.state_acts import acts_as_state
    for text, want in (("since Moscow pulled out of the deal, drones hit Odesa", True),
                       ("The governor urged Kyiv to send more air defence to Odesa", True),
                       ("a drone hit Moscow, the mayor said", False),
                       ("drones struck a building in Kyiv and wounded five", False)):
        got = [acts_as_state(text, m) for m in find_places(text, [], False)
               if m.location in ("Kyiv", "Moscow")]
        assert got == [want], text


def test_where_most_of_a_tallys_drones_were_downed_is_no_row():
    lead = ("Russian drones hit a warehouse in Bila Tserkva overnight, injuring two workers, the "
            "regional governor said.\n\n")
    town = ("Kyiv Oblast", "Bila Tserkva", "settlement", "2024-11-21", None, 2)
    for told in ("The air force said Russia had sent 70 drones against the country overnight and "
                 "that 61 of them were destroyed, mostly over Kyiv and the surrounding region.",
                 "The air force said 61 of the 70 drones launched overnight were destroyed, most "
                 "of them over the capital and the surrounding region."):
        rows = _rows(lead + told)
        assert rows == [("", "", "country", "2024-11-21", None, None), town], told
        got = extract_mentions({"article_id": "t1", "text": lead + told,
                                "published_at": "2024-11-21T09:00:00Z", "title": None})
        assert [(r["launched"], r["intercepted"]) for r in got if r["geo_precision"] == "country"
                ] == [(70, 61)], told


def test_mostly_over_reads_only_the_clause_after_the_phrase():
    from assets.extract.mostly_over import mostly_over
    from assets.extract.places import find_places
    text = ("Drones hit Poltava, and 40 of them were shot down, most of them over the Sumy "
            "region.")
    got = {m.location or m.admin1: mostly_over(text, m) for m in find_places(text, [], False)}
    assert got == {"Poltava": False, "Sumy Oblast": True}


def _counts(text: str) -> list[tuple]:
    rows = extract_mentions({"article_id": "t1", "text": text,
                             "published_at": "2024-11-21T09:00:00Z", "title": None})
    return [(r["geo_precision"], r["location"], r["killed"], r["launched"], r["intercepted"])
            for r in rows]


_UMAN = ("A Russian missile struck a hospital in Uman on Tuesday, killing four people, the city "
         "mayor said.\n\n")


def test_a_few_weapons_told_without_a_place_in_one_towns_report_are_the_towns():
    told = ("The navy said the attack was carried out with two Kalibr cruise missiles fired from "
            "a ship. None of the missiles was intercepted.")
    assert _counts(_UMAN + told) == [("settlement", "Uman", 4, 2, 0)]


def test_an_air_force_tally_stays_the_countrys_row():
    told = ("The air force said Russia had launched two Kalibr cruise missiles, and that none was "
            "intercepted.")
    assert _counts(_UMAN + told) == [("settlement", "Uman", 4, None, None),
                                     ("country", None, None, 2, 0)]


def test_a_nationwide_cue_opening_the_sentence_keeps_the_countrys_row():
    # the cue is read whatever its case: "Nationwide" at a sentence's start
    told = "Nationwide, two Kalibr cruise missiles were launched and none was intercepted."
    assert _counts(_UMAN + told) == [("settlement", "Uman", 4, None, None),
                                     ("country", None, None, 2, 0)]
