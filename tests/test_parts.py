"""A long text is read in parts (``run.parts``): bounded memory, exact offsets, the same facts.

Parts here are a few thousand characters (the real ones are half a million), so that the seeds repeated
a few times cross many part boundaries. The 20 MB memory check is a benchmark
(``benchmarks/long_article.py``), not a test.
"""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS
from vnru_facts import extract_text
from vnru_facts.read.sources import Article
from vnru_facts.run import local, parts
from vnru_facts.run.parts import HEAD_CHARS, Part, split

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
DOC_DATE = "2025-01-15"
SENTENCE = "Trade between Russia and Vietnam reached US$3.9 billion in 2023, the customs office said.\n"


def read_in_parts(monkeypatch: pytest.MonkeyPatch, text: str, part_chars: int):
    monkeypatch.setattr(parts, "PART_CHARS", part_chars)
    return extract_text(text, doc_date=DOC_DATE)


def read_whole(monkeypatch: pytest.MonkeyPatch, text: str):
    return read_in_parts(monkeypatch, text, len(text) + 1)


def facts_of(result, *types: str) -> list[dict]:
    return [f.model_dump(mode="json") for f in result.facts if f.type in types]


def documents_signed(result) -> set[tuple]:
    """What each agreement fact says was signed, without the date and place it may take from a visit."""
    return {(f.evidence.text, f.title, f.count, f.status) for f in result.facts if f.type == "agreement"}


# --- where a text is cut -----------------------------------------------------------------------------


def covers(text: str, found: list[Part], limit: int) -> bool:
    bounds = [(p.start, p.end) for p in found]
    joined = [b for a in bounds for b in a]
    return (
        joined[0] == 0
        and joined[-1] == len(text)
        and all(a == b for a, b in zip(joined[1:-1:2], joined[2::2], strict=True))
        and all(e - s <= limit for s, e in bounds)
    )


def test_a_text_within_the_limit_is_one_part_read_as_it_is():
    assert split("Short text.\n", part_chars=100) == [Part(0, 12)]
    assert Part(0, 12).piece("Short text.\n") == "Short text.\n"


def test_parts_cover_the_text_and_end_at_paragraph_breaks_first():
    paragraph = "One line of a paragraph.\nAnother line of it.\n\n"
    text = paragraph * 300
    found = split(text, part_chars=1000)
    assert len(found) > 10 and covers(text, found, 1000)
    assert all(text[p.start - 2 : p.start] == "\n\n" for p in found[1:])


def test_without_blank_lines_parts_end_at_line_breaks_then_sentences_then_words():
    lines = "A line without a blank after it, one of many.\n" * 200
    assert all(lines[p.start - 1] == "\n" for p in split(lines, part_chars=700)[1:])
    sentences = "One sentence of a run-on text ends here. " * 200
    assert all(sentences[p.start - 2 : p.start] == ". " for p in split(sentences, part_chars=700)[1:])
    words = "word " * 2000
    assert all(words[p.start - 1] == " " for p in split(words, part_chars=700)[1:])
    blob = "x" * 5000
    found = split(blob, part_chars=700)
    assert covers(blob, found, 700) and [p.end - p.start for p in found][:2] == [700, 700]


def test_a_later_part_is_read_behind_the_head_and_whole_lines_before_it():
    text = "".join(f"Line {i} of the article, which goes on.\n" for i in range(3000))
    first, second = split(text, part_chars=40_000)[:2]
    piece = second.piece(text)
    assert piece.endswith(text[second.start : second.end])
    assert piece.startswith(text[: second.head]) and 0 < second.head <= HEAD_CHARS
    assert text[second.lead - 1] == "\n"  # the lead-in starts at a line start
    assert piece[second.lead_chars :] == text[second.start : second.end]
    assert first.piece(text) == text[: first.end]


def test_records_in_the_lead_in_are_left_to_the_part_that_holds_them():
    part = Part(start=1000, end=2000, head=100, lead=900)  # piece: 100 head + 100 lead + the part
    inside = {"evidence": {"start": 250, "end": 260, "text": "x"}}
    before = {"evidence": {"start": 150, "end": 160, "text": "y"}}
    failure = {"type": "_failure", "component": "X", "error": "E"}
    assert part.own([inside, before, failure]) == [inside, failure]
    assert inside["evidence"] == {"start": 1050, "end": 1060, "text": "x"}


# --- the same facts ----------------------------------------------------------------------------------


def test_one_sentence_repeated_thousands_of_times_is_one_fact_as_in_one_doc(monkeypatch):
    text = SENTENCE * 1000
    whole = read_whole(monkeypatch, text)
    split_up = read_in_parts(monkeypatch, text, 5_000)
    assert len(split(text, part_chars=5_000)) > 10
    assert facts_of(split_up, "trade") == facts_of(whole, "trade")
    [fact] = split_up.facts
    assert fact.evidence.start == 0 and fact.value.amount == 3.9e9


@pytest.mark.parametrize("part_chars", [6_000, 12_000, 24_000])
@pytest.mark.parametrize("seed", range(len(SEED_TEXTS)), ids=[f"seed{i}" for i in range(len(SEED_TEXTS))])
def test_each_seed_repeated_gives_the_same_facts_in_parts_as_in_one_doc(
    monkeypatch, seed: int, part_chars: int
):
    """Copies of one article (50,000 characters), cut at paragraph breaks inside copies: the facts
    and people of one Doc, offsets included. Agreements say the same documents were signed; the date
    and place one takes from "this visit" may come from another copy's visit (as in one Doc, where
    all the copies' visits are in view)."""
    text = "\n\n".join([SEED_TEXTS[seed]] * (50_000 // len(SEED_TEXTS[seed]) + 1))
    whole, split_up = read_whole(monkeypatch, text), read_in_parts(monkeypatch, text, part_chars)
    assert len(split(text, part_chars=part_chars)) > 1
    kinds = ("trade", "investment", "visit")
    assert facts_of(split_up, *kinds) == facts_of(whole, *kinds)
    assert split_up.documents[0].people == whole.documents[0].people
    assert documents_signed(split_up) == documents_signed(whole)


@pytest.mark.parametrize("part_chars", [6_000, 12_000, 24_000, 48_000])
def test_the_seeds_concatenated_many_times_give_the_same_figures_in_parts(monkeypatch, part_chars: int):
    """Five articles one after another, six times: trade and investment facts as in one Doc, and every
    offset exact. (Visits, people and agreements may differ where a rule reads the whole document:
    see ``run.parts``.)"""
    text = "\n\n".join(["\n\n".join(SEED_TEXTS)] * 6)
    whole, split_up = read_whole(monkeypatch, text), read_in_parts(monkeypatch, text, part_chars)
    assert facts_of(split_up, "trade", "investment") == facts_of(whole, "trade", "investment")
    assert all(text[f.evidence.start : f.evidence.end] == f.evidence.text for f in split_up.facts)
    people = split_up.documents[0].people
    assert people and all(text[p.evidence.start : p.evidence.end] == p.evidence.text for p in people)


def test_long_and_short_articles_keep_their_order_and_facts_with_workers(monkeypatch):
    monkeypatch.setattr(parts, "PART_CHARS", 10_000)
    texts = [SENTENCE, "\n\n".join([SEED_TEXTS[0]] * 4), "No figures here.\n", SENTENCE * 500]
    articles = [Article(f"a{i}", text, doc_date=DOC_DATE) for i, text in enumerate(texts)]
    here = [(a.source, records) for a, records in local.run(articles, jobs=1)]
    workers = [(a.source, records) for a, records in local.run(articles, jobs=2)]
    assert here == workers
    assert [source for source, _ in here] == ["a0", "a1", "a2", "a3"]
    facts_per_article = [len(facts) for _, (facts, _people) in here]
    assert facts_per_article[0] == facts_per_article[3] == 1 and facts_per_article[2] == 0
