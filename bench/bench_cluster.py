"""Story clustering quality: storyline vs TF-IDF and MiniLM average-link baselines, same run.

ECB+ (../shared/data/ecbplus/articles.jsonl): thresholds of the baselines tuned on topics 1-24
(dev), everything reported on dev and on topics 25-35 (unseen). GoogleNews-TS: BCubed and time.

    python bench/bench_cluster.py [--no-minilm] [--gnews-limit N] [--incremental-only] [--merged-topics]

``--incremental-only``: ECB+ through the store only: batch ``update_stories`` over every article,
against batch over 80% of them followed by the other 20% added one at a time (incremental).

``--feed``: ECB+ through the store from an empty store, every article arriving in chunks of N (random order,
seed 0; each chunk ingested, then ``update_stories``), against all of them at once: how far stories built as news
arrives drift from batch.

``--merged-topics``: the event stage alone on every dev topic and on every pair of dev topics merged (as when
the topic stage joins two similar topics), with the current event stage and with one more level of splitting
(each event split again when every part has at least N articles).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load_scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = None


def bcubed(pred: list[str], gold: list[str]) -> tuple[float, float, float]:
    return SCORE.bcubed(pred, gold)  # type: ignore[attr-defined]


def pairwise_f1(pred: list[str], gold: list[str]) -> float:
    tp = fp = fn = 0
    n = len(pred)
    for i in range(n):
        for j in range(i + 1, n):
            same_p, same_g = pred[i] == pred[j], gold[i] == gold[j]
            tp += same_p and same_g
            fp += same_p and not same_g
            fn += same_g and not same_p
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    return 2 * p * r / (p + r) if p + r else 0.0


def avg_link_labels(sim: Any, thr: float) -> list[str]:
    from storyline.cluster.batch import average_link

    return [str(x) for x in average_link(sim, thr)]


def tfidf_sim(recs: list[dict[str, Any]]) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [f"{r.get('title') or ''} {r.get('text') or ''}" for r in recs]
    x = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(docs)
    return (x @ x.T).toarray()


def minilm_sim(recs: list[dict[str, Any]]) -> Any:
    from storyline.nlp import load_embedder

    docs = [f"{r.get('title') or ''}. {' '.join(str(r.get('text') or '').split()[:200])}" for r in recs]
    emb = load_embedder().encode(docs, batch_size=32, normalize_embeddings=True)
    return np.asarray(emb) @ np.asarray(emb).T


def tuned_baseline(dev: list[dict[str, Any]], unseen: list[dict[str, Any]], simf: Any) -> dict[str, Any]:
    sd, su = simf(dev), simf(unseen)
    gd = [r["story"] for r in dev]
    best = max((bcubed(avg_link_labels(sd, t), gd)[2], t) for t in np.arange(0.02, 0.9, 0.02))
    thr = float(best[1])
    return {"thr": thr, "dev": avg_link_labels(sd, thr), "unseen": avg_link_labels(su, thr)}


def ours(recs: list[dict[str, Any]]) -> list[str]:
    from storyline.cluster import cluster_records

    labels = cluster_records(recs)
    return [labels[str(r["id"])] for r in recs]


def row(name: str, pred: list[str], gold: list[str], secs: float) -> str:
    p, r, f = bcubed(pred, gold)
    return f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {pairwise_f1(pred, gold):.3f} | {secs:.1f} |"


def ecb(minilm: bool) -> None:
    with open(SHARED / "data/ecbplus/articles.jsonl", encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    dev = [r for r in recs if r["topic"] <= 24]
    unseen = [r for r in recs if r["topic"] > 24]
    print("\n## ECB+ (BCubed P / R / F1, pairwise F1, seconds); baselines' thresholds tuned on dev\n")
    print("| system | P | R | F1 | pairwise F1 | s |\n|---|---|---|---|---|---|")
    baselines = [("TF-IDF + average link", tfidf_sim)] + ([("MiniLM + average link", minilm_sim)] if minilm else [])
    for name, simf in baselines:
        t = time.time()
        out = tuned_baseline(dev, unseen, simf)
        secs = time.time() - t
        print(row(f"{name} (thr {out['thr']:.2f}), dev", out["dev"], [r["story"] for r in dev], secs))
        print(row(f"{name} (thr {out['thr']:.2f}), unseen 25-35", out["unseen"], [r["story"] for r in unseen], 0))
    for split, sub in (("dev 1-24", dev), ("unseen 25-35", unseen)):
        t = time.time()
        pred = ours(sub)
        print(row(f"**storyline**, {split}", pred, [r["story"] for r in sub], time.time() - t))


def gnews(limit: int | None) -> None:
    with open(SHARED / "data/googlenews-ts/TS", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    if limit:
        rows = rows[:limit]
    recs = [{"id": str(i), "title": "", "text": r["text"], "story": str(r["cluster"])} for i, r in enumerate(rows)]
    gold = [r["story"] for r in recs]
    print(f"\n## GoogleNews-TS ({len(recs)} items, {len(set(gold))} stories; lower-cased and stemmed)\n")
    print("| system | P | R | F1 | pairwise F1 | s |\n|---|---|---|---|---|---|")
    t = time.time()
    pred = ours(recs)
    secs = time.time() - t
    p, r, f = bcubed(pred, gold)
    print(f"| **storyline** | {p:.3f} | {r:.3f} | {f:.3f} | n/a | {secs:.1f} |")
    if len(recs) <= 12000:
        from sklearn.feature_extraction.text import TfidfVectorizer

        from storyline.cluster.online import single_pass

        t = time.time()
        x = TfidfVectorizer(sublinear_tf=True).fit_transform([r["text"] for r in recs])
        del x
        base = [str(v) for v in single_pass([r["text"] for r in recs])]
        p, r, f = bcubed(base, gold)
        print(
            f"| single-pass TF-IDF centroids only (stage 1) | {p:.3f} | {r:.3f} | {f:.3f} | n/a | {time.time() - t:.1f} |"
        )


def neus_records(split: str, work: Path) -> list[dict[str, Any]]:
    """NeuS (AllSides) records made by the acceptance scorer's ``neus-input``, each group (three outlets' leads on one
    event) as its gold story."""
    out = work / f"{split}.jsonl"
    SCORE.neus_input(str(SHARED / "data/neus" / f"{split}.source"), str(out))  # type: ignore[attr-defined]
    with open(out, encoding="utf-8") as fh:
        return [{**r, "story": r["group"]} for r in (json.loads(line) for line in fh)]


def neus(minilm: bool) -> None:
    """NeuS groups as gold stories: many small stories (three outlets each) on few beats, short leads, no dates.
    Baselines' thresholds are tuned on the first 3,000 train records; ours is the default."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        train = neus_records("train", Path(tmp))[:3000]
        val = neus_records("val", Path(tmp))
    print(f"\n## NeuS groups as stories: train {len(train)} records (tuning), val {len(val)} records\n")
    print("| system | P | R | F1 | pairwise F1 | s |\n|---|---|---|---|---|---|")
    baselines = [("TF-IDF + average link", tfidf_sim)] + ([("MiniLM + average link", minilm_sim)] if minilm else [])
    for name, simf in baselines:
        t = time.time()
        out = tuned_baseline(train, val, simf)
        print(row(f"{name} (thr {out['thr']:.2f}), train", out["dev"], [r["story"] for r in train], time.time() - t))
        print(row(f"{name} (thr {out['thr']:.2f}), val", out["unseen"], [r["story"] for r in val], 0))
    for split, sub in (("train", train), ("val", val)):
        t = time.time()
        pred = ours(sub)
        print(row(f"**storyline**, {split}", pred, [r["story"] for r in sub], time.time() - t))
    print("\n### NeuS val through the store: batch vs incremental (20 % added one at a time)\n")
    print("| split | mode | P | R | F1 | s |\n|---|---|---|---|---|---|")
    store_rows("val", val)


def store_labels(recs: list[dict[str, Any]], held_out: list[dict[str, Any]]) -> dict[str, str]:
    """Record id -> story id: ``recs`` ingested and clustered in batch, then each of ``held_out``
    ingested and placed with ``update_stories`` one at a time."""
    import tempfile

    from storyline.cluster import update_stories
    from storyline.ingest import ingest
    from storyline.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.db") as store:
        path = Path(tmp) / "in.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
        ingest(store, [str(path)])
        update_stories(store)
        for i, r in enumerate(held_out):
            one = Path(tmp) / f"new{i}.jsonl"
            one.write_text(json.dumps(r) + "\n", encoding="utf-8")
            ingest(store, [str(one)])
            update_stories(store)
        rows = store.conn.execute(
            "SELECT a.extra, sa.story_id FROM articles a JOIN story_articles sa ON sa.article_id = a.id"
        ).fetchall()
    return {json.loads(e)["record_id"]: sid for e, sid in rows}


def ecb_splits() -> list[tuple[str, list[dict[str, Any]]]]:
    """ECB+ records with text: dev (topics 1-24) and unseen (25-35)."""
    with open(SHARED / "data/ecbplus/articles.jsonl", encoding="utf-8") as fh:
        recs = [r for r in (json.loads(line) for line in fh) if (r.get("text") or "").strip()]
    return [
        ("dev 1-24", [r for r in recs if r["topic"] <= 24]),
        ("unseen 25-35", [r for r in recs if r["topic"] > 24]),
    ]


def incremental() -> None:
    """ECB+: batch through the store vs 80% batch + 20% added one by one (every 5th article by id)."""
    print("\n## ECB+ through the store: batch vs incremental (20% of articles added one at a time)\n")
    print("| split | mode | P | R | F1 | s |\n|---|---|---|---|---|---|")
    for split, sub in ecb_splits():
        store_rows(split, sub)


def store_rows(split: str, sub: list[dict[str, Any]]) -> None:
    """Table rows: ``sub`` through the store in batch, and 80 % in batch + every 5th record (by id hash) added one
    by one."""
    import hashlib

    gold = {r["id"]: r["story"] for r in sub}
    late = [r for r in sub if int(hashlib.sha256(r["id"].encode()).hexdigest(), 16) % 5 == 0]
    early = [r for r in sub if r not in late]
    for mode, a, b in (("batch", sub, []), (f"incremental ({len(late)} added)", early, late)):
        t = time.time()
        labels = store_labels(a, b)
        ids = sorted(gold)
        p, r, f = bcubed([labels.get(i, "unstored:" + i) for i in ids], [gold[i] for i in ids])
        print(f"| {split} | {mode} | {p:.3f} | {r:.3f} | {f:.3f} | {time.time() - t:.1f} |")


def feed(chunks: list[int]) -> None:
    """ECB+ from an empty store, the articles arriving in chunks (random order), against batch."""
    import random
    import tempfile

    from storyline.cluster import update_stories
    from storyline.ingest import ingest
    from storyline.store import Store

    print("\n## ECB+ through the store, articles arriving in chunks from an empty store (random order, seed 0)\n")
    print("| split | articles a chunk | P | R | F1 | stories | splits | s |\n|---|---|---|---|---|---|---|---|")
    for split, sub in ecb_splits():
        random.Random(0).shuffle(sub)
        gold = {r["id"]: r["story"] for r in sub}
        for chunk in [len(sub), *chunks]:
            t = time.time()
            with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.db") as store:
                for k in range(0, len(sub), chunk):
                    path = Path(tmp) / f"in{k}.jsonl"
                    path.write_text("".join(json.dumps(r) + "\n" for r in sub[k : k + chunk]), encoding="utf-8")
                    ingest(store, [str(path)])
                    update_stories(store)
                rows = store.conn.execute(
                    "SELECT a.extra, sa.story_id FROM articles a JOIN story_articles sa ON sa.article_id = a.id"
                ).fetchall()
                splits = store.conn.execute("SELECT count(*) FROM story_events WHERE kind = 'split'").fetchone()[0]
            labels = {json.loads(e)["record_id"]: sid for e, sid in rows}
            ids = sorted(gold)
            p, r, f = bcubed([labels.get(i, "unstored:" + i) for i in ids], [gold[i] for i in ids])
            name = "all (batch)" if chunk == len(sub) else str(chunk)
            print(
                f"| {split} | {name} | {p:.3f} | {r:.3f} | {f:.3f} | {len(set(labels.values()))} | {splits}"
                f" | {time.time() - t:.1f} |",
                flush=True,
            )


def _events(docs: list[str], params: Any, min_part: int) -> list[str]:
    """Event labels of one group of documents; with ``min_part``, each event split once more where every part of
    that split has at least ``min_part`` articles."""
    from collections import Counter

    from storyline.cluster.batch import split_events

    labels = [str(x) for x in split_events(docs, params)]
    if not min_part:
        return labels
    for lab in sorted(set(labels)):
        idx = [i for i, x in enumerate(labels) if x == lab]
        sub = split_events([docs[i] for i in idx], params)
        if len(set(sub)) > 1 and min(Counter(sub).values()) >= min_part:
            for i, s in zip(idx, sub, strict=True):
                labels[i] = f"{lab}.{s}"
    return labels


def merged_topics() -> None:
    """The event stage on each dev topic alone and on every two dev topics merged (BCubed F1 against gold events)."""
    from itertools import combinations

    from storyline.cluster.batch import ClusterParams, doc_text

    with open(SHARED / "data/ecbplus/articles.jsonl", encoding="utf-8") as fh:
        recs = [r for r in (json.loads(line) for line in fh) if r["topic"] <= 24 and (r.get("text") or "").strip()]
    topics: dict[int, list[dict[str, Any]]] = {}
    for r in recs:
        topics.setdefault(r["topic"], []).append(r)
    pairs = list(combinations(sorted(topics), 2))
    params = ClusterParams()
    print(f"\n## Event stage, dev topics ({len(topics)} topics alone, {len(pairs)} pairs merged): BCubed F1\n")
    print(
        "| event stage | each topic alone (mean) | two merged (mean) | two merged (lowest) | s |\n|---|---|---|---|---|"
    )
    for name, min_part in (("current", 0), ("one more level, parts >= 5", 5), ("one more level, parts >= 6", 6)):
        t = time.time()

        def f1(sub: list[dict[str, Any]], min_part: int = min_part) -> float:
            pred = _events([doc_text(r.get("title"), r.get("text")) for r in sub], params, min_part)
            return float(bcubed(pred, [r["story"] for r in sub])[2])

        alone = [f1(topics[k]) for k in sorted(topics)]
        merged = [f1(topics[a] + topics[b]) for a, b in pairs]
        print(f"| {name} | {np.mean(alone):.3f} | {np.mean(merged):.3f} | {min(merged):.3f} | {time.time() - t:.1f} |")


def main() -> None:
    global SCORE
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-minilm", action="store_true")
    ap.add_argument("--gnews-limit", type=int, default=None)
    ap.add_argument("--incremental-only", action="store_true")
    ap.add_argument("--merged-topics", action="store_true")
    ap.add_argument("--neus", action="store_true", help="NeuS groups as gold stories (only this section).")
    ap.add_argument("--feed", default=None, help="Chunk sizes, e.g. 50,10,1: ECB+ fed to an empty store.")
    args = ap.parse_args()
    if not (SHARED / "data").is_dir():
        sys.exit(f"../shared/data is missing ({SHARED}); this benchmark reads the shared corpora")
    SCORE = load_scorer()
    import sklearn

    print(f"# bench_cluster  python {platform.python_version()}  scikit-learn {sklearn.__version__}")
    if args.incremental_only:
        incremental()
        return
    if args.merged_topics:
        merged_topics()
        return
    if args.feed:
        feed([int(x) for x in args.feed.split(",")])
        return
    if args.neus:
        neus(not args.no_minilm)
        return
    ecb(not args.no_minilm)
    gnews(args.gnews_limit)
    incremental()


if __name__ == "__main__":
    main()
