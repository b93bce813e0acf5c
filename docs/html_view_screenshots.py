"""Screenshots of the HTML view for the README, and what the view costs at 10,000 nodes.

    .venv/bin/python docs/html_view_screenshots.py

1. ingests ``examples/articles`` into a fresh embedded store, exports it with
   ``rekg export --format html`` and, once the layout has ended, clicks China and takes
   ``docs/html-view.png``;
2. generates a graph of 10,000 nodes and 50,000 relationships with the shape of extracted
   news (topic clusters, hubs, Articles that MENTION what they cover, relationships with
   sources and evidence), writes it with the same HTML format and takes
   ``docs/html-view-10k.png``;
3. prints each file's size, the time from navigation to the first frame sigma draws, how
   long ForceAtlas2 ran, and how many frames per second sigma draws while the camera zooms
   in and out, as measured by this Chromium on this machine.

Debian's Chromium is driven through Python playwright (``apt-get install -y chromium``).
``--nodes`` and ``--relationships`` change the size of the generated graph.
"""

from __future__ import annotations

import argparse
import bisect
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rekg.graph.export.html_view import HTML_VIEW
from rekg.schema import ENDPOINTS, GraphFragment, Label, NodeBase, RelType, make_node, relate

if TYPE_CHECKING:
    from playwright.sync_api import ViewportSize

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--enable-unsafe-swiftshader"]
VIEWPORT: ViewportSize = {"width": 1400, "height": 900}

# Shares of the generated graph's nodes, and of its relationships by type.
LABEL_SHARES = {Label.COUNTRY: 0.02, Label.MATERIAL: 0.08, Label.PRODUCT: 0.12,
                Label.RESTRICTION: 0.10, Label.AGREEMENT: 0.04, Label.ORGANIZATION: 0.32,
                Label.PERSON: 0.12, Label.ARTICLE: 0.20}
TYPE_SHARES = {RelType.MENTIONS: 0.40, RelType.SUPPLIES: 0.14, RelType.DEPENDS_ON: 0.10,
               RelType.PRODUCES: 0.08, RelType.IMPOSES: 0.05, RelType.RESTRICTS: 0.06,
               RelType.TARGETS: 0.05, RelType.LOCATED_IN: 0.04, RelType.REPRESENTS: 0.03,
               RelType.PARTY_TO: 0.03, RelType.ADDRESSES: 0.015, RelType.IMPLEMENTS: 0.005}
TOPICS = 48
SAME_TOPIC = 0.95
FIRST_DAY = 738_886  # 2024-01-01 as a proleptic Gregorian ordinal
DAYS = 730

_SYLLABLES = ["ka", "lo", "ri", "ven", "tor", "mi", "sa", "dra", "nel", "qu", "os", "bel",
              "tan", "ru", "fe", "lin", "gor", "ax", "vi", "mon", "des", "pal", "zen", "cor"]
_SUFFIX = {Label.COUNTRY: ["ia", "land", "stan", "ora"],
           Label.MATERIAL: ["ite oxide", "ium metal", "ium", "ite concentrate", " alloy"],
           Label.PRODUCT: [" motor", " turbine", " sensor", " battery pack", " radar", " drive"],
           Label.RESTRICTION: [" export licence", " export ban", " quota", " tariff"],
           Label.AGREEMENT: [" accord", " framework", " consensus", " truce"],
           Label.ORGANIZATION: [" Metals", " Mining", " Magnetics", " Holdings", " Refining",
                                " Ministry"],
           Label.PERSON: [""], Label.ARTICLE: [""]}


@dataclass
class Measure:
    name: str
    path: Path
    nodes: int
    relationships: int
    first_render_ms: float
    layout_s: float
    layout_end: str
    zoom_fps: float = 0.0


def _name(rng: random.Random, label: Label, taken: set[str]) -> str:
    while True:
        stem = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        if label is Label.PERSON:
            stem += " " + "".join(rng.choice(_SYLLABLES) for _ in range(2)).capitalize()
        if label is Label.ARTICLE:
            stem = f"{stem} weighs curbs as {rng.choice(_SYLLABLES)} supply tightens"
        name = stem + rng.choice(_SUFFIX[label])
        if name.lower() not in taken:
            taken.add(name.lower())
            return name


class _Pool:
    """Nodes of one label in one topic, drawn with heavy-tailed weights so that hubs form."""

    def __init__(self) -> None:
        self.nodes: list[NodeBase] = []
        self.cumulative: list[float] = []

    def add(self, node: NodeBase, weight: float) -> None:
        self.nodes.append(node)
        self.cumulative.append((self.cumulative[-1] if self.cumulative else 0.0) + weight)

    def draw(self, rng: random.Random) -> NodeBase:
        point = rng.random() * self.cumulative[-1]
        return self.nodes[bisect.bisect_right(self.cumulative, point)]


def large_graph(
    nodes: int = 10_000, relationships: int = 50_000, seed: int = 13
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A schema-valid graph with exactly ``nodes`` nodes and ``relationships`` relationships.

    Returned as the dicts a store streams to the exporters (``{"label": ..., **properties}``
    and ``{"source", "target", "type", **properties}``). Articles have ``published`` days in
    2024 and 2025, and every relationship's ``sources`` are articles of its topic.
    """
    rng = random.Random(seed)
    fragment = GraphFragment()
    pools: dict[tuple[int, Label], _Pool] = {}
    articles: dict[int, list[NodeBase]] = {}
    taken: set[str] = set()
    counts = {label: max(TOPICS, round(nodes * share)) for label, share in LABEL_SHARES.items()}
    counts[Label.ORGANIZATION] += nodes - sum(counts.values())
    for label, count in counts.items():
        for index in range(count):
            topic = index % TOPICS
            fields: dict[str, Any] = {}
            if label is Label.ARTICLE:
                day = FIRST_DAY + rng.randrange(DAYS)
                fields = {"published": _iso(day), "title": None,
                          "url": f"https://news.example/{index}"}
            elif label is Label.RESTRICTION:
                fields = {"kind": rng.choice(["export_licensing", "export_quota", "sanction"]),
                          "status": rng.choice(["announced", "in_force", "suspended"])}
            name = _name(rng, label, taken)
            if label is Label.ARTICLE:
                fields["title"] = name
            node = fragment.add_node(make_node(label, name, **fields))
            if label is Label.ARTICLE:
                articles.setdefault(topic, []).append(node)
            else:
                pools.setdefault((topic, label), _Pool()).add(node, rng.paretovariate(1.3))
    targets = {rel_type: round(relationships * share) for rel_type, share in TYPE_SHARES.items()}
    targets[RelType.MENTIONS] += relationships - sum(targets.values())
    label_totals = {label: counts[label] for label in counts}
    for rel_type, wanted in targets.items():
        starts, ends = (sorted(side) for side in ENDPOINTS[rel_type])
        made = 0
        while made < wanted:
            topic = rng.randrange(TOPICS)
            if rel_type is RelType.MENTIONS:
                source = rng.choice(articles[topic])
            else:
                source = pools[(topic, _weighted_label(rng, starts, label_totals))].draw(rng)
            if rng.random() > SAME_TOPIC:
                topic = rng.randrange(TOPICS)
            end_labels: list[Label] = [label for label in ends if label is not Label.ARTICLE]
            target = pools[(topic, _weighted_label(rng, end_labels, label_totals))].draw(rng)
            if target.id == source.id:
                continue
            if rel_type is RelType.MENTIONS:
                sources = [source.id]
            else:
                pool = articles[topic]
                sources = [a.id for a in rng.sample(pool, min(len(pool), rng.randint(1, 2)))]
            before = len(fragment.relationships)
            fragment.add_relationship(relate(
                rel_type, source, target, sources=sources,
                evidence=[] if rel_type is RelType.MENTIONS else
                [f"{source.name} {rel_type.value.lower().replace('_', ' ')} {target.name}, "
                 "officials said."],
                confidence=1.0 if rel_type is RelType.MENTIONS else
                round(rng.uniform(0.55, 0.98), 2)))
            made += len(fragment.relationships) - before
    node_rows = [{"label": node.label.value, **node.properties()}
                 for node in fragment.nodes.values()]
    rel_rows = [{"source": rel.source, "target": rel.target, "type": rel.type.value,
                 **rel.store_properties()} for rel in fragment.relationships.values()]
    return node_rows, rel_rows


def _weighted_label(
    rng: random.Random, labels: Sequence[Label], totals: dict[Label, int]
) -> Label:
    return rng.choices(labels, weights=[totals[label] for label in labels])[0]


def _iso(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


@contextmanager
def chromium_page(profile: Path) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            viewport=VIEWPORT)
        try:
            yield context.new_page()
        finally:
            context.close()


def wait_until(page: Any, expression: str, timeout_s: float = 300.0) -> None:
    """Poll ``expression`` in the page until it is true.

    Not ``page.wait_for_function``: its polling evaluates a string, which the page's
    Content-Security-Policy (no 'unsafe-eval') refuses.
    """
    deadline = time.monotonic() + timeout_s
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise TimeoutError(f"still false after {timeout_s:.0f} s: {expression}")
        time.sleep(0.25)


def open_view(page: Any, path: Path) -> None:
    """Load a view and wait until its ForceAtlas2 run has ended."""
    page.goto(path.as_uri())
    wait_until(page, "window.rekgGraph !== undefined && rekgGraph.ready")
    wait_until(page, "!rekgGraph.layoutRunning()")


# Frames sigma draws per second while the camera zooms in and back out, 2 s each way.
ZOOM_FPS = """async () => {
    const renderer = rekgGraph.renderer, camera = renderer.getCamera();
    let frames = 0;
    const count = () => { frames++; };
    renderer.on("afterRender", count);
    const started = performance.now();
    await camera.animate({ratio: camera.ratio / 4}, {duration: 2000});
    await camera.animate({ratio: camera.ratio * 4}, {duration: 2000});
    renderer.off("afterRender", count);
    return frames / ((performance.now() - started) / 1000);
}"""


def shoot(page: Any, name: str, path: Path, png: Path, select: str | None = None) -> Measure:
    """Open ``path``, wait for the layout, click ``select`` if given, and take ``png``."""
    open_view(page, path)
    measure = Measure(name, path, page.evaluate("rekgGraph.nodeCount()"),
                      page.evaluate("rekgGraph.edgeCount()"),
                      page.evaluate("rekgGraph.firstRenderMs()"),
                      page.evaluate("rekgGraph.layoutSeconds()"),
                      page.evaluate("rekgGraph.layoutStopReason()"))
    if select is not None:
        x, y = page.evaluate(f"rekgGraph.viewportPosition({select!r})")
        box = page.locator("#graph").bounding_box()
        page.mouse.click(box["x"] + x, box["y"] + y)
    page.screenshot(path=str(png))
    measure.zoom_fps = page.evaluate(ZOOM_FPS)
    return measure


def example_store_html(work: Path) -> Path:
    """``examples/articles`` through the real CLI: ingest into a fresh store, export HTML."""
    rekg = [str(Path(sys.executable).parent / "rekg")]
    store = f"embedded:{work / 'examples.db'}"
    out = work / "examples.html"
    subprocess.run([*rekg, "--store", store, "ingest", str(REPO / "examples" / "articles")],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([*rekg, "--store", store, "export", "--format", "html", "-o", str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--relationships", type=int, default=50_000)
    parser.add_argument("--out", type=Path, default=DOCS, help="folder for the PNG files")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rekg-html-shots-"))
    try:
        examples = example_store_html(work)
        large = work / "large.html"
        HTML_VIEW.write(*large_graph(args.nodes, args.relationships), large)
        measures = []
        with chromium_page(work / "profile") as page:
            measures.append(shoot(page, "examples/articles", examples, select="country:cn",
                                  png=args.out / "html-view.png"))
            measures.append(shoot(page, "generated", large, png=args.out / "html-view-10k.png"))
        for m in measures:
            print(f"{m.name}: {m.nodes:,} nodes, {m.relationships:,} relationships, "
                  f"{m.path.stat().st_size / 1e6:.1f} MB; first frame {m.first_render_ms:,.0f} ms "
                  f"after navigation; ForceAtlas2 {m.layout_end} after {m.layout_s:.1f} s; "
                  f"{m.zoom_fps:.0f} frames/s while zooming")
        print(f"screenshots in {args.out}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
