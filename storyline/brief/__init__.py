"""The brief: a cited summary, facts, conflicts, quotes, timeline and framing for one story."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .build import SCHEMA_VERSION, BriefOptions, build_brief
from .render import render_html, render_index, render_markdown
from .summary import SummaryOptions

if TYPE_CHECKING:
    from ..store.sqlite import Store


def brief_for_story(
    store: Store, story_id: str, *, options: BriefOptions | None = None, rebuild: bool = False
) -> dict[str, Any]:
    """The brief of a stored story: the saved one while it is current, else made now (``rebuild=True``: made now
    whatever is saved; see :func:`storyline.pipeline.brief_story`)."""
    from ..pipeline import brief_story

    return brief_story(store, story_id, options=options, rebuild=rebuild)


__all__ = [
    "SCHEMA_VERSION",
    "BriefOptions",
    "SummaryOptions",
    "brief_for_story",
    "build_brief",
    "render_html",
    "render_index",
    "render_markdown",
]
