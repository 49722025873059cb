"""`strikes verify`: check a release's checksums and descriptor, then rebuild it and compare.

The rebuild runs the whole pipeline in a scratch home on the raw snapshot the release recorded
(every file's sha256 must still match), with a copy of the release before it, and forces the
same version, bump override, note and Parquet writer options (those recorded in its
datapackage.json; a release that recorded none was written with `writer_options.LEGACY`).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from assets.ids import file_sha256
from assets.publish import writer_options
from assets.publish.verify import verify_release
from assets.warehouse import Home, release_dirs
from pipelines.runner import materialize_pipeline


def _snapshot_problems(raw_dir: Path, files: list[dict]) -> list[str]:
    problems = []
    for f in files:
        p = raw_dir / f["path"]
        if not p.is_file():
            problems.append(f"raw file missing: {p}")
        elif file_sha256(p) != f["sha256"]:
            problems.append(f"raw file changed since the release: {p}")
    return problems


def verify_version(home: Home, version: str | None, raw_dir: Path | None = None
                   ) -> tuple[bool, list[str]]:
    """(ok, report lines) for one release, by default the latest."""
    dirs = {d.name: d for d in release_dirs(home)}
    if not dirs:
        return False, [f"no releases in {home.releases}"]
    version = version or list(dirs)[-1]
    if version not in dirs:
        return False, [f"no release {version} in {home.releases} (have: {', '.join(dirs)})"]
    release_dir = dirs[version]
    lines = [f"verifying {version} in {release_dir}"]
    static = verify_release(release_dir)
    lines += [f"  checksum: {e}" for e in static.checksum_errors]
    lines += [f"  descriptor: {e}" for e in static.descriptor_errors]
    lines.append("  SHA256SUMS and datapackage.json: "
                 + ("ok" if not (static.checksum_errors or static.descriptor_errors) else "FAILED"))
    prov = json.loads((release_dir / "provenance.json").read_text(encoding="utf-8"))
    package = json.loads((release_dir / "datapackage.json").read_text(encoding="utf-8"))
    recorded = prov.get("raw_dir", "")
    src = raw_dir or (home.root / recorded)
    problems = _snapshot_problems(src, prov.get("raw_files", []))
    # The curators' corrections files it was built from (HOME/corrections/), unchanged since.
    corrections = [f for f in (prov.get("corrections") or {}).get("files", []) if f["sha256"]]
    problems += _snapshot_problems(home.root, corrections)
    if problems:
        return False, lines + [f"  cannot rebuild: {p}" for p in problems]
    with tempfile.TemporaryDirectory(prefix="strikes-verify-") as tmp:
        scratch = Home.at(tmp)
        rel = Path(recorded) if not Path(recorded).is_absolute() else Path("raw")
        # Replay the arrivals of revised articles (files without one go first): earlier ones
        # are ingested before later ones, so the same revision of each article comes out newest.
        waves: dict[int, list[dict]] = {}
        for f in prov.get("raw_files", []):
            waves.setdefault(int(f.get("arrival", 1)), []).append(f)
        for n, arrival in enumerate(sorted(waves), 1):
            for f in waves[arrival]:
                dest = scratch.root / rel / f["path"]
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src / f["path"], dest)
            if n < len(waves):
                step = materialize_pipeline(scratch, scratch.root / rel, selection="ingest",
                                            log_level="WARNING")
                if not step.success:
                    return False, lines + [f"  rebuild failed: {e}" for e in step.errors]
        for f in corrections:
            (scratch.root / f["path"]).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(home.root / f["path"], scratch.root / f["path"])
        info = package.get("release", {})
        previous = info.get("previous")
        if previous:
            shutil.copytree(home.releases / previous, scratch.releases / previous)
        outcome = materialize_pipeline(scratch, scratch.root / rel,
                                       bump=info.get("bump_override"), note=info.get("note"),
                                       version=version, log_level="WARNING",
                                       writer=writer_options.recorded(package).as_json())
        if not outcome.success:
            return False, lines + [f"  rebuild failed: {e}" for e in outcome.errors]
        rebuilt = scratch.releases / version
        result = verify_release(release_dir, rebuilt)
        if result.identical:
            lines.append("  rebuild: byte-identical")
        else:
            lines.append(f"  rebuild: DIFFERENT, first difference: {result.first_difference}")
    ok = static.ok and bool(result.identical)
    lines.append("verify: " + ("passed" if ok else "FAILED"))
    return ok, lines
