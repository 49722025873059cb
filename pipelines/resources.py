"""Resources bound to the code location: HOME and the raw folder, from the environment."""

from __future__ import annotations

import os
from pathlib import Path

from assets.resources import WarehouseResource

REPO_ROOT = Path(__file__).resolve().parents[1]


LIMIT_ENV = {"max_file_bytes": "STRIKES_MAX_FILE_BYTES", "max_chars": "STRIKES_MAX_CHARS"}


def limits_from_env() -> dict[str, int]:
    """Reader limits set by STRIKES_MAX_FILE_BYTES / STRIKES_MAX_CHARS (positive integers)."""
    limits = {}
    for field, var in LIMIT_ENV.items():
        value = os.environ.get(var, "").strip()
        if not value:
            continue
        if not value.isdigit() or int(value) < 1:
            raise ValueError(f"{var} must be a positive whole number, got {value!r}")
        limits[field] = int(value)
    return limits


def lock_wait_from_env(default: float = 30.0) -> float:
    """Seconds a run waits for another one on the same HOME (STRIKES_LOCK_WAIT_SECONDS)."""
    value = os.environ.get("STRIKES_LOCK_WAIT_SECONDS", "").strip()
    try:
        seconds = float(value) if value else default
    except ValueError:
        seconds = -1.0
    if not seconds >= 0:
        raise ValueError(f"STRIKES_LOCK_WAIT_SECONDS must be a number of seconds, got {value!r}")
    return seconds


def warehouse_from_env() -> WarehouseResource:
    """STRIKES_HOME (default: the repo root), STRIKES_RAW_DIR (default: HOME/data/sample) and
    the reader limits STRIKES_MAX_FILE_BYTES / STRIKES_MAX_CHARS (default: the readers')."""
    return WarehouseResource(
        home=os.environ.get("STRIKES_HOME", str(REPO_ROOT)),
        raw_dir=os.environ.get("STRIKES_RAW_DIR", ""),
        **limits_from_env(),
    )
