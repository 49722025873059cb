"""releases/index.html: a static, offline page listing every version, its files and checksums.

No scripts, fonts or stylesheets are fetched: the page is one self-contained HTML file built
from the release folders themselves (their datapackage.json and SHA256SUMS).
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from assets import schema as contract
from assets.publish import versioning

CSS = """body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;
padding:.2rem .5rem;text-align:left;font-size:.9rem}code{font-size:.8rem}
section{border-top:2px solid #888;margin-top:1.5rem}"""


def checksums(release_dir: Path) -> list[tuple[str, str]]:
    """(file, sha256) pairs from a release's SHA256SUMS."""
    pairs = []
    for line in (release_dir / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        pairs.append((name.lstrip("*"), digest))
    return pairs


def _section(releases_dir: Path, version: str, newest: bool) -> str:
    folder = releases_dir / version
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    release = package.get("release", {})
    sizes = {r["path"]: r["bytes"] for r in package["resources"]}
    rows = release.get("rows", {})
    order = [t.name for t in contract.PUBLISHED_TABLES if t.name in rows]
    counts = ", ".join(f"{rows[t]} {t}" for t in [*order, *sorted(set(rows) - set(order))])
    files = "".join(
        f"<tr><td><a href=\"{escape(version)}/{escape(name)}\">{escape(name)}</a></td>"
        f"<td>{sizes.get(name, (folder / name).stat().st_size)}</td>"
        f"<td><code>{digest}</code></td></tr>" for name, digest in checksums(folder))
    docs = releases_dir / f"{version}.validation" / "index.html"
    report = docs if docs.exists() else releases_dir / f"{version}.validation.html"
    link = report.relative_to(releases_dir).as_posix()
    extra = (f" <a href=\"{escape(link)}\">validation report</a>"
             if report.exists() else "")
    note = f"<p>Note: {escape(release['note'])}</p>" if release.get("note") else ""
    return (f"<section id=\"{escape(version)}\"><h2>{escape(version)}"
            f"{' (latest)' if newest else ''}</h2>"
            f"<p>{escape(release.get('bump', ''))}: {escape(release.get('reason', ''))}. "
            f"Data up to {escape(package.get('created', 'unknown'))}.</p>{note}"
            f"<p>Rows: {escape(counts)}. <a href=\"{escape(version)}/README.md\">README</a>, "
            f"<a href=\"{escape(version)}/CHANGELOG.md\">changelog</a>, "
            f"<a href=\"{escape(version)}/SHA256SUMS\">SHA256SUMS</a>.{extra}</p>"
            "<table><tr><th>file</th><th>bytes</th><th>sha256</th></tr>"
            f"{files}</table></section>")


def index_html(releases_dir: Path) -> str:
    """The whole page, newest version first."""
    versions = list(reversed(versioning.releases(releases_dir)))
    sections = "\n".join(_section(releases_dir, v, i == 0) for i, v in enumerate(versions))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>strikes releases</title>"
            f"<style>{CSS}</style></head><body><h1>strikes: releases</h1>"
            "<p>Every published version of the dataset. Published folders are never changed; "
            "check a download with <code>sha256sum -c SHA256SUMS</code>.</p>\n"
            f"{sections or '<p>No release yet.</p>'}\n</body></html>\n")
