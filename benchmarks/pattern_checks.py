"""What the pattern identity checks share: the eval sentences they run on, and how two patterns'
answers on one text are compared (every group's span of `search`, `finditer` and `match`)."""

from __future__ import annotations

import json
import re
from typing import Any

from benchmarks.compare_extractors import corpora

_WORD_START = re.compile(r"\b\w")


def regs(m: re.Match[str] | None) -> tuple | None:
    """Every group's span of a match (None for no match)."""
    return None if m is None else m.regs


def differs(new: Any, old: Any, text: str) -> str | None:
    """The first method whose answer on text differs between two patterns (or wrappers), or
    None: `search` (whole text, then from 5 to 60), `finditer`, `match` at every word start."""
    from assets.extract import caseless
    caseless.forget()   # (a wrapper's lowercasing memo must not answer from another text)
    if regs(new.search(text)) != regs(old.search(text)):
        return "search"
    if regs(new.search(text, 5, 60)) != regs(old.search(text, 5, 60)):
        return "search 5-60"
    if [m.regs for m in new.finditer(text)] != [m.regs for m in old.finditer(text)]:
        return "finditer"
    for k in [0, *(m.start() for m in _WORD_START.finditer(text))]:
        if regs(new.match(text, k)) != regs(old.match(text, k)):
            return f"match at {k}"
    return None


def sentences(skip: set[str]) -> list[str]:
    """Every distinct sentence of every hand-made set, also upper- and lower-cased."""
    from assets.extract.sentences import split_sentences
    out: dict[str, None] = {}
    for path in corpora(skip).values():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                for s in split_sentences(json.loads(line).get("text") or ""):
                    out.update(dict.fromkeys((s.text, s.text.upper(), s.text.lower())))
    return list(out)
