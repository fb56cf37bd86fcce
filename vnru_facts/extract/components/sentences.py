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
import weakref
from functools import lru_cache

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH, SENT_START
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from vnru_facts.extract.components.base import char_span, doc_text, keep_token_offsets

_LINE_BREAK = re.compile(r"\n\s*")
MAX_SENTENCE_CHARS = 1000
# Where an over-long sentence is cut: the start of the next word.
_NEXT_WORD = re.compile(r"\s(?=\S)")


class SentenceRules:
    """Sets every token's sentence start: spaCy's sentencizer rule, then line breaks, then cuts
    of sentences longer than ``MAX_SENTENCE_CHARS`` at a word start."""

    def __call__(self, doc: Doc) -> Doc:
        global _last_firsts
        if not len(doc):
            return doc
        text = doc_text(doc)
        # One read of the four columns; the token offsets other steps read are kept from it.
        columns = doc.to_array([ORTH, IS_PUNCT, IDX, LENGTH])
        lengths = columns[:, 3].astype("int64")
        starts = after_stops(columns[:, 0], columns[:, 1], _stop_hashes(doc.vocab), lengths=lengths)
        idx = columns[:, 2].astype("int64")
        token_starts, token_ends, _ = keep_token_offsets(doc, idx, lengths)
        _start_lines(text, idx, starts)
        firsts = np.flatnonzero(starts)
        if _may_be_too_long(idx[firsts], len(text)):
            cuts = _long_sentence_cuts(doc, text, firsts.tolist(), token_starts, token_ends)
            if cuts:
                starts[cuts] = True
                firsts = np.flatnonzero(starts)
        doc.from_array([SENT_START], np.where(starts, _MARKED, _UNMARKED))
        _last_firsts = (weakref.ref(doc), len(doc), firsts.tolist())
        return doc


# SENT_START values as ``Doc.from_array`` reads them: 1 starts a sentence, -1 does not.
_MARKED = np.uint64(1)
_UNMARKED = np.array(-1, dtype="int64").astype("uint64")

# The first token of each sentence of the last Doc marked (a weak reference: it never keeps a Doc
# alive): ``sentence_firsts`` gives them to the Doc's view without reading its SENT_START column again.
_last_firsts: tuple[weakref.ref[Doc], int, list[int]] | None = None


def sentence_firsts(doc: Doc) -> list[int] | None:
    """The index of each sentence's first token, if ``doc`` is the last Doc this step marked (no other
    step of this package's pipelines sets sentence starts after it); else None."""
    kept = _last_firsts
    if kept is not None and kept[0]() is doc and kept[1] == len(doc):
        return kept[2]
    return None


@lru_cache(maxsize=8)
def _stop_hashes(vocab: Vocab) -> np.ndarray:
    """The sorted hashes of the sentencizer's stop characters in ``vocab``'s string store."""
    assert all(len(ch) == 1 for ch in Sentencizer.default_punct_chars)  # read by ``_are_single_stops``
    return np.unique(
        np.array([vocab.strings.add(ch) for ch in Sentencizer.default_punct_chars], dtype="uint64")
    )


def after_stops(
    orth: np.ndarray, is_punct: np.ndarray, stops: np.ndarray, *, lengths: np.ndarray | None = None
) -> np.ndarray:
    """Which tokens start a sentence under spaCy's sentencizer rule, as a boolean array.

    The sentencizer walks the tokens: a stop character sets "seen a stop"; the next token that is
    neither a stop nor punctuation starts a sentence and clears it. So an ordinary token starts a
    sentence exactly when a stop lies between it and the ordinary token before it: when, of the
    tokens that are stops or ordinary, the one just before it is a stop.

    ``lengths``: each token's length in characters, if at hand: every stop is one character, so only
    the tokens of one character are looked up (a tenth of a text's tokens).
    """
    is_stop = _are_stops(orth, stops) if lengths is None else _are_single_stops(orth, lengths, stops)
    told = np.flatnonzero(is_stop | (is_punct == 0))  # the stops and the ordinary tokens, in order
    stop_told = is_stop[told]
    starts = np.zeros(len(orth), dtype=bool)
    starts[told[1:][stop_told[:-1] & ~stop_told[1:]]] = True  # an ordinary token after a stop
    starts[0] = True
    return starts


def _are_stops(orth: np.ndarray, stops: np.ndarray) -> np.ndarray:
    # Membership by binary search in the sorted stops: np.isin sorts on every call (slow on short Docs).
    at = np.minimum(np.searchsorted(stops, orth), len(stops) - 1)
    return stops[at] == orth


def _are_single_stops(orth: np.ndarray, lengths: np.ndarray, stops: np.ndarray) -> np.ndarray:
    single = np.flatnonzero(lengths == 1)
    is_stop = np.zeros(len(orth), dtype=bool)
    is_stop[single[_are_stops(orth[single], stops)]] = True
    return is_stop


def _start_lines(text: str, idx: np.ndarray, starts: np.ndarray) -> None:
    """A sentence starts at the first token of every line. ``idx``: each token's start (int64)."""
    size = len(text)
    # Each m.end() before the text's end is a non-space character: the token containing it starts the line.
    ats = [at for m in _LINE_BREAK.finditer(text) if (at := m.end()) < size]
    if ats:
        lines = np.searchsorted(idx, ats, side="right") - 1
        starts[lines[lines > 0]] = True


def _may_be_too_long(first_starts: np.ndarray, size: int, *, limit: int = MAX_SENTENCE_CHARS) -> bool:
    """Whether a sentence may be longer than ``limit``: none is longer than the distance from its start
    to the next one's (or the text's end), so most texts need no look at each sentence."""
    return bool(size - first_starts[-1] > limit or (np.diff(first_starts) > limit).any())


def _long_sentence_cuts(
    doc: Doc,
    text: str,
    firsts: list[int],
    token_starts: list[int],
    token_ends: list[int],
    *,
    limit: int = MAX_SENTENCE_CHARS,
) -> list[int]:
    """Tokens at which to start a new sentence so that none is longer than ``limit`` characters, cut
    at a word start when there is one. A single token longer than ``limit`` (see
    ``components.tokenizer``) cannot be cut and stays whole."""
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
