"""clean_text and article_row: the exact text evidence offsets point into."""

from __future__ import annotations

from dataclasses import replace

from assets.ingest.clean import article_row, clean_text
from assets.ingest.readers import RawArticle
from assets.schema import ARTICLES

RAW = RawArticle(article_id="a1", source_path="f.jsonl", source_line=3, format="jsonl",
                 sha256="0" * 64, url=None, outlet="Wire", title=None,
                 published_at="2024-01-02", language="en", text="")


def test_clean_text_normalizes_whitespace_and_unicode() -> None:
    raw = replace(RAW, text="  Cafe\u0301 hit  \r\nSecond line\t\r\r\r\n\n\nThird\u2028Fourth \n\n")
    assert clean_text(raw) == "Café hit\nSecond line\n\nThird\nFourth"


def test_clean_text_leaves_the_title_out() -> None:
    # The headline stays in articles.title; the extractor reads it from there, so evidence
    # offsets always point into the body as the source gave it.
    raw = replace(RAW, title="Drones hit Odesa", text="Russian drones struck the port.")
    assert clean_text(raw) == "Russian drones struck the port."


def test_clean_text_keeps_a_headline_the_body_starts_with() -> None:
    raw = replace(RAW, title="Drones hit Odesa", text="DRONES HIT ODESA\n\nRussian drones...")
    assert clean_text(raw) == "DRONES HIT ODESA\n\nRussian drones..."


def test_article_row_has_contract_columns_text_and_source() -> None:
    row = article_row(replace(RAW, text="Body.\n"))
    assert list(row) == [*ARTICLES.column_names, "text", "source_path"]
    assert (row["article_id"], row["text"], row["source_path"]) == ("a1", "Body.", "f.jsonl")
