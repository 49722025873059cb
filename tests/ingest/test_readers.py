"""Readers: each format parsed with exact field values, and every kind of bad input quarantined."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from assets.ids import article_id_for
from assets.ingest.readers import (
    Quarantined,
    RawArticle,
    iter_file,
    iter_raw_dir,
    list_raw_files,
    list_skipped_files,
)

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <title>Drones hit Odesa port | Example News</title>
  <meta name="article-id" content="x-7">
  <meta property="og:title" content="Drones hit Odesa port">
  <meta property="og:site_name" content="Example News">
  <meta property="article:published_time" content="2024-03-02T06:15:00Z">
  <link rel="canonical" href="https://news.example.org/odesa-port">
  <style>.secret-style { color: red; }</style>
  <script>var trackingSecret = "do not extract";</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>Drones hit Odesa port</h1>
    <p>Russian drones struck port infrastructure in Odesa overnight, injuring three workers, the
    regional governor said on Saturday morning.</p>
    <p>Air defences shot down 12 of 15 Shahed drones launched at the southern region, the air
    force said, and firefighters put out a blaze at a grain terminal.</p>
    <script>console.log("inline script inside the article");</script>
  </article>
  <footer><p>Copyright Example News. All rights reserved.</p></footer>
</body>
</html>
"""

LINE = {"id": "k-1", "url": "https://a.example/1", "outlet": "Feed", "title": "Strike on Kharkiv",
        "published_at": "2024-05-01", "language": "en", "text": "A missile hit Kharkiv."}


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def _read(tmp_path: Path, name: str, content: str | bytes, **limits: int) -> list:
    path = _write(tmp_path / name, content)
    return list(iter_file(path, tmp_path, **limits))


def _only_quarantined(records: list) -> Quarantined:
    assert len(records) == 1 and isinstance(records[0], Quarantined), records
    return records[0]


def test_jsonl_fields_exact(tmp_path: Path) -> None:
    line = json.dumps(LINE)
    [art] = _read(tmp_path, "feeds/a.jsonl", line + "\n")
    assert art == RawArticle(
        article_id="k-1", source_path="feeds/a.jsonl", source_line=1, format="jsonl",
        sha256=hashlib.sha256(line.encode()).hexdigest(), url="https://a.example/1",
        outlet="Feed", title="Strike on Kharkiv", published_at="2024-05-01", language="en",
        text="A missile hit Kharkiv.",
    )


def test_jsonl_without_id_gets_id_from_line_bytes(tmp_path: Path) -> None:
    line = json.dumps({"text": "Drones over Kyiv.", "published_at": "2024-05-01T03:00:00"})
    [art] = _read(tmp_path, "a.jsonl", line + "\r\n")
    digest = hashlib.sha256(line.encode()).hexdigest()
    assert (art.sha256, art.article_id) == (digest, article_id_for(digest))
    assert (art.url, art.title, art.outlet, art.language) == (None, None, None, None)


def test_jsonl_broken_lines_quarantined_with_line_number(tmp_path: Path) -> None:
    good = json.dumps(LINE)
    lines = [good, "{not json", "[1, 2]", json.dumps({**LINE, "id": "k-2", "text": "  "}),
             "", json.dumps({**LINE, "id": "k-3", "published_at": "yesterday"}),
             json.dumps({**LINE, "id": "k-4"})]
    records = _read(tmp_path, "a.jsonl", "\n".join(lines) + "\n")
    assert [r.article_id for r in records if isinstance(r, RawArticle)] == ["k-1", "k-4"]
    bad = [r for r in records if isinstance(r, Quarantined)]
    assert [(q.source_line, q.record_id) for q in bad] == [(2, None), (3, None), (4, "k-2"),
                                                          (6, "k-3")]
    assert bad[0].reason.startswith("bad JSON")
    assert "not a JSON object" in bad[1].reason
    assert bad[2].reason == "missing or empty text"
    assert bad[3].reason == "malformed published_at: 'yesterday'"


def test_jsonl_missing_published_at_quarantined(tmp_path: Path) -> None:
    line = json.dumps({"id": "k-9", "text": "Shelling in Kherson."})
    q = _only_quarantined(_read(tmp_path, "a.jsonl", line))
    assert (q.source_line, q.record_id, q.reason) == (1, "k-9", "missing published_at")


def test_markdown_fields_exact(tmp_path: Path) -> None:
    content = ("---\nid: m-1\ntitle: 'Kyiv: night attack'\noutlet: Wire\n"
               "published_at: 2024-08-10T14:40:00+08:00\nurl: https://w.example/m1\n---\n\n"
               "First paragraph.\n\nSecond paragraph.\n")
    [art] = _read(tmp_path, "notes/m1.md", content)
    assert art == RawArticle(
        article_id="m-1", source_path="notes/m1.md", source_line=None, format="markdown",
        sha256=hashlib.sha256(content.encode()).hexdigest(), url="https://w.example/m1",
        outlet="Wire", title="Kyiv: night attack", published_at="2024-08-10T14:40:00+08:00",
        language=None, text="\nFirst paragraph.\n\nSecond paragraph.\n",
    )


def test_text_file_date_only(tmp_path: Path) -> None:
    [art] = _read(tmp_path, "t.txt", "---\npublished_at: 2023-12-22\n---\nBody.\n")
    assert (art.format, art.published_at, art.text, art.article_id[:4]) == (
        "text", "2023-12-22", "Body.\n", "art-")


@pytest.mark.parametrize(("content", "reason"), [
    ("Just a body, no front matter.\n", "no front matter"),
    ("---\ntitle: [unclosed\n---\nBody\n", "bad YAML front matter"),
    ("---\ntitle: No date\n---\nBody\n", "missing published_at"),
    ("---\npublished_at: 2013-12-31\n---\nBody\n", "published_at before 2014-01-01"),
    ("---\npublished_at: 2024-01-01\nBody\n", "front matter not closed"),
])
def test_markdown_bad_front_matter_quarantined(tmp_path: Path, content: str, reason: str) -> None:
    q = _only_quarantined(_read(tmp_path, "bad.md", content))
    assert q.reason.startswith(reason) and q.source_line is None


def test_html_fields_exact(tmp_path: Path) -> None:
    [art] = _read(tmp_path, "pages/p.html", PAGE)
    assert (art.article_id, art.format, art.source_path, art.source_line) == (
        "x-7", "html", "pages/p.html", None)
    assert art.sha256 == hashlib.sha256(PAGE.encode()).hexdigest()
    assert (art.url, art.outlet, art.title, art.published_at, art.language) == (
        "https://news.example.org/odesa-port", "Example News", "Drones hit Odesa port",
        "2024-03-02T06:15:00+00:00", "en")
    assert "injuring three workers" in art.text and "12 of 15 Shahed drones" in art.text


def test_html_scripts_and_styles_absent_from_text(tmp_path: Path) -> None:
    [art] = _read(tmp_path, "p.htm", PAGE)
    for leaked in ("trackingSecret", "do not extract", "secret-style", "console.log", "{"):
        assert leaked not in art.text
    assert "All rights reserved" not in art.text and "Home" not in art.text


def test_html_without_date_quarantined(tmp_path: Path) -> None:
    page = PAGE.replace('<meta property="article:published_time" content="2024-03-02T06:15:00Z">',
                        "")
    q = _only_quarantined(_read(tmp_path, "p.html", page))
    assert q.reason.startswith("missing published_at") and q.record_id == "x-7"


def test_html_binary_file_quarantined(tmp_path: Path) -> None:
    q = _only_quarantined(_read(tmp_path, "image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert q.reason.startswith("binary content")


def test_empty_file_quarantined(tmp_path: Path) -> None:
    for name in ("e.md", "e.html", "e.jsonl", "e.txt"):
        assert _only_quarantined(_read(tmp_path, name, b"")).reason == "empty file"


def test_latin1_file_decoded(tmp_path: Path) -> None:
    content = ("---\npublished_at: 2024-02-01\ntitle: Frappe de missiles sur Odessa\n---\n"
               "Le gouverneur a déclaré que la frappe a endommagé un hôtel et un café "
               "près du port ; les secours sont arrivés très rapidement sur les lieux.\n")
    [art] = _read(tmp_path, "fr.md", content.encode("latin-1"))
    assert "endommagé un hôtel et un café" in art.text


def test_undetectable_encoding_quarantined(tmp_path: Path) -> None:
    garbage = bytes(range(128, 256)) * 4
    content = b"---\npublished_at: 2024-01-01\n---\n" + garbage
    q = _only_quarantined(_read(tmp_path, "x.txt", content))
    assert q.reason == "not valid UTF-8 and encoding could not be detected"


def test_utf8_bom_stripped(tmp_path: Path) -> None:
    [art] = _read(tmp_path, "b.md", b"\xef\xbb\xbf---\npublished_at: 2024-01-01\n---\nBody\n")
    assert art.text == "Body\n"
    [line] = _read(tmp_path, "b.jsonl", b'\xef\xbb\xbf{"text": "T", "published_at": "2024-01-01"}')
    assert line.text == "T"


def test_oversize_file_quarantined(tmp_path: Path) -> None:
    q = _only_quarantined(_read(tmp_path, "big.html", PAGE, max_file_bytes=100))
    assert q.reason == f"file too large: {len(PAGE.encode())} bytes (max 100)"


def test_oversize_jsonl_line_quarantined_rest_read(tmp_path: Path) -> None:
    big = json.dumps({**LINE, "id": "big", "text": "x" * 500})
    records = _read(tmp_path, "a.jsonl", big + "\n" + json.dumps(LINE) + "\n",
                    max_file_bytes=300)
    assert isinstance(records[0], Quarantined) and records[0].source_line == 1
    assert isinstance(records[1], RawArticle) and records[1].source_line == 2


def test_overlong_article_quarantined(tmp_path: Path) -> None:
    line = json.dumps({**LINE, "text": "word " * 30})
    q = _only_quarantined(_read(tmp_path, "a.jsonl", line, max_chars=100))
    assert q.reason == "article too long: 150 characters (max 100)"


@pytest.mark.parametrize("record_id", ["../../etc/passwd", "a'; DROP TABLE articles; --",
                                       'quote"d\x00\x1b[31m', "  spaced  "])
def test_id_with_path_sql_or_control_chars_kept_verbatim(tmp_path: Path, record_id: str) -> None:
    [art] = _read(tmp_path, "a.jsonl", json.dumps({**LINE, "id": record_id}))
    assert art.article_id == record_id
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl"]


def test_published_at_normalized(tmp_path: Path) -> None:
    given = ["2024-05-01", "2024-05-01T10:20:30Z", "2024-05-01 10:20",
             "2024-05-01T10:20:30.5+03:00"]
    feed = "\n".join(json.dumps({**LINE, "published_at": p}) for p in given)
    got = [a.published_at for a in _read(tmp_path, "a.jsonl", feed)]
    assert got == ["2024-05-01", "2024-05-01T10:20:30+00:00", "2024-05-01T10:20:00",
                   "2024-05-01T10:20:30+03:00"]


def test_raw_dir_order_deterministic_and_hidden_ignored(tmp_path: Path) -> None:
    _write(tmp_path / "b.jsonl", json.dumps({**LINE, "id": "b1"}) + "\n"
           + json.dumps({**LINE, "id": "b2"}))
    _write(tmp_path / "a" / "z.md", "---\nid: az\npublished_at: 2024-01-01\n---\nText\n")
    _write(tmp_path / "A.html", PAGE)
    _write(tmp_path / ".hidden.jsonl", json.dumps({**LINE, "id": "hidden"}))
    _write(tmp_path / ".git" / "x.md", "---\nid: git\npublished_at: 2024-01-01\n---\nText\n")
    _write(tmp_path / "notes.pdf", b"%PDF-1.4")
    _write(tmp_path / "README.md", "# About this folder\n")
    ids = [r.article_id for r in iter_raw_dir(tmp_path)]
    assert ids == ["x-7", "az", "b1", "b2"]
    assert ids == [r.article_id for r in iter_raw_dir(tmp_path)]
    rel = [p.relative_to(tmp_path).as_posix() for p in list_raw_files(tmp_path)]
    assert rel == ["A.html", "a/z.md", "b.jsonl"]
    skipped = [p.relative_to(tmp_path).as_posix() for p in list_skipped_files(tmp_path)]
    assert skipped == ["README.md", "notes.pdf"]


def test_raw_dir_missing_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="raw folder not found"):
        list(iter_raw_dir(tmp_path / "nope"))
