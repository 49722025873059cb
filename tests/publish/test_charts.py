"""The release charts' data: impacts and waves per month, casualties per place, grouped in
Arrow; every calendar month on the timeline, wave rows apart and off the map."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.compute as pc

from assets.publish.charts import (
    MAX_EXTRA_AREA,
    calendar,
    incident_map,
    marker_area,
    monthly,
    places,
    timeline,
    timeline_png,
    unmapped,
)


def _incidents() -> pa.Table:
    """Five impacts (one undated, one without a longitude) and, last, a country-level wave
    whose toll (at the capital's coordinates) counts the same night's Kharkiv impact again."""
    return pa.table({
        "kind": ["impact"] * 5 + ["wave"],
        "event_date": pa.array([dt.date(2024, 5, 1), dt.date(2024, 5, 20), None,
                                dt.date(2023, 12, 31), dt.date(2024, 1, 2),
                                dt.date(2024, 5, 1)], pa.date32()),
        "killed": pa.array([1, None, 5, None, 0, 6], pa.int32()),
        "injured": pa.array([2, 3, None, None, 4, 20], pa.int32()),
        "longitude": [36.23, 36.23, None, 30.52, 36.23, 30.52],
        "latitude": [49.99, 49.99, 50.0, 50.45, 49.99, 50.45],
    })


def test_monthly_counts_impacts_and_adds_their_figures_in_month_order() -> None:
    assert monthly(_incidents()) == {"2023-12": (1, 0, 0, 0, 0, 0),
                                     "2024-01": (1, 0, 4, 0, 0, 0),
                                     "2024-05": (2, 1, 5, 1, 6, 20)}


def test_monthly_never_adds_a_wave_toll_to_the_impacts_figures() -> None:
    may = monthly(_incidents())["2024-05"]
    impacts, killed, injured = may[:3]
    assert (impacts, killed, injured) == (2, 1, 5)  # not 7 killed, 25 injured
    assert may[3:] == (1, 6, 20)                    # the wave, apart


def test_calendar_gives_every_month_from_first_to_last_with_empty_ones_at_zero() -> None:
    filled = calendar(monthly(_incidents()))
    assert list(filled) == ["2023-12", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05"]
    assert filled["2024-02"] == filled["2024-04"] == (0, 0, 0, 0, 0, 0)
    assert filled["2024-05"] == (2, 1, 5, 1, 6, 20)
    assert calendar({}) == {}
    assert list(calendar({"2024-03": (1, 0, 0, 0, 0, 0)})) == ["2024-03"]


def test_timeline_draws_a_month_without_incidents_at_zero() -> None:
    """A gap is drawn as the months at zero it stands for, not closed up."""
    gapped = {"2024-01": (3, 2, 7, 0, 0, 0), "2024-04": (1, 0, 1, 0, 0, 0)}
    zeros = {"2024-02": (0, 0, 0, 0, 0, 0), "2024-03": (0, 0, 0, 0, 0, 0)}
    assert timeline_png(gapped) == timeline_png({**gapped, **zeros})
    assert timeline_png(gapped) != timeline_png({"2024-01": gapped["2024-01"], **zeros,
                                                 "2024-04": (2, 0, 1, 0, 0, 0)})


def test_monthly_labels_repeated_days_and_early_years_as_the_calendar_does() -> None:
    """Months are formatted once per distinct day, then given to every incident of that day."""
    days = [dt.date(2024, 2, 29), dt.date(999, 12, 31), dt.date(2024, 2, 29), dt.date(1, 1, 1),
            dt.date(2024, 2, 1), dt.date(999, 12, 31)]
    t = pa.table({"kind": ["impact"] * 6, "event_date": pa.array(days, pa.date32()),
                  "killed": pa.array([1, 2, 3, None, 5, 6], pa.int32()),
                  "injured": pa.array([None, 1, 1, 1, 1, 1], pa.int32())})
    assert monthly(t) == {"0001-01": (1, 0, 1, 0, 0, 0), "0999-12": (2, 8, 2, 0, 0, 0),
                          "2024-02": (3, 9, 2, 0, 0, 0)}
    assert monthly(t.slice(2, 3)) == {"0001-01": (1, 0, 1, 0, 0, 0),
                                      "2024-02": (2, 8, 2, 0, 0, 0)}


def test_monthly_of_no_dated_incident_is_empty() -> None:
    t = _incidents().filter(pc.is_null(_incidents().column("event_date")))
    assert monthly(t) == {}


def test_places_group_impacts_at_the_same_point_west_to_east() -> None:
    # the undated incident without a longitude is left off; Kharkiv's three are one point;
    # the wave at the capital's coordinates is not on the map: Kyiv keeps its one impact
    assert places(_incidents()) == [(30.52, 50.45, 1, 0), (36.23, 49.99, 3, 10)]


def test_a_wave_row_is_not_on_the_map_and_is_counted_as_left_off() -> None:
    waves_only = _incidents().slice(5)
    assert places(waves_only) == []
    assert unmapped(waves_only) == (1, 0)
    assert unmapped(_incidents()) == (1, 1)  # the wave, the impact without a longitude


def test_marker_area_is_proportional_to_casualties_up_to_the_most() -> None:
    assert marker_area(0, 40) == 12
    assert marker_area(10, 40) == 12 + MAX_EXTRA_AREA / 4
    assert marker_area(40, 40) == 12 + MAX_EXTRA_AREA
    assert marker_area(0, 0) == 12     # no casualties anywhere: every place the same size


def test_charts_are_png_files_and_the_same_bytes_twice(tmp_path) -> None:
    for draw, name in ((timeline, "timeline.png"), (incident_map, "map.png")):
        first, second = tmp_path / f"a-{name}", tmp_path / f"b-{name}"
        draw(_incidents(), first)
        draw(_incidents(), second)
        assert first.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert first.read_bytes() == second.read_bytes()
