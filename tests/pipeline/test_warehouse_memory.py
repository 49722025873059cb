"""The warehouse's DuckDB memory limit: its default, STRIKES_DUCKDB_MEMORY, and the spill folder."""

from __future__ import annotations

import pytest

from assets.warehouse import Home, connect
from assets.warehouse_memory import MEMORY_ENV, memory_limit, spill_dir


def _settings(con) -> tuple[str, str]:
    return con.execute("SELECT current_setting('memory_limit'), "
                       "current_setting('temp_directory')").fetchone()


def test_connect_sets_the_default_limit_and_spill_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(MEMORY_ENV, raising=False)
    home = Home.at(tmp_path)
    con = connect(home)
    # DuckDB shows 512 MB (10^6 bytes) in binary units
    assert _settings(con) == ("488.2 MiB", str(home.state / "duckdb-spill"))
    con.close()
    con = connect(home, read_only=True)
    assert _settings(con)[0] == "488.2 MiB"
    con.close()


def test_memory_limit_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(MEMORY_ENV, "1GB")
    con = connect(Home.at(tmp_path))
    assert _settings(con)[0] == "953.6 MiB"
    con.close()
    monkeypatch.setenv(MEMORY_ENV, " 2GiB ")
    assert memory_limit() == "2GiB"
    for bad in ("lots", "512", "-1GB", "1 GB; SET threads = 1"):
        monkeypatch.setenv(MEMORY_ENV, bad)
        with pytest.raises(ValueError, match=MEMORY_ENV):
            memory_limit()


def test_a_query_over_the_limit_spills_into_the_state_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(MEMORY_ENV, "64MB")
    home = Home.at(tmp_path / "it's here")  # a quote in the path
    con = connect(home)
    # one thread: DuckDB's working set per thread, the same on any machine (at 32 MB and two
    # threads the sort's pinned blocks once passed the limit in a full run: an OOM, not a spill)
    con.execute("SET threads = 1")
    assert not spill_dir(home.state).exists()  # made on the first spill only
    # ~100 MB of sort keys and row numbers: more than 64 MB
    n, total = con.execute(
        "SELECT count(*), sum(rn) FROM (SELECT row_number() OVER (ORDER BY md5(i::VARCHAR)) "
        "AS rn FROM range(1000000) r(i))").fetchone()
    assert (n, total) == (1_000_000, 1_000_000 * 1_000_001 // 2)
    assert any(spill_dir(home.state).iterdir())
    con.close()
    assert not spill_dir(home.state).exists()  # DuckDB removes what it made
