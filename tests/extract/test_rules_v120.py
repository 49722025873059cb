"""Rules added in extractor 1.20.0 (error classes of data/eval/unseen14, stated as phrasings and
attribution mechanisms), each checked on made-up sentences."""

from assets.extract.casualties import find_casualties
from assets.extract.extractor import extract_mentions


def _rows(text: str, published: str = "2025-04-16T18:00:00+03:00", title: str | None = None
          ) -> list[dict]:
    return extract_mentions({"article_id": "v120", "text": text, "published_at": published,
                             "title": title})


def _figs(text: str) -> list[tuple]:
    return [(f.field, f.value, f.kind) for f in find_casualties(text)]


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], str(r["event_date"]), r["killed"], r["injured"])
            for r in rows]


# --- community labels in a regional roundup -----------------------------------------------------

def test_community_label_names_the_place():
    rows = _rows("The regional administration said Russian troops attacked 20 settlements in "
                 "the Sumy region over the past day.\n\n"
                 "Khotin community: a drone dropped a grenade on a barn, wounding a farmer.\n\n"
                 "Vorozhba hromada: an FPV drone hit a car. The driver, 44, was killed.")
    assert [r for r in _brief(rows) if r[1]] == [
        ("Sumy Oblast", "Khotin", "2025-04-16", None, 1),
        ("Sumy Oblast", "Vorozhba", "2025-04-16", 1, None)]
