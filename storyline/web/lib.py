"""The library functions the web layer calls, looked up when called.

The web app is a thin layer over the stages' public functions; it names them here once, with the
places each may live, and fails with a clear message when a stage is not installed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ..errors import StorylineError

LIBRARY: dict[str, tuple[tuple[str, str], ...]] = {
    "list_stories": (("storyline.cluster", "list_stories"),),
    "count_stories": (("storyline.cluster", "count_stories"),),
    "get_story": (("storyline.cluster", "get_story"),),
    "stories_for_article": (("storyline.cluster", "stories_for_article"),),
    "brief_for_story": (("storyline.brief", "brief_for_story"), ("storyline.pipeline", "brief_story")),
    "entity_detail": (("storyline.extract", "entity_detail"),),
    "load_extractions": (("storyline.extract", "load_extractions"),),
    "pipeline_update_stories": (("storyline.pipeline", "update_stories"),),
    "update_stories": (("storyline.cluster", "update_stories"),),
}


class Unavailable(StorylineError):
    """A stage the web app needs is not part of this install."""

    code = "not_available"


def find(name: str) -> Callable[..., Any] | None:
    """The function called ``name`` from the first place that has it, or None."""
    for module, attr in LIBRARY[name]:
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue
        fn = getattr(mod, attr, None)
        if fn is not None:
            return fn  # type: ignore[no-any-return]
    return None


def lib(name: str) -> Callable[..., Any]:
    """Like :func:`find` but raises :class:`Unavailable` with what is missing."""
    fn = find(name)
    if fn is None:
        where = " or ".join(f"{m}.{a}" for m, a in LIBRARY[name])
        raise Unavailable(f"{name} is not available ({where} is missing); update storyline")
    return fn
