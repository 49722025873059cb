"""A curated row's region corrects the region GeoNames files a border town under (1.38.0)."""

from __future__ import annotations

from assets.extract import gazetteer
from assets.extract.build_gazetteer import in_region
from assets.extract.extractor import extract_mentions


def _row(admin1: str, lat: float, lon: float) -> dict:
    return {"name": "Testove", "country": "UKR", "admin1": admin1, "lat": lat, "lon": lon,
            "population": 5000, "aliases": set()}


def _cur(admin1: str, lat: str = "", lon: str = "") -> dict[str, str]:
    return {"canonical": "Testove", "country": "UKR", "aliases": "Testove", "admin1": admin1,
            "lat": lat, "lon": lon}


def test_row_at_the_coordinates_takes_the_curated_region() -> None:
    near, far = _row("Kherson Oblast", 47.55, 33.66), _row("Sumy Oblast", 51.0, 34.0)
    hits = in_region([near, far], _cur("Dnipropetrovsk Oblast", "47.57", "33.65"))
    assert hits == [near]
    assert near["admin1"] == "Dnipropetrovsk Oblast"
    assert far["admin1"] == "Sumy Oblast"


def test_a_row_already_in_the_region_is_kept_and_nothing_moves() -> None:
    home, other = _row("Dnipropetrovsk Oblast", 48.0, 35.0), _row("Kherson Oblast", 47.55, 33.66)
    assert in_region([home, other], _cur("Dnipropetrovsk Oblast", "47.57", "33.65")) == [home]
    assert other["admin1"] == "Kherson Oblast"


def test_without_coordinates_or_a_row_near_them_every_hit_stays() -> None:
    a, b = _row("Kherson Oblast", 47.55, 33.66), _row("Sumy Oblast", 51.0, 34.0)
    assert in_region([a, b], _cur("Dnipropetrovsk Oblast")) == [a, b]
    assert in_region([a, b], _cur("Dnipropetrovsk Oblast", "45.0", "30.0")) == [a, b]
    assert (a["admin1"], b["admin1"]) == ("Kherson Oblast", "Sumy Oblast")


def test_shipped_gazetteer_files_ukrainian_zelenodolsk_under_dnipropetrovsk() -> None:
    rows = [s for s in gazetteer.load().settlements["zelenodolsk"] if s.country == "UKR"]
    assert [s.admin1 for s in rows] == ["Dnipropetrovsk Oblast"]


def test_a_strike_on_zelenodolsk_is_a_dnipropetrovsk_row() -> None:
    text = ("A Russian drone hit an energy facility in Zelenodolsk in the Kryvyi Rih district "
            "overnight, injuring two workers, the Dnipropetrovsk regional governor said.")
    rows = extract_mentions({"article_id": "t1", "text": text, "title": None,
                             "published_at": "2025-03-04T08:00:00Z"})
    assert [(r["location"], r["admin1"], r["injured"]) for r in rows] == [
        ("Zelenodolsk", "Dnipropetrovsk Oblast", 2)]
