"""The warehouse reader: valid_<table> in key order a batch at a time, whatever order DuckDB
stores the rows in, and the rows whose column holds given values."""

from __future__ import annotations

import duckdb
import pyarrow as pa

from assets.publish.batches import contract_batches
from assets.publish.run import WarehouseReader
from assets.publish.tables import arrow_schema
from assets.schema import MENTIONS
from tests.publish.sequence import many


def _warehouse() -> tuple[duckdb.DuckDBPyConnection, pa.Table]:
    mentions = many(range(30))["mentions"]  # stored in reverse key order
    con = duckdb.connect()
    con.register("mentions_in", mentions)
    con.execute("CREATE TABLE valid_mentions AS SELECT * FROM mentions_in")
    con.unregister("mentions_in")
    return con, mentions


def test_tables_come_in_key_order_a_batch_at_a_time():
    con, mentions = _warehouse()
    batches = list(WarehouseReader(con, batch_rows=7)(MENTIONS))
    assert [b.num_rows for b in batches] == [7, 7, 7, 7, 2]
    got = pa.Table.from_batches(list(contract_batches(MENTIONS, iter(batches), 7)))
    assert got.schema == arrow_schema(MENTIONS)
    assert got.equals(mentions.sort_by("mention_id").cast(arrow_schema(MENTIONS)))


def test_rows_where_gives_the_rows_of_the_values_in_contract_types():
    con, _ = _warehouse()
    found = WarehouseReader(con).rows_where(MENTIONS, ["mention_id", "incident_id"],
                                            "incident_id", ["inc-00003", "inc-00011", "x"])
    assert found.schema == pa.schema([arrow_schema(MENTIONS).field("mention_id"),
                                      arrow_schema(MENTIONS).field("incident_id")])
    assert sorted(found.to_pylist(), key=lambda r: r["mention_id"]) == [
        {"mention_id": "men-00003", "incident_id": "inc-00003"},
        {"mention_id": "men-00011", "incident_id": "inc-00011"}]
