"""URLs: fetched with limits, private addresses refused, redirects checked; no test touches the internet."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from test_ingest_support import feed, page

from storyline.ingest import ingest
from storyline.ingest.drafts import Draft
from storyline.ingest.fetch import Fetcher, address_refusal, read_url_input
from storyline.ingest.pipeline import build_article
from storyline.models import Skipped
from storyline.settings import IngestOptions


def _resolver(ip: str) -> Callable[..., list]:
    def resolve(*_a: object, **_k: object) -> list:
        return [(2, 1, 6, "", (ip, 80))]

    return resolve


def _fetch(handler: Callable[[httpx.Request], httpx.Response], url: str, *, ip: str = "93.184.216.34", **opts: object):  # type: ignore[no-untyped-def]
    options = IngestOptions(**opts)  # type: ignore[arg-type]
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        fetcher = Fetcher(options=options, client=client, resolve=_resolver(ip))
        return list(read_url_input(url, options=options, fetcher=fetcher))


def _html(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=page("Pier closed"), headers={"content-type": "text/html; charset=utf-8"})


def test_page_url_becomes_article_with_user_agent() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["user-agent"])
        return _html(request)

    got = _fetch(handler, "https://ledger.example/pier")
    assert len(got) == 1 and isinstance(got[0], Draft)
    art = build_article(got[0])
    assert not isinstance(art, Skipped)
    assert art.url == "https://ledger.example/pier" and "Lumen Lines" in art.original
    assert seen and seen[0].startswith("storyline/")


def test_content_type_decides_feed() -> None:
    body = feed([{"title": "T", "link": "https://l.example/t", "summary": "Short."}])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/rss+xml"})

    got = _fetch(handler, "https://l.example/feed", fetch_pages=False)
    assert len(got) == 1 and isinstance(got[0], Draft) and got[0].fmt == "feed"


def test_redirects_followed_checked_and_limited() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        n = int(request.url.path.strip("/") or 0)
        if n < 3:
            return httpx.Response(302, headers={"location": f"/{n + 1}"})
        return _html(request)

    got = _fetch(handler, "https://l.example/0")
    assert isinstance(got[0], Draft) and got[0].url == "https://l.example/3"
    got = _fetch(handler, "https://l.example/0", max_redirects=2)
    assert isinstance(got[0], Skipped) and "redirects" in got[0].reason


def test_redirect_to_private_address_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(301, headers={"location": "http://169.254.169.254/latest/meta-data"})

    got = _fetch(handler, "https://l.example/x")
    assert isinstance(got[0], Skipped) and "169.254.169.254" in got[0].reason and "private" in got[0].reason


@pytest.mark.parametrize("ip", ["127.0.0.1", "10.1.2.3", "192.168.0.9", "169.254.1.1", "::1", "fc00::1", "0.0.0.0"])
def test_private_addresses_refused(ip: str) -> None:
    assert address_refusal("http://host.example/", resolve=_resolver(ip))
    assert address_refusal("http://host.example/", resolve=_resolver("93.184.216.34")) is None


def test_non_http_scheme_refused() -> None:
    assert "http" in (address_refusal("file:///etc/passwd") or "")


def test_streamed_size_cap() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=iter([b"<p>" + b"x" * 1000] * 50), headers={"content-type": "text/html"})

    got = _fetch(handler, "https://l.example/big", max_bytes=10_000)
    assert isinstance(got[0], Skipped) and "limit" in got[0].reason


def test_unreachable_and_slow_urls_skipped() -> None:
    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    got = _fetch(refused, "https://down.example/")
    assert isinstance(got[0], Skipped) and "ConnectError" in got[0].reason
    got = _fetch(slow, "https://slow.example/", fetch_timeout=0.5)
    assert isinstance(got[0], Skipped) and "timed out" in got[0].reason


def test_http_error_status_skipped() -> None:
    got = _fetch(lambda r: httpx.Response(404), "https://l.example/gone")
    assert isinstance(got[0], Skipped) and "404" in got[0].reason


def test_url_list_file_through_ingest(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lst = tmp_path / "in" / "urls.txt"
    lst.parent.mkdir()
    lst.write_text("# two pages\nhttps://a.example/1\nhttps://b.example/2\nhttps://down.example/\n")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "down.example":
            raise httpx.ConnectError("unreachable", request=request)
        return httpx.Response(
            200, content=page(f"Page {request.url.host}", request.url.host), headers={"content-type": "text/html"}
        )

    # The list is resolved through the real resolver: allow_private skips the address check so no DNS is used.
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        report = ingest(store, [str(lst)], options=IngestOptions(allow_private=True), client=client)
    assert report.counts["added"] == 2 and len(report.skipped) == 1 and report.exit_code == 3
    assert sorted(a.url or "" for a in store.iter_articles()) == ["https://a.example/1", "https://b.example/2"]


@pytest.fixture
def local_server() -> Iterator[str]:
    body = page("Local page")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/story"
    finally:
        server.shutdown()
        server.server_close()


def test_real_socket_fetch_with_allow_private(store, local_server: str) -> None:  # type: ignore[no-untyped-def]
    report = ingest(store, [local_server], options=IngestOptions(allow_private=True, fetch_timeout=5))
    assert report.counts["added"] == 1 and report.exit_code == 0, report.to_json()
    art = next(store.iter_articles())
    assert art.url == local_server and "Lumen Lines" in art.text


def test_loopback_refused_by_default(store, local_server: str) -> None:  # type: ignore[no-untyped-def]
    report = ingest(store, [local_server])
    assert report.counts["added"] == 0 and report.exit_code == 1
    assert "127.0.0.1" in report.skipped[0].reason and "--allow-private" in report.skipped[0].reason


def test_feed_page_unreachable_falls_back_to_summary() -> None:
    body = feed([{"title": "T", "link": "https://down.example/t", "summary": "A short teaser about the pier."}])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "down.example":
            raise httpx.ConnectError("unreachable", request=request)
        return httpx.Response(200, content=body, headers={"content-type": "application/rss+xml"})

    got = _fetch(handler, "https://feeds.example/rss")
    assert len(got) == 1 and isinstance(got[0], Draft)
    assert got[0].original == "A short teaser about the pier." and "ConnectError" in got[0].extra["page_not_fetched"]


def test_connected_address_checked_again(local_server: str) -> None:
    # The name check is fooled (the resolver says public); the connection to 127.0.0.1 is refused anyway.
    url = local_server.replace("127.0.0.1", "localhost")
    options = IngestOptions(fetch_timeout=5)
    with Fetcher(options=options, resolve=_resolver("93.184.216.34")) as fetcher:
        got = fetcher.fetch(url)
    assert isinstance(got, Skipped) and "connected to" in got.reason, got


def test_a_feed_entry_stored_as_its_summary_is_reported_and_makes_the_run_partial(tmp_path: Path) -> None:
    from storyline.store.sqlite import Store

    rss = tmp_path / "harbour.xml"
    rss.write_bytes(
        feed(
            [
                {"title": "Quay", "link": "https://down.example/quay", "summary": "Teaser on the quay."},
                {"title": "Ferry", "link": "https://down.example/ferry", "summary": "Teaser on the ferry."},
            ]
        )
    )

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("unreachable", request=request)

    with Store(tmp_path / "s.db") as store, httpx.Client(transport=httpx.MockTransport(handler)) as client:
        report = ingest(store, [str(rss)], options=IngestOptions(allow_private=True), client=client)
    assert report.counts["added"] == 2 and not report.skipped
    assert report.partial == 2 and report.exit_code == 3
    body = report.to_json()
    assert body["partial"] == 2 and body["exit_code"] == 3
    assert [n["kind"] for n in body["notes"]] == ["partial", "partial"]
    assert "https://down.example/quay" in body["notes"][0]["note"] and body["notes"][0]["article"] in report.article_ids
