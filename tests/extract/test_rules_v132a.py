"""Rules added in extractor 1.32.0, tallies (launched / intercepted / weapon errors and tally rows
pooled over unseen22, unseen23, unseen24 and unseen25, sixteen authors).
Sentences, places and figures are invented for these tests. The rule tests fail on 1.31.0 (the
helpers' tests too: the modules are new); the guards pass on both."""

from assets.extract.extractor import extract_mentions
from assets.extract.rocket_counts import count_types
from assets.extract.shelling_clauses import shelling_cuts


def _weapons(text: str, published: str) -> list[tuple]:
    rows = extract_mentions({"article_id": "v132a", "text": text, "published_at": published,
                             "title": None})
    return sorted((r["location"] or r["admin1"] or "", r["weapon"]) for r in rows)


def test_shelling_after_a_drone_in_one_sentence_is_the_second_places_own_weapon():
    text = ("On Wednesday a Russian drone struck a tractor in Vasylivka, wounding the driver, "
            "and shelling damaged three houses in Orikhiv, the regional governor said.")
    assert _weapons(text, "2024-05-22") == [("Orikhiv", "artillery"), ("Vasylivka", "drone")]


def test_artillery_fire_after_a_glide_bomb_clause_is_artillery():
    text = ("Russian aircraft dropped two guided bombs on Vovchansk on Friday, and artillery fire "
            "wounded a man in Kupiansk, officials said.")
    assert _weapons(text, "2024-06-07") == [("Kupiansk", "artillery"),
                                            ("Vovchansk", "glide_bomb")]


def test_a_clause_in_a_town_with_its_own_drone_keeps_the_drone():
    text = ("A woman was wounded by shelling in Toretsk, and in Kostiantynivka a drone hit a "
            "minibus, injuring two passengers, the governor said.")
    assert _weapons(text, "2024-08-14") == [("Kostiantynivka", "drone"), ("Toretsk", "artillery")]


def test_shelling_cuts_starts_the_clause_after_and():
    text = "A drone hit a car in A, and shelling wounded a man in B."
    assert shelling_cuts(text) == [text.index("shelling")]
    assert shelling_cuts("A drone hit a car in A and a shop in B.") == []


def test_a_town_whose_shelling_clause_names_no_place_keeps_its_drone():
    # guard: the shelling clause names no place, so the town keeps its own clause's weapon
    text = ("A drone hit a shop in Bilozerka on Tuesday, and shelling went on through the night, "
            "the regional administration said.")
    assert _weapons(text, "2024-03-12") == [("Bilozerka", "drone")]


def _tally(text: str, published: str) -> list[tuple]:
    rows = extract_mentions({"article_id": "v132a", "text": text, "published_at": published,
                             "title": None})
    return sorted((r["location"] or r["admin1"] or "", r["weapon"], r["launched"],
                   r["intercepted"]) for r in rows)


def test_rockets_of_a_launcher_downed_over_a_town_are_artillery():
    text = ("Over Shebekino, air defence units shot down six rockets fired from a Vampire "
            "multiple rocket launcher, the governor said. Fragments damaged two garages.")
    assert _tally(text, "2024-04-03") == [("Shebekino", "artillery", None, 6)]


def test_rockets_and_drones_downed_over_a_region_stay_mixed():
    # guard: a missile-typed count beside a drone keeps `mixed`, as the gold of several sets does
    text = ("Air defence shot down eight rockets fired from a Vampire launcher and five drones "
            "over the Kursk region overnight, the defence ministry said.")
    assert _tally(text, "2024-04-03") == [("Kursk Oblast", "mixed", None, 13)]


def test_count_types_drop_the_missile_of_rockets_alone():
    assert count_types({"rocket"}, {"missile"}) == set()
    assert count_types({"rocket", "artillery"}, {"missile", "drone"}) == {"drone"}
    assert count_types({"rocket", "drone"}, {"missile"}) == {"missile"}
    assert count_types({"rocket", "missile"}, {"missile"}) == {"missile"}


def _town_weapon(text: str, published: str, town: str) -> str:
    rows = extract_mentions({"article_id": "v132a", "text": text, "published_at": published,
                             "title": None})
    return next(r["weapon"] for r in rows if r["location"] == town)


def test_a_town_in_the_leads_mixed_attack_takes_its_own_paragraphs_drone():
    text = ("Russia struck Chernihiv and several other Ukrainian cities with missiles and drones "
            "overnight, officials said on Monday.\n\n"
            "In Chernihiv, a drone hit a four-storey building, killing an 80-year-old man.")
    assert _town_weapon(text, "2024-04-08", "Chernihiv") == "drone"


def test_a_town_in_a_tally_lead_takes_its_own_paragraphs_missiles():
    text = ("Russia fired 40 missiles and 60 drones at Ukraine overnight and hit the centre of "
            "Vinnytsia, the air force said.\n\n"
            "In Vinnytsia, missiles struck an office block, injuring nine people.")
    assert _town_weapon(text, "2024-02-15", "Vinnytsia") == "missile"


def test_a_town_whose_own_paragraph_names_both_weapons_stays_mixed():
    # guard: the town's own paragraph names a missile and a drone, so the mix is its own
    text = ("Russia struck Sumy and several other Ukrainian cities with missiles and drones "
            "overnight, officials said.\n\n"
            "In Sumy, a missile and a drone hit a school, injuring two guards.")
    assert _town_weapon(text, "2024-04-08", "Sumy") == "mixed"


def test_a_single_town_lead_keeps_its_mix():
    # guard: a lead about one town only is no wide attack; both weapons stay the town's
    text = ("Russia attacked Kharkiv with missiles and drones overnight, the mayor said.\n\n"
            "In Kharkiv, a drone hit a warehouse, injuring a guard.")
    assert _town_weapon(text, "2024-04-08", "Kharkiv") == "mixed"


def test_a_town_that_only_came_under_fire_beside_shelling_is_unknown():
    text = ("A man died in Siversk after Russian artillery shelled the town, and another was "
            "killed in Lyman, which came under fire during the day, the governor said.")
    assert _weapons(text, "2024-06-12") == [("Lyman", "unknown"), ("Siversk", "artillery")]


def test_a_town_that_came_under_fire_after_a_placeless_shelling_is_unknown():
    text = ("Ukrainian artillery shelled residential areas on Thursday, the Russian-installed "
            "authorities said.\n\nOn Thursday evening, Makiivka also came under fire. A woman "
            "was injured, local officials said.")
    assert _weapons(text, "2024-06-13") == [("Makiivka", "unknown")]


def test_communities_that_came_under_fire_after_a_drone_paragraph_are_unknown():
    text = ("Russian drones struck the Nikopol district throughout Monday, damaging houses, the "
            "governor said.\n\nThe Pokrovske and Myrove communities also came under fire.\n\n"
            "In Myrove, a barn was damaged. Nobody was hurt there.")
    assert _weapons(text, "2024-06-13") == [("Dnipropetrovsk Oblast", "drone"),
                                            ("Myrove", "unknown"), ("Pokrovske", "unknown")]


def test_a_town_under_fire_a_number_of_times_keeps_its_weapon():
    # guard: "came under fire 14 times" counts shelling attacks; the town keeps the weapon
    text = ("Russian artillery shelled the Kherson region overnight, the governor said. Kherson "
            "itself came under fire 14 times.")
    assert ("Kherson", "artillery") in _weapons(text, "2024-06-12")
