"""How well the document date read from an article's text alone matches its sidecar date.

    .venv/bin/python benchmarks/doc_dates.py [--shared ../shared] [--list] [--json]

For every corpus and pool article whose ``<stem>.meta.json`` has a ``date`` (the pool's blind articles,
``benchmarks/blind/``, are left out: never read), the date the reader would
infer from the text with no sidecar (``read.sources.choose_doc_date(text, None, None)``) is set against
the sidecar's:

  exact   the same day (or the same value when the sidecar is a month)
  month   the same month: another day, or only the month known
  year    the same year: only the year known (``year``) or another month (``year-month``, listed)
  wrong   another year: every relative date of the article ("last year", "in May") is shifted
  none    no date read: relative dates stay unresolved

A wrong date is worse than none. ``--list`` prints the stems that are not exact with both dates (no text).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from vnru_facts.read.sources import choose_doc_date, valid_date

REPO = Path(__file__).resolve().parents[1]
BLIND_LISTS = tuple(REPO / "benchmarks" / name / "pool_sample.txt" for name in ("blind",))
SETS = ("corpus/articles", "pool")
GRADES = ("exact", "month", "year", "year-month", "wrong", "none")


def blind_stems() -> set[str]:
    """The stems of the blind round's articles, never read."""
    lines = [line for path in BLIND_LISTS for line in path.read_text(encoding="utf-8").splitlines()]
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def dated_articles(folder: Path, *, skip: set[str]) -> list[tuple[Path, str]]:
    """(text path, sidecar date) for the articles of ``folder`` whose sidecar has a valid date."""
    found = []
    for meta in sorted(folder.glob("*.meta.json")):
        stem = meta.name.removesuffix(".meta.json")
        if stem in skip:
            continue
        date = valid_date(json.loads(meta.read_text(encoding="utf-8")).get("date"))
        if date is not None:
            found.append((folder / f"{stem}.txt", date))
    return found


def grade(inferred: str | None, truth: str) -> str:
    """How ``inferred`` stands to ``truth`` (see the module's docstring)."""
    if inferred is None:
        return "none"
    if inferred[:4] != truth[:4]:
        return "wrong"
    if inferred == truth:
        return "exact"
    if len(inferred) == 4:
        return "year"
    if inferred[:7] == truth[:7]:
        return "month"
    return "year-month" if len(truth) >= 7 else "year"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--list", action="store_true", help="list the articles that are not exact")
    parser.add_argument("--json", action="store_true", help="counts as JSON")
    args = parser.parse_args()
    if not (args.shared / "pool").is_dir():
        parser.error(f"no pool under {args.shared}: pass --shared")
    skip = blind_stems()
    counts: dict[str, Counter[str]] = {}
    misses: list[tuple[str, str, str, str | None]] = []
    for name in SETS:
        tally: Counter[str] = Counter()
        for path, truth in dated_articles(args.shared / name, skip=skip):
            inferred, _origin = choose_doc_date(path.read_text(encoding="utf-8"), None, None)
            g = grade(inferred, truth)
            tally[g] += 1
            if g != "exact":
                misses.append((g, f"{name.split('/')[0]}/{path.stem}", truth, inferred))
        counts[name.split("/")[0]] = tally
    if args.json:
        print(json.dumps({k: {g: v[g] for g in GRADES} for k, v in counts.items()}))
        return 0
    print(f"{'set':8} {'n':>4} " + " ".join(f"{g:>10}" for g in GRADES))
    for name, tally in [*counts.items(), ("all", sum(counts.values(), Counter()))]:
        print(f"{name:8} {sum(tally.values()):>4} " + " ".join(f"{tally[g]:>10}" for g in GRADES))
    if args.list:
        for g, stem, truth, inferred in sorted(misses, key=lambda m: (GRADES.index(m[0]), m[1])):
            print(f"{g:10} {stem:60} sidecar {truth:10}  text {inferred}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
