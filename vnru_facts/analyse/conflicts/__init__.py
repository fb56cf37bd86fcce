"""Where sources disagree (SPEC §2, CONFLICT). Pure: no spaCy, Typer, Rich or I/O.

``find_conflicts(facts, documents=...)`` runs every check:
- value, growth, count, date: facts about one subject whose intervals are disjoint (``values``);
- sum, period, and growth implied by two years' values: trade figures that cannot all hold (``consistency``);
- role, name: one official with different roles, or one name spelt differently (``people``).

Copies of one wire story count as one source (``sources``); every conflict value says how many
independent sources back it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from vnru_facts.analyse.conflicts.claims import classify
from vnru_facts.analyse.conflicts.consistency import consistency_conflicts
from vnru_facts.analyse.conflicts.intervals import Interval, count_interval, growth_interval, overlaps
from vnru_facts.analyse.conflicts.people import people_conflicts
from vnru_facts.analyse.conflicts.sources import independent_sources
from vnru_facts.analyse.conflicts.subjects import fact_claims, trade_key
from vnru_facts.analyse.conflicts.values import disagreements
from vnru_facts.models import Conflict, Document, Fact

__all__ = [
    "KIND_ORDER",
    "Interval",
    "count_interval",
    "find_conflicts",
    "growth_interval",
    "independent_sources",
    "overlaps",
    "trade_key",
]

KIND_ORDER = ("value", "growth", "count", "date", "sum", "period", "role", "name")


@contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector, then restore it as it was.

    The checks allocate hundreds of thousands of small acyclic tuples; each allocation burst made the
    collector rescan every fact the caller holds, which doubled the run time on 200,000 facts.
    Reference counting still frees everything; nothing built here forms a cycle.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def find_conflicts(facts: Sequence[Fact], *, documents: Sequence[Document] = ()) -> list[Conflict]:
    """Every disagreement between the facts (and the officials the documents name), in a stable order."""
    with _without_cyclic_gc():
        return _find_conflicts(facts, documents)


def _find_conflicts(facts: Sequence[Fact], documents: Sequence[Document]) -> list[Conflict]:
    cluster_of = independent_sources(facts, documents)
    classified = classify(fact_claims(facts), cluster_of)
    found = [
        *disagreements(classified, cluster_of),
        *consistency_conflicts(classified),
        *people_conflicts(facts, documents, cluster_of),
    ]
    return sorted(found, key=lambda c: (KIND_ORDER.index(c.kind), c.subject, c.id))
