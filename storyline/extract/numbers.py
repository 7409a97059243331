"""Quantities with what they count: "40,000 North Koreans", "a 24-month period", "$5 million"."""

from __future__ import annotations

import bisect
import re

from .lexicon import cue_lemma

QUANTITY_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
DURATION = re.compile(r"^\d[\d,.]*[- ](?:second|minute|hour|day|week|month|year|decade)s?(?:-long|-old)?$", re.I)
SMALL = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozen": 12,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
}
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3}
STOP_UNIT = {
    "of",
    "and",
    "or",
    "in",
    "on",
    "at",
    "to",
    "for",
    "the",
    "a",
    "an",
    "by",
    "with",
    "from",
    "as",
    "than",
    "that",
    "who",
    "which",
    "were",
    "was",
    "are",
    "is",
}
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
GROUP_SPACE = " \u00a0\u2009\u202f"
SPACED_THOUSANDS = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:[{GROUP_SPACE}]\d{{3}})+(?!\d|[{GROUP_SPACE}]\d)")
"""Digits grouped by a space, a no-break or a thin space ("40 000", "1 250 000"), as many languages write them."""


def parse_value(text: str) -> float | None:
    """The numeric value of a quantity phrase, or None when it has none we can read."""
    low = INVISIBLE.sub("", text.lower()).replace("$", " ").replace("%", " ")
    low = SPACED_THOUSANDS.sub(lambda m: re.sub(f"[{GROUP_SPACE}]", "", m.group(0)), low)
    m = NUMBER.search(low)
    value: float | None = None
    if m:
        raw = m.group(0)
        raw = raw.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", raw) or "," in raw else raw
        try:
            value = float(raw)
        except ValueError:
            value = None
    else:
        for w in re.findall(r"[a-z]+", low):
            if w in SMALL:
                value = float(SMALL[w]) if value is None else value * SMALL[w] if w == "hundred" else value + SMALL[w]
    if value is not None:
        for w in re.findall(r"[a-z]+", low):
            if w in SCALE and w not in {"m", "k"}:
                value *= SCALE[w]
    return value


def _unit(text: str, tokens: list[tuple[int, int]], starts: list[int], end: int) -> tuple[int, str | None]:
    """The words after a number that say what it counts (a short noun phrase)."""
    i = bisect.bisect_left(starts, end)
    last, words = end, list[str]()
    while i < len(tokens) and len(words) < 4:
        s, e = tokens[i]
        w = text[s:e]
        if "\n" in text[last:s] or not re.fullmatch(r"[A-Za-z][A-Za-z'-]*", w) or w.lower() in STOP_UNIT:
            break
        if cue_lemma(w) is not None or (words and w.endswith("ing") and w[0].islower()):
            break
        words.append(w)
        last = e
        i += 1
    return (last, " ".join(words)) if words else (end, None)


def find_quantities(
    text: str, ents: list[tuple[int, int, str]], tokens: list[tuple[int, int]]
) -> list[tuple[int, int, float | None, str | None]]:
    """``(start, end, value, unit)`` for each quantity; the span covers the number and its unit."""
    starts = [s for s, _ in tokens]
    out: list[tuple[int, int, float | None, str | None]] = []
    for s, e, label in _spaced_groups(text, ents):
        phrase = text[s:e]
        if label not in QUANTITY_LABELS and not (label == "DATE" and DURATION.match(phrase)):
            continue
        if label == "MONEY" or label == "PERCENT":
            out.append((s, e, parse_value(phrase), "percent" if label == "PERCENT" else _currency(phrase)))
            continue
        end, unit = _unit(text, tokens, starts, e)
        out.append((s, end, parse_value(phrase), unit))
    return out


def _spaced_groups(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Entities joined where the parser split one number at a thin or no-break space ("40\u202f000")."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in ents:
        if out and out[-1][1] + 1 == s and text[out[-1][1]] in GROUP_SPACE[1:]:
            ps, pe, plabel = out[-1]
            if re.search(r"(?<![\d.,])\d{1,3}$", text[ps:pe]) and re.match(r"\d{3}(?!\d)", text[s:e]):
                out[-1] = (ps, e, plabel if plabel in QUANTITY_LABELS else label)
                continue
        out.append((s, e, label))
    return out


def _currency(phrase: str) -> str:
    for sym, name in (("$", "USD"), ("\u20ac", "EUR"), ("\u00a3", "GBP"), ("\u20bd", "RUB")):
        if sym in phrase:
            return name
    m = re.search(r"(dollars?|euros?|pounds?|rubles?|roubles?|yuan|yen)", phrase, re.I)
    return m.group(1).lower() if m else "money"
