"""The articles the spike is compared on, and the present extractor's figures per sentence.

The articles are the shared dev set and every data/eval/*/articles.jsonl but the held-out set
(unseen32, never opened), each text once. A sentence's reference is what
`assets.extract.casualties.find_casualties` gives for it, reduced to one value per field by the
extractor's own rule (`rows.Draft.figure`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import TypeVar

from assets.extract import caseless, lowtext
from assets.extract.casualties import Figure, find_casualties
from assets.extract.rows import Draft
from assets.extract.sentences import Sentence, split_sentences
from benchmarks.compare_extractors import corpora

ROOT = Path(__file__).resolve().parents[2]
SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles.jsonl"
HELD_OUT = {"unseen32"}
# rules of batch 8 on were grown from the disagreements of the other sets only, so that these
# show whether the later rules carry over to text they were not written from
CHECK = {f"unseen{k}" for k in range(20, 32)}

Pair = tuple[int | None, int | None]
T = TypeVar("T")


def article_files() -> list[Path]:
    """The shared dev articles, then each eval set's but the held-out ones (name order): the
    hand-made sets `compare_extractors` reads, without the one-article seed."""
    return [p for name, p in corpora(HELD_OUT).items() if name != "shared-seed"]


def load_texts(files: list[Path]) -> list[str]:
    """Each distinct article text of files, in order of first appearance."""
    return [t for t, _ in load_grouped(files)]


def load_grouped(files: list[Path]) -> list[tuple[str, bool]]:
    """Each distinct article text of files, in order of first appearance, and whether that
    appearance is in a CHECK set."""
    seen: dict[str, bool] = {}
    for path in files:
        check = path.parent.name in CHECK
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.setdefault(json.loads(line).get("text") or "", check)
    return [(t, c) for t, c in seen.items() if t]


def reduce_reference(figs: list[Figure]) -> Pair:
    """(killed, injured) as a draft holding just these figures would state them."""
    draft = SimpleNamespace(figures=[(f.pos, f) for f in figs])
    return Draft.figure(draft, "killed"), Draft.figure(draft, "injured")  # type: ignore[arg-type]


def in_article_scope(find: Callable[[str], T], text: str, sentences: list[Sentence]) -> list[T]:
    """A finder's result on each sentence, within the article's scope as the extractor calls
    its finders (`lowtext.begin` before, `lowtext.end` and `caseless.forget` after: no memo
    carries over)."""
    lowtext.begin(text, [s.text for s in sentences])
    try:
        return [find(s.text) for s in sentences]
    finally:
        lowtext.end()
        caseless.forget()


def finder_figures(text: str, sentences: list[Sentence]) -> list[list[Figure]]:
    """find_casualties of each sentence, within the article's scope (in_article_scope)."""
    return in_article_scope(find_casualties, text, sentences)


def reference(text: str, sentences: list[Sentence]) -> tuple[list[Pair], list[list[Figure]]]:
    """The present finder's (killed, injured) and raw figures for each sentence."""
    raw = finder_figures(text, sentences)
    return [reduce_reference(f) for f in raw], raw


def split(text: str) -> list[Sentence]:
    return split_sentences(text)
