"""Money and percentages as written in news text, with the interval their words allow.

The interval is the rounding of the printed digits ("$4.57 billion" = [4.565, 4.575] billion), widened
by a qualifier ("about" ±5 %, "over" up to +50 %, "nearly" down to -10 %, "under" down to -50 %).
Those widths are judgement calls documented here once, and used by conflict detection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from vnru_facts.extract.scan import literal_scan
from vnru_facts.extract.scan.regex_guard import guarded
from vnru_facts.normalize.numbers import NUMBER_WORD_PATTERN, decimals, parse_number

SCALES: dict[str, float] = {
    "trillion": 1e12,
    "tn": 1e12,
    "trln": 1e12,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "thousand": 1e3,
    "k": 1e3,
}

# Currency words and symbols, longest first so "US$" wins over "$".
CURRENCIES: dict[str, str] = {
    "us$": "USD",
    "usd": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "$": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "rub": "RUB",
    "roubles": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "ruble": "RUB",
    "₽": "RUB",
    "vnd": "VND",
    "vnđ": "VND",
    "dong": "VND",
    "đồng": "VND",
}

# Qualifier words and how far each widens the printed interval (as a fraction of the amount).
QUALIFIERS: dict[str, tuple[str, float, float]] = {
    # word: (qualifier, widen below, widen above)
    "about": ("approx", 0.05, 0.05),
    "approximately": ("approx", 0.05, 0.05),
    "approx.": ("approx", 0.05, 0.05),
    "around": ("approx", 0.05, 0.05),
    "roughly": ("approx", 0.05, 0.05),
    "some": ("approx", 0.05, 0.05),
    "an estimated": ("approx", 0.05, 0.05),
    "estimated": ("approx", 0.05, 0.05),
    "close to": ("under", 0.10, 0.0),
    "nearly": ("under", 0.10, 0.0),
    "almost": ("under", 0.10, 0.0),
    "up to": ("under", 0.5, 0.0),
    "under": ("under", 0.5, 0.0),
    "below": ("under", 0.5, 0.0),
    "less than": ("under", 0.5, 0.0),
    "over": ("over", 0.0, 0.5),
    "more than": ("over", 0.0, 0.5),
    "exceeding": ("over", 0.0, 0.5),
    "exceeded": ("over", 0.0, 0.5),
    "above": ("over", 0.0, 0.5),
    "at least": ("over", 0.0, 0.5),
    "upwards of": ("over", 0.0, 0.5),
    "in excess of": ("over", 0.0, 0.5),
    "surpassing": ("over", 0.0, 0.5),
    "topped": ("over", 0.0, 0.5),
    # a verb of going past a figure, said of a figure to come: "set to exceed US$190 million"
    "exceed": ("over", 0.0, 0.5),
    "surpass": ("over", 0.0, 0.5),
}
# Qualifiers written after their figure: "US$2 billion or more", "$5 million or so".
QUALIFIERS_AFTER: dict[str, tuple[str, float, float]] = {
    "or more": ("over", 0.0, 0.5),
    "or above": ("over", 0.0, 0.5),
    "and above": ("over", 0.0, 0.5),
    "or less": ("under", 0.5, 0.0),
    "or so": ("approx", 0.05, 0.05),
}
QUALIFIER_PATTERN = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(QUALIFIERS, key=len, reverse=True)
)
QUALIFIERS.update(QUALIFIERS_AFTER)  # widened alike (``widen``)
_QUALIFIER_AFTER = re.compile(
    r"(?i)\s(" + "|".join(w.replace(" ", r"\s+") for w in QUALIFIERS_AFTER) + r")\b"
)
# A qualifier that ends right before a number ("about US$990 million", "more than 10 documents"),
# or before "the" and a figure used as a mark ("exceeded the $7 billion mark").
QUALIFIER_BEFORE = re.compile(rf"(?i)\b({QUALIFIER_PATTERN})\s*(?:the\s)?$")
# The same, with a first-letter guard: re enters the matcher only where a qualifier can begin, not at
# each of the 30 characters searched before every figure.
_QUALIFIER_BEFORE = guarded(QUALIFIER_BEFORE)

# A number starts where a digit run starts (not inside one), and has at most six thousands groups:
# both keep the scan linear on hostile input (10,000-digit runs, "111 111 111 ..."), and no
# printed amount has more ("100,000,000,000,000 VND" has four).
_NUM = r"(?<!\d)(?:\d{1,3}(?:[,\u00a0 ]\d{3}){1,6}(?:\.\d+)?|\d+(?:[.,]\d+)?)"
_SCALE = r"trillion|billion|million|thousand|trln|bln|mln|tn|bn|mn|[bmk](?![a-z])"
_CUR_BEFORE = r"US\s?\$|USD|VN[DĐ]|RUB|EUR|€|₽|\$"
_CUR_AFTER = r"U\.?S\.?\s+dollars?|US\s?\$|USD|dollars?|VN[DĐ]|dong|đồng|roubles?|rubles?|RUB|euros?|EUR"

_RANGE_DASH = r"\s?[-–]\s?"

# "US$4.57 billion", "$5.7 bln", "USD 990 million", "VND 100 trillion", "$2.5B"
# "7.1 billion USD", "100 trillion VND", "4.5 bln dollars", "1 billion US dollars"
# Ranges, read as their midpoint: "$150-160 million", "150–160 million USD" (a dash only: "from $5 to
# $6 billion" is two figures).
MONEY_RE = re.compile(
    rf"(?:(?P<cur1>{_CUR_BEFORE})\s?(?P<num1>{_NUM})(?:{_RANGE_DASH}(?P<hi1>{_NUM}))?(?:\s?(?P<scale1>{_SCALE}))?\b"
    rf"|(?:(?P<lo2>{_NUM}){_RANGE_DASH})?(?P<num2>{_NUM})\s?(?P<scale2>{_SCALE})?\s?(?P<cur2>{_CUR_AFTER})\b)",
    re.IGNORECASE,
)

# A figure told in two scales, the way Vietnamese sources print it: "4 billion 570 million USD", "USD 4
# billion 570 million", "$4 billion and 570 million". A MONEY_RE match inside one is widened to it
# (``_compound_holding``).
_BIG_SCALES = {"trillion": 1e12, "billion": 1e9}
_SMALL_SCALES = {"billion": 1e9, "million": 1e6}
COMPOUND_MONEY_RE = re.compile(
    rf"(?:(?P<cur1>{_CUR_BEFORE})\s?)?(?<![\d.,])(?P<big>\d{{1,3}})\s(?P<big_scale>trillion|billion)\s(?:and\s)?"
    rf"(?P<small>\d{{1,3}})\s(?P<small_scale>billion|million)\b(?:\s?(?P<cur2>{_CUR_AFTER})\b)?",
    re.IGNORECASE,
)
# How far a compound figure reaches past a MONEY_RE match it holds ("4 billion " before "570 million USD").
COMPOUND_REACH = 24

# "26%", "35.4 percent", "35.4 per cent", "465 per-cent", "20 pct", "twenty-six per cent", "five percent"
# (A number starts where a digit run starts: a 10,000-digit run is scanned once, not from each digit.)
PERCENT_RE = re.compile(
    rf"(?:(?<!\d)(?P<num>\d+(?:[.,]\d+)?)|(?<![\w-])(?P<word>{NUMBER_WORD_PATTERN}))\s?(?:%|per[\s-]?cent\b|pct\b)",
    re.IGNORECASE,
)


# Where a money figure can start: a currency sign or code (a figure after its currency), or the first
# digit of a number followed by its currency ("5.7 billion USD"). MONEY_RE is tried only there: many
# times faster than letting ``re`` try every alternative at every character, and the same matches
# (each begins at one of these). All are found with ``str.find`` in the text's folded copy
# (``literal_scan.folded_text``), quicker than a regex scan of it for signs and digits.
_SIGNS = ("$", "€", "₽")
_CODES = ("usd", "vnd", "vnđ", "rub", "eur")  # _CUR_BEFORE's codes; "US$" and "US $" by their "$":
_US_BEFORE_SIGN = (2, 3)  # how far before it they start
# A figure's currency after it (_CUR_AFTER) holds one of these: "$" of "US$", "dollar" of "U.S. dollars",
# "rub" of "RUB" and "rubles", "roub" of "roubles"...
_CURRENCY_AFTER_WORDS = ("$", "dollar", "usd", "vnd", "vnđ", "dong", "đồng", "rub", "roub", "eur")
_WORDS = tuple(sorted({*_SIGNS, *_CODES, *_CURRENCY_AFTER_WORDS}))
# What stands between a figure's first digit and those words, read backwards on the folded text: the
# number's digits and separators, a range's dash, spaces, the scale ("5.7 billion") and the start of
# the currency ("U.S. dollars", "US $"); it stops at the first other character.
_BEFORE_CURRENCY_REVERSED = re.compile(r"[\d ,.\-–$abdhiklmnorstu]*")
_FIRST_DIGIT = re.compile(r"\d(?<!\d\d)")
# Without a folded copy (a text where re folds a letter otherwise), every number is tried.
_SIGN_OR_FIRST_DIGIT = re.compile(r"[$€₽\d](?<!\d\d)")
_CURRENCY_CODE = re.compile(r"(?i:us\s?\$|usd|vn[dđ]|rub|eur)")
# Where a percentage ends: its unit. The number is found in a short window before it.
_PERCENT_UNIT = re.compile(r"%|(?i:per[\s-]?cent\b|pct\b)")
_PERCENT_WINDOW = 48


def _money_starts(text: str) -> list[int]:
    folded = literal_scan.folded_text(text)
    if folded is None:
        signs = (m.start() for m in _SIGN_OR_FIRST_DIGIT.finditer(text))
        return sorted({*signs, *(m.start() for m in literal_scan.finditer(_CURRENCY_CODE, text))})
    found = {word: literal_scan.occurrences(folded, word) for word in _WORDS}
    starts = {at for word in (*_SIGNS, *_CODES) for at in found[word]}
    starts.update(at - back for at in found["$"] for back in _US_BEFORE_SIGN if at >= back)
    currencies = sorted({at for word in _CURRENCY_AFTER_WORDS for at in found[word]})
    starts.update(_numbers_before_currencies(folded, currencies))
    return sorted(starts)


def _numbers_before_currencies(folded: str, currencies: list[int]) -> list[int]:
    """The first digits of the numbers that run up to a currency word at one of ``currencies`` (ascending),
    in ``folded``, a text's folded copy.

    Reading back from the few currency words was several times quicker than trying MONEY_RE at every
    number (years, dates, counts). Each reading stops at the currency word before, where the one before
    it went on: a text of many currency words is read once.
    """
    found: list[int] = []
    floor = 0
    for at in currencies:
        run = _BEFORE_CURRENCY_REVERSED.match(folded[floor:at][::-1])
        assert run is not None  # a starred class matches at least the empty string
        found.extend(m.start() for m in _FIRST_DIGIT.finditer(folded, at - run.end(), at))
        floor = at
    return found


def find_money(text: str) -> list[re.Match[str]]:
    """Every MONEY_RE match in ``text``, left to right, as ``MONEY_RE.finditer`` would give them."""
    found: list[re.Match[str]] = []
    end = 0
    for start in _money_starts(text):
        if start < end:
            continue
        m = MONEY_RE.match(text, start)
        if m is not None and m.end() > m.start():
            found.append(m)
            end = m.end()
    return found


def _number_run_start(text: str, at: int, floor: int) -> int:
    """Where the run of digits and separators ending at ``at`` begins (not before ``floor``)."""
    start = at
    while start > floor and (text[start - 1].isdigit() or text[start - 1] in ".,  "):
        start -= 1
    return start


def find_percents(text: str) -> list[re.Match[str]]:
    """Every PERCENT_RE match in ``text``, as ``PERCENT_RE.finditer`` would give them."""
    found: list[re.Match[str]] = []
    end = 0
    for unit in literal_scan.finditer(_PERCENT_UNIT, text):
        window = max(end, min(unit.start() - _PERCENT_WINDOW, _number_run_start(text, unit.start(), end)))
        m = next((m for m in PERCENT_RE.finditer(text, window, unit.end()) if m.end() == unit.end()), None)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


# --- amounts in words: "seven billion US dollars", "four point five billion dollars", "half a billion" ---

# The number of an amount in words: a number word with any decimals read out ("four point five"), "a"/"an",
# "half a", or a number and a half ("one and a half", "two and a half").
_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_WORD_NUMBER = (
    rf"(?P<whole>{NUMBER_WORD_PATTERN}|an?)(?:\s(?:point\s(?P<point>(?:{'|'.join(_DIGIT_WORDS)})"
    rf"(?:\s(?:{'|'.join(_DIGIT_WORDS)}))*)|and\sa\s(?P<and_half>half)))?|(?P<half>half\sa)"
)
_WORD_SCALE = r"trillion|billion|million"
# An amount in words needs its currency after it: "seven billion" alone may count anything.
WORD_MONEY_RE = re.compile(
    rf"(?i)(?<![\w-])(?:{_WORD_NUMBER})\s(?P<scale>{_WORD_SCALE})\s(?P<cur>{_CUR_AFTER})\b"
)
# The currency that must follow the scale word of an amount in words.
_CURRENCY_AFTER_SCALE = re.compile(rf"(?i)\s(?:{_CUR_AFTER})\b")
# Where such an amount can be: at its scale word, found by its letters.
_WORD_SCALE_AT = re.compile(rf"(?i:{_WORD_SCALE})")
# How far before its scale word an amount in words may begin: "twenty-seven point five five " is 29.
_WORD_NUMBER_REACH = 40


def _word_amount(m: re.Match[str]) -> str | None:
    """The digits an amount in words stands for: 'four point five' -> '4.5', 'half a' -> '0.5'."""
    if m.group("half"):
        return "0.5"
    whole_word = m.group("whole").lower()
    whole = 1.0 if whole_word in ("a", "an") else parse_number(whole_word)
    if whole is None:
        return None
    digits = str(int(whole))
    if m.group("point"):
        return digits + "." + "".join(str(_DIGIT_WORDS.index(w.lower())) for w in m.group("point").split())
    return digits + ".5" if m.group("and_half") else digits


def find_word_money(text: str) -> list[re.Match[str]]:
    """Amounts written in words ("seven billion US dollars"), left to right, tried only at scale words
    that follow a word (not digits: "4.5 billion" is read by MONEY_RE) and precede a currency."""
    found: list[re.Match[str]] = []
    end = 0
    for at, scale_end in _scale_words(text):
        if at < 2 or not text[at - 2].isalpha() or not _CURRENCY_AFTER_SCALE.match(text, scale_end):
            continue
        window = WORD_MONEY_RE.finditer(text, max(end, at - _WORD_NUMBER_REACH), scale_end + 40)
        m = next((m for m in window if m.start("scale") == at), None)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


def _scale_words(text: str) -> list[tuple[int, int]]:
    """Where "million", "billion" and "trillion" stand in ``text``: their shared "illion" found by
    ``str.find`` in the folded copy is many times quicker than a regex scan."""
    folded = literal_scan.folded_text(text)
    if folded is None:
        return [m.span() for m in _WORD_SCALE_AT.finditer(text)]
    found: list[tuple[int, int]] = []
    at = folded.find("illion")
    while at != -1:
        start = at - 2 if folded.startswith("tr", at - 2) else at - 1
        if start >= 0 and folded[start] in "bmt":
            found.append((start, at + 6))
        at = folded.find("illion", at + 6)
    return found


# --- a figure with its equivalent in another currency: "VND 115 trillion (US$4.57 billion)" -------------

# What joins a figure to its equivalent: "VND 115 trillion (US$4.57 billion)", "(about $4.6bn)", ", or US$4.57
# billion", "(equivalent to US$4.57 billion)".
_EQUIVALENT_GAP = re.compile(
    r"\s*(?:\((?:\s*(?:about|around|approximately|approx\.|roughly|some|nearly|almost|over|more\sthan|"
    r"equivalent\sto|equal\sto|or|~|≈))?\s*|,?\s(?:or|equivalent\sto)\s(?:about\s|around\s|some\s)?)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Amount:
    """Where an amount is written in a text: one figure, or a figure with its equivalent. ``qualifier_word``:
    a qualifier of the US dollar equivalent that stands for it ("19 billion roubles (more than $210
    million)"), for a figure with none before it."""

    start: int
    end: int
    text: str
    qualifier_word: str | None = None
    # the currency of a bare figure, carried from the amount before it ("from $2.7 billion to 3.55 billion")
    currency: str | None = None


def find_amounts(text: str) -> list[Amount]:
    """Every amount in ``text``, left to right: figures in digits and in words, a figure with its
    equivalent in another currency as one amount ("VND 115 trillion (US$4.57 billion)"), and a bare
    figure that goes on from an amount just before it in the same currency."""
    amounts = _written_amounts(text)
    return sorted([*amounts, *_carried_amounts(text, amounts)], key=lambda a: a.start) if amounts else amounts


def _written_amounts(text: str) -> list[Amount]:
    spans = [(_compound_holding(text, m) or m).span() for m in find_money(text)]
    words = find_word_money(text)
    if words:
        spans = sorted(spans + [m.span() for m in words if not _overlaps(m.span(), spans)])
    amounts: list[Amount] = []
    k = 0
    while k < len(spans):
        start, end = spans[k]
        pair = _equivalent(text, spans[k], spans[k + 1]) if k + 1 < len(spans) else None
        if pair is None:
            amounts.append(Amount(start, end, text[start:end]))
        else:
            amounts.append(Amount(start, pair[0], text[start : pair[0]], pair[1]))
            k += 1
        k += 1
    return amounts


# A bare figure after an amount, the words between joining the two in one sentence: "from $2.7 billion in
# 2016 to 3.55 billion in 2017", "$4.6 billion, up from 3.6 billion", "compared with 4.9 billion" (what
# follows the figure is no unit of anything else: "3.55 billion tonnes", "100 million people" are none).
_BARE_FIGURE = re.compile(
    r"(?<![\w$€₽.,])(?P<n>\d{1,3}(?:\.\d+)?)\s(?P<scale>billion|million|bn|mln)\b"
    r"(?=[,.;:)]|\s(?:in|by|last|this|a|an|the|over|during|for|from|to|and|or|up|down|respectively|year)\b|$)"
)
_CARRYING_GAP = re.compile(
    r"(?i)^[^.;!?$€₽]{0,80}?\b(?:to|and|from|or|versus|vs\.?|against|with|than)\s"
    r"(?:(?:about|around|nearly|almost|over|some|more\sthan|less\sthan|just|roughly|an\sestimated)\s)?$"
)


def _carried_amounts(text: str, amounts: list[Amount]) -> list[Amount]:
    """Bare figures in the currency of the amount before them in their sentence (``_BARE_FIGURE``)."""
    carried: list[Amount] = []
    for before, after in pairwise([*amounts, None]):
        end = after.start if after is not None else len(text)
        between = text[before.end : min(end, before.end + 120)]  # (a bare figure stands near its amount)
        if "illion" not in between and "bn" not in between and "mln" not in between:
            continue
        currency = _currency_of(before.text)
        if currency is None:
            continue
        for m in _BARE_FIGURE.finditer(text, before.end, min(end, before.end + 120)):
            if _CARRYING_GAP.match(text[before.end : m.start()]):
                carried.append(Amount(m.start(), m.end(), m.group(0), currency=currency))
            break  # only the first bare figure after an amount
    return carried


def _currency_of(written: str) -> str | None:
    parsed = parse_money(written)
    return parsed.currency if parsed is not None else None


def _compound_holding(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The compound figure MONEY_RE match ``m`` is part of ("570 million USD" of "4 billion 570 million
    USD"), if one holds it and reads as a figure (its scales fall, a currency opens or closes it)."""
    window = COMPOUND_MONEY_RE.finditer(text, max(0, m.start() - COMPOUND_REACH), m.end() + COMPOUND_REACH)
    held = next((c for c in window if c.start() <= m.start() and c.end() >= m.end()), None)
    return held if held is not None and _parsed_compound(held) is not None else None


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


def _equivalent(text: str, first: tuple[int, int], second: tuple[int, int]) -> tuple[int, str | None] | None:
    """If ``second`` is the equivalent of ``first`` in another currency, one of them in US dollars: where
    the two end together, and the qualifier of a dollar equivalent ("(more than US$210 million)");
    else None."""
    gap = _EQUIVALENT_GAP.fullmatch(text, first[1], second[0])
    if gap is None:
        return None
    a, b = parse_money(text[first[0] : first[1]]), parse_money(text[second[0] : second[1]])
    if a is None or b is None or a.currency == b.currency or "USD" not in (a.currency, b.currency):
        return None
    _, word = qualifier_of(gap.group(0)) if b.currency == "USD" else ("exact", None)
    if "(" not in gap.group(0):
        return second[1], word
    close = re.match(r"\s*\)", text[second[1] : second[1] + 4])
    return (second[1] + close.end(), word) if close else None


@dataclass(frozen=True)
class ParsedMoney:
    amount: float
    currency: str
    low: float
    high: float
    text: str


def _currency(token: str) -> str:
    key = re.sub(r"\s+", " ", token.strip().lower()).replace("us $", "us$")
    return CURRENCIES.get(key, "USD" if "$" in key or "dollar" in key else key.upper())


@lru_cache(maxsize=8192)
def parse_money(text: str) -> ParsedMoney | None:
    """'US$4.57 billion' -> 4.57e9 USD in [4.565e9, 4.575e9]; None if ``text`` holds no money.

    A figure with its equivalent ("VND 115 trillion (US$4.57 billion)") is valued in US dollars, its text
    kept whole; an amount in words ("seven billion US dollars") is read as its digits would be."""
    m = MONEY_RE.search(text)
    if not m:
        return _parsed_words(text)
    # a compound figure holding the first figure ("4 billion " before "570 million USD") is read whole
    compound = _compound_holding(text, m)
    parsed = _parsed_compound(compound) if compound is not None else _parsed_figure(m)
    end = compound.end() if compound is not None else m.end()
    if parsed is None or parsed.currency == "USD":
        return parsed
    other = MONEY_RE.search(text, end) or WORD_MONEY_RE.search(text, end)
    if other is None:
        return parsed
    equivalent = _parsed_figure(other) if other.re is MONEY_RE else _parsed_words(other.group(0))
    if equivalent is None or equivalent.currency != "USD":
        return parsed
    return ParsedMoney(equivalent.amount, "USD", equivalent.low, equivalent.high, text)


def _parsed_compound(m: re.Match[str]) -> ParsedMoney | None:
    """A COMPOUND_MONEY_RE match read: '4 billion 570 million USD' -> 4.57e9 USD, exact to the last part's
    unit; None without a currency or unless its scales fall."""
    if not (m.group("cur1") or m.group("cur2")):
        return None
    big, small = _BIG_SCALES[m.group("big_scale").lower()], _SMALL_SCALES[m.group("small_scale").lower()]
    if small >= big or int(m.group("small")) * small >= big:
        return None  # "4 billion 2 billion", "1 billion 1,500 million": no one figure
    amount = int(m.group("big")) * big + int(m.group("small")) * small
    half = 0.5 * small
    return ParsedMoney(
        amount, _currency(m.group("cur1") or m.group("cur2")), amount - half, amount + half, m.group(0)
    )


def _parsed_figure(m: re.Match[str]) -> ParsedMoney | None:
    """A MONEY_RE match read: its amount, currency and the interval its digits allow."""
    num = m.group("num1") or m.group("num2")
    scale_word = (m.group("scale1") or m.group("scale2") or "").lower()
    currency = _currency(m.group("cur1") or m.group("cur2"))
    value = parse_number(num)
    if value is None:
        return None
    scale = SCALES.get(scale_word, 1.0)
    low_num, high_num = (num, m.group("hi1")) if m.group("hi1") else (m.group("lo2"), num)
    ranged = _parsed_range(low_num, high_num, scale, currency, m.group(0)) if low_num and high_num else None
    if ranged is not None:
        return ranged
    return _money(num, value, scale, currency, m.group(0))


def _money(num: str, value: float, scale: float, currency: str, text: str) -> ParsedMoney:
    amount = round(value * scale, 6)  # 4.15 * 1e9 is 4150000000.0000005 in binary floating point
    half = printed_half_width(num, amount, scale)
    return ParsedMoney(amount, currency, amount - half, amount + half, text)


def _parsed_words(text: str) -> ParsedMoney | None:
    """An amount in words read as its digits would be: 'four point five billion dollars' as '$4.5 billion'."""
    m = WORD_MONEY_RE.search(text)
    digits = _word_amount(m) if m else None
    if m is None or digits is None:
        return None
    scale = SCALES[m.group("scale").lower()]
    return _money(digits, float(digits), scale, _currency(m.group("cur")), m.group(0))


def is_range(text: str) -> bool:
    """'$150-160 million' states a range, whose midpoint is an approximate figure."""
    m = MONEY_RE.search(text)
    return bool(m and (m.group("hi1") or m.group("lo2")))


def _parsed_range(low_num: str, high_num: str, scale: float, currency: str, text: str) -> ParsedMoney | None:
    low, high = parse_number(low_num), parse_number(high_num)
    if low is None or high is None or low >= high:
        return None
    low, high = round(low * scale, 6), round(high * scale, 6)
    return ParsedMoney(round((low + high) / 2, 6), currency, low, high, text)


def printed_half_width(num: str, amount: float, scale: float = 1.0) -> float:
    """Half the rounding unit of the printed digits.

    A bare small integer ("$1 billion", "$5 billion") is read as a round figure within 5 %, not as
    anything from 0.5 to 1.5 billion: reporters write "$1.4 billion" when they mean it.
    """
    half = 0.5 * 10 ** (-decimals(num)) * scale
    if decimals(num) == 0:
        half = min(half, 0.05 * abs(amount)) or half
    return half


def parse_percent(text: str) -> tuple[float, float, float] | None:
    """'35.4 percent' -> (35.4, 35.35, 35.45)."""
    m = PERCENT_RE.search(text)
    if not m:
        return None
    num = m.group("num") or m.group("word")
    value = parse_number(num)
    if value is None:
        return None
    half = printed_half_width(num, value) if m.group("num") else 0.5
    return value, value - half, value + half


def qualifier_of(preceding_text: str) -> tuple[str, str | None]:
    """The qualifier that ends ``preceding_text`` ("... a total capital of about") and its word."""
    m = _QUALIFIER_BEFORE.search(preceding_text[-30:])
    if not m:
        return "exact", None
    word = re.sub(r"\s+", " ", m.group(1).lower())
    return QUALIFIERS[word][0], word


def qualifier_after(text: str, end: int) -> tuple[str, str | None]:
    """The qualifier written right after a figure that ends at ``end`` ("... $2 billion or more")."""
    m = _QUALIFIER_AFTER.match(text, end)
    if not m:
        return "exact", None
    word = re.sub(r"\s+", " ", m.group(1).lower())
    return QUALIFIERS[word][0], word


def widen(amount: float, low: float, high: float, word: str | None) -> tuple[float, float]:
    """Widen a printed interval by what the qualifier ``word`` allows."""
    if word is None:
        return low, high
    _, below, above = QUALIFIERS[word]
    return min(low, amount * (1 - below)), max(high, amount * (1 + above))
