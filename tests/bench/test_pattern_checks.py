"""`benchmarks.pattern_checks`: the sentences the identity checks read, and what counts as a
difference between two patterns' answers."""

from __future__ import annotations

import json
import re

from assets.extract import caseless
from benchmarks import pattern_checks
from benchmarks.pattern_checks import differs, regs, sentences


def test_differs_names_the_first_answer_that_differs():
    old = re.compile(r"(?P<n>\d+) (?:people|civilians)")
    assert differs(re.compile(r"(?P<n>\d++) (?:people|civilians)"), old,
                   "Two raids: 5 people and 12 civilians were hurt") is None
    assert differs(re.compile(r"(?P<n>\d+) people"), old, "12 civilians were hurt") == "search"
    assert differs(re.compile(r"(?P<n>\d) (?:people|civilians)"), old,
                   "12 civilians") == "search"
    assert differs(re.compile(r"(?P<n>\d+) (?:people|civilians)(?!\s+and)"), old,
                   "5 people and 7 civilians were hurt, in all 3 people") == "search"


def test_differs_reaches_the_later_methods():
    old = re.compile(r"(\d+)")
    # (a text shorter than 5: the same first match, the second found only by the old one)
    assert differs(re.compile(r"(\d+)(?!$)"), old, "1 2") == "finditer"
    assert differs(re.compile(r"(?<!\s)(\d+)"), old, "12 dead, 3 hurt") == "search 5-60"
    assert differs(re.compile(r"(\d)\d*"), old, "12 dead") == "search"


def test_a_wrapper_answers_as_its_plain_compile():
    src = r"\b(?:killed|kills)\s+(?P<n>\d+)"
    text = "Shelling KILLED 4 and later killed 2 more"
    assert differs(caseless.wrap(re.compile(src, re.I)), re.compile(src, re.I), text) is None


def test_regs_are_every_group_span():
    assert regs(re.search(r"(a)(b)?", "xa")) == ((1, 2), (1, 2), (-1, -1))
    assert regs(None) is None


def test_sentences_are_distinct_and_also_upper_and_lower_cased(tmp_path, monkeypatch):
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps({"text": t}) for t in (
        "Two drones hit Kharkiv. Nobody was hurt.", "Nobody was hurt.", "")) + "\n",
        encoding="utf-8")
    monkeypatch.setattr(pattern_checks, "corpora", lambda skip: {"one": path})
    got = sentences(set())
    assert got[:3] == ["Two drones hit Kharkiv.", "TWO DRONES HIT KHARKIV.",
                       "two drones hit kharkiv."]
    assert len(got) == len(set(got)) == 6
