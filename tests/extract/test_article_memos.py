"""Answers kept per text live for one article only: a repeated article (the speed benchmark's
rounds) is extracted at the cost of its first pass, and no process keeps a growing memo."""

from __future__ import annotations

from assets.extract import caseless
from assets.extract.extractor import extract_mentions

ARTICLE = {
    "article_id": "memo1",
    "published_at": "2025-03-04T09:00:00Z",
    "title": "Drone strike on Sumy",
    "text": ("A Russian drone struck a shop in Sumy on Monday evening, the regional governor said. "
             "A saleswoman was killed and the tractor driver was wounded."),
}


def test_article_memos_are_empty_after_each_article() -> None:
    rows = extract_mentions(ARTICLE)
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [("Sumy", 1, 1)]
    assert len(caseless._ARTICLE_MEMOS) >= 2    # one_person's and casualty_subjects' at least
    assert all(memo == {} for memo in caseless._ARTICLE_MEMOS)


def test_a_memo_is_filled_while_its_article_runs_and_emptied_by_forget() -> None:
    memo = caseless.article_memo()
    memo["a sentence"] = 1
    caseless.forget()
    assert memo == {}


def test_repeating_an_article_gives_the_same_rows() -> None:
    first = extract_mentions(ARTICLE)
    assert extract_mentions(ARTICLE) == first
