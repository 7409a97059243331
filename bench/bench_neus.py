"""NeuS / AllSides multi-outlet summaries: storyline's cited brief (headline + summary) vs LexRank.

    python bench/bench_neus.py --split val                 # the table: storyline CLI vs LexRank, same inputs
    python bench/bench_neus.py --split train --limit 200 --tune --cache /tmp/neus  # weight search (train only)

Inputs are made by the acceptance scorer (``score.py neus-input``); storyline runs as the real CLI
(``storyline brief --input X.jsonl --by group --format json``); LexRank (sumy) summarises the same
records with the same word budget. ROUGE F (rouge-score, stemming, one sentence a line) against the
AllSides roundup, tags stripped as the scorer does. Data stays in ../shared, read at run time.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
METRICS = ("rouge1", "rouge2", "rougeLsum")


def score_module() -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@functools.lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[str, ...]:
    from storyline.nlp import load_spacy

    nlp = load_spacy(disable=("parser", "ner", "lemmatizer", "tagger", "attribute_ruler", "tok2vec"))
    return tuple(s.text.strip() for s in nlp(text).sents if s.text.strip())


def make_inputs(split: str, limit: int | None, seed: int, work: Path) -> tuple[Path, dict[str, str]]:
    """The scorer's JSONL records for ``split`` (a random subset of ``limit`` groups) and the targets."""
    score = score_module()
    full = work / f"{split}.all.jsonl"
    score.neus_input(str(SHARED / "data" / "neus" / f"{split}.source"), str(full))
    targets_raw = (SHARED / "data" / "neus" / f"{split}.target").read_text(encoding="utf-8").split("\n")
    records = [json.loads(x) for x in full.read_text(encoding="utf-8").splitlines() if x.strip()]
    groups = sorted({r["group"] for r in records}, key=lambda g: int(g[1:]))
    if limit and limit < len(groups):
        groups = sorted(random.Random(seed).sample(groups, limit), key=lambda g: int(g[1:]))
    keep = set(groups)
    path = work / f"{split}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records if r["group"] in keep), encoding="utf-8")
    targets = {g: score.strip_tags(targets_raw[int(g[1:])]) for g in groups}
    return path, targets


def brief_text(brief: dict[str, Any]) -> str:
    head = (brief.get("headline") or {}).get("text")
    lines = ([head] if head else []) + [s["text"] for s in brief.get("summary", [])]
    return "\n".join(" ".join(x.split()) for x in lines)


def run_storyline(jsonl: Path, max_words: int, summary_only: bool) -> tuple[dict[str, str], float]:
    cmd = [str(Path(sys.executable).parent / "storyline"), "brief", "--input", str(jsonl), "--by", "group"]
    cmd += ["--format", "json", "--max-words", str(max_words)] + (["--summary-only"] if summary_only else [])
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
    elapsed = time.perf_counter() - t0
    out = {}
    for line in proc.stdout.splitlines():
        if line.strip().startswith("{"):
            b = json.loads(line)
            out[b["story"]] = brief_text(b)
    return out, elapsed


class _Tokenizer:
    """sumy tokenizer backed by spaCy's sentencizer (NLTK's punkt data is not installed here)."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return sentences(paragraph)

    def to_words(self, sentence: str) -> list[str]:
        return re.findall(r"\w+", sentence)


def run_lexrank(jsonl: Path, max_words: int) -> tuple[dict[str, str], float]:
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    t0 = time.perf_counter()
    by: dict[str, list[dict[str, Any]]] = {}
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        by.setdefault(r["group"], []).append(r)
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    out = {}
    for g, recs in by.items():
        doc = "\n\n".join(f"{r['title']}\n\n{r['text']}" for r in recs)
        parser = PlaintextParser.from_string(doc, _Tokenizer())
        ranked = summarizer(parser.document, len(parser.document.sentences))
        picked: list[str] = []
        words = 0
        for s in ranked:
            n = len(str(s).split())
            if words + n <= max_words or not picked:
                picked.append(str(s))
                words += n
        out[g] = "\n".join(picked)
    return out, time.perf_counter() - t0


def rouge(preds: dict[str, str], targets: dict[str, str]) -> dict[str, float]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    sums = dict.fromkeys(METRICS, 0.0)
    for g, target in targets.items():
        ref = "\n".join(sentences(target))
        got = scorer.score(ref, preds.get(g, ""))
        for m in METRICS:
            sums[m] += got[m].fmeasure
    return {m: 100 * v / max(1, len(targets)) for m, v in sums.items()}


class _CachingEmbedder:
    """The product's embedder with a text -> vector cache kept in a file (bench runs only)."""

    def __init__(self, path: Path | None) -> None:
        import pickle

        self.path = path
        self.cache: dict[str, Any] = pickle.loads(path.read_bytes()) if path and path.exists() else {}
        self.model: Any = None

    def encode(self, texts: list[str], **kw: Any) -> Any:
        import numpy as np

        missing = [t for t in texts if t not in self.cache]
        if missing:
            if self.model is None:
                from storyline.nlp import load_embedder

                self.model = load_embedder()
            self.cache.update(zip(missing, self.model.encode(missing, **kw), strict=True))
        return np.stack([self.cache[t] for t in texts])

    def save(self) -> None:
        import pickle

        if self.path:
            self.path.write_bytes(pickle.dumps(self.cache))


def tune(
    jsonl: Path, targets: dict[str, str], max_words: int, cache: Path | None, keys: list[str] | None = None
) -> None:
    """Coordinate search over the summary weights from the current defaults (train split only).

    Stories are prepared as ``storyline brief`` does (extraction, syndication groups, alignment), once;
    with ``--cache`` the sentence embeddings are kept between runs.
    """
    from storyline.brief.build import prepare
    from storyline.brief.summary import SummaryOptions, build_summary, choose_headline
    from storyline.pipeline import extract, read_inputs, syndication

    articles, _ = read_inputs([str(jsonl)])
    stories: dict[str, list[Any]] = {}
    for a in articles:
        stories.setdefault(str(a.extra.get("group")), []).append(a)
    embedder = _CachingEmbedder(cache / "embeddings.pkl" if cache else None)
    prepared = {}
    for g, arts in stories.items():
        usable = [a for a in arts if not a.skip_reason]
        extractions = extract(usable)[0]
        groups = syndication(usable)[0]
        prepared[g] = (usable, *prepare(usable, extractions, groups=groups, embedder=embedder))
    embedder.save()

    def evaluate(opts: SummaryOptions) -> tuple[float, dict[str, float]]:
        preds = {}
        for g, (arts, al, tv) in prepared.items():
            head = choose_headline(arts, tv, al, opts)
            lines = ([head["text"]] if head else []) + [s["text"] for s in build_summary(al, tv, opts)]
            preds[g] = "\n".join(" ".join(x.split()) for x in lines)
        r = rouge(preds, targets)
        return r["rouge1"] + r["rouge2"] + r["rougeLsum"], r

    space: dict[str, list[Any]] = {
        "length": [-0.2, -0.1, 0.0, 0.1, 0.2],
        "near_duplicate": [0.8, 0.85, 0.9, 0.95],
        "penalty_quote": [0.1, 0.3, 0.5],
        "lead": [0.1, 0.2, 0.3, 0.5],
        "lexical": [0.5, 1.0, 1.5, 2.0],
        "centrality": [0.5, 1.0, 1.5],
        "redundancy": [0.3, 0.6, 1.0],
        "title": [0.0, 0.2, 0.4],
        "penalty_dangling": [0.0, 0.15, 0.3, 1.0, 10.0],
        "max_sentence_words": [45, 55, 70],
        "headline_length": [-0.02, 0.0, 0.01, 0.03],
        "max_covered": [0.5, 0.6, 0.7, 0.8, 1.01],
    }
    if keys:
        space = {k: v for k, v in space.items() if k in keys}
    current = SummaryOptions(max_words=max_words)
    best, r = evaluate(current)
    print(f"defaults: {r['rouge1']:.2f}/{r['rouge2']:.2f}/{r['rougeLsum']:.2f}", flush=True)
    for _ in range(2):
        for key, values in space.items():
            for value in values:
                if getattr(current, key) == value:
                    continue
                trial = replace(current, **{key: value})
                total, r = evaluate(trial)
                print(f"  {key}={value}: {r['rouge1']:.2f}/{r['rouge2']:.2f}/{r['rougeLsum']:.2f}", flush=True)
                if total > best + 0.05:
                    best, current = total, trial
    print("best:", {k: getattr(current, k) for k in space}, f"sum {best:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="val", choices=("train", "val"))
    ap.add_argument("--limit", type=int, default=None, help="Random subset of this many stories.")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--max-words", type=int, default=70)
    ap.add_argument("--summary-only", action="store_true", help="Skip the brief's other sections (faster).")
    ap.add_argument("--tune", action="store_true", help="Search the summary weights (use on train only).")
    ap.add_argument("--cache", type=Path, default=None, help="Directory to keep sentence embeddings in (--tune).")
    ap.add_argument("--keys", nargs="*", default=None, help="--tune: search only these weights.")
    args = ap.parse_args()
    if not (SHARED / "data" / "neus").is_dir():
        sys.exit(f"NeuS data not found under {SHARED}/data/neus")
    with tempfile.TemporaryDirectory() as tmp:
        jsonl, targets = make_inputs(args.split, args.limit, args.seed, Path(tmp))
        if args.tune:
            if args.cache:
                args.cache.mkdir(parents=True, exist_ok=True)
            tune(jsonl, targets, args.max_words, args.cache, args.keys)
            return
        ours, t_ours = run_storyline(jsonl, args.max_words, args.summary_only)
        lex, t_lex = run_lexrank(jsonl, args.max_words)
    print_table(args, len(targets), [("storyline brief", ours, t_ours), ("LexRank (sumy)", lex, t_lex)], targets)


def print_table(
    args: argparse.Namespace, n: int, rows: list[tuple[str, dict[str, str], float]], targets: dict[str, str]
) -> None:
    import sumy

    print(f"NeuS {args.split}: {n} stories, budget {args.max_words} words, ROUGE F x100 (stemmed, Lsum per sentence)")
    from importlib.metadata import version

    print(f"storyline {version('storyline')}, sumy {sumy.__version__}, rouge-score {version('rouge-score')}")
    print("| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | mean words | seconds |")
    print("|---|---|---|---|---|---|")
    for name, preds, secs in rows:
        r = rouge(preds, targets)
        words = sum(len(p.split()) for p in preds.values()) / max(1, len(preds))
        print(f"| {name} | {r['rouge1']:.2f} | {r['rouge2']:.2f} | {r['rougeLsum']:.2f} | {words:.0f} | {secs:.0f} |")
    print("| published best (Lei & Huang 2025, test) | 45.1 | 22.3 | 40.8 | | |")
    print("| published LexRank (test) | 42.2 | 18.2 | 37.3 | | |")


if __name__ == "__main__":
    main()
