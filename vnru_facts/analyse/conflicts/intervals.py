"""The interval of values a statement's words allow, for each kind of figure a fact carries.

Money already carries its interval (``Money.low``/``high``, from ``normalize.money``). Growth
percentages and document counts keep only a number and a qualifier, so their intervals are computed
here with the same rounding and qualifier widths (``printed_half_width``, ``QUALIFIERS``, ``widen``).
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import NamedTuple

from vnru_facts.models import Growth, Money, Qualifier
from vnru_facts.normalize.money import PERCENT_RE, QUALIFIERS, printed_half_width, qualifier_of, widen
from vnru_facts.normalize.numbers import parse_number


class Interval(NamedTuple):
    low: float
    high: float


def _loosest_word(qualifier: str) -> str | None:
    """The qualifier word of a class that allows most: a conflict must never rest on a reading
    narrower than the words could have meant, when only the class ("under") was kept, not the word."""
    words = [w for w, (cls, _, _) in QUALIFIERS.items() if cls == qualifier]
    return max(words, key=lambda w: QUALIFIERS[w][1] + QUALIFIERS[w][2]) if words else None


LOOSEST_WORD: dict[str, str | None] = {q: _loosest_word(q) for q in ("exact", "approx", "over", "under")}


def overlaps(a: Interval, b: Interval) -> bool:
    """Whether two intervals share more than a boundary point.

    Printed figures round half-open ("4.57" is [4.565, 4.575)), so intervals that only touch disagree:
    "nearly 30%" ([27, 30.5]) and "31%" ([30.5, 31.5]); "26%" and "27%". The tolerance absorbs binary
    floating point ("4.57e9 + 5e6" vs "4.58e9 - 5e6").
    """
    if a == b:
        return True
    finite = [abs(x) for x in (*a, *b) if math.isfinite(x)]
    tolerance = 1e-9 * max([*finite, 1.0])
    return min(a.high, b.high) - max(a.low, b.low) > tolerance


def money_interval(money: Money) -> Interval:
    return Interval(money.low, money.high)


def growth_interval(growth: Growth) -> Interval:
    """The percentages a stated growth allows: "over 20%" is [19.5, 30], "almost 35% less" [-35.5, -31.5].

    The qualifier widens the magnitude ("nearly 10 percent" lower is a decline of 9 to 10 percent),
    so a decline's interval is the mirrored interval of its magnitude.
    """
    magnitude = abs(growth.pct)
    printed, word = _printed_percent(growth, magnitude)
    half = printed_half_width(printed, magnitude)
    low, high = widen(magnitude, magnitude - half, magnitude + half, word)
    return Interval(low, high) if growth.pct >= 0 else Interval(-high, -low)


def _printed_percent(growth: Growth, magnitude: float) -> tuple[str, str | None]:
    """The digits as printed ("15.20" keeps its precision) and the qualifier word before them.

    Falls back to the number itself and the loosest word of the kept class when the text spells the
    figure in words ("twenty-six per cent", "by half").
    """
    for m in PERCENT_RE.finditer(growth.text):
        printed = m.group("num") or m.group("word")  # "26" or "twenty-six" (a whole number)
        value = parse_number(printed)
        if value is None or not math.isclose(value, magnitude, rel_tol=1e-9):
            continue
        qualifier, word = qualifier_of(growth.text[: m.start()])
        if qualifier != growth.qualifier:
            word = LOOSEST_WORD[growth.qualifier]
        return m.group("num") or f"{value:g}", word
    return f"{magnitude:g}", LOOSEST_WORD[growth.qualifier]


def count_interval(count: int, qualifier: Qualifier | None) -> Interval:
    """The counts "over 10 documents" allows ([9.5, 15]); an exact 11 is [10.5, 11.5] so 11 and 12 differ."""
    half = printed_half_width(str(count), float(count))
    low, high = widen(count, count - half, count + half, LOOSEST_WORD[qualifier or "exact"])
    return Interval(low, high)


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def day_number(text: str | None) -> int | None:
    """The day number of an ISO date given to the day; None for "2024-06", "2024" or nothing."""
    if not text or not _DAY.match(text):
        return None
    try:
        return date.fromisoformat(text).toordinal()
    except ValueError:
        return None


def day_span(start: str | None, end: str | None) -> Interval | None:
    """The days from ``start`` up to and including ``end``; open-ended when the end is unknown.

    None unless the start is given to the day: "in June" cannot contradict "June 19-20".
    """
    first = day_number(start)
    if first is None:
        return None
    last = day_number(end)
    return Interval(float(first), float(last + 1) if last is not None and last >= first else math.inf)
