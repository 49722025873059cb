"""The release charts' data: incidents per month and casualties per place, grouped in Arrow."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.compute as pc

from assets.publish.charts import (
    MAX_EXTRA_AREA,
    incident_map,
    marker_area,
    monthly,
    places,
    timeline,
)


def _incidents() -> pa.Table:
    return pa.table({
        "event_date": pa.array([dt.date(2024, 5, 1), dt.date(2024, 5, 20), None,
                                dt.date(2023, 12, 31), dt.date(2024, 1, 2)], pa.date32()),
        "killed": pa.array([1, None, 5, None, 0], pa.int32()),
        "injured": pa.array([2, 3, None, None, 4], pa.int32()),
        "longitude": [36.23, 36.23, None, 30.52, 36.23],
        "latitude": [49.99, 49.99, 50.0, 50.45, 49.99],
    })


def test_monthly_counts_incidents_and_adds_figures_in_month_order() -> None:
    assert monthly(_incidents()) == {"2023-12": (1, 0, 0), "2024-01": (1, 0, 4),
                                     "2024-05": (2, 1, 5)}


def test_monthly_labels_repeated_days_and_early_years_as_the_calendar_does() -> None:
    """Months are formatted once per distinct day, then given to every incident of that day."""
    days = [dt.date(2024, 2, 29), dt.date(999, 12, 31), dt.date(2024, 2, 29), dt.date(1, 1, 1),
            dt.date(2024, 2, 1), dt.date(999, 12, 31)]
    t = pa.table({"event_date": pa.array(days, pa.date32()),
                  "killed": pa.array([1, 2, 3, None, 5, 6], pa.int32()),
                  "injured": pa.array([None, 1, 1, 1, 1, 1], pa.int32())})
    assert monthly(t) == {"0001-01": (1, 0, 1), "0999-12": (2, 8, 2), "2024-02": (3, 9, 2)}
    assert monthly(t.slice(2, 3)) == {"0001-01": (1, 0, 1), "2024-02": (2, 8, 2)}


def test_monthly_of_no_dated_incident_is_empty() -> None:
    t = _incidents().filter(pc.is_null(_incidents().column("event_date")))
    assert monthly(t) == {}


def test_places_group_incidents_at_the_same_point_west_to_east() -> None:
    # the undated incident without a longitude is left off; Kharkiv's three are one point
    assert places(_incidents()) == [(30.52, 50.45, 1, 0), (36.23, 49.99, 3, 10)]


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
