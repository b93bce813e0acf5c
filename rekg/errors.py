"""One exception hierarchy; the CLI turns each into a one-line message."""


class RekgError(Exception):
    """Base of every error rekg raises on purpose. The message is shown to the user as is."""


class SchemaError(RekgError):
    """A node or relationship breaks the graph contract (DESIGN.md section 3)."""


class InputError(RekgError):
    """A source file or value cannot be read or understood."""


class StoreError(RekgError):
    """The store failed to run a statement."""


class StoreUnavailableError(StoreError):
    """The store cannot be reached or opened."""


class StoreBusyError(StoreUnavailableError):
    """Another process is writing to the store and the caller chose not to wait."""


class StoreDamagedError(StoreUnavailableError):
    """The store's files cannot be read back: truncated, overwritten or not a store."""


class DiskFullError(StoreError):
    """The disk holding the store or an output file has no space left."""


class QueryTimeoutError(StoreError):
    """A statement ran longer than the query timeout and the database stopped it."""


class AuthenticationError(StoreError):
    """The store refused the credentials."""


class CypherError(StoreError):
    """The database rejected a Cypher statement; the message is the database's own."""


class ReadOnlyError(CypherError):
    """A read-only statement would reach files or the network (LOAD CSV, some procedures)."""


class UnknownQueryError(RekgError):
    """No canned query has that name."""


class ParameterError(RekgError):
    """A query parameter is unknown, missing or malformed."""


class ExportError(RekgError):
    """An export could not be written."""


class UnknownFormatError(RekgError):
    """No export format has that name."""


class PatternError(RekgError):
    """An extraction pattern file is malformed; the message names the file and the rule."""
