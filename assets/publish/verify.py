"""Check a published release: its SHA256SUMS, its Frictionless descriptor, and optionally that
an independent rebuild produced the very same bytes.

Frictionless checks the CSV hashes and the table contents; it does not hash Parquet files, so
the SHA256SUMS check here is what covers them.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from assets.publish.writers import sha256_file

# Threads hashing a release's files at once: SHA-256 and file reads let go of the GIL, so two
# cores hash a release (~143 MB at 100,000 articles) in about half the time of one.
HASH_THREADS = 2


@dataclass(frozen=True)
class VerifyResult:
    """ok is True when checksums and descriptor pass (and the rebuild, when given, matches)."""

    release_dir: Path
    checksum_errors: list[str] = field(default_factory=list)
    descriptor_errors: list[str] = field(default_factory=list)
    identical: bool | None = None
    first_difference: str | None = None

    @property
    def ok(self) -> bool:
        return not self.checksum_errors and not self.descriptor_errors and self.identical in (
            None, True)


def listed_files(folder: Path) -> list[tuple[str, str]]:
    """(file, sha256) pairs of a folder's SHA256SUMS, in file order."""
    pairs = []
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            pairs.append((name.lstrip("*"), digest))
    return pairs


def check_sums(folder: Path) -> list[str]:
    """Problems with folder's SHA256SUMS: missing, altered or unlisted files ([] when fine)."""
    if not (folder / "SHA256SUMS").is_file():
        return ["SHA256SUMS missing"]
    listed = listed_files(folder)

    def problem(entry: tuple[str, str]) -> str | None:
        name, digest = entry
        if not (folder / name).is_file():
            return f"{name}: missing"
        return f"{name}: hash mismatch" if sha256_file(folder / name) != digest else None

    with ThreadPoolExecutor(HASH_THREADS) as pool:  # results in SHA256SUMS order
        problems = [p for p in pool.map(problem, listed) if p is not None]
    names = {name for name, _ in listed} | {"SHA256SUMS"}
    problems += [f"{p.relative_to(folder).as_posix()}: not listed in SHA256SUMS"
                 for p in sorted(folder.rglob("*"))
                 if p.is_file() and p.relative_to(folder).as_posix() not in names]
    return problems


def validate_descriptor(path: Path) -> list[str]:
    """Frictionless validation errors of a datapackage.json ([] when valid)."""
    from frictionless import Package

    report = Package(str(path)).validate()
    errors = [f"{e.type}: {e.message}" for e in report.errors]
    for task in report.tasks:
        errors += [f"{task.name}: {e.type}: {e.message}" for e in task.errors]
    return errors


def compare(release_dir: Path, rebuilt_dir: Path) -> str | None:
    """The first payload file (SHA256SUMS order) that differs in rebuilt_dir, or None."""
    for name in [*(n for n, _ in listed_files(release_dir)), "SHA256SUMS"]:
        mine, theirs = release_dir / name, rebuilt_dir / name
        if not theirs.is_file() or mine.read_bytes() != theirs.read_bytes():
            return name
    return None


def verify_release(release_dir: Path, rebuilt_dir: Path | None = None) -> VerifyResult:
    """Checksums, Frictionless validation and (optionally) byte-for-byte rebuild comparison."""
    release_dir = Path(release_dir)
    sums = check_sums(release_dir)
    descriptor = validate_descriptor(release_dir / "datapackage.json")
    if rebuilt_dir is None:
        return VerifyResult(release_dir, sums, descriptor)
    first = compare(release_dir, Path(rebuilt_dir))
    return VerifyResult(release_dir, sums, descriptor, first is None, first)
