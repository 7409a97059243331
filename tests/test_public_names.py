"""The library's public surface: every call docs/library.md documents is importable from ``storyline`` itself
(``ingest`` too, though ``storyline.ingest`` is a subpackage), store errors have public names a service can catch,
and every report has ``to_json()``. Invented articles."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import storyline
from storyline import Store

DOCS = Path(__file__).resolve().parent.parent / "docs" / "library.md"
LARK = (
    "Lark bridge reopens in Vennmor\n\n"
    "The Lark footbridge in Vennmor reopened on Tuesday after nine weeks of repairs, the town council said.\n\n"
    '"It is stronger than it has ever been," said Ossa Quill, the council engineer.'
)


def test_every_call_the_library_docs_name_is_importable_from_storyline() -> None:
    text = DOCS.read_text(encoding="utf-8")
    calls = set(re.findall(r"^\| `([a-z_]+)\(", text, flags=re.M))
    assert {"ingest", "ingest_records", "brief_story", "update_stories", "list_entities"} <= calls, calls
    missing = sorted(name for name in calls if name not in storyline.__all__ or not callable(getattr(storyline, name)))
    assert not missing, f"documented but not exported from storyline: {missing}"


def test_ingest_from_the_top_level_is_the_ingest_call_whatever_was_imported_before(tmp_path: Path) -> None:
    """``storyline.ingest`` is a subpackage: importing one of its modules first must not leave ``from storyline
    import ingest`` a module that cannot be called (the reason it was not exported before)."""
    (tmp_path / "lark.txt").write_text(LARK, encoding="utf-8")
    code = (
        "import storyline.ingest.sources\n"
        "from storyline import Store, ingest\n"
        "import storyline, sys\n"
        f"with Store({str(tmp_path / 's.db')!r}) as s:\n"
        f"    a = ingest(s, [{str(tmp_path / 'lark.txt')!r}]).counts['added']\n"
        f"    b = storyline.ingest(s, {str(tmp_path / 'lark.txt')!r}).counts['unchanged']\n"
        "print(a, b, 'numpy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1", "1", "False"]
    from storyline.ingest import IngestReport, ingest

    assert storyline.ingest.IngestReport is IngestReport and callable(ingest)


def test_store_errors_have_public_names_and_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("shopping list, not a database\n" * 30, encoding="utf-8")
    with pytest.raises(storyline.NotAStoreError) as bad:
        Store(junk)
    assert type(bad.value).__name__ == "NotAStoreError" and bad.value.code == "not_a_store"
    assert isinstance(bad.value, storyline.StoreError) and isinstance(bad.value, sqlite3.DatabaseError)

    store = Store(tmp_path / "s.db")
    store.close()
    with pytest.raises(storyline.StoreClosedError) as closed:
        store.count_articles()
    assert closed.value.code == "store_closed"

    from storyline.store import sqlite as sqlite_store

    monkeypatch.setattr(sqlite_store, "BUSY_TIMEOUT_S", 0.3)
    holder = sqlite3.connect(tmp_path / "s.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with Store(tmp_path / "s.db") as store, pytest.raises(storyline.StoreLockedError) as locked:
            storyline.ingest_records(store, [LARK])
    finally:
        holder.rollback()
        holder.close()
    assert locked.value.code == "store_locked" and isinstance(locked.value, sqlite3.OperationalError)

    with Store(tmp_path / "s.db", readonly=True) as ro, pytest.raises(storyline.StoreReadOnlyError):
        storyline.ingest_records(ro, [LARK])

    with sqlite3.connect(tmp_path / "s.db") as conn:
        conn.execute("INSERT INTO schema_migrations(name) VALUES ('9998_later.sql')")
    conn.close()
    with pytest.raises(storyline.NewerStoreError) as newer:
        Store(tmp_path / "s.db")
    assert newer.value.code == "store_too_new"
    codes = [getattr(storyline, n).code for n in storyline.__all__ if n.endswith("Error")]
    assert len(codes) == len(set(codes)), f"two error classes share a code: {sorted(codes)}"


def test_every_report_has_to_json(tmp_path: Path) -> None:
    from storyline import ClusterReport, ExtractReport, IngestReport, RunReport

    for cls in (ClusterReport, ExtractReport, IngestReport, RunReport):
        assert callable(getattr(cls, "to_json", None)), cls.__name__
    with Store(tmp_path / "s.db") as store:
        storyline.ingest_records(store, [LARK])
        report = storyline.update_stories(store)
        assert isinstance(report, ClusterReport)
        data = report.to_json()
        assert json.loads(json.dumps(data))["new_stories"] == 1
