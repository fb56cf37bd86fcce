"""The agreement patterns searched from their literals, looked for once per sentence: the same matches
as each regex over the sentence (agreement_scan.SentencePatterns)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnru_facts.extract.components.agreement import (
    _DOC_NOUN,
    _HEAD,
    _IN_FORCE,
    _IN_FORCE_VERB,
    _SENTENCE_PATTERNS,
    _WITHOUT_DOC_NOUN,
    READING_FAMILIES,
    SIGNING_FAMILIES,
    TRIGGERS,
)
from vnru_facts.extract.components.agreement_scan import SentencePatterns, sentences_with
from vnru_facts.extract.components.context import DocView
from vnru_facts.extract.components.window_search import WindowSearch
from vnru_facts.extract.patterns.agreement import DOCS_WERE_SIGNED, PASSIVE_SIGNED

SEARCHES = _SENTENCE_PATTERNS.searches

SENTENCES = [
    "The two sides signed three agreements and exchanged 12 memoranda of understanding in Hanoi.",
    "Seven cooperation documents were signed during the talks, including a memorandum on energy.",
    "A protocol on customs, signed in 2019, came into force this year, the ministry said.",
    "Also signed were an agreement on visa exemption and a roadmap for oil and gas projects.",
    "The firms are drafting a contract on a power plant under the 2011 intergovernmental agreement.",
    "Russia and Vietnam ink deal on oil exploration",
    "The leaders witnessed the signing of five deals during Putin's visit to Hanoi.",
    "Nothing in this sentence names any document, verb or country that the rules look for at all.",
    "The FTA took effect in 2016; the treaty of May 29, 2015 was the first to be signed.",
    "signed",
    "",
]


def spans(matches):
    return [(m.start(), m.end(), m.groupdict()) for m in matches]


def assert_same_matches(patterns: SentencePatterns, text: str, s0: int, s1: int) -> None:
    scan = patterns.scan(text, s0, s1)
    for search in patterns.searches:
        plain = search.regex
        assert spans(scan.finditer_slice(search)) == spans(plain.finditer(text[s0:s1]))
        assert spans(scan.finditer(search)) == spans(plain.finditer(text, s0, s1))
        found, expected = scan.search_slice(search), plain.search(text[s0:s1])
        assert (found and found.span()) == (expected and expected.span())
        found, expected = scan.search(search), plain.search(text, s0, s1)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("sentence", SENTENCES)
def test_same_matches_as_each_regex_over_the_sentence(sentence):
    for variant in (sentence, sentence.upper(), sentence.lower(), sentence.title()):
        text = f"Before it, a word{variant} and after it, more."
        n = len(text)
        for s0, s1 in [(17, 17 + len(variant)), (0, n), (3, n - 2), (n // 2, n), (5, 5)]:
            assert_same_matches(_SENTENCE_PATTERNS, text, s0, s1)


def test_a_pattern_whose_required_part_is_absent_has_no_match():
    # " were " begins the passive verb's words, but no verb of a signing follows it
    patterns = SentencePatterns([WindowSearch(DOCS_WERE_SIGNED, requires=PASSIVE_SIGNED)])
    text = "Two agreements were discussed, and three deals were praised by the ministers."
    assert list(patterns.scan(text, 0, len(text)).finditer_slice(patterns.searches[0])) == []
    text = "Two agreements were discussed, and three deals were signed by the ministers."
    assert_same_matches(patterns, text, 0, len(text))


def test_a_text_that_folds_apart_is_searched_as_before():
    # Dotless ı: literal_scan keeps no lower-cased copy of such a text; each pattern searches itself.
    text = "Bır said an agreement was signed in Moscow, and the two sides signed a memorandum."
    assert_same_matches(_SENTENCE_PATTERNS, text, 0, len(text))
    assert _SENTENCE_PATTERNS.scan(text, 0, len(text)).search_slice(SEARCHES[0]) is not None


WORDS = ["signed", "were", "was", "an", "agreement", "agreements", "two", "three", "the", "memorandum"]
WORDS += ["of", "understanding", "on", "energy", "in", "force", "took", "effect", "deal", "signing"]
WORDS += ["Russia", "Vietnam", "during", "visit", "including", "a", "contract", "under", "2011", "; "]


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), max_size=50),
    gaps=st.lists(st.sampled_from([" ", "", "\n", ", "]), min_size=50, max_size=50),
    start=st.integers(0, 40),
    length=st.integers(0, 400),
)
def test_same_matches_on_generated_text(words, gaps, start, length):
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    s0 = min(start, len(text))
    assert_same_matches(_SENTENCE_PATTERNS, text, s0, min(len(text), s0 + length))


def test_a_literal_shorter_than_three_letters_is_looked_for_too():
    # "%" is a literal start of its own (a rare symbol), shorter than the prefixes looked for first
    patterns = SentencePatterns([WindowSearch(re.compile(r"%(?=\s(?:of|in)\b)"))])
    text = "It rose 12 % in May, and 40 % of the trade was in oil."
    assert [m.start() for m in patterns.scan(text, 0, len(text)).finditer_slice(patterns.searches[0])] == [
        11,
        28,
    ]


@pytest.mark.parametrize(
    ("search", "sentence"),
    [
        (_IN_FORCE, "The pact took effect in May; the deal came into force; the treaty is in force now."),
        (_IN_FORCE, "The accord has been effective since 2016 and the protocol entered into effect."),
        (_IN_FORCE_VERB, "The treaty, which has taken effect, and a deal that went into force last year."),
        (_IN_FORCE_VERB, "The agreement became effective; the protocol has been in effect since 2012."),
        (READING_FAMILIES[1][1], "The ministries are drafting an agreement and were preparing a memorandum."),
        (READING_FAMILIES[1][1], "Both sides have been working on a roadmap and are negotiating a treaty."),
    ],
)
def test_what_a_pattern_requires_is_part_of_each_match(search, sentence):
    matches = [m.group(0) for m in search.regex.finditer(sentence)]
    assert matches
    assert all(search.requires.search(m) for m in matches)
    assert_same_matches(SentencePatterns([search]), sentence, 0, len(sentence))


# Each family tried only where its gate matches: the document noun (the signing families but "among"), the
# head noun (the generic reading's). Sentences with a match of each family, and near misses.
GATED = [
    *(
        (search, _DOC_NOUN)
        for family, search in SIGNING_FAMILIES
        if (family, search) not in _WITHOUT_DOC_NOUN
    ),
    *((search, _HEAD) for _, search in READING_FAMILIES),
]
GATE_SENTENCES = [
    *SENTENCES,
    "Vietnam and Russia will sign a visa agreement and are negotiating a treaty on fisheries.",
    "The Senate ratified the FTA; the sides reached agreements with Gazprom on gas supplies.",
    "Novatek inked memoranda of understanding on LNG and sealed protocols for oil projects.",
    "The two leaders observed the exchange of ten documents after the signing of a joint statement.",
    "The agreement on the centre, signed in 2019, and the deal inked last year were praised.",
    "Vietnam was the first country to sign a free trade deal with the bloc, and the pact was among 9 signed.",
    "They put pen to paper on a cooperation plan and penned a work programme for 2024-2026.",
    "The firm clinched a $30 million contract and entered into a production sharing agreement.",
    "Also signed were a roadmap and a letter of intent; the ministries are preparing a joint communique.",
    "It signed on Monday the minutes and approved a plan of action under the 2011 accord.",
    "The significant security issues were signed off as the executive adopted a strategy.",
    "The ministers agreed to draft a treaty on legal aid and signed off on a memorandum on rail freight.",
    "The two governments said in a joint statement that they would widen cooperation in energy.",
    "The sides are in talks on a visa deal and discussed a draft treaty on legal aid.",
    "Among the documents signed were a memorandum on rail freight and a plan of action for 2026.",
]


@pytest.mark.parametrize("sentence", GATE_SENTENCES)
def test_each_gated_family_matches_only_where_its_gate_does(sentence):
    for variant in (sentence, sentence.upper(), sentence.lower()):
        for search, gate in GATED:
            if search.regex.search(variant):
                assert gate.regex.search(variant), (search.regex.pattern[:40], variant)
            for m in search.regex.finditer(variant):
                assert gate.regex.search(m.group(0)), (search.regex.pattern[:40], m.group(0))


def test_the_gates_pass_sentences_of_every_family():
    matched = {id(search) for search, _ in GATED for s in GATE_SENTENCES if search.regex.search(s)}
    assert matched == {id(search) for search, _ in GATED}


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(
        st.sampled_from([*WORDS, "documents", "minutes", "plan", "inked", "sign", "will", "sealed"]),
        max_size=40,
    ),
    gaps=st.lists(st.sampled_from([" ", "", "\n", ", "]), min_size=40, max_size=40),
)
def test_gated_families_on_generated_text(words, gaps):
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    for search, gate in GATED:
        if search.regex.search(text):
            assert gate.regex.search(text)


# Phrasings of each trigger word, and near misses ("the security of", "significant"), across sentences.
TRIGGER_TEXTS = [
    "They signed deals. Russia inked a pact; the firms penned one and put pen to paper on another.",
    "Ministers exchanged notes, executed plans, adopted rules and issued a statement. They sealed it.",
    "The sides concluded talks and initialled a text. It was handed over at the handover ceremony.",
    "The Duma ratified it after a bill to approve the treaty and a law approving the resolution to approve.",
    "The parties struck a deal and reached two new bilateral agreements. Negotiations go on. Finalised.",
    "The FTA took effect in 2016, takes effect now, has taken effect, is taking effect next year.",
    "It came into force, comes into effect, is coming into force, entered into force and enters into effect.",
    "The treaty is in force. The pact is in effect. Entering into force, it was effective at once.",
    "They clinched a deal, secured contracts, won and landed orders and scored one. Entered into a deal.",
    "Approval came as they agreed on and agreed upon a road map, a roadmap, treaties and a treaty.",
    "The accord was renewed, extended and prolonged. Protocols, memoranda, MoUs, PSAs, PSCs and FTAs.",
    "Significant security issues were not significantly signalled. Nothing here.",
    "REACHED\nAGREEMENTS. Took\neffect. In\nforce. resolution\nto\napprove",
    "",
]


@pytest.mark.parametrize("text", TRIGGER_TEXTS)
def test_sentences_with_anchors_are_those_each_trigger_matches(mention_nlp, text):
    for variant in (text, text.upper(), text.lower(), f"Before. {text} After."):
        view = DocView(mention_nlp(variant))
        expected = [view.sentences_matching(regex) for regex, _ in TRIGGERS]
        assert sentences_with(view, TRIGGERS) == expected


TRIGGER_WORDS = [
    "took",
    "taking",
    "came",
    "entering",
    "into",
    "in",
    "force",
    "effect",
    "effective",
    "law",
    "to",
]
TRIGGER_WORDS += ["approve", "resolution", "bill", "reached", "two", "deals", "signed", "agreed", "on", "."]


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from(TRIGGER_WORDS), max_size=30),
    gaps=st.lists(st.sampled_from([" ", "\n", ", ", ". "]), min_size=30, max_size=30),
)
def test_sentences_with_anchors_on_generated_text(mention_nlp, words, gaps):
    view = DocView(mention_nlp("".join(w + g for w, g in zip(words, gaps, strict=False))))
    assert sentences_with(view, TRIGGERS) == [view.sentences_matching(regex) for regex, _ in TRIGGERS]


@pytest.mark.parametrize("sentence", [*SENTENCES, *GATE_SENTENCES[len(SENTENCES) :]])
def test_literals_looked_for_one_by_one_or_all_at_once_give_the_same_matches(sentence):
    # A scan asked for one pattern looks for that pattern's literals alone; one told that most will be
    # asked for (find_all_literals), or asked for more than LITERALS_ONE_BY_ONE, finds them all at once.
    text = f"Before it. {sentence} After it."
    s0, s1 = 11, 11 + len(sentence)
    everything = SentencePatterns(SEARCHES).scan(text, s0, s1)
    everything.find_all_literals()
    for search in SEARCHES:
        one = SentencePatterns(SEARCHES).scan(text, s0, s1)  # a fresh scan: this pattern asked first
        assert spans(one.finditer_slice(search)) == spans(everything.finditer_slice(search))
        assert spans(one.finditer(search)) == spans(everything.finditer(search))
        assert spans(search.regex.finditer(text[s0:s1])) == spans(everything.finditer_slice(search))
