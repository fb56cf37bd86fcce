"""How far two annotators of the same articles agree: the second's gold read as predictions and scored
by ``shared/eval/score.py`` against the first's.

    python benchmarks/annotators.py [--set blind|pooldev3] [--with-optional] [--shared ../shared]

A set's ``gold/`` and ``gold_second/`` were annotated from the text alone, each without seeing the
other. Their agreement is the ceiling a rule set can be expected to reach against either: a miss both
annotators share is the rules', a disagreement is the task's. The second annotator's facts are put in
the shape the tool writes (a trade year and months as a period, a person as name and key) so the
scorer's own match functions judge them. Optional facts of the second annotator count as predictions
only with ``--with-optional``. Prints counts and scores, never text.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from blind import BENCHMARKS, ROOT, gold_with_quotes


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {shared / 'eval' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def as_prediction(fact: dict[str, Any], file: str) -> dict[str, Any]:
    """A gold fact in the shape of the tool's output, as far as the scorer reads it."""
    out: dict[str, Any] = {"type": fact["type"], "source": file}
    kind = fact["type"]
    if kind == "trade":
        year, months = fact.get("year"), fact.get("months")
        growth = fact.get("growth_pct")
        out |= {
            "period": {"start": f"{year}-01", "end": f"{year}-{months or 12:02d}"} if year else {},
            "flow": fact.get("flow"),
            "exporter": fact.get("exporter"),
            "importer": fact.get("importer"),
            "parties": fact.get("parties"),
            "status": fact.get("status"),
            "commodity": fact.get("product"),
            "value": fact.get("value_usd"),
            "growth": {"pct": growth} if growth is not None else None,
        }
    elif kind == "investment":
        out |= {k: fact.get(k) for k in ("investor", "host", "projects")} | {"amount": fact.get("amount_usd")}
    elif kind == "visit":
        out |= {"person": {"name": fact.get("person"), "key": fact.get("person_key")}}
        out |= {k: fact.get(k) for k in ("to", "start")}
    elif kind == "agreement":
        out |= {k: fact.get(k) for k in ("title", "date", "count")}
    return out


def second_as_predictions(gold_dir: Path, *, with_optional: bool) -> list[dict[str, Any]]:
    facts = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        kept = [f for f in gold["facts"] if with_optional or not f.get("optional")]
        facts += [as_prediction(f, gold["file"]) for f in kept]
    return facts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("blind", "pooldev3"), default="blind")
    parser.add_argument("--with-optional", action="store_true")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    here, scorer = BENCHMARKS / args.set, load_scorer(args.shared)
    predictions = second_as_predictions(here / "gold_second", with_optional=args.with_optional)
    with tempfile.TemporaryDirectory() as tmp:
        gold_with_quotes(here / "gold", args.shared / "pool", Path(tmp))
        stats = scorer.score(Path(tmp), predictions)
    total = {k: sum(s[k] for s in stats.values()) for k in ("tp", "fp", "fn")}
    print(f"{'type':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for kind, s in [*stats.items(), ("all", total)]:
        p, r, f1 = scorer.prf(s)
        print(f"{kind:<12} {p:6.3f} {r:6.3f} {f1:6.3f} {s['tp']:4d} {s['fp']:4d} {s['fn']:4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
