"""Tab completion for the console: labels, relationship types, property keys, query names."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

from rekg.errors import RekgError
from rekg.queries.catalog import get_query
from rekg.queries.console_vocabulary import COMMANDS, CONSOLE_FORMATS, CYPHER_KEYWORDS

_CYPHER_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*$")


def candidates_for(text: str, vocabulary: dict[str, list[str]]) -> tuple[str, list[str]]:
    """The word being typed at the end of ``text`` and what it may become."""
    stripped = text.lstrip()
    if stripped.startswith(":"):
        return _command_candidates(stripped, vocabulary)
    match = _CYPHER_WORD.search(text)
    word = match.group(0) if match else ""
    before = text[: len(text) - len(word)]
    if before.endswith(":") or (before.endswith("|") and _inside_brackets(before)):
        if _inside_brackets(before):
            return word, vocabulary["relationship_types"]
        return word, vocabulary["labels"]
    if before.endswith("."):
        return word, vocabulary["property_keys"]
    if word:
        return word, list(CYPHER_KEYWORDS)
    return word, []


def _inside_brackets(text: str) -> bool:
    return text.rfind("[") > text.rfind("]")


def _command_candidates(text: str, vocabulary: dict[str, list[str]]) -> tuple[str, list[str]]:
    words = text.split()
    ends_with_space = text.endswith(" ")
    current = "" if ends_with_space else words[-1]
    position = len(words) if ends_with_space else len(words) - 1
    if position == 0:
        return current, list(COMMANDS)
    command = words[0].lower()
    if command == ":format" and position == 1:
        return current, list(CONSOLE_FORMATS)
    if command == ":run":
        if position == 1:
            return current, vocabulary["queries"]
        try:
            query = get_query(words[1])
        except RekgError:
            return current, []
        return current, [f"{param.name}=" for param in query.parameters]
    return current, []


class CypherCompleter(Completer):
    """Completes from a vocabulary fetched once, on the first Tab."""

    def __init__(self, vocabulary: Callable[[], dict[str, list[str]]]) -> None:
        self._load = vocabulary
        self._vocabulary: dict[str, list[str]] | None = None

    def get_completions(
        self, document: Document, complete_event: CompleteEvent
    ) -> Iterable[Completion]:
        if self._vocabulary is None:
            self._vocabulary = self._load()
        word, options = candidates_for(document.text_before_cursor, self._vocabulary)
        lowered = word.lower()
        for option in options:
            if option.lower().startswith(lowered) and option != word:
                yield Completion(option, start_position=-len(word))
