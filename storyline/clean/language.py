"""Language identification (py3langid, loaded lazily), guarded for English news text.

Two guards around the classifier: a text too short to tell gives None (never a guess), and a
text whose words are largely English function words is English whatever the classifier says
(name-heavy English sentences otherwise come out as Bikol or Malay now and then, and an English
article marked foreign would be skipped by every later stage).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

MIN_LETTERS = 20
"""Fewer letters than this (about four short words) is too little to tell a language from."""
MIN_PROB = 0.5
SAMPLE = 1500
ENGLISH_SHARE = 0.15
"""From this share of English function words among the words, a text is English."""

EN_DOUBT = 0.05
"""A foreign answer with English still this likely is too unsure to set the article aside."""
ENGLISH_LIKE = frozenset({"pcm", "sco", "jam", "tpi", "bi"})
"""English-based creoles and Scots: the classifier's usual wrong answers for short English text."""

_ENGLISH = frozenset(
    [
        "the",
        "of",
        "and",
        "that",
        "for",
        "with",
        "from",
        "it",
        "she",
        "they",
        "his",
        "her",
        "their",
        "them",
        "said",
        "says",
        "has",
        "have",
        "had",
        "been",
        "are",
        "were",
        "will",
        "would",
        "not",
        "but",
        "this",
        "which",
        "who",
        "its",
        "after",
        "about",
        "than",
        "also",
        "into",
        "when",
        "there",
        "could",
        "should",
        "what",
    ]
)
_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _sample(text: str) -> str:
    """The start and the middle of a long text (a foreign text may open with an English line)."""
    if len(text) <= 2 * SAMPLE:
        return text
    mid = len(text) // 2
    return text[:SAMPLE] + "\n" + text[mid : mid + SAMPLE]


def _letter_weight(text: str) -> int:
    """Letters, a CJK character counting as three (one carries about a word)."""
    return sum(3 if "\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" else 1 for ch in text if ch.isalpha())


def english_share(text: str) -> float:
    """Share of the words of ``text`` that are common English function words."""
    words = _WORDS.findall(text.lower())
    return sum(1 for w in words if w in _ENGLISH) / len(words) if words else 0.0


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when it is too short or unclear to tell."""
    sample = _sample(text)
    if len(sample) < 10 * MIN_LETTERS and _letter_weight(sample) < MIN_LETTERS:
        return None
    if english_share(sample) >= ENGLISH_SHARE:
        return "en"
    ranked = _identifier().rank(sample)
    lang, prob = ranked[0]
    if prob < MIN_PROB:
        return None
    if lang != "en" and (lang in ENGLISH_LIKE or dict(ranked).get("en", 0.0) >= EN_DOUBT):
        return None
    return str(lang)


def is_english(language: str | None) -> bool:
    """Unknown counts as English: only a text positively identified as foreign is set aside."""
    return language is None or language.startswith("en")


def normalise_language(value: str | None) -> str | None:
    """The ISO 639-1 code (``"en"``) of a language as a record or a page gives it: a code in any case, with or
    without a region or script ("EN", "en_GB", "zh-Hant-TW"), a three-letter code ("eng", "ger"), or the language's
    name in English or in itself ("English", "Deutsch"); Babel's locale data reads them. None for an empty value; a
    value it cannot read is kept as given (stripped), so that it is still shown and not taken for English."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(text.replace("-", "_")).language)
    except (UnknownLocaleError, ValueError, TypeError):
        pass
    key = text.casefold()
    return _english_names().get(key) or _own_names().get(key) or text


@lru_cache(maxsize=1)
def _english_names() -> dict[str, str]:
    """Language names in English ("German") to their codes."""
    from babel import Locale

    return {name.casefold(): code for code, name in Locale("en").languages.items() if "_" not in code}


@lru_cache(maxsize=1)
def _own_names() -> dict[str, str]:
    """Language names in each language itself ("Deutsch") to their codes: every locale's data read once (seconds),
    only for a value no code or English name matched."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    names: dict[str, str] = {}
    for ident in locale_identifiers():
        if "_" not in ident and (own := Locale.parse(ident).get_display_name(ident)):
            names.setdefault(own.casefold(), ident)
    return names
