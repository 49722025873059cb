"""Rules added in extractor 1.10.0 (error classes of data/eval/unseen5, stated as phrasings), each
checked on made-up sentences: a war-long toll "since ..." in the perfect tense gives no figures,
the second part of an "N of them X and M Y" breakdown is no addend, "it was one of six bombs" is
no interception tally, a headline's ';'-parts keep their own figures and counts, a headline
row takes the weapons of its own clause, Russian "-oye" spellings of "-oe" aliases, "it was the
third attack on ..." is background, and renamed or Russian towns from the alias list."""

from assets.extract.extractor import extract_mentions
from assets.extract.gazetteer import load
from assets.extract.tallies import find_tallies


def _rows(text: str, title: str = "", published: str = "2025-03-04") -> list[dict]:
    # a headline is repeated as the article's first line, as many wire texts do
    art = {"article_id": "v110", "text": f"{title}\n\n{text}" if title else text,
           "published_at": published}
    if title:
        art["title"] = title
    return extract_mentions(art)


def _tallies(text: str) -> list[tuple]:
    return [(c.field, c.wtype, c.value) for c in find_tallies(text)]


def _brief(rows: list[dict]) -> list[tuple]:
    return sorted((r["location"] or "", r["admin1"] or "", r["weapon"], r["killed"], r["injured"],
                   r["launched"], r["intercepted"]) for r in rows)


def test_since_total_in_perfect_tense_is_no_casualty_figure():
    rows = _rows("Russian troops shelled 14 settlements in the Sumy region on Monday, killing one "
                 "person and injuring four, the regional administration said. Since the start of "
                 "the full-scale invasion, more than 900 civilians have been killed in the region, "
                 "prosecutors said.")
    assert [(r["admin1"], r["killed"], r["injured"]) for r in rows] == [("Sumy Oblast", 1, 4)]


def test_since_the_morning_is_still_a_figure():
    rows = _rows("A Russian drone hit a house in Nikopol on Monday. Since the morning, two people "
                 "have been injured in the city, the mayor said.")
    assert [(r["location"], r["injured"]) for r in rows] == [("Nikopol", 2)]


def test_second_part_of_an_of_them_breakdown_is_no_addend():
    assert _tallies("Russia launched 120 drones and seven missiles, four of them Kalibr cruise "
                    "missiles and three Iskander-M missiles, the Air Force said.") == [
        ("launched", "drone", 120), ("launched", "missile", 7)]
    # parts of different weapons after "of which" are kept
    assert _tallies("Russia launched 20 missiles and 100 drones, of which 15 missiles and 70 "
                    "drones were shot down.") == [
        ("launched", "missile", 20), ("launched", "drone", 100),
        ("intercepted", "missile", 15), ("intercepted", "drone", 70)]


def test_it_was_one_of_n_bombs_is_no_tally():
    assert _tallies("It was one of four guided bombs dropped on the district that day.") == []


def test_headline_count_of_another_part_stays_off_the_town_row():
    rows = _rows("A Ukrainian drone struck a garage in Sudzha, injuring one man, the governor said."
                 "\n\nRussian air defences destroyed 41 Ukrainian drones overnight over six "
                 "regions, the Defence Ministry said.",
                 title="41 Ukrainian drones destroyed overnight; man hurt in Sudzha")
    sudzha = [r for r in rows if r["location"] == "Sudzha"]
    assert [(r["injured"], r["intercepted"]) for r in sudzha] == [(1, None)]


def test_headline_figure_of_another_part_stays_off_the_district_row():
    rows = _rows("Three people were injured when a Russian drone hit an apartment block in "
                 "Brovary overnight, the regional head said.\n\nDebris damaged two houses in a "
                 "village in the Obukhiv district. No one was hurt there, he added.",
                 title="Drone hits Brovary apartment block, three injured; debris falls in Obukhiv "
                       "district")
    assert _brief(rows) == [("", "Kyiv Oblast", "drone", 0, 0, None, None),
                            ("Brovary", "Kyiv Oblast", "drone", None, 3, None, None)]


def test_headline_row_takes_weapons_of_its_own_clause():
    rows = _rows("A guided bomb hit a house in Orikhiv on Monday, killing a woman, the governor "
                 "said.",
                 title="Glide bomb kills woman in Orikhiv, drones hit farm")
    assert [(r["location"], r["weapon"], r["killed"]) for r in rows] == [
        ("Orikhiv", "glide_bomb", 1)]


def test_russian_oye_spelling_of_an_oe_alias():
    g = load()
    assert [s.name for s in g.settlements["dneprorudnoye"]] == ["Dniprorudne"]


def test_renamed_and_russian_towns_of_the_alias_list():
    g = load()
    assert g.settlements["stakhanov"][0].name == "Kadiivka"
    rows = _rows("Ukrainian drones struck Marinovka airfield in Russia's Volgograd region "
                 "overnight, the General Staff said on Tuesday.")
    assert [(r["location"], r["admin1"], r["country"]) for r in rows] == [
        ("Marinovka", "Volgograd Oblast", "RUS")]


def test_it_was_the_nth_attack_is_background():
    rows = _rows("A Russian missile hit a grain terminal in Izmail on Monday, injuring two "
                 "workers, the governor said. The minister said it was the third attack on the "
                 "ports of the Odesa region this week.")
    assert [(r["location"], r["injured"]) for r in rows] == [("Izmail", 2)]
