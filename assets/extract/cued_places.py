"""Place filters gated by cue words: the words tested once a sentence, then a test per place.

Several rules drop a place that a sentence names only for something other than a strike: where
power was cut (`outage_places`), a place a report leaves out (`left_out`), a venue or where a
briefing was given (`venues`), a place named only in a side's silence about a strike
(`no_comment`), where sea drones were heading (`boats_heading`). Each reads the words around
the place with a pattern, and each pattern can match only when the sentence holds one of the
rule's cue words. `cued_filter` is
their common shape: a substring test of the cue words once a sentence, before any pattern runs,
and only then the rule's own test on each place.
"""

from __future__ import annotations

from collections.abc import Callable

from .places import Mention

PlaceTest = Callable[[str, Mention], bool]
PlaceFilter = Callable[[str, list[Mention]], list[Mention]]


def cued_filter(cues: tuple[str, ...], named_only: PlaceTest) -> PlaceFilter:
    """The filter (text, places) -> places without those `named_only(text, m)` picks, when text
    holds one of cues; places itself (the same list) when it holds none or places is empty.
    (A closure, not a call through a helper, and a plain loop over the cues, not an `any()`
    generator: the filters run on every sentence with a place.)"""
    def without(text: str, places: list[Mention]) -> list[Mention]:
        if places:
            for w in cues:
                if w in text:
                    return [m for m in places if not named_only(text, m)]
        return places
    return without
