"""`strikes release --tag`: commit a new release's files and put an annotated tag on it."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT_FILES = ("datapackage.json", "CHANGELOG.md", "CITATION.cff", "releases/index.html")


class TagError(RuntimeError):
    """The release could not be committed or tagged."""


def _git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
    if done.returncode != 0:
        raise TagError(f"git {' '.join(args)}: {done.stderr.strip() or done.stdout.strip()}")
    return done.stdout.strip()


def tag_release(root: Path, version: str, reason: str) -> str:
    """Commit releases/<version> and the root files that point at it, tag the commit, and
    return the tag's commit. Refuses when the tag exists already."""
    _git(root, "rev-parse", "--git-dir")
    if _git(root, "tag", "--list", version):
        raise TagError(f"tag {version} exists already; releases are never re-tagged")
    paths = [f"releases/{version}"]
    if (root / "releases" / f"{version}.validation").is_dir():
        paths.append(f"releases/{version}.validation")
    paths += [p for p in ROOT_FILES if (root / p).exists()]
    _git(root, "add", "--", *paths)
    staged = _git(root, "diff", "--cached", "--name-only", "--", *paths)
    if staged:
        _git(root, "commit", "--quiet", "-m", f"Release {version}", "-m", reason, "--", *paths)
    _git(root, "tag", "-a", version, "-m", f"strikes {version}: {reason}")
    return _git(root, "rev-parse", f"{version}^{{commit}}")
