"""Investment facts: one side's investment stock or flow in the other, with amount, projects and rank.

The investor and the host must be on opposite sides (a country or a city of each): a city's own
accumulated FDI ("Moscow, with FDI exceeding $250 billion") names no counterpart and is no fact.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from vnru_facts.components.base import RuleComponent, add_spans, char_span, facts_of
from vnru_facts.components.context import DocView, Mention
from vnru_facts.normalize.dates import iso, parse_iso
from vnru_facts.normalize.numbers import parse_count, parse_ordinal
from vnru_facts.patterns.investment import (
    ATTRACTED,
    CAPITAL_BEFORE,
    HAS_PROJECTS,
    INVESTMENT_TRIGGER,
    NOT_INVESTMENT_MONEY,
    PROJECTS,
    RANK,
)

SPAN_KEY = "investment"
SIDES = ("VN", "RU")
# "to date", "so far": the stock as of the document date.
_UP_TO_NOW = re.compile(r"(?i)\b(?:to\sdate|so\sfar|currently|at\spresent|as\sof\snow|up\sto\snow)\b")
_AS_OF_PREPS = ("as of", "as at", "by the end of", "as of the end of", "at the end of", "end of", "by")


class InvestmentComponent(RuleComponent):
    span_key = SPAN_KEY

    def match(self, doc: Doc) -> list[dict[str, Any]]:
        view = DocView(doc)
        facts = []
        for i in view.sentences_matching(INVESTMENT_TRIGGER):
            fact = investment_in_sentence(view, i)
            if fact is not None:
                facts.append(fact)
        return facts

    def set_annotations(self, doc: Doc, matches: list[dict[str, Any]]) -> None:
        kept = _dedupe(matches)
        facts_of(doc).extend(kept)
        spans = [char_span(doc, f["evidence"]["start"], f["evidence"]["end"], "INVESTMENT") for f in kept]
        add_spans(doc, SPAN_KEY, [s for s in spans if s is not None])


def investment_in_sentence(view: DocView, i: int) -> dict[str, Any] | None:
    s0, s1 = view.sents[i]
    text = view.text
    sentence = text[s0:s1]
    if not re.search(r"(?i)\b(?:invest\w*|FDI)\b", sentence):
        return None
    sides = _investor_and_host(view, s0, s1)
    if sides is None:
        return None
    investor, host = sides
    amount = _amount(view, s0, s1)
    projects = _projects(sentence)
    if amount is None and projects is None:
        return None
    rank = RANK.search(sentence)
    return {
        "type": "investment",
        "evidence": view.evidence(s0, s1),
        "investor": investor,
        "host": host,
        "company": None,
        "amount": amount,
        "projects": projects,
        "as_of": _as_of(view, s0, s1),
        "rank": {"position": parse_ordinal(rank.group("pos")), "of": int(rank.group("of"))} if rank else None,
    }


def _name(p: Mention) -> str:
    return p.data["name"] if p.label == "CITY" else p.data["side"]


def _prep_before(text: str, p: Mention) -> str:
    m = re.search(r"(?i)\b(from|in|into|to|of)\s(?:the\s)?$", text[max(0, p.start - 10) : p.start])
    return m.group(1).lower() if m else ""


def _investor_and_host(view: DocView, s0: int, s1: int) -> tuple[str, str] | None:
    """(investor, host) from "X has N projects in Y", "Y attracted ... from X", "X invested in Y"."""
    text = view.text
    places = view.within("place", s0, s1)
    if any(p.data["side"] == "OTHER" and p.label != "BLOC" for p in places):
        return None
    places = [p for p in places if p.data["side"] in SIDES]
    if len({p.data["side"] for p in places}) < 2:
        return None
    from_places = [p for p in places if _prep_before(text, p) == "from"]
    in_places = [p for p in places if _prep_before(text, p) in ("in", "into")]
    attracted = ATTRACTED.search(text, s0, s1)
    if attracted and from_places:
        subject = [p for p in places if p.end <= attracted.start()]
        if subject and subject[-1].data["side"] != from_places[0].data["side"]:
            return _name(from_places[0]), _name(subject[-1])
    if from_places and in_places and from_places[0].data["side"] != in_places[0].data["side"]:
        return _name(from_places[0]), _name(in_places[0])
    verb = HAS_PROJECTS.search(text, s0, s1) or re.compile(r"(?i)\binvest\w*").search(text, s0, s1)
    if verb:
        subject = [p for p in places if p.end <= verb.start()]
        hosts = [p for p in in_places if p.start >= verb.end()]
        if subject and hosts and subject[-1].data["side"] != hosts[0].data["side"]:
            return _name(subject[-1]), _name(hosts[0])
    return None


def _amount(view: DocView, s0: int, s1: int) -> dict[str, Any] | None:
    text = view.text
    for m in view.within("money", s0, s1):
        left = text[max(s0, m.start - 60) : m.start]
        if NOT_INVESTMENT_MONEY.search(left[-30:]):
            continue
        if (
            CAPITAL_BEFORE.search(left)
            or ATTRACTED.search(left[-40:])
            or re.search(r"(?i)\binvest", left[-40:])
        ):
            return view.money(m)
    return None


def _projects(sentence: str) -> int | None:
    for m in PROJECTS.finditer(sentence):
        n = parse_count(m.group("n"))
        if n is not None and n > 0:
            return n
    return None


def _as_of(view: DocView, s0: int, s1: int) -> str | None:
    for d in view.within("date", s0, s1):
        if d.data.get("prep") in _AS_OF_PREPS:
            start, end = view.span_of(d)
            value = end or start
            return value[:7] if value else None
    if _UP_TO_NOW.search(view.text, s0, s1):
        doc = parse_iso(view.doc_date)
        return iso(doc[0], doc[1]) if doc else None
    return None


def _dedupe(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    best: dict[tuple[Any, ...], dict[str, Any]] = {}
    for f in facts:
        amount = f["amount"]["amount"] if f["amount"] else None
        key = (f["investor"], f["host"], f["company"], amount, f["projects"], f["as_of"])
        if key not in best:
            best[key] = f
    return list(best.values())
