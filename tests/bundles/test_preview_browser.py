"""The preview pages in a real browser: Debian's chromium driven by Selenium through chromium-driver
(explicit paths: Selenium Manager never downloads anything). Links resolve both ways, no console
errors, and 关怀模式 makes the text larger."""

from pathlib import Path

import pytest

from bundles.preview import write_preview

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
pytestmark = pytest.mark.slow


@pytest.fixture
def driver(tmp_path):
    assert CHROMIUM.exists() and CHROMEDRIVER.exists(), (
        "chromium and chromium-driver: ./test.sh installs them"
    )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}"):  # fmt: skip
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    d = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    d.set_page_load_timeout(30)
    yield d
    d.quit()


def _path(driver) -> str:
    """The page's file, without the ?care=0|1 the pages' links carry (关怀模式 travels with them)."""
    from urllib.parse import urlsplit

    return urlsplit(driver.current_url).path


def _severe(driver) -> list[dict]:
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def _font_px(driver, selector: str) -> float:
    element = driver.find_element("css selector", selector)
    return float(driver.execute_script("return getComputedStyle(arguments[0]).fontSize", element)[:-2])


def test_links_resolve_without_console_errors_and_care_mode_enlarges(tmp_path, driver, preview_input):
    folder = write_preview(preview_input, tmp_path / "out").folder
    driver.get((folder / "policy.html").as_uri())
    assert driver.title.startswith("关于做好<第3批>")
    assert [c.text for c in driver.find_elements("css selector", "table.gkml th")][:3] == [
        "索引号", "主题分类", "发布机构",
    ]  # fmt: skip
    assert _severe(driver) == []

    driver.find_element("id", "interpretation-link").click()
    assert _path(driver).endswith("/interpretation.html")
    assert "政策解读" in driver.find_element("tag name", "h1").text
    image = driver.find_element("css selector", "figure.form-image img")
    assert driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth", image) == 8
    assert _severe(driver) == []

    driver.find_element("css selector", "footer a").click()  # 返回政策原文
    assert _path(driver).endswith("/policy.html")
    from selenium.webdriver.support.ui import WebDriverWait

    # the page's script (the 关怀模式 switch) has run only once the document is complete
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")

    before = _font_px(driver, "article.policy p")
    line_before = driver.execute_script(
        "return parseFloat(getComputedStyle(document.querySelector('article.policy p')).lineHeight)"
    )
    driver.find_element("id", "care-switch").click()
    assert "care" in driver.find_element("tag name", "body").get_attribute("class")
    after = _font_px(driver, "article.policy p")
    line_after = driver.execute_script(
        "return parseFloat(getComputedStyle(document.querySelector('article.policy p')).lineHeight)"
    )
    assert after >= 1.2 * before and line_after >= 1.3 * line_before

    # remembered: the 解读 page opens in 关怀模式 too

    driver.find_element("id", "interpretation-link").click()
    WebDriverWait(driver, 10).until(
        lambda d: (
            _path(d).endswith("/interpretation.html")
            and d.execute_script("return document.readyState") == "complete"
        )
    )
    assert "care" in driver.find_element("tag name", "body").get_attribute("class")
    assert _severe(driver) == []
