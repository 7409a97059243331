"""RSS and Atom feeds: each entry becomes a draft from its content, or from its page.

The XML is checked with defusedxml first: entity bombs, external entities and DTD tricks are refused
with a reason before feedparser sees the bytes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from ..models import Skipped
from ..settings import IngestOptions
from .drafts import EPOCH, ISO_STAMP, Draft, RawInput, ReadResult

if TYPE_CHECKING:
    from .fetch import Fetcher

LONG_SUMMARY = 600
"""A summary at least this many characters long (as text) is taken as the entry's content."""


def xml_refusal(data: bytes) -> str | None:
    """Why the XML is refused (entity bomb, external entity), or None when it is safe to parse."""
    import defusedxml
    import defusedxml.ElementTree as DET

    try:
        DET.fromstring(data)
    except defusedxml.EntitiesForbidden:
        return "the XML declares entities (possible entity bomb); refused"
    except defusedxml.ExternalReferenceForbidden:
        return "the XML references external entities; refused"
    except defusedxml.DTDForbidden:
        return "the XML has a DTD; refused"
    except defusedxml.DefusedXmlException as exc:
        return f"unsafe XML refused: {exc}"
    except Exception:
        return None  # not well-formed: feedparser's lenient parser gets its chance
    return None


def read_feed(raw: RawInput, *, options: IngestOptions, fetcher: Fetcher | None = None) -> Iterator[ReadResult]:
    """One draft per entry; a skip for the whole feed when it is unsafe or not a feed."""
    refusal = xml_refusal(raw.data)
    if refusal:
        yield Skipped(raw.name, refusal)
        return
    import feedparser

    parsed = feedparser.parse(raw.data)
    entries = list(parsed.get("entries") or [])
    if not entries:
        why = parsed.get("bozo_exception") if parsed.get("bozo") else None
        reason = f"malformed feed XML: {why}" if why else "the feed has no entries"
        yield Skipped(raw.name, reason)
        return
    feed = parsed.get("feed", {})
    base = _clean(feed.get("link")) or raw.url
    outlet = feed_outlet(_plain(feed.get("title")), base)
    for i, entry in enumerate(entries, 1):
        label = f"{raw.name}#{i}"
        try:
            yield _entry_draft(entry, label=label, outlet=outlet, options=options, fetcher=fetcher, base=base)
        except Exception as exc:  # one odd entry must not lose the others
            yield Skipped(label, f"malformed feed entry: {type(exc).__name__}: {exc}")


def _entry_draft(
    entry: Any,
    *,
    label: str,
    outlet: str | None,
    options: IngestOptions,
    fetcher: Fetcher | None,
    base: str | None = None,
) -> ReadResult:
    link = _clean(entry.get("link"))
    if link and base and not urlsplit(link).scheme:
        link = urljoin(base, link)  # "/news/1": the feed's own site, so that two outlets' "/news/1" stay two pages
    meta: dict[str, Any] = {
        "title": _plain(entry.get("title")),
        "outlet": outlet,
        "published": _iso_date(entry),
        "author": None,
        "url": link,
    }
    meta["author"], email = feed_author(_clean(entry.get("author")))
    if meta["author"] and outlet and _same_name(meta["author"], outlet):
        meta["author"] = None  # "news@tarn.example (Tarn Radio)" in Tarn Radio's feed: the outlet, no person
    content = _content_html(entry)
    summary = _clean(entry.get("summary")) or ""
    text = html_fragment_text(content) if content else ""
    summary_text = html_fragment_text(summary) if summary else ""
    if not text and len(summary_text) >= LONG_SUMMARY:
        text = summary_text
    extra: dict[str, Any] = {"feed_entry": label, **({"author_email": email} if email else {})}
    if not text and link and options.fetch_pages:
        page = _fetch_page(link, label=label, options=options, fetcher=fetcher)
        if isinstance(page, Draft):
            for name, value in meta.items():
                if value and not (name == "outlet" and page.outlet):  # the page's own site name before the feed's title
                    setattr(page, name, value)
            page.source, page.fmt, page.extra = label, "feed", {**page.extra, **extra}
            return page
        extra["page_not_fetched"] = page.reason
    text = text or summary_text
    if not text.strip():
        return Skipped(
            label,
            "the entry has no content or summary"
            + (f"; page: {extra.get('page_not_fetched')}" if "page_not_fetched" in extra else ""),
        )
    return Draft(source=label, original=text, fmt="feed", extra=extra, **meta)


def _fetch_page(link: str, *, label: str, options: IngestOptions, fetcher: Fetcher | None) -> Draft | Skipped:
    from .detect import decode_page
    from .fetch import Fetcher
    from .html import extract_html

    own = fetcher is None
    fetcher = fetcher or Fetcher(options=options)
    try:
        got = fetcher.fetch(link)
    finally:
        if own:
            fetcher.close()
    if isinstance(got, Skipped):
        return got
    html = decode_page(got.data, got.content_type)
    if html is None:
        return Skipped(link, "the page is not decodable text")
    return extract_html(html, url=got.url or link, source=label)


_TITLE_PARTS = re.compile(r"\s+[-–—|:·•»]\s+|\s*[|»]\s*")
"""What a feed's title sets its parts apart by: "Riverside Herald - Oskel Valley", "World | Tarn Post"."""


def feed_outlet(title: str | None, link: str | None) -> str | None:
    """The outlet a feed's title names: a title that is the site's name and a section ("Riverside Herald - Oskel
    Valley", "Local news | Tarn Post") is the part the feed's own host spells ("riversideherald.example",
    "tarnpost.example"), so that the paper's feed and its pages are one outlet, or whose initials the host is
    ("Lindavia Public Radio" on "lpr.example"); a site's name and a section's after it ("Tarn Radio - News",
    :data:`SECTION_NAMES`) is the site's name; else the whole title (no other part is guessed to be the site's)."""
    if not title or not link:
        return title
    parts = [p.strip() for p in _TITLE_PARTS.split(title) if p.strip()]
    host = (urlsplit(link).hostname or "").lower().removeprefix("www.")
    if len(parts) < 2 or not host:
        return title
    labels = [lab for lab in host.split(".")[:-1] if len(lab) >= 4]  # not the top-level domain
    squashed = [re.sub(r"[\W_]+", "", p.lower().removeprefix("the ")) for p in parts]
    hits = [
        p for p, sq in zip(parts, squashed, strict=True) if sq and any(sq == lab.replace("-", "") for lab in labels)
    ]
    if not hits:  # "lakeshore-star.example" spells "Lakeshore Daily Star" by two of its words, in order
        hits = [p for p in parts if any(_spells_in_order(lab, p) for lab in labels)]
    if not hits:  # "lpr.example": the initials of "Lindavia Public Radio"
        short = [lab for lab in host.split(".")[:-1] if len(lab) >= 3]
        hits = [p for p in parts if _initials(p) in short]
    if not hits and len(parts) == 2 and parts[1].lower() in SECTION_NAMES:  # "Tarn Radio - News": a section after
        hits = parts[:1]
    return hits[0] if len(hits) == 1 else title


SECTION_NAMES = frozenset(
    {"news", "latest", "latest news", "top stories", "top news", "headlines", "home", "front page", "world",
     "world news", "national", "local", "local news", "politics", "business", "sport", "sports", "opinion",
     "breaking news", "all stories", "all news", "rss", "feed"}
)  # fmt: skip
"""Names of a site's section or feed that follow its own name in a feed's title ("Tarn Radio - News"): no outlet."""


def _initials(part: str) -> str:
    """The initials of a name of three words or more ("Lindavia Public Radio" -> "lpr"); "" for a shorter one."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", part) if w.lower() not in {"the", "of", "and", "&"}]
    return "".join(w[0] for w in words).lower() if len(words) >= 3 else ""


def _same_name(author: str, outlet: str) -> bool:
    """An entry's author that is the outlet's own name ("Tarn Radio" in "Tarn Radio"'s or "Tarn Radio - News"'s
    feed)."""
    from ..extract.attribution import source_name

    return source_name(author) == source_name(outlet) or source_name(author) in {
        source_name(p) for p in _TITLE_PARTS.split(outlet) if p.strip()
    }


def _spells_in_order(label: str, part: str) -> bool:
    """A host label of two or more hyphened words ("lakeshore-star") all of which are words of the part, in order
    ("Lakeshore Daily Star"); one word alone ("ledger") is too weak to say which part is the site's name."""
    pieces = [w for w in label.split("-") if w]
    words = iter(re.findall(r"\w+", part.lower()))
    return len(pieces) >= 2 and all(piece in words for piece in pieces)  # each found after the one before


def _plain(value: Any) -> str | None:
    """A feed's title as text: markup a title of type html carries ("<b>Breaking:</b> Ferry &amp; tug") removed."""
    text = _clean(value)
    if text and ("<" in text or "&" in text):
        text = _clean(html_fragment_text(text).replace("\n\n", " ")) or text
    return text


def _content_html(entry: Any) -> str:
    parts = [c.get("value") or "" for c in entry.get("content") or [] if isinstance(c, dict)]
    return max(parts, key=len, default="")


FRAGMENT_BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "section", "article", "figure", "table",
     "tr", "ul", "ol", "dl", "dt", "dd", "header", "footer", "aside", "figcaption", "hr"}
)  # fmt: skip


def html_fragment_text(fragment: str) -> str:
    """Readable text of an HTML fragment: block elements as paragraphs separated by blank lines."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:
        return ""
    for junk in root.xpath(".//script | .//style | .//noscript"):
        junk.drop_tree()
    # every block element is a paragraph of its own, and so is text between blocks or after "<br><br>"
    for el in root.iter():
        if el is root or not isinstance(el.tag, str):
            continue
        if el.tag in FRAGMENT_BLOCKS:
            el.text, el.tail = "\n\n" + (el.text or ""), "\n\n" + (el.tail or "")
        elif el.tag == "br":
            el.tail = "\n" + (el.tail or "")
    paras = (" ".join(chunk.split()) for chunk in re.split(r"\n[ \t]*\n", root.text_content()))
    return "\n\n".join(p for p in paras if p)


def _iso_date(entry: Any) -> str | None:
    raw = _clean(entry.get("published") or entry.get("updated"))
    if raw and EPOCH.fullmatch(raw):
        return raw  # Unix seconds, which feedparser misreads: read (and checked) as written when the article is built
    if raw and ISO_STAMP.match(raw):
        return raw[:10]  # the day as written: feedparser rolls "2024-13-45" over into 2025
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return dt.date(t.tm_year, t.tm_mon, t.tm_mday).isoformat()
            except (ValueError, AttributeError):
                continue
    return _clean(entry.get("published") or entry.get("updated"))


_EMAIL = re.compile(r"<?\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b>?")
"""An e-mail address, bare or in angle brackets ("news@tarn.example", "<desk@tarn.example>")."""


def feed_author(value: str | None) -> tuple[str | None, str | None]:
    """``(name or None, e-mail address or None)`` of an entry's author as feedparser gives it: RSS 2.0 writes an
    e-mail address with the name in brackets ("news@tarn.example (Ann Lee)"), feedparser an Atom author as "Ann Lee
    (ann@tarn.example)". An address is no author's name: it is given apart, and an author that is only an address
    has no name (feedparser's ``author_detail`` is no help: it cuts "news@tarn.example (Ann Lee)" mid-word)."""
    if value is None or not (m := _EMAIL.search(value)):
        return value, None
    rest = re.sub(r"\(\s*\)", " ", value[: m.start()] + value[m.end() :])
    rest = " ".join(rest.split()).strip(" ,;")
    if rest.startswith("(") and rest.endswith(")"):
        rest = rest[1:-1].strip()
    return rest or None, m.group().strip("<>")


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    s = " ".join(value.split())
    return s or None
