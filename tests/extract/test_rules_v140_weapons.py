"""Rules added in extractor 1.40.0, weapons and tallies (weapon, launched, intercepted and tally
rows pooled over unseen26-unseen31, twenty-four authors). Sentences, places and figures are
invented for these tests. The rule tests fail without the rule's hook; the guards pass with and
without it."""

from assets.extract.extractor import extract_mentions
from assets.extract.kiev_claims import kiev_claim
from assets.extract.tallies import find_tallies
from assets.extract.weapon_clauses import weapon_cuts


def _rows(text: str, published: str) -> list[tuple]:
    rows = extract_mentions({"article_id": "v140w", "text": text, "published_at": published,
                             "title": None})
    return sorted((r["location"] or "", r["weapon"], r["killed"], r["injured"]) for r in rows
                  if r["geo_precision"] == "settlement")


def test_a_shelled_town_and_a_droned_town_after_and_a_time_word_keep_their_weapons():
    text = ("Late on Monday, Russian shelling wounded a 52-year-old man in Huliaipole, a town "
            "near the front, and overnight a drone damaged a fire station in Orikhiv, the "
            "regional governor said on Tuesday.")
    assert _rows(text, "2024-06-11") == [
        ("Huliaipole", "artillery", None, 1), ("Orikhiv", "drone", None, None)]


def test_a_bomb_clause_joined_by_bare_and_is_its_towns_own():
    text = ("Elsewhere in the region, Russian artillery wounded two women in Marhanets and a "
            "glide bomb destroyed a warehouse in Nikopol, the governor said on Friday.")
    assert _rows(text, "2024-08-16") == [
        ("Marhanets", "artillery", None, 2), ("Nikopol", "glide_bomb", None, None)]


def test_troops_shelling_a_second_town_leave_the_first_its_drone():
    text = ("Earlier on Sunday, a drone attack on Bilozerka killed a 70-year-old man, and "
            "Russian forces shelled Antonivka, the regional administration said.")
    assert _rows(text, "2024-05-12") == [
        ("Antonivka", "artillery", None, None), ("Bilozerka", "drone", 1, None)]


def test_in_place_clauses_of_a_governors_list_each_take_their_weapon():
    text = ('"In Izium a 58-year-old woman was wounded by artillery fire, in Balakliia two men '
            'were injured by a drone, and in Chuhuiv a guided aerial bomb hit a garage," the '
            "governor wrote on Wednesday.")
    assert _rows(text, "2024-10-02") == [
        ("Balakliia", "drone", None, 2), ("Chuhuyiv", "glide_bomb", None, None),
        ("Izium", "artillery", None, 1)]


def test_weapon_cuts_keeps_a_compound_subject_and_a_one_town_sentence_whole():
    # "Six drones and two missiles hit A": one subject; a second clause naming no other place
    text = "Six drones and two missiles hit Kharkiv and Izium on Monday."
    assert weapon_cuts(text, [text.index("Kharkiv"), text.index("Izium")]) == []
    text = "In Odesa a missile damaged a school and a drone hit the port."
    assert weapon_cuts(text, [text.index("Odesa")]) == []
    text = "A missile damaged a school in Odesa and a drone hit the port in Izmail."
    assert weapon_cuts(text, [text.index("Odesa"), text.index("Izmail")]) == [
        text.index("a drone")]


def _countries(text: str, published: str) -> list[tuple]:
    rows = extract_mentions({"article_id": "v140k", "text": text, "published_at": published,
                             "title": None})
    return sorted((r["country"], r["weapon"], r["launched"], r["intercepted"]) for r in rows
                  if r["geo_precision"] == "country")


def test_kievs_claimed_tally_after_the_ministrys_own_drones_is_ukraines():
    text = ("MOSCOW, March 9. The Russian Armed Forces on Saturday night delivered a massive "
            "strike with precision weapons and attack drones against energy facilities of "
            "Ukraine, the Russian Defence Ministry said.\n\nOver the past night, air defence "
            "systems also destroyed 17 Ukrainian drones over the Kursk and Oryol regions.\n\n"
            "Kiev claimed the attack involved 40 missiles and 70 drones and said 30 missiles "
            "and 50 drones had been shot down.")
    assert _countries(text, "2024-03-09") == [
        ("RUS", "drone", None, 17), ("UKR", "mixed", 110, 80)]


def test_kiev_claiming_its_own_strike_is_no_tally_cue():
    assert not kiev_claim("Kyiv claimed responsibility for the drone attack on the refinery.")
    assert kiev_claim("The Kiev authorities claimed that 12 missiles had been shot down.")


def _downed(text: str) -> list[tuple]:
    return sorted((c.field, c.wtype, c.value) for c in find_tallies(text))


def test_drones_as_well_as_all_the_missiles_are_downed_too():
    text = ("Air defences shot down all 12 missiles Russia fired overnight, including four "
            "Kalibr cruise missiles, as well as five Shahed attack drones and two decoy drones, "
            "the air force said.")
    assert _downed(text) == [
        ("intercepted", "drone", 7), ("intercepted", "missile", 12),
        ("launched", "drone", 7), ("launched", "missile", 4), ("launched", "missile", 12)]


def test_drones_which_were_also_destroyed_are_downed():
    text = ("The enemy used seven Kh-101 cruise missiles and three Iskander-M missiles, as well "
            "as eight Shahed drones, which were also destroyed.")
    assert ("intercepted", "drone", 8) in _downed(text)
    assert not any(f == "intercepted" and w == "missile" for f, w, _ in _downed(text))


def test_every_one_of_them_downs_the_whole_launch_not_the_included_part():
    text = ("Russia fired 14 missiles at Ukraine overnight, and air defences shot down every "
            "one of them, including five Kinzhal missiles, the military said.")
    assert max(v for f, w, v in _downed(text) if f == "intercepted" and w == "missile") == 14
    rows = extract_mentions({"article_id": "v140a", "text": text, "published_at": "2024-02-07",
                             "title": None})
    assert [(r["launched"], r["intercepted"]) for r in rows
            if r["geo_precision"] == "country"] == [(14, 14)]
