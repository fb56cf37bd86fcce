"""A first-character guard changes how fast a regex scans, never what it matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnru_facts.extract.patterns import people, trade, visit
from vnru_facts.extract.scan.regex_guard import guarded
from vnru_facts.normalize.dates import _FAMILIES

from .conftest import SEEDS

PATTERNS = [
    people.TITLE_BEFORE,
    people.TITLE_AFTER,
    trade.TRADE_WORD,
    trade.COMMODITY,
    visit.VISIT_TRIGGER,
    *(family.regex for family in _FAMILIES),
]


def _matches(regex: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in regex.finditer(text)]


@pytest.mark.parametrize("regex", PATTERNS, ids=lambda r: r.pattern[:40])
def test_guarded_patterns_match_the_same_on_the_seeds(regex):
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _matches(guarded(regex), text) == _matches(regex, text)


@given(st.text(alphabet="aAtTeEfF hirsnPMRV’'\n.-0123456789", max_size=80))
def test_guarded_case_insensitive_and_optional_prefixes_match_the_same(text):
    regex = re.compile(r"(?i)\b(?:(?:then|former)\s)?(?P<t>president|prime\sminister|pm)\b")
    assert _matches(guarded(regex), text) == _matches(regex, text)


@pytest.mark.parametrize(
    "source",
    [
        r"\w+",  # starts with a category: unknown first characters
        r"(?:Mr\.?\s)?",  # can match the empty string
        r"Vietnam",  # re finds the literal prefix itself
        r"(?i:ha)noi",  # a local case-insensitive group in a case-sensitive pattern
    ],
)
def test_patterns_whose_first_characters_are_unknown_or_cheap_stay_as_they_are(source):
    regex = re.compile(source)
    assert guarded(regex) is regex


def test_a_guard_is_added_where_re_would_try_every_position():
    regex = re.compile(r"\b(?:the\s)?(?:Kremlin|Hanoi)\b")
    assert guarded(regex).pattern.startswith("(?=[")
    assert guarded(guarded(regex)) is guarded(regex)
