"""The Dagster UI in a real browser: `dg dev` on a fixture corpus, every asset and check visible,
"Materialize all" launched from the asset graph and waited on until it succeeds.

Drives Debian's Chromium (/usr/bin/chromium) through Playwright; skipped when it is missing.
Screenshots go to tmp/screenshots/ (ignored by git).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, write_corpus

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = REPO / "tmp" / "screenshots"
START_TIMEOUT = 180
RUN_TIMEOUT = 420

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def graphql(base: str, query: str) -> dict:
    req = urllib.request.Request(f"{base}/graphql", data=json.dumps({"query": query}).encode(),
                                 headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())["data"]


LOCATION_QUERY = """{ workspaceOrError { ... on Workspace { locationEntries {
  name locationOrLoadError { __typename ... on PythonError { message } } } } } }"""

BACKFILLS_QUERY = """{ partitionBackfillsOrError(limit: 5) { ... on PartitionBackfills {
  results { id status timestamp endTimestamp
    runs(limit: 20) { runId status startTime endTime } } } } }"""

RUN_FAILURES_QUERY = """{ runOrError(runId: "RUN_ID") { ... on Run { eventConnection { events {
  ... on ExecutionStepFailureEvent { stepKey error { message cause { message } } } } } } } }"""


def wait_for_location(base: str, proc: subprocess.Popen, log: Path) -> None:
    """Until the webserver answers and the `strikes` code location has loaded."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"dg dev exited early:\n{log.read_text()[-3000:]}")
        try:
            entries = graphql(base, LOCATION_QUERY)["workspaceOrError"]["locationEntries"]
        except (urllib.error.URLError, ConnectionError, TimeoutError, KeyError, TypeError):
            entries = []
        for e in entries:
            kind = (e["locationOrLoadError"] or {}).get("__typename")
            if kind == "RepositoryLocation":
                return
            if kind == "PythonError":
                pytest.fail(f"code location failed: {e['locationOrLoadError']['message']}")
        time.sleep(2)
    pytest.fail(f"dg dev not ready after {START_TIMEOUT}s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def dagster_ui(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`dg dev` on a free loopback port, with its own DAGSTER_HOME and a small STRIKES_HOME."""
    import dagster as dg

    from pipelines.partitions import register_raw_files

    tmp = tmp_path_factory.mktemp("ui")
    dagster_home = tmp / "dagster"
    dagster_home.mkdir()
    (dagster_home / "dagster.yaml").write_text(
        "telemetry:\n  enabled: false\nconcurrency:\n  pools:\n    default_limit: 1\n")
    home = tmp / "home"
    raw = write_corpus(home / "data" / "sample")
    env = {**os.environ, "DAGSTER_HOME": str(dagster_home), "STRIKES_HOME": str(home),
           "STRIKES_RAW_DIR": str(raw), "DAGSTER_DISABLE_TELEMETRY": "1"}
    # The raw-folder sensor would add these partitions on its first tick; do it up front.
    old = os.environ.get("DAGSTER_HOME")
    os.environ["DAGSTER_HOME"] = str(dagster_home)
    try:
        with dg.DagsterInstance.get() as instance:
            register_raw_files(instance, raw)
    finally:
        os.environ.pop("DAGSTER_HOME") if old is None else os.environ.update(DAGSTER_HOME=old)
    port = free_port()
    log = tmp / "dg-dev.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(REPO / ".venv" / "bin" / "dg"), "dev", "--host", "127.0.0.1", "--port",
             str(port)], cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_location(base, proc, log)
        yield base
    finally:
        stop(proc)
        if os.environ.get("KEEP_DG_LOG"):
            shutil.copy(log, SHOTS / "dg-dev.log")


def stop(proc: subprocess.Popen) -> None:
    """SIGTERM the server's whole process group (webserver, daemon, code server), then
    SIGKILL whatever is left after a grace period."""
    for sig, grace in ((signal.SIGTERM, 20.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline and group_alive(proc):
            time.sleep(0.5)
        if not group_alive(proc):
            break
    proc.wait(timeout=10)


def group_alive(proc: subprocess.Popen) -> bool:
    proc.poll()  # reap the leader if it exited
    try:
        os.killpg(proc.pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM),
                              args=["--no-sandbox", "--disable-background-networking"])
        try:
            yield b
        finally:
            b.close()


def new_page(browser, height: int = 1000):
    ctx = browser.new_context(viewport={"width": 1600, "height": height})
    # Dismiss the community pop-up before it appears.
    ctx.add_init_script("window.localStorage.setItem('communityNux', '\"1\"')")
    page = ctx.new_page()
    page.set_default_timeout(60_000)
    return page


def graph_names() -> tuple[list[str], dict[str, list[str]]]:
    """Asset names, and check names per asset, as the code location defines them."""
    from pipelines.definitions import defs

    graph = defs.resolve_asset_graph()
    keys = sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string())
    checks = {k.to_user_string(): sorted(c.name for c in graph.get(k).check_keys) for k in keys}
    return [k.to_user_string() for k in keys], {k: v for k, v in checks.items() if v}


def open_expanded_graph(page, base: str, assets: list[str]) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.goto(f"{base}/asset-groups", wait_until="networkidle")
    page.get_by_role("button", name="Materialize all").wait_for()
    # Groups start collapsed; the graph's context menu expands them (the choice is then
    # remembered, and the menu offers "Collapse all groups" instead).
    menu = page.get_by_role("menuitem", name="Expand all groups").or_(
        page.get_by_role("menuitem", name="Collapse all groups"))
    for _ in range(10):  # the context menu works once the layout is done
        page.wait_for_timeout(1500)
        page.keyboard.press("Escape")
        page.mouse.click(1100, 800, button="right")
        try:
            menu.first.wait_for(state="visible", timeout=3000)
            break
        except PlaywrightTimeout:
            continue
    expand = page.get_by_role("menuitem", name="Expand all groups")
    if expand.count():
        expand.click()
    else:
        page.keyboard.press("Escape")
    for name in assets:
        page.get_by_text(name, exact=True).first.wait_for(state="visible")


def _shown(page, text: str, timeout_ms: int = 10_000) -> bool:
    """Whether text is in the page (in view or not) within the timeout: the checks list's
    heading ("Checks (2)") can render before its rows, so a row counted at once may not be there
    yet (a fresh clone's run counted one check of curated_mentions missing)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.get_by_text(text, exact=True).first.wait_for(state="attached", timeout=timeout_ms)
    except PlaywrightTimeout:
        return False
    return True


def test_ui_shows_every_asset_and_check_and_materializes_the_graph(dagster_ui, browser):
    t0 = time.monotonic()
    assets, checks = graph_names()
    page = new_page(browser)
    open_expanded_graph(page, dagster_ui, assets)
    page.screenshot(path=str(SHOTS / "asset-graph.png"))
    print(f"graph shown after {time.monotonic() - t0:.0f}s")

    tall = new_page(browser, height=4000)  # the checks list renders only rows in view
    for asset, names in checks.items():
        tall.goto(f"{dagster_ui}/assets/{asset}?view=checks", wait_until="networkidle")
        tall.get_by_text(f"Checks ({len(names)})").wait_for()
        missing = [n for n in names if not _shown(tall, n)]
        assert missing == [], f"{asset}: checks not shown {missing}"
        tall.screenshot(path=str(SHOTS / f"checks-{asset}.png"))
    tall.close()

    page.get_by_role("button", name="Materialize all").click()
    page.get_by_role("button", name="All", exact=True).click()
    page.screenshot(path=str(SHOTS / "materialize-all.png"))
    page.get_by_role("button", name="Launch backfill").click()
    page.get_by_text("Created backfill").wait_for()
    print(f"backfill launched after {time.monotonic() - t0:.0f}s")
    backfill = wait_for_backfill(dagster_ui)
    print(f"backfill done after {time.monotonic() - t0:.0f}s: {backfill}")
    assert backfill["status"] == "COMPLETED_SUCCESS", (backfill, failures(dagster_ui, backfill))
    assert backfill["runs"] and {r["status"] for r in backfill["runs"]} == {"SUCCESS"}

    page.goto(f"{dagster_ui}/runs/b/{backfill['id']}", wait_until="networkidle")
    page.wait_for_timeout(2000)
    page.screenshot(path=str(SHOTS / "backfill.png"))
    open_expanded_graph(page, dagster_ui, assets)
    page.screenshot(path=str(SHOTS / "asset-graph-materialized.png"))


def wait_for_backfill(base: str) -> dict:
    """Poll the GraphQL API until the (only) backfill is done; return it."""
    deadline = time.monotonic() + RUN_TIMEOUT
    latest: dict = {}
    while time.monotonic() < deadline:
        results = graphql(base, BACKFILLS_QUERY)["partitionBackfillsOrError"]["results"]
        if results:
            latest = results[0]
            if latest["status"] not in ("REQUESTED", "CANCELING"):
                return latest
        time.sleep(3)
    pytest.fail(f"backfill not done after {RUN_TIMEOUT}s: {latest}")


def failures(base: str, backfill: dict) -> list[str]:
    """The step failure messages of a backfill's failed runs (for the assertion message)."""
    out = []
    for r in backfill.get("runs", []):
        if r["status"] == "SUCCESS":
            continue
        q = RUN_FAILURES_QUERY.replace("RUN_ID", r["runId"])
        for ev in graphql(base, q)["runOrError"]["eventConnection"]["events"]:
            if ev.get("error"):
                cause = (ev["error"].get("cause") or {}).get("message", "")
                out.append(f"{ev['stepKey']}: {ev['error']['message']} {cause}".strip())
    return out
