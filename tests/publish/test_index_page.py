"""releases/index.html renders offline in headless Chromium and lists every version."""

from __future__ import annotations

from pathlib import Path

import pytest

from assets.publish.release import publish_release

CHROMIUM = Path("/usr/bin/chromium")


def test_index_page_lists_versions_and_checksums(tmp_path, make_tables, publish_kwargs):
    publish_release(make_tables(), tmp_path, **publish_kwargs)
    publish_release(make_tables(("inc-a", "inc-b", "inc-c", "inc-d")), tmp_path, **publish_kwargs)
    html = (tmp_path / "releases" / "index.html").read_text()
    sums = (tmp_path / "releases" / "v1.1.0" / "SHA256SUMS").read_text().split()
    assert sums[0] in html and "v1.1.0 (latest)" in html and "3 incidents" in html
    assert "http://" not in html and "https://" not in html and "<script" not in html


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed")
def test_index_page_screenshot_shows_every_version(tmp_path, make_tables, publish_kwargs):
    from playwright.sync_api import sync_playwright

    home = tmp_path / "home"
    publish_release(make_tables(), home, **publish_kwargs)
    publish_release(make_tables(("inc-a", "inc-b", "inc-c", "inc-d")), home, **publish_kwargs)
    publish_release(make_tables(("inc-a", "inc-b", "inc-c")), home, **publish_kwargs)
    versions = ["v1.0.0", "v1.1.0", "v1.1.1"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM),
                                    args=["--no-sandbox", "--disable-background-networking"])
        try:
            page = browser.new_page()
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto((home / "releases" / "index.html").as_uri())
            page.screenshot(path=str(tmp_path / "index.png"), full_page=True)
            for version in versions:
                assert page.locator(f"h2:has-text('{version}')").is_visible()
        finally:
            browser.close()
    assert (tmp_path / "index.png").stat().st_size > 0
    assert all(url.startswith("file://") for url in requests)
