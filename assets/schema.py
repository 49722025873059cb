"""The published data contract: every table's columns, types, descriptions and constraints.

This module is the single source of truth for the warehouse DDL (`warehouse.py`), the
Frictionless Table Schemas in each release (`publish/datapackage.py`) and the column-schema
metadata shown in the Dagster UI. Plain Python: no Dagster, no DuckDB import.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("impact", "wave")
DATE_PRECISIONS = ("day", "week", "month", "unknown")
GEO_PRECISIONS = ("settlement", "admin1", "country")
ATTACKERS = ("RUS", "UKR", "unknown")
WEAPONS = ("drone", "missile", "glide_bomb", "artillery", "mixed", "unknown")
TARGET_TYPES = (
    "residential",
    "energy",
    "civilian_infrastructure",
    "industrial",
    "military",
    "transport",
    "commercial",
    "unknown",
)
# Full-scale and earlier hostilities: nothing in scope happened before Crimea's occupation began.
EARLIEST_EVENT_DATE = "2014-02-20"


@dataclass(frozen=True)
class Column:
    """One published column: DuckDB type, Table Schema type, description and constraints."""

    name: str
    sql_type: str
    description: str
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None

    @property
    def frictionless_type(self) -> str:
        return {
            "VARCHAR": "string",
            "INTEGER": "integer",
            "BIGINT": "integer",
            "DOUBLE": "number",
            "DATE": "date",
            "BOOLEAN": "boolean",
        }[self.sql_type]


@dataclass(frozen=True)
class Table:
    """A published table: its name, primary key, ordering and columns."""

    name: str
    title: str
    description: str
    primary_key: str
    columns: tuple[Column, ...] = field(default_factory=tuple)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)


def _place_time_actor(prefix_desc: str) -> tuple[Column, ...]:
    """Columns that mentions and incidents share: kind, when, where, who, with what, how many."""
    return (
        Column("kind", "VARCHAR", "impact: a strike on a place; wave: a country-level row "
               "(no admin1 or location; the capital's coordinates), a tally of an attack's "
               "launches and interceptions or a countrywide toll, whose figures can include "
               "those of the same attack's impacts (incidents.wave_id links them; do not add "
               "the two kinds up).", required=True, enum=KINDS),
        Column("event_date", "DATE", f"Date the {prefix_desc} happened (ISO 8601), resolved "
               "against the article's publication date; null when the text gives none that can "
               "be resolved."),
        Column("date_precision", "VARCHAR", "How precise event_date is.", required=True,
               enum=DATE_PRECISIONS),
        Column("country", "VARCHAR", "ISO 3166-1 alpha-3 code of the country where it landed "
               "(de jure: Crimea and occupied oblasts are UKR).", required=True),
        Column("admin1", "VARCHAR", "First-level region, e.g. 'Kharkiv Oblast', 'Kyiv City'."),
        Column("admin1_code", "VARCHAR", "ISO 3166-2 code of admin1, e.g. 'UA-63'."),
        Column("location", "VARCHAR", "Settlement, canonical English name; null below settlement "
               "precision."),
        Column("latitude", "DOUBLE", "WGS 84 latitude of the location (or region/country "
               "centre).", minimum=-90, maximum=90),
        Column("longitude", "DOUBLE", "WGS 84 longitude of the location (or region/country "
               "centre).", minimum=-180, maximum=180),
        Column("geo_precision", "VARCHAR", "Level the place is known at.", required=True,
               enum=GEO_PRECISIONS),
        Column("attacker", "VARCHAR", "Side that launched the attack.", required=True,
               enum=ATTACKERS),
        Column("weapon", "VARCHAR", "Weapon class.", required=True, enum=WEAPONS),
        Column("weapon_model", "VARCHAR", "Weapon model names as normalized, comma-separated "
               "(e.g. 'Shahed, Kh-101')."),
        Column("killed", "INTEGER", "People killed; null when not reported.", minimum=0),
        Column("injured", "INTEGER", "People injured; null when not reported.", minimum=0),
        Column("launched", "INTEGER", "Drones/missiles launched; null when not reported.",
               minimum=0),
        Column("intercepted", "INTEGER", "Drones/missiles shot down or intercepted; null when not "
               "reported.", minimum=0),
        Column("target_type", "VARCHAR", "What was hit, only as stated.", required=True,
               enum=TARGET_TYPES),
    )


MENTIONS = Table(
    name="mentions",
    title="Incident mentions",
    description="One row per incident mention per article, with the sentence it came from.",
    primary_key="mention_id",
    columns=(
        Column("mention_id", "VARCHAR", "Stable id of this mention.", required=True, unique=True),
        Column("incident_id", "VARCHAR", "Incident this mention was merged into.", required=True),
        Column("article_id", "VARCHAR", "Article the mention was read from.", required=True),
        *_place_time_actor("mention's event"),
        Column("evidence", "VARCHAR", "The supporting sentence or sentences, verbatim from the "
               "article's clean text.", required=True),
        Column("evidence_start", "INTEGER", "Offset where evidence starts in the article's "
               "clean text, in Unicode code points (not bytes); the text itself is not "
               "published.", required=True, minimum=0),
        Column("evidence_end", "INTEGER", "Offset where evidence ends (exclusive), in Unicode "
               "code points.", required=True, minimum=0),
        Column("confidence", "DOUBLE", "How much the row states, not a probability of being "
               "right: 0.55 plus 0.1 per figure the extractor found (killed, injured, "
               "launched, intercepted; a stated zero counts), at most 0.95, and left as it "
               "was when a curator corrects a figure; a row a curator added: 1.0 unless the "
               "curator gave one.", required=True, minimum=0, maximum=1),
        Column("extractor_version", "VARCHAR", "Version of the extraction rules ('manual' for a "
               "row a curator added).", required=True),
        Column("corrected_by", "VARCHAR", "Curators' corrections applied to this row, "
               "';'-separated (the entry's id, else file#entry, in corrections/); null when "
               "none."),
    ),
)

INCIDENTS = Table(
    name="incidents",
    title="Incidents",
    description="One row per incident: mentions from one or more articles merged when they "
    "report the same kind, country, attacker, compatible place (same settlement, or a settlement "
    "inside the named oblast), date and weapon. killed/injured are the best estimate among the "
    "reports (the latest from an official local source, else the highest); every report's "
    "figure stays in the mentions.",
    primary_key="incident_id",
    columns=(
        Column("incident_id", "VARCHAR", "Stable id of the incident: the natural-key id of its "
               "earliest-reported member, so it is kept when later reports join.", required=True,
               unique=True),
        *_place_time_actor("incident"),
        Column("killed_low", "INTEGER", "Lowest killed figure among the merged reports.",
               minimum=0),
        Column("killed_high", "INTEGER", "Highest killed figure among the merged reports.",
               minimum=0),
        Column("injured_low", "INTEGER", "Lowest injured figure among the merged reports.",
               minimum=0),
        Column("injured_high", "INTEGER", "Highest injured figure among the merged reports.",
               minimum=0),
        Column("wave_id", "VARCHAR", "For an impact: the incident_id of the nationwide wave "
               "(kind 'wave') of the same country, attacker and night, when exactly one matches."),
        Column("n_articles", "INTEGER", "Number of distinct articles reporting it.", required=True,
               minimum=1),
        Column("n_mentions", "INTEGER", "Number of mentions merged into it.", required=True,
               minimum=1),
        Column("article_ids", "VARCHAR", "Ids of the reporting articles, ';'-separated, sorted.",
               required=True),
        Column("first_reported_at", "VARCHAR", "Earliest publication time among its articles "
               "(ISO 8601)."),
        Column("last_reported_at", "VARCHAR", "Latest publication time among its articles "
               "(ISO 8601)."),
        Column("evidence", "VARCHAR", "Evidence of the report the killed (else injured) best "
               "estimate was taken from, else of the latest report.", required=True),
        Column("corrected_by", "VARCHAR", "Curators' corrections applied to the incident or to "
               "any of its mentions, ';'-separated; null when none."),
    ),
)

ARTICLES = Table(
    name="articles",
    title="Articles",
    description="Source articles (metadata only: releases do not redistribute article text).",
    primary_key="article_id",
    columns=(
        Column("article_id", "VARCHAR", "Stable article id (the feed's id when it gave one).",
               required=True, unique=True),
        Column("url", "VARCHAR", "Where the article was published, when known."),
        Column("outlet", "VARCHAR", "Publishing outlet, when known."),
        Column("title", "VARCHAR", "Headline, when known."),
        Column("published_at", "VARCHAR", "Publication date or time, ISO 8601 as given by the "
               "source (date-only when the source gives no time).", required=True),
        Column("published_date", "DATE", "Calendar day of publication on the article's own "
               "clock: the date part of published_at as given, whatever its UTC offset "
               "('2024-05-25T00:30:00+03:00' is 2024-05-25, although it is 24 May in UTC). The "
               "day the extractor resolves relative dates ('yesterday', 'on Tuesday') against.",
               required=True),
        Column("language", "VARCHAR", "ISO 639-1 language code, when known."),
        Column("sha256", "VARCHAR", "SHA-256 of the article's raw bytes (the file; for a "
               "JSONL feed, its line without the line terminator, and without the UTF-8 byte "
               "order mark of a first line; a UTF-16 feed's line encoded as UTF-8).",
               required=True),
    ),
)

CLAIM_FIELDS = ("killed", "injured", "launched", "intercepted")

CLAIMS = Table(
    name="claims",
    title="Claims",
    description="One row per mention and reported figure (killed, injured, launched, "
    "intercepted), so every report's figure for an incident stays visible side by side: who said "
    "it (outlet), when (article time), whether an official local source is quoted, and the "
    "evidence. `chosen` marks the claim that gives the incident's value: for killed/injured the "
    "latest claim attributed to an official local source, else the highest figure; for "
    "launched/intercepted the latest claim; ties go to the higher figure, then the smaller "
    "mention_id.",
    primary_key="claim_id",
    columns=(
        Column("claim_id", "VARCHAR", "mention_id and field, ':'-joined.", required=True,
               unique=True),
        Column("incident_id", "VARCHAR", "Merged incident the claim belongs to.", required=True),
        Column("mention_id", "VARCHAR", "Mention that makes the claim.", required=True),
        Column("article_id", "VARCHAR", "Article of the mention.", required=True),
        Column("field", "VARCHAR", "Which figure is claimed.", required=True, enum=CLAIM_FIELDS),
        Column("value", "INTEGER", "The figure as the mention reports it (curators' corrections "
               "of the mention applied).", required=True,
               minimum=0),
        Column("outlet", "VARCHAR", "Outlet of the article, when known."),
        Column("published_at", "VARCHAR", "Publication time of the article (ISO 8601)."),
        Column("official", "BOOLEAN", "The evidence attributes it to an official local source "
               "(governor, mayor, military administration, emergency service, ...).",
               required=True),
        Column("chosen", "BOOLEAN", "This claim gives the incident's value for the field "
               "(before any curator's correction of the incident itself).",
               required=True),
        Column("evidence", "VARCHAR", "The mention's evidence sentence(s).", required=True),
    ),
)

PUBLISHED_TABLES: tuple[Table, ...] = (INCIDENTS, MENTIONS, ARTICLES, CLAIMS)
TABLES_BY_NAME = {t.name: t for t in PUBLISHED_TABLES}

# Where validation and publication read each published table in the warehouse, when it is not
# the table of that name. The table that holds the rows: mentions are published from the curate
# stage's curated_mentions (the extracted mentions with the curators' corrections applied).
SOURCE_TABLES = {"mentions": "curated_mentions"}
# The relation (SQL) of the rows a table publishes: published mentions carry the id of the
# incident they were merged into (the merge stage's incident_members), not the extractor's
# natural-key id; published claims are those of the curated mentions (the claims of a mention
# or incident a curator rejected leave with it).
SOURCE_RELATIONS = {
    "mentions": "(SELECT m.* REPLACE (coalesce(im.incident_id, m.incident_id) AS incident_id) "
                f"FROM {SOURCE_TABLES['mentions']} m LEFT JOIN incident_members im "
                "USING (mention_id))",
    "claims": f"(SELECT c.* FROM claims c SEMI JOIN {SOURCE_TABLES['mentions']} m "
              "USING (mention_id))",
}


def source_table(name: str) -> str:
    """The warehouse table holding the rows of published table `name`."""
    return SOURCE_TABLES.get(name, name)


def source_relation(name: str) -> str:
    """The SQL relation (a table or a parenthesised query) published table `name` is read from."""
    return SOURCE_RELATIONS.get(name, name)
