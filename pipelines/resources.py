"""Resources bound to the code location: HOME and the raw folder, from the environment."""

from __future__ import annotations

import os
from pathlib import Path

from assets.resources import WarehouseResource

REPO_ROOT = Path(__file__).resolve().parents[1]


def warehouse_from_env() -> WarehouseResource:
    """STRIKES_HOME (default: the repo root) and STRIKES_RAW_DIR (default: HOME/data/sample)."""
    return WarehouseResource(
        home=os.environ.get("STRIKES_HOME", str(REPO_ROOT)),
        raw_dir=os.environ.get("STRIKES_RAW_DIR", ""),
    )
