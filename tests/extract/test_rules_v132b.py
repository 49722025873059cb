"""Rules added in extractor 1.32.0 for killed, injured and event dates (mechanisms pooled over
unseen22, unseen23, unseen24 and unseen25, sixteen authors). Sentences, places and figures are
invented for these tests. Each rule test fails on 1.31.0; the guards pass on both."""

from assets.extract.extractor import extract_mentions
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str, title: str | None = None) -> list[dict]:
    return extract_mentions({"article_id": "v132b", "text": text, "published_at": published,
                             "title": title})


def _day(row: dict) -> str | None:
    return None if row["event_date"] is None else str(row["event_date"])


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], r["killed"], r["injured"]) for r in rows
            if r["kind"] == "impact"]


# -- the damage and the casualties denied, the damage first (damage_zeros) ----------------------

def test_no_damage_or_casualties_is_a_zero_of_both_fields():
    assert _figs("A shell fell on a meadow outside the village, causing no damage or "
                 "casualties.") == [("killed", 0, "zero"), ("injured", 0, "zero")]


def test_no_damage_or_injuries_reported_by_officials_is_a_zero():
    assert _figs("The town council reported no damage or injuries after the "
                 "raid.") == [("killed", 0, "zero"), ("injured", 0, "zero")]


def test_the_zero_reaches_the_towns_row():
    rows = _rows("Russian drones attacked Poltava overnight, the governor said on Monday. Debris "
                 "fell on a car park in Poltava, and the city council reported no damage or "
                 "casualties.", "2024-05-13")
    assert ("Poltava Oblast", "Poltava", 0, 0) in _brief(rows)


def test_a_count_beside_no_damage_keeps_the_count():
    assert _figs("Two guards were wounded, but there was no damage or casualties at the "
                 "depot itself, the mayor said.") == [("injured", 2, "plain")]
    from assets.extract.damage_zeros import damage_first_zeros
    assert damage_first_zeros("There was no damage or casualties.", True) == []
    assert damage_first_zeros("There was no damage or casualties.", False) == [10]


def test_a_silent_report_of_damage_and_casualties_is_no_zero():
    assert _figs("The regional administration did not report any casualties or damage in "
                 "the village.") == []


# -- a toll's shares told for further places with the verb left out (elided_shares) -------------

def test_a_share_after_an_aside_about_the_first_place_is_read():
    assert _figs("Three people were killed in Lyman, where a shell hit a school, and two "
                 "in Siversk.") == [("killed", 3, "plain"), ("killed", 2, "plain")]


def test_the_share_after_an_aside_reaches_the_second_town():
    rows = _rows("Russian shelling killed five people in the Donetsk region on Monday, the "
                 "governor said on Tuesday. Three people were killed in Lyman, where a shell "
                 "hit a school, and two in Siversk.", "2024-06-11")
    brief = _brief(rows)
    assert ("Donetsk Oblast", "Lyman", 3, None) in brief
    assert ("Donetsk Oblast", "Siversk", 2, None) in brief


def test_another_in_the_village_of_is_that_villages():
    rows = _rows("Russian shelling killed two people in the Donetsk region on Monday, the "
                 "governor said on Tuesday. One person was killed in Kurakhove and another in "
                 "the village of Hirnyk, he said.", "2024-06-11")
    brief = _brief(rows)
    assert ("Donetsk Oblast", "Kurakhove", 1, None) in brief
    assert ("Donetsk Oblast", "Hirnyk", 1, None) in brief


def test_one_each_in_two_towns_is_one_for_every_town():
    rows = _rows("Russian attacks wounded seven people in the Donetsk region on Monday, the "
                 "governor said on Tuesday. Five people were wounded in Kurakhove, and one each "
                 "in Lyman and Siversk.", "2024-06-11")
    brief = _brief(rows)
    assert ("Donetsk Oblast", "Kurakhove", None, 5) in brief
    assert ("Donetsk Oblast", "Lyman", None, 1) in brief
    assert ("Donetsk Oblast", "Siversk", None, 1) in brief


def test_elided_share_helpers_read_the_aside_and_each():
    from assets.extract.elided_shares import each_share, past_aside
    t = "died in Lyman, where a shell hit a school, and two in Siversk"
    assert t[past_aside(t, len("died in Lyman")):].startswith(", and two")
    assert past_aside("died in Lyman, and two in Siversk", 13) == 13
    assert each_share("and one each in Lyman and Siversk", 4)
    assert not each_share("and one in Lyman and Siversk", 4)


def test_a_list_of_regions_after_a_figure_stays_no_ones():
    rows = _rows("Russian drones injured three people in the Kyiv and Zhytomyr regions overnight, "
                 "officials said on Monday.", "2024-06-10")
    assert all(r["injured"] is None for r in rows if r["kind"] == "impact")
