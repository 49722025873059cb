"""A hostile raw folder (bad encodings, broken lines, traps in ids and file names) and helpers.

`write_hostile_corpus` writes it and returns what must happen to each item: the article ids
that go in, and the (file, line) -> reason prefix of everything quarantined.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from assets.ingest.readers import MAX_CHARS, MAX_FILE_BYTES
from assets.warehouse import Home
from tests.conftest import write_corpus

BIG = 50 * 1024 * 1024
STRIKES = Path(sys.executable).with_name("strikes")


def strike(city: str, n: int) -> str:
    return (f"Russian drones struck {city} overnight, injuring {n} people, the regional "
            "governor said on Monday.")


def line(article_id: str | None, text: str, **fields: object) -> str:
    obj = {"id": article_id, "published_at": "2025-04-07", "text": text, **fields}
    return json.dumps({k: v for k, v in obj.items() if v is not None}, ensure_ascii=False)


def front_matter(article_id: str | None, body: str, published_at: str | None = "2025-04-08",
                 title: str = "Night attack") -> str:
    head = [f"id: {json.dumps(article_id, ensure_ascii=False)}" if article_id else "",
            f"published_at: {published_at}" if published_at else "", f"title: {title}"]
    return "---\n" + "\n".join(h for h in head if h) + "\n---\n" + body + "\n"


# Ids that are good data: kept exactly as text, never a path, never spliced into SQL.
TRAP_IDS = {
    "../../../../tmp/strikes-hostile-escape": "Kherson",
    "x'); DROP TABLE articles; --": "Sumy",
    "quo\"te's \\ back": "Odesa",
    "ctl\x01\x1b[2J\x07\ttab\nnl\x00nul": "Poltava",
    '=HYPERLINK("http://evil.example","x")': "Dnipro",
    "\tTAB-first": "Zaporizhzhia",
    "\rCR-first": "Mykolaiv",
    "Київ-1": "Kyiv",
}
# File names with traps: each holds one good article with this id.
TRAP_NAMES = {
    "it's \"q\"; DROP TABLE raw_files;--.md": "name-sql",
    "ctl\x01\x1b[31m name.md": "name-ctl",
    "up..%2f..%2f..name.md": "name-dots",  # a leading dot would make it hidden (skipped)
    "new\nline.md": "name-newline",
}
FORMULA_FIELDS = {"title": "+SUM(1;2)", "outlet": "@evil", "url": "-1+2"}

PAGE = """<!doctype html><html lang="en"><head><title>Strike on Lviv</title>
<meta property="article:published_time" content="2025-04-09T06:00:00+00:00">
<meta name="article-id" content="html-scripts">
<script>var secretTracker = "SCRIPT-LEAK";</script><style>.x { content: "STYLE-LEAK"; }</style>
</head><body><nav>Home</nav><article><h1>Strike on Lviv</h1>
<p>Russian drones struck Lviv overnight, injuring three people, the regional governor said.</p>
<script>document.write("INLINE-SCRIPT-LEAK")</script>
<p>A warehouse burned for several hours before firefighters put the blaze out.</p>
</article><footer>Footer text</footer></body></html>
"""
MARKUP_TEXT = ("Russian drones struck Chernihiv <b>overnight</b>, injuring two people "
               "<script>alert(1)</script>, the regional governor said on Monday.")


def write_hostile_corpus(raw: Path, *, big: bool = True) -> dict:
    """Write the hostile raw folder; returns {"ids": set, "quarantined": {(path, line): why}}."""
    raw.mkdir(parents=True, exist_ok=True)
    ids: set[str] = set()
    bad: dict[tuple[str, int | None], str] = {}

    feed = [line("h-plain", strike("Kharkiv", 4)),
            '{"id": "h-broken", "text": "unterminated',
            line("h-nodate", strike("Lutsk", 1), published_at=None),
            line("h-baddate", strike("Rivne", 1), published_at="yesterday"),
            line("h-impossible", strike("Uman", 1), published_at="2024-13-45"),
            "[1, 2, 3]",
            line("h-markup", MARKUP_TEXT)]
    feed += [line(i, strike(city, 2)) for i, city in TRAP_IDS.items()]
    feed.append(line("h-formulas", strike("Kramatorsk", 5), **FORMULA_FIELDS))
    (raw / "feed.jsonl").write_text("\n".join(feed) + "\n", encoding="utf-8")
    ids |= {"h-plain", "h-markup", "h-formulas", *TRAP_IDS}
    bad |= {("feed.jsonl", 2): "bad JSON", ("feed.jsonl", 3): "missing published_at",
            ("feed.jsonl", 4): "malformed published_at", ("feed.jsonl", 5): "malformed",
            ("feed.jsonl", 6): "line is not a JSON object"}

    # The same article under another name: one article, both paths in raw_articles.
    (raw / "feed-copy.jsonl").write_text(feed[0] + "\n", encoding="utf-8")
    dupe = front_matter(None, strike("Bila Tserkva", 3))
    (raw / "dupe-a.md").write_text(dupe, encoding="utf-8")
    (raw / "copies").mkdir()
    (raw / "copies" / "dupe-b.md").write_text(dupe, encoding="utf-8")
    ids.add("art-" + hashlib.sha256(dupe.encode()).hexdigest()[:16])

    # Other encodings, detected and decoded.
    (raw / "latin1.md").write_bytes(front_matter(
        "enc-latin1", "Des drones russes ont frappé Kharkiv, blessant trois personnes âgées "
        "près de l'hôpital, a déclaré le gouverneur.").encode("latin-1"))
    (raw / "cp1251.md").write_bytes(front_matter(
        "enc-cp1251", "Российские дроны атаковали Харьков ночью, ранены три человека, "
        "сообщил губернатор области.").encode("cp1251"))
    (raw / "utf16.md").write_bytes(front_matter("enc-utf16-md", strike("Izium", 2))
                                   .encode("utf-16"))
    (raw / "utf16.jsonl").write_bytes((line("enc-utf16-jsonl", strike("Kupiansk", 2)) + "\n")
                                      .encode("utf-16"))
    ids |= {"enc-latin1", "enc-cp1251", "enc-utf16-md", "enc-utf16-jsonl"}

    (raw / "scripts.html").write_text(PAGE, encoding="utf-8")
    ids.add("html-scripts")
    for name, article_id in TRAP_NAMES.items():
        (raw / name).write_text(front_matter(article_id, strike("Pavlohrad", 1)),
                                encoding="utf-8")
        ids.add(article_id)

    # Bad files.
    (raw / "empty.md").write_bytes(b"")
    (raw / "blank.jsonl").write_bytes(b"\n  \n\n")
    (raw / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (raw / "broken-utf8.md").write_bytes(
        front_matter("enc-broken", "Дроны атаковали Харьков.").encode() + b"\xff\xfe tail\n")
    (raw / "garbage.txt").write_bytes(b"---\npublished_at: 2025-01-01\n---\n"
                                      + random.Random(8).randbytes(3000).replace(b"\0", b""))
    (raw / "no-date.md").write_text(front_matter("md-nodate", strike("Sloviansk", 1),
                                                 published_at=None), encoding="utf-8")
    (raw / "bad-date.html").write_text(PAGE.replace("2025-04-09T06:00:00+00:00", "last week")
                                       .replace("html-scripts", "html-baddate"),
                                       encoding="utf-8")
    (raw / "long-text.md").write_text(front_matter("md-long", "word " * (MAX_CHARS // 5 + 10)),
                                      encoding="utf-8")
    bad |= {("empty.md", None): "empty file", ("blank.jsonl", None): "empty file",
            ("binary.html", None): "binary content", ("broken-utf8.md", None): "invalid UTF-8",
            ("garbage.txt", None): "not valid UTF-8 and encoding could not be detected",
            ("no-date.md", None): "missing published_at",
            ("bad-date.html", None): "malformed published_at",
            ("long-text.md", None): "article too long"}
    if big:
        write_big_files(raw)
        ids.add("after-huge")
        bad |= {("huge.html", None): f"file too large: {BIG} bytes (max {MAX_FILE_BYTES})",
                ("huge-line.jsonl", 1): f"line too large (over {MAX_FILE_BYTES} bytes)"}
    return {"ids": ids, "quarantined": bad}


def write_big_files(raw: Path) -> None:
    """A 50 MB HTML page and a JSONL feed whose first line is 50 MB, the second one good."""
    chunk = b"<p>" + b"filler text " * 85 + b"</p>\n"
    with (raw / "huge.html").open("wb") as f:
        f.write(b"<html><body>")
        written = 12
        while written + len(chunk) <= BIG:
            written += f.write(chunk)
        f.write(b" " * (BIG - written))
    with (raw / "huge-line.jsonl").open("wb") as f:
        head = b'{"id": "huge", "published_at": "2025-04-07", "text": "'
        f.write(head)
        f.write(b"x" * (BIG - len(head) - 3))
        f.write(b'"}\n')
        f.write((line("after-huge", strike("Chuhuiv", 2)) + "\n").encode())


def tree_digest(folder: Path) -> dict[str, str]:
    """sha256 of every file under folder, by relative path (lock files left out)."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and ".lock" not in p.name}


def table_rows(home: Home, table: str) -> list[tuple]:
    with duckdb.connect(str(home.warehouse), read_only=True) as con:
        return sorted(con.execute(f"SELECT * FROM {table}").fetchall(), key=repr)


def copy_home(src: Home, dest: Path) -> Home:
    shutil.copytree(src.root, dest, symlinks=True)
    return Home.at(dest)


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None,
            timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([str(STRIKES), *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="session")
def base_home(tmp_path_factory: pytest.TempPathFactory) -> Home:
    """A home with the shared fixture corpus in HOME/raw, published once as v1.0.0."""
    from pipelines.runner import materialize_pipeline

    home = Home.at(tmp_path_factory.mktemp("base"))
    outcome = materialize_pipeline(home, write_corpus(home.root / "raw"))
    assert outcome.success, outcome.errors
    return home
