"""Three successive releases from fixture corpora, as researchers will see them.

Raw drops are immutable: each step adds a file. An added article gives a MINOR release whose
changelog lists the new incidents; a revised article (same id, new text) corrects a number and
gives a PATCH release showing the old and new value; older releases stay byte-for-byte the same
and `strikes verify` rebuilds every one of them.
"""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from assets.warehouse import Home, release_dirs
from pipelines.runner import materialize_pipeline
from pipelines.verify import verify_version
from tests.conftest import FEED, write_corpus
from tests.pipeline.test_materialize import tree_digest

pytestmark = pytest.mark.slow

NEW_ARTICLE = {
    "id": "t-006", "published_at": "2025-03-09", "outlet": "Test Wire",
    "text": "A Russian drone struck Zaporizhzhia on Sunday, injuring four people, the regional "
            "governor said.",
}
REVISED = dict(FEED[0], text=FEED[0]["text"].replace("killing two people", "killing three "
                                                     "people"))


def _changes(release_dir):
    return pq.read_table(release_dir / "changes.parquet").to_pylist()


def test_three_releases_minor_then_patch_and_all_verify(tmp_path):
    home = Home.at(tmp_path)
    raw = write_corpus(tmp_path / "data" / "sample")
    assert materialize_pipeline(home, raw).success
    v1 = tree_digest(home.releases / "v1.0.0")

    (raw / "feed-2.jsonl").write_text(json.dumps(NEW_ARTICLE) + "\n", encoding="utf-8")
    second = materialize_pipeline(home, raw)
    assert second.success, second.errors
    assert second.release["version"] == "v1.1.0"
    added = _changes(home.releases / "v1.1.0")
    assert {c["change"] for c in added} == {"added"}
    assert all("t-006" in c["article_ids"] for c in added)
    assert "Zaporizhzhia" in (home.releases / "v1.1.0" / "CHANGELOG.md").read_text()

    (raw / "feed-3.jsonl").write_text(json.dumps(REVISED) + "\n", encoding="utf-8")
    third = materialize_pipeline(home, raw)
    assert third.success, third.errors
    assert third.release["version"] == "v1.1.1"
    changed = [c for c in _changes(home.releases / "v1.1.1") if c["field"] == "killed"]
    assert [(c["change"], c["old_value"], c["new_value"]) for c in changed] == [
        ("changed", "2", "3")]

    assert [d.name for d in release_dirs(home)] == ["v1.0.0", "v1.1.0", "v1.1.1"]
    assert tree_digest(home.releases / "v1.0.0") == v1
    for version in ("v1.0.0", "v1.1.0", "v1.1.1"):
        ok, lines = verify_version(home, version)
        assert ok, "\n".join(lines)
        assert "  rebuild: byte-identical" in lines
