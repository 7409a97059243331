"""A person is not their own organisation (audit8 repro 09): a speaker the tagger typed an organisation, whom the cue
gives a person's pronoun ("Brook said at his victory party"), speaks for no body of that name; a name run together
with its outlet ("Quillon’s Ada Merrow", "Harbor Radio Sean Tolley") speaks for the outlet. An organisation speaking
for itself ("the Tessel Water Board said") keeps itself as its affiliation: invented text."""

from __future__ import annotations

from storyline.brief.framing import voices
from storyline.models import Entity, Quote, Span

TEXT = (
    "Ansel Brook won the Harlow caucus on Tuesday. Brook said at his victory party that he would win. "
    "Quillon’s Ada Merrow said the race was over. Harbor Radio Sean Tolley said the count was slow. "
    "The Tessel Water Board said the pipes were safe. John Jay College said classes would resume. "
    "The Harlow Senate will confirm or reject her nomination."
)


def _ent(name: str) -> Entity:
    return Entity(key=name.lower(), name=name, type="ORG", roles=[], articles=["a"])


ENTITIES = {
    e.name: e
    for e in map(
        _ent,
        [
            "Brook",
            "Quillon’s Ada Merrow",
            "Harbor Radio Sean Tolley",
            "Tessel Water Board",
            "John Jay College",
            "Harlow Senate",
        ],
    )
}


def _quote(mention: str) -> Quote:
    at = TEXT.index(mention)
    word = "confirm" if "Senate" in mention else "said"
    cue = TEXT.index(" " + word, at) + 1
    return Quote(
        "a",
        "indirect",
        Span("a", 0, 5, TEXT[:5]),
        Span("a", at, at + len(mention), mention),
        mention,
        cue=Span("a", cue, cue + len(word), word),
    )


def _voices(*mentions: str) -> dict[str, dict[str, object]]:
    return {v["speaker"]: v for v in voices("a", [_quote(m) for m in mentions], ENTITIES, None, TEXT)}


def test_a_person_typed_an_organisation_is_not_their_own_affiliation() -> None:
    assert _voices("Brook")["Brook"]["affiliation"] is None


def test_a_name_run_together_with_its_outlet_speaks_for_the_outlet() -> None:
    got = _voices("Quillon’s Ada Merrow", "Harbor Radio Sean Tolley")
    assert got["Quillon’s Ada Merrow"]["affiliation"] == "Quillon"
    assert got["Harbor Radio Sean Tolley"]["affiliation"] == "Harbor Radio"


def test_guard_an_organisation_speaking_for_itself_keeps_itself() -> None:
    got = _voices("Tessel Water Board", "John Jay College", "Harlow Senate")
    assert got["Tessel Water Board"]["affiliation"] == "Tessel Water Board"
    assert got["Harlow Senate"]["affiliation"] == "Harlow Senate"  # "confirm or reject her": her is the object
    assert got["John Jay College"]["affiliation"] == "John Jay College"
