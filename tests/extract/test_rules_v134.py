"""Rules and vocabulary added in extractor 1.34.0, places (place errors of every tuning set
pooled by mechanism). Sentences, places and figures are invented for these tests."""

from assets.extract.extractor import extract_mentions
from assets.extract.places import find_places


def _rows(text: str, published: str) -> list[tuple]:
    rows = extract_mentions({"article_id": "v134", "text": text, "published_at": published,
                             "title": None})
    return sorted((r["admin1"] or "", r["location"] or "", r["injured"]) for r in rows)


def _places(text: str) -> list[tuple]:
    return [(m.admin1, m.location, m.level) for m in find_places(text)]


def test_graivoron_keeps_the_spelling_the_article_wrote():
    text = "A drone dropped a grenade on a bakery in Graivoron on Thursday, wounding two women."
    assert _rows(text, "2024-09-12") == [("Belgorod Oblast", "Graivoron", 2)]


def test_grayvoron_keeps_its_own_spelling():
    text = "A drone dropped a grenade on a bakery in Grayvoron on Thursday, wounding two women."
    assert _rows(text, "2024-09-12") == [("Belgorod Oblast", "Grayvoron", 2)]


def test_a_spelling_of_another_place_is_not_rewritten():
    assert _places("Shells hit a school in Shebekino overnight.") == [
        ("Belgorod Oblast", "Shebekino", "settlement")]
