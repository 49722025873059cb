"""Rebuild a published release from the same tables in a scratch home, to compare bytes.

A release depends on its tables and on the release before it (changes, version number), so the
scratch home gets a copy of that previous release and the same bump override and note; its
files are written with the writer options the release recorded.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow as pa

from assets.publish import writer_options
from assets.publish.release import PublishResult, publish_release


def rebuild_release(release_dir: Path, tables: dict[str, pa.Table], out_home: Path, *,
                    validation: dict, provenance: dict) -> PublishResult:
    """Publish release_dir's version again into out_home (which must hold no releases)."""
    release_dir = Path(release_dir)
    package = json.loads((release_dir / "datapackage.json").read_text(encoding="utf-8"))
    release = package.get("release", {})
    previous = release.get("previous")
    if previous:
        shutil.copytree(release_dir.parent / previous, Path(out_home) / "releases" / previous)
    return publish_release(tables, Path(out_home), validation=validation, provenance=provenance,
                           bump=release.get("bump_override"), note=release.get("note"),
                           version=release_dir.name,
                           options=writer_options.recorded(package))
