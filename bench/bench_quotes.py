"""Quote extraction on PolNeAR: precision/recall/F1 at content overlap 0.3 and 0.8, speaker accuracy, and
whether the name a quote is given to is the one annotated.

Gold and metric as in ../shared/tools/score.py (``quotes``): gold quotes are attributions whose cue
is a reporting verb or whose content holds quotation marks; a prediction is correct when its content
overlaps any gold attribution's content by the threshold (share of the longer span); speaker
accuracy is over matched gold quotes with a source. A baseline runs in the same pass: quotation
marks only (regex), speaker = the nearest capitalised word in the paragraph.

    python bench/bench_quotes.py --split dev            # the dev split (acceptance-like check)
    python bench/bench_quotes.py --split train --part val   # our own held-aside fifth of train
    python bench/bench_quotes.py --split dev --out pred.jsonl   # + score.py's own numbers
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("STORYLINE_SHARED", ROOT.parent / "shared"))
REPORTING = re.compile(
    r"\b(say|said|says|saying|tell|told|tells|add|added|adds|note|noted|notes|argue|argued|argues|claim|claimed|claims|"
    r"stress|stressed|explain|explained|warn|warned|according|state|stated|states|insist|insisted|announce|announced|"
    r"write|wrote|writes|ask|asked|asks|declare|declared|acknowledge|acknowledged|admit|admitted|deny|denied|"
    r"confirm|confirmed|recall|recalled|tweet|tweeted|respond|responded|reply|replied|suggest|suggested|"
    r"report|reported|predict|predicted|promise|promised|vow|vowed|urge|urged|accuse|accused|contend|contended|"
    r"point|pointed|quote|quoted|mention|mentioned|comment|commented|continue|continued)\b",
    re.I,
)
QUOTED = re.compile('["\u201c\u201d]')


def read_ann(path: str) -> list[dict]:
    """score.py's reader, skipping the few malformed lines some train files have."""
    spans, rels = {}, []
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if line.startswith("T") and line.count("\t") == 2:
            tid, mid, txt = line.split("\t")
            kind, rest = mid.split(" ", 1)
            segs = [tuple(map(int, s.split())) for s in rest.split(";")]
            spans[tid] = (kind, segs[0][0], segs[-1][1], txt)
        elif line.startswith("E"):
            rels.append(dict(p.split(":") for p in line.split("\t")[1].split()))
    out = []
    for r in rels:
        c, s, q = spans.get(r.get("Content")), spans.get(r.get("Source")), spans.get(r.get("Cue"))
        if c:
            out.append({"content": (c[1], c[2], c[3]), "source": (s[1], s[2]) if s else None, "cue": q[3] if q else ""})
    return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / max(a[1] - a[0], b[1] - b[0], 1)


def score(pred: dict[str, list[dict]], docs: list[tuple[str, str, list[dict]]], thr: float) -> dict[str, float]:
    tp_p = n_p = tp_r = n_r = ok = n_s = 0
    for name, _text, gold in docs:
        gold_q = [g for g in gold if REPORTING.search(g["cue"]) or QUOTED.search(g["content"][2])]
        preds = [q for q in pred.get(name, []) if q.get("content")]
        spans = [(q["content"]["start"], q["content"]["end"]) for q in preds]
        n_p += len(preds)
        tp_p += sum(1 for c in spans if any(overlap(c, g["content"][:2]) >= thr for g in gold))
        for g in gold_q:
            n_r += 1
            if not preds:
                continue
            k = max(range(len(preds)), key=lambda i: overlap(spans[i], g["content"][:2]))
            if overlap(spans[k], g["content"][:2]) >= thr:
                tp_r += 1
                if g["source"]:
                    n_s += 1
                    s = preds[k].get("speaker")
                    ok += bool(s and overlap((s["start"], s["end"]), g["source"]) > 0)
    p, r = tp_p / max(1, n_p), tp_r / max(1, n_r)
    return {
        "P": p,
        "R": r,
        "F1": 2 * p * r / (p + r) if p + r else 0.0,
        "speaker": ok / max(1, n_s),
        "pred": n_p,
        "gold": n_r,
    }


NAME_WORD = re.compile(r"\b[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?\b")
NOT_NAMES = {
    "The", "His", "Her", "Their", "Its", "She", "They", "According", "But", "And", "President", "Senator", "Sen",
    "Rep", "Gov", "Governor", "Secretary", "Speaker", "Leader", "Chairman", "Former", "Democratic", "Republican",
}  # fmt: skip


def named_speakers(pred: dict[str, list[dict]], docs: list[tuple[str, str, list[dict]]]) -> dict[str, int]:
    """Whom each matched quote (overlap 0.3) is given to, where the annotated source holds a name: "right" when a
    word of the resolved name is in the annotated source, "wrong" when none is (another person named), "none"
    when no name is given (the mention stands alone). Sources without a name ("he", "officials") are left out."""
    out = {"quotes": 0, "right": 0, "wrong": 0, "none": 0}
    for name, text, gold in docs:
        preds = [q for q in pred.get(name, []) if q.get("content")]
        spans = [(q["content"]["start"], q["content"]["end"]) for q in preds]
        for g in gold:
            if not g["source"] or not preds or not (REPORTING.search(g["cue"]) or QUOTED.search(g["content"][2])):
                continue
            source = text[g["source"][0] : g["source"][1]]
            words = {w for w in NAME_WORD.findall(source) if w not in NOT_NAMES}
            k = max(range(len(preds)), key=lambda i: overlap(spans[i], g["content"][:2]))
            if not words or overlap(spans[k], g["content"][:2]) < 0.3:
                continue
            out["quotes"] += 1
            who = preds[k].get("speaker_entity")
            if not who:
                out["none"] += 1
            else:
                out["right" if set(NAME_WORD.findall(who)) & words else "wrong"] += 1
    return out


def baseline(text: str) -> list[dict]:
    """Quotation marks only; speaker = nearest capitalised word in the same paragraph."""
    out = []
    for para in re.finditer(r"[^\n]+", text):
        p0, ptext = para.start(), para.group(0)
        names = [(m.start() + p0, m.end() + p0) for m in re.finditer(r"\b[A-Z][a-z]+\b", ptext)]
        for m in re.finditer(r"[\"\u201c][^\"\u201c\u201d]+[\"\u201d]", ptext):
            s, e = m.start() + p0, m.end() + p0
            outside = [n for n in names if n[1] <= s or n[0] >= e]
            near = min(outside, key=lambda n: min(abs(n[0] - e), abs(s - n[1])), default=None)
            spk = {"text": text[near[0] : near[1]], "start": near[0], "end": near[1]} if near else None
            content = {"text": text[s:e], "start": s, "end": e}
            out.append({"kind": "direct", "speaker": spk, "speaker_entity": spk and spk["text"], "content": content})
    return out


def load(split: str, part: str, limit: int | None) -> list[tuple[str, str, list[dict]]]:
    base = SHARED / "data" / "polnear" / split
    docs = []
    for txt in sorted(glob.glob(str(base / "text" / "*.txt"))):
        name = os.path.basename(txt)
        held = int(hashlib.md5(name.encode()).hexdigest(), 16) % 5 == 0
        if part == "val" and not held or part == "dev" and held:
            continue
        anns = sorted(glob.glob(str(base / "attributions" / (name[:-4] + "_*.ann"))))
        if anns:
            docs.append((name, Path(txt).read_text(encoding="utf-8"), read_ann(anns[0])))
    return docs[:limit] if limit else docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument(
        "--part", default="all", choices=["all", "dev", "val"], help="train only: our 4/5 (dev) or 1/5 (val)"
    )
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--out", help="also write the predictions (score.py input) here")
    args = ap.parse_args()
    if not (SHARED / "data" / "polnear").is_dir():
        sys.exit(f"PolNeAR not found under {SHARED}/data/polnear")
    import spacy

    import storyline
    from storyline.extract import article_from_text, extract_articles
    from storyline.extract.serialize import quote_json

    docs = load(args.split, args.part, args.limit)
    t0 = time.perf_counter()
    arts = [article_from_text(text, name) for name, text, _g in docs]
    exs = extract_articles(arts, n_process=args.processes)
    took = time.perf_counter() - t0
    ours = {ex.article: [quote_json(q) for q in ex.quotes] for ex in exs}
    base = {name: baseline(text) for name, text, _g in docs}
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for name, qs in ours.items():
                fh.write(json.dumps({"article": name, "quotes": qs}, ensure_ascii=False) + "\n")
    print(
        f"PolNeAR {args.split} ({args.part}), {len(docs)} articles; storyline {storyline.__version__ if hasattr(storyline, '__version__') else ''} spaCy {spacy.__version__}; extraction {took:.1f}s"
    )
    print("| system | overlap | P | R | F1 | speaker acc | predicted | gold |")
    print("|---|---|---|---|---|---|---|---|")
    for label, pred in (("baseline: quote marks + nearest name", base), ("storyline", ours)):
        for thr in (0.3, 0.8):
            r = score(pred, docs, thr)
            print(
                f"| {label} | {thr} | {r['P']:.3f} | {r['R']:.3f} | {r['F1']:.3f} | {r['speaker']:.3f} | {r['pred']} | {r['gold']} |"
            )
    print()
    print("Whom quotes are given to, where the annotated source names someone (matched quotes, overlap 0.3):")
    print("| system | quotes | the name annotated | another name | no name |")
    print("|---|---|---|---|---|")
    for label, pred in (("baseline: quote marks + nearest name", base), ("storyline", ours)):
        n = named_speakers(pred, docs)
        print(f"| {label} | {n['quotes']} | {n['right']} | {n['wrong']} | {n['none']} |")


if __name__ == "__main__":
    main()
