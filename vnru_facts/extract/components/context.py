"""A read-only view of a processed Doc for the fact components: sentences and mentions by offset.

Fact rules work on character offsets within one sentence (and sometimes its neighbours); this view
collects the mention spans once per document and answers "which mentions lie in [start, end)".
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from operator import attrgetter
from typing import Any

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from vnru_facts.extract.components.base import (
    doc_text,
    mention_data,
    token_offsets,
    written_spans,
)
from vnru_facts.extract.components.mentions import DATE_KEY, MONEY_KEY, PERCENT_KEY, PERSON_KEY, PLACE_KEY
from vnru_facts.extract.components.organisations import ORG_KEY
from vnru_facts.extract.components.sentences import sentence_firsts
from vnru_facts.extract.document import DocumentContext, build_context
from vnru_facts.extract.document.mention import Mention
from vnru_facts.extract.scan import literal_scan
from vnru_facts.normalize.dates import parse_iso, resolve_span
from vnru_facts.normalize.money import parse_money, parse_percent, widen

KEYS = {
    "money": MONEY_KEY,
    "percent": PERCENT_KEY,
    "date": DATE_KEY,
    "place": PLACE_KEY,
    "person": PERSON_KEY,
    "org": ORG_KEY,
}


@dataclass(frozen=True)
class _Index:
    """What DocView reads from a Doc: its text, trimmed sentences and sorted mentions by kind."""

    text: str
    sents: list[tuple[int, int]]
    sent_starts: list[int]
    mentions: dict[str, list[Mention]]
    starts: dict[str, list[int]]

    @classmethod
    def build(cls, doc: Doc) -> _Index:
        text = doc_text(doc)
        isspace = str.isspace
        # Most sentences need no trimming: both ends are tested inline, the others trimmed by a call.
        sents = [
            (start, end)
            if start < end and not isspace(text[start]) and not isspace(text[end - 1])
            else _trimmed(text, start, end)
            for start, end in sentence_bounds(doc)
        ]
        mentions: dict[str, list[Mention]] = {}
        data = doc.user_data
        for kind, key in KEYS.items():
            written = written_spans(doc, key)
            if written is not None:
                # Each one's data read straight from ``user_data`` (``base.written_mentions`` would make a
                # (start, end, label, data) tuple per mention first).
                # (The walrus binds ``d`` in the first argument, evaluated before the others.)
                items = [
                    Mention(
                        (d := data[("vnru", key, s, e)])["start"],
                        d["end"],
                        kind,
                        label,
                        text[d["start"] : d["end"]],
                        d,
                    )
                    for s, e, label in written
                ]
            else:
                items = [
                    Mention(d["start"], d["end"], kind, label, text[d["start"] : d["end"]], d)
                    for label, d in _from_spans(doc, key)
                ]
            items.sort(key=_by_offsets)
            mentions[kind] = items
        starts = {kind: [m.start for m in items] for kind, items in mentions.items()}
        return cls(text, sents, [s for s, _ in sents], mentions, starts)


_by_offsets = attrgetter("start", "end")


def _from_spans(doc: Doc, key: str) -> list[tuple[str, dict[str, Any]]]:
    """(label, data) of each mention of group ``key``, read from its spans: for a group that no longer
    holds just what ``write_mentions`` wrote (a caller replaced or extended it)."""
    return [
        (span.label_, d) for span in doc.spans.get(key, []) if (d := mention_data(doc, key, span)) is not None
    ]


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each of ``doc.sents``, read from token arrays.

    ``doc.sents`` first checks its annotation token by token and then makes a Span per sentence;
    three array columns give the same offsets at a fraction of the cost.
    """
    if "sents" in doc.user_hooks or len(doc) == 0:
        return [(s.start_char, s.end_char) for s in doc.sents]
    firsts = sentence_firsts(doc)  # those the sentence step just marked, else read from the Doc
    if firsts is None:
        sent_start = doc.to_array(SENT_START)
        if sent_start[0] == 0 and not sent_start.any():  # a marked first token is annotation enough
            return [(s.start_char, s.end_char) for s in doc.sents]  # unannotated: let spaCy raise E030
        firsts = np.flatnonzero(sent_start == 1).tolist()
        if not firsts or firsts[0] != 0:  # the first token starts a sentence whatever its mark
            firsts.insert(0, 0)
    starts, ends, _ = token_offsets(doc)
    return [(starts[a], ends[b - 1]) for a, b in zip(firsts, [*firsts[1:], len(doc)], strict=True)]


# The index of the last Doc viewed. Each fact component makes its own DocView of the same Doc, one
# after the other; building the index once instead of once per component saves a Span and an
# extension lookup per mention each time. A weak reference: the cache never keeps a Doc alive.
_last: tuple[weakref.ref[Doc], tuple[int, ...], _Index] | None = None


def _signature(doc: Doc) -> tuple[int, ...]:
    """Changes when the Doc's mention groups do (a caller that adds spans between two views)."""
    groups = doc.spans
    if not groups:  # a records-only Doc has none (the extract pipeline's): no lookup per key
        return (len(doc), *_NO_GROUPS)
    return (len(doc), *(len(groups[key]) if key in groups else -1 for key in KEYS.values()))


_NO_GROUPS = (-1,) * len(KEYS)


def _index_of(doc: Doc) -> tuple[_Index, tuple[int, ...]]:
    """The index of ``doc`` and the signature it was built for."""
    global _last
    signature = _signature(doc)
    if _last is not None and _last[0]() is doc and _last[1] == signature:
        return _last[2], signature
    index = _Index.build(doc)
    _last = (weakref.ref(doc), signature, index)
    return index, signature


class DocView:
    """Sentences and mentions of one Doc, by character offset. Read-only: views of a Doc share data."""

    def __init__(self, doc: Doc) -> None:
        index, self._signature = _index_of(doc)
        self.doc = doc
        self.text = index.text
        self.doc_date: str | None = doc._.doc_date
        self.sents = index.sents
        self._sent_starts = index.sent_starts
        self.mentions = index.mentions
        self._starts = index.starts
        self._nonempty_before: list[int] | None = None

    @cached_property
    def context(self) -> DocumentContext:
        """The document context (``extract.document``), built once per Doc and looked up once per view
        (the rules ask for it thousands of times per Doc)."""
        return context_of(self)

    def within(self, kind: str, start: int, end: int) -> list[Mention]:
        """Mentions of ``kind`` lying wholly in [start, end)."""
        starts = self._starts[kind]
        lo = bisect_left(starts, start)
        hi = bisect_right(starts, end)
        if lo == hi:
            return []  # most windows hold none of a kind: no slice, no comprehension
        return [m for m in self.mentions[kind][lo:hi] if m.end <= end]

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect_right(self._sent_starts, offset) - 1)

    def sentences_of(self, offsets: Iterable[int]) -> set[int]:
        """``{sentence_of(at) for at in offsets}``, with ``sentence_of`` written inline (a method call per
        offset costs more)."""
        starts = self._sent_starts
        return {max(0, bisect_right(starts, at) - 1) for at in offsets}

    def sentences_matching(self, regex: re.Pattern[str]) -> list[int]:
        """Indices of the sentences in which ``regex`` matches, in order, once each."""
        return sorted(self.sentences_of(m.start() for m in literal_scan.finditer(regex, self.text)))

    def sentences_between(self, i: int, j: int) -> int:
        """How many non-empty sentences lie after sentence ``i`` up to ``j`` (blank lines don't count)."""
        if self._nonempty_before is None:
            # Running counts, built once: a look-back per sentence must not rescan the document.
            self._nonempty_before = [0, *accumulate(1 if b > a else 0 for a, b in self.sents)]
        counts = self._nonempty_before
        lo, hi = i + 1, min(j + 1, len(self.sents))
        return counts[hi] - counts[lo] if hi > lo else 0

    def sentence_text(self, i: int) -> str:
        s, e = self.sents[i]
        return self.text[s:e]

    def evidence(self, start: int, end: int) -> dict[str, Any]:
        return {"start": start, "end": end, "text": self.text[start:end]}

    # --- normalised values -------------------------------------------------------------------

    def money(self, m: Mention) -> dict[str, Any] | None:
        parsed = parse_money(m.text)
        if parsed is None and m.data.get("currency"):  # "to 3.55 billion" after "$2.7 billion": dollars
            parsed = parse_money(f"{m.text} {m.data['currency']}")
        if parsed is None:
            return None
        word = m.data.get("qualifier_word")
        low, high = widen(parsed.amount, parsed.low, parsed.high, word)
        return {
            "amount": parsed.amount,
            "currency": parsed.currency,
            "qualifier": m.data.get("qualifier", "exact"),
            "low": low,
            "high": high,
            "text": m.text,
        }

    def percent(self, m: Mention) -> tuple[float, str] | None:
        parsed = parse_percent(m.text)
        if parsed is None:
            return None
        return parsed[0], m.data.get("qualifier", "exact")

    def span_of(self, m: Mention, *, context_year: int | None = None) -> tuple[str | None, str | None]:
        return resolve_span(m.temporal, self.doc_date, context_year=context_year)

    def doc_year(self) -> int | None:
        parsed = parse_iso(self.doc_date)
        return parsed[0] if parsed else None


# The document context of the last Doc viewed, like ``_last``: built by the context component, read by
# each fact component after it. Not kept in ``doc.user_data``, which a Doc sent to a worker serialises.
_last_context: tuple[weakref.ref[Doc], tuple[int, ...], DocumentContext] | None = None


def context_of(view: DocView) -> DocumentContext:
    """The document context of ``view``'s Doc, built once per Doc (again if its mentions change)."""
    global _last_context
    kept = _last_context
    if kept is not None and kept[0]() is view.doc and kept[1] == view._signature:
        return kept[2]
    context = build_context(view.text, view.sents, view.mentions, doc_date=view.doc_date)
    _last_context = (weakref.ref(view.doc), view._signature, context)
    return context


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def between(text: str, a: Mention | int, b: Mention | int) -> str:
    """The text between two mentions (or offsets)."""
    start = a.end if isinstance(a, Mention) else a
    end = b.start if isinstance(b, Mention) else b
    return text[start:end] if end > start else ""
