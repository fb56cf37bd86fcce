"""How the trade rules scan text changes their speed, never what they find."""

from __future__ import annotations

import re

import pytest

from vnru_facts.patterns import trade

GUARDED = [
    trade.TRADE_WORD,
    trade.NOT_TRADE_MONEY,
    trade.BILATERAL,
    trade.ANAPHOR,
    trade.FRACTION_GROWTH,
    trade.FORECAST,
    trade.STRONG_TARGET,
    trade.TARGET,
    trade.GROWTH_UP,
    trade.GROWTH_DOWN,
    trade.SHARE,
    trade.EXPORT_WORD,
    trade.IMPORT_WORD,
    trade.BOTH_WAYS,
    trade.COMMODITY,
    trade.COMPARISON_BEFORE,
]

SENTENCES = [
    "Bilateral trade between the two countries rose 26% to US$4.57 billion, up from last year.",
    "It fell, however, by a third to $2.1 billion; exports of rubber and coffee shipments doubled.",
    "Vietnam's exports to Russia were expected to reach $3 billion, a target both sides set, "
    "though imports from Russia declined 12.5 percent compared with 2022.",
    "The figure was halved: FDI capital and loans (not trade) grew threefold, a two-fold increase.",
    "Leaders aim to soon raise mutual turnover to $10 billion, striving for the goal by 2025.",
    "Rice exports accounted for 29.8% of the total, a share that is likely to shrink over 2019.",
    "Export-import turnover with our two nations' partners hit 7.1 billion USD as against 2021.",
    "Investment funds and credit said nothing; the amount surged, sales and supplies dropped less.",
    # Ends where a comparison base would follow ("... compared with the [first half of 2022]").
    "Trade with Russia grew 9% over the same period, 35% less than in 2021, compared with the ",
]


def variants(text: str) -> list[str]:
    return [text, text.upper(), text.lower(), text.title()]


def _unguarded(regex: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without the first-character lookahead that ``regex_guard.guarded`` put before it."""
    assert regex.pattern.startswith("(?=[")
    return re.compile(regex.pattern[regex.pattern.index(")(?:") + 1 :], regex.flags)


def _matches(regex: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in regex.finditer(text, start, end)]


@pytest.mark.parametrize("regex", GUARDED, ids=lambda r: r.pattern[:40])
@pytest.mark.parametrize("text", [v for s in SENTENCES for v in variants(s)])
def test_guarded_patterns_find_what_the_plain_ones_do(regex, text):
    plain = _unguarded(regex)
    for start, end in [(0, len(text)), (3, len(text)), (0, 40), (17, 61)]:
        assert _matches(regex, text, start, end) == _matches(plain, text, start, end)
