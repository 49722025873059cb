"""Hostile raw input at the reader level: every good item read, every bad one quarantined."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from assets.ingest.readers import MAX_FILE_BYTES, Quarantined, RawArticle, iter_file, iter_raw_dir
from tests.hostile.conftest import BIG, MARKUP_TEXT, TRAP_IDS, write_big_files, write_hostile_corpus


def _read_all(raw: Path) -> tuple[dict[str, RawArticle], dict[tuple, str]]:
    good: dict[str, RawArticle] = {}
    bad: dict[tuple, str] = {}
    for item in iter_raw_dir(raw):
        if isinstance(item, Quarantined):
            bad[(item.source_path, item.source_line)] = item.reason
        else:
            good.setdefault(item.article_id, item)
    return good, bad


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict, dict]:
    raw = tmp_path_factory.mktemp("hostile") / "raw"
    expected = write_hostile_corpus(raw, big=False)
    good, bad = _read_all(raw)
    return expected, good, bad


def test_hostile_corpus_every_good_item_is_read(corpus):
    expected, good, _ = corpus
    assert set(good) == expected["ids"]


def test_hostile_corpus_every_bad_item_is_quarantined_with_its_reason(corpus):
    expected, _, bad = corpus
    assert set(bad) == set(expected["quarantined"])
    for where, reason in bad.items():
        assert reason.startswith(expected["quarantined"][where]), (where, reason)


def test_legacy_encodings_are_decoded_to_the_right_text(corpus):
    _, good, _ = corpus
    assert "ont frappé Kharkiv, blessant trois personnes âgées près" in good["enc-latin1"].text
    assert "Российские дроны атаковали Харьков ночью" in good["enc-cp1251"].text
    assert good["enc-utf16-md"].text.startswith("Russian drones struck Izium overnight")
    assert good["enc-utf16-jsonl"].text.startswith("Russian drones struck Kupiansk")


def test_broken_utf8_says_where(corpus):
    _, _, bad = corpus
    assert bad[("broken-utf8.md", None)].startswith("invalid UTF-8 at byte ")


def test_html_scripts_and_styles_never_reach_the_text(corpus):
    _, good, _ = corpus
    text = good["html-scripts"].text
    assert "Russian drones struck Lviv overnight" in text
    assert "firefighters put the blaze out" in text
    for leak in ("SCRIPT-LEAK", "STYLE-LEAK", "INLINE-SCRIPT-LEAK", "secretTracker", "<p>"):
        assert leak not in text


def test_markup_in_feed_text_is_kept_as_literal_text(corpus):
    _, good, _ = corpus
    assert good["h-markup"].text == MARKUP_TEXT


def test_trap_ids_are_kept_exactly_as_text(corpus):
    _, good, _ = corpus
    for article_id, city in TRAP_IDS.items():
        assert good[article_id].article_id == article_id
        assert city in good[article_id].text


def test_trap_file_names_are_recorded_as_given(corpus):
    _, good, _ = corpus
    assert good["name-sql"].source_path == "it's \"q\"; DROP TABLE raw_files;--.md"
    assert good["name-ctl"].source_path == "ctl\x01\x1b[31m name.md"
    assert good["name-newline"].source_path == "new\nline.md"


def test_duplicate_files_give_the_same_derived_id(tmp_path):
    raw = tmp_path / "raw"
    write_hostile_corpus(raw, big=False)
    same = [r for r in iter_raw_dir(raw) if isinstance(r, RawArticle)
            and r.source_path in ("dupe-a.md", "copies/dupe-b.md")]
    assert len(same) == 2
    assert same[0].article_id == same[1].article_id
    assert same[0].article_id.startswith("art-")


@pytest.mark.slow
def test_50mb_files_are_quarantined_without_reading_them_whole(tmp_path):
    write_big_files(tmp_path)
    start = time.monotonic()
    html = list(iter_file(tmp_path / "huge.html", tmp_path))
    feed = list(iter_file(tmp_path / "huge-line.jsonl", tmp_path))
    assert time.monotonic() - start < 20
    assert [q.reason for q in html] == [f"file too large: {BIG} bytes (max {MAX_FILE_BYTES})"]
    assert isinstance(feed[0], Quarantined) and feed[0].source_line == 1
    assert feed[0].reason == f"line too large (over {MAX_FILE_BYTES} bytes)"
    assert isinstance(feed[1], RawArticle) and feed[1].article_id == "after-huge"
    assert feed[1].source_line == 2


def test_utf16_feed_with_a_broken_tail_keeps_the_good_lines(tmp_path):
    good = '{"id": "a", "published_at": "2025-01-01", "text": "Drones hit Sumy."}\n'
    (tmp_path / "f.jsonl").write_bytes(good.encode("utf-16") + b"\x00\xd8")  # lone surrogate
    items = list(iter_file(tmp_path / "f.jsonl", tmp_path))
    assert isinstance(items[0], RawArticle) and items[0].article_id == "a"
    assert [(q.source_line, q.reason) for q in items[1:]] == [(2, "invalid UTF-16 from this "
                                                                   "line on")]
