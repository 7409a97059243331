"""'A admit X, but B says Y' is two reports; 'witnesses say' is no named person (stop 48: fresh17 repro 01)."""

from __future__ import annotations

from storyline.extract import extract_articles
from storyline.extract.pipeline import article_from_text

TEXT = (
    "FAIR CRUSH: THREE DEAD\n\n"
    "Police chiefs admit two people died and 19 were hurt, but Tarnwick General Hospital says three died.\n\n"
    'Embattled Commissioner Oskar Dahl tried to blame the barriers. "The barriers were moved too late," he said - '
    "but witnesses say it was his own officers who kept the east exit shut.\n"
)


def _rows() -> dict[str, str | None]:
    quotes = extract_articles([article_from_text(TEXT, "t.txt")])[0].quotes
    return {q.content.text: q.speaker_entity for q in quotes}


def test_a_clause_after_but_has_its_own_speaker_and_content() -> None:
    rows = _rows()
    assert rows.get("three died") == "Tarnwick General Hospital"
    assert not any("Police chiefs admit" in text for text in rows)  # no one's words with the other's cue
    assert any(text.startswith("two people died") for text in rows)


def test_witnesses_are_no_named_person() -> None:
    rows = _rows()
    [words] = [t for t in rows if "kept the east exit shut" in t]
    assert rows[words] is None
    assert rows['"The barriers were moved too late,"'] == "Oskar Dahl"
