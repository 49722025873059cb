"""The plumbing of moving a settlement mention to a namesake: the gazetteer places that share
its name, those of some regions, and the mention rebuilt at one of them or as an unlisted place
of a region (1.37.0 tidy).

The rules that move a mention (`places._repick`, `places.same_region_namesake`,
`places.home_village`, `places._district_located`, `places._moved`, `sibling_namesakes`,
`sibling_villages`, `adjectival_districts`, `namesakes.home_namesake`) each keep their own test of
when to move and their own pick of which namesake; they look the namesakes up and build the moved
mention here.

A moved mention leaves its list (`Mention.group` -1, as `places` has always rebuilt it) unless
the caller passes its group on (`group=m.group`, as the sibling rules keep it).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .gazetteer import Region, Settlement, load, norm

if TYPE_CHECKING:
    from .places import Mention


def namesakes_of(text: str, m: Mention) -> Sequence[Settlement]:
    """Every gazetteer settlement named as m is written in text (none: an empty tuple)."""
    return load().settlements.get(norm(text[m.start:m.end]), ())


def in_regions(cands: Sequence[Settlement], admin1s: Collection[str]) -> list[Settlement]:
    """The namesakes of cands that lie in one of the regions admin1s, in their order."""
    return [c for c in cands if c.admin1 in admin1s]


def placed_at(m: Mention, cand: Settlement, group: int = -1) -> Mention:
    """m (a settlement mention, its span kept) as the gazetteer place cand."""
    reg = load().by_admin1.get(cand.admin1)
    return replace(m, country=cand.country, admin1=cand.admin1,
                   iso=reg.iso if reg is not None else None, location=cand.name, lat=cand.lat,
                   lon=cand.lon, level="settlement", group=group)


def unlisted_in(text: str, m: Mention, reg: Region, name: str | None = None,
                group: int = -1) -> Mention:
    """m as an unlisted settlement of region reg, at the region's centre, under `name` (default:
    spelled as written)."""
    return replace(m, country=reg.country, admin1=reg.admin1, iso=reg.iso,
                   location=text[m.start:m.end] if name is None else name, lat=reg.lat,
                   lon=reg.lon, level="settlement", group=group)
