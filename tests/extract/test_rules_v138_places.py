"""Rules of 1.38.0 on places (places round). Sentences, places and figures are invented for
these tests."""

from assets.extract.extractor import extract_mentions


def _rows(text: str, published: str = "2025-03-12T09:00:00Z", title: str | None = None
          ) -> list[tuple]:
    rows = extract_mentions({"article_id": "t1", "text": text, "published_at": published,
                             "title": title})
    return sorted((r["admin1"] or "", r["location"] or "", str(r["event_date"]), r["killed"],
                   r["injured"]) for r in rows)


def test_a_refinery_set_on_fire_is_its_towns_row():
    for told in ("A drone raid set fire to the Saratov oil refinery late on Tuesday, injuring two "
                 "workers, the governor said.",
                 "Late on Tuesday, drones set the Saratov refinery ablaze, and the governor said "
                 "two workers were injured."):
        assert _rows(told) == [("Saratov Oblast", "Saratov", "2025-03-11", None, 2)], told


def test_a_refinery_set_on_fire_after_another_towns_paragraph():
    # the figures went to the paragraph before's town when the refinery's town was no target
    text = ("Drones hit an oil pumping station in Unecha in the Bryansk region on Tuesday, the "
            "governor said. No one was hurt.\n\nOn March 1, drones set the Saratov refinery "
            "ablaze, and the regional governor said three people had been hurt.")
    assert _rows(text) == [("Bryansk Oblast", "Unecha", "2025-03-11", 0, 0),
                           ("Saratov Oblast", "Saratov", "2025-03-01", None, 3)]


def test_set_on_fire_needs_the_article():
    from assets.extract.places import find_places
    from assets.extract.set_fire import set_on_fire
    text = "Drones set the Saratov refinery on fire and set fire to the Syzran plant."
    saratov, syzran = find_places(text)
    assert set_on_fire(text, saratov) and set_on_fire(text, syzran)
    # guards: a headline without "the"; "set" with no fire; a place after "set fire to a house in"
    bare = "Drones set Saratov refinery on fire, Russia says it downed 40 drones"
    assert not set_on_fire(bare, find_places(bare)[0])
    other = "Officials set the Saratov curfew at ten."
    assert not set_on_fire(other, find_places(other)[0])


_LEAD = ("Russian troops shelled the Nikopol district of Dnipropetrovsk Oblast with heavy "
         "artillery six times on Tuesday, the governor said. ")


def test_a_district_lead_before_its_towns_gives_no_region_row():
    text = _LEAD + ("In Marhanets, a 52-year-old woman was wounded. In Nikopol, a power line "
                    "and three houses were damaged.")
    assert _rows(text) == [("Dnipropetrovsk Oblast", "Marhanets", "2025-03-11", None, 1),
                           ("Dnipropetrovsk Oblast", "Nikopol", "2025-03-11", None, None)]


def test_a_district_lead_keeps_its_row_beside_one_town_or_two_districts():
    # guards: one town of the region told besides the district; a round-up of two districts
    one = _LEAD + "In Marhanets, a 52-year-old woman was wounded."
    assert _rows(one) == [("Dnipropetrovsk Oblast", "", "2025-03-11", None, None),
                          ("Dnipropetrovsk Oblast", "Marhanets", "2025-03-11", None, 1)]
    two = ("Russian troops shelled 14 settlements in the Nikopol and Synelnykove districts of "
           "Dnipropetrovsk Oblast on Tuesday, the governor said. In Marhanets, a 52-year-old "
           "woman was wounded. In Nikopol, a power line and three houses were damaged.")
    assert ("Dnipropetrovsk Oblast", "", "2025-03-11", None, None) in _rows(two)


def test_a_district_lead_telling_damage_of_its_own_keeps_its_row():
    # guard: "damaging houses" lies in no town named, so the region keeps its row
    text = ("Russian troops shelled the Nikopol district of Dnipropetrovsk Oblast on Tuesday, "
            "damaging four houses, the governor said. In Marhanets, a 52-year-old woman was "
            "wounded. In Nikopol, a power line was cut.")
    assert ("Dnipropetrovsk Oblast", "", "2025-03-11", None, None) in _rows(text)
