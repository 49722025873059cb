"""CITATION.cff for the project root, pointing at the current release."""

from __future__ import annotations


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def citation_cff(package: dict) -> str:
    """Citation File Format 1.2.0 text for a release descriptor."""
    lines = [
        "cff-version: 1.2.0",
        "message: If you use this dataset, please cite it as below.",
        "type: dataset",
        f"title: {_quote(package['title'])}",
        f"version: {_quote(package['version'].removeprefix('v'))}",
        "license: CC-BY-4.0",
        "authors:",
        *[f"  - name: {_quote(c['title'])}" for c in package.get("contributors", [])],
    ]
    if package.get("created"):
        lines.append(f"date-released: {_quote(package['created'][:10])}")
    lines += ["keywords:", *[f"  - {_quote(k)}" for k in package.get("keywords", [])]]
    lines.append(f"abstract: {_quote(package['description'])}")
    return "\n".join(lines) + "\n"
