"""Sentence parses for alignment: made in one batch or one by one alike, kept in the store, read back the same, so that
a story's second brief (a new process) parses nothing. Invented text only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from brief_helpers import HashEmbedder, make_article

from storyline.align import parses
from storyline.align.parses import PARSES, parsed, save_parses, stored_parses
from storyline.brief.build import build_brief
from storyline.models import ArticleExtraction

SENTENCES = [
    "The Brenmoor council approved a budget of 41 million crowns on Tuesday, its chair Ilse Varn said.",
    "It will open the new Tollund footbridge on 3 March, according to the council.",
    "Opposition leader Pavo Rintala, who sits on the finance committee, did not vote for the plan.",
    "Varn told reporters that the council had hired 12 engineers.",
]


def _reading(doc: Any) -> list[tuple[Any, ...]]:
    """Everything alignment reads of a parse."""
    tokens = [
        (t.text, t.idx, t.pos_, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.ent_iob_, str(t.morph))
        + (t.is_sent_start, t.left_edge.i, t.right_edge.i)
        for t in doc
    ]
    return tokens + [(e.text, e.label_, e.start, e.end) for e in doc.ents]


class Counting:
    """The spaCy pipeline, counting the texts it parses."""

    def __init__(self, nlp: Any) -> None:
        self.nlp, self.texts = nlp, 0
        self.vocab, self.meta = nlp.vocab, nlp.meta

    def __call__(self, text: str) -> Any:
        self.texts += 1
        return self.nlp(text)

    def pipe(self, texts: list[str]) -> Any:
        self.texts += len(texts)
        return self.nlp.pipe(texts)


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counting]:
    nlp = Counting(parses.parser())
    monkeypatch.setattr(parses, "_PARSER", [nlp])
    PARSES.forget()
    yield nlp
    PARSES.forget()


def test_a_batch_parses_as_one_call_per_sentence_does(counting: Counting) -> None:
    alone = [_reading(counting.nlp(s)) for s in SENTENCES]
    PARSES.make(SENTENCES)
    assert counting.texts == len(SENTENCES)
    assert [_reading(parsed(s)) for s in SENTENCES] == alone
    assert counting.texts == len(SENTENCES)  # asked again: kept


def test_a_stored_parse_reads_back_the_same_and_parses_nothing(store: Any, counting: Counting) -> None:
    made = [_reading(parsed(s)) for s in SENTENCES]
    assert save_parses(store) == len(SENTENCES)
    assert save_parses(store) == 0  # saved once
    PARSES.forget()  # a new process
    assert stored_parses(store, SENTENCES + ["A sentence never parsed."]) == len(SENTENCES)
    counting.texts = 0
    assert [_reading(parsed(s)) for s in SENTENCES] == made
    assert counting.texts == 0


def test_a_parse_of_another_model_is_not_read(store: Any, counting: Counting, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed(SENTENCES[0])
    save_parses(store)
    PARSES.forget()
    monkeypatch.setattr(parses, "model_name", lambda: "en_other_model 9.9")
    assert stored_parses(store, SENTENCES[:1]) == 0


def _story() -> tuple[list[Any], dict[str, ArticleExtraction]]:
    bodies = {
        "a": "Harbour pilots in Kesterby stopped work on Monday. The strike halted 14 ferries, the union said. "
        "It will end on 9 May, according to the union.",
        "b": "Kesterby's harbour pilots walked out on Monday. The walkout halted 12 ferries, the port authority said. "
        "The strike will end on 9 May, the pilots' union said.",
        "c": "A strike by harbour pilots in Kesterby halted 14 ferries on Monday, union official Mara Liss said. "
        "Liss, who leads the pilots' union, said it would end on 9 May.",
    }
    articles, extractions = [], {}
    for aid, body in bodies.items():
        a = make_article(aid, f"Kesterby pilots strike ({aid})", body, outlet=f"Outlet {aid}")
        spans, pos = [], a.original.index("\n\n") + 2
        for part in body.split(". "):
            end = pos + len(part) + (0 if part.endswith(".") else 1)
            spans.append((pos, end))
            pos = end + 1
        articles.append(a)
        extractions[aid] = ArticleExtraction(aid, sentences=spans)
    return articles, extractions


def test_a_second_brief_reads_the_parses_the_first_stored(store: Any, counting: Counting) -> None:
    import storyline.align.align as align_module

    articles, extractions = _story()
    for a in articles:
        store.add_article(a)
    first = build_brief(articles, extractions, [], story="s", store=store, embedder=HashEmbedder())
    assert counting.texts > 0  # alignment read some sentences' parses
    PARSES.forget()  # a new process: nothing in memory
    for value in vars(align_module).values():
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()
    counting.texts = 0
    second = build_brief(articles, extractions, [], story="s", store=store, embedder=HashEmbedder())
    assert counting.texts == 0
    assert json.dumps(second, sort_keys=True) == json.dumps(first, sort_keys=True)
