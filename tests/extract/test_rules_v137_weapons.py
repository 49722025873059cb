"""Rules added in extractor 1.37.0, weapons and tallies (weapon, launched, intercepted and tally
rows pooled over unseen25, unseen26, unseen27 and unseen28, sixteen authors).
Sentences, places and figures are invented for these tests. The rule tests fail without the
rule's hook; the guards pass with and without it."""

from assets.extract.extractor import extract_mentions
from assets.extract.made_weapons import without_made_weapons
from assets.extract.told_place import told_place
from assets.extract.weapons import find_weapons


def _rows(text: str, published: str) -> list[tuple]:
    rows = extract_mentions({"article_id": "v137w", "text": text, "published_at": published,
                             "title": None})
    return sorted((r["geo_precision"], r["location"] or "", str(r["event_date"]), r["weapon"],
                   r["launched"], r["intercepted"]) for r in rows)


def test_a_plant_that_makes_missile_parts_gives_the_strike_no_missile():
    text = ("Ukraine's General Staff said on Tuesday that its forces had struck a factory in the "
            "city of Kursk which it said makes guidance parts for Russian cruise missiles.")
    assert _rows(text, "2024-10-08") == [
        ("settlement", "Kursk", "2024-10-08", "unknown", None, None)]


def test_workshops_assembling_drones_take_the_ministrys_combined_strike():
    text = ("Russia's Defence Ministry said on Sunday that its forces had carried out a group "
            "strike with long-range precision missiles and attack drones overnight.\n\n"
            "According to the ministry, the strike hit workshops assembling attack drones in "
            "the Sumy and Poltava regions.")
    assert _rows(text, "2024-09-15") == [
        ("admin1", "", "2024-09-15", "mixed", None, None),
        ("admin1", "", "2024-09-15", "mixed", None, None)]


def test_made_weapons_blanks_what_the_target_makes_stores_or_is():
    for phrase in ("a plant producing parts for long-range drones",
                   "a depot where guided aerial bombs were stored",
                   "hangars storing glide bombs",
                   "a maker of radios for Russian missile and air defence systems",
                   "an S-400 air defence battery near the coast",
                   "three S-300 launchers"):
        assert find_weapons(without_made_weapons(phrase))[0] == set(), phrase
    blanked = without_made_weapons("a workshop producing attack drones in the region")
    assert len(blanked) == len("a workshop producing attack drones in the region")
    assert blanked.startswith("a workshop ") and blanked.endswith(" in the region")


def test_the_weapon_that_hit_a_plant_making_tractors_is_kept():
    for phrase, classes in (
            ("a plant producing tractors was hit by two drones", {"drone"}),
            ("drones struck a factory making ammunition", {"drone"}),
            ("S-300 missiles hit the city", {"missile"}),
            ("Russia fired three S-400 missiles from the ground", {"missile"})):
        assert find_weapons(without_made_weapons(phrase))[0] == classes, phrase


def test_sea_drones_destroyed_in_a_raid_on_a_port_are_the_ports_interceptions():
    text = ("Ukrainian naval drones attacked the Russian port of Tuapse overnight into Monday, "
            "damaging a tanker at its berth, a Ukrainian source said.\n\n"
            "Russia's Defence Ministry said three unmanned boats had been destroyed by fire "
            "from patrol ships near the harbour entrance.")
    assert _rows(text, "2024-03-11") == [
        ("settlement", "Tuapse", "2024-03-11", "drone", None, 3)]


def test_sea_drones_spotted_and_destroyed_count_for_the_port():
    text = ("Ukraine attacked the port of Feodosia with sea drones early on Thursday, the "
            "Russian-installed authorities said.\n\n"
            "They said four uncrewed surface vessels had been spotted and destroyed by the "
            "coast guard.")
    assert _rows(text, "2024-05-16") == [
        ("settlement", "Feodosiya", "2024-05-16", "drone", None, 4)]


def test_sea_drones_destroyed_at_sea_are_no_ports_count():
    text = ("Debris from a downed drone damaged a warehouse in the port city of Tuapse, the "
            "mayor said; nobody was hurt. Two naval drones were destroyed at sea off the "
            "coast, he added.")
    assert _rows(text, "2024-03-11") == [
        ("settlement", "Tuapse", "2024-03-11", "drone", None, None)]


def test_olkha_rockets_are_the_vilkha_system_beside_missiles_mixed():
    assert find_weapons("destroyed six Tochka-U missiles and three Olkha rockets") == (
        {"missile", "rocket"}, ["Tochka", "Olkha"])
    text = ("Russia's Defence Ministry said on Saturday that its air defences had destroyed six "
            "Tochka-U tactical missiles and three Olkha rockets over the Kursk region.")
    assert _rows(text, "2024-02-10") == [("admin1", "", "2024-02-10", "mixed", None, 9)]


def test_drones_downed_over_the_district_are_the_towns_just_told():
    text = ("The governor said Russian forces had attacked Pavlohrad with Shahed drones "
            "overnight. Five drones were shot down over the district, and one hit a warehouse. "
            "No one was hurt.")
    assert _rows(text, "2024-11-05") == [
        ("settlement", "Pavlohrad", "2024-11-05", "drone", None, 5)]


def test_drones_used_in_the_operation_are_the_raided_towns():
    text = ("A Ukrainian drone attack overnight set off explosions at a fuel depot in the town "
            "of Kotelnikovo in Russia's Volgograd region, local officials said on Monday.\n\n"
            "A Ukrainian military source said that more than 40 drones had been used in the "
            "operation.")
    rows = _rows(text, "2024-08-19")
    assert [r for r in rows if r[0] == "country"] == []
    assert [r[4] for r in rows if r[1] == "Kotelnikovo"] == [40]


def test_told_place_reads_the_definite_nouns_not_a_launch_area():
    assert told_place("Four missiles were fired at the area that night.")
    assert told_place("Six drones were downed over the district.")
    assert not told_place("Russia launched 20 drones from the area of Primorsko-Akhtarsk.")
    assert not told_place("Six drones were downed over the Izmail district.")


def test_rounds_fired_at_one_town_are_its_launched_count():
    text = ("Ukrainian forces shelled the town of Valuyki on Tuesday, firing 16 artillery "
            "rounds, the governor said. Two houses were damaged; no one was hurt.")
    assert _rows(text, "2024-04-02") == [
        ("settlement", "Valuyki", "2024-04-02", "artillery", 16, None)]


def test_mortar_shells_that_landed_in_a_town_are_its_launched_count():
    text = ("In Vovchansk, more than 30 mortar shells landed on Friday, damaging a school, the "
            "regional administration said.")
    assert [r[4] for r in _rows(text, "2024-03-08") if r[1] == "Vovchansk"] == [30]


def test_shells_fired_at_a_district_or_the_area_are_no_towns_count():
    text = ("Russian forces fired about 50 shells at Nikopol district overnight, and a man was "
            "wounded in Marhanets, the governor said.")
    assert [r[4] for r in _rows(text, "2024-03-08") if r[1] == "Marhanets"] == [None]
    text = ("In Bilopillia, a drone hit a shop; the enemy also fired 20 mortar rounds at the "
            "area, officials said.")
    assert [r[4] for r in _rows(text, "2024-03-08") if r[1] == "Bilopillia"] == [None]
