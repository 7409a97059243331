"""Odd inputs found by a robustness sweep: each is read, or reported with its reason; none stops the run."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

from test_ingest_support import SENTENCES, article_text, feed, page, warc

from storyline.ingest import ingest
from storyline.ingest.detect import sniff
from storyline.ingest.drafts import read_published
from storyline.ingest.feed import html_fragment_text
from storyline.settings import IngestOptions

OPTIONS = IngestOptions(workers=1, fetch_pages=False)


def _stored(store) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    rows = store.conn.execute("SELECT source, title, outlet, author, published, url, language, original FROM articles")
    names = ("source", "title", "outlet", "author", "published", "url", "language", "original")
    return [dict(zip(names, r, strict=True)) for r in rows]


def test_names_and_texts_that_are_not_valid_unicode_are_stored(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (b"a.txt", b"caf\xe9.txt"):  # a latin-1 file name, not UTF-8
        (Path(os.fsdecode(folder)) / os.fsdecode(name)).write_text(article_text(name.decode("latin-1")))
    half_emoji = json.dumps({"title": "Fans", "text": "Fans cheered \ud83d. " + SENTENCES[0]})
    (folder / "r.jsonl").write_text(half_emoji + "\n")
    report = ingest(store, [str(folder)], options=OPTIONS)
    assert report.counts["added"] == 3 and not report.skipped, report.to_json()
    rows = _stored(store)
    assert any("caf\ufffd.txt" in str(r["source"]) for r in rows)
    assert any("cheered \ufffd." in str(r["original"]) for r in rows)


def test_a_record_json_cannot_read_loses_only_itself(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = [json.dumps({"title": f"T{i}", "text": article_text(f"r{i}")}) for i in range(2)]
    huge = '{"title": "Huge", "count": ' + "9" * 5000 + ', "text": "x y z"}'
    src = tmp_path / "r.jsonl"
    src.write_text("\n".join([good[0], huge, good[1]]) + "\n")
    report = ingest(store, [str(src)], options=OPTIONS)
    assert report.counts["added"] == 2
    assert [s.input for s in report.skipped] == [f"{src}:2"] and "unreadable JSON" in report.skipped[0].reason


def test_byte_order_marks_utf16_and_wrapped_article_lists(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    recs = [{"title": f"T{i}", "text": article_text(f"b{i}")} for i in range(3)]
    (tmp_path / "bom.json").write_bytes(b"\xef\xbb\xbf" + json.dumps(recs[:1]).encode())
    (tmp_path / "u16.html").write_bytes(page("Sixteen bits", "u16").decode().encode("utf-16"))
    wrapped = {"status": "ok", "totalResults": 2, "articles": recs[1:]}
    (tmp_path / "api.json").write_text(json.dumps(wrapped))
    report = ingest(store, [str(tmp_path / n) for n in ("bom.json", "u16.html", "api.json")], options=OPTIONS)
    assert report.counts["added"] == 4 and not report.skipped, report.to_json()
    assert "Sixteen bits" in {r["title"] for r in _stored(store)}


def test_record_fields_of_other_types_are_read_as_text(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rec = {
        "title": ["Ferry aground", "14 hurt"],
        "author": [{"name": "Anna Berg"}, {"name": "Jon Ek"}],
        "outlet": {"name": "Kessling Daily"},
        "language": ["en"],
        "published": 1709661600,
        "text": article_text("types"),
    }
    bad_date = {"title": "Odd date", "published": "2024-02-30", "text": article_text("date")}
    (tmp_path / "r.jsonl").write_text(json.dumps(rec) + "\n" + json.dumps(bad_date) + "\n")
    report = ingest(store, [str(tmp_path / "r.jsonl")], options=OPTIONS)
    assert report.counts["added"] == 2
    rows = {r["title"]: r for r in _stored(store)}
    first = rows["Ferry aground, 14 hurt"]
    assert (first["author"], first["outlet"], first["language"]) == ("Anna Berg, Jon Ek", "Kessling Daily", "en")
    assert first["published"] == "2024-03-05T18:00:00Z"
    assert rows["Odd date"]["published"] is None  # not a day: no date, and the value is kept with why
    extra = store.conn.execute("SELECT extra FROM articles WHERE title = 'Odd date'").fetchone()[0]
    assert "2024-02-30" in extra and "not a calendar date" in extra


def test_publication_dates_are_read_or_refused() -> None:
    assert read_published("2024-03-05T10:00:00Z") == ("2024-03-05T10:00:00Z", None)
    assert read_published("Tue, 05 Mar 2024 10:00:00 GMT")[0] == "2024-03-05"
    assert read_published("12. März 2025")[0] == "2025-03-12"  # another language's month: day first
    assert read_published("1709661600000")[0] == "2024-03-05T18:00:00Z"
    for bad in ("yesterday", "32 Mar 2024 10:00 GMT", "not a date", "nan", "2024-13-45"):
        value, why = read_published(bad)
        assert value is None and why, bad


def test_feeds_keep_text_outside_blocks_resolve_links_and_plain_titles(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lead, quote, tail = SENTENCES[0], SENTENCES[5], SENTENCES[2]
    fragment = f"{lead}<br><br>{quote}<p>Investigators arrived.</p>{tail}<script>var x = 1;</script>"
    assert html_fragment_text(fragment) == f"{lead}\n\n{quote}\n\nInvestigators arrived.\n\n{tail}"
    entries = [{"title": "&lt;b&gt;Breaking:&lt;/b&gt; Ferry &amp;amp; tug", "link": "/news/1", "content": fragment}]
    (tmp_path / "a.xml").write_bytes(feed(entries, title="Ledger"))
    (tmp_path / "b.xml").write_bytes(
        feed(entries, title="Voice").replace(b"https://ledger.example/", b"https://voice.example/")
    )
    report = ingest(store, [str(tmp_path / "a.xml"), str(tmp_path / "b.xml")], options=OPTIONS)
    assert report.counts["added"] == 2, report.to_json()
    rows = _stored(store)
    assert {r["url"] for r in rows} == {"https://ledger.example/news/1", "https://voice.example/news/1"}
    assert {r["title"] for r in rows} == {"Breaking: Ferry & tug"}
    assert all(quote in str(r["original"]) and tail in str(r["original"]) for r in rows)


def test_a_long_comment_before_the_feed_or_page_does_not_hide_it() -> None:
    licence = b"<!-- " + b"licence text " * 500 + b"-->\n"
    rss = feed([{"title": "T", "link": "https://l.example/1", "content": "x"}])
    declaration, rest = rss.split(b"?>", 1)
    assert sniff(declaration + b"?>" + licence + rest, "feed.txt") == "feed"
    assert sniff(licence + page("P"), "page") == "html"


def test_crawl_records_that_are_no_article_are_told(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Each response record that is no article page is an input skipped with its own reason (its URL, the HTTP error
    or the content type), as any unusable input is; the archive's pages are read, and the exit code is the one for
    "some inputs skipped" (3). A page's resources (an image) are left out without a word; a redirect is only noted
    (its target is a record of its own), so a crawl with redirects and good pages alone exits 0."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for url, status, ctype, body in (
        ("https://w.example/a.pdf", "200 OK", "application/pdf", b"%PDF-1.4 ..."),
        ("https://w.example/gone", "404 Not Found", "text/html", b"<html><body>gone</body></html>"),
        ("https://w.example/logo.png", "200 OK", "image/png", b"\x89PNG...."),
        ("https://w.example/old", "301 Moved Permanently", "text/html", b"<html><body>moved</body></html>"),
    ):
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    (tmp_path / "odd.warc").write_bytes(buf.getvalue())
    pages = warc([(f"https://w.example/{i}", page(f"P{i}", f"w{i}")) for i in range(3)], gz=False)
    (tmp_path / "cut.warc").write_bytes(pages[: len(pages) - 200])
    report = ingest(store, [str(tmp_path / "odd.warc"), str(tmp_path / "cut.warc")], options=OPTIONS)
    reasons = {s.input: s.reason for s in report.skipped}
    odd = str(tmp_path / "odd.warc")
    assert (
        reasons[f"{odd}#https://w.example/gone"]
        == "the crawl got no page here but an error (HTTP 404 Not Found): no article"
    )
    assert reasons[f"{odd}#https://w.example/a.pdf"] == "not an HTML page (application/pdf): no article"
    assert odd not in reasons and not any("png" in name or "/old" in name for name in reasons)
    assert [n["input"] for n in report.notes] == [odd] and "HTTP 301: 1" in report.notes[0]["note"]
    assert report.counts["added"] == 2
    assert any("cut short" in why for name, why in reasons.items() if "cut.warc" in name)
    assert report.exit_code == 3
    pages_and_redirect = io.BytesIO()
    writer = WARCWriter(pages_and_redirect, gzip=False)
    for url, status, body in (
        ("https://r.example/1", "200 OK", page("Quay reopened", "r1")),
        ("https://r.example/x", "302 Found", b""),
    ):
        headers = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    (tmp_path / "moved.warc").write_bytes(pages_and_redirect.getvalue())
    again = ingest(store, [str(tmp_path / "moved.warc")], options=OPTIONS)
    assert again.counts["added"] == 1 and not again.skipped and again.exit_code == 0


def test_a_copyright_year_is_no_publication_date(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    html = page("Undated", "undated").replace(b"<footer>Contact us</footer>", b"<footer>(c) 2019 Ledger</footer>")
    (tmp_path / "p.html").write_bytes(html)
    epoch = page("Epoch", "epoch").replace(
        b"</head>",
        b'<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": 1709661600}</script></head>',
    )
    (tmp_path / "e.html").write_bytes(epoch)
    ingest(store, [str(tmp_path / "p.html"), str(tmp_path / "e.html")], options=OPTIONS)
    dates = {r["title"]: r["published"] for r in _stored(store)}
    assert dates == {"Undated": None, "Epoch": "2024-03-05T18:00:00Z"}


def test_a_pages_declared_charset_is_used_when_it_is_not_utf8() -> None:
    from storyline.ingest.detect import decode_page

    text = "Паром сел на мель у мыса Кесслинг во вторник вечером."
    page_1251 = f'<html><head><meta charset="windows-1251"></head><body><p>{text}</p></body></html>'.encode("cp1251")
    assert text in (decode_page(page_1251) or "")
    koi8 = f"<html><body><p>{text}</p></body></html>".encode("koi8-r")
    assert text in (decode_page(koi8, "text/html; charset=koi8-r") or "")
    # a page that says windows-1252 but holds UTF-8 is read as UTF-8
    utf8 = '<html><head><meta charset="windows-1252"></head><body><p>Größere Schäden</p></body></html>'.encode()
    assert "Größere Schäden" in (decode_page(utf8) or "")


def test_what_a_folder_holds_that_cannot_be_read_is_told(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(article_text("walk"))
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "loop").symlink_to(folder)
    report = ingest(store, [str(folder), str(folder / "pipe.txt")], options=OPTIONS)
    reasons = {Path(s.input).name: s.reason for s in report.skipped}
    assert report.counts["added"] == 1
    assert "broken link" in reasons["gone.txt"] and "not a regular file" in reasons["pipe.txt"]
    assert "not followed" in reasons["loop"]


def test_the_extract_command_reads_a_page_as_ingest_does(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    html = f"<html><head><title>Größere Schäden nach Fährunglück</title></head><body><article><h1>Größere Schäden nach Fährunglück</h1>{body}</article></body></html>"
    (tmp_path / "p.html").write_bytes(html.encode("latin-1"))
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "p.html")])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"] == "Größere Schäden nach Fährunglück"


def test_a_one_sentence_record_is_kept_and_an_empty_text_is_said_so(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A record whose text is one sentence of news has no page around it: it is the article, though it holds a phrase
    page chrome also uses ("read the full report"); a record whose text is empty is skipped as empty."""
    flash = "Investors will read the full report before Friday's vote, Vell Pumps said."
    recs = [
        {"title": "Vell Pumps vote", "text": flash},
        {"title": "Empty", "text": ""},
        {"title": "Blank", "text": "  \n "},
        {"title": "None at all"},
    ]
    src = tmp_path / "r.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    report = ingest(store, [str(src)], options=OPTIONS)
    assert report.counts["added"] == 1 and next(iter(store.iter_articles())).text == flash
    reasons = [s.reason for s in report.skipped]
    assert reasons[:2] == ["the record's `text` is empty; nothing to analyse"] * 2
    assert reasons[2] == "the record has no `text` or `html`; nothing to analyse"


def test_a_record_that_only_tells_the_reader_to_watch_is_no_article(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "promo.jsonl"
    src.write_text(json.dumps({"title": "Vell Pumps", "text": "Watch the full interview with Vell's chief (video)."}))
    report = ingest(store, [str(src)], options=OPTIONS)
    assert report.counts["added"] == 0
    assert [s.reason for s in report.skipped] == ["nothing left after removing page junk"]


def test_a_date_not_read_or_in_the_future_is_a_note_of_the_ingest(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    records = [
        {"id": "r1", "published": "last Tuesday", "text": article_text("Quay")},
        {"id": "r2", "published": "2025-04-31", "text": article_text("Ferry")},
        {"id": "r3", "published": "2999-06-01", "text": article_text("Lantern")},
        {"id": "r4", "published": "2024-06-01", "text": article_text("Market")},
    ]
    path = tmp_path / "dated.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    report = ingest(store, [str(path)])
    assert report.counts["added"] == 4 and report.exit_code == 0  # a warning, not a partial run
    notes = {n["input"].rsplit(":", 1)[-1]: n for n in report.to_json()["notes"]}
    assert sorted(notes) == ["1", "2", "3"] and {n["kind"] for n in notes.values()} == {"date"}
    assert "last Tuesday" in notes["1"]["note"] and "2025-04-31" in notes["2"]["note"]
    assert "2999-06-01" in notes["3"]["note"] and "future" in notes["3"]["note"]


def test_a_unix_time_at_midnight_is_stored_as_the_day_it_is() -> None:
    # a CMS that exports a date field as a number gives midnight UTC: the day, as an ISO date is stored
    assert read_published("1767225600") == ("2026-01-01", None)
    assert read_published("1767225600000") == ("2026-01-01", None)
    # a number with a time of day keeps it, in UTC, as an ISO timestamp with its time does
    assert read_published("1767225601") == ("2026-01-01T00:00:01Z", None)
