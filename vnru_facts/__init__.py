"""vnru-facts: structured, sourced facts from news about Vietnam-Russia relations.

from vnru_facts import extract_text, extract_paths, find_conflicts
"""

from __future__ import annotations

from vnru_facts.api import extract_paths, extract_text, find_conflicts, iter_extract
from vnru_facts.models import (
    AgreementFact,
    Conflict,
    Document,
    Fact,
    FactsDocument,
    InvestmentFact,
    TradeFact,
    VisitFact,
)

__all__ = [
    "AgreementFact",
    "Conflict",
    "Document",
    "Fact",
    "FactsDocument",
    "InvestmentFact",
    "TradeFact",
    "VisitFact",
    "extract_paths",
    "extract_text",
    "find_conflicts",
    "iter_extract",
]
__version__ = "0.1.0"
