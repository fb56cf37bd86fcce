"""Agreement facts: documents the two sides signed, agreed, drafted or that are in force.

Counted signings ("signed two agreements", "15 cooperation documents were signed"), single documents
("executed a joint communiqué") and named agreements in force ("the FTA ... took effect in 2016").
A signing without its own date borrows the date and place of the visit it happened during.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from vnru_facts.components.base import RuleComponent, add_spans, char_span, facts_of
from vnru_facts.components.context import DocView
from vnru_facts.normalize.money import QUALIFIERS
from vnru_facts.normalize.numbers import parse_count
from vnru_facts.patterns.agreement import (
    AGREEMENT_TRIGGER,
    CONJOINED_FIRST,
    DOCS_WERE_SIGNED,
    DURING_VISIT,
    IN_FORCE,
    NAMED_AGREEMENT,
    SIGNED_DOCS,
    THE_TWO,
    VAGUE_COUNT,
    WITNESSED,
)

SPAN_KEY = "agreement"
_OTHER_PARTY = re.compile(
    r"\b(?:China|Chinese|United States|U\.S\.|Japan|Korea|India|European Union|EU|ASEAN|Laos|Cambodia|"
    r"Thailand|Ukraine|Belarus|Kazakhstan|Trans-Pacific|CPTPP|RCEP|EVFTA)\b"
)


class AgreementComponent(RuleComponent):
    span_key = SPAN_KEY

    def match(self, doc: Doc) -> list[dict[str, Any]]:
        view = DocView(doc)
        visits = [f for f in facts_of(doc) if f["type"] == "visit"]
        facts: list[dict[str, Any]] = []
        for i in view.sentences_matching(AGREEMENT_TRIGGER):
            facts.extend(agreements_in_sentence(view, i, visits))
        return _dedupe(facts)

    def set_annotations(self, doc: Doc, matches: list[dict[str, Any]]) -> None:
        facts_of(doc).extend(matches)
        spans = [char_span(doc, f["evidence"]["start"], f["evidence"]["end"], "AGREEMENT") for f in matches]
        add_spans(doc, SPAN_KEY, [s for s in spans if s is not None])


def agreements_in_sentence(view: DocView, i: int, visits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    s0, s1 = view.sents[i]
    sentence = view.text[s0:s1]
    if _OTHER_PARTY.search(sentence) and not re.search(r"(?i)\b(?:russia|russian)\b", sentence):
        return []
    found: list[tuple[str, int | None, str | None, str]] = []  # (title, count, qualifier, status)
    taken: list[tuple[int, int]] = []
    for regex in (DOCS_WERE_SIGNED, SIGNED_DOCS, WITNESSED):
        for m in regex.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            count, qualifier = _count(m.group("count"), m.group("qual"))
            found.append((_title(m.group("title")), count, qualifier, "signed"))
            if regex is DOCS_WERE_SIGNED:
                first = CONJOINED_FIRST.search(sentence[: m.start()])
                if first:
                    found.append((_title(first.group("title")), 1, "exact", "signed"))
    if not found:
        found.extend(_named_in_force(sentence))
    if not found:
        return []
    date, place = _when_and_where(view, s0, s1, visits)
    return [
        {
            "type": "agreement",
            "evidence": view.evidence(s0, s1),
            "title": title,
            "count": count,
            "count_qualifier": qualifier if count is not None else None,
            "date": date if status != "in_force" else _in_force_year(view, s0, s1) or date,
            "place": place if status != "in_force" else None,
            "parties": ["RU", "VN"],
            "status": status,
        }
        for title, count, qualifier, status in found
    ]


def _count(raw: str | None, qual: str | None) -> tuple[int | None, str]:
    qualifier = QUALIFIERS.get(re.sub(r"\s+", " ", qual.strip().lower()), ("exact",))[0] if qual else "exact"
    if raw is None:
        return None, qualifier
    word = re.sub(r"\s+", " ", raw.strip().lower())
    if word in VAGUE_COUNT:
        return None, qualifier
    if word in ("a", "an", "the"):
        return 1, "exact"
    return parse_count(word), qualifier


def _title(raw: str) -> str:
    return re.sub(r"\s+", " ", raw).strip()


def _named_in_force(sentence: str) -> list[tuple[str, int | None, str | None, str]]:
    if not IN_FORCE.search(sentence):
        return []
    out = []
    for m in NAMED_AGREEMENT.finditer(sentence):
        title = m.group("title").strip()
        if len(title.split()) < 2 or _OTHER_PARTY.search(title):
            continue
        out.append((title, 1, "exact", "in_force"))
        break
    return out


def _in_force_year(view: DocView, s0: int, s1: int) -> str | None:
    """'took effect in 2016' -> '2016'."""
    m = IN_FORCE.search(view.text, s0, s1)
    if not m:
        return None
    after = view.within("date", m.end(), min(s1, m.end() + 30))
    if not after:
        return None
    start, _ = view.span_of(after[0])
    return start[:4] if start and after[0].data.get("month") is None else start


def _when_and_where(
    view: DocView, s0: int, s1: int, visits: list[dict[str, Any]]
) -> tuple[str | None, str | None]:
    """A date and city from the sentence, else from the visit the signing happened during."""
    sentence = view.text[s0:s1]
    cities = [p.data["name"] for p in view.within("place", s0, s1) if p.label == "CITY"]
    dates = [d for d in view.within("date", s0, s1) if d.label in ("DATE", "WEEKDAY")]
    date = None
    if dates:
        date, _ = view.span_of(dates[0])
    visit = _visit_of(view, s0, sentence, visits)
    if visit is not None:
        date = date or visit["start"]
        place = cities[0] if cities else visit["place"]
        return (date[:7] if date and not dates else date), place
    return date, cities[0] if cities else None


def _visit_of(view: DocView, s0: int, sentence: str, visits: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The visit of a signing: named ("during Chernyshenko's visit"), the last one, or the only one."""
    if not visits:
        return None
    during = DURING_VISIT.search(sentence)
    if during:
        for v in visits:
            surname = v["person"]["name"].split()[-1]
            if surname and surname in during.group(0):
                return v
        before = [v for v in visits if v["evidence"]["start"] <= s0]
        return before[-1] if before else visits[0]
    if THE_TWO.search(sentence) and len(visits) == 1:
        return visits[0]
    return None


def _dedupe(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    best: dict[tuple[Any, ...], dict[str, Any]] = {}
    for f in facts:
        key = (f["title"].lower(), f["count"], f["date"], f["status"])
        best.setdefault(key, f)
    return list(best.values())
