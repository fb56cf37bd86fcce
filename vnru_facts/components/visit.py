"""Visit facts: an official of one side on the other side's territory (not a call, not a third country).

Per sentence: find where to (a place after "visit to", "arrived in", "left"; a summit's host city), then
the visitor — the titled person whose side differs from the destination, owner or agent of the visit
and not its host. Mentions of the same person's visit across the article are merged into one fact,
keeping the most precise dates, the city and the kind.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import Any

from spacy.tokens import Doc

from vnru_facts.components.base import RuleComponent, add_spans, char_span, facts_of
from vnru_facts.components.context import DocView, Mention
from vnru_facts.normalize.names import fold_key
from vnru_facts.normalize.numbers import parse_count
from vnru_facts.patterns import load_gazetteer
from vnru_facts.patterns.visit import (
    DURATION,
    ENDED,
    EVENT,
    HOST_BEFORE,
    KIND,
    REMOTE,
    STRONG_TRIGGER,
    SUMMIT,
    TO_PLACE,
    VISIT_OF,
    VISIT_TRIGGER,
)

SPAN_KEY = "visit"
SIDES = ("VN", "RU")
KIND_RANK = {"other": 0, "working": 1, "official": 2, "summit": 3, "state": 4}
# A date belongs to the visit when it sits this close to the trip word or the destination
# ("visit to Hanoi on Friday (Apr 7)"), not to another event later in the sentence.
DATE_WINDOW = 100


class VisitComponent(RuleComponent):
    span_key = SPAN_KEY

    def match(self, doc: Doc) -> list[dict[str, Any]]:
        view = DocView(doc)
        mentions: list[dict[str, Any]] = []
        for i in view.sentences_matching(VISIT_TRIGGER):
            mentions.extend(visits_in_sentence(view, i))
        return merge_mentions(mentions)

    def set_annotations(self, doc: Doc, matches: list[dict[str, Any]]) -> None:
        facts_of(doc).extend(matches)
        spans = [char_span(doc, f["evidence"]["start"], f["evidence"]["end"], "VISIT") for f in matches]
        add_spans(doc, SPAN_KEY, [s for s in spans if s is not None])


def visits_in_sentence(view: DocView, i: int) -> list[dict[str, Any]]:
    s0, s1 = view.sents[i]
    text = view.text
    sentence = text[s0:s1]
    if REMOTE.search(sentence):
        return []
    people = [p for p in view.within("person", s0, s1) if p.data.get("country") in SIDES]
    if not people:
        return []
    trigger = STRONG_TRIGGER.search(text, s0, s1) or VISIT_TRIGGER.search(text, s0, s1)
    assert trigger is not None
    event = _event(sentence)
    dest, dest_at = _destination(view, s0, s1, event)
    visitor = _visitor(view, people, trigger.start(), dest)
    if visitor is None:
        return []
    anchor = trigger.start() if STRONG_TRIGGER.search(text, s0, s1) else (dest_at or trigger.start())
    start, end = _dates(view, max(s0, anchor - DATE_WINDOW), min(s1, anchor + DATE_WINDOW))
    return [
        {
            "type": "visit",
            "evidence": view.evidence(s0, s1),
            "person": {
                "name": visitor.data["name"],
                "key": visitor.data["key"],
                "role": visitor.data.get("role"),
                "country": visitor.data["country"],
            },
            "from": visitor.data["country"],
            "to": dest[0] if dest else None,
            "place": dest[1] if dest else None,
            "start": start,
            "end": end,
            "kind": _kind(sentence, event),
            "event": event,
        }
    ]


def _event(sentence: str) -> str | None:
    m = EVENT.search(sentence)
    return re.sub(r"\bSumit\b", "Summit", m.group("event")).strip() if m else None


def _destination(
    view: DocView, s0: int, s1: int, event: str | None
) -> tuple[tuple[str, str | None] | None, int | None]:
    """((country, city or None), offset of the place named) the visit goes to."""
    text = view.text
    places = [p for p in view.within("place", s0, s1) if p.data["side"] in SIDES]
    person_spans = [(p.start, p.end) for p in view.within("person", s0, s1)]
    places = [p for p in places if not any(a <= p.start < b for a, b in person_spans)]
    city = next((p for p in places if p.label == "CITY"), None)
    for p in places:
        if TO_PLACE.search(text[max(s0, p.start - 40) : p.start]):
            city_here = p.data["name"] if p.label == "CITY" else None
            if city_here is None and city is not None and city.data["side"] == p.data["side"]:
                city_here = city.data["name"]
            return (p.data["side"], city_here), p.start
    if event:
        host = _event_host(event, view, s0, s1)
        if host:
            return host, None
    return None, None


@cache
def _events() -> tuple[tuple[re.Pattern[str], dict[str, str]], ...]:
    rows = []
    for row in load_gazetteer("events"):
        alias = "|".join(re.escape(fold_key(a)) for a in row["aliases"])
        rows.append((re.compile(rf"\b(?:{alias})\b"), row["hosts"]))
    return tuple(rows)


@cache
def _city_side() -> dict[str, str]:
    return {row["name"]: row["side"] for row in load_gazetteer("places") if row["kind"] == "city"}


def _event_host(event: str, view: DocView, s0: int, s1: int) -> tuple[str, str | None] | None:
    """A recurring event's host city in the year the sentence (or the document) points to."""
    key = fold_key(event)
    years = [view.span_of(d)[0] for d in view.within("date", s0, s1)]
    year = next((y[:4] for y in years if y), None) or (str(view.doc_year()) if view.doc_year() else None)
    for regex, hosts in _events():
        if regex.search(key):
            city = hosts.get(year or "") or hosts.get("*")
            side = _city_side().get(city or "")
            if city and side:
                return side, city
    return None


def _visitor(
    view: DocView, people: list[Mention], trigger_at: int, dest: tuple[str, str | None] | None
) -> Mention | None:
    """The person travelling: not from the destination's side, and not named as the host."""
    text = view.text
    candidates = [p for p in people if not HOST_BEFORE.search(text[max(0, p.start - 40) : p.start])]
    if dest is not None:
        candidates = [p for p in candidates if p.data["country"] != dest[0]]
    if not candidates:
        return None
    owners = [p for p in candidates if VISIT_OF.search(text[max(0, p.start - 20) : p.start])]
    if owners:
        return owners[0]
    before = [p for p in candidates if p.start <= trigger_at]
    return before[-1] if before else candidates[0]


def _dates(view: DocView, s0: int, s1: int) -> tuple[str | None, str | None]:
    """Start and end of the visit from the sentence's dates; 'two-day ... concluded on Apr 7' backdates."""
    sentence = view.text[s0:s1]
    dated = [
        d for d in view.within("date", s0, s1) if d.label in ("DATE", "PERIOD") and d.data.get("prep") != "by"
    ]
    dated = [
        d
        for d in dated
        if not (d.label == "PERIOD" and d.data.get("end_year") and d.data.get("year") is None)
    ]
    best = _most_precise(dated)
    if best is None:
        return None, None
    start, end = view.span_of(best)
    if best.label == "PERIOD" and start and best.data.get("month") is None:
        start, end = start[:4], None
    duration = DURATION.search(sentence)
    if start and end is None and len(start) == 10 and duration and ENDED.search(sentence):
        days = parse_count(duration.group("n"))
        if days and 1 < days < 15:
            end = start
            start = (date.fromisoformat(end) - timedelta(days=days - 1)).isoformat()
    return start, end


def _most_precise(dates: list[Mention]) -> Mention | None:
    def precision(d: Mention) -> tuple[int, int]:
        has_day = d.data.get("day") is not None
        has_range = d.data.get("end_day") is not None
        return (2 if has_day else 1 if d.data.get("month") else 0) + has_range, -d.start

    return max(dates, key=precision) if dates else None


def _kind(sentence: str, event: str | None) -> str:
    m = KIND.search(sentence)
    if m and m.group("kind").lower() in ("state", "official", "working"):
        return m.group("kind").lower()
    if event and SUMMIT.search(event):
        return "summit"
    return "other"


# --- merging repeated mentions ----------------------------------------------------------------


def _month(value: str | None) -> str | None:
    return value[:7] if value and len(value) >= 7 else None


def _compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ma, mb = _month(a["start"]), _month(b["start"])
    return ma is None or mb is None or ma == mb


def merge_mentions(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One fact per (person, destination, month); mentions without a destination join their person's visit."""
    facts: list[dict[str, Any]] = []
    for m in mentions:
        if m["to"] is None:
            continue
        same = next(
            (
                f
                for f in facts
                if f["person"]["key"] == m["person"]["key"] and f["to"] == m["to"] and _compatible(f, m)
            ),
            None,
        )
        if same is None:
            facts.append(m)
        else:
            _absorb(same, m)
    for m in mentions:
        if m["to"] is not None:
            continue
        same = next(
            (f for f in facts if f["person"]["key"] == m["person"]["key"] and _compatible(f, m)), None
        )
        if same is not None:
            _absorb(same, {**m, "to": same["to"], "place": None})
    return facts


def _absorb(fact: dict[str, Any], other: dict[str, Any]) -> None:
    """Fill what ``fact`` lacks from ``other``; a date range beats a single day beats a month."""
    if _date_rank(other) > _date_rank(fact):
        fact["start"], fact["end"] = other["start"], other["end"]
        fact["evidence"] = other["evidence"]
    fact["place"] = fact["place"] or other["place"]
    if KIND_RANK[other["kind"]] > KIND_RANK[fact["kind"]]:
        fact["kind"] = other["kind"]
    fact["event"] = fact["event"] or other["event"]
    if not fact["person"].get("role") and other["person"].get("role"):
        fact["person"]["role"] = other["person"]["role"]
    if (
        len(other["person"]["name"]) > len(fact["person"]["name"])
        and other["person"]["key"] == fact["person"]["key"]
    ):
        fact["person"]["name"] = other["person"]["name"]


def _date_rank(f: dict[str, Any]) -> int:
    start = f["start"] or ""
    return len(start) + (5 if f["end"] else 0)
