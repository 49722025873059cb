"""The merge clusters closed date windows a batch at a time (merge.stream_windows,
cluster.WindowClusterer): the same members and decisions as clustering every mention at once."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import pytest

from assets.ids import incident_id_for
from assets.merge import merge
from assets.merge.cluster import cluster
from assets.merge.merge import build_incidents, cluster_warehouse, load_mentions, stream_windows
from tests.merge.fixtures import ARTICLES, KH, D, mention, warehouse

ZAP = "Zaporizhzhia Oblast"


def windows(con) -> list[set[str]]:
    """Each window's articles (batch of one: every window on its own)."""
    return [{m["article_id"] for m in w} for w in stream_windows(con, batch=1)]


def window_of(con, article: str) -> set[str]:
    return next(w for w in windows(con) if article in w)


@pytest.mark.parametrize("batch", [1, 2, 5, 1_000_000])
def test_windows_cluster_like_the_whole_corpus(tmp_path: Path, monkeypatch, batch: int):
    con = warehouse(tmp_path)
    monkeypatch.setattr(merge, "WINDOW_BATCH", batch)
    assert cluster_warehouse(con) == cluster(load_mentions(con))


def test_a_coarse_report_joins_the_windows_its_week_reaches(tmp_path: Path, monkeypatch):
    """Precise reports on the 4th and the 12th are apart; a week report of the oblast on the 8th
    reaches both (4th-14th), so all three are one window and the report is a near-miss."""
    rows = [mention("w1", "Drones hit Kharkiv.", admin1=KH, location="Kharkiv",
                    event_date=D("2025-03-04")),
            mention("k2", "Drones hit Izium.", admin1=KH, location="Izium",
                    event_date=D("2025-03-12"))]
    con = warehouse(tmp_path / "apart", rows)
    assert window_of(con, "w1") == {"w1"}
    week = mention("g1", "Strikes on the oblast this week.", admin1=KH,
                   event_date=D("2025-03-08"), date_precision="week")
    con = warehouse(tmp_path / "joined", [*rows, week])
    assert window_of(con, "w1") == {"w1", "k2", "g1"}
    monkeypatch.setattr(merge, "WINDOW_BATCH", 1)
    got = cluster_warehouse(con)
    assert got == cluster(load_mentions(con))
    assert [d.reason for d in got.decisions] == ["2 settlements fit"]


def test_a_month_report_joins_its_only_settlement_across_windows(tmp_path: Path, monkeypatch):
    rows = [mention("w1", "Drones hit Kharkiv.", admin1=KH, location="Kharkiv",
                    event_date=D("2025-03-04"), weapon="drone"),
            mention("k2", "Drones hit Izium.", admin1=KH, location="Izium",
                    event_date=D("2025-03-29")),
            mention("g1", "Kharkiv was hit in March.", admin1=KH, location="Kharkiv",
                    event_date=D("2025-03-20"), date_precision="month"),
            mention("k1", "Izium again, in April.", admin1=KH, location="Izium",
                    event_date=D("2025-04-01"))]
    con = warehouse(tmp_path, rows)
    assert window_of(con, "w1") == {"w1", "k2", "g1"}
    assert window_of(con, "k1") == {"k1"}
    monkeypatch.setattr(merge, "WINDOW_BATCH", 1)
    build_incidents(con)
    members = dict(con.execute("SELECT m.article_id, i.incident_id FROM incident_members i "
                               "JOIN curated_mentions m USING (mention_id)").fetchall())
    assert members["g1"] == members["w1"] != members["k2"]
    assert cluster_warehouse(con) == cluster(load_mentions(con))


def test_a_near_miss_across_a_window_edge_is_found(tmp_path: Path, monkeypatch):
    """Zaporizhzhia on the 11th and the 12th: two windows (no coarse report joins them), one
    near-miss between them, found when each window is clustered in its own batch."""
    con = warehouse(tmp_path)
    assert window_of(con, "z1") == {"z1"} and window_of(con, "z2") == {"z2"}
    monkeypatch.setattr(merge, "WINDOW_BATCH", 1)
    got = cluster_warehouse(con)
    z1, z2 = (incident_id_for("impact", "UKR", ZAP, "Zaporizhzhia", D(day), "RUS")
              for day in ("2025-03-11", "2025-03-12"))
    assert [d.reason for d in got.decisions if {d.incident_id, d.other_id} == {z1, z2}] == [
        "same place, dates one day apart"]
    assert got == cluster(load_mentions(con))


def test_random_mentions_cluster_like_the_whole_corpus(tmp_path: Path, monkeypatch):
    """Random reports over two oblasts and five months, of every precision: every batch size gives
    the members and decisions of clustering all at once."""
    rng = random.Random(7)
    places = {KH: ["Kharkiv", "Izium", "Kupiansk", None], ZAP: ["Zaporizhzhia", None]}
    articles = [a for a, _, _ in ARTICLES]
    rows, seen = [], set()
    for i in range(300):
        admin1 = rng.choice(list(places))
        location = rng.choice(places[admin1])
        day = D("2025-01-01") + timedelta(days=rng.randrange(150))
        precision = rng.choice(["day"] * 30 + ["week"] * 3 + ["month"])
        row = mention(rng.choice(articles), f"report {i}", admin1=admin1, location=location,
                      event_date=day if rng.random() > 0.05 else None,
                      weapon=rng.choice(["drone", "missile", "glide_bomb", "unknown"]),
                      date_precision=precision if day else "unknown",
                      kind=rng.choice(["impact"] * 5 + ["wave"]))
        if row["mention_id"] not in seen:
            seen.add(row["mention_id"])
            rows.append(row)
    con = warehouse(tmp_path, rows)
    want = cluster(load_mentions(con))
    assert any(not d.merged for d in want.decisions) and any(d.merged for d in want.decisions)
    assert len(windows(con)) > 30
    for batch in (1, 7, 50):
        monkeypatch.setattr(merge, "WINDOW_BATCH", batch)
        assert cluster_warehouse(con) == want
