"""Version numbers and the bump recipe."""

from __future__ import annotations

import pytest

from assets.publish import versioning
from assets.publish.changes import TableDiff


def test_versioning_bumped_follows_semver():
    assert versioning.bumped(None, "patch") == "v1.0.0"
    assert versioning.bumped("v1.2.3", "major") == "v2.0.0"
    assert versioning.bumped("v1.2.3", "minor") == "v1.3.0"
    assert versioning.bumped("v1.2.3", "patch") == "v1.2.4"
    with pytest.raises(ValueError):
        versioning.bumped("v1.2.3", "huge")


def test_versioning_releases_sort_numerically(tmp_path):
    for name in ("v1.10.0", "v1.9.0", "v1.2.0", ".tmp-v2.0.0-1", "notes"):
        (tmp_path / name).mkdir()
    assert versioning.releases(tmp_path) == ["v1.2.0", "v1.9.0", "v1.10.0"]
    assert versioning.latest(tmp_path) == "v1.10.0"


def test_versioning_decide_by_kind_of_change():
    added = {"incidents": TableDiff(added=["inc-x"])}
    changed = {"incidents": TableDiff(added=["inc-x"], changed={"inc-a": ["killed"]})}
    removed = {"incidents": TableDiff(removed=["inc-a"])}
    assert versioning.decide([], added) == ("minor", "1 incident added")
    assert versioning.decide([], changed)[0] == "patch"
    assert versioning.decide([], removed) == ("patch", "1 incident removed")
    assert versioning.decide(["incidents.x added (string)"], added)[0] == "major"
