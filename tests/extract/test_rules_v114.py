"""Rules added in extractor 1.14.0 (error classes of data/eval/unseen8, stated as phrasings),
each checked on made-up sentences: "was hit in a similar raid" and "has been hit by ... since."
are background; "N of the dead/injured were in X" gives X its share; "one worker was treated for
smoke inhalation" is one injured; a figure-less region named in a lead beside another region
("in the A region and ... in the B region") folds into its town told later; a count "over the
Crimean peninsula" before ", while ..." is the region's."""

from assets.extract import context as cx
from assets.extract.extractor import extract_mentions
from tests.extract.probes import figure_values as _figs


def _rows(text: str, published: str = "2025-03-04") -> list[dict]:
    return extract_mentions({"article_id": "v114", "text": text, "published_at": published})


def _brief(rows: list[dict]) -> list[tuple]:
    return sorted((r["location"] or "", r["admin1"] or "", r["killed"], r["injured"],
                   r["launched"], r["intercepted"]) for r in rows)


def test_similar_raid_is_background():
    assert cx.BACKGROUND.search("The depot in Kstovo was hit in a similar raid in March.")
    assert cx.BACKGROUND.search("Uman has been struck by several deadly drone attacks since.")
    assert not cx.BACKGROUND.search("A drone hit a similar warehouse in Uman on Monday.")
    assert not cx.BACKGROUND.search("Since dawn, three drones hit Uman.")


def test_similar_raid_gives_no_row():
    rows = _rows("A Russian drone hit a warehouse in Uman on Monday, injuring two workers. "
                 "Smila was hit in a similar attack in January last year.")
    assert _brief(rows) == [("Uman", "Cherkasy Oblast", None, 2, None, None)]


def test_hit_since_gives_no_row():
    rows = _rows("A Russian drone hit a warehouse in Uman on Monday, injuring two workers. "
                 "Smila, a rail hub, has been hit by several deadly missile strikes since.")
    assert _brief(rows) == [("Uman", "Cherkasy Oblast", None, 2, None, None)]


def test_share_of_the_dead_in_a_town():
    assert _figs("Three of the dead were in Bilopillia, a town near the border.") == [
        ("killed", 3)]
    assert _figs("Two of the injured were in the city of Uman, the governor said.") == [
        ("injured", 2)]
    assert _figs("Two of the injured were in serious condition.") == []
    assert _figs("Four of the wounded were in hospital on Tuesday.") == []


def test_treated_for_smoke_inhalation_is_one_injured():
    assert _figs("One guard was treated for smoke inhalation.") == [("injured", 1)]
    assert _figs("A driver was treated for minor burns at the scene.") == [("injured", 1)]
    assert _figs("A woman was treated for shock.") == []


def test_lead_region_beside_another_region_folds_into_its_town():
    rows = _rows("Russian drones attacked central Ukraine overnight, hitting an energy facility in "
                 "the Cherkasy region and damaging houses in the Kirovohrad region, officials said "
                 "on Tuesday. Cherkasy governor Ihor Taburets said air defences had shot down nine "
                 "drones over the region. One drone hit a substation in Uman, causing a fire, but "
                 "no one was hurt, he said. In the town of Oleksandriia, debris from a drone "
                 "damaged the roofs of several houses.")
    assert _brief(rows) == [("", "Cherkasy Oblast", None, None, None, 9),
                            ("Oleksandriia", "Kirovohrad Oblast", None, None, None, None),
                            ("Uman", "Cherkasy Oblast", 0, 0, None, None)]


def test_peninsula_count_before_while_is_the_regions():
    rows = _rows("Air defences destroyed 14 Ukrainian drones over the Crimean peninsula "
                 "overnight, the ministry said, while the head of Crimea said one person had been "
                 "hurt in the town of Kerch. Debris from a downed drone fell on a house in Kerch, "
                 "he said.")
    assert _brief(rows) == [("", "Crimea", None, None, None, 14),
                            ("Kerch", "Crimea", None, 1, None, None)]
