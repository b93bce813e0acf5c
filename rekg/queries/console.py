"""The interactive Cypher console behind ``rekg console``.

``ConsoleSession`` runs statements and ``:commands`` and returns their output as text, so
the same code serves the prompt_toolkit loop (``interact``) and piped input (``run_script``).
"""

from __future__ import annotations

import os
import re
import shlex
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from rekg.errors import ParameterError, RekgError, UnknownQueryError
from rekg.graph.store import QueryResult, Store
from rekg.queries.catalog import get_query, list_queries
from rekg.queries.format import render
from rekg.schema import Label, RelType

HISTORY_ENV = "REKG_HISTORY"
CONSOLE_FORMATS = ("table", "json")
COMMANDS = (":help", ":schema", ":queries", ":run", ":format", ":quit")
# Only used to explain a refusal; the database itself enforces read-only sessions.
_WRITE_CLAUSE = re.compile(r"\b(CREATE|MERGE|DELETE|SET|REMOVE|DROP|LOAD\s+CSV)\b", re.I)
CYPHER_KEYWORDS = (
    "MATCH", "OPTIONAL MATCH", "WHERE", "RETURN", "WITH", "ORDER BY", "LIMIT", "SKIP",
    "DISTINCT", "UNWIND", "AS", "AND", "OR", "NOT", "IN", "IS NULL", "IS NOT NULL",
    "CONTAINS", "STARTS WITH", "ENDS WITH", "CASE", "WHEN", "THEN", "ELSE", "END", "CALL",
    "UNION", "CREATE", "MERGE", "SET", "DELETE", "DETACH DELETE", "REMOVE", "count", "collect",
    "toLower", "coalesce", "labels", "type", "nodes", "relationships", "size", "exists",
)

HELP_TEXT = """\
Type Cypher ending with ';' (it may span several lines), or a command:
  :help                  this text
  :schema                labels, relationship types and property keys
  :queries               the canned queries
  :run NAME key=value    run a canned query (quote values with spaces: name="rare earths")
  :format table|json     how results are shown
  :quit                  leave (Ctrl-D works too)
Tab completes labels after ':', relationship types after '[:', property keys after '.',
and canned query names after ':run'. Up and Down walk the history."""


class QuitConsole(Exception):
    """Raised by :quit."""


def history_path() -> Path:
    """``$REKG_HISTORY``, else ``$XDG_DATA_HOME/rekg/console_history`` (~/.local/share)."""
    explicit = os.environ.get(HISTORY_ENV)
    if explicit:
        return Path(explicit)
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "rekg" / "console_history"


def split_statements(text: str) -> tuple[list[str], str]:
    """Complete statements ending with ';' (outside quotes and comments) and the rest."""
    statements: list[str] = []
    current: list[str] = []
    quote: str | None = None
    comment: str | None = None  # the text that ends the comment being read
    escaped = False
    i = 0
    while i < len(text):
        char = text[i]
        i += 1
        if comment is not None:
            current.append(char)
            if text.startswith(comment, i - 1):
                current.append(text[i : i + len(comment) - 1])
                i += len(comment) - 1
                comment = None
            continue
        if quote:
            current.append(char)
            if escaped:
                escaped = False
            elif char == "\\" and quote != "`":
                escaped = True
            elif char == quote:
                quote = None
            continue
        if char in "'\"`":
            quote = char
        elif char == "/" and text[i : i + 1] in ("/", "*"):
            comment = "\n" if text[i] == "/" else "*/"
            current.append(char + text[i])
            i += 1
            continue
        if char == ";":
            statement = "".join(current).strip()
            if statement:
                statements.append(statement)
            current = []
            continue
        current.append(char)
    return statements, "".join(current)


def iter_entries(lines: Iterable[str]) -> Iterator[str]:
    """Commands (a line starting with ':') and ';'-terminated statements from input lines.

    An unterminated statement at the end of input is run as well.
    """
    pending = ""
    for line in lines:
        if not pending.strip() and line.strip().startswith(":"):
            yield line.strip()
            continue
        pending += line if line.endswith("\n") else line + "\n"
        statements, pending = split_statements(pending)
        yield from statements
    if pending.strip():
        yield pending.strip()


def is_complete(text: str) -> bool:
    """Whether the prompt's text is ready to run (Enter then submits instead of a newline)."""
    stripped = text.strip()
    if not stripped or stripped.startswith(":"):
        return True
    statements, rest = split_statements(text)
    return bool(statements) and not rest.strip()


@dataclass
class ConsoleSession:
    """One console session on a store; ``execute`` returns what to print."""

    store: Store
    write: bool = False
    output_format: str = "table"
    width: Callable[[], int | None] = field(default=lambda: None)

    def execute(self, entry: str) -> str:
        """Run a statement or :command. Errors propagate as RekgError; :quit raises."""
        entry = entry.strip()
        if entry.startswith(":"):
            return self._command(entry)
        statement = entry.rstrip(";").strip()
        if not statement:
            return ""
        try:
            result = (self.store.write if self.write else self.store.read)(statement)
        except RekgError as exc:
            if not self.write and _WRITE_CLAUSE.search(statement):
                raise type(exc)(
                    f"{exc} (the console is read-only: start it with 'rekg console --write' "
                    "to change the graph)"
                ) from exc
            raise
        return self._render(result)

    def _render(self, result: QueryResult) -> str:
        return render(result, self.output_format, width=self.width())

    def _command(self, entry: str) -> str:
        try:
            words = shlex.split(entry)
        except ValueError as exc:
            raise ParameterError(f"cannot read {entry!r}: {exc}") from exc
        name, args = words[0].lower(), words[1:]
        if name in (":quit", ":exit", ":q"):
            raise QuitConsole
        if name == ":help":
            return HELP_TEXT
        if name == ":schema":
            return self._schema()
        if name == ":queries":
            rows = [[query.name, query.description] for query in list_queries()]
            return render(QueryResult(["name", "description"], rows), "table",
                          width=self.width())
        if name == ":format":
            if len(args) != 1 or args[0] not in CONSOLE_FORMATS:
                raise ParameterError(
                    f":format needs one of {', '.join(CONSOLE_FORMATS)} "
                    f"(now {self.output_format})"
                )
            self.output_format = args[0]
            return f"format: {self.output_format}"
        if name == ":run":
            if not args:
                raise UnknownQueryError(
                    ":run needs a query name: " + ", ".join(q.name for q in list_queries())
                )
            params: dict[str, str] = {}
            for arg in args[1:]:
                key, sep, value = arg.partition("=")
                if not sep:
                    raise ParameterError(f"{arg!r} is not key=value: write e.g. country=China")
                params[key] = value
            return self._render(get_query(args[0]).run(self.store, params))
        raise ParameterError(f"unknown command {name}: use one of {', '.join(COMMANDS)}")

    def _schema(self) -> str:
        present = self.store.schema_summary()
        lines = [
            "Labels: " + ", ".join(present["labels"] or ["(none yet)"]),
            "Relationship types: " + ", ".join(present["relationship_types"] or ["(none yet)"]),
            "Property keys: " + ", ".join(present["property_keys"] or ["(none yet)"]),
        ]
        missing_labels = [label.value for label in Label if label not in present["labels"]]
        missing_types = [t.value for t in RelType if t not in present["relationship_types"]]
        if missing_labels or missing_types:
            lines.append("Not in the graph yet: " + ", ".join(missing_labels + missing_types))
        return "\n".join(lines)

    def vocabulary(self) -> dict[str, list[str]]:
        """What completion offers: the store's schema plus the schema enums."""
        try:
            present = self.store.schema_summary()
        except RekgError:
            present = {"labels": [], "relationship_types": [], "property_keys": []}
        labels = sorted(set(present["labels"]) | {label.value for label in Label})
        types = sorted(set(present["relationship_types"]) | {t.value for t in RelType})
        keys = sorted(set(present["property_keys"]) | {
            "id", "name", "aliases", "kind", "status", "announced", "effective", "sources",
            "evidence", "confidence"})
        return {"labels": labels, "relationship_types": types, "property_keys": keys,
                "queries": [query.name for query in list_queries()]}


def run_script(session: ConsoleSession, source: TextIO, out: TextIO, err: TextIO) -> int:
    """Run every statement read from ``source``; 1 if any failed, else 0."""
    failed = False
    for entry in iter_entries(source):
        try:
            output = session.execute(entry)
        except QuitConsole:
            break
        except RekgError as exc:
            err.write(f"Error: {exc}\n")
            failed = True
            continue
        if output:
            out.write(output + "\n")
    return 1 if failed else 0


def interact(session: ConsoleSession) -> int:
    """The prompt_toolkit loop: history, highlighting, completion; errors never end it."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.filters import Condition
    from prompt_toolkit.history import FileHistory
    from prompt_toolkit.key_binding import KeyBindings
    from prompt_toolkit.lexers import PygmentsLexer
    from pygments.lexers import CypherLexer

    from rekg.queries.console_completion import CypherCompleter

    path = history_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    bindings = KeyBindings()

    @Condition
    def ready() -> bool:
        from prompt_toolkit.application.current import get_app

        return is_complete(get_app().current_buffer.text)

    @bindings.add("enter", filter=ready)
    def _submit(event: object) -> None:
        from prompt_toolkit.application.current import get_app

        get_app().current_buffer.validate_and_handle()

    prompt: PromptSession[str] = PromptSession(
        history=FileHistory(str(path)),
        lexer=PygmentsLexer(CypherLexer),
        completer=CypherCompleter(session.vocabulary),
        multiline=True,
        key_bindings=bindings,
        prompt_continuation=lambda width, line_number, soft_wrap: "...> ".rjust(width),
    )
    mode = "read-write" if session.write else "read-only"
    print(f"rekg console on {session.store.uri} ({mode}). :help for help, :quit to leave.")
    while True:
        try:
            text = prompt.prompt("rekg> ")
        except KeyboardInterrupt:
            continue
        except EOFError:
            return 0
        for entry in iter_entries(text.splitlines()):
            try:
                output = session.execute(entry)
            except QuitConsole:
                return 0
            except RekgError as exc:
                print(f"Error: {exc}")
                continue
            if output:
                print(output)
