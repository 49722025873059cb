"""The options a release's Parquet files are written with, recorded in the release.

A Parquet file's bytes depend on its compression and its row groups as much as on its rows, so
each release records the options it was written with in its datapackage.json (the custom
property `writer`, beside `release`), and a rebuild (`strikes verify`) writes with the options
the release recorded. A release that recorded none was written before they were recorded, with
`LEGACY`, which a rebuild writes without recording them (so its descriptor's bytes are the
old ones too); new releases are written with `CURRENT`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

PROPERTY = "writer"  # datapackage.json: {"writer": {"parquet": {...}}}


@dataclass(frozen=True)
class ParquetOptions:
    """pyarrow's ParquetWriter options; row_group_size is the rows per row group, which is
    also the most rows a writer holds at once. recorded: whether the release's descriptor
    records them (False only for the options of releases that recorded none)."""

    compression: str
    compression_level: int
    row_group_size: int
    use_dictionary: bool = True
    write_statistics: bool = True
    version: str = "2.6"
    data_page_version: str = "1.0"
    recorded: bool = field(default=True, compare=False)

    def __post_init__(self) -> None:
        if self.row_group_size < 1:
            raise ValueError(f"row_group_size must be positive, got {self.row_group_size}")

    def writer_kwargs(self) -> dict:
        """Keyword arguments of `pyarrow.parquet.ParquetWriter` (row_group_size is not one)."""
        kwargs = self._values()
        del kwargs["row_group_size"]
        return kwargs

    def record(self) -> dict | None:
        """The descriptor's `writer` property for these options (None: left out)."""
        return {"parquet": self._values()} if self.recorded else None

    def as_json(self) -> str:
        """The record as one line of JSON (how the release asset's config carries it)."""
        return json.dumps(self.record(), sort_keys=True)

    def _values(self) -> dict:
        values = asdict(self)
        del values["recorded"]
        return values


# Every release before the options were recorded: zstd 9, and a table under a million rows in
# one row group (so written whole); not recorded, as then.
LEGACY = ParquetOptions(compression="zstd", compression_level=9, row_group_size=1_000_000,
                        recorded=False)
# zstd 1 (the four tables at N = 100,000: ~0.5 CPU s against ~1.6 at level 9, +3.5 % bytes);
# 131,072 rows a row group bounds what a writer holds while readers still get large groups.
CURRENT = ParquetOptions(compression="zstd", compression_level=1, row_group_size=131_072)


def from_record(record: dict | None) -> ParquetOptions:
    """The options of a descriptor's `writer` property; LEGACY when there is none. Options
    this code does not know are refused: it could not write the same bytes."""
    if record is None:
        return LEGACY
    parquet = record.get("parquet")
    if not isinstance(parquet, dict):
        raise ValueError(f"writer options without Parquet options: {record!r}")
    known = {f.name for f in fields(ParquetOptions)} - {"recorded"}
    unknown = sorted(set(parquet) - known)
    if unknown:
        raise ValueError(f"unknown Parquet writer options {unknown}: written by newer code?")
    return ParquetOptions(**parquet)


def recorded(package: dict) -> ParquetOptions:
    """The options a release was written with, from its datapackage.json."""
    return from_record(package.get(PROPERTY))


def from_json(text: str | None) -> ParquetOptions:
    """`as_json`'s inverse ("null": LEGACY, a release that recorded none); CURRENT when text
    is None (a new release)."""
    return CURRENT if text is None else from_record(json.loads(text))
