"""Synthetic news records for scale benchmarks, built at run time from the shared corpora.

``synth_records(n, seed=...)`` yields JSONL-ready dicts ``{id, url, outlet, title, published, text}``.
Each text recombines 4-9 paragraphs drawn from the ECB+ article texts
(``../shared/data/ecbplus/articles.jsonl``) and the PolNeAR training texts
(``../shared/data/polnear/train/text/*.txt``); outlets are invented names, dates are drawn from
2024-2026. About 2% of records are near-duplicates of an earlier record (one paragraph dropped or
replaced, another outlet), the way syndicated copies look. Nothing of the corpora is written into the
repository: the paragraphs are read when the generator runs. Deterministic for a given ``seed``.

    python bench/synth.py 1000 > synth.jsonl
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(os.environ.get("STORYLINE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
OUTLET_A = ["Northgate", "Harbor", "Meridian", "Copperfield", "Lantern", "Granite", "Bellwether", "Riverside"]
OUTLET_B = ["Courier", "Ledger", "Dispatch", "Observer", "Gazette", "Herald", "Sentinel", "Tribune", "Post"]
NEAR_DUP_RATE = 0.02


def load_paragraphs(shared: Path = SHARED) -> list[str]:
    """Paragraphs (at least 80 characters) of the ECB+ and PolNeAR texts."""
    paras: list[str] = []
    ecb = shared / "data" / "ecbplus" / "articles.jsonl"
    if ecb.exists():
        with ecb.open(encoding="utf-8") as fh:
            for line in fh:
                paras.extend(_split(json.loads(line).get("text") or ""))
    for path in sorted((shared / "data" / "polnear" / "train" / "text").glob("*.txt")):
        paras.extend(_split(path.read_text(encoding="utf-8", errors="replace")))
    if not paras:
        raise SystemExit(f"no corpus paragraphs under {shared}/data; the shared data is needed for synthetic records")
    return paras


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if len(p.strip()) >= 80]


def synth_records(n: int, *, seed: int = 0, paragraphs: list[str] | None = None) -> Iterator[dict[str, str]]:
    """``n`` synthetic records; ~2% near-duplicates of earlier ones."""
    rng = random.Random(seed)
    paras = paragraphs if paragraphs is not None else load_paragraphs()
    outlets = [f"The {a} {b}" for a in OUTLET_A for b in OUTLET_B]
    recent: list[list[str]] = []
    start = dt.date(2024, 1, 1)
    for i in range(n):
        if recent and rng.random() < NEAR_DUP_RATE:
            body = list(rng.choice(recent))
            k = rng.randrange(len(body))
            if rng.random() < 0.5 and len(body) > 2:
                del body[k]
            else:
                body[k] = rng.choice(paras)
        else:
            body = [rng.choice(paras) for _ in range(rng.randint(4, 9))]
        recent.append(body)
        if len(recent) > 500:
            recent.pop(0)
        first = body[0].split(". ")[0][:90]
        yield {
            "id": f"synth-{seed}-{i}",
            "url": f"https://synth.example/{seed}/{i}",
            "outlet": outlets[rng.randrange(len(outlets))],
            "title": f"{first} ({i})",
            "published": (start + dt.timedelta(days=rng.randrange(1000))).isoformat(),
            "text": "\n\n".join(body),
        }


def write_jsonl(path: Path, n: int, *, seed: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for rec in synth_records(n, seed=seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    for record in synth_records(count):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
