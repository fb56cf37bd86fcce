"""How the trade rules scan text changes their speed, never what they find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnru_facts.extract.components.trade import _may_hold
from vnru_facts.extract.patterns import trade
from vnru_facts.normalize import periods

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
    periods.COMPARISON_BEFORE,
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


# Each hint and the patterns every match of which holds one of its words.
HINTED = [
    (trade.FRACTION_HINT, trade.FRACTION_GROWTH),
    (trade.FLOW_HINT, trade.EXPORT_WORD),
    (trade.FLOW_HINT, trade.IMPORT_WORD),
    (trade.FLOW_HINT, trade.BOTH_WAYS),
    (trade.FLOW_HINT, trade.COMMODITY),
]


def _windows(text: str) -> list[tuple[int, int]]:
    return [(start, end) for start in range(0, len(text), 7) for end in range(start, len(text) + 1, 5)]


@pytest.mark.parametrize(("hint", "regex"), HINTED, ids=lambda r: r.pattern[:30])
@pytest.mark.parametrize("text", [v for s in SENTENCES for v in variants(s)])
def test_a_window_without_the_hint_words_has_no_match(hint, regex, text):
    for start, end in _windows(text):
        if regex.search(text[start:end]) or regex.search(text, start, end):
            assert _may_hold(hint, text, start, end), (text[start:end], regex.pattern[:30])


def test_a_clause_without_the_hint_words_is_not_searched():
    text = "Trade between Vietnam and Russia reached $4.57 billion last year, up 26 percent."
    assert not _may_hold(trade.FLOW_HINT, text, 0, len(text))
    assert not _may_hold(trade.FRACTION_HINT, text, 0, len(text))
    assert _may_hold(trade.FLOW_HINT, "Rubber EXPORTS rose", 0, 19)
    assert not _may_hold(trade.FLOW_HINT, "Rubber EXPORTS rose", 10, 19)  # "PORTS rose"


@pytest.mark.parametrize("odd", ["\u0130", "\u0131", "\u017f"])
def test_letters_that_fold_apart_leave_the_clause_to_the_regex(odd):
    """re matches "ı" (dotless i) and "ſ" (long s) with i and s; a lower-cased copy would not."""
    text = f"Rubber {odd}mports and {odd}hipments of coffee were doubled"
    assert _may_hold(trade.FLOW_HINT, text, 0, len(text))


_PIECES = st.sampled_from(
    [
        "export", "EXPORT", "Import", "s", "ed", "ing", "-", " ", "\n", "\xa0", "of", "rubber", "Coffee",
        "shipment", "sales", "supplie", "d", "purchases", "bought", "by", "a", "half", "halved",
        "DOUBLED", "two", "fold", "and", "x", "ı", "İ", "ſ",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_no_mix_of_pieces_matches_without_the_hint_words(text):
    for hint, regex in HINTED:
        if regex.search(text):
            assert _may_hold(hint, text, 0, len(text))


# A trade sentence with no figure is left before its periods and growths are looked for: money, a
# percentage, or a change told as a fraction is a figure; "by 2030", "the third quarter" are none.
@pytest.mark.parametrize(
    ("sentence", "holds"),
    [
        ("Trade between Vietnam and Russia reached $5 billion last year.", True),
        ("Rubber exports to Russia rose 12 percent in the first quarter.", True),
        ("Two-way trade fell by a third after the sanctions.", True),
        ("Coffee shipments to Russia doubled in a decade.", True),
        ("Bilateral trade grew fivefold from 2015.", True),
        ("Exports to Russia rose three times over.", True),
        ("Both sides want trade to grow by 2030.", False),
        ("Exports to Russia picked up in the third quarter.", False),
        ("Trade with Russia has been halting at times.", False),
    ],
)
def test_a_sentence_holds_a_figure_only_with_money_a_percentage_or_a_fraction(mentions_only, sentence, holds):
    from vnru_facts.extract.components.context import DocView
    from vnru_facts.extract.components.trade import _holds_a_figure

    view = DocView(mentions_only(sentence))
    assert _holds_a_figure(view, 0, len(sentence)) is holds


@pytest.fixture(scope="module")
def mentions_only():
    from vnru_facts.pipeline import build_pipeline

    return build_pipeline(fact_pipes=())
