"""Source files to documents: files, folders and standard input, in every supported format.

``read_sources`` never stops at a bad file: each file that cannot be read yields one
``SourceWarning`` (what is wrong and what to do) and the batch goes on.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from rekg.environment import MAX_ARTICLE_CHARS_ENV
from rekg.loaders.document import Document
from rekg.loaders.formats import ItemProblem, Reader, SourceFormatError
from rekg.loaders.formats.decoding import binary_description, bom_encoding
from rekg.loaders.formats.feeds import read_feed
from rekg.loaders.formats.html import read_html
from rekg.loaders.formats.jsondocs import read_json, read_jsonl
from rekg.loaders.formats.limits import cut_article, max_article_chars
from rekg.loaders.formats.text import read_markdown, read_text

STDIN = "-"
STDIN_NAME = "<stdin>"
GOLD_SUFFIX = ".gold.json"
MAX_FILE_BYTES = 256 * 1024 * 1024

READERS: dict[str, Reader] = {
    "text": read_text,
    "markdown": read_markdown,
    "html": read_html,
    "json": read_json,
    "jsonl": read_jsonl,
    "feed": read_feed,
}
SUFFIX_KINDS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
SUPPORTED = ", ".join(sorted({".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".xml", ".rss",
                               ".atom"}))


@dataclass(frozen=True)
class SourceWarning:
    """A file (or one item in it) that could not be read; ``message`` says what to do."""

    path: str
    message: str

    def __post_init__(self) -> None:
        # Parsers' own messages may span lines; a warning is one line on stderr.
        object.__setattr__(self, "message", " ".join(self.message.splitlines()).strip())

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class SourceFile:
    """One file to read; ``kind`` is None when the format must be sniffed from the content."""

    path: str
    kind: str | None

    @property
    def display(self) -> str:
        return STDIN_NAME if self.path == STDIN else self.path


def kind_for_path(path: str) -> str | None:
    """The reader kind a file name implies; None when there is no suffix (sniff it)."""
    suffix = Path(path).suffix.lower()
    return SUFFIX_KINDS.get(suffix) if suffix else None


def sniff_kind(data: bytes) -> str:
    """Guess the format of content without a name (standard input, extensionless files)."""
    bom = bom_encoding(data)
    head = data[bom[1] :] if bom else data
    start = head[:4096].lstrip().lower()
    if bom and bom[0] != "utf-8":
        try:
            start = head[:8192].decode(bom[0], errors="ignore").lstrip().lower().encode()
        except LookupError:
            start = b""
    if start.startswith(b"<"):
        if any(marker in start for marker in (b"<rss", b"<feed", b"<rdf:rdf")):
            return "feed"
        if start.startswith(b"<?xml") and b"<html" not in start:
            return "feed"
        return "html"
    if start.startswith((b"{", b"[")):
        lines = [line for line in head.strip().splitlines() if line.strip()]
        if len(lines) > 1 and all(line.lstrip().startswith(b"{") for line in lines[:2]) and (
            lines[0].rstrip().endswith(b"}")
        ):
            return "jsonl"
        return "json"
    if start.startswith((b"#", b"---")):
        return "markdown"
    return "text"


def _walk(folder: Path) -> Iterator[Path]:
    """Files under a folder, recursively, sorted, hidden files and folders skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and not name.lower().endswith(GOLD_SUFFIX):
                yield Path(root) / name


def _unsupported(path: str) -> SourceWarning:
    suffix = Path(path).suffix
    return SourceWarning(
        path,
        f"unsupported file type {suffix!r}: rekg reads {SUPPORTED} (convert or rename the file)",
    )


def iter_source_files(paths: Iterable[str]) -> Iterator[SourceFile | SourceWarning]:
    """Expand the paths given on a command line into files to read, in order."""
    for raw in paths:
        if raw == STDIN:
            yield SourceFile(STDIN, None)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                kind = kind_for_path(str(file))
                if kind is None and file.suffix:
                    yield _unsupported(str(file))
                else:
                    yield SourceFile(str(file), kind)
        elif not path.exists():
            yield SourceWarning(raw, "no such file or folder: check the path")
        elif raw.lower().endswith(GOLD_SUFFIX):
            yield SourceWarning(
                raw, "is a gold annotation file for `rekg eval`, not an article: leave it out"
            )
        else:
            kind = kind_for_path(raw)
            if kind is None and path.suffix:
                yield _unsupported(raw)
            else:
                yield SourceFile(raw, kind)


def _read_bytes(source: SourceFile, stdin: BinaryIO | None) -> bytes:
    if source.path == STDIN:
        if stdin is None and sys.stdin is None:
            raise OSError(errno.EBADF, "standard input is closed")
        stream = stdin if stdin is not None else sys.stdin.buffer
        return stream.read(MAX_FILE_BYTES + 1)
    with open(source.path, "rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)


def _bounded(document: Document, name: str, limit: int) -> Iterator[Document | SourceWarning]:
    """The document, cut to ``limit`` characters with a warning when it is longer."""
    if len(document.text) <= limit:
        yield document
        return
    text = cut_article(document.text, limit)
    label = f"article {document.title!r}" if document.title else "an article"
    yield SourceWarning(
        name,
        f"{label} has {len(document.text):,} characters: only the first {len(text):,} were "
        f"read (the limit is {limit:,}; set {MAX_ARTICLE_CHARS_ENV} to change it, or split "
        "the article)",
    )
    yield document.model_copy(update={"text": text})


def read_source_file(
    source: SourceFile, stdin: BinaryIO | None = None, *, max_chars: int | None = None
) -> Iterator[Document | SourceWarning]:
    """Documents in one file, or warnings saying why it (or an item in it) was skipped.

    Articles longer than ``max_chars`` (default ``$REKG_MAX_ARTICLE_CHARS`` or 2,000,000
    characters) are cut, with a warning.
    """
    limit = max_chars if max_chars is not None else max_article_chars()
    name = source.display
    try:
        data = _read_bytes(source, stdin)
    except OSError as exc:
        yield SourceWarning(name, f"cannot be read ({exc.strerror or exc}): check permissions")
        return
    if len(data) > MAX_FILE_BYTES:
        yield SourceWarning(name, f"is larger than {MAX_FILE_BYTES // 2**20} MB: split it")
        return
    if not data.strip():
        yield SourceWarning(name, "is empty: nothing to read")
        return
    binary = binary_description(data)
    if binary is not None:
        yield SourceWarning(name, f"is {binary}")
        return
    kind = source.kind or sniff_kind(data)
    document_path = None if source.path == STDIN else source.path
    try:
        for item in READERS[kind](data, document_path):
            if isinstance(item, ItemProblem):
                yield SourceWarning(name, str(item))
            else:
                yield from _bounded(item, name, limit)
    except SourceFormatError as exc:
        yield SourceWarning(name, str(exc))


def read_sources(
    paths: Iterable[str], *, stdin: BinaryIO | None = None, max_chars: int | None = None
) -> Iterator[Document | SourceWarning]:
    """Every document in the given files and folders ('-' reads standard input), in order,
    with a ``SourceWarning`` for each file or item that could not be read."""
    for entry in iter_source_files(paths):
        if isinstance(entry, SourceWarning):
            yield entry
        else:
            yield from read_source_file(entry, stdin, max_chars=max_chars)
