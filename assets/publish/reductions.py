"""What the release's other files need from each table, gathered a key range at a time.

Publishing streams a table in batches (`tablewise`), so each reduction folds in one batch of
the new table (`rows`: every row once, for the totals) and one key range of the diff (`range`:
the new batch, the previous rows of the same keys and that range's piece of the diff), then
`finish` puts the result into `reduced.Reduced`. Every piece merges exactly: sums, minimum and
maximum, unions of sets, and rows picked by key, which lie in one range only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc

from assets import schema as contract
from assets.publish import charts, datapackage
from assets.publish.changelog import MAX_LISTED
from assets.publish.changes import TableDiff, identity_rows, moved_incidents
from assets.publish.tables import rows_by_key

if TYPE_CHECKING:
    from assets.publish.reduced import Reduced

# (spec, columns, column, values) -> the new table's rows whose column is one of the values
Lookup = Callable[[contract.Table, list[str], str, list], pa.Table]
# (columns, column, values) -> the same, of the previous release's copy of the table
PreviousLookup = Callable[[list[str], str, list], pa.Table]


class Reduction:
    """A table with nothing to reduce (claims)."""

    def __init__(self, out: Reduced, first: bool) -> None:
        self.out, self.first = out, first

    def rows(self, new: pa.Table) -> None:
        """Fold in a batch of the new table."""

    def range(self, old: pa.Table | None, new: pa.Table, piece: TableDiff, equal: bool) -> None:
        """Fold in one key range: the previous rows (None: no previous copy) and the new rows
        of the same keys, their diff, and whether the two are equal."""

    def finish(self, lookup: Lookup, previous: PreviousLookup) -> None:
        """Put what was gathered into `out` (lookup: rows of the new table; previous: rows of
        its previous copy)."""


class MentionReduction(Reduction):
    """The incident ids merged or split (`changes.identity_changes`). The ranges find the old
    incident ids some of whose mentions now carry another id; an incident's mentions lie in
    any range, so at the end the mentions of those ids are looked up on both sides (the
    previous copy by incident id, the new table by mention id) and followed as a whole table
    would, then the articles of the incidents they went into."""

    def __init__(self, out: Reduced, first: bool) -> None:
        super().__init__(out, first)
        self.regrouped: set = set()

    def range(self, old: pa.Table | None, new: pa.Table, piece: TableDiff, equal: bool) -> None:
        if not equal:  # equal rows carry the incident ids they carried
            self.regrouped.update(moved_incidents(old, new))

    def finish(self, lookup: Lookup, previous: PreviousLookup) -> None:
        if not self.regrouped:
            self.out.identity = []
            return
        before = previous(["mention_id", "incident_id"], "incident_id", sorted(self.regrouped))
        now = lookup(contract.MENTIONS, ["mention_id", "incident_id"], "mention_id",
                     before.column("mention_id").to_pylist())
        targets = moved_incidents(before, now)
        wanted = sorted(set().union(*targets.values()))
        found = lookup(contract.MENTIONS, ["incident_id", "article_id"], "incident_id", wanted)
        self.out.identity = identity_rows(targets, found)


class IncidentReduction(Reduction):
    """The incident rows the change log and changes.parquet show, the added incidents' article
    ids, and the chart and README totals (monthly counts, places, the event-date span)."""

    def __init__(self, out: Reduced, first: bool) -> None:
        super().__init__(out, first)
        self.regrouped = {r[1] for r in out.identity}
        self.listed = 0  # added ids listed so far: the change log lists the first MAX_LISTED
        self.before: dict = {}
        self.after: dict = {}
        self.added_articles: list[pa.Table] = []
        self.per_month: dict[str, list[int]] = {}
        self.places: list[pa.Table] = []
        self.unmapped = [0, 0]  # wave rows, impact rows without coordinates
        self.low: dt.date | None = None
        self.high: dt.date | None = None

    def rows(self, new: pa.Table) -> None:
        for month, counts in charts.monthly(new).items():
            total = self.per_month.setdefault(month, [0] * len(counts))
            for i, n in enumerate(counts):
                total[i] += n
        self.places.append(charts.place_totals(new))
        self.unmapped = [a + b for a, b in zip(self.unmapped, charts.unmapped(new), strict=True)]
        span = pc.min_max(new.column("event_date"))
        low, high = span["min"].as_py(), span["max"].as_py()
        if low is not None:
            self.low = low if self.low is None else min(self.low, low)
            self.high = high if self.high is None else max(self.high, high)

    def range(self, old: pa.Table | None, new: pa.Table, piece: TableDiff, equal: bool) -> None:
        listed = [] if self.first else piece.added[:max(MAX_LISTED - self.listed, 0)]
        self.listed += len(listed)
        keys = {*piece.removed, *piece.changed, *self.regrouped}
        if old is not None and keys:
            self.before.update(rows_by_key(old, "incident_id", keys))
        if keys or listed:
            self.after.update(rows_by_key(new, "incident_id", {*keys, *listed}))
        if piece.added:
            wanted = pa.array(piece.added, type=new.schema.field("incident_id").type)
            self.added_articles.append(new.select(["incident_id", "article_ids"]).filter(
                pc.is_in(new.column("incident_id"), value_set=wanted)))

    def finish(self, lookup: Lookup, previous: PreviousLookup) -> None:
        out = self.out
        out.before, out.after = self.before, self.after
        out.added_articles = pa.concat_tables(self.added_articles) if self.added_articles \
            else None
        out.per_month = {m: tuple(self.per_month[m]) for m in sorted(self.per_month)}
        out.points = charts.places_of(self.places) if self.places else []
        out.unmapped = (self.unmapped[0], self.unmapped[1])
        out.drawn = charts.start_drawing(out.per_month, out.points, out.unmapped)
        out.event_dates = (self.low, self.high) if self.low is not None else None


class ArticleReduction(Reduction):
    """The descriptor's date (the latest publication time)."""

    def __init__(self, out: Reduced, first: bool) -> None:
        super().__init__(out, first)
        self.latest: dt.datetime | None = None

    def rows(self, new: pa.Table) -> None:
        self.latest = datapackage.latest_published(new, self.latest)

    def finish(self, lookup: Lookup, previous: PreviousLookup) -> None:
        self.out.created = datapackage.created_text(self.latest)


_BY_TABLE: dict[str, type[Reduction]] = {"mentions": MentionReduction,
                                         "incidents": IncidentReduction,
                                         "articles": ArticleReduction}


def reduction(name: str, out: Reduced, first: bool) -> Reduction:
    """The reduction of published table `name`, writing into out (incidents' reads the
    merged and split ids `out` holds by then: mentions are streamed first)."""
    return _BY_TABLE.get(name, Reduction)(out, first)
