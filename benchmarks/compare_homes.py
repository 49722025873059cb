"""Compare two HOMEs that ran the same input on two versions of the code: every warehouse table
and every file, to show that a performance change changed no output.

    python -m benchmarks.compare_homes HOME_A HOME_B

Tables: the same columns and types, and the same rows as multisets (EXCEPT ALL both ways and
equal counts: the rows ORDER BY all columns), leaving out the columns that differ between any
two runs (`raw_files.run_id`, `quarantine.quarantined_at`). Files: every file of HOME outside
`.state`, byte for byte, except the GE Data Docs beside a release (`releases/*.validation/`),
which carry their render time. Run both HOMEs at the same absolute path (one after the other):
a release's provenance.json names the raw folder. Exit status 1 when anything differs.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import duckdb

SKIP_COLUMNS = {("raw_files", "run_id"), ("quarantine", "quarantined_at")}


def file_digests(root: Path) -> dict[str, str]:
    """sha256 of every compared file under a HOME, by POSIX relative path."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if p.is_file() and not rel.startswith(".state/") and ".validation/" not in rel:
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def _tables(con: duckdb.DuckDBPyConnection, db: str) -> dict[str, list[tuple[str, str]]]:
    rows = con.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_catalog = ? ORDER BY table_name, ordinal_position", [db]).fetchall()
    out: dict[str, list[tuple[str, str]]] = {}
    for table, column, dtype in rows:
        out.setdefault(table, []).append((column, dtype))
    return out


def table_differences(a: Path, b: Path) -> tuple[int, list[str]]:
    """(tables compared, what differs) between the warehouses of two HOMEs."""
    con = duckdb.connect()
    con.execute(f"ATTACH '{a / '.state' / 'warehouse.duckdb'}' AS a (READ_ONLY)")
    con.execute(f"ATTACH '{b / '.state' / 'warehouse.duckdb'}' AS b (READ_ONLY)")
    ta, tb = _tables(con, "a"), _tables(con, "b")
    problems = []
    for t in sorted(set(ta) | set(tb)):
        if ta.get(t) != tb.get(t):
            problems.append(f"table {t}: columns {ta.get(t)} vs {tb.get(t)}")
            continue
        cols = ", ".join(f'"{c}"' for c, _ in ta[t] if (t, c) not in SKIP_COLUMNS)
        n_a, n_b = (con.execute(f"SELECT count(*) FROM {db}.{t}").fetchone()[0]
                    for db in ("a", "b"))
        only_a, only_b = (con.execute(
            f"SELECT count(*) FROM (SELECT {cols} FROM {x}.{t} EXCEPT ALL "
            f"SELECT {cols} FROM {y}.{t})").fetchone()[0] for x, y in (("a", "b"), ("b", "a")))
        if n_a != n_b or only_a or only_b:
            problems.append(f"table {t}: {n_a} vs {n_b} rows, {only_a} only in A, "
                            f"{only_b} only in B")
    con.close()
    return len(ta), problems


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("home_a", type=Path)
    p.add_argument("home_b", type=Path)
    args = p.parse_args(argv)
    fa, fb = file_digests(args.home_a), file_digests(args.home_b)
    problems = [f"file {rel}: differs or is missing on one side"
                for rel in sorted(set(fa) | set(fb)) if fa.get(rel) != fb.get(rel)]
    n_tables, table_problems = table_differences(args.home_a, args.home_b)
    problems += table_problems
    for line in problems:
        print(line)
    print(f"{len(fa)} files and {n_tables} tables compared: {len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
