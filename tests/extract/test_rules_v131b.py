"""Rules added in extractor 1.31.0 for killed, injured and event dates (mechanisms pooled over
unseen21, unseen22, unseen23 and unseen24, sixteen authors). Sentences, places and figures are
invented for these tests. Each rule test fails on 1.30.0; the guards pass on both."""

from assets.extract.extractor import extract_mentions
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str, title: str | None = None) -> list[dict]:
    return extract_mentions({"article_id": "v131b", "text": text, "published_at": published,
                             "title": title})


def _day(row: dict) -> str | None:
    return None if row["event_date"] is None else str(row["event_date"])


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], r["killed"], r["injured"]) for r in rows
            if r["kind"] == "impact"]


# -- the hurt told by the wound they suffered (wound_phrasings) ---------------------------------

def test_a_count_receiving_cuts_is_that_many_injured():
    assert _figs("Four pensioners received cuts from flying glass, and the roof "
                 "collapsed.") == [("injured", 4, "plain")]


def test_an_aside_between_the_count_and_the_wound_is_skipped():
    assert _figs("Two cyclists, including a 12-year-old boy, suffered cuts from the "
                 "blast, the mayor said.") == [("injured", 2, "plain")]


def test_both_taken_to_hospital_with_wounds_are_two():
    assert _figs("Both women inside were taken to the regional hospital with shrapnel "
                 "wounds.") == [("injured", 2, "plain")]


def test_one_person_of_any_trade_suffering_a_concussion_is_one():
    assert _figs("A beekeeper suffered a concussion and was treated at home.") == [
        ("injured", 1, "plain")]


def test_a_pronoun_left_with_a_wound_is_one():
    assert _figs("A drone chased a tractor near the farm, leaving him with a shrapnel "
                 "injury to his arm.") == [("injured", 1, "plain")]


def test_the_wound_reaches_the_village_row():
    rows = _rows("A Russian drone hit a bakery in Kupiansk on Monday, the governor said. A baker "
                 "suffered a concussion.", "2024-05-07")
    assert ("Kharkiv Oblast", "Kupiansk", None, 1) in _brief(rows)


def test_damage_suffered_by_things_counts_no_one():
    assert _figs("Two houses received minor damage and the school suffered broken "
                 "windows.") == []


def test_people_already_counted_with_their_wounds_are_not_counted_again():
    assert _figs("Three people were injured and received cuts from glass.") == [
        ("injured", 3, "plain")]


# -- an earlier attack recalled by its month inside the sentence (recalled_months) -------------

_RECALL = ("A Russian missile hit a school in Chernihiv on Tuesday, killing two people and "
           "injuring five, the mayor said. ")


def test_an_attack_there_in_a_past_month_is_a_row_of_its_own():
    rows = _rows(_RECALL + "A drone attack on a market there in March 2023 killed six "
                 "people.", "2024-10-09")
    got = sorted(((r["location"], _day(r), r["date_precision"], r["killed"])
                  for r in rows if r["kind"] == "impact"), key=str)
    assert got == [("Chernihiv", "2024-10-08", "day", 2),
                   ("Chernihiv", None, "month", 6)]


def test_the_deadliest_on_the_city_since_a_month_keeps_todays_toll():
    rows = _rows(_RECALL + "It was the worst attack on the city since August 2023, when a "
                 "missile killed seven people near a theatre.", "2024-10-09")
    got = sorted(((_day(r), r["killed"], r["injured"]) for r in rows
                  if r["kind"] == "impact" and r["location"] == "Chernihiv"), key=str)
    assert got == [("2024-10-08", 2, 5), (None, 7, None)]


def test_a_month_of_this_month_is_no_earlier_attack():
    from datetime import date

    from assets.extract.recalled_months import recalled_month
    assert recalled_month("the worst on the city since October 2024, when ...",
                          date(2024, 10, 9)) is None
    assert recalled_month("struck the city last November, killing four",
                          date(2024, 10, 9)) == ((None, "month", 0), (2023, 11))


# -- a community or urban district named only to locate a village (community_villages) ---------

def _places(text: str) -> list[tuple]:
    return sorted(_brief(_rows(text, "2024-05-07")), key=str)


def test_the_community_of_a_village_is_no_place_of_its_own():
    assert _places("Russian shelling in the Kupiansk community on Monday killed a man in the "
                   "village of Kivsharivka, and a woman was injured in the same attack, the "
                   "governor said.") == [("Kharkiv Oblast", "Kivsharivka", 1, 1)]


def test_a_village_located_by_its_community_after_it_keeps_the_figure():
    assert _places("Near the village of Kivsharivka, in the Kupiansk community, a Russian drone "
                   "hit a tractor on Monday and wounded its driver.") == [
        ("Kharkiv Oblast", "Kivsharivka", None, 1)]


def test_a_russian_urban_district_locating_a_village_is_no_place():
    assert _places("A Ukrainian drone struck a car near the village of Nekhoteevka in the "
                   "Shebekino urban district on Monday. The driver was killed.") == [
        ("Belgorod Oblast", "Nekhoteevka", 1, None)]


def test_a_community_beside_a_town_told_on_its_own_keeps_its_row():
    assert _places("Russian drones struck Kupiansk on Monday, injuring one man, and hit a barn "
                   "in the Balakliia community, the governor said.") == [
        ("Kharkiv Oblast", "Balakliia", None, None), ("Kharkiv Oblast", "Kupiansk", None, 1)]


# -- two people named as a pair sharing one casualty verb (people_pairs) ------------------------

def test_two_people_of_any_trade_after_the_verb_are_two():
    assert _figs("A drone hit a fire engine, injuring a fireman and the dispatcher.") == [
        ("injured", 2, "plain")]


def test_a_parent_and_child_killed_are_two():
    assert _figs("The strike on the farm killed a shepherd and his 12-year-old grandson.") == [
        ("killed", 2, "plain")]


def test_a_pair_as_the_subject_of_died_is_two():
    assert _figs("The tractor driver and a mechanic, both locals, died at the scene.") == [
        ("killed", 2, "plain")]


def test_a_count_and_one_more_after_the_ages_is_the_sum():
    assert _figs("Artillery fire wounded three men, aged 30, 41 and 58, and a teenager.") == [
        ("injured", 4, "plain")]


def test_a_count_with_a_thing_after_it_keeps_the_count():
    assert _figs("The drones wounded two people, and a strike later hit the depot.") == [
        ("injured", 2, "plain")]
    assert _figs("Shelling killed two cows and a goat on the farm.") == []


def test_a_pair_counted_already_is_not_counted_again():
    assert _figs("A bomb killed a woman and her two children.") == [("killed", 3, "plain")]


# -- toll updates told with other verb forms and longer subjects (toll_verbs) ------------------

def test_a_toll_told_as_a_participle_is_an_update():
    assert _figs("Rescuers ended the search on Friday, with the death toll climbing to 31, "
                 "officials said.") == [("killed", 31, "update")]


def test_grew_with_a_comma_before_the_figure_is_an_update():
    assert _figs("The number of injured also grew, to 64, the mayor said.") == [
        ("injured", 64, "update")]


def test_a_toll_subject_of_two_words_is_an_update():
    assert _figs("The number of people confirmed dead after the missile hit the school has "
                 "risen to 17, the police said.") == [("killed", 17, "update")]


def test_a_rising_count_of_things_is_no_toll():
    assert _figs("The number of damaged houses is growing, officials said.") == []


# -- the strike's own day apart from the aftermath's and the report's (strike_day_told) --------

def _town_days(text: str, published: str) -> list[tuple]:
    return sorted((r["location"], _day(r), r["killed"]) for r in _rows(text, published)
                  if r["kind"] == "impact")


def test_a_day_told_with_the_rising_toll_is_the_aftermaths():
    text = ("Rescuers in the city of Uman pulled two more bodies from a collapsed block on "
            "Sunday, raising the death toll from a Russian missile strike to 12, officials "
            "said.\n\nThe missile tore into the building at about 5 a.m. on Saturday, while "
            "residents slept.")
    assert _town_days(text, "2024-03-10") == [("Uman", "2024-03-09", 12)]


def test_a_strike_day_after_a_part_of_the_day_moves_the_row():
    text = ("The number of people killed by a Russian missile in Poltava has risen to 9, the "
            "regional administration reported on the morning of March 12.\n\nThe building was "
            "hit on the evening of Sunday, March 10, during a wider Russian attack.")
    assert _town_days(text, "2024-03-12") == [("Poltava", "2024-03-10", 9)]


def test_a_sentence_opening_with_the_strike_on_a_day_moves_the_row():
    text = ("Rescuers in Poltava ended their search of a bombed-out block on Tuesday, three days "
            "after a Russian missile struck it, with the death toll climbing to 9, officials "
            "said.\n\nThe strike on Saturday morning destroyed an entire section of the "
            "building.")
    assert _town_days(text, "2024-03-12") == [("Poltava", "2024-03-09", 9)]


def test_a_report_day_without_the_strike_day_keeps_the_report_day():
    text = ("Rescuers in Poltava pulled two more bodies from a collapsed block on Sunday, "
            "raising the death toll from a Russian missile strike to 12, officials said.")
    assert _town_days(text, "2024-03-10") == [("Poltava", "2024-03-10", 12)]
