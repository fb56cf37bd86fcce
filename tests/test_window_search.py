"""WindowSearch: the same matches as the plain regex over a window, sliced out or searched in place."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnru_facts.extract.components.window_search import SHORT_WINDOW, WindowSearch
from vnru_facts.extract.patterns.agreement import DOCS_WERE_SIGNED, PASSIVE_SIGNED, SIGNED_DOCS
from vnru_facts.extract.patterns.agreement_reading import DOCUMENT_IN_USE, EVENT_THEN_DOCUMENT
from vnru_facts.extract.patterns.investment import CLAUSE_BREAK, INVESTMENT_WORD
from vnru_facts.extract.patterns.visit import (
    DURATION,
    DURATION_SUFFIX,
    DURATION_WORDS_BEFORE,
    ENDED,
    EVENT,
    EVENT_BACK,
    EVENT_BACK_NOUN,
    EVENT_BACK_WORDS_BEFORE,
    EVENT_NOUN,
    EVENT_WORDS_BEFORE,
    HOST_BEFORE,
    KIND,
    NEAR_PAST,
    NEAR_PAST_WORD,
    NEAR_PAST_WORDS_BEFORE,
    REMOTE,
    STRONG_TRIGGER,
    TO_PLACE,
    VISIT_TRIGGER,
)

# (pattern, what each of its matches holds, at most how many words before it)
BOUNDED = [
    (EVENT, EVENT_NOUN, EVENT_WORDS_BEFORE),
    (EVENT_BACK, EVENT_BACK_NOUN, EVENT_BACK_WORDS_BEFORE),
    (NEAR_PAST, NEAR_PAST_WORD, NEAR_PAST_WORDS_BEFORE),
    (DURATION, DURATION_SUFFIX, DURATION_WORDS_BEFORE),
]

SEARCHES = [
    WindowSearch(REMOTE),
    WindowSearch(KIND),
    WindowSearch(STRONG_TRIGGER),
    WindowSearch(VISIT_TRIGGER),
    WindowSearch(HOST_BEFORE),
    WindowSearch(TO_PLACE),
    WindowSearch(SIGNED_DOCS),
    WindowSearch(INVESTMENT_WORD),
    WindowSearch(CLAUSE_BREAK),
    WindowSearch(EVENT, requires=EVENT_NOUN),
    WindowSearch(DOCS_WERE_SIGNED, requires=PASSIVE_SIGNED),
    WindowSearch(DURATION, requires=DURATION_SUFFIX),
    WindowSearch(ENDED),
    # two to four literals, found with one str.find each; overlapping ones ("this in the presence")
    WindowSearch(re.compile(r"(?i)\b(?:is\sin|in\sthe\spresence|was\sin)\b")),
    WindowSearch(re.compile(r"(?i)\b(?:phone|video|inked)\w*")),
    # literal starts that end before a part with too many beginnings, or cut shorter than 8 characters
    WindowSearch(EVENT_THEN_DOCUMENT),
    WindowSearch(DOCUMENT_IN_USE),
    WindowSearch(re.compile(r"\b(?:[A-Z]\w+\s){0,2}(?:Summit|Forum)\b"), requires=re.compile("Summit|Forum")),
    # run from a few words before what they require, not from the window's start
    *(WindowSearch(regex, requires=requires, words_before=words) for regex, requires, words in BOUNDED),
    WindowSearch(
        re.compile(r"\b(?:[A-Z]\w+\s){0,2}(?:Summit|Forum)\b"),
        requires=re.compile("Summit|Forum"),
        words_before=2,
    ),
]

SENTENCES = [
    "The minister paid a state visit to Hanoi and held talks by phone with his counterpart.",
    "Seven cooperation documents were signed during the talks, while trade rose; investment grew.",
    "He arrived in Moscow for the expanded BRICS Summit after a working visit to Laos.",
    "The two sides signed three agreements and exchanged 12 memoranda of understanding.",
    "A videoconference was held online.",
    "Nothing here mentions any of the words the rules look for at all, however long it goes on.",
    "Talks with President Putin",
    "visit",
    "This is in the presence of the President, who was in Hanoi on the sidelines of the visit.",
    # "is in" begins inside "this in the presence", where no match begins; "in the p" does
    "He spoke of this in the presence of the minister, and of that on the sidelines of the summit.",
    "The minister concluded his two-day official visit and left on a 3-day trip before the 10-days.",
    "Both sides make full use of the free trade agreement and signed a memorandum on energy in Hanoi.",
    # a gathering named far into the sentence, after more words than a match holds before its noun
    "Before flying on, he said that the leaders of the two countries would meet at the expanded BRICS "
    "Summit in Kazan, at the Eastern Economic Forum, at the forum's plenary and at this year's event.",
    "He visited Hanoi this time three years ago, was there last weekend, and left yesterday after a "
    "three-day stay; the trip of two weeks ago and the Summit came in between.",
]


def spans(matches):
    return [(m.start(), m.end(), m.groupdict()) for m in matches]


def variants(sentence):
    return [sentence, sentence.upper(), sentence.lower(), sentence.title()]


def windows(text):
    """Windows from the start, inside words, shorter and longer than SHORT_WINDOW, and empty."""
    n = len(text)
    return [(0, n), (3, n), (5, n - 2), (n // 2, n), (0, min(n, SHORT_WINDOW)), (1, 1), (n, n)]


@pytest.mark.parametrize("search", SEARCHES, ids=lambda s: s.regex.pattern[:30])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_same_matches_as_the_plain_regex(search, sentence):
    for variant in variants(sentence):
        text = f"Intro text{variant} and more after it."
        for start, end in [*windows(text), (10, 10 + len(variant))]:
            window = text[start:end]
            plain = search.regex
            assert spans(search.finditer_slice(text, start, end)) == spans(plain.finditer(window))
            assert spans(search.finditer(text, start, end)) == spans(plain.finditer(text, start, end))
            found, expected = search.search_slice(text, start, end), plain.search(window)
            assert (found and found.span()) == (expected and expected.span())
            found, expected = search.search(text, start, end), plain.search(text, start, end)
            assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("search", "sentence"),
    [
        (WindowSearch(REMOTE), SENTENCES[5]),
        (WindowSearch(EVENT, requires=EVENT_NOUN), SENTENCES[0]),
        (WindowSearch(DOCS_WERE_SIGNED, requires=PASSIVE_SIGNED), SENTENCES[3]),
    ],
)
def test_a_long_window_without_the_literals_is_skipped(search, sentence):
    assert len(sentence) > SHORT_WINDOW
    assert not search.may_match(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    ("regex", "requires", "sentence"),
    [
        (EVENT, EVENT_NOUN, "Putin flew to the expanded BRICS Summit and the Eastern Economic Forum."),
        (EVENT, EVENT_NOUN, "He watched the Victory Day Parade and the Asian Games."),
        (DOCS_WERE_SIGNED, PASSIVE_SIGNED, "A joint statement and 15 cooperation documents were signed."),
        (DOCS_WERE_SIGNED, PASSIVE_SIGNED, "Seven energy deals have been also inked, two were adopted."),
        (DURATION, DURATION_SUFFIX, "He concluded his two-day visit and a 3-Day tour, then a five-DAY trip."),
    ],
)
def test_what_a_pattern_requires_is_part_of_each_match(regex, requires, sentence):
    matches = [m.group(0) for v in variants(sentence) for m in regex.finditer(v)]
    assert matches
    assert all(requires.search(m) for m in matches)


@pytest.mark.parametrize(("regex", "requires", "words"), BOUNDED, ids=lambda x: str(x)[:30])
def test_each_match_holds_what_it_requires_after_at_most_so_many_words(regex, requires, words):
    # what ``words_before`` relies on: the search may begin that many words before the first required part
    matches = [m.group(0) for v in variants(" ".join(SENTENCES[-2:])) for m in regex.finditer(v)]
    assert matches
    for match in matches:
        assert any(len(re.findall(r"\s", match[: r.start()])) <= words for r in requires.finditer(match))


# Literal starts that overlap ("is in the presence": "is in", "in the p") are each tried.
WORDS = ["visit", "state", "Summit", "were", "signed", "phone", "to", "Hanoi", "the", "invest", "; ", "x"]
WORDS += ["is", "in", "th", "presence", "of", "this", "inked", "two-day", "-", "day", "ended"]
WORDS += ["make", "full", "use", "agreement", "memorandum", "on", "energy", "under", "a"]
WORDS += ["Eastern", "Economic", "Forum", "expanded", "BRICS", "event", "forum", "ago", "years", "time"]
WORDS += ["three", "yesterday", "last", "weekend", "week", "-day"]


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), max_size=60),
    gaps=st.lists(st.sampled_from([" ", "", "\n", ", "]), min_size=60, max_size=60),
    start=st.integers(0, 300),
    length=st.integers(0, 300),
)
def test_same_matches_on_generated_text(words, gaps, start, length):
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    end = start + length
    for search in SEARCHES:
        plain = search.regex
        assert spans(search.finditer_slice(text, start, end)) == spans(plain.finditer(text[start:end]))
        assert spans(search.finditer(text, start, end)) == spans(plain.finditer(text, start, end))
        found, expected = search.search_slice(text, start, end), plain.search(text[start:end])
        assert (found and found.span()) == (expected and expected.span())
        found, expected = search.search(text, start, end), plain.search(text, start, end)
        assert (found and found.span()) == (expected and expected.span())


def test_a_text_that_folds_apart_is_searched_as_before():
    # Dotless ı: literal_scan keeps no lower-cased copy of such a text, so every window is searched.
    text = "Bır state visit to Hanoi, then a phone call."
    search = WindowSearch(KIND)
    assert search.search_slice(text, 0, len(text)).group("kind") == "state"
    assert WindowSearch(re.compile(r"(?i)\bphone\b")).search(text, 0, len(text)) is not None
