"""Organisations: known companies and bodies (gazetteer), and names ending in a company word."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from spacy.tokens import Doc

from vnru_facts.extract.components.base import RuleComponent, doc_text, write_mentions
from vnru_facts.extract.components.person_forms import finditer_from, run_start
from vnru_facts.extract.patterns import load_gazetteer
from vnru_facts.extract.patterns.alternation import gazetteer_matcher, literal_units, tree_alternation
from vnru_facts.extract.patterns.people import UPPER
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
_UPPER_LETTERS = frozenset(UPPER)


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
    """COMPANY's matches, tried only where one can start: in the few capitalised words before a company
    word (the pattern, scanning the text, tried every capitalised word of it)."""
    return finditer_from(COMPANY, text, _company_starts(text))


# Every company word, as a prefix tree: each branch starts with a capital, so re skips through the
# text in C to the next one that can begin a company word.
_COMPANY_WORD = re.compile(
    tree_alternation(literal_units(w) for w in sorted(COMPANY_WORDS, key=len, reverse=True))
)
# The characters of one capitalised word of COMPANY (read backwards, as reversed text), and where such
# a word may start: a capital not after a word character (COMPANY's \b).
_WORD_CHARS_REVERSED = re.compile(r"[\w&’'-]*")
_WORD_START = re.compile(rf"(?<!\w)[{UPPER}]")
_MOST_WORDS = 4  # COMPANY's {1,4}


def _company_starts(text: str) -> list[int]:
    """Every position where COMPANY can match, in order: a capital starting one of the at most four
    words, each followed by one whitespace character, before a company word."""
    found: set[int] = set()
    for word in _COMPANY_WORD.finditer(text):
        end = word.start()
        for _ in range(_MOST_WORDS):
            if end == 0 or not text[end - 1].isspace():
                break  # the word before ends with COMPANY's \s, or there is none
            start = run_start(_WORD_CHARS_REVERSED, text, end - 1)
            found.update(m.start() for m in _WORD_START.finditer(text, start, end - 1))
            if text[start] not in _UPPER_LETTERS:
                break  # a word after this one starts right after its \s: with a capital
            end = start
    return sorted(found)
