"""Raw files' checksums remembered by stat signature (`assets.ingest.checksums`): an unchanged,
settled file is not hashed again, and a file rewritten with the same size and mtime still is."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from assets.ingest.checksums import CACHE_FILE, SETTLED_NS, ChecksumCache
from assets.ingest.load import files_to_read, ingest_raw_dir
from assets.resources import WarehouseResource
from assets.warehouse import Home, session
from pipelines.resources import limits_from_env
from pipelines.runner import pending_keys
from tests.conftest import MARKDOWN

LATER = SETTLED_NS + 10**9  # a clock far enough past every stamp of a just-written file


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _reopened(cache: ChecksumCache) -> ChecksumCache:
    cache.save()
    return ChecksumCache.load(cache.path)


def test_a_settled_unchanged_file_is_not_hashed_again(tmp_path: Path):
    f = tmp_path / "a.md"
    f.write_bytes(b"one")
    cache = ChecksumCache.load(tmp_path / CACHE_FILE)
    assert cache.sha256(f, now_ns=time.time_ns() + LATER) == _sha(b"one")
    cache = _reopened(cache)
    assert cache.sha256(f) == _sha(b"one") and cache.hashed == 0


def test_a_file_hashed_just_after_a_write_is_hashed_again(tmp_path: Path):
    f = tmp_path / "a.md"
    f.write_bytes(b"one")
    cache = ChecksumCache.load(tmp_path / CACHE_FILE)
    cache.sha256(f)  # stamps within SETTLED_NS of the clock: racy, not remembered
    cache = _reopened(cache)
    assert cache.sha256(f) == _sha(b"one") and cache.hashed == 1


def test_a_rewrite_with_the_same_size_and_mtime_is_caught(tmp_path: Path):
    f = tmp_path / "a.md"
    f.write_bytes(b"one")
    cache = ChecksumCache.load(tmp_path / CACHE_FILE)
    cache.sha256(f, now_ns=time.time_ns() + LATER)
    cache = _reopened(cache)
    st = f.stat()
    time.sleep(0.01)
    f.write_bytes(b"two")  # same size, in place
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))  # mtime set back
    assert f.stat().st_size == st.st_size and f.stat().st_mtime_ns == st.st_mtime_ns
    assert cache.sha256(f, now_ns=time.time_ns() + LATER) == _sha(b"two")
    assert cache.hashed == 1


def test_a_replaced_file_with_the_same_stamps_is_caught(tmp_path: Path):
    f, other = tmp_path / "a.md", tmp_path / "b.tmp"
    f.write_bytes(b"one")
    cache = ChecksumCache.load(tmp_path / CACHE_FILE)
    cache.sha256(f, now_ns=time.time_ns() + LATER)
    cache = _reopened(cache)
    st = f.stat()
    other.write_bytes(b"two")
    os.utime(other, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(other, f)  # another inode, same size and mtime
    assert cache.sha256(f, now_ns=time.time_ns() + LATER) == _sha(b"two")


def test_a_corrupt_or_foreign_cache_is_ignored(tmp_path: Path):
    f = tmp_path / "a.md"
    f.write_bytes(b"one")
    for text in ("{not json", '{"version": 99, "files": {}}', '{"version": 1, "files": []}',
                 json.dumps({"version": 1, "files": {str(f.absolute()): [1, 2]}})):
        (tmp_path / CACHE_FILE).write_text(text)
        cache = ChecksumCache.load(tmp_path / CACHE_FILE)
        assert cache.sha256(f) == _sha(b"one") and cache.hashed == 1


def test_files_to_read_with_the_cache_sees_a_same_size_same_mtime_rewrite(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    a, b = raw / "a.md", raw / "b.md"
    a.write_text(MARKDOWN, encoding="utf-8")
    b.write_text(MARKDOWN.replace("Odesa", "Lviv"), encoding="utf-8")
    home = Home.at(tmp_path / "home")
    with session(home) as con:
        ingest_raw_dir(con, raw)
        cache = ChecksumCache.load(home.state / CACHE_FILE)
        later = time.time_ns() + LATER
        assert files_to_read(con, raw, checksum=lambda p: cache.sha256(p, now_ns=later)) == []
        cache = _reopened(cache)
        st = a.stat()
        a.write_text(MARKDOWN.replace("Odesa", "Sumy "), encoding="utf-8")  # same length
        os.utime(a, ns=(st.st_atime_ns, st.st_mtime_ns))
        assert a.stat().st_size == st.st_size
        assert files_to_read(con, raw, checksum=cache.sha256) == ["a.md"]
        assert cache.hashed == 1  # b.md came from the cache
        summary = ingest_raw_dir(con, raw, only=["a.md"])
        assert summary.files_changed == ["a.md"]
        assert con.execute("SELECT count(*) FROM raw_articles WHERE source_path = 'a.md' "
                           "AND contains(text, 'Sumy')").fetchone()[0] == 1


def test_pending_keys_keeps_the_cache_in_home(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.md").write_text(MARKDOWN, encoding="utf-8")
    home = Home.at(tmp_path / "home")
    warehouse = WarehouseResource(home=str(home.root), raw_dir=str(raw), **limits_from_env())
    with session(home) as con:
        ingest_raw_dir(con, raw)
    assert pending_keys(home, warehouse) == set()
    assert (home.state / CACHE_FILE).is_file()
    (raw / "b.md").write_text(MARKDOWN.replace("Odesa", "Lviv"), encoding="utf-8")
    assert pending_keys(home, warehouse) == {"b.md"}
