"""Conflicts between facts about the same subject (pure: no spaCy, no I/O).

Two facts about one subject conflict when the intervals their words allow do not overlap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from vnru_facts.models import Conflict, ConflictValue, TradeFact, stable_id


def trade_subject(f: TradeFact) -> str:
    period = f.period
    span = f"{period.start}..{period.end}" if period and period.start else "unknown-period"
    direction = f"{f.exporter}>{f.importer}" if f.flow != "total" else "total"
    commodity = f" {f.commodity}" if f.commodity else ""
    return f"trade {direction}{commodity} {'-'.join(f.parties)} {span} {f.status}"


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def find_conflicts(facts: Sequence[Any]) -> list[Conflict]:
    """Value conflicts between trade figures of the same subject."""
    groups: dict[str, list[TradeFact]] = defaultdict(list)
    for f in facts:
        if isinstance(f, TradeFact) and f.value is not None and f.period and f.period.start:
            groups[trade_subject(f)].append(f)
    out: list[Conflict] = []
    for subject, members in sorted(groups.items()):
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a.source == b.source or a.value is None or b.value is None:
                    continue
                if _overlap((a.value.low, a.value.high), (b.value.low, b.value.high)):
                    continue
                values = [
                    ConflictValue(
                        fact_id=f.id,
                        source=f.source,
                        value=f.value.amount,
                        text=f.value.text,
                        quote=f.evidence.text,
                    )
                    for f in (a, b)
                    if f.value is not None
                ]
                lo, hi = sorted(v.value for v in values)  # type: ignore[type-var]
                out.append(
                    Conflict(
                        id=stable_id("c", {"subject": subject, "facts": sorted([a.id, b.id])}),
                        kind="value",
                        subject=subject,
                        fact_ids=[a.id, b.id],
                        values=values,
                        spread_pct=round(100 * (hi - lo) / hi, 2) if hi else None,
                        message=f"{subject}: "
                        f"{values[0].text} ({values[0].source}) vs {values[1].text} ({values[1].source})",
                    )
                )
    return out
