"""Charged terms are the outlet's own loaded wording: not the story's subject in words every outlet uses, not what
someone is reported to think, and whole phrases (invented outlets, people and places)."""

from __future__ import annotations

import pytest
from brief_helpers import framed_terms

from storyline.brief.framing import charged_terms


def _terms(text: str) -> list[str]:
    return [t["term"] for t in charged_terms(text)]


_framed = framed_terms


def test_the_storys_own_nouns_that_other_outlets_use_are_no_outlets_framing() -> None:
    got = _framed(
        {
            "a": ("Dell Herald", "The fight against terrorism dominated the Varos debate. The war in Kesh went on."),
            "b": ("Varos Post", "Candidates argued over terrorism on Tuesday. The war was their theme."),
            "c": ("Kesh Daily", "Terrorism and the war were the debate's topics in Varos."),
            "d": ("Orlen Times", "The Varos debate was a jingoistic display of bluster."),
        }
    )
    assert got["a"] == [] and got["b"] == [] and got["c"] == []
    assert "jingoistic" in got["d"]  # no other outlet says it: its own


def test_guard_a_word_one_outlet_alone_uses_stays_charged() -> None:
    got = _framed(
        {
            "a": ("Dell Herald", "The Varos debate brought carnage to the stage."),
            "b": ("Varos Post", "Candidates met in Varos on Tuesday for the debate."),
            "c": ("Kesh Daily", "The Varos debate ran two hours."),
        }
    )
    assert any("carnage" in t for t in got["a"])


@pytest.mark.parametrize(
    "text",
    [
        "She criticized what she called the angry, divisive rhetoric from Ivo Holm.",
        "Mira Kahn expressed concern that the businessman was encouraging violence at his rallies.",
        "Young voters feel trapped in a system that seems rigged against them.",
        "People close to Marta Quist felt her projection of anger in the debate was over the top.",
        "Quist has repeatedly accused Holm of using divisive rhetoric.",
    ],
)
def test_what_someone_is_reported_to_think_or_call_a_thing_is_not_the_outlets(text: str) -> None:
    assert _terms(text) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Critics say the plan is a disgrace.", "disgrace"),  # nobody in particular: the outlet's own
        ("They warned of a full-scale nuclear war.", "full-scale nuclear war"),  # what was warned of, named
        ("Holm said of the despicable plan that it was a start.", "despicable"),
    ],
)
def test_guard_the_outlets_own_wording_beside_a_verb_of_saying_stays_charged(text: str, term: str) -> None:
    assert term in _terms(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The two rivals abandoned their strategy of brutally attacking him.", "brutally attacking"),
        ("The nearly 90-second ad slams Vale for a vote in 1994.", "ad slams"),
        ("The party met a 74-year-old radical socialist from Dell.", "radical socialist"),
        ("He didn't mention any catastrophic consequences.", "catastrophic"),
    ],
)
def test_a_term_is_a_whole_phrase(text: str, term: str) -> None:
    assert _terms(text) == [term]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Four rivals joined the jingoistic bid to close the border.", "jingoistic"),
        ("In a particularly pernicious twist, Holm floated a ban.", "particularly pernicious"),
        ("The race pits Holm's blustery populism against Quist's record.", "blustery"),
        ("Vale is swaggering into the sixth debate.", "swaggering"),
        ("Rubin quit after a humiliating loss in his home state.", "humiliating"),
        ("Rubin regretted lobbing juvenile insults at Holm.", "juvenile"),
        ("Holm's fascist-tinged demagoguery wins him crowds.", "fascist-tinged demagoguery"),
        ("After trouncing Quist in the Dell primary, Vale flew west.", "trouncing"),
        ("The anchor grilled Holm over his supposed “lies” all night.", "supposed “lies”"),
        (
            "Holm's liberal Orlen News colleague faced criticism from leftwing activist reporters.",
            "leftwing activist reporters",
        ),
        ("Holm's liberal Orlen News colleague faced criticism.", "liberal orlen news colleague"),
    ],
)
def test_the_outlets_own_loaded_wording_of_style_defeat_and_sides_is_charged(text: str, term: str) -> None:
    assert term in _terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Holm called them “liars” on Monday.",  # a speaker's word in quotation marks
        "The senator's conservative colleagues met on Monday.",  # a label of politicians, not the press
        "Supporters were happy and celebrated the sophisticated count.",  # praise VADER rates mildly
    ],
)
def test_guard_quoted_words_plain_labels_and_mild_praise_are_not_charged(text: str) -> None:
    assert _terms(text) == []
