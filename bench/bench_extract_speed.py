"""Extraction throughput against bare spaCy NER + sentence splitting, both on 2 processes, same run.

The baseline is the cheapest spaCy pass that yields entities and sentences (``ner`` + the rule-based
``sentencizer``, ``nlp.pipe(n_process=2)``). The extraction step is :func:`storyline.extract.
extract_articles` with ``n_process=2``: that NER pass, the parser on cue sentences only, quotes,
speakers, entity repair, quantities and dates.

    python bench/bench_extract_speed.py                 # PolNeAR dev texts + seeds
    python bench/bench_extract_speed.py --limit 40 --processes 2
"""

from __future__ import annotations

import argparse
import glob
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("STORYLINE_SHARED", ROOT.parent / "shared"))


def texts(limit: int | None) -> list[tuple[str, str]]:
    files = sorted(glob.glob(str(SHARED / "data" / "polnear" / "dev" / "text" / "*.txt")))
    files += sorted(glob.glob(str(SHARED / "seeds" / "*.txt")))
    out = [(os.path.basename(f), Path(f).read_text(encoding="utf-8")) for f in files]
    return out[:limit] if limit else out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=2, help="alternate the two runs this many times; best time counts")
    args = ap.parse_args()
    import spacy

    from storyline.extract import extract_articles
    from storyline.extract.pipeline import NER_DISABLE, article_from_text
    from storyline.nlp import load_spacy

    docs = texts(args.limit)
    chars = sum(len(t) for _n, t in docs)
    arts = [article_from_text(t, n) for n, t in docs]
    ner = load_spacy(NER_DISABLE)
    load_spacy(("tagger", "attribute_ruler", "lemmatizer", "ner"))
    print(
        f"{len(docs)} articles, {chars / 1e6:.2f} M chars; spaCy {spacy.__version__}, model {ner.meta.get('name')} {ner.meta.get('version')}"
    )
    print(f"| processes | pipeline | seconds (best of {args.repeat}) | articles/s | ratio |")
    print("|---|---|---|---|---|")
    for procs in sorted({1, args.processes}):
        base_t, ours_t, base_cpu, ours_cpu = [], [], [], []
        n_quotes = 0
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            for d in ner.pipe((t for _n, t in docs), n_process=procs, batch_size=16):
                _ = [(e.start_char, e.label_) for e in d.ents], [s.start_char for s in d.sents]
            base_t.append(time.perf_counter() - t0)
            base_cpu.append(time.process_time() - c0)
            t0, c0 = time.perf_counter(), time.process_time()
            exs = extract_articles(arts, n_process=procs, batch_size=16)
            ours_t.append(time.perf_counter() - t0)
            ours_cpu.append(time.process_time() - c0)
            n_quotes = sum(len(e.quotes) for e in exs)
        b, o = min(base_t), min(ours_t)
        print(f"| {procs} | baseline: spaCy NER + sentencizer | {b:.1f} | {len(docs) / b:.1f} | |")
        print(f"| {procs} | storyline extraction ({n_quotes} quotes) | {o:.1f} | {len(docs) / o:.1f} | {b / o:.2f} |")
        if procs == 1:  # CPU time of this process: less sensitive to other jobs on a shared machine
            bc, oc = min(base_cpu), min(ours_cpu)
            print(f"| 1 (CPU s) | baseline / storyline | {bc:.1f} / {oc:.1f} | | {bc / oc:.2f} |")


if __name__ == "__main__":
    main()
