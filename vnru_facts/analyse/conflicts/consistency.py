"""Checks across trade figures of related subjects, as a careful analyst makes them.

- sum: exports both ways must add up to the total of the same period;
- growth: a stated growth must match the growth implied by the values of that period and the same
  period a year earlier;
- period: a part of a year cannot exceed the whole year (or any longer period of that year containing it).

Each check groups the figures by key first, so the work stays near-linear in the number of facts. A
check fails only when no combination of the values given for each side fits: where sources already
disagree on a value, that is a value conflict, not a failed sum.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from itertools import product

from vnru_facts.analyse.conflicts.claims import Claim, Classified, ValueClass, support
from vnru_facts.analyse.conflicts.intervals import Interval, overlaps
from vnru_facts.analyse.conflicts.report import make_conflict, relative_spread, sources_phrase
from vnru_facts.analyse.conflicts.subjects import TradeKey, period_label, trade_label
from vnru_facts.models import Conflict

# Value classes of one trade subject, by (key, currency).
Figures = dict[tuple[TradeKey, str], list[ValueClass]]
# Beyond this many combinations the hull of the combinations is used (same verdict when it fits).
MAX_COMBINATIONS = 256


def consistency_conflicts(classified: Classified) -> Iterator[Conflict]:
    """Sum, period and implied-growth conflicts among the trade subjects of ``classified``."""
    figures: Figures = {}
    growths: dict[TradeKey, list[ValueClass]] = {}
    for (kind, _), classes in classified.items():
        key = classes[0].claims[0].key
        if not key or not isinstance(key[0], TradeKey):
            continue
        if kind == "value":
            figures[key] = classes  # type: ignore[index]
        elif kind == "growth":
            growths[key[0]] = classes
    yield from sum_conflicts(figures)
    yield from period_conflicts(figures)
    yield from implied_growth_conflicts(figures, growths)


def _combined(intervals: Sequence[Interval]) -> list[Interval]:
    if len(intervals) <= MAX_COMBINATIONS:
        return list(intervals)
    return [Interval(min(i.low for i in intervals), max(i.high for i in intervals))]


def _entries(classes: Sequence[ValueClass], among: Sequence[ValueClass]) -> list[tuple[Claim, int]]:
    """One entry per value: these checks weigh values against each other, and each value's sources
    are already listed by its own subject's value conflict when they disagree."""
    return [(cls.claims[0], support(cls, among)) for cls in classes]


def _named(classes: Sequence[ValueClass], among: Sequence[ValueClass]) -> str:
    """'US$4.57 billion (001_a.txt)' or '$2.1 billion (002_b.txt) or $2.2 billion (003_c.txt)'."""
    return " or ".join(
        f"{cls.claims[0].text} ({sources_phrase(cls.sources, support(cls, among))})" for cls in classes
    )


# --- sum -------------------------------------------------------------------------------------------


def sum_conflicts(figures: Figures) -> Iterator[Conflict]:
    """Totals that no pair of (A>B exports, B>A exports) of the same period can add up to."""
    scopes: dict[tuple[object, ...], dict[str, list[ValueClass]]] = defaultdict(dict)
    keys: dict[tuple[object, ...], TradeKey] = {}
    for (key, currency), classes in figures.items():
        scope = (key.commodity, key.parties, key.start, key.end, key.status, currency)
        scopes[scope][key.direction] = classes
        if key.direction == "total":
            keys[scope] = key
    for scope, by_direction in sorted(scopes.items(), key=lambda item: str(item[0])):
        totals = by_direction.get("total")
        if not totals or len(keys[scope].parties) != 2:
            continue
        a, b = keys[scope].parties
        there, back = by_direction.get(f"{a}>{b}"), by_direction.get(f"{b}>{a}")
        if not there or not back:
            continue
        sums = _combined(
            [
                Interval(x.interval.low + y.interval.low, x.interval.high + y.interval.high)
                for x, y in product(there, back)
            ]
        )
        wrong = [t for t in totals if not any(overlaps(t.interval, s) for s in sums)]
        if wrong:
            yield _sum_conflict(keys[scope], wrong, totals, there, back)


def _sum_conflict(
    key: TradeKey,
    wrong: list[ValueClass],
    totals: list[ValueClass],
    there: list[ValueClass],
    back: list[ValueClass],
) -> Conflict:
    a, b = key.parties
    low = min(x.interval.low for x in there) + min(y.interval.low for y in back)
    high = max(x.interval.high for x in there) + max(y.interval.high for y in back)
    message = (
        f"{trade_label(key)}: {a}>{b} {_named(there, there)} + {b}>{a} {_named(back, back)}"
        f" does not add up to the total {_named(wrong, totals)}"
    )
    middle = (low + high) / 2
    return make_conflict(
        kind="sum",
        subject=str(key),
        entries=[*_entries(wrong, totals), *_entries(there, there), *_entries(back, back)],
        message=message,
        spread_pct=relative_spread([middle, *(cls.claims[0].value for cls in wrong)]),
    )


# --- period ----------------------------------------------------------------------------------------


def _inside(part: TradeKey, whole: TradeKey) -> bool:
    """Whether ``part``'s months lie within ``whole``'s and are fewer (ISO strings compare in order)."""
    (ps, pe), (ws, we) = (part.start[:7], part.end[:7]), (whole.start[:7], whole.end[:7])
    return ws <= ps and pe <= we and (ps, pe) != (ws, we)


def period_conflicts(figures: Figures) -> Iterator[Conflict]:
    """Part-year values above a value of a longer period of the same year that contains them."""
    scopes: dict[tuple[object, ...], list[TradeKey]] = defaultdict(list)
    for key, currency in figures:
        if key.start[:4] == key.end[:4]:
            scope = (key.direction, key.commodity, key.parties, key.status, currency, key.start[:4])
            scopes[scope].append(key)
    for scope, keys in sorted(scopes.items(), key=lambda item: str(item[0])):
        currency = scope[4]
        for part, whole in product(sorted(keys, key=str), sorted(keys, key=str)):
            if not _inside(part, whole):
                continue
            parts, wholes = figures[part, currency], figures[whole, currency]
            above = [p for p in parts if any(p.interval.low >= w.interval.high for w in wholes)]
            if above:
                exceeded = [w for w in wholes if any(p.interval.low >= w.interval.high for p in above)]
                yield _period_conflict(part, whole, above, parts, exceeded, wholes)


def _period_conflict(
    part: TradeKey,
    whole: TradeKey,
    above: list[ValueClass],
    parts: list[ValueClass],
    exceeded: list[ValueClass],
    wholes: list[ValueClass],
) -> Conflict:
    message = (
        f"{trade_label(part)} {_named(above, parts)} exceeds "
        f"{period_label(whole.start, whole.end)} {_named(exceeded, wholes)}"
    )
    return make_conflict(
        kind="period",
        subject=f"{part} within {whole.start}..{whole.end}",
        entries=[*_entries(above, parts), *_entries(exceeded, wholes)],
        message=message,
        spread_pct=relative_spread([cls.claims[0].value for cls in (*above, *exceeded)]),
    )


# --- growth implied by two periods ---------------------------------------------------------------------


def year_earlier(key: TradeKey) -> TradeKey:
    """The same period a year earlier: what "up 26%" compares with."""
    return key._replace(start=_year_before(key.start), end=_year_before(key.end))


def _year_before(iso: str) -> str:
    return f"{int(iso[:4]) - 1:04d}{iso[4:]}"


def implied_growth(now: Interval, before: Interval) -> Interval | None:
    """The growth in percent two value intervals allow: (now / before - 1) at its extremes."""
    if before.low <= 0:
        return None
    return Interval(100 * (now.low / before.high - 1), 100 * (now.high / before.low - 1))


def implied_growth_conflicts(
    figures: Figures, growths: Mapping[TradeKey, list[ValueClass]]
) -> Iterator[Conflict]:
    """Stated growths that no pair of (this period's value, a year earlier's value) can produce."""
    currencies = sorted({currency for _, currency in figures})
    for key, stated in sorted(growths.items(), key=lambda item: str(item[0])):
        if not key.start[:4].isdigit() or not key.end[:4].isdigit():
            continue
        for currency in currencies:
            now, before = figures.get((key, currency)), figures.get((year_earlier(key), currency))
            if not now or not before:
                continue
            implied = _combined(
                [i for x, y in product(now, before) if (i := implied_growth(x.interval, y.interval))]
            )
            wrong = [g for g in stated if implied and not any(overlaps(g.interval, i) for i in implied)]
            if wrong:
                yield _growth_conflict(key, wrong, stated, now, before, implied)


def _growth_conflict(
    key: TradeKey,
    wrong: list[ValueClass],
    stated: list[ValueClass],
    now: list[ValueClass],
    before: list[ValueClass],
    implied: list[Interval],
) -> Conflict:
    low, high = min(i.low for i in implied), max(i.high for i in implied)
    earlier = year_earlier(key)
    message = (
        f"{trade_label(key)} growth: stated {_named(wrong, stated)} vs {low:+.1f}..{high:+.1f}% implied by "
        f"{_named(now, now)} after {_named(before, before)} in {period_label(earlier.start, earlier.end)}"
    )
    return make_conflict(
        kind="growth",
        subject=str(key),
        entries=[*_entries(wrong, stated), *_entries(now, now), *_entries(before, before)],
        message=message,
    )
