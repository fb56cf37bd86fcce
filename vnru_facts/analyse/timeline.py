"""The trade picture across sources: facts -> one row per period with every source's value beside it.

Pure: no spaCy, Typer, Rich or plotting library. A row's values, their support and its conflict mark
come from the conflict checks themselves: the same subjects (``conflicts.subjects``), value classes and
support (``conflicts.claims``), independent sources (``conflicts.sources``) and disagreement rule
(``conflicts.values``). So a year marked conflicting here is a value conflict in ``vnru-facts conflicts``,
and "support" counts syndicated copies of one story once.

Full years, parts of a year and spans of several years are different subjects and different rows,
never merged: "$4.15B in the first 11 months" is not a reading of the year. Targets and forecasts are
rows of their own status.
"""

from __future__ import annotations

import calendar
import csv
import io
from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import Literal, NamedTuple

import orjson
from pydantic import BaseModel, Field

from vnru_facts.analyse.conflicts.claims import Claim, ValueClass, classify, support
from vnru_facts.analyse.conflicts.intervals import overlaps
from vnru_facts.analyse.conflicts.sources import independent_sources
from vnru_facts.analyse.conflicts.subjects import BILATERAL, investment_claims, period_label, trade_claims
from vnru_facts.analyse.conflicts.values import disagreeing_classes
from vnru_facts.models import Document, Fact, InvestmentFact, Money, Qualifier, TradeFact
from vnru_facts.write.export import safe_cell

__all__ = [
    "CSV_COLUMNS",
    "Flow",
    "PeriodKind",
    "SeriesType",
    "Status",
    "SupportedValue",
    "Timeline",
    "TimelinePoint",
    "TimelineRow",
    "build_timeline",
    "directions_of",
    "period_kind",
    "period_words",
    "timeline_to_csv",
    "timeline_to_json",
]

SeriesType = Literal["trade", "investment"]
Flow = Literal["total", "export", "import"]
Status = Literal["actual", "target", "forecast"]
PeriodKind = Literal["year", "part-year", "years", "as-of"]

STATUS_ORDER: tuple[Status, ...] = ("actual", "forecast", "target")
KIND_ORDER: tuple[PeriodKind, ...] = ("year", "part-year", "years", "as-of")
# Seen from Vietnam, whose name the tool carries: its exports go to Russia ("Russia's imports from
# Vietnam" are the same figures), its imports come from Russia.
OUTWARD, INWARD = "VN>RU", "RU>VN"


class TimelinePoint(BaseModel):
    """One source's value for a period, with the interval its words allow."""

    fact_id: str
    source: str
    independent_source: str = Field(description="the first source of its group of copies of one story")
    text: str = Field(description="the value as printed, e.g. 'US$4.57 billion'")
    qualifier: Qualifier = Field(description="'over' for 'more than US$4.5 billion'")
    value: float
    low: float
    high: float
    support: int = Field(description="independent sources whose value is consistent with this one")
    conflicting: bool = Field(description="disagrees with another source's value for the same period")


class SupportedValue(BaseModel):
    """The value of a period with the most independent support."""

    text: str
    qualifier: Qualifier
    value: float
    low: float
    high: float
    support: int
    fact_ids: list[str]


class TimelineRow(BaseModel):
    """One period of the series: every source's value, the best supported one, and a conflict mark."""

    type: SeriesType
    direction: str = Field(description="'total', or exporter>importer ('VN>RU'), or investor>host")
    status: Status
    currency: str
    start: str
    end: str
    label: str = Field(description="'2024', 'Jan–Nov 2024', 'as of 2019-11'")
    kind: PeriodKind
    subject: str = Field(description="the conflict subject, as `vnru-facts conflicts` names it")
    conflict: bool
    supported: SupportedValue | None = Field(
        description="null when values that cannot both hold have equal support"
    )
    points: list[TimelinePoint]


class Timeline(BaseModel):
    type: SeriesType
    flow: Flow
    status: Status | None = None
    rows: list[TimelineRow] = Field(default_factory=list)
    left_out: int = Field(default=0, description="values of the series without a period or as-of date")


class _Head(NamedTuple):
    """What a row is about, read from any of its facts."""

    type: SeriesType
    direction: str
    status: Status
    currency: str
    start: str
    end: str


def directions_of(series: SeriesType, flow: Flow) -> tuple[str, ...]:
    """The directions a flow selects; for investment, ``total`` is both directions, in rows apart."""
    if flow == "export":
        return (OUTWARD,)
    if flow == "import":
        return (INWARD,)
    return ("total",) if series == "trade" else (OUTWARD, INWARD)


def period_kind(start: str, end: str) -> PeriodKind:
    """A calendar year, a part of one year, or a span across years."""
    if start[:4] != end[:4]:
        return "years"
    full = start[4:] in ("", "-01", "-01-01") and end[4:] in ("", "-12", "-12-31")
    return "year" if full else "part-year"


def period_words(start: str, end: str) -> str:
    """'2024', 'Jan–Nov 2024', 'Jun 2026'; other periods as 'start..end'."""
    kind = period_kind(start, end)
    if kind == "year":
        return start[:4]
    if kind == "part-year" and len(start) == len(end) == 7:
        first, last = calendar.month_abbr[int(start[5:])], calendar.month_abbr[int(end[5:])]
        return f"{first} {start[:4]}" if first == last else f"{first}–{last} {start[:4]}"
    return period_label(start, end)


def build_timeline(
    facts: Sequence[Fact],
    *,
    documents: Sequence[Document] = (),
    series: SeriesType = "trade",
    flow: Flow = "total",
    status: Status | None = None,
) -> Timeline:
    """The rows of one series (bilateral trade in all goods, or country-level investment stocks).

    Pass all the facts: copies of one story are recognised from every fact they share, as in
    ``find_conflicts``, so support counts here match the conflicts report.
    """
    cluster_of = independent_sources(facts, documents)
    directions = directions_of(series, flow)
    statuses = STATUS_ORDER if status is None else (status,)
    heads: dict[str, _Head] = {}
    qualifiers: dict[str, Qualifier] = {}
    claims: list[Claim] = []
    left_out = 0
    for fact in facts:
        if not _in_series(fact, series, directions, statuses):
            continue
        values = [c for c in _claims(fact) if c.kind == "value"]
        left_out += not values
        for claim in values:
            heads.setdefault(claim.subject, _head(fact, series))
            qualifiers[fact.id] = _money(fact).qualifier
            claims.append(claim)
    rows = [
        _row(heads[subject], subject, classes, cluster_of, qualifiers)
        for (_, subject), classes in classify(claims, cluster_of).items()
    ]
    rows.sort(key=_row_order)
    return Timeline(type=series, flow=flow, status=status, rows=rows, left_out=left_out)


# --- selecting and reading facts ---------------------------------------------------------------------


def _trade_direction(fact: TradeFact) -> str | None:
    if fact.flow == "total":
        return "total"
    return f"{fact.exporter}>{fact.importer}" if fact.exporter and fact.importer else None


def _in_series(fact: Fact, series: SeriesType, directions: Sequence[str], statuses: Sequence[str]) -> bool:
    """Bilateral figures of the whole economy: a commodity, a province or one company is another series."""
    if series == "trade":
        return (
            isinstance(fact, TradeFact)
            and fact.value is not None
            and fact.commodity is None
            and tuple(sorted(fact.parties)) == BILATERAL
            and fact.status in statuses
            and _trade_direction(fact) in directions
        )
    return (
        isinstance(fact, InvestmentFact)
        and fact.amount is not None
        and fact.company is None
        and "actual" in statuses  # an investment figure states a stock, never a target
        and f"{fact.investor}>{fact.host}" in directions
    )


def _claims(fact: Fact) -> Iterable[Claim]:
    if isinstance(fact, TradeFact):
        return trade_claims(fact)
    if isinstance(fact, InvestmentFact):
        return investment_claims(fact)
    return ()


def _money(fact: Fact) -> Money:
    money = (
        fact.value
        if isinstance(fact, TradeFact)
        else fact.amount
        if isinstance(fact, InvestmentFact)
        else None
    )
    assert money is not None  # only facts with a value are in a series
    return money


def _head(fact: Fact, series: SeriesType) -> _Head:
    if isinstance(fact, TradeFact) and fact.value is not None and fact.period and fact.period.start:
        start, end = fact.period.start, fact.period.end or fact.period.start
        direction = _trade_direction(fact) or "total"
        return _Head(series, direction, fact.status, fact.value.currency, start, end)
    assert isinstance(fact, InvestmentFact) and fact.amount is not None and fact.as_of  # selected above
    direction = f"{fact.investor}>{fact.host}"
    return _Head(series, direction, "actual", fact.amount.currency, fact.as_of, fact.as_of)


# --- one row ---------------------------------------------------------------------------------------


def _row(
    head: _Head,
    subject: str,
    classes: list[ValueClass],
    cluster_of: dict[str, str],
    qualifiers: dict[str, Qualifier],
) -> TimelineRow:
    disagreeing = {id(cls) for cls in disagreeing_classes(classes)}
    supports = [support(cls, classes) for cls in classes]
    points = [
        TimelinePoint(
            fact_id=claim.fact_id,
            source=claim.source,
            independent_source=cluster_of.get(claim.source, claim.source),
            text=claim.text,
            qualifier=qualifiers[claim.fact_id],
            value=float(claim.value),  # type: ignore[arg-type]  (value claims carry amounts)
            low=cls.interval.low,
            high=cls.interval.high,
            support=n,
            conflicting=id(cls) in disagreeing,
        )
        for cls, n in zip(classes, supports, strict=True)
        for claim in cls.claims
    ]
    points.sort(key=lambda p: (p.low, p.high, p.source, p.fact_id))
    kind: PeriodKind = "as-of" if head.type == "investment" else period_kind(head.start, head.end)
    label = f"as of {head.start}" if kind == "as-of" else period_words(head.start, head.end)
    return TimelineRow(
        **head._asdict(),
        label=label,
        kind=kind,
        subject=subject,
        conflict=bool(disagreeing),
        supported=_supported(classes, supports, qualifiers),
        points=points,
    )


def most_supported(classes: Sequence[ValueClass], supports: Sequence[int]) -> ValueClass | None:
    """The value with the most independent support.

    When several share the top support and all agree (their intervals overlap: "about $2.5B" and
    "$2.47B"), the most precise one; when they cannot all hold, none: the sources are split evenly.
    """
    if not classes:
        return None
    top = max(supports)
    best = [cls for cls, n in zip(classes, supports, strict=True) if n == top]
    if any(not overlaps(a.interval, b.interval) for a, b in combinations(best, 2)):
        return None
    return min(best, key=lambda c: (c.interval.high - c.interval.low, c.interval.low))


def _supported(
    classes: Sequence[ValueClass], supports: Sequence[int], qualifiers: dict[str, Qualifier]
) -> SupportedValue | None:
    best = most_supported(classes, supports)
    if best is None:
        return None
    first = best.claims[0]
    return SupportedValue(
        text=first.text,
        qualifier=qualifiers[first.fact_id],
        value=float(first.value),  # type: ignore[arg-type]
        low=best.interval.low,
        high=best.interval.high,
        support=supports[list(classes).index(best)],
        fact_ids=[c.fact_id for c in best.claims],
    )


def _row_order(row: TimelineRow) -> tuple[object, ...]:
    """Actual figures before forecasts and targets; full years, then parts of years, then longer spans."""
    return (
        STATUS_ORDER.index(row.status),
        KIND_ORDER.index(row.kind),
        row.start,
        row.end,
        row.direction,
        row.currency,
    )


# --- output for tools ------------------------------------------------------------------------------


def timeline_to_json(timeline: Timeline) -> bytes:
    return orjson.dumps(timeline.model_dump(mode="json"), option=orjson.OPT_INDENT_2) + b"\n"


CSV_COLUMNS = (
    "type",
    "direction",
    "status",
    "kind",
    "period",
    "start",
    "end",
    "currency",
    "conflict",
    "supported_text",
    "supported_qualifier",
    "supported_value",
    "supported_support",
    "fact_id",
    "source",
    "text",
    "qualifier",
    "value",
    "low",
    "high",
    "support",
    "conflicting",
)


def timeline_to_csv(timeline: Timeline) -> str:
    """One line per source value, with its period's best supported value and conflict mark repeated."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in timeline.rows:
        best = row.supported
        head = {
            "type": row.type,
            "direction": row.direction,
            "status": row.status,
            "kind": row.kind,
            "period": row.label,
            "start": row.start,
            "end": row.end,
            "currency": row.currency,
            "conflict": row.conflict,
            "supported_text": best.text if best else None,
            "supported_qualifier": best.qualifier if best else None,
            "supported_value": best.value if best else None,
            "supported_support": best.support if best else None,
        }
        for point in row.points:
            cells = {**head, **point.model_dump(exclude={"independent_source"})}
            writer.writerow({c: safe_cell(cells.get(c)) for c in CSV_COLUMNS})
    return buffer.getvalue()
