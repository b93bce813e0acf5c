"""The interactive Cypher console behind ``rekg console``.

``ConsoleSession`` runs statements and ``:commands`` and returns their output as text, so
the same code serves the prompt_toolkit loop (``interact``) and piped input (``run_script``).
"""

from __future__ import annotations

import os
import re
import shlex
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from rekg.errors import ParameterError, RekgError, UnknownQueryError
from rekg.graph.result import QueryResult
from rekg.graph.store import Store
from rekg.queries.catalog import get_query, list_queries
from rekg.queries.console_vocabulary import COMMANDS, CONSOLE_FORMATS
from rekg.queries.cypher_literal import format_literal, parse_literal
from rekg.queries.format import format_table, render
from rekg.schema import Label, RelType

HISTORY_ENV = "REKG_HISTORY"
_PARAM_ARROW = re.compile(r"^:param\s+(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(?P<value>.+)$",
                          re.S)
_EXPLAIN = re.compile(r"^\s*EXPLAIN\s+", re.I)
_OFFSET = re.compile(r"(?:errCtxOffset:\s*|offset:\s*)(\d+)")
_COUNTER_WORDS = {
    "nodes_created": ("Added", "node"), "nodes_deleted": ("Deleted", "node"),
    "relationships_created": ("Created", "relationship"),
    "relationships_deleted": ("Deleted", "relationship"),
    "properties_set": ("Set", "property"), "properties_removed": ("Removed", "property"),
    "labels_added": ("Added", "label"), "labels_removed": ("Removed", "label"),
    "indices_created": ("Created", "index"), "indices_deleted": ("Dropped", "index"),
}
# Only used to explain a refusal; the database itself enforces read-only sessions.
_WRITE_CLAUSE = re.compile(r"\b(CREATE|MERGE|DELETE|SET|REMOVE|DROP|LOAD\s+CSV)\b", re.I)

HELP_TEXT = """\
Type Cypher ending with ';' (it may span several lines), or a command:
  :help                  this text
  :schema                labels, relationship types and property keys
  :queries               the canned queries
  :run NAME key=value    run a canned query (quote values with spaces: name="rare earths")
  :param NAME => VALUE   set a parameter for $NAME (a Cypher value: 'China', 3, ['Dy'], {a: 1})
  :params                list the parameters; ':params clear' forgets them
  :explain STATEMENT     the database's plan for a statement (EXPLAIN STATEMENT works too)
  :begin                 start a transaction (with --write); statements wait for :commit
  :commit                run the waiting statements as one unit (Neo4j: one transaction;
                         the embedded store runs them in order and cannot undo the earlier
                         ones if a later one fails)
  :rollback              forget the waiting statements
  :format table|json     how results are shown
  :quit                  leave (Ctrl-D works too)
Tab completes labels after ':', relationship types after '[:', property keys after '.',
and canned query names after ':run'. Up and Down walk the history. Long results open in a
pager ($PAGER, else less)."""


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
    """Complete statements ending with ';' (outside quotes) and the unfinished rest."""
    statements: list[str] = []
    current: list[str] = []
    quote: str | None = None
    escaped = False
    for char in text:
        if quote:
            current.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == quote:
                quote = None
            continue
        if char in "'\"`":
            quote = char
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
    params: dict[str, Any] = field(default_factory=dict)
    pending: list[tuple[str, dict[str, Any]]] | None = None
    clock: Callable[[], float] = field(default=time.perf_counter)

    def execute(self, entry: str) -> str:
        """Run a statement or :command. Errors propagate as RekgError; :quit raises."""
        entry = entry.strip()
        if entry.startswith(":"):
            return self._command(entry)
        statement = entry.rstrip(";").strip()
        if not statement:
            return ""
        if _EXPLAIN.match(statement):
            return self._explain(_EXPLAIN.sub("", statement, count=1))
        if self.pending is not None:
            self.pending.append((statement, dict(self.params)))
            return f"(waiting for :commit: {len(self.pending)} statement(s))"
        started = self.clock()
        try:
            result = (self.store.write if self.write else self.store.read)(statement,
                                                                         self.params)
        except RekgError as exc:
            raise self._explained_error(exc, statement) from exc
        return self._render(result, self.clock() - started)

    def _explained_error(self, exc: RekgError, statement: str) -> RekgError:
        message = clean_error(str(exc), statement)
        if not self.write and _WRITE_CLAUSE.search(statement):
            message += ("\n(the console is read-only: start it with 'rekg console --write' "
                        "to change the graph)")
        return type(exc)(message)

    def _render(self, result: QueryResult, seconds: float) -> str:
        parts = []
        if result.columns and self.output_format == "table":
            parts.append(format_table(result.columns, result.rows, self.width()))
        elif result.columns:
            parts.append(render(result, self.output_format, width=self.width()))
        parts.append(summary_line(result, seconds, self.write))
        return "\n".join(parts)

    def _explain(self, statement: str) -> str:
        try:
            return self.store.explain(statement, self.params)
        except RekgError as exc:
            raise self._explained_error(exc, statement) from exc

    def _command(self, entry: str) -> str:
        arrow = _PARAM_ARROW.match(entry)
        if arrow:
            self.params[arrow["name"]] = parse_literal(arrow["value"])
            return f"{arrow['name']} => {format_literal(self.params[arrow['name']])}"
        head, _, rest = entry.partition(" ")
        name = head.lower()
        if name == ":explain":
            return self._explain(rest.strip().rstrip(";"))
        try:
            words = shlex.split(entry)
        except ValueError as exc:
            raise ParameterError(f"cannot read {entry!r}: {exc}") from exc
        args = words[1:]
        if name in (":quit", ":exit", ":q"):
            raise QuitConsole
        if name == ":help":
            return HELP_TEXT
        if name == ":schema":
            return self._schema()
        if name in (":params", ":param"):
            return self._params(name, args)
        if name in (":begin", ":commit", ":rollback"):
            return self._transaction(name)
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
                    raise ParameterError(f"{arg!r} is not key=value: write e.g. :run "
                                         f"{args[0]} country=China")
                params[key] = value
            started = self.clock()
            try:
                result = get_query(args[0]).run(self.store, params)
            except ParameterError as exc:
                raise ParameterError(console_advice(str(exc), args[0])) from exc
            return self._render(result, self.clock() - started)
        raise ParameterError(f"unknown command {name}: use one of {', '.join(COMMANDS)}")

    def _params(self, name: str, args: list[str]) -> str:
        if args == ["clear"]:
            self.params.clear()
            return "parameters cleared"
        if args:
            raise ParameterError("write :param NAME => VALUE, e.g. :param country => 'China'")
        if not self.params:
            return "(no parameters: set one with :param NAME => VALUE)"
        return "\n".join(f":param {key} => {format_literal(value)}"
                         for key, value in sorted(self.params.items()))

    def _transaction(self, name: str) -> str:
        if not self.write:
            raise ParameterError(f"{name} needs a console started with 'rekg console --write'")
        if name == ":begin":
            if self.pending is not None:
                raise ParameterError("a transaction is already open: :commit or :rollback it")
            self.pending = []
            return "transaction open: statements wait for :commit (:rollback forgets them)"
        if self.pending is None:
            raise ParameterError(f"no open transaction for {name}: start one with :begin")
        statements, self.pending = self.pending, None
        if name == ":rollback":
            return f"rolled back: {len(statements)} statement(s) not run"
        started = self.clock()
        try:
            results = self.store.write_transaction(statements)
        except RekgError as exc:
            raise self._explained_error(exc, statements[-1][0]) from exc
        total = QueryResult([], [], {})
        for result in results:
            for key, count in result.counters.items():
                total.counters[key] = total.counters.get(key, 0) + count
        return f"committed {len(statements)} statement(s)\n" + summary_line(
            total, self.clock() - started, True)

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


def summary_line(result: QueryResult, seconds: float, write: bool) -> str:
    """'3 rows, 12 ms', with the write counters first when there are any."""
    milliseconds = f"{seconds * 1000:.0f} ms"
    changes = []
    for key, (verb, noun) in _COUNTER_WORDS.items():
        count = result.counters.get(key, 0)
        if count:
            plural = noun if count == 1 else ("properties" if noun == "property" else
                                               "indexes" if noun == "index" else noun + "s")
            changes.append(f"{verb} {count} {plural}")
    if changes:
        return ", ".join(changes) + f", {milliseconds}"
    if write and not result.columns:
        return f"No changes, {milliseconds}"
    rows = len(result.rows)
    return f"{rows} row{'' if rows == 1 else 's'}, {milliseconds}"


def clean_error(message: str, statement: str) -> str:
    """A database error as one line, plus the statement and a caret when a position is known."""
    offset_match = _OFFSET.search(message)
    text = message
    if "errMsg:" in text:
        text = text.split("errMsg:", 1)[1]
        text = re.split(r"\s+errCtx:", text, maxsplit=1)[0]
        text = re.sub(r"\s*line: \d+, column: \d+, offset: \d+", "", text)
    text = re.sub(r"^\{code: [\w.]+\}\s*\{message:\s*", "", text).rstrip("}")
    text = re.sub(r"\s*\(line \d+, column \d+ \(offset: \d+\)\).*$", "", text)
    text = " ".join(text.split())
    if offset_match is None:
        return text
    offset = int(offset_match.group(1))
    line_start = statement.rfind("\n", 0, offset) + 1
    line_end = statement.find("\n", offset)
    line = statement[line_start:line_end if line_end >= 0 else len(statement)]
    return f"{text}\n  {line}\n  {' ' * (offset - line_start)}^"


def console_advice(message: str, query: str) -> str:
    """Advice written for the command line (-p key=value) in the console's own syntax."""
    return re.sub(r"-p (\w+)=VALUE", rf":run {query} \1=VALUE", message)


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
                show(output)


def show(output: str) -> None:
    """Print, or open a pager when the output is taller than the terminal."""
    import shutil

    if output.count("\n") + 2 <= shutil.get_terminal_size((80, 24)).lines:
        print(output)
        return
    import pydoc

    os.environ.setdefault("LESS", "-RX")
    pydoc.pipepager(output + "\n", os.environ.get("PAGER") or "less")
