"""All SQL is parameterized: no value is ever spliced into a statement's text.

A lint over the source: every f-string (or str.format) handed to DuckDB may only interpolate
identifiers the code itself defines (table and column names from the contract, fixed SQL
fragments). Values (ids, paths, text, dates from data) must go in as `?` parameters.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SQL_METHODS = {"execute", "executemany", "sql", "query"}
# Interpolations that are identifiers or SQL fragments built from code, never from data. If you
# add one, it must be a name the code defines; a value belongs in a `?` parameter instead.
IDENTIFIERS = {
    # table and column names from the contract (assets/schema.py) or the warehouse DDL
    "table", "t", "t.name", "table.name", "o.table", "name", "sql_table", "source", "cols",
    "col_list", "sql_cols", "claim_cols", "inc_cols", "col", "column", "pk", "t.primary_key",
    "table.primary_key", "', '.join(cols)", "_quoted(columns)", "key", "KEYS_TABLE",
    "source_relation(t.name)", "source_relation(table.name)", "source_relation(name)",
    "CURATED_TABLE", "MEMBERS_TABLE", "SOURCE_TABLE", "MERGE_SOURCE", "BATCH_MEMBERS", "_BLOCK",
    "_windows_sql()", "WINDOWS_NOW", "columns", "relation", "wanted", "_summary(wanted)",
    "_summary(table)", "_CORRECTED", "_REPLACED", "_ORDER", "_SOURCE_COLUMNS",
    "_windows_sql(', s.rowid AS source_rowid')",
    # fixed SQL fragments and numbers written in the code, and SQL files beside it
    "join", "order_by", "where", "select", "gone", "stale", "_STALE", "_SQL", "_sql('claims.sql')",
    "_sql('incidents.sql')", "PREVIEW_ROWS", "SAMPLE_ROWS", "EARLIEST_EVENT_DATE",
    "REPORTED_UTC", "keys_sql",
    # "?, ?, ?" placeholders, one per parameter
    "marks",
    # '"col" = ?' per corrected field; the names are checked against the contract's columns
    # when the corrections file is read (assets/curate/corrections.py)
    "assign",
}


def _sql_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_METHODS and node.args):
            yield node.args[0]


def _interpolated(arg: ast.expr) -> list[str]:
    """Source of every expression spliced into an f-string / .format() SQL argument."""
    if isinstance(arg, ast.JoinedStr):
        return [ast.unparse(v.value) for v in arg.values if isinstance(v, ast.FormattedValue)]
    if (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute)
            and arg.func.attr == "format"):
        return [ast.unparse(a) for a in arg.args] + [ast.unparse(k.value) for k in arg.keywords]
    if isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Mod):
        return [ast.unparse(arg.right)]
    return []


def _spliced() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for folder in ("assets", "pipelines"):
        for path in sorted((REPO / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for arg in _sql_calls(tree):
                for expr in _interpolated(arg):
                    found.setdefault(expr, []).append(
                        f"{path.relative_to(REPO)}:{arg.lineno}")
    return found


def test_sql_splices_only_identifiers_defined_in_code():
    unknown = {expr: where for expr, where in _spliced().items() if expr not in IDENTIFIERS}
    assert not unknown, (
        "SQL built by string formatting from something not known to be an identifier; pass "
        f"values as ? parameters (or add a code-defined identifier to IDENTIFIERS): {unknown}")


def test_sql_lint_sees_the_known_formatted_statements():
    found = _spliced()
    # The lint must actually find f-string SQL; if it finds none it checks nothing.
    assert "t.name" in found and "cols" in found
    assert len(found) >= 5
