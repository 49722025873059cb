"""Rules added in extractor 1.2.0: sums of components, vague components, "N more over X",
breakdowns by region, anaphoric counts, update stamps, implied and summed casualties, contested
figures, headline figures, background sentences."""

from assets.extract.casualties import find_casualties
from assets.extract.extractor import extract_mentions
from assets.extract.tallies import find_tallies


def _rows(text: str, title: str | None = None, published: str = "2025-03-14") -> list[dict]:
    return extract_mentions({"article_id": "v12", "text": text, "published_at": published,
                             "title": title})


def _by_place(rows: list[dict]) -> dict:
    return {r["location"] or r["admin1"] or r["country"]: r for r in rows}


def _cas(text: str) -> list[tuple[str, int]]:
    return [(f.field, f.value) for f in find_casualties(text)]


def _tal(text: str) -> list[tuple[str, str, int]]:
    return [(c.field, c.wtype, c.value) for c in find_tallies(text)]


def test_tallies_distinct_counts_of_one_type_add_up():
    got = _tal("The enemy attacked Poltava with three Iskander-M missiles and with two Kh-59 "
               "missiles, in addition to 40 strike drones.")
    assert got == [("launched", "missile", 5), ("launched", "drone", 40)]


def test_tallies_including_is_a_part_not_an_addend():
    got = _tal("Moscow launched 90 drones, including 50 Shahed drones.")
    assert got == [("launched", "drone", 90), ("launched", "drone", 50)]


def test_tallies_more_over_other_regions_add_up():
    got = _tal("Air defences destroyed five drones over the Kursk region, three more over the "
               "Oryol region and one more above the Tula region.")
    assert got == [("intercepted", "drone", 9)]


def test_tallies_while_clause_is_not_summed():
    got = _tal("Russia fired 12 drones and four missiles, while two more missiles had hit a "
               "depot in an earlier attack.")
    assert ("launched", "missile", 4) in got


def test_tallies_hedged_component_marks_sum_unknown():
    assert _tal("The barrage used about 30 missiles and nearly 90 drones.") == [
        ("launched", "missile", 30), ("launched", "drone", -1)]


def test_tallies_noun_then_participle_is_interception():
    assert _tal("The ministry reported 61 Ukrainian drones destroyed overnight.") == [
        ("intercepted", "drone", 61)]


def test_tallies_barrage_of_drones_is_no_count():
    assert _tal("Russia struck Sumy with a barrage of drones and missiles.") == []


def test_tallies_of_them_without_weapon_noun():
    assert _tal("Air defence shot down six of them.") == [("intercepted", "any", 6)]


def test_casualties_implied_with_age_and_adverb():
    assert _cas("A 58-year-old man was also wounded.") == [("injured", 1)]
    assert _cas("An 11-year-old died in hospital.") == [("killed", 1)]
    assert _cas("The shelling left a 70-year-old woman with shrapnel injuries.") == [
        ("injured", 1)]


def test_casualties_others_and_a_girl_sum():
    assert _cas("Five other people and a teenage girl were hurt in the strike.") == [
        ("injured", 6)]


def test_casualties_known_to_have_and_parenthesis():
    assert _cas("Two people are known to have been killed.") == [("killed", 2)]
    assert _cas("Three people, two men and a woman, suffered shrapnel wounds.") == [
        ("injured", 3)]


def test_casualties_contested_sources_give_nothing():
    text = ("One source said the raid killed four soldiers; another insisted there were no "
            "casualties.")
    assert _cas(text) == []


def test_extractor_mixed_attack_sum_and_rest_derived():
    rows = _rows("Russia launched 40 drones and 6 missiles against Ukraine overnight, the air "
                 "force said. Ten drones and two missiles hit targets. The rest were shot down.")
    wave = [r for r in rows if r["kind"] == "wave"][0]
    assert (wave["launched"], wave["intercepted"], wave["weapon"]) == (46, 34, "mixed")


def test_extractor_vague_component_leaves_launched_null():
    rows = _rows("Russia hit Ukraine with about 20 missiles and nearly 100 drones overnight; "
                 "15 missiles were shot down, the air force said.")
    assert [(r["launched"], r["intercepted"]) for r in rows if r["kind"] == "wave"] == [
        (None, 15)]


def test_extractor_ministry_breakdown_is_one_country_row():
    rows = _rows("Russia's Defence Ministry said 30 Ukrainian drones were destroyed overnight. "
                 "The ministry said 12 drones were downed over the Kursk region and 9 over "
                 "the Bryansk region.")
    assert [(r["country"], r["admin1"], r["intercepted"]) for r in rows] == [
        ("RUS", None, 30)]


def test_extractor_anaphoric_interceptions_join_the_place():
    rows = _rows("Ukraine attacked Sevastopol with four missiles on Sunday, the governor said. "
                 "Air defence intercepted three of them.")
    assert [(r["location"], r["launched"], r["intercepted"], r["weapon"]) for r in rows] == [
        ("Sevastopol", 4, 3, "missile")]


def test_extractor_wave_date_is_the_counts_clause():
    rows = _rows("Russia fired 20 drones at Ukraine overnight, while two missiles had hit "
                 "Kharkiv on Tuesday evening.")
    wave = [r for r in rows if r["kind"] == "wave"][0]
    assert str(wave["event_date"]) == "2025-03-14"


def test_extractor_update_stamps_latest_wins():
    rows = _rows("Update at 7:10 p.m.: The governor says 14 people were injured.\n\n"
                 "Update at 5:02 p.m.: At least 11 people were hurt, police said.\n\n"
                 "Russian glide bombs struck Kharkiv on Friday afternoon, injuring six people.")
    assert [(r["location"], r["injured"]) for r in rows] == [("Kharkiv", 14)]


def test_extractor_earlier_same_day_strike_adds():
    rows = _rows("A Russian missile hit Odesa on Friday, injuring five people. Earlier in the "
                 "morning, Russian drones hit the port of Odesa, injuring two people.")
    assert [(r["location"], r["injured"]) for r in rows] == [("Odesa", 7)]


def test_extractor_figure_for_a_region_list_goes_nowhere():
    rows = _rows("Ukrainian drones attacked the Kursk and Belgorod regions, wounding five "
                 "people, officials said.")
    assert {r["admin1"]: r["injured"] for r in rows} == {
        "Kursk Oblast": None, "Belgorod Oblast": None}


def test_extractor_zero_goes_to_the_officials_region():
    rows = _rows("Russian drones damaged houses in the Kyiv and Chernihiv regions overnight. "
                 "The head of the Kyiv Regional Administration said there were no casualties "
                 "in the region.")
    got = {r["admin1"]: (r["killed"], r["injured"]) for r in rows}
    assert got == {"Kyiv Oblast": (0, 0), "Chernihiv Oblast": (None, None)}


def test_extractor_named_resident_goes_to_his_town():
    rows = _rows("Russian drones struck Sumy and Okhtyrka on Monday. A 64-year-old Okhtyrka "
                 "resident was killed.")
    assert {r["location"]: r["killed"] for r in rows} == {"Sumy": None, "Okhtyrka": 1}


def test_extractor_headline_figure_not_a_country_row():
    title = "Governor says three killed in Ukrainian drone attack on Russia"
    rows = _rows(title + "\n\nThree people were killed when Ukrainian drones struck the Kursk "
                 "region, its governor said.", title=title)
    assert [(r["country"], r["admin1"], r["killed"]) for r in rows] == [
        ("RUS", "Kursk Oblast", 3)]


def test_extractor_region_named_as_such_after_comma():
    rows = _rows("Two missiles hit Poltava, a region in central Ukraine, on Friday.")
    assert [(r["admin1"], r["location"], r["geo_precision"]) for r in rows] == [
        ("Poltava Oblast", None, "admin1")]


def test_extractor_background_sentence_without_figure_gives_no_row():
    rows = _rows("Since the spring, Russian forces have regularly shelled Nikopol.")
    assert rows == []


def test_extractor_missiles_hitting_a_city_are_its_launched():
    rows = _rows("Two Russian missiles hit Kramatorsk on Monday, injuring four people.")
    assert [(r["location"], r["launched"], r["injured"]) for r in rows] == [
        ("Kramatorsk", 2, 4)]


def test_extractor_fired_over_a_city_is_the_target():
    rows = _rows("One ballistic missile was fired over Odesa on Monday, the governor said.")
    assert [(r["location"], r["launched"]) for r in rows] == [("Odesa", 1)]
