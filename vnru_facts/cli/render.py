"""Rich tables for the terminal (the only place facts become coloured text)."""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Any

from rich.table import Table
from rich.text import Text

from vnru_facts.diff import FactsDiff, subject_of
from vnru_facts.models import AgreementFact, Conflict, InvestmentFact, TradeFact, VisitFact

TYPE_STYLE = {"trade": "cyan", "investment": "green", "visit": "magenta", "agreement": "yellow"}


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
        growth = f" ({fact.growth.pct:+g}%)" if fact.growth else ""
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
        return f"{count}{fact.title} [{fact.status}]{when}"
    return ""


def facts_table(facts: Sequence[Any], *, title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, expand=False)
    table.add_column("type", no_wrap=True)
    table.add_column("fact")
    table.add_column("source", no_wrap=True, overflow="fold")
    table.add_column("evidence", max_width=60, overflow="ellipsis", no_wrap=True)
    for f in facts:
        style = TYPE_STYLE.get(f.type, "")
        source = f.source.rsplit("/", 1)[-1]
        table.add_row(f"[{style}]{f.type}[/]", summary(f), source, f.evidence.text)
    return table


# --- conflicts and diffs ----------------------------------------------------------------------------

DIFFERENCE_STYLE = "bold red"


def highlight_difference(text: str, reference: str) -> Text:
    """``text`` with the characters that differ from ``reference`` highlighted: "4.5[9]" vs "4.57"."""
    out = Text(text)
    if text == reference:
        return out
    for tag, _i1, _i2, j1, j2 in SequenceMatcher(None, reference, text, autojunk=False).get_opcodes():
        if tag != "equal" and j2 > j1:
            out.stylize(DIFFERENCE_STYLE, j1, j2)
    return out


def _quote(quote: str, value_text: str) -> Text:
    out = Text(quote)
    if value_text:
        out.highlight_words([value_text], style="bold")
    return out


def conflicts_table(conflicts: Sequence[Conflict], *, title: str | None = None) -> Table:
    """The disagreeing values side by side, one section per conflict, the differing part highlighted."""
    table = Table(title=title, show_lines=False, expand=False)
    table.add_column("kind", no_wrap=True)
    table.add_column("subject", max_width=34)
    table.add_column("value")
    table.add_column("support", justify="right", no_wrap=True)
    table.add_column("source", overflow="fold", max_width=32)
    table.add_column("quote", max_width=70, overflow="fold")
    for conflict in conflicts:
        texts = [v.text for v in conflict.values]
        for i, value in enumerate(conflict.values):
            # Each value is compared with the best supported one; that one with the first that differs.
            reference = texts[0] if i else next((t for t in texts if t != texts[0]), texts[0])
            table.add_row(
                f"[bold]{conflict.kind}[/]" if i == 0 else "",
                conflict.subject if i == 0 else "",
                highlight_difference(value.text, reference),
                str(value.support),
                value.source.rsplit("/", 1)[-1],
                _quote(value.quote, value.text),
            )
        table.add_section()
    return table


def diff_table(diff: FactsDiff, *, a: str, b: str) -> Table:
    """Facts only in A, only in B, and changed (A's statement beside B's, the difference highlighted)."""
    table = Table(title=f"{a} vs {b}", expand=False)
    table.add_column("", no_wrap=True)
    table.add_column("subject", max_width=40)
    table.add_column(f"A: {a}", max_width=50)
    table.add_column(f"B: {b}", max_width=50)
    for fact in diff.only_a:
        table.add_row("[green]only A[/]", subject_of(fact), summary(fact), "")
    for fact in diff.only_b:
        table.add_row("[blue]only B[/]", subject_of(fact), "", summary(fact))
    for change in diff.changed:
        left, right = summary(change.a), summary(change.b)
        table.add_row(
            "[yellow]changed[/]",
            change.subject,
            highlight_difference(left, right),
            highlight_difference(right, left),
        )
    table.caption = (
        f"{len(diff.only_a)} only in A, {len(diff.only_b)} only in B, "
        f"{len(diff.changed)} changed, {diff.same} the same"
    )
    return table
