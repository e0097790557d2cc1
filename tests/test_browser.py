"""End to end in a real browser: Debian's chromium driven by selenium through chromedriver
(both installed by .ci/run). Open the live preview, save a story so that it overruns, and
see the new proof and the report appear."""
from __future__ import annotations

import os
import shutil
import time

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

if not (CHROMIUM and DRIVER):
    if os.environ.get("CI"):
        raise RuntimeError("CI needs chromium and chromedriver (apt-get install chromium chromium-driver)")
    pytest.skip("chromium and chromedriver are not installed", allow_module_level=True)

from test_proof import preview  # noqa: E402,F401,F811  (the server fixture)


@pytest.fixture
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-quic", f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def _wait(driver, condition, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = driver.execute_script(condition)
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for: {condition}")


def test_edit_a_story_and_watch_the_page_update(preview, browser):  # noqa: F811
    page, base, _ = preview
    browser.get(base + "/")
    _wait(browser, "const i = document.getElementById('page'); return i.complete && i.naturalWidth > 0;")
    status = _wait(browser, "return document.getElementById('status').textContent;")
    assert status.startswith("clean")
    first = browser.execute_script("return document.getElementById('page').src;")
    version = int(browser.execute_script("return document.getElementById('status').dataset.version;"))

    story = page / "erqiqu.md"
    story.write_text(story.read_text(encoding="utf-8") + "\n\n" + "雾炮车又增加了新的一段说明。" * 400 + "\n",
                     encoding="utf-8")
    saved = time.monotonic()
    _wait(browser, f"return Number(document.getElementById('status').dataset.version) > {version} && "
                   "document.getElementById('status').textContent.startsWith('not-ready');")
    _wait(browser, "const i = document.getElementById('page'); return i.complete && i.naturalWidth > 0;")
    elapsed = time.monotonic() - saved
    assert browser.execute_script("return document.getElementById('page').src;") != first
    findings = browser.execute_script("return document.getElementById('findings').textContent;")
    assert "did not fit" in findings or "no room left" in findings
    print(f"save to updated page in the browser: {elapsed:.2f} s")
    assert elapsed < 10

    # a finding is clickable and zooms to its place
    browser.execute_script("document.querySelector('.finding.error').click();")
    _wait(browser, "return document.getElementById('mark').style.display === 'block';")
