"""Rules added in extractor 1.38.0, weapons and tallies (weapon, launched, intercepted and tally
rows pooled over unseen25, unseen26, unseen27, unseen28 and unseen29, twenty authors).
Sentences, places and figures are invented for these tests. The rule tests fail without the
rule's hook; the guards pass with and without it."""

from assets.extract.extractor import extract_mentions
from assets.extract.made_weapons import without_made_weapons
from assets.extract.part_interceptions import part_shot_down
from assets.extract.tallies import find_tallies
from assets.extract.took_part import took_part
from assets.extract.weapons import find_weapons


def _rows(text: str, published: str, title: str | None = None) -> list[tuple]:
    rows = extract_mentions({"article_id": "v138w", "text": text, "published_at": published,
                             "title": title})
    return sorted((r["geo_precision"], r["admin1"] or "", r["location"] or "",
                   str(r["event_date"]), r["weapon"], r["launched"], r["intercepted"])
                  for r in rows)


def test_the_part_shot_down_after_a_count_at_a_city_is_the_citys_interceptions():
    text = ("Drones hit two office buildings in Moscow early on Thursday, injuring one guard.\n\n"
            "Russia's Defence Ministry said Ukraine had attacked the city with seven drones. "
            "Four were shot down by air defence systems in the Moscow region, and three were "
            "jammed, the ministry said.")
    assert _rows(text, "2024-03-14") == [
        ("settlement", "Moscow", "Moscow", "2024-03-14", "drone", 7, 4)]


def test_the_part_of_the_missiles_shot_down_joins_the_regions_count():
    text = ("Ukraine fired four ATACMS missiles at an airfield in the Kursk region early on "
            "Monday, Russia's Defence Ministry said.\n\n"
            "Three of the missiles were shot down and one was deflected, the ministry said. "
            "There were no casualties.")
    rows = _rows(text, "2024-12-02")
    assert rows == [("admin1", "Kursk Oblast", "", "2024-12-02", "missile", 4, 3)]


def test_part_reads_a_count_pointing_back_not_a_count_of_its_own():
    assert part_shot_down("Four were shot down over the sea, the ministry said.") == 4
    assert part_shot_down("air defence shot down three of the missiles and damaged one") == 3
    assert part_shot_down("Two of them had been destroyed by fighter jets.") == 2
    assert part_shot_down("Air defences shot down 12 drones over the region.") is None
    assert part_shot_down("Five drones were shot down near the border.") is None


def test_a_region_claim_after_a_towns_strike_keeps_its_own_row():
    text = ("A drone hit a warehouse in Kursk on Friday, the governor said.\n\n"
            "Air defences shot down 12 drones over the Bryansk region overnight, the ministry "
            "said.")
    rows = _rows(text, "2024-05-10")
    assert ("admin1", "Bryansk Oblast", "", "2024-05-10", "drone", None, 12) in rows
    assert ("settlement", "Kursk Oblast", "Kursk", "2024-05-10", "drone", None, None) in rows


def test_drones_that_took_part_in_the_attack_are_the_towns_count():
    text = ("Ukrainian drones hit two warehouses in Lipetsk early on Sunday, the regional "
            "authorities said.\n\n"
            "Nine drones took part in the attack, regional officials said: seven hit "
            "warehouses and two were shot down over the river. No one was hurt.")
    assert _rows(text, "2024-08-11") == [
        ("settlement", "Lipetsk Oblast", "Lipetsk", "2024-08-11", "drone", 9, 2)]


def test_took_part_reads_the_weapons_of_the_attack_not_people_or_a_course():
    assert took_part("Russia's defence ministry said six drones had taken part in what it "
                     "called a terrorist attack.")
    assert took_part("Four missiles took part in the strike, the ministry said.")
    assert not took_part("More than 90 rescuers took part in the operation.")
    assert not took_part("About 40 soldiers took part in the course on drones.")


def test_chips_for_two_named_systems_give_the_strike_no_weapon():
    text = ("Ukrainian drones struck a refinery in the Saratov region and an electronics plant "
            "in the city of Kursk overnight.\n\n"
            "The plant in Kursk, which the source said makes circuit boards for Kalibr and Tor "
            "systems, was also hit.")
    assert ("settlement", "Kursk Oblast", "Kursk", "2024-09-02", "drone", None, None) in _rows(
        text, "2024-09-02")


def test_made_weapons_blanks_aircraft_used_to_launch_missiles_and_named_systems():
    for phrase in ("it fuelled bombers used to launch cruise missiles at towns",
                   "a plant making radars for Buk and Tor systems"):
        assert find_weapons(without_made_weapons(phrase))[0] == set(), phrase
    assert find_weapons(without_made_weapons("Russia used two missiles and four drones"))[0] == {
        "missile", "drone"}


def test_a_regions_toll_of_the_day_keeps_no_towns_weapon():
    title = "Guided bombs wound four in Kupiansk"
    text = ("Russian aircraft dropped three guided bombs on Kupiansk on Monday evening, wounding "
            "four people, the governor said.\n\n"
            "On Monday, Russian forces killed two civilians in the Kharkiv region and wounded "
            "nine, according to the governor's daily summary.")
    rows = {(r[0], r[2]): r[4] for r in _rows(text, "2024-07-09", title)}
    assert rows == {("admin1", ""): "unknown", ("settlement", "Kupiansk"): "glide_bomb"}


def test_a_regions_toll_that_names_its_weapon_keeps_it():
    title = "Guided bombs wound four in Kupiansk"
    text = ("Russian aircraft dropped three guided bombs on Kupiansk on Monday evening, wounding "
            "four people, the governor said.\n\n"
            "On Monday, Russian drones killed two civilians in the Kharkiv region and wounded "
            "nine, according to the governor's daily summary.")
    rows = {(r[0], r[2]): r[4] for r in _rows(text, "2024-07-09", title)}
    assert rows == {("admin1", ""): "drone", ("settlement", "Kupiansk"): "glide_bomb"}


def test_air_targets_downed_over_a_town_name_no_weapon():
    text = ("A Ukrainian drone hit a shop in the village of Nekhoteevka on Friday, the governor "
            "said.\n\n"
            "Air defence systems shot down five air targets over Kursk in the evening. Falling "
            "fragments damaged a garage; no one was hurt.")
    rows = {r[2]: (r[4], r[6]) for r in _rows(text, "2024-06-14")}
    assert rows["Kursk"] == ("unknown", 5)


def test_drones_downed_over_a_town_keep_their_weapon():
    text = ("A Ukrainian drone hit a shop in the village of Nekhoteevka on Friday, the governor "
            "said.\n\n"
            "Air defence systems shot down five drones over Kursk in the evening. Falling "
            "fragments damaged a garage; no one was hurt.")
    rows = {r[2]: (r[4], r[6]) for r in _rows(text, "2024-06-14")}
    assert rows["Kursk"] == ("drone", 5)


def test_one_drone_destroyed_over_a_district_is_the_regions_interception():
    text = ("Separately, the governor of the Oryol region said air defences had destroyed a "
            "Ukrainian drone over the Mtsensk district overnight. There was no damage.")
    assert _rows(text, "2024-03-05") == [
        ("admin1", "Oryol Oblast", "", "2024-03-05", "drone", None, 1)]
    assert find_tallies("Air defences destroyed a drone over the Kursk region.")[0].value == 1
    assert find_tallies("Air defences destroyed a depot near the border.") == []


def test_a_tally_the_attack_came_days_after_is_the_earlier_nights_row():
    text = ("Russia launched 51 Shahed drones at Ukraine overnight, the air force said, and 44 "
            "were shot down.\n\n"
            "The attack came two days after Russia fired 310 drones and 17 missiles at Ukraine.")
    assert _rows(text, "2025-03-12") == [
        ("country", "", "", "2025-03-10", "mixed", 327, None),
        ("country", "", "", "2025-03-12", "drone", 51, 44)]


def test_exactly_a_week_after_dates_the_earlier_attack_seven_days_back():
    text = ("Russia launched 51 Shahed drones at Ukraine overnight, the air force said, and 44 "
            "were shot down.\n\n"
            "The attack came exactly a week after Russia fired more than 60 missiles at "
            "Ukrainian cities, killing 12 people.")
    assert _rows(text, "2022-11-22") == [
        ("country", "", "", "2022-11-15", "missile", 60, None),
        ("country", "", "", "2022-11-22", "drone", 51, 44)]


def test_a_count_past_a_semicolon_after_came_days_after_keeps_todays_date():
    # the "came two days after" clause ends at the ";": tonight's count is the article's night
    text = ("The attack came two days after a strike on Odesa; overnight Russia launched 75 "
            "drones at Ukraine, and air defence shot down 60 of them.")
    assert _rows(text, "2025-03-12") == [("country", "", "", "2025-03-12", "drone", 75, 60)]
