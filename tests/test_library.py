"""storyline as a Python library: what a service embedding it calls, the errors it gets, the shapes it reads."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from storyline import NotFoundError, QueryError, StoreError, StorylineError
from storyline.store import Store

KESTREL = (
    "Kestrel ferry pier to close for repairs\n\n"
    "The Kestrel ferry pier in Uvhaven will close for six weeks from Monday, the port authority said on Friday.\n\n"
    '"The pilings are older than anyone working here," said Tove Brannick, the harbour master. '
    '"We cannot wait another winter," Brannick said.\n\n'
    "Repairs are expected to cost 1.8 million crowns. Ferries will dock at the north quay meanwhile."
)
KESTREL_2 = (
    "Uvhaven pier shuts for six weeks\n\n"
    "Uvhaven's Kestrel ferry pier shuts on Monday for six weeks of repairs, the port authority said.\n\n"
    '"We cannot wait another winter," harbour master Tove Brannick told the Uvhaven Tidings.\n\n'
    "The work will cost 1.8 million crowns, and ferries will use the north quay."
)


# -- ingest: what it takes -------------------------------------------------------------------------------------
def test_ingest_takes_one_path_given_as_a_str_or_a_path_as_one_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A single str is one name, not its characters (the first of which, "/", named the root of the filesystem;
    here, with a relative name, "." named the working folder)."""
    from storyline.ingest import ingest

    (tmp_path / "pier.txt").write_text(KESTREL, encoding="utf-8")
    (tmp_path / "other.txt").write_text(KESTREL_2, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, "pier.txt")
        assert (report.counts["added"], report.skipped) == (1, []), report.to_json()
        assert store.count_articles() == 1, "another file of the working folder was read"
        report = ingest(store, tmp_path / "other.txt")
        assert report.counts["added"] == 1, report.to_json()


def test_the_root_of_the_filesystem_is_no_input(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.ingest import sources

    def walk(root: Path) -> None:
        raise AssertionError(f"walked {root}")

    monkeypatch.setattr(sources, "_walk", walk)
    (skip,) = list(sources.expand_inputs(["/"]))
    assert not isinstance(skip, str) and "root of the filesystem" in skip.reason


def test_articles_held_in_memory_are_ingested_without_a_file(tmp_path: Path) -> None:
    from storyline import ingest_records

    with Store(tmp_path / "s.db") as store:
        report = ingest_records(
            store,
            [
                {"id": "r1", "text": KESTREL, "outlet": "Uvhaven Post", "url": "https://post.example/pier",
                 "published": "2031-05-02", "desk": "city"},
                KESTREL_2,
                {"title": "no text here"},
                42,
            ],
        )  # fmt: skip
        assert report.counts["added"] == 2, report.to_json()
        assert [s.input for s in report.skipped] == ["<record 3>", "<record 4>"], report.to_json()
        first = store.get_article(report.article_ids[0])
        assert (first.outlet, first.url, first.published) == ("Uvhaven Post", "https://post.example/pier", "2031-05-02")
        assert first.extra.get("record_id") == "r1" and first.extra.get("desk") == "city"
        assert first.original[first.original.index("Tove") :].startswith("Tove Brannick")
        second = store.get_article(report.article_ids[1])
        assert second.title == "Uvhaven pier shuts for six weeks"
        # the same again: stored once; a new text at a known URL: a new version, as ingest does with files
        again = ingest_records(store, [KESTREL_2])
        assert again.counts["unchanged"] == 1 and again.counts["added"] == 0
        edited = KESTREL.replace("six weeks", "seven weeks")
        newer = ingest_records(store, [{"text": edited, "url": "https://post.example/pier"}])
        assert newer.counts["version"] == 1, newer.to_json()
        assert store.count_articles() == 2


# -- the store: one exception tree -----------------------------------------------------------------------------
def test_a_file_that_is_no_database_is_a_store_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("these are notes, not a database\n" * 20, encoding="utf-8")
    with pytest.raises(StoreError, match="not a storyline store"):
        Store(junk)


def test_a_closed_store_is_a_store_error(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.close()
    with pytest.raises(StoreError, match="is closed"):
        store.count_articles()
    with pytest.raises(sqlite3.ProgrammingError):  # still what code catching sqlite3 errors expects
        store.count_articles()


def test_a_store_locked_by_another_writer_is_a_store_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline import ingest_records
    from storyline.store import sqlite as sqlite_store

    monkeypatch.setattr(sqlite_store, "BUSY_TIMEOUT_S", 0.3, raising=False)
    with Store(tmp_path / "s.db"):
        pass
    holder = sqlite3.connect(tmp_path / "s.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with Store(tmp_path / "s.db") as store, pytest.raises(StoreError, match="locked by another process"):
            ingest_records(store, [KESTREL])
    finally:
        holder.rollback()
        holder.close()


def test_a_store_of_a_newer_storyline_is_refused_read_write_and_read_read_only(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        known = store.schema_version
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO schema_migrations(name) VALUES ('9999_from_the_future.sql')")
    conn.close()
    with pytest.raises(StoreError, match="newer storyline.*9999_from_the_future.sql"):
        Store(db)
    with Store(db, readonly=True) as store:
        assert store.newer_migrations == ["9999_from_the_future.sql"]
        assert store.count_articles() == 0
    with Store(tmp_path / "fresh.db") as store:
        assert store.newer_migrations == [] and store.schema_version == known


# -- queries: the library refuses what the CLI and the API refuse ---------------------------------------------
@pytest.mark.parametrize(
    "call",
    [
        "list_stories(store, order='random')",
        "list_stories(store, limit=-1)",
        "list_stories(store, limit=0)",
        "list_stories(store, limit=2, offset=-5)",
        "list_articles(store, limit=-3)",
        "list_entities(store, limit=-1)",
        "list_entities(store, offset=-2)",
        "store.search('pier', limit=-1)",
    ],
)
def test_bad_query_arguments_are_a_query_error(store: Store, call: str) -> None:
    from storyline import list_articles, list_entities, list_stories

    names = {"store": store, "list_stories": list_stories, "list_articles": list_articles}
    with pytest.raises(QueryError):
        eval(call, {"list_entities": list_entities, **names})


def test_good_query_arguments_still_work(store: Store) -> None:
    from storyline import ingest_records, list_articles, list_stories

    ingest_records(store, [KESTREL, KESTREL_2])
    assert len(list_articles(store, limit=None)) == 2
    assert len(list_articles(store, limit=1, offset=1)) == 1
    assert list_stories(store, order="largest", limit=1, offset=0) == []


# -- briefs on a read-only store -------------------------------------------------------------------------------
def test_a_story_is_briefed_on_a_read_only_store_without_saving(tmp_path: Path) -> None:
    from storyline import brief_story, ingest_records, list_stories, update_stories

    db = tmp_path / "s.db"
    with Store(db) as store:
        ingest_records(
            store,
            [{"text": KESTREL, "outlet": "Uvhaven Post", "published": "2031-05-02"},
             {"text": KESTREL_2, "outlet": "Uvhaven Tidings", "published": "2031-05-02"}],
        )  # fmt: skip
        update_stories(store)
    with Store(db, readonly=True) as store:
        (story,) = list_stories(store)
        brief = brief_story(store, story["id"])
        assert len(brief["articles"]) == 2 and brief["facts"]
        json.dumps(brief)
    with Store(db) as store:
        assert store.conn.execute("SELECT count(*) FROM briefs").fetchone()[0] == 0
        assert store.conn.execute("SELECT count(*) FROM extractions").fetchone()[0] == 0
    with Store(db, readonly=True) as store, pytest.raises(StoreError, match="read-only"):
        store.add_article(dataclasses.replace(store.get_article(brief["articles"][0]["id"]), id="a-new-one"))


# -- what the library gives back -------------------------------------------------------------------------------
def test_quotes_for_gives_quotes_that_serialise_as_the_quotes_command_rows(store: Store) -> None:
    from storyline import extract_store, ingest_records, quotes_for

    ingest_records(store, [{"text": KESTREL, "outlet": "Uvhaven Post"}])
    extract_store(store)
    quotes = quotes_for(store)
    assert quotes
    rows = json.loads(json.dumps([q.to_json() for q in quotes]))
    art = store.get_article(quotes[0].article)
    for row in rows:
        assert set(row) == {"article", "kind", "speaker", "speaker_entity", "cue", "content", "parts"}
        c = row["content"]
        assert art.original[c["start"] : c["end"]] == c["text"]
    assert any(r["speaker_entity"] == "Tove Brannick" for r in rows), rows


def test_the_public_functions_are_listed_and_imported_lazily() -> None:
    import storyline

    for name in ("Store", "ingest_records", "update_stories", "list_stories", "get_story",
                 "brief_story", "list_articles", "extract_store", "list_entities", "quotes_for"):  # fmt: skip
        assert name in storyline.__all__, name
        assert callable(getattr(storyline, name)), name
    # CHANGED DELIBERATELY (web-i3): `ingest` is exported too; storyline.ingest, the subpackage, is callable as ingest()
    assert "ingest" in storyline.__all__ and callable(storyline.ingest)
    code = (
        "import sys, storyline\n"
        "assert 'storyline.pipeline' not in sys.modules and 'storyline.store' not in sys.modules\n"
        "from storyline import Store, brief_story\n"
        "assert 'storyline.pipeline' in sys.modules\n"
        "assert not {'spacy', 'numpy', 'torch'} & set(sys.modules), sorted({'spacy', 'numpy', 'torch'} & set(sys.modules))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parent.parent)
    with pytest.raises(AttributeError):
        storyline.no_such_function  # noqa: B018


def test_every_error_the_store_raises_is_a_storyline_error(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store, pytest.raises(NotFoundError) as got:
        store.get_article("a-missing-one")
    assert isinstance(got.value, StorylineError)


def test_a_missing_language_model_is_a_model_error_that_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """As the pipeline's docstring says: no brief is made silently without its language model."""
    from storyline import ModelError, nlp

    for name in nlp.SPACY_PACKAGES:
        monkeypatch.setitem(sys.modules, name, None)
    nlp.load_spacy.cache_clear()
    try:
        with pytest.raises(ModelError, match="setup.sh"):
            nlp.load_spacy()
    finally:
        nlp.load_spacy.cache_clear()
