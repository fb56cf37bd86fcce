"""The last step of the extract pipeline: reduce each Doc to the plain records the API needs.

A processed Doc holds tokens, the text, span groups and every mention's mention's data. The
extract API needs only the fact records and the people named, so the Doc that leaves this pipeline
is an empty one carrying just those: nothing else is kept per document by the caller, and a worker
process has only these records to send back (see ``vnru_facts.run.local``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from vnru_facts.extract.components import agreement, investment, trade, visit
from vnru_facts.extract.components.base import SCRAPED_KEY, TEXT_KEY, doc_text, mention_data, written_mentions
from vnru_facts.extract.components.mentions import PERSON_KEY
from vnru_facts.read.scraped import ScrapedText

Records = tuple[list[dict[str, Any]], list[dict[str, Any]]]
# How each fact type's component makes one fact of repeated mentions, applied again across parts.
_MERGES: dict[str, Callable[[list[dict[str, Any]]], list[dict[str, Any]]]] = {
    "trade": trade.dedupe,
    "investment": investment.dedupe,
    "visit": visit.merge_facts,
    "agreement": agreement.dedupe,
}


def restore_evidence(doc: Doc, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``records`` with their evidence as offsets into the input string, for a Doc that read the
    cleaned copy of text as scraped (``vnru_facts.read.scraped``); unchanged otherwise (in place)."""
    scraped: ScrapedText | None = doc.user_data.get(SCRAPED_KEY)
    if scraped is None:
        return records
    for record in records:
        evidence = record.get("evidence")
        if isinstance(evidence, dict):
            start, end = scraped.original_span(evidence["start"], evidence["end"])
            record["evidence"] = {"start": start, "end": end, "text": scraped.original[start:end]}
    return records


def people_records(doc: Doc) -> list[dict[str, Any]]:
    """Each distinct (name, role, former) under which the document names an official, first mention first."""
    text = doc_text(doc)
    seen: set[tuple[str, str | None, bool]] = set()
    people: list[dict[str, Any]] = []
    for p in _person_data(doc):
        key = (p["name"], p.get("role"), bool(p.get("former")))
        if key in seen:
            continue
        seen.add(key)
        start, end = p["start"], p["end"]
        people.append(
            {
                "name": p["name"],
                "key": p["key"],
                "role": p.get("role"),
                "country": p.get("country"),
                "former": bool(p.get("former")),
                "evidence": {"start": start, "end": end, "text": text[start:end]},
            }
        )
    return people


def merge_records(parts: list[Records]) -> Records:
    """One text's (facts, people) from those of its parts (``run.parts``), in text order: a fact or a
    person told in several parts is one, as the components make it of repeated mentions in one Doc."""
    by_type: dict[str, list[dict[str, Any]]] = {}
    for facts, _people in parts:
        for fact in facts:
            by_type.setdefault(fact["type"], []).append(fact)
    merged: list[dict[str, Any]] = []
    for kind, facts in by_type.items():
        merge = _MERGES.get(kind)
        # Component failures: one per component and reason.
        merged.extend(merge(facts) if merge else _distinct(facts, ("component", "error")))
    merged.sort(key=lambda f: f["evidence"]["start"] if "evidence" in f else -1)
    people = _distinct([p for _facts, part_people in parts for p in part_people], ("name", "role", "former"))
    return merged, people


def _distinct(records: list[dict[str, Any]], fields: tuple[str, ...]) -> list[dict[str, Any]]:
    """The first record of each value of ``fields``, in order."""
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for record in records:
        seen.setdefault(tuple(record.get(name) for name in fields), record)
    return list(seen.values())


def _person_data(doc: Doc) -> list[dict[str, Any]]:
    """Each person mention's data, by the start of its span."""
    written = written_mentions(doc, PERSON_KEY)
    if written is not None:
        return [data for _, _, _, data in sorted(written, key=lambda w: w[0])]
    spans = sorted(doc.spans.get(PERSON_KEY, []), key=lambda s: s.start_char)
    return [p for span in spans if (p := mention_data(doc, PERSON_KEY, span)) is not None]


class RecordsComponent:
    """Returns a new, empty Doc holding only ``doc._.vnru_facts`` and ``doc._.vnru_people``."""

    def __call__(self, doc: Doc) -> Doc:
        out = Doc(doc.vocab)
        out._.vnru_facts = restore_evidence(doc, doc._.vnru_facts or [])
        out._.vnru_people = restore_evidence(doc, people_records(doc))
        return out


class ReleaseTextComponent:
    """Drops the input string kept for ``doc_text``, so a serialised Doc does not carry it twice."""

    def __call__(self, doc: Doc) -> Doc:
        # The Doc's spans index the text it read (its cleaned copy, for text as scraped); its facts'
        # evidence, like the extract API's, the input string.
        if doc._.vnru_facts:
            restore_evidence(doc, doc._.vnru_facts)
        doc.user_data.pop(TEXT_KEY, None)
        doc.user_data.pop(SCRAPED_KEY, None)
        return doc
