"""Score the rules on annotated pool articles: a blind round (issue 18) or a pool development set.

    python benchmarks/blind.py [--set blind|pooldev|pooldev2|pooldev3] [--second] [--shared ../shared]
                               [--verbose]

``blind/``: 40 pool articles drawn at random with a fixed seed before anyone read the pool, that nobody
tunes to. ``pooldev/`` (60), ``pooldev2/`` (46) and ``pooldev3/`` (45; a second blind round until
8 Dec 2026): the other pool articles, annotated the same way, to read and tune on. Each set's
``pool_sample.txt`` names its articles and ``gold/`` holds their facts, annotated from the text alone per
``shared/eval/GOLD_FORMAT.md`` by annotators who never saw the rules' output. ``blind/`` and ``pooldev3/``
also have ``gold_second/``, a second annotator's gold made the same way without seeing the first's
(``--second`` scores against it; ``annotators.py`` scores one annotator against the other).
The articles are other people's writing and stay outside the repository: a gold fact keeps its quote as
offsets into the article (``quote_at``), and the gold files the scorer reads are rebuilt in a temporary
folder from the articles in ``shared/pool``. Prints the scorer's table (``--verbose`` lists misses and
extras on stderr: on a blind set that is reading it, so don't tune to what it shows).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
ROOT = BENCHMARKS.parent


def sample_stems(here: Path) -> list[str]:
    lines = (here / "pool_sample.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def gold_with_quotes(gold_dir: Path, pool: Path, into: Path) -> None:
    """Writes the scorer's gold files: each ``quote_at`` replaced by the quote it points to."""
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (pool / gold["file"]).read_text(encoding="utf-8")
        for fact in gold["facts"]:
            start, end = fact.pop("quote_at")
            fact["quote"] = text[start:end]
        (into / path.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("blind", "pooldev", "pooldev2", "pooldev3"), default="blind")
    parser.add_argument("--second", action="store_true", help="score against the second annotator's gold")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    here, pool = BENCHMARKS / args.set, args.shared / "pool"
    articles = [str(pool / f"{stem}.txt") for stem in sample_stems(here)]
    with tempfile.TemporaryDirectory() as tmp:
        gold, facts = Path(tmp) / "gold", Path(tmp) / "facts.json"
        gold.mkdir()
        gold_with_quotes(here / ("gold_second" if args.second else "gold"), pool, gold)
        with facts.open("wb") as out:
            cli = [sys.executable, "-m", "vnru_facts", "extract", *articles, "--format", "json"]
            subprocess.run(cli, stdout=out, check=True)
        score = [sys.executable, str(args.shared / "eval" / "score.py"), "--gold", str(gold), str(facts)]
        return subprocess.run(score + (["--verbose"] if args.verbose else []), check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
