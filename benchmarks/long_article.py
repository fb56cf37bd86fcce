"""Peak memory of ``vnru-facts extract`` on one very long article: a memory check, not a timed test.

Writes a generated article of ``--mb`` MB (default 20: the seeds one after another, over and over, so
that the same sentences are mentioned thousands of times) to a temporary folder, runs
``vnru-facts extract FILE -f jsonl`` on it in a child process, as a user would, and reads the child's
peak resident memory from the system. Exits 1 when it is over ``--limit-mb`` (default 500) or when the
article gave an error or no facts; prints the time taken, which nothing checks.

Before long texts were read in parts (``vnru_facts.run.parts``), a 20 MB article was one spaCy Doc
and took 1.6 GB.

    python benchmarks/long_article.py                  # 20 MB, at most 500 MB of memory
    python benchmarks/long_article.py --mb 30 --limit-mb 600
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def write_article(path: Path, *, mb: float) -> int:
    """The seeds, joined by blank lines, repeated up to ``mb`` MB; returns its size in bytes."""
    block = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))) + "\n\n"
    size = int(mb * 1_000_000)
    with path.open("w", encoding="utf-8") as handle:
        written = 0
        while written < size:
            handle.write(block)
            written += len(block.encode("utf-8"))
    return path.stat().st_size


def run_extract(path: Path) -> tuple[subprocess.CompletedProcess[bytes], float, float]:
    """The CLI on ``path``: its result, seconds taken and peak RSS in MB (largest child so far)."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "vnru_facts", "extract", str(path), "-f", "jsonl"],
        capture_output=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kilobytes on Linux
    return done, seconds, peak_mb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mb", type=float, default=20.0, help="size of the generated article (MB)")
    parser.add_argument("--limit-mb", type=float, default=500.0, help="fail above this peak RSS (MB)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vnru-long-") as folder:
        path = Path(folder) / "long_article.txt"
        size = write_article(path, mb=args.mb)
        done, seconds, peak_mb = run_extract(path)
    facts = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    print(
        f"one article of {size / 1e6:.1f} MB: {len(facts)} facts in {seconds:.0f} s, "
        f"peak RSS {peak_mb:.0f} MB (limit {args.limit_mb:.0f} MB)"
    )
    problems = []
    if done.returncode != 0 or b"warning:" in done.stderr:
        problems.append(f"extract exited {done.returncode}: {done.stderr.decode(errors='replace')[-500:]}")
    if not facts:
        problems.append("no facts found")
    if peak_mb > args.limit_mb:
        problems.append(f"peak RSS {peak_mb:.0f} MB is over {args.limit_mb:.0f} MB")
    for problem in problems:
        print(f"FAILED: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
