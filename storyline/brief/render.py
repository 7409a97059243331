"""Markdown and HTML renderings of a brief (Jinja2; HTML autoescaped: article text is hostile input)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract.attribution import OPENERS as QUOTE_OPENERS
from ..extract.attribution import outlet_names
from ..models import OWN_WORDS


@lru_cache(maxsize=2)
def _env(html: bool) -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("storyline.brief", "templates"),
        autoescape=html,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=without_direction_overrides,
    )
    env.filters["md"] = _md_escape
    env.filters["mdpart"] = _md_escape_part
    env.filters["oneline"] = lambda s: " ".join(str(s or "").split())
    env.filters["quoted"] = quoted
    env.filters["shown"] = shown_words
    env.globals["OWN_WORDS"] = OWN_WORDS
    env.globals["no_omissions"] = no_omissions
    env.globals["only_source"] = only_source
    return env


def only_source(fact: dict[str, Any], name: Any) -> str:
    """Who alone gives a fact's ``single_source_details``: "Orle Courier gives", or a text and its copies, each named
    by ``name`` (article id -> label), one source: "Varrow Wire, Orle Courier and Estuary Daily (one text and its
    copies) give"."""
    ids = fact.get("single_source_articles") or [fact["single_source_details"][0]["article"]]
    names = list(dict.fromkeys(name(a) or a for a in ids))
    if len(names) == 1:
        return f"{names[0]} gives"
    return f"{', '.join(names[:-1])} and {names[-1]} (one text and its copies) give"


DIRECTION_OVERRIDES = re.compile("[\u202a-\u202e\u2066-\u2069]")
"""Unicode's explicit direction controls (embeddings, overrides, isolates and their pops). Inside an outlet's text an
override makes a page show the characters after it reversed ("\u202eevil\u202c" shows "live"), so the reader sees
other words than the text the citation's offsets point to. They stay in the stored text (its offsets are the
original's) and every rendering leaves them out: what a page shows is the text in its logical order."""


def without_direction_overrides(value: Any) -> Any:
    """A template value with its direction controls left out (:data:`DIRECTION_OVERRIDES`); markup stays markup, and
    anything but text is returned as it is (Jinja's ``finalize``, for every ``{{ ... }}`` of the brief's and the
    web app's templates)."""
    if isinstance(value, str) and DIRECTION_OVERRIDES.search(value):
        return type(value)(DIRECTION_OVERRIDES.sub("", value))
    return value


def no_omissions(brief: dict[str, Any]) -> str:
    """Why a brief lists no omission: too few independent sources, or none missing what most report."""
    n = brief.get("independent_sources", len(brief.get("sources") or []))
    if n < 3:
        return f"None: an omission needs at least three independent sources, and this story has {n}."
    return f"None found: no fact that more than half of the {n} independent sources report is missing from another."


def quoted(text: Any) -> str:
    """Reported words in quotation marks, unless they are already a quotation (""“should be wrapped up,”"")."""
    s = str(text or "").strip()
    if len(s) > 1 and s[0] in '"“' and s[-1] in '"”':
        return s
    return f"“{s}”"


def shown_words(q: dict[str, Any]) -> str:
    """What the ledger shows of a brief's quote row: a direct quotation's quoted pieces ("A" … "B"), an indirect
    one's reported words, its clause pieces around the attribution that interrupts it ("The good news" … "is that
    ..."), or its whole text when its pieces are only the phrases it quotes (Rask said drafts were exchanged "every
    hour" and ...: the pieces are "every hour", the report is the clause)."""
    parts = q.get("parts") or []
    if not parts:
        return str(q.get("text") or "")
    if q.get("kind") != "direct" and all(str(p.get("text") or "")[:1] in QUOTE_OPENERS for p in parts):
        return str(q.get("text") or "")
    return " … ".join(str(p.get("text") or "") for p in parts)


def _md_escape(text: Any) -> str:
    """Neutralise Markdown/HTML control characters in source text."""
    return _md_escape_part(" ".join(str(text or "").split()))


def _md_escape_part(text: Any) -> str:
    """As :func:`_md_escape` for a piece of a sentence: whitespace runs become one space, kept at the edges."""
    s = re.sub(r"\s+", " ", str(text or ""))
    for ch in ("\\", "`", "*", "_", "[", "]", "<", ">", "#", "|"):
        s = s.replace(ch, "\\" + ch)
    return s


def _context(brief: dict[str, Any]) -> dict[str, Any]:
    return {
        "b": brief,
        "outlet": lambda aid, labels=source_labels(brief): labels.get(aid, aid),
        "story_file": story_file,  # a related story's brief file, beside this one in a run's folder
    }


def source_labels(brief: dict[str, Any]) -> dict[str, str]:
    """How citations name each article: its outlet, numbered when the outlet has several articles in the story
    ("usa-today (2)"), in the order of the brief's article list, so that the reader can tell them apart. Only the
    analysed articles are numbered: one that was not (``skipped``: no text, or a text its outlet published twice) is
    never cited, and is listed under its outlet's name with the reason."""
    articles = brief.get("articles", [])
    per: dict[str, int] = {}
    for a in articles:
        if not a.get("skipped"):
            per[a["outlet"]] = per.get(a["outlet"], 0) + 1
    seen: dict[str, int] = {}
    labels = {}
    for a in articles:
        if a.get("skipped") or per[a["outlet"]] == 1:
            labels[a["id"]] = a["outlet"]
            continue
        seen[a["outlet"]] = seen.get(a["outlet"], 0) + 1
        labels[a["id"]] = f"{a['outlet']} ({seen[a['outlet']]})"
    return labels


def render_markdown(brief: dict[str, Any]) -> str:
    return str(_env(False).get_template("brief.md.j2").render(**_context(brief)))


def render_html(brief: dict[str, Any]) -> str:
    return str(_env(True).get_template("brief.html.j2").render(**_context(brief)))


def story_file(story_id: str) -> str:
    """The file stem of a story's brief files."""
    import re

    return "story-" + (re.sub(r"[^A-Za-z0-9_.-]+", "_", story_id)[:80] or "unnamed")


def render_index(briefs: list[dict[str, Any]], *, left_out: list[dict[str, Any]] | None = None) -> str:
    """The index page of a run: one line per story, linking its brief, then the articles left out of every story
    (``left_out``: ``{article, outlet, source, title, reason}``), so none is dropped without a word."""
    rows = [
        {
            "file": story_file(str(b["story"])),
            "headline": (b.get("headline") or {}).get("text") or b["story"],
            "articles": len(b.get("articles", [])),
            "outlets": len(outlet_names(a["outlet"] for a in b.get("articles", []))),
            "conflicts": len(b.get("conflicts", [])),
            "corroborated": sum(1 for f in b.get("facts", []) if f["status"] == "corroborated"),
        }
        for b in briefs
    ]
    return str(_env(True).get_template("index.html.j2").render(rows=rows, left_out=left_out or []))
