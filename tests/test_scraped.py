"""Text as scraped: invisible characters, odd spaces and decomposed letters read as a reader sees them,
with evidence offsets into the original text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnru_facts import extract_text
from vnru_facts.read.scraped import clean_scraped

SENTENCE = "Trade between Vietnam and Russia reached US$4.57 billion in 2024, up 26% from 2023."


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize(
    "text",
    [
        SENTENCE.replace("4.57 billion", "4.57\u200b billion"),  # zero-width space after a figure
        SENTENCE.replace("4.57", "4.\u200b57"),  # ... inside it
        SENTENCE.replace("4.57 billion", "4.57\u00a0billion"),  # no-break space
        SENTENCE.replace("4.57 billion", "4.57\u2009billion").replace("26%", "26\u202f%"),  # thin spaces
        SENTENCE.replace("billion", "bil\u00adlion"),  # soft hyphen
        SENTENCE.replace("Russia", "Rus\u2060sia"),  # word joiner
        "\ufeff" + SENTENCE,  # byte order mark
        nfd(SENTENCE.replace("Vietnam", "Việt Nam")),  # decomposed letters
        nfd(SENTENCE.replace("Vietnam", "Việt\u00a0Nam")).replace("4.57", "4.57\u200b"),  # all at once
    ],
)
def test_text_as_scraped_gives_the_plain_fact_with_exact_evidence(text: str) -> None:
    [fact] = [f for f in extract_text(text, doc_date="2025-01-10").facts if f.type == "trade"]
    assert fact.value is not None and fact.value.amount == 4.57e9
    assert (list(fact.parties), fact.growth.pct if fact.growth else None) == (["RU", "VN"], 26.0)
    assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    assert fact.evidence.text.strip() == fact.evidence.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4.\u200b57", "4.57"),
        ("a\u00a0b\u2009c\u202fd", "a b c d"),
        (nfd("Việt Nam"), "Việt Nam"),
        ("\u00adx\u200d\u200b", "x"),
    ],
)
def test_the_cleaned_copy_reads_as_a_reader_sees(text: str, expected: str) -> None:
    scraped = clean_scraped(text)
    assert scraped is not None and scraped.text == expected


def test_a_plain_text_has_no_copy() -> None:
    assert clean_scraped(SENTENCE) is None


def test_a_copy_maps_each_of_its_spans_to_the_original() -> None:
    text = nfd("Hà Nội") + " \u200bUS$4.57\u200b billion"
    scraped = clean_scraped(text)
    assert scraped is not None and scraped.text == "Hà Nội US$4.57 billion"
    start = scraped.text.index("US$")
    assert text[slice(*scraped.original_span(start, start + len("US$4.57")))] == "US$4.57"
    assert text[slice(*scraped.original_span(0, len("Hà Nội")))] == nfd("Hà Nội")
    assert scraped.original_span(len(scraped.text), len(scraped.text)) == (len(text), len(text))


def test_the_document_date_is_read_from_the_cleaned_text() -> None:
    text = "HANOI, August\u200b 4 - In June exports rose 20% compared to June\u00a02022."
    assert extract_text(text).documents[0].doc_date == "2023-08-04"


_PIECES = st.one_of(
    st.sampled_from(["Trade", "between", "Vietnam", "Việt Nam", "Russia", "reached", "US$4.57", "billion"]),
    st.sampled_from(["in", "2024", "up", "26%", "Hà Nội", "Moscow", "exports", "to", ".", "\n"]),
    st.text(
        st.sampled_from(["\u200b", "\u00a0", "\u2009", "\u202f", "\u00ad", "\u0323", "\u0302", "e", "4"])
    ),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(_PIECES, max_size=40), decompose=st.booleans())
def test_every_offset_is_exact_in_text_as_scraped(words: list[str], decompose: bool) -> None:
    text = " ".join(words)
    text = nfd(text) if decompose else text
    result = extract_text(text, doc_date="2025-01-10")
    assert all(text[f.evidence.start : f.evidence.end] == f.evidence.text for f in result.facts)
    for document in result.documents:
        assert all(text[p.evidence.start : p.evidence.end] == p.evidence.text for p in document.people)


@given(
    st.text(st.sampled_from(["a", "4", " ", ".", "\u200b", "\u200d", "\u00ad", "\ufeff", "\u00a0", "\u2009"]))
)
def test_each_character_of_the_copy_comes_from_its_original_place(text: str) -> None:
    scraped = clean_scraped(text)
    if scraped is None:
        return
    for i, char in enumerate(scraped.text):
        start, end = scraped.original_span(i, i + 1)
        assert end == start + 1 and char == (" " if text[start].isspace() else text[start])
