"""DocView: the fact components' shared view of a Doc's sentences and mentions."""

from __future__ import annotations

import pytest

from vnru_facts.extract.components.context import DocView
from vnru_facts.extract.components.mentions import PLACE_KEY
from vnru_facts.pipeline import build_pipeline


def test_views_of_one_doc_share_their_index_until_its_mentions_change():
    nlp = build_pipeline(fact_pipes=())
    doc = nlp("Trade between Vietnam and Russia grew. Hanoi hosted the forum.")
    first, second = DocView(doc), DocView(doc)
    assert second.mentions is first.mentions
    assert [m.data["name"] for m in first.mentions["place"]] == ["VN", "RU", "Hanoi"]

    doc.spans[PLACE_KEY] = list(doc.spans[PLACE_KEY])[:1]
    assert [m.data["name"] for m in DocView(doc).mentions["place"]] == ["VN"]


def test_a_view_of_another_doc_is_its_own():
    nlp = build_pipeline(fact_pipes=())
    a, b = nlp("Vietnam."), nlp("Russia.")
    assert DocView(a).mentions["place"][0].data["name"] == "VN"
    assert DocView(b).mentions["place"][0].data["name"] == "RU"


def test_line_breaks_start_sentences_and_sentence_bounds_agree_with_doc_sents():
    from vnru_facts.extract.components.context import sentence_bounds

    nlp = build_pipeline(fact_pipes=())
    doc = nlp("HANOI PRIORITIZES TRADE\n\nTrade grew. It rose 26%\n  - by December\nEnd")
    assert [s.text for s in doc.sents] == [
        "HANOI PRIORITIZES TRADE\n\n",
        "Trade grew.",
        "It rose 26%\n  ",
        "- by December\n",
        "End",
    ]
    assert sentence_bounds(doc) == [(s.start_char, s.end_char) for s in doc.sents]


@pytest.mark.parametrize(
    "text",
    [
        "Hello  world.\n\nThe  US$5 bn deal, signed in Hà Nội!  ",
        " leading space and  double  spaces\t\ttabs\n",
        "x",
        "",
    ],
)
def test_char_span_is_spacys_expand_alignment(text):
    import spacy

    from vnru_facts.extract.components.base import char_span

    doc = spacy.blank("en")(text)

    def bounds(span):
        return None if span is None else (span.start, span.end, span.label_)

    for start in range(-1, len(text) + 2):
        for end in range(start, len(text) + 3):
            expected = doc.char_span(start, end, label="X", alignment_mode="expand")
            assert bounds(char_span(doc, start, end, "X")) == bounds(expected), (start, end)


def test_fact_spans_cover_each_facts_evidence_unless_the_doc_is_records_only():
    from vnru_facts.extract.components.base import SPANS_KEY, add_fact_spans

    nlp = build_pipeline(fact_pipes=())
    text = "Trade between Vietnam and Russia reached $4.5 billion in 2024."
    facts = [{"evidence": {"start": 41, "end": 53}}, {"evidence": {"start": 0, "end": 5}}]
    doc = nlp(text)
    add_fact_spans(doc, "trade", "TRADE", facts)
    assert [(s.text, s.label_) for s in doc.spans["trade"]] == [("$4.5 billion", "TRADE"), ("Trade", "TRADE")]

    records_only = nlp(text)
    records_only.user_data[SPANS_KEY] = False
    add_fact_spans(records_only, "trade", "TRADE", facts)
    assert "trade" not in records_only.spans


@pytest.mark.parametrize(
    "sent_starts",
    [
        [True, False, False, True, False],
        [False, False, True, False, True],  # the first token unmarked: it starts a sentence all the same
        [True, True, True, True, True],
        [-1, -1, 1, -1, -1],
        [1, -1, -1, 1, -1],
    ],
)
def test_sentence_bounds_are_those_of_doc_sents(sent_starts):
    import spacy
    from spacy.tokens import Doc

    from vnru_facts.extract.components.context import sentence_bounds

    doc = Doc(spacy.blank("en").vocab, words=["Trade", "grew", ".", "It", "rose"], sent_starts=sent_starts)
    assert sentence_bounds(doc) == [(s.start_char, s.end_char) for s in doc.sents]


@pytest.mark.parametrize(
    "text",
    [
        "Hello  world.\n\nThe  US$5 bn deal,\u2009signed in Hà Nội!  ",
        " leading space and  double  spaces\t\ttabs\n",
        "ends in a space ",
        "x",
    ],
)
def test_token_offsets_are_each_tokens_own(text):
    import spacy

    from vnru_facts.extract.components import base

    doc = spacy.blank("en")(text)
    base._offsets = None
    starts, ends, stops = base.token_offsets(doc)
    assert starts == [t.idx for t in doc]
    assert ends == [t.idx + len(t.text) for t in doc]
    assert stops == [t.idx + len(t.text_with_ws) for t in doc]


def test_sentence_bounds_kept_by_the_sentence_step_are_those_read_from_the_doc():
    from vnru_facts.extract.components import sentences
    from vnru_facts.extract.components.context import sentence_bounds

    nlp = build_pipeline(fact_pipes=())
    doc = nlp("HEADLINE\n\nTrade grew. It rose 26%\n  - by December\nEnd " + "word " * 300)
    kept = sentence_bounds(doc)
    assert sentences.sentence_firsts(doc) is not None
    sentences._last_firsts = None  # read again from the Doc's SENT_START column
    assert sentence_bounds(doc) == kept == [(s.start_char, s.end_char) for s in doc.sents]
