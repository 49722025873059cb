"""A raw file the OS will not let us read: quarantined with its reason, the run goes on, and
nothing it gave before is lost. Tests run as root here, so the refusal is simulated."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

import assets.ingest.file_scans as file_scans
from assets.ids import file_sha256
from assets.ingest.load import ingest_raw_dir
from assets.warehouse import Home, connect
from pipelines.partitions import UNREADABLE_SHA, scan_raw_folder

LINE = ('{"id": "%s", "title": "Drone strike", "published_at": "2025-03-04", '
        '"text": "A drone hit a warehouse in Sumy on Monday, injuring two people."}\n')


def _refuse(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    def sha(path: Path) -> str:
        if Path(path).name == name:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return file_sha256(path)
    monkeypatch.setattr(file_scans, "file_sha256", sha)  # hashed where files are scanned


def _state(con) -> tuple[list, list]:
    articles = con.execute("SELECT article_id, source_path FROM raw_articles ORDER BY 1").fetchall()
    quarantine = con.execute("SELECT source_path, reason FROM quarantine ORDER BY 1").fetchall()
    return articles, quarantine


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a.jsonl").write_text(LINE % "a-1", encoding="utf-8")
    (folder / "b.jsonl").write_text(LINE % "b-1", encoding="utf-8")
    return folder


def test_unreadable_new_file_is_quarantined_and_the_others_are_read(tmp_path, raw, monkeypatch):
    _refuse(monkeypatch, "b.jsonl")
    con = connect(Home.at(tmp_path))
    summary = ingest_raw_dir(con, raw)
    articles, quarantine = _state(con)
    assert articles == [("a-1", "a.jsonl")]
    assert quarantine == [("b.jsonl", "cannot read file: Permission denied")]
    assert summary.quarantined == 1
    ingest_raw_dir(con, raw)  # a second refusal keeps one record, not two
    assert _state(con)[1] == [("b.jsonl", "cannot read file: Permission denied")]


def test_file_that_becomes_unreadable_keeps_its_rows_until_readable_again(tmp_path, raw,
                                                                           monkeypatch):
    con = connect(Home.at(tmp_path))
    ingest_raw_dir(con, raw)
    _refuse(monkeypatch, "b.jsonl")
    ingest_raw_dir(con, raw)
    articles, quarantine = _state(con)
    assert articles == [("a-1", "a.jsonl"), ("b-1", "b.jsonl")]
    assert quarantine == [("b.jsonl", "cannot read file: Permission denied")]
    monkeypatch.undo()
    ingest_raw_dir(con, raw)
    assert _state(con) == ([("a-1", "a.jsonl"), ("b-1", "b.jsonl")], [])


def test_unreadable_file_that_leaves_the_folder_leaves_no_record(tmp_path, raw, monkeypatch):
    _refuse(monkeypatch, "b.jsonl")
    con = connect(Home.at(tmp_path))
    ingest_raw_dir(con, raw)
    (raw / "b.jsonl").unlink()
    assert _state(con)[1] != []
    ingest_raw_dir(con, raw)
    assert _state(con) == ([("a-1", "a.jsonl")], [])


def test_sensor_scan_marks_an_unreadable_file_and_retries_it(raw, monkeypatch):
    import pipelines.partitions as partitions

    real = partitions.file_sha256

    def sha(path: Path) -> str:
        if Path(path).name == "b.jsonl":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(partitions, "file_sha256", sha)
    first = scan_raw_folder(raw, {})
    assert first.changed["b.jsonl"].startswith(UNREADABLE_SHA)
    assert first.changed["a.jsonl"] == file_sha256(raw / "a.jsonl")
    assert scan_raw_folder(raw, first.seen).changed == {}  # still refused: no new run
    monkeypatch.undo()
    again = scan_raw_folder(raw, first.seen)  # same size and mtime, readable now
    assert again.changed == {"b.jsonl": file_sha256(raw / "b.jsonl")}
