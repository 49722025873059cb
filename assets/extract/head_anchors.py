"""Relaxed patterns with alternatives that can only match at the start of a sentence.

Casualty patterns such as `_IMPLIED` hold alternatives led by `^` ("^\\s*He died of ..."), beside
alternatives led by words ("a woman was killed"). A `^` branch lets sre find no first-character
set for the whole pattern, so its twin starts a full attempt at every offset of a sentence. `^`
(and `\\A`) match only at index 0 of the string, whatever `pos` a scan starts from, so at any
other offset those branches fail: there the pattern matches exactly where its twin without them
(`rest`, which has a first-character set) does. Such a pattern's search tries offset 0 with the
whole twin and scans the other offsets with `rest`; the pattern itself confirms each candidate,
as `Relaxed._first` does, so the matches are the pattern's own, in the same order.

`adopt(globals())` at the end of a module (after `caseless.adopt`) does this for every Relaxed
pattern whose twin has such alternatives, so rules added to a pattern keep it exactly: `rest` is
computed from the twin's parse tree at import.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from re import _constants as C  # noqa: N812 - sre opcodes (the parser's own names)
from re import _parser
from types import MethodType
from typing import Any

from .caseless import Relaxed, compiled, factored_tree, first_confirmed

_STARTS = (C.AT_BEGINNING, C.AT_BEGINNING_STRING)


def _led_by_start(alt: _parser.SubPattern) -> bool:
    return bool(alt.data) and alt.data[0][0] is C.AT and alt.data[0][1] in _STARTS


def _strip(items: list) -> tuple[list, bool]:
    """items without the alternatives led by `^` or `\\A` (lookarounds left whole: their text may
    lie before the match), and whether any went; ValueError when an alternation would be left
    with none (the pattern could then match only at offset 0: not worth a special case)."""
    out: list = []
    dropped = False
    for op, av in items:
        if op is C.BRANCH:
            kept = [alt for alt in av[1] if not _led_by_start(alt)]
            if not kept:
                raise ValueError("every alternative is led by ^")
            dropped = dropped or len(kept) < len(av[1])
            for alt in kept:
                alt.data, d = _strip(alt.data)
                dropped = dropped or d
            out.append((op, (av[0], kept)))
        elif op is C.SUBPATTERN:
            av[3].data, d = _strip(av[3].data)
            dropped = dropped or d
            out.append((op, av))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            av[2].data, d = _strip(av[2].data)
            dropped = dropped or d
            out.append((op, av))
        elif op is C.ATOMIC_GROUP:
            av.data, d = _strip(av.data)
            dropped = dropped or d
            out.append((op, av))
        else:
            out.append((op, av))
    return out, dropped


def rest_twin(twin: re.Pattern[str]) -> re.Pattern[str] | None:
    """twin without its alternatives led by `^`/`\\A` (factored, with the first-character set sre
    then finds or `caseless` adds), matching wherever twin matches at any offset above 0; None
    when twin has no such alternative (or every alternative of an alternation is one)."""
    try:
        tree = factored_tree(twin.pattern, twin.flags)
        tree.data, dropped = _strip(tree.data)
    except (ValueError, re.error):
        return None
    if not dropped or tree.getwidth()[0] == 0:
        return None
    return compiled(twin.pattern, tree, twin.flags)


def _first(self: Relaxed, text: str, view: str, pos: int, endpos: int) -> re.Match[str] | None:
    """Relaxed._first, with the `^` alternatives tried at offset 0 only (`self.rest`: the twin
    without them)."""
    match = self.rx.match
    if pos <= 0:    # (the only offset where the `^` alternatives can match; sre reads a
        # negative pos as 0)
        if self.twin.match(view, 0, endpos) and (found := match(text, 0, endpos)):
            return found
        pos = 1
    return first_confirmed(self.rest.search, match, text, view, pos, endpos)  # type: ignore[attr-defined]


def anchored(value: Any) -> Any:
    """value, when it is a Relaxed pattern with `^`-led alternatives, given `rest` and the
    `_first` above (on the instance: it stays a Relaxed, which `caseless` and `scan` test by
    exact type to pick how to scan it); dicts are changed in place."""
    if type(value) is Relaxed and "rest" not in vars(value) \
            and (rest := rest_twin(value.twin)) is not None:
        value.rest = rest
        value._first = MethodType(_first, value)
    elif isinstance(value, dict):
        for k, v in value.items():
            value[k] = anchored(v)
    return value


def adopt(namespace: MutableMapping[str, Any]) -> None:
    """`anchored` for every value of namespace (a module's globals(), after `caseless.adopt`)."""
    for name, value in list(namespace.items()):
        if not name.startswith("__"):
            namespace[name] = anchored(value)
