"""Corrections through the whole pipeline: a PATCH release that says who fixed what, orphans
that do not block, invalid entries that do, and the review page in a headless browser."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from assets.warehouse import Home, release_dirs
from pipelines.cli import main
from pipelines.runner import materialize_pipeline
from tests.conftest import FEED, write_corpus

pytestmark = pytest.mark.slow

POLTAVA = {"id": "c-001", "published_at": "2025-03-10", "outlet": "Curator Wire",
           "text": "Residents of Poltava heard loud explosions on Sunday night. Emergency crews "
                   "later found a damaged kindergarten."}
ADDED = "Emergency crews later found a damaged kindergarten."


def corrections_yaml(kharkiv: str, odesa: str, start: int) -> str:
    return f"""
- id: kharkiv-toll
  target: mention:{kharkiv}
  action: set
  set: {{killed: 4}}
  reason: "The governor's later statement: four dead"
  curator: A. Curator
  date: 2025-03-15
- target: mention:{odesa}
  action: reject
  reason: Duplicate of a report we do not carry
  curator: A. Curator
  date: 2025-03-15
- target: article:c-001
  action: add
  row: {{kind: impact, event_date: 2025-03-09, date_precision: day, country: UKR,
        admin1: Poltava Oblast, admin1_code: UA-53, location: Poltava, latitude: 49.589,
        longitude: 34.551, geo_precision: settlement, attacker: unknown, weapon: unknown,
        target_type: civilian_infrastructure, evidence: "{ADDED}",
        evidence_start: {start}, evidence_end: {start + len(ADDED)}}}
  reason: The extractor missed the kindergarten
  curator: B. Curator
  date: 2025-03-16
- target: mention:men-0000000000000000
  action: set
  set: {{injured: 1}}
  reason: A mention the extractor no longer finds
  curator: B. Curator
  date: 2025-03-16
"""


@pytest.fixture(scope="module")
def curated(tmp_path_factory: pytest.TempPathFactory) -> Home:
    """A home with a first release, then corrections, then a second run."""
    root = tmp_path_factory.mktemp("home")
    raw = write_corpus(root / "raw", feed=[*FEED, POLTAVA])
    home = Home.at(root)
    first = materialize_pipeline(home, raw, log_level="WARNING")
    assert first.success, first.errors
    with duckdb.connect(str(home.warehouse), read_only=True) as con:
        ids = dict(con.execute("SELECT location, mention_id FROM mentions "
                               "WHERE location IN ('Kharkiv', 'Odesa')").fetchall())
        text = con.execute("SELECT text FROM articles WHERE article_id = 'c-001'").fetchone()[0]
    (root / "corrections").mkdir()
    (root / "corrections" / "2025-03.yaml").write_text(
        corrections_yaml(ids["Kharkiv"], ids["Odesa"], text.index(ADDED)), encoding="utf-8")
    second = materialize_pipeline(home, raw, log_level="WARNING")
    assert second.success, second.errors
    return home


def latest(home: Home) -> Path:
    return release_dirs(home)[-1]


def test_correction_of_a_figure_gives_a_patch_release_naming_it(curated):
    assert [d.name for d in release_dirs(curated)] == ["v1.0.0", "v1.0.1"]
    package = json.loads((latest(curated) / "datapackage.json").read_text())
    assert package["release"]["bump"] == "patch"
    changelog = (latest(curated) / "CHANGELOG.md").read_text()
    assert "### Corrections applied" in changelog
    assert "kharkiv-toll: set killed 4 on mention:" in changelog
    assert "The governor's later statement: four dead" in changelog
    incidents = pq.read_table(latest(curated) / "incidents.parquet").to_pylist()
    kharkiv = [r for r in incidents if r["location"] == "Kharkiv"]
    assert [(r["killed"], r["corrected_by"]) for r in kharkiv] == [(4, "kharkiv-toll")]
    mentions = pq.read_table(latest(curated) / "mentions.parquet").to_pylist()
    assert [r["corrected_by"] for r in mentions if r["location"] == "Kharkiv"] == \
        ["kharkiv-toll"]


def test_rejection_removes_the_row(curated):
    before = pq.read_table(release_dirs(curated)[0] / "mentions.parquet").to_pylist()
    after = pq.read_table(latest(curated) / "mentions.parquet").to_pylist()
    assert [r["location"] for r in before].count("Odesa") == 1
    assert "Odesa" not in [r["location"] for r in after]
    incidents = pq.read_table(latest(curated) / "incidents.parquet").to_pylist()
    assert "Odesa" not in [r["location"] for r in incidents]


def test_addition_adds_a_row_whose_evidence_slices_the_article(curated):
    mentions = pq.read_table(latest(curated) / "mentions.parquet").to_pylist()
    added = [r for r in mentions if r["evidence"] == ADDED]
    assert len(added) == 1
    row = added[0]
    assert (row["article_id"], row["corrected_by"], row["extractor_version"]) == \
        ("c-001", "2025-03.yaml#3", "manual")
    with duckdb.connect(str(curated.warehouse), read_only=True) as con:
        text = con.execute("SELECT text FROM articles WHERE article_id = 'c-001'").fetchone()[0]
    assert text[row["evidence_start"]:row["evidence_end"]] == ADDED
    changelog = (latest(curated) / "CHANGELOG.md").read_text()
    assert "2025-03.yaml#3: add article:c-001 (B. Curator, 2025-03-16)" in changelog


def test_vanished_target_is_an_orphan_and_does_not_block(curated, capsys):
    with duckdb.connect(str(curated.warehouse), read_only=True) as con:
        status = dict(con.execute("SELECT name, status FROM corrections").fetchall())
    assert status == {"kharkiv-toll": "applied", "2025-03.yaml#2": "applied",
                      "2025-03.yaml#3": "applied", "2025-03.yaml#4": "orphan"}
    assert main(["corrections", "--orphans", "--home", str(curated.root)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("orphan   corrections/2025-03.yaml#4")
    assert "mention:men-0000000000000000" in out[0]
    assert out[-1].startswith("3 applied, 1 orphan, 0 invalid")


def test_invalid_correction_blocks_the_release(curated, tmp_path, capsys):
    work = Home.at(tmp_path / "home")
    shutil.copytree(curated.root, work.root)
    (work.root / "corrections" / "zz-late.yaml").write_text(
        "- target: incident:inc-0000000000000000\n  action: set\n  set: {kiled: 3}\n"
        "  reason: typo in the field name\n  curator: C. Curator\n  date: 2025-03-20\n"
        "- target: mention:men-0000000000000000\n  action: set\n  set: {killed: 1}\n"
        "  reason: fine but orphaned\n  curator: C. Curator\n  date: 2025-03-20\n",
        encoding="utf-8")
    (work.root / "corrections" / "2025-03.yaml").write_text(
        (work.root / "corrections" / "2025-03.yaml").read_text().replace(
            "killed: 4", "killed: 5"), encoding="utf-8")
    assert main(["run", "--home", str(work.root), "--raw-dir", str(work.root / "raw")]) == 1
    err = capsys.readouterr().err
    assert "corrections/zz-late.yaml entry 1 (incident:inc-0000000000000000): unknown field " \
        "'kiled'" in err
    assert [d.name for d in release_dirs(work)] == ["v1.0.0", "v1.0.1"]
    # The release step refuses on its own too, while the entry is invalid.
    assert main(["release", "--home", str(work.root)]) == 1
    assert "release blocked by invalid corrections" in capsys.readouterr().err
    assert [d.name for d in release_dirs(work)] == ["v1.0.0", "v1.0.1"]
    assert main(["corrections", "--home", str(work.root)]) == 1


def test_review_queue_writes_csv_and_page(curated, tmp_path, capsys):
    assert main(["review", "--home", str(curated.root), "--limit", "3",
                 "-o", str(tmp_path)]) == 0
    with (tmp_path / "review.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert 1 <= len(rows) <= 3
    first = rows[0]
    assert first["correct_with"].startswith("mention:men-")
    assert first["reasons"]
    assert first["evidence"] in first["context"]
    assert first["correct_with"] in (tmp_path / "review.html").read_text()


@pytest.mark.browser
def test_review_page_opens_in_headless_chromium(curated, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("no /usr/bin/chromium")
    assert main(["review", "--home", str(curated.root), "-o", str(tmp_path)]) == 0
    shot = tmp_path / "review.png"
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                    args=["--no-sandbox", "--disable-background-networking"])
        page = browser.new_page()
        page.goto((tmp_path / "review.html").as_uri())
        heading = page.locator("h1")
        first_id = page.locator(".card .id").first
        visible = heading.is_visible() and first_id.is_visible()
        texts = heading.inner_text(), first_id.inner_text()
        marked = page.locator(".card mark").first.inner_text()
        page.screenshot(path=str(shot), full_page=True)
        browser.close()
    assert visible
    assert texts[0] == "strikes review queue"
    assert texts[1].startswith("mention:men-")
    assert marked
    assert shot.stat().st_size > 5000
    assert subprocess.run(["file", str(shot)], capture_output=True, text=True
                          ).stdout.count("PNG") == 1
