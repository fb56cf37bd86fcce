"""Claims (what one fact says about a subject) and value classes (claims stating the same value)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from vnru_facts.analyse.conflicts.intervals import Interval, overlaps

ConflictKind = Literal["value", "growth", "count", "date", "role", "name", "sum", "period"]


class Claim(NamedTuple):
    """One fact's statement about a subject, with the interval of values its words allow.

    A tuple rather than a dataclass: there is one per figure of every fact, and a frozen dataclass
    took several times longer to build.
    """

    kind: ConflictKind
    subject: str  # the grouping key, e.g. "trade total RU-VN 2024-01..2024-12 actual"
    label: str  # the same subject in words for messages, e.g. "2024 trade"
    interval: Interval
    value: float | str | None
    text: str  # the value as printed: "US$4.57 billion", "up 26%"
    fact_id: str
    source: str
    quote: str
    # The structured subject, for checks across subjects: (TradeKey, currency) for a trade value,
    # (TradeKey,) for a trade growth, () otherwise.
    key: tuple[Any, ...] = ()


@dataclass
class ValueClass:
    """The claims of one subject that state the same value, and the independent sources behind them."""

    interval: Interval
    claims: list[Claim] = field(default_factory=list)
    clusters: set[str] = field(default_factory=set)

    @property
    def sources(self) -> list[str]:
        return sorted({c.source for c in self.claims})


def group_claims(claims: Iterable[Claim]) -> dict[tuple[str, str], list[Claim]]:
    """Claims by (kind, subject): grouping by key keeps the work near-linear in the number of facts."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[claim.kind, claim.subject].append(claim)
    return groups


Classified = dict[tuple[str, str], list["ValueClass"]]


def classify(claims: Iterable[Claim], cluster_of: Mapping[str, str]) -> Classified:
    """The value classes of every (kind, subject), computed once for all the checks."""
    return {group: value_classes(members, cluster_of) for group, members in group_claims(claims).items()}


def value_classes(claims: Sequence[Claim], cluster_of: Mapping[str, str]) -> list[ValueClass]:
    """The distinct values among ``claims`` (by interval), lowest first."""
    by_interval: dict[Interval, ValueClass] = {}
    for claim in claims:
        cls = by_interval.setdefault(claim.interval, ValueClass(claim.interval))
        cls.claims.append(claim)
        cls.clusters.add(cluster_of.get(claim.source, claim.source))
    return sorted(by_interval.values(), key=lambda c: (c.interval.low, c.interval.high))


def in_disjoint_pair(classes: Sequence[ValueClass]) -> list[ValueClass]:
    """The classes that disagree with at least one other class.

    A class that overlaps both the class starting last and the class ending first overlaps every
    class (all start before it ends and end after it starts), so two comparisons per class suffice.
    """
    if len(classes) < 2:
        return []
    starts_last = max(classes, key=lambda c: c.interval.low)
    ends_first = min(classes, key=lambda c: c.interval.high)
    return [
        c
        for c in classes
        if not overlaps(c.interval, starts_last.interval) or not overlaps(c.interval, ends_first.interval)
    ]


def support(cls: ValueClass, classes: Sequence[ValueClass]) -> int:
    """Independent sources consistent with ``cls``: those stating it, or a value whose interval overlaps it
    ("about $4.6B" backs both $4.57B and $4.59B)."""
    clusters: set[str] = set()
    for other in classes:
        if other is cls or overlaps(cls.interval, other.interval):
            clusters |= other.clusters
    return len(clusters)
