"""Score the rules on the synthetic whole articles (``benchmarks/synthetic/README.md``).

    python benchmarks/synthetic.py [--part round1|held|round2] [--verbose]

``round1``: the 30 articles of round 1 read and tuned to; ``held``: its 10 held out, that nobody reads;
``round2``: the 32 of round 2. With no ``--part``, all three. Prints the scorer's table for each.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
ROOT = BENCHMARKS.parent
HERE = BENCHMARKS / "synthetic"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def part_stems(part: str) -> tuple[Path, list[str]]:
    """The round's folder and the stems of ``part``."""
    held = (HERE / "round1" / "held.txt").read_text(encoding="utf-8").split()
    if part == "round2":
        folder = HERE / "round2"
        return folder, sorted(p.stem for p in (folder / "gold").glob("*.json"))
    folder = HERE / "round1"
    stems = sorted(p.stem for p in (folder / "gold").glob("*.json"))
    return folder, [s for s in stems if (s in held) == (part == "held")]


def score(part: str, *, verbose: bool) -> str:
    folder, stems = part_stems(part)
    with tempfile.TemporaryDirectory() as tmp:
        gold, facts = Path(tmp) / "gold", Path(tmp) / "facts.json"
        gold.mkdir()
        for stem in stems:
            shutil.copy(folder / "gold" / f"{stem}.json", gold)
        articles = [str(folder / "articles" / f"{stem}.txt") for stem in stems]
        out = subprocess.run(
            [sys.executable, "-m", "vnru_facts", "extract", *articles, "-f", "json"],
            capture_output=True,
            check=True,
        ).stdout
        facts.write_bytes(out)
        command = [sys.executable, str(SCORER), "--gold", str(gold), str(facts)]
        command += ["--verbose"] if verbose else []
        return subprocess.run(command, capture_output=True, text=True).stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("round1", "held", "round2"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    for part in [args.part] if args.part else ["round1", "held", "round2"]:
        print(f"== {part}")
        print(score(part, verbose=args.verbose), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
