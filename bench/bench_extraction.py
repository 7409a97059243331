"""Main-text extraction quality on trafilatura's evaluation set: storyline's HTML path beside
trafilatura called directly, in the same run.

Each page has snippets that must and must not be in the extracted text; precision, recall and F1
are counted over snippets (trafilatura's own evaluation method, see its docs/evaluation.rst).

    python bench/bench_extraction.py [--limit N]
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "extraction-trafilatura" / "tests"


def pages(limit: int | None) -> list[tuple[str, str, list[str], list[str]]]:
    truth = json.loads((DATA / "evaldata.json").read_text(encoding="utf-8"))
    out = []
    for url, item in truth.items():
        name = item["file"]
        path = next((p for p in (DATA / "cache" / (name + ".gz"), DATA / "eval" / (name + ".gz")) if p.exists()), None)
        if path is None:
            continue
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        out.append((url, html, _snippets(item.get("with")), _snippets(item.get("without"))))
        if limit and len(out) >= limit:
            break
    return out


def _snippets(raw: Any) -> list[str]:
    if isinstance(raw, list):
        return [str(x) for x in raw]
    try:
        return [str(x) for x in ast.literal_eval(str(raw or "[]"))]
    except (ValueError, SyntaxError):
        return []


def ours(html: str, url: str) -> str:
    from storyline.ingest.html import extract_html
    from storyline.ingest.pipeline import build_article
    from storyline.models import Article

    draft = extract_html(html, url=url, source=url)
    if not hasattr(draft, "original"):
        return ""
    art = build_article(draft)  # type: ignore[arg-type]
    return art.text if isinstance(art, Article) else ""


def theirs(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def score(results: list[tuple[str, list[str], list[str]]]) -> tuple[float, float, float]:
    tp = fn = fp = tn = 0
    for text, must, must_not in results:
        for s in must:
            tp, fn = (tp + 1, fn) if s in text else (tp, fn + 1)
        for s in must_not:
            fp, tn = (fp + 1, tn) if s in text else (fp, tn + 1)
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    if not DATA.is_dir():
        sys.exit(f"{DATA} is missing: this benchmark reads trafilatura's evaluation set from ../shared")
    import trafilatura

    data = pages(args.limit)
    print(f"# bench_extraction: {len(data)} pages, trafilatura {trafilatura.__version__}\n")
    print("| system | precision | recall | F1 | seconds |\n|---|---|---|---|---|")
    for name, fn in (("trafilatura.extract (baseline)", theirs), ("storyline (extract_html + clean)", ours)):
        t = time.time()
        res = [(fn(html, url), must, must_not) for url, html, must, must_not in data]
        p, r, f = score(res)
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {time.time() - t:.1f} |")


if __name__ == "__main__":
    main()
