"""What the main JSON API endpoints answer, as OpenAPI response models (documentation: the endpoints return the
library's dicts as they are; tests/test_web_http.py checks real answers against these models). Each model allows
fields it does not list, since the library adds fields within a version."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class _Page(_Open):
    total: int = Field(description="How many items match, over every page.")
    limit: int
    offset: int


class StoryRow(_Open):
    id: str
    label: str | None
    article_count: int
    outlets: list[str]
    independent_outlets: int = Field(description="Independent sources: an outlet, or articles that copy each other.")
    date_range: list[str | None] = Field(description="[first, last] publication date, null when undated.")
    key_entities: list[Any]
    version: int
    updated_at: str | None


class StoriesPage(_Page):
    items: list[StoryRow]


class StoryAnswer(_Open):
    story: dict[str, Any] = Field(description="The story row with article_ids, reasons, syndication_groups, events.")
    brief: dict[str, Any] = Field(description="The story's brief, as docs/brief-schema.md describes it.")


class ArticleRow(_Open):
    id: str
    source: str | None
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    language: str | None
    version: int
    story: str | None
    syndication_group: str | None
    record_id: str | None


class ArticlesPage(_Page):
    items: list[ArticleRow]


class SearchHit(_Open):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str = Field(description="The matched words between \u27e6 and \u27e7.")
    story: str | None


class SearchPage(_Page):
    items: list[SearchHit]


class Job(_Open):
    id: int
    kind: str = Field(description="urls, feed or upload")
    inputs: list[str]
    status: str = Field(description="queued, running, done or failed")
    done: int
    total: int
    message: str | None
    report: dict[str, Any] | None = Field(description="The ingest report once done (storyline ingest --json).")
    created_at: str
    started_at: str | None
    finished_at: str | None


class JobsPage(_Page):
    items: list[Job]


class Stats(_Open):
    schema_: str | None = Field(alias="schema", description="The store's last migration (not a brief's version).")
    articles: int
    versions: int
    outlets: int
    languages: dict[str, int]
    stories: int
    waiting_for_cluster: int


def ok(model: type[BaseModel], status: int = 200) -> dict[int | str, dict[str, Any]]:
    """A ``responses=`` entry documenting the answer's shape with ``model``."""
    return {status: {"model": model, "description": "the answer"}}
