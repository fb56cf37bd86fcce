"""Which of the development corpus's expected conflicts are reported, and why the others are not.

    .venv/bin/python benchmarks/corpus_conflicts.py [CORPUS_DIR] [--facts FACTS.json | --gold]

CORPUS_DIR (default $VNRU_CORPUS, else ../shared/corpus beside the repo) holds articles/ and
conflicts.json. Each expected conflict is: found; missing because a fact is not extracted (the
extractor's part); or missing although both facts are there (the conflict logic's part, shown with
the facts' subjects). Also lists conflicts between files marked not_expected, and any value or
growth conflict whose facts differ in period or status (which must never happen). Exit 1 when a
miss is the logic's or a rule is broken, so tests can run it. --gold checks the logic on the
corpus's gold trade facts instead of extracted ones: every expected conflict must then be found.
"""

from __future__ import annotations

import math
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from rapidfuzz import fuzz

from vnru_facts.analyse.conflicts.claims import Claim
from vnru_facts.analyse.conflicts.intervals import overlaps
from vnru_facts.analyse.conflicts.subjects import fact_claims, trade_key
from vnru_facts.api import extract_paths
from vnru_facts.models import (
    AgreementFact,
    Conflict,
    Evidence,
    FactsDocument,
    Growth,
    Money,
    Period,
    TradeFact,
    with_fact_id,
)
from vnru_facts.normalize.money import (
    MONEY_RE,
    PERCENT_RE,
    parse_money,
    printed_half_width,
    qualifier_of,
    widen,
)
from vnru_facts.normalize.names import fold_key
from vnru_facts.normalize.numbers import NUMBER_WORD_PATTERN, parse_number

REPO = Path(__file__).resolve().parents[1]
# The corpus sits in shared/ beside the repo (as in CI); VNRU_CORPUS points elsewhere (a worktree).
DEFAULT_CORPUS = Path(os.environ.get("VNRU_CORPUS") or REPO.parent / "shared" / "corpus")
QUOTE_MATCH = 90  # rapidfuzz partial_ratio: the gold quote and the fact's evidence are one sentence


@dataclass
class Report:
    found: list[str] = field(default_factory=list)
    missing_facts: list[str] = field(default_factory=list)
    missing_logic: list[str] = field(default_factory=list)
    not_expected: list[str] = field(default_factory=list)
    mixed_subjects: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.missing_logic or self.not_expected or self.mixed_subjects)


def _name(source: str) -> str:
    return source.rsplit("/", 1)[-1]


def _states(fact: Any, kind: str) -> bool:
    if kind == "growth":
        return getattr(fact, "growth", None) is not None
    if kind == "count":
        return (getattr(fact, "count", None) or 0) > 1
    return getattr(fact, "value", None) is not None or getattr(fact, "amount", None) is not None


def _figure_in(fact: Any, kind: str, quote: str) -> bool:
    """Whether the quote prints this fact's figure (a sentence can hold several facts)."""
    if kind == "growth":
        return any(
            (v := parse_number(m.group("num") or m.group("word"))) is not None
            and math.isclose(v, abs(fact.growth.pct))
            for m in PERCENT_RE.finditer(quote)
        )
    if kind == "count":
        return any(parse_number(m.group(0)) == fact.count for m in _COUNT_RE.finditer(quote))
    money = getattr(fact, "value", None) or getattr(fact, "amount", None)
    return money is not None and fold_key(money.text) in fold_key(quote)


# A document count as printed: "15", "eleven".
_COUNT_RE = re.compile(rf"(?i)\b(?:\d{{1,3}}|{NUMBER_WORD_PATTERN})\b")


def matching_fact(facts: list[Any], file: str, quote: str, kind: str, subject: str = "") -> Any | None:
    """The fact of ``file`` whose evidence is the gold quote's sentence and whose figure the quote prints,
    about the ``subject`` when the sentence gives figures of several years (failing that, any fact of
    that sentence stating such a figure)."""
    wanted = fold_key(quote)
    candidates = []
    for fact in facts:
        evidence = fold_key(fact.evidence.text)
        if _name(fact.source) != file or not _states(fact, kind):
            continue
        if wanted in evidence or evidence in wanted or fuzz.partial_ratio(wanted, evidence) >= QUOTE_MATCH:
            candidates.append(fact)
    printed = [f for f in candidates if _figure_in(f, kind, quote)]
    about = [f for f in printed if not isinstance(f, TradeFact) or str(trade_key(f)).startswith(subject)]
    return next(iter(about or printed or candidates), None)


def _states_here(fact: Any, kind: str, value: Any) -> bool:
    """Whether ``value`` is the fact's own statement of the conflict's kind (the values that an
    implied-growth conflict lists for the two years are about other periods by design)."""
    if fact is None:
        return False
    if kind == "growth":
        return fact.growth is not None and fact.growth.pct == value
    return True


def _describe(fact: Any) -> str:
    key = trade_key(fact) if isinstance(fact, TradeFact) else None
    return f"{_name(fact.source)}: {key or fact.type} value={getattr(fact, 'value', None)!s:.60}"


def evaluate(expected: dict[str, Any], result: FactsDocument, conflicts: list[Conflict]) -> Report:
    report = Report()
    by_id = {f.id: f for f in result.facts}
    for item in expected["expected"]:
        kind, note = item["kind"], f"{item['kind']} {item['subject']}: {item.get('note', '')}"
        facts = [
            matching_fact(result.facts, v["file"], v["quote"], kind, item["subject"]) for v in item["values"]
        ]
        absent = [v["file"] for v, f in zip(item["values"], facts, strict=True) if f is None]
        if absent:
            report.missing_facts.append(f"{note} (not extracted from {', '.join(absent)})")
            continue
        incomplete = [_name(f.source) for f in facts if isinstance(f, TradeFact) and trade_key(f) is None]
        if incomplete:
            report.missing_facts.append(f"{note} (extracted without a period from {', '.join(incomplete)})")
            continue
        ids = {f.id for f in facts}
        if any(c.kind == kind and ids <= set(c.fact_ids) for c in conflicts):
            report.found.append(note)
        else:
            report.missing_logic.append(f"{note} [{' | '.join(_describe(f) for f in facts)}]")
    claims = _claims_by_fact(result.facts)
    for item in expected.get("not_expected", []):
        for c in conflicts:
            if c.kind in ("value", "growth", "count", "date") and _opposed(c, item["files"], claims):
                report.not_expected.append(f"{c.message} ({item.get('note', '')})")
    for c in conflicts:
        if c.kind in ("value", "growth"):
            stated = [
                by_id[v.fact_id] for v in c.values if _states_here(by_id.get(v.fact_id), c.kind, v.value)
            ]
            if any(not c.subject.startswith(str(trade_key(f))) for f in stated if isinstance(f, TradeFact)):
                report.mixed_subjects.append(c.message)
    return report


def _claims_by_fact(facts: list[Any]) -> dict[str, list[Claim]]:
    by_fact: dict[str, list[Claim]] = {}
    for claim in fact_claims(facts):
        by_fact.setdefault(claim.fact_id, []).append(claim)
    return by_fact


def _opposed(conflict: Conflict, files: list[str], claims: dict[str, list[Claim]]) -> bool:
    """Whether the conflict sets the two files against each other: each states the subject, and no
    value of one agrees with one of the other (two sources agreeing on one side of a conflict with a
    third are not opposed)."""
    a, b = (
        [
            c.interval
            for i in conflict.fact_ids
            for c in claims.get(i, [])
            if c.subject == conflict.subject and _name(c.source) == file
        ]
        for file in files[:2]
    )
    return bool(a and b) and not any(overlaps(x, y) for x in a for y in b)


def corpus_paths(corpus: Path, expected: dict[str, Any]) -> list[str]:
    """The corpus's articles and the folders of this repo its conflicts are to be found with
    (``run_with``: the seeds hold one side of some of them)."""
    return [str(corpus / "articles"), *(str(REPO / folder) for folder in expected.get("run_with", []))]


# --- facts from the gold annotations, to test the conflict logic apart from the extractor --------------


def _gold_money(record: dict[str, Any]) -> Money | None:
    """The gold value with the interval its printed words allow (read back from the quote)."""
    amount = record.get("value_usd")
    if amount is None:
        return None
    quote = record["quote"].replace("\n", " ")
    for m in MONEY_RE.finditer(quote):
        parsed = parse_money(m.group(0))
        if parsed and math.isclose(parsed.amount, amount, rel_tol=1e-6):
            qualifier, word = qualifier_of(quote[: m.start()])
            low, high = widen(parsed.amount, parsed.low, parsed.high, word)
            return Money(
                amount=amount, currency="USD", qualifier=qualifier, low=low, high=high, text=m.group(0)
            )  # type: ignore[arg-type]
    half = printed_half_width(f"{amount / 1e9:g}", amount / 1e9, 1e9)
    return Money(
        amount=amount, currency="USD", low=amount - half, high=amount + half, text=f"${amount / 1e9:g}B"
    )


def _gold_growth(record: dict[str, Any]) -> Growth | None:
    pct = record.get("growth_pct")
    if pct is None:
        return None
    quote = record["quote"]
    for m in PERCENT_RE.finditer(quote):
        value = parse_number(m.group("num") or m.group("word"))
        if value is not None and math.isclose(value, abs(pct)):
            qualifier, _ = qualifier_of(quote[: m.start()])
            return Growth(pct=pct, qualifier=qualifier, text=quote)  # type: ignore[arg-type]
    return Growth(pct=pct, qualifier="exact", text=quote)


def gold_dirs(corpus: Path, expected: dict[str, Any]) -> list[Path]:
    """The corpus's gold and that of the ``run_with`` folders (shared/gold/seeds for seeds/)."""
    return [corpus / "gold", *(corpus.parent / "gold" / Path(f).name for f in expected.get("run_with", []))]


def _gold_agreement(gold: dict[str, Any], record: dict[str, Any]) -> AgreementFact:
    """A gold document count, with the qualifier its quote prints ("over 10 documents")."""
    quote = record["quote"]
    count = record["count"]
    printed = next((m for m in _COUNT_RE.finditer(quote) if parse_number(m.group(0)) == count), None)
    qualifier = qualifier_of(quote[: printed.start()])[0] if printed else "exact"
    return AgreementFact(
        source=gold["file"],
        doc_date=gold.get("doc_date"),
        evidence=Evidence(start=0, end=len(quote), text=quote),
        title=record["title"],
        count=count,
        count_qualifier=qualifier,  # type: ignore[arg-type]
        date=record.get("date"),
        place=record.get("place"),
        parties=["RU", "VN"],
        status=record["status"],
    )


def gold_facts(*gold_dir: Path) -> FactsDocument:
    """The gold trade facts as TradeFacts and document counts as AgreementFacts, sourced to their
    articles."""
    facts: list[Any] = []
    for path in sorted(p for folder in gold_dir for p in folder.glob("*.json")):
        gold = orjson.loads(path.read_bytes())
        for record in gold["facts"]:
            if record["type"] == "agreement" and (record.get("count") or 0) > 1:
                facts.append(with_fact_id(_gold_agreement(gold, record)))
            if record["type"] != "trade" or record.get("year") is None or record.get("months") is None:
                continue
            year, months = record["year"], record["months"]
            fact = TradeFact(
                source=gold["file"],
                doc_date=gold.get("doc_date"),
                evidence=Evidence(start=0, end=len(record["quote"]), text=record["quote"]),
                value=_gold_money(record),
                period=Period(start=f"{year}-01", end=f"{year}-{months:02d}"),
                flow=record["flow"],
                exporter=record.get("exporter"),
                importer=record.get("importer"),
                parties=record["parties"],
                status=record["status"],
                growth=_gold_growth(record),
                commodity=record.get("product"),
            )
            facts.append(with_fact_id(fact))
    return FactsDocument(facts=facts)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    corpus = Path(args[0]) if args else DEFAULT_CORPUS
    expected = orjson.loads((corpus / "conflicts.json").read_bytes())
    if "--gold" in argv:
        result = gold_facts(*gold_dirs(corpus, expected))
    elif "--facts" in argv:
        result = FactsDocument.model_validate_json(Path(argv[argv.index("--facts") + 1]).read_bytes())
    else:
        result = extract_paths(corpus_paths(corpus, expected))
    from vnru_facts.analyse.conflicts import find_conflicts

    conflicts = find_conflicts(result.facts, documents=result.documents)
    report = evaluate(expected, result, conflicts)
    total = len(expected["expected"])
    print(
        f"expected conflicts: {total}; found {len(report.found)}; missing because facts are not extracted "
        f"{len(report.missing_facts)}; missing although the facts are there {len(report.missing_logic)}"
    )
    for title, lines in (
        ("found", report.found),
        ("missing: fact not extracted", report.missing_facts),
        ("missing: conflict logic", report.missing_logic),
        ("reported although not expected", report.not_expected),
        ("value/growth conflicts mixing periods or statuses", report.mixed_subjects),
    ):
        for line in lines:
            print(f"  {title}: {line}")
    print(f"reported: {len(conflicts)} conflicts")
    for c in conflicts:
        print(f"  {c.kind}: {c.message}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
