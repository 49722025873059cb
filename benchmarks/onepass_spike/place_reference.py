"""The present place finder's answer for each sentence, asked the way the extractor asks it.

`_extract` asks `find_targets(s, ctx, hint, ...)` -> `find_places(s.text, ctx, hint)` for each
strike sentence, where `ctx` is the admin1 regions of the article's earlier targets and `hint`
says the sentence (or the one before) speaks of "N regions". Both depend on the rows built so far,
so they are recorded by running the extractor itself: a wrapper around
`context.is_strike_sentence`, which `_extract` calls once per sentence right before
`find_targets`, reads `i`, `ctx` and `hint` from the caller's frame. The reference of sentence i
is then `find_places(text_i, ctx_i, hint_i)` within the article's scope (`lowtext.begin` before,
`lowtext.end` and `caseless.forget` after), for every sentence, strike or not.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assets.extract import caseless, extractor, lowtext
from assets.extract import context as cx
from assets.extract.places import Mention, find_places
from assets.extract.sentences import Sentence

from .reference import CHECK, split

Context = tuple[tuple[str, ...], bool]      # (ctx, hint) of one sentence


@dataclass(frozen=True, slots=True)
class Article:
    """One compared article: its text, publication time, whether it is in a CHECK set, its
    sentences and each sentence's (ctx, hint)."""

    text: str
    published_at: str | None
    check: bool
    sentences: list[Sentence]
    contexts: list[Context]


def load_articles(files: list[Path]) -> list[tuple[str, str | None, bool]]:
    """(text, published_at, in a CHECK set) of each distinct article text of files, in order of
    first appearance: `reference.load_grouped` with the publication time kept."""
    seen: dict[str, tuple[str | None, bool]] = {}
    for path in files:
        check = path.parent.name in CHECK
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                seen.setdefault(rec.get("text") or "", (rec.get("published_at"), check))
    return [(t, pub, c) for t, (pub, c) in seen.items() if t]


@contextmanager
def recording(out: dict[int, Any], read: Callable[[dict[str, Any], bool], Any]
              ) -> Iterator[None]:
    """Within the block, each sentence i that `_extract` asks `is_strike_sentence` about gets
    out[i] = read(_extract's locals, the answer) (the first time only)."""
    original: Callable[[str], bool] = cx.is_strike_sentence
    code = extractor._extract.__code__

    def spy(text: str) -> bool:
        answer = original(text)
        frame = sys._getframe(1)
        if frame.f_code is code:
            loc = frame.f_locals
            if loc["i"] not in out:
                out[loc["i"]] = read(loc, answer)
        return answer

    cx.is_strike_sentence = spy     # type: ignore[assignment]
    try:
        yield
    finally:
        cx.is_strike_sentence = original    # type: ignore[assignment]


def _context(loc: dict[str, Any], strike: bool) -> Context:
    return tuple(loc["ctx"]), bool(loc["hint"])


def contexts(text: str, published_at: str | None, n: int) -> list[Context]:
    """(ctx, hint) the extractor holds at each of the n sentences of text (a sentence it never
    reaches, after a crash: the last one seen)."""
    got: dict[int, Context] = {}
    with recording(got, _context):
        extractor.extract_mentions({"text": text, "published_at": published_at})
    out: list[Context] = []
    last: Context = ((), False)
    for i in range(n):
        last = got.get(i, last)
        out.append(last)
    return out


def article(text: str, published_at: str | None = None, check: bool = False) -> Article:
    sents = split(text)
    return Article(text, published_at, check, sents, contexts(text, published_at, len(sents)))


def reference_places(a: Article) -> list[list[Mention]]:
    """find_places of each sentence with its (ctx, hint), in the article's scope."""
    lowtext.begin(a.text, [s.text for s in a.sentences])
    try:
        return [find_places(s.text, list(ctx), hint)
                for s, (ctx, hint) in zip(a.sentences, a.contexts, strict=True)]
    finally:
        lowtext.end()
        caseless.forget()
