"""One reader per source format; ``rekg.loaders.sources`` picks the reader for each file.

A reader takes the raw bytes of one file and yields ``Document`` objects, plus
``ItemProblem`` for an item it had to skip or repair. A problem with the whole file is
raised as ``SourceFormatError``; its message says what is wrong and what to do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rekg.errors import InputError
from rekg.loaders.document import Document


class SourceFormatError(InputError):
    """A whole file cannot be read as the format it claims (or was sniffed) to be."""


@dataclass(frozen=True)
class ItemProblem:
    """One item of a multi-article file (a JSON object, a JSONL line, a feed item) was skipped
    or partly read; ``where`` locates it ("item 3", "line 7")."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


Reader = Callable[[bytes, str | None], Iterator[Document | ItemProblem]]
