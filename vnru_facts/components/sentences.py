"""Line breaks end sentences: headlines, captions and list items in news text have no final stop.

And no sentence is longer than ``MAX_SENTENCE_CHARS``: fact rules look at a sentence and its
clauses, so a text without stops or line breaks (a 1 MB run-on, a mangled export) would make
every rule quadratic in its length. A real sentence is a few hundred characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from vnru_facts.components.base import doc_text

_LINE_BREAK = re.compile(r"\n\s*")
MAX_SENTENCE_CHARS = 1000
# Where an over-long sentence is cut: the start of the next word.
_NEXT_WORD = re.compile(r"\s(?=\S)")


class LineBreakSentencizer:
    """Runs after spaCy's sentencizer; also starts a sentence after every line break, and cuts
    sentences longer than ``MAX_SENTENCE_CHARS`` at a word start."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if not len(doc):
            return doc
        # Token start offsets, once: a bisect finds the token at each line start, where
        # doc.char_span would build a Span per line.
        starts: list[int] = doc.to_array(IDX).tolist()
        sent_start = doc.to_array(SENT_START)
        changed = False
        for m in _LINE_BREAK.finditer(text):
            if m.end() >= len(text):
                break
            # m.end() is a non-space character: the token containing it starts the line.
            token = bisect_right(starts, m.end()) - 1
            if token > 0 and sent_start[token] != 1:
                sent_start[token] = 1
                changed = True
        if changed:
            # One write of the column: Token.is_sent_start's setter rescans the whole Doc per call.
            doc.from_array([SENT_START], sent_start)
        cut_long_sentences(doc)
        return doc


def mark_sentence_starts(doc: Doc, starts: list[int]) -> None:
    """Start a sentence at each token index in ``starts``, in one array write (as above: the
    ``Token.is_sent_start`` setter rescans the whole Doc per call)."""
    if not starts:
        return
    array = doc.to_array([SENT_START])
    array[starts] = 1
    doc.from_array([SENT_START], array.reshape(-1, 1))


def cut_long_sentences(doc: Doc, *, limit: int = MAX_SENTENCE_CHARS) -> None:
    """Start a new sentence at least every ``limit`` characters, at a word start when there is one.

    A single token longer than ``limit`` (see ``components.tokenizer``) cannot be cut and stays whole.
    """
    long_sents = [(s.start, s.start_char, s.end_char) for s in doc.sents if s.end_char - s.start_char > limit]
    if not long_sents:
        return
    text = doc_text(doc)
    cuts: list[int] = []
    for first_token, start, end in long_sents:
        prev = start
        while end - prev > limit:
            # A word start in the last quarter of the allowed length, else the limit itself.
            word = _NEXT_WORD.search(text, prev + limit * 3 // 4, prev + limit)
            cut = word.end() if word is not None else prev + limit
            span = doc.char_span(cut, cut + 1, alignment_mode="expand")
            if span is not None and span.start > first_token:
                cuts.append(span.start)
            prev = cut
    mark_sentence_starts(doc, cuts)
