"""Which cue and which person a quote belongs to: an anonymity request in the speaker's description, a clause describing
the speaker, two names side by side before the verb, a statement read out by someone else, a quotation over two
paragraphs with no cue, "the elder" of two namesakes, a former title holder, a name with particles the tagger missed
(invented text)."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text

pytestmark = pytest.mark.slow


def _quotes_of(text: str):  # type: ignore[no-untyped-def]
    return extract_articles([article_from_text(text, "t.txt")])[0].quotes


def test_asking_not_to_be_named_is_part_of_the_speaker_not_a_report() -> None:
    text = (
        "Port authority hid repair costs, papers show\n\n"
        "BRELLING - Papers show that the Kestmoor port authority hid the cost of repairs to its north quay.\n\n"
        "An engineer at the port authority who asked not to be named said the quay had been closed twice since May.\n"
    )
    quotes = _quotes_of(text)
    assert [q.cue.text for q in quotes if q.cue] == ["said"]
    (q,) = quotes
    assert q.content.text == "the quay had been closed twice since May"
    assert q.speaker is not None and q.speaker.text.startswith("An engineer at the port authority")
    # asked by someone named to do something: that one's question stays a report
    put = "Asked by the inspector to explain the closures, Mira Holt said the quay had been unsafe since May.\n"
    assert "Asked" in {q.cue.text for q in _quotes_of(put) if q.cue}


def test_a_clause_describing_the_speaker_reports_only_up_to_the_speakers_verb() -> None:
    text = "The engineer who warned that the dam was unsafe said on Monday that the repairs would take a year.\n"
    contents = sorted(q.content.text for q in _quotes_of(text))
    assert contents == ["that the dam was unsafe", "that the repairs would take a year"]


def test_a_statement_read_out_by_an_aide_is_the_authors() -> None:
    beside = (
        "Mayor resigns\n\nTarnwell Gazette\n\n"
        "In a statement read to the council by her deputy, Tomas Reyes, Lena Okafor said: "
        '"I leave this town in good hands and with its accounts in order."\n'
    )
    (q,) = [q for q in _quotes_of(beside) if q.kind == "direct"]
    assert q.speaker_entity == "Lena Okafor"
    over_two = (
        "Mayor resigns\n\nTarnwell Gazette\n\n"
        "Lena Okafor resigned as mayor of Brindle on Friday.\n\n"
        "Her statement was read to the council by her deputy, Tomas Reyes, because she was in hospital, he said.\n\n"
        '"I have given this town twenty years of my life. I leave it in good hands.\n\n'
        '"Nobody should doubt that the accounts were kept honestly."\n'
    )
    quotes = _quotes_of(over_two)
    (reader,) = [q for q in quotes if q.kind == "indirect"]
    assert reader.speaker_entity == "Tomas Reyes"  # his own words: why he read it
    (statement,) = [q for q in quotes if q.kind == "direct"]  # one quotation over two paragraphs
    assert len(statement.parts) == 2 and statement.content.text.endswith('kept honestly."')
    assert statement.speaker_entity == "Lena Okafor"


def test_the_elder_of_two_namesakes_is_the_parent() -> None:
    text = (
        "Council row over harbour sale\n\n"
        "BRELLING - Councillor Ida Marsh said the sale of the harbour had been rushed.\n\n"
        'Her father, Oskar Marsh, who ran the harbour for twenty years, backed the sale. "It is the only offer the town '
        'will get," the elder Marsh said.\n'
    )
    said = {q.content.text[:12]: q.speaker_entity for q in _quotes_of(text)}
    assert said['"It is the on'[:12]] == "Oskar Marsh"
    assert said["the sale of "] == "Ida Marsh"


def test_the_former_title_holder_is_the_one_who_stepped_down_and_a_particle_name_is_a_person() -> None:
    text = (
        "Harbour warden quits\n\nTarnwell Gazette\n\n"
        "KESTMOOR - Ana de la Fuente stepped down as warden of the Kestmoor harbour on Monday.\n\n"
        'The former warden said the port had been "run on promises" for a decade.\n'
    )
    (ex,) = extract_articles([article_from_text(text, "t.txt")])
    assert "Ana de la Fuente" in {m.span.text for m in ex.mentions if m.label == "PERSON"}
    (q,) = ex.quotes
    assert q.speaker_entity == "Ana de la Fuente"
