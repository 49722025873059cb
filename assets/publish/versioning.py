"""Release versions: find existing ones and pick the next by the Frictionless recipe.

MAJOR when the published schema changes, MINOR when rows are only added, PATCH when existing
rows change or are removed; the first release is 1.0.0. A caller may override the bump.
"""

from __future__ import annotations

import re
from pathlib import Path

from assets.publish.changes import TableDiff, summary
from assets.warehouse import version_dirs

VERSION_RE = re.compile(r"^v(\d+)\.(\d+)\.(\d+)$")
BUMPS = ("major", "minor", "patch")


def parse(version: str) -> tuple[int, int, int]:
    """'v1.2.3' or '1.2.3' -> (1, 2, 3)."""
    match = VERSION_RE.match(version if version.startswith("v") else f"v{version}")
    if not match:
        raise ValueError(f"not a release version: {version!r}")
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


def label(parts: tuple[int, int, int]) -> str:
    """(1, 2, 3) -> 'v1.2.3'."""
    return "v{}.{}.{}".format(*parts)


def releases(releases_dir: Path) -> list[str]:
    """Published version folders, oldest first (the warehouse's listing)."""
    return [p.name for p in version_dirs(releases_dir)]


def latest(releases_dir: Path) -> str | None:
    """Newest published version, or None before the first release."""
    found = releases(releases_dir)
    return found[-1] if found else None


def bumped(previous: str | None, bump: str) -> str:
    """The version after previous for a bump kind (1.0.0 when there is none)."""
    if previous is None:
        return "v1.0.0"
    major, minor, patch = parse(previous)
    if bump == "major":
        return label((major + 1, 0, 0))
    if bump == "minor":
        return label((major, minor + 1, 0))
    if bump == "patch":
        return label((major, minor, patch + 1))
    raise ValueError(f"bump must be one of {BUMPS}, got {bump!r}")


def decide(schema_changes: list[str], diffs: dict[str, TableDiff]) -> tuple[str, str]:
    """(bump, reason) decided from the data alone."""
    reason = summary(diffs) or "data re-encoded"
    if schema_changes:
        return "major", "schema changed: " + "; ".join(schema_changes) + f"; {reason}"
    if any(d.removed or d.changed for d in diffs.values()):
        return "patch", reason
    return "minor", reason
