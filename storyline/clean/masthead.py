"""The outlet a plain text names at its head: a line of its own under the headline ("Skyline Daily", "Skyline Daily |
3 March 2026") or a byline's outlet part ("By Mara Quint, Skyline Daily", "Mara Quint | Skyline Daily").

A part of such a line is read as an outlet only when it is a short name that reads as a news outlet's: capitalised
words, no sentence, no figures, ending with a newspaper or broadcaster word ("Daily", "Post", "Herald", "Radio", ...;
:data:`NEWS_WORDS`) or opening with "Radio" or "Daily" ("Radio Kestrel"), and with a word of its own beside those
words and a section's ("World News", "Daily News" name no outlet; nor, missed, does "Daily Sentinel"). A person's name ("Mara Quint"), a job title
("Transport Editor", "Press Secretary"), a place ("Kellbrook"), a dateline or a sentence is never read as one; a
given name before a surname that is also a newspaper word ("Emily Post") is a person's. On a line of its own, the
name must end with an unambiguous newspaper word (:data:`NEWS_WORDS`): a heading such as "Budget Review" or "Quarry
News" (a section's) under a headline is no outlet, while in a byline's outlet part :data:`BYLINE_NEWS_WORDS` count too.
"""

from __future__ import annotations

import re

from . import cues
from .lines import Line

PAPER_WORDS = frozenset(
    {
        "daily", "times", "post", "herald", "gazette", "tribune", "journal", "courier", "chronicle", "observer",
        "telegraph", "sentinel", "bulletin", "examiner", "ledger", "advertiser", "mercury", "argus", "standard", "express"
    }
)  # fmt: skip
"""Words a newspaper's name ends with ("Kellbrook Gazette", "Tarn Post"); also read by
:data:`storyline.extract.resolve.LOCAL_PAPER`."""
NEWS_WORDS = PAPER_WORDS | frozenset(
    {
        "press", "dispatch", "inquirer", "mail", "radio", "tv", "television", "broadcasting", "broadcaster", "wire",
        "newswire", "weekly", "magazine", "newspaper"
    }
)  # fmt: skip
"""Words a news outlet's name ends with ("Skyline Daily", "Tarn Post", "Kettleby Wire", "Northgate Radio")."""
BYLINE_NEWS_WORDS = NEWS_WORDS | frozenset(
    {
        "review", "record", "star", "sun", "globe", "mirror", "monitor", "voice", "leader", "citizen", "guardian",
        "independent", "reporter", "today", "media", "network", "agency", "news", "echo"
    }
)  # fmt: skip
"""In a byline's outlet part ("By Tam Oduya, Kesh Review") these words end an outlet's name too; on a line of its own
under a headline they are as often a heading's ("Budget Review", "Rising Star", "Quarry News": a section's)."""
_LEADING = frozenset({"radio", "daily"})
"""Newspaper words an outlet's name may open with ("Radio Kestrel", "Daily Kestrel")."""
_TAILS = frozenset({"online", "digital", "news"})
"""Words after the newspaper word ("Tarn Post Online", "Northgate Radio News")."""
_GENERIC = frozenset(
    {
        "the", "world", "local", "breaking", "latest", "top", "national", "international", "business", "politics",
        "sport", "sports", "opinion", "live", "morning", "evening", "weekend", "sunday", "saturday", "global", "us",
        "uk", "regional", "city", "metro", "your", "our"
    }
)  # fmt: skip
"""Words of a section's or a generic name ("World News", "Breaking News", "Sunday Times" alone names no outlet)."""
_ROLES = frozenset(
    {
        "editor", "editors", "writer", "writers", "reporters", "correspondent", "correspondents", "columnist",
        "contributor", "producer", "secretary", "officer", "spokesman", "spokeswoman", "spokesperson", "staff", "desk",
        "team"
    }
)  # fmt: skip
"""Words of a job title or a staff credit ("News Editor", "Press Secretary", "Courier staff": see
:func:`storyline.clean.signoff.staff_outlet`), never in an outlet's name here."""
MAX_WORDS = 5
_NAME = re.compile(r"^(?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|the|[A-Z][\w'’.-]*))*$")
"""Capitalised words, "of" and "the" between them; no "and" or "&", which may join two outlets' names."""


def outlet_name(part: str, *, in_byline: bool = False) -> str | None:
    """``part`` as an outlet's name (without a leading "The"), when it reads as one (see the module's docstring), or
    None. ``in_byline``: the part follows an author's name in a byline, where :data:`BYLINE_NEWS_WORDS` count."""
    from ..extract.lexicon import is_given_name, is_surname

    name = part.strip()
    line = Line(0, len(name), name)
    if not _NAME.match(name) or any(c.isdigit() for c in name) or line.ends_sentence or line.sentence_like:
        return None
    words = [w.strip(".,'’").lower() for w in name.split()]
    if not 2 <= len(words) <= MAX_WORDS or any(w in _ROLES for w in words):
        return None
    news = BYLINE_NEWS_WORDS if in_byline else NEWS_WORDS
    end = len(words) - 1 if words[-1] in _TAILS and len(words) > 2 else len(words)
    if words[end - 1] not in news and not (words[0] in _LEADING and words[1] not in news):
        return None
    own = [w for w in words if w not in news and w not in _GENERIC and w not in _TAILS and w != "of"]
    if not own:
        return None
    shown = name.split()
    if len(shown) == 2 and is_given_name(shown[0]) and is_surname(shown[1]):
        return None  # "Emily Post": a person
    return re.sub(r"^The\s+", "", name)


def line_outlet(text: str, *, alone: bool) -> str | None:
    """The outlet a head line names, or None: a byline ("By Mara Quint, Skyline Daily", "By Mara Quint | Skyline
    Daily | 3 March 2026") or, when ``alone`` (the line right under the headline), a line that is the outlet's name,
    with its date or not ("Skyline Daily", "Skyline Daily | 3 March 2026"), or an author's name and the outlet's
    ("Mara Quint | Skyline Daily"). Every part of the line (set apart by bars, dots or dashes) is a written date, an
    author ("By ..." or a short name) or the outlet; the line names the outlet only when exactly one part does."""
    from .text import _byline_name, _trailing_date, _written_date

    parts = [p.strip() for p in cues.BYLINE_SEPARATOR.split(text) if p.strip()]
    found: list[str] = []
    by = author = False
    # a name that opens with an article is an outlet's beside the date ("El Correo del Sur | 12 de noviembre de 2026")
    dated = any(_written_date(cues.BYLINE_DATE_LABEL.sub("", p)) for p in parts)
    for part in parts:
        if (at := _trailing_date(part)) is not None:
            part = part[:at].rstrip(" ,")
        if not part or _written_date(cues.BYLINE_DATE_LABEL.sub("", part)):
            continue
        if cues.BYLINE_LEAD.match(part):
            by = author = True
            after = [p.strip() for p in cues.BYLINE_LEAD.sub("", part).split(",")]
            if not after[0] or Line(0, len(after[0]), after[0]).sentence_like:
                return None
            found += [n for p in after[1:] if (n := outlet_name(p, in_byline=True))]
        elif (
            n := outlet_name(part, in_byline=author) or (article_name(part) if alone and dated else None)
        ) is not None:
            found.append(n)
        elif _byline_name(part):
            author = True  # "Mara Quint | Skyline Daily": the author's name, then the outlet's
        else:
            return None  # a sentence or a label: no byline
    return found[0] if len(found) == 1 and (by or alone) else None


ARTICLES = frozenset({"the", "der", "die", "das", "le", "la", "les", "el", "il", "lo", "het"})
"""Articles an outlet's name may open with, in English and the languages of Europe ("The Lantern", "Der Grenzbote",
"Le Matin", "El Faro"): a person's name never does."""


NAME_JOINERS = frozenset(
    {"of", "and", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "y", "e", "et"}
)
"""Lower-case words that join the capitalised words of an outlet's name in the languages of Europe ("El Correo del
Sur", "La Voz de Galicia")."""


def article_name(text: str) -> str | None:
    """``text`` as an outlet's name that opens with an article ("Der Grenzbote", "The Lantern", "The Ledger", "El Correo
    del Sur"), or None: two to four capitalised words (:data:`NAME_JOINERS` between them), no figures, no sentence, no
    job title, and a word beside the article that is no generic word of a section ("The World" names no outlet). Read
    only on the line right under a headline with the article's date line right under it (see
    ``storyline.clean.text``), or with the date beside it on that line ("El Correo del Sur | 12 de noviembre de 2026": :func:`line_outlet`)."""
    name = text.strip()
    words = name.split()
    line = Line(0, len(name), name)
    if not 2 <= len(words) <= 4 or words[0].lower() not in ARTICLES or not words[0][:1].isupper():
        return None
    if any(c.isdigit() for c in name) or line.ends_sentence or line.sentence_like or ":" in name:
        return None
    if not words[-1][:1].isupper() or any(w.lower() in _ROLES for w in words):
        return None
    if not all(w[:1].isupper() or w in NAME_JOINERS for w in words[1:]):
        return None
    if not [w for w in words[1:] if w.lower() not in _GENERIC]:
        return None
    return name


ONE_WORD_MIN = 4
"""A one-word outlet's name has at least this many letters ("Morgenblatt"; "Sun" alone is a heading's word)."""


def one_word_name(text: str) -> str | None:
    """``text`` as a one-word outlet's name ("Morgenblatt", "Kvellposten"), or None: a capitalised word of
    :data:`ONE_WORD_MIN` letters or more, not all in capitals (a place's dateline), no figures, that is no English word
    (a section's heading: "Analysis", "Exclusive", "Updated"; :func:`english_word`), no given name nor surname of the
    census lists (an author's), and no word of a section's or a job title. Read, as :func:`masthead_name`, only on the
    line right under a headline with the article's date under it, and the caller checks the text never uses the word
    but as an outlet's ("the Morgenblatt")."""
    from ..extract.lexicon import is_given_name, is_surname

    name = text.strip()
    if not re.fullmatch(r"[A-Z][a-z\u00df-\u00ff'’-]+", name) or len(name) < ONE_WORD_MIN:
        return None
    low = name.lower()
    if low in _GENERIC or low in _ROLES or low in BYLINE_NEWS_WORDS or is_given_name(name) or is_surname(name):
        return None
    return None if english_word(low) else name


_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "ly")


def english_word(word: str) -> bool:
    """``word`` (lower case) is an English noun, verb, adjective or adverb of spaCy's lemma lists, as written or
    with a common ending taken off ("updated", "breaking")."""
    from ..nlp import load_spacy

    lookups = load_spacy().get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index") if lookups.has_table("lemma_index") else {}
    exc = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
    forms = [word] + [word[: -len(x)] for x in _SUFFIXES if word.endswith(x) and len(word) > len(x) + 2]
    return any(
        f in index.get(pos, ()) or f in exc.get(pos, {}) for f in forms for pos in ("noun", "verb", "adj", "adv")
    )


def masthead_name(text: str) -> str | None:
    """``text`` as an outlet's name with no article and no newspaper word ("Eastern Lantern", "Vell Information
    Service"), or None: two to five capitalised words ("of" between them), no figures, no sentence, no job title, not
    all in capitals (a place's dateline), a word of its own beside the generic words of a section, and a first word
    that is no given name of the census lists ("Mira Tolle" is a person). Read only on the line right under a
    headline with the article's date under it (see ``storyline.clean.text``), where a person's name is as likely:
    the caller checks the text uses no word of it as a surname."""
    from ..extract.lexicon import is_given_name

    name = text.strip()
    words = name.split()
    line = Line(0, len(name), name)
    if not 2 <= len(words) <= MAX_WORDS or not _NAME.match(name) or name.isupper():
        return None
    if any(c.isdigit() for c in name) or line.ends_sentence or line.sentence_like or ":" in name:
        return None
    if cues.BYLINE_LEAD.match(name) or any(w.lower() in _ROLES for w in words) or is_given_name(words[0]):
        return None
    if not [w for w in words if w.lower() not in _GENERIC and w.lower() != "of"]:
        return None
    return name
