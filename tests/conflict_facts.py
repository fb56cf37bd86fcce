"""Builders for facts and documents in conflict tests: each test states only what matters to it."""

from __future__ import annotations

from typing import Any

from vnru_facts.models import (
    AgreementFact,
    Document,
    Evidence,
    Growth,
    InvestmentFact,
    Money,
    Period,
    Person,
    PersonMention,
    TradeFact,
    VisitFact,
    with_fact_id,
)
from vnru_facts.normalize.money import parse_money, qualifier_of, widen

FULL_2024 = ("2024-01", "2024-12")


def money(text: str) -> Money:
    """'about $2.5 billion' -> Money with the interval normalize.money gives those words."""
    parsed = parse_money(text)
    assert parsed is not None, text
    qualifier, word = qualifier_of(text[: text.index(parsed.text)])
    low, high = widen(parsed.amount, parsed.low, parsed.high, word)
    return Money(
        amount=parsed.amount,
        currency=parsed.currency,
        qualifier=qualifier,  # type: ignore[arg-type]
        low=low,
        high=high,
        text=parsed.text,
    )


def evidence(quote: str) -> Evidence:
    return Evidence(start=0, end=len(quote), text=quote)


def trade(
    source: str,
    value: str | None = None,
    *,
    period: tuple[str, str] = FULL_2024,
    growth: tuple[float, str, str] | None = None,
    flow: str = "total",
    exporter: str | None = None,
    importer: str | None = None,
    status: str = "actual",
    quote: str | None = None,
) -> TradeFact:
    fact = TradeFact(
        source=source,
        evidence=evidence(quote or f"Trade was {value} in {period[0]}..{period[1]} ({source})."),
        value=money(value) if value else None,
        period=Period(start=period[0], end=period[1], text=""),
        flow=flow,  # type: ignore[arg-type]
        exporter=exporter,
        importer=importer,
        parties=["RU", "VN"],
        status=status,  # type: ignore[arg-type]
        growth=Growth(pct=growth[0], qualifier=growth[1], text=growth[2]) if growth else None,  # type: ignore[arg-type]
    )
    return with_fact_id(fact)


def agreements(source: str, count: int, *, qualifier: str = "exact", date: str | None = "2024-06") -> Any:
    fact = AgreementFact(
        source=source,
        evidence=evidence(f"The sides signed {count} documents ({source})."),
        title="cooperation documents",
        count=count,
        count_qualifier=qualifier,  # type: ignore[arg-type]
        date=date,
        parties=["RU", "VN"],
    )
    return with_fact_id(fact)


def visit(source: str, start: str | None, end: str | None = None, *, key: str = "putin") -> Any:
    fact = VisitFact(
        source=source,
        evidence=evidence(f"{key} visited Vietnam from {start} to {end} ({source})."),
        person=Person(name=key.title(), key=key, role="President", country="RU"),
        **{"from": "RU"},
        to="VN",
        start=start,
        end=end,
        kind="state",
    )
    return with_fact_id(fact)


def investment(
    source: str,
    amount: str | None,
    *,
    projects: int | None = None,
    as_of: str | None = "2024-11",
    investor: str = "RU",
    host: str = "VN",
    company: str | None = None,
) -> Any:
    fact = InvestmentFact(
        source=source,
        evidence=evidence(f"Investment of {amount} in {projects} projects ({source})."),
        investor=investor,
        host=host,
        company=company,
        amount=money(amount) if amount else None,
        projects=projects,
        as_of=as_of,
    )
    return with_fact_id(fact)


def official(
    name: str, key: str, role: str | None, *, former: bool = False, country: str = "VN"
) -> PersonMention:
    quote = f"{'then ' if former else ''}{role or ''} {name}".strip()
    return PersonMention(
        name=name, key=key, role=role, country=country, former=former, evidence=evidence(quote)
    )


def document(source: str, *people: PersonMention, doc_date: str | None = "2025-01-15") -> Document:
    return Document(source=source, sha256=f"sha-{source}", doc_date=doc_date, people=list(people))
