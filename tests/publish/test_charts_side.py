"""The release charts drawn in the run's side process (charts.start_drawing) are the bytes
drawn in-process, and the files `draw_timeline` and `draw_map` write."""

from __future__ import annotations

from pathlib import Path

from assets import sidecar
from assets.publish.charts import draw_map, draw_timeline, map_png, start_drawing, timeline_png

PER_MONTH = {"2024-01": (3, 2, 7, 1, 4, 9), "2024-03": (12, 9, 31, 0, 0, 0)}
POINTS = [(30.52, 50.45, 4, 11), (36.23, 49.99, 9, 27), (35.05, 48.46, 1, 0)]
LEFT_OFF = (2, 1)


def test_charts_drawn_in_the_side_process_are_the_same_bytes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(sidecar.ENV_SWITCH, "1")  # whatever the load
    here = start_drawing(PER_MONTH, POINTS, LEFT_OFF)()
    with sidecar.running() as side:
        assert side is not None
        there = start_drawing(PER_MONTH, POINTS, LEFT_OFF)()
    assert there == here
    assert there[0].startswith(b"\x89PNG") and there[0] != there[1]
    draw_timeline(PER_MONTH, tmp_path / "timeline.png")
    draw_map(POINTS, LEFT_OFF, tmp_path / "map.png")
    assert (tmp_path / "timeline.png").read_bytes() == here[0] == timeline_png(PER_MONTH)
    assert (tmp_path / "map.png").read_bytes() == here[1] == map_png(POINTS, LEFT_OFF)


def test_charts_differ_when_their_data_do() -> None:
    assert timeline_png(PER_MONTH) != timeline_png({**PER_MONTH, "2024-04": (1, 0, 0, 0, 0, 0)})
    assert map_png(POINTS, LEFT_OFF) != map_png(POINTS, (0, 1))
