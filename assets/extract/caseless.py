"""Case-insensitive patterns run as case-sensitive ones on lowercased text (same matches, faster).

sre tries an IGNORECASE pattern about three times slower than the same pattern without the flag.
For a text whose lowercasing only maps ASCII A-Z to a-z (`simple_lower`: every other character is
its own lowercase form and none matches an ASCII letter case-insensitively, like the long s or the
Kelvin sign), a pattern P compiled with re.I matches at exactly the offsets, with exactly the
group spans, where its lowercased twin P' (every letter outside escapes and group names in lower
case, no flag) matches the lowercased text. `Caseless` wraps P: it finds matches with P' and
returns P's own match at the same offset (so groups hold the original text), or runs P itself on
any other text. `needed` reads off the parsed pattern literals one of which every match holds;
when none of a few such literals occurs in the (lowercased) text, the wrapper answers "no match"
without a scan, for case-sensitive patterns too. `adopt` wraps the patterns of a module namespace
(also inside dicts, lists and tuples), so rules keep being written as plain `re.compile(...)`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, MutableMapping
from functools import lru_cache
from re import _compiler, _parser
from re import _constants as C  # noqa: N812 - sre opcodes (the parser's own names)
from typing import Any

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CASE_SENSITIVE_PART = re.compile(r"\(\?[a-zA-Z]*-[a-zA-Z]*i")     # "(?-i:...)" in a re.I pattern
END = sys.maxsize     # endpos when none is given (as sre's own methods take it)


@lru_cache(maxsize=1)
def folding() -> frozenset[str]:
    """Non-ASCII characters that match an ASCII letter case-insensitively (long s, Kelvin sign)."""
    return frozenset(c for c in map(chr, range(0x80, 0x10000))     # none beyond the BMP
                     if (c.lower() != c.upper() or c.casefold() != c)
                     and re.fullmatch("[a-z]", c, re.I))


def simple_lower(text: str) -> str | None:
    """text.lower() when it changes nothing but ASCII capitals and no character of text matches
    an ASCII letter case-insensitively unless it is one; else None."""
    low = text.lower()
    if text.isascii():
        return low
    if len(low) != len(text):
        return None
    fold = folding()
    for c in set(_NON_ASCII.findall(text)):
        if c.lower() != c or c in fold:
            return None
    return low


# the last text lowered and its simple_lower, as one tuple (rebinding it is atomic, so a thread
# never pairs one text with another's lowercase form)
_LAST: tuple[str, str | None] = ("", "")
# every text lowered since `forget` (the article's): the finders take turns on a sentence, its
# clauses and the article, so the one-text memo above alone missed 4 times in 10 (each text is
# its own key: a thread never reads another text's form)
_LOWS: dict[str, str | None] = {}
_LOWS_MAX = 2048    # (a bound for callers that never call forget)
_MISS = object()


def _lowered(text: str) -> str | None:
    global _LAST
    low = _LOWS.get(text, _MISS)
    if low is _MISS:
        if len(_LOWS) >= _LOWS_MAX:
            _LOWS.clear()
        low = _LOWS[text] = simple_lower(text)
    _LAST = (text, low)
    return low      # type: ignore[return-value]


def lowered(text: str) -> str | None:
    """simple_lower(text), computed once per text while an article is extracted."""
    last = _LAST
    return last[1] if last[0] is text else _lowered(text)


def lowered_for(rx: object, text: str) -> str | None:
    """The lowercased text when rx is a re.I Caseless pattern that can scan it with its twin."""
    return _lowered(text) if isinstance(rx, Caseless) and type(rx) is not Relaxed and rx.folds \
        else None


def relaxed_view(rx: object, text: str) -> str | None:
    """The lowercased text when rx is a Relaxed pattern that can scan it with its twin (a twin
    match at an offset tells only that the pattern itself may match there)."""
    return _lowered(text) if type(rx) is Relaxed else None


_ARTICLE_MEMOS: list[dict] = []


def article_memo() -> dict:
    """A dict for answers kept per text while one article is extracted, emptied by `forget` with
    the lowercased texts: no answer outlives its article, so repeating an article (the speed
    benchmark does) costs what the first pass did."""
    memo: dict = {}
    _ARTICLE_MEMOS.append(memo)
    return memo


def kept_per_text(compute: Callable[[str, list], list]) -> Callable[[str, list], list]:
    """compute(t, have), its answer kept per text t while one article is extracted (have must
    depend on t alone: the extractor asks about a sentence more than once with the same have);
    each call returns a fresh list."""
    memo = article_memo()

    def answer(t: str, have: list) -> list:
        got = memo.get(t)
        if got is None:
            if len(memo) > 2048:    # (a bound for callers that never call forget)
                memo.clear()
            got = memo[t] = compute(t, have)
        return list(got)
    answer.__doc__ = compute.__doc__
    return answer


def forget() -> None:
    """Drop the memos of lowercased texts and every `article_memo` (called when an article is
    done)."""
    global _LAST
    _LAST = ("", "")
    _LOWS.clear()
    for memo in _ARTICLE_MEMOS:
        memo.clear()


def lower_source(src: str) -> str:
    """The pattern source with every letter in lower case except escapes (\\S, \\x4A, \\N{...})
    and group names ((?P<Name>, (?P=Name))."""
    out = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            j = i + 2
            if src.startswith("N{", i + 1):
                j = src.index("}", i) + 1
            out.append(src[i:j])
            i = j
        elif src.startswith(("(?P<", "(?P="), i):
            j = src.index(">" if src[i + 3] == "<" else ")", i) + 1
            out.append(src[i:j])
            i = j
        else:
            out.append(c.lower())
            i += 1
    return "".join(out)


def needed(src: str, flags: int = 0) -> frozenset[str] | None:
    """Literals one of which every match of the pattern holds (None: no such set is known),
    read off the parsed pattern: a run of literal characters, or a group, an alternation whose
    branches all have such sets, or a repeat of at least one; the longest choice is kept."""
    try:
        return _needed(_parser.parse(src, flags).data)
    except (re.error, TypeError, ValueError, AttributeError):
        return None


def _needed(items: list) -> frozenset[str] | None:
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(frozenset(["".join(run)]))
            run = []
        sub = None
        if op is C.SUBPATTERN:
            sub = _needed(av[3].data) if not av[1] and not av[2] else None
        elif op is C.ATOMIC_GROUP:
            sub = _needed(av.data)
        elif op is C.BRANCH:
            alts = [_needed(b.data) for b in av[1]]
            sub = frozenset().union(*alts) if alts and all(alts) else None
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _needed(av[2].data)
        if sub:
            found.append(sub)
    if not found:
        return None
    return max(found, key=lambda lits: (min(map(len, lits)), -len(lits)))


def factored(src: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(src, flags) with every alternation's branches that start with the same
    literal character (within a run of such branches) merged behind that character, recursively:
    "hit|hits|hitting|attacked" is tried as "hit(?:|s|ting)|attacked", a trie sre walks with one
    character test per level instead of one per branch. Same matches, groups and backtracking
    order: at any offset only branches starting with the character there can match, their order
    is kept, and a branch that starts otherwise (a lookbehind, a class) ends a run, so no branch
    moves past it. A pattern that then starts with a word boundary and literal characters
    ("\\bdrones?", "\\b(?:killed|kills)" = "\\bkill(?:ed|s)") is written as the literals and a
    lookbehind for the boundary ("kill(?<=\\bkill)(?:ed|s)": the same test at the same offset), so
    sre's search jumps between occurrences of the literal prefix instead of trying every offset.
    Alternatives led by lookbehinds, groups, few-letter classes or optional parts are brought
    into the tries (`_literal_first`, `_distributed`) and one-class repeats are made possessive
    where giving a character back cannot help (`_possessive`): the same matches again.
    The pattern's `.pattern` is src."""
    try:
        return compiled(src, factored_tree(src, flags), flags)
    except Exception:   # noqa: BLE001 - any surprise in sre internals: the plain pattern
        return re.compile(src, flags)


def compiled(src: str, tree: _parser.SubPattern, flags: int = 0) -> re.Pattern[str]:
    """The pattern sre runs for a parsed (and maybe rewritten) tree; its `.pattern` is src."""
    code = _code(tree, flags)
    index = [None] * tree.state.groups
    for name, k in tree.state.groupdict.items():
        index[k] = name
    return _compiler._sre.compile(src, flags | tree.state.flags, code, tree.state.groups - 1,
                                  tree.state.groupdict, tuple(index))


class _Widened(_parser.SubPattern):
    """A parsed pattern led by a character class every match starts with, reporting the
    pattern's own width: sre's compile info built from it has that class as a search filter."""

    def __init__(self, tree: _parser.SubPattern, first: list) -> None:
        super().__init__(tree.state, [(C.IN, first), *tree.data])
        self._width = tree.getwidth()

    def getwidth(self) -> tuple[int, int]:
        return self._width


def _code(tree: _parser.SubPattern, flags: int) -> list:
    """sre code for tree (as _compiler._code); when sre finds no literal prefix or first
    character set itself (a pattern led by a boundary and an alternation, "\\b(?:struck|hit|...)")
    but every match starts with a character of a known set, the compile info carries that set,
    so search tries the pattern only where such a character stands (the tries it skips could not
    match: same matches)."""
    flags |= tree.state.flags
    first = None
    if not _compiler._get_literal_prefix(tree, flags)[0] and _compiler._get_charset_prefix(
            tree, flags) is None and tree.getwidth()[0] > 0:
        first, empty = first_chars(tree.data)
        first = None if empty else first
    code: list = []
    _compiler._compile_info(code, _Widened(tree, first) if first else tree, flags)
    _compiler._compile(code, tree.data, flags)
    code.append(C.SUCCESS)
    return code


def first_chars(items: list) -> tuple[list | None, bool]:
    """Set items (LITERAL, RANGE, CATEGORY) one of which every match of the sequence starts
    with, and whether it can match empty (then what follows it may come first); None: unknown."""
    out: list = []
    for op, av in items:
        if op is C.LITERAL:
            return out + [(op, av)], False
        if op is C.IN:
            if any(o not in (C.LITERAL, C.RANGE, C.CATEGORY) for o, _ in av):
                return None, False      # (a negated class: nothing worth filtering by)
            return out + list(av), False
        if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
            continue    # zero-width: the next item consumes the first character
        if op is C.BRANCH:
            empty = False
            for alt in av[1]:
                got, e = first_chars(alt.data)
                if got is None:
                    return None, False
                out += got
                empty = empty or e
        elif op is C.SUBPATTERN and not av[1] and not av[2]:
            got, empty = first_chars(av[3].data)
            if got is None:
                return None, False
            out += got
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            got, empty = first_chars(av[2].data)
            if got is None:
                return None, False
            out += got
            empty = empty or av[0] == 0
        elif op is C.ATOMIC_GROUP:
            got, empty = first_chars(av.data)
            if got is None:
                return None, False
            out += got
        else:
            return None, False
        if not empty:
            return out, False
    return out, True


def factored_tree(src: str, flags: int = 0) -> _parser.SubPattern:
    """The parsed pattern as `factored` rewrites it (tries, a leading boundary as lookbehind)."""
    return refactored(_parser.parse(src, flags))


def refactored(tree: _parser.SubPattern) -> _parser.SubPattern:
    """tree (parsed) rewritten in place as `factored` runs it."""
    _factor(tree)
    if not tree.state.flags & re.IGNORECASE:
        _possessive(tree)
    data = tree.data
    if len(data) < 2 or data[0] != (C.AT, C.AT_BOUNDARY):
        return tree
    op, av = data[1]
    if op is C.LITERAL:     # "\bkill..." -> "kill(?<=\bkill)..."
        k = 1
        while k < len(data) and data[k][0] is C.LITERAL:
            k += 1
        head, rest = data[1:k], data[k:]
    elif op is C.IN:        # "\b[\d,]..." -> "[\d,](?<=\b[\d,])..."
        head, rest = data[1:2], data[2:]
    elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1 and len(
            av[2].data) == 1 and av[2].data[0][0] in (C.LITERAL, C.IN):
        # "\b\d{1,2}:" -> "\d(?<=\b\d)\d{0,1}:": one character, then the repeat one shorter
        # (a single character per step: the same lengths tried in the same order)
        lo, hi = av[0] - 1, av[1] if av[1] is C.MAXREPEAT else av[1] - 1
        head = av[2].data[:]
        rest = ([(op, (lo, hi, av[2]))] if hi is C.MAXREPEAT or hi > 0 else []) + data[2:]
    else:
        return tree
    behind = _parser.SubPattern(tree.state, [data[0], *head])
    tree.data = [*head, (C.ASSERT, (-1, behind)), *rest]
    return tree


def _factor(sub: _parser.SubPattern) -> None:
    data: list = []
    for op, av in sub.data:
        if op is C.BRANCH:
            for alt in av[1]:
                _factor(alt)
                _literal_first(alt)
            alts = _merged(sub.state, _distributed(sub.state, av[1]))
            if len(alts) == 1:      # one branch left: its items in sequence are the same
                data += alts[0].data
            else:
                data.append((C.BRANCH, (None, alts)))
            continue
        data.append((op, av))
        if op is C.SUBPATTERN:
            _factor(av[3])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _factor(av[2])
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _factor(av[1])
        elif op is C.ATOMIC_GROUP:
            _factor(av)
        elif op is C.GROUPREF_EXISTS:
            _factor(av[1])
            if av[2] is not None:
                _factor(av[2])
    sub.data = data


def _literal_first(alt: _parser.SubPattern) -> None:
    """An alternative led by lookbehinds and a literal character ("(?<!no )hits") rewritten in
    place as the character and the lookbehinds each widened by it ("h(?<!no h)its"): where the
    character stands, a lookbehind ending just after it tests the same characters before it,
    so the same offsets match, and the alternative joins its letter's trie (a lookbehind-led
    branch ends a run in `_merged` and is tried at every word start)."""
    data = alt.data
    k = 0
    while k < len(data) and data[k][0] in (C.ASSERT, C.ASSERT_NOT) and data[k][1][0] < 0:
        k += 1
    if not k or k == len(data) or data[k][0] is not C.LITERAL \
            or any(_holds_group(av[1].data) for _, av in data[:k]):
        return
    lit = data[k]
    alt.data = [lit, *[(op, (d, _parser.SubPattern(alt.state, [*behind.data, lit])))
                       for op, (d, behind) in data[:k]], *data[k + 1:]]


# category pairs no character belongs to both of (tests/extract/test_pattern_rewrites.py)
_APART = {frozenset(p) for p in ((C.CATEGORY_WORD, C.CATEGORY_SPACE),
                                 (C.CATEGORY_DIGIT, C.CATEGORY_SPACE),
                                 (C.CATEGORY_WORD, C.CATEGORY_NOT_WORD),
                                 (C.CATEGORY_DIGIT, C.CATEGORY_NOT_DIGIT),
                                 (C.CATEGORY_SPACE, C.CATEGORY_NOT_SPACE))}
_CATEGORY = {C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W", C.CATEGORY_SPACE: r"\s",
             C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D"}


def _possessive(sub: _parser.SubPattern) -> None:
    r"""Greedy repeats of one character class made possessive, in place, where what follows in
    the same sequence must start with a character outside the class ("[\w\-]+,?\s+" =
    "[\w\-]++,?\s+"): giving a character back would leave the rest to start on a character of
    the class, which it cannot, so no match is lost or changed; only the failing tries go (a
    word's letters given back one by one at each failed attempt). Case-sensitive patterns only
    (with IGNORECASE a literal would stand for its other case too); inline flags and
    lookbehinds are left alone."""
    data = sub.data
    for i, (op, av) in enumerate(data):
        if op is C.MAX_REPEAT and len(av[2].data) == 1 and av[2].data[0][0] in (C.IN, C.LITERAL):
            one = av[2].data[0]
            chars = one[1] if one[0] is C.IN else [one]
            follow, empty = first_chars(data[i + 1:])
            if follow is not None and not empty and _disjoint(chars, follow):
                data[i] = (C.POSSESSIVE_REPEAT, av)
                continue
        if op is C.SUBPATTERN and not av[1] and not av[2]:
            _possessive(av[3])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _possessive(av[2])
        elif op is C.BRANCH:
            for alt in av[1]:
                _possessive(alt)
        elif op is C.ATOMIC_GROUP:
            _possessive(av)
        elif op in (C.ASSERT, C.ASSERT_NOT) and av[0] >= 0:
            _possessive(av[1])


def _disjoint(a: list, b: list) -> bool:
    """No character is in both sets (items LITERAL, RANGE, CATEGORY; anything else: unknown)."""
    return all(_apart(x, y) for x in a for y in b)


def _apart(x: tuple, y: tuple) -> bool:
    if x[0] is C.CATEGORY and y[0] is C.CATEGORY:
        return frozenset((x[1], y[1])) in _APART
    if x[0] is C.CATEGORY:
        x, y = y, x
    if x[0] is C.LITERAL:
        lo = hi = x[1]
    elif x[0] is C.RANGE:
        lo, hi = x[1]
    else:
        return False
    if y[0] is C.LITERAL:
        return not lo <= y[1] <= hi
    if y[0] is C.RANGE:
        return y[1][1] < lo or hi < y[1][0]
    if y[0] is not C.CATEGORY or y[1] not in _CATEGORY or hi - lo > 4096:
        return False
    one = re.compile(_CATEGORY[y[1]])
    return not any(one.match(chr(c)) for c in range(lo, hi + 1))


def _distributed(state: Any, alts: list) -> list:
    """The alternatives with each one led by a plain group of alternatives, a class of a few
    characters or a greedy optional part, and followed by no group ("(?:has|have) been|[Tt]he
    city|(?:oil )?depot") spelled out as one alternative per inner one ("has been|have been|The
    city|the city|oil depot|depot"): sre tries them in the same order (each inner alternative,
    the optional part before its absence, with what follows, before the next), so the matches
    are the same, and each now joins its letter's trie (an alternative led otherwise ends a run
    in `_merged`)."""
    out: list = []
    for alt in alts:
        data = alt.data
        heads = _heads(data[0]) if data else None
        if heads and not _holds_group(data[1:]):
            inner = [_parser.SubPattern(state, [*head, *data[1:]]) for head in heads]
            for b in inner:
                _literal_first(b)
            out += _distributed(state, inner)
        else:
            out.append(alt)
    return out


def _heads(lead: tuple) -> list[list] | None:
    """The item sequences an alternative's first item stands for, in the order sre tries them,
    when it is a plain group of alternatives, a class of two to four characters ("[Tt]": "T",
    "t") or a greedy optional part ("(?:oil )?": "oil ", nothing); else None."""
    op, av = lead
    if op is C.SUBPATTERN and av[0] is None and not av[1] and not av[2] and len(av[3].data) == 1:
        op, av = av[3].data[0]      # ((?:...) is parsed inline, but for flags)
    if op is C.BRANCH:
        return [alt.data for alt in av[1]]
    if op is C.IN and 1 < len(av) <= 4 and all(o is C.LITERAL for o, _ in av):
        return [[item] for item in av]
    if op is C.MAX_REPEAT and av[:2] == (0, 1):
        return [av[2].data, []]
    return None


def _holds_group(items: list) -> bool:
    """A capturing group or a group reference occurs in items (kept where they were)."""
    for op, av in items:
        if op in (C.GROUPREF, C.GROUPREF_EXISTS) or op is C.SUBPATTERN and av[0] is not None:
            return True
        subs = ([av[3]] if op is C.SUBPATTERN else [av[2]] if op in (
            C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) else [av[1]] if op in (
            C.ASSERT, C.ASSERT_NOT) else av[1] if op is C.BRANCH else [av] if op is
            C.ATOMIC_GROUP else [])
        if any(_holds_group(x.data) for x in subs):
            return True
    return False


def _merged(state: Any, alts: list) -> list:
    out: list = []
    run: dict[int, list] = {}     # first character -> branches (dicts keep first-seen order)

    def flush() -> None:
        for c, same in run.items():
            if len(same) == 1:
                out.append(same[0])
                continue
            inner = _parser.SubPattern(state, [(C.BRANCH, (None, [
                _parser.SubPattern(state, alt.data[1:]) for alt in same]))])
            _factor(inner)
            out.append(_parser.SubPattern(state, [(C.LITERAL, c), *inner.data]))
        run.clear()

    for alt in alts:
        if alt.data and alt.data[0][0] is C.LITERAL:
            run.setdefault(alt.data[0][1], []).append(alt)
        else:
            flush()
            out.append(alt)
    flush()
    return out


class Caseless:
    """A compiled pattern behind a literal gate; a re.I one scans lowercased text with its
    case-sensitive twin when it can. Every method answers what the pattern's own method does."""

    def __init__(self, rx: re.Pattern[str], source: str | None = None) -> None:
        self.rx = rx
        self.pattern = rx.pattern
        self.flags = rx.flags
        self.groupindex = rx.groupindex
        self.groups = rx.groups
        self.folds = bool(rx.flags & re.IGNORECASE)
        # (a re.I twin only finds offsets: its matches are never returned; a case-sensitive
        # pattern's twin is the pattern itself, factored: the same matches and group spans)
        self.twin = factored(lower_source(source or rx.pattern), rx.flags & ~re.IGNORECASE) \
            if self.folds else factored(rx.pattern, rx.flags)
        lits = needed(self.twin.pattern, self.twin.flags)
        # a few literals of two or more characters: testing them is cheaper than a scan
        self.gate = tuple(sorted(lits)) if lits and len(lits) <= 8 and min(
            map(len, lits)) >= 2 else ()

    def _view(self, text: str) -> str | None:
        """The text the twin scans (lowercased for a re.I pattern), or None when only the
        pattern itself can tell (odd letters)."""
        if not self.folds:
            return text
        return _lowered(text)

    def absent(self, view: str) -> bool:
        """No literal every match needs occurs in the text: no match."""
        for w in self.gate:
            if w in view:
                return False
        return bool(self.gate)

    def search(self, text: str, pos: int = 0, endpos: int = END) -> re.Match[str] | None:
        view = text     # (_view and absent inlined: this is the hottest call)
        if self.folds:
            last = _LAST
            view = last[1] if last[0] is text else _lowered(text)
            if view is None:
                return self.rx.search(text, pos, endpos)
        for w in self.gate:
            if w in view:
                break
        else:
            if self.gate:
                return None
        m = self.twin.search(view, pos, endpos)
        return self.rx.match(text, m.start(), endpos) if m and self.folds else m

    def match(self, text: str, pos: int = 0, endpos: int = END) -> re.Match[str] | None:
        # (no gate: a match at one offset fails in a few steps, where the gate tests its
        # literals over the whole text; the answer is the same, as every match holds one)
        view = text     # (as in search)
        if self.folds:
            last = _LAST
            view = last[1] if last[0] is text else _lowered(text)
            if view is None:
                return self.rx.match(text, pos, endpos)
        m = self.twin.match(view, pos, endpos)
        return self.rx.match(text, pos, endpos) if m and self.folds else m

    def fullmatch(self, text: str, pos: int = 0, endpos: int = END) -> re.Match[str] | None:
        view = self._view(text)
        if view is None or (not self.absent(view) and self.twin.fullmatch(view, pos, endpos)):
            return self.rx.fullmatch(text, pos, endpos)
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = END) -> Iterator[re.Match[str]]:
        view = text     # (as in search)
        if self.folds:
            last = _LAST
            view = last[1] if last[0] is text else _lowered(text)
            if view is None:
                return self.rx.finditer(text, pos, endpos)
        for w in self.gate:
            if w in view:
                break
        else:
            if self.gate:
                return iter(())
        if not self.folds:
            return self.twin.finditer(text, pos, endpos)
        match = self.rx.match
        return iter([match(text, m.start(), endpos) for m in self.twin.finditer(view, pos, endpos)])

    def findall(self, text: str, pos: int = 0, endpos: int = END) -> list[Any]:
        view = self._view(text)
        if view is None or (not self.absent(view) and self.twin.search(view, pos, endpos)):
            return self.rx.findall(text, pos, endpos)
        return []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        view = self._view(text)
        if view is None or (not self.absent(view) and self.twin.search(view)):
            return self.rx.sub(repl, text, count)
        return text

    def subn(self, repl: str | Callable[[re.Match[str]], str], text: str,
             count: int = 0) -> tuple[str, int]:
        view = self._view(text)
        if view is None or (not self.absent(view) and self.twin.search(view)):
            return self.rx.subn(repl, text, count)
        return text, 0

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        view = self._view(text)
        if view is None or (not self.absent(view) and self.twin.search(view)):
            return self.rx.split(text, maxsplit)
        return [text]


def first_confirmed(search: Callable[..., re.Match[str] | None],
                    match: Callable[..., re.Match[str] | None], text: str, view: str, pos: int,
                    endpos: int) -> re.Match[str] | None:
    """The first offset from pos where search (a wider pattern, on view) finds a start that
    match (the pattern itself, on text) confirms: the pattern's leftmost match."""
    while (m := search(view, pos, endpos)) is not None:
        found = match(text, m.start(), endpos)
        if found:
            return found
        pos = m.start() + 1
    return None


class Relaxed(Caseless):
    """A re.I pattern whose only case-sensitive parts are capitals, "(?-i:[A-Z])" (not inside a
    negative lookaround): its twin reads each as any lowercase letter, so the twin matches
    wherever the pattern does (and maybe elsewhere); every offset where it matches, in order, is
    checked with the pattern itself, so the first that holds is the pattern's leftmost match.
    Only for patterns that cannot match empty (finditer goes on from each match's end)."""

    CAPITAL = "(?-i:[A-Z])"

    def _first(self, text: str, view: str, pos: int, endpos: int) -> re.Match[str] | None:
        return first_confirmed(self.twin.search, self.rx.match, text, view, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = END) -> re.Match[str] | None:
        view = self._view(text)
        if view is None:
            return self.rx.search(text, pos, endpos)
        return None if self.absent(view) else self._first(text, view, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = END) -> re.Match[str] | None:
        view = self._view(text)     # (no gate, as in Caseless.match)
        if view is None or self.twin.match(view, pos, endpos):
            return self.rx.match(text, pos, endpos)
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = END) -> Iterator[re.Match[str]]:
        view = self._view(text)
        if view is None:
            return self.rx.finditer(text, pos, endpos)
        out = []
        m = None if self.absent(view) else self._first(text, view, pos, endpos)
        while m is not None:
            out.append(m)
            m = self._first(text, view, m.end(), endpos)
        return iter(out)


def _relaxable(rx: re.Pattern[str]) -> bool:
    """rx's case-sensitive parts are all Relaxed.CAPITAL, none inside a negative lookaround,
    and rx cannot match empty."""
    if _CASE_SENSITIVE_PART.search(rx.pattern.replace(Relaxed.CAPITAL, "")):
        return False
    tree = _parser.parse(rx.pattern, rx.flags)
    if tree.getwidth()[0] == 0:
        return False

    def negated(items: list, under: bool) -> bool:
        for op, av in items:
            if op is C.SUBPATTERN and av[2] & re.IGNORECASE and under:
                return True
            subs = ([av[3]] if op is C.SUBPATTERN else [av[2]] if op in (
                C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) else [av[1]] if op in (
                C.ASSERT, C.ASSERT_NOT) else av[1] if op is C.BRANCH else [av] if op is
                C.ATOMIC_GROUP else [x for x in av[1:] if x is not None] if op is
                C.GROUPREF_EXISTS else [])
            if any(negated(x.data, under or op is C.ASSERT_NOT) for x in subs):
                return True
        return False

    return not negated(tree.data, False)


def adopt(namespace: MutableMapping[str, Any]) -> None:
    """Wrap every re.I pattern among the values of namespace (a module's globals()), also inside
    dicts, lists and tuples held there."""
    for name, value in list(namespace.items()):
        if not name.startswith("__"):
            namespace[name] = wrap(value)


def gate(rx: Any, words: tuple[str, ...]) -> Any:
    """rx (wrapped by `adopt`) answering "no match" without a scan when none of words occurs in
    the text (lowercased for a re.I pattern): a hand-picked gate for a pattern that seldom
    matches, whose own literals (`needed`) are common words. Every match must hold one of words
    (tests/extract/test_gate_coverage.py checks). A dozen substring tests cost about as much as
    a scan of a sentence: worth it only when they let few sentences through."""
    if isinstance(rx, Caseless) and type(rx) is not Relaxed:
        rx.gate = tuple(words)
    return rx


def wrap(value: Any) -> Any:
    """value with its re.I patterns wrapped (dicts and lists in place, tuples rebuilt)."""
    if isinstance(value, re.Pattern):
        if value.flags & re.IGNORECASE and _CASE_SENSITIVE_PART.search(value.pattern):
            if _relaxable(value):   # capitals only: a twin that may match more, checked
                return Relaxed(value, value.pattern.replace(Relaxed.CAPITAL, "[a-z]"))
            return value    # another case-sensitive group: its twin would not be equivalent
        fast = Caseless(value)
        if fast.folds:
            from .wide_starts import split  # (it builds on this module)
            return split(fast)
        if fast.gate:
            return fast
        # a case-sensitive pattern without a gate: its factored form (a plain re.Pattern, the
        # same matches and group spans; sre skips the offsets no match can start at)
        return fast.twin if value.flags & re.IGNORECASE == 0 else value
    if isinstance(value, dict):
        for k, v in value.items():
            value[k] = wrap(v)
    elif isinstance(value, list):
        value[:] = [wrap(v) for v in value]
    elif isinstance(value, tuple) and any(isinstance(v, re.Pattern | tuple) for v in value):
        return tuple(wrap(v) for v in value)
    return value
