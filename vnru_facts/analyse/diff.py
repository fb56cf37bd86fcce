"""Facts only in A, only in B, and changed (same subject, other value): two outlets, or two runs.

Pure: no spaCy, Typer, Rich or I/O. Facts are compared by what they state, not by id or source, so
two folders (or two runs over moved files) compare as the same facts when they say the same things.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from vnru_facts.analyse.conflicts.subjects import growth_text, trade_key
from vnru_facts.models import AgreementFact, Fact, InvestmentFact, TradeFact, VisitFact, fact_to_dict


@dataclass
class Change:
    subject: str
    a: Fact
    b: Fact


@dataclass
class FactsDiff:
    only_a: list[Fact] = field(default_factory=list)
    only_b: list[Fact] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    same: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON: ``{"only_a": [FACT], "only_b": [FACT], "changed": [{subject, a, b}], "same": n}``."""
        return {
            "only_a": [fact_to_dict(f) for f in self.only_a],
            "only_b": [fact_to_dict(f) for f in self.only_b],
            "changed": [
                {"subject": c.subject, "a": fact_to_dict(c.a), "b": fact_to_dict(c.b)} for c in self.changed
            ],
            "same": self.same,
        }


def _or_unknown(value: object) -> str:
    return "?" if value is None or value == "" else str(value)


def subject_of(fact: Fact) -> str:
    """What a fact is about, for every fact (a missing part is '?', not a reason to skip it)."""
    if isinstance(fact, TradeFact):
        key = trade_key(fact)
        if key is not None:
            return str(key)
        period = fact.period
        span = f"{_or_unknown(period and period.start)}..{_or_unknown(period and period.end)}"
        direction = "total" if fact.flow == "total" else f"{fact.exporter}>{fact.importer}"
        return f"trade {direction} {'-'.join(sorted(fact.parties))} {span} {fact.status}"
    if isinstance(fact, InvestmentFact):
        company = f" {fact.company}" if fact.company else ""
        return f"investment {fact.investor}>{fact.host}{company} as of {_or_unknown(fact.as_of)}"
    if isinstance(fact, VisitFact):
        month = fact.start[:7] if fact.start else "?"
        return f"visit {fact.person.key} {fact.from_}>{fact.to} {month}"
    if isinstance(fact, AgreementFact):
        return f"agreement {fact.title.lower()} {fact.status} {_or_unknown(fact.date)}"
    return fact.type


def value_of(fact: Fact) -> str:
    """What a fact says about its subject, in words: equal strings mean the same statement."""
    parts: list[object] = []
    if isinstance(fact, TradeFact):
        parts = [
            fact.value and f"{fact.value.qualifier} {fact.value.amount:g} {fact.value.currency}",
            fact.growth and growth_text(fact.growth.pct, fact.growth.qualifier),
        ]
    elif isinstance(fact, InvestmentFact):
        parts = [
            fact.amount and f"{fact.amount.qualifier} {fact.amount.amount:g} {fact.amount.currency}",
            fact.projects is not None and f"{fact.projects} projects",
            fact.rank and f"rank {fact.rank.position}/{fact.rank.of}",
        ]
    elif isinstance(fact, VisitFact):
        parts = [f"{fact.start}..{fact.end}", fact.place, fact.kind, fact.person.role, fact.event]
    elif isinstance(fact, AgreementFact):
        parts = [fact.count is not None and f"{fact.count_qualifier or ''} {fact.count}".strip(), fact.place]
    return ", ".join(str(p) for p in parts if p)


def diff_facts(a: Sequence[Fact], b: Sequence[Fact]) -> FactsDiff:
    """Match facts by subject; within a subject, equal statements are the same, the rest pair up as
    changed, and what is left over is only in one side."""
    sides: dict[str, tuple[dict[str, list[Fact]], dict[str, list[Fact]]]] = defaultdict(
        lambda: (defaultdict(list), defaultdict(list))
    )
    for fact in a:
        sides[subject_of(fact)][0][value_of(fact)].append(fact)
    for fact in b:
        sides[subject_of(fact)][1][value_of(fact)].append(fact)
    result = FactsDiff()
    for subject, (in_a, in_b) in sorted(sides.items()):
        left: list[Fact] = []
        right: list[Fact] = []
        for value in sorted(set(in_a) | set(in_b)):
            xs, ys = in_a.get(value, []), in_b.get(value, [])
            result.same += min(len(xs), len(ys))
            left += xs[len(ys) :]
            right += ys[len(xs) :]
        result.changed += [Change(subject, x, y) for x, y in zip(left, right, strict=False)]
        result.only_a += left[len(right) :]
        result.only_b += right[len(left) :]
    return result
