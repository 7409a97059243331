"""Claims cut where a sentence splitter cut inside a quotation that an attribution before it opens (invented text)."""

from __future__ import annotations

from storyline.align.claims import closed_quotations
from storyline.models import Quote, Span

TEXT = (
    'Councillor Ines Varo said: "The ferry contract was a scandal. The harbour board must answer for it."'
    " The board has not replied.\n\n"
    'Varo added: "We will ask again.\n\n'
    'And again."\n'
)


def _span(piece: str, after: int = 0) -> Span:
    start = TEXT.index(piece, after)
    return Span("a", start, start + len(piece), piece)


def _sentences(*firsts: str) -> list[tuple[int, int]]:
    starts = [TEXT.index(f) for f in firsts]
    return [(s, e) for s, e in zip(starts, [*starts[1:], len(TEXT)], strict=True)]


def test_a_quotation_opened_after_its_cue_and_closed_in_its_paragraph_is_one_claim() -> None:
    spans = _sentences("Councillor", "The harbour", "The board", "Varo added", "And again")
    quotes = [
        Quote("a", "direct", _span('"The ferry contract was a scandal. The harbour board must answer for it."'), None,
              None, _span("said")),
        Quote("a", "direct", _span('"We will ask again.\n\nAnd again."'), None, None, _span("added")),
    ]  # fmt: skip
    got = [TEXT[s:e].strip() for s, e in closed_quotations(TEXT, spans, quotes)]
    assert got[0].endswith('must answer for it."') and got[0].startswith("Councillor"), got
    assert got[1] == "The board has not replied.", got
    assert got[2].startswith("Varo added") and got[3] == 'And again."', got  # runs on into another paragraph
    assert len(got) == 4
    assert closed_quotations(TEXT, spans, []) == spans  # no quote, the splitter's cuts
