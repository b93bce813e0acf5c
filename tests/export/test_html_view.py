"""The HTML view in headless Chromium: every node shown, search, filters, details, offline."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from export.export_graphs import ARTIFACTS, store_graph
from rekg.graph.export.pipeline import export_store
from rekg.graph.store import Store

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


@pytest.fixture
def browser_page(tmp_path: Path) -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is needed for the HTML view test: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"), executable_path=CHROMIUM, headless=True,
            args=CHROMIUM_ARGS, viewport={"width": 1400, "height": 900})
        try:
            yield context.new_page()
        finally:
            context.close()


def test_page_shows_every_node_and_works_offline(
    sample_store: Store, tmp_path: Path, browser_page: Any
) -> None:
    out = tmp_path / "graph.html"
    export_store(sample_store, "html", out)
    nodes, relationships = store_graph(sample_store)
    page = browser_page
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(out.as_uri())
    page.wait_for_function("window.rekgGraph && window.rekgGraph.ready")

    assert errors == []
    assert [url for url in requests if not url.startswith("file://")] == []
    assert page.evaluate("rekgGraph.nodeCount()") == len(nodes)
    assert page.evaluate("rekgGraph.edgeCount()") == len(relationships)
    assert page.evaluate("rekgGraph.renderedNodeCount()") == len(nodes)
    counts = page.inner_text("#counts")
    assert f"{len(nodes)} of {len(nodes)} nodes" in counts

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "html-view-sample.png"))

    # Search by name or alias.
    assert page.evaluate("rekgGraph.search('lynas')") == 1
    page.fill("#search", "beijing")
    assert page.inner_text("#search-result") == "1 match"

    # Filter by label and by relationship type, through the checkboxes.
    articles = sum(1 for node in nodes if node["label"] == "Article")
    page.click("#label-filters input[data-name='Article']")
    assert page.evaluate("rekgGraph.visibleNodeCount()") == len(nodes) - articles
    mentions = sum(1 for rel in relationships if rel["type"] == "MENTIONS")
    page.click("#label-filters input[data-name='Article']")
    page.click("#type-filters input[data-name='MENTIONS']")
    assert page.evaluate("rekgGraph.visibleEdgeCount()") == len(relationships) - mentions

    # Clicking a node shows its properties and the evidence behind its relationships.
    position = page.evaluate(
        "(() => { const p = rekgGraph.cy.getElementById('country:cn').renderedPosition();"
        " return [p.x, p.y]; })()")
    box = page.locator("#cy").bounding_box()
    page.mouse.click(box["x"] + position[0], box["y"] + position[1])
    details = page.inner_text("#details")
    assert "China" in details and "CHN" in details
    assert "China IMPOSES China export licensing on seven rare earths." in details
    # Evidence is shown as text: markup inside it is not interpreted.
    assert "<b>final</b>" in details
    assert page.evaluate("document.querySelectorAll('#details b').length") == 0
    page.screenshot(path=str(ARTIFACTS / "html-view-sample-selected.png"))
