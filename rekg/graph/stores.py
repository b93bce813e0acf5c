"""The store a URI names (DESIGN.md section 2): embedded FalkorDB, a FalkorDB server or Neo4j.

Kept apart from ``store.py`` (the interface) so that the two implementations import the
interface and this factory imports them, with no cycle between the modules.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from rekg.environment import DEFAULT_QUERY_TIMEOUT, DEFAULT_STORE, STORE_ENV
from rekg.errors import RekgError
from rekg.graph.store import Store

_SERVER_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc", "falkordb")


def resolve_store_uri(uri: str | None) -> str:
    """The store URI to use: the argument, else ``$REKG_STORE``, else the default file."""
    return uri or os.environ.get(STORE_ENV) or DEFAULT_STORE


_CREDENTIAL_KEYS = {"password", "passwd", "pass", "pwd", "secret", "token", "auth",
                    "username", "user", "credentials"}


def displayed_uri(uri: str) -> str:
    """A server URI without user information or query: what messages may show."""
    parts = urlsplit(uri)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _secrets(uri: str) -> list[str]:
    parts = urlsplit(uri)
    found = [uri, parts.query, parts.password or ""]
    found += [value for key, value in parse_qsl(parts.query)
              if key.lower() in _CREDENTIAL_KEYS]
    return sorted((item for item in found if item), key=len, reverse=True)


def _scrubbed(message: str, uri: str) -> str:
    shown = displayed_uri(uri)
    for secret in _secrets(uri):
        if secret == uri:
            message = message.replace(secret, shown)
        elif len(secret) >= _WHOLE_TOKEN_BELOW:
            message = message.replace(secret, "***")
        else:
            # a short password ("p") would mask letters of ordinary words: only whole tokens
            message = re.sub(rf"(?<!\w){re.escape(secret)}(?!\w)", "***", message)
    return message


_WHOLE_TOKEN_BELOW = 8


def _refuse_credentials(uri: str, scheme: str) -> None:
    parts = urlsplit(uri)
    keys = {key.lower() for key, _ in parse_qsl(parts.query, keep_blank_values=True)}
    if parts.username or parts.password or keys & _CREDENTIAL_KEYS:
        from rekg.errors import AuthenticationError

        names = ("NEO4J_USERNAME and NEO4J_PASSWORD" if scheme != "falkordb" else
                 "FALKORDB_USERNAME and FALKORDB_PASSWORD")
        raise AuthenticationError(
            f"credentials in the store URI are not accepted ({displayed_uri(uri)}): set "
            f"{names} instead"
        )


def open_store(
    uri: str | None = None,
    *,
    writer: bool = True,
    wait: bool = True,
    on_wait: Callable[[str], None] | None = None,
    timeout: float | None = DEFAULT_QUERY_TIMEOUT,
) -> Store:
    """Open the store a URI names (DESIGN.md section 2). No message repeats a password or
    a query string given in the URI.

    ``writer`` takes the embedded store's lock for the store's whole life (waiting for
    another writer, or with ``wait=False`` failing at once); ``timeout`` bounds each read.
    """
    resolved = resolve_store_uri(uri)
    try:
        return _open_store(resolved, writer=writer, wait=wait, on_wait=on_wait,
                           timeout=timeout)
    except RekgError as exc:
        scrubbed = _scrubbed(str(exc), resolved)
        if scrubbed == str(exc):
            raise
        raise type(exc)(scrubbed) from None


def _open_store(
    resolved: str,
    *,
    writer: bool,
    wait: bool,
    on_wait: Callable[[str], None] | None,
    timeout: float | None,
) -> Store:
    scheme = resolved.split("://", 1)[0].lower() if "://" in resolved else ""
    if scheme in _SERVER_SCHEMES:
        _refuse_credentials(resolved, scheme)
    if scheme in ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"):
        from rekg.graph.neo4j_store import Neo4jStore

        neo4j_store: Store = Neo4jStore(resolved, timeout=timeout)
        return neo4j_store
    if scheme == "falkordb":
        from rekg.graph.embedded_store import FalkorServerStore

        return FalkorServerStore(resolved, timeout=timeout)
    if scheme:
        from rekg.errors import StoreUnavailableError

        raise StoreUnavailableError(
            f"unknown store URI scheme {scheme!r} in {_without_query(resolved)!r}: use a "
            "path, embedded:PATH, falkordb://host:port, bolt://host:port or neo4j://host:port"
        )
    from rekg.graph.embedded_store import EmbeddedStore

    path = resolved.removeprefix("embedded:")
    return EmbeddedStore(path, writer=writer, wait=wait, on_wait=on_wait, timeout=timeout)


def _without_query(uri: str) -> str:
    """A URI without user information, query or fragment, where passwords hide."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(uri)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))
