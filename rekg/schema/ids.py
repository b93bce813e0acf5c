"""Canonical node ids: ``label-lowercase:slug``."""

import hashlib
import re
import unicodedata

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: 'Stéphane Séjourné' -> 'stephane-sejourne'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_SLUG.sub("-", ascii_text.lower()).strip("-")


def make_id(label: str, key: str) -> str:
    """The id of a node of ``label`` whose natural key is ``key`` (a name, or an ISO code)."""
    slug = slugify(key)
    if not slug:
        slug = short_hash(key)
    return f"{label.lower()}:{slug}"


def short_hash(*parts: str, length: int = 10) -> str:
    """A stable hash of some text parts, for ids of nodes without a natural name."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]
