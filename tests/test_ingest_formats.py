"""Feeds and WARC archives: each entry / HTML response record becomes an article."""

from __future__ import annotations

from pathlib import Path

import httpx
from test_ingest_support import article_text, feed, page, warc

from storyline.ingest import ingest
from storyline.ingest.detect import sniff
from storyline.ingest.drafts import Draft, RawInput
from storyline.ingest.pipeline import build_article, read_raw
from storyline.models import Skipped
from storyline.settings import IngestOptions

PUBLIC = [(2, 1, 6, "", ("93.184.216.34", 80))]


def _public_resolver(*_a: object, **_k: object) -> list:
    return PUBLIC


def _read(data: bytes, name: str = "input", **opts: object) -> list[Draft | Skipped]:
    return list(read_raw(RawInput(name, data), options=IngestOptions(**opts)))  # type: ignore[arg-type]


def test_feed_entries_with_content_become_drafts() -> None:
    long_html = "".join(f"<p>{p}</p>" for p in article_text().split("\n\n"))
    data = feed(
        [
            {
                "title": "Ferry pier closed",
                "link": "https://ledger.example/pier",
                "date": "Tue, 03 Mar 2026 10:00:00 GMT",
                "author": "Ada Finch",
                "content": long_html,
            },
            {"title": "Council budget", "link": "https://ledger.example/budget", "summary": long_html},
        ]
    )
    assert sniff(data, "x") == "feed"
    got = _read(data, "ledger.rss", fetch_pages=False)
    assert [type(g) for g in got] == [Draft, Draft]
    first = got[0]
    assert isinstance(first, Draft)
    assert first.title == "Ferry pier closed" and first.url == "https://ledger.example/pier"
    assert first.published == "2026-03-03" and first.author == "Ada Finch" and first.outlet == "Westbrook Ledger"
    assert "Inspectors found deep cracks" in first.original and "<p>" not in first.original
    assert first.original.count("\n\n") == 5  # one paragraph per <p>
    art = build_article(first)
    assert not isinstance(art, Skipped) and art.title == "Ferry pier closed"


def test_feed_short_summary_fetches_the_page() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return httpx.Response(200, content=page("Ferry pier closed"), headers={"content-type": "text/html"})

    from storyline.ingest.fetch import Fetcher

    data = feed([{"title": "Ferry pier closed", "link": "https://ledger.example/pier", "summary": "Short teaser."}])
    options = IngestOptions()
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        fetcher = Fetcher(options=options, client=client, resolve=_public_resolver)
        got = list(read_raw(RawInput("f.rss", data), options=options, fetcher=fetcher))
    assert calls == ["https://ledger.example/pier"]
    assert len(got) == 1 and isinstance(got[0], Draft)
    assert "Lumen Lines" in got[0].original and got[0].url == "https://ledger.example/pier"
    assert got[0].outlet == "Westbrook Ledger" and got[0].fmt == "feed"


def test_feed_short_summary_without_fetching_uses_the_summary() -> None:
    data = feed([{"title": "T", "link": "https://ledger.example/t", "summary": "Short teaser about the pier."}])
    got = _read(data, fetch_pages=False)
    assert isinstance(got[0], Draft) and got[0].original == "Short teaser about the pier."


def test_entity_bomb_and_external_entity_are_refused() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><rss version="2.0"><channel><title>&c;</title>'
        b"<item><title>x</title><description>&c;</description></item></channel></rss>"
    )
    got = _read(bomb)
    assert len(got) == 1 and isinstance(got[0], Skipped) and "entit" in got[0].reason
    external = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0">'
        b"<channel><title>t</title><item><title>&x;</title></item></channel></rss>"
    )
    got = _read(external)
    assert len(got) == 1 and isinstance(got[0], Skipped) and "entit" in got[0].reason


def test_malformed_feed_is_skipped_with_reason() -> None:
    got = _read(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</ti', "broken.rss")
    assert len(got) == 1 and isinstance(got[0], Skipped)
    assert "malformed feed" in got[0].reason or "no entries" in got[0].reason


def test_warc_and_warc_gz_html_records(tmp_path: Path) -> None:
    pages = [(f"https://ledger.example/a{i}", page(f"Pier story {i}", topic=f"t{i}")) for i in range(3)]
    for gz in (False, True):
        data = warc(pages, gz=gz)
        assert sniff(data, "crawl") == "warc"
        got = _read(data, "crawl.warc")
        drafts = [g for g in got if isinstance(g, Draft)]
        assert [d.url for d in drafts] == [u for u, _ in pages], got
        assert all(d.raw_html and not d.original for d in drafts)  # extracted when built, maybe in a worker
        built = [build_article(d) for d in drafts]
        assert all(not isinstance(a, Skipped) and "Lumen Lines" in a.original for a in built), built
        assert [a.url for a in built if not isinstance(a, Skipped)] == [u for u, _ in pages]


def test_malformed_warc_record_skipped_rest_read() -> None:
    pages = [(f"https://ledger.example/a{i}", page(f"Pier story {i}", topic=f"t{i}")) for i in range(3)]
    data = warc(pages, gz=False)
    second = data.find(b"WARC/1.", 10)
    for junk in (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\njunk and more\r\n\r\n",):
        got = _read(data[:second] + junk + data[second:], "bad.warc")
        drafts = [g for g in got if isinstance(g, Draft)]
        skips = [g for g in got if isinstance(g, Skipped)]
        assert [d.url for d in drafts] == [u for u, _ in pages]
        assert len(skips) == 1 and "malformed WARC record" in skips[0].reason, skips


def test_warc_total_size_is_capped() -> None:
    pages = [(f"https://ledger.example/a{i}", page(f"Pier story {i}", topic=f"t{i}")) for i in range(3)]
    got = _read(warc(pages, gz=True), "big.warc.gz", max_warc_bytes=len(pages[0][1]) + 10)
    assert any(isinstance(g, Skipped) and "size cap" in g.reason for g in got)
    assert len([g for g in got if isinstance(g, Draft)]) < 3


def test_feed_and_warc_through_ingest(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    long_html = "".join(f"<p>{p}</p>" for p in article_text("feed").split("\n\n"))
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    (tmp_path / "ledger.xml").write_bytes(
        feed([{"title": "Pier", "link": "https://l.example/p", "content": long_html}])
    )
    (tmp_path / "crawl.warc.gz").write_bytes(warc([("https://w.example/1", page("Pier closed", "warc"))], gz=True))
    report = ingest(store, [str(tmp_path)], options=IngestOptions(fetch_pages=False))
    assert report.counts["added"] == 2 and report.exit_code == 0, report.to_json()
    outlets = sorted(a.outlet or "" for a in store.iter_articles())
    assert outlets == ["Westbrook Ledger", "Westbrook Ledger"]


def test_byline_becomes_author_when_none_given() -> None:
    text = "Pier to close for a year\n\nBy Ada Finch\n\n" + article_text()
    art = build_article(Draft(source="s", original=text, fmt="text"))
    assert not isinstance(art, Skipped)
    assert art.author and "Ada Finch" in art.author
    given = build_article(Draft(source="s", original=text, fmt="text", author="Desk"))
    assert not isinstance(given, Skipped) and given.author == "Desk"


def test_atom_feed_entries() -> None:
    paras = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in article_text("atom").split("\n\n"))
    data = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Karnow Courier</title><entry><title>Tram depot reopens</title>"
        '<link href="https://courier.example/tram"/><updated>2026-02-01T08:00:00Z</updated>'
        f'<author><name>Jo Pell</name></author><content type="html">{paras}</content></entry></feed>'
    ).encode()
    got = _read(data, "courier.atom", fetch_pages=False)
    assert len(got) == 1 and isinstance(got[0], Draft)
    d = got[0]
    assert (d.title, d.url, d.published, d.author, d.outlet) == (
        "Tram depot reopens",
        "https://courier.example/tram",
        "2026-02-01",
        "Jo Pell",
        "Karnow Courier",
    )
    assert "Lumen Lines" in d.original and "<p>" not in d.original


def test_settings_table_has_help() -> None:
    from storyline.settings import settings_table

    rows = {name: help_ for name, _, help_ in settings_table()}
    assert rows["max_bytes"] and rows["allow_private"] and "batch_size" in rows


def test_a_text_opening_with_a_bracket_is_text_not_json() -> None:
    assert sniff(b"[UPDATED] Fire in Rask destroys 50 homes\n\nThe fire began at dawn.", "fire.txt") == "text"
    assert sniff(b'[{"id": "a", "text": "x"}]', "records") == "json"
    assert sniff(b"[1, 2", "broken.json") == "json"  # named JSON: the JSON reader says what is wrong


def test_records_that_name_their_fields_otherwise_are_read_the_same() -> None:
    import json

    rec = {
        "id": "k1",
        "headline": "Ferry runs aground off Lorvik",
        "body": "The ferry ran aground on Tuesday, the harbour office said.",
        "date": "2026-05-13T10:00:00",
        "publisher": {"name": "Lorvik Post"},
        "authors": ["Ana Brekke", "Jon Sæther"],
        "link": "https://lorvikpost.example/ferry",
        "section": "news",
    }
    (d,) = _read(json.dumps(rec).encode(), "rec.json")
    assert isinstance(d, Draft)
    assert (d.title, d.published, d.outlet, d.author, d.url) == (
        "Ferry runs aground off Lorvik",
        "2026-05-13T10:00:00",
        "Lorvik Post",
        "Ana Brekke, Jon Sæther",
        "https://lorvikpost.example/ferry",
    )
    assert d.original.startswith("The ferry ran aground") and d.extra == {"section": "news", "record_id": "k1"}
    # the field's own name wins; an empty one does not count
    both = {**rec, "published": "2026-05-14", "title": " "}
    (d,) = _read(json.dumps(both).encode(), "rec.json")
    assert isinstance(d, Draft) and d.published == "2026-05-14" and d.title == "Ferry runs aground off Lorvik"
    assert d.extra["date"] == "2026-05-13T10:00:00"


def test_a_text_that_names_no_outlet_is_the_wire_its_dateline_credits() -> None:
    body = (
        "Ferry aground\n\nKESSLING (Harbour Wire Service) - The ferry ran aground on Tuesday, the harbour office said."
    )
    art = build_article(Draft(source="wire.txt", original=body, fmt="text"))
    assert not isinstance(art, Skipped) and art.outlet == "Harbour Wire Service"
    given = build_article(Draft(source="wire.txt", original=body, fmt="text", outlet="Kessling Daily"))
    assert not isinstance(given, Skipped) and given.outlet == "Kessling Daily"  # a given outlet is kept
    own = build_article(Draft(source="own.txt", original=body.replace(" (Harbour Wire Service)", ""), fmt="text"))
    assert not isinstance(own, Skipped) and own.outlet is None  # an outlet's own dateline credits no one


def test_a_byline_lines_date_is_the_publication_date_when_none_is_given() -> None:
    text = (
        "Quarry expansion approved\n\n"
        "By Oda Venner, Kettleby Wire | 3 March 2026\n\n"
        "KETTLEBY (Kettleby Wire) - The district board approved the quarry expansion on Tuesday by five votes to two.\n"
    )
    art = build_article(Draft(source="quarry.txt", original=text, fmt="text"))
    assert not isinstance(art, Skipped)
    assert art.published == "2026-03-03" and art.author == "Oda Venner"  # the outlet is no part of the author
    assert art.original == text and "3 March 2026" not in art.text  # the text as ingested is kept whole
    given = build_article(Draft(source="q.json", original=text, fmt="json", published="2026-03-04", author="Desk"))
    assert not isinstance(given, Skipped) and given.published == "2026-03-04" and given.author == "Desk"


def test_a_pages_lead_paragraph_after_a_dated_byline_is_kept() -> None:
    lead = (
        "KETTLEBY (Kettleby Wire) - The district board approved the quarry expansion on Tuesday by five votes to two, "
        "ending a dispute that had run for three years."
    )
    html = (
        "<html><head><title>Quarry approved</title>"
        '<meta property="og:site_name" content="Orrin Gazette"></head><body><article>'
        "<h1>Board approves quarry expansion after three-year dispute</h1>"
        '<p class="byline">By Oda Venner, Kettleby Wire &middot; '
        '<time datetime="2026-03-03T09:00:00+01:00">3 March 2026</time></p>'
        f"<p>{lead}</p>"
        "<p>Residents said they would appeal the decision to the regional court within a month.</p>"
        "</article></body></html>"
    )
    (d,) = _read(html.encode(), "quarry.html")
    art = build_article(d)  # type: ignore[arg-type]
    assert not isinstance(art, Skipped)
    assert art.text.startswith(lead) and art.outlet == "Orrin Gazette"
    assert art.published == "2026-03-03" and art.author and "Oda Venner" in art.author


def test_the_same_text_under_another_headline_is_reported_as_a_duplicate(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json

    body = (
        "Pell Motors launched a hostile bid on Monday for Ostra Valves. About 2,300 workers walked out, the union said."
    )
    recs = [
        {"id": "a", "title": "Pell bids for Ostra", "outlet": "Lindholm Ledger", "text": body},
        {"id": "a-dup", "title": "Ostra board rebuffs Pell", "outlet": "Lindholm Ledger", "text": body},
        {"id": "b", "title": "Strike", "outlet": "Radio Fjord", "text": "About 2,300 workers walked out at Ostra."},
    ]
    plain = tmp_path / "in.jsonl"
    plain.write_text("".join(json.dumps(r) + "\n" for r in recs))
    report = ingest(store, [str(plain)], options=IngestOptions(fetch_pages=False))
    # the duplicate is counted as one, never as "unchanged": nothing was stored before (CHANGED DELIBERATELY, R11)
    assert report.counts["added"] == 2 and report.counts["unchanged"] == 0 and report.counts["duplicate"] == 1
    [dup] = report.to_json()["duplicates"]
    assert "record a-dup" in dup["input"] and dup["same_as"] == dup["article"] == report.article_ids[0]
    assert "Pell bids for Ostra" in dup["why"] and "stored once" in dup["why"]
    again = ingest(store, [str(plain)], options=IngestOptions(fetch_pages=False))
    assert again.counts["unchanged"] == 2 and again.counts["duplicate"] == len(again.duplicates) == 1  # a-dup still one
    # with URLs both pages are stored; the second one of the same outlet is reported as the same text
    urls = tmp_path / "urls.jsonl"
    urls.write_text("".join(json.dumps(r | {"url": f"https://x.example/{r['id']}"}) + "\n" for r in recs))
    from storyline.store import Store

    with Store(tmp_path / "urls.db") as other:
        report = ingest(other, [str(urls)], options=IngestOptions(fetch_pages=False))
        assert report.counts["added"] == 3
        [dup] = report.duplicates
        assert "record a-dup" in dup["input"] and dup["same_as"] == report.article_ids[0] != dup["article"]
        assert ingest(other, [str(urls)], options=IngestOptions(fetch_pages=False)).duplicates == []


def test_an_outlets_page_carrying_a_wire_file_word_for_word_is_reported_as_a_duplicate(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A page is built before the store is asked: when its extracted text is a file's stored before (another
    outlet's page carrying the wire story), it is a duplicate line naming the wire article, not "unchanged"."""
    lead = (
        "BRAMWICK, 4 June 2026 (Osprey Wire) - Floodwater closed the Bramwick ring road on Thursday, the council said."
    )
    wire = tmp_path / "wire.txt"
    wire.write_text(f"Floodwater closes Bramwick ring road\n\n{lead}\n\nCrews expected to reopen it by Saturday.\n")
    page = tmp_path / "gazette.html"
    page.write_text(
        "<html><head><title>Floodwater closes Bramwick ring road | Tollen Gazette</title>"
        '<meta property="og:site_name" content="Tollen Gazette"></head><body><article>'
        f"<h1>Floodwater closes Bramwick ring road</h1><p>{lead}</p><p>Crews expected to reopen it by Saturday.</p>"
        "</article></body></html>"
    )
    opts = IngestOptions(fetch_pages=False)
    report = ingest(store, [str(wire), str(page)], options=opts)
    assert report.counts["added"] == 1 and report.counts["unchanged"] == 0 and report.counts["duplicate"] == 1
    [dup] = report.duplicates
    assert dup["input"] == str(page) and dup["same_as"] == report.article_ids[0] == report.article_ids[1]
    assert "Osprey Wire" in dup["why"] and "stored once" in dup["why"]
    # guards: the same page again alone is unchanged, not a duplicate of itself; the wire file again is unchanged
    again = ingest(store, [str(page)], options=opts)
    assert again.counts["unchanged"] == 0 and again.counts["duplicate"] == 1  # still the wire's text
    alone = tmp_path / "alone.db"
    from storyline.store import Store

    with Store(alone) as other:
        ingest(other, [str(page)], options=opts)
        rerun = ingest(other, [str(page)], options=opts)
        assert rerun.counts["unchanged"] == 1 and rerun.duplicates == []


def test_a_feed_title_of_site_and_section_gives_the_site_the_host_spells() -> None:
    """ "Westbrook Ledger - Harbour" on westbrookledger.example is the Westbrook Ledger (its pages' site name); a title
    no part of which the host spells is kept whole, and a fetched page's own site name wins over the feed's title."""
    from storyline.ingest.feed import feed_outlet

    assert feed_outlet("Westbrook Ledger - Harbour", "https://www.westbrookledger.example/") == "Westbrook Ledger"
    assert (
        feed_outlet("Harbour news | The Westbrook Ledger", "https://westbrookledger.example/x")
        == "The Westbrook Ledger"
    )
    assert feed_outlet("Westbrook Ledger - Harbour", "https://ledger.example/") == "Westbrook Ledger - Harbour"
    assert feed_outlet("Harbour: Westbrook", "https://harbour-westbrook.example/") == "Harbour: Westbrook"
    # a hyphened host whose words the site's name has in order, with words of its own between them
    assert feed_outlet("Tarnwick Evening Post - News", "https://tarnwick-post.example/news") == "Tarnwick Evening Post"
    assert (
        feed_outlet("News - Tarnwick Evening Post", "https://post-tarnwick.example/") == "News - Tarnwick Evening Post"
    )
    long_html = "".join(f"<p>{p}</p>" for p in article_text().split("\n\n"))
    entry = {"title": "Ferry pier closed", "link": "https://westbrookledger.example/pier", "content": long_html}
    data = feed([entry], title="Westbrook Ledger - Harbour").replace(b"ledger.example", b"westbrookledger.example")
    (got,) = _read(data, "ledger.rss", fetch_pages=False)
    assert isinstance(got, Draft) and got.outlet == "Westbrook Ledger"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=page("Ferry pier closed"), headers={"content-type": "text/html"})

    from storyline.ingest.fetch import Fetcher

    data = feed(
        [{"title": "Ferry pier closed", "link": "https://ledger.example/pier", "summary": "Short."}], title="Harbour"
    )
    options = IngestOptions()
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        fetcher = Fetcher(options=options, client=client, resolve=_public_resolver)
        (fetched,) = list(read_raw(RawInput("f.rss", data), options=options, fetcher=fetcher))
    assert isinstance(fetched, Draft) and fetched.outlet == "Westbrook Ledger"  # the page's og:site_name


def test_feed_author_in_the_rss_form_email_and_name_gives_the_name() -> None:
    """RSS 2.0 writes an author as an e-mail address with the name in brackets: the name is the author, the address
    is kept apart; an author that is only an address names nobody."""
    from storyline.ingest.feed import feed_author

    paras = "".join(f"<p>{p}</p>" for p in article_text("rss author").split("\n\n"))
    data = feed(
        [
            {"title": "Pier", "link": "https://l.example/p", "content": paras, "author": "desk@l.example (Mira Tolle)"},
            {"title": "Dock", "link": "https://l.example/d", "content": paras, "author": "desk@l.example"},
        ]
    )
    got = _read(data, "ledger.xml", fetch_pages=False)
    assert [d.author for d in got if isinstance(d, Draft)] == ["Mira Tolle", None]
    assert [d.extra.get("author_email") for d in got if isinstance(d, Draft)] == ["desk@l.example"] * 2
    assert feed_author("Mira Tolle (mira@l.example)") == ("Mira Tolle", "mira@l.example")
    assert feed_author("Mira Tolle") == ("Mira Tolle", None)
