"""Ingest throughput (ingest + clean + store, no NLP) and peak memory on the shared corpora.

    python bench/bench_ingest.py [--synth 100000] [--repeat 1]

Rows:
- text files: the ECB+ texts (written as .txt files to a temporary folder) and the PolNeAR train texts;
- JSONL: ``../shared/data/ecbplus/articles.jsonl``;
- HTML: trafilatura's evaluation pages (``extraction-trafilatura/tests/cache/*.html.gz``), beside
  ``trafilatura.extract`` called directly on the same pages in the same run (the ratio is our overhead);
- synthetic JSONL (``bench/synth.py``) ingested by the ``storyline ingest`` command in a subprocess, its
  peak RSS read with ``resource.getrusage(RUSAGE_CHILDREN)``.

Each row gives wall-clock and CPU (process) time: the machine is shared, so the wall-clock rate depends
on the load, which is printed too. Baselines in the same run: reading + decoding the inputs only, and
trafilatura alone.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYLINE_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT / "bench"))


def _workers() -> int:
    from storyline.ingest.parallel import default_workers

    return default_workers()


WORKERS = _workers()


def timed(fn: Callable[[], object]) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, out


def ingest_rate(inputs: list[str], tmp: Path, name: str, workers: int = 0) -> tuple[int, float, float, int]:
    """Articles stored, wall s, CPU s of this process only (workers' CPU is not counted), inputs skipped."""
    from storyline.ingest import ingest
    from storyline.settings import IngestOptions
    from storyline.store import Store

    db = tmp / f"{name}-{workers}.db"
    with Store(db) as store:
        wall, cpu, report = timed(lambda: ingest(store, inputs, options=IngestOptions(workers=workers)))
    counts = report.counts  # type: ignore[attr-defined]
    return counts["added"] + counts["unchanged"] + counts["version"], wall, cpu, len(report.skipped)  # type: ignore[attr-defined]


def read_only(paths: list[Path], *, jsonl: bool = False) -> int:
    n = 0
    for p in paths:
        data = p.read_bytes()
        if p.suffix == ".gz":
            data = gzip.decompress(data)
        text = data.decode("utf-8", "replace")
        if jsonl:
            n += sum(1 for line in text.splitlines() if line.strip() and json.loads(line))
        else:
            n += 1
    return n


def trafilatura_alone(pages: list[Path]) -> int:
    import trafilatura

    n = 0
    for p in pages:
        html = gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
        if trafilatura.extract(html, with_metadata=True, include_tables=True):
            n += 1
    return n


def synth_peak(n: int, tmp: Path) -> tuple[int, float, float, float]:
    from synth import write_jsonl

    data = write_jsonl(tmp / "synth.jsonl", n, seed=1)
    exe = Path(sys.executable).parent / "storyline"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "storyline.cli"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    done = subprocess.run(
        [*cmd, "ingest", str(data), "--db", str(tmp / "synth.db"), "--json"], capture_output=True, text=True
    )
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    stored = report["added"] + report["unchanged"] + report["new_versions"]
    return stored, wall, cpu, after.ru_maxrss / 1024  # ru_maxrss is KiB on Linux


def row(label: str, n: int, wall: float, cpu: float, extra: str = "") -> str:
    return f"| {label} | {n} | {wall:.1f} | {n / wall:.0f} | {cpu:.1f} | {n / max(cpu, 1e-9):.0f} | {extra} |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synth", type=int, default=100_000, help="synthetic records for the memory run (0: skip)")
    args = ap.parse_args()
    if not (SHARED / "data").is_dir():
        raise SystemExit(f"the shared data is needed beside the project ({SHARED})")
    ecb = SHARED / "data/ecbplus/articles.jsonl"
    polnear = sorted((SHARED / "data/polnear/train/text").glob("*.txt"))
    pages = sorted((SHARED / "data/extraction-trafilatura/tests/cache").glob("*.html.gz"))
    lines = [
        "| input | articles | wall s | articles/s (wall) | CPU s | articles/CPU-s | note |",
        "|---|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        txt = tmp / "texts"
        txt.mkdir()
        with ecb.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                (txt / f"ecb{i}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
        text_files = sorted(txt.glob("*.txt")) + polnear
        w, c, n = timed(lambda: read_only(text_files))
        lines.append(row("baseline: text files read + decoded", int(n), w, c))  # type: ignore[arg-type]
        n2, w, c, sk = ingest_rate([str(txt), *map(str, polnear)], tmp, "text")
        lines.append(row("storyline: text files (ECB+ + PolNeAR)", n2, w, c, f"{sk} skipped"))
        w, c, n = timed(lambda: read_only([ecb], jsonl=True))
        lines.append(row("baseline: JSONL read + json.loads", int(n), w, c))  # type: ignore[arg-type]
        n2, w, c, sk = ingest_rate([str(ecb)], tmp, "jsonl")
        lines.append(row("storyline: JSONL (ECB+)", n2, w, c, f"{sk} skipped"))
        w_t, c_t, n_t = timed(lambda: trafilatura_alone(pages))
        lines.append(row("baseline: trafilatura.extract alone", int(n_t), w_t, c_t, f"{len(pages)} pages"))  # type: ignore[arg-type]
        n2, w, c, sk = ingest_rate([str(p) for p in pages], tmp, "html", workers=1)
        lines.append(
            row(
                "storyline: HTML pages (.html.gz), 1 process",
                n2,
                w,
                c,
                f"{sk} skipped; CPU ratio to trafilatura {c / c_t:.2f}",
            )
        )
        n2, w, c, sk = ingest_rate([str(p) for p in pages], tmp, "html")
        lines.append(
            row(f"storyline: HTML pages, {WORKERS} workers", n2, w, c, f"{sk} skipped; CPU: main process only")
        )
        if args.synth:
            n2, w, c, rss = synth_peak(args.synth, tmp)
            lines.append(row(f"storyline ingest CLI: {args.synth} synthetic JSONL", n2, w, c, f"peak RSS {rss:.0f} MB"))
    versions = ", ".join(f"{p} {metadata.version(p)}" for p in ("storyline", "trafilatura", "htmldate"))
    print(
        f"Python {sys.version.split()[0]}, {versions}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n"
    )
    print("\n".join(lines))


if __name__ == "__main__":
    main()
