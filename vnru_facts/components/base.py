"""What every rule component shares: match() then set_annotations(), and helpers over char offsets."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span

# Extension attributes are registered here, once, so every component and worker process agrees.
if not Doc.has_extension("vnru_facts"):
    Doc.set_extension("vnru_facts", default=None)
if not Doc.has_extension("vnru_people"):
    Doc.set_extension("vnru_people", default=None)
if not Doc.has_extension("doc_date"):
    Doc.set_extension("doc_date", default=None)


def _vnru_key(span: Span) -> tuple[str, str, int, int]:
    # spaCy keys a plain span extension by character offsets alone, so an ORG span and a PERSON
    # span over the same characters ("NOVATEK") would share one value; the label tells them apart.
    return ("vnru", span.label_, span.start_char, span.end_char)


def get_vnru(span: Span) -> dict[str, Any] | None:
    """``span._.vnru``; called directly in loops, it skips creating an Underscore object per span."""
    return span.doc.user_data.get(_vnru_key(span))


def set_vnru(span: Span, value: dict[str, Any] | None) -> None:
    span.doc.user_data[_vnru_key(span)] = value


if not Span.has_extension("vnru"):
    Span.set_extension("vnru", getter=get_vnru, setter=set_vnru)

# Where the input string is kept on a Doc while it is in the pipeline (see ``doc_text``).
TEXT_KEY = "vnru.text"


class DatedText(str):
    """An article's text that carries its document date into the pipeline.

    A plain ``str`` is what ``nlp.pipe(n_process=N)`` sends to worker processes cheaply; this subclass
    pickles with its ``doc_date``, and the pipeline's tokenizer copies it to ``doc._.doc_date``.
    """

    doc_date: str | None

    def __new__(cls, text: str, doc_date: str | None = None) -> DatedText:
        self = super().__new__(cls, text)
        self.doc_date = doc_date
        return self


def doc_text(doc: Doc) -> str:
    """``doc.text``, built at most once per Doc.

    spaCy's ``Doc.text`` joins every token again on each access, which costs about a tenth of
    tokenising; the pipeline's tokenizer stores the input string instead (``TEXT_KEY``).
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


class RuleComponent:
    """A pipeline component whose ``__call__`` is ``set_annotations(doc, match(doc))``."""

    span_key: str = ""

    def __call__(self, doc: Doc) -> Doc:
        matches = self.match(doc)
        self.set_annotations(doc, matches)
        return doc

    def match(self, doc: Doc) -> list[Any]:
        raise NotImplementedError

    def set_annotations(self, doc: Doc, matches: list[Any]) -> None:
        raise NotImplementedError


def char_span(doc: Doc, start: int, end: int, label: str = "") -> Span | None:
    """The token span covering [start, end), expanded to token boundaries."""
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def add_spans(doc: Doc, key: str, spans: Iterable[Span]) -> None:
    group = doc.spans.get(key)
    if group is None:
        doc.spans[key] = list(spans)
    else:
        group.extend(list(spans))


def facts_of(doc: Doc) -> list[dict[str, Any]]:
    """The fact records components have written to ``doc`` (created on first use)."""
    if doc._.vnru_facts is None:
        doc._.vnru_facts = []
    return doc._.vnru_facts
