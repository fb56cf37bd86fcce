"""The rules as a spaCy plugin: ``nlp.add_pipe("vnru_facts")`` in any pipeline, by entry point.

Runs on what the test environment has: ``spacy.blank("en")`` always, ``en_core_web_sm`` only if it is
installed (never required). The package is imported by spaCy through the entry points, not by the test,
except where a test compares with ``extract_text``.
"""

from __future__ import annotations

import importlib.util
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
import tomllib

from vnru_facts import extract_text
from vnru_facts.models import TradeFact
from vnru_facts.pipeline import FACTORIES

from .conftest import ROOT, SEEDS

# Components a user adds by name; the two that end the package's own pipeline (records, release of the
# text) only make sense there.
PUBLIC = sorted({*FACTORIES, "vnru_facts"} - {"vnru_records", "vnru_release_text"})


def declared() -> dict[str, str]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return pyproject["project"]["entry-points"]["spacy_factories"]


def test_every_public_factory_is_declared_as_an_entry_point():
    assert sorted(declared()) == PUBLIC


@pytest.mark.parametrize("name", PUBLIC)
def test_each_entry_point_is_installed_and_loads_its_factory(name):
    [point] = [p for p in entry_points(group="spacy_factories") if p.name == name]
    assert point.value == declared()[name]
    assert callable(point.load())


def seed_texts() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def blank_with_facts():
    nlp = spacy.blank("en")
    nlp.add_pipe("vnru_facts")
    return nlp


@pytest.mark.parametrize("path", seed_texts(), ids=lambda p: p.name)
def test_a_blank_pipeline_gives_the_facts_extract_text_gives(blank_with_facts, path):
    text = path.read_text(encoding="utf-8")
    expected = extract_text(text).facts
    doc = blank_with_facts(text)
    assert expected
    assert [f.model_dump() for f in doc._.vnru_facts] == [f.model_dump() for f in expected]


def test_evidence_spans_cover_each_fact_in_the_host_tokens(blank_with_facts):
    text = (SEEDS / "001_ce86adb8538de9d2.txt").read_text(encoding="utf-8")
    doc = blank_with_facts(text)
    spans = doc.spans["vnru_facts"]
    assert len(spans) == len(doc._.vnru_facts)
    for span, fact in zip(spans, doc._.vnru_facts, strict=True):
        assert span.label_ == fact.type.upper()
        assert span.start_char <= fact.evidence.start and fact.evidence.end <= span.end_char
        assert fact.evidence.text in span.text
    assert set(doc.spans) == {"vnru_facts", *(f.type for f in doc._.vnru_facts)}


def test_the_host_tokens_and_sentences_are_left_as_they_are():
    text = (
        "Mr. Putin arrived in Hanoi on Wednesday. Trade between Vietnam and Russia hit $4.57 billion in 2024."
    )
    plain = spacy.blank("en")
    plain.add_pipe("sentencizer")
    with_facts = spacy.blank("en")
    with_facts.add_pipe("sentencizer")
    with_facts.add_pipe("vnru_facts")
    before, after = plain(text), with_facts(text)
    assert [(t.text, t.is_sent_start) for t in after] == [(t.text, t.is_sent_start) for t in before]
    assert [f.type for f in after._.vnru_facts] == ["visit", "trade"]


def test_types_and_doc_date_are_read():
    nlp = spacy.blank("en")
    nlp.add_pipe("vnru_facts", config={"types": ["trade"]})
    doc = nlp.make_doc("Two-way trade between Vietnam and Russia rose 26% to $4.57 billion last year.")
    doc._.doc_date = "2025-01-15"
    doc = nlp(doc)
    [fact] = doc._.vnru_facts
    assert isinstance(fact, TradeFact)
    assert (fact.period.start, fact.period.end) == ("2024-01", "2024-12")


def test_a_doc_with_no_fact_gets_empty_annotations(blank_with_facts):
    doc = blank_with_facts("The weather in Paris was mild.")
    assert doc._.vnru_facts == []
    assert list(doc.spans["vnru_facts"]) == []


def test_the_per_type_components_work_by_name_after_the_sentence_and_mention_components():
    nlp = spacy.blank("en")
    for name in ("vnru_sentences", "vnru_money", "vnru_dates", "vnru_places", "vnru_persons", "vnru_orgs"):
        nlp.add_pipe(name)
    nlp.add_pipe("vnru_trade")
    doc = nlp("Two-way trade between Vietnam and Russia reached US$4.57 billion in 2024, up 26%.")
    [record] = doc._.vnru_facts
    assert (record["value"]["amount"], record["period"]["start"], record["growth"]["pct"]) == (
        4_570_000_000.0,
        "2024-01",
        26.0,
    )
    assert [span.label_ for span in doc.spans["trade"]] == ["TRADE"]


@pytest.mark.skipif(importlib.util.find_spec("en_core_web_sm") is None, reason="en_core_web_sm not installed")
def test_a_pipeline_with_a_statistical_model_gets_the_same_facts():  # pragma: no cover - optional model
    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("vnru_facts")
    for path in seed_texts():
        text = path.read_text(encoding="utf-8")
        doc = nlp(text)
        assert [f.model_dump() for f in doc._.vnru_facts] == [
            f.model_dump() for f in extract_text(text).facts
        ]
        assert doc.has_annotation("DEP")  # the model's own annotations are still there
