"""What streaming a release's tables gathers for the rest of the release (`Reduced`), the order
the tables are streamed in, and whether a release is to be cut (`changed`)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from assets import schema as contract
from assets.publish import charts
from assets.publish.changes import TableDiff


@dataclass
class Reduced:
    """What the release's other files need from its tables, gathered table by table."""

    rows: dict[str, int] = field(default_factory=dict)
    diffs: dict[str, TableDiff] = field(default_factory=dict)
    same: dict[str, bool] = field(default_factory=dict)
    stats: dict[str, tuple[int, str]] = field(default_factory=dict)  # file -> (bytes, sha256)
    identity: list[tuple] = field(default_factory=list)  # merged / split incident ids
    before: dict = field(default_factory=dict)   # previous incident rows the change log shows
    after: dict = field(default_factory=dict)    # new incident rows the change log shows
    added_articles: pa.Table | None = None  # incident_id, article_ids of the added incidents
    per_month: dict = field(default_factory=dict)
    points: list = field(default_factory=list)
    unmapped: tuple[int, int] = (0, 0)  # rows the map leaves off: waves, impacts without place
    event_dates: tuple | None = None
    drawn: charts.Drawn | None = None  # the charts' PNG bytes, drawn while tables are written
    created: str | None = None

    def in_contract_order(self) -> None:
        """Order rows and diffs as the contract lists the tables (the reason text, the
        summary and the release record follow that order)."""
        names = [t.name for t in contract.PUBLISHED_TABLES]
        self.rows = {n: self.rows[n] for n in names}
        self.diffs = {n: self.diffs[n] for n in names}


def order() -> list[str]:
    """The published tables in the order they are streamed: the contract's, with mentions
    first (the incident ids merged or split, found from the mentions, are among the incident
    rows the change log shows, which are picked while incidents are streamed)."""
    return sorted((t.name for t in contract.PUBLISHED_TABLES), key=lambda n: n != "mentions")


def changed(out: Reduced, release_certain: bool) -> bool:
    """Whether a release is to be cut: the schemas changed or some table did."""
    return release_certain or not all(out.same.values())
