"""Named objects of one kind: two bills voted in one chamber the same week are two stories.

Reports of a chamber's vote on the Media Freedom Act on Wednesday and of its vote on the Rural Roads Bill on Thursday
share the chamber, its city, its speaker and the party leaders each report quotes, and words every vote has ("voted",
"majority", "opposition"): clustering read them as one story (0.2-0.4 alike with every word counted, the reports of
one vote 0.3-0.5). What tells them apart is what was voted on: each report names its bill, by name, and the other's
never (or in passing). So a story is split where its texts are about different named objects of one kind
(:data:`KINDS`: laws, treaties; not "Convention", as often a party's), each part's texts about its own object (the one a text names most), and neither part
naming the other's object in half of its texts or more. A bill's two votes (a failed first vote, a second that passes)
name one bill, "Act" or "Bill": one story. A text that names no such object, or two as often, stays where it was.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .occasion import label_groups

KINDS = {
    "act": "law",
    "bill": "law",
    "law": "law",
    "amendment": "law",
    "ordinance": "law",
    "directive": "law",
    "treaty": "treaty",
    "accord": "treaty",
    "agreement": "treaty",
    "pact": "treaty",
}
"""The last word of a named object and the kind it names: a bill is an act once passed ("the Media Freedom Bill",
then "the Media Freedom Act"), one object."""
_KIND = "|".join(w.title() for w in KINDS)
_WORD = rf"(?!(?:{_KIND})\b)[A-Z][a-z]+(?:['\u2019]s)?(?:-[A-Z]?[a-z]+)*"
_OBJECT = re.compile(rf"\b((?:{_WORD}\s+(?:(?:of|and|for|on|the)\s+)*){{1,6}})({_KIND})\b(?!\s+[A-Z])")
"""Capitalised words (small words between them) before a kind's word, not followed by another name ("President Bill
Clinton" is no bill)."""
NAMED_MIN = 2
"""Times a part's texts name their objects, at least, for the part to be about them: a text that names a law once
("repeal the Affordable Care Act", "the Second Amendment") in a report of a debate is not about that law."""
PART_SHARE = 0.5
"""Share of a part's texts naming another part's object from which the two parts stay one story: a report that the
roads bill comes up on Thursday, in one of three reports of the media act, is a mention; an explainer of the law an act
replaces, which names the act too, is of its story."""


def named_objects(doc: str) -> Counter[tuple[str, str]]:
    """The named objects of :data:`KINDS` that ``doc`` names, as ``(kind, name)`` (the name's words lower-cased, without
    the kind's word and the small or calendar words a sentence opens with), counted. Not in a headline written in title
    case, where every word is capitalised for the style."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from .batch import DATE_WORDS, _headline_runs

    runs = _headline_runs(doc)
    out: Counter[tuple[str, str]] = Counter()
    for m in _OBJECT.finditer(doc):
        if any(a <= m.start() < b and m.end() <= b for a, b in runs):
            continue
        words = m.group(1).lower().split()
        while words and (words[0] in ENGLISH_STOP_WORDS or words[0] in DATE_WORDS):
            words = words[1:]
        if words:
            out[KINDS[m.group(2).lower()], " ".join(words)] += 1
    return out


def main_object(named: Counter[tuple[str, str]]) -> tuple[str, str] | None:
    """The object a text names most (None when it names none, or two as often)."""
    ranked = named.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def object_parts(named: Sequence[Counter[tuple[str, str]]], alone: int | None = None) -> list[list[int]]:
    """The texts (their :func:`named_objects`) by the object each is about, the parts that are one story joined: a part
            stays with another when :data:`PART_SHARE` of either's texts name the other's object, or when their objects are of
            other kinds. Texts about no object are in no part, nor those of a part that names its objects under
        :data:`NAMED_MIN` times, unless it holds the text ``alone`` (a new article judged against a story: one text
    names its bill as often as it names it). Largest part first."""
    by: dict[tuple[str, str], list[int]] = {}
    for i, n in enumerate(named):
        if (main := main_object(n)) is not None:
            by.setdefault(main, []).append(i)
    keys = sorted(by, key=lambda k: (-len(by[k]), k))
    root = list(range(len(keys)))

    def find(a: int) -> int:
        while root[a] != a:
            a = root[a]
        return a

    def names_share(part: list[int], obj: tuple[str, str]) -> bool:
        return sum(obj in named[i] for i in part) >= PART_SHARE * len(part)

    for a in range(len(keys)):
        for b in range(a + 1, len(keys)):
            ka, kb = keys[a], keys[b]
            if ka[0] != kb[0] or names_share(by[ka], kb) or names_share(by[kb], ka):
                root[find(b)] = find(a)
    parts: dict[int, list[int]] = {}
    for k, key in enumerate(keys):
        parts.setdefault(find(k), []).extend(by[key])
    told = [
        p
        for p in parts.values()
        if alone in p or sum(named[i][main] for i in p if (main := main_object(named[i]))) >= NAMED_MIN
    ]
    return sorted((sorted(p) for p in told), key=lambda p: (-len(p), p[0]))


def split_objects(docs: Sequence[str], labels: Sequence[int]) -> list[int]:
    """``labels`` with each story split by the named objects its texts are about (:func:`object_parts`): the largest
    part, and the texts about none, keep the label; every other part is a story of its own."""
    groups = label_groups(labels)
    out = list(labels)
    fresh = max(labels, default=0) + 1
    for idx in groups.values():
        if len(idx) < 2:
            continue
        named = [named_objects(docs[i]) for i in idx]
        if sum(bool(n) for n in named) < 2:
            continue
        for part in object_parts(named)[1:]:
            for k in part:
                out[idx[k]] = fresh
            fresh += 1
    return out


def other_object(doc: str, members: Sequence[str]) -> str | None:
    """The object ``doc`` is about when it is another than the one a story's texts (``members``) are about, of the same
    kind (as :func:`split_objects` would split it off in batch): its name, else None."""
    named = [named_objects(doc), *(named_objects(m) for m in members)]
    if not named[0] or not any(named[1:]):
        return None
    parts = object_parts(named, alone=0)
    own = next((p for p in parts if 0 in p), None)
    if own is None or len(parts) < 2:
        return None
    largest = max(parts, key=lambda p: sum(i != 0 for i in p))
    about = main_object(named[0])
    return f"the {about[1].title()} {about[0]}" if about is not None and own is not largest else None
