"""How the investment rules scan text changes their speed, never what they find."""

from __future__ import annotations

import re

import pytest

from vnru_facts.extract.components import investment
from vnru_facts.extract.patterns.investment import COMPANY_NOUNS, PROJECTS, PROJECTS_COUNTED_AFTER

SENTENCES = [
    "Russian carmaker Sollers and the Vietnamese start-up Tiki, a retail startup, set up a joint venture.",
    "Vietnam's giant milk company TH will pour $500 million into its farms in the Moscow region.",
    "Russia has 200 investment projects in Vietnam with total registered capital of $990 million.",
    "Vietnamese PROJECTS in Russia numbered 20, while seven INVESTMENTS were approved last year.",
    "The number of projects stood at 1,100; steelmakers, shipbuilders and lenders took part.",
    "The ministry said nine valid projects were under way, and three more are planned.",
    "Kazan-based Tatchem plans to invest in a fertiliser plant; its CEO spoke to reporters.",
    "Trade rose 12% to $5 billion in 2023, and officials expect more growth next year.",
]


def _windows(text: str) -> list[tuple[int, int]]:
    return [(start, end) for start in range(0, len(text), 3) for end in range(start, len(text) + 1, 7)]


def test_the_company_nouns_are_spelled_out_plainly():
    assert investment._spellings("start-?up") == ("start-up", "startup")
    assert investment._spellings("firm") == ("firm",)
    assert all(re.fullmatch(r"[a-z-]+", word) for word in investment._NOUN_WORDS)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_noun_tree_finds_a_noun_where_the_flat_alternation_does(text):
    """The prefix tree of the nouns against the flat alternation of the patterns they are read from."""
    flat = re.compile("|".join(n.removeprefix("[a-z]+").removeprefix("[a-z]*") for n in COMPANY_NOUNS))
    for start, end in _windows(text):
        found = investment._NOUN_NEAR.search(text, start, end)
        assert (found is None) == (flat.search(text, start, end) is None), text[start:end]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_clause_without_a_project_word_counts_no_projects(text):
    for start, end in _windows(text):
        clause = text[start:end]
        if PROJECTS.search(clause) or PROJECTS_COUNTED_AFTER.search(clause):
            assert investment._PROJECT_COUNT.may_match(text, start, end), clause


def test_the_project_words_are_looked_for_in_any_case():
    text = "Officials said the ministry approved twelve new PROJECTS worth a combined $2 billion in 2023."
    assert investment._PROJECT_COUNT.may_match(text, 0, len(text))
    plain = "Officials said the ministry approved twelve new plants worth a combined $2 billion in 2023."
    assert not investment._PROJECT_COUNT.may_match(plain, 0, len(plain))


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Russia has invested $2 billion in Vietnam.", 1),
        ("Russia has 200 investment projects in Vietnam.", 1),
        ("Russia's investment in Vietnam keeps growing, officials said.", 0),
        ("Vietnamese investors are welcome in Russia, the minister said, citing the capital Moscow.", 0),
    ],
)
def test_a_sentence_with_no_amount_nor_count_of_projects_gives_no_investment(text, facts):
    from vnru_facts import extract_text

    assert len(extract_text(text, types=["investment"]).facts) == facts
