"""`strikes extract` and `strikes evaluate`: the mentions asset's code, run on loose files.

Each file is read by the same readers, cleaned by the same cleaner and extracted by the same
extractor as in the pipeline, so both give identical rows for the same input.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pyarrow as pa

from assets.extract.evaluate import evaluate, write_errors
from assets.extract.extractor import extract_mentions
from assets.ingest.clean import article_row
from assets.ingest.readers import Quarantined, RawArticle, iter_file
from assets.schema import MENTIONS


def extract_files(files: Iterable[Path], crashes: list[tuple[str, Exception]] | None = None
                  ) -> tuple[list[dict], list[Quarantined]]:
    """Mentions of every article in the files (in file order), and what could not be read.
    Articles the extractor crashed on (id, exception) are appended to `crashes` if given."""
    rows: list[dict] = []
    bad: list[Quarantined] = []
    for f in files:
        f = Path(f).resolve()
        for item in iter_file(f, f.parent):
            if isinstance(item, RawArticle):
                row = article_row(item)
                rows.extend(extract_mentions({k: row[k] for k in
                                              ("article_id", "text", "published_at", "title")},
                                             crashes))
            else:
                bad.append(item)
    return rows, bad


def _json_default(v: object) -> str:
    if isinstance(v, date):
        return v.isoformat()
    raise TypeError(type(v).__name__)


def write_rows(rows: list[dict], out: Path) -> None:
    """Write mentions as JSONL, CSV or Parquet (by suffix), columns in contract order."""
    out.parent.mkdir(parents=True, exist_ok=True)
    cols = MENTIONS.column_names
    if out.suffix == ".jsonl":
        with out.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps({c: r.get(c) for c in cols}, ensure_ascii=False,
                                    default=_json_default) + "\n")
        return
    table = pa.Table.from_pylist([{c: r.get(c) for c in cols} for r in rows],
                                 schema=_arrow_schema())
    if out.suffix == ".csv":
        import pyarrow.csv as pacsv

        pacsv.write_csv(table, out)
    else:
        import pyarrow.parquet as pq

        pq.write_table(table, out)


def _arrow_schema() -> pa.Schema:
    types = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(),
             "DATE": pa.date32()}
    return pa.schema([(c.name, types[c.sql_type]) for c in MENTIONS.columns])


def evaluate_files(gold: Path, articles: Path, errors: Path) -> tuple[dict, Path]:
    """Score the extractor on an articles file against gold rows; errors go to a file. An
    article the extractor crashes on is scored as giving no rows, reported on stderr (id and
    exception) and counted in result["crashed"]."""
    crashes: list[tuple[str, Exception]] = []
    pred, _ = extract_files([articles], crashes)
    for aid, exc in crashes:
        print(f"extractor crashed on article {aid}: {type(exc).__name__}: {exc}", file=sys.stderr)
    gold_rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    pred = [{k: (v.isoformat() if isinstance(v, date) else v) for k, v in r.items()}
            for r in pred]
    result = evaluate(gold_rows, pred)
    result["crashed"] = len(crashes)
    write_errors(result, errors)
    return result, errors
