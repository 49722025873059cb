"""Rules added in extractor 1.40.0 for killed and injured (mechanisms pooled over unseen26-unseen31,
twenty-four authors, with the older sets). Sentences, places and figures are invented for these
tests. Each rule test fails on the extractor before its rule; the guards pass on both."""

from assets.extract.extractor import extract_mentions


def _rows(text: str, published: str, title: str | None = None) -> list[dict]:
    return extract_mentions({"article_id": "v140c", "text": text, "published_at": published,
                             "title": title})


def _tolls(rows: list[dict]) -> list[tuple]:
    return sorted(((r["admin1"] or "", r["location"] or "", r["killed"], r["injured"])
                   for r in rows), key=str)


# -- a lead's toll over several places (or none) is the country's (wide_tolls) -----------------

def test_a_lead_toll_over_two_cities_goes_to_the_country_row():
    text = ("Russian missiles and drones pounded Kherson and Mykolaiv overnight into Friday, "
            "killing five people and injuring at least 31, officials said.\n\n"
            "In Kherson, a missile hit a supermarket, killing three people and injuring 12, the "
            "governor said.\n\n"
            "In Mykolaiv, a drone struck a dormitory, killing two and injuring 19, the mayor said."
            "\n\nThe air force said Russia launched 14 missiles and 25 drones and that 20 of them "
            "were shot down.")
    assert _tolls(_rows(text, "2023-09-08T12:00:00+03:00")) == [
        ("", "", 5, 31), ("Kherson Oblast", "Kherson", 3, 12),
        ("Mykolaiv Oblast", "Mykolaiv", 2, 19)]


def test_a_placeless_lead_toll_goes_to_the_country_row():
    text = ("Russia battered power stations in the centre and west of Ukraine on Thursday, in "
            "what the grid operator called its worst night this year. At least nine people were "
            "killed.\n\n"
            "The air force said 70 missiles and 44 drones were fired, and that 60 missiles and 39 "
            "drones were destroyed.\n\n"
            "In Poltava, four people were killed when a missile hit a substation, the governor "
            "said. Three people died in Sumy after a drone hit a house.")
    assert _tolls(_rows(text, "2024-03-28T20:00:00+02:00")) == [
        ("", "", 9, None), ("Poltava Oblast", "Poltava", 4, None), ("Sumy Oblast", "Sumy", 3, None)]


def test_a_lead_toll_over_two_regions_gives_no_country_toll():
    text = ("Russian drones attacked the Sumy and Chernihiv regions overnight, killing four people "
            "and injuring 11, officials said.\n\n"
            "The air force said 40 drones were launched and 31 were shot down.\n\n"
            "In Sumy, a drone hit a bakery, killing three and injuring eight.")
    rows = _rows(text, "2024-10-02T12:00:00+03:00")
    assert [(r["killed"], r["injured"]) for r in rows if r["geo_precision"] == "country"] == [
        (None, None)]


def test_a_lead_toll_no_larger_than_one_citys_own_stays_off_the_country_row():
    text = ("Russian missiles hit Dnipro and Pavlohrad on Monday, killing three people, officials "
            "said.\n\n"
            "The air force said 12 missiles were launched and nine were shot down.\n\n"
            "In Dnipro, three people were killed when a missile hit a clinic. In Pavlohrad a "
            "warehouse burned, the mayor said.")
    rows = _rows(text, "2024-06-17T12:00:00+03:00")
    assert [r["killed"] for r in rows if r["geo_precision"] == "country"] == [None]


# -- a rise told with words between the verb and "to N" (toll_rises) ----------------------------

def test_a_rise_told_through_the_day_is_the_latest_injured_figure():
    text = ("A Russian missile hit a shopping centre in Poltava on Wednesday morning. One person "
            "was killed and the number of wounded rose through the afternoon to 36, the mayor "
            "said.")
    assert _tolls(_rows(text, "2024-05-08T21:00:00+03:00")) == [
        ("Poltava Oblast", "Poltava", 1, 36)]


def test_a_rise_from_a_first_figure_to_a_second_takes_the_second():
    text = ("Russian drones struck a hostel in Chernihiv overnight, regional officials said. The "
            "number of injured grew from 13 to 17 by the morning, among them a 9-year-old boy.")
    assert _tolls(_rows(text, "2024-05-08T21:00:00+03:00")) == [
        ("Chernihiv Oblast", "Chernihiv", None, 17)]


def test_a_count_risen_told_by_a_pronoun_is_the_latest_figure():
    text = ("A glide bomb hit a tram depot in Kharkiv on Sunday afternoon, the mayor said. The "
            "first count was six injured, but by the evening it had climbed to nine.")
    assert _tolls(_rows(text, "2024-05-12T23:00:00+03:00")) == [
        ("Kharkiv Oblast", "Kharkiv", None, 9)]


def test_a_rise_with_a_digit_between_verb_and_figure_is_not_read_as_the_new_figure():
    text = ("A missile hit a warehouse in Odesa on Monday. Eleven people were injured, the "
            "governor said; the number of injured had risen in 2023 to record levels.")
    assert _tolls(_rows(text, "2024-05-13T23:00:00+03:00")) == [
        ("Odesa Oblast", "Odesa", None, 11)]


# -- a zero told by one place's official is that place's alone (zero_speakers) -----------------

def test_a_zero_told_by_one_regions_governor_stays_off_the_other_region_named_before():
    text = ("Russian missiles hit a block of flats in Lutsk overnight, killing four people, the "
            "mayor said.\n\n"
            "Energy facilities were also hit in the Rivne and Chernivtsi regions, the energy "
            "ministry said. Chernivtsi governor Ruslan Zaparaniuk said a strike on an industrial "
            "site caused a fire but no casualties.")
    rows = _rows(text, "2024-04-11T12:00:00+03:00")
    assert {(r["admin1"], r["location"]): (r["killed"], r["injured"]) for r in rows} == {
        ("Volyn Oblast", "Lutsk"): (4, None), ("Rivne Oblast", None): (None, None),
        ("Chernivtsi Oblast", None): (0, 0)}


def test_a_zero_told_by_one_governor_after_two_regions_in_two_clauses_is_his_regions():
    text = ("Russian drones hit energy sites overnight. In the western Rivne region, an energy "
            "facility was damaged, and in the Chernivtsi region, a drone strike set off a fire at "
            "an energy site, local officials said. Chernivtsi Governor Ruslan Zaparaniuk said no "
            "one was hurt.")
    rows = _rows(text, "2024-04-11T12:00:00+03:00")
    assert {r["admin1"]: (r["killed"], r["injured"]) for r in rows} == {
        "Rivne Oblast": (None, None), "Chernivtsi Oblast": (0, 0)}


def test_a_zero_told_by_another_regions_officials_goes_to_that_regions_row():
    text = ("Russian missiles struck an airfield in Starokostiantyniv in the Khmelnytskyi region "
            "on Thursday, the ministry said.\n\n"
            "Ukraine reported damage to a gas plant in the Sumy region. Khmelnytskyi regional "
            "officials said there were no casualties.")
    rows = _rows(text, "2024-04-11T12:00:00+03:00")
    assert {(r["admin1"], r["location"]): (r["killed"], r["injured"]) for r in rows} == {
        ("Khmelnytskyi Oblast", "Starokostiantyniv"): (0, 0), ("Sumy Oblast", None): (None, None)}


def test_a_zero_told_with_no_place_in_the_speakers_title_keeps_every_place():
    text = ("Russian drones hit energy sites overnight. In the Rivne region, a substation was "
            "damaged, and in the Volyn region, a drone strike started a fire at a depot. The "
            "energy ministry said no one was hurt.")
    rows = _rows(text, "2024-04-11T12:00:00+03:00")
    assert {r["admin1"]: (r["killed"], r["injured"]) for r in rows if r["admin1"]} == {
        "Rivne Oblast": (0, 0), "Volyn Oblast": (0, 0)}
