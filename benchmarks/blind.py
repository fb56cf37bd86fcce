"""The blind round: score the rules on 40 pool articles that nobody tunes to (issue 18).

    python benchmarks/blind.py [--shared ../shared] [--verbose]

``blind/pool_sample.txt`` names the 40 articles, drawn at random with a fixed seed before anyone read the
pool; ``blind/gold/`` holds their facts, annotated from the text alone per ``shared/eval/GOLD_FORMAT.md``.
The articles are other people's writing and stay outside the repository: a gold fact keeps its quote as
offsets into the article (``quote_at``), and the gold files the scorer reads are rebuilt in a temporary
folder from the articles in ``shared/pool``. Prints the scorer's table (``--verbose`` lists misses and
extras on stderr, which is reading the blind set: don't tune to what it shows).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "blind"
ROOT = HERE.parent.parent


def sample_stems() -> list[str]:
    lines = (HERE / "pool_sample.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def gold_with_quotes(pool: Path, into: Path) -> None:
    """Writes the scorer's gold files: each ``quote_at`` replaced by the quote it points to."""
    for path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (pool / gold["file"]).read_text(encoding="utf-8")
        for fact in gold["facts"]:
            start, end = fact.pop("quote_at")
            fact["quote"] = text[start:end]
        (into / path.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    pool = args.shared / "pool"
    articles = [str(pool / f"{stem}.txt") for stem in sample_stems()]
    with tempfile.TemporaryDirectory() as tmp:
        gold, facts = Path(tmp) / "gold", Path(tmp) / "facts.json"
        gold.mkdir()
        gold_with_quotes(pool, gold)
        with facts.open("wb") as out:
            cli = [sys.executable, "-m", "vnru_facts", "extract", *articles, "--format", "json"]
            subprocess.run(cli, stdout=out, check=True)
        score = [sys.executable, str(args.shared / "eval" / "score.py"), "--gold", str(gold), str(facts)]
        return subprocess.run(score + (["--verbose"] if args.verbose else []), check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
