"""Sentence boundaries: spaCy's sentencizer rule from token arrays, line breaks, long sentences cut."""

from __future__ import annotations

from functools import lru_cache

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from vnru_facts.extract.components.base import TEXT_KEY
from vnru_facts.extract.components.sentences import MAX_SENTENCE_CHARS, SentenceRules, after_stops


@lru_cache(maxsize=1)
def blank() -> spacy.language.Language:
    return spacy.blank("en")


@lru_cache(maxsize=1)
def with_sentencizer() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def spacy_starts(text: str) -> list[bool]:
    return [bool(t.is_sent_start) for t in with_sentencizer()(text)]


def rule_starts(text: str) -> list[bool]:
    from spacy.attrs import IS_PUNCT, LENGTH, ORTH

    from vnru_facts.extract.components.sentences import _stop_hashes

    nlp = blank()
    doc = nlp(text)
    if not len(doc):
        return []
    columns = doc.to_array([ORTH, IS_PUNCT, LENGTH])
    stops = _stop_hashes(nlp.vocab)
    starts = after_stops(columns[:, 0], columns[:, 1], stops).tolist()
    # Looking up only the tokens of one character (the sentence step has their lengths) finds the same.
    assert after_stops(columns[:, 0], columns[:, 1], stops, lengths=columns[:, 2]).tolist() == starts
    return starts


@pytest.mark.parametrize(
    "text",
    [
        "Trade grew. It rose 26%! Did it? Yes...",
        '"It rose," he said. "By how much?" (A lot.) Then: nothing',
        "U.S. trade, Mr. Putin and Dr. Lam met at 10 a.m. in Hanoi. End",
        "... leading stops. ?! Twice!! ?",
        "No stop at all",
        "。Chinese stop。 And ！ full width ？ marks",
        "word.",
        ".",
    ],
)
def test_the_array_rule_gives_spacys_sentencizer_boundaries(text):
    assert rule_starts(text) == spacy_starts(text)


_PIECES = st.sampled_from(
    ["Trade", "grew", ".", "!", "?", "...", '"', "'", ")", "(", ",", ";", "-", "—", "。", " ", "  ", "\n",
     "\n\n", "26%", "Mr.", "U.S.", "a.m.", "$", "x"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=40).map("".join))
def test_the_array_rule_gives_spacys_boundaries_on_any_mix_of_stops_and_words(text):
    assert rule_starts(text) == spacy_starts(text)


def sentences(text: str) -> list[str]:
    doc = blank()(text)
    doc.user_data[TEXT_KEY] = text
    return [s.text for s in SentenceRules()(doc).sents]


def test_line_breaks_start_sentences():
    assert sentences("HEADLINE WITHOUT STOP\nTrade grew. It rose\n  - a list item\nEnd") == [
        "HEADLINE WITHOUT STOP\n",
        "Trade grew.",
        "It rose\n  ",
        "- a list item\n",
        "End",
    ]


def test_long_sentences_are_cut_at_word_starts():
    words = "trade " * (MAX_SENTENCE_CHARS // 2)
    parts = sentences(words + "ends. Short one.")
    assert all(len(p) <= MAX_SENTENCE_CHARS + 1 for p in parts)
    assert all(p.startswith("trade") for p in parts[:-2])
    assert "".join(parts).replace(" ", "") == (words + "ends. Short one.").replace(" ", "")
    assert parts[-1] == "Short one."


def test_a_token_longer_than_the_limit_stays_whole():
    long_token = "x" * (MAX_SENTENCE_CHARS * 2)
    assert sentences(f"Before. {long_token} after") == ["Before.", long_token, "after"]
