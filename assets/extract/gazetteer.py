"""The gazetteer: regions (data/regions.csv) and settlements (data/settlements.csv), loaded once.

Lookups are by normalized name (lowercase, no apostrophes, no possessive). Settlement names can be
ambiguous (many villages share a name): `Gazetteer.settlements` maps a name to every candidate,
primary names before alternate spellings; places.py picks one using the article's regions.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Region:
    country: str
    admin1: str
    iso: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Settlement:
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    primary: bool       # the place's own name, or a spelling data/settlement_aliases.csv lists


@dataclass
class Gazetteer:
    regions: dict[str, Region]            # stem before "region"/"oblast" -> region
    standalone: dict[str, Region]         # names that denote a region alone ("crimea")
    by_admin1: dict[str, Region]          # canonical admin1 name -> region
    settlements: dict[str, list[Settlement]]
    countries: dict[str, tuple[float, float]]


_POSSESSIVE = re.compile(r"'s$")
_SPACES = re.compile(r"\s+")


def norm(name: str) -> str:
    s = name.lower()
    if s.isalpha():     # one plain word: nothing below would change it
        return s
    s = s.replace("\u2019", "'")
    s = _POSSESSIVE.sub("", s)
    return _SPACES.sub(" ", s.replace("'", "")).strip()


def skeleton(name: str) -> str:
    """A transliteration-blind spelling: lowercase letters only, kh/g/h and y/j/i merged
    ("Hulyaypole", "Huliai-Pole" and "Guljajpole" share "huliaipole")."""
    s = re.sub(r"[^a-z]", "", norm(name).replace("kh", "h"))
    s = s.replace("g", "h").replace("y", "i").replace("j", "i")
    return re.sub(r"i+", "i", s)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def _curated() -> dict[tuple[str, str], dict[str, frozenset[str]]]:
    """(country, canonical name) -> admin1 -> the spellings data/settlement_aliases.csv lists for
    that place. They are its names as much as the canonical one (1.33.0): "Nikolayev" is Mykolaiv
    (470,000 people), not the village of Nikolayev in Rostov Oblast (630) that GeoNames lists
    under that spelling, which won as the only candidate whose own name it was. A curated row
    without admin1 stands for the place's whole country ("*"): the builder raises such a place
    to 100,000 people or more, so only such a row of that name is the curated place
    (Zaporizhzhia Oblast also holds two hamlets named Zaporizhzhia). A row with admin1 names
    its place by name and region, and the place keeps its size (1.34.0: "the village of
    Chernomorskoye" is a village, not a city of 100,000 that places._no_village drops)."""
    out: dict[tuple[str, str], dict[str, frozenset[str]]] = {}
    for r in _rows(DATA / "settlement_aliases.csv"):
        names = frozenset(norm(a) for a in r["aliases"].split("|") if a)
        out.setdefault((r["country"], r["canonical"]), {})[r["admin1"] or "*"] = names
    return out


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Build the lookup tables once per process."""
    stop = {w.strip() for w in (DATA / "place_stopwords.txt").read_text().splitlines()
            if w.strip() and not w.startswith("#")}
    towns = _rows(DATA / "settlements.csv")
    sums: dict[str, list[float]] = {}
    for t in towns:
        acc = sums.setdefault(t["admin1"], [0.0, 0.0, 0.0])
        acc[0] += float(t["lat"])
        acc[1] += float(t["lon"])
        acc[2] += 1
    regions: dict[str, Region] = {}
    standalone: dict[str, Region] = {}
    by_admin1: dict[str, Region] = {}
    for r in _rows(DATA / "regions.csv"):
        lat, lon, n = sums.get(r["admin1"], [0.0, 0.0, 0.0])
        reg = Region(r["country"], r["admin1"], r["iso"], lat / n if n else 0.0,
                     lon / n if n else 0.0)
        by_admin1[reg.admin1] = reg
        for alias in filter(None, r["aliases"].split("|")):
            key = norm(alias.rstrip("*"))
            regions.setdefault(key, reg)
            if alias.endswith("*"):
                standalone[key] = reg
    settlements: dict[str, list[Settlement]] = {}
    curated = _curated()
    for t in towns:
        spellings = curated.get((t["country"], t["name"]), {})
        own = spellings[t["admin1"]] if t["admin1"] in spellings else spellings.get("*") \
            if int(t["population"] or 0) >= 100_000 else None
        names = [(t["name"], True)] + [(a, norm(a) in (own or ())) for a in t["aliases"].split("|")
                                       if len(a) >= 4]
        # "Dneprorudnoye" for the listed "Dneprorudnoe": Russian -oye/-oe endings (1.10.0)
        names += [(a[:-2] + "oye", False) for a, _ in names[1:] if a.endswith("oe")]
        for name, primary in names:
            key = norm(name)
            if key in stop or not key:
                continue
            settlements.setdefault(key, []).append(Settlement(
                t["name"], t["country"], t["admin1"], float(t["lat"]), float(t["lon"]),
                int(t["population"] or 0), primary))
    countries = {r["country"]: (float(r["lat"]), float(r["lon"]))
                 for r in _rows(DATA / "countries.csv")}
    return Gazetteer(regions, standalone, by_admin1, settlements, countries)
