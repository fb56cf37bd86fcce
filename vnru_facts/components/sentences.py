"""Line breaks end sentences: headlines, captions and list items in news text have no final stop."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from vnru_facts.components.base import doc_text

_LINE_BREAK = re.compile(r"\n\s*")


class LineBreakSentencizer:
    """Runs after spaCy's sentencizer and also starts a sentence after every line break."""

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
        return doc
