"""CSV/TSV tables of records are read as records; PDF and other documents are refused with a reason."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from test_ingest_support import article_text

from storyline.ingest import ingest
from storyline.ingest.detect import sniff
from storyline.settings import IngestOptions

OPTIONS = IngestOptions(workers=1)


def _table(rows: list[dict[str, str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _stored(store) -> list[dict]:  # type: ignore[no-untyped-def]
    return [dict(r) for r in store.conn.execute("SELECT * FROM articles ORDER BY rowid")]


def test_a_csv_table_is_read_as_records_with_the_fields_of_a_jsonl_line(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [
        {
            "ID": "k1",
            "Title": "Kelby dam opens",
            "outlet": "Marrow Gazette",
            "date": "2026-04-02",
            "text": article_text("kelby"),
            "topic": "water",
        },
        {"ID": "k2", "Title": "Orsk ferry strike", "outlet": "", "date": "", "text": article_text("orsk"), "topic": ""},
    ]
    src = tmp_path / "corpus.csv"
    src.write_text(_table(rows))
    assert sniff(src.read_bytes(), src.name) == "csv"
    report = ingest(store, [str(src)], options=OPTIONS)
    assert report.counts["added"] == 2 and not report.skipped, report.to_json()
    got = _stored(store)
    lines = src.read_text().split("\n")
    second_line = next(n for n, line in enumerate(lines, 1) if line.startswith("k2,"))
    assert [g["source"] for g in got] == [f"{src}:2", f"{src}:{second_line}"]  # the line each row starts on
    first, second = got
    assert first["title"] == "Kelby dam opens" and first["outlet"] == "Marrow Gazette"
    assert first["published"] == "2026-04-02"
    assert json.loads(first["extra"]) == {"topic": "water", "record_id": "k1"}
    assert second["outlet"] is None and second["published"] is None  # an empty cell is no value
    assert "id,title" not in (first["title"] or "").lower()


def test_a_tsv_table_with_a_quoted_multiline_text_and_a_bad_row(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    body = article_text("tabs").replace("\n\n", "\n")
    text = _table([{"title": "Tabbed", "body": body}, {"title": "Second", "body": article_text("two")}], "\t")
    text += "Broken\trow\twith too many cells\n"
    src = tmp_path / "t.tsv"
    src.write_text(text)
    report = ingest(store, [str(src)], options=OPTIONS)
    assert report.counts["added"] == 2, report.to_json()
    assert len(report.skipped) == 1 and "3 cells and the header 2" in report.skipped[0].reason
    assert report.skipped[0].input == f"{src}:{text.count(chr(10))}"  # the bad row's own line


def test_prose_with_commas_is_still_a_text_article() -> None:
    prose = b"Wells, ponds, and rivers ran dry in Kelby, officials said.\n\nThe text of the order was read aloud.\n"
    assert sniff(prose, "note.txt") == "text"
    assert sniff(b"title,text\n", "x.txt") == "csv"


def test_a_pdf_is_refused_with_a_reason_never_stored(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "memo.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nBT /F1 12 Tf (Kelby dam opens) Tj ET\n%%EOF\n")
    report = ingest(store, [str(pdf)], options=OPTIONS)
    assert report.counts["added"] == 0 and not _stored(store)
    assert len(report.skipped) == 1 and "PDF" in report.skipped[0].reason and "pdftotext" in report.skipped[0].reason


def test_an_abbreviation_in_the_first_line_is_no_outlet(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from storyline.extract.attribution import credited_wire

    lead = "Orsk Coastal Rescue Service (OCRS) Vanta, the patrol cutter of the Orsk coast, towed a ferry on Sunday."
    src = tmp_path / "r.jsonl"
    records = [
        {"title": "Cutter tows ferry", "text": lead + "\n\n" + article_text("ocrs")},
        {"title": "Dam opens", "text": "MARROW (Kelby Wire) - " + article_text("wire")},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    report = ingest(store, [str(src)], options=OPTIONS)
    assert report.counts["added"] == 2, report.to_json()
    assert [g["outlet"] for g in _stored(store)] == [None, "Kelby Wire"]  # the dateline's credit is still read
    assert credited_wire("Kelby Farmers Union (KFU) - Farmers marched on Monday.") is None
    assert credited_wire("TARNVILLE (KFU) - Farmers marched on Monday.") == "KFU"


def test_hidden_files_left_out_of_a_folder_are_said_without_failing_the_run(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    (folder / ".cache").mkdir(parents=True)
    (folder / "a.txt").write_text(article_text("seen"))
    (folder / ".draft.txt").write_text(article_text("hidden"))
    (folder / ".cache" / "b.txt").write_text(article_text("cached"))
    report = ingest(store, [str(folder)], options=OPTIONS)
    assert report.counts["added"] == 1 and not report.skipped and report.exit_code == 0, report.to_json()
    [note] = [n for n in report.notes if n["kind"] == "left out"]
    assert note["input"] == str(folder) and ".draft.txt" in note["note"] and "1 hidden file" in note["note"]
    named = ingest(store, [str(folder / ".draft.txt")], options=OPTIONS)  # named, it is read
    assert named.counts["added"] == 1
