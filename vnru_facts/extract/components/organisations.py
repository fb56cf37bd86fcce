"""Organisations: known companies and bodies (gazetteer), and names ending in a company word."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc

from vnru_facts.extract.components.base import RuleComponent, doc_text, write_mentions
from vnru_facts.extract.components.person_forms import finditer_from, run_start
from vnru_facts.extract.patterns import load_gazetteer
from vnru_facts.extract.patterns.alternation import (
    fold_letters_once,
    folded_into_letters,
    folded_twin,
    gazetteer_matcher,
    literal_units,
    tree_alternation,
)
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


@dataclass(frozen=True)
class _Gazetteer:
    regex: re.Pattern[str]  # on the text
    on_folded: re.Pattern[str] | None  # the same, on its folded copy: several times quicker
    folded_apart: tuple[str, ...]  # in a text holding one of these, the two differ (``folded_twin``)
    by_alias: dict[str, dict[str, Any]]

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Where the gazetteer's names are written in ``text``, left to right."""
        if self.on_folded is None or any(ch in text for ch in self.folded_apart):
            return (m.span() for m in self.regex.finditer(text))
        return (m.span() for m in self.on_folded.finditer(fold_letters_once(text)))


@cache
def _gazetteer() -> _Gazetteer:
    rows = load_gazetteer("orgs")
    regex, by_alias = gazetteer_matcher(rows, match_names=True)
    return _Gazetteer(regex, folded_twin(rows, match_names=True), folded_into_letters(), by_alias)


class OrganisationComponent(RuleComponent):
    """'Rosatom', 'Vietnam-Russia Joint Venture Bank', 'Gatelink Vietnam JSC' -> ORG spans."""

    def match(self, doc: Doc) -> list[Match]:
        gazetteer, text = _gazetteer(), doc_text(doc)
        found: list[Match] = []
        taken: list[tuple[int, int]] = []
        for start, end in gazetteer.spans(text):
            row = gazetteer.by_alias[fold_key(text[start:end])]
            data = {"name": row["name"], "side": row["side"], "kind": row.get("kind", "company")}
            if "investor" in row:  # a joint venture: the side whose investment it is (orgs.jsonl)
                data["investor"] = row["investor"]
            found.append((start, end, "ORG", data))
            taken.append((start, end))
        for m in _company_names(text):
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
