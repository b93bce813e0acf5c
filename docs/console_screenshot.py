"""Record a real console session in a pseudo-terminal and draw it as an SVG for the README.

    python docs/console_screenshot.py [STORE] [-o docs/console.svg]

The session runs ``rekg console`` on STORE (default: the demo store ``rekg-data/graph.db``,
filled by ``make demo``) through pexpect, types a few statements, and writes the screen text
(ANSI colours dropped) as a monospace SVG.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
from pathlib import Path

import pexpect

ROOT = Path(__file__).resolve().parents[1]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\r")
STEPS = (
    ":param material => 'dysprosium'",
    "MATCH p = (c:Country)-[:IMPOSES]->(:Restriction)-[:RESTRICTS]->(m:Material)\r"
    "WHERE m.name = $material RETURN p LIMIT 2;",
    "MATCH (c:Country {name: 'China'}) RETURN c;",
    "MATCH (n RETURN n;",
)


def record(store: str) -> str:
    env = dict(os.environ, PROMPT_TOOLKIT_NO_CPR="1", TERM="dumb", COLUMNS="100",
               REKG_HISTORY=str(ROOT / "rekg-data" / ".screenshot-history"))
    child = pexpect.spawn(str(Path(sys.executable).parent / "rekg"),
                          ["--store", store, "console"], env=env, dimensions=(60, 100),
                          encoding="utf-8", timeout=60)
    transcript: list[str] = []
    child.expect("rekg> ")
    banner = ANSI.sub("", child.before).strip().splitlines()
    transcript.extend(banner[-1:])
    for step in STEPS:
        child.send(step + "\r")
        child.expect("rekg> ")
        typed = step.split("\r")
        transcript.append("rekg> " + typed[0])
        transcript.extend("...> " + line for line in typed[1:])
        screen = ANSI.sub("", child.before)
        # the pseudo-terminal echoes what was typed: keep what follows its last line
        cut = screen.rfind(typed[-1])
        transcript.extend(screen[cut + len(typed[-1]):].strip("\n").splitlines())
    transcript.append("rekg> ")
    child.send(":quit\r")
    child.expect(pexpect.EOF)
    return "\n".join(transcript)


def to_svg(text: str, width_chars: int = 100) -> str:
    lines = [line.rstrip() for line in text.splitlines()]
    line_height, char_width, pad = 18, 8.4, 14
    height = pad * 2 + line_height * len(lines)
    width = pad * 2 + char_width * width_chars
    body = "\n".join(
        f'<text x="{pad}" y="{pad + line_height * (i + 1) - 4}">{html.escape(line)}</text>'
        for i, line in enumerate(lines))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height}" '
            f'font-family="DejaVu Sans Mono, Menlo, monospace" font-size="14">\n'
            f'<rect width="100%" height="100%" fill="#1e1e1e"/>\n'
            f'<g fill="#e0e0e0" xml:space="preserve">\n{body}\n</g>\n</svg>\n')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", nargs="?", default="rekg-data/graph.db")
    parser.add_argument("-o", "--output", default=str(ROOT / "docs" / "console.svg"))
    args = parser.parse_args()
    Path(args.output).write_text(to_svg(record(args.store)), encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
