"""Curators' corrections as data: load `HOME/corrections/*.yaml` and check them against the schema.

Each file is a YAML list of entries (see corrections/README.md). An entry that conflicts with the
published contract (unknown key or field, a value of the wrong type, outside its enum or range,
a missing reason/curator/date, an unknown action) is a `Problem`: it blocks the release. Whether
its target still exists is decided later, against the warehouse (`curate.py`).
Plain Python: no Dagster, no DuckDB.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assets.schema import INCIDENTS, MENTIONS, Column

CORRECTIONS_DIR = "corrections"
ACTIONS = {"set": ("mention", "incident"), "reject": ("mention", "incident"), "add": ("article",)}
ENTRY_KEYS = {"id", "target", "action", "set", "row", "reason", "curator", "date"}
# What a curator may change: the shared place/time/actor/figure columns of mentions and incidents.
SETTABLE = tuple(c for c in MENTIONS.columns if c.name in INCIDENTS.column_names
                 and c.name not in ("incident_id", "evidence", "corrected_by"))
EVIDENCE = tuple(MENTIONS.column(n) for n in ("evidence", "evidence_start", "evidence_end"))
ADD_FIELDS = {c.name: c for c in (*SETTABLE, *EVIDENCE, MENTIONS.column("confidence"))}
ADD_REQUIRED = [c.name for c in (*SETTABLE, *EVIDENCE) if c.required]


@dataclass(frozen=True)
class Problem:
    """Why one entry (or a whole file, entry 0) cannot be applied."""

    file: str
    entry: int
    target: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file} entry {self.entry}" if self.entry else self.file
        return f"{where}" + (f" ({self.target})" if self.target else "") + f": {self.message}"


@dataclass(frozen=True)
class Correction:
    """One valid entry, its values already checked and typed."""

    name: str  # what `corrected_by` says: the entry's `id`, else '<file>#<n>'
    file: str
    entry: int
    kind: str  # mention | incident | article
    target_id: str
    action: str
    values: dict[str, Any] = field(default_factory=dict)  # `set` fields or the `add` row
    reason: str = ""
    curator: str = ""
    date: str = ""
    fingerprint: str = ""

    @property
    def target(self) -> str:
        return f"{self.kind}:{self.target_id}"


def check_value(col: Column, value: Any) -> tuple[Any, str | None]:
    """(typed value, None) when value fits the column's type, enum and range, else an error."""
    if value is None:
        return None, (f"{col.name} cannot be null" if col.required else None)
    if col.sql_type == "DATE":
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value, None
        try:
            return dt.date.fromisoformat(str(value)), None
        except ValueError:
            return None, f"{col.name} must be a date YYYY-MM-DD, got {value!r}"
    if col.sql_type in ("INTEGER", "BIGINT"):
        ok = isinstance(value, int) and not isinstance(value, bool)
        kind = "an integer"
    elif col.sql_type == "DOUBLE":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        kind = "a number"
    else:
        ok = isinstance(value, str) and value.strip() != ""
        kind = "a non-empty string"
    if not ok:
        return None, f"{col.name} must be {kind}, got {value!r}"
    if col.enum and value not in col.enum:
        return None, f"{col.name} must be one of {', '.join(col.enum)}, got {value!r}"
    if (col.minimum is not None and value < col.minimum) or \
            (col.maximum is not None and value > col.maximum):
        return None, f"{col.name} must be in [{col.minimum}, {col.maximum}], got {value!r}"
    return value, None


def _typed(values: Any, allowed: dict[str, Column], what: str) -> tuple[dict, list[str]]:
    if not isinstance(values, dict) or not values:
        return {}, [f"`{what}` must be a non-empty mapping of field: value"]
    out, errors = {}, []
    for key, value in values.items():
        col = allowed.get(str(key))
        if col is None:
            errors.append(f"unknown field {key!r} in `{what}` (allowed: {', '.join(allowed)})")
            continue
        out[col.name], err = check_value(col, value)
        if err:
            errors.append(err)
    return out, errors


def _text(entry: dict, key: str) -> str | None:
    v = entry.get(key)
    return v.strip() if isinstance(v, str) and v.strip() else None


def _fingerprint(entry: dict) -> str:
    canon = json.dumps(entry, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()[:16]


def parse_entry(entry: Any, file: str, n: int) -> Correction | list[Problem]:
    """One YAML entry -> a Correction, or the problems that make it unusable."""
    if not isinstance(entry, dict):
        return [Problem(file, n, None, "an entry must be a mapping with target, action, ...")]
    target = entry.get("target")
    errors = [f"unknown key {k!r} (allowed: {', '.join(sorted(ENTRY_KEYS))})"
              for k in entry if k not in ENTRY_KEYS]
    action = entry.get("action")
    if action not in ACTIONS:
        errors.append(f"unknown action {action!r} (allowed: {', '.join(ACTIONS)})")
    kind, _, target_id = str(target or "").partition(":")
    if not target_id.strip() or kind not in ("mention", "incident", "article"):
        errors.append(f"target must be mention:<id>, incident:<id> or article:<id>, "
                      f"got {target!r}")
    elif action in ACTIONS and kind not in ACTIONS[action]:
        errors.append(f"action {action} needs a target of kind "
                      f"{' or '.join(ACTIONS[action])}, got {kind}")
    for key in ("reason", "curator"):
        if _text(entry, key) is None:
            errors.append(f"missing {key}")
    date, err = check_value(Column("date", "DATE", "", required=True), entry.get("date"))
    if err:
        errors.append(err.replace("date cannot be null", "missing date"))
    values: dict = {}
    if action == "set":
        values, errs = _typed(entry.get("set"), {c.name: c for c in SETTABLE}, "set")
        errors += errs
    elif action == "add":
        values, errs = _typed(entry.get("row"), ADD_FIELDS, "row")
        errors += errs + [f"`row` lacks required field {c}" for c in ADD_REQUIRED
                          if values and c not in values]
    for key, needed in (("set", "set"), ("row", "add")):
        if key in entry and action in ACTIONS and action != needed:
            errors.append(f"`{key}` only goes with action {needed}")
    if isinstance(entry.get("id"), str) and ";" in entry["id"]:
        errors.append("id must not contain ';'")
    name = str(entry["id"]) if entry.get("id") is not None else f"{Path(file).name}#{n}"
    if errors:
        return [Problem(file, n, str(target) if target else None, e) for e in errors]
    return Correction(name=name, file=file, entry=n, kind=kind, target_id=target_id.strip(),
                      action=action, values=values, reason=_text(entry, "reason") or "",
                      curator=_text(entry, "curator") or "", date=date.isoformat(),
                      fingerprint=_fingerprint(entry))


def correction_files(root: Path) -> list[Path]:
    """HOME/corrections/*.yaml (and .yml), sorted by name: the order they are applied in."""
    folder = Path(root) / CORRECTIONS_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def load_corrections(root: Path) -> tuple[list[Correction], list[Problem]]:
    """Every entry of every corrections file under root: the valid ones and the problems."""
    found: list[Correction] = []
    problems: list[Problem] = []
    for path in correction_files(root):
        label = f"{CORRECTIONS_DIR}/{path.name}"
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            problems.append(Problem(label, 0, None, f"not valid YAML: {exc}".replace("\n", " ")))
            continue
        if data is None:
            continue
        if not isinstance(data, list):
            problems.append(Problem(label, 0, None, "the file must be a YAML list of entries"))
            continue
        for n, entry in enumerate(data, start=1):
            parsed = parse_entry(entry, label, n)
            if isinstance(parsed, Correction):
                found.append(parsed)
            else:
                problems.extend(parsed)
    seen: dict[str, Correction] = {}
    for c in found:
        if c.name in seen:
            problems.append(Problem(c.file, c.entry, c.target, f"id {c.name!r} is already used "
                                    f"by {seen[c.name].file} entry {seen[c.name].entry}"))
        seen.setdefault(c.name, c)
    bad = {(p.file, p.entry) for p in problems}
    return [c for c in found if (c.file, c.entry) not in bad], problems
