"""The pipeline's tokenizer gives the tokens of spaCy's English tokenizer, with its cache kept working."""

from __future__ import annotations

from functools import lru_cache

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from vnru_facts.components.tokenizer import cache_across_line_breaks, harden_tokenizer


@lru_cache(maxsize=1)
def stock() -> spacy.language.Language:
    return spacy.blank("en")


@lru_cache(maxsize=1)
def ours() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.tokenizer = cache_across_line_breaks(harden_tokenizer(nlp.tokenizer))
    return nlp


def tokens(nlp: spacy.language.Language, text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.whitespace_, t.norm_) for t in nlp(text)]


def test_only_the_whitespace_special_cases_that_repeat_themselves_are_dropped():
    rules = ours().tokenizer.rules
    assert "\n" not in rules and "\t" not in rules and " " not in rules
    assert "\xa0" in rules  # it sets its own norm
    assert "Mr." in rules
    assert len(rules) == len(stock().tokenizer.rules) - 3


def test_written_texts_give_the_stock_tokens():
    text = (
        "HANOI PRIORITIZES TRADE\nMr. Putin met Dr. Lam on Dec. 1.\n\n\tTrade rose 26%\xa0in 2024;"
        " it's U.S.$5 bn (Russia's).  Two  spaces\r\nand a line\n"
    )
    assert tokens(ours(), text) == tokens(stock(), text)


_PIECES = st.sampled_from(
    ["Trade", "rose", "Mr.", "Dr.", "Dec.", "it's", "Russia's", "U.S.", "$5", "26%", "(", ")", ",", ".",
     " ", "  ", "\n", "\n\n", "\t", "\r\n", "\xa0", " \n ", "e.g.", ":)", "—", "x"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_mix_of_special_cases_and_line_breaks_gives_the_stock_tokens(text):
    assert tokens(ours(), text) == tokens(stock(), text)
    # Again, now that the chunks of the text may be cached.
    assert tokens(ours(), text) == tokens(stock(), text)
