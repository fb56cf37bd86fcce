"""Rich tables for the terminal (the only place facts become coloured text)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Any

from rich.markup import escape
from rich.table import Table
from rich.text import Text

from vnru_facts.analyse.diff import FactsDiff, subject_of
from vnru_facts.analyse.timeline import Timeline, TimelineRow
from vnru_facts.models import Conflict
from vnru_facts.report.describe import money_short, summary

TYPE_STYLE = {"trade": "cyan", "investment": "green", "visit": "magenta", "agreement": "yellow"}


def facts_table(facts: Sequence[Any], *, title: str | None = None, width: int = 160) -> Table:
    """Type, what the fact says, and its source; the evidence too when the terminal is wide enough."""
    with_evidence = width >= 140
    table = Table(title=title, show_lines=False, expand=False)
    table.add_column("type", no_wrap=True)
    table.add_column("fact", min_width=30)
    table.add_column("source", overflow="fold", max_width=24)
    if with_evidence:
        table.add_column("evidence", max_width=60, overflow="ellipsis", no_wrap=True)
    for f in facts:
        style = TYPE_STYLE.get(f.type, "")
        row = [f"[{style}]{f.type}[/]", escape(summary(f)), escape(f.source.rsplit("/", 1)[-1])]
        table.add_row(*row, *([escape(f.evidence.text)] if with_evidence else []))
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
                escape(conflict.subject) if i == 0 else "",
                highlight_difference(value.text, reference),
                str(value.support),
                escape(value.source.rsplit("/", 1)[-1]),
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
        table.add_row("[green]only A[/]", escape(subject_of(fact)), escape(summary(fact)), "")
    for fact in diff.only_b:
        table.add_row("[blue]only B[/]", escape(subject_of(fact)), "", escape(summary(fact)))
    for change in diff.changed:
        left, right = summary(change.a), summary(change.b)
        table.add_row(
            "[yellow]changed[/]",
            escape(change.subject),
            highlight_difference(left, right),
            highlight_difference(right, left),
        )
    table.caption = (
        f"{len(diff.only_a)} only in A, {len(diff.only_b)} only in B, "
        f"{len(diff.changed)} changed, {diff.same} the same"
    )
    return table


# --- timeline ----------------------------------------------------------------------------------------

CONFLICT_STYLE = "bold red"
CONFLICT_CAPTION = (
    "✗ conflict: values whose intervals cannot overlap, from different sources; split: they have "
    "equal support (independent sources consistent with each)"
)
STATUS_TITLE = {"actual": "", "forecast": ", forecasts", "target": ", targets"}
KIND_TITLE = {
    "year": "full years",
    "part-year": "parts of a year",
    "years": "several years",
    "as-of": "stocks as of a date",
}


def _amount(value: float, currency: str, qualifier: str) -> str:
    """'$4.57B', 'over $2.44B': compact, as the facts table writes amounts (JSON keeps the printed text)."""
    short = money_short(value, currency)
    return short if qualifier == "exact" else f"{qualifier} {short}"


def _interval(low: float, high: float, currency: str) -> str:
    """'$4.565–4.575B', '$811.5M–$1.218B': the values the words allow."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return ""
    first, last = money_short(low, currency), money_short(high, currency)
    sign = money_short(0.0, currency).removesuffix("0")
    if first[-1] == last[-1] and first[-1].isalpha():  # the same scale letter: write it once
        return f"{first[:-1]}–{last.removeprefix(sign)}"
    return f"{first}–{last}"


def _series_name(row: TimelineRow) -> str:
    what = "Trade" if row.type == "trade" else "Investment"
    who = "VN-RU total" if row.direction == "total" else row.direction.replace(">", "→")
    return f"{what} {who}"


def timeline_tables(timeline: Timeline) -> list[Table]:
    """One table per (status, kind of period), so full years never sit among parts of a year."""
    groups: dict[tuple[str, str, str], list[TimelineRow]] = {}
    for row in timeline.rows:
        groups.setdefault((_series_name(row), row.status, row.kind), []).append(row)
    tables = []
    for (name, status, kind), rows in groups.items():
        # No outer edge: two more columns for the source's name on an 100-column terminal.
        title = f"{name}, {KIND_TITLE[kind]}{STATUS_TITLE[status]}"
        table = Table(title=title, expand=False, show_edge=False)
        table.add_column("period", no_wrap=True)
        table.add_column("most support", no_wrap=True)
        table.add_column("value", no_wrap=True)
        table.add_column("interval", no_wrap=True)
        table.add_column("support", justify="right", no_wrap=True)
        table.add_column("source", overflow="fold")
        for row in rows:
            _timeline_rows(table, row)
            table.add_section()
        if any(row.conflict for row in rows):
            table.caption = CONFLICT_CAPTION
        tables.append(table)
    return tables


def _timeline_rows(table: Table, row: TimelineRow) -> None:
    best = row.supported
    if best is not None:
        n = best.support
        supported = Text(f"{_amount(best.value, row.currency, best.qualifier)} · {n} source{'s' * (n != 1)}")
    else:
        supported = Text("split", style=CONFLICT_STYLE)
    period = Text(row.label)
    if row.conflict:
        period.append(" ✗ conflict", style=CONFLICT_STYLE)
    for i, point in enumerate(row.points):
        table.add_row(
            period if i == 0 else "",
            supported if i == 0 else "",
            Text(
                _amount(point.value, row.currency, point.qualifier),
                style=CONFLICT_STYLE if point.conflicting else "",
            ),
            _interval(point.low, point.high, row.currency),
            str(point.support),
            escape(point.source.rsplit("/", 1)[-1]),
        )
