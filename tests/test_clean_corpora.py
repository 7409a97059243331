"""The cleaner leaves clean article corpora (ECB+, PolNeAR in ../shared) essentially untouched."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.clean import clean_text, cues

SAMPLE = 200


def _date_line(why: str, removed: str) -> bool:
    return why == "byline" and len(removed) <= 80 and cues.DATEISH.search(removed) is not None


def _removed_share(texts: list[tuple[str, str | None]]) -> tuple[float, int]:
    """Share of body characters removed (the headline aside; a short date line cut as the article's date, "Published:
    April 23, 2013 9: 39 AM", is metadata, not body) and how many sign-off outlets were found."""
    total = removed = outlets = 0
    for original, title in texts:
        res = clean_text(original, title=title)
        total += len(original)
        removed += sum(e - s for s, e, why in res.removed if not _date_line(why, original[s:e]))
        outlets += res.signoff_outlet is not None
    return removed / max(1, total), outlets


def test_ecbplus_texts_are_kept(shared: Path) -> None:
    texts = []
    with open(shared / "data/ecbplus/articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            texts.append((rec["text"], rec.get("title")))
            if len(texts) >= SAMPLE:
                break
    share, outlets = _removed_share(texts)
    assert share < 0.003, f"{share:.2%} of ECB+ text removed"
    assert outlets == 0


def test_polnear_texts_are_kept(shared: Path) -> None:
    paths = sorted((shared / "data/polnear/train/text").glob("*.txt"))[::4][:SAMPLE]
    texts: list[tuple[str, str | None]] = [(p.read_text(encoding="utf-8"), None) for p in paths]
    share, outlets = _removed_share(texts)
    assert share < 0.01, f"{share:.2%} of PolNeAR text removed"
    assert outlets <= len(texts) // 50
    for original, _ in texts[:50]:
        res = clean_text(original)
        assert res.title == original.split("\n", 1)[0].strip()
