"""Line breaks end sentences: headlines, captions and list items in news text have no final stop."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX
from spacy.tokens import Doc

from vnru_facts.components.base import doc_text

_LINE_BREAK = re.compile(r"\n\s*")


class LineBreakSentencizer:
    """Runs after spaCy's sentencizer and also starts a sentence after every line break."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        # Token start offsets, once: a bisect finds the token at each line start, where
        # doc.char_span would build a Span per line.
        starts: list[int] = doc.to_array(IDX).tolist() if len(doc) else []
        for m in _LINE_BREAK.finditer(text):
            if m.end() >= len(text):
                break
            # m.end() is a non-space character: the token containing it starts the line.
            token = bisect_right(starts, m.end()) - 1
            if token > 0:
                doc[token].is_sent_start = True
        return doc
