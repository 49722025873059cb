"""Compare the extractor's rows with those of another commit: a speed change must change none.

    python -m benchmarks.compare_extractors REF [--generated N] [--seed S] [--skip NAME ...]

REF is a git commit (main's, usually). Its `assets/` is unpacked into a temporary folder, and
each tree extracts, in a process of its own, the same articles: the shared dev and seed sets,
every `data/eval/*/articles.jsonl` (except the sets named by --skip: held-out sets being written),
each article also upper- and lower-cased, and N articles of a `benchmarks.generate` corpus read
as ingestion reads it. The rows (the repr of every field, in order) and crashes of each article
must be equal. Only article ids are printed, never rows. Exit status 1 when anything differs.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def corpora(skip: set[str]) -> dict[str, Path]:
    """Name -> articles.jsonl of every hand-made set."""
    out = {"shared-dev": SHARED / "eval" / "dev" / "articles.jsonl",
           "shared-seed": SHARED / "seed" / "article.jsonl"}
    for path in sorted((ROOT / "data" / "eval").glob("*/articles.jsonl")):
        if path.parent.name not in skip:
            out[path.parent.name] = path
    return {k: v for k, v in out.items() if v.is_file()}


def _articles(path: Path) -> list[dict]:
    if path.is_dir():
        from benchmarks.extract_speed import _raw_corpus
        return _raw_corpus(path)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def dump(sources: dict[str, str], out: str) -> None:
    """In the child: the rows of every article of sources (name -> path), pickled to out."""
    from assets.extract import extractor
    from assets.extract.extractor import extract_mentions

    print(f"  extractor {extractor.EXTRACTOR_VERSION} from {extractor.__file__}", file=sys.stderr)
    rows: dict[str, list[tuple]] = {}
    for name, path in sources.items():
        got = rows[name] = []
        for a in _articles(Path(path)):
            base = {"article_id": a.get("id") or a.get("article_id"), "text": a.get("text") or "",
                    "published_at": a.get("published_at"), "title": a.get("title")}
            variants = [base] if Path(path).is_dir() else [
                base, dict(base, text=base["text"].upper()), dict(base, text=base["text"].lower())]
            for k, art in enumerate(variants):
                crashes: list[tuple[str, Exception]] = []
                found = extract_mentions(art, crashes)
                got.append((f"{art['article_id']}#{k}",
                            [tuple((c, repr(v)) for c, v in r.items()) for r in found],
                            [repr(e) for _, e in crashes]))
    Path(out).write_bytes(pickle.dumps(rows))


def _run(tree: Path, sources: dict[str, str], out: Path) -> dict[str, list[tuple]]:
    code = ("import sys; from benchmarks.compare_extractors import dump; "
            "dump(dict(a.split('=', 1) for a in sys.argv[2:]), sys.argv[1])")
    # the tree's own assets first, benchmarks (this module) from this checkout; run from out's
    # folder, as `python -c` puts the working directory first on the path
    env = {**os.environ, "PYTHONPATH": f"{tree}{os.pathsep}{ROOT}"}
    subprocess.run([sys.executable, "-c", code, str(out),
                    *(f"{k}={v}" for k, v in sources.items())], check=True, env=env,
                   cwd=out.parent)
    print(f"extracted with {tree}", file=sys.stderr)
    return pickle.loads(out.read_bytes())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ref")
    ap.add_argument("--generated", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--skip", nargs="*", default=["unseen32"])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        archive = subprocess.run(["git", "archive", args.ref, "assets"], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(work / "ref", filter="data")
        sources = {k: str(v) for k, v in corpora(set(args.skip)).items()}
        if args.generated:
            subprocess.run([sys.executable, "-m", "benchmarks.generate", str(work / "gen"),
                            "--n", str(args.generated), "--seed", str(args.seed)],
                           cwd=ROOT, check=True, capture_output=True)
            sources["generated"] = str(work / "gen")
        old = _run(work / "ref", sources, work / "ref.pkl")
        new = _run(ROOT, sources, work / "new.pkl")
    bad = 0
    for name in sources:
        diff = [a[0] for a, b in zip(old[name], new[name], strict=True) if a != b]
        bad += len(diff)
        n_rows = sum(len(a[1]) for a in old[name])
        print(f"{name:12s} {len(old[name]):6d} articles {n_rows:6d} rows  "
              f"{'identical' if not diff else f'{len(diff)} differ: ' + ', '.join(diff[:5])}")
    print("identical" if not bad else f"{bad} articles differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
