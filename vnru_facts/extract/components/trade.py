"""Trade facts: a value and/or a growth figure of trade between the two sides, per period.

Within a sentence that names trade, each money figure whose clause starts from a trade word is one
fact ("from US$3.63 billion in 2023 to US$4.57 billion last year" is two). A growth percentage joins
the figure of its clause, or stands alone as a fact with ``value: null``.

Reporters rarely repeat the subject: "Bilateral trade reached $5 billion in 2021. It fell to $3.5 billion
in 2022." The sentence right after one about Vietnam–Russia trade inherits its parties (and its period,
when it names none) if it names no place itself, and "it"/"the figure" there stands for that trade.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc

from vnru_facts.extract.components.base import RuleComponent, add_fact_spans, facts_of
from vnru_facts.extract.components.context import DocView, Mention, between
from vnru_facts.extract.components.trade_commodity import (
    commodity_after_figure,
    commodity_in,
    commodity_of_role,
    continued_goods,
    first_items,
    first_listed_goods,
    goods_before,
    goods_flow_after_figure,
    goods_worth,
    next_listed_goods,
    ranked_goods,
    without_shares,
)
from vnru_facts.extract.patterns.alternation import strings_alternation
from vnru_facts.extract.patterns.trade import (
    ANAPHOR,
    BALANCE_AFTER,
    BILATERAL,
    BOTH_WAYS,
    BREAKDOWN_OPENER,
    BY_YEAR_AFTER,
    CAPITALISED,
    CHANGE_GOES_TO,
    CLAUSE_OPENING,
    COMMODITIES,
    COMMODITY,
    COMMODITY_FLOW,
    COMPARED_BASE,
    COORDINATED_FIGURE,
    COORDINATED_FIGURES,
    COORDINATED_FLOW,
    DATELINE,
    EARNING_HINT,
    ELABORATION,
    EXPORT_WORD,
    FLOW_AFTER_MONEY,
    FLOW_FROM,
    FLOW_HINT,
    FLOW_PRONOUN,
    FOCUS_MARKET_AFTER,
    FOCUS_MARKET_BEFORE,
    FORECAST,
    FORECAST_AFTER,
    FORECAST_MODAL,
    FRACTION_GROWTH,
    FRACTION_HINT,
    GOODS_AFTER_ORIGIN,
    GOODS_CONTINUATION,
    GOODS_EARNING,
    GOODS_WORD,
    GROWTH_DOWN,
    GROWTH_UP,
    IMPORT_WORD,
    INDIRECT_OBJECT,
    JOINT_AFTER_FIGURE,
    LEVEL_BEFORE,
    LEVEL_OF_BASE,
    LIST_ITEM,
    LONG_WORD,
    MARKET_ANAPHOR,
    MARKET_ROLE,
    MARKETS_HEAD,
    MIN_TRADE_VALUE,
    MONTH_ON_MONTH,
    MULTIPLES,
    MUTUAL,
    NAME_AFTER,
    NAME_BEFORE,
    NEXT_CLAUSE,
    NEXT_FIGURE_OF_GOODS,
    NOT_TRADE_MONEY,
    ORIGIN_BEFORE,
    OTHER_WORTH,
    OWNER_GAP,
    OWNER_GOODS_GAP,
    PART_OPENER,
    PARTNER_WITH,
    PAST_CHANGE,
    PAST_RESULT,
    PERIOD_ANAPHOR,
    PERIOD_ANAPHOR_HINT,
    PHRASE_BREAK,
    POSSESSIVE_AFTER,
    PRESENT_OPENER,
    PURCHASE_VERB,
    QUANTITY_THEN_CHANGE,
    RESPECTIVELY,
    RESULT_INFINITIVE,
    ROLE_WORD,
    SAME_PERIOD_BEFORE,
    SHARE,
    SHARE_AFTER,
    SHARE_OF_WHOLE,
    STRONG_TARGET,
    SUBJECT_LEAD,
    TARGET,
    TARGET_AFTER,
    TARGET_NOUN_AFTER,
    TARGET_WORD,
    TO_FIGURE,
    TRADE_AFTER_MONEY,
    TRADE_ROLE,
    TRADE_TRIGGER,
    TRADE_WITH_BEFORE,
    TRADE_WITH_HINT,
    TRADE_WORD,
    VOLUME_AFTER,
    WORLD_BEFORE,
    WORLD_MARKET,
    WORTH_WORD,
)
from vnru_facts.extract.scan import literal_scan
from vnru_facts.extract.scan.regex_guard import guarded
from vnru_facts.normalize.periods import TO_DATE_PREPOSITIONS, is_comparison_base

SPAN_KEY = "trade"
SIDES = ("VN", "RU")
# How far a period may sit from its figure and still belong to it ("$4.59 billion in 2024").
NEAR = 28
# How far the places of a trade phrase may sit from its trade word ("trade between Russia and Vietnam").
PHRASE = 40
# How much of the text right after a figure its status may read: "by the end of 2030", "trade target".
TAIL = 30
# How far before a change a quantity may stand and still be what changed ("150,000 tonnes of coal from
# Russia, a rise of 40% on the year").
QUANTITY_REACH = 90
# How far after its figure a flow may name its market: "exported $2.5 billion worth of goods to Russia".
FIGURE_TAIL = 45
# The direction of a flow owned by "its" or going to "the country" whose side cannot be told.
UNRESOLVED = "unresolved"
# Scraped text loses the space after a full stop: "in 2014.Despite the pandemic, trade rose".
# (The dot first, its letter checked behind it: re then skips straight from one dot to the next.)
GLUED_STOP = re.compile(r"\.(?<=[a-z0-9]\.)(?=[A-Z][a-z])")
# A percentage that is one end of a range or an average rate is no change of one period:
# "rising 10-15% per year", "5 to 7 percent", "12% a year on average".
RANGE_BEFORE = re.compile(r"(?:\d\s?(?:-|–|to)\s?)$")
RATE_AFTER = re.compile(r"(?i)^\s?(?:per\s(?:year|annum)|a\syear|each\syear|annually|on\saverage)\b")
# A change over many years, not the change of the figure's period: "has grown fourfold over the past
# decade to $4.5 billion", "up 40% in the last five years", "a tenfold rise since 2010". (Matched right
# after the change, a word or two of it between: "fourfold in value over the past decade".)
SPAN_AFTER = re.compile(
    r"(?i)\s(?:[\w-]+\s){0,2}?(?:(?:over|in|during|within|across)\s(?:the\s)?(?:past|last|previous)\s"
    r"(?:[\w-]+\s)?(?:decades?|years)|since\s(?P<since>(?:19|20)\d\d))\b"
)
# A second growth in the same breath keeps the direction of the first: "rose 15% last year, and by
# more than 16% in the first nine months".
COORDINATED_GROWTH = re.compile(
    r"(?i),?\s(?:and|but)\s(?:by\s)?(?:(?:more|less)\sthan\s|over\s|nearly\s|almost\s|about\s|some\s)?$"
)
FRACTION_PCT = {"half": 50.0, "third": 33.3, "quarter": 25.0, "halved": 50.0, "doubled": 100.0}
FOLD_PCT = {"tripled": 200.0, "trebled": 200.0}


@dataclass(frozen=True)
class TradeContext:
    """What the sentence before established: trade between these parties, in this period; the side
    its flow went to or came from ("exports to Russia": RU), which "this market" then stands for."""

    parties: list[str]
    period: dict[str, Any] | None
    partner: str | None = None
    commodity: str | None = None
    # The flow, exporter and importer of the trade told, which "its value", "the figure" carry on.
    flow: tuple[str, str | None, str | None] = ("total", None, None)
    # Whether the trade told is to come (a target, a forecast), whose level now the next may tell.
    to_come: bool = False


class TradeComponent(RuleComponent):
    span_key = SPAN_KEY

    def match(self, doc: Doc) -> list[dict[str, Any]]:
        view = DocView(doc)
        facts: list[dict[str, Any]] = []
        sentences = _sentences(view)
        triggers = _trigger_sentences(view, sentences)
        context: TradeContext | None = None
        previous = -2
        for k in sorted(triggers | {k + 1 for k in triggers if k + 1 < len(sentences)}):
            s0, s1 = sentences[k]
            ctx = context if previous == k - 1 else None
            if k not in triggers and (ctx is None or not ANAPHOR.search(view.text, s0, s1)):
                continue
            found = trade_facts_in_sentence(view, s0, s1, ctx)
            facts.extend(found)
            if not _reads_context(view, sentences, triggers, k + 1):
                continue  # the context this sentence leaves would go unused
            new = _context_of(view, s0, s1, found, ctx)
            if new is not None:
                context, previous = new, k
        return facts

    def set_annotations(self, doc: Doc, matches: list[dict[str, Any]]) -> None:
        kept = dedupe(matches)
        facts_of(doc).extend(kept)
        add_fact_spans(doc, SPAN_KEY, "TRADE", kept)


def _sentences(view: DocView) -> list[tuple[int, int]]:
    """The document's non-empty sentences, also split where scraping glued two together ("2014.Despite").

    Blank lines are no sentences: the one after a trade sentence across a paragraph break is its next.
    """
    sents = [bounds for bounds in view.sents if bounds[1] > bounds[0]]
    glued = [m.start() + 1 for m in GLUED_STOP.finditer(view.text)]
    if not glued:
        return sents
    out: list[tuple[int, int]] = []
    for s0, s1 in sents:
        start = s0
        for cut in glued[bisect_right(glued, s0) : bisect_right(glued, s1 - 1)]:
            out.append((start, cut))
            start = cut
        out.append((start, s1))
    return out


def _trigger_sentences(view: DocView, sentences: list[tuple[int, int]]) -> set[int]:
    starts = [s for s, _ in sentences]
    return {bisect_right(starts, m.start()) - 1 for m in literal_scan.finditer(TRADE_TRIGGER, view.text)}


def _reads_context(view: DocView, sentences: list[tuple[int, int]], triggers: set[int], k: int) -> bool:
    """Whether sentence ``k`` reads the context of the one before: a trade sentence does, and so does one
    whose "it"/"the figure" may stand for that trade. Working the context out for any other is wasted."""
    if k >= len(sentences):
        return False
    return k in triggers or ANAPHOR.search(view.text, *sentences[k]) is not None


def _context_of(
    view: DocView, s0: int, s1: int, found: list[dict[str, Any]], ctx: TradeContext | None
) -> TradeContext | None:
    """The context a sentence leaves for the next: its facts' parties and period, or a bilateral trade
    phrase with no figure ("Mutual trade keeps growing.")."""
    if found:
        last = found[-1]
        period = next((f["period"] for f in reversed(found) if f.get("period")), None)
        if ctx is not None and ELABORATION.match(view.text, s0):
            # A detail ("In particular, in June ...") leaves the subject and period of the one before.
            return TradeContext(
                last["parties"], ctx.period or period, _partner_of(last), ctx.commodity, _flow_of(last)
            )
        period = period or (ctx.period if ctx else None)
        to_come = last["status"] != "actual"
        return TradeContext(
            last["parties"], period, _partner_of(last), last.get("commodity"), _flow_of(last), to_come
        )
    text = view.text
    word = TRADE_WORD.search(text, s0, s1)
    if word is None:
        return None
    if any(_side(p) == "OTHER" for p in view.within("place", s0, s1)):
        return None
    # Only the places of the trade phrase: "Trade between Russia and Vietnam fell, the envoy in Moscow said"
    # is about the two countries, not about Moscow.
    places = view.within("place", max(s0, word.start() - PHRASE), min(s1, word.end() + PHRASE))
    parties = _parties(places, None, None)
    if parties is None and not places and BILATERAL.search(text, s0, s1) and not _pair_of_others(view, s0):
        parties = ["RU", "VN"]
    if parties is None:
        return None
    dates = [d for d in view.within("date", s0, s1) if _is_period_like(d)]
    return TradeContext(parties, _to_period(view, dates[0]) if dates else None)


def _other_named_after(view: DocView, anchor: Mention, s1: int) -> bool:
    """Whether a third country is named after the figure in its sentence ("$2 billion, as China's ...")."""
    return any(_side(p) == "OTHER" for p in view.within("place", anchor.end, s1))


def _focus_period(view: DocView, s0: int, s1: int) -> dict[str, Any] | None:
    """The period the paragraph named with a figure before the sentence [s0, s1) (document context), as a
    period; the one told last before, across paragraphs, when the sentence refers to it ("In that month",
    "In the reviewed period")."""
    named = None
    if _may_hold(PERIOD_ANAPHOR_HINT, view.text, s0, s1) and PERIOD_ANAPHOR.search(view.text, s0, s1):
        named = view.context.period_referred(s0)
    named = named or view.context.period_at(s0)
    return _to_period(view, named) if named is not None else None


def _flow_in_focus(
    is_export: bool, ctx: TradeContext | None, *, goods: bool = False
) -> tuple[str, str | None, str | None]:
    """A flow word naming no side continues the flow of that kind told just before: "Seafood exports to
    Russia fell 20%. Exports dropped by 86% in March", or, for ``goods`` named, goes the other way of the
    other flow told just before; else whose flow it is cannot be told ("Vietnam's
    trade surplus with Russia was $1.6 billion, as exports reached $3.1 billion": UNRESOLVED, no fact, not
    trade of both flows)."""
    if ctx is not None and ctx.flow[0] == ("export" if is_export else "import"):
        return ctx.flow
    if goods and ctx is not None and ctx.flow[0] in ("export", "import") and ctx.flow[1] and ctx.flow[2]:
        # goods of the other flow of the side just told: "... while imports from the country amounted to
        # $1.8 billion. Phones remained the largest export earner" (the side's exports, the other way; not
        # "an export target of $43 billion for the sector", all of its markets')
        return ("export" if is_export else "import"), ctx.flow[2], ctx.flow[1]
    return UNRESOLVED, None, None


def _market_in_focus(view: DocView, at: int) -> str | None:
    """The side "the market" stands for at ``at`` (document context); None after a third country's."""
    side = view.context.market_at(at)
    return side if side in SIDES else None


def _names_an_owner(view: DocView, start: int, end: int) -> bool:
    """Whether [start, end) names a side otherwise than as a market ("Vietnam's coal imports", not "exports
    of seafood to Russia ..., including tuna exports")."""
    text = view.text
    return any(
        not _MARKET_PREP.search(text, max(start, q.start - 8), q.start)
        for q in view.within("place", start, end)
    )


_MARKET_PREP = guarded(re.compile(r"(?i)\b(?:to|into|from)\s(?:the\s)?$"))


def _one_side_of(ctx: TradeContext, flow: str, exporter: str | None, importer: str | None) -> bool:
    """Whether a flow names one side of the two-sided trade told just before as its owner or origin, and
    so trades with the other: "Export turnover from Russia soared" after Vietnam–Russia trade."""
    named = {exporter, importer} - {None}
    return flow != "total" and set(ctx.parties) == set(SIDES) and len(named) == 1 and named <= set(SIDES)


def _tells_the_present(view: DocView, s0: int, ctx: TradeContext | None) -> bool:
    """Whether the sentence at ``s0`` opens with the present after a sentence telling trade to come, whose
    level now it tells: "Textile exports to Russia are expected to top $1 billion. Currently, Vietnam exports
    about $320 million worth of textiles annually" (to Russia, in no year of the forecast's)."""
    return ctx is not None and ctx.to_come and PRESENT_OPENER.match(view.text, s0) is not None


def _flow_of(fact: dict[str, Any]) -> tuple[str, str | None, str | None]:
    return fact["flow"], fact.get("exporter"), fact.get("importer")


def _partner_of(fact: dict[str, Any]) -> str | None:
    """The side a flow went to (exports) or came from (imports): the market of the trade told."""
    return {"export": fact.get("importer"), "import": fact.get("exporter")}.get(fact["flow"])


def trade_facts_in_sentence(
    view: DocView, s0: int, s1: int, ctx: TradeContext | None = None
) -> list[dict[str, Any]]:
    text = view.text
    if not _holds_a_figure(view, s0, s1):
        return []  # most trade sentences tell no figure: their periods and growths are not looked for
    valued = _valued_figures(view, s0, s1, ctx)
    moneys = [m for m, _ in valued]
    bases = _comparison_bases(text, moneys)
    # No trade figure (a percentage only): no period to read for one; saves the sentence's dates' reading.
    own_periods = _own_periods(view, s0, s1, moneys, bases=bases) if moneys else []
    facts: list[dict[str, Any]] = []
    of_figure: dict[int, dict[str, Any]] = {}  # the fact of each figure kept, for its growth
    for k, (m, value) in enumerate(valued):
        if k in bases:
            compared = of_figure.get(id(moneys[k - 1]))
            base = _base_of(view, m, compared, own_periods[k]) if compared is not None else None
            if base is not None:
                facts.append({**base, "evidence": view.evidence(s0, s1), "value": value})
                of_figure[id(m)] = facts[-1]
            continue
        clause_start = moneys[k - 1].end if k else s0
        shared = _shared_subject(view, m, of_figure.get(id(moneys[k - 1])), clause_start) if k else None
        fact = shared or _base_fact(view, s0, s1, clause_start, m, ctx, facts[-1] if facts else None)
        if fact is None:
            continue
        if ctx is not None and _refers_back(text, clause_start, m.start):
            _carry_on(fact, ctx)
        fact["value"] = value
        inherited = facts[-1]["period"] if facts else (ctx.period if ctx else _focus_period(view, s0, s1))
        if not facts and _tells_the_present(view, s0, ctx):
            inherited = None  # "Currently, ...": not in the year of the target told before
        fact["period"] = own_periods[k] or inherited
        if k and facts and COORDINATED_FIGURE.match(text[clause_start : m.start]):
            fact["status"] = facts[-1]["status"]  # "to $7 billion by 2015 and $10 billion by 2020"
        else:
            fact["status"] = _status(
                text[clause_start : m.start],
                fact["period"],
                _rest_of_sentence(text, m, moneys, s1),
                doc_date=view.doc_date,
                tail=text[m.end : m.end + TAIL],
            )
        facts.append(fact)
        of_figure[id(m)] = fact
        facts.extend(_in_both_years(text, m.end, fact))
    _attach_growth(view, s0, s1, moneys, facts, ctx, of_figure=of_figure, bases=bases)
    if ctx is not None and ctx.commodity is not None and ELABORATION.match(text, s0):
        for fact in facts:  # "Rubber exports rose. In particular, shipments to Russia ..." are rubber
            fact["commodity"] = fact["commodity"] or ctx.commodity
    elif ctx is None and facts and ELABORATION.match(text, s0):
        for fact in facts:  # "Vietnam imported fertiliser worth $856 million. Notably, imports from Russia"
            if fact["commodity"] is None and fact["flow"] != "total":
                fact["commodity"] = _goods_told_before(view, s0, fact["flow"])
    return facts


def _names_a_source(text: str, p: Mention) -> bool:
    """Whether the place names whose figures these are, not a party: "Vietnamese data show trade rising",
    "Russian statistics put turnover at" (the data of a side are of the trade of both)."""
    return _SOURCE_AFTER.match(text, p.end) is not None


_SOURCE_AFTER = re.compile(
    r"(?:[’']s)?\s(?:official\s)?(?:data|statistics|figures)\s(?:show|put|indicate|suggest)"
)


def _in_both_years(text: str, end: int, fact: dict[str, Any]) -> list[dict[str, Any]]:
    """The figure told for two years at once ("slipped back to about $3.6 billion in both 2022 and 2023"):
    the same fact for the second year (the first is the fact's own period)."""
    both = _BOTH_YEARS.match(text, end)
    period = fact.get("period") or {}
    if both is None or (period.get("start") or "")[:4] != both.group("y1"):
        return []
    y2 = both.group("y2")
    return [{**fact, "period": {"start": f"{y2}-01", "end": f"{y2}-12", "text": y2}}]


_BOTH_YEARS = re.compile(r"\s(?:in|for)\sboth\s(?P<y1>(?:19|20)\d\d)\sand\s(?P<y2>(?:19|20)\d\d)\b")


def _holds_a_figure(view: DocView, s0: int, s1: int) -> bool:
    """Whether [s0, s1) may hold a figure a fact is made of: a money figure, a percentage, or a change told
    as a fraction (``_growth_figures``). Without one, no fact."""
    text = view.text
    return bool(
        view.within("money", s0, s1)
        or view.within("percent", s0, s1)
        or (_may_hold(FRACTION_HINT, text, s0, s1) and FRACTION_GROWTH.search(text, s0, s1))
    )


def _goods_told_before(view: DocView, s0: int, flow: str) -> str | None:
    """The goods of the last flow of the kind of ``flow`` told in the sentence before ``s0`` (of any
    market: the whole of which the detail ``s0`` opens tells a part): "the country bought 900,000
    tonnes of wheat for $240 million. Notably, imports from Russia ..." are wheat's."""
    i = view.sentence_of(s0) - 1
    while i >= 0 and view.sents[i][1] <= view.sents[i][0]:
        i -= 1  # blank lines
    if i < 0:
        return None
    text = view.text
    p0, p1 = view.sents[i]
    flows = list(COMMODITY_FLOW.finditer(text, p0, p1))
    if not flows or _is_import_word(flows[-1].group(0)) != (flow == "import"):
        return None
    return _commodity(text[p0 : min(p1, flows[-1].end() + 80)], opens_sentence=True)


def _is_import_word(word: str) -> bool:
    return word.lower().startswith(("import", "purchas", "bought", "buy"))


def _valued_figures(
    view: DocView, s0: int, s1: int, ctx: TradeContext | None
) -> list[tuple[Mention, dict[str, Any]]]:
    """(figure, value) of each money figure of the sentence that belongs to trade: led by a trade word, or
    told as the base of the trade figure right before it ("raked in $5 million in March compared to $42
    million in February")."""
    text = view.text
    valued: list[tuple[Mention, dict[str, Any]]] = []
    before: Mention | None = None
    for m in view.within("money", s0, s1):
        value = _trade_value(view, m, s0, ctx)
        if value is None and valued and valued[-1][0] is before:
            is_base = COMPARED_BASE.fullmatch(text, before.end, m.start) is not None  # type: ignore[union-attr]
            value = _trade_value(view, m, s0, ctx, led=True) if is_base else None
        if value is not None:
            valued.append((m, value))
        before = m
    return valued


def _comparison_bases(text: str, moneys: list[Mention]) -> frozenset[int]:
    """The figures (by index) told as the base the figure right before is compared with: "$5 million in
    May compared to $31 million in April", "up 20% from $1.4 billion in 2023", "to $12 billion by
    2030 from about $4 billion currently"."""
    return frozenset(
        k for k in range(1, len(moneys)) if COMPARED_BASE.fullmatch(text, moneys[k - 1].end, moneys[k].start)
    )


def _shared_subject(
    view: DocView, figure: Mention, before: dict[str, Any] | None, clause_start: int
) -> dict[str, Any] | None:
    """The subject of a flow's figure coordinated right before ``figure`` with nothing but its period and
    "and" between ("exports to Russia were $20 million and $30 million in March and April respectively",
    "to $7 billion by 2015 and $10 billion by 2020"), which ``figure`` shares; None for anything else, or
    when the words after it name a market of their own ("$2 billion and $40 billion to the US")."""
    text = view.text
    if before is None or before["flow"] == "total":
        return None
    if not COORDINATED_FIGURE.match(text[clause_start : figure.start]):
        return None
    if view.within("place", figure.end, _figure_clause_end(text, figure)):
        return None
    return {**_subject_of(before), "evidence": before["evidence"]}


def _subject_of(fact: dict[str, Any], *, commodity: str | None = None) -> dict[str, Any]:
    """The fields of a fact's subject (its flow, sides and goods, or ``commodity``), for a figure of the
    same trade, with no growth of its own."""
    fields = ("type", "flow", "exporter", "importer", "parties")
    return {**{k: fact[k] for k in fields}, "commodity": commodity or fact.get("commodity"), "growth": None}


def _base_of(
    view: DocView, figure: Mention, compared: dict[str, Any], period: dict[str, Any] | None
) -> dict[str, Any] | None:
    """The fields of a base figure: the subject of the figure it is compared with (its flow, sides and
    goods), a level reached, so actual, in the period it names itself, none else ("from around $2.2
    billion currently": not the target's year). None when the words after it name a market of their own
    ("compared to $40 billion to the US")."""
    text = view.text
    if view.within("place", figure.end, _figure_clause_end(text, figure)):
        return None
    return {
        **_subject_of(compared),
        "period": _same_period_as(text, figure, period, compared.get("period")),
        "status": "actual",
    }


def _same_period_as(
    text: str, figure: Mention, period: dict[str, Any] | None, compared: dict[str, Any] | None
) -> dict[str, Any] | None:
    """A base's period told as "the same period" of another year is the compared figure's months in that
    year: "$2 billion in the first five months, compared to $1.5 billion in the same period last year"."""
    if period is None or compared is None or not period.get("start") or not compared.get("start"):
        return period
    at = text.find(period["text"], figure.end, figure.end + NEAR + len(period["text"]))
    if at == -1 or not SAME_PERIOD_BEFORE.search(text, max(0, at - 20), at):
        return period
    year = period["start"][:4]
    return {"start": year + compared["start"][4:], "end": year + compared["end"][4:], "text": period["text"]}


def _own_periods(
    view: DocView, s0: int, s1: int, moneys: list[Mention], *, bases: frozenset[int] = frozenset()
) -> list[dict[str, Any] | None]:
    """The period each figure of a sentence names; a figure with none shares the period that closes the
    clause coordinated right after it ("turnover reached $3.6 billion, and exports from Russia were $828
    million in the past 9 months of the year": both are of those nine months), else that of the figure
    before it. A base of a comparison (``bases``) has only its own."""
    candidates = _period_dates(view, s0, s1)  # read once for all the figures of the sentence
    periods = [
        _period(
            view,
            s0,
            s1,
            m,
            moneys,
            moneys[k - 1].end if k else s0,
            after_only=k in bases,
            candidates=candidates,
        )
        for k, m in enumerate(moneys)
    ]
    text = view.text
    for k, (d, year) in _respective_periods(view, s0, s1, moneys).items():
        periods[k] = _to_period(view, d, year)
    for k in range(len(moneys) - 2, -1, -1):
        later, following = periods[k + 1], moneys[k + 1]
        if periods[k] is not None or later is None:
            continue
        closing = text.find(later["text"], following.end, following.end + NEAR + len(later["text"]))
        if closing != -1 and (
            _opens_coordinated_clause(text, moneys[k].end, following.start)
            or GOODS_CONTINUATION.fullmatch(text, moneys[k].end, following.start)
        ):
            periods[k] = later  # "... and 20,000 tonnes of rice worth $12 million to Russia in 2023"
    for k in range(1, len(moneys)):
        if periods[k] is None and k not in bases:
            # the figure before names its period, given a fact or not: "In 2023, seafood exports totalled $9
            # billion, ... while exports to Russia were $200 million"; a list's items share its period
            periods[k] = periods[k - 1]
    return periods


def _respective_periods(
    view: DocView, s0: int, s1: int, moneys: list[Mention]
) -> dict[int, tuple[Mention, int | None]]:
    """The periods of two figures coordinated with two periods and told "respectively" ("$20 million and
    $30 million in March and April 2024 respectively", "In 2023 and 2024, exports were $2 billion and $3
    billion, respectively"): the first period the first figure's, the second the second's (by index), each
    with the year a month with none of its own is in (the second's: "March and April 2024")."""
    text = view.text
    if not _may_hold(RESPECTIVELY, text, s0, s1):
        return {}
    said = RESPECTIVELY.search(text, s0, s1)
    pairs = _coordinated_dates(view, s0, s1)
    if said is None or len(pairs) != 1:
        return {}
    before = [k for k, m in enumerate(moneys) if m.end <= said.start()]
    if len(before) < 2:
        return {}
    first, second = before[-2:]
    if not COORDINATED_FIGURES.fullmatch(text, moneys[first].end, moneys[second].start):
        return {}
    d1, d2 = pairs[0]
    return {first: (d1, d2.data.get("year")), second: (d2, None)}


def _coordinated_dates(view: DocView, s0: int, s1: int) -> list[tuple[Mention, Mention]]:
    """The pairs of periods joined by "and" in [s0, s1): "March and April", "2023 and 2024"."""
    dates = [d for d in view.within("date", s0, s1) if _is_period_like(d)]
    text = view.text
    return [
        (d1, d2) for d1, d2 in pairwise(dates) if text[d1.end : d2.start] == " and " and d1.label == d2.label
    ]


def _opens_own_change(text: str, start: int, end: int) -> bool:
    """Whether [start, end), after a figure, opens a clause of its own trade or of the trade told by "it"
    ("..., and its trade with Russia grew", "..., and it rose 10% in the first quarter")."""
    if _opens_coordinated_clause(text, start, end):
        return True
    joint = JOINT_AFTER_FIGURE.match(text, start, end)
    return joint is not None and ANAPHOR.match(text, joint.end(), end) is not None


def _opens_coordinated_clause(text: str, start: int, end: int) -> bool:
    """Whether [start, end) opens a clause of its own trade after a comma ("..., and the export turnover
    from Russia was"), not a change or comparison of the same figure ("up from", "compared with")."""
    joint = JOINT_AFTER_FIGURE.match(text, start, end)  # "$2.1 billion of goods to Russia and imported"
    return joint is not None and TRADE_WORD.search(text, joint.end(), end) is not None


def _refers_back(text: str, start: int, end: int) -> bool:
    """Whether the figure's subject is the trade of the sentence before ("Their value is forecast to
    climb to", "The figure is expected to double to"): an anaphor with no trade word of its own."""
    return ANAPHOR.search(text, start, end) is not None and TRADE_WORD.search(text, start, end) is None


def _carry_on(fact: dict[str, Any], ctx: TradeContext) -> None:
    """A figure of the trade told before is of its flow and commodity ("Rubber exports to Russia rose.
    Their value is forecast to ..."), unless its own sentence named a flow."""
    if fact["flow"] == "total" and fact["parties"] == list(ctx.parties):
        fact["flow"], fact["exporter"], fact["importer"] = ctx.flow
    fact["commodity"] = fact["commodity"] or ctx.commodity


def _subject_words(text: str, ctx: TradeContext | None) -> list[re.Match[str]]:
    """Trade words in ``text`` (the start of a sentence), but not in a name ("the World Trade Centre");
    after a trade sentence also "it"/"the figure" standing for that trade."""
    words = [w for w in TRADE_WORD.finditer(text) if not _in_name(text, w)]
    if ctx is not None:
        words.extend(ANAPHOR.finditer(text))
        words.sort(key=lambda w: w.end())
    return words


def _in_name(text: str, word: re.Match[str]) -> bool:
    """Whether a trade word is part of a proper name ("World Trade Centre", "Ministry of Industry and
    Trade", "Trade Representative Office"): capitalised inside its sentence, next to a capitalised word,
    in a sentence not written in title case (a headline's "Russia Trade Hits $5 Billion" is no name)."""
    if not word.group(0)[:1].isupper() or word.start() == 0:
        return False
    if NAME_BEFORE.search(text, max(0, word.start() - 40), word.start()) is None and not NAME_AFTER.match(
        text, word.end()
    ):
        return False
    return not _title_case(text)


def _title_case(text: str) -> bool:
    """Whether ``text`` is written in title case, as a headline: of its words longer than three letters,
    hardly any is in lower case (a sentence full of names still has its verbs and nouns in lower case)."""
    words = LONG_WORD.findall(text)
    return bool(words) and sum(w[:1].islower() for w in words) * 5 < len(words)


def _trade_value(
    view: DocView, m: Mention, s0: int, ctx: TradeContext | None = None, *, led: bool = False
) -> dict[str, Any] | None:
    """The value of a figure (``DocView.money``) if it belongs to trade, else None (read once: the fact
    keeps it). A figure belongs to trade when a trade word leads to it with nothing else in between
    (``led``: known to belong)."""
    value = view.money(m)
    if value is None or value["amount"] < MIN_TRADE_VALUE:
        return None
    return value if led or _is_led_by_trade(view, m, s0, ctx) else None


def _is_led_by_trade(view: DocView, m: Mention, s0: int, ctx: TradeContext | None) -> bool:
    text = view.text
    if _in_share_of_whole(text, s0, m):
        return False  # "accounted for 1% of Vietnam's total trade of $700 billion": the whole's
    if TRADE_AFTER_MONEY.match(text[m.end : m.end + 40]) or goods_flow_after_figure(text[m.end : m.end + 60]):
        # "invested $50 million in seafood exports": money put into a flow is no value of it
        return not NOT_TRADE_MONEY.search(text, max(s0, m.start - 25), m.start) and not BALANCE_AFTER.match(
            text, m.end, m.end + 40
        )
    before = text[s0 : m.start]
    words = _subject_words(before, ctx)
    if not words:
        return _earning_goods(view, s0, s0, m) is not None  # "Phones raked in $5 million"
    tail_start = s0 + words[-1].end()
    if OTHER_WORTH.search(text, tail_start, m.start):
        return False  # "..., and a new port worth $90 million opened"
    return not _other_money_word(view, tail_start, m.start) and not NOT_TRADE_MONEY.search(
        text[m.end : m.end + 12]
    )


def _in_share_of_whole(text: str, s0: int, m: Mention) -> bool:
    """Whether a figure is the value of a whole a share is told of ("1% of Vietnam's total trade of $700
    billion"), not of the trade the sentence tells."""
    share = None
    for share in SHARE_OF_WHOLE.finditer(text, max(s0, m.start - 120), m.start):  # noqa: B007 - the last
        pass
    return share is not None and share.end() >= m.start


def _other_money_word(view: DocView, start: int, end: int) -> bool:
    """A word marking other money ("capital", "FDI") between trade word and figure, outside place names
    ("turnover of the Russian capital with ... reached $3 billion" is still trade)."""
    places = view.within("place", start, end)
    for w in NOT_TRADE_MONEY.finditer(view.text, start, end):
        if not any(p.start <= w.start() < p.end for p in places):
            return True
    return False


def _base_fact(
    view: DocView,
    s0: int,
    s1: int,
    clause_start: int,
    anchor: Mention,
    ctx: TradeContext | None = None,
    previous: dict[str, Any] | None = None,
    *,
    item_start: int | None = None,
) -> dict[str, Any] | None:
    """Parties, flow, direction and commodity of the figure at ``anchor``; None if not Vietnam–Russia,
    or if its flow is owned by a pronoun or goes to a country described whose side cannot be told.
    ``previous``: the fact of the figure before it in the sentence, which "its" and "the country" may
    refer back to. ``item_start``: where the words of its item in a list start, when not at
    ``clause_start`` (the end of the figure before it, a percentage too)."""
    text = view.text
    clause = text[clause_start : anchor.start]
    continued = _continued_flow(clause, previous, text[anchor.end : anchor.end + 80])
    if continued is not None:
        return {**continued, "evidence": view.evidence(s0, s1)}
    if _other_market_after(view, anchor):
        return None  # "... were $2 billion and $40 billion to the US"
    market_item = _market_item(view, s0, clause_start if item_start is None else item_start, anchor)
    if market_item is not None:
        return {**market_item, "evidence": view.evidence(s0, s1)} if market_item["flow"] else None
    places = [p for p in view.within("place", s0, anchor.start) if not _names_a_source(view.text, p)]
    clause_places = [p for p in places if p.start >= clause_start]
    others = any(_side(p) == "OTHER" for p in places)
    phrase_start = _trade_phrase_start(text, s0, anchor.start) if others else s0
    if any(p.data["side"] == "OTHER" and p.start >= phrase_start for p in clause_places) and not _both_sides(
        clause_places
    ):
        return None
    flow, exporter, importer = _direction(view, clause_start, anchor, s0, ctx, previous)
    if flow == UNRESOLVED:
        return None
    parties = _parties(places, exporter, importer, cities=_cities_of_trade(view, places, s0, anchor.start))
    if parties is None:
        if any(p.data["side"] == "OTHER" and p.start >= phrase_start for p in places):
            return None
        if _names_its_market(flow, exporter, importer):
            parties = ["RU", "VN"]
        elif BILATERAL.search(text[s0:s1]):
            if _pair_of_others(view, s0):
                return None  # "ASEAN-Russia ties ... two-way trade rose five-fold": ASEAN's and Russia's
            parties = ["RU", "VN"]
        elif ctx is not None and not places and not _other_named_after(view, anchor, s1):
            # no side named up to the figure: the trade told before ("In May it amounted to $300 million,
            # with Vietnam exporting $120 million to Russia")
            parties = list(ctx.parties)
        elif (
            ctx is not None
            and _one_side_of(ctx, flow, exporter, importer)
            and (FLOW_FROM.search(clause) or _tells_the_present(view, s0, ctx))
        ):
            # "Exports from Russia soared" after Vietnam–Russia trade; "... are expected to reach $1 billion.
            # Currently, Vietnam exports about $320 million worth of textiles annually"
            parties = list(ctx.parties)
        else:
            return None
    if flow != "total":
        exporter = exporter or _other(importer)
        importer = importer or _other(exporter)
        if exporter is None or importer is None:
            flow = "total"
    commodity = _goods_of_figure(view, s0, clause_start, anchor)
    if commodity is None and ctx is not None and not clause_places and (flow, exporter, importer) == ctx.flow:
        commodity = ctx.commodity  # "Seafood exports to Russia fell 20%. Exports dropped by 86% in March"
    if commodity is None and _buys_no_goods(view, clause_start, anchor):
        return None
    if commodity is None and flow != "total" and TRADE_ROLE.search(text, clause_start, anchor.start):
        role = _trade_role(view, clause_start, anchor.start)
        commodity = role[2] if role is not None and role[:2] == (exporter, importer) else None
    return {
        "type": "trade",
        "evidence": view.evidence(s0, s1),
        "flow": flow,
        "exporter": exporter if flow != "total" else None,
        "importer": importer if flow != "total" else None,
        "parties": parties,
        "growth": None,
        "commodity": commodity,
    }


def _other_market_after(view: DocView, figure: Mention) -> bool:
    """Whether the words right after a figure, in its clause, name a third country as its market or origin
    ("$40 billion to the US", "$3 billion from China")."""
    text = view.text
    end = _figure_clause_end(text, figure)
    following = view.within("money", figure.end, end)
    end = following[0].start if following else end  # "$2 billion and $40 billion to the US": the second's
    return any(
        _side(p) == "OTHER" and _MARKET_PREP.search(text, max(figure.end, p.start - 8), p.start)
        for p in view.within("place", figure.end, end)
    )


def _goods_of_figure(view: DocView, s0: int, clause_start: int, anchor: Mention) -> str | None:
    """The commodity of the figure at ``anchor`` from its clause: the goods of its flow word ("rubber
    exports"), else those right after it ("$50 million worth of rice"), else those measured before its
    worth, listed first before it ("items included textiles with") or ranked ("Shrimp was again the main
    export item to Russia, valued at"). A share of a whole in the clause is no part of it, and a dateline
    before the sentence's subject none ("HCM CITY — Seafood exports")."""
    text = view.text
    opening = _subject_start(text, s0, anchor.start)
    start = max(clause_start, opening)
    opens_sentence = clause_start <= opening
    clause = without_shares(text[start : anchor.start])
    named = _may_hold(FLOW_HINT, text, start, anchor.start)
    commodity = (
        _commodity(clause, opens_sentence=opens_sentence) if named else None
    ) or commodity_after_figure(text[anchor.end : anchor.end + 80])
    return (
        commodity
        or goods_worth(clause)
        or first_listed_goods(clause)
        or ranked_goods(clause, opens_sentence=opens_sentence)
        or _earning_goods(view, s0, clause_start, anchor)
    )


def _earning_goods(view: DocView, s0: int, clause_start: int, figure: Mention) -> str | None:
    """The goods that earned the figure, as the subject of its verb, where the market in focus is one side
    ("Phones and components, for instance, raked in nearly $5 million", "..., while machinery earned"):
    their exports to that market; None for any other subject ("Vinamilk earned", "the company earned").
    A capitalised first word opening the sentence must be one of the hand list's goods ("Coffee")."""
    text = view.text
    start = max(clause_start, _subject_start(text, s0, figure.start))
    if not _may_hold(EARNING_HINT, text, start, figure.start):
        return None
    clause = text[start : figure.start]
    earning = GOODS_EARNING.search(clause)
    if earning is None or _market_in_focus(view, figure.start) is None:
        return None
    goods = earning.group("goods")
    if goods[:1].isupper():
        if earning.start("goods") != 0 and not clause[: earning.start("goods")].endswith(", "):
            return None
        first = goods.split()[0].rstrip(",").lower()
        if first not in COMMODITIES:
            return None
        goods = goods[:1].lower() + goods[1:]
    return continued_goods(goods)


def _subject_start(text: str, s0: int, end: int) -> int:
    """Where a sentence's own words start: after a dateline ("HCM CITY —", "Hanoi (VNA) –")."""
    dateline = DATELINE.match(text, s0, end)
    return dateline.end() if dateline else s0


def _continued_flow(clause: str, previous: dict[str, Any] | None, tail: str) -> dict[str, Any] | None:
    """The fields of a figure of other goods coordinated after a flow's figure in its sentence, which keeps
    that flow: "shipped rice worth $52 million to Russia and 30,000 tonnes of coffee worth $140 million",
    listed after it ("items included textiles with $616 million, up 120%; coffee with $236 million"), or
    named as a part of it ("imported goods worth $1.3 billion from Russia, including coal ($400 million)",
    "..., of which $300 million of rubber"). ``tail``: the words after the figure."""
    if previous is None or previous["flow"] == "total":
        return None
    if _OTHER_WAY[previous["flow"]].search(clause):
        return None  # "exported $2.6 billion worth of phones, ..., while importing $2 billion worth of coal"
    coordinated = GOODS_CONTINUATION.fullmatch(clause)
    goods = continued_goods(coordinated.group("goods")) if coordinated else None
    if goods is None and previous.get("commodity") is not None:
        goods = next_listed_goods(clause)
        if goods is None and NEXT_FIGURE_OF_GOODS.match(clause):
            goods = commodity_after_figure(tail)  # "including $600 million of textiles and $300 million of"
    if goods is None and _names_a_part(clause):
        goods = first_listed_goods(clause) or commodity_after_figure(tail)
    if goods is None:
        return None
    return _subject_of(previous, commodity=goods)


def _other_ways_partner(view: DocView, figure: Mention, *, is_export: bool) -> str | None:
    """The side a sentence names as the partner of the other way's flow after a side's own flow: "Vietnamese
    exports were worth $3.2 billion, ..., while imports from Russia came to $2.3 billion" (exports to
    Russia, then); None if none."""
    s1 = view.sents[view.sentence_of(figure.start)][1]
    for p in view.within("place", figure.end, s1):
        if p.data["side"] in SIDES and _OTHER_WAY_BEFORE[is_export].search(
            view.text, max(0, p.start - 25), p.start
        ):
            return p.data["side"]
    return None


# The other way's flow with its partner, right before the partner: "while imports from (Russia)".
_OTHER_WAY_BEFORE = {
    True: re.compile(r"(?i)\bimports?\s(?:\w+\s)?from\s(?:the\s)?$"),
    False: re.compile(r"(?i)\bexports?\s(?:\w+\s)?to\s(?:the\s)?$"),
}


# A flow of the other way between two figures: the second is not the first's goods.
_OTHER_WAY = {
    "export": re.compile(r"(?i)\b(?:import(?:s|ed|ing)?|bought|buying|purchas(?:es|ed|ing))\b"),
    "import": re.compile(r"(?i)\b(?:export(?:s|ed|ing)?|sold|selling)\b"),
}


def _market_item(view: DocView, s0: int, item_start: int, anchor: Mention) -> dict[str, Any] | None:
    """The fields of a figure listed with its market after a flow's head ("Vietnam's top export markets
    included the US with $120 billion, China with $60 billion and Russia with $3 billion", "shipments to
    markets such as Brazil (48.6% increase) and Russia (72.8%)"): the head's flow to (from) that side; a
    ``flow`` of None for a third country's item (no fact); None when the figure is no such item."""
    text = view.text
    clause = text[item_start : anchor.start]
    listed = LIST_ITEM.search(clause)
    spans = [listed.span("goods")] if listed is not None else first_items(clause)[:1]
    if not spans:
        return None
    start, end = item_start + spans[0][0], item_start + spans[0][1]
    place = _named_place(view, start, end)
    head = _flow_word_before(view, s0, start) if place is not None else None
    if place is None or head is None or not MARKETS_HEAD.search(text, head[2], start):
        return None
    side = _side(place)
    if side not in SIDES:
        return {"flow": None}
    is_export, word_at, _ = head
    owner = _owner(view, max(s0, word_at - 40), word_at) or _other(side)
    exporter, importer = (owner, side) if is_export else (side, owner)
    if exporter == importer:
        return {"flow": None}
    return {
        "type": "trade",
        "flow": "export" if is_export else "import",
        "exporter": exporter,
        "importer": importer,
        "parties": ["RU", "VN"],
        "growth": None,
        "commodity": _head_goods(without_shares(text[s0:start])),
    }


def _head_goods(head: str) -> str | None:
    """The goods of a list's head: those of its last flow word, else of its first ("Shrimp exports climbed
    on stronger demand from markets such as")."""
    first = COMMODITY_FLOW.search(head)
    return _commodity(head, opens_sentence=True) or (
        _commodity(head[: first.end()], opens_sentence=True) if first is not None else None
    )


def _named_place(view: DocView, start: int, end: int) -> Mention | None:
    """The place whose name is all of [start, end) (after "the"): a market listed ("the US", "Russia")."""
    text = view.text
    places = view.within("place", start, end)
    if len(places) != 1 or text[places[0].end : end].strip():
        return None
    lead = text[start : places[0].start].strip().lower()
    return places[0] if lead in ("", "the") else None


def _names_a_part(clause: str) -> bool:
    """Whether the words between a flow's figure and the next name the next as a part of the first:
    "..., including (coal)", "..., of which": an opener of parts, and no trade word of a flow of its own."""
    opener = PART_OPENER.search(clause)
    return opener is not None and TRADE_WORD.search(clause) is None


def _buys_no_goods(view: DocView, clause_start: int, anchor: Mention) -> bool:
    """Whether the figure's flow is a purchase that names no goods ("Masan bought 2 million shares of a
    Russian firm for $5 million", "bought $300 million worth of Russian bonds"): no trade. Called only when
    no commodity was found."""
    word = _flow_word_before(view, clause_start, anchor.start)
    if word is None or not PURCHASE_VERB.fullmatch(view.text, word[1], word[2]):
        return False
    return GOODS_WORD.search(view.text, word[2], anchor.end + FIGURE_TAIL) is None


def _commodity(clause: str, *, opens_sentence: bool) -> str | None:
    """The kind of goods of the clause's flow ("fruit and vegetable exports"); with no flow noun, one of the
    hand list named with "shipped"/"sold" ("rubber goods shipped to Russia"); None for all goods."""
    if COMMODITY_FLOW.search(clause):
        return commodity_in(clause, opens_sentence=opens_sentence)
    named = COMMODITY.search(clause)
    return (named.group("c") or named.group("c2")).lower() if named else None


def _pair_of_others(view: DocView, s0: int) -> bool:
    """Whether the pair of parties the story named last before the sentence at ``s0`` is not Vietnam and
    Russia ("PM praises ASEAN-Russia ties ..."): then its "bilateral trade" is theirs."""
    pair = view.context.pair_at(s0)
    return pair is not None and set(pair) != set(SIDES)


def _names_its_market(flow: str, exporter: str | None, importer: str | None) -> bool:
    """Whether a flow names where it went ("exports to Russia") or came from ("imports from Vietnam").
    "Vietnam exported $1 billion worth of rubber" names only its owner: exports to the whole world."""
    return (flow == "export" and importer is not None) or (flow == "import" and exporter is not None)


def _may_hold(hint: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """False when ``text[start:end]`` holds none of the words of ``hint`` in any case: then no pattern
    each of whose matches holds one of them can match there (True when that cannot be told).

    The words, as one prefix tree, are looked for in the document's lower-cased copy (``literal_scan``
    makes it once per document): one plain scan of the clause costs much less than the rule's regex
    (and than a ``str.find`` per word), and most clauses hold none.
    """
    words = _hint_words(hint)
    folded = literal_scan.folded_text(text)
    if words is None or folded is None:
        return True
    return words.search(folded, start, end) is not None


# The words of each hint as one regex, compiled once per hint (by its pattern text: a string keeps its
# hash, where a compiled pattern's hash reads all its code).
_HINT_WORDS: dict[str, re.Pattern[str] | None] = {}


def _hint_words(hint: re.Pattern[str]) -> re.Pattern[str] | None:
    if hint.pattern not in _HINT_WORDS:
        words = literal_scan.literal_starts(hint)
        _HINT_WORDS[hint.pattern] = re.compile(strings_alternation(words)) if words else None
    return _HINT_WORDS[hint.pattern]


def _side(p: Mention) -> str:
    return p.data["side"]


def _both_sides(places: list[Mention]) -> bool:
    return {_side(p) for p in places} >= set(SIDES)


def _other(side: str | None) -> str | None:
    return {"VN": "RU", "RU": "VN"}.get(side or "")


def _parties(
    places: list[Mention],
    exporter: str | None,
    importer: str | None,
    *,
    cities: frozenset[Mention] | None = None,
) -> list[str] | None:
    """['RU', 'VN'], or a city standing for its side (['Moscow', 'VN']); None if a side is missing.
    ``cities``: the cities that may stand so (by default any); any other counts as its side."""
    chosen: dict[str, str] = {}
    for p in places:
        side = _side(p)
        if side not in SIDES:
            continue
        name = p.data["name"] if p.label == "CITY" and (cities is None or p in cities) else side
        # A city in the trade phrase is the party ("trade between Moscow and Vietnam");
        # but a country named after a city of its own side wins ("Hanoi ... Vietnam-Russia trade").
        chosen[side] = name
    for side in (exporter, importer):
        if side in SIDES:
            chosen.setdefault(side, side)
    if set(chosen) != set(SIDES):
        return None
    return sorted(chosen.values())


def _trade_phrase_start(text: str, s0: int, end: int) -> int:
    """Where the phrase of the last trade word before ``end`` starts: after the last clause break before
    the word. A third country named before that break is in another clause ("Now that Vietnam's FTA with
    the EAEU is in force, both governments aim to raise two-way trade to $15 billion")."""
    word = _last(TRADE_WORD, text[s0:end])
    if word is None:
        return s0
    breaks = list(PHRASE_BREAK.finditer(text, s0, s0 + word.start()))
    return breaks[-1].end() if breaks else s0


def _cities_of_trade(view: DocView, places: list[Mention], s0: int, end: int) -> frozenset[Mention]:
    """The cities named in the phrase of a trade word before ``end``, which are the trade's parties ("trade
    between Moscow and Vietnam", "Kaluga province's trade with Vietnam"): near the word, with no clause
    break between. Not a speaker's post ("the consul general in HCMC, X, said trade ...") nor a dateline
    ("Hanoi (VNA) – Exports ...")."""
    cities = [p for p in places if p.label == "CITY"]
    if not cities:
        return frozenset()
    text = view.text
    words = [(w.start(), w.end()) for w in TRADE_WORD.finditer(text, s0, end)]
    return frozenset(p for p in cities if any(_in_phrase(text, p, w0, w1) for w0, w1 in words))


def _in_phrase(text: str, p: Mention, word_start: int, word_end: int) -> bool:
    gap = text[p.end : word_start] if p.end <= word_start else text[word_end : p.start]
    return len(gap) <= PHRASE and PHRASE_BREAK.search(gap) is None


def _direction(
    view: DocView,
    clause_start: int,
    figure: Mention,
    s0: int,
    ctx: TradeContext | None = None,
    previous: dict[str, Any] | None = None,
) -> tuple[str, str | None, str | None]:
    """('export'|'import'|'total', exporter, importer) from the words before a figure, else the flow
    word right after it ("Vietnam earned $1.7 billion from exports to Russia"); UNRESOLVED for a flow
    of "its"/"the country" whose side cannot be told."""
    text = view.text
    end = figure.start
    word = _flow_word_before(view, clause_start, end)
    pronoun = counterpart = None
    unowned = False  # a flow in the breakdown of trade whose owner is not told
    if word is None:
        after = FLOW_AFTER_MONEY.match(text, figure.end, figure.end + 40)
        goods_flow = goods_flow_after_figure(text[figure.end : figure.end + 60]) if after is None else None
        if after is None and goods_flow is None:
            earning = _earning_goods(view, s0, clause_start, figure)
            if earning is not None:
                market = _market_in_focus(view, figure.start)
                return "export", _other(market), market
            return _role_as_trade_word(view, clause_start, figure.start) or ("total", None, None)
        is_export = after.group("w").lower().startswith("export") if after else goods_flow[0]
        owner = _only_side(view, clause_start, end)
        word_end = figure.start  # the market is looked for after the figure
    else:
        is_export, word_at, word_end = word
        if _is_world_flow(text, word_at, word_end, figure):
            return UNRESOLVED, None, None  # "while global exports hit $300 billion"
        owner = _owner(view, max(clause_start, word_at - 40), word_at)
        if owner is None and ELABORATION.match(text, s0) and view.text.find("its", s0, word_at) == -1:
            owner = view.context.owner_at(word_at)  # "Of which, exports were ...": the side told before
        pronoun = FLOW_PRONOUN.search(text, max(s0, word_at - 40), word_at) if owner is None else None
        if pronoun is not None and _opens_clause(text, s0, pronoun):
            owner = _pronoun_side(view, s0, pronoun, previous, ctx)  # None: as if no owner were named
        elif pronoun is not None:
            owner = _speaker_side(view, s0, pronoun)
            if owner is None:
                return UNRESOLVED, None, None  # "Vinamilk said its imports ...": a company's flow
        elif owner is None and previous is not None and COORDINATED_FLOW.search(text, clause_start, word_at):
            owner = _owner_of(previous)  # "Exports from Russia rose to $1 billion, while imports ..."
            counterpart = _partner_of(previous)  # ... (from Vietnam), the market of the flow before
        elif owner is None and previous is not None and BREAKDOWN_OPENER.search(text, clause_start, word_at):
            owner = _owner_of_total(view, s0, clause_start)  # "Vietnam's turnover ..., of which exports"
            counterpart = _other(owner)
            unowned = owner is None
    if MUTUAL.search(text, word_end, figure.start):
        return "total", None, None  # "their exports to each other"
    referred = _referred_market(owner, previous, ctx) or _market_in_focus(view, word_end)
    to_side, from_side, described = _market_sides(view, word_end, figure, referred)
    if "OTHER" in (to_side, from_side):
        return UNRESOLVED, None, None  # "exports to the EEU, which includes Russia"
    if described and not _may_refer_to(view, s0, word_end, referred, ctx):
        return UNRESOLVED, None, None  # "exports to the US ..., while its imports from the country"
    if unowned and to_side is None and from_side is None:
        return UNRESOLVED, None, None  # "trade between Vietnam and Russia ..., of which exports": whose?
    if is_export:
        exporter, importer = from_side or owner, to_side or _indirect_object(view, word_end, figure.start)
        importer = importer or counterpart or _partner_after(view, figure, exporter)
    else:
        importer, exporter = to_side or owner, from_side or _origin_after(view, figure)
        exporter = exporter or counterpart or _partner_after(view, figure, importer)
    if exporter is None and importer is None:
        role = _trade_role(view, clause_start, figure.start)
        if role is None and word is not None and is_export and not described:
            role = _goods_export_in_focus(view, s0, clause_start, figure, word[1])
        if role is None:
            bare = (
                word is not None and not described and not _names_an_owner(view, clause_start, figure.start)
            )
            # "Exports dropped by 86%", not "Vietnam's coal imports were $629 million" (its own, all markets)
            if bare:
                goods = ctx is not None and _goods_of_figure(view, s0, clause_start, figure) is not None
                return _flow_in_focus(is_export, ctx, goods=goods)
            # a flow of an owner with its partner is their trade: "the export turnover of the Russian
            # capital with Vietnam's provinces"; else its own with all markets ("as exports reached ...")
            return (
                ("total", None, None)
                if _partner_with(view, word_end, figure.start)
                else (UNRESOLVED, None, None)
            )
        exporter, importer, _ = role
    if exporter == importer:
        return "total", None, None
    if (importer if is_export else exporter) is None and (exporter if is_export else importer) in SIDES:
        # "Vietnamese exports were worth $3.2 billion, ..., while imports from Russia came to $2.3 billion"
        partner = _other_ways_partner(view, figure, is_export=is_export)
        if partner is not None and partner != (exporter if is_export else importer):
            exporter, importer = (exporter, partner) if is_export else (partner, importer)
    return ("export" if is_export else "import"), exporter, importer


def _partner_after(view: DocView, figure: Mention, owner: str | None) -> str | None:
    """The other side of a side's flows, named after their figures as its partner in trade: "Vietnam
    exported $2.1 billion and imported $1.5 billion in trade with Russia" (to and from Russia)."""
    if owner is None:
        return None
    text = view.text
    s1 = view.sents[view.sentence_of(figure.start)][1]
    if not _may_hold(TRADE_WITH_HINT, text, figure.end, s1):
        return None
    for p in view.within("place", figure.end, s1):
        if TRADE_WITH_BEFORE.search(text, max(figure.end, p.start - 40), p.start):
            return _side(p) if _side(p) == _other(owner) else None
    return None


def _partner_with(view: DocView, start: int, end: int) -> bool:
    """Whether [start, end) names a side as a partner, after "with" ("... with Vietnamese localities")."""
    text = view.text
    return any(
        _side(p) in SIDES and PARTNER_WITH.search(text, max(start, p.start - 10), p.start)
        for p in view.within("place", start, end)
    )


def _is_world_flow(text: str, word_at: int, word_end: int, figure: Mention) -> bool:
    """Whether a flow word names a side's trade with the whole world: "global exports", "world imports",
    "exports to the world", "shipped fertiliser overseas"."""
    if WORLD_BEFORE.search(text, max(0, word_at - 20), word_at):
        return True
    stop = _figure_clause_end(text, figure)
    return bool(
        WORLD_MARKET.search(text, word_end, figure.start) or WORLD_MARKET.search(text, figure.end, stop)
    )


def _owner_of_total(view: DocView, s0: int, end: int) -> str | None:
    """The side owning the trade of all flows told before ``end`` in its sentence, by its possessive:
    "Vietnam's import-export turnover with Russia was $2.3 billion" is Vietnam's."""
    word = _last(TRADE_WORD, view.text[s0:end])
    if word is None:
        return None
    at = s0 + word.start()
    owner = _owner(view, max(s0, at - 40), at)
    places = view.within("place", max(s0, at - 40), at)
    possessive = bool(places) and (
        places[-1].text.endswith(("'s", "’s")) or POSSESSIVE_AFTER.match(view.text, places[-1].end)
    )
    return owner if possessive else None


def _goods_export_in_focus(
    view: DocView, s0: int, clause_start: int, figure: Mention, word_at: int
) -> tuple[str, str, None] | None:
    """(exporter, importer, None) of a commodity's exports that name no side, told where the market in
    focus is one side ("exports of squid, crab and tuna to Russia managed to expand, with tuna exports
    climbing 58%"; "Exports of snapper rose 6% to $14.6 million" after it): to that market from the other.
    None for exports of all goods ("Exports rose 5%"), or with a side named otherwise than as a market."""
    if _names_an_owner(view, clause_start, figure.start):
        return None
    market = _market_in_focus(view, word_at)
    if market is None or _goods_of_figure(view, s0, clause_start, figure) is None:
        return None
    exporter = _other(market)
    return (exporter, market, None) if exporter is not None else None


def _names_an_owner(view: DocView, start: int, end: int) -> bool:
    """Whether [start, end) names a place otherwise than as a flow's market ("Vietnam's tuna exports", not
    "exports of tuna to Russia")."""
    text = view.text
    return any(
        FOCUS_MARKET_BEFORE.search(text, max(start, p.start - 12), p.start) is None
        and FOCUS_MARKET_AFTER.match(text, p.end, p.end + 20) is None
        for p in view.within("place", start, end)
    )


def _trade_role(
    view: DocView, start: int, end: int, *, partner_named: bool = False
) -> tuple[str, str, str | None] | None:
    """(exporter, importer, commodity) of a side's role in the other's trade named in [start, end):
    "Russia was Vietnam's largest supplier of wheat", "Vietnam is Russia's top buyer of coal"; None if
    none, or if its sides cannot both be told. ``partner_named``: the partner must be named (by "'s", as
    the market after the role, or as the goods' origin: "the largest importer of Vietnamese coffee"), not
    taken for the other side: "Russia was the 19th largest importer of plywood" ranks it in the
    world."""
    text = view.text
    role = _last(TRADE_ROLE, text[start:end]) or _last(MARKET_ROLE, text[start:end])
    if role is None:
        return None
    at = start + role.start()
    holder = partner = None
    for p in view.within("place", start, at):
        if _side(p) not in SIDES:
            return None  # "Russia was India's largest supplier of oil"
        if POSSESSIVE_AFTER.match(text, p.end):
            partner = partner or _side(p)
        elif holder is None:
            holder = _side(p)
    market = _role_market(view, start + role.end(), end)
    if market == "OTHER":
        return None  # "Vietnam was the largest supplier of rice to the Philippines"
    partner = partner or market or _goods_origin(view, start + role.end(), end)
    if holder is None or holder == partner or (partner_named and partner is None):
        return None
    partner = partner or _other(holder)
    if role.re is MARKET_ROLE:
        goods = None  # "Vietnam's 17th biggest export market": all goods
    elif role.group("to"):
        goods = goods_before(text[start:at])  # "the third biggest tuna supplier to"
    else:
        goods = commodity_of_role(text[start + role.end() : end])
    return (holder, partner, goods) if role.group("seller") else (partner, holder, goods)


def _role_as_trade_word(view: DocView, start: int, end: int) -> tuple[str, str, str] | None:
    """(flow, exporter, importer) of a side's role that is the trade word of a figure ("Vietnam was the
    fourth largest supplier of mango to Russia, worth $807,000": an export; "Russia was the 10th largest
    importer of Vietnamese coffee, with a value of": an import); None when another trade word leads to the
    figure ("Russia was Vietnam's largest supplier of wheat, while bilateral trade reached $5 billion")."""
    last = _last(TRADE_WORD, view.text[start:end])
    if last is None or not ROLE_WORD.fullmatch(last.group(0)):
        return None
    role = _trade_role(view, start, end, partner_named=True)
    if role is None:
        return None
    buys = last.group(0).lower().startswith(("import", "buy", "purchas"))
    return ("import" if buys else "export"), role[0], role[1]


def _goods_origin(view: DocView, start: int, end: int) -> str | None:
    """The side named first in the goods of a role, as their origin: "(importer of) Vietnamese coffee"."""
    first = next(iter(view.within("place", start, end)), None)
    if first is None or view.text[start : first.start].strip():
        return None
    return _side(first) if _side(first) in SIDES else None


def _role_market(view: DocView, start: int, end: int) -> str | None:
    """The side (or "OTHER") a seller's role names as its market after it: "supplier of mango to Russia"."""
    text = view.text
    for p in view.within("place", start, end):
        if FOCUS_MARKET_BEFORE.search(text, max(start - 4, p.start - 12), p.start):
            return _side(p)
    return None


def _pronoun_side(
    view: DocView, s0: int, pronoun: re.Match[str], previous: dict[str, Any] | None, ctx: TradeContext | None
) -> str | None:
    """The side "its"/"their" at the start of a clause stands for: the owner of the flow before it in the
    sentence ("Vietnam's exports to Russia ..., while its imports"), else the side the sentence opens
    with ("Vietnam shipped ..., and its imports"), else, opening the sentence, the owner of the flow of the
    sentence before ("Russia's imports from Vietnam rose. Its exports ..."); None if none of these."""
    text = view.text
    owner = _owner_of(previous) if previous is not None else None
    if owner is not None:
        return owner
    first = next((p for p in view.within("place", s0, pronoun.start())), None)
    if first is not None and _side(first) in SIDES and SUBJECT_LEAD.fullmatch(text, s0, first.start):
        return _side(first)
    if pronoun.start() == s0 and ctx is not None:
        return _other(ctx.partner)
    return None


def _opens_clause(text: str, s0: int, pronoun: re.Match[str]) -> bool:
    """Whether the pronoun opens its sentence or clause ("Its exports", "..., while its imports")."""
    at = pronoun.start()
    return at == s0 or CLAUSE_OPENING.search(text[max(s0, at - 12) : at]) is not None


def _speaker_side(view: DocView, s0: int, pronoun: re.Match[str]) -> str | None:
    """The side a pronoun inside its clause stands for: the side named last before it with no other name
    in between ("Vietnam said its imports"); None for a company's ("Vinamilk said its imports")."""
    text = view.text
    places = view.within("place", max(s0, pronoun.start() - 60), pronoun.start())
    if not places or _side(places[-1]) not in SIDES:
        return None
    return None if CAPITALISED.search(text, places[-1].end, pronoun.start()) else _side(places[-1])


def _may_refer_to(view: DocView, s0: int, end: int, side: str | None, ctx: TradeContext | None) -> bool:
    """Whether "the country" in [s0, end) may stand for ``side``: named before it in the sentence (or a
    party of the trade of the sentence before), and no country of neither side named there (a bloc is
    none): "Vietnam's exports to the US ..., while its imports from the country" is not Russia."""
    places = view.within("place", s0, end)
    if side is None or any(_side(p) not in SIDES and p.label != "BLOC" for p in places):
        return False
    if any(_side(p) == side for p in places) or (ctx is not None and side in ctx.parties):
        return True
    return side == _market_in_focus(view, s0)  # "Seafood exports to Russia rose. Exports to the market"


def _owner_of(fact: dict[str, Any]) -> str | None:
    """The side whose flow a fact tells: the exporter of exports, the importer of imports."""
    return {"export": fact.get("exporter"), "import": fact.get("importer")}.get(fact["flow"])


def _referred_market(
    owner: str | None, previous: dict[str, Any] | None, ctx: TradeContext | None
) -> str | None:
    """The side "the country"/"this market" stands for as a flow's market: the side other than the flow's
    owner, else the market of the flow before it in the sentence, else that of the sentence before."""
    if owner is not None:
        return _other(owner)
    partner = _partner_of(previous) if previous is not None else None
    return partner or (ctx.partner if ctx is not None else None)


def _flow_word_before(view: DocView, clause_start: int, end: int) -> tuple[bool, int, int] | None:
    """(is it an export, where it starts, where it ends) of the last flow word in the clause before a
    figure; None for none, or for a flow both ways ("exports and imports")."""
    text = view.text
    if not _may_hold(FLOW_HINT, text, clause_start, end):  # most clauses: no need to search them
        return None
    clause = without_shares(text[clause_start:end])
    if BOTH_WAYS.search(clause):
        return None
    exp = list(EXPORT_WORD.finditer(clause))
    imp = list(IMPORT_WORD.finditer(clause))
    if not exp and not imp:
        return None
    last = max([*exp, *imp], key=lambda m: m.start())
    return last in exp, clause_start + last.start(), clause_start + last.end()


def _only_side(view: DocView, start: int, end: int) -> str | None:
    """The one side named in [start, end) ("Vietnam earned ..."), else None."""
    sides = {_side(p) for p in view.within("place", start, end)}
    return sides.pop() if len(sides) == 1 and sides <= set(SIDES) else None


def _market_sides(
    view: DocView, word_end: int, figure: Mention, referred: str | None
) -> tuple[str | None, str | None, bool]:
    """(to, from, described): the sides a flow word leads to and comes from, named between it and its
    figure ("exports to Russia were $2 billion"), else right after the figure ("exported $2.5 billion worth
    of goods to Russia"); "to the country", "to this market" stand for ``referred`` (``_referred_market``).
    ``described``: the market was so described (and so is unknown if ``referred`` is None)."""
    text = view.text
    to_side, from_side = _sides_by_preposition(view, word_end, figure.start)
    if to_side is not None or from_side is not None:
        return to_side, from_side, False
    # Within the figure's own clause: "$370 billion in 2022, of which exports to Russia ..." is not.
    stop = _figure_clause_end(text, figure)
    market = MARKET_ANAPHOR.search(text, word_end, figure.start) or MARKET_ANAPHOR.search(
        text, figure.end, stop
    )
    if market is not None and view.within("place", market.start(), market.end()):
        market = None  # "to the Russian market" names its side
    if market is not None:
        into = market.group(1).lower() != "from"
        return (referred, None, True) if into else (None, referred, True)
    to_side, from_side = _sides_by_preposition(view, figure.end, stop)
    following = _coordinated_figure_after(view, figure) if to_side is None and from_side is None else None
    if following is not None:  # "exported coffee worth $150 million and rice worth $12 million to Russia"
        to_side, from_side = _sides_by_preposition(view, following.end, _figure_clause_end(text, following))
    return to_side, from_side, False


def _coordinated_figure_after(view: DocView, figure: Mention) -> Mention | None:
    """The figure of other goods coordinated right after ``figure`` ("$150 million and 20,000 tonnes of rice
    worth $12 million"), whose market, named after it, is the first's too."""
    following = next(iter(view.within("money", figure.end, figure.end + FIGURE_TAIL + 40)), None)
    if following is None or not GOODS_CONTINUATION.fullmatch(view.text, figure.end, following.start):
        return None
    return following


def _figure_clause_end(text: str, figure: Mention) -> int:
    """Where the clause of a figure ends after it (a comma, a semicolon, a full stop), within FIGURE_TAIL."""
    tail = text[figure.end : figure.end + FIGURE_TAIL]
    stop = min((i for i in (tail.find(","), tail.find(";"), tail.find(". ")) if i != -1), default=len(tail))
    return figure.end + stop


def _indirect_object(view: DocView, word_end: int, end: int) -> str | None:
    """The side a sale or supply went to, named right after its verb as indirect object ("Rosatom supplied
    Vietnam with nuclear fuel worth", "sold Russia 12,000 tonnes of cashews")."""
    first = next(iter(view.within("place", word_end, end)), None)
    if first is None or _side(first) not in SIDES or view.text[word_end : first.start].strip():
        return None
    return _side(first) if INDIRECT_OBJECT.match(view.text, first.start) else None


def _origin_after(view: DocView, figure: Mention) -> str | None:
    """The side whose goods an import's figure is worth, named right after it as their origin ("$300
    million worth of Russian wheat", "$1 billion on Russian fertiliser imports"), within its clause."""
    text = view.text
    for p in view.within("place", figure.end, _figure_clause_end(text, figure)):
        if (
            _side(p) in SIDES
            and ORIGIN_BEFORE.search(text, max(figure.end, p.start - 12), p.start)
            and GOODS_AFTER_ORIGIN.match(text, p.end)
        ):
            return _side(p)
    return None


def _sides_by_preposition(view: DocView, start: int, end: int) -> tuple[str | None, str | None]:
    """(to, from): the first side named after "to"/"into" and after "from" in [start, end); "OTHER" when a
    third party is named so first ("exports to the EEU, which includes Russia": no side's market)."""
    text = view.text
    to_side = from_side = None
    for p in view.within("place", start, end):
        if _side(p) not in SIDES:
            market = _MARKET_PREP.search(text, max(start, p.start - 10), p.start)
            if market is not None and to_side is None and from_side is None:
                return ("OTHER", None) if "from" not in market.group(0).lower() else (None, "OTHER")
            continue
        prep = text[max(start, p.start - 12) : p.start].lower()
        if ("to " in prep or "into " in prep) and to_side is None:
            to_side = _side(p)
        elif "from " in prep and from_side is None:
            from_side = _side(p)
    return to_side, from_side


def _owner(view: DocView, start: int, end: int) -> str | None:
    """The side owning a flow word: "Vietnam's exports", "Russia exported", "Russian imports"."""
    places = [p for p in view.within("place", start, end) if _side(p) in SIDES]
    if not places:
        return None
    last = places[-1]
    gap = view.text[last.end : end]
    # "Vietnam's exports", "Russia's total imports", "Russia exported", "Vietnamese exports"
    if OWNER_GAP.fullmatch(gap):
        return _side(last)
    possessive = last.text.endswith(("'s", "’s")) or POSSESSIVE_AFTER.match(gap) is not None
    # "Vietnam's coffee exports"
    return _side(last) if possessive and OWNER_GOODS_GAP.fullmatch(gap) else None


def _period(
    view: DocView,
    s0: int,
    s1: int,
    m: Mention,
    moneys: list[Mention],
    clause_start: int | None = None,
    *,
    after_only: bool = False,
    candidates: list[Mention] | None = None,
) -> dict[str, Any] | None:
    """The period of a figure: right after it, right before it, in its clause, else later in the sentence.

    A figure with none of these inherits the period of the figure before it in the sentence
    ("in the first 11 months ... $4.15 billion, of which exports were $2.03 billion"). ``after_only``:
    only right after it (a base of a comparison: what stands before it is the compared figure's).
    ``candidates``: ``_period_dates`` of the sentence, when read already.
    """
    text = view.text
    if after_only:  # the base's own date is the base of the comparison: "in the same period of 2023"
        after = [d for d in view.within("date", m.end, s1) if _is_period_like(d) and d.start - m.end <= NEAR]
        return _to_period(view, after[0]) if after and not _crosses_money(after[0], m, moneys) else None
    if candidates is None:
        candidates = _period_dates(view, s0, s1)
    dates = [d for d in candidates if not _crosses_money(d, m, moneys)]
    chosen = _chosen_date(text, dates, m, clause_start, s0)
    if chosen is None:
        return None
    joint = _joint_months(view, chosen, s0, s1)
    if joint is not None:
        return joint
    return _to_period(view, chosen, _year_before(view, dates, chosen))


def _period_dates(view: DocView, s0: int, s1: int) -> list[Mention]:
    """The dates in [s0, s1) that may be the period of a figure there: not a day, nor a comparison's base."""
    return [d for d in view.within("date", s0, s1) if _is_period_like(d) and not _is_comparison_base(view, d)]


def _joint_months(view: DocView, chosen: Mention, s0: int, s1: int) -> dict[str, Any] | None:
    """The span of two months in a row joined by "and", when the figure's period is one of them and the
    sentence does not share them out ("In March and April, businesses exported ... reaching $25 million":
    March to April); None otherwise."""
    if chosen.label != "DATE" or RESPECTIVELY.search(view.text, s0, s1):
        return None
    for d1, d2 in _coordinated_dates(view, s0, s1):
        if chosen not in (d1, d2) or d1.data.get("day") is not None or d2.data.get("day") is not None:
            continue
        m1, m2 = d1.data.get("month"), d2.data.get("month")
        last = _to_period(view, d2)
        if m1 is None or m2 != m1 + 1 or last is None or not last.get("start"):
            return None
        start = f"{last['start'][:4]}-{m1:02d}"
        return {"start": start, "end": last["end"], "text": view.text[d1.start : d2.end]}
    return None


def _chosen_date(
    text: str, dates: list[Mention], m: Mention, clause_start: int | None, s0: int
) -> Mention | None:
    # not across the opening of the next clause: "to $4.2 billion, and in January-June 2024, it rose"
    after = [
        d for d in dates if 0 <= d.start - m.end <= NEAR and not NEXT_CLAUSE.search(text, m.end, d.start)
    ]
    if after:
        return after[0]
    before = [d for d in dates if 0 <= m.start - d.end <= NEAR]
    if before:
        return before[-1]
    own = [
        d for d in dates if (clause_start if clause_start is not None else s0) <= d.start and d.end <= m.start
    ]
    if own:
        return own[-1]
    if clause_start is not None and clause_start > s0:
        return None  # let the caller inherit the previous figure's period
    # "with a value of $15.6 million, accounting for 83% of the total in 2022": the year of the total.
    later = [d for d in dates if d.start >= m.end and not SHARE.search(text, m.end, d.start)]
    return later[0] if later else None


def _year_before(view: DocView, dates: list[Mention], d: Mention) -> int | None:
    """The year a bare month belongs to, from a year named before it: "last year ... as of November"."""
    if d.label != "DATE" or d.data.get("year") is not None:
        return None
    for other in reversed([x for x in dates if x.end <= d.start]):
        if other.label in ("PERIOD", "RELATIVE") and other.data.get("month") is None:
            start, _ = view.span_of(other)
            return int(start[:4]) if start else None
    return None


def _is_period_like(d: Mention) -> bool:
    return d.label in ("PERIOD", "RELATIVE") or (d.label == "DATE" and d.data.get("day") is None)


def _crosses_money(d: Mention, m: Mention, moneys: list[Mention]) -> bool:
    lo, hi = sorted((d.start, m.start))
    return any(lo < o.start < hi and o is not m for o in moneys)


def _is_comparison_base(view: DocView, d: Mention) -> bool:
    """'up 26% from 2023', 'compared with last year', 'since 2014', 'up 37% over the first nine months of
    last year' name a base, not the period (the period grammar's reading)."""
    return is_comparison_base(
        view.text,
        d.start,
        d.end,
        prep=d.data.get("prep"),
        part_year=_is_part_year(d),
        earlier_year=_is_earlier_year(view, d),
    )


def _is_earlier_year(view: DocView, d: Mention) -> bool:
    """Whether a date lies in a year before the document's ("of last year", "of 2023" in 2024)."""
    rel, year = d.data.get("rel_year"), d.data.get("year")
    if rel is not None and rel < 0:
        return True
    if year is None:
        return False
    doc_year = view.doc_year()  # only now: it parses the document date
    return doc_year is not None and year < doc_year


def _is_part_year(d: Mention) -> bool:
    return d.label == "PERIOD" and d.data.get("month") is not None


def _to_period(view: DocView, d: Mention, context_year: int | None = None) -> dict[str, Any] | None:
    start, end = view.span_of(d, context_year=context_year)
    if start is None:
        return {"start": None, "end": None, "text": d.text}
    if len(start) == 4:
        start, end = f"{start}-01", f"{start}-12"
    if end is None:
        end = start[:7]
    if _is_running_total_month(d):
        start = f"{start[:4]}-01"
    return {"start": start[:7], "end": end[:7], "text": d.text}


def _is_running_total_month(d: Mention) -> bool:
    return (
        d.label == "DATE"
        and d.data.get("day") is None
        and d.data.get("month") is not None
        and d.data.get("prep") in TO_DATE_PREPOSITIONS
    )


def _status(
    clause: str,
    period: dict[str, Any] | None,
    after: str = "",
    *,
    doc_date: str | None = None,
    tail: str = "",
) -> str:
    """target, forecast or actual from the clause before a figure (and the sentence's end after it).

    A wish or an aim governs the modal after it ("hope trade will hit"); an expectation named after the
    wish is nearer the figure and wins ("trade, which the sides aim to double, is expected to reach").
    A figure of a year after the document's, with no word of either, is no result but a target
    ("two-way trade of $10 billion by 2030"), and so is a figure that something is to be brought to by a
    year ("two-way trade to $10 billion by 2020") or that the noun after it names so ("the $10 billion
    target"): ``tail`` is the text right after the figure.
    """
    if STRONG_TARGET.search(clause) or TARGET_NOUN_AFTER.match(tail):
        return "target"
    if PAST_RESULT.search(clause):
        return "actual"
    wish = _last(TARGET_WORD, clause)
    expectation = _last(FORECAST, clause)
    if wish is not None and (expectation is None or expectation.start() < wish.start()):
        return "target"
    if expectation is not None or FORECAST_AFTER.search(after):
        return "forecast"
    if TARGET_AFTER.search(after):
        return "target"
    if FORECAST_MODAL.search(clause):
        return "forecast"
    if TARGET.search(RESULT_INFINITIVE.sub(" ", clause)):
        return "target"
    if BY_YEAR_AFTER.match(tail) and TO_FIGURE.search(clause) and not PAST_CHANGE.search(clause):
        return "target"  # "... trade to $7 billion by 2015", with no verb of a result
    return "target" if _is_after(period, doc_date) else "actual"


def _is_after(period: dict[str, Any] | None, doc_date: str | None) -> bool:
    """Whether the period starts in a year after the document's (dates may give only their year)."""
    start = period.get("start") if period else None
    return bool(start and doc_date and start[:4] > doc_date[:4])


def _last(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    last = None
    for last in regex.finditer(text):  # noqa: B007 - the last match is the one kept
        pass
    return last


def _rest_of_sentence(text: str, figure: Mention, moneys: list[Mention], s1: int) -> str:
    """The words after a figure up to the sentence's end, if no other figure follows in it."""
    if any(o.start >= figure.end for o in moneys):
        return ""
    return text[figure.end : s1]


def _attach_growth(
    view: DocView,
    s0: int,
    s1: int,
    moneys: list[Mention],
    facts: list[dict[str, Any]],
    ctx: TradeContext | None = None,
    *,
    of_figure: dict[int, dict[str, Any]],
    bases: frozenset[int] = frozenset(),
) -> None:
    """Give each growth figure to the figure of its clause, or make it a fact of its own. ``of_figure``:
    the fact of each of ``moneys`` that gave one (by ``id``); a growth of a figure that gave none (of a
    third country's trade) is no fact. A change told before a base (``bases``: "up 20% from $1.67 billion")
    is of the figure compared with it."""
    text = view.text
    previous_sign, previous_end = 0, s0
    for p, pct, qualifier, own_sign in _growth_figures(view, s0, s1):
        sign = own_sign or _growth_sign(text, p)
        between_figures = text[previous_end : p.start]
        if sign == 0 and (COORDINATED_GROWTH.search(between_figures) or LIST_ITEM.search(between_figures)):
            sign = previous_sign  # "and by more than 16%", "Brazil (48.6% increase) and Russia (72.8%)"
        if sign == 0:
            continue
        item_start = previous_end  # a growth listed with its market: "Brazil (48.6%) and Russia (72.8%)"
        previous_sign, previous_end = sign, p.end
        owner = _figure_for(text, p, moneys)
        k = next((k for k, m in enumerate(moneys) if m is owner), None)
        if k in bases and p.start < owner.start:
            owner = moneys[k - 1]
        fact = of_figure.get(id(owner)) if owner is not None else None
        if fact is not None and fact["growth"] is None:
            if not _over_many_years(text, p, fact.get("period")):
                fact["growth"] = _growth(text, p, sign * pct, qualifier)
            continue
        if owner is not None or _is_rate_or_range(text, p):
            continue
        if not _subject_words(text[s0 : p.start], ctx):
            continue
        # a clause of its own after a figure: "Exports to Russia rose to $2 billion and imports grew 10%"
        opened = [m for m in moneys if m.end <= p.start and _opens_own_change(text, m.end, p.start)]
        clause_start, previous = (opened[-1].end, of_figure.get(id(opened[-1]))) if opened else (s0, None)
        base = _base_fact(view, s0, s1, clause_start, p, ctx, previous, item_start=item_start)
        if base is None:
            continue
        if ctx is not None and _refers_back(text, s0, p.start):
            _carry_on(base, ctx)  # "Rice exports to Russia rose. They are expected to grow 20% in 2025."
        base["value"] = None
        base["growth"] = _growth(text, p, sign * pct, qualifier)
        base["period"] = _period(view, s0, s1, p, []) or (ctx.period if ctx else _focus_period(view, s0, s1))
        if _over_many_years(text, p, base["period"]):
            continue
        base["status"] = _status(
            text[s0 : p.start], base["period"], _rest_of_sentence(text, p, moneys, s1), doc_date=view.doc_date
        )
        facts.append(base)


def _growth_figures(view: DocView, s0: int, s1: int) -> list[tuple[Mention, float, str, int]]:
    """Percentages, and changes told as fractions ("fell by half", "doubled"), with any built-in sign."""
    found: list[tuple[Mention, float, str, int]] = []
    percents = view.within("percent", s0, s1)
    text = view.text
    for p in percents:
        parsed = view.percent(p)
        if parsed is None:
            continue
        if parsed[0] != 100 and LEVEL_OF_BASE.match(text, p.end, p.end + 90):
            # "fell to just 16% of the value of the same period last year": down 84%
            change = parsed[0] - 100
            found.append((p, abs(change), parsed[1], 1 if change > 0 else -1))
        else:
            found.append((p, parsed[0], parsed[1], 0))
    fractions = FRACTION_GROWTH.finditer(text, s0, s1) if _may_hold(FRACTION_HINT, text, s0, s1) else ()
    for m in fractions:
        # "fell by a third (-35.9%)": the exact percentage says it better.
        if any(0 <= p.start - m.end() <= 15 for p in percents):
            continue
        mention = Mention(m.start(), m.end(), "percent", "FRACTION", m.group(0))
        more_than = text[max(s0, m.start() - 10) : m.start()].lower().endswith("more than ")
        qualifier = "over" if more_than else "approx"
        if m.group("mult"):
            change = _multiple_change(text, m, mention)
            if change is not None:
                found.append((mention, abs(change), qualifier, 1 if change > 0 else -1))
            continue
        word = (m.group("part") or m.group("verb")).lower()
        pct = FRACTION_PCT.get(word) or FOLD_PCT[word]
        sign = 0 if m.group("part") else (-1 if word == "halved" else 1)
        found.append((mention, pct, qualifier, sign))
    return sorted(found, key=lambda f: f[0].start)


def _multiple_change(text: str, m: re.Match[str], mention: Mention) -> float | None:
    """The change in percent of a multiple: "rose five-fold" +400, "up 2.8 times" +180, "down 10 times" -90;
    a fold with no word of a direction is a rise ("a fivefold jump"), "times" with none no change ("three
    times", "four times higher than the US's" is read as up). None for none or a multiple of one."""
    word = m.group("mult").lower()
    factor = float(MULTIPLES.get(word) or word)
    if factor <= 1:
        return None
    sign = _growth_sign(text, mention) or (1 if "fold" in m.group("unit").lower() else 0)
    if sign > 0:
        return round((factor - 1) * 100, 2)
    return round(-(1 - 1 / factor) * 100, 2) if sign < 0 else None


def _is_rate_or_range(text: str, p: Mention) -> bool:
    """'10-15% per year in some periods' is an average, not the change of one period."""
    before, after = text[max(0, p.start - 6) : p.start], text[p.end : p.end + 30]
    return bool(RANGE_BEFORE.search(before) or RATE_AFTER.match(after))


def _over_many_years(text: str, p: Mention, period: dict[str, Any] | None) -> bool:
    """'grown fourfold over the past decade', 'up 40% since 2015' of 2024's figure: a change over years, not
    the change of the figure's ``period``. ('up 5% since 2008' of 2009's figure is the year's own.)"""
    span = SPAN_AFTER.match(text, p.end, p.end + 50)
    if span is None:
        return False
    year = int(period["start"][:4]) if period and period.get("start") else None
    return not span.group("since") or year is None or int(span.group("since")) < year - 1


def _changes_a_quantity(text: str, p: Mention) -> bool:
    """Whether the change ``p`` follows a physical quantity in its clause with no worth or money
    between them: the tonnage's change, not the trade value's."""
    window = text[max(0, p.start - QUANTITY_REACH) : p.start]
    m = QUANTITY_THEN_CHANGE.search(window)
    return m is not None and WORTH_WORD.search(m.group("gap")) is None


def _growth_sign(text: str, p: Mention) -> int:
    before = text[max(0, p.start - 45) : p.start]
    after = text[p.end : p.end + 30]
    if SHARE.search(before[-25:]) or SHARE_AFTER.match(after):
        return 0
    if VOLUME_AFTER.match(after) or MONTH_ON_MONTH.search(before[-30:]) or MONTH_ON_MONTH.match(after):
        return 0  # "up 114% in volume and 62.7% in value", "a month-on-month decrease of 59.9%"
    if _changes_a_quantity(text, p):
        return 0  # "bought 150,000 tonnes of coal from Russia, a rise of 40% on the year"
    if LEVEL_BEFORE.search(before) and not CHANGE_GOES_TO.search(before):
        return 0  # "its market share rose to 10%": a level reached, no change
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


def _growth(text: str, p: Mention, pct: float, qualifier: str) -> dict[str, Any]:
    """A growth figure as facts hold it (its words are looked up only for a figure that is kept)."""
    return {"pct": pct, "qualifier": qualifier, "text": _growth_text(text, p)}


# A change word right after a percentage: "35.4 percent decline", "5% higher".
_CHANGE_AFTER = re.compile(r"\s(?:increase|decrease|decline|drop|rise|growth|fall|less|more|higher|lower)\b")


def _growth_text(text: str, p: Mention) -> str:
    """The words of a growth figure: 'up 26%', 'grew by nearly 30%', '35.4 percent decline'."""
    window_start = max(0, p.start - 45)
    before = text[window_start : p.start]
    starts = [m.start() for regex in (GROWTH_UP, GROWTH_DOWN) for m in regex.finditer(before)]
    start = window_start + max(starts) if starts else p.start
    after = _CHANGE_AFTER.match(text[p.end : p.end + 12])
    end = p.end + after.end() if after else p.end
    return text[start:end].strip()


def _figure_for(text: str, p: Mention, moneys: list[Mention]) -> Mention | None:
    """The figure a percentage describes: the nearest one with no clause break in between, nor a clause of
    its own trade opened after the figure ("Vietnam exported $300 billion, and its trade with Russia grew
    5%": the growth is that trade's)."""
    best: Mention | None = None
    best_gap = 10**9
    for m in moneys:
        gap_text = between(text, m, p) if m.end <= p.start else between(text, p, m)
        if ";" in gap_text or " while " in gap_text or (" and " in gap_text and len(gap_text) > 40):
            continue
        if m.end <= p.start and _opens_own_change(text, m.end, p.start):
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
    """Repeated mentions of one fact (same subject and value) keep their most informative mention; a
    mention with no period that restates a dated one is that one (``_restates``)."""
    best: dict[tuple[Any, ...], dict[str, Any]] = {}
    for f in facts:
        key = (_subject(f), _value_key(f))
        if key not in best or _informativeness(f) > _informativeness(best[key]):
            best[key] = f
    dated = {key for f in best.values() if f.get("period") for key in _restatement_keys(f)}
    kept = [f for f in best.values() if f.get("period") or not dated & set(_restatement_keys(f))]
    kept = [f for f in kept if not any(g is not f and _growth_told_with_more(f, g) for g in kept)]
    return sorted(kept, key=lambda f: (f["evidence"]["start"], f["evidence"]["end"]))


def _growth_told_with_more(f: dict[str, Any], g: dict[str, Any]) -> bool:
    """Whether growth-only ``f`` is ``g``'s growth told in round words, ``g`` with its value: a headline's
    "trade up over 9 percent in ten months" over its lead's "hit $4.12 billion in the first ten months, up
    9.4 percent" (the same subject, in ``g``'s period or none; a growth the round words hold)."""
    if f.get("value") or not f.get("growth") or not g.get("value") or not g.get("growth"):
        return False
    whole_f, whole_g = _subject(f), _subject(g)
    if whole_f[:4] + whole_f[6:] != whole_g[:4] + whole_g[6:]:
        return False
    if f.get("period") and (f["period"].get("start"), f["period"].get("end")) != (
        g["period"].get("start") if g.get("period") else None,
        g["period"].get("end") if g.get("period") else None,
    ):
        return False
    said, exact = f["growth"]["pct"], g["growth"]["pct"]
    low, high = {"over": (said, said + 1), "under": (said - 1, said), "approx": (said - 0.5, said + 0.5)}.get(
        f["growth"].get("qualifier") or "exact", (said - 0.05, said + 0.05)
    )
    return low <= exact <= high


def _restatement_keys(f: dict[str, Any]) -> list[tuple[Any, ...]]:
    """What a mention with no period shares with the dated fact it restates: a headline "Wheat imports
    from Russia climb 45 percent" over "imported $64.2 million of wheat from Russia in the first
    four months, up 45 percent" — the subject but its period, and the value, else the growth."""
    whole = _subject(f)
    subject = whole[:4] + whole[6:]
    value, growth = f.get("value"), f.get("growth")
    keys = [(subject, "value", round(value["amount"], 2))] if value else []
    if growth and (not value or f.get("period")):
        keys.append((subject, "growth", round(growth["pct"], 2)))
    return keys
