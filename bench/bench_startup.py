"""Wall time of one CLI command on a tiny input (a cold start: Python, spaCy, the embedding model), two trees.

    python bench/bench_startup.py --base /path/to/base/worktree [--runs 5] [--input FILE ...]

Runs ``storyline brief --input FILE`` (by default on one example article, ``examples/strike_echo.txt``) ``--runs``
times with the base tree on ``PYTHONPATH`` and as often with this tree, alternately in the same run (so that the
machine's load falls on both alike). Prints the median, lowest and highest wall time, the CPU time (user + system) of
the command with its children and of the command's own process (taken in its exit handlers: a teardown after them is
not in it), and whether all outputs are byte-identical.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


CLI = (
    "import atexit, os, resource, sys\n"
    "def own():\n"
    "    r = resource.getrusage(resource.RUSAGE_SELF)\n"
    "    open(os.environ['BENCH_OWN_CPU'], 'w').write(str(r.ru_utime + r.ru_stime))\n"
    "atexit.register(own)\n"
    "from storyline.cli import main\n"
    "sys.argv[0] = 'storyline'\n"
    "main()\n"
)
"""The CLI, writing the CPU time of its own process (its children not counted) to ``$BENCH_OWN_CPU`` at exit."""


def run_once(tree: Path, args: list[str]) -> tuple[float, float, float, bytes]:
    """(wall s, CPU s with children, CPU s of the command's own process, stdout) of ``storyline ARGS`` with ``tree``
    first on the path."""
    own = Path(tempfile.mkstemp(prefix="bench_startup_")[1])
    env = {**os.environ, "PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    env["BENCH_OWN_CPU"] = str(own)
    cmd = [sys.executable, "-c", CLI, *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=tree, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    own_cpu = float(own.read_text() or "nan")
    own.unlink()
    return wall, cpu, own_cpu, done.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=Path, required=True, help="worktree of the commit to compare with")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--input", nargs="+", default=[str(ROOT / "examples/strike_echo.txt")])
    ap.add_argument("--command", default="brief", help="brief (default) or another command taking the inputs")
    args = ap.parse_args()
    cli = [args.command, "--input", *[str(Path(p).resolve()) for p in args.input]]
    trees = {
        "base": args.base.resolve(),
        "this tree": ROOT,
    }
    times: dict[str, list[tuple[float, float, float]]] = {k: [] for k in trees}
    outputs: set[bytes] = set()
    for _ in range(args.runs):
        for name, tree in trees.items():
            wall, cpu, own_cpu, out = run_once(tree, cli)
            times[name].append((wall, cpu, own_cpu))
            outputs.add(out)
    print(f"`storyline {' '.join(cli[:2])} {' '.join(Path(p).name for p in args.input)}`, {args.runs} runs each, ")
    print(f"alternating; {platform.python_version()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}\n")
    print("| tree | median wall s | min | max | median CPU s (all) | median CPU s (command's own process) |")
    print("|---|---|---|---|---|---|")
    for name, got in times.items():
        walls = [w for w, _, _ in got]
        cpu, own_cpu = statistics.median(c for _, c, _ in got), statistics.median(o for _, _, o in got)
        print(
            f"| {name} | {statistics.median(walls):.2f} | {min(walls):.2f} | {max(walls):.2f} | {cpu:.2f} | {own_cpu:.2f} |"
        )
    print(f"\noutputs byte-identical across trees and runs: {len(outputs) == 1}")


if __name__ == "__main__":
    main()
