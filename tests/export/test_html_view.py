"""The HTML view in headless Chromium: offline, counts, default filters, search, details, dates."""

from __future__ import annotations

import base64
import importlib.util
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from export.export_graphs import ARTIFACTS, REPO, store_graph
from rekg.graph.embedded_store import EmbeddedStore
from rekg.graph.export.html_view import HTML_VIEW
from rekg.graph.export.pipeline import export_store
from rekg.graph.store import Store
from rekg.schema import GraphFragment, RelType, make_node, relate

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS_PY = REPO / "docs" / "html_view_screenshots.py"


@pytest.fixture(scope="module")
def shots() -> ModuleType:
    """``docs/html_view_screenshots.py``: its Chromium settings and its 10,000-node graph."""
    spec = importlib.util.spec_from_file_location("rekg_html_view_screenshots", SCREENSHOTS_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


class Browser:
    """One Chromium page, with every page error, console error and request it saw."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("console", lambda message: self.errors.append(message.text)
                if message.type == "error" else None)
        page.on("request", lambda request: self.requests.append(request.url))

    def open(self, path: Path) -> None:
        self.page.goto(path.as_uri())
        self.wait_until("window.rekgGraph !== undefined && rekgGraph.ready")

    def wait_until(self, expression: str, timeout_s: float = 300.0) -> None:
        # Not page.wait_for_function: the page's CSP (no 'unsafe-eval') refuses its polling.
        deadline = time.monotonic() + timeout_s
        while not self.page.evaluate(expression):
            assert time.monotonic() < deadline, f"still false after {timeout_s} s: {expression}"
            time.sleep(0.2)

    def js(self, expression: str) -> Any:
        return self.page.evaluate(expression)

    def offline_and_clean(self) -> None:
        assert self.errors == []
        # blob: is the ForceAtlas2 worker's script, made in the page itself.
        assert [url for url in self.requests if not url.startswith(("file://", "blob:"))] == []


@pytest.fixture
def browser(tmp_path: Path, shots: ModuleType) -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is needed for the HTML view test: apt-get install -y chromium")
    with shots.chromium_page(tmp_path / "chromium-profile") as page:
        yield Browser(page)


def test_page_works_offline_hides_articles_and_shows_evidence(
    sample_store: Store, tmp_path: Path, browser: Browser
) -> None:
    out = tmp_path / "graph.html"
    export_store(sample_store, "html", out)
    nodes, relationships = store_graph(sample_store)
    articles = sum(1 for node in nodes if node["label"] == "Article")
    mentions = sum(1 for rel in relationships if rel["type"] == "MENTIONS")
    assert articles and mentions
    browser.open(out)
    browser.wait_until("!rekgGraph.layoutRunning()")

    browser.offline_and_clean()
    # ForceAtlas2 ran in its worker (the CSP lets the blob: worker start) and came to rest.
    assert browser.js("rekgGraph.layoutIterations()") > 0
    assert browser.js("rekgGraph.layoutStopReason()") in ("settled", "stopped at its time budget")
    assert browser.js("rekgGraph.nodeCount()") == len(nodes)
    assert browser.js("rekgGraph.edgeCount()") == len(relationships)
    # Articles and their MENTIONS are hidden until the toggle shows them.
    assert browser.js("rekgGraph.visibleNodeCount()") == len(nodes) - articles
    assert browser.js("rekgGraph.visibleEdgeCount()") == len(relationships) - mentions
    assert (f"{len(nodes) - articles} of {len(nodes)} nodes, {len(relationships) - mentions} "
            f"of {len(relationships)} relationships shown") in browser.page.inner_text("#counts")
    assert not browser.page.is_checked("#label-filters input[data-name='Article']")
    assert browser.js("rekgGraph.renderedNodeCount()") == len(nodes) - articles
    ARTIFACTS.mkdir(exist_ok=True)
    browser.page.screenshot(path=str(ARTIFACTS / "html-view-sample.png"))

    browser.page.click("#articles-toggle")
    assert browser.js("rekgGraph.visibleNodeCount()") == len(nodes)
    assert browser.js("rekgGraph.visibleEdgeCount()") == len(relationships)
    assert browser.page.is_checked("#type-filters input[data-name='MENTIONS']")

    # Search by name or alias.
    assert browser.js("rekgGraph.search('lynas')") == 1
    browser.page.fill("#search", "beijing")
    assert browser.page.inner_text("#search-result") == "1 match"
    browser.page.fill("#search", "")

    # The label and type checkboxes filter too.
    browser.page.click("#label-filters input[data-name='Article']")
    assert browser.js("rekgGraph.visibleNodeCount()") == len(nodes) - articles
    browser.page.click("#label-filters input[data-name='Article']")
    browser.page.click("#type-filters input[data-name='MENTIONS']")
    assert browser.js("rekgGraph.visibleEdgeCount()") == len(relationships) - mentions

    # Clicking a node shows its properties and the evidence behind its relationships.
    x, y = browser.js("rekgGraph.viewportPosition('country:cn')")
    box = browser.page.locator("#graph").bounding_box()
    browser.page.mouse.click(box["x"] + x, box["y"] + y)
    details = browser.page.inner_text("#details")
    assert "China" in details and "CHN" in details
    assert "China IMPOSES China export licensing on seven rare earths." in details
    # Evidence is shown as text: markup inside it is not interpreted.
    assert "<b>final</b>" in details
    assert browser.js("document.querySelectorAll('#details b').length") == 0
    browser.page.screenshot(path=str(ARTIFACTS / "html-view-sample-selected.png"))
    browser.offline_and_clean()


def _dated_store(path: Path, dated: bool) -> EmbeddedStore:
    """Three articles on three days; relationships sourced from one, two or no article."""
    fragment = GraphFragment()
    add = fragment.add_node
    china = add(make_node("Country", "China", key="CN", iso2="CN"))
    japan = add(make_node("Country", "Japan", key="JP", iso2="JP"))
    usa = add(make_node("Country", "United States", key="US", iso2="US"))
    dysprosium = add(make_node("Material", "dysprosium", kind="element"))
    terbium = add(make_node("Material", "terbium", kind="element"))
    days = ["2025-04-04", "2025-06-10T08:00:00Z", "2025-10-09"] if dated else [None] * 3
    march, june, october = (add(make_node("Article", f"Article {i}", key=f"a{i}",
                                          published=day))
                            for i, day in enumerate(days))

    def link(rel_type: RelType, a: Any, b: Any, *sources: Any) -> None:
        fragment.add_relationship(relate(rel_type, a, b, sources=[s.id for s in sources],
                                         evidence=[f"{a.name} and {b.name}."]))

    link(RelType.PRODUCES, china, dysprosium, march)
    link(RelType.PRODUCES, china, terbium, march, october)
    link(RelType.SUPPLIES, china, japan, june)
    link(RelType.SUPPLIES, usa, japan, october)
    link(RelType.PRODUCES, usa, terbium)  # reference data: no source article
    for article, mentioned in ((march, china), (june, japan), (october, usa)):
        link(RelType.MENTIONS, article, mentioned, article)
    store = EmbeddedStore(path)
    store.merge(fragment)
    return store


def test_date_slider_filters_relationships_by_their_articles_dates(
    tmp_path: Path, browser: Browser
) -> None:
    store = _dated_store(tmp_path / "dated.db", dated=True)
    try:
        export_store(store, "html", tmp_path / "dated.html")
    finally:
        store.close()
    browser.open(tmp_path / "dated.html")
    page = browser.page

    assert browser.js("rekgGraph.dates()") == ["2025-04-04", "2025-06-10", "2025-10-09"]
    assert browser.js("rekgGraph.visibleEdgeCount()") == 5
    assert "2025-04-04 to 2025-10-09" in page.inner_text("#date-range")

    # The upper handle to the first day: April's relationships and the undated one remain.
    page.focus("#date-to")
    page.keyboard.press("Home")
    assert "2025-04-04 to 2025-04-04" in page.inner_text("#date-range")
    assert browser.js("rekgGraph.visibleEdgeCount()") == 3
    # Nodes with no relationship in the range go too: Japan has none before June.
    assert browser.js("rekgGraph.visibleNodeCount()") == 4
    page.click("#date-undated")
    assert browser.js("rekgGraph.visibleEdgeCount()") == 2
    assert browser.js("rekgGraph.visibleNodeCount()") == 3

    # From June on: China-Japan (June), China-terbium (March and October), USA-Japan.
    page.focus("#date-to")
    page.keyboard.press("End")
    page.focus("#date-from")
    page.keyboard.press("ArrowRight")
    assert "2025-06-10 to 2025-10-09" in page.inner_text("#date-range")
    assert browser.js("rekgGraph.visibleEdgeCount()") == 3
    # Articles shown: only those published in the range, with their MENTIONS.
    page.click("#articles-toggle")
    assert browser.js("rekgGraph.visibleEdgeCount()") == 5
    assert browser.js("rekgGraph.graph.getNodeAttribute('article:a0', 'hidden')") is True
    browser.offline_and_clean()


def test_date_slider_stays_out_of_the_way_when_no_article_has_a_date(
    tmp_path: Path, browser: Browser
) -> None:
    store = _dated_store(tmp_path / "undated.db", dated=False)
    try:
        export_store(store, "html", tmp_path / "undated.html")
    finally:
        store.close()
    browser.open(tmp_path / "undated.html")

    assert browser.js("rekgGraph.dates()") == []
    assert browser.page.is_disabled("#date-from") and browser.page.is_disabled("#date-to")
    assert "No article in this graph has a publication date" in \
        browser.page.inner_text("#date-range")
    assert browser.js("rekgGraph.visibleEdgeCount()") == 5
    browser.page.click("#articles-toggle")
    assert browser.js("rekgGraph.visibleEdgeCount()") == 8
    browser.offline_and_clean()


def _pixel_variety(browser: Browser, png: Path, left: int) -> dict[str, float]:
    """Distinct colours and the share of non-white pixels right of ``left`` in a screenshot."""
    page = browser.page.context.new_page()
    try:
        data = base64.b64encode(png.read_bytes()).decode()
        page.set_content(f'<img id="shot" src="data:image/png;base64,{data}">')
        variety: dict[str, float] = page.evaluate("""async (left) => {
            const img = document.getElementById("shot");
            await img.decode();
            const canvas = document.createElement("canvas");
            canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
            const ctx = canvas.getContext("2d");
            ctx.drawImage(img, 0, 0);
            const pixels = ctx.getImageData(left, 0, canvas.width - left, canvas.height).data;
            const colours = new Set();
            let inked = 0;
            for (let i = 0; i < pixels.length; i += 4) {
              const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]];
              colours.add((r << 16) | (g << 8) | b);
              if (r < 235 || g < 235 || b < 235) inked++;
            }
            return {colours: colours.size, inked: inked / (pixels.length / 4)};
        }""", left)
        return variety
    finally:
        page.close()


def test_view_holds_10000_nodes_and_50000_relationships(
    tmp_path: Path, browser: Browser, shots: ModuleType
) -> None:
    nodes, relationships = shots.large_graph(10_000, 50_000)
    assert (len(nodes), len(relationships)) == (10_000, 50_000)
    out = tmp_path / "large.html"
    HTML_VIEW.write(nodes, relationships, out)
    browser.open(out)
    # The first frame is drawn from the seeded layout; this test does not wait for
    # ForceAtlas2 to settle (docs/html_view_screenshots.py does).
    browser.js("rekgGraph.stopLayout()")

    browser.offline_and_clean()
    assert browser.js("rekgGraph.nodeCount()") == 10_000
    assert browser.js("rekgGraph.edgeCount()") == 50_000
    articles = {node["id"] for node in nodes if node["label"] == "Article"}
    mentions = sum(1 for rel in relationships if rel["type"] == "MENTIONS")
    assert browser.js("rekgGraph.visibleNodeCount()") == 10_000 - len(articles)
    assert browser.js("rekgGraph.visibleEdgeCount()") == 50_000 - mentions
    assert browser.js("rekgGraph.renderedNodeCount()") == 10_000 - len(articles)
    # Labels follow sigma's grid: some, and at most one per cell, never all 8,000.
    cells = browser.js("""(() => {
        const size = rekgGraph.renderer.getSetting("labelGridCellSize");
        const box = document.getElementById("graph");
        return Math.ceil(box.clientWidth / size) * Math.ceil(box.clientHeight / size);
    })()""")
    assert 0 < browser.js("rekgGraph.renderer.getNodeDisplayedLabels().size") <= cells

    # The date range keeps the relationships one of whose articles falls in it.
    published = {node["id"]: node["published"] for node in nodes if node["id"] in articles}
    days = sorted(set(published.values()))
    first, last = days[0], days[len(days) // 3]
    kept = [rel for rel in relationships if rel["type"] != "MENTIONS"
            and any(first <= published[s] <= last for s in rel["sources"])]
    assert 0 < len(kept) < 50_000 - mentions
    browser.js(f"rekgGraph.setDateRange('{first}', '{last}')")
    assert browser.js("rekgGraph.visibleEdgeCount()") == len(kept)
    assert browser.js("rekgGraph.visibleNodeCount()") == \
        len({end for rel in kept for end in (rel["source"], rel["target"])})
    browser.js(f"rekgGraph.setDateRange('{days[0]}', '{days[-1]}')")

    browser.page.click("#articles-toggle")
    assert browser.js("rekgGraph.visibleNodeCount()") == 10_000
    assert browser.js("rekgGraph.visibleEdgeCount()") == 50_000
    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "html-view-10k.png"
    browser.page.screenshot(path=str(screenshot))
    side = browser.page.locator("#side").bounding_box()
    variety = _pixel_variety(browser, screenshot, int(side["x"] + side["width"]) + 1)
    # Eight label colours, edges, labels and their anti-aliasing: a drawn graph, not a blank.
    assert variety["colours"] >= 50
    assert variety["inked"] >= 0.05
    browser.offline_and_clean()


@pytest.mark.parametrize("case", ["empty", "no relationships", "only articles"])
def test_view_opens_graphs_with_nothing_to_lay_out(
    case: str, tmp_path: Path, browser: Browser
) -> None:
    china = {"label": "Country", "id": "country:cn", "name": "China", "aliases": []}
    article = {"label": "Article", "id": "article:a", "name": "A", "aliases": [],
               "published": "2025-01-01"}
    mention = {"source": "article:a", "target": "country:cn", "type": "MENTIONS",
               "sources": ["article:a"], "evidence": [], "confidence": 1.0}
    nodes, relationships = {"empty": ([], []), "no relationships": ([china], []),
                            "only articles": ([article, china], [mention])}[case]
    out = tmp_path / "small.html"
    HTML_VIEW.write(nodes, relationships, out)
    browser.open(out)

    browser.offline_and_clean()
    assert browser.js("rekgGraph.nodeCount()") == len(nodes)
    assert browser.js("rekgGraph.visibleNodeCount()") == (1 if nodes else 0)
    assert browser.js("rekgGraph.layoutStopReason()") == "not needed"
