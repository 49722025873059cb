"""Ingest commits consecutive raw files together (`assets/ingest/file_groups.py`): the stored
rows are those of a transaction per file; a quarantined or unreadable file inside a group does
not roll back its neighbours; a failure inside a group loses that group only, and the next pass
reads its files again and ends with the tables of an uninterrupted pass."""

from __future__ import annotations

import errno
from pathlib import Path

import duckdb
import pytest

from assets.ids import file_sha256
from assets.ingest import file_groups, file_scans, load
from assets.ingest.load import build_articles, files_to_read, ingest_raw_dir
from assets.warehouse import Home, session
from benchmarks.generate import generate
from tests.faults import Crash, FailingConnection

TABLES = ("raw_articles", "raw_files", "quarantine", "articles")
SKIP = {"raw_files": ("run_id", "arrival"), "quarantine": ("quarantined_at",)}
CHANGED_PAGE = "pages/2025-06-13-b0000015.html"
REMOVED_NOTE = "notes/2023-12-05-b0000060.md"


def _stored(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """Every table's rows in stored order, without the columns that name a run or a time."""
    out = {}
    for t in TABLES:
        cols = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position", [t]).fetchall() if r[0] not in SKIP.get(t, ())]
        out[t] = con.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall()
    return out


def _arrivals(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return dict(con.execute("SELECT source_path, arrival FROM raw_files").fetchall())


class _Counting:
    """A connection that counts its COMMITs."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con, self.commits = con, 0

    def execute(self, sql: str, *args):
        self.commits += sql.strip().upper() == "COMMIT"
        return self._con.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._con, name)


def _bounds(monkeypatch: pytest.MonkeyPatch, articles: int, nbytes: int = 1 << 30) -> None:
    monkeypatch.setattr(file_groups, "COMMIT_ARTICLES", articles)
    monkeypatch.setattr(file_groups, "COMMIT_BYTES", nbytes)


@pytest.fixture()
def raw(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """90 articles in feeds of 9 lines, 4 notes and 2 pages, with a broken feed and a binary
    note among them (files are scanned in this process: STRIKES_WORKERS=1)."""
    monkeypatch.setenv("STRIKES_WORKERS", "1")
    folder = tmp_path / "raw"
    generate(folder, 90, seed=4)
    feed = folder / "feeds" / "feed-00000.jsonl"
    lines = feed.read_text(encoding="utf-8").splitlines(keepends=True)
    feed.unlink()
    for start in range(0, len(lines), 9):
        (folder / "feeds" / f"feed-{start:05d}.jsonl").write_text(
            "".join(lines[start:start + 9]), encoding="utf-8")
    (folder / "feeds" / "feed-00040-broken.jsonl").write_text(
        '{"id": "x-1", "text": "no date"}\nnot json\n', encoding="utf-8")
    (folder / "notes" / "binary.md").write_bytes(b"---\x00\x01")
    return folder


def test_files_in_groups_store_the_rows_of_a_transaction_per_file(
        raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (raw / "notes" / "locked.md").write_text("---\npublished_at: 2025-01-02\n---\nText.\n",
                                             encoding="utf-8")

    def refuse_locked(path: Path) -> str:  # tests run as root: a refusal is simulated
        if Path(path).name == "locked.md":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return file_sha256(path)
    monkeypatch.setattr(file_scans, "file_sha256", refuse_locked)
    stored, commits = {}, {}
    for name, articles in (("alone", 0), ("groups", 20), ("one", 10**6)):
        _bounds(monkeypatch, articles)
        with session(Home.at(tmp_path / name)) as con:
            counting = _Counting(con)
            summary = ingest_raw_dir(counting, raw)
            commits[name] = counting.commits
            build_articles(con)
            stored[name] = _stored(con)
    assert summary.files_seen == 19 and summary.articles_read == 90
    # A file a transaction (the unreadable one too), then groups of >= 20 articles, then one.
    assert commits == {"alone": 19, "groups": 4, "one": 1}
    assert stored["groups"] == stored["alone"] and stored["one"] == stored["alone"]
    # In the one transaction the quarantined files did not take their neighbours with them.
    one = stored["one"]
    assert len(one["raw_articles"]) == 90 and len(one["raw_files"]) == 18
    assert sorted(r[4] for r in one["quarantine"]) == [
        "bad JSON: Expecting value (column 1)",
        "binary content (contains NUL bytes), not a text file",
        "cannot read file: Permission denied", "missing published_at"]
    assert [r[1] for r in one["quarantine"]] == [
        "feeds/feed-00040-broken.jsonl", "feeds/feed-00040-broken.jsonl", "notes/binary.md",
        "notes/locked.md"]  # in read order, as a transaction per file stores them


def _change(raw: Path) -> list[str]:
    """The folder's second state: a note removed, six added, a page rewritten and a revision
    of a feed's article; returns the files a pass then reads, in read order."""
    (raw / REMOVED_NOTE).unlink()
    for k in range(1, 7):
        (raw / "notes" / f"new-{k}.md").write_text(
            f"---\nid: new-{k}\npublished_at: 2025-03-0{k}\n---\nA drone hit a depot "
            f"in Kharkiv, number {k}.\n", encoding="utf-8")
    page = raw / CHANGED_PAGE
    page.write_text(page.read_text(encoding="utf-8").replace(
        "</article>", "<p>Updated: the toll rose to five.</p></article>"), encoding="utf-8")
    # The same article again, in a later file: it supersedes the feed's row.
    first = (raw / "feeds" / "feed-00009.jsonl").read_text(encoding="utf-8").splitlines()[0]
    (raw / "pages" / "revision.jsonl").write_text(first + "\n", encoding="utf-8")
    return [*(f"notes/new-{k}.md" for k in range(1, 7)), CHANGED_PAGE, "pages/revision.jsonl"]


@pytest.mark.parametrize("failure", ["a file inside a group", "a group's commit"])
def test_failure_inside_a_group_is_finished_by_the_next_pass(
        raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str) -> None:
    _bounds(monkeypatch, 3)
    homes = {name: Home.at(tmp_path / name) for name in ("ref", "crash")}
    for home in homes.values():
        with session(home) as con:
            ingest_raw_dir(con, raw)
    second = _change(raw)
    with session(homes["ref"]) as con:
        assert files_to_read(con, raw) == second
        ingest_raw_dir(con, raw)
        build_articles(con)
        expected = _stored(con)
        assert {_arrivals(con)[rel] for rel in second} == {2}
        assert con.execute("SELECT source_path FROM articles WHERE article_id = ?",
                           [_first_id(raw)]).fetchone() == ("pages/revision.jsonl",)
    # The second pass's groups: [new-1, new-2, new-3], [new-4, new-5, new-6], [page, revision]
    with session(homes["crash"]) as con:
        before = _stored(con)
        old_page = con.execute("SELECT sha256 FROM raw_files WHERE source_path = ?",
                               [CHANGED_PAGE]).fetchone()
        if failure == "a file inside a group":  # the last file read cannot be written
            real, calls = load._numbered, []

            def numbered(scan, seq):
                calls.append(scan.rel)
                if scan.rel == "pages/revision.jsonl":
                    raise Crash(f"injected failure at {scan.rel}")
                return real(scan, seq)
            monkeypatch.setattr(load, "_numbered", numbered)
            with pytest.raises(Crash):
                ingest_raw_dir(con, raw)
            monkeypatch.setattr(load, "_numbered", real)
            assert calls == second
        else:  # COMMITs: the removed note's, two groups', then the third group's fails
            with pytest.raises(Crash):
                ingest_raw_dir(FailingConnection(con, 4), raw)
        # The first two groups are in, whole; the third is not: the page keeps its old rows.
        after = _stored(con)
        paths = [r[0] for r in after["raw_files"]]
        assert REMOVED_NOTE not in paths and "pages/revision.jsonl" not in paths
        assert set(second[:6]) < set(paths)
        assert con.execute("SELECT sha256 FROM raw_files WHERE source_path = ?",
                           [CHANGED_PAGE]).fetchone() == old_page
        assert after["articles"] == before["articles"]  # not rebuilt yet
        for path, n_articles in con.execute(
                "SELECT source_path, n_articles FROM raw_files").fetchall():
            assert con.execute("SELECT count(*) FROM raw_articles WHERE source_path = ?",
                               [path]).fetchone()[0] == n_articles, path
        # The failed group's files are read again by the next pass, and nothing else.
        assert files_to_read(con, raw) == second[6:]
        again = ingest_raw_dir(con, raw)
        assert (again.files_changed, again.files_new) == ([CHANGED_PAGE],
                                                          ["pages/revision.jsonl"])
        assert files_to_read(con, raw) == []
        build_articles(con)
        assert _stored(con) == expected
        # Files first written by the resuming pass arrive with it, as they always did.
        arrivals = _arrivals(con)
        assert [arrivals[rel] for rel in second] == [2, 2, 2, 2, 2, 2, 3, 3]


def _first_id(raw: Path) -> str:
    import json
    line = (raw / "feeds" / "feed-00009.jsonl").read_text(encoding="utf-8").splitlines()[0]
    return json.loads(line)["id"]
