"""The Frictionless data package descriptor of a release, generated from `assets/schema.py`.

Package-level metadata (title, licences, contributors, credited sources) lives in
`package_meta.json`; table schemas come from the contract; the corpus source from the raw
folder the release was built from; `created` from the data itself, so rebuilding the same
tables gives the same descriptor.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from assets import schema as contract
from assets.publish import writer_options
from assets.schema import Table

META = json.loads((Path(__file__).with_name("package_meta.json")).read_text(encoding="utf-8"))
MEDIATYPES = {"parquet": "application/vnd.apache.parquet", "csv": "text/csv"}
FOREIGN_KEYS = {  # table -> [(field, referenced table)]
    "mentions": [("article_id", "articles"), ("incident_id", "incidents")],
    "claims": [("mention_id", "mentions"), ("incident_id", "incidents"),
               ("article_id", "articles")],
}


def table_schema(table: Table, resource_suffix: str = "") -> dict:
    """Frictionless Table Schema of a contract table (foreign keys point at resource_suffix)."""
    fields = []
    for col in table.columns:
        field: dict = {"name": col.name, "type": col.frictionless_type,
                       "description": col.description}
        constraints: dict = {}
        if col.required:
            constraints["required"] = True
        if col.unique:
            constraints["unique"] = True
        if col.enum is not None:
            constraints["enum"] = list(col.enum)
        cast = int if col.frictionless_type == "integer" else float
        if col.minimum is not None:
            constraints["minimum"] = cast(col.minimum)
        if col.maximum is not None:
            constraints["maximum"] = cast(col.maximum)
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema: dict = {"fields": fields, "primaryKey": [table.primary_key], "missingValues": [""]}
    fks = [
        {"fields": [name], "reference": {"resource": ref + resource_suffix, "fields": [name]}}
        for name, ref in FOREIGN_KEYS.get(table.name, [])
    ]
    if fks:
        schema["foreignKeys"] = fks
    return schema


def created_at(articles: pa.Table) -> str | None:
    """Latest article publication time, UTC ISO 8601 (the release's data date, not wall clock).
    Each distinct text is parsed once (articles of a day or hour share them)."""
    return created_text(latest_published(articles))


def latest_published(articles: pa.Table, latest: dt.datetime | None = None
                     ) -> dt.datetime | None:
    """The latest publication time of these articles, or `latest` when it is later (so the
    batches of a table can be folded in one by one)."""
    for text in pc.unique(articles.column("published_at")).to_pylist():
        if not text:
            continue
        stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=dt.UTC)
        latest = stamp if latest is None or stamp > latest else latest
    return latest


def created_text(latest: dt.datetime | None) -> str | None:
    """`created_at`'s text of the latest publication time."""
    return None if latest is None else latest.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def sources(raw_dir: str | None, articles: int) -> list[dict]:
    """Where the data came from: the article corpus (one entry, not its outlets: a text's
    outlet and url are the articles table's columns, and crediting an outlet would say the
    text came from it), then GeoNames. raw_dir: the raw folder's label in provenance.json;
    a corpus `package_meta.json` describes under that label gets its description, any other
    one a plain entry."""
    known = META["corpora"].get(raw_dir or "")
    if known is not None:
        corpus = {**known, "title": f"{known['title']} ({articles} articles)"}
    else:
        where = f" read from the raw folder {raw_dir}" if raw_dir else ""
        corpus = {"title": f"News articles{where} ({articles} articles); each article's outlet "
                  "and url are columns of the articles table"}
    return [corpus, *META["extra_sources"]]


def resource(name: str, path: str, stats: tuple[int, str], schema: dict) -> dict:
    """One resource entry: path, format, media type, encoding, bytes, hash and Table Schema.

    Parquet files are declared `type: file`: Frictionless then checks their bytes and hash,
    whereas reading them as tables goes through pandas, which turns null integers into NaN
    and fails the integer type. Their columns are still documented by the same schema; the
    CSV twins are the tables Frictionless reads and checks row by row.
    """
    fmt = path.rsplit(".", 1)[1]
    return {"name": name, "type": "table" if fmt == "csv" else "file", "path": path,
            "format": fmt, "mediatype": MEDIATYPES[fmt], "encoding": "utf-8",
            "bytes": stats[0], "hash": f"sha256:{stats[1]}", "schema": schema}


def descriptor(version: str, sources_list: list[dict], created: str | None,
               stats: dict[str, tuple[int, str]], changes_schema: dict, release: dict,
               writer: dict | None = None) -> dict:
    """The release's datapackage.json. sources_list: `sources`; created: `created_at` of the
    articles table; stats maps file name -> (bytes, sha256 hex); writer: the options
    its files were written with (`writer_options`), a custom property."""
    resources = []
    for table in contract.PUBLISHED_TABLES:
        resources.append(resource(table.name, f"{table.name}.csv",
                                  stats[f"{table.name}.csv"], table_schema(table)))
    for table in contract.PUBLISHED_TABLES:
        resources.append(resource(f"{table.name}-parquet", f"{table.name}.parquet",
                                  stats[f"{table.name}.parquet"],
                                  table_schema(table, "-parquet")))
    resources.append(resource("changes", "changes.parquet", stats["changes.parquet"],
                              changes_schema))
    package = {"name": META["name"], "title": META["title"],
               "description": META["description"], "version": version,
               "licenses": META["licenses"], "sources": sources_list,
               "contributors": META["contributors"], "keywords": META["keywords"],
               "created": created, "resources": resources,
               "release": release, writer_options.PROPERTY: writer}
    return {k: v for k, v in package.items() if v is not None}


def field_types(package: dict) -> dict[str, dict[str, str]]:
    """Resource name -> {field name: type} for the contract tables of a descriptor."""
    names = {t.name for t in contract.PUBLISHED_TABLES}
    return {r["name"]: {f["name"]: f["type"] for f in r["schema"]["fields"]}
            for r in package.get("resources", []) if r["name"] in names}


def schema_changes(old: dict, new: dict) -> list[str]:
    """Human-readable published-schema differences (column added/removed/retyped, table too)."""
    before, after = field_types(old), field_types(new)
    out = [f"table {t} added" for t in after if t not in before]
    out += [f"table {t} removed" for t in before if t not in after]
    for table in (t for t in after if t in before):
        old_f, new_f = before[table], after[table]
        out += [f"{table}.{c} added ({new_f[c]})" for c in new_f if c not in old_f]
        out += [f"{table}.{c} removed" for c in old_f if c not in new_f]
        out += [f"{table}.{c} retyped {old_f[c]} -> {new_f[c]}"
                for c in new_f if c in old_f and old_f[c] != new_f[c]]
        if [c for c in old_f if c in new_f] != [c for c in new_f if c in old_f]:
            out.append(f"{table}: columns reordered")
    return out


def rooted(package: dict, version: str) -> dict:
    """A copy of a release descriptor whose paths are relative to the project root."""
    copy = json.loads(json.dumps(package))
    for res in copy["resources"]:
        res["path"] = f"releases/{version}/{res['path']}"
    return copy
