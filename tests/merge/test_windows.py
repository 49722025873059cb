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
from assets.schema import MENTIONS
from assets.warehouse import insert_rows
from tests.merge.fixtures import ARTICLES, KH, MENTIONS_ROWS, D, mention, warehouse

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


def _random_rows(rng: random.Random, n: int, tag: str) -> list[dict]:
    places = {KH: ["Kharkiv", "Izium", "Kupiansk", None], ZAP: ["Zaporizhzhia", None]}
    articles = [a for a, _, _ in ARTICLES]
    rows = []
    for i in range(n):
        admin1 = rng.choice(list(places))
        day = D("2025-01-01") + timedelta(days=rng.randrange(150))
        dated = rng.random() > 0.05
        kind = rng.choice(["impact"] * 5 + ["wave"])
        rows.append(mention(
            rng.choice(articles), f"report {tag}{i}", kind=kind,
            admin1=admin1 if kind == "impact" else None,
            location=rng.choice(places[admin1]) if kind == "impact" else None,
            event_date=day if dated else None,
            weapon=rng.choice(["drone", "missile", "glide_bomb", "unknown"]),
            date_precision=rng.choice(["day"] * 30 + ["week"] * 3 + ["month"]) if dated
            else "unknown", killed=rng.choice([None, 1, 2, 5])))
    return list({r["mention_id"]: r for r in rows}.values())


def merged(con) -> tuple:
    return tuple(con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                 for t in ("incidents", "claims", "incident_members"))


@pytest.mark.parametrize("in_memory", [80_000, 0])
def test_an_incremental_merge_writes_what_a_full_one_does(tmp_path: Path, monkeypatch,
                                                          in_memory: int):
    """Mentions added, changed and removed between two merges: the second merge (only the
    windows that changed, read from the one window query's rows, or streamed again when
    there are too many) leaves the tables as a merge of the new mentions from scratch."""
    monkeypatch.setattr(merge, "WINDOW_BATCH", 7)
    monkeypatch.setattr(merge, "CHANGED_IN_MEMORY", in_memory)
    rng = random.Random(11)
    rows = _random_rows(rng, 300, "a")
    con = warehouse(tmp_path / "inc", rows)
    build_incidents(con)
    written = []
    real = merge._write_batch
    monkeypatch.setattr(merge, "_write_batch",
                        lambda c, members, *a: written.extend(members) or real(c, members, *a))
    for step in range(3):
        rows = [r for r in rows if rng.random() > 0.03]  # removed
        for r in rng.sample(rows, 5):  # changed figures and weapons
            r.update(killed=rng.choice([None, 3, 9]), weapon=rng.choice(["drone", "missile"]))
        rows = list({r["mention_id"]: r for r in rows + _random_rows(rng, 20, f"n{step}")
                     }.values())  # added (a new row with an old id replaces it)
        con.execute("DELETE FROM curated_mentions")
        insert_rows(con, "curated_mentions", MENTIONS.column_names, rows)
        written.clear()
        got = build_incidents(con)
        assert 0 < len(written) < len(rows)  # only the changed windows
        full = warehouse(tmp_path / f"full{step}", rows)
        want = build_incidents(full)
        assert merged(con) == merged(full)
        assert got == want


def test_an_increment_in_one_window_leaves_other_incidents_untouched(tmp_path: Path,
                                                                     monkeypatch):
    """A new report of Odesa on the 6th re-clusters only that window: only its rows are
    written, every other incident, claim and member row keeps its place in its table."""
    con = warehouse(tmp_path)
    build_incidents(con)
    before = {t: {r[0]: r[1:] for r in con.execute(f"SELECT rowid, * FROM {t}").fetchall()}
              for t in ("incidents", "claims", "incident_members")}
    odesa = incident_id_for("impact", "UKR", "Odesa Oblast", "Odesa", D("2025-03-06"), "RUS")
    written = []
    real = merge._write_batch
    monkeypatch.setattr(merge, "_write_batch",
                        lambda c, members, *a: written.append(dict(members)) or real(
                            c, members, *a))
    new = mention("o2", "A third report: six killed in Odesa.", admin1="Odesa Oblast",
                  location="Odesa", event_date=D("2025-03-06"), weapon="missile", killed=6)
    insert_rows(con, "curated_mentions", MENTIONS.column_names, [new])
    build_incidents(con)
    assert written == [{m: odesa for m in written[0]}] and len(written[0]) == 3
    for table, rows in before.items():
        now = {r[0]: r[1:] for r in con.execute(f"SELECT rowid, * FROM {table}").fetchall()}
        kept = {k: v for k, v in rows.items() if odesa not in v}
        assert {k: now.get(k) for k in kept} == kept, table
    assert con.execute("SELECT killed FROM incidents WHERE incident_id = ?",
                       [odesa]).fetchone() == (6,)


def test_a_second_wave_in_another_window_unlinks_an_unchanged_impact(tmp_path: Path):
    """Kharkiv's impact links to the night's one wave; a second wave incident that night (a
    regional tally: another block, another window) makes the link ambiguous: the impact's
    window is not re-clustered, but its wave_id is cleared as a full merge would."""
    con = warehouse(tmp_path / "inc")
    build_incidents(con)
    kharkiv = incident_id_for("impact", "UKR", KH, "Kharkiv", D("2025-03-04"), "RUS")
    linked = "SELECT wave_id FROM incidents WHERE incident_id = ?"
    assert con.execute(linked, [kharkiv]).fetchone()[0] is not None
    wave = mention("g1", "Drones launched at the oblast overnight: 30.", kind="wave", admin1=KH,
                   event_date=D("2025-03-04"), weapon="drone", launched=30)
    insert_rows(con, "curated_mentions", MENTIONS.column_names, [wave])
    build_incidents(con)
    assert con.execute(linked, [kharkiv]).fetchone()[0] is None
    full = warehouse(tmp_path / "full", [*MENTIONS_ROWS, wave])
    build_incidents(full)
    assert merged(con) == merged(full)
