"""Every answer a pattern gives on a text, for tests that compare a rewritten pattern with the
pattern it stands for: finditer, search over three windows, and match at every offset, each by
the span of every group."""

from __future__ import annotations

import re

from assets.extract.caseless import Caseless


def every_answer(rx: re.Pattern[str] | Caseless, text: str) -> list:
    """The group spans of rx's finditer, of its search in three windows and of its match at
    each offset of text (None where there is no match)."""
    out: list = [[m.regs for m in rx.finditer(text)]]
    for pos, end in ((0, len(text)), (3, 40), (10, len(text))):
        m = rx.search(text, pos, end)
        out.append(m and m.regs)
    for k in range(len(text) + 1):
        m = rx.match(text, k)
        out.append(m and m.regs)
    return out
