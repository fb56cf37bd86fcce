"""Sentence boundaries: spaCy's sentencizer rule, line breaks, and a cap on sentence length.

- The rule of spaCy's ``sentencizer``: a sentence ends after a token that is one of its stop
  characters ("." "!" "?" ...) and any punctuation following it. The same boundaries are computed
  here from token arrays: the sentencizer makes a Token object per token, which costs about a
  third of tokenising.
- Line breaks end sentences: headlines, captions and list items in news text have no final stop.
- No sentence is longer than ``MAX_SENTENCE_CHARS``: fact rules look at a sentence and its
  clauses, so a text without stops or line breaks (a 1 MB run-on, a mangled export) would make
  every rule quadratic in its length. A real sentence is a few hundred characters.

All three are written to the Doc in one array write: ``Token.is_sent_start``'s setter rescans the
whole Doc per call.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import numpy as np
from spacy.attrs import IS_PUNCT, ORTH, SENT_START
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from vnru_facts.extract.components.base import char_span, doc_text, token_offsets

_LINE_BREAK = re.compile(r"\n\s*")
MAX_SENTENCE_CHARS = 1000
# Where an over-long sentence is cut: the start of the next word.
_NEXT_WORD = re.compile(r"\s(?=\S)")


class SentenceRules:
    """Sets every token's sentence start: spaCy's sentencizer rule, then line breaks, then cuts
    of sentences longer than ``MAX_SENTENCE_CHARS`` at a word start."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        text = doc_text(doc)
        columns = doc.to_array([ORTH, IS_PUNCT])
        starts = after_stops(columns[:, 0], columns[:, 1], _stop_hashes(doc.vocab))
        token_starts, token_ends, _ = token_offsets(doc)
        _start_lines(text, token_starts, starts)
        for token in _long_sentence_cuts(doc, text, starts, token_starts, token_ends):
            starts[token] = True
        doc.from_array([SENT_START], np.where(starts, 1, -1).astype("int64").astype("uint64"))
        return doc


@lru_cache(maxsize=8)
def _stop_hashes(vocab: Vocab) -> np.ndarray:
    """The sorted hashes of the sentencizer's stop characters in ``vocab``'s string store."""
    return np.unique(
        np.array([vocab.strings.add(ch) for ch in Sentencizer.default_punct_chars], dtype="uint64")
    )


def after_stops(orth: np.ndarray, is_punct: np.ndarray, stops: np.ndarray) -> np.ndarray:
    """Which tokens start a sentence under spaCy's sentencizer rule, as a boolean array.

    The sentencizer walks the tokens: a stop character sets "seen a stop"; the next token that is
    neither a stop nor punctuation starts a sentence and clears it. So an ordinary token starts a
    sentence exactly when a stop lies between it and the ordinary token before it: when, of the
    tokens that are stops or ordinary, the one just before it is a stop.
    """
    # Membership by binary search in the sorted stops: np.isin sorts on every call (slow on short Docs).
    at = np.minimum(np.searchsorted(stops, orth), len(stops) - 1)
    is_stop = stops[at] == orth
    told = np.flatnonzero(is_stop | (is_punct == 0))  # the stops and the ordinary tokens, in order
    stop_told = is_stop[told]
    starts = np.zeros(len(orth), dtype=bool)
    starts[told[1:][stop_told[:-1] & ~stop_told[1:]]] = True  # an ordinary token after a stop
    starts[0] = True
    return starts


def _start_lines(text: str, token_starts: list[int], starts: np.ndarray) -> None:
    """A sentence starts at the first token of every line."""
    size = len(text)
    # Each m.end() before the text's end is a non-space character: the token containing it starts the line.
    lines = [bisect_right(token_starts, at) - 1 for m in _LINE_BREAK.finditer(text) if (at := m.end()) < size]
    starts[[token for token in lines if token > 0]] = True


def _long_sentence_cuts(
    doc: Doc,
    text: str,
    starts: np.ndarray,
    token_starts: list[int],
    token_ends: list[int],
    *,
    limit: int = MAX_SENTENCE_CHARS,
) -> list[int]:
    """Tokens at which to start a new sentence so that none is longer than ``limit`` characters, cut
    at a word start when there is one. A single token longer than ``limit`` (see
    ``components.tokenizer``) cannot be cut and stays whole."""
    firsts = np.flatnonzero(starts).tolist()
    cuts: list[int] = []
    for first, after in zip(firsts, [*firsts[1:], len(token_starts)], strict=True):
        start, end = token_starts[first], token_ends[after - 1]
        prev = start
        while end - prev > limit:
            # A word start in the last quarter of the allowed length, else the limit itself.
            word = _NEXT_WORD.search(text, prev + limit * 3 // 4, prev + limit)
            cut = word.end() if word is not None else prev + limit
            span = char_span(doc, cut, cut + 1)
            if span is not None and span.start > first:
                cuts.append(span.start)
            prev = cut
    return cuts
