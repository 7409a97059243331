from __future__ import annotations

import json

from storyline.ingest import build_article
from storyline.ingest.drafts import Draft
from storyline.models import Article
from storyline.store.sqlite import spelling_forms


def _article(text: str, url: str | None = None) -> Article:
    art = build_article(Draft(source="mem", original=text, fmt="text", url=url))
    assert isinstance(art, Article)
    return art


def test_same_content_twice_is_a_no_op(store):
    art = _article("Headline here\n\nThe council voted on Tuesday to close the bridge for repairs.")
    assert store.add_article(art) == "added"
    assert store.add_article(_article(art.original)) == "unchanged"
    assert store.count_articles() == 1


def test_changed_text_at_same_url_is_a_new_version(store):
    a = _article("Title\n\nFirst version of the report on the harbour fire.", url="https://x.test/a")
    b = _article("Title\n\nSecond version of the report on the harbour fire, updated.", url="https://x.test/a")
    assert store.add_article(a) == "added"
    assert store.add_article(b) == "version"
    assert store.count_articles() == 1
    assert store.count_articles(latest_only=False) == 2
    latest = next(store.iter_articles())
    assert latest.version == 2 and latest.previous_id == a.id
    assert store.get_article(a.id).original == a.original


def test_search_accepts_malformed_queries(store):
    store.add_article(_article("Bridge closed\n\nThe council voted to close the old bridge."))
    assert store.search("bridge")
    assert store.search('"unbalanced AND (') == []


def test_a_name_is_found_however_its_accents_are_written(store):
    umlaut = _article("Verdict\n\nZoë Müller-Hartig was sentenced on Tuesday.")
    spelled = _article("Verdict read\n\nZoe Mueller-Hartig was jailed on Tuesday.")
    slashed = _article("Hearing\n\nJudge Maren Sørensen set a date.")
    for art in (umlaut, spelled, slashed):
        store.add_article(art)

    def found(query: str) -> set[str]:
        return {r["id"] for r in store.search(query)}

    assert found("Zoe Mueller-Hartig") == found("Zoë Müller-Hartig") == {umlaut.id, spelled.id}
    # "Muller" is how "Müller" reads without its dots, and "Mueller" another spelling of it: a user typing
    # the name without its dots means both (entity resolution makes the three one person)
    assert found("Muller") == {umlaut.id, spelled.id}
    assert found("Sørensen") == found("Sorensen") == {slashed.id}  # the index keeps "ø": the query spells it
    assert found("Hartig") == found("Härtig") == {umlaut.id, spelled.id}
    sharp = _article("Bid\n\nJürgen Haßler rejected the bid.")
    plain = _article("Bid refused\n\nJuergen Hassler rejected the offer.")
    for art in (sharp, plain):
        store.add_article(art)
    for query in ("Hassler", "Haßler", "Haessler", "Jurgen", "Juergen", "Jürgen", "Jurgen Hassler"):
        assert found(query) == {sharp.id, plain.id}, query
    assert found("Hasler") == set()  # a letter less is another name
    assert found("Mueller AND NOT Zoe") == set()  # FTS5 syntax is left as written


def test_search_ranks_within_the_newest_matches(store):
    ids = []
    for i in range(12):
        extra = " harbour harbour harbour" if i == 1 else ""  # the best bm25 match is an old article
        art = _article(f"Harbour report {i}\n\nThe harbour board met on day {i} to discuss the pier.{extra}")
        store.add_article(art)
        ids.append(art.id)
    assert store.count_matches("harbour") == 12
    assert store.search("harbour", limit=1)[0]["id"] == ids[1]  # default window holds all 12
    newest = store.search("harbour", limit=4, window=4)
    assert {r["id"] for r in newest} == set(ids[-4:])  # ranked among the 4 newest only
    assert len(store.search("harbour", limit=5, offset=3, window=4)) == 5  # a later page widens the window
    assert store.search("pier AND NOT harbour") == []
    assert store.count_matches('"unbalanced AND (') == 0


def test_a_search_past_its_time_budget_is_stopped_with_a_query_error(store, monkeypatch):
    import pytest

    from storyline.errors import QueryError

    store.add_article(_article("Bridge closed\n\nThe council voted to close the old bridge."))
    monkeypatch.setattr(store, "_progress_steps", 1)
    store.search_budget_s = -1.0  # already past: the first check stops the query
    with pytest.raises(QueryError, match="took over"):
        store.search("bridge")
    with pytest.raises(QueryError, match="took over"):
        store.count_matches("bridge")
    store.search_budget_s = 2.0
    assert store.search("bridge") and store.count_matches("bridge") == 1  # the handler does not linger


def test_a_prefix_of_under_three_letters_is_refused(store):
    import pytest

    from storyline.errors import QueryError

    store.add_article(_article("Bridge closed\n\nThe council voted to close the old bridge."))
    with pytest.raises(QueryError, match="at least 3 letters"):
        store.search("b*")
    with pytest.raises(QueryError, match="at least 3 letters"):
        store.count_matches("old br*")
    assert store.search("bri*") and store.count_matches("bri*") == 1


def test_a_batch_inside_a_batch_commits_with_the_outer_one(store):
    import pytest

    def stories() -> list[str]:
        return [r[0] for r in store.conn.execute("SELECT id FROM stories ORDER BY id")]

    with pytest.raises(RuntimeError), store.batch() as conn:
        with store.batch():
            conn.execute("INSERT INTO stories(id) VALUES ('inner')")
        with store.transaction():  # still part of the outer batch
            conn.execute("INSERT INTO stories(id) VALUES ('outer')")
        raise RuntimeError("failed after the inner batch")
    assert stories() == []  # the inner batch did not commit on its own
    with store.batch() as conn:
        with store.batch():
            conn.execute("INSERT INTO stories(id) VALUES ('inner')")
        conn.execute("INSERT INTO stories(id) VALUES ('outer')")
    assert stories() == ["inner", "outer"]


def test_a_search_for_an_entitys_name_finds_its_other_spellings(store):
    """Once the store's entities are resolved, an acronym finds the articles that write the name in full and the
    reverse, and a person's surname finds the surname's other transliteration; other words stay as written."""
    full = _article("Board acts\n\nThe Vellby Harbour Board (VHB) said it would dredge the channel.")
    long = _article("Dredging\n\nA spokesperson for the Vellby Harbour Board said the channel would be dredged.")
    short = _article("Channel\n\nThe VHB said dredging starts in May.")
    kyiv = _article("Engineer\n\nOleksiy Hrytsenko, the board's engineer, said the gate jammed.")
    moscow = _article("Gate\n\nAleksei Gritsenko, the board's engineer, said the gate jammed.")
    for art in (full, long, short, kyiv, moscow):
        store.add_article(art)

    def found(query: str) -> set[str]:
        return {r["id"] for r in store.search(query)}

    assert found("VHB") == {full.id, short.id}  # no entities resolved yet: the words as written
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO entities(key, name, type, variants, roles, articles, n_mentions) VALUES (?,?,?,?,?,?,?)",
            [
                ("e1", "Vellby Harbour Board", "ORG", '["VHB"]', "[]", "[]", 3),
                ("e2", "Oleksiy Hrytsenko", "PERSON", '["Aleksei Gritsenko"]', "[]", "[]", 2),
            ],
        )
        assert found("VHB") == {full.id, short.id}  # the spellings are looked up in their own index
        conn.executemany(
            "INSERT INTO entity_spellings(form, entity_key) VALUES (?, ?)",
            [(f, "e1") for f in spelling_forms("Vellby Harbour Board", ["VHB"], "ORG")]
            + [(f, "e2") for f in spelling_forms("Oleksiy Hrytsenko", ["Aleksei Gritsenko"], "PERSON")],
        )
    assert found("VHB") == found("Vellby Harbour Board") == {full.id, long.id, short.id}
    assert found("Hrytsenko") == found("Gritsenko") == {kyiv.id, moscow.id}
    assert found("Harbour") == {full.id, long.id}  # a word of the name is not the name
    assert store.count_matches("VHB") == 3


def test_a_surname_finds_its_persons_other_spellings_only_when_one_person_has_it(store):
    """'Hrytsenko' finds 'Gritsenko' when Oleksiy Hrytsenko is the store's only Hrytsenko; with a second, unrelated
    Hrytsenko stored, the surname alone is ambiguous and is searched as written, while the full name still finds
    every spelling. 'O. Hrytsenko' (no plain words) is a spelling too. The stories' text filter reads words the same."""
    from storyline.cluster.stories import count_stories

    kyiv = _article("Engineer\n\nOleksiy Hrytsenko, the board's engineer, said the gate jammed.")
    moscow = _article("Gate\n\nAleksei Gritsenko, the board's engineer, said the gate jammed.")
    for art in (kyiv, moscow):
        store.add_article(art)
    with store.transaction() as conn:
        conn.execute("INSERT INTO stories(id, size) VALUES ('s1', 1), ('s2', 1)")
        conn.execute(
            "INSERT INTO story_articles(story_id, article_id) VALUES ('s1', ?), ('s2', ?)", (kyiv.id, moscow.id)
        )

    def fill(people: list[tuple[str, str, list[str]]]) -> None:
        with store.transaction() as conn:
            conn.execute("DELETE FROM entities")
            conn.execute("DELETE FROM entity_spellings")
            for key, name, variants in people:
                conn.execute(
                    "INSERT INTO entities(key, name, type, variants, roles, articles, n_mentions) VALUES (?,?,?,?,?,?,?)",
                    (key, name, "PERSON", json.dumps(variants), "[]", "[]", 2),
                )
                conn.executemany(
                    "INSERT INTO entity_spellings(form, entity_key) VALUES (?, ?)",
                    [(f, key) for f in spelling_forms(name, variants, "PERSON")],
                )

    def found(query: str) -> set[str]:
        return {r["id"] for r in store.search(query)}

    fill([("e1", "Oleksiy Hrytsenko", ["Aleksei Gritsenko", "O. Hrytsenko"])])
    assert found("Hrytsenko") == found("O. Hrytsenko") == {kyiv.id, moscow.id}
    assert count_stories(store, text="Hrytsenko") == 2
    fill([("e1", "Oleksiy Hrytsenko", ["Aleksei Gritsenko"]), ("e2", "Iryna Hrytsenko", [])])
    assert found("Hrytsenko") == {kyiv.id}
    assert count_stories(store, text="Hrytsenko") == 1
    assert found("Oleksiy Hrytsenko") == {kyiv.id, moscow.id}


def test_a_query_of_punctuation_only_is_an_empty_query_not_an_empty_result(store):
    import pytest

    from storyline.errors import QueryError

    store.add_article(_article("Quay repaired\n\nThe Lorvik quay reopened on Friday after repairs."))
    for query in ('"', "!!!", "--", "¿?"):
        with pytest.raises(QueryError, match="empty search query"):
            store.search(query)
    assert store.search("quay")


def test_stats_count_one_language_however_an_old_store_spelled_it(store):
    for i, lang in enumerate(["en", "EN", "English", "de"]):
        art = _article(f"Quay {i}\n\nThe Lorvik quay number {i} reopened on Friday after repairs.")
        store.add_article(art)
        # a store written before ingest normalised languages keeps them as the input gave them
        with store.transaction() as conn:
            conn.execute("UPDATE articles SET language = ? WHERE id = ?", (lang, art.id))
    assert store.stats()["languages"] == {"en": 3, "de": 1}
