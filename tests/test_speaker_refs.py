"""Who a speaker phrase stands for: a nationality and a title before a name, "the official" after an unnamed official,
a relative named in apposition and "he" after him, a body named "X of Y", a speaker the parse left at the end of the
reported words, "she" after a name the tagger took for no person, and a verb of appearing with no reported words
(invented text)."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles
from storyline.extract.attribution import RawQuote
from storyline.extract.cues import Cue
from storyline.extract.entities import NameMention
from storyline.extract.marks import find_segments
from storyline.extract.pipeline import article_from_text
from storyline.extract.speakers import _Context, resolve_speakers

pytestmark = pytest.mark.slow


def _extract(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0]


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.content.text, q.speaker.text if q.speaker else None, q.speaker_entity)
        for q in sorted(_extract(text).quotes, key=lambda q: q.content.start)
    ]


def _resolve(text: str, names: list[tuple[str, str]], speaker: str, verb: str, words: str) -> str | None:
    """The name the speaker of one quote resolves to, given the tagger's labels (``names``: text, label) as a repro's
    article got them and the parse's speaker phrase (its last word the head, as the parse gave it)."""
    mentions = []
    for word, label in names:
        at = text.index(word)
        mentions.append(NameMention(at, at + len(word), label, word, word))
    s = text.index(speaker)
    v = text.index(verb, s)
    c = text.index(words)
    cue = Cue(
        v, v + len(verb), "say", (s, s + len(speaker)), (s, s + len(speaker)), speaker.split()[-1], None, (0, len(text))
    )
    kind = "direct" if text[c] == '"' else "indirect"
    quote = RawQuote(kind, (c, c + len(words)), cue, [(c, c + len(words))] if kind == "direct" else [])
    ((_q, _span, who),) = resolve_speakers(text, [quote], mentions, find_segments(text))
    return who


def test_a_nationality_and_a_title_before_a_name_are_the_role_of_the_person_named() -> None:
    text = 'Dravonian President Teodor Valko said in a televised address: "We acted out of mercy."\n'
    tagged = [("Dravonian", "PERSON"), ("Teodor Valko", "PERSON")]
    speaker = "Dravonian President Teodor Valko"
    assert _resolve(text, tagged, speaker, "said", '"We acted out of mercy."') == "Teodor Valko"
    # two people side by side are not the second alone (the title is hers): both speak (see test_speaker_frames_joint)
    text = 'Teodor Valko and President Ana Brisk said: "We acted out of mercy."\n'
    tagged = [("Teodor Valko", "PERSON"), ("Ana Brisk", "PERSON")]
    speaker = "Teodor Valko and President Ana Brisk"
    assert _resolve(text, tagged, speaker, "said", '"We acted out of mercy."') == "Teodor Valko and Ana Brisk"


def test_a_body_named_x_of_y_speaks_not_the_country_it_belongs_to() -> None:
    text = "The Foreign Ministry of Dravonia said in a statement that the exchange was an act of mercy.\n"
    tagged = [("Foreign Ministry of", "ORG"), ("Dravonia", "ORG")]
    speaker = "The Foreign Ministry of Dravonia"
    who = _resolve(text, tagged, speaker, "said", "the exchange was an act of mercy")
    assert who == "Foreign Ministry of Dravonia"
    # a title "of" a country is a person's, looked up by role: not this body rule
    text = "The Prime Minister of Dravonia said in a statement that the exchange was an act of mercy.\n"
    tagged = [("Dravonia", "GPE")]
    who = _resolve(text, tagged, "The Prime Minister of Dravonia", "said", "the exchange was an act of mercy")
    assert who != "Prime Minister of Dravonia"


def test_the_official_after_an_unnamed_official_is_that_official_not_the_man_he_talks_about() -> None:
    text = (
        "Tessaly hosts midnight exchange\n\nTessaly Herald\n15 May 2026\n\n"
        "Tessalian officials oversaw an exchange of six prisoners at Harrow Field late on Thursday.\n\n"
        "A senior Tessalian official, who spoke on condition of anonymity because he was not authorised to speak "
        "publicly, said the talks had nearly collapsed in April over the inclusion of Oren Maslak. "
        '"Maslak was the whole deal. Without him there was nothing to talk about," the official said.\n'
    )
    rows = _speakers(text)
    (direct,) = [r for r in rows if r[0].startswith('"Maslak')]
    assert direct[1] == "the official"
    assert direct[2] == "A senior Tessalian official"


def test_a_relative_named_in_apposition_speaks_and_he_is_him_not_his_sister() -> None:
    text = (
        "Family's joy\n\nHarrow Evening Star\n15 May 2026\n\n"
        '"She is coming home. That is all that matters tonight," Greta Brask, the mother of journalist Lise Brask, '
        "said as she left for the airport.\n\n"
        "Lise's brother, Anders Brask, said the family had learned of the exchange from a call just after midnight. "
        '"I did not believe it until I heard her voice," he said.\n'
    )
    ex = _extract(text)
    rows = _speakers(text)
    assert [r[2] for r in rows[1:]] == ["Anders Brask", "Anders Brask"]
    anders = [m for m in ex.mentions if m.span.text == "Anders Brask"]
    assert anders and anders[0].label == "PERSON"


def test_a_speaker_left_at_the_end_of_the_reported_words_and_a_verb_of_appearing() -> None:
    text = (
        "Brask to appear before lawmakers\n\nThe Meridian Post\n17 May 2026\n\n"
        "Brask will testify before the justice committee of the Pellish parliament on 3 June 2026, "
        "the committee's chairwoman, Edda Lumholt, said.\n"
    )
    ex = _extract(text)
    assert [q.cue.text for q in ex.quotes if q.cue] == ["said"]
    (q,) = ex.quotes
    assert q.content.text.endswith("on 3 June 2026")
    assert q.speaker is not None and q.speaker.text == "the committee's chairwoman, Edda Lumholt"
    assert q.speaker_entity == "Edda Lumholt"


def test_she_after_a_speaker_the_tagger_took_for_no_person_is_that_speaker_not_an_adjective() -> None:
    # the tagger's labels as the repro's article got them: the speaker an organisation, the adjective a person
    text = (
        "Lise Brask said on Sunday that she had never lost hope during her 14 months in a Dravonian prison.\n\n"
        'She said that guards had told her she was "a chip in a larger game".\n'
    )

    def name(word: str, label: str) -> NameMention:
        at = text.index(word)
        return NameMention(at, at + len(word), label, word, word)

    ctx = _Context(text, [name("Lise Brask", "ORG"), name("Dravonian", "PERSON")], find_segments(text))
    she = text.index("She said")
    assert ctx.qualifier(ctx.names[1])
    found = ctx.subject_before(she, "she")
    assert found is not None and found.canonical == "Lise Brask"
    # an organisation that "it" stands for is no one "she" is
    firm = text.replace("she had never", "it had never").replace("her 14", "its 14")
    ctx = _Context(firm, [name("Lise Brask", "ORG")], find_segments(firm))
    assert ctx.subject_before(firm.index("She said"), "she") is None
