"""A long text read in parts, so that the memory one article takes stays bounded.

A spaCy Doc costs about 80 bytes a character (tokens, their attributes, the rules' mention data): a
20 MB article read as one Doc took 1.6 GB. A text longer than ``PART_CHARS`` is read as parts of at
most that many characters, cut at a paragraph break, else a line break, else a sentence end, else a
word start. A line break always ends a sentence for the rules (``components.sentences``), so a cut at
one crosses no sentence; only a text without a line break in ``PART_CHARS`` characters is cut at a
sentence end the rules might not share ("Mr. Lavrov"), or inside a run-on.

Each part after the first is read behind a lead-in, as context only: the head of the text (headline,
dateline, lead paragraph: where an article names its people in full and sets its visit and place)
and the lines just before the part (for rules that look a few sentences back: "The visit ...").
Facts and people whose evidence lies in the lead-in are left to the part that holds it. Evidence
offsets are mapped back to the whole text, exactly; the parts' facts are then merged by the rules'
own deduplication (``components.records.merge_records``), so a fact told in two parts is one fact,
as in one Doc.

What a part does not see is the rest of the text beyond its lead-in, and the rules keep some state
for a whole document: the visits an agreement "signed during this visit" takes its date and place
from (the last visit told before it, or the document's only one), a person named in full only in
another part's middle and later by surname alone, a mention of a visit without its destination whose
visit is told in another part, the year a paragraph far back set. Measured on the seeds repeated six
times in parts of 6,000 to 24,000 characters: trade, investment, visit facts and people the same as
one Doc's, offsets included; agreements the same documents, some dated and placed by another visit
(the one Doc's reading of such a text dates them by another article's visit too). Parts are half a
million characters, so only texts far longer than any article meet this.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.language import Language

from vnru_facts.extract.components.base import DatedText

Records = tuple[list[dict[str, Any]], list[dict[str, Any]]]

# Hundreds of times the longest article of the corpus or the seeds (under 10 kB), so an article is one
# part, read exactly as before; a part of this size takes about 130 MB while it is read, so a 20 MB
# text is read within 310 MB (measured: 1,000,000-character parts took 390 MB, one Doc 1.6 GB).
PART_CHARS = 500_000
# The head of the text every later part is read behind, and the lines just before a part.
HEAD_CHARS = 2_000
LEAD_CHARS = 2_000
# Where a part may end, best first: a blank line, a line break, a sentence end, a word start. The
# part ends after the match, so the next one starts with the next line's (or sentence's) first word.
_CUTS = (
    re.compile(r"\n[^\S\n]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+"),
    re.compile(r"\s+"),
)


@dataclass(frozen=True)
class Part:
    """Characters [start, end) of the text, read behind the lead-in ``text[:head] + text[lead:start]``."""

    start: int
    end: int
    head: int = 0
    lead: int = 0

    def piece(self, text: str) -> str:
        """What the pipeline reads for this part: its lead-in, then the part."""
        if self.start == 0:
            return text[: self.end]
        return text[: self.head] + text[self.lead : self.end]

    @property
    def lead_chars(self) -> int:
        """Where the part begins in its piece."""
        return 0 if self.start == 0 else self.head + self.start - self.lead

    def own(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The records whose evidence lies in the part itself, with offsets into the whole text."""
        lead = self.lead_chars
        shift = self.start - lead
        owned = []
        for record in records:
            evidence = record.get("evidence")
            if not isinstance(evidence, dict):
                owned.append(record)  # a component failure: no evidence, kept as it is
            elif evidence["start"] >= lead:
                evidence["start"] += shift
                evidence["end"] += shift
                owned.append(record)
        return owned


def split(text: str, *, part_chars: int | None = None) -> list[Part]:
    """The parts ``text`` is read in: one for a text of at most ``part_chars`` characters."""
    limit = part_chars or PART_CHARS
    if len(text) <= limit:
        return [Part(0, len(text))]
    head = last_cut(text, 0, min(HEAD_CHARS, limit // 4))
    parts: list[Part] = []
    start = 0
    while len(text) - start > limit:
        end = last_cut(text, start + limit // 2, start + limit)
        parts.append(_part(text, start, end, head))
        start = end
    parts.append(_part(text, start, len(text), head))
    return parts


def _part(text: str, start: int, end: int, head: int) -> Part:
    if start == 0:
        return Part(0, end)
    # Lines read whole: the lead-in starts at the first line (else sentence, else word) start in reach.
    lead = first_cut(text, start - LEAD_CHARS, start) if start - LEAD_CHARS > head else head
    return Part(start, end, head=head, lead=lead)


def last_cut(text: str, lo: int, hi: int) -> int:
    """The best place in ``(lo, hi]`` to end a part of ``text`` (``hi`` when there is none)."""
    for boundary in _CUTS:
        last = deque(boundary.finditer(text, lo, hi), maxlen=1)
        if last and last[0].end() > lo:
            return last[0].end()
    return hi


def first_cut(text: str, lo: int, hi: int) -> int:
    """The first line start in ``[lo, hi]``, else sentence start, else word start, else ``hi``."""
    for boundary in _CUTS[1:]:
        found = boundary.search(text, lo, hi)
        if found is not None:
            return found.end()
    return hi


def records_of(
    nlp: Language, texts: Iterable[DatedText], *, batch_size: int, part_chars: int | None = None
) -> Iterator[Records]:
    """The (facts, people) records of each text, read by the records-only pipeline ``nlp``; a long
    text in parts (``split``), whose records are merged as one Doc's would be."""
    from vnru_facts.extract.components.records import merge_records

    # The parts handed to nlp.pipe and not yet answered, each with whether it ends its text.
    pending: deque[tuple[Part, bool]] = deque()

    def pieces() -> Iterator[DatedText]:
        for text in texts:
            parts = split(text, part_chars=part_chars)
            for k, part in enumerate(parts):
                pending.append((part, k == len(parts) - 1))
                yield DatedText(part.piece(text), text.doc_date) if len(parts) > 1 else text

    done: list[Records] = []
    for doc in nlp.pipe(pieces(), batch_size=batch_size):
        part, last = pending.popleft()
        facts, people = doc._.vnru_facts or [], doc._.vnru_people or []
        done.append((part.own(facts), part.own(people)))
        if last:
            yield done[0] if len(done) == 1 else merge_records(done)
            done = []
