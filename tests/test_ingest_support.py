"""Invented inputs for the ingest tests: pages, feeds and WARC archives built in code."""

from __future__ import annotations

import io

SENTENCES = [
    "The harbour council of Westbrook voted on Tuesday to close the old ferry pier until further notice.",
    "Inspectors found deep cracks in three of its supports during a routine survey last month.",
    "Ferry operator Lumen Lines said it would move its morning service to the north quay from Monday.",
    "Residents of the Saltmarsh district asked for a temporary footbridge while the repairs go ahead.",
    "The council expects the work to cost about 2.4 million crowns and to take a little over a year.",
    "Mayor Ilse Corvane told reporters that safety had to come before convenience for the town.",
]


def article_text(topic: str = "pier") -> str:
    paras = []
    for i in range(len(SENTENCES)):
        trio = [SENTENCES[(i + k) % len(SENTENCES)] for k in range(3)]
        paras.append(f"({topic} {i}) " + " ".join(trio))
    return "\n\n".join(paras)


def page(title: str, topic: str = "pier") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in article_text(topic).split("\n\n"))
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>"
        '<meta property="og:site_name" content="Westbrook Ledger"></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
        "<footer>Contact us</footer></body></html>"
    ).encode()


def feed(entries: list[dict[str, str]], *, title: str = "Westbrook Ledger") -> bytes:
    items = []
    for e in entries:
        parts = [f"<title>{e['title']}</title>", f"<link>{e['link']}</link>"]
        if "date" in e:
            parts.append(f"<pubDate>{e['date']}</pubDate>")
        if "author" in e:
            parts.append(f"<author>{e['author']}</author>")
        if "summary" in e:
            parts.append(f"<description><![CDATA[{e['summary']}]]></description>")
        if "content" in e:
            parts.append(f"<content:encoded><![CDATA[{e['content']}]]></content:encoded>")
        items.append("<item>" + "".join(parts) + "</item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{title}</title><link>https://ledger.example/</link>" + "".join(items) + "</channel></rss>"
    ).encode()


def warc(pages: list[tuple[str, bytes]], *, gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
        writer.write_record(rec)
    return buf.getvalue()
