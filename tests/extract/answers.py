"""Every answer a pattern gives on a text, for tests that compare a rewritten pattern with the
pattern it stands for: finditer, search over some windows, and match at every offset, each by
the span of every group."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assets.extract.caseless import Caseless

# whole text, a window cut at both ends, and one starting inside the text
WINDOWS: tuple[tuple[int, int | None], ...] = ((0, None), (3, 40), (10, None))


def every_answer(rx: re.Pattern[str] | Caseless, text: str,
                 windows: Sequence[tuple[int, int | None]] = WINDOWS) -> list:
    """The group spans of rx's finditer, of its search in each (pos, end) of windows (end None:
    the text's end) and of its match at each offset of text (None where there is no match)."""
    out: list = [[m.regs for m in rx.finditer(text)]]
    for pos, end in windows:
        m = rx.search(text, pos, len(text) if end is None else end)
        out.append(m and m.regs)
    for k in range(len(text) + 1):
        m = rx.match(text, k)
        out.append(m and m.regs)
    return out
