"""Bad input never crashes a run: each kind is skipped with its reason and the run goes on."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import httpx
import pytest
from test_ingest_support import article_text, page, warc
from typer.testing import CliRunner

from storyline.ingest import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, ingest
from storyline.settings import IngestOptions

BOMB_XML = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    b'<rss version="2.0"><channel><title>&b;</title><item><title>&b;</title></item></channel></rss>'
)


def _bad_inputs(folder: Path) -> dict[str, tuple[bytes, str]]:
    """name -> (bytes, a word the skip reason must contain)."""
    good_warc = warc([("https://w.example/1", page("A", "w1")), ("https://w.example/2", page("B", "w2"))], gz=False)
    cut = good_warc.find(b"WARC/1.", 10)
    broken_warc = (
        good_warc[:cut] + b"WARC/1.0\r\nContent-Length: 5\r\n\r\nnot a record at all\r\n\r\n" + good_warc[cut:]
    )
    text_gz = gzip.compress(article_text("gz").encode())
    return {
        "binary.dat": (bytes(range(256)) * 8, "binary"),
        "latin.txt": (b"\x81\x8d\x8f\x90\x9d odd bytes " * 20, "not text"),
        "empty.txt": (b"  \n\n ", "empty"),
        "big.txt": (b"word " * 30_000, "limit"),
        "records.jsonl": (
            json.dumps({"title": "Good", "text": article_text("json")}).encode() + b"\n{not json\n",
            "malformed JSON",
        ),
        "broken.rss": (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken', "feed"),
        "bomb.xml": (BOMB_XML, "entit"),
        "bomb.gz": (gzip.compress(b"\0" * 5_000_000), "bomb"),
        "cut.txt.gz": (text_gz[: len(text_gz) // 2], "gzip"),
        "crawl.warc": (broken_warc, "malformed WARC record"),
    }


def test_each_bad_input_skipped_with_reason_run_goes_on(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    cases = _bad_inputs(folder)
    for name, (data, _) in cases.items():
        (folder / name).write_bytes(data)
    (folder / "good.txt").write_text("Pier closes\n\n" + article_text("good"), encoding="utf-8")
    report = ingest(store, [str(folder)], options=IngestOptions(max_bytes=100_000))
    # good.txt, the good JSONL line and the two good WARC records
    assert report.counts["added"] == 4, report.to_json()
    for name, (_, word) in cases.items():
        if name == "records.jsonl":
            continue
        reasons = [s.reason for s in report.skipped if Path(s.input.split("#")[0]).name == name]
        assert reasons and any(word.lower() in r.lower() for r in reasons), (name, reasons)
    jsonl = [s for s in report.skipped if s.input.endswith("records.jsonl:2")]
    assert jsonl and "malformed JSON" in jsonl[0].reason
    assert report.exit_code == EXIT_PARTIAL
    logged = store.conn.execute("SELECT count(*) FROM skipped_inputs").fetchone()[0]
    assert logged == len(report.skipped)


def test_urls_unreachable_and_slow_in_a_run(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "down.example":
            raise httpx.ConnectError("connection refused", request=request)
        raise httpx.ReadTimeout("read timed out", request=request)

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        report = ingest(
            store,
            ["https://down.example/a", "https://slow.example/b"],
            options=IngestOptions(allow_private=True, fetch_timeout=0.2),
            client=client,
        )
    reasons = [s.reason for s in report.skipped]
    assert len(reasons) == 2 and "ConnectError" in reasons[0] and "timed out" in reasons[1]
    assert report.exit_code == EXIT_FAILED


@pytest.mark.parametrize(
    ("files", "code"),
    [
        ({"a.txt": "Pier closes\n\n" + article_text("a")}, EXIT_OK),
        ({"a.txt": "Pier closes\n\n" + article_text("b"), "e.txt": ""}, EXIT_PARTIAL),
        ({"e.txt": "", "f.txt": " "}, EXIT_FAILED),
    ],
)
def test_cli_exit_codes(tmp_path: Path, files: dict[str, str], code: int) -> None:
    from storyline.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "s.db"), "--json"])
    assert result.exit_code == code, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["exit_code"] == code and len(data["skipped"]) == sum(1 for t in files.values() if not t.strip())


def test_jsonl_larger_than_the_limit_streams_and_caps_each_line(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "many.jsonl"
    lines = [
        json.dumps({"url": f"https://x.example/{i}", "text": f"Story {i}\n\n" + article_text(f"s{i}")})
        for i in range(12)
    ]
    lines.insert(5, json.dumps({"text": "long " * 20_000}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 50_000
    report = ingest(store, [str(path)], options=IngestOptions(max_bytes=50_000))
    assert report.counts["added"] == 12
    assert len(report.skipped) == 1 and report.skipped[0].input.endswith(":6") and "limit" in report.skipped[0].reason


def test_empty_directory_and_hidden_files(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty"
    empty.mkdir()
    report = ingest(store, [str(empty)])
    assert report.exit_code == EXIT_FAILED and "no files" in report.skipped[0].reason
    (tmp_path / "d" / ".git").mkdir(parents=True)
    (tmp_path / "d" / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (tmp_path / "d" / "a.txt").write_text("Pier closes\n\n" + article_text("hidden"), encoding="utf-8")
    report = ingest(store, [str(tmp_path / "d")])
    assert report.exit_code == EXIT_OK and report.counts["added"] == 1


def test_ingesting_the_folder_that_holds_the_store_leaves_the_store_out(tmp_path: Path) -> None:
    from storyline.store.sqlite import Store

    (tmp_path / "pier.txt").write_text(article_text("Quillport pier"))
    with Store(tmp_path / "desk.db") as store:
        first = ingest(store, [str(tmp_path / "pier.txt")])
        assert first.counts["added"] == 1
        again = ingest(store, [str(tmp_path)])  # the store's database and, while open, its -wal and -shm are here
        assert again.counts["unchanged"] == 1 and not again.skipped and again.exit_code == EXIT_OK
        named = ingest(store, [str(tmp_path / "desk.db"), str(tmp_path / "*.db")])
        assert [s.reason for s in named.skipped] == [
            "the store's own file, not an input",
            "the pattern matches no file",
        ]


def test_the_size_limit_names_its_option_and_is_positive(tmp_path: Path) -> None:
    from storyline.cli import app

    big = tmp_path / "long.txt"
    big.write_text("Quillport tide report\n\n" + "The harbour board said the tide was high again. " * 30000)
    runner = CliRunner()
    db = str(tmp_path / "t.db")
    got = runner.invoke(app, ["ingest", str(big), "--db", db, "--max-mb", "0.5", "--json"])
    reason = json.loads(got.stdout)["skipped"][0]["reason"]
    assert "(--max-mb)" in reason and "--max-bytes" not in reason
    for bad in ("-1", "0"):
        refused = runner.invoke(app, ["ingest", str(big), "--db", db, "--max-mb", bad])
        assert refused.exit_code == 2 and "--max-mb" in refused.output, refused.output


@pytest.mark.parametrize("ending", ["\n", "\r\n", ""])
def test_a_jsonl_line_cut_off_mid_string_is_named_as_cut_off(store, tmp_path: Path, ending: str) -> None:  # type: ignore[no-untyped-def]
    """A line cut off inside a text value is said to be cut off (an unterminated string), with its line number, not
    blamed on the line's own end ("Invalid control character"); a record cut off between fields too. A real control
    character inside a value is still named as such."""
    good = json.dumps({"id": "q1", "title": "Ferry resumes", "text": article_text("ferry")})
    lines = [
        good,
        '{"id": "q2", "title": "Pell weather", "text": "Sleet is expected over Pell on Friday',
        '{"id": "q3", "title": "Pell tides"',
        '{"id": "q4", "text": "a\tb"}',
    ]
    path = tmp_path / "cut.jsonl"
    path.write_bytes(("\n".join(lines) + ending).replace("\n", ending or "\n").encode())
    report = ingest(store, [str(path)], options=IngestOptions(max_bytes=100_000))
    assert report.counts["added"] == 1
    reasons = {Path(s.input).name: s.reason for s in report.skipped}
    assert "unterminated string" in reasons["cut.jsonl:2"] and "cut off" in reasons["cut.jsonl:2"]
    assert "control character" not in reasons["cut.jsonl:2"]
    assert "cut off" in reasons["cut.jsonl:3"] and "delimiter" not in reasons["cut.jsonl:3"]
    assert "Invalid control character" in reasons["cut.jsonl:4"] and "cut off" not in reasons["cut.jsonl:4"]
