"""The published page in a real browser: headless Chromium, axe-core, and the 320 px reflow check.

Needs Debian's chromium and tests/web/node_modules/axe-core (both installed by .ci/browser-deps.sh).
Screenshots are written to the test's tmp folder, or to $B1DOCS_SCREENSHOTS when set, for a person to look at.
"""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path

import pytest
from cdp import Browser, find_chromium
from conftest import AS_OF, SAMPLES

from b1docs.web.page import render_page
from b1docs.workbook.reader import load_workbook

AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = find_chromium()
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed; run .ci/browser-deps.sh"),
    pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed; run .ci/browser-deps.sh"),
]


@pytest.fixture(scope="module")
def browser():
    with Browser(CHROMIUM) as opened:
        yield opened


def _publish(sample: str, folder: Path, fragment: bool = False) -> Path:
    page = render_page(load_workbook(SAMPLES / f"{sample}.xlsx"), as_of=AS_OF, fragment=fragment)
    path = folder / f"{sample}{'-fragment' if fragment else ''}.html"
    path.write_text(page.html, encoding="utf-8")
    return path


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("B1DOCS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _axe_violations(browser: Browser) -> list[dict]:
    browser.evaluate(AXE.read_text(encoding="utf-8"))
    options = json.dumps({"runOnly": {"type": "tag", "values": AXE_TAGS}})
    result = browser.evaluate(
        f"axe.run(document, {options}).then(r => JSON.stringify(r.violations.map("
        "v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))))",
        await_promise=True)
    return json.loads(result)


@pytest.mark.parametrize("sample", ["oakfield-academy", "meadowbank-special-school", "northgate-college"])
def test_published_page_in_chromium(browser, sample, tmp_path):
    page = _publish(sample, tmp_path)
    shots = _shots(tmp_path)
    for width in (320, 1280):
        browser.events.clear()
        browser.open(page, width)
        browser.screenshot(shots / f"{sample}-{width}.png")
        assert (shots / f"{sample}-{width}.png").stat().st_size > 0
        assert browser.console_errors() == []
        if width == 320:
            # Reflow (WCAG 1.4.10): nothing scrolls sideways on a 320 px wide phone, tables included.
            assert browser.evaluate("document.documentElement.scrollWidth") <= 320
            wide = browser.evaluate(
                "[...document.querySelectorAll('body *')].filter(e => { const r = e.getBoundingClientRect();"
                " return r.width > 1 && r.right > document.documentElement.clientWidth + 0.5; })"
                ".map(e => e.tagName + ' ' + e.textContent.slice(0, 40))")
            assert wide == []
        violations = _axe_violations(browser)
        serious = [v for v in violations if v["impact"] in {"serious", "critical"}]
        assert serious == [], serious


def test_page_has_one_h1_and_headings_in_order(browser, tmp_path):
    browser.open(_publish("oakfield-academy", tmp_path), 1280)
    levels = browser.evaluate("[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])")
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in itertools.pairwise(levels))
    landmarks = browser.evaluate("['header','nav','main','footer'].map(t => document.querySelectorAll(t).length)")
    assert all(count >= 1 for count in landmarks)


def test_keyboard_focus_is_visible(browser, tmp_path):
    browser.open(_publish("oakfield-academy", tmp_path), 1280)
    style = browser.evaluate(
        "(() => { const a = document.querySelector('main a[href^=\"mailto:\"]'); a.focus();"
        " const s = getComputedStyle(a); return [s.backgroundColor, s.boxShadow]; })()")
    assert style[0] == "rgb(255, 221, 0)"
    assert style[1] != "none"


def test_script_in_a_cell_is_text_not_a_script(browser, make_workbook, tmp_path):
    from web_samples import workbook_data

    data = workbook_data(publication={"summary": "<script>alert(1)</script> Our programme."})
    path = tmp_path / "escaped.html"
    path.write_text(render_page(load_workbook(make_workbook(data)), as_of=AS_OF).html, encoding="utf-8")
    browser.events.clear()
    browser.open(path, 1280)
    assert browser.evaluate("document.querySelectorAll('script').length") == 0
    assert "<script>alert(1)</script>" in browser.evaluate("document.querySelector('#programme').innerText")
    assert browser.console_errors() == []
