"""Benchmark of the text cleaner (storyline.clean.clean_text) against a headline-only baseline.

Measures, in one run:

1. **Damage on clean corpora** (ECB+ texts with their given titles, PolNeAR texts whose first line
   is the headline): share of lines and characters removed, and why; articles marked non-English;
   sign-off outlets found (there should be next to none: these texts have no sign-offs).
2. **Junk injection**: clean articles with invented page chrome inserted at the top, in the
   middle and at the end (templates below, invented for this benchmark); junk lines removed and
   body characters kept.
3. **trafilatura's evaluation set**: the must/must-not snippets on trafilatura's own output, then
   on that output cleaned by us (our cleaner must not lose "with" snippets).
4. **Seeds**: the acceptance checks of ``score.py seedclean`` on the seeds cleaned by the library.

The baseline is the cleaner the project started with: first line as headline, exact repeats of
it dropped, nothing else. Run: ``python bench/bench_clean.py [--limit N] [--pages N]``.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata as md
import json
import platform
import random
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from storyline.clean import clean_text
from storyline.clean.language import detect_language, is_english
from storyline.models import TextMap

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

Cleaner = Callable[[str, str | None], tuple[str, str | None]]
"""(original, title) -> (cleaned text, sign-off outlet)."""


def ours(original: str, title: str | None) -> tuple[str, str | None]:
    res = clean_text(original, title=title)
    return res.text, res.signoff_outlet


def baseline(original: str, title: str | None) -> tuple[str, str | None]:
    """Headline-only: the first line is the headline, lines equal to it are dropped."""
    spans, pos = [], 0
    for raw in original.split("\n"):
        if raw.strip():
            start = pos + len(raw) - len(raw.lstrip())
            spans.append((start, start + len(raw.strip())))
        pos += len(raw) + 1
    if title is None and spans:
        title = original[spans[0][0] : spans[0][1]]
        spans = spans[1:]
    kept = [(s, e) for s, e in spans if original[s:e] != (title or "").strip()]
    return TextMap.from_pieces(kept).render(original), None


def clean_corpora(limit: int) -> Iterator[tuple[str, str, str | None]]:
    """(corpus, original, title) for ECB+ and PolNeAR texts."""
    with open(SHARED / "data/ecbplus/articles.jsonl", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= limit:
                break
            rec = json.loads(line)
            if rec.get("text"):
                yield "ECB+", rec["text"], rec.get("title")
    paths = sorted((SHARED / "data/polnear").glob("*/text/*.txt"))[:limit]
    for p in paths:
        yield "PolNeAR", p.read_text(encoding="utf-8"), None


def _body_lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def damage(limit: int) -> list[dict[str, object]]:
    """Removal on clean corpora: what share of the body each cleaner takes away."""
    rows: list[dict[str, object]] = []
    docs = list(clean_corpora(limit))
    for name, fn in (("baseline", baseline), ("storyline", ours)):
        per: dict[str, Counter[str]] = {}
        spent = 0.0
        for corpus, original, title in docs:
            t0 = time.perf_counter()
            text, outlet = fn(original, title)
            spent += time.perf_counter() - t0
            c = per.setdefault(corpus, Counter())
            c["docs"] += 1
            body = _body_lines(original)[0 if title else 1 :]
            kept = set(_body_lines(text))
            c["lines"] += len(body)
            c["lines_removed"] += sum(1 for ln in body if ln not in kept and ln not in text)
            c["chars"] += sum(len(ln) for ln in body)
            c["chars_kept"] += sum(len(ln) for ln in _body_lines(text))
            c["outlets"] += outlet is not None
        rate = len(docs) / max(spent, 1e-9)
        for corpus, c in per.items():
            rows.append(
                {
                    "cleaner": name,
                    "corpus": corpus,
                    "docs": c["docs"],
                    "lines removed %": 100 * c["lines_removed"] / max(1, c["lines"]),
                    "chars removed %": 100 * (1 - c["chars_kept"] / max(1, c["chars"])),
                    "sign-off outlets": c["outlets"],
                    "docs/s (both corpora)": rate,
                }
            )
    return rows


def removal_reasons(limit: int, show: int) -> tuple[Counter[str], list[str], Counter[str]]:
    reasons: Counter[str] = Counter()
    examples: list[str] = []
    langs: Counter[str] = Counter()
    for corpus, original, title in clean_corpora(limit):
        res = clean_text(original, title=title)
        langs[f"{corpus}: {'English' if is_english(detect_language(res.text)) else 'not English'}"] += 1
        for s, e, why in res.removed:
            reasons[why] += 1
            if len(examples) < show:
                examples.append(f"{corpus:8} {why[:38]:38} {original[s:e][:70]!r}")
    return reasons, examples, langs


# --- junk injection ---------------------------------------------------------------------------
HEAD_JUNK = [
    "Skip to main content",
    "Menu | World | Politics | Business | Culture",
    "This site uses cookies. By continuing to browse you agree to our cookie policy.",
    "Support independent journalism. Become a member today.",
    "Picture: Cora Vell/Getty Images",
    "Share on Facebook  Share on Twitter  Email",
]
MID_JUNK = ["Advertisement", "Read also: Five things to know about the vote", "Story continues below advertisement"]
TAIL_JUNK = [
    "Follow us on Instagram and TikTok",
    "Sign up to our weekly newsletter for the best of our reporting.",
    "About the author",
    "Copy link",
    "Related articles",
]


def inject(body: list[str], rng: random.Random) -> tuple[str, list[str]]:
    head = rng.sample(HEAD_JUNK, 3)
    tail = rng.sample(TAIL_JUNK, 2)
    mid = rng.choice(MID_JUNK)
    lines = [body[0], *head, *body[1:]]
    lines.insert(len(head) + 1 + len(body[1:]) // 2, mid)
    return "\n\n".join(lines + tail), [*head, mid, *tail]


def injection(limit: int) -> list[dict[str, object]]:
    rng = random.Random(7)
    cases = []
    for _corpus, original, title in clean_corpora(limit):
        body = _body_lines(original)
        if title:
            body = [title, *body]
        if len(body) >= 4:
            cases.append(inject(body, rng) + (body,))
    rows: list[dict[str, object]] = []
    for name, fn in (("baseline", baseline), ("storyline", ours)):
        junk_total = junk_gone = body_chars = body_kept = 0
        for text, junk, body in cases:
            cleaned, _ = fn(text, None)
            junk_total += len(junk)
            junk_gone += sum(1 for j in junk if j not in cleaned)
            body_chars += sum(len(b) for b in body[1:])
            body_kept += sum(len(b) for b in body[1:] if b in cleaned)
        rows.append(
            {
                "cleaner": name,
                "articles": len(cases),
                "junk lines removed %": 100 * junk_gone / max(1, junk_total),
                "body chars kept %": 100 * body_kept / max(1, body_chars),
            }
        )
    return rows


# --- trafilatura's evaluation set ---------------------------------------------------------------
def snippets(pages: int) -> list[dict[str, object]]:
    import trafilatura

    base = SHARED / "data/extraction-trafilatura/tests"
    data = json.loads((base / "evaldata.json").read_text(encoding="utf-8"))
    counts: dict[str, Counter[str]] = {}
    pages_seen: Counter[str] = Counter()
    for item in list(data.values())[:pages]:
        path = next(
            (
                p
                for p in (base / "eval" / (item["file"] + ".gz"), base / "cache" / (item["file"] + ".gz"))
                if p.exists()
            ),
            None,
        )
        if path is None:
            continue
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        doc = trafilatura.bare_extraction(html, with_metadata=True)
        raw = (doc.text if doc else "") or ""
        cleaned = clean_text(raw, title=doc.title).text if doc and raw else ""
        subset = "English pages" if is_english(detect_language(raw)) and raw else "other pages"
        for group in ("all pages", subset):
            pages_seen[group] += 1
            for name, text in (("trafilatura", raw), ("trafilatura + clean_text", cleaned)):
                _tally(counts.setdefault(f"{group}|{name}", Counter()), item, text)
    rows: list[dict[str, object]] = []
    for key, c in counts.items():
        group, name = key.split("|")
        p = c["tp"] / max(1, c["tp"] + c["fp"])
        r = c["tp"] / max(1, c["tp"] + c["fn"])
        f1 = 2 * p * r / max(1e-9, p + r)
        rows.append({"pages": f"{group} ({pages_seen[group]})", "text": name, "precision": p, "recall": r, "F1": f1})
    return rows


def _tally(c: Counter[str], item: dict[str, list[str]], text: str) -> None:
    """Snippet counts: 'with' snippets found (tp) or missed (fn); 'without' snippets present (fp)."""
    c["tp"] += sum(1 for s in item.get("with", []) if s in text)
    c["fn"] += sum(1 for s in item.get("with", []) if s not in text)
    c["fp"] += sum(1 for s in item.get("without", []) if s in text)


def seeds() -> str:
    sys.path.insert(0, str(SHARED / "tools"))
    import score  # type: ignore[import-not-found]

    out = Path("/tmp/bench_clean_seeds.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for p in sorted((SHARED / "seeds").glob("*.txt")):
            res = clean_text(p.read_text(encoding="utf-8"))
            rec = {"source": str(p), "title": res.title, "outlet": res.signoff_outlet, "text": res.text}
            fh.write(json.dumps(rec) + "\n")
    ok = score.seedclean(str(out))
    return "all checks hold" if ok else "some checks fail"


def table(rows: list[dict[str, object]]) -> str:
    cols = list(rows[0])
    fmt = [f"{v:.3f}" if isinstance(v, float) else str(v) for r in rows for v in r.values()]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for i in range(len(rows)):
        lines.append("| " + " | ".join(fmt[i * len(cols) : (i + 1) * len(cols)]) + " |")
    return "\n".join(lines)


def versions() -> str:
    rev = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    pkgs = ", ".join(f"{p} {md.version(p)}" for p in ("trafilatura", "rapidfuzz", "py3langid"))
    return f"storyline {rev}, Python {platform.python_version()}, {pkgs}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=2000, help="articles per clean corpus")
    ap.add_argument("--pages", type=int, default=300, help="pages of trafilatura's evaluation set")
    ap.add_argument("--show", type=int, default=60, help="removed lines to list")
    args = ap.parse_args()
    print(versions())
    print("\n## 1. Removal on clean corpora\n" + table(damage(args.limit)))
    reasons, examples, langs = removal_reasons(args.limit, args.show)
    print("\nWhy lines were removed (storyline):", dict(reasons.most_common()))
    print("Language marks:", dict(langs))
    print("\n".join(examples))
    print("\n## 2. Invented junk injected into clean articles\n" + table(injection(args.limit)))
    if args.pages:
        print("\n## 3. trafilatura evaluation set (with/without snippets)\n" + table(snippets(args.pages)))
    print("\n## 4. Seeds (score.py seedclean on library output):", seeds())


if __name__ == "__main__":
    main()
