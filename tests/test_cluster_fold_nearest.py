"""A fragment of a topic's event stage joins the event of a text it is close to, not the event closest on average."""

from __future__ import annotations

import pytest


def _designed_similarity(monkeypatch: pytest.MonkeyPatch, sim: object) -> list[str]:
    """Docs long enough to be split into events (no names), whose similarity is ``sim`` (a designed matrix)."""
    import storyline.cluster.batch as batch

    monkeypatch.setattr(batch, "similarity", lambda docs, **kw: sim)
    return [" ".join(f"w{i}x{k}" for k in range(50)) for i in range(len(sim))]  # type: ignore[arg-type]


def _two_events_and_a_pair(to_a: float, to_a_rest: float, to_b: float) -> object:
    """Events A (texts 0-5) and B (6-11), 0.3 alike within, 0.02 between; texts 12 and 13 are a pair (0.4) that is
    ``to_a`` like text 0, ``to_a_rest`` like A's other texts and ``to_b`` like every text of B."""
    import numpy as np

    n = 14
    sim = np.full((n, n), 0.02)
    sim[:6, :6] = sim[6:12, 6:12] = 0.3
    sim[12:, 12:] = 0.4
    for f in (12, 13):
        sim[f, :6] = sim[:6, f] = to_a_rest
        sim[f, 0] = sim[0, f] = to_a
        sim[f, 6:12] = sim[6:12, f] = to_b
    np.fill_diagonal(sim, 1.0)
    return sim


def test_a_fragment_joins_the_event_of_its_closest_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two one-line reports of event A (a heist told from many angles) are close to the one report told from their
    angle (0.25) and far from A's other five (0.02); another heist (B), told in the same words throughout, is 0.08
    like each of its six reports. On the average B is closer (0.08 against 0.06); the reports belong with A."""
    from storyline.cluster.batch import ClusterParams, split_events

    labels = split_events(_designed_similarity(monkeypatch, _two_events_and_a_pair(0.25, 0.02, 0.08)), ClusterParams())
    assert labels[12] == labels[13] == labels[0]
    assert len({labels[i] for i in range(6)} | {labels[i] for i in range(6, 12)}) == 2  # A and B stay apart


@pytest.mark.parametrize(
    ("to_a", "to_a_rest", "to_b", "event"),
    [
        (0.06, 0.06, 0.02, 0),  # close to all of A, far from B: A, as before
        (0.09, 0.02, 0.02, 0),  # close to one text of A only, B nowhere near: A
        (0.05, 0.02, 0.08, 6),  # B's texts are each closer than any of A's: B, as before
        (0.15, 0.02, 0.08, 6),  # one text of A closer, but under FOLD_NEAREST: the mean decides, B, as before
    ],
)
def test_where_mean_and_closest_text_agree_the_fragment_goes_where_it_went(
    monkeypatch: pytest.MonkeyPatch, to_a: float, to_a_rest: float, to_b: float, event: int
) -> None:
    from storyline.cluster.batch import ClusterParams, split_events

    sim = _two_events_and_a_pair(to_a, to_a_rest, to_b)
    labels = split_events(_designed_similarity(monkeypatch, sim), ClusterParams())
    assert labels[12] == labels[13] == labels[event]


def test_a_fragment_beside_events_too_small_to_fold_into_stays_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Beside events of three (under ``fold_min_size``), a pair close to one of their texts (0.25) is a story of its
    own."""
    import numpy as np

    from storyline.cluster.batch import ClusterParams, split_events

    n = 8
    sim = np.full((n, n), 0.02)
    sim[:3, :3] = sim[3:6, 3:6] = 0.3
    sim[6:, 6:] = 0.4
    sim[6:, 0] = sim[0, 6:] = 0.25
    np.fill_diagonal(sim, 1.0)
    labels = split_events(_designed_similarity(monkeypatch, sim), ClusterParams())
    assert labels[6] == labels[7] and labels[6] not in {labels[i] for i in range(6)}
