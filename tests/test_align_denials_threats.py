"""What one fact is (invented texts): a speaker's denial of having said something is the opposite of the report that
she said it, a conflict and never its second source; a threat and the later sentence that withdraws it are two facts,
the outcome no mere source of the threat."""

from __future__ import annotations

import dataclasses

import numpy as np

from storyline.align.align import align, denied_saying, fact_threshold, pair_matrices, threat_and_withdrawal
from storyline.align.claims import NEGATION, Claim, find_figures


def _claim(k: int, article: str, text: str, speaker: str | None = None) -> Claim:
    c = Claim(k, article, 0, len(text), text, 0, figures=tuple(find_figures(text)))
    return dataclasses.replace(
        c, negated=bool(NEGATION.search(text)), speakers=frozenset({speaker} if speaker else set())
    )


def _alike(n: int) -> np.ndarray:
    return np.full((n, 8), 1.0 / np.sqrt(8))


def _links(texts: list[str]) -> np.ndarray:
    claims = [_claim(k, f"a{k}", t) for k, t in enumerate(texts)]
    return pair_matrices(claims, _alike(len(claims)), {c.article: c.article for c in claims})[1]


SAID = '"The harbour talks are dead," Ostmark\'s trade minister Sella Vorn told reporters as she left the Palace Hotel.'
DENIAL = '"I never said the harbour talks were dead. I said they were in intensive care," Vorn told the Morning Star.'


def test_a_denial_of_having_said_it_is_a_conflict_never_a_second_source() -> None:
    """The Pellwick Times reports Vorn saying the talks are dead; the Morning Star has her deny she said it. Aligned
    alike in meaning, the two were one fact corroborated by two sources, the denial its second; now the pair is a
    negation conflict ("said in one outlet, denied saying it in the other") and no fact has both as sources."""
    claims = [_claim(0, "times", SAID, "Sella Vorn"), _claim(1, "star", DENIAL, "Sella Vorn")]
    al = align(claims, _alike(2))
    said = [c for c in al.conflicts if c.detail == "said in one outlet, denied saying it in the other"]
    assert len(said) == 1 and {s.article for s in said[0].sides} == {"times", "star"}
    assert "talks were dead" in said[0].topic
    assert not [f for f in al.facts if f.status == "corroborated"]


def test_what_a_denial_of_saying_takes_and_leaves() -> None:
    """Forms of the denial ("did not say", "denied saying", "denies that she had said"); guards: a denial of other
    words, a sentence that does not deny, two reports that both carry the denial, and a report that names not the
    denier are no denial of the other's statement."""
    said = _claim(0, "times", SAID, "Sella Vorn")
    for text in (
        "Vorn said she did not say the harbour talks were dead.",
        "Vorn denied saying that the harbour talks were dead.",
        "Vorn denies that she had said the harbour talks were dead.",
    ):
        assert denied_saying(said, _claim(1, "star", text, "Sella Vorn")) is not None, text
    for text in (
        '"I never said the cheese deal was signed," Vorn told the Morning Star.',  # other words
        "Vorn did not say when the harbour talks would resume.",  # what she did not say is no claim of the other
        "Vorn said the harbour talks were dead.",  # no denial: a second report
    ):
        assert denied_saying(said, _claim(1, "star", text, "Sella Vorn")) is None, text
    assert denied_saying(_claim(0, "times", DENIAL, "Sella Vorn"), _claim(1, "star", DENIAL, "Sella Vorn")) is None
    other = _claim(0, "times", '"The harbour talks are dead," Halle Ruun told reporters.', "Halle Ruun")
    assert denied_saying(other, _claim(1, "star", DENIAL, "Sella Vorn")) is None


THREAT = "Ostmark has threatened duties on Tarnland wine worth 600 million marks if the cheese tariff is not lifted."
WITHDRAWN = (
    "Under the agreement, Ostmark will not impose its threatened duties on Tarnland wine worth 600 million marks, and"
    " cheese exports will be capped at 90,000 tonnes a year."
)


def test_a_threat_and_its_withdrawal_are_two_facts() -> None:
    """Day 1: Ostmark threatens duties; day 3: under the deal it will not impose them. The outcome was a source of the
    threat (one corroborated fact, no fact of the deal's own); now they are two."""
    assert _links([THREAT, WITHDRAWN])[0, 1] == 0.0
    for withdrawn in (
        "Ostmark withdrew its threat of duties on Tarnland wine worth 600 million marks.",
        "Ostmark's threat of duties on Tarnland wine worth 600 million marks has been dropped.",
    ):
        assert threat_and_withdrawal(_claim(0, "a", THREAT), _claim(1, "b", withdrawn)), withdrawn
    claims = [_claim(0, "times", THREAT), _claim(1, "wire", WITHDRAWN)]
    al = align(claims, _alike(2))
    assert len(al.facts) == 2 and all(f.status == "single-source" for f in al.facts)


def test_two_reports_of_a_threat_or_of_its_withdrawal_stay_one_fact() -> None:
    """Guards: two reports of the threat, or of its withdrawal, are one fact; a withdrawal set as a condition or a
    demand ("until Ostmark withdraws its threat") withdraws nothing."""
    floor = fact_threshold(2)
    other_threat = (
        "Ostmark threatened duties on Tarnland wine worth 600 million marks unless the cheese tariff is lifted."
    )
    assert _links([THREAT, other_threat])[0, 1] >= floor
    other_withdrawn = (
        "Ostmark will not impose its threatened duties on Tarnland wine worth 600 million marks under the deal."
    )
    assert _links([WITHDRAWN, other_withdrawn])[0, 1] >= floor
    demand = "Tarnland will keep the cheese tariff until Ostmark withdraws its threat of duties on Tarnland wine."
    assert not threat_and_withdrawal(_claim(0, "a", THREAT), _claim(1, "b", demand))


def test_two_sides_negotiators_different_claims_are_two_facts() -> None:
    """Tarnland's negotiator says the Ostmark side offered nothing; Ostmark's negotiator, named after her title, says
    the Tarnland side walked out before the offer. Two people's claims, not one fact that each corroborates: the
    title before a name ("Ostmark's chief negotiator Sella Vorn said") made the sentence's actor unknown, so the two
    speakers were not told apart."""
    ruun = "Halle Ruun, Tarnland's chief negotiator, said the Ostmark side had offered nothing."
    vorn = "Ostmark's chief negotiator Sella Vorn said the Tarnland side had walked out before the Ostmark offer was presented."
    assert _links([ruun, vorn])[0, 1] == 0.0
    # guards: the same speaker, with or without her title, telling one claim is one fact
    floor = fact_threshold(2)
    again = "Chief negotiator Sella Vorn said the Tarnland side had walked out before the Ostmark offer was presented."
    assert _links([vorn, again])[0, 1] >= floor
    plain = "Sella Vorn said the Tarnland side had walked out before the Ostmark offer was presented."
    assert _links([vorn, plain])[0, 1] >= floor
