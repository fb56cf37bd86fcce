"""Numbers as printed: digits with separators, number words and ordinals."""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

# Ordinals that appear in rankings ("ranking fourth among 81 countries") and meetings ("the 24th meeting").
_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)

# Words text2num reads on their own; used to build regexes that find number words in text.
NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
]
NUMBER_WORD_PATTERN = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozens)"


@lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """Read '4.57', '1,000', '7,1' (decimal comma), '1 000', 'eleven', 'twenty-five'; None if not a number.

    A comma followed by exactly three digits groups thousands; any other comma is a decimal comma,
    as in European-style reporting ("7,1 billion").
    """
    s = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not s:
        return None
    if s[0].isdigit() or (s[0] == "." and len(s) > 1):
        return _parse_digits(s)
    word = s.lower()
    if word in ("a dozen", "dozen"):
        return 12.0
    try:
        return float(text2num(word, "en"))
    except ValueError:
        return None


def _parse_digits(s: str) -> float | None:
    s = re.sub(r"(?<=\d) (?=\d{3}\b)", "", s)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        s = s.replace(",", "")
    elif re.fullmatch(r"\d+,\d{1,2}", s) or re.fullmatch(r"\d+,\d{4,}", s):
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def decimals(text: str) -> int:
    """Digits printed after the decimal mark: '4.57' -> 2, '1,000' -> 0, '7,1' -> 1."""
    s = text.strip()
    m = re.search(r"[.,](\d+)$", s)
    if not m:
        return 0
    if s[m.start()] == "," and len(m.group(1)) == 3:
        return 0
    return len(m.group(1))


def parse_ordinal(text: str) -> int | None:
    """'fourth' -> 4, '26th' -> 26."""
    s = text.strip().lower()
    if s in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[s]
    m = _ORDINAL_DIGITS.match(s)
    return int(m.group(1)) if m else None


def parse_count(text: str) -> int | None:
    """A small count in digits or words: '15', 'fifteen', 'two' -> int."""
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) else None
