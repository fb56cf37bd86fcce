"""Line breaks end sentences: headlines, captions and list items in news text have no final stop."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from vnru_facts.components.base import doc_text

_LINE_BREAK = re.compile(r"\n\s*")


class LineBreakSentencizer:
    """Runs after spaCy's sentencizer and also starts a sentence after every line break."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        for m in _LINE_BREAK.finditer(text):
            if m.end() >= len(text):
                break
            span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
        return doc
