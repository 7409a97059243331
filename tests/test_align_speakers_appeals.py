"""What counts as a source of a fact: another statement of the same speaker, an appeal about the event (invented texts)."""

from __future__ import annotations

import numpy as np

from storyline.align.align import appeal, fact_threshold, pair_matrices
from storyline.align.claims import Claim


def _links(sentences: list[tuple[str, str, frozenset[str]]], cos: float = 0.7) -> np.ndarray:
    """The link evidence of (article, text, speakers) claims, each article its own source, every two sentences equally
    close in meaning (cosine ``cos``, below the sure match): only the words and the rules tell them apart."""
    claims = [Claim(k, art, 0, len(text), text, 0, speakers=who) for k, (art, text, who) in enumerate(sentences)]
    n = len(claims)
    vectors = np.hstack([np.full((n, 1), np.sqrt(cos)), np.sqrt(1 - cos) * np.eye(n)])
    return pair_matrices(claims, vectors, {c.article: c.article for c in claims})[1]


VARGA = frozenset({"Ilse Varga"})
STORY = [
    ("a", "A cyberattack shut down the computer systems of four hospitals in Velmora on Sunday.", frozenset()),
    ("b", "Police in Velmora are investigating the cyberattack on the hospitals.", frozenset()),
    ("c", "Ambulances were sent away from the Velmora hospitals after the cyberattack.", frozenset()),
    ("d", "The cyberattack on the hospitals in Velmora was the worst in years.", frozenset()),
]


def test_two_statements_of_one_speaker_are_two_facts() -> None:
    """The speaker, the verb of saying and the story's words ("hospitals", "cyberattack", "Velmora", which most of its
    sources use) are all two statements of the health minister share: what she said is the claim, and she said two
    things. The same statement in other words ("within days" / "in a few days") is one fact still."""
    restore = "Health Minister Ilse Varga said the hospitals hit by the cyberattack in Velmora would restore their systems within days."
    copied = "Health Minister Ilse Varga said the attackers had copied patient records from the hospitals hit by the cyberattack in Velmora."
    again = "Varga told reporters the computers at the Velmora hospitals would be working again in a few days."
    link = _links([*STORY, ("a", restore, VARGA), ("b", copied, VARGA), ("c", again, frozenset({"Varga"}))])
    floor = fact_threshold(7)
    assert link[4, 5] < floor
    assert link[5, 6] < floor
    assert link[4, 6] >= floor


def test_one_statement_most_sources_report_is_one_fact() -> None:
    """The words of one statement that most of a story's sources report ("the attackers had copied patient records"), in
    a few of its sentences, are no words of the story's subject: a quotation of it and reports of it are one fact."""
    quoted = '"The attackers copied patient records before we noticed," Health Minister Ilse Varga said.'
    told = "Varga said the attackers had copied patient records from the hospitals in Velmora."
    also = "Health Minister Ilse Varga told reporters that patient records had been copied by the attackers."
    more = [
        ("a", "Doctors at the Velmora hospitals went back to paper charts.", frozenset()),
        ("b", "Ambulances were sent to the hospitals of Ostrel.", frozenset()),
        ("c", "The hospitals in Velmora cancelled all planned operations.", frozenset()),
        ("d", "The hospitals asked patients to stay away unless in need.", frozenset()),
        ("a", "Staff at the Velmora hospitals worked through the night.", frozenset()),
        ("b", "The cyberattack was first noticed at the children's hospital.", frozenset()),
        ("c", "The hospital group has 9,000 staff.", frozenset()),
        ("d", "The hospitals will be inspected next month.", frozenset()),
    ]
    link = _links([*STORY, *more, ("a", quoted, VARGA), ("b", told, frozenset({"Varga"})), ("c", also, VARGA)])
    floor = fact_threshold(15)
    assert link[12, 13] >= floor and link[12, 14] >= floor and link[13, 14] >= floor


def test_an_appeal_is_no_source_of_the_event_it_is_about() -> None:
    """ "Mayor Teodor Brask urged the dock workers who walked off the job ... to return to talks" tells a wish: it is no
    source of the walk-out, however many of its words it names it in. "The union leader said the dock workers walked off
    the job on Monday" tells the walk-out, and is one; two appeals of the mayor are compared as any two claims."""
    walked = "Dock workers at Port Allary walked off the job on Monday."
    said = "Union leader Mara Ostin said the dock workers at Port Allary walked off the job on Monday after talks collapsed."
    urged = (
        "Mayor Teodor Brask urged the dock workers who walked off the job at Port Allary on Monday to return to talks."
    )
    called = "Mayor Teodor Brask called on dock workers at Port Allary to return to work after they walked off the job on Monday."
    link = _links(
        [
            ("a", walked, frozenset()),
            ("b", said, frozenset({"Mara Ostin"})),
            ("c", urged, frozenset({"Teodor Brask"})),
            ("d", called, frozenset({"Teodor Brask"})),
        ]
    )
    floor = fact_threshold(4)
    assert link[0, 2] < floor and link[0, 3] < floor and link[1, 2] < floor
    assert link[0, 1] >= floor
    assert link[2, 3] >= floor


def test_what_an_appeal_is() -> None:
    """Urging, calling on or for, appealing to and asking someone to do something are appeals; asking whether, calling
    something a name, and saying what happened are not."""
    assert appeal("Mayor Teodor Brask urged both sides to return to talks to end the strike.")
    assert appeal("The bishop appealed to the dock workers to end their strike.")
    assert appeal("Brask called on the union to end the strike.")
    assert appeal("Brask called for an end to the strike at Port Allary.")
    assert appeal("Brask asked the dock workers to return to work.")
    assert not appeal("Brask asked whether the strike was legal.")
    assert not appeal("Brask called the strike a disaster for the city.")
    assert not appeal("Union leader Mara Ostin said the strike began on Monday.")


def test_two_reports_of_one_request_are_compared_as_claims() -> None:
    """Guard (mend on the merge): an appeal is apart only from a sentence that tells no request at all. "asked the board
    to give the proceeds to the food bank" and "wrote to the board asking that the proceeds go to the food bank" report
    one request, as "demanded that the board give ..." does; the walk-out the mayor's appeal names stays apart."""
    asked = "Councillor Edda Marr asked the Tellby board to give the concert proceeds to the food bank."
    wrote = "Marr wrote to the Tellby board on Friday asking that the concert proceeds go to the food bank."
    walked = "Dock workers at Port Allary walked off the job on Monday over the concert proceeds."
    urged = "Mayor Teodor Brask urged the dock workers at Port Allary to return to the job."
    link = _links(
        [
            *STORY,
            ("a", asked, frozenset()),
            ("b", wrote, frozenset()),
            ("c", walked, frozenset()),
            ("d", urged, frozenset()),
        ]
    )
    floor = fact_threshold(8)
    assert link[4, 5] >= floor
    assert link[6, 7] < floor
