"""The release README says what the charts show and leave off, in the release's numbers."""

from __future__ import annotations

from assets.publish.release import publish_release


def _as_wave(row: dict) -> None:
    """Kyiv's row becomes the night's country-level wave (a toll of 4 killed, 10 injured)."""
    if row["incident_id"] == "inc-e":
        row["kind"] = "wave"


def test_release_readme_counts_impacts_and_waves_apart_and_the_empty_month(
        tmp_path, make_tables, publish_kwargs) -> None:
    tables = make_tables(("inc-a", "inc-b", "inc-e"), _as_wave)  # May, May, July 2024
    folder = publish_release(tables, tmp_path, **publish_kwargs).path
    text = (folder / "README.md").read_text(encoding="utf-8")
    assert ("every calendar month from 2024-05 to 2024-07 (3 months, 1 of them without an "
            "incident, drawn at zero)") in text
    # Kharkiv (2 killed, 5 injured) and Odesa (0, 1): the wave's toll is not added to them
    assert "counts impact rows (2) and the killed (2) and injured (6) they report" in text
    assert "wave rows apart (1, with 4 killed and 10 injured)" in text
    assert "Not on it: 0 undated incidents." in text
    assert "(2 places)" in text
    assert "Not mapped: 1 wave row (a country-level row" in text
    assert "and 0 impact rows without coordinates" in text
    assert (folder / "charts" / "map.png").is_file()
