"""Rules added in extractor 1.30.0 for killed and injured (mechanisms pooled over unseen20,
unseen21, unseen22 and unseen23, sixteen authors): the subject of a casualty verb read as a whole
noun phrase (a role of two words, "One" before a role, a place, owner or relative clause after
the noun, a second clause's subject, a count and one more person sharing the verb, a person
taken to hospital); a toll update whose subject tells the whole attack (a long subject, the
attack's own "hit two blocks"); a region's toll with its towns' shares after a comma ("one in A
and one in B", "among them a man in B"); a zero of deaths only ("Nobody was killed") is the
killed field's alone. Sentences, places and figures are invented for these tests. Each
rule test fails on 1.29.1; the guards pass on both
(test_plural_or_hurt_nouns_after_the_are_no_one_person,
test_people_already_counted_are_not_counted_again, test_animals_and_parts_count_no_people,
test_a_short_toll_that_hits_a_figure_is_still_read,
test_a_town_named_with_the_toll_and_no_share_keeps_the_toll,
test_a_zero_of_deaths_and_the_hurt_stays_both)."""

from assets.extract.extractor import extract_mentions
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str, title: str | None = None) -> list[dict]:
    return extract_mentions({"article_id": "v130b", "text": text, "published_at": published,
                             "title": title})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], r["killed"], r["injured"]) for r in rows
            if r["kind"] == "impact"]


# -- the subject of a casualty verb as a whole noun phrase ---------------------------------------

def test_a_role_of_two_words_opening_a_sentence_is_one_person():
    assert _figs("The forklift operator was wounded and taken to the district "
                 "hospital.") == [("injured", 1, "plain")]


def test_one_before_a_role_is_one_person():
    assert _figs("One night watchman was hurt, the local broadcaster said.") == [
        ("injured", 1, "plain")]


def test_a_place_after_the_person_is_one_person_there():
    assert _figs("A woman in Pidhorodne was injured when a drone hit her "
                 "garden.") == [("injured", 1, "plain")]


def test_a_relative_clause_between_the_person_and_the_verb():
    assert _figs("A 64-year-old man who was fishing on the bank was killed, police "
                 "said.") == [("killed", 1, "plain")]


def test_a_count_with_an_owner_phrase_is_that_many():
    assert _figs("Two technicians of a water utility died when the drone hit the pumping "
                 "station.") == [("killed", 2, "plain")]


def test_another_count_told_with_its_area_is_that_many():
    assert _figs("Another six people in the district were wounded during the day.") == [
        ("injured", 6, "plain")]


def test_the_subject_of_a_second_clause_is_one_person():
    assert _figs("A drone struck a delivery van near the bridge, and the courier was wounded in "
                 "the arm.") == [("injured", 1, "plain")]


def test_a_count_and_one_more_person_sharing_the_verb():
    assert _figs("A farmhand was killed, and two other pickers and the foreman were hurt, the "
                 "owner said.") == [("killed", 1, "plain"), ("injured", 3, "plain")]


def test_a_person_taken_to_hospital_beside_a_death_is_one_hurt():
    assert _figs("Shelling killed a 58-year-old man in the Zavodskyi district, and a 30-year-old "
                 "woman was taken to hospital, the mayor said.") == [
        ("killed", 1, "plain"), ("injured", 1, "plain")]


def test_a_town_row_takes_the_role_told_in_the_next_sentence():
    rows = _rows("Late on Sunday, a Russian drone struck a grain truck outside Balakliia. The "
                 "truck driver was wounded, the regional governor said.",
                 "2024-08-12T10:00:00+03:00")
    assert _brief(rows) == [("Kharkiv Oblast", "Balakliia", None, 1)]


def test_plural_or_hurt_nouns_after_the_are_no_one_person():
    assert _figs("The wounded were taken to hospital.") == []
    assert _figs("The men were injured by flying glass.") == []


def test_people_already_counted_are_not_counted_again():
    assert _figs("Two people were injured and taken to hospital.") == [("injured", 2, "plain")]
    assert _figs("The two men were hurt.") == [("injured", 2, "plain")]


def test_animals_and_parts_count_no_people():
    assert _figs("Three cows of a local farm were killed by the blast.") == []
    assert _figs("Twelve of the victims were killed in one stairwell.") == [
        ("killed", 12, "plain")]


# -- a toll update whose subject tells the whole attack ------------------------------------------

def test_a_toll_whose_subject_tells_the_attack_is_read_past_its_description():
    assert _figs("The number of people killed when a Russian ballistic missile brought down two "
                 "floors of a student hostel near the railway works in the western town of "
                 "Zdolbuniv has risen to 17, rescuers said.") == [("killed", 17, "update")]


def test_what_the_attack_hit_is_not_the_toll():
    assert _figs("The number of people killed when two glide bombs hit three warehouses on the "
                 "edge of the port on Monday has risen to 9, officials said.") == [
        ("killed", 9, "update")]


def test_bringing_the_toll_of_a_long_named_attack_to_a_figure():
    assert _figs("Searchers dug through the night on Tuesday, bringing the death toll from "
                 "Sunday's combined drone and missile assault on the riverside district to 19, "
                 "the mayor said.") == [("killed", 19, "update")]


def test_a_short_toll_that_hits_a_figure_is_still_read():
    assert _figs("The death toll hit 12 on Friday.") == [("killed", 12, "update")]


# -- a region's toll with its towns' shares after a comma ----------------------------------------

def test_a_regions_toll_with_one_in_each_town_gives_each_town_its_share():
    rows = _rows("In the Kharkiv region, two people were killed, one in Izium and one in "
                 "Balakliia, and seven were injured, the regional administration said.",
                 "2024-10-03T09:00:00+03:00")
    assert sorted(_brief(rows), key=str) == sorted([
        ("Kharkiv Oblast", None, 2, 7), ("Kharkiv Oblast", "Izium", 1, None),
        ("Kharkiv Oblast", "Balakliia", 1, None)], key=str)


def test_a_regions_toll_among_them_a_person_in_a_town():
    rows = _rows("In the Chernihiv region, three people died, among them a woman in the town of "
                 "Nizhyn, the governor said.", "2024-10-03T09:00:00+03:00")
    assert sorted(_brief(rows), key=str) == sorted([
        ("Chernihiv Oblast", None, 3, None), ("Chernihiv Oblast", "Nizhyn", 1, None)], key=str)


def test_a_town_named_with_the_toll_and_no_share_keeps_the_toll():
    rows = _rows("In the Chernihiv region, a drone hit a warehouse in Nizhyn, killing two "
                 "people, the governor said.", "2024-10-03T09:00:00+03:00")
    assert _brief(rows) == [("Chernihiv Oblast", "Nizhyn", 2, None)]


# -- a zero of deaths only ----------------------------------------------------------------------

def test_nobody_was_killed_is_a_zero_of_deaths_only():
    assert _figs("Nobody was killed in the village, the head of the community said.") == [
        ("killed", 0, "zero")]


def test_a_town_row_told_nobody_died_leaves_its_injured_unknown():
    rows = _rows("A drone hit a warehouse in Fastiv overnight. Nobody was killed, the mayor "
                 "said.", "2024-06-08T09:00:00+03:00")
    assert _brief(rows) == [("Kyiv Oblast", "Fastiv", 0, None)]


def test_a_zero_of_deaths_and_the_hurt_stays_both():
    assert _figs("No one was killed or injured, the mayor said.") == [
        ("killed", 0, "zero"), ("injured", 0, "zero")]
