"""Quantities with what they count: "40,000 North Koreans", "a 24-month period", "$5 million"."""

from __future__ import annotations

import bisect
import re

from .lexicon import cue_lemma

QUANTITY_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
DURATION = re.compile(r"^\d[\d,.]*[- ](?:second|minute|hour|day|week|month|year|decade)s?(?:-long|-old)?$", re.I)
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


WORD_VALUES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
"""English number words below a hundred that stand alone: units, teens and tens."""
WORD_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
"""Scale words that close a group of three digits ("two thousand three hundred": 2,000 + 300)."""
_NUMBER_TOKEN = "|".join(sorted([*WORD_VALUES, "hundred", "dozen", *WORD_SCALES], key=len, reverse=True))
NUMBER_WORD_RUN = re.compile(
    rf"\b(?:an?\s+)?(?:{_NUMBER_TOKEN})\b(?:(?:\s*-\s*|\s+(?:and\s+)?)(?:{_NUMBER_TOKEN})\b)*", re.I
)
"""A run of number words that may be one number: "one hundred and twelve", "two thousand three hundred", "a dozen",
"twenty-three". :func:`read_number_words` reads how much of it is one number."""
_RUN_TOKEN = re.compile(rf"\b(an?|and|{_NUMBER_TOKEN})\b", re.I)


def read_number_words(text: str) -> tuple[float, int] | None:
    """The value of the number words that open ``text`` and where they end, or None when it opens with none.

    Reads what English writes: "one hundred and twelve" (112; "and" only after "hundred" or a scale word, followed by
    a number below a hundred), "twenty-three", "two thousand three hundred" (2,300), "twelve hundred" (1,200), "a
    dozen" (12), "two dozen" (24), "a hundred", "three million". The longest opening that is one number is read, so
    "three four" is 3 (a list, the rest another number) and "between three hundred and four hundred" gives 300."""
    total, group, last, smallest = 0.0, 0.0, "", float("inf")
    best: tuple[float, int] | None = None
    pos = 0
    tokens = list(_RUN_TOKEN.finditer(text))
    for k, m in enumerate(tokens):
        if (k == 0 and m.start()) or (k and text[pos : m.start()].strip(" -\u00a0")):
            break  # only spaces or a hyphen between the words of one number
        w = m.group(1).lower()
        nxt = tokens[k + 1].group(1).lower() if k + 1 < len(tokens) else ""
        if w in ("a", "an"):
            if k or nxt not in ("hundred", "dozen", *WORD_SCALES):
                break  # "a hundred", "a dozen", "a million": one; never inside a number
            group, last = 1.0, "a"
        elif w == "and":
            if last not in ("hundred", "scale") or WORD_VALUES.get(nxt) is None:
                break  # "one hundred and twelve", not "nine and ten"
            after = tokens[k + 2].group(1).lower() if k + 2 < len(tokens) else ""
            if after in ("hundred", *WORD_SCALES) and not text[tokens[k + 1].end() : tokens[k + 2].start()].strip(" -"):
                break  # "three hundred and four hundred": two numbers
            last = "and"
        elif w in WORD_VALUES:
            v = float(WORD_VALUES[w])
            if last in ("unit", "teen", "zero", "dozen") or (last == "tens" and not 0 < v < 10):
                break  # "three four", "twenty thirty": a list
            group += v
            last = "zero" if v == 0 else "unit" if v < 10 else "teen" if v < 20 else "tens"
        elif w == "hundred":
            if last not in ("unit", "teen", "a") or group >= 100:
                break  # "a hundred", "one hundred", "twelve hundred"; not "twenty hundred"
            group, last = group * 100, "hundred"
        elif w == "dozen":
            if last not in ("unit", "a") or group >= 10:
                break  # "a dozen", "two dozen"
            group, last = group * 12, "dozen"
        else:
            scale = WORD_SCALES[w]
            if not group or scale >= smallest:
                break  # "two million three hundred thousand"; not "a thousand million", a new number
            total, group, last, smallest = total + group * scale, 0.0, "scale", scale
        pos = m.end()
        if last not in ("a", "and"):
            best = (total + group, pos)
    return best


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
        run = NUMBER_WORD_RUN.search(low)
        read = read_number_words(low[run.start() :]) if run else None
        if read is not None:
            value = read[0]
            if re.search(rf"\b(?:{'|'.join(WORD_SCALES)})\b", low[run.start() : run.start() + read[1]] if run else ""):
                return value  # "two thousand three hundred": the scale words are read already
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
