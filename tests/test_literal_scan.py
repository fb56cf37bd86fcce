"""literal_scan.finditer: the same matches as regex.finditer, found from the literals they start with."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnru_facts.extract.patterns.agreement import AGREEMENT_TRIGGER
from vnru_facts.extract.patterns.investment import INVESTMENT_TRIGGER
from vnru_facts.extract.patterns.trade import TRADE_TRIGGER, TRADE_WORD
from vnru_facts.extract.patterns.visit import VISIT_TRIGGER
from vnru_facts.extract.scan import literal_scan

PATTERNS = [
    TRADE_TRIGGER,
    TRADE_WORD,
    VISIT_TRIGGER,
    AGREEMENT_TRIGGER,
    INVESTMENT_TRIGGER,
    re.compile(r"(?i)\b(?:then\s)?president\b"),
    re.compile(r"(?<![\w-])(?:abc|abd)e?\b"),
    re.compile(r"Prime\s+Minister"),
    re.compile(r"%|(?i:per\s?cent\b|pct\b)"),
    re.compile(r"(?i)\b(?:vn[dđ]|đồng)\b"),
    # a part with too many ways to begin (6 classes of 4) ends the literals before it
    re.compile(r"(?i)\b(?:won|inked)\s(?:[abcd][efgh][ijkl][mnop][qrst][uvwx]\s)?deals?\b"),
    # more than MAX_PREFIXES literals of 8 characters: found from shorter ones
    re.compile(
        r"(?i)\b(?:(?:make|makes|made|making)\s(?:good|full|better|the\smost|real|best)\suse|"
        r"(?:take|takes|took|taking)\s(?:full|good|rare|some|real)\sadvantage|"
        r"(?:hand|hands|handed|handing)\s(?:over|out|back|down)\s(?:the|a|their))\b"
    ),
]


def spans(matches):
    return [(m.start(), m.end(), m.group(0)) for m in matches]


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (
            TRADE_TRIGGER,
            (
                "bought",
                "brought ",
                "buyer",
                "commerce",
                "earned",
                "export",
                "fetched",
                "grossed",
                "import",
                "purchase",
                "raked in",
                "sales",
                "selling",
                "shipment",
                "shipped",
                "shipping",
                "sold",
                "supplied",
                "supplier",
                "supplies",
                "trade",
                "turnover",
            ),
        ),
        (
            INVESTMENT_TRIGGER,
            ("capital", "cost", "fdi", "invest", "phase", "project", "spend", "spent", "stage"),
        ),
        # "exports?" and "export-import" are found by "export"; "in\sforce" by "in force".
        (re.compile(r"(?i)\b(?:exports?|export-import|in\sforce)\b"), ("export", "in force")),
        (re.compile(r"(?i)(?:then\s)?president"), ("presiden", "then pre")),
        # Symbols are rare however short; "đ" folds like an ASCII letter.
        (re.compile(r"%|(?i:per\s?cent\b|pct\b)"), ("%", "pct", "per cent", "percent")),
        (re.compile(r"(?i)\b(?:vn[dđ]|đồng)\b"), ("vnd", "vnđ", "đồng")),
    ],
)
def test_literal_starts_are_read_from_the_pattern(regex, expected):
    assert literal_scan.literal_starts(regex) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # optional words after optional words would multiply the starts past MAX_EXPANDED: they end
        # where the words before them end
        (r"(?i)\bdeal(?:[a-c])?(?:[d-f])?(?:[g-i])?(?:[j-l])?(?:[m-o])?(?:[p-r])?(?:[s-u])?s\b", ("deal",)),
        # more than MAX_PREFIXES literals are cut shorter, each still the start of every match
        (
            "(?i)\\b(?:" + "|".join(f"word{a}{b}" for a in "abcdefg" for b in "abcdefgh") + ")\\b",
            ("worda", "wordb", "wordc", "wordd", "worde", "wordf", "wordg"),
        ),
    ],
)
def test_starts_too_many_to_find_are_cut_shorter(pattern, expected):
    starts = literal_scan.literal_starts(re.compile(pattern))
    assert starts is not None and len(starts) <= literal_scan.MAX_PREFIXES
    assert all(any(start.startswith(word) for word in expected) for start in starts)
    text = "They signed a new deal; wordcd and wordgh were inked on the deal. " * 3
    assert [m.span() for m in literal_scan.finditer(re.compile(pattern), text)] == [
        m.span() for m in re.compile(pattern).finditer(text)
    ]


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)\b(?:it|this)\w*",  # "it" is too short to be worth finding
        r"(?<=[a-z])\.(?=[A-Z])",  # one common character
        r"\w+\s(?:trade)",  # starts with any word
        r"(?i)\b(?:μέτρο|metro)\b",  # re matches μ with µ too: a lower-cased text could miss one
        r"(?<=[a-z])\.(?=[A-Z])",
    ],
)
def test_patterns_without_a_useful_literal_start_are_left_to_re(pattern):
    assert literal_scan.literal_starts(re.compile(pattern)) is None


@pytest.mark.parametrize("regex", PATTERNS)
@pytest.mark.parametrize(
    "text",
    [
        "Trade between Vietnam and Russia rose; EXPORTS and imports, export-import and trades.",
        "The President visited Hanoi. Then\tPresident Putin came\nto Moscow and was in Sochi.",
        "Signed, inked and exchanged documents in force\u2003in effect since 2020 (took effect).",
        "FDI capital: 16 projects, investors investing; Prime  Minister and prime minister.",
        "abce abd-abde xabc abc_ abd",
        "5% and 6 per cent, 7 PERCENT, 8 pct; 100 VNĐ, 5 đồng, 6 ĐỒNG and 7 Vnd",
        "They won adgkqu deals, inked deal; made the most use, took rare advantage, handed over their aid.",
        "",
    ],
)
def test_same_matches_as_finditer_on_written_sentences(regex, text):
    assert spans(literal_scan.finditer(regex, text)) == spans(regex.finditer(text))


def test_positions_and_end_positions_bound_the_scan_as_in_finditer():
    text = "trade, trade and trade again: exports"
    for pos, endpos in [(0, len(text)), (1, 30), (7, 12), (8, 21), (30, 200)]:
        expected = spans(TRADE_TRIGGER.finditer(text, pos, endpos))
        assert spans(literal_scan.finditer(TRADE_TRIGGER, text, pos, endpos)) == expected


@pytest.mark.parametrize("odd", ["\u0130", "\u0131", "\u017f"])
@pytest.mark.parametrize("text", ["{}trade", "trade {} hanoi", "Việt Nam{}", "café{}"])
def test_a_text_holding_a_character_that_folds_apart_has_no_folded_copy(odd, text):
    literal_scan._last = None
    assert literal_scan.folded_text(text.format(odd)) is None
    assert literal_scan.folded_text(text.format("\u2003")) == text.format(" ").lower()


@pytest.mark.parametrize("odd", ["\u0130", "\u0131", "\u017f", "\u2028", "\x85"])
def test_characters_that_fold_apart_or_rare_spaces_give_the_same_matches(odd):
    text = f"vi{odd}it the vis{odd}t trade{odd}exports came{odd}to Hanoi; \u017fhipments, \u0130MPORTS"
    for regex in PATTERNS:
        assert spans(literal_scan.finditer(regex, text)) == spans(regex.finditer(text))


_PIECES = st.sampled_from(
    [
        "trade", "TRADE", "Trade", "export", "-import", "s", "ed", "visit", "ing", "came", "to", "in",
        "force", "effect", "the", "presence", "of", "president", "Then", "abc", "abd", "e", "_",
        " ", "  ", "\n", "\t", "\xa0", "\u2003", ".", ",", "-", "x", "İ", "ı", "ſ", "FDI", "invest",
        "%", "per", "cent", "vn", "đ", "Đ", "d", "ồng", "ỒNG", "won", "inked", "deal", "adgkqu", "made",
        "make", "the most", "use", "took", "rare", "advantage", "handed", "over", "their",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_same_matches_as_finditer_on_any_mix_of_trigger_pieces(text):
    for regex in PATTERNS:
        assert spans(literal_scan.finditer(regex, text)) == spans(regex.finditer(text))


def test_the_fold_of_a_text_is_served_to_an_equal_copy_and_never_to_another_text():
    # The reader folds the article's text to date it; the pipeline's tokenizer gets the same text as
    # another str object. The kept fold serves the copy; a different text of the same length is folded
    # anew.
    text = "Trade\u2003rose to US$4.57 billion.\n"
    copy = "".join(list(text))
    assert copy is not text
    first = literal_scan.folded_text(text)
    assert literal_scan.folded_text(copy) is first
    other = text.replace("rose", "fell")
    assert literal_scan.folded_text(other) == "trade fell to us$4.57 billion. "
    assert literal_scan.folded_text(text) == "trade rose to us$4.57 billion. "
