"""The visit trigger looked for in the sentences that can tell a visit only (``VisitView.trigger_sentences``):
the same sentences as a scan of the whole text, among those."""

from __future__ import annotations

import re
from typing import Any

import pytest

from vnru_facts.extract.components.visit import (
    _STRONG_TRIGGER,
    _TRIGGER_STOPS,
    _VISIT_TRIGGER,
    VisitView,
    _telling_sentences,
)
from vnru_facts.extract.patterns.visit import STRONG_TRIGGER, VISIT_TRIGGER
from vnru_facts.extract.scan import literal_scan
from vnru_facts.extract.scan.regex_guard import sre, sre_parse
from vnru_facts.pipeline import build_pipeline

_REPEAT_OPS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_REPEATS = tuple(getattr(sre, name) for name in _REPEAT_OPS if hasattr(sre, name))
_CATEGORIES = {
    sre.CATEGORY_WORD: re.compile(r"\w"),
    sre.CATEGORY_NOT_WORD: re.compile(r"\W"),
    sre.CATEGORY_SPACE: re.compile(r"\s"),
    sre.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    sre.CATEGORY_DIGIT: re.compile(r"\d"),
    sre.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
}


def _in_class(items: Any, ch: str) -> bool:
    negate = False
    found = False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            found = found or chr(av) == ch
        elif op is sre.RANGE:
            found = found or av[0] <= ord(ch) <= av[1]
        elif op is sre.CATEGORY:
            found = found or bool(_CATEGORIES[av].match(ch))
        else:
            return True  # unknown: it may
    return found != negate


def _may_hold(items: Any, ch: str) -> bool:
    """Whether some match of the parsed pattern ``items`` may hold the character ``ch`` (lookarounds hold
    none: they are not part of the match)."""
    for op, av in items:
        if op is sre.LITERAL:
            hit = chr(av).lower() == ch.lower()
        elif op is sre.NOT_LITERAL:
            hit = chr(av) != ch
        elif op is sre.IN:
            hit = _in_class(av, ch)
        elif op is sre.BRANCH:
            hit = any(_may_hold(alt.data, ch) for alt in av[1])
        elif op is sre.SUBPATTERN:
            hit = _may_hold(av[-1].data, ch)
        elif op in _REPEATS:
            hit = _may_hold(av[2].data, ch)
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            hit = False
        else:
            hit = True  # any character, a back-reference...: it may
        if hit:
            return True
    return False


def test_no_trigger_match_runs_across_a_stop() -> None:
    # what the scan of sentences relies on: a match begins with a letter, and holds no stop character,
    # so none runs on from the words before a stop into the next sentence
    parsed = sre_parse.parse(VISIT_TRIGGER.pattern, VISIT_TRIGGER.flags).data
    assert [ch for ch in _TRIGGER_STOPS if _may_hold(parsed, ch)] == []
    starts = literal_scan.literal_starts(VISIT_TRIGGER)
    assert starts is not None and all(s[0].isalpha() for s in starts)
    assert _may_hold(parsed, "!")  # ("held talks with ...! In": not a stop)


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(fact_pipes=())


TEXTS = [
    "Trade grew by 5%. Russian President Ivan Petrov visited Hanoi on Monday. Prices rose.",
    # a headline without a stop, the lead after it
    "PETROV TO VISIT HANOI\nRussian President Ivan Petrov will arrive in Hanoi on Monday. He said so.",
    # a match that runs on past the sentence's end ("held talks with ...!" + "In Hanoi")
    "Vietnamese Deputy Prime Minister Le Van Thanh held talks with ministers!\nIn Hanoi, Russian Foreign"
    " Minister Igor Belov arrived. The weather was fine.",
    # no one named: the sentence refers back to the trip
    "Prime Minister Tran Van Hung flew to Moscow. The visit took place in May; it was his first.",
    "Russian Deputy Minister Pavel Sokolov spoke. The delegation then visited a port in Vietnam.",
    # no trigger at all
    "Russian President Ivan Petrov praised the ties. Trade grew.",
    # trip words after letters that are not ASCII, and one inside another trigger's words
    "Thủ tướng Lê Văn Thành, Vietnam’s Prime Minister, arrived in Moscow and is in the presence of his"
    " Russian counterpart Igor Belov, who came to Hanoi last year and left “visited” notes.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_trigger_sentences_are_the_scanned_ones_that_can_tell_a_visit(nlp, text: str) -> None:
    view = VisitView(nlp(text))
    telling = _telling_sentences(view, literal_scan.folded_text(view.text))
    scanned = [i for i in view.sentences_matching(VISIT_TRIGGER) if i in telling]
    assert [i for i in view.trigger_sentences() if i in telling] == scanned
    assert set(view.trigger_sentences()) <= set(view.sentences_matching(VISIT_TRIGGER))


@pytest.mark.parametrize("text", TEXTS)
def test_trigger_words_of_a_trigger_sentence_are_those_a_scan_finds(nlp, text: str) -> None:
    # the trip words visits_in_sentence reads are tried at the literal starts trigger_sentences found
    view = VisitView(nlp(text))
    for i in view.trigger_sentences():
        s0, s1 = view.sents[i]
        for search, regex in ((_STRONG_TRIGGER, STRONG_TRIGGER), (_VISIT_TRIGGER, VISIT_TRIGGER)):
            found = [m.span() for m in view.trigger_matches(search, s0, s1)]
            assert found == [m.span() for m in regex.finditer(view.text, s0, s1)]
