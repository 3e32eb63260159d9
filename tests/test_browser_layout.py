"""Real browser: the layout of every page and every presentation slide at three screen sizes.

For each page and slide (`/present?slide=N`) at 1920x1080, 1280x720 and 390x844, with the browser in
the dark colour scheme: the texts inside every plotly chart must not overlap each other nor reach
outside their chart (nor, on a slide, outside the screen); on a phone nothing may be wider than the
screen; every text must contrast with what lies behind it (WCAG: 4.5, or 3 for large type). One app,
one browser, one context per size, the three sizes at once; the counts per page are printed (run with -s
to see them) and screenshots land in artifacts/screenshots/layout/.
"""

from __future__ import annotations

import asyncio
import os

import pytest

from dashboard import catalog, charts, config, db
from devtools.bench import expected_charts
from devtools.browser import CHART_SELECTOR, CHARTS_DRAWN, EXCEPTION_SELECTOR, async_chromium, running_app

pytestmark = pytest.mark.slow  # a real browser against a running app

SIZES = {"1920x1080": (1920, 1080), "1280x720": (1280, 720), "390x844": (390, 844)}
SHOTS = config.ROOT / "artifacts" / "screenshots" / "layout"
# A page's wait, loaded beside the other sizes' pages. In about one run in four on this two-core machine one
# page (a different one each time) never showed the app idle, even after 90 s, while the other sizes went on:
# cause not found. The test keeps that page's screenshot (artifacts/screenshots/layout/failed/), says so, and
# loads the page once more; a second failure fails the test.
LOAD_TIMEOUT_MS = int(os.environ.get("LAYOUT_TIMEOUT_MS", "30000"))


def _registry() -> tuple[dict[str, int], list[int]]:
    """Charts each page draws when it opens, and charts per slide (from the registry and the data)."""
    con = db.connect()
    try:
        query = lambda n, **p: db.run(con, n, **p)  # noqa: E731
        pages = {path: n for path, n in expected_charts().items() if path != "present"}
        slides = [1 if isinstance(s, charts.Chart) else 0 for s in catalog.presentation_slides(query, "zh")]
        return pages, slides
    finally:
        con.close()


PAGES, SLIDES = _registry()
# Chinese (the default) always; LAYOUT_LANGS=zh,en adds the English pages and slides (twice the time).
LANGS = [x for x in os.environ.get("LAYOUT_LANGS", "zh").split(",") if x]
TARGETS = [(f"/{p}" + ("" if lang == "zh" else "?lang=en"), n) for lang in LANGS for p, n in PAGES.items()] + [
    (f"/present?slide={i}" + ("" if lang == "zh" else "&lang=en"), n)
    for lang in LANGS for i, n in enumerate(SLIDES, start=1)]

# Everything measured in one evaluation: chart texts (overlaps, outside the chart, or on a slide at a
# desktop size outside the screen: a slide never scrolls there),
# page width, and the contrast of every visible text against its nearest opaque background.
MEASURE = r"""
(sel) => {
  const out = {overlaps: [], clipped: [], contrast: [], width: 0};
  const vw = window.innerWidth, vh = window.innerHeight;
  const slide = location.pathname.endsWith('/present');
  document.querySelectorAll('[data-testid="stPlotlyChart"]').forEach((chart, ci) => {
    const box = chart.getBoundingClientRect();
    const texts = [];
    chart.querySelectorAll('svg text').forEach(el => {
      if (el.closest('.hoverlayer')) return;
      const s = (el.textContent || '').trim();
      const r = el.getBoundingClientRect();
      if (!s || r.width < 1 || r.height < 1) return;
      if (getComputedStyle(el).visibility === 'hidden' || el.closest('[style*="display: none"]')) return;
      texts.push({s, r});
    });
    const shrink = 1;  // px of tolerance: glyph boxes touch without the ink touching
    for (let i = 0; i < texts.length; i++) {
      const a = texts[i].r;
      if (a.left < box.left - shrink || a.right > box.right + shrink || a.top < box.top - shrink
          || a.bottom > box.bottom + shrink
          || (slide && vw > 640 && (a.bottom > vh + shrink || a.right > vw + shrink)))  // a phone scrolls
        out.clipped.push(`chart ${ci}: "${texts[i].s.slice(0, 40)}"`);
      for (let j = i + 1; j < texts.length; j++) {
        const b = texts[j].r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > shrink && h > shrink)
          out.overlaps.push(`chart ${ci}: "${texts[i].s.slice(0, 30)}" × "${texts[j].s.slice(0, 30)}"`);
      }
    }
  });
  out.width = Math.max(document.documentElement.scrollWidth,
                       ...Array.from(document.querySelectorAll('[data-testid="stMain"], '
                         + '[data-testid="stMainBlockContainer"]')).map(e => e.scrollWidth)) - vw;
  const rgb = c => { const m = c.match(/[\d.]+/g) || [0, 0, 0, 0];
                     return [+m[0], +m[1], +m[2], m.length > 3 ? +m[3] : 1]; };
  const lum = ([r, g, b]) => { const f = v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const background = el => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c[3] > 0.5) return c;
    }
    return rgb(getComputedStyle(document.body).backgroundColor);
  };
  const main = document.querySelector('[data-testid="stMain"]') || document.body;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || seen.has(el) || !n.textContent.trim() || el.closest('svg')) continue;
    seen.add(el);
    const st = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || st.visibility === 'hidden' || +st.opacity === 0) continue;
    const fg = rgb(st.color);
    if (fg[3] < 0.2) continue;
    const [l1, l2] = [lum(fg), lum(background(el))].sort((x, y) => y - x);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const size = parseFloat(st.fontSize), bold = parseInt(st.fontWeight) >= 700;
    const need = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
    if (ratio < need) out.contrast.push(`"${n.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
  }
  return out;
}
"""


@pytest.fixture(scope="module")
def app_url():
    with running_app() as url:
        yield url


def _name(target: str) -> str:
    return target.strip("/").replace("present?slide=", "slide-").replace("?lang=", "-").replace("&lang=", "-")


# wait until the charts and the page stop changing size (plotly's responsive relayout, Streamlit's layout)
SETTLED = """async () => {
  const sig = () => Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"] .main-svg, '
      + '[data-testid="stMain"]')).map(e => { const r = e.getBoundingClientRect();
      return `${r.width}x${r.height}`; }).join(',');
  let last = sig();
  for (let i = 0, same = 0; i < 30 && same < 2; i++) {
    await new Promise(r => setTimeout(r, 100));
    const now = sig();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}"""


async def _measure(browser, app_url: str, size: str, targets: list) -> tuple[dict, list[str]]:
    """Targets at one screen size: the counts, and the lines of the report."""
    width, height = SIZES[size]
    context = await browser.new_context(viewport={"width": width, "height": height})
    page = await context.new_page()
    await page.emulate_media(color_scheme="dark")
    (SHOTS / size).mkdir(parents=True, exist_ok=True)
    totals = {"overlaps": 0, "clipped": 0, "contrast": 0, "too_wide": 0}
    report = []
    try:
        for target, expected in targets:
            for attempt in (1, 2):
                await page.goto(f"{app_url}{target}")
                try:
                    await page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]',
                                                 state="attached", timeout=LOAD_TIMEOUT_MS)
                    await page.wait_for_function(CHARTS_DRAWN, arg=expected, timeout=LOAD_TIMEOUT_MS)
                    break
                except Exception:  # keep what the browser showed; load the page once more
                    failed = SHOTS / "failed" / f"{size}-{_name(target)}"
                    failed.parent.mkdir(parents=True, exist_ok=True)
                    await page.screenshot(path=f"{failed}.png")
                    failed.with_suffix(".html").write_text(await page.content(), encoding="utf-8")
                    print(f"{size} {target}: not idle after {LOAD_TIMEOUT_MS} ms (attempt {attempt})")
                    if attempt == 2:
                        raise
            await page.wait_for_timeout(600)  # plotly's responsive relayout
            await page.evaluate(SETTLED)
            assert await page.locator(EXCEPTION_SELECTOR).count() == 0, target
            m = await page.evaluate(MEASURE, CHART_SELECTOR)
            wide = size == "390x844" and m["width"] > 0
            counts = {"overlaps": len(m["overlaps"]), "clipped": len(m["clipped"]),
                      "contrast": len(m["contrast"]), "too_wide": int(wide)}
            for k, v in counts.items():
                totals[k] += v
            print(f"{size} {target:28} overlaps={counts['overlaps']:3} clipped={counts['clipped']:3} "
                  f"contrast={counts['contrast']:3} width+={m['width']}")
            for k in ("overlaps", "clipped", "contrast"):
                for item in m[k][:12]:
                    report.append(f"  {size} {target} {k}: {item}")
            await page.screenshot(path=str(SHOTS / size / f"{_name(target)}.png"))
    finally:
        await context.close()
    return totals, report


def test_layout(app_url):
    # The three sizes load at once, a browser context each: 191 s instead of 360 s one after the other (the
    # time was mostly the app's and the browser's waits); two contexts per size were no faster (202 s).
    async def run() -> list:
        async with async_chromium() as browser:
            return await asyncio.gather(*(_measure(browser, app_url, size, TARGETS) for size in SIZES))

    results = asyncio.run(run())
    report = [line for _, lines in results for line in lines]
    print("\n".join(report))
    totals = dict(zip(SIZES, (counts for counts, _ in results), strict=True))
    for size, counts in totals.items():
        print(f"{size} TOTAL {counts}")
    clean = {"overlaps": 0, "clipped": 0, "contrast": 0, "too_wide": 0}
    assert all(counts == clean for counts in totals.values()), "\n".join(report)
