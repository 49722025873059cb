"""Rules added in extractor 1.39.0 for killed and injured (mechanisms pooled over unseen26-unseen30,
twenty authors, with the older sets). Sentences, places and figures are invented for these tests.
Each rule test fails on the extractor before its rule; the guards pass on both."""

from assets.extract.extractor import extract_mentions


def _rows(text: str, published: str, title: str | None = None) -> list[dict]:
    return extract_mentions({"article_id": "v139c", "text": text, "published_at": published,
                             "title": title})


def _tolls(rows: list[dict]) -> list[tuple]:
    return sorted(((r["admin1"] or "", r["location"] or "", r["killed"], r["injured"])
                   for r in rows), key=str)


# -- a wide lead's toll is the country's, not its first-named town's (lead_tolls) ---------------

def test_a_lead_naming_the_capital_and_other_cities_gives_its_toll_to_the_country_row():
    text = ("Russia struck Kyiv and at least nine other Ukrainian cities with missiles on Tuesday "
            "morning, killing at least 17 people and wounding 80.\n\n"
            "The air force said Russia fired 60 cruise missiles and 30 drones, of which 41 "
            "missiles and 22 drones were destroyed.\n\n"
            "In Kyiv, a missile hit an office building near the railway station. Six people were "
            "killed and 33 wounded in the capital, police said.")
    assert _tolls(_rows(text, "2023-03-14T18:00:00+02:00")) == [
        ("", "", 17, 80), ("Kyiv City", "Kyiv", 6, 33)]


def test_a_lead_naming_the_capital_and_cities_across_ukraine_is_the_countrys_toll():
    text = ("Russia hit Kyiv and cities across Ukraine with missiles and drones on Tuesday, "
            "killing at least eight people and injuring 40, officials said.\n\n"
            "The military said Russia sent 45 missiles and 20 drones, and that 38 of them were "
            "shot down.\n\n"
            "In the capital, two people were killed and nine wounded after debris fell on a "
            "kindergarten and a shop, police said.")
    assert _tolls(_rows(text, "2023-03-14T18:00:00+02:00")) == [
        ("", "", 8, 40), ("Kyiv City", "Kyiv", 2, 9)]


def test_a_lead_toll_stays_with_the_town_when_its_paragraph_tells_no_toll_of_its_own():
    text = ("Russia struck Kyiv and at least nine other Ukrainian cities with missiles on Tuesday "
            "morning, killing at least 17 people.\n\n"
            "The air force said Russia fired 60 cruise missiles and 30 drones, of which 41 "
            "missiles and 22 drones were destroyed.\n\n"
            "In Kyiv, a missile hit an office building near the railway station, police said.")
    rows = _rows(text, "2023-03-14T18:00:00+02:00")
    assert [r["killed"] for r in rows if r["location"] == "Kyiv"] == [17]


# -- one attacked, then "she was hospitalised with ..." in the same sentence (hospital_pronouns)

def test_a_pronoun_in_hospital_after_the_attacked_person_is_one_injured():
    text = ("In Stanislav, a Russian drone dropped a grenade on a woman feeding her chickens; she "
            "was hospitalised with shrapnel wounds, the governor said.")
    assert [(r["location"], r["killed"], r["injured"]) for r in _rows(text, "2024-07-09")] == [
        ("Stanislav", None, 1)]


def test_a_pronoun_taken_to_hospital_after_and_is_one_injured():
    text = ("A drone attacked a man on a bicycle in Antonivka, and he was taken to the city "
            "hospital with a blast injury.")
    assert [(r["location"], r["killed"], r["injured"]) for r in _rows(text, "2024-07-09")] == [
        ("Antonivka", None, 1)]


def test_a_pronoun_in_hospital_who_then_died_is_no_injured():
    text = ("In Stanislav, a drone dropped explosives on a woman near her house; she was taken "
            "to hospital with a blast injury and died there in the evening.")
    assert [(r["location"], r["injured"]) for r in _rows(text, "2024-07-09")] == [
        ("Stanislav", None)]


# -- a town named among a region's counted settlements keeps none of its toll (included_towns) --

def test_a_town_inside_a_regions_settlement_count_leaves_the_toll_to_the_region():
    text = ("In Zaporizhzhia Oblast, Russian forces shelled 17 settlements, including the city of "
            "Orikhiv, killing three people and injuring five, the governor said.")
    assert _tolls(_rows(text, "2024-06-03")) == [
        ("Zaporizhzhia Oblast", "", 3, 5), ("Zaporizhzhia Oblast", "Orikhiv", None, None)]


def test_a_region_heading_before_the_count_is_the_same_regions_toll():
    text = ("Kharkiv Oblast: Russian troops attacked 12 settlements, including Kupiansk city, "
            "killing one person and wounding four, the governor reported.")
    assert _tolls(_rows(text, "2024-06-03")) == [
        ("Kharkiv Oblast", "", 1, 4), ("Kharkiv Oblast", "Kupiansk", None, None)]


def test_a_town_whose_own_toll_follows_its_name_without_a_count_keeps_it():
    text = ("Russian forces shelled the city of Orikhiv, including its centre, killing three "
            "people and injuring five, the governor said.")
    assert _tolls(_rows(text, "2024-06-03")) == [("Zaporizhzhia Oblast", "Orikhiv", 3, 5)]


# -- a pilot lost repelling the attack is no casualty of its strikes (defenders_lost) -----------

def test_a_pilot_killed_repelling_the_night_attack_is_no_toll_of_the_country_row():
    text = ("Russia launched 210 drones and 14 missiles at Ukraine overnight, the air force said, "
            "and 180 of them were shot down. A Ukrainian Su-27 pilot died while repelling the "
            "attack, the military said.")
    rows = _rows(text, "2025-03-02")
    assert [(r["killed"], r["launched"], r["intercepted"]) for r in rows] == [(None, 224, 180)]


def test_find_casualties_keeps_a_civilian_killed_beside_a_pilots_words():
    # " pilot" and "repel" both stand, so the rule runs: only a pilot's own death is dropped
    from assets.extract.casualties import find_casualties
    figs = find_casualties("A pilot who helped to repel the attack said a woman was killed in "
                           "her house.")
    assert [(f.field, f.value) for f in figs] == [("killed", 1)]
