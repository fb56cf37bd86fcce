"""Rich tables for the terminal (the only place facts become coloured text)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.markup import escape
from rich.table import Table

from vnru_facts.describe import summary

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
