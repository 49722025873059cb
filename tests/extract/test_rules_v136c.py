"""Rules added in extractor 1.36.0, tallies (launched / intercepted / weapon errors and tally rows
pooled over unseen24, unseen25, unseen26 and unseen27, sixteen authors).
Sentences, places and figures are invented for these tests. The rule tests fail without the
rule's hook; the guards pass with and without it."""

from assets.extract.attack_parts import attack_start
from assets.extract.extractor import extract_mentions
from assets.extract.heading_shares import heading_share
from assets.extract.mayor_claims import mayor_city
from assets.extract.places import find_places
from assets.extract.tallies import find_tallies


def _rows(text: str, published: str) -> list[tuple]:
    rows = extract_mentions({"article_id": "v136c", "text": text, "published_at": published,
                             "title": None})
    return sorted((r["geo_precision"], r["location"] or "", str(r["event_date"]), r["weapon"],
                   r["launched"], r["intercepted"]) for r in rows)


def test_the_attack_a_named_strike_was_part_of_is_the_countrys_tally():
    text = ("The number of people killed by Tuesday's Russian missile strike on Vinnytsia has "
            "risen to 12, the regional governor said on Thursday.\n\n"
            "Two cruise missiles hit an office block in the city centre before dawn.\n\n"
            "The strike on Vinnytsia was part of a combined attack in which Russia launched 130 "
            "drones and 17 missiles, the air force said on Tuesday. Air defences downed 120 "
            "drones and 11 missiles, it said.")
    assert _rows(text, "2025-06-12") == [
        ("country", "", "2025-06-10", "mixed", 147, 131),
        ("settlement", "Vinnytsia", "2025-06-10", "missile", 2, None)]


def test_an_overnight_attack_a_strike_was_part_of_is_the_strikes_night():
    text = ("The death toll from Monday's Russian missile strike on Poltava has risen to nine, "
            "officials said on Wednesday.\n\n"
            "The strike was part of a wider overnight assault in which Russia fired 90 drones "
            "and eight missiles at Ukraine, according to the air force. Air defences shot down "
            "81 drones and five missiles.")
    assert _rows(text, "2025-04-16") == [
        ("country", "", "2025-04-14", "mixed", 98, 86),
        ("settlement", "Poltava", "2025-04-14", "missile", None, None)]


def test_attack_start_needs_in_which_before_the_counts():
    text = ("The strike on Sumy was part of a massive attack in which Russia launched 40 drones "
            "at Ukraine.")
    assert attack_start(text, find_tallies(text)) == text.index(" Russia launched")
    other = "The strike on Sumy was part of a wave of attacks on Saturday."
    assert attack_start(other, find_tallies(other)) is None


def test_a_tally_after_part_of_with_no_in_which_keeps_its_own_date():
    text = ("Russian drones hit a warehouse in Sumy on Friday night, injuring two people, the "
            "governor said on Saturday.\n\n"
            "The attack was part of a wider barrage on Friday: the air force said Russia "
            "launched 60 drones at Ukraine that night, and 52 of them were shot down.")
    assert _rows(text, "2025-02-08") == [
        ("country", "", "2025-02-07", "drone", 60, 52),
        ("settlement", "Sumy", "2025-02-07", "drone", None, None)]


def test_a_city_a_share_of_the_ministrys_drones_flew_towards_gets_no_row():
    text = ("Russia's defence ministry said on Sunday that its air defences had destroyed 64 "
            "Ukrainian drones overnight over nine regions, nine of them flying towards Moscow.")
    assert _rows(text, "2025-07-06") == [("country", "", "2025-07-06", "drone", None, 64)]


def test_a_region_share_including_drones_flying_toward_the_city_gets_no_city_row():
    text = ("According to the ministry, 30 drones were downed over the Bryansk Region and 11 "
            "over the Moscow Region, including four flying toward Moscow, and the rest over "
            "the Kaluga and Tula regions.")
    assert [r for r in _rows(text, "2025-07-06") if r[1] == "Moscow"] == []


def test_the_mayors_count_of_drones_flying_towards_the_city_keeps_its_row():
    text = ("Air defences shot down 16 drones that were flying towards Moscow overnight, Mayor "
            "Sergei Sobyanin said on Monday.")
    assert _rows(text, "2025-07-07") == [("settlement", "Moscow", "2025-07-07", "drone", None, 16)]


def test_heading_share_reads_the_share_before_the_place():
    text = "The ministry said it downed 40 drones, 12 of them heading for Moscow."
    m = [p for p in find_places(text) if p.location == "Moscow"][0]
    assert heading_share(text, m)
    mayor = "The mayor said 12 drones heading for Moscow were shot down."
    m = [p for p in find_places(mayor) if p.location == "Moscow"][0]
    assert not heading_share(mayor, m)


def _full(text: str, published: str) -> list[tuple]:
    rows = extract_mentions({"article_id": "v136c", "text": text, "published_at": published,
                             "title": None})
    return sorted((r["geo_precision"], r["location"] or r["admin1"] or "", r["intercepted"],
                   r["killed"], r["injured"]) for r in rows)


def test_a_mayors_count_of_drones_flying_towards_the_capital_is_the_citys():
    text = ("Moscow Mayor Sergei Sobyanin said 31 drones flying towards the capital had been "
            "repelled.")
    assert _full(text, "2025-08-19") == [("settlement", "Moscow", 31, None, None)]


def test_a_mayors_count_after_the_ministrys_total_keeps_its_own_row():
    text = ("Russia's defence ministry said it had destroyed 140 Ukrainian drones over eleven "
            "regions overnight.\n\n"
            "Moscow Mayor Sergei Sobyanin wrote that 31 drones flying toward the city had been "
            "shot down on the approaches to the capital.")
    assert _full(text, "2025-08-19") == [("country", "", 140, None, None),
                                         ("settlement", "Moscow", 31, None, None)]


def test_the_toll_across_the_region_around_the_named_capital_is_the_rings():
    text = ("Moscow Mayor Sergei Sobyanin wrote that 31 drones flying toward the city had been "
            "shot down.\n\n"
            "The Moscow region was hit harder. Governor Andrei Vorobyov said two people had been "
            "killed and nine injured across the region, which surrounds the capital.")
    assert _full(text, "2025-08-19") == [("admin1", "Moscow Oblast", None, 2, 9),
                                         ("settlement", "Moscow", 31, None, None)]


def test_a_mayors_word_of_debris_is_no_interception_claim():
    text = ("Moscow Mayor Sergei Sobyanin said debris from two drones shot down over the city "
            "hit a roof.")
    assert mayor_city(text, find_tallies(text), []) == []


def test_the_count_of_an_attack_focused_on_the_capital_is_the_countrys():
    text = ("Air defences shot down all 12 cruise missiles that Russia fired in a dense overnight "
            "attack focused on Kyiv, the air force said on Wednesday.\n\n"
            "In the capital, falling debris injured two people in the Darnytskyi district, the "
            "mayor said.")
    assert _rows(text, "2024-02-07") == [
        ("country", "", "2024-02-07", "missile", 12, 12),
        ("settlement", "Kyiv", "2024-02-07", "missile", None, None)]


def test_drones_all_of_which_were_destroyed_are_downed_as_launched():
    text = ("Russia fired 20 cruise missiles at Ukraine overnight, and 17 were shot down, the air "
            "force said. Russia also sent five Shahed drones and two reconnaissance drones, all "
            "of which were destroyed.")
    assert _rows(text, "2024-02-07") == [("country", "", "2024-02-07", "mixed", 27, 24)]


def test_all_of_which_after_one_count_downs_that_count():
    counts = find_tallies("Russia fired nine ballistic missiles at the city in the morning, all "
                          "of which were intercepted, the air force said.")
    assert [(c.field, c.wtype, c.value) for c in counts] == [("launched", "missile", 9),
                                                              ("intercepted", "missile", 9)]


def _tallies(text: str, published: str) -> list[tuple]:
    rows = extract_mentions({"article_id": "v136c", "text": text, "published_at": published,
                             "title": None})
    return sorted((r["geo_precision"], r["location"] or r["admin1"] or "", r["launched"])
                  for r in rows)


def test_drones_of_various_types_against_named_front_towns_are_no_country_tally():
    text = ("Over the past day, Russian forces killed one person and injured four in the "
            "Zaporizhzhia region, the governor said on Tuesday.\n\n"
            "Another 180 drones of various types attacked Huliaipole, Orikhiv and Stepnohirsk.")
    assert _tallies(text, "2025-03-04") == [("admin1", "Zaporizhzhia Oblast", None),
                                            ("settlement", "Huliaipole", None),
                                            ("settlement", "Orikhiv", None),
                                            ("settlement", "Stepnohirsk", None)]


def test_drones_used_against_border_communities_are_no_country_tally():
    text = ("Over the past day, Russian forces killed one person and injured four in the Sumy "
            "region, the governor said on Tuesday.\n\n"
            "The Russians used more than 60 FPV drones and dozens of shells against the border "
            "communities.")
    assert _tallies(text, "2025-03-04") == [("admin1", "Sumy Oblast", None)]


def test_the_air_forces_tally_after_a_region_report_keeps_its_country_row():
    text = ("Over the past day, Russian forces killed one person and injured four in the Sumy "
            "region, the governor said on Tuesday.\n\n"
            "Russia launched 90 drones at Ukraine overnight, the air force said.")
    assert _tallies(text, "2025-03-04") == [("admin1", "Sumy Oblast", None), ("country", "", 90)]
