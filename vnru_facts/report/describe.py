"""One-line wordings of facts, shared by the terminal table, `show` and the HTML report (pure)."""

from __future__ import annotations

from typing import Any

from vnru_facts.models import AgreementFact, InvestmentFact, TradeFact, VisitFact


def money_short(amount: float | None, currency: str = "USD") -> str:
    if amount is None:
        return ""
    sign = "$" if currency == "USD" else f"{currency} "
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(amount) >= scale:
            return f"{sign}{amount / scale:.4g}{suffix}"
    return f"{sign}{amount:.4g}"


def summary(fact: Any) -> str:
    """One line that says what a fact states."""
    if isinstance(fact, TradeFact):
        parts = [f.upper() if len(f) == 2 else f for f in fact.parties]
        who = f"{fact.exporter}→{fact.importer} {fact.flow}" if fact.flow != "total" else "-".join(parts)
        period = f"{fact.period.start}..{fact.period.end}" if fact.period and fact.period.start else "?"
        value = money_short(fact.value.amount, fact.value.currency) if fact.value else ""
        if fact.value and fact.value.qualifier != "exact":
            value = f"{fact.value.qualifier} {value}"
        growth = ""
        if fact.growth:
            qualifier = "" if fact.growth.qualifier == "exact" else f"{fact.growth.qualifier} "
            growth = f" ({qualifier}{fact.growth.pct:+g}%)" if value else f"{qualifier}{fact.growth.pct:+g}%"
        status = "" if fact.status == "actual" else f" [{fact.status}]"
        commodity = f" {fact.commodity}" if fact.commodity else ""
        return f"{who}{commodity} {period}: {value}{growth}{status}".strip()
    if isinstance(fact, InvestmentFact):
        amount = money_short(fact.amount.amount, fact.amount.currency) if fact.amount else ""
        projects = f", {fact.projects} projects" if fact.projects is not None else ""
        company = f" ({fact.company})" if fact.company else ""
        as_of = f" as of {fact.as_of}" if fact.as_of else ""
        return f"{fact.investor}→{fact.host}{company}: {amount}{projects}{as_of}"
    if isinstance(fact, VisitFact):
        role = f"{fact.person.role} " if fact.person.role else ""
        when = fact.start or "?"
        if fact.end:
            when += f"..{fact.end}"
        place = f" ({fact.place})" if fact.place else ""
        return f"{role}{fact.person.name}: {fact.from_}→{fact.to}{place} {when}, {fact.kind}"
    if isinstance(fact, AgreementFact):
        count = f"{fact.count} × " if fact.count is not None else ""
        when = f" {fact.date}" if fact.date else ""
        place = f" ({fact.place})" if fact.place else ""
        return f"{count}{fact.title}: {fact.status}{when}{place}"
    return ""
