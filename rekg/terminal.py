"""Text from the graph made safe for a terminal (issue 11, row 13).

Names, titles and paths come from scraped pages: an escape sequence in one of them could
move the cursor, retitle the window or hide what follows when printed raw. Everything rekg
prints for people goes through ``printable``; JSON and CSV output keep the data as is.
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 controls but tab and newline, DEL, C1 controls (U+0080-U+009F: U+009B is a CSI on many
# terminals), and the bidirectional overrides and isolates that reorder what is shown.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL_PICTURES = 0x2400
_LINE_BREAKS = re.compile(r"[\n\t]")


def _shown(match: re.Match[str]) -> str:
    char = match[0]
    code = ord(char)
    if code < 0x20:
        return chr(_CONTROL_PICTURES + code)  # ESC shows as ␛
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def printable(text: str, *, one_line: bool = False) -> str:
    """``text`` with control characters shown as visible symbols; with ``one_line`` also
    tabs and line breaks, for one-line messages."""
    text = _UNSAFE.sub(_shown, text)
    if one_line:
        text = _LINE_BREAKS.sub(" ", text)
    return text


def json_for_terminal(value: Any, **options: Any) -> str:
    """``json.dumps`` that also escapes C1 controls and direction overrides (as ``\\u009b``):
    the data stays the same, only its spelling changes."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", json.dumps(value, **options))
