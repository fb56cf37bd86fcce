"""The pipeline's tokenizer gives the tokens of spaCy's English tokenizer, with its cache kept working.

Tokens are compared by text and trailing space. A dropped special case also set a ``norm``
("—" -> "--"); nothing in the pipeline reads norms (see the last test).
"""

from __future__ import annotations

import pickle
import re
from functools import lru_cache
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from vnru_facts.extract.components.tokenizer import (
    SpecialCaseFreeTokenizer,
    cache_across_special_cases,
    harden_tokenizer,
    in_affixes,
)


@lru_cache(maxsize=1)
def stock() -> spacy.language.Language:
    return spacy.blank("en")


@lru_cache(maxsize=1)
def ours() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.tokenizer = SpecialCaseFreeTokenizer(cache_across_special_cases(harden_tokenizer(nlp.tokenizer)))
    return nlp


def tokens(nlp: spacy.language.Language, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in nlp(text)]


def dropped() -> list[str]:
    return sorted(set(stock().tokenizer.rules) - set(ours().tokenizer.rules))


@pytest.mark.parametrize("key", ["\n", "\t", " ", "\xa0", "—", "’", "'", "It's", "it’s", "D.C.", "N.Y."])
def test_special_cases_the_affix_rules_split_the_same_way_are_dropped(key):
    assert key not in ours().tokenizer.rules


@pytest.mark.parametrize("key", ["Mr.", "Dr.", "Dec.", "St.", "don't", "can't", "10am", "cannot", "°c."])
def test_special_cases_that_change_the_tokens_are_kept(key):
    assert key in ours().tokenizer.rules


def test_every_dropped_special_case_gives_the_stock_tokens_inside_prefixes_and_suffixes():
    text = " ".join(in_affixes(key) for key in dropped())
    assert tokens(ours(), text) == tokens(stock(), text)


@pytest.mark.parametrize("key", ["Mr.", "Dr.", "Dec.", "St.", "Inc.", "a.m.", "e.g.", "vs."])
def test_one_token_special_cases_are_kept_whole_without_a_rule(key):
    fast = ours().tokenizer.fast
    assert key not in fast.rules
    assert [t.text for t in fast(key)] == [key]


def test_every_one_token_special_case_gives_the_stock_tokens_inside_prefixes_and_suffixes():
    keys = sorted(ours().tokenizer.fast.token_match.keep_whole)
    assert len(keys) > 100
    text = " ".join(in_affixes(key) for key in keys)
    assert tokens(ours(), text) == tokens(stock(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Putin met Dr. Lam on Dec. 1 in St. Petersburg.",
        "(Mr. Putin) and “Dr. Lam” at 10 a.m. on Sept. 3, e.g. in Hanoi.",
        "Trade rose 26% in 2024, the Ministry said.",
    ],
)
def test_texts_with_special_cases_between_spaces_take_the_fast_path(text):
    tokenizer = ours().tokenizer
    assert not tokenizer._has_split_special_case(tokenizer.fast(text))
    assert tokens(ours(), text) == tokens(stock(), text)


@pytest.mark.parametrize(
    "text",
    ["Mr.Putin said", "He flew to St.Petersburg.", "the Putin-Mr. Lam talks", "x-a. y", "(Dr.Lam)"],
)
def test_special_cases_split_inside_a_chunk_are_merged_as_spacy_merges_them(text):
    # spaCy's last pass merges "Mr" + "." back into "Mr."; the fast tokenizer leaves such a text to
    # the reference tokenizer.
    tokenizer = ours().tokenizer
    assert tokenizer._has_split_special_case(tokenizer.fast(text))
    assert tokens(ours(), text) == tokens(stock(), text)


def test_the_tokenizer_survives_pickling_for_worker_processes():
    text = "Mr. Putin met Dr. Lam in St.Petersburg (Dec. 1)."
    again = pickle.loads(pickle.dumps(ours().tokenizer))
    assert [(t.text, t.whitespace_) for t in again(text)] == tokens(stock(), text)


def test_the_pipeline_never_reads_a_token_norm():
    package = Path(__file__).resolve().parent.parent / "vnru_facts"
    norm = re.compile(r"\bNORM\b|\.norm_?\b")
    readers = [p.name for p in package.rglob("*.py") if norm.search(p.read_text(encoding="utf-8"))]
    assert readers == []


def test_written_texts_give_the_stock_tokens():
    text = (
        "HANOI PRIORITIZES TRADE\nMr. Putin met Dr. Lam on Dec. 1.\n\n\tTrade rose 26%\xa0in 2024;"
        " it's U.S.$5 bn (Russia's).  Two  spaces\r\nand a line\n"
    )
    assert tokens(ours(), text) == tokens(stock(), text)


_PIECES = st.sampled_from(
    ["Trade", "rose", "Mr.", "Dr.", "Dec.", "St.", "Petersburg", "Mr", "St", "a.", "a", "-", "’s", "e.g",
     "it's", "Russia's", "U.S.", "$5", "26%", "(", ")", ",", ".",
     " ", "  ", "\n", "\n\n", "\t", "\r\n", "\xa0", " \n ", "e.g.", ":)", "—", "x",
     "’", "'", "“", "”", "It's", "D.C.", "don't", "’s", "-"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_mix_of_special_cases_and_line_breaks_gives_the_stock_tokens(text):
    assert tokens(ours(), text) == tokens(stock(), text)
    # Again, now that the chunks of the text may be cached.
    assert tokens(ours(), text) == tokens(stock(), text)
