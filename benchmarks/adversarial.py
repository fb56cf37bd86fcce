"""Adversarial inputs vs an ordinary article of the same size: is every rule linear time?

    python benchmarks/adversarial.py                 # 1 MB each
    python benchmarks/adversarial.py --size 200000   # smaller, quicker
    python benchmarks/adversarial.py --big 20        # also a 20 MB file through `vnru-facts extract`

An ordinary text is the seed articles repeated to the size. Each adversarial text is built to make a
backtracking regex or the tokenizer go quadratic (long digit runs, runs of "$" or parentheses,
capitalised runs, run-ons without stops). A linear pipeline takes about as long on them as on the
ordinary text; a quadratic one takes minutes. Timings are printed as a table and as a ratio.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vnru_facts import extract_text  # noqa: E402  (after the path is set when run as a script


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def ordinary(size: int) -> str:
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    return _repeat(seeds + "\n\n")(size)


def nested_parentheses(size: int) -> str:
    return "(" * (size // 2) + ")" * (size - size // 2)


def long_numbers(size: int) -> str:
    return _repeat("9" * 10_000 + " ")(size)


# name -> builder of a text of ``size`` characters; each aims at one weakness.
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "dollar signs": _repeat("$"),
    "'1,' repeated": _repeat("1,"),
    "10,000-digit numbers": long_numbers,
    "nested parentheses": nested_parentheses,
    "digit groups": _repeat("111 "),
    "capitalised run": _repeat("Abc "),
    "one capitalised word": _repeat("A"),
    "title words": _repeat("President "),
    "month names": _repeat("January "),
    "spaces": _repeat(" "),
    "newlines": _repeat("\n"),
    "trade run-on": _repeat("Vietnam-Russia trade reached $4.57 billion up 26% and "),
    "no newlines": lambda size: ordinary(size).replace("\n", " "),
    "zero-width and bidi": _repeat("trade\u200b $4.57\u00a0billion \u202e2024\u202c "),
}


def timed(text: str) -> tuple[float, int]:
    start = time.perf_counter()
    result = extract_text(text, doc_date="2025-01-15")
    return time.perf_counter() - start, len(result.facts)


def run(size: int) -> float:
    """Print a table; return the worst ratio of adversarial to ordinary time."""
    extract_text("warm-up: trade between Vietnam and Russia reached $1 billion in 2024.")
    base, n_facts = timed(ordinary(size))
    print(f"{'input':<24} {'seconds':>8} {'ratio':>6} {'facts':>6}   ({size:,} characters each)")
    print(f"{'ordinary articles':<24} {base:8.2f} {1.0:6.2f} {n_facts:6d}")
    worst = 0.0
    for name, build in ADVERSARIAL.items():
        seconds, n = timed(build(size))
        worst = max(worst, seconds / base)
        print(f"{name:<24} {seconds:8.2f} {seconds / base:6.2f} {n:6d}", flush=True)
    return worst


def run_big(megabytes: int) -> None:
    """A ``megabytes`` MB article file through the CLI, as a user would run it."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        path.write_text(ordinary(megabytes * 1_000_000), encoding="utf-8")
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "vnru_facts", "extract", str(path), "-f", "json"],
            capture_output=True,
            check=False,
        )
        seconds = time.perf_counter() - start
        print(
            f"{megabytes} MB file via CLI: {seconds:.1f} s, exit {done.returncode}, "
            f"{len(done.stdout) / 1e6:.1f} MB of JSON"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per text (default 1 MB)")
    parser.add_argument("--big", type=int, default=0, help="also time a file of this many MB via the CLI")
    args = parser.parse_args()
    worst = run(args.size)
    print(f"worst adversarial / ordinary: {worst:.2f}")
    if args.big:
        run_big(args.big)


if __name__ == "__main__":
    main()
