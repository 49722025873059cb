"""Synthetic raw corpus for benchmarks: N articles in the sample corpus's style and formats.

    python -m benchmarks.generate OUT_DIR [--n 10000] [--seed 7] [--start 0]

Deterministic by seed: article i is drawn from its own RNG seeded by (seed, i), so the same
(seed, i) always gives the same bytes and `--start` adds new articles to an existing corpus
(the incremental benchmark). Most articles go to JSONL feeds of PER_FILE lines (feeds/), a few
to front-matter Markdown (notes/) and HTML pages (pages/), as in data/sample/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
from functools import cache
from pathlib import Path

from benchmarks import templates as T

PER_FILE = 2000
MD_SHARE = 0.02
HTML_SHARE = 0.01
EPOCH = dt.date(2023, 1, 1)


@cache
def _places() -> tuple[list[T.Place], list[T.Place]]:
    return T.load_places()


def _count(r: random.Random, n: int, noun: str = "people") -> str:
    if n == 1:
        return f"one {'person' if noun == 'people' else noun.rstrip('s')}"
    word = T.NUMBER_WORDS[n] if n < len(T.NUMBER_WORDS) and r.random() < 0.6 else str(n)
    return f"{word} {noun}"


def _when(r: random.Random, published: dt.date) -> str:
    day = published - dt.timedelta(days=r.choice([0, 0, 1, 1, 2]))
    return r.choice(["overnight", f"on {T.WEEKDAYS[day.weekday()]}",
                     f"early on {T.WEEKDAYS[day.weekday()]}", f"on {day:%B} {day.day}"])


def _fields(r: random.Random, published: dt.date, place: T.Place, pair: list) -> dict:
    weapons, weapon = r.choice(pair)
    killed, injured = r.choice([1, 1, 2, 3, 4, 5, 7, 11, 14]), r.randrange(0, 60)
    official = r.choice(T.OFFICIALS)
    target = r.choice(T.TARGETS if place.country == "UKR" else T.RU_TARGETS)
    f = {"place": place.name, "region": place.region, "when": _when(r, published),
         "weekday": T.WEEKDAYS[published.weekday()], "weapons": weapons, "weapon": weapon,
         "killed": _count(r, killed), "injured": _count(r, injured), "official": official,
         "target": target, "target2": r.choice(T.TARGETS), "age": r.randrange(3, 90),
         "person": r.choice(T.PEOPLE), "area": r.randrange(50, 3000), "city": r.choice(T.CITIES),
         "count": r.randrange(20, 400), "drones": (d := r.randrange(10, 300)),
         "missiles": r.randrange(0, 20), "down": r.randrange(d // 2, d + 1)}
    for k in ("killed", "weapons", "official", "target"):
        f[k.capitalize()] = f[k][0].upper() + f[k][1:]
    f["Target_"], f["Official_"] = f["Target"], f["Official"]
    return f


def _body(r: random.Random, published: dt.date) -> tuple[str, str]:
    """(title, text) of one article."""
    ukr, rus = _places()
    kind = r.choices(["ru", "ua", "tally", "other"], weights=[65, 10, 10, 15])[0]
    place = r.choice(rus if kind == "ua" else ukr)
    f = _fields(r, published, place, T.UA_WEAPONS if kind == "ua" else T.RU_WEAPONS)
    if kind == "other":
        paras = [r.choice(T.OTHER_LEADS)] + r.sample(T.OTHER_DETAILS, 3) + r.sample(T.CONTEXT, 2)
        title = r.choice(["Talks and aid", "Diplomacy update", "Prisoner exchange",
                          "Parliament vote"]) + f" on {f['weekday']}"
    else:
        lead = {"ru": T.STRIKE_LEADS, "ua": T.UA_LEADS, "tally": T.TALLIES}[kind]
        paras = [r.choice(lead)]
        paras += [d + (" " + r.choice(T.FOLLOW_UPS) if r.random() < 0.6 else "")
                  for d in r.sample(T.DETAILS, r.randrange(3, 7))]
        paras += r.sample(T.QUOTES, r.randrange(1, 3))
        paras += [" ".join(r.sample(T.CONTEXT, 2)) for _ in range(r.randrange(1, 3))]
        if kind == "ru" and r.random() < 0.3:  # a second incident elsewhere, as in real wires
            other = _fields(r, published, r.choice(ukr), T.RU_WEAPONS)
            paras.insert(2, r.choice(T.STRIKE_LEADS).format(**other))
        title = {"ru": f"Russian strike on {place.name} kills {f['killed'].split()[0]}",
                 "ua": f"Drones hit {place.region} region, governor says",
                 "tally": "Air force downs drones in overnight attack"}[kind]
    text = "\n\n".join(p.format(**f) for p in paras)
    return title, text


def article(seed: int, i: int) -> dict:
    """The i-th synthetic article of a corpus (a JSONL record), plus its `format`."""
    r = random.Random(f"{seed}-{i}")
    published = EPOCH + dt.timedelta(days=r.randrange(3 * 365))
    title, text = _body(r, published)
    outlet = r.choice(T.OUTLETS) + r.choice(T.AGENCIES)
    fmt = r.choices(["jsonl", "md", "html"], weights=[1 - MD_SHARE - HTML_SHARE, MD_SHARE,
                                                     HTML_SHARE])[0]
    slug = f"{published.isoformat()}-b{i:07d}"
    return {"id": f"b{i:07d}", "url": f"https://news.example/{slug}", "outlet": outlet,
            "title": title, "published_at": published.isoformat(), "language": "en",
            "text": f"{title}\n\n{text}", "format": fmt}


def _markdown(a: dict) -> str:
    head = "\n".join(f"{k}: {json.dumps(a[k])}" for k in
                     ("id", "title", "outlet", "url", "published_at", "language"))
    return f"---\n{head}\n---\n\n{a['text']}\n"


def _html(a: dict) -> str:
    e = {k: html.escape(str(v)) for k, v in a.items()}
    paras = "\n".join(f"      <p>{html.escape(p)}</p>" for p in a["text"].split("\n\n")[1:])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e['title']} | {e['outlet']}</title>
  <meta name="article-id" content="{e['id']}">
  <meta property="og:title" content="{e['title']}">
  <meta property="og:site_name" content="{e['outlet']}">
  <meta property="article:published_time" content="{e['published_at']}">
  <link rel="canonical" href="{e['url']}">
  <script>window.dataLayer = []; function track() {{ dataLayer.push(arguments); }}</script>
  <style>body {{ font-family: Georgia, serif; }} .ad {{ display: none; }}</style>
</head>
<body>
  <header><nav><a href="/news">News</a> <a href="/world">World</a></nav></header>
  <main>
    <article>
      <h1>{e['title']}</h1>
{paras}
    </article>
  </main>
  <footer>Copyright {e['outlet']}. All rights reserved.</footer>
</body>
</html>
"""


def generate(out: Path, n: int, *, seed: int = 7, start: int = 0) -> dict[str, int]:
    """Write articles start..start+n-1 under out/; returns counts per format and bytes written."""
    out = Path(out)
    for sub in ("feeds", "notes", "pages"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    counts = {"jsonl": 0, "md": 0, "html": 0, "bytes": 0}
    feeds: dict[int, list[str]] = {}
    for i in range(start, start + n):
        a = article(seed, i)
        fmt = a.pop("format")
        counts[fmt] += 1
        stem = f"{a['published_at']}-{a['id']}"
        if fmt == "jsonl":
            feeds.setdefault(i // PER_FILE, []).append(json.dumps(a, ensure_ascii=False))
            continue
        path = out / ("notes" if fmt == "md" else "pages") / f"{stem}.{fmt}"
        data = (_markdown(a) if fmt == "md" else _html(a)).encode("utf-8")
        path.write_bytes(data)
        counts["bytes"] += len(data)
    for k, lines in feeds.items():
        path = out / "feeds" / f"feed-{k:05d}.jsonl"
        data = ("\n".join(lines) + "\n").encode("utf-8")
        with path.open("ab") as f:  # a --start inside a file's range appends to it
            f.write(data)
        counts["bytes"] += len(data)
    return counts


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("out", type=Path)
    p.add_argument("--n", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--start", type=int, default=0)
    a = p.parse_args(argv)
    counts = generate(a.out, a.n, seed=a.seed, start=a.start)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
