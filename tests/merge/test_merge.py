"""Merging fixture mentions from several outlets into incidents (tests/merge/fixtures.py)."""

from __future__ import annotations

import random
from pathlib import Path

from assets.ids import incident_id_for
from assets.merge.merge import build_incidents, cluster_warehouse
from assets.merge.report import merge_report
from assets.merge.rules import weapons_compatible
from tests.merge.fixtures import KH, MENTIONS_ROWS, D, mention, warehouse

# kind, place, event_date, killed low/best/high, injured low/best/high, launched, intercepted,
# weapon, n_articles, linked to a wave
EXPECTED = {
    ("impact", "Kharkiv", "2025-03-04", 1, 4, 4, 5, 12, 12, None, None, "mixed", 4, True),
    ("wave", "UKR", "2025-03-04", None, None, None, None, None, None, 120, 100, "drone", 2,
     False),
    ("impact", "Odesa", "2025-03-06", 3, 5, 5, None, None, None, None, None, "missile", 2,
     False),
    ("impact", "Dnipro", "2025-03-07", None, None, None, 2, 2, 2, None, None, "drone", 1, False),
    ("impact", "Nikopol", "2025-03-07", None, None, None, None, None, None, None, None,
     "drone", 1, False),
    ("impact", "Dnipropetrovsk Oblast", "2025-03-07", None, None, None, 1, 1, 1, None, None,
     "unknown", 1, False),
    ("impact", "Sumy Oblast", "2025-03-08", None, None, None, 3, 3, 3, None, None,
     "glide_bomb", 1, False),
    ("impact", "Sumy", "2025-03-08", None, None, None, 1, 1, 1, None, None, "drone", 1, False),
    ("impact", "Kherson", None, None, None, None, 2, 2, 2, None, None, "unknown", 1, False),
    ("impact", "Kherson", None, None, None, None, 1, 1, 1, None, None, "unknown", 1, False),
    ("impact", "Zaporizhzhia", "2025-03-11", None, None, None, None, None, None, None, None,
     "missile", 1, False),
    ("impact", "Zaporizhzhia", "2025-03-12", None, None, None, None, None, None, None, None,
     "missile", 1, False),
}
KHARKIV_ID = incident_id_for("impact", "UKR", KH, "Kharkiv", D("2025-03-04"), "RUS")
WAVE_ID = incident_id_for("wave", "UKR", None, None, D("2025-03-04"), "RUS")


def incident_rows(con) -> set[tuple]:
    return set(con.execute(
        "SELECT kind, coalesce(location, admin1, country), CAST(event_date AS VARCHAR), "
        "killed_low, killed, killed_high, injured_low, injured, injured_high, launched, "
        "intercepted, weapon, n_articles, wave_id IS NOT NULL FROM incidents").fetchall())


def snapshot(con) -> tuple:
    """Everything the merge writes, in a canonical order."""
    return tuple(con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                 for t in ("incidents", "claims", "incident_members"))


def test_merge_gives_expected_incidents_with_low_best_high(tmp_path: Path):
    con = warehouse(tmp_path)
    summary = build_incidents(con)
    assert incident_rows(con) == EXPECTED
    assert summary.incidents == 12 and summary.mentions == len(MENTIONS_ROWS)


def test_merge_keeps_every_claim_and_marks_the_chosen_one(tmp_path: Path):
    con = warehouse(tmp_path)
    build_incidents(con)
    claims = con.execute(
        "SELECT article_id, outlet, value, official, chosen FROM claims "
        "WHERE incident_id = ? AND field = 'killed' ORDER BY published_at",
        [KHARKIV_ID]).fetchall()
    assert claims == [("w1", "Test Wire", 2, False, False),
                      ("g1", "Oblast Daily", 3, True, False),
                      ("c1", "City News", 4, True, True),
                      ("r1", "Russian Outlet", 1, False, False)]


def test_merge_links_impacts_to_their_nights_wave_and_keeps_earliest_id(tmp_path: Path):
    con = warehouse(tmp_path)
    build_incidents(con)
    assert con.execute("SELECT wave_id FROM incidents WHERE incident_id = ?",
                       [KHARKIV_ID]).fetchone() == (WAVE_ID,)
    members = dict(con.execute("SELECT m.article_id, count(DISTINCT im.incident_id) FROM "
                               "incident_members im JOIN mentions m USING (mention_id) "
                               "WHERE im.incident_id = ? GROUP BY ALL", [KHARKIV_ID]).fetchall())
    assert members == {"w1": 1, "g1": 1, "c1": 1, "r1": 1}


def test_merge_id_is_stable_when_later_reports_join(tmp_path: Path):
    first = [r for r in MENTIONS_ROWS if r["article_id"] == "w1"]
    con = warehouse(tmp_path / "a", first)
    build_incidents(con)
    assert con.execute("SELECT incident_id FROM incidents").fetchall() == [(KHARKIV_ID,)]
    con = warehouse(tmp_path / "b")
    build_incidents(con)
    assert con.execute("SELECT n_articles FROM incidents WHERE incident_id = ?",
                       [KHARKIV_ID]).fetchone() == (4,)


def test_merge_result_does_not_depend_on_input_order(tmp_path: Path):
    con = warehouse(tmp_path / "base")
    build_incidents(con)
    want = snapshot(con)
    rng = random.Random(6)
    orders = [list(reversed(MENTIONS_ROWS))] + [rng.sample(MENTIONS_ROWS, len(MENTIONS_ROWS))
                                                for _ in range(3)]
    for i, rows in enumerate(orders):
        con = warehouse(tmp_path / f"perm{i}", rows)
        build_incidents(con)
        assert snapshot(con) == want


def test_merge_report_lists_merges_and_near_misses(tmp_path: Path):
    con = warehouse(tmp_path)
    build_incidents(con)
    result = cluster_warehouse(con)
    missed = sorted(d.reason for d in result.decisions if not d.merged)
    assert missed == ["2 settlements fit", "same place, dates one day apart",
                      "weapons conflict (drone, glide_bomb)"]
    text = "\n".join(merge_report(con, result))
    assert "merges made: 3 incidents" in text
    assert "c1 (City News, 2025-03-04T18:00:00+02:00): Kharkiv, mixed, killed 4" in text


def test_weapons_compatible_only_within_air_attacks_or_unknown():
    assert weapons_compatible({"drone"}, {"missile", "unknown"})
    assert weapons_compatible({"glide_bomb"}, {"unknown"})
    assert not weapons_compatible({"glide_bomb"}, {"drone"})
    assert not weapons_compatible({"artillery"}, {"mixed"})


def test_merge_report_command_prints_the_report(tmp_path: Path, capsys):
    from pipelines.cli import main

    con = warehouse(tmp_path)
    build_incidents(con)
    con.close()
    assert main(["merge-report", "--home", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("merges made: 3 incidents")
    assert "near-misses not made: 3" in out


def test_connect_recreates_incidents_with_old_columns(tmp_path: Path):
    import duckdb

    from assets.schema import INCIDENTS
    from assets.warehouse import Home, connect

    home = Home.at(tmp_path)
    home.state.mkdir(parents=True)
    with duckdb.connect(str(home.warehouse)) as old:
        old.execute("CREATE TABLE incidents (incident_id VARCHAR, killed INTEGER)")
    con = connect(home)
    cols = [r[0] for r in con.execute("DESCRIBE incidents").fetchall()]
    assert cols == INCIDENTS.column_names


def test_date_within_respects_the_reported_precision():
    from assets.merge.rules import Group, date_within

    def g(day: str, precision: str) -> Group:
        return Group("k", "impact", "UKR", KH, "Kharkiv", "settlement", D(day), precision, "RUS")

    fine = g("2025-03-04", "day")
    assert date_within(g("2025-03-04", "day"), fine)
    assert not date_within(g("2025-03-05", "day"), fine)
    assert date_within(g("2025-03-01", "week"), fine)
    assert not date_within(g("2025-02-20", "week"), fine)
    assert date_within(g("2025-03-28", "month"), fine)
    assert not date_within(g("2025-04-01", "month"), fine)


def test_merge_compares_publication_times_in_utc(tmp_path: Path):
    # 08:30 UTC is later than 09:00+02:00 (07:00 UTC) although it sorts first as text.
    con = warehouse(tmp_path, [r for r in MENTIONS_ROWS if r["article_id"] != "af2"]
                    + [mention("af3", "Air defences shot down 105 of 121 drones overnight.",
                               kind="wave", event_date=D("2025-03-04"), weapon="drone",
                               launched=121, intercepted=105)])
    con.execute("INSERT INTO articles (article_id, outlet, published_at, sha256, text) "
                "VALUES ('af3', 'London Desk', '2025-03-04T08:30:00+00:00', ?, '')", ["0" * 64])
    build_incidents(con)
    chosen = con.execute("SELECT field, value, article_id FROM claims WHERE incident_id = ? "
                         "AND chosen ORDER BY field", [WAVE_ID]).fetchall()
    assert chosen == [("intercepted", 105, "af3"), ("launched", 121, "af3")]
    assert con.execute("SELECT launched, intercepted, first_reported_at, last_reported_at "
                       "FROM incidents WHERE incident_id = ?", [WAVE_ID]).fetchone() == (
        121, 105, "2025-03-04T09:00:00+02:00", "2025-03-04T08:30:00+00:00")
