"""Places of each sentence of an article, read from the shared tokens (the spike's place family).

One scan over the article's type string finds the capitalized tokens (code "C"); a token that can
open a name (place_index.head: one dict lookup, memoized) is tried as a 3-, 2- and 1-gram against
the one dict of normalized names (place_index.index). The words right after a hit decide its
kind as `places._raw` does: a stem before "region"/"oblast" is a region (plural "regions" marks a
list), a standalone name is a region, else a town picked as `places._pick` picks, else a bare
region stem. The rules of place_rules.BATCHES then work per sentence on the hits and their
neighbouring words, each batch in a module of its own: lists and districts (place_lists), "the
capital" (place_capitals), names that are no place and names missing from the gazetteer
(place_filters), namesakes (place_namesakes).
"""

from __future__ import annotations

import re

from . import place_rules as pr
from .place_capitals import capitals, regional_capital
from .place_filters import UNLISTED_WORDS, no_village, not_places, unlisted
from .place_found import Found, region_found, town_found
from .place_index import HEADS, Entry, head, index, norm_word, pick
from .place_lists import lists
from .place_namesakes import as_city, namesakes, siblings
from .tokens import Tokens

_CAP = re.compile("C")


class Places:
    """The place rules of batches up to `upto` (all by default)."""

    def __init__(self, upto: int | None = None) -> None:
        self.upto = max(pr.BATCHES) if upto is None else upto
        self.entries, self.firsts = index()
        self.surnames: frozenset[str] = frozenset()
        self.stems: frozenset[str] = frozenset()

    # -- the article -------------------------------------------------------------------------

    def by_sentence(self, tokens: Tokens, contexts: list[tuple[tuple[str, ...], bool]]
                    ) -> list[list[Found]]:
        """The places of each sentence of tokens, given each sentence's (ctx, hint): the
        regions of the article's earlier targets, and whether it speaks of "N regions"."""
        words = tokens.words
        memo = HEADS
        # the tokens that cue a name missing from the gazetteer ("village", "refinery"): one
        # set test for the article, their positions only when it has some
        cues = [i for i, w in enumerate(words) if w in UNLISTED_WORDS] \
            if self.upto >= 5 and not UNLISTED_WORDS.isdisjoint(words) else []
        cues.append(len(words))
        c = 0
        spans: list[tuple[int, int, list[tuple[int, str]], bool]] = []
        lo = 0
        for piece in tokens.types.split("|"):      # one type string per sentence
            hs: list[tuple[int, str]] = []
            if "C" in piece:
                for m in _CAP.finditer(piece):
                    i = lo + m.start()
                    h = memo.get(words[i], "")
                    if h == "":
                        h = head(words[i])
                    if h is not None:
                        hs.append((i, h))
            hi = lo + len(piece)
            cued = cues[c] < hi
            while cues[c] < hi:
                c += 1
            spans.append((lo, hi, hs, cued))
            lo = hi + 1
        heads = [hs for _, _, hs, _ in spans]
        self.surnames = self._surnames(words, heads) if self.upto >= 4 else frozenset()
        self.stems = self._stems(words, heads) if self.upto >= 6 else frozenset()
        out: list[list[Found]] = []
        capital = self.upto >= 3
        for k, (lo, hi, hs, cued) in enumerate(spans):
            text = tokens.sentences[k]
            if hs or cued or (capital and "capital" in text):
                ctx, hint = contexts[k]
                out.append(self.sentence(text, words, lo, hi, hs, ctx, hint, cued))
            else:
                out.append([])
        return out

    def _stems(self, words: list[str], heads: list[list[tuple[int, str]]]) -> frozenset[str]:
        """The names the article writes before "region" or "oblast" ("the Rostov region")."""
        n = len(words)
        return frozenset(h for hs in heads for i, h in hs
                         if i + 1 < n and words[i + 1] in pr.REGION_WORDS_AS_WRITTEN)

    def _surnames(self, words: list[str], heads: list[list[tuple[int, str]]]
                  ) -> frozenset[str]:
        """The names of towns under 100,000 people that follow a given name somewhere in the
        article ("Governor Alexander Gusev"): every bare mention of them is the person."""
        given = _given_names()
        out = set()
        for hs in heads:
            for i, h in hs:
                if i and words[i - 1].lower() in given:
                    e = self.entries.get(h)
                    if e is not None and e.towns and max(c.population for c in e.towns) \
                            < 100_000:
                        out.add(h)
        return frozenset(out)

    # -- one sentence ------------------------------------------------------------------------

    def sentence(self, text: str, words: list[str], lo: int, hi: int,
                 heads: list[tuple[int, str]], ctx: tuple[str, ...], hint: bool,
                 cued: bool = True) -> list[Found]:
        """The places of one sentence: text, its tokens [lo, hi) of words, the heads among
        them (place_index.head), the article's regions so far, the "N regions" hint and
        whether it holds a word that cues a name missing from the gazetteer."""
        found = self._raw(words, lo, hi, heads, ctx)
        if self.upto >= 4 and found:
            found = not_places(text, words, lo, found)
        if self.upto >= 6 and found:
            found = namesakes(text, words, hi, found)
        if self.upto >= 2 and found:
            found = lists(text, words, lo, hi, found, hint, self.upto >= 7)
        else:
            found = [f for f in found if f.kind != "stem"]
        if self.upto >= 5 and cued:
            if "village of" in text or "hamlet of" in text:
                found = [f for f in found if not no_village(words, lo, f)]
            found += unlisted(words, lo, hi, found, ctx)
            found.sort(key=lambda f: f.start)
        if self.upto >= 7 and len(found) > 1:
            found = siblings(found, ctx)
        if self.upto >= 6 and found:
            found = as_city(words, lo, found, "the city" in text)
        if self.upto >= 3 and "capital" in text:
            found += capitals(words, lo, hi, found)
            if self.upto >= 7 and "regional c" in text:
                found += regional_capital(words, lo, hi, found, ctx)
            found.sort(key=lambda f: f.start)
        elif self.upto >= 7 and "regional c" in text:
            found += regional_capital(words, lo, hi, found, ctx)
            found.sort(key=lambda f: f.start)
        return found

    def _raw(self, words: list[str], lo: int, hi: int, heads: list[tuple[int, str]],
             ctx: tuple[str, ...]) -> list[Found]:
        """The gazetteer hits, longest name first at each token, as places._raw reads them."""
        entries, firsts = self.entries, self.firsts
        out: list[Found] = []
        after = lo
        for i, h in heads:
            if i < after:
                continue
            for n in (3, 2, 1) if h in firsts else (1,):
                end = i + n
                if end > hi:
                    continue
                if n > 1:
                    parts = [norm_word(w) for w in words[i + 1:end]]
                    if None in parts:
                        continue
                    key = " ".join([h, *parts])  # type: ignore[list-item]
                else:
                    key = h
                e = entries.get(key)
                if e is None:
                    continue
                hit = self._read(words, i, end, hi, e, ctx)
                if hit is not None:
                    out.append(hit)
                    after = end if hit.end <= end else hit.end
                    break
        return out

    def _read(self, words: list[str], i: int, end: int, hi: int, e: Entry,
              ctx: tuple[str, ...]) -> Found | None:
        nxt = words[end].lower() if end < hi else ""
        if e.region is not None:
            if nxt in ("people's", "people’s") and end + 1 < hi and words[end + 1] == "Republic":
                return region_found(i, end + 2, e.region, "region", e)
            if nxt.endswith(("'s", "’s")):
                nxt = nxt[:-2]      # "the Kharkiv Region's prosecutor"
            if nxt in pr.REGION_WORDS:
                kind = "plural" if nxt in pr.PLURAL_REGION_WORDS else "region"
                return region_found(i, end + 1, e.region, kind, e)
            if nxt in pr.BORDER_WORDS and end + 1 < hi and words[end + 1] in pr.BORDER_NOUNS:
                return region_found(i, end, e.region, "region", e)
        if e.standalone is not None:
            return region_found(i, end, e.standalone, "standalone", e)
        if e.towns:
            if self.upto >= 4 and end == i + 1 and (self._person(words, i, hi, e.small)
                                                    or e.key in self.surnames):
                return None
            town = pick(e, ctx)
            if e.region is not None and e.key in self.stems and town.population < 100_000 \
                    and town.admin1 != e.region.admin1:
                # "44 drones downed over Rostov" in an article about "the Rostov region": the
                # region's stem, not a small namesake town elsewhere
                return region_found(i, end, e.region, "stem", e)
            return town_found(i, end, town, e)
        if e.region is not None:
            return region_found(i, end, e.region, "stem", e)
        return None

    def _person(self, words: list[str], i: int, hi: int, small: bool) -> bool:
        """A small place's name before a capitalized word that names nothing ("Serhii Nadal"),
        or a name after a given name ("Governor Alexander Gusev")."""
        if small and i + 1 < hi and (nw := norm_word(words[i + 1])) is not None \
                and nw not in self.entries and words[i + 1][0].isupper():
            return True
        return i > 0 and words[i - 1].lower() in _given_names()




_GIVEN: frozenset[str] | None = None


def _given_names() -> frozenset[str]:
    global _GIVEN
    if _GIVEN is None:
        from assets.extract.places import _given_names as given
        _GIVEN = given()
    return _GIVEN
