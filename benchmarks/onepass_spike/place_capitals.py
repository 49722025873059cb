"""Batches 3 and 7 of the token place finder: "the capital" and "the regional capital".

"the capital" is Kyiv, or Moscow when every other place of the sentence is Russian; "the
Russian capital" is Moscow; not "the capital region", "the capital of X", "in the capital,
X" (X is the place) nor "the Kyiv region around the capital". "the regional capital" is the
main town of the sentence's region, else of the article's last one. (places._CAPITAL and
places._regional_capital.)
"""

from __future__ import annotations

from assets.extract.gazetteer import load

from . import place_rules as pr
from .place_found import Found, town_found
from .place_index import index


def capitals(words: list[str], lo: int, hi: int, found: list[Found]) -> list[Found]:
    """"the capital" and "the Russian capital" of the sentence's tokens [lo, hi), found being
    its other places."""
    out: list[Found] = []
    for j in range(lo + 1, hi):
        if words[j] not in ("capital", "capital's", "capital’s"):
            continue
        before = words[j - 1].lower()
        ru = before in pr.CAPITAL_RU
        if not ru and before not in pr.CAPITAL_OTHER or words[j - 1] == "The":
            continue
        nxt = words[j + 1].lower() if j + 1 < hi else ""
        if nxt in ("region", "oblast"):
            continue
        if nxt == "of":
            w2 = words[j + 2].lower() if j + 2 < hi else ""
            w3 = words[j + 3].lower() if j + 3 < hi else ""
            if w2 not in pr.CAPITAL_OF_OK and not (w2 == "the" and w3 == "country"):
                continue
        if nxt == "," and j + 2 < hi and words[j + 2][:1].isupper() \
                and any(f.start > j for f in found):
            continue    # "in the capital, Cheboksary": the place named next
        w = [x.lower() for x in words[max(lo, j - 4):j - 1]]
        if len(w) >= 2 and w[-2] in ("region", "oblast") and w[-1] in (
                "around", "surrounding", "near"):
            continue    # "the Kyiv region around the capital"
        if not ru and before == "the":
            own = [f for f in found if not from_before(words, lo, f.start)]
            ru = bool(own) and all(f.country == "RUS" for f in own)
        town = index()[0]["moscow" if ru else "kyiv"].towns[0]
        out.append(town_found(j - 1, j + 1, town, None, "capital"))
    return out


def from_before(words: list[str], lo: int, at: int) -> bool:
    """"from (the) (occupied)" right before token at: a launch site, not the capital's city."""
    w = [x.lower() for x in words[max(lo, at - 3):at]]
    while w and w[-1] in ("the", "occupied"):
        w.pop()
    return bool(w) and w[-1] == "from"


def regional_capital(words: list[str], lo: int, hi: int, found: list[Found],
                      ctx: tuple[str, ...]) -> list[Found]:
    """"a fire ... in the regional capital" (the Oryol region's governor speaking): the
    region's main town, named as the region or else its largest."""
    out: list[Found] = []
    for j in range(lo, hi - 2):
        if words[j] != "the" or words[j + 1] != "regional" or words[j + 2] not in (
                "capital", "centre", "center"):
            continue
        if j + 3 < hi and words[j + 3] == "," and j + 4 < hi and words[j + 4][:1].isupper():
            continue    # "in the regional centre, Bryansk": the place named next
        if any(f.start <= j + 2 and j <= f.end + 1 for f in found):
            continue
        regs = [f for f in found if f.location is None]
        if any(not governor_after(words, f.end, hi) for f in regs):
            continue    # the region's row holds the figures
        admin1 = regs[0].admin1 if regs else ctx[-1] if ctx else None
        reg = load().by_admin1.get(admin1 or "")
        if reg is None:
            continue
        stem = admin1.rsplit(" ", 1)[0] if admin1.endswith((" Oblast", " Krai",
                                                            " Republic")) else admin1
        e = index()[0].get(stem.lower())
        towns = [c for c in (e.towns if e else ()) if c.admin1 == admin1]
        if towns:
            out.append(town_found(j, j + 3, max(towns, key=lambda c: c.population), e,
                             "capital"))
    return out


def governor_after(words: list[str], at: int, hi: int) -> bool:
    """"Ryazan region Governor", "Oryol Oblast head" right after a region."""
    w = [x.lower() for x in words[at:min(hi, at + 2)]]
    if w and w[0] in ("region", "oblast"):
        w = w[1:]
    return bool(w) and w[0] in ("governor", "head")
