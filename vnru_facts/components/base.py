"""What every rule component shares: match() then set_annotations(), and helpers over char offsets."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span

from vnru_facts.errors import COMPONENT_FAILURE

# Extension attributes are registered here, once, so every component and worker process agrees.
if not Doc.has_extension("vnru_facts"):
    Doc.set_extension("vnru_facts", default=None)
if not Doc.has_extension("vnru_people"):
    Doc.set_extension("vnru_people", default=None)
if not Doc.has_extension("doc_date"):
    Doc.set_extension("doc_date", default=None)

# Where the input string is kept on a Doc while it is in the pipeline (see ``doc_text``).
TEXT_KEY = "vnru.text"


class DatedText(str):
    """An article's text that carries its document date into the pipeline.

    The pipeline's tokenizer (``pipeline.TextKeepingTokenizer``) copies the date to
    ``doc._.doc_date``, so ``nlp.pipe`` can take plain strings, in this process or a worker.
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


def _one_line(exc: BaseException) -> str:
    message = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {message}"[:200]


class RuleComponent:
    """A pipeline component whose ``__call__`` is ``set_annotations(doc, match(doc))``."""

    span_key: str = ""

    def __call__(self, doc: Doc) -> Doc:
        try:
            matches = self.match(doc)
            self.set_annotations(doc, matches)
        except Exception as exc:
            facts_of(doc).append(
                {"type": COMPONENT_FAILURE, "component": type(self).__name__, "error": _one_line(exc)}
            )
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


def write_mentions(doc: Doc, key: str, matches: Iterable[tuple[int, int, str, dict[str, Any]]]) -> None:
    """Add mention spans to ``doc.spans[key]`` and keep each one's normalised data beside it.

    The data lives in ``doc.user_data`` under (group, span offsets) rather than in a Span extension,
    whose storage is keyed by offsets alone: an organisation and a person over the same characters
    would overwrite each other.
    """
    spans = []
    for start, end, label, data in matches:
        span = char_span(doc, start, end, label)
        if span is not None:
            doc.user_data[("vnru", key, span.start_char, span.end_char)] = {
                "start": start,
                "end": end,
                **data,
            }
            spans.append(span)
    add_spans(doc, key, spans)


def mention_data(doc: Doc, key: str, span: Span) -> dict[str, Any] | None:
    """The normalised data ``write_mentions`` kept for ``span`` of group ``key``."""
    return doc.user_data.get(("vnru", key, span.start_char, span.end_char))


def facts_of(doc: Doc) -> list[dict[str, Any]]:
    """The fact records components have written to ``doc`` (created on first use)."""
    if doc._.vnru_facts is None:
        doc._.vnru_facts = []
    return doc._.vnru_facts
