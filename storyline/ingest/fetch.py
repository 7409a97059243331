"""URL fetching with httpx: timeouts, a streamed size cap, checked redirects, no private addresses.

Every hop of a redirect chain is checked: the scheme must be http(s) and every address the host
resolves to must be public, unless ``allow_private``; the address actually connected to is checked
again before the body is read (a DNS answer that changes between the check and the connection is
caught there, though the request itself has been sent by then).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from ..models import Skipped
from ..settings import IngestOptions
from .drafts import RawInput, ReadResult

if TYPE_CHECKING:
    import httpx

Resolver = Callable[..., list[Any]]


def address_refusal(url: str, *, resolve: Resolver = socket.getaddrinfo) -> str | None:
    """Why ``url`` is refused (bad scheme, unresolvable, private address), or None."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return f"only http and https URLs are fetched, not {parts.scheme or 'no scheme'!r}"
    host = parts.hostname
    if not host:
        return "the URL has no host"
    try:
        ips = [ipaddress.ip_address(host)]  # a literal address is checked as it is
    except ValueError:
        try:
            infos = resolve(host, parts.port or (443 if parts.scheme == "https" else 80), proto=socket.IPPROTO_TCP)
        except (socket.gaierror, OSError, UnicodeError, ValueError) as exc:
            return f"cannot resolve {host}: {exc}"
        ips = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    if not ips:
        return f"{host} resolves to no address"
    for ip in ips:
        if _private(ip):
            return (
                f"{host} resolves to {ip}, a private, loopback, link-local or reserved address;"
                " refused (use --allow-private to fetch it)"
            )
    return None


def _private(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    return bool(
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast or ip.is_unspecified
    )


class Fetcher:
    """Fetches URLs under the ingest options' limits. ``client`` is injectable (tests use MockTransport)."""

    def __init__(
        self,
        *,
        options: IngestOptions,
        client: httpx.Client | None = None,
        resolve: Resolver = socket.getaddrinfo,
    ) -> None:
        self.options = options
        self.resolve = resolve
        self._own = client is None
        self._client = client

    @property
    def client(self) -> httpx.Client:
        """The injected client, or one made on first use (httpx is imported only when a URL is fetched)."""
        if self._client is None:
            import httpx

            self._client = httpx.Client(follow_redirects=False)
        return self._client

    def close(self) -> None:
        if self._own and self._client is not None:
            self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> RawInput | Skipped:
        """The body of ``url`` (after at most ``max_redirects`` checked redirects), or why not."""
        import httpx

        current = url
        for _hop in range(self.options.max_redirects + 1):
            if not self.options.allow_private:
                refusal = address_refusal(current, resolve=self.resolve)
                if refusal:
                    return Skipped(url, refusal)
            try:
                got = self._get(current)
            except httpx.TimeoutException:
                return Skipped(url, f"timed out after {self.options.fetch_timeout:g} s (slow or unresponsive server)")
            except httpx.HTTPError as exc:
                return Skipped(url, f"cannot fetch: {type(exc).__name__}: {exc}")
            if isinstance(got, str):
                current = urljoin(current, got)
                continue
            return (
                got if isinstance(got, Skipped) else RawInput(name=url, data=got[0], url=current, content_type=got[1])
            )
        return Skipped(url, f"more than {self.options.max_redirects} redirects")

    def _get(self, url: str) -> str | Skipped | tuple[bytes, str]:
        """A redirect target, a refusal, or (body, content type)."""
        import httpx

        opts = self.options
        timeout = httpx.Timeout(opts.fetch_timeout)
        headers = {
            "User-Agent": opts.user_agent,
            "Accept": "text/html, application/xhtml+xml, application/rss+xml,"
            " application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5",
        }
        deadline = time.monotonic() + opts.fetch_timeout * 2
        with self.client.stream("GET", url, headers=headers, timeout=timeout, follow_redirects=False) as resp:
            peer = _peer_refusal(resp, opts)
            if peer:
                return Skipped(url, peer)
            if resp.is_redirect and resp.headers.get("location"):
                return str(resp.headers["location"])
            if resp.status_code >= 400:
                return Skipped(url, f"HTTP {resp.status_code} {resp.reason_phrase}")
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > opts.max_bytes:
                return Skipped(url, f"the page is {declared} bytes, over the {opts.max_bytes}-byte limit (--max-mb)")
            body = bytearray()
            for chunk in resp.iter_bytes():
                body.extend(chunk)
                if len(body) > opts.max_bytes:
                    return Skipped(
                        url, f"the page is over the {opts.max_bytes}-byte limit (--max-mb); download stopped"
                    )
                if time.monotonic() > deadline:
                    return Skipped(url, f"download took over {opts.fetch_timeout * 2:g} s; stopped (slow server)")
            return bytes(body), resp.headers.get("content-type", "")


def _peer_refusal(resp: httpx.Response, opts: IngestOptions) -> str | None:
    """The address actually connected to is checked too (a name may resolve differently the second time)."""
    stream = resp.extensions.get("network_stream")
    if opts.allow_private or stream is None:
        return None
    addr = stream.get_extra_info("server_addr")
    try:
        ip = ipaddress.ip_address(str(addr[0]).split("%", 1)[0]) if addr else None
    except ValueError:
        return None
    if ip is not None and _private(ip):
        return f"connected to {ip}, a private, loopback or reserved address; refused (use --allow-private)"
    return None


def format_for(raw: RawInput) -> str:
    """The content type decides HTML / feed / text / JSON; the bytes decide when it says nothing useful."""
    from .detect import sniff

    ctype = (raw.content_type or "").split(";", 1)[0].strip().lower()
    sniffed = sniff(raw.data, raw.name)
    if sniffed in ("binary", "warc", "gzip", "document"):
        return sniffed
    if "html" in ctype:
        return "feed" if sniffed == "feed" else "html"
    if any(k in ctype for k in ("rss", "atom", "xml")):
        return "feed" if sniffed in ("feed", "text") else sniffed
    if "json" in ctype:
        return sniffed if sniffed in ("json", "jsonl") else "json"
    if ctype == "text/plain":
        return sniffed if sniffed in ("feed", "html", "json", "jsonl", "csv") else "text"
    return sniffed


def read_url_input(url: str, *, options: IngestOptions, fetcher: Fetcher | None = None) -> Iterator[ReadResult]:
    """Drafts from one URL: a page, a feed, a text or JSON file."""
    own = fetcher is None
    fetcher = fetcher or Fetcher(options=options)
    try:
        got = fetcher.fetch(url)
        if isinstance(got, Skipped):
            yield got
            return
        from .pipeline import read_as

        yield from read_as(format_for(got), got, options=options, fetcher=fetcher)
    finally:
        if own:
            fetcher.close()


def read_url_list(raw: RawInput, *, options: IngestOptions, fetcher: Fetcher | None = None) -> Iterator[ReadResult]:
    """A file of URLs, one a line (# comments allowed): each URL fetched and read."""
    urls = [ln.strip() for ln in raw.data.decode("utf-8", "replace").splitlines()]
    own = fetcher is None
    fetcher = fetcher or Fetcher(options=options)
    try:
        for u in urls:
            if u and not u.startswith("#"):
                yield from read_url_input(u, options=options, fetcher=fetcher)
    finally:
        if own:
            fetcher.close()
