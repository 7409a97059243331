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


_COURIER_HEIST = [  # one heist told from six angles: the police, the owner, the insurer, the street, the shop's past, CCTV
    "Police in Valmere said four robbers dressed as couriers walked into Kestrel and Vane on Orsolo Avenue on Tuesday, drew pistols and emptied the display cases before the alarm sounded. Inspector Dorran Pell said the men left in a grey delivery van that was later found burned out near the ring road. No one was hurt, police said, and the gang is still being sought.",
    "Ilse Marrow, who owns Kestrel and Vane, said the robbers took almost every ring and necklace on show at the Orsolo Avenue shop. She said her staff were shaken but unhurt and that the shop would stay closed this week. The family firm has traded in Valmere for ninety years, Marrow said, and had never lost so much in one afternoon.",
    "Corbel Mutual, which insures Kestrel and Vane, said it had opened a claim after Tuesday's robbery on Orsolo Avenue and sent assessors to the shop. A spokesman for the insurer declined to put a figure on the loss but said the policy covered the stock on display. Underwriters in Valmere said premiums for jewellers could rise after the raid.",
    "Shopkeepers on Orsolo Avenue said they saw nothing unusual when the delivery van pulled up outside Kestrel and Vane. A florist two doors down said the men in courier jackets carried parcels and looked like any other drivers. Traders said they wanted more patrols on the avenue, one of the busiest shopping streets in Valmere.",
    "Kestrel and Vane has been raided before: in its ninety years on Orsolo Avenue the Valmere jeweller was robbed twice, in a night break-in and by a man who swapped a ring for a fake. Tuesday's robbers, dressed as couriers, were the first to strike in daylight, Ilse Marrow said. The shop had fitted new cameras last spring.",
    "Detectives studying camera footage from Orsolo Avenue said the four men who robbed Kestrel and Vane wore courier jackets and caps pulled low. Inspector Dorran Pell asked anyone who saw the grey van on Tuesday afternoon to call the Valmere police. Pell said the gang had planned the robbery for weeks and knew when the shop was busiest.",
]
_RAM_RAID = [  # another heist in the same city, told in the same words by six outlets
    "Four men rammed a car into the front of Halden Goldsmiths on Brassey Square in Valmere early on Monday, smashed the cases and fled with jewellery and watches worth two million, police said. The men set the car on fire and escaped in a second car, police said. The jewellery store heist was the latest in Valmere.",
    "Four men smashed a car into Halden Goldsmiths on Brassey Square in Valmere on Monday morning and fled with jewellery and watches worth two million, police said. They set the car ablaze and got away in another car. Police said the jewellery store heist was the latest of several in Valmere.",
    "Thieves rammed a car through the window of Halden Goldsmiths, a jewellery store on Brassey Square in Valmere, on Monday and stole jewellery and watches worth two million, police said. The four men burned the car and fled in a second one. It was the latest jewellery heist in Valmere, police said.",
    "A jewellery store on Brassey Square in Valmere, Halden Goldsmiths, was hit on Monday when four men drove a car into its window and took jewellery and watches worth two million, police said. The thieves set fire to the car and escaped in another. Police said the heist was the latest in Valmere.",
    "Four robbers crashed a car into Halden Goldsmiths on Brassey Square in Valmere on Monday and grabbed jewellery and watches worth some two million, police said. The men torched the car and fled in a second car. The jewellery store heist is the latest to hit Valmere, police said.",
    "Police in Valmere said four men drove a car into Halden Goldsmiths on Brassey Square on Monday, smashed the display cases and left with jewellery and watches worth two million. The car was set on fire and the men fled in another car. The jewellery store heist was the latest in the city, police said.",
]
_ONE_LINERS = [  # two one-line reports of the courier heist
    "Four robbers dressed as couriers drew pistols in a Valmere jewellery store on Tuesday and stole gems worth a fortune in the biggest heist in the city, then drove off.",
    "Four men dressed as couriers drew pistols in a Valmere jewellery store on Tuesday, took gems worth a fortune in the city's biggest heist and fled in a grey van.",
]


def test_one_line_reports_of_a_heist_stay_with_it_beside_another_heist_told_alike() -> None:
    """Invented text. The first one-line report of the courier heist shares its "dressed as couriers" and "drew
    pistols" with the police's account (0.27) and little with the heist's other angles, while every report of the ram
    raid on the same city's other jeweller shares its "jewellery store" and "heist" (0.09 on average against 0.06):
    the report joins the heist it tells, as the second (with the grey van) does."""
    from storyline.cluster.batch import ClusterParams, split_events

    labels = split_events(_COURIER_HEIST + _RAM_RAID + _ONE_LINERS, ClusterParams())
    assert labels[12] == labels[13] == labels[0]
    assert len(set(labels[:6])) == len(set(labels[6:12])) == 1 and labels[0] != labels[6]
