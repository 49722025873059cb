"""Stable identifiers: the same inputs always give the same id, on any machine and run."""

from __future__ import annotations

import hashlib
from pathlib import Path


def _digest(*parts: object, n: int = 16) -> str:
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes, read in 1 MiB blocks (the checksum of raw files and
    release payloads alike)."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def article_id_for(raw_sha256: str) -> str:
    """Id of an article whose source gave none: derived from its raw bytes."""
    return f"art-{raw_sha256[:16]}"


def mention_id_for(article_id: str, kind: str, country: str | None, admin1: str | None,
                   location: str | None, evidence_start: int, evidence_end: int) -> str:
    """Id of one mention: its article, place and evidence span."""
    return "men-" + _digest(article_id, kind, country, admin1, location, evidence_start,
                            evidence_end)


def incident_id_for(kind: str, country: str | None, admin1: str | None, location: str | None,
                    event_date: object, attacker: str | None) -> str:
    """Id of an incident from its natural key (kind, country, admin1, location, date, attacker)."""
    return "inc-" + _digest(kind, country, admin1, location, event_date, attacker)
