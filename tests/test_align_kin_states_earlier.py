"""Facts aligned across outlets (invented texts): a count of a mother's children is one count whatever word follows
it ("mother of 13 Ilse Rook" / "a mother of 12,"), so two counts disagree and one count corroborates; opposite states
of one scene ("naked" / "fully dressed") are no corroboration; a sentence about an earlier happening ("also broken in
January", "has a long history of violence") is no source of the story's event; a second sentence of a side's own
article that repeats a disputed figure for another thing does not make its fact conflicting."""

from __future__ import annotations

import dataclasses

import numpy as np

from storyline.align.align import align, fact_threshold, pair_matrices
from storyline.align.claims import Claim, find_figures


def _claim(k: int, article: str, text: str) -> Claim:
    return Claim(k, article, 0, len(text), text, 0, figures=tuple(find_figures(text)))


def _links(texts: list[str]) -> np.ndarray:
    """The link evidence of sentences of other outlets all alike in meaning (cosine 1): only the words and the rules
    tell them apart."""
    claims = [_claim(k, f"a{k}", t) for k, t in enumerate(texts)]
    vectors = np.full((len(claims), 8), 1.0 / np.sqrt(8))
    return pair_matrices(claims, vectors, {c.article: c.article for c in claims})[1]


def _children(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, text[f.start : f.end]) for f in find_figures(text)]


def test_a_count_after_words_of_kin_counts_children_whatever_follows_it() -> None:
    """ "mother of 13 Ilse Rook" counted 13 "ilse", "a Tarnby mother of 12 was gunned down" 12 "was", "Rook, 34, a mother
    of 12, and" took the age before it: each counts her children, as "the mother of 12 children" does."""
    assert _children("Footage of Tarnby mother of 13 Ilse Rook was played.") == [(13.0, "children", "13")]
    assert _children("a Tarnby mother of 12 was gunned down") == [(12.0, "children", "12")]
    assert (12.0, "children", "12") in _children("killing Ilse Rook, 34, a mother of 12, and injuring two others.")
    assert _children("Lena Marsh was the mother of 12 children.") == [(12.0, "children", "12 children")]
    assert _children("Ona Fell, a mother of two, Bea, said.") == [(2.0, "children", "two")]
    # guards: the noun after a kin count stays its unit; a number before a name counts nothing of the name
    assert _children("A father of three sons died.") == [(3.0, "son", "three sons")]
    assert _children("Orla Vint, 34, said.") == [(34.0, "age", "34")]
    assert _children("Police named 12 Kelby men.")[0][1] == "kelby"  # a plural head after the name word: as before
    assert _children("The five Dorvale Post reporters left.")[0][1] == ""


def test_two_counts_of_one_mothers_children_disagree() -> None:
    """Three outlets tell one shooting; one says she was a mother of 13, two a mother of 12: a figure conflict."""
    claims = [
        _claim(0, "a", "Footage of Tarnby mother of 13 Ilse Rook being shot dead in a feud was played Thursday."),
        _claim(
            1, "b", "Jurors on Thursday saw footage of the instant a Tarnby mother of 12 was gunned down in a feud."
        ),
        _claim(
            2, "c", "The footage was played at the trial of two men charged with killing Ilse Rook, 34, a mother of 12."
        ),
    ]
    al = align(claims, np.full((3, 8), 1.0 / np.sqrt(8)))
    disputed = [sorted(v for v, _u in c.disputed) for c in al.conflicts if c.kind == "figure"]
    assert [12.0, 13.0] in disputed, [c.topic for c in al.conflicts]


def _named(claim: Claim, *names: str) -> Claim:
    return dataclasses.replace(claim, people=frozenset(n for n in names if n), names={n: n for n in names if n})


def _two(first: str, second: str, cos: float, names: tuple[str, str] = ("Lena Marsh", "Marsh")) -> list[list[str]]:
    claims = [_named(_claim(0, "a", first), names[0]), _named(_claim(1, "b", second), names[1])]
    vectors = np.zeros((2, 8))
    vectors[0, 0] = 1.0
    vectors[1, 0], vectors[1, 1] = cos, (1 - cos**2) ** 0.5
    return [[c.text for c in f.claims] for f in align(claims, vectors).facts]


def test_the_same_count_of_a_named_mothers_children_corroborates_her_description() -> None:
    """ "Lena Marsh was the mother of 12 children." and "In the clip, Marsh, a mother of 12, walks past a school": the
    second outlet states the first one's claim (cosine 0.5, too far on meaning alone)."""
    told = "Lena Marsh was the mother of 12 children."
    clip = "In the clip, Marsh, a mother of 12, walks past a school moments before the shots."
    assert len(_two(told, clip, 0.5)) == 1
    # guards: another count, or another mother, is no second source
    assert len(_two(told, clip.replace("12", "9"), 0.5)) == 2
    assert len(_two(told, clip.replace("Marsh", "Ona Fell"), 0.5, ("Lena Marsh", "Ona Fell"))) == 2
    # one of them names nobody: "A Kelby mother of 12 was killed" tells of the one mother of 12 of the story
    assert len(_two(told, "A Kelby mother of 12 was killed in 2011 near a school.", 0.5, ("Lena Marsh", ""))) == 1


def test_opposite_states_of_one_scene_are_no_corroboration() -> None:
    naked = "U.S. marshals once came upon him naked under a running shower, gripping an open umbrella."
    dressed = "Process servers once came upon him under a running shower, fully dressed, gripping an open umbrella."
    link = _links([naked, dressed])
    assert link[0, 1] == 0.0
    # guards: the same state in both, or neither, stays one fact
    floor = fact_threshold(2)
    assert _links([naked, dressed.replace("fully dressed", "naked")])[0, 1] >= floor
    assert _links([naked.replace(" naked", ""), dressed.replace(", fully dressed", "")])[0, 1] >= floor
    # guard: a sentence that tells both is no opposite of either
    both = "U.S. marshals once came upon him naked, and later fully dressed, under a running shower."
    assert _links([naked, both])[0, 1] >= floor


def test_an_earlier_happening_is_no_source_of_the_storys_event() -> None:
    """A sentence whose main verb tells an earlier happening (another outage "also" in January; a suspect's "long
    history of violence") shares words with reports of the story's event, and states none of them."""
    floor = fact_threshold(2)
    january = "Seabed cables were also broken in January, cutting phone and web services in Kelmar and Ostria."
    friday = "Overseas phone and web services in Kelmar and Ostria were cut by 80 percent after cables broke."
    assert _links([january, friday])[0, 1] == 0.0
    history = (
        "The suspect, Dan Orrick, 35, of Pellham, has a long history of violence against partners, with past"
        " convictions for abduction and attempted murder."
    )
    arraigned = "Dan Orrick, 35, is due today in Pellham District Court to be arraigned on two murder counts."
    assert _links([history, arraigned])[0, 1] == 0.0
    # guards: two reports of the earlier happening that name its time are one fact; a sentence that tells the past
    # only in a clause ("who has a long history of violence") tells the story's event with its main verb
    severed = "In January, five cables were broken, cutting phone and web services in Kelmar and Ostria."
    assert _links([january, severed])[0, 1] >= floor
    aside = (
        "Dan Orrick, 35, who has a long history of violence, is due today in Pellham District Court to be arraigned."
    )
    assert _links([aside, arraigned])[0, 1] >= floor
    # a sentence that tells the past in other words ("before"), or "once" of how often, is no report of the story's day
    betty = "Lohan was previously at Betty Ford from September 2010 to January 2011 after a probation violation."
    assert _links([betty, "Lohan has spent time at Betty Ford before, after a probation violation."])[0, 1] >= floor
    monthly = "Typically Microsoft releases security patches just once a month, on the second Tuesday."
    assert _links([monthly, "Microsoft releases security patches on the second Tuesday of each month."])[0, 1] >= floor
    # "also" with a time only in a clause of the object tells no earlier happening on its main verb
    starred = "She also starred in the party show Taradise on the Vell network, which premiered in September 2005."
    assert _links([starred, "She hosted the party show Taradise on the Vell network."])[0, 1] >= floor
    # two sentences that both tell the earlier happening stay as they were
    once = "U.S. marshals once came upon him under a running shower, gripping an open umbrella."
    assert _links([once, once.replace("U.S. marshals", "Process servers")])[0, 1] >= floor


def test_a_sides_own_second_sentence_with_a_disputed_figure_is_not_conflicting() -> None:
    """kelbyledger: "He got 2 1/2 years" (a side against dorvalepost's "2 years") and, later, "Orrick returned to prison
    for 2-1/2 years": a second term, told by one outlet. Its fact is single-source, not 'conflicting' through the
    conflict on the first sentence; a third outlet that gives a disputed figure in a fact of its own still takes the
    conflict."""
    texts = [
        ("a", "He got 2 1/2 years behind bars for beating Ona Fell."),
        ("b", "He got 2 years behind bars for beating Ona Fell."),
        ("a", "Orrick returned to prison for 2-1/2 years and came out recently."),
        ("c", "A court in Kelby jailed Orrick for 2-1/2 years, Ona Fell's lawyer told reporters."),
    ]
    claims = [_claim(k, a, t) for k, (a, t) in enumerate(texts)]
    vectors = np.zeros((4, 8))
    vectors[0, 0] = vectors[1, 0] = vectors[2, 1] = vectors[3, 2] = 1.0
    al = align(claims, vectors)
    assert any(c.kind == "figure" for c in al.conflicts), [c.topic for c in al.conflicts]
    status = {f.representative.text[:12]: (f.status, f.conflicts) for f in al.facts}
    assert status["Orrick retur"] == ("single-source", [])
    assert status["A court in K"][0] == "conflicting"
