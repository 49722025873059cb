"""Rules added in extractor 1.37.0 for killed, injured and event_date (mechanisms pooled over
unseen25, unseen26, unseen27 and unseen28, sixteen authors, with the older sets). Sentences,
places and figures are invented for these tests. Each rule test fails on the extractor before
its rule; the guards pass on both."""

from assets.extract.extractor import extract_mentions
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str, title: str | None = None) -> list[dict]:
    return extract_mentions({"article_id": "v137c", "text": text, "published_at": published,
                             "title": title})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(str(r["event_date"]), r["admin1"], r["location"], r["killed"], r["injured"])
            for r in rows if r["kind"] == "impact"]


# -- a toll that "stood at" a figure at an earlier hour is stale (earlier_stands) ---------------

def test_a_toll_that_stood_at_a_figure_on_an_earlier_evening_is_stale():
    assert _figs("On Monday evening the toll stood at 12.") == [("killed", 12, "stale")]


def test_a_toll_that_stood_at_a_figure_in_the_morning_is_stale():
    assert _figs("The toll stood at seven in the morning.") == [("killed", 7, "stale")]


def test_the_latest_toll_stays_after_an_earlier_one_that_stood_lower():
    text = ("The death toll from Sunday's missile strike on Zhytomyr has risen to 17, the "
            "emergency service said on Tuesday. On Monday evening the toll stood at 12. Forty "
            "people were injured.")
    assert ("2025-03-09", "Zhytomyr Oblast", "Zhytomyr", 17, 40) in _brief(
        _rows(text, "2025-03-11"))


def test_a_toll_that_stood_at_a_figure_by_the_evening_is_the_update():
    assert _figs("By Tuesday evening the toll stood at 19.") == [("killed", 19, "update")]
    assert _figs("The number of injured stood at 44 by the evening.") == [
        ("injured", 44, "update")]
    # an earlier hour told, but "by" makes it the latest count (the two above name no earlier
    # hour, so only this one fails without earlier_stands' "by / as of / now" test)
    assert _figs("By late on Tuesday the toll stood at 19.") == [("killed", 19, "update")]


# -- people told as being treated are injured (being_treated) -----------------------------------

def test_a_count_of_people_being_treated_in_hospital_is_that_many_injured():
    assert _figs("Fourteen people are being treated in hospital.") == [("injured", 14, "plain")]


def test_other_people_being_treated_for_wounds_are_injured():
    assert _figs("Three other people were being treated for wounds.") == [
        ("injured", 3, "plain")]


def test_the_people_being_treated_reach_the_towns_row():
    text = ("A Russian missile hit an apartment block in Lutsk on Tuesday, killing four people, "
            "the governor said. Nine people are being treated in hospital.")
    assert ("2025-05-06", "Volyn Oblast", "Lutsk", 4, 9) in _brief(_rows(text, "2025-05-06"))


def test_patients_being_treated_in_a_hospital_are_no_toll():
    assert _figs("A drone hit a hospital where 40 patients were being treated.") == []


def test_a_share_of_the_injured_being_treated_is_no_new_figure():
    assert _figs("Twelve people were injured, and five residents are being treated in "
                 "hospital.") == [("injured", 12, "plain")]


# -- a zero told of several places at once reaches each of them (zero_scopes) --------------------

def test_neither_place_reporting_casualties_is_a_zero():
    assert _figs("Neither place reported casualties.") == [("killed", 0, "zero"),
                                                           ("injured", 0, "zero")]


def test_neither_place_gives_its_zero_to_the_two_places_told_before():
    text = ("A missile hit a substation in Poltava on Monday, the governor said. Drones also "
            "struck a depot in Kremenchuk. Neither place reported casualties.")
    brief = _brief(_rows(text, "2024-11-04"))
    assert ("2024-11-04", "Poltava Oblast", "Poltava", 0, 0) in brief
    assert ("2024-11-04", "Poltava Oblast", "Kremenchuk", 0, 0) in brief


def test_no_casualties_anywhere_reaches_every_place_of_the_attack():
    text = ("Russian missiles hit energy facilities in Rivne and Lutsk on Friday morning, "
            "officials said.\n\nIn Chernivtsi, a drone damaged a power line. No casualties were "
            "reported anywhere.")
    brief = _brief(_rows(text, "2024-12-20"))
    assert ("2024-12-20", "Rivne Oblast", "Rivne", 0, 0) in brief
    assert ("2024-12-20", "Volyn Oblast", "Lutsk", 0, 0) in brief
    assert ("2024-12-20", "Chernivtsi Oblast", "Chernivtsi", 0, 0) in brief


def test_no_casualties_anywhere_leaves_a_place_with_its_own_toll():
    text = ("A missile killed two people in Rivne on Friday morning, officials said.\n\nIn "
            "Chernivtsi, a drone damaged a power line. No casualties were reported anywhere "
            "else.")
    brief = _brief(_rows(text, "2024-12-20"))
    assert ("2024-12-20", "Rivne Oblast", "Rivne", 2, None) in brief


# -- a figure told with its own place among the sentence's places goes there (figure_places) -----

def test_a_figure_in_the_first_of_two_places_goes_to_that_place():
    text = ("Russian forces shelled Vovchansk and the village of Starytsia on Tuesday, wounding "
            "one man in Vovchansk, the governor said.")
    brief = _brief(_rows(text, "2024-07-02"))
    assert ("2024-07-02", "Kharkiv Oblast", "Vovchansk", None, 1) in brief
    assert ("2024-07-02", "Kharkiv Oblast", "Starytsia", None, None) in brief


def test_a_figure_in_one_place_of_a_list_goes_to_that_place():
    text = ("Russian drones struck Bilopillia, Krasnopillia and Vorozhba on Monday, the regional "
            "administration said, adding that a 52-year-old woman was injured in Krasnopillia.")
    brief = _brief(_rows(text, "2025-06-03"))
    assert ("2025-06-02", "Sumy Oblast", "Krasnopillia", None, 1) in brief
    assert ("2025-06-02", "Sumy Oblast", "Bilopillia", None, None) in brief


def test_a_figure_in_one_place_before_a_speakers_name_goes_to_that_place():
    text = ("Russian drones struck Bilopillia and Vorozhba on Monday, injuring a man in Vorozhba, "
            "Hryhorov said.")
    brief = _brief(_rows(text, "2025-06-03"))
    assert ("2025-06-02", "Sumy Oblast", "Vorozhba", None, 1) in brief
    assert ("2025-06-02", "Sumy Oblast", "Bilopillia", None, None) in brief


def test_one_each_in_a_list_of_places_stays_each_places_share():
    text = ("Russian shelling wounded six people in the Donetsk region on Monday, the governor "
            "said on Tuesday. Four people were wounded in Kostiantynivka, and one each in "
            "Druzhkivka and Sloviansk.")
    brief = [(r[2], r[4]) for r in _brief(_rows(text, "2024-06-11"))]
    assert ("Druzhkivka", 1) in brief and ("Sloviansk", 1) in brief


def test_a_figure_with_no_place_of_its_own_after_a_list_goes_to_no_one_place():
    text = ("Russian drones struck Bilopillia, Krasnopillia and Vorozhba on Monday, injuring "
            "three people, the regional administration said.")
    brief = _brief(_rows(text, "2025-06-03"))
    assert [r[2] for r in brief] == ["Bilopillia", "Krasnopillia", "Vorozhba"]
    assert [r[4] for r in brief] == [None, None, None]


# -- a record told with the day's figure reaches 90 characters back (since_totals.since_record) -

def test_a_long_record_since_the_invasion_keeps_the_days_figure():
    text = ("A Russian missile hit an apartment block in Lviv on Tuesday, killing seven people, "
            "the mayor said. The governor said 66 people had been injured in the city, the "
            "largest number of wounded in Lviv in a single attack since the start of the "
            "full-scale invasion.")
    assert ("2025-05-13", "Lviv Oblast", "Lviv", 7, 66) in _brief(_rows(text, "2025-05-13"))


def test_a_total_since_the_start_of_the_year_is_no_days_figure():
    text = ("A Russian missile hit an apartment block in Lviv on Tuesday, killing seven people, "
            "the mayor said. The governor said 66 people had been injured in the city since the "
            "start of the year.")
    assert ("2025-05-13", "Lviv Oblast", "Lviv", 7, None) in _brief(_rows(text, "2025-05-13"))


# -- an age told as "a woman of 71" is no toll (ages_of) -----------------------------------------

def test_an_age_after_of_is_no_toll():
    assert _figs("In Oleshky, a woman of 68 died when a shell hit her yard.") == [
        ("killed", 1, "plain")]
    assert _figs("A boy of 7 and two women were injured.") == [("injured", 3, "plain")]


def test_a_family_of_four_is_still_a_count():
    assert _figs("A family of four was killed when a drone hit their house.") == [
        ("killed", 4, "plain")]


# -- a zero an official gave before the toll rose is no zero of the row (overtaken_zeros) -------

_OVERTAKEN = ("A worker has died of burns after a Ukrainian drone attack on a fuel depot in "
              "Bryansk on Monday, governor Alexander Bogomaz said on Tuesday. Bogomaz had "
              "initially said nobody was hurt.")


def test_an_earlier_reports_zero_is_overtaken_by_a_death():
    assert ("2024-10-14", "Bryansk Oblast", "Bryansk", 1, None) in _brief(
        _rows(_OVERTAKEN, "2024-10-15"))


def test_an_earlier_reports_zero_alone_stays():
    text = ("A Ukrainian drone attack hit a fuel depot in Bryansk on Monday, governor Alexander "
            "Bogomaz said on Tuesday. Bogomaz had initially said nobody was hurt.")
    assert ("2024-10-14", "Bryansk Oblast", "Bryansk", 0, 0) in _brief(_rows(text, "2024-10-15"))
