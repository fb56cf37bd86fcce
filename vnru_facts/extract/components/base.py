"""What every rule component shares: match() then set_annotations(), and helpers over char offsets."""

from __future__ import annotations

import weakref
from bisect import bisect_right
from collections.abc import Iterable
from typing import Any

from spacy.attrs import IDX, LENGTH
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
# The cleaned copy's offset tables (``vnru_facts.read.scraped.ScrapedText``) of a Doc read from text as
# scraped.
SCRAPED_KEY = "vnru.scraped"
# Set to False on a Doc whose mentions are needed as records only (the extract pipeline, which drops
# each Doc once its records are taken): ``write_mentions`` and ``add_fact_spans`` then make no Spans.
SPANS_KEY = "vnru.mention_spans"


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
    """The token span covering [start, end), expanded to token boundaries.

    What ``doc.char_span(start, end, label=label, alignment_mode="expand")`` returns, from token
    offsets read once per Doc: spaCy's version makes a Token object for each of its checks, several
    per span, and the mention components make a span for every mention.
    """
    at = _expanded(doc, start, end)
    return None if at is None else Span(doc, at[2], at[3], label=label)


def _expanded(
    doc: Doc, start: int, end: int, offsets: tuple[list[int], list[int], list[int]] | None = None
) -> tuple[int, int, int, int] | None:
    """(start char, end char, first token, end token) of the expanded span over [start, end).

    ``offsets``: the Doc's ``token_offsets``, when the caller has them at hand.
    """
    starts, ends, stops = offsets or token_offsets(doc)
    first, last = _token_at(starts, stops, start), _token_at(starts, stops, end - 1)
    if first < 0 or last < 0:
        return None
    if start == ends[first]:
        first += 1  # in the space after a token: the span starts with the next one
    if first > last:  # rare: an empty span, whose offsets spaCy decides
        span = Span(doc, first, last + 1)
        return span.start_char, span.end_char, first, last + 1
    return starts[first], ends[last], first, last + 1


def _token_at(starts: list[int], stops: list[int], char: int) -> int:
    """The token whose text or trailing space holds character ``char``, or -1 (spaCy's token_by_char)."""
    i = bisect_right(starts, char) - 1
    return i if i >= 0 and char < stops[i] else -1


# Offsets of the tokens of the last Doc seen (by weak reference: the cache never keeps a Doc alive).
_offsets: tuple[weakref.ref[Doc], int, tuple[list[int], list[int], list[int]]] | None = None


def token_offsets(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Each token's start, end, and end with its trailing space, as character offsets."""
    global _offsets
    if _offsets is not None and _offsets[0]() is doc and _offsets[1] == len(doc):
        return _offsets[2]
    columns = doc.to_array([IDX, LENGTH])
    return keep_token_offsets(doc, columns[:, 0], columns[:, 1])


def keep_token_offsets(doc: Doc, idx: Any, length: Any) -> tuple[list[int], list[int], list[int]]:
    """``token_offsets`` of ``doc`` from its IDX and LENGTH columns (a caller that read them already),
    kept for the next call."""
    global _offsets
    starts = idx.tolist()
    ends = (idx + length).tolist()
    # The tokens and their trailing spaces tile the text: each one's stop is the next one's start
    # (no third column to read and convert).
    stops = starts[1:]
    if starts:
        stops.append(ends[-1] + len(doc[-1].whitespace_))
    offsets = (starts, ends, stops)
    _offsets = (weakref.ref(doc), len(doc), offsets)
    return offsets


def add_spans(doc: Doc, key: str, spans: Iterable[Span]) -> None:
    group = doc.spans.get(key)
    if group is None:
        doc.spans[key] = list(spans)
    else:
        group.extend(list(spans))


def add_fact_spans(doc: Doc, key: str, label: str, facts: Iterable[dict[str, Any]]) -> None:
    """Add a span over each fact's evidence to ``doc.spans[key]``.

    Not in a records-only Doc (``SPANS_KEY``): it is dropped once its records are taken, and nothing
    reads its span groups.
    """
    if not doc.user_data.get(SPANS_KEY, True):
        return
    spans = [char_span(doc, f["evidence"]["start"], f["evidence"]["end"], label) for f in facts]
    add_spans(doc, key, [s for s in spans if s is not None])


def write_mentions(doc: Doc, key: str, matches: Iterable[tuple[int, int, str, dict[str, Any]]]) -> None:
    """Add mention spans to ``doc.spans[key]`` and keep each one's normalised data beside it.

    The data lives in ``doc.user_data`` under (group, span offsets) rather than in a Span extension,
    whose storage is keyed by offsets alone: an organisation and a person over the same characters
    would overwrite each other.
    """
    user_data = doc.user_data
    make_spans = user_data.get(SPANS_KEY, True)
    spans = []
    written = user_data.setdefault(("vnru", key), [])
    offsets = token_offsets(doc)
    starts, ends, stops = offsets
    for start, end, label, data in matches:
        # ``_expanded`` and its ``_token_at`` written inline for the common case (calls per mention, every
        # mention of a Doc): the same bisections and checks, and its own call for the rare empty span.
        first = bisect_right(starts, start) - 1
        if first < 0 or start >= stops[first]:
            continue
        last = bisect_right(starts, end - 1) - 1
        if last < 0 or end - 1 >= stops[last]:
            continue
        if start == ends[first]:
            first += 1
        if first > last:
            expanded = _expanded(doc, start, end, offsets)
            if expanded is None:  # never: the checks above passed
                continue
            start_char, end_char, first, stop = expanded
        else:
            start_char, end_char, stop = starts[first], ends[last], last + 1
        user_data[("vnru", key, start_char, end_char)] = {"start": start, "end": end, **data}
        written.append((start_char, end_char, label))
        if make_spans:
            spans.append(Span(doc, first, stop, label=label))
    if make_spans:
        add_spans(doc, key, spans)


def written_mentions(doc: Doc, key: str) -> list[tuple[int, int, str, dict[str, Any]]] | None:
    """(span start, span end, label, data) of each span ``write_mentions`` added to group ``key``.

    The same as reading ``doc.spans[key]`` with ``mention_data``, without making a Span object per
    mention again; None when the group no longer holds exactly what was written (a caller replaced
    or extended it), and the spans themselves must be read.
    """
    written = written_spans(doc, key)
    if written is None:
        return None
    data = doc.user_data
    return [(start, end, label, data[("vnru", key, start, end)]) for start, end, label in written]


def written_spans(doc: Doc, key: str) -> list[tuple[int, int, str]] | None:
    """(span start, span end, label) of each span ``write_mentions`` added to group ``key``, in the order
    written; None when the group no longer holds exactly what was written (see ``written_mentions``).
    Each one's data is ``doc.user_data[("vnru", key, start, end)]``."""
    written = doc.user_data.get(("vnru", key))
    if written is None:
        return None
    if doc.user_data.get(SPANS_KEY, True):
        group = doc.spans.get(key)
        if group is None or len(group) != len(written):
            return None
    return written


def mention_data(doc: Doc, key: str, span: Span) -> dict[str, Any] | None:
    """The normalised data ``write_mentions`` kept for ``span`` of group ``key``."""
    return doc.user_data.get(("vnru", key, span.start_char, span.end_char))


def facts_of(doc: Doc) -> list[dict[str, Any]]:
    """The fact records components have written to ``doc`` (created on first use)."""
    facts = doc._.vnru_facts  # read once: each extension access makes an Underscore object
    if facts is None:
        facts = doc._.vnru_facts = []
    return facts
