"""Articles built in worker processes come out exactly as inline, in input order, bad pages reported."""

from __future__ import annotations

from pathlib import Path

from test_ingest_support import page

from storyline.ingest import ingest
from storyline.ingest.parallel import build_ordered
from storyline.settings import IngestOptions
from storyline.store.sqlite import Store


def _pages(folder: Path, n: int) -> list[str]:
    folder.mkdir()
    names = []
    for i in range(n):
        path = folder / f"p{i:02d}.html"
        if i % 7 == 3:
            path.write_bytes(b"<html><body><nav>menu</nav></body></html>")  # no main text
        else:
            path.write_bytes(page(f"Pier story number {i}", topic=f"topic {i} harbour"))
        names.append(str(path))
    return names


def _rows(db: Path) -> list[tuple]:
    with Store(db) as store:
        return [tuple(r) for r in store.conn.execute("SELECT id, title, text, url FROM articles ORDER BY rowid")]


def test_workers_give_the_same_store_as_inline(tmp_path: Path) -> None:
    names = _pages(tmp_path / "pages", 24)
    reports = {}
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        with Store(db) as store:
            reports[workers] = ingest(store, names, options=IngestOptions(workers=workers))
    one, two = reports[1], reports[2]
    assert one.counts == two.counts and one.counts["added"] == 24 - 3
    assert one.article_ids == two.article_ids  # same articles, same order
    assert [(s.input, s.reason) for s in one.skipped] == [(s.input, s.reason) for s in two.skipped]
    assert len(two.skipped) == 3 and all(s.input.endswith(("p03.html", "p10.html", "p17.html")) for s in two.skipped)
    assert _rows(tmp_path / "w1.db") == _rows(tmp_path / "w2.db")


def _double(n: int) -> int:
    return 2 * n


def test_build_ordered_keeps_order_with_a_small_window() -> None:
    items = list(range(50))
    got = list(
        build_ordered(items, lambda i: None if i % 5 == 0 else i, _double, workers=2, window=4, min_parallel=2)  # type: ignore[arg-type]
    )
    assert [i for i, _ in got] == items
    assert all(r == (None if i % 5 == 0 else 2 * i) for i, r in got)
