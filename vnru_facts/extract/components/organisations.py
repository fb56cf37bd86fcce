"""Organisations: known companies and bodies (gazetteer), and names ending in a company word."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from spacy.tokens import Doc

from vnru_facts.extract.components.base import RuleComponent, doc_text, write_mentions
from vnru_facts.extract.patterns import load_gazetteer
from vnru_facts.extract.patterns.alternation import gazetteer_matcher
from vnru_facts.extract.patterns.people import UPPER
from vnru_facts.extract.scan.regex_guard import guarded
from vnru_facts.normalize.names import fold, fold_key

ORG_KEY = "vnru_org"

# A capitalised name ending in a company word: "Gatelink Vietnam JSC", "Pacific Land JSC",
# "Hanoi Steel Corporation", "Far Eastern Shipping Company" (an article before the name is no part of it:
# "The Hanoi Trade Centre Company" is "Hanoi Trade Centre Company").
COMPANY_WORDS = (
    "Group", "Corporation", "Corp.", "JSC", "PJSC", "OJSC", "LLC", "Ltd.", "Ltd", "Company", "Holdings",
    "Holding", "Bank", "Airlines", "Airways", "Motors",
)  # fmt: skip
COMPANY = re.compile(
    rf"\b(?!(?:The|A|An)\s)(?:[{UPPER}][\w&’'-]*\s){{1,4}}"
    rf"(?:{'|'.join(re.escape(w) for w in COMPANY_WORDS)})\b"
)

Match = tuple[int, int, str, dict[str, Any]]


@cache
def _gazetteer() -> tuple[re.Pattern[str], dict[str, dict[str, Any]]]:
    return gazetteer_matcher(load_gazetteer("orgs"), match_names=True)


class OrganisationComponent(RuleComponent):
    """'Rosatom', 'Vietnam-Russia Joint Venture Bank', 'Gatelink Vietnam JSC' -> ORG spans."""

    def match(self, doc: Doc) -> list[Match]:
        regex, by_alias = _gazetteer()
        found: list[Match] = []
        taken: list[tuple[int, int]] = []
        for m in regex.finditer(doc_text(doc)):
            row = by_alias[fold_key(m.group(0))]
            data = {"name": row["name"], "side": row["side"], "kind": row.get("kind", "company")}
            if "investor" in row:  # a joint venture: the side whose investment it is (orgs.jsonl)
                data["investor"] = row["investor"]
            found.append((m.start(), m.end(), "ORG", data))
            taken.append((m.start(), m.end()))
        for m in _company_names(doc_text(doc)):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            found.append(
                (m.start(), m.end(), "ORG", {"name": fold(m.group(0)), "side": None, "kind": "company"})
            )
        return sorted(found)

    def set_annotations(self, doc: Doc, matches: list[Match]) -> None:
        write_mentions(doc, ORG_KEY, matches)


def _company_names(text: str) -> Iterator[re.Match[str]]:
    """COMPANY's matches; none without a company word, which most articles lack (their scan is skipped:
    the pattern tries every capitalised word)."""
    if any(word in text for word in _COMPANY_WORD_STEMS):
        yield from guarded(COMPANY).finditer(text)


# Each company word contains one of these ("Ltd." contains "Ltd", "PJSC" contains "JSC").
_COMPANY_WORD_STEMS = tuple(w for w in COMPANY_WORDS if not any(o != w and o in w for o in COMPANY_WORDS))
