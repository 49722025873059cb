"""The README.md of a release: what changed, what is in it, how to load it, the data dictionary.

The data dictionary is generated from the release's own Table Schemas, so it always matches the
files beside it.
"""

from __future__ import annotations

import datetime as dt

from assets import schema as contract
from assets.publish import charts

CSV_NOTE = (
    "**CSV formula neutralization.** In the CSV files only, a text cell that starts with `=`, "
    "`+`, `-`, `@`, a tab or a carriage return is prefixed with a single quote `'` so that "
    "spreadsheet programs do not run it as a formula (CSV injection). Numbers are never "
    "prefixed. A cell that already starts with quotes before such a character gets one more, "
    "so the rule is reversible: where a CSV text cell is one or more `'` followed by `=`, `+`, "
    "`-`, `@`, tab or carriage return, drop its first `'` to recover the original. The Parquet "
    "files hold the original text, unprefixed."
)


def _constraints(field: dict) -> str:
    c = field.get("constraints", {})
    parts = [k for k in ("required", "unique") if c.get(k)]
    parts += [f"one of {', '.join(c['enum'])}"] if "enum" in c else []
    parts += [f"{k} {c[k]}" for k in ("minimum", "maximum") if k in c]
    return "; ".join(parts)


def data_dictionary(package: dict) -> str:
    """Markdown tables of every field of every table resource in a descriptor."""
    out = []
    for res in package["resources"]:
        if res["name"] not in contract.TABLES_BY_NAME and res["name"] != "changes":
            continue
        spec = contract.TABLES_BY_NAME.get(res["name"])
        title = f"### `{res['name']}`" + (f": {spec.title}" if spec else "")
        out += [title, "", spec.description if spec else "What changed since the previous "
                "release: one row per added, removed, merged or split incident and per changed "
                "field.", ""]
        if "primaryKey" in res["schema"]:
            out += [f"Primary key: `{', '.join(res['schema']['primaryKey'])}`.", ""]
        for fk in res["schema"].get("foreignKeys", []):
            ref = fk["reference"]
            out += [f"Foreign key: `{fk['fields'][0]}` -> `{ref['resource']}.{ref['fields'][0]}`.",
                    ""]
        out += ["| column | type | constraints | description |", "|---|---|---|---|"]
        for f in res["schema"]["fields"]:
            desc = f.get("description", "").replace("|", "\\|")
            out.append(f"| `{f['name']}` | {f['type']} | {_constraints(f)} | {desc} |")
        out.append("")
    return "\n".join(out)


def _n(count: int, noun: str) -> str:
    """'1 wave row', '3 wave rows'."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def charts_text(per_month: dict[str, charts.Month], places: int, unmapped: tuple[int, int],
                incidents: int) -> list[str]:
    """What the two charts show and leave off, in numbers, under each (per_month: `monthly`'s
    counts; places: the map's points; unmapped: `charts.unmapped`'s counts)."""
    filled = charts.calendar(per_month)
    total = [sum(m[i] for m in filled.values()) for i in range(len(charts.MONTH_FIELDS))]
    impacts, killed, injured, waves, wave_killed, wave_injured = total
    empty = sum(1 for m in filled.values() if m[0] + m[3] == 0)
    span = (f"every calendar month from {min(filled)} to {max(filled)} "
            f"({_n(len(filled), 'month')}, {empty} of them without an incident, drawn at zero)"
            if filled else "no month")
    undated = incidents - impacts - waves
    return [
        "![Impact rows per month with their killed and injured; wave rows apart below]"
        "(charts/timeline.png)", "",
        f"The timeline shows {span}, by event date. Its upper panel counts impact rows "
        f"({impacts}) and the killed ({killed}) and injured ({injured}) they report. The "
        f"lower panel shows wave rows apart ({waves}, with {wave_killed} killed and "
        f"{wave_injured} injured): country-level tallies of an attack's launches and "
        "interceptions, and countrywide tolls, which can include the same attack's impact "
        "rows, so the two panels are never added up. "
        f"Not on it: {_n(undated, 'undated incident')}.",
        "",
        "![Map of impact rows with coordinates](charts/map.png)", "",
        f"The map draws the impact rows with coordinates, one circle per place "
        f"({_n(places, 'place')}), its area the killed + injured of that place's impact rows. "
        f"Not mapped: {_n(unmapped[0], 'wave row')} (a country-level row carries its capital's "
        "coordinates as a stand-in, not a place struck) and "
        f"{_n(unmapped[1], 'impact row')} without coordinates.",
        "",
    ]


def readme(package: dict, event_dates: tuple[dt.date, dt.date] | None, changelog_section: str,
           counts: dict, charts_section: list[str]) -> str:
    """The release README.md text; event_dates: the first and last incident event date (None
    when no incident is dated); charts_section: `charts_text`."""
    version, release = package["version"], package["release"]
    coverage = (f"{event_dates[0].isoformat()} to {event_dates[1].isoformat()}"
                if event_dates else "no dated rows")
    files = ", ".join(f"`{r['path']}`" for r in package["resources"])
    return "\n".join([
        f"# {package['title']}, {version}", "",
        package["description"], "",
        f"- **This release:** {release['bump']}: {release['reason']}.",
        f"- **Incidents:** {counts['incidents']} (from {counts['mentions']} mentions in "
        f"{counts['articles']} articles), with {counts.get('claims', 0)} claims: every "
        "report's killed, injured, launched and intercepted figure side by side.",
        f"- **Event dates covered:** {coverage}.",
        f"- **Data up to:** {package.get('created', 'unknown')}.",
        "- **Licence:** CC BY 4.0 (data); coordinates from GeoNames (CC BY 4.0).",
        f"- **Files:** {files}; `datapackage.json` describes them, `SHA256SUMS` checks them.",
        "", *charts_section,
        "## What changed", "", changelog_section.split("\n", 1)[1].strip(), "",
        "## Check and load", "",
        "```sh", "sha256sum -c SHA256SUMS", "frictionless validate datapackage.json", "```", "",
        "```python", "import pandas as pd",
        "incidents = pd.read_parquet('incidents.parquet')",
        "mentions = pd.read_csv('mentions.csv', keep_default_na=False, na_values=[''])",
        "claims = pd.read_parquet('claims.parquet')  # every report's figures, per incident",
        "```", "",
        "```python", "import duckdb",
        "duckdb.sql(\"SELECT admin1, count(*) FROM 'incidents.parquet' GROUP BY ALL\").show()",
        "```", "",
        "```python", "from frictionless import Package",
        "package = Package('datapackage.json')",
        "rows = package.get_resource('incidents').read_rows()",
        "```", "",
        "## Data dictionary", "", CSV_NOTE, "", data_dictionary(package),
        "Provenance (raw file checksums, extractor and package versions) is in "
        "`provenance.json`; validation results are in `validation.json`.", "",
    ])
