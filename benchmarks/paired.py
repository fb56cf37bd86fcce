"""This checkout against another one, batch by batch in turns: how much CPU the extract path costs each.

    git worktree add --detach /tmp/old 0cccc33
    python benchmarks/paired.py --old /tmp/old --rounds 8

``throughput.py`` times one checkout at a time, so comparing two means runs minutes apart, and on a
shared machine the floor and the path both drift by ±15 % between runs. Here two worker processes, one
per checkout, each with its pipeline built and warmed, take turns over the same batches of distinct
seed copies (the order alternates from batch to batch); each round sums their CPU seconds over eight
batches of 40 documents, and prints old/new. The old checkout runs on this environment's Python and
packages, first on ``PYTHONPATH``; the entry points the installed package registers with spaCy are
hidden from it, so its own factories are the ones used.

old/new is how many times faster this checkout is, and equals its ``throughput.py`` ratio divided by
the old one's (both run against the same floor). A benchmark, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The worker: builds the pipeline, warms it on the seeds, then for each folder it reads on stdin runs
# the CLI's JSONL path (as throughput.py's (b)) and answers with the CPU seconds it took.
WORKER = """
import os, sys, time
from pathlib import Path
from vnru_facts import api
from vnru_facts.write import export

def run(folder):
    with Path(os.devnull).open("wb") as sink:
        for result in api.iter_extract([folder], jobs=1):
            sink.write(export.to_jsonl(result.facts))

run(sys.argv[1])
print("ready", flush=True)
for line in sys.stdin:
    start = time.process_time()
    run(line.strip())
    print(time.process_time() - start, flush=True)
"""

# Put on the old checkout's PYTHONPATH: spaCy would otherwise load this environment's installed
# package through its entry points, beside the old code.
HIDE_ENTRY_POINTS = """
try:
    import catalogue
    _entry_points = catalogue.Registry._get_entry_points
    catalogue.Registry._get_entry_points = lambda self: [
        e for e in _entry_points(self) if not e.value.startswith("vnru_facts")
    ]
except Exception:
    pass
"""

BATCHES = 8
COPIES_PER_BATCH = 8  # of the five seeds: 40 documents a batch


def write_batches(into: Path) -> list[str]:
    """Folders of distinct seed copies (each ends with its own marker line, as in throughput.py)."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    folders: list[str] = []
    n = 0
    for b in range(BATCHES):
        folder = into / f"batch{b}"
        folder.mkdir()
        folders.append(str(folder))
        for _ in range(COPIES_PER_BATCH):
            for path, text in zip(seeds, texts, strict=True):
                (folder / f"c{n:05d}_{path.name}").write_text(f"{text}\n\n(benchmark copy {n})\n")
                n += 1
    return folders


class Worker:
    """One checkout's pipeline in a process of its own, timed on request."""

    def __init__(self, cwd: Path, script: Path, *, pythonpath: str | None = None) -> None:
        env = dict(os.environ)
        if pythonpath is not None:
            env["PYTHONPATH"] = pythonpath
        self.process = subprocess.Popen(
            [sys.executable, str(script), str(ROOT / "seeds")],
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        if self._answer() != "ready":
            raise SystemExit(f"the worker in {cwd} did not start")

    def cpu_seconds(self, folder: str) -> float:
        assert self.process.stdin is not None
        self.process.stdin.write(folder + "\n")
        self.process.stdin.flush()
        return float(self._answer())

    def _answer(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait()


def one_round(old: Worker, new: Worker, folders: list[str], round_no: int) -> tuple[float, float]:
    """CPU seconds of each over every batch, the one that goes first alternating batch by batch."""
    old_s = new_s = 0.0
    for i, folder in enumerate(folders):
        if (i + round_no) % 2:
            new_s += new.cpu_seconds(folder)
            old_s += old.cpu_seconds(folder)
        else:
            old_s += old.cpu_seconds(folder)
            new_s += new.cpu_seconds(folder)
    return old_s, new_s


def main(argv: list[str] | None = None) -> int:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--old", type=Path, required=True, help="a checkout of the code to compare with")
    parser.add_argument("--rounds", type=int, default=4, help="rounds of eight batches each")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="vnru-paired-") as tmp:
        folder = Path(tmp)
        script = folder / "worker.py"
        script.write_text(WORKER)
        (folder / "site").mkdir()
        (folder / "site" / "sitecustomize.py").write_text(HIDE_ENTRY_POINTS)
        batches = write_batches(folder)
        old_path = f"{folder / 'site'}{os.pathsep}{args.old.resolve()}"
        old = Worker(args.old, script, pythonpath=old_path)
        new = Worker(ROOT, script)
        ratios = []
        try:
            for r in range(args.rounds):
                old_s, new_s = one_round(old, new, batches, r)
                ratios.append(old_s / new_s)
                print(f"round {r + 1}: old {old_s:.2f} s  new {new_s:.2f} s  old/new {old_s / new_s:.3f}")
        finally:
            old.close()
            new.close()
    print(f"median old/new {statistics.median(ratios):.3f} over {args.rounds} rounds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
