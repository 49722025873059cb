"""The `strikes` command line: run, release, extract, evaluate, verify, quarantine."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assets.warehouse import Home, WarehouseBusyError
from pipelines.resources import REPO_ROOT

EXIT_BUSY = 75  # EX_TEMPFAIL: another run holds HOME; try again later


class UsageError(Exception):
    """A bad argument or path: printed as one line, exit status 2."""


def _home(args: argparse.Namespace) -> Home:
    home = Home.at(args.home or REPO_ROOT)
    if not home.root.is_dir():
        raise UsageError(f"--home {home.root} is not a directory")
    return home


def _raw_dir(args: argparse.Namespace, home: Home) -> Path:
    raw = Path(args.raw_dir).expanduser().resolve() if args.raw_dir else home.default_raw_dir
    if not raw.is_dir():
        raise UsageError(f"raw folder not found: {raw}")
    return raw


def _print_outcome(outcome, verb: str) -> int:
    for name, n in outcome.counts.items():
        print(f"  {name:32s} {n:>8d}")
    for reason, n in outcome.quarantine.items():
        print(f"  quarantined: {n} x {reason}")
    if outcome.quarantine:
        print("  (details: strikes quarantine)")
    rel = outcome.release
    if rel:
        if rel.get("published"):
            print(f"published release {rel.get('version')}: {rel.get('reason')}")
            print(f"  {rel.get('release_dir')}")
        else:
            print(f"no new release: {rel.get('reason')} (nothing written)")
    if not outcome.success:
        print(f"{verb} failed:", file=sys.stderr)
        for e in outcome.errors:
            print(f"  {e}", file=sys.stderr)
        return 1
    return 0


def _waiting(message: str) -> None:
    print(f"strikes: {message}", file=sys.stderr, flush=True)


def _limits(args: argparse.Namespace) -> dict[str, int]:
    """Reader limits: STRIKES_MAX_FILE_BYTES / STRIKES_MAX_CHARS, overridden by the flags."""
    from pipelines.resources import limits_from_env, lock_wait_from_env

    try:
        limits = limits_from_env()
        lock_wait_from_env()  # checked here so a bad value is a usage error, not a traceback
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    for name in ("max_file_bytes", "max_chars"):
        value = getattr(args, name)
        if value is not None:
            if value < 1:
                raise UsageError(f"--{name.replace('_', '-')} must be at least 1, got {value}")
            limits[name] = value
    return limits


def cmd_run(args: argparse.Namespace) -> int:
    from pipelines.runner import materialize_pipeline

    home = _home(args)
    raw = _raw_dir(args, home)
    limits = _limits(args)
    print(f"strikes run: raw {raw} -> home {home.root}")
    outcome = materialize_pipeline(home, raw, bump=args.bump, note=args.note, limits=limits,
                                   on_wait=_waiting)
    return _print_outcome(outcome, "run")


def cmd_release(args: argparse.Namespace) -> int:
    from pipelines.runner import materialize_pipeline

    home = _home(args)
    if not home.warehouse.exists():
        raise UsageError(f"no warehouse in {home.root}: run `strikes run` first")
    outcome = materialize_pipeline(home, None, selection="release", bump=args.bump,
                                   note=args.note)
    status = _print_outcome(outcome, "release")
    if status == 0 and args.tag:
        from pipelines.git_tag import TagError, tag_release

        rel = outcome.release  # the new release, or the latest one when nothing changed
        if not rel.get("version"):
            raise UsageError("there is no release to tag yet")
        try:
            commit = tag_release(home.root, rel["version"], rel.get("reason", ""))
        except TagError as exc:
            raise UsageError(str(exc)) from exc
        print(f"tagged {rel['version']} on commit {commit[:12]}")
    return status


def cmd_extract(args: argparse.Namespace) -> int:
    from pipelines.extract_files import extract_files, write_rows

    out = Path(args.output)
    if out.suffix not in (".jsonl", ".csv", ".parquet"):
        raise UsageError(f"-o must end in .jsonl, .csv or .parquet, got {out.name}")
    files = [Path(f) for f in args.files]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise UsageError(f"no such file: {', '.join(missing)}")
    rows, quarantined = extract_files(files)
    for q in quarantined:
        print(f"quarantined {q.source_path}:{q.source_line or ''} {q.reason}", file=sys.stderr)
    write_rows(rows, out)
    print(f"{len(rows)} mentions from {len(files)} files -> {out}")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from pipelines.extract_files import evaluate_files

    for p in (args.gold, args.articles):
        if not Path(p).is_file():
            raise UsageError(f"no such file: {p}")
    result, errors_path = evaluate_files(Path(args.gold), Path(args.articles),
                                         Path(args.errors))
    print(f"incidents: gold {result['gold']} pred {result['pred']} matched {result['matched']}")
    for f, v in result["fields"].items():
        print(f"  {f:12s} n={v['n']:3d} accuracy={v['accuracy']}")
    print(f"precision {result['precision']} recall {result['recall']} f1 {result['f1']}")
    if result.get("crashed"):
        print(f"extractor crashed on {result['crashed']} articles (scored as no rows; see stderr)")
    print(f"errors written to {errors_path}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from pipelines.verify import verify_version

    home = _home(args)
    ok, lines = verify_version(home, args.version,
                               Path(args.raw_dir).resolve() if args.raw_dir else None)
    for line in lines:
        print(line)
    return 0 if ok else 1


def cmd_corrections(args: argparse.Namespace) -> int:
    from assets.curate.listing import correction_statuses, format_line
    from assets.warehouse import session

    home = _home(args)
    if not home.warehouse.exists():
        raise UsageError(f"no warehouse in {home.root}: run `strikes run` first")
    with session(home, read_only=True) as con:
        records = correction_statuses(con, home.root)
    shown = [r for r in records if r["status"] == "orphan"] if args.orphans else records
    for r in shown:
        print(format_line(r))
    counts = {s: sum(r["status"] == s for r in records) for s in ("applied", "orphan", "invalid")}
    print(", ".join(f"{n} {s}" for s, n in counts.items()) + f" ({home.root / 'corrections'})")
    return 1 if counts["invalid"] and not args.orphans else 0


def cmd_review(args: argparse.Namespace) -> int:
    from assets.curate.review import review_queue
    from assets.curate.review_page import write_review
    from assets.warehouse import session

    home = _home(args)
    if not home.warehouse.exists():
        raise UsageError(f"no warehouse in {home.root}: run `strikes run` first")
    if args.limit < 1:
        raise UsageError(f"--limit must be at least 1, got {args.limit}")
    with session(home, read_only=True) as con:
        items = review_queue(con, args.limit)
    out = Path(args.output).expanduser().resolve() if args.output else home.state / "review"
    csv_path, html_path = write_review(items, out)
    print(f"{len(items)} rows to review -> {csv_path} and {html_path}")
    return 0


def cmd_quarantine(args: argparse.Namespace) -> int:
    from assets.warehouse import session

    home = _home(args)
    if not home.warehouse.exists():
        raise UsageError(f"no warehouse in {home.root}: run `strikes run` first")
    with session(home, read_only=True) as con:
        raw = con.execute(
            "SELECT stage, source_path, source_line, record_id, reason, NULL, quarantined_at "
            "FROM quarantine ORDER BY source_path, source_line").fetchall()
        rows = con.execute(
            "SELECT 'validate', table_name, NULL, row_id, expectation, detail, NULL "
            "FROM row_quarantine ORDER BY table_name, row_id, expectation").fetchall()
    items = [dict(zip(["stage", "source", "line", "record", "reason", "detail", "when"], r,
                      strict=True)) for r in raw + rows]
    if args.json:
        print(json.dumps(items, indent=1, default=str))
        return 0
    if not items:
        print("quarantine is empty")
    for it in items:
        where = f"{it['source']}:{it['line']}" if it["line"] else str(it["source"])
        cells = [it["stage"], where, str(it["record"] or ""), str(it["when"] or ""), it["reason"]]
        print("{:9s} {:40s} {:24s} {:25s} {}".format(*map(_printable, cells)))
    return 0


def _printable(text: str) -> str:
    """Control characters (terminal escapes in a hostile file name or id) shown escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def cmd_merge_report(args: argparse.Namespace) -> int:
    from assets.merge.merge import cluster_warehouse
    from assets.merge.report import merge_report, report_json
    from assets.warehouse import session

    home = _home(args)
    if not home.warehouse.exists():
        raise UsageError(f"no warehouse in {home.root}: run `strikes run` first")
    with session(home, read_only=True) as con:
        result = cluster_warehouse(con)
        lines = None if args.json else merge_report(con, result)
    print(json.dumps(report_json(result), indent=1) if args.json else "\n".join(lines))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="strikes", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    def with_home(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument("--home", help="folder holding .state/, releases/ (default: repo root)")
        return sp

    r = with_home(sub.add_parser("run", help="ingest, extract, merge, validate, release"))
    r.add_argument("--raw-dir", help="folder of raw articles (default: HOME/data/sample)")
    r.add_argument("--max-file-bytes", type=int, help="quarantine raw files (JSONL: lines) "
                   "bigger than this (default: $STRIKES_MAX_FILE_BYTES or 20 MiB)")
    r.add_argument("--max-chars", type=int, help="quarantine articles whose text is longer "
                   "(default: $STRIKES_MAX_CHARS or 200000)")
    for sp in (r, with_home(sub.add_parser("release", help="validate and publish a release"))):
        sp.add_argument("--bump", choices=["major", "minor", "patch"],
                        help="override the version bump decided from the data")
        sp.add_argument("--note", help="why (recorded in the changelog)")
    r.set_defaults(func=cmd_run)
    sub.choices["release"].set_defaults(func=cmd_release)
    sub.choices["release"].add_argument(
        "--tag", action="store_true",
        help="commit the release's files (the new one, else the latest) and create an "
        "annotated git tag vX.Y.Z on that commit")

    e = sub.add_parser("extract", help="extract mentions from raw files (no warehouse)")
    e.add_argument("files", nargs="+", help=".jsonl, .md, .txt or .html files")
    e.add_argument("-o", "--output", required=True, help="OUT.jsonl, OUT.csv or OUT.parquet")
    e.set_defaults(func=cmd_extract)

    ev = sub.add_parser("evaluate", help="score the extractor against gold rows")
    ev.add_argument("--gold", required=True)
    ev.add_argument("--articles", required=True)
    ev.add_argument("--errors", default="evaluation-errors.jsonl",
                    help="where to write the errors for review")
    ev.set_defaults(func=cmd_evaluate)

    v = with_home(sub.add_parser("verify", help="rebuild a release and compare checksums"))
    v.add_argument("version", nargs="?", help="vX.Y.Z (default: the latest)")
    v.add_argument("--raw-dir", help="raw folder to rebuild from (default: as recorded)")
    v.set_defaults(func=cmd_verify)

    q = with_home(sub.add_parser("quarantine", help="list every quarantined item"))
    q.add_argument("--json", action="store_true", help="a JSON list of objects")
    q.set_defaults(func=cmd_quarantine)

    c = with_home(sub.add_parser("corrections", help="list the curators' corrections and "
                                 "what they do (applied, orphan, invalid)"))
    c.add_argument("--orphans", action="store_true",
                   help="only the corrections whose target no longer exists")
    c.set_defaults(func=cmd_corrections)

    rv = with_home(sub.add_parser("review", help="write the rows that most need a human to a "
                                  "CSV and an offline HTML page"))
    rv.add_argument("--limit", type=int, default=50, help="how many rows (default 50)")
    rv.add_argument("-o", "--output", help="folder to write review.csv and review.html to "
                    "(default: HOME/.state/review)")
    rv.set_defaults(func=cmd_review)

    mr = with_home(sub.add_parser("merge-report",
                                  help="list the merges made and the near-misses not made"))
    mr.add_argument("--json", action="store_true", help="a JSON list of decisions")
    mr.set_defaults(func=cmd_merge_report)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"strikes {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except WarehouseBusyError as exc:
        print(f"strikes {args.command}: busy: {exc}", file=sys.stderr)
        return EXIT_BUSY


if __name__ == "__main__":
    sys.exit(main())
