"""A re.I pattern's twin split in two where a few alternatives could start almost anywhere.

sre's search tries a pattern only at offsets whose character can start a match (`caseless._code`
gives the twin that set). One alternative led by a word class (NATIONWIDE's
"\\w+ (?:ukrainian|russian) (?:regions|oblasts)") makes the set every word character, so the
whole alternation, and its leading `\\b`, is tried at almost every offset. The offsets where a
pattern `L(?:A|B|...)` (L zero-width, nothing after the alternation) can match are those where
one of its alternatives can, so the leftmost match of the twin starts where the leftmost of two
twins does: one of the alternatives with a narrow first-character set, one of the wide ones,
scanned only when a phrase every match of theirs holds occurs (" ukrainian regions", ...).
`search` and `match` only need that offset (the pattern itself is matched there), so `Split`
answers them so; every other method uses the whole twin.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 - sre opcodes (the parser's own names)
from re import _parser

from .caseless import END, Caseless, compiled, first_chars, lowered, refactored

_WIDE = 40      # first characters beyond which an alternative counts as starting anywhere


def _width(items: list) -> int:
    first, empty = first_chars(items)
    if first is None or empty:
        return 1 << 20
    return sum(100 if op is C.CATEGORY else av[1] - av[0] + 1 if op is C.RANGE else 1
               for op, av in first)


def _strings(items: list) -> frozenset[str] | None:
    """Every string the sequence can match when it is made of literals, optional parts and
    alternations of such (at most 8), else None."""
    out = frozenset([""])
    for op, av in items:
        if op is C.LITERAL:
            got: frozenset[str] | None = frozenset([chr(av)])
        elif op is C.SUBPATTERN and not av[1] and not av[2]:
            got = _strings(av[3].data)
        elif op is C.BRANCH:
            alts = [_strings(alt.data) for alt in av[1]]
            got = None if None in alts else frozenset().union(*alts)     # type: ignore[arg-type]
        elif op is C.MAX_REPEAT and (av[0], av[1]) == (0, 1):
            got = _strings(av[2].data)
            got = None if got is None else got | {""}
        else:
            return None
        if got is None or len(out) * len(got) > 8:
            return None
        out = frozenset(a + b for a in out for b in got)
    return out


def _phrases(items: list) -> frozenset[str] | None:
    """Strings one of which every match of the sequence holds: the run of consecutive items
    that `_strings` spells out whose shortest string is longest."""
    best: frozenset[str] | None = None
    for i in range(len(items)):
        for j in range(i + 1, len(items) + 1):
            got = _strings(items[i:j])
            if got is None:
                break
            if best is None or min(map(len, got)) > min(map(len, best)):
                best = got
    return best


def _alternation(tree: _parser.SubPattern) -> tuple[list, list] | None:
    """(zero-width lead items, alternatives) of a parsed `L(?:A|B|...)`, or None."""
    data = tree.data
    k = 0
    while k < len(data) and data[k][0] is C.AT:
        k += 1
    if len(data) != k + 1:
        return None
    op, av = data[k]
    if op is C.SUBPATTERN and av[0] is None and not av[1] and not av[2] and len(av[3].data) == 1:
        op, av = av[3].data[0]
    return (data[:k], av[1]) if op is C.BRANCH else None


def parts(src: str, flags: int) -> tuple[list[int], list[int], frozenset[str]] | None:
    """(narrow alternatives, wide ones, the wide ones' gate) of a twin source, or None when the
    split does not apply (no top alternation; none or all wide; no gate for the wide ones)."""
    found = _alternation(_parser.parse(src, flags))
    if found is None:
        return None
    alts = found[1]
    wide = [k for k, alt in enumerate(alts) if _width(alt.data) > _WIDE]
    narrow = [k for k in range(len(alts)) if k not in wide]
    if not wide or not narrow:
        return None
    lits = [_phrases(alts[k].data) for k in wide]
    if not all(lits):
        return None
    gate = frozenset().union(*lits)     # type: ignore[arg-type]
    if len(gate) > 8 or min(map(len, gate)) < 3:
        return None
    return narrow, wide, gate


def _twin(src: str, flags: int, keep: list[int]) -> re.Pattern[str]:
    """The twin of src with only the alternatives numbered in keep, factored."""
    tree = _parser.parse(src, flags)
    lead, alts = _alternation(tree)     # type: ignore[misc]
    tree.data = [*lead, (C.BRANCH, (None, [alts[k] for k in keep]))]
    return compiled(src, refactored(tree), flags)


class Split(Caseless):
    """A Caseless re.I pattern whose search and match find the offset with two twins."""

    def __init__(self, rx: re.Pattern[str], narrow: list[int], wide: list[int],
                 gate: frozenset[str]) -> None:
        super().__init__(rx)
        src, flags = self.twin.pattern, self.twin.flags
        self.narrow = _twin(src, flags, narrow)
        self.wide = _twin(src, flags, wide)
        self.wide_gate = tuple(sorted(gate))

    def _offset(self, view: str, pos: int, endpos: int, anchored: bool) -> int | None:
        if not anchored:    # (a match at one offset: no gate, as in Caseless.match)
            for w in self.gate:
                if w in view:
                    break
            else:
                if self.gate:
                    return None
        find = self.narrow.match if anchored else self.narrow.search
        m = find(view, pos, endpos)
        for w in self.wide_gate:
            if w in view:
                mw = (self.wide.match if anchored else self.wide.search)(view, pos, endpos)
                if mw is not None and (m is None or mw.start() < m.start()):
                    m = mw
                break
        return None if m is None else m.start()

    def search(self, text: str, pos: int = 0, endpos: int = END) -> re.Match[str] | None:
        view = lowered(text)
        if view is None:
            return self.rx.search(text, pos, endpos)
        k = self._offset(view, pos, endpos, False)
        return None if k is None else self.rx.match(text, k, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = END) -> re.Match[str] | None:
        view = lowered(text)
        if view is None:
            return self.rx.match(text, pos, endpos)
        k = self._offset(view, pos, endpos, True)
        return None if k is None else self.rx.match(text, pos, endpos)


def split(fast: Caseless) -> Caseless:
    """fast as a Split when its twin's alternation splits (see `parts`), else fast."""
    if type(fast) is not Caseless or not fast.folds:
        return fast
    got = parts(fast.twin.pattern, fast.twin.flags)
    return fast if got is None else Split(fast.rx, *got)
