"""Q&A interviews, quotations in single marks over two paragraphs, surnames with particles and initials, dates in
figures (invented text)."""

from __future__ import annotations

import pytest

from storyline.extract import extract_articles, resolve_entities
from storyline.extract.dates import find_dates
from storyline.extract.marks import find_segments
from storyline.extract.pipeline import article_from_text
from storyline.extract.resolve import _given_rank, name_split

INTERVIEW = (
    "Harbour chief on the ferry grounding\n\n"
    "Harbour master Ilse Brandvik spoke to the Tidewater Courier on Wednesday, a day after the grounding.\n\n"
    "{q}: What went wrong on Tuesday night?\n\n"
    "{a}: The ferry lost steering a mile off the point. The crew did everything right.\n\n"
    "{q}: Will the port reopen this week?\n\n"
    "{a}: Yes. We expect the channel to be clear by Friday.\n\n"
    "It was a short answer, but an honest one.\n\n"
    "{q}: And the inquiry?\n\n"
    "{a}: The ministry will run it.\n"
)


def _segments(text: str) -> list[tuple[str, bool]]:
    return [(text[s.start : s.end], s.open_end) for s in find_segments(text)]


def test_single_marks_over_two_paragraphs_stay_open_and_apostrophes_close_nothing() -> None:
    text = "'We warned the pilots' union in February. Nobody listened.\n\n'It is not new,' Mr Orr said.\n"
    assert _segments(text) == [
        ("'We warned the pilots' union in February. Nobody listened.", True),
        ("'It is not new,'", False),
    ]
    # a plural possessive inside a quotation closed later in its paragraph is no closing mark
    assert _segments("'The pilots' union is strong,' he said.") == [("'The pilots' union is strong,'", False)]
    # a paragraph opening with a mark that the next does not open again is no quotation left open
    assert _segments("'We warned them. Nobody listened.\n\nThe union said so.\n") == []
    assert _segments("Back in the '90s we don't think it mattered.\n\n'Fine,' she said.\n") == [("'Fine,'", False)]


@pytest.mark.slow
def test_a_british_quotation_over_two_paragraphs_is_one_quote_of_its_speaker() -> None:
    text = (
        "Union says it warned the ferry line\n\n"
        "Tomas Orr, head of the Seafarers' Union, said crews had reported steering faults.\n\n"
        "'We warned the company in March. Two crews filed reports about this very ship.\n\n"
        "'Nobody should pretend this came out of the blue,' Mr Orr said.\n"
    )
    [ex] = extract_articles([article_from_text(text, "t.txt")])
    [q] = [q for q in ex.quotes if q.kind == "direct"]
    assert q.content.text.startswith("'We warned the company") and "out of the blue" in q.content.text
    assert q.speaker_entity == "Tomas Orr"


@pytest.mark.slow
@pytest.mark.parametrize(("q", "a", "speaker"), [("Courier", "Brandvik", "Brandvik"), ("Q", "A", "Ilse Brandvik")])
def test_interview_answers_are_the_interviewees_quotes(q: str, a: str, speaker: str) -> None:
    text = INTERVIEW.format(q=q, a=a)
    [ex] = extract_articles([article_from_text(text, "t.txt")])
    answers = [x for x in ex.quotes if x.kind == "direct"]
    assert [x.content.text for x in answers] == [
        "The ferry lost steering a mile off the point. The crew did everything right.",
        "Yes. We expect the channel to be clear by Friday.\n\nIt was a short answer, but an honest one.",
        "The ministry will run it.",
    ]
    assert {x.speaker_entity for x in answers} == {"Ilse Brandvik"}
    assert all(x.speaker is not None and x.speaker.text == speaker for x in answers)
    assert all(x.cue is not None and x.cue.text == ":" for x in answers)
    # the questions stay the outlet's: no quote holds them
    assert not [x for x in ex.quotes if "What went wrong" in x.content.text]


@pytest.mark.slow
def test_two_labelled_paragraphs_are_no_interview() -> None:
    text = (
        "Port notice\n\n"
        "Update: The channel reopened on Friday.\n\n"
        "Correction: An earlier version gave the wrong day.\n\n"
        "Ilse Brandvik: The harbour is open again.\n"
    )
    [ex] = extract_articles([article_from_text(text, "t.txt")])
    assert not [x for x in ex.quotes if "The channel reopened" in x.content.text]


def test_a_surname_keeps_its_particles() -> None:
    assert name_split("Pieter van der Berg") == (["pieter"], "van der berg")
    assert name_split("P. van der Berg") == (["p"], "van der berg")
    assert name_split("Mr van der Berg") == ([], "van der berg")
    assert name_split("Ana De La Fuente") == (["ana"], "de la fuente")
    assert name_split("Van Morrison") == (["van"], "morrison")  # a given name, not a particle


@pytest.mark.slow
def test_an_initialled_name_with_particles_is_the_full_name() -> None:
    a = article_from_text(
        "Union chief blames ferry line\n\nUnion leader Pieter van der Berg said crews had raised concerns twice.\n",
        "a.txt",
    )
    b = article_from_text(
        "Union says it warned\n\nP. van der Berg, head of the Seafarers' Union, said crews had reported faults. "
        "Mr van der Berg called for an inquiry.\n",
        "b.txt",
    )
    exs = extract_articles([a, b])
    people = [e for e in resolve_entities([a, b], exs) if e.type == "PERSON"]
    [berg] = [e for e in people if "Berg" in e.name]
    assert berg.name == "Pieter van der Berg"
    assert "P. van der Berg" in berg.variants and "Berg" not in berg.variants
    assert "van der Berg" in berg.variants
    # a surname alone, however often used, is no canonical name beside the full one
    assert _given_rank("Van der Berg") == 0 and _given_rank("P. van der Berg") == 1


def test_a_date_in_figures_is_read_in_the_articles_order() -> None:
    # day-first: another date in figures has a day over 12
    [(_, _, iso, _, why), _] = find_dates("It failed on 05/03/2026 and again on 25/03/2026.", [])
    assert iso == "2026-03-05" and why and "day-first" in why
    # month-first: the article writes "March 7, 2026"
    [(_, _, iso, _, _), *_] = find_dates("It failed on 05/03/2026, the board said on March 7, 2026.", [])
    assert iso == "2026-05-03"
    # day-first: British usage "7 March 2026"
    [(_, _, iso, _, _), *_] = find_dates("It failed on 05/03/2026, the board said on 7 March 2026.", [])
    assert iso == "2026-03-05"
    # nothing in the text: the reading near the publication date
    [(_, _, iso, _, _)] = find_dates("It failed on 05/03/2026.", [], published="2026-03-07")
    assert iso == "2026-03-05"
    # nothing tells: the year only, and the reason says both readings
    [(_, _, iso, _, why)] = find_dates("It failed on 05/03/2026.", [], published="2026-08-01")
    assert iso == "2026" and why and "2026-03-05" in why and "2026-05-03" in why
    assert find_dates("Version 2.1.12 and a 3/4 share.", []) == []


def test_particles_after_another_mentions_name_open_no_surname() -> None:
    from storyline.extract.entities import _NAME_GOES_ON, _TITLE_HEAD

    assert _NAME_GOES_ON.search("met King Osric ")  # "[King Osric] bin Harald Vend": the name goes on
    assert not _NAME_GOES_ON.search("said Mr ") and not _NAME_GOES_ON.search("the union chief, ")
    assert _TITLE_HEAD.match("Mrs de la Fuente").end() == 4  # the title, not the particles, is cut


@pytest.mark.slow
def test_a_surname_alone_as_speaker_is_the_one_person_the_story_names_in_full() -> None:
    texts = [
        'Seawall inspected\n\nThe seawall at Tarrow Quay passed its check. "It is sound," said Dr. Runa Kellvik, '
        "the harbour board's engineer.",
        "Quay to reopen\n\nHarbour board engineer R. Kellvik said the quay would reopen on Monday.",
        'Works finished\n\nThe quay works at Tarrow are finished.\n\n"The wall will hold," Kellvik told the '
        'Tidewater Courier. "We tested every section."',
    ]
    articles = [article_from_text(t, f"k{i}.txt", article_id=f"k{i}") for i, t in enumerate(texts)]
    exs = extract_articles(articles)
    entities = resolve_entities(articles, exs)
    [runa] = [e for e in entities if e.name == "Runa Kellvik"]
    assert {"R. Kellvik", "Kellvik"} <= set(runa.variants)
    at = texts[2].index("Kellvik told")
    assert ("k2", at, at + len("Kellvik")) in {(m.span.article, m.span.start, m.span.end) for m in runa.mentions}
    third = [q for q in exs[2].quotes if q.kind == "direct"]
    assert third and {q.speaker_entity for q in third} == {"Runa Kellvik"}
    assert not [e for e in entities if e.name == "Kellvik"]


@pytest.mark.slow
def test_the_company_is_the_one_company_its_article_names_not_a_body_or_the_outlet() -> None:
    texts = [
        "Smoked fish withdrawn\n\nThe Tidewater Courier\n\nGrenholm Seafood Group has stopped selling its smoked trout "
        "after the Tarrow Harbour Authority found a faulty cooler at its plant.\n\n"
        "Customers can take the fish back to any shop for a full refund, the company said.",
        "Two suppliers\n\nGrenholm Seafood Group and the Vaskar Fish Company both sell trout at Tarrow.\n\n"
        "Deliveries will resume next week, the company said.",
    ]
    articles = [article_from_text(t, f"c{i}.txt", article_id=f"c{i}") for i, t in enumerate(texts)]
    exs = extract_articles(articles)
    resolve_entities(articles, exs, outlets=["The Tidewater Courier"])
    [refund] = [q for q in exs[0].quotes if "full refund" in q.content.text]
    assert refund.speaker is not None and refund.speaker.text == "the company"
    assert refund.speaker_entity == "Grenholm Seafood Group"
    # two companies named: "the company" is not told
    [resume] = [q for q in exs[1].quotes if "resume" in q.content.text]
    assert resume.speaker_entity in {None, "the company"}


@pytest.mark.slow
def test_words_a_statement_calls_something_are_a_quote_of_the_company_it_speaks_for() -> None:
    text = (
        "Trout maker rejects claim\n\n"
        "Grenholm Seafood Group has stopped selling its smoked trout after the Tarrow Harbour Authority found a faulty "
        "cooler at its plant. A company statement called the report, first aired on local radio, "
        '"simply not true". Critics of the plan called it the so-called "harbour levy".'
    )
    articles = [article_from_text(text, "s.txt", article_id="s0")]
    exs = extract_articles(articles)
    resolve_entities(articles, exs)
    [q] = [q for q in exs[0].quotes if "not true" in q.content.text]
    assert q.kind == "direct" and q.content.text == '"simply not true"'
    assert q.cue is not None and q.cue.text == "called"
    assert q.speaker is not None and q.speaker.text == "A company statement"
    assert q.speaker_entity == "Grenholm Seafood Group"
    # two words a name gives a thing are no quote
    assert not [q for q in exs[0].quotes if "levy" in q.content.text]


@pytest.mark.slow
def test_acts_are_no_statements_and_a_place_before_a_title_does_not_speak() -> None:
    text = (
        "Trout plant to grow\n\n"
        "Grenholm Seafood Group recalled two lots of its smoked trout last spring after a labelling error.\n\n"
        "Grenholm Seafood Group today announced a new cold store, after inspectors found the old one too small.\n\n"
        "Tarrow mayor Ingrid Valde welcomed the investment, saying the town had lost 200 jobs in the past decade.\n\n"
        "The company recalled that the plant had opened in 1988."
    )
    [ex] = extract_articles([article_from_text(text, "t.txt")])
    cues = {q.cue.text: q for q in ex.quotes if q.cue is not None}
    assert "announced" not in cues
    assert [q.content.text for q in ex.quotes if q.cue is not None and q.cue.text == "recalled"] == [
        "that the plant had opened in 1988"
    ]
    assert cues["saying"].speaker_entity == "Ingrid Valde"


@pytest.mark.slow
def test_a_count_in_a_relative_clause_a_stray_clause_and_a_plural_speaker_are_no_quotes_or_names() -> None:
    """ "the board, which had first reported four cases" says who the board is, not what it says in this report;
    "announced a recall of ..., as a precaution after routine tests found bacteria" announces the recall (the tests
    found the bacteria, whatever the parse hangs "found" on); "Shoppers ... said" is a group, no one named."""
    text = (
        "Yoghurt recalled\n\n"
        "Twelve pupils were sent home, according to the Tessel Health Board, which had first reported four cases.\n\n"
        "Tessel Dairy today announced a voluntary recall of three batches of MarrowGold Stage 2 infant yoghurt, lot "
        "numbers MG-2201, MG-2202 and MG-2209, as a precaution after routine tests found Listeria bacteria in samples "
        "from its Quayside plant.\n\n"
        "Shoppers at the Quay Street market in Marrow said the shelves had been cleared by noon.\n\n"
        "The board, which said the school was safe, met on Monday."
    )
    [ex] = extract_articles([article_from_text(text, "t.txt")])
    said = {q.content.text: q for q in ex.quotes}
    assert "four cases" not in said
    assert not [c for c in said if "Listeria" in c]
    assert said["Twelve pupils were sent home"].speaker_entity == "Tessel Health Board"
    shoppers = said["the shelves had been cleared by noon"]
    assert shoppers.speaker is not None and shoppers.speaker.text.startswith("Shoppers at the Quay Street market")
    assert shoppers.speaker_entity is None
    assert "Shoppers" not in {m.span.text for m in ex.mentions}
    # a relative clause that reports a statement still does
    assert said["the school was safe"].cue is not None


def test_a_capital_the_after_a_datelines_dash_is_no_part_of_the_name() -> None:
    from storyline.extract.entities import NameMention, _without_article

    text = "TARROW (Quay Post) - The Tarrow Harbour Authority on Monday closed the quay. Ships sail to The Hague."
    ms = [
        NameMention(text.index("The Tarrow"), text.index(" on Monday"), "ORG", "The Tarrow Harbour Authority"),
        NameMention(text.index("The Hague"), text.index("The Hague") + 9, "GPE", "The Hague"),
    ]
    _without_article(ms, text)
    assert [text[m.start : m.end] for m in ms] == ["Tarrow Harbour Authority", "The Hague"]
    assert [m.text for m in ms] == ["Tarrow Harbour Authority", "The Hague"]


def test_a_weekday_day_and_month_written_together_are_one_date() -> None:
    """ "on Thursday, 4 June": the tagger gives "Thursday", the number and "June" apart; the month alone would be a
    month of its own on the timeline ("2026-06") and the weekday a second mention of the day."""
    text = "The Kelmar ferry line closed its northern route on Thursday, 4 June, after a hull crack was found."
    thursday = text.index("Thursday")
    ents = [(thursday, thursday + 8, "DATE"), (text.index("4 June"), text.index("4 June") + 1, "CARDINAL")]
    ents.append((text.index("June"), text.index("June") + 4, "DATE"))
    found = find_dates(text, ents, published="2026-06-05")
    assert [(text[s:e], iso) for s, e, iso, _rel, _why in found] == [("Thursday, 4 June", "2026-06-04")]
    # a day and month the tagger took together keep the weekday before them too, and a lone month stays a month
    both = "Ferries resumed on Friday 5 June. Repairs will last into July."
    ents = [
        (both.index("Friday"), both.index("Friday") + 6, "DATE"),
        (both.index("5 June"), both.index("5 June") + 6, "DATE"),
    ]
    ents.append((both.index("July"), both.index("July") + 4, "DATE"))
    found = find_dates(both, ents, published="2026-06-05")
    assert [(both[s:e], iso) for s, e, iso, _rel, _why in found] == [
        ("Friday 5 June", "2026-06-05"),
        ("July", "2026-07"),
    ]


@pytest.mark.slow
def test_the_company_that_publishes_its_own_release_is_still_the_company_other_outlets_mean() -> None:
    """A press release in the story makes its company one of the story's outlets; it is press only in its own
    release, so "the company said" in a newspaper's article is still that company (and "a company statement" too)."""
    from dataclasses import replace

    texts = [
        "Grenholm Seafood Group withdraws smoked trout\n\nGrenholm Seafood Group today withdrew its smoked trout as a "
        "precaution.\n\nCustomers can return the fish to any shop for a full refund.",
        "Smoked fish withdrawn\n\nGrenholm Seafood Group has stopped selling its smoked trout after the Tarrow Harbour "
        "Authority found a faulty cooler at its plant.\n\nCustomers can take the fish back to any shop for a full "
        'refund, the company said. A company statement called the report, first aired on local radio, "simply not true".',
    ]
    articles = [article_from_text(t, f"r{i}.txt", article_id=f"r{i}") for i, t in enumerate(texts)]
    articles = [
        replace(articles[0], outlet="Grenholm Seafood Group"),
        replace(articles[1], outlet="Tidewater Courier"),
    ]
    exs = extract_articles(articles)
    resolve_entities(articles, exs)
    [refund] = [q for q in exs[1].quotes if "full refund" in q.content.text]
    assert refund.speaker is not None and refund.speaker.text == "the company"
    assert refund.speaker_entity == "Grenholm Seafood Group"
    [statement] = [q for q in exs[1].quotes if "not true" in q.content.text]
    assert statement.speaker_entity == "Grenholm Seafood Group"


def test_the_company_is_the_one_its_article_writes_in_full_where_the_tagger_found_no_name() -> None:
    """ "TARROW (Kelpwire) - Grenholm Seafood Group withdrew ...": a name right after a dateline the tagger may miss;
    the article still names the company (its text writes the name another article's mention gives)."""
    from storyline.extract.resolve import _described_speakers
    from storyline.models import ArticleExtraction, Entity, Quote, Span

    text = "TARROW (Kelpwire) - Grenholm Seafood Group withdrew its trout. Refunds are open, the company said."
    at = text.index("the company")
    quote = Quote(
        "w1",
        "indirect",
        Span("w1", text.index("Refunds"), text.index(", the company"), "Refunds are open"),
        Span("w1", at, at + len("the company"), "the company"),
        None,
        Span("w1", text.index("said"), text.index("said") + 4, "said"),
    )
    ex = ArticleExtraction("w1", [(0, len(text))])
    ex.quotes = [quote]
    company = Entity("e1", "Grenholm Seafood Group", "ORG", articles=["w0"])
    _described_speakers([ex], [company], texts={"w1": text})
    assert ex.quotes[0].speaker_entity == "Grenholm Seafood Group"
    # without the text, the article names no company: the description stays
    ex.quotes = [quote]
    _described_speakers([ex], [company])
    assert ex.quotes[0].speaker_entity is None
