"""Property-based fuzzing of the readers and the extractor: no exception escapes, good records
keep their id and text exactly, evidence offsets always slice the text."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assets.extract.extractor import extract_mentions
from assets.ingest.readers import Quarantined, RawArticle, iter_file

FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Any text, control characters included, but no lone surrogates (they cannot be encoded).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
BODY = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"),
               min_size=1, max_size=80).filter(lambda t: t.strip())
DATES = st.dates(min_value=dt.date(2014, 1, 1), max_value=dt.date(2030, 12, 31))
JUNK = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r\n"),
               max_size=60)
GOOD = st.fixed_dictionaries({"id": TEXT, "published_at": DATES, "text": BODY})
LINES = st.lists(st.one_of(GOOD, JUNK), min_size=1, max_size=6)


def _read(name: str, data: bytes) -> list:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return list(iter_file(path, Path(tmp)))


def _line(item: dict | str, ascii_only: bool) -> str:
    if isinstance(item, str):
        return item
    return json.dumps({**item, "published_at": item["published_at"].isoformat()},
                      ensure_ascii=ascii_only)


@FUZZ
@given(lines=LINES, encoding=st.sampled_from(["utf-8", "utf-16", "cp1251", "latin-1"]))
def test_jsonl_reader_one_record_per_line_and_good_lines_kept_exactly(lines, encoding):
    lossless = encoding in ("utf-8", "utf-16")
    text = "\n".join(_line(item, ascii_only=not lossless) for item in lines) + "\n"
    records = _read("feed.jsonl", text.encode(encoding, errors="replace"))
    assert all(isinstance(r, RawArticle | Quarantined) for r in records)
    numbered = [r for r in records if r.source_line is not None]
    as_read = "utf-8" if encoding == "utf-16" else encoding  # UTF-16 lines are re-encoded
    expected = [i for i, item in enumerate(lines, 1)
                if not isinstance(item, str) or item.encode(as_read, errors="replace").strip()]
    if not expected:
        assert [r.reason for r in records] == ["empty file"]
        return
    assert [r.source_line for r in numbered] == expected
    for r in numbered:
        item = lines[r.source_line - 1]
        if isinstance(item, dict):
            assert isinstance(r, RawArticle), r
            assert r.text == item["text"]
            assert r.article_id == item["id"] if item["id"] else r.article_id.startswith("art-")


@FUZZ
@given(article_id=TEXT, title=TEXT, body=BODY, when=DATES,
       encoding=st.sampled_from(["utf-8", "utf-16"]))
def test_front_matter_reader_keeps_any_id_and_body(article_id, title, body, when, encoding):
    meta = yaml.safe_dump({"id": article_id, "published_at": when.isoformat(), "title": title},
                          allow_unicode=True)
    given_id = yaml.safe_load(meta)["id"]  # PyYAML itself folds a few characters (\x85)
    records = _read("a.md", f"---\n{meta}---\n{body}\n".encode(encoding))
    [art] = records
    assert isinstance(art, RawArticle), art
    assert art.text == body + "\n"
    assert art.article_id == given_id if given_id else art.article_id.startswith("art-")


@FUZZ
@given(paragraphs=st.lists(JUNK, min_size=1, max_size=4), script=JUNK)
def test_html_reader_never_raises_and_never_keeps_scripts(paragraphs, script):
    import html

    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = (f"<html><head><script>var s = {json.dumps('SCRIPT' + script)};</script>"
            '<meta property="article:published_time" content="2025-01-01"></head>'
            f"<body><article>{body}</article></body></html>")
    [record] = _read("p.html", page.encode("utf-8"))
    assert isinstance(record, RawArticle | Quarantined)
    if isinstance(record, RawArticle):
        assert "var s" not in record.text


FRAGMENTS = st.sampled_from([
    "Russian drones struck Kharkiv overnight", ", killing two people", " and injuring 5",
    ". ", "Air defences shot down 98 of 120 drones", " in Odesa region", " on Tuesday",
    "\n\n", "Ukraine's air force said", " a missile hit Sumy", " 3 ", "seven", ",", ";",
])
ARTICLE_TEXT = st.lists(st.one_of(FRAGMENTS, TEXT), max_size=12).map("".join)
KNOWN = ("Russian drones struck Kharkiv overnight, killing two people and injuring five, "
         "the governor said.")


@FUZZ
@given(text=ARTICLE_TEXT, published=st.one_of(st.none(), DATES.map(dt.date.isoformat), TEXT))
@example(text=KNOWN, published="2025-03-04")
def test_extractor_never_raises_and_offsets_slice_the_text(text, published):
    rows = extract_mentions({"article_id": "fuzz", "text": text, "published_at": published,
                             "title": None})
    for row in rows:
        assert 0 <= row["evidence_start"] < row["evidence_end"] <= len(text)
        assert text[row["evidence_start"]:row["evidence_end"]] == row["evidence"]


def test_extractor_property_is_not_vacuous():
    rows = extract_mentions({"article_id": "k", "text": KNOWN, "published_at": "2025-03-04",
                             "title": None})
    assert rows and rows[0]["evidence"] == KNOWN
