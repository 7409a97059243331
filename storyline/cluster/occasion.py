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
which of them is the story); a story of two texts days apart and under the floor alike is two stories, as neither
needs to be the story. PolNeAR's 924 dated articles: 36 of its 704 stories are such pairs; read by their titles, 33
are two occasions (a Texas poll and an early-states strategy piece, a Syria truce bid and Russia's media help), 2 one
(a network chief's exit and its aftermath a week later, a fitness-for-office spat and a remark on it four days on), 1
unclear; three of the texts split off then joined a story of their own days (:func:`rehome`): one rightly, one not,
one unclear.

Larger stories are checked by runs of days (:func:`split_large_occasions`): their own words outweigh a shared cast,
but the event stage folds a fragment (an airline's route launch weeks before its runway accident) into a large
event, so a run of days away from the rest is measured against the story's own likeness, and against the days next
to it (a verdict tells what the trial's last days told, not its first). The other way, parts of one
occasion that clustering left apart (the accident's investigation and passengers' accounts on its next days) are
joined when they are within days of each other and share their cast (:func:`join_follow_ups`). None of this reads
texts with no names at all (lower-cased,
stemmed snippets: there the content words are all the words, and TF-IDF already weighed them), nor undated ones. Without
the dates the content words alone are no test: in batches of 2-15 ECB+ dev articles of one topic (undated), splitting
parts under 0.04 alike to a core of two or more cost BCubed 0.945 -> 0.944 (2-7) and 0.856 -> 0.851 (8-15), 0.07 cost
0.936 / 0.838: reports of one event told from other angles share their names and little else. So the budget hearing the
day after the outbreak is not told apart by its part's mean; only a text that shares no content word with any text of
its story, and names someone none of them names, is (:func:`unshared_events`). No model is loaded: the cost is a few word counts per small dated story.
(A sentence-model check, cluster-d6, read the occasions apart as well, but cost 3-15 times the clustering time.)
"""

from __future__ import annotations

import functools
import heapq
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from ..extract.numbers import WORD_VALUES
from .online import terms


def label_groups(labels: Sequence[int]) -> dict[int, list[int]]:
    """The indices of each label, labels in the order they first come: ``[0, 1, 0]`` -> ``{0: [0, 2], 1: [1]}``."""
    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        groups.setdefault(lab, []).append(i)
    return groups


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


def content_counts(docs: Sequence[str], names: set[str] | None = None) -> list[Counter[str]]:
    """Each text's words that are not stop words, :data:`COMMONPLACE` or names of the texts (capitalised inside a
    sentence; ``names``: those, when already read)."""
    from .batch import mid_sentence_names

    names = mid_sentence_names(docs) if names is None else names
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
    batch; ``days``: each text's day number, None when undated). A story of two texts, each a part, splits too (the
    later text takes the new label). The largest part (the first of equal ones) keeps its
    label; the parts that are another occasion get new labels (larger than any given), and ``moved`` gets each new
    label with the label it was split from."""
    import numpy as np

    from .batch import average_link

    day_of: Sequence[int | None] = days if days is not None else [None] * len(docs)
    groups = label_groups(labels)
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
            if len(idx) == 2 and another_occasion(float(sim[0, 1]), days_apart([day_of[idx[0]]], [day_of[idx[1]]])):
                later = max((0, 1), key=lambda k: (day_of[idx[k]] or 0, k))  # a pair: each text an occasion of its own
                out[idx[later]] = fresh
                if moved is not None:
                    moved[fresh] = labels[idx[0]]
                fresh += 1
            continue  # no two texts alike in their content words: nothing says which of three or more is the story
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

    groups = label_groups(labels)
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
    *,
    large: bool = False,
) -> float | None:
    """The mean content-word cosine of ``doc`` (published on ``day``) with a small story's ``members`` (text, day)
    when it is another occasion (:func:`another_occasion`), else None. ``df``: document frequencies of words (the
    story index's), over ``n_docs`` articles. With ``large`` (``members``: those of a large story nearest ``doc`` in
    date), it reads apart as :func:`split_large_occasions` reads a run of days apart from its story's core: under
    ``floor`` and under :data:`CORE_SHARE` of the members' own likeness, and under ``floor`` alike to the members of
    the day nearest it (:func:`follows_up`); and not when half or more of the members are undated (their dates say
    little)."""
    gap = days_apart([day], [d for _, d in members])
    texts = [doc, *(m for m, _ in members)]
    k = len(members)
    if k < 2 or gap is None or gap < OCCASION_DAYS or not has_names(texts):
        return None
    if large and sum(d is not None for _, d in members) * 2 < k:
        return None
    v = _vectors(content_counts(texts), df, n_docs)
    inside = v[1:] @ v[1:].T
    own = float((inside.sum() - k) / (k * (k - 1)))
    mean = float((v[1:] @ v[0]).mean())
    if large:
        near = next_to([0], range(1, k + 1), [day, *(d for _, d in members)])
        apart = mean < floor and mean < CORE_SHARE * own and not follows_up(v, [0], near, floor)
        return mean if apart else None
    if own < floor:
        return None  # the members share no more words with one another: nothing says what the story's occasion is
    return mean if another_occasion(mean, gap, floor) else None


FOLLOW_UP_NAMES = 2
"""Names two parts of one occasion share (:func:`shared_cast`) at least: a flight's airline and its airport, a
company and its town. One alone (a city) is shared by every story of its place on the same days."""
CAST_SHARE = 0.5
"""A shared name counts when at least this share of each part's texts use it and at least this share of all the
texts that use it are in the two parts: the event's own cast, not a name every story of the batch uses."""


def shared_cast(
    these: Sequence[set[str]], those: Sequence[set[str]], df: Callable[[str], int], share: float = CAST_SHARE
) -> set[str]:
    """The names (each text's as a set) that at least ``share`` of the texts of ``these`` and of ``those`` use, and
    of whose texts (``df``: how many texts of the batch or store use a name) at least ``share`` are in the two."""
    a, b = Counter(n for s in these for n in s), Counter(n for s in those for n in s)
    return {
        n
        for n in a.keys() & b.keys()
        if a[n] >= share * len(these) and b[n] >= share * len(those) and a[n] + b[n] >= share * df(n)
    }


def names_cover(every: set[str], some: set[str]) -> bool:
    """Whether ``some`` (the names a part uses anywhere) holds at least half of ``every`` (the names in all the texts
    of the other part; none: nothing to cover)."""
    return bool(every) and 2 * len(every & some) >= len(every)


LONE_SHARE = 0.5
"""A text alone joins a story of its days (:func:`join_follow_ups`) at this share of what two stories need alike: a
passengers' account of a runway accident the day after tells it in its own words (the slide, row 14, the juddering)
and was 0.09 alike to the accident's fifteen reports, under the 0.12 of two parts, while naming its airline, its
airport and the flight's origin as they do. What places it is its cast and its days; the same airline's other
occasions (a route launch twelve days before, a fleet order weeks after) were 0.07-0.12 alike to the accident as well,
and only their dates keep them out."""
LONE_CAST = 5
"""Names of a story's own (:func:`shared_cast`) a text alone names at least to join it (:func:`join_follow_ups`) without
naming half of what all its texts name (:func:`names_cover`), when as alike as two parts need (not at
:data:`LONE_SHARE`): a tabloid's report of a concert crush names the park, the police chief, the promoter, the
hospital and a witness as the other reports do, and never the city, the festival or the promoter's company, which all
of them name. A report of another event that names a place or an official of the story's shares one or two of its
names. As the store takes in a small story (``ABSORB_NAMES`` in :mod:`.stories`)."""
OTHER_CAST = 3
"""Names in every text of a part of two or more that the other part never names, at which the two are other events
(:func:`join_follow_ups`), however many names they share: two reports of a crowd surge at a football ground of the
city of a concert crush, the same day, name its mayor, police chief and hospital, and both name the club, its ground
and the visiting team, which no report of the crush names. Reports of one event from a new angle name what is new
to it in the days after (an inquiry's office and its chief inspector, in each of two reports); what all the texts
of a part name that the story never does on the story's own days is another event (a part dated after the story's
last day is not checked, nor the larger part: what the event's first reports name and a follow-up leaves out is no
other event)."""
LONE_STORY = 3
"""Texts a story has at least for a text alone to join it at :data:`LONE_SHARE`: what two reports both name is little
to go by (PolNeAR: a report of a primary debate joined two reports, three days before it, of what a candidate had
said about the Ku Klux Klan; with three or more, PolNeAR's 924 dated articles make the same 704 stories as without
the lower bar)."""


def join_follow_ups(
    labels: Sequence[int],
    names: Sequence[set[str]],
    days: Sequence[int | None],
    sim: Any,
    join_at: float,
    max_span: int | None = None,
    *,
    docs: Sequence[str] | None = None,
    floor: float = OCCASION_FLOOR,
    pairs: bool = True,
    titles: Sequence[str | None] | None = None,
) -> list[int]:
    """``labels`` with parts of one occasion that clustering left apart made one: reports of one event told from
    another angle on its next days (the investigation, the passengers' accounts, revised figures) share its cast and
    little of its wording, and the event stage, which weighs the words inside a topic, splits them off. Two stories
    are one when their dated articles are under :data:`OCCASION_DAYS` days apart (what is days apart is another
    occasion: :func:`another_occasion`), they share :data:`FOLLOW_UP_NAMES` names of their own (:func:`shared_cast`),
    they are ``join_at`` alike (``sim``: every word counted, the mean over their pairs) and joined they span at most
    ``max_span`` days. And the smaller of the two (either, when as large) names most of what the other names in all
    its texts (:func:`names_cover`): a follow-up names the event's airline and airport, or its operator, line and
    town, if not the fire chief quoted on the night; a council vote in the town of the event that day names the town
    and little else of it, and so does a lone report of another event that names a place the event's reports name
    too (a diverted flight's airport, a square traffic was diverted through). By average link, the closest
    pair first; each keeps the label of its first. A story of undated texts (half or more of them: its dates say little
    of when it happened; ECB+ in a store, where a tenth of the texts have a date read from the text, joined two
    events of one topic) or with no names joins nothing. A text alone dated before every day of a story joins it only
    when it tells what happened in the story's words (:func:`preview_of`; ``docs``: the texts); two parts of two texts
    or more stay apart when one names :data:`OTHER_CAST` names in all its texts that the other never names; a story of two
    texts that only their names hold together (:func:`loose_pairs`) is two texts alone here (``pairs``), each joining
    the story it follows up, and a pair again when neither does. Under
    :data:`OCCASION_DAYS` apart means that joined their dated texts leave no quiet spell that long: a pair of reports
    twelve days apart (a route launch and a live blog of the accident, drawn together by their airline's names) joins
    nothing on the live blog's day."""
    import numpy as np

    if docs is not None and pairs and (loose := loose_pairs(docs, labels, days, floor)):
        apart, fresh = list(labels), max(labels) + 1
        for _, j in loose:
            apart[j], fresh = fresh, fresh + 1
        out = join_follow_ups(
            apart, names, days, sim, join_at, max_span, docs=docs, floor=floor, pairs=False, titles=titles
        )
        sizes = Counter(out)
        for i, j in loose:
            if sizes[out[i]] == 1 and sizes[out[j]] == 1:
                out[j] = out[i]  # neither is a follow-up of a story: the pair as it was
        return out
    keys = sorted(set(labels))
    if len(keys) < 2:
        return list(labels)
    at = {k: g for g, k in enumerate(keys)}
    member = np.zeros((len(labels), len(keys)))
    member[np.arange(len(labels)), [at[lab] for lab in labels]] = 1.0
    total = member.T @ sim @ member
    size = member.sum(axis=0)
    df = Counter(n for s in names for n in s)
    parts: list[list[int]] = [[] for _ in keys]
    for i, lab in enumerate(labels):
        parts[at[lab]].append(i)
    dated: list[list[int]] = [[d for i in p if (d := days[i]) is not None] for p in parts]
    alive = np.array([len(d) * 2 >= len(p) and any(names[i] for i in p) for p, d in zip(parts, dated, strict=True)])
    live = np.flatnonzero(alive)
    heap: list[tuple[float, int, int]] = []  # (-mean, a, b), a < b: the closest pair first, stale entries re-pushed
    batch_df: Counter[str] = Counter()  # the words' document frequencies over ``docs``, counted when first needed

    def count_words(texts: Sequence[str]) -> Counter[str]:
        if not batch_df:
            batch_df.update(t for d in texts for t in terms(d))
        return batch_df

    def bar(a: int, b: int) -> float:
        """What two parts need alike: less for one text and a story (see :data:`LONE_SHARE`)."""
        return join_at * LONE_SHARE if min(size[a], size[b]) == 1 and max(size[a], size[b]) >= LONE_STORY else join_at

    def push(a: int, others: Any) -> None:
        for b in others:
            m = float(total[a, b] / (size[a] * size[b]))
            if b != a and m >= bar(a, int(b)):
                heapq.heappush(heap, (-m, min(a, int(b)), max(a, int(b))))

    for first in live.tolist():
        push(first, live[live > first])
    into = list(range(len(keys)))
    while heap:
        m, x, y = heapq.heappop(heap)
        a, b = int(x), int(y)
        if not (alive[a] and alive[b]):
            continue
        now = float(total[a, b] / (size[a] * size[b]))
        if now < bar(a, b):
            continue
        if abs(now + m) > 1e-12:  # grown since pushed: in its place by its mean now
            heapq.heappush(heap, (-now, a, b))
            continue
        joined = sorted(dated[a] + dated[b])
        gap = max((y - x for x, y in zip(joined, joined[1:], strict=False)), default=0)  # the longest quiet spell
        these, those = [names[i] for i in parts[a]], [names[i] for i in parts[b]]
        every = [set.intersection(*s) for s in (these, those)]
        some = [set.union(*s) for s in (these, those)]
        if (
            gap >= OCCASION_DAYS
            or (max_span is not None and joined[-1] - joined[0] > max_span)
            or len(cast := shared_cast(these, those, lambda n: df[n])) < FOLLOW_UP_NAMES
            or not (
                (size[a] >= size[b] and names_cover(every[0], some[1]))
                or (size[b] >= size[a] and names_cover(every[1], some[0]))
                or (min(size[a], size[b]) == 1 and len(cast) >= LONE_CAST and now >= join_at)
            )
            or (
                min(size[a], size[b]) > 1
                and any(
                    size[x] <= size[y] and min(dated[x]) <= max(dated[y]) and len(every[k] - some[1 - k]) >= OTHER_CAST
                    for k, (x, y) in enumerate(((a, b), (b, a)))
                )
            )
            or (
                docs is not None
                and min(size[a], size[b]) == 1
                and any(
                    preview_of(docs, lone, story, days, floor, _counts_of(count_words(docs)), len(docs))
                    for lone, story in ((parts[a], parts[b]), (parts[b], parts[a]))
                    if len(lone) == 1
                )
            )
            or (
                docs is not None
                and titles is not None
                and min(size[a], size[b]) == 1
                and any(
                    another_event(
                        0,
                        [docs[lone[0]], *(docs[i] for i in story)],
                        titles[lone[0]],
                        _counts_of(count_words(docs)),
                        len(docs),
                        floor,
                    )
                    for lone, story in ((parts[a], parts[b]), (parts[b], parts[a]))
                    if len(lone) == 1
                )
            )
        ):
            continue  # apart, unless one of the two grows
        total[a, :] += total[b, :]
        total[:, a] += total[:, b]
        size[a] += size[b]
        parts[a] += parts[b]
        dated[a] += dated[b]
        alive[b] = False
        into = [a if g == b else g for g in into]
        push(a, np.flatnonzero(alive))
    return [keys[into[at[lab]]] for lab in labels]


def loose_pairs(
    docs: Sequence[str], labels: Sequence[int], days: Sequence[int | None], floor: float = OCCASION_FLOOR
) -> list[tuple[int, int]]:
    """The stories of two dated texts (``(i, j)``, i < j) that read apart in their content words (:func:`content_counts`,
    cosine under ``floor``, word weights from the whole batch) and one of which is a preview of another story of the
    batch (:func:`reads_before`: days before it, apart from it in what happened): what holds the two together is the
    names they share. An opinion column on a concert crush and a report, two days before it, of another concert of the
    same promoter cancelled for storms name the promoter, its festival and the park; the event stage, which weighs the
    words inside a topic where the crush's own words are common, made them a pair (0.04 alike in their content words),
    and the column, 0.15 alike to the crush's reports with every word counted, never joined them. Two texts of one
    subject told in other words (a poll with a former mayor in the race, and a candidate saying he would love to see
    that mayor run) are no such pair: neither is dated days before a story it reads apart from."""
    groups = label_groups(labels)
    two = [
        (idx[0], idx[1])
        for idx in groups.values()
        if len(idx) == 2 and docs[idx[0]] != docs[idx[1]] and all(days[i] is not None for i in idx)
    ]
    if not two:
        return []
    batch_df = _counts_of(Counter(t for d in docs for t in terms(d)))
    starts = {
        lab: min(dated)
        for lab, idx in groups.items()
        if len(idx) >= LONE_STORY and (dated := [d for i in idx if (d := days[i]) is not None])
    }
    out = []
    for i, j in two:
        if not has_names([docs[i], docs[j]]):
            continue
        v = _vectors(content_counts([docs[i], docs[j]]), batch_df, len(docs))
        if float(v[0] @ v[1]) >= floor:
            continue
        for k in (i, j):
            day = days[k] or 0  # (dated: see ``two``)
            later = [lab for lab, first in starts.items() if day + PREVIEW_DAYS <= first < day + OCCASION_DAYS]
            if any(
                reads_before(
                    [docs[k], *(docs[m] for m in groups[lab])],
                    [day, *(days[m] for m in groups[lab])],
                    batch_df,
                    len(docs),
                    floor,
                )
                is not None
                for lab in later
            ):
                out.append((i, j))
                break
    return out


def preview_of(
    docs: Sequence[str],
    lone: Sequence[int],
    story: Sequence[int],
    days: Sequence[int | None],
    floor: float = OCCASION_FLOOR,
    df: Callable[[list[str]], dict[str, int]] | None = None,
    n_docs: int = 0,
) -> bool:
    """Whether a text alone (``lone``: its index) is no report of a ``story``'s event (indices into ``docs``), as
    :func:`reads_before` tells (``df`` over ``n_docs`` texts, else the texts' own)."""
    if len(lone) != 1:
        return False
    texts = [docs[lone[0]], *(docs[i] for i in story)]
    if df is None:
        df, n_docs = _counts_of(Counter(t for d in texts for t in terms(d))), len(texts)
    return reads_before(texts, [days[lone[0]], *(days[i] for i in story)], df, n_docs, floor) is not None


def split_earlier(
    docs: Sequence[str], labels: Sequence[int], days: Sequence[int | None], floor: float = OCCASION_FLOOR
) -> list[int]:
    """``labels`` with the earliest text of a story made a story of its own when it is alone on its day, before every
    other dated text of the story, and no report of their event (:func:`reads_before`; word weights from the whole
    batch): a preview or an earlier occasion of its cast, which the topic and event stages drew in by the names the
    two share. The store does the same with a story it grew (``_shed_earlier`` in :mod:`.stories`)."""
    groups = label_groups(labels)
    out = list(labels)
    fresh = max(labels, default=0) + 1
    batch_df: Counter[str] | None = None
    for idx in groups.values():
        dated = sorted((d, i) for i in idx if (d := days[i]) is not None)
        if len(idx) < 3 or len(dated) * 2 < len(idx) or dated[0][0] == dated[1][0]:
            continue
        first = dated[0][1]
        if batch_df is None:
            batch_df = Counter(t for d in docs for t in terms(d))
        rest = [i for i in idx if i != first]
        texts = [docs[first], *(docs[i] for i in rest)]
        if (
            reads_before(texts, [days[first], *(days[i] for i in rest)], _counts_of(batch_df), len(docs), floor)
            is not None
        ):
            out[first] = fresh
            fresh += 1
    return out


PREVIEW_DAYS = 2
"""Days a text is dated before every other text of a story, at least, to be read as no report of its event
(:func:`reads_before`): a day before, it may be the first report of an evening's event, dated by another time zone
or filed before midnight (PolNeAR: a report of a candidate's husband campaigning for her in Iowa, a day before two
reports of the Democrats' Iowa race that read apart from it, stays with them)."""


def reads_before(
    texts: Sequence[str],
    days: Sequence[int | None],
    df: Callable[[list[str]], dict[str, int]],
    n_docs: int,
    floor: float = OCCASION_FLOOR,
) -> float | None:
    """The mean content-word cosine (:func:`content_counts`; ``df``: document frequencies over ``n_docs`` texts) of
    ``texts[0]`` with the others when it is dated :data:`PREVIEW_DAYS` days or more before every dated one of them
    (``days``) and reads apart from them
    (under ``floor``) while they read alike (at least ``floor`` to one another, on average), else None: then it is no
    report of their event. A follow-up comes on the event's days or after them; a text days before can only be its
    first report, and a first report tells what happened in the words the rest use ("crush", "dead", "gate"). What
    shares the cast and not the words is an earlier occasion of it, or a preview: a concert of the same promoter
    cancelled for storms two days before the crush at its festival, naming the festival, the park and the promoter,
    was 0.11 alike to the crush's reports with every word counted (over the 0.06 a text alone needs to join a story)
    and 0.06 in its content words (theirs 0.19 to one another)."""
    import numpy as np

    dated = [d for d in days[1:] if d is not None]
    if days[0] is None or not dated or days[0] > min(dated) - PREVIEW_DAYS or len(texts) < 3 or not has_names(texts):
        return None
    v = _vectors(content_counts(texts), df, n_docs)
    k = len(texts) - 1
    inside = v[1:] @ v[1:].T
    own = float((inside.sum() - np.trace(inside)) / (k * (k - 1)))
    mean = float(np.mean(v[1:] @ v[0]))
    return mean if mean < floor <= own else None


CORE_SHARE = 0.5
"""A run of a large story's days reads apart from the rest when its content words are under :data:`OCCASION_FLOOR`
alike to the rest and under this share of how alike the rest's texts are to one another. Reports of one event from
many angles share few content words (the invented runway accident: 0.05-0.06 between its parts, its airline's route
launch and fleet order 0.01-0.02 to it), so the floor alone would split every part of a large story that is days from
the rest: what is its own is measured against the story's own."""


def day_runs(idx: Sequence[int], days: Sequence[int | None]) -> list[list[int]]:
    """The dated texts of ``idx`` in runs of days: a new run where :data:`OCCASION_DAYS` days or more pass with no text
    (undated texts in none)."""
    dated = sorted((d, i) for i in idx if (d := days[i]) is not None)
    runs: list[list[int]] = []
    last: int | None = None
    for d, i in dated:
        if last is None or d - last >= OCCASION_DAYS:
            runs.append([])
        runs[-1].append(i)
        last = d
    return runs


def split_large_occasions(
    docs: Sequence[str],
    labels: Sequence[int],
    days: Sequence[int | None],
    floor: float = OCCASION_FLOOR,
    *,
    moved: dict[int, int] | None = None,
) -> list[int]:
    """``labels`` with each story of :data:`SMALL_STORY` texts or more split where a run of its days
    (:func:`day_runs`) is another occasion of its cast: days from the rest of the story (the largest run, its event)
    and reading apart from it in the words that are not names (under ``floor`` and under :data:`CORE_SHARE` of the
    rest's own likeness). An airline's route launch and its fleet order weeks apart name the airline, its chief and
    its airport, as the eleven reports of its runway accident do, and the event stage, which weighs words inside a
    topic group, folds such fragments into the large event. A run that reads like the story's texts of the day next
    to it is kept (:func:`follows_up`; runs are read outward from the largest, so that day is one the story keeps): a
    jury's verdict a week after a trial's first reports. Runs split off get new labels (``moved``: new label -> the
    label it left). Undated texts stay; a story half or more undated is not checked."""
    import numpy as np

    from .batch import mid_sentence_names

    groups = label_groups(labels)
    out = list(labels)
    fresh = max(labels, default=0) + 1
    batch_df: Counter[str] | None = None
    for lab, idx in sorted(groups.items()):
        if len(idx) < SMALL_STORY:
            continue
        runs = day_runs(idx, days)
        if len(runs) < 2 or sum(map(len, runs)) * 2 < len(idx):  # undated half or more: the dates say little
            continue
        texts = [docs[i] for i in idx]
        core = max(runs, key=len)
        if len(core) < 2:
            continue
        names = mid_sentence_names(texts)
        if not names:
            continue
        if batch_df is None:
            batch_df = Counter(t for d in docs for t in terms(d))
        at = {i: k for k, i in enumerate(idx)}
        v = _vectors(content_counts(texts, names), _counts_of(batch_df), len(docs))
        inside = [at[i] for i in core]
        own = v[inside] @ v[inside].T
        k = len(inside)
        core_mean = float((own.sum() - np.trace(own)) / (k * (k - 1)))
        kept = list(core)
        at_core = runs.index(core)
        for run in runs[at_core + 1 :] + runs[:at_core][::-1]:  # outward from the core: the kept days next to each
            mine = [at[i] for i in run]
            mean = float((v[mine] @ v[inside].T).mean())
            near = [at[i] for i in next_to(run, kept, days)]
            if mean >= floor or mean >= CORE_SHARE * core_mean or follows_up(v, mine, near, floor):
                kept += run
                continue
            for i in run:
                out[i] = fresh
            if moved is not None:
                moved[fresh] = lab
            fresh += 1
    return out


def next_to(run: Sequence[int], kept: Sequence[int], days: Sequence[int | None]) -> list[int]:
    """The texts of ``kept`` dated on the day nearest to a text of ``run`` (indices into ``days``; the later day on a
    tie; none when either has no dated text)."""
    ours = [d for i in run if (d := days[i]) is not None]
    dated = [(d, i) for i in kept if (d := days[i]) is not None]
    if not ours or not dated:
        return []
    day = min((min(abs(d - e) for e in ours), -d) for d, _ in dated)[1]
    return [i for d, i in dated if d == -day]


def follows_up(v: Any, mine: Sequence[int], near: Sequence[int], floor: float = OCCASION_FLOOR) -> bool:
    """Whether the texts ``mine`` (rows of ``v``, content-word vectors) read at least ``floor`` alike (mean over the
    pairs) to ``near``, the story's texts of the day next to them (:func:`next_to`): a case reported over weeks drifts
    from its first days, and its next report tells what the last ones told. A jury's verdict a week after a trial's
    first reports tells of the charges and the jury as the trial's last days do, and less of the video shown on its
    first days: 0.21 alike to the report of the day before it in ECB+'s topic 33, 0.07 to the first days (which share
    0.24). Another occasion of the story's cast reads like none of its days."""
    return bool(len(mine)) and bool(len(near)) and float((v[list(mine)] @ v[list(near)].T).mean()) >= floor


TITLE_PARTIES = 2
"""Names of its own a text's title names at least (words no other text of its story uses) for the text to be about
other parties (:func:`other_parties`): one new name in a headline is often a new angle on the same event (the country
whose diplomats claim a part in it, the town a relative lives in)."""


def other_parties(title_names: set[str], others: Sequence[set[str]]) -> bool:
    """Whether a title (``title_names``: the names it names) is about other parties than a story's texts (``others``:
    the words each of them uses, names or not): it names :data:`TITLE_PARTIES` names or more that none of them uses,
    and more of those than of the ones they use. A headline names whom its event is about: "Ossandra brokers ceasefire
    talks between Morvania and Tesh" names the mediator every report of Ossandra's prisoner swap names, and two
    neighbours none of them does; a report of the swap from another angle names its freed journalist, her family's
    town, or the two countries of the swap ("Kelvan diplomacy behind Varskova-Lindavia swap")."""
    known = set().union(*others) if others else set()
    own = title_names - known
    return len(own) >= TITLE_PARTIES and len(own) > len(title_names & known)


def title_names(title: str, doc: str) -> set[str]:
    """The words of ``title`` that its text (``doc``, as :func:`~storyline.cluster.batch.doc_text` wrote it: the title
    twice, then the text) capitalises inside a sentence: the names it names, not the words a headline in title case
    capitalises for the style ("Trump Says He Doesn't Want to Waive It")."""
    from .batch import DATE_WORDS, doc_text, mid_sentence_names

    head = doc_text(title, None)
    body = doc[len(head) :] if doc.startswith(head) else doc
    names = {n[:-2] if n.endswith(("'s", "\u2019s")) else n for n in mid_sentence_names([body])}
    return {w for w in terms(title) if w in names and w not in DATE_WORDS}


def another_event(
    k: int,
    texts: Sequence[str],
    title: str | None,
    df: Callable[[list[str]], dict[str, int]] | None = None,
    n_docs: int = 0,
    floor: float = OCCASION_FLOOR,
) -> bool:
    """Whether ``texts[k]`` (titled ``title``) is another event than the other texts of its story of three or more
    (``df``: document frequencies of words over ``n_docs`` texts, for their weights): its title is about other parties
    (:func:`other_parties`, :func:`title_names`), and its content words (:func:`content_counts`: not names, not stop
    words) are under ``floor`` alike to theirs on average, while theirs are at least ``floor`` alike to one another
    (they are a story by what happened; a text alone tells nothing of which is the story). Without ``df``, the word
    weights are the texts' own."""
    import numpy as np

    if not title or len(texts) < 3:
        return False
    others = [set(terms(t)) for m, t in enumerate(texts) if m != k]
    if not other_parties(title_names(title, texts[k]), others):
        return False
    if df is None:
        df, n_docs = _counts_of(Counter(t for d in texts for t in terms(d))), len(texts)
    v = _vectors(content_counts(texts), df, n_docs)
    sim = v @ v.T
    rest = [m for m in range(len(texts)) if m != k]
    own = sim[np.ix_(rest, rest)]
    rest_mean = float((own.sum() - np.trace(own)) / (len(rest) * (len(rest) - 1)))
    return float(np.mean(sim[k, rest])) < floor <= rest_mean


def split_other_parties(
    docs: Sequence[str],
    labels: Sequence[int],
    titles: Sequence[str | None],
    floor: float = OCCASION_FLOOR,
    *,
    small: int = SMALL_STORY,
) -> list[int]:
    """``labels`` with each text of a story of 3 to ``small - 1`` texts made a story of its own when it is another
    event of some of the story's cast on the same days (:func:`another_event`; word weights from the whole batch). A
    mediator's ceasefire talks in the city where it hosted a prisoner swap, reported the same day by the same paper,
    share the mediator, his country and the city with the swap's reports, which is as much as reports of one event
    share (0.12-0.14 alike with every word counted; the swap's two reports 0.29); what happened they share little of
    ("special envoy", "talks"), and their title names two neighbours no report of the swap names. Dates do not help
    (the same days), and neither do the names alone: a report of the swap from its family's side names fewer of the
    swap's cast than the talks do, but its title names the freed journalist, not parties of its own."""
    groups = label_groups(labels)
    out = list(labels)
    batch_df: Counter[str] | None = None
    fresh = max(labels, default=0) + 1
    for idx in groups.values():
        if not 3 <= len(idx) < small or not any(titles[i] for i in idx):
            continue
        if batch_df is None:
            batch_df = Counter(t for d in docs for t in terms(d))
        texts = [docs[i] for i in idx]
        split = [
            i for k, i in enumerate(idx) if another_event(k, texts, titles[i], _counts_of(batch_df), len(docs), floor)
        ]
        for i in split:
            out[i] = fresh
            fresh += 1
    return out


UNSHARED_CONTENT = 0.05
"""Content-word cosine (:func:`content_counts`) under which a text shares nothing of what happened with any other text
of its story (:func:`unshared_events`). A city's budget lawsuit heard by the court and judge of its disputed election's
recount, the next day: 0.00-0.02 alike to each of the election's fifteen reports, which are 0.10-0.98 alike to their
closest one (an opinion piece on the count 0.21, the last day's short report 0.23)."""
UNSHARED_WORDS = 12
"""Content words a text has at least to be read as telling another happening (:func:`unshared_events`): a brief of a
line or two shares few words with anything."""
ENGLISH_SHARE = 0.2
"""Share of a text's words that are English stop words, at least, for its content words to be read (a report in
another language shares no content word with the English ones, whatever it tells: its words are French ones)."""


def _reads_english(text: str) -> bool:
    from .online import _stop_words

    words = re.findall(r"[a-z]+", text.lower())
    stop = _stop_words()
    return bool(words) and sum(w in stop for w in words) >= ENGLISH_SHARE * len(words)


def unshared_events(
    texts: Sequence[str],
    df: Callable[[list[str]], dict[str, int]] | None = None,
    n_docs: int = 0,
    floor: float = OCCASION_FLOOR,
) -> list[int]:
    """The texts of a story of three or more (indices into ``texts``) that tell another happening than the others: each
    is under :data:`UNSHARED_CONTENT` alike in its content words (:func:`content_counts`: not names, not stop words) to
    every other text, has :data:`UNSHARED_WORDS` content words or more (in English, :data:`ENGLISH_SHARE`), and names
    someone or something no other text of the story uses; and two of the others are at least ``floor`` alike (they
    tell a happening). A court's hearing of a city's budget lawsuit, the day after the same court and judge ordered the
    recount of the city's mayoral election, names the court, the judge and the city as the election's reports do, and
    its days are theirs: what it tells ("budget", "tram depot", "consultation") no report of the election tells, and
    none of their words ("ballots", "votes", "recount") is in it. Reports of one event from another angle (an opinion
    piece, a live blog of the count) share some of those words with at least one report. ``df``: document frequencies
    of words over ``n_docs`` texts, for their weights (without it, the texts' own)."""
    import numpy as np

    from .batch import mid_sentence_names

    if len(texts) < 3:
        return []
    names = mid_sentence_names(texts)
    counts = content_counts(texts, names)
    if df is None:
        df, n_docs = _counts_of(Counter(t for d in texts for t in terms(d))), len(texts)
    told_apart = [k for k, t in enumerate(texts) if len(counts[k]) >= UNSHARED_WORDS and _reads_english(t)]
    if not told_apart:
        return []
    v = _vectors(counts, df, n_docs)
    sim = v @ v.T
    words = [set(terms(t)) for t in texts]
    out = []
    for k in told_apart:
        rest = [m for m in range(len(texts)) if m != k]
        if float(sim[k, rest].max()) >= UNSHARED_CONTENT:
            continue
        if not {w for w in words[k] if w in names} - set().union(*(words[m] for m in rest)):
            continue  # the story's cast only: a report of its event in other words, if anything
        told = sim[np.ix_(rest, rest)] - np.eye(len(rest))
        if float(told.max()) >= floor:
            out.append(k)
    return out


def split_unshared_events(docs: Sequence[str], labels: Sequence[int], floor: float = OCCASION_FLOOR) -> list[int]:
    """``labels`` with each text of a story of three or more that tells another happening (:func:`unshared_events`;
    word weights from the whole batch) made a story of its own, whatever its dates and its size: the same court, judge
    and city the next day, on another case."""
    groups = label_groups(labels)
    out = list(labels)
    batch_df: Counter[str] | None = None
    fresh = max(labels, default=0) + 1
    for idx in groups.values():
        if len(idx) < 3:
            continue
        if batch_df is None:
            batch_df = Counter(t for d in docs for t in terms(d))
        for k in unshared_events([docs[i] for i in idx], _counts_of(batch_df), len(docs), floor):
            out[idx[k]] = fresh
            fresh += 1
    return out


FOLLOWS_DAYS = 90
"""Days after a story's last day within which a later story may follow it (:func:`follows_story`): an inquiry's
interim report, charges, a verdict or a reopening weeks after the event. A story spans at most ``max_span_days`` (14),
so such a sequel is a story of its own; it is linked to the event, not joined. Beyond a season, the same cast's next
occasion (a second arrest years later) is another story with nothing to link."""
FOLLOWS_NAMES = 3
"""Names of the earlier story's own (:func:`shared_cast`) a later story shares with it, at least, and that the
article telling when the event happened names itself: a sequel names the event's place, its operator and the people
who spoke on the day (a bridge, its contractor, the inquiry's head); a story of another event in the same town the
next month shares the town and its mayor, two names."""
FOLLOWS_CONTENT = 0.08
"""Mean content-word cosine (:func:`content_counts`) of the later text that tells when the event happened to the earlier
story's texts, at least, for the one story to follow the other (:func:`follows_story`): a sequel tells the event again
in its words (the spans, the river, the collapse, the supports); a fair in the bridge's town a month on, opened by its
mayor and moved away from the closed bridge, names the town, the mayor, the bridge and the river and shares few of
those words. The invented repro: the inquiry's interim report 0.13 alike to the collapse's five reports, the charges
0.10, the new crossing 0.08; the fair 0.03-0.04, another town's viaduct collapse the same weeks 0.03-0.06."""
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
)  # fmt: skip
_MONTH_RE = "|".join(m.capitalize() for m in _MONTH_NAMES)
_NUMBER_WORDS = {**WORD_VALUES, "a": 1, "an": 1}
_LAST_MONTH = re.compile(r"\blast month\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b(?:({_MONTH_RE})\.?\s+(\d{{1,2}})(?!\d)|(\d{{1,2}})\s+({_MONTH_RE})\b)")
_IN_MONTH = re.compile(rf"\b(?:in|since|during|early|late|mid-?|of|until)\s+({_MONTH_RE})\b(?!\s+\d)")
_UNITS_BACK = re.compile(
    r"\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month)s?\s+"
    r"(?:ago|after|since|earlier)\b",
    re.IGNORECASE,
)


FOLLOWS_KIND_CONTENT = 0.05
"""The mean content-word cosine of :data:`FOLLOWS_CONTENT` a later text needs when it names the event itself
(:func:`names_the_event`: "last month's derailment in Callowford", "the Callowford derailment and chemical spill in
March"): a town council's vote on river testing and a state's charges five weeks after a derailment tell the vote and
the charges in their own words and were 0.06 alike to the derailment's reports; a fair in a collapsed bridge's town,
which names the bridge but no collapse, 0.03-0.04."""
FOLLOWS_NAMED_DATED_CONTENT = 0.03
"""The mean content-word cosine a later text needs when it both names the event (:func:`names_the_event`) and tells
when it happened (:func:`refers_back`): "the Callowford derailment and chemical spill in March", in a state's
charges that tell the charges in their own words (0.04 alike to the derailment's reports with a store's word
counts). Three signs of one event, each of which another event of the same cast or kind seldom gives together: the
cast in the sentence, a noun of the event's verb, and its days. A fair in the bridge's town (0.03-0.04) names no event."""
_WORD = re.compile(r"[\w'\u2019-]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_NOT_POSSESSIVE = frozenset({"he", "she", "it", "that", "there", "what", "who", "let", "here", "where"})  # "she's"
EVENT_NOUN_MIN = 5
"""Letters a noun of an event has at least (:func:`names_the_event`): "spill", "crash", "flood", "derailment"; shorter
nouns of verbs ("the turn", "the bias" of "biased", "be") are everyday words."""
BACK_WORDS = 5
"""Words after "the" or a possessive within which a noun of the event is looked for (:func:`names_the_event`): "the
Northgate & Pell freight train derailment"."""


def _event_stems(word: str) -> set[str]:
    """The stems a noun of a happening may share with the verb that tells it: "derailment" -> "derail", "collapse" ->
    "collaps", "spill" -> "spill"."""
    out = {word}
    if word.endswith("ment") and len(word) > 7:
        out.add(word[:-4])
    if word.endswith("e"):
        out.add(word[:-1])
    return out


@functools.lru_cache(maxsize=1)
def _telling_verbs() -> frozenset[str]:
    """Verbs that tell that something was said or reported, not what happened: "the report" of "reported", "the
    statement" of "stated" name no event."""
    from ..extract.lexicon import SPEECH_VERBS

    return frozenset(SPEECH_VERBS) | {"call", "order", "release", "issue", "post", "publish", "request", "question"}


def names_the_event(text: str, earlier: Sequence[str], cast: set[str]) -> str | None:
    """Whether ``text`` refers back to the event the ``earlier`` texts tell, in words: a sentence names one of the
    event's ``cast`` (lower-cased name words) and, within :data:`BACK_WORDS` words after "the" or a possessive, a noun
    of the verb that at least half of the earlier texts (two at least) tell the event with ("the derailment" of
    "derailed", "last month's collapse" of "collapsed", "the spill" of "spilling"). A noun alone is no reference ("the
    company", "the river": no event's verb), nor a verb only one earlier report uses, nor one of saying or reporting
    ("the report" of "reported"); another event of the same kind elsewhere names none of the cast. The words that do
    ("last month's derailment in Callowford"), else None."""
    told: Counter[str] = Counter()
    for doc in earlier:
        told.update({w for w in re.findall(r"\b[a-z]+(?:ed|ing)\b", doc)})
    need = max(2, len(earlier) / 2)
    telling = _telling_verbs()

    def of_event(word: str) -> bool:  # a noun: no shorter than "spill", no verb's or adverb's ending
        return (
            word.isalpha()
            and word.islower()
            and len(word) >= EVENT_NOUN_MIN
            and not word.endswith(("ed", "ing", "ly"))
            and any(
                told[s + e] >= need and word not in telling and not {s, s + "e"} & telling
                for s in _event_stems(word)
                for e in ("ed", "d", "ing")
            )
        )

    for sentence in _SENTENCE_END.split(text):
        found = list(_WORD.finditer(sentence))
        words = [m.group(0) for m in found]
        lower = [w.lower().replace("\u2019", "'").removesuffix("'s") for w in words]
        if not set(lower) & cast:
            continue
        for i, w in enumerate(words):
            possessive = w.lower().endswith(("'s", "\u2019s")) and lower[i] not in _NOT_POSSESSIVE
            if w.lower() != "the" and not possessive:
                continue
            for j in range(i + 1, min(i + 1 + BACK_WORDS, len(words))):
                if re.search(r"[^\s&]", sentence[found[j - 1].end() : found[j].start()]):
                    break  # a comma or a dash between: another phrase
                if of_event(words[j]):
                    start = i - 1 if possessive and i > 0 and words[i - 1].islower() else i  # "last month's"
                    end = j + 3 if j + 2 < len(words) and words[j + 1] in ("in", "at", "near", "of") else j + 1
                    return sentence[found[start].start() : found[end - 1].end()]
                if words[j].lower() == "the" or words[j].lower().endswith("'s"):
                    break
    return None


def refers_back(text: str, day: int, first: int, last: int) -> bool:
    """Whether ``text``, published on day ``day`` (a proleptic ordinal), tells when an event of days ``first`` to
    ``last`` (before it) happened: "last month's collapse" when those days are in the month before; a month and its
    day ("May 6", "6 May") that is one of them; a month alone ("in May", "since May") that is theirs and not the text's
    own; "seven weeks after", "three days ago" counting back to them (a week's leeway for weeks and months). A sequel
    tells when what it follows happened; another event of the same cast tells its own days."""
    from datetime import date

    today = date.fromordinal(day)
    months = {(d.year, d.month) for d in (date.fromordinal(x) for x in range(first, last + 1))}
    previous = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    if _LAST_MONTH.search(text) and previous in months:
        return True

    def year_of(month: int) -> int:
        return today.year if month <= today.month else today.year - 1  # a month told without a year: the last one

    for m in _MONTH_DAY.finditer(text):
        name, num = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        month = _MONTH_NAMES.index(name.lower()) + 1
        try:
            told = date(year_of(month), month, int(num)).toordinal()
        except ValueError:
            continue
        if first - 1 <= told <= last:  # an event of the night before its first reports ("on March 3")
            return True
    for m in _IN_MONTH.finditer(text):
        month = _MONTH_NAMES.index(m.group(1).lower()) + 1
        if month != today.month and (year_of(month), month) in months:
            return True
    for m in _UNITS_BACK.finditer(text):
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1).lower()]
        unit = m.group(2).lower()
        back = n * {"day": 1, "week": 7, "month": 30}[unit]
        leeway = 1 if unit == "day" else 7
        if first - leeway <= day - back <= last + leeway:
            return True
    return False


def follows_story(
    later: Sequence[str],
    days: Sequence[int | None],
    earlier: Sequence[str],
    first: int,
    last: int,
    names: Sequence[set[str]],
    name_df: Callable[[str], int],
    word_df: Callable[[list[str]], dict[str, int]],
    n_docs: int,
    why: list[str] | None = None,
) -> set[str] | None:
    """The names by which a later story (``later``: its texts, ``days`` their days) follows an earlier one (``earlier``:
    its texts, of days ``first`` to ``last``), or None. ``names``: each text's names (:func:`.batch.cast_names`), the
    later texts' first; ``name_df``: how many texts of the batch or store use a name; ``word_df`` and ``n_docs``: the
    words' document frequencies. The later story begins after the earlier one's last day, within :data:`FOLLOWS_DAYS`
    of it; they share :data:`FOLLOWS_NAMES` names of their own (:func:`shared_cast`); and one of the later texts names
    that many of them, tells when the earlier event happened (:func:`refers_back`) and tells it in its words
    (:data:`FOLLOWS_CONTENT`). A story kept apart by the span a story may have (``max_span_days``) is linked this way,
    not joined: the inquiry's report, the charges and the new crossing weeks after a bridge's collapse are the
    collapse's sequel; the same kind of event elsewhere the same weeks shares none of its cast, another occasion of the
    same cast shares few of its words, and the same cast's next occasion years on is beyond the days. ``why``, when
    given, gets how the later text tells the event: the sentence that names it, else that it tells when it happened."""
    import numpy as np

    dated = [d for d in days if d is not None]
    if not dated or not earlier or not last < min(dated) <= last + FOLLOWS_DAYS:
        return None
    k = len(later)
    cast = shared_cast(names[:k], names[k:], name_df)
    if len(cast) < FOLLOWS_NAMES:
        return None
    bars: dict[int, tuple[float, str]] = {}  # a later text that tells when or what the event was: how alike it must be
    for i, (text, day) in enumerate(zip(later, days, strict=True)):
        if day is None or len(names[i] & cast) < FOLLOWS_NAMES:
            continue
        if sentence := names_the_event(text, earlier, cast):
            told_when = refers_back(text, day, first, last)
            bars[i] = (
                FOLLOWS_NAMED_DATED_CONTENT if told_when else FOLLOWS_KIND_CONTENT,
                f"naming the event: \u201c{sentence}\u201d",
            )
        elif refers_back(text, day, first, last):
            bars[i] = (FOLLOWS_CONTENT, "telling when it happened")
    if not bars:
        return None
    v = _vectors(content_counts([*later, *earlier]), word_df, n_docs)
    passed = [told for i, (bar, told) in bars.items() if float(np.mean(v[k:] @ v[i])) >= bar]
    if not passed:
        return None
    if why is not None:
        why.append(passed[0])
    return cast


def follow_links(
    labels: Sequence[int], names: Sequence[set[str]], days: Sequence[int | None], docs: Sequence[str]
) -> dict[int, int]:
    """Story label -> the label of the earlier story it follows (:func:`follows_story`), for the stories of a batch
    (``names``, ``days``, ``docs``: each text's). A story follows at most one: of those it may follow, the one it
    shares most names with (the earlier, of equal ones). A story of undated texts (half or more of them) neither
    follows nor is followed."""
    parts = label_groups(labels)
    name_df = Counter(n for s in names for n in s)
    word_df: Counter[str] = Counter()
    span: dict[int, tuple[int, int]] = {}
    own: dict[int, Counter[str]] = {}  # the names half of a story's texts use, with how many do
    holders: dict[str, list[int]] = {}
    most: Counter[str] = Counter()  # the most texts of one story that use a name
    for k, idx in parts.items():
        dated = [d for i in idx if (d := days[i]) is not None]
        if dated and len(dated) * 2 >= len(idx):
            span[k] = (min(dated), max(dated))
            used = Counter(n for i in idx for n in names[i])
            own[k] = Counter({n: c for n, c in used.items() if c >= CAST_SHARE * len(idx)})
            for n, c in own[k].items():
                holders.setdefault(n, []).append(k)
                most[n] = max(most[n], c)
    out: dict[int, int] = {}
    for b in sorted(span):
        shared: Counter[int] = Counter()
        for n, c in own[b].items():
            if c + most[n] >= CAST_SHARE * name_df[n]:  # else no two stories hold half its texts (:func:`shared_cast`)
                shared.update(a for a in holders[n] if a != b and c + own[a][n] >= CAST_SHARE * name_df[n])
        before = sorted(
            (
                a
                for a, c in shared.items()
                if c >= FOLLOWS_NAMES and span[a][1] < span[b][0] <= span[a][1] + FOLLOWS_DAYS
            ),
            key=lambda a: (-shared[a], span[a], a),
        )
        for a in before:
            if not word_df:
                word_df.update(t for d in docs for t in terms(d))
            mine, theirs = parts[b], parts[a]
            cast = follows_story(
                [docs[i] for i in mine],
                [days[i] for i in mine],
                [docs[i] for i in theirs],
                *span[a],
                [names[i] for i in [*mine, *theirs]],
                name_df.__getitem__,
                _counts_of(word_df),
                len(docs),
            )
            if cast is not None:
                out[b] = a
                break
    return out
