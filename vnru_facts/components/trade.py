"""Trade facts: a value and/or a growth figure of trade between the two sides, per period.

Within a sentence that names trade, each money figure whose clause starts from a trade word is one
fact ("from US$3.63 billion in 2023 to US$4.57 billion last year" is two). A growth percentage joins
the figure of its clause, or stands alone as a fact with ``value: null``.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from vnru_facts.components.base import RuleComponent, add_spans, char_span, facts_of
from vnru_facts.components.context import DocView, Mention, between
from vnru_facts.patterns.trade import (
    BILATERAL,
    BOTH_WAYS,
    COMMODITY,
    EXPORT_WORD,
    FORECAST,
    GROWTH_DOWN,
    GROWTH_UP,
    IMPORT_WORD,
    NOT_TRADE_MONEY,
    OWNER_GAP,
    SHARE,
    SHARE_AFTER,
    TARGET,
    TRADE_AFTER_MONEY,
    TRADE_TRIGGER,
    TRADE_WORD,
)

SPAN_KEY = "trade"
SIDES = ("VN", "RU")
# How far a period may sit from its figure and still belong to it ("$4.59 billion in 2024").
NEAR = 28


class TradeComponent(RuleComponent):
    span_key = SPAN_KEY

    def match(self, doc: Doc) -> list[dict[str, Any]]:
        view = DocView(doc)
        facts: list[dict[str, Any]] = []
        for i in view.sentences_matching(TRADE_TRIGGER):
            facts.extend(trade_facts_in_sentence(view, i))
        return facts

    def set_annotations(self, doc: Doc, matches: list[dict[str, Any]]) -> None:
        kept = dedupe(matches)
        facts_of(doc).extend(kept)
        spans = [char_span(doc, f["evidence"]["start"], f["evidence"]["end"], "TRADE") for f in kept]
        add_spans(doc, SPAN_KEY, [s for s in spans if s is not None])


def trade_facts_in_sentence(view: DocView, i: int) -> list[dict[str, Any]]:
    s0, s1 = view.sents[i]
    text = view.text
    moneys = [m for m in view.within("money", s0, s1) if _is_trade_money(view, m, s0)]
    facts: list[dict[str, Any]] = []
    for k, m in enumerate(moneys):
        clause_start = moneys[k - 1].end if k else s0
        fact = _base_fact(view, s0, s1, clause_start, m)
        if fact is None:
            continue
        value = view.money(m)
        fact["value"] = value
        inherited = facts[-1]["period"] if facts else None
        fact["period"] = _period(view, s0, s1, m, moneys, clause_start) or inherited
        fact["status"] = _status(text[clause_start : m.start], fact["period"])
        facts.append(fact)
    _attach_growth(view, s0, s1, moneys, facts)
    return facts


def _is_trade_money(view: DocView, m: Mention, s0: int) -> bool:
    """A figure belongs to trade when a trade word leads to it with nothing else in between."""
    text = view.text
    if TRADE_AFTER_MONEY.match(text[m.end : m.end + 40]):
        return True
    before = text[s0 : m.start]
    words = list(TRADE_WORD.finditer(before))
    if not words:
        return False
    tail = before[words[-1].end() :]
    return not NOT_TRADE_MONEY.search(tail) and not NOT_TRADE_MONEY.search(text[m.end : m.end + 12])


def _base_fact(view: DocView, s0: int, s1: int, clause_start: int, anchor: Mention) -> dict[str, Any] | None:
    """Parties, flow, direction and commodity of the figure at ``anchor``; None if not Vietnam–Russia."""
    text = view.text
    clause = text[clause_start : anchor.start]
    places = view.within("place", s0, anchor.start)
    clause_places = [p for p in places if p.start >= clause_start]
    if any(p.data["side"] == "OTHER" for p in clause_places) and not _both_sides(clause_places):
        return None
    flow, exporter, importer = _direction(view, clause_start, anchor.start, s0)
    parties = _parties(places, exporter, importer)
    if parties is None:
        if not (BILATERAL.search(text[s0:s1]) or flow != "total"):
            return None
        if any(p.data["side"] == "OTHER" for p in places):
            return None
        parties = ["RU", "VN"]
    if flow != "total":
        exporter = exporter or _other(importer)
        importer = importer or _other(exporter)
        if exporter is None or importer is None:
            flow = "total"
    commodity = COMMODITY.search(clause)
    start, end = view.sents[view.sentence_of(anchor.start)]
    return {
        "type": "trade",
        "evidence": view.evidence(start, end),
        "flow": flow,
        "exporter": exporter if flow != "total" else None,
        "importer": importer if flow != "total" else None,
        "parties": parties,
        "growth": None,
        "commodity": (commodity.group("c") or commodity.group("c2")).lower() if commodity else None,
    }


def _side(p: Mention) -> str:
    return p.data["side"]


def _both_sides(places: list[Mention]) -> bool:
    return {_side(p) for p in places} >= set(SIDES)


def _other(side: str | None) -> str | None:
    return {"VN": "RU", "RU": "VN"}.get(side or "")


def _parties(places: list[Mention], exporter: str | None, importer: str | None) -> list[str] | None:
    """['RU', 'VN'], or a city standing for its side (['Moscow', 'VN']); None if a side is missing."""
    chosen: dict[str, str] = {}
    for p in places:
        side = _side(p)
        if side not in SIDES:
            continue
        name = p.data["name"] if p.label == "CITY" else side
        # A city in the trade phrase is the party ("trade between Moscow and Vietnam");
        # but a country named after a city of its own side wins ("Hanoi ... Vietnam-Russia trade").
        chosen[side] = name
    for side in (exporter, importer):
        if side in SIDES:
            chosen.setdefault(side, side)
    if set(chosen) != set(SIDES):
        return None
    return sorted(chosen.values())


def _direction(view: DocView, clause_start: int, end: int, s0: int) -> tuple[str, str | None, str | None]:
    """('export'|'import'|'total', exporter, importer) from the words before a figure."""
    text = view.text
    clause = text[clause_start:end]
    if BOTH_WAYS.search(clause):
        return "total", None, None
    exp = list(EXPORT_WORD.finditer(clause))
    imp = list(IMPORT_WORD.finditer(clause))
    if not exp and not imp:
        return "total", None, None
    last = max([*exp, *imp], key=lambda m: m.start())
    is_export = last in exp
    word_at = clause_start + last.start()
    word_end = clause_start + last.end()
    owner = _owner(view, max(clause_start, word_at - 40), word_at)
    after = [p for p in view.within("place", word_end, end) if _side(p) in SIDES]
    to_side = from_side = None
    for p in after:
        prep = text[max(word_end, p.start - 12) : p.start].lower()
        if ("to " in prep or "into " in prep) and to_side is None:
            to_side = _side(p)
        elif "from " in prep and from_side is None:
            from_side = _side(p)
    if is_export:
        exporter, importer = from_side or owner, to_side
    else:
        importer, exporter = to_side or owner, from_side
    if exporter is None and importer is None:
        return "total", None, None
    if exporter == importer:
        return "total", None, None
    return ("export" if is_export else "import"), exporter, importer


def _owner(view: DocView, start: int, end: int) -> str | None:
    """The side owning a flow word: "Vietnam's exports", "Russia exported", "Russian imports"."""
    places = [p for p in view.within("place", start, end) if _side(p) in SIDES]
    if not places:
        return None
    gap = view.text[places[-1].end : end]
    # "Vietnam's exports", "Russia's total imports", "Russia exported", "Vietnamese exports"
    if OWNER_GAP.fullmatch(gap):
        return _side(places[-1])
    return None


def _period(
    view: DocView, s0: int, s1: int, m: Mention, moneys: list[Mention], clause_start: int | None = None
) -> dict[str, Any] | None:
    """The period of a figure: right after it, right before it, in its clause, else later in the sentence.

    A figure with none of these inherits the period of the figure before it in the sentence
    ("in the first 11 months ... $4.15 billion, of which exports were $2.03 billion").
    """
    text = view.text
    dates = [
        d
        for d in view.within("date", s0, s1)
        if _is_period_like(d) and not _is_comparison_base(text, d) and not _crosses_money(d, m, moneys)
    ]
    after = [d for d in dates if 0 <= d.start - m.end <= NEAR]
    if after:
        return _to_period(view, after[0])
    before = [d for d in dates if 0 <= m.start - d.end <= NEAR]
    if before:
        return _to_period(view, before[-1])
    own = [
        d for d in dates if (clause_start if clause_start is not None else s0) <= d.start and d.end <= m.start
    ]
    if own:
        return _to_period(view, own[-1])
    if clause_start is not None and clause_start > s0:
        return None  # let the caller inherit the previous figure's period
    later = [d for d in dates if d.start >= m.end]
    if later:
        return _to_period(view, later[0])
    return None


def _is_period_like(d: Mention) -> bool:
    return d.label in ("PERIOD", "RELATIVE") or (d.label == "DATE" and d.data.get("day") is None)


def _crosses_money(d: Mention, m: Mention, moneys: list[Mention]) -> bool:
    lo, hi = sorted((d.start, m.start))
    return any(lo < o.start < hi and o is not m for o in moneys)


def _is_comparison_base(text: str, d: Mention) -> bool:
    """'up 26% from 2023', 'compared with last year', 'since 2014' name a base, not the period."""
    prep = d.data.get("prep")
    if prep in ("since", "from") and not text[d.end : d.end + 6].lstrip().startswith("to"):
        return True
    before = text[max(0, d.start - 30) : d.start].lower()
    return any(
        w in before for w in ("compared", "against", "than in", "than ", "over the same", "year-on-year")
    )


def _to_period(view: DocView, d: Mention) -> dict[str, Any] | None:
    start, end = view.span_of(d)
    if start is None:
        return {"start": None, "end": None, "text": d.text}
    if len(start) == 4:
        start, end = f"{start}-01", f"{start}-12"
    if end is None:
        end = start[:7]
    return {"start": start[:7], "end": end[:7], "text": d.text}


def _status(clause: str, period: dict[str, Any] | None) -> str:
    if FORECAST.search(clause):
        return "forecast"
    if TARGET.search(clause):
        return "target"
    return "actual"


def _attach_growth(
    view: DocView, s0: int, s1: int, moneys: list[Mention], facts: list[dict[str, Any]]
) -> None:
    """Give each growth percentage to the figure of its clause, or make it a fact of its own."""
    text = view.text
    by_money = dict(zip([id(m) for m in moneys], facts, strict=False)) if len(moneys) == len(facts) else {}
    for p in view.within("percent", s0, s1):
        sign = _growth_sign(text, p)
        if sign == 0:
            continue
        parsed = view.percent(p)
        if parsed is None:
            continue
        pct, qualifier = parsed
        growth = {"pct": sign * pct, "qualifier": qualifier, "text": _growth_text(text, p)}
        owner = _figure_for(text, p, moneys)
        fact = by_money.get(id(owner)) if owner is not None else None
        if fact is not None and fact["growth"] is None:
            fact["growth"] = growth
            continue
        if owner is not None:
            continue
        if not TRADE_WORD.search(text[s0 : p.start]):
            continue
        base = _base_fact(view, s0, s1, s0, p)
        if base is None:
            continue
        base["value"] = None
        base["growth"] = growth
        base["period"] = _period(view, s0, s1, p, [])
        base["status"] = _status(text[s0 : p.start], base["period"])
        facts.append(base)


def _growth_sign(text: str, p: Mention) -> int:
    before = text[max(0, p.start - 45) : p.start]
    after = text[p.end : p.end + 30]
    if SHARE.search(before[-25:]) or SHARE_AFTER.match(after):
        return 0
    near_after = after[:20]
    if GROWTH_DOWN.search(near_after):
        return -1
    if GROWTH_UP.search(near_after):
        return 1
    downs = list(GROWTH_DOWN.finditer(before))
    ups = list(GROWTH_UP.finditer(before))
    if not downs and not ups:
        return 0
    last_down = downs[-1].end() if downs else -1
    last_up = ups[-1].end() if ups else -1
    return -1 if last_down > last_up else 1


def _growth_text(text: str, p: Mention) -> str:
    start = max(0, p.start - 12)
    return text[start : p.end].strip()


def _figure_for(text: str, p: Mention, moneys: list[Mention]) -> Mention | None:
    """The figure a percentage describes: the nearest one with no clause break in between."""
    best: Mention | None = None
    best_gap = 10**9
    for m in moneys:
        gap_text = between(text, m, p) if m.end <= p.start else between(text, p, m)
        if ";" in gap_text or " while " in gap_text or (" and " in gap_text and len(gap_text) > 40):
            continue
        if len(gap_text) < best_gap and len(gap_text) <= 90:
            best, best_gap = m, len(gap_text)
    return best


def _subject(f: dict[str, Any]) -> tuple[Any, ...]:
    period = f.get("period") or {}
    return (
        tuple(f["parties"]),
        f["flow"] == "total",
        f.get("exporter"),
        f.get("importer"),
        period.get("start"),
        period.get("end"),
        f["status"],
        f.get("commodity"),
    )


def _value_key(f: dict[str, Any]) -> tuple[Any, ...]:
    value = f.get("value")
    growth = f.get("growth")
    return (
        round(value["amount"], 2) if value else None,
        round(growth["pct"], 2) if growth and not value else None,
    )


def _informativeness(f: dict[str, Any]) -> int:
    return sum(1 for k in ("value", "period", "growth", "commodity") if f.get(k)) * 1000 - len(
        f["evidence"]["text"]
    )


def dedupe(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Repeated mentions of one fact (same subject and value) keep their most informative mention."""
    best: dict[tuple[Any, ...], dict[str, Any]] = {}
    for f in facts:
        key = (_subject(f), _value_key(f))
        if key not in best or _informativeness(f) > _informativeness(best[key]):
            best[key] = f
    return sorted(best.values(), key=lambda f: (f["evidence"]["start"], f["evidence"]["end"]))
