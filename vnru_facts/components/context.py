"""A read-only view of a processed Doc for the fact components: sentences and mentions by offset.

Fact rules work on character offsets within one sentence (and sometimes its neighbours); this view
collects the mention spans once per document and answers "which mentions lie in [start, end)".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from vnru_facts.components.base import mention_data
from vnru_facts.components.mentions import DATE_KEY, MONEY_KEY, PERCENT_KEY, PERSON_KEY, PLACE_KEY
from vnru_facts.components.organisations import ORG_KEY
from vnru_facts.normalize.dates import Temporal, parse_iso, resolve_span
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
class Mention:
    start: int
    end: int
    kind: str
    label: str
    text: str
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def temporal(self) -> Temporal:
        fields = {k: v for k, v in self.data.items() if k in Temporal.__dataclass_fields__}
        return Temporal(**fields)


class DocView:
    """Sentences and mentions of one Doc, by character offset."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.doc_date: str | None = doc._.doc_date
        self.sents: list[tuple[int, int]] = [_trimmed(doc.text, s.start_char, s.end_char) for s in doc.sents]
        self._sent_starts = [s for s, _ in self.sents]
        self.mentions: dict[str, list[Mention]] = {}
        self._starts: dict[str, list[int]] = {}
        for kind, key in KEYS.items():
            items = sorted(
                (
                    Mention(d["start"], d["end"], kind, span.label_, doc.text[d["start"] : d["end"]], d)
                    for span in doc.spans.get(key, [])
                    if (d := mention_data(doc, key, span)) is not None
                ),
                key=lambda m: (m.start, m.end),
            )
            self.mentions[kind] = items
            self._starts[kind] = [m.start for m in items]

    def within(self, kind: str, start: int, end: int) -> list[Mention]:
        """Mentions of ``kind`` lying wholly in [start, end)."""
        items = self.mentions[kind]
        lo = bisect_left(self._starts[kind], start)
        hi = bisect_right(self._starts[kind], end)
        return [m for m in items[lo:hi] if m.end <= end]

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect_right(self._sent_starts, offset) - 1)

    def sentences_matching(self, regex: re.Pattern[str]) -> list[int]:
        """Indices of the sentences in which ``regex`` matches, in order, once each."""
        seen: list[int] = []
        for m in regex.finditer(self.text):
            i = self.sentence_of(m.start())
            if not seen or seen[-1] != i:
                seen.append(i)
        return sorted(set(seen))

    def sentences_between(self, i: int, j: int) -> int:
        """How many non-empty sentences lie after sentence ``i`` up to ``j`` (blank lines don't count)."""
        return sum(1 for a, b in self.sents[i + 1 : j + 1] if b > a)

    def sentence_text(self, i: int) -> str:
        s, e = self.sents[i]
        return self.text[s:e]

    def evidence(self, start: int, end: int) -> dict[str, Any]:
        return {"start": start, "end": end, "text": self.text[start:end]}

    # --- normalised values -------------------------------------------------------------------

    def money(self, m: Mention) -> dict[str, Any] | None:
        parsed = parse_money(m.text)
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
