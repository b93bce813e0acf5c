"""One self-contained HTML file: an interactive WebGL view of the graph.

The page inlines the vendored graphology, sigma.js and graphology-library bundles (see
``assets/README.md``) and the graph as node-link JSON; its Content-Security-Policy forbids
every network request (the ForceAtlas2 worker starts from a ``blob:`` URL), so it works
offline. The data is streamed into the file; the browser of course holds the whole graph.
``window.rekgGraph`` exposes counts, search, filters and the date range for scripts and tests.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from rekg.graph.export import node_link
from rekg.graph.export.gexf import DEFAULT_COLOUR, LABEL_COLOURS
from rekg.graph.export.properties import TextSink, open_output

ASSETS = "rekg.graph.export.assets"
# In load order: sigma and the layout bundle look for the graphology global.
LIBRARIES = ("graphology.umd.min.js", "sigma.min.js", "graphology-library.min.js")
_DATA_MARK = "__REKG_DATA__"
_LIBRARY_MARK = "__REKG_LIBRARY__"
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


def _asset(name: str) -> str:
    return resources.files(ASSETS).joinpath(name).read_text(encoding="utf-8")


def _library(name: str) -> str:
    # The map files are not shipped, and an inline script has no URL to resolve them against.
    return _SOURCE_MAP.sub("", _asset(name))


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


class _ScriptSafe:
    """A text sink that escapes ``<`` in JSON, so no value can close the script element."""

    def __init__(self, out: TextSink) -> None:
        self._out = out

    def write(self, text: str) -> int:
        return self._out.write(text.replace("<", "\\u003c"))


class HtmlViewFormat:
    name = "html"
    description = ("a self-contained offline HTML page: WebGL view, ForceAtlas2 layout, search,"
                   " filters, date slider")
    opens_in = "any web browser, offline"
    streaming = True

    def write(
        self,
        nodes: Iterable[dict[str, Any]],
        relationships: Iterable[dict[str, Any]],
        out_path: str | Path,
        title: str = "rekg: rare-earth supply chain",
    ) -> None:
        colours = {label: _hex(rgb) for label, rgb in LABEL_COLOURS.items()}
        colours["default"] = _hex(DEFAULT_COLOUR)
        page = (_asset("view.html")
                .replace("__REKG_TITLE__", html.escape(title))
                .replace("__REKG_COLOURS__", json.dumps(colours)))
        head, tail = page.split(_DATA_MARK, 1)
        before_library, after_library = head.split(_LIBRARY_MARK, 1)
        with open_output(out_path) as out:
            out.write(before_library)
            for name in LIBRARIES:
                out.write(_library(name))
                out.write("\n;\n")
            out.write(after_library)
            node_link.write_stream(_ScriptSafe(out), nodes, relationships)
            out.write(tail)

    def read(self, path: str | Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The graph embedded in a page this format wrote."""
        text = Path(path).read_text(encoding="utf-8")
        start = text.index('<script type="application/json" id="rekg-data">')
        start = text.index(">", start) + 1
        data = json.loads(text[start:text.index("</script>", start)])
        return data["nodes"], data["links"]


HTML_VIEW = HtmlViewFormat()
