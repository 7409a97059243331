"""Build examples/crawl.warc.gz from the invented page in scripts/warc_page.html (run once; output committed)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
PAGES = {"https://kesslingdaily.example/2026/04/15/ferry-steering": ROOT / "scripts" / "warc_page.html"}


def main() -> None:
    out = ROOT / "examples" / "crawl.warc.gz"
    with out.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, path in PAGES.items():
            body = path.read_bytes()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
            writer.write_record(record)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
