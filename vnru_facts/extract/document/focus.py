"""What a document's trade figures are about when their sentence does not say: the market, the side
whose flows are told, and the period in focus.

Reporters name the market, the side and the period once and then write "the market", "exports were",
"in the same period": a market named ("exports to the Russian market") stays in focus for the next
sentences, as does the side whose flows are told ("Export turnover from Russia ..."); a period named
with a figure ("In the first eight months, trade ...") carries to the figures of the same paragraph that
name none, until another is named. Pure: it reads offsets and mention data only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from vnru_facts.extract.document.mention import Mention
from vnru_facts.extract.scan.regex_guard import guarded, sre_parse
from vnru_facts.normalize.periods import COMPARISON_BEFORE

SIDES = ("VN", "RU")
# How many sentences a market or a side told of stays in focus.
FOCUS_SENTENCES = 4
# "exports to Russia", "shipped into the Russian market", "imports from Vietnam": a market named by
# the preposition before it (the trade word within the clause before, read by ``_TRADE_BEFORE``). The
# patterns searched in the words before a place are guarded (``regex_guard``): re enters the matcher only
# where their first characters are.
_INTO_BEFORE = guarded(re.compile(r"(?i)\b(?P<prep>to|into|from)\s(?:the\s)?$"))
_TRADE_BEFORE = guarded(
    re.compile(r"(?i)\b(?:exports?|imports?|exported|imported|shipments?|shipped|sales|sold|trade)\b")
)
# "the Russian market", "Vietnam's market": a side named as a market.
_MARKET_AFTER = re.compile(r"(?i)(?:[’']s)?\s(?:\w+\s)?markets?\b")
# The side whose flows are told: "Russia's exports", "Vietnamese exports", "Vietnam's total imports" ...
_OWNER_AFTER = re.compile(
    r"(?i)(?:[’']s)?\s(?:(?:total|overall|annual|monthly|[a-z]+-?goods)\s)?(?P<flow>exports?|imports?)\b"
)
# ... or "Export turnover from Russia", "exports from Vietnam", "import turnover from Russia".
_FROM_BEFORE = guarded(
    re.compile(
        r"(?i)\b(?P<flow>exports?|imports?)(?:\s(?:turnover|value|revenues?|earnings))?\sfrom\s(?:the\s)?$"
    )
)
# Two parties named as a pair whose relations a story tells: "ASEAN-Russia ties", "the Vietnam–Russia
# partnership", "Eurasian Economic Union (EAEU)-Vietnam trade", "ties between ASEAN and Russia" (the words
# between the two places, and the relation noun after the second, or before "between"; not an event nor a
# document: "the ASEAN-Russia Summit", "the EAEU-Vietnam Free Trade Agreement", "an agreement between").
_PAIR_JOINT = re.compile(r"\s?(?:\([A-Z]{2,6}\))?\s?[-–—]\s?|\sand\s(?:the\s)?")
# The longest text it matches: two places further apart are no pair (no regex call for most of them).
_PAIR_GAP = sre_parse.parse(_PAIR_JOINT.pattern).getwidth()[1]
_RELATION = r"(?:ties|relations|relationship|partnership|co-?operation|trade|dialogue|links|friendship)"
# ... not "an agreement between"
_BETWEEN_BEFORE = guarded(re.compile(rf"(?i)\b{_RELATION}\sbetween\s(?:the\s)?$"))
_NOT_RELATION = (
    r"(?:agreements?|area|zone|deals?|pacts?|treaty|fairs?|summits?|forums?|conferences?|meetings?|sessions?)"
)
_RELATION_AFTER = re.compile(
    rf"(?:[’']s)?\s(?:(?!(?i:{_NOT_RELATION})\b)[a-z][\w-]*\s){{0,3}}?(?i:{_RELATION})\b(?!\s(?i:{_NOT_RELATION})\b)"
)
# A date that is the base of a comparison or the aim of a target, not the period a figure covers.
_NOT_A_PERIOD_PREP = frozenset({"since", "from", "by", "until", "till", "to", "through", "by the end of"})


@dataclass(frozen=True, slots=True)
class Named:
    """Something named at ``at``: a side (a market, a flow's owner) or a period (its date mention)."""

    at: int
    side: str | None = None
    period: Mention | None = None


def markets_named(text: str, places: Sequence[Mention]) -> list[Named]:
    """The sides named as a flow's market, in order: "exports to Russia", "the Russian market" (a third
    country too: "the market" after "exports to China" is China's, no side's)."""
    found: list[Named] = []
    for q in places:
        side = q.data.get("side")
        if side is None or q.label == "BLOC":
            continue
        before = text[max(0, q.start - 12) : q.start]
        into = _INTO_BEFORE.search(before)
        if into is not None and _TRADE_BEFORE.search(text, max(0, q.start - 80), q.start):
            if into.group("prep").lower() != "from":
                found.append(Named(q.start, side=side))
        elif _MARKET_AFTER.match(text, q.end, q.end + 20):
            found.append(Named(q.start, side=side))
        elif side in SIDES and _OWN_FLOW_TO_THE_MARKET.match(text, q.end, q.end + 60):
            # "Vietnam's exports to the market": the other side, named before as "the market"
            found.append(Named(q.start, side="RU" if side == "VN" else "VN"))
    return found


# A side's own flow to a market named by its kind: "Vietnam's exports to the market were valued at".
_OWN_FLOW_TO_THE_MARKET = re.compile(
    r"(?i)(?:[’']s)?\s(?:[a-z]+\s)?(?:exports|shipments|sales)\sto\s(?:the|this|that)\s(?:[a-z]+\s)?market\b"
)


def owners_named(text: str, places: Sequence[Mention]) -> list[Named]:
    """The sides named as the owner of the flows told, in order: "Russia's exports" (Russia), "exports
    from Russia" (Russia), "imports from Vietnam" (Russia, the other side)."""
    found: list[Named] = []
    for q in places:
        side = q.data.get("side")
        if side not in SIDES:
            continue
        if _OWNER_AFTER.match(text, q.end, q.end + 40):
            found.append(Named(q.start, side=side))
            continue
        source = _FROM_BEFORE.search(text, max(0, q.start - 40), q.start)
        if source is not None:
            exporting = source.group("flow").lower().startswith("export")
            found.append(Named(q.start, side=side if exporting else _other(side)))
    return found


def pairs_named(text: str, places: Sequence[Mention]) -> list[Named]:
    """The pairs of parties named as such, in order, each as its two sides joined ("OTHER-RU" for
    "ASEAN-Russia ties"): what "bilateral", "two-way", "the two sides" stand for after it."""
    found: list[Named] = []
    for q1, q2 in pairwise(places):
        if q2.start - q1.end > _PAIR_GAP:
            continue
        joint = _PAIR_JOINT.fullmatch(text, q1.end, q2.start)
        if joint is None or not (q1.data.get("side") and q2.data.get("side")):
            continue
        if joint.group(0).strip() == "and" or joint.group(0).startswith(" and"):
            if not _BETWEEN_BEFORE.search(text, max(0, q1.start - 40), q1.start):
                continue  # "Vietnam and Russia" alone is no pair named as such
        elif not _RELATION_AFTER.match(text, q2.end, q2.end + 60):
            continue
        sides = sorted((q1.data["side"], q2.data["side"]))
        found.append(Named(q1.start, side="-".join(sides)))
    return found


def periods_named(
    text: str,
    sents: Sequence[tuple[int, int]],
    dates: Sequence[Mention],
    figures: Sequence[Mention] | None,
    *,
    settings: bool = True,
) -> list[Named]:
    """The period each sentence with a figure (an amount or a percentage) names first, or sets the sentence
    in ("In 2024, Russia was Vietnam's 20th largest trading partner.") unless not ``settings``, in order;
    with ``figures`` None, each sentence naming one (what "in that month", "in the reviewed period" refer
    to)."""
    starts = [s for s, _ in sents]
    with_figure = {bisect_right(starts, f.start) - 1 for f in figures} if figures is not None else None
    found: list[Named] = []
    seen: set[int] = set()
    for d in dates:
        i = bisect_right(starts, d.start) - 1
        if i in seen:
            continue
        sets_it = settings and _sets_the_sentence(text, starts[i], d)
        if with_figure is not None and i not in with_figure and not sets_it:
            continue
        if not is_period(text, d):
            continue
        seen.add(i)
        found.append(Named(d.start, period=d))
    return found


# A period opening its sentence as its setting: "In 2024, ...", "Last year, ...", "During the first
# quarter, ..." (the words before it, then a comma after it).
_SETTING_LEAD = re.compile(r"(?i)(?:in|during|for|throughout|over)?\s*$")


def _sets_the_sentence(text: str, s0: int, d: Mention) -> bool:
    return text.startswith(",", d.end) and _SETTING_LEAD.fullmatch(text, s0, d.start) is not None


def is_period(text: str, d: Mention) -> bool:
    """Whether a date can be the period a figure covers: a year, a month, a part of a year, "last year";
    not a day, a comparison base ("compared to 2010"), a target ("by 2030") or a span's start."""
    if d.label not in ("PERIOD", "RELATIVE") and not (d.label == "DATE" and d.data.get("day") is None):
        return False
    if d.data.get("prep") in _NOT_A_PERIOD_PREP:
        return False
    base = COMPARISON_BEFORE.search(text[max(0, d.start - 30) : d.start])
    # "over the first nine months" is the period itself; "over 2019" is a base
    return base is None or bool(
        base.group("weak") and d.label == "PERIOD" and d.data.get("month") is not None
    )


def last_before(named: Sequence[Named], offset: int) -> Named | None:
    """The last of ``named`` (in text order) before ``offset``."""
    i = bisect_right([n.at for n in named], offset - 1)
    return named[i - 1] if i else None


def _other(side: str) -> str:
    return "RU" if side == "VN" else "VN"
