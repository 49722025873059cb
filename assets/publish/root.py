"""Files at the project root (and releases/index.html) that point at the latest release.

All of them are derived from the release folders, so `refresh` can always rebuild them; it
only rewrites a file whose content would change.
"""

from __future__ import annotations

import json
from pathlib import Path

from assets.publish import changelog, citation, datapackage, index_page, versioning, writers


def refresh(home: Path) -> list[Path]:
    """Rewrite stale root files: datapackage.json, CHANGELOG.md, CITATION.cff, index.html."""
    releases_dir = home / "releases"
    latest = versioning.latest(releases_dir)
    if latest is None:
        return []
    package = json.loads((releases_dir / latest / "datapackage.json").read_text("utf-8"))
    wanted = {
        home / "datapackage.json": writers.json_text(datapackage.rooted(package, latest)),
        home / "CHANGELOG.md": changelog.root_changelog(releases_dir),
        home / "CITATION.cff": citation.citation_cff(package),
        releases_dir / "index.html": index_page.index_html(releases_dir),
    }
    return [path for path, text in wanted.items()
            if writers.write_if_changed(text.encode("utf-8"), path)]
