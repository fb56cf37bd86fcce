"""What each fact is about (its subject) and the claims it makes about it.

Subjects are keys, so facts only meet the facts they could contradict:
- trade: direction (total, or exporter>importer), commodity, parties, period, status;
- investment: investor>host, company, as-of date;
- visit: person key, from>to, month of the start;
- agreements: the signing event (status, parties, month, place), dated by the visit it belongs to
  when the text gives no date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from vnru_facts.analyse.conflicts.claims import Claim
from vnru_facts.analyse.conflicts.intervals import count_interval, day_span, growth_interval, money_interval
from vnru_facts.models import AgreementFact, Fact, InvestmentFact, Money, TradeFact, VisitFact

BILATERAL = ("RU", "VN")


class TradeKey(NamedTuple):
    direction: str  # "total", or "VN>RU" for exports/imports (Russia's imports from Vietnam are VN>RU)
    commodity: str | None
    parties: tuple[str, ...]
    start: str
    end: str
    status: str

    def __str__(self) -> str:
        commodity = f" {self.commodity}" if self.commodity else ""
        period = f"{self.start}..{self.end}"
        return f"trade {self.direction}{commodity} {'-'.join(self.parties)} {period} {self.status}"


def trade_key(fact: TradeFact) -> TradeKey | None:
    """None for facts that cannot be compared: no period, or a flow without its direction."""
    period = fact.period
    if period is None or not period.start:
        return None
    if fact.flow == "total":
        direction = "total"
    elif fact.exporter and fact.importer:
        direction = f"{fact.exporter}>{fact.importer}"
    else:
        return None
    parties = tuple(sorted(fact.parties))
    return TradeKey(direction, fact.commodity, parties, period.start, period.end or period.start, fact.status)


def period_label(start: str, end: str) -> str:
    """'2024' for a calendar year, else 'start..end'."""
    if start[:4] == end[:4] and start[4:] in ("", "-01") and end[4:] in ("", "-12"):
        return start[:4]
    return start if start == end else f"{start}..{end}"


def trade_label(key: TradeKey) -> str:
    """'2024 trade', '2024-01..2024-11 VN>RU trade', '2025 trade target', '2024 Moscow-VN rubber trade'."""
    who = "" if key.parties == BILATERAL else f"{'-'.join(key.parties)} "
    if key.direction != "total":
        who = f"{key.direction} "
    commodity = f"{key.commodity} " if key.commodity else ""
    status = "" if key.status == "actual" else f" {key.status}"
    return f"{period_label(key.start, key.end)} {who}{commodity}trade{status}"


def money_claim(fact: Fact, money: Money, *, subject: str, label: str, key: tuple[Any, ...] = ()) -> Claim:
    """A claim about an amount; amounts in other currencies are other subjects ($ vs VND are not compared)."""
    return Claim(
        kind="value",
        subject=subject if money.currency == "USD" else f"{subject} {money.currency}",
        label=label,
        interval=money_interval(money),
        value=money.amount,
        text=money.text,
        fact_id=fact.id,
        source=fact.source,
        quote=fact.evidence.text,
        key=(*key, money.currency) if key else (),
    )


@lru_cache(maxsize=65536)
def _subject_and_label(key: TradeKey) -> tuple[str, str]:
    """Cached: many facts share a subject, and building its strings dominated large runs."""
    return str(key), trade_label(key)


def trade_claims(fact: TradeFact) -> Iterator[Claim]:
    key = trade_key(fact)
    if key is None:
        return
    subject, label = _subject_and_label(key)
    if fact.value is not None:
        yield money_claim(fact, fact.value, subject=subject, label=label, key=(key,))
    if fact.growth is not None:
        yield Claim(
            kind="growth",
            subject=subject,
            label=f"{label} growth",
            interval=growth_interval(fact.growth),
            value=fact.growth.pct,
            text=growth_text(fact.growth.pct, fact.growth.qualifier),
            fact_id=fact.id,
            source=fact.source,
            quote=fact.evidence.text,
            key=(key,),
        )


def growth_text(pct: float, qualifier: str) -> str:
    """'+26%', 'over +20%', 'under -35%' (the fact's own text is a clipped window, unfit to display)."""
    prefix = "" if qualifier == "exact" else f"{qualifier} "
    return f"{prefix}{pct:+g}%"


def investment_claims(fact: InvestmentFact) -> Iterator[Claim]:
    if not fact.as_of or not fact.investor or not fact.host:
        return  # stocks grow: figures without an as-of date cannot contradict each other
    company = f" {fact.company}" if fact.company else ""
    subject = f"investment {fact.investor}>{fact.host}{company} as of {fact.as_of}"
    label = f"{fact.investor}→{fact.host}{company} investment as of {fact.as_of}"
    if fact.amount is not None:
        yield money_claim(fact, fact.amount, subject=subject, label=label)
    if fact.projects is not None:
        yield Claim(
            kind="count",
            subject=f"{subject} projects",
            label=f"{label}, projects",
            interval=count_interval(fact.projects, "exact"),
            value=float(fact.projects),
            text=f"{fact.projects} projects",
            fact_id=fact.id,
            source=fact.source,
            quote=fact.evidence.text,
        )


def visit_month(fact: VisitFact) -> str | None:
    return fact.start[:7] if fact.start and len(fact.start) >= 7 else None


def visit_claims(fact: VisitFact) -> Iterator[Claim]:
    month, span = visit_month(fact), day_span(fact.start, fact.end)
    if month is None or span is None or not fact.person.key:
        return
    dates = fact.start if not fact.end or fact.end == fact.start else f"{fact.start}..{fact.end}"
    yield Claim(
        kind="date",
        subject=f"visit {fact.person.key} {fact.from_}>{fact.to} {month}",
        label=f"{fact.person.name}'s visit to {fact.to} ({month})",
        interval=span,
        value=dates,
        text=dates,
        fact_id=fact.id,
        source=fact.source,
        quote=fact.evidence.text,
    )


class _Event(NamedTuple):
    status: str
    parties: tuple[str, ...]
    month: str
    place: str | None


def agreement_claims(agreements: Sequence[AgreementFact], visits: Sequence[VisitFact]) -> Iterator[Claim]:
    """Document counts of one signing event.

    Only counts of several documents ("15 cooperation documents") are compared: a single named
    document (count 1) is one of them, not a rival count. Facts without a place join the event of
    their month when that month has one known place; with several places it is unknown which.
    """
    visit_of = _single_visit_by_source(visits)
    events: dict[tuple[str, tuple[str, ...], str], list[tuple[_Event, AgreementFact]]] = defaultdict(list)
    for fact in agreements:
        if fact.count is None or fact.count < 2:
            continue
        event = _signing_event(fact, visit_of.get(fact.source))
        if event is not None:
            events[event.status, event.parties, event.month].append((event, fact))
    for members in events.values():
        places = {e.place for e, _ in members if e.place}
        for event, fact in members:
            place = event.place or (next(iter(places)) if len(places) == 1 else None)
            if place is None and places:
                continue
            at = f" {place}" if place else ""
            yield Claim(
                kind="count",
                subject=f"agreements {event.status} {'-'.join(event.parties)} {event.month}{at}",
                label=f"documents {event.status} {event.month}{at}",
                interval=count_interval(fact.count or 0, fact.count_qualifier),
                value=float(fact.count or 0),
                text=f"{_qualified(fact)}{fact.count} {fact.title}",
                fact_id=fact.id,
                source=fact.source,
                quote=fact.evidence.text,
            )


def _qualified(fact: AgreementFact) -> str:
    return "" if fact.count_qualifier in (None, "exact") else f"{fact.count_qualifier} "


def _single_visit_by_source(visits: Sequence[VisitFact]) -> dict[str, VisitFact]:
    """The visit each source reports, for sources that report exactly one dated visit."""
    by_source: dict[str, dict[tuple[str, str | None, str], VisitFact]] = defaultdict(dict)
    for visit in visits:
        month = visit_month(visit)
        if month is not None:
            by_source[visit.source].setdefault((visit.person.key, visit.to, month), visit)
    return {s: next(iter(v.values())) for s, v in by_source.items() if len(v) == 1}


def _signing_event(fact: AgreementFact, visit: VisitFact | None) -> _Event | None:
    parties = tuple(sorted(fact.parties))
    if fact.date and len(fact.date) >= 7:
        return _Event(fact.status, parties, fact.date[:7], fact.place)
    if visit is not None and visit.start:
        return _Event(fact.status, parties, visit.start[:7], fact.place or visit.place)
    return None


def fact_claims(facts: Iterable[Fact]) -> Iterator[Claim]:
    """Every claim the facts make, of kinds value, growth, count and date."""
    agreements: list[AgreementFact] = []
    visits: list[VisitFact] = []
    for fact in facts:
        if isinstance(fact, TradeFact):
            yield from trade_claims(fact)
        elif isinstance(fact, InvestmentFact):
            yield from investment_claims(fact)
        elif isinstance(fact, VisitFact):
            visits.append(fact)
            yield from visit_claims(fact)
        elif isinstance(fact, AgreementFact):
            agreements.append(fact)
    yield from agreement_claims(agreements, visits)
