"""A source document: what every loader produces and every extractor reads."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from rekg.schema import Article, short_hash


class Document(BaseModel):
    """One article's text and metadata. ``id`` is ``article:<content hash>``."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1)
    title: str | None = None
    published: str | None = None
    url: str | None = None
    path: str | None = None

    @property
    def id(self) -> str:
        return "article:" + short_hash(self.title or "", self.text, length=16)

    def article_node(self) -> Article:
        name = self.title or (self.path or self.url or self.id)
        return Article(
            id=self.id,
            name=name,
            title=self.title,
            published=self.published,
            url=self.url,
            path=self.path,
        )
