"""Organisations: known companies and bodies (gazetteer), and names ending in a company word."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from spacy.tokens import Doc

from vnru_facts.components.base import RuleComponent, add_spans, char_span, doc_text, set_vnru
from vnru_facts.normalize.names import fold, fold_key
from vnru_facts.patterns import load_gazetteer
from vnru_facts.patterns.alternation import diacritic_units, tree_alternation
from vnru_facts.patterns.people import UPPER
from vnru_facts.regex_guard import guarded

ORG_KEY = "vnru_org"

# A capitalised name ending in a company word: "Gatelink Vietnam JSC", "Pacific Land JSC",
# "Hanoi Steel Corporation", "Far Eastern Shipping Company".
COMPANY = re.compile(
    rf"\b(?:[{UPPER}][\w&’'-]*\s){{1,4}}(?:Group|Corporation|Corp\.|JSC|PJSC|OJSC|LLC|Ltd\.?|Company|"
    r"Holding|Holdings|Bank|Airlines|Airways|Motors)\b"
)

Match = tuple[int, int, str, dict[str, Any]]


@cache
def _gazetteer() -> tuple[re.Pattern[str], dict[str, dict[str, Any]]]:
    rows = load_gazetteer("organisations")
    by_alias = {fold_key(a): row for row in rows for a in row["aliases"]}
    aliases = sorted({a for row in rows for a in row["aliases"]}, key=lambda a: (-len(a), a))
    source = tree_alternation(diacritic_units(a) for a in aliases)
    return guarded(re.compile(rf"(?<!\w)(?:{source})(?!\w)")), by_alias


class OrganisationComponent(RuleComponent):
    """'Rosatom', 'Vietnam-Russia Joint Venture Bank', 'Gatelink Vietnam JSC' -> ORG spans."""

    def match(self, doc: Doc) -> list[Match]:
        regex, by_alias = _gazetteer()
        found: list[Match] = []
        taken: list[tuple[int, int]] = []
        for m in regex.finditer(doc_text(doc)):
            row = by_alias[fold_key(m.group(0))]
            found.append((m.start(), m.end(), "ORG", {"name": row["name"], "side": row["side"]}))
            taken.append((m.start(), m.end()))
        for m in guarded(COMPANY).finditer(doc_text(doc)):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            found.append((m.start(), m.end(), "ORG", {"name": fold(m.group(0)), "side": None}))
        return sorted(found)

    def set_annotations(self, doc: Doc, matches: list[Match]) -> None:
        spans = []
        for start, end, label, data in matches:
            span = char_span(doc, start, end, label)
            if span is not None:
                set_vnru(span, {"start": start, "end": end, **data})
                spans.append(span)
        add_spans(doc, ORG_KEY, spans)
