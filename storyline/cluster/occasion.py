"""Same cast, another occasion: a check on small stories that only the names hold together.

A hospital group's new maternity wing and, nine days later, a ransomware attack on it; a town's council vote on a bus
depot ten days after the wing opened; a city's budget hearing the day after an outbreak its health director speaks
about. The reports name the same organisation, town and people, and in a story of a few articles those names are most
of what TF-IDF sees (a name counts in the word view and again in the name view), so the two occasions read as alike as
the reports of one event. What tells them apart is everything else: the words that say what happened ("maternity",
"wing", "birthing" against "ransomware", "systems", "ambulances"). Reports of one event share some of those words; two
occasions of one cast share almost none. And they are days apart: reports of one event fall within a day or two of
it, and a later report on it (a verdict, a reopening) tells what it follows up in the same words.

So a story of fewer than :data:`SMALL_STORY` articles is compared on its *content words*: the words of each text that
are not stop words, not names (words some text of the story capitalises inside a sentence, as
:func:`~storyline.cluster.batch.mid_sentence_names` reads them) and not the words every report uses whatever happened
(:data:`COMMONPLACE`), weighted as the story index weighs words. A part of the story that is under
:data:`OCCASION_FLOOR` alike to the rest that way (average link) and whose dated articles are :data:`OCCASION_DAYS`
days or more from the rest's is another occasion: a batch story is split there, and a new article does not join a
small story it reads apart from that way. The rest must be a story by those words: two texts or more, as alike to one
another as the floor (in long articles of one beat, every text may be under it with every other, and then nothing says
which of them is the story).

Larger stories are not checked (their own words outweigh a shared cast), nor texts with no names at all (lower-cased,
stemmed snippets: there the content words are all the words, and TF-IDF already weighed them), nor undated ones. Without
the dates the content words alone are no test: in batches of 2-15 ECB+ dev articles of one topic (undated), splitting
parts under 0.04 alike to a core of two or more cost BCubed 0.945 -> 0.944 (2-7) and 0.856 -> 0.851 (8-15), 0.07 cost
0.936 / 0.838: reports of one event told from other angles share their names and little else. So the budget hearing the
day after the outbreak is not told apart here. No model is loaded: the cost is a few word counts per small dated story.
(A sentence-model check, cluster-d6, read the occasions apart as well, but cost 3-15 times the clustering time.)
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from .online import terms

OCCASION_FLOOR = 0.12
"""Content-word cosine (average link) under which a part of a small story dated :data:`OCCASION_DAYS` or more from
the rest is another occasion. The invented repros (a maternity wing, its hospital group's ransomware attack nine days
later, a council vote in its town): the two occasions 0.01-0.06 alike per pair, reports of one event 0.14-0.77. The
benchmarks with gold stories are undated, so they could not choose it; in PolNeAR's 924 dated articles it changes one
story of 706 (see the branch notes, cluster-d7)."""
OCCASION_DAYS = 4
"""Days between the dated articles of two parts from which a part is another occasion: reports of one event fall
within a day or two of it."""
SMALL_STORY = 8
"""Stories of fewer articles than this are checked; larger ones have enough words of their own for TF-IDF."""
IDF_MIN_DOCS = 50
"""Word weights from fewer texts than this are computed as if there were this many (as the story index does)."""
COMMONPLACE = frozenset(
    [
        # reporting: how every report passes on what it was told, whatever it was told
        "said",
        "says",
        "say",
        "told",
        "according",
        "added",
        # amounts: the words of a figure, whatever is counted or paid for (a wing's 38 million dollars, a depot's 6)
        "million",
        "millions",
        "billion",
        "billions",
        "thousand",
        "thousands",
        "percent",
        "cent",
        "dollars",
        "dollar",
        "euros",
        "pounds",
        "crowns",
    ]
)
"""Words every kind of report uses whatever happened: they say nothing about which occasion a report is of. Few
texts give no word weights to lower them by, so they are left out of the content words."""


def content_counts(docs: Sequence[str]) -> list[Counter[str]]:
    """Each text's words that are not stop words, :data:`COMMONPLACE` or names of the texts (capitalised inside a
    sentence)."""
    from .batch import mid_sentence_names

    names = mid_sentence_names(docs)
    return [Counter({t: c for t, c in terms(d).items() if t not in names and t not in COMMONPLACE}) for d in docs]


def has_names(docs: Sequence[str]) -> bool:
    """Whether any text capitalises a word inside a sentence (lower-cased corpora do not: nothing to check)."""
    from .batch import mid_sentence_names

    return bool(mid_sentence_names(docs))


def _vectors(counts: list[Counter[str]], df: Callable[[list[str]], dict[str, int]], n: int) -> Any:
    """Unit sublinear TF-IDF rows of ``counts`` over their joint vocabulary (numpy array)."""
    import numpy as np

    vocab = sorted({t for c in counts for t in c})
    if not vocab:
        return np.zeros((len(counts), 0))
    freq = df(vocab)
    n = max(n, IDF_MIN_DOCS)
    col = {t: k for k, t in enumerate(vocab)}
    out = np.zeros((len(counts), len(vocab)))
    for i, c in enumerate(counts):
        for t, k in c.items():
            out[i, col[t]] = (1 + math.log(k)) * math.log((1 + n) / (1 + max(freq.get(t, 0), 1)))
    norms = np.linalg.norm(out, axis=1)
    norms[norms == 0] = 1.0
    return out / norms[:, None]


def days_apart(these: Sequence[int | None], those: Sequence[int | None]) -> int | None:
    """The fewest days between a dated text of ``these`` and one of ``those`` (None when either has none dated)."""
    a = [d for d in these if d is not None]
    b = [d for d in those if d is not None]
    if not a or not b:
        return None
    return min(abs(x - y) for x in a for y in b)


def another_occasion(mean: float, gap: int | None, floor: float = OCCASION_FLOOR) -> bool:
    """Whether a part ``mean`` alike (content words) to the rest, ``gap`` days from it (None: undated), is another
    occasion."""
    return gap is not None and gap >= OCCASION_DAYS and mean < floor


def _counts_of(df: Counter[str]) -> Callable[[list[str]], dict[str, int]]:
    return lambda keys: {k: df[k] for k in keys}


def split_occasions(
    docs: Sequence[str],
    labels: Sequence[int],
    days: Sequence[int | None] | None = None,
    floor: float = OCCASION_FLOOR,
    *,
    moved: dict[int, int] | None = None,
) -> list[int]:
    """``labels`` with each story of 2 to ``SMALL_STORY - 1`` texts split where a part of it is another occasion
    (:func:`another_occasion`; parts by average link on the content words at ``floor``, word weights from the whole
    batch; ``days``: each text's day number, None when undated). The largest part (the first of equal ones) keeps its
    label; the parts that are another occasion get new labels (larger than any given), and ``moved`` gets each new
    label with the label it was split from."""
    import numpy as np

    from .batch import average_link

    day_of: Sequence[int | None] = days if days is not None else [None] * len(docs)
    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        groups.setdefault(lab, []).append(i)
    small = [idx for idx in groups.values() if 1 < len(idx) < SMALL_STORY and len({docs[i] for i in idx}) > 1]
    out = list(labels)
    if not small:
        return out
    batch_df: Counter[str] | None = None
    fresh = max(labels) + 1
    for idx in small:
        texts = [docs[i] for i in idx]
        dated = [d for i in idx if (d := day_of[i]) is not None]
        if len(dated) < 2 or max(dated) - min(dated) < OCCASION_DAYS or not has_names(texts):
            continue  # no part can be days from the rest
        if batch_df is None:
            batch_df = Counter(t for d in docs for t in terms(d))
        v = _vectors(content_counts(texts), _counts_of(batch_df), len(docs))
        sim = v @ v.T
        parts = average_link(sim, floor)
        if len(set(parts)) == 1:
            continue
        sizes = Counter(parts)
        core = max(sizes, key=lambda p: (sizes[p], -parts.index(p)))
        if sizes[core] < 2:
            continue  # no two texts alike in their content words: nothing says which of them is the story
        inside = [k for k, p in enumerate(parts) if p == core]
        for p in sorted(set(parts) - {core}):
            mine = [k for k, q in enumerate(parts) if q == p]
            mean = float(np.mean(sim[np.ix_(mine, inside)]))
            rest = [k for k in range(len(idx)) if k not in mine]  # every other text of the story, not the core only
            gap = days_apart([day_of[idx[k]] for k in mine], [day_of[idx[k]] for k in rest])
            if another_occasion(mean, gap, floor):
                for k in mine:
                    out[idx[k]] = fresh
                if moved is not None:
                    moved[fresh] = labels[idx[0]]
                fresh += 1
    return out


def rehome(
    docs: Sequence[str],
    labels: Sequence[int],
    moved: dict[int, int],
    days: Sequence[int | None],
    sim: Any,
    join_at: float,
    floor: float = OCCASION_FLOOR,
) -> list[int]:
    """``labels`` with each part :func:`split_occasions` split off (``moved``: its label -> the label it left) joined to
    the story of its own days it is closest to, when that is at least ``join_at`` alike (``sim``: the batch's similarity
    of texts, every word counted, mean over the pairs) and at least ``floor`` alike in its content words. The same
    cast's other occasion is often in the batch too: a hospital group's live blog of a cyber attack, drawn into the
    story of the group's new wing by the names both share, belongs to the attack's reports of its days, and the topic
    stage had dropped the words it shares with them as too common (the attack is most of the batch)."""
    import numpy as np

    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        groups.setdefault(lab, []).append(i)
    out = list(labels)
    batch_df: Counter[str] | None = None
    for lab, origin in sorted(moved.items()):
        mine = groups[lab]
        best: tuple[float, int] | None = None
        for other, idx in groups.items():
            if other in (lab, origin) or other in moved:
                continue
            gap = days_apart([days[i] for i in mine], [days[i] for i in idx])
            if gap is None or gap >= OCCASION_DAYS:
                continue  # a story of other days: another occasion again, or nothing to tell
            mean = float(np.mean(sim[np.ix_(mine, idx)]))
            if mean >= join_at and (best is None or mean > best[0]):
                best = (mean, other)
        if best is None:
            continue
        if batch_df is None:
            batch_df = Counter(t for d in docs for t in terms(d))
        target = groups[best[1]]
        v = _vectors(content_counts([docs[i] for i in mine + target]), _counts_of(batch_df), len(docs))
        if float(np.mean(v[: len(mine)] @ v[len(mine) :].T)) >= floor:
            for i in mine:
                out[i] = best[1]
    return out


def reads_apart(
    doc: str,
    day: int | None,
    members: Sequence[tuple[str, int | None]],
    df: Callable[[list[str]], dict[str, int]],
    n_docs: int,
    floor: float = OCCASION_FLOOR,
) -> float | None:
    """The mean content-word cosine of ``doc`` (published on ``day``) with a small story's ``members`` (text, day)
    when it is another occasion (:func:`another_occasion`), else None. ``df``: document frequencies of words (the
    story index's), over ``n_docs`` articles."""
    gap = days_apart([day], [d for _, d in members])
    texts = [doc, *(m for m, _ in members)]
    if len(members) < 2 or gap is None or gap < OCCASION_DAYS or not has_names(texts):
        return None
    v = _vectors(content_counts(texts), df, n_docs)
    inside = v[1:] @ v[1:].T
    k = len(members)
    if (inside.sum() - k) / (k * (k - 1)) < floor:
        return None  # the members share no more words with one another: nothing says what the story's occasion is
    mean = float((v[1:] @ v[0]).mean())
    return mean if another_occasion(mean, gap, floor) else None
