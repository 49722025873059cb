"""Rules added in extractor 1.18.0 (killed/injured error classes of data/eval/unseen12, stated as
phrasings), each checked on made-up sentences: a live-blog entry's figures are its own strike's;
"Update, 19:30:" is a stamp and "A third body was pulled" the updated toll; "the driver and three
passengers were injured" is four; "She was taken to hospital ... and died" is one killed; the
region in an official's title leaves the figure to the town told just before; "the village of X
in the Y district" is the namesake in the district's region; "the A and B communities of the Y
district were shelled" are the rows; "a UAV had fallen on a refinery" is a strike; "Two days
later" dates from the last dated row."""

from assets.extract.extractor import extract_mentions
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str = "2025-03-06") -> list[dict]:
    return extract_mentions({"article_id": "v118", "text": text, "published_at": published})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], str(r["event_date"]), r["killed"], r["injured"])
            for r in rows]


# --- killed / injured ---------------------------------------------------------------------------

def test_live_blog_entry_keeps_its_own_figures():
    rows = _rows("15:10 — The death toll in Poltava has risen to 9, the mayor said.\n\n"
                 "10:20 — In the city of Sumy, a drone hit an apartment block. Two people were "
                 "killed and 11 were injured, the governor said.\n\n"
                 "08:30 — In Chernihiv Oblast, debris damaged houses in Nizhyn. One man was "
                 "injured.")
    got = {r["location"]: (r["killed"], r["injured"]) for r in rows}
    assert got == {"Poltava": (9, None), "Sumy": (2, 11), "Nizhyn": (None, 1)}


def test_live_blog_stamp_without_a_place_still_updates_the_main_row():
    rows = _rows("A missile hit Poltava on Friday morning.\n\n"
                 "16:30 — The latest figures: 9 people killed and 40 wounded.\n\n"
                 "09:05 — Two people were killed and 11 injured, the mayor says.")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [("Poltava", 9, 40)]


def test_update_comma_stamp_and_nth_body():
    assert _figs("A third body was pulled from the rubble.") == [("killed", 3, "update")]
    assert _figs("A body was pulled from the rubble.") == []
    rows = _rows("Update, 18:10: The number of injured has risen to 30. A fourth body was "
                 "recovered from the rubble.\n\n"
                 "A Russian missile hit an apartment block in Sumy on Thursday.\n\n"
                 "Initially officials reported two dead and 12 wounded.")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [("Sumy", 4, 30)]


def test_one_named_person_and_a_group():
    assert _figs("The driver and three passengers were injured.") == [("injured", 4, "plain")]
    assert _figs("A guard and two workers were killed.") == [("killed", 3, "plain")]
    assert _figs("A woman and her son were injured.") == [("injured", 2, "plain")]


def test_taken_to_hospital_and_died_is_one_killed():
    assert _figs("She was taken to hospital with a blast injury and died there in the "
                 "evening.") == [("killed", 1, "plain")]
    assert _figs("He was rushed to a hospital but later died.") == []
    assert _figs("He was taken to hospital in serious condition.") == []


def test_region_in_an_officials_title_leaves_the_figure_to_the_town():
    rows = _rows("Ukrainian drones struck the Saky airfield in Crimea overnight, the General "
                 "Staff said.\n\n"
                 "Russia's Defence Ministry said its air defences had destroyed 38 Ukrainian "
                 "drones over Crimea overnight.\n\n"
                 "In Dzhankoi, a fire broke out at a depot. Sergei Aksyonov, the head of "
                 "Crimea, said that one person had been injured.")
    got = {(r["admin1"], r["location"]): r["injured"] for r in rows}
    assert got[("Crimea", "Dzhankoi")] == 1
    assert all(v is None for k, v in got.items() if k[1] != "Dzhankoi")


def test_village_in_a_district_of_its_region():
    rows = _rows("A drone struck Kharkiv on Friday, injuring two people.\n\n"
                 "Elsewhere in the region, shelling hit the village of Petropavlivka in the "
                 "Kupiansk district, wounding a 72-year-old man.", "2025-03-08")
    assert _brief(rows) == [("Kharkiv Oblast", "Kharkiv", "2025-03-07", None, 2),
                            ("Kharkiv Oblast", "Petropavlivka", "2025-03-08", None, 1)]


def test_communities_of_a_district_are_the_rows():
    rows = _rows("In the morning, Russian troops shelled Nikopol with artillery. A woman was "
                 "killed.\n\n"
                 "The Marhanets and Chervonohryhorivka communities of the Nikopol district were "
                 "also shelled, with no casualties.")
    assert sorted(_brief(rows)) == [
        ("Dnipropetrovsk Oblast", "Chervonohryhorivka", "2025-03-06", 0, 0),
        ("Dnipropetrovsk Oblast", "Marhanets", "2025-03-06", 0, 0),
        ("Dnipropetrovsk Oblast", "Nikopol", "2025-03-06", 1, None)]


# --- strikes and dates --------------------------------------------------------------------------

def test_a_uav_fallen_on_a_refinery_is_a_strike():
    rows = _rows("The governor said a UAV had fallen on the territory of an oil refinery in "
                 "Yaroslavl. Nobody was hurt.")
    assert _brief(rows) == [("Yaroslavl Oblast", "Yaroslavl", "2025-03-06", 0, 0)]
    assert _rows("The holiday fell on a Sunday in Yaroslavl this year.") == []


def test_days_later_dates_from_the_last_dated_row():
    rows = _rows("On the night of March 1-2, drones struck the Volgograd refinery.\n\n"
                 "Two days later, a drone attack on the Syzran refinery killed one worker.",
                 "2025-03-10")
    got = {r["location"]: str(r["event_date"]) for r in rows}
    assert got == {"Volgograd": "2025-03-02", "Syzran": "2025-03-04"}
    rows = _rows("On March 3, drones struck the Volgograd refinery.\n\n"
                 "The next day, a drone attack on the Syzran refinery killed one worker.",
                 "2025-03-10")
    assert {r["location"]: str(r["event_date"]) for r in rows}["Syzran"] == "2025-03-04"


def test_shot_down_and_the_other_hit_sum_to_launched():
    from assets.extract.tallies import find_tallies
    got = [(c.field, c.value) for c in find_tallies(
        '"Two drones were shot down over the city, the other three hit," the mayor said.')]
    assert got == [("intercepted", 2), ("launched", 5)]
    assert [(c.field, c.value) for c in find_tallies("Two drones were shot down over the city.")
            ] == [("intercepted", 2)]


def test_quoted_lost_drones_are_no_interceptions():
    from assets.extract.tallies import find_tallies
    got = [(c.field, c.wtype, c.value) for c in find_tallies(
        'It claimed 81 missiles and 80 drones had been shot down, while 105 drones were "lost".')]
    assert got == [("intercepted", "missile", 81), ("intercepted", "drone", 80)]


def test_since_the_start_of_a_month_is_a_period_tally():
    rows = _rows("Overnight, Russia attacked Ukraine with 72 drones, the Air Force said. Air "
                 "defence shot down 50 drones.\n\n"
                 "Since the start of January, Russia has launched more than 800 attack drones "
                 "against Ukraine.", "2025-01-12")
    assert [(r["geo_precision"], r["launched"], r["intercepted"]) for r in rows] == [
        ("country", 72, 50)]


def test_a_missile_and_n_drones_sum_to_launched():
    from assets.extract.tallies import find_tallies
    got = [(c.field, c.wtype, c.value) for c in find_tallies(
        "Russia attacked Ukraine with an Iskander-M ballistic missile and 72 Shahed drones.")]
    assert got == [("launched", "missile", 1), ("launched", "drone", 72)]
    got = [(c.field, c.wtype, c.value) for c in find_tallies(
        "Russia attacked Ukraine with two missiles and 72 Shahed drones.")]
    assert got == [("launched", "missile", 2), ("launched", "drone", 72)]


def test_a_himars_missile_is_one_missile():
    from assets.extract.weapons import find_weapons, weapon_class
    assert find_weapons("A HIMARS missile struck a school in Horlivka.") == ({"missile"},
                                                                            ["HIMARS"])
    assert weapon_class(find_weapons("shot down four HIMARS rockets")[0]) == "missile"
    assert weapon_class(find_weapons("a HIMARS launcher and a missile")[0]) == "mixed"


def test_a_ukrainian_drone_injured_in_an_occupied_town_is_ukraines():
    rows = _rows("In the occupied part of the region, the Russian-installed authorities claimed "
                 "that a Ukrainian drone had injured two people in Vasylivka.")
    assert [(r["location"], r["attacker"], r["injured"]) for r in rows] == [
        ("Vasylivka", "UKR", 2)]


def test_a_day_summary_of_the_region_borrows_no_town_weapon():
    text = ("Russian troops dropped four aerial bombs on Zaporizhzhia on Wednesday, injuring "
            "29 people.\n\n"
            "Across the region, Russia carried out 412 attacks on 11 settlements over the day, "
            "killing two people and injuring 30. In Huliaipole, artillery shelling killed a man. "
            "In Stepnohirsk, an FPV drone injured a woman.")
    rows = extract_mentions({"article_id": "v118", "text": text, "published_at": "2025-03-06",
                             "title": "Russians drop four aerial bombs on Zaporizhzhia"})
    got = {r["location"]: r["weapon"] for r in rows}
    assert got == {"Zaporizhzhia": "glide_bomb", None: "unknown", "Huliaipole": "artillery",
                   "Stepnohirsk": "drone"}
    text = ("Russian troops carried out 312 attacks on 29 settlements in the Kherson region, "
            "killing two people. The enemy used artillery, drones and missiles.")
    assert [(r["location"], r["weapon"]) for r in _rows(text)] == [(None, "mixed")]
