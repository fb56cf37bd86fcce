"""The document date from the article's own text, when no option or sidecar gives one.

``date_from_text(text)`` reads the dates ``dates.find_temporals`` finds and keeps those that can be the
date of writing: a dateline or timestamp at the head wins; forecasts, targets, comparison bases, span
starts and old photo captions are left out. Unknown stays unknown: nothing depends on today's date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import takewhile

from vnru_facts.extract.scan import literal_scan
from vnru_facts.extract.scan.regex_guard import guarded
from vnru_facts.normalize.dates import _MON, _WD, _YEARS, Temporal, _month, find_temporals, iso

_FUTURE_PREP = {"by", "until", "till", "to", "through", "by the end of"}
# A year after these opens a span reaching up to now: "relations since 1950", "from 2001 on".
_SPAN_START_PREP = {"since", "from"}
# The words before a date (in its sentence) that make it a forecast or a plan, not something reported:
# "expected to reach $235 million in 2026", "is scheduled to visit on October 15-16", "will open in 2021".
_FUTURE_BEFORE = guarded(
    re.compile(
        r"(?i)\b(?:expect\w*|forecast\w*|project(?:ed|ion)|predict\w*|will|would|shall|scheduled|"
        r"plan(?:s|ned|ning)?|hope[sd]?|hoping|set\sto|(?:is|are)\sto\sbe|aim\w*|target\w*|goals?|outlook)\b"
    )
)
# A date right after these is the base a figure is compared with, a year before the reported one:
# "a tenfold rise compared to June 2022" (reported in June 2023), "up 5% from the same period of 2022".
_BASE_BEFORE = guarded(
    re.compile(
        r"(?i)(?:\b(?:compared\s(?:with|to)|as\sagainst|against|versus|vs\.?|"
        r"same\speriod\s(?:of|in|last)|(?:more|less|higher|lower)\sthan(?:\sin)?)|"
        # "up 5% from 2022", "a 10% rise on 2019": a bare preposition only right after a change
        r"(?:%|\bper\s?cent|\bpercent|\brise|\bincrease|\bdrop|\bdecline|\bfall)\s(?:from|over|on))"
        r"\s(?:the\s)?(?:same\speriod\s(?:of|in)\s)?$"
    )
)
# A total reported as standing at a cutoff month ("... reaching $2.4 billion by the end of March 2018"),
# unless something is still to be done ("agreed to finish talks by the end of June 2026").
_STOOD_AT = guarded(
    re.compile(
        r"(?i)\b(?:reach(?:ed|ing)|had|has|have|totall?(?:ed|ing)|stood|registered|amounted|was|were)\b"
    )
)
_TO_DO = guarded(re.compile(r"\bto\s[a-z]+\b"))
# A date followed by a dash and a year opens a range ("January 30, 1950 – 2025"): no day of writing.
_RANGE_AFTER = re.compile(r"\s?[-–—]\s?\d")
# How far back in its sentence a date's forecast words may stand.
_FUTURE_REACH = 90
# How far back the month a comparison base month is compared with may stand: "in June ... (a rise)
# compared to June 2022".
_SAME_MONTH_REACH = 160
_MONTH_NAME = re.compile(rf"\b{_MON}(?!\w)")


def date_from_text(text: str) -> str | None:
    """The document date the text itself implies: the latest full date, else month, else year.

    What is not a date of writing is left out: target years ("by 2030", "to 2030", range ends),
    forecasts and plans ("expected to reach $235 million in 2026", "is scheduled for October 15"),
    the starts of spans ("since 1950"). A date a figure is compared with ("compared to June 2022")
    implies a report a year later (June 2023). A day named without a year ("VIETNAM, August 4 -")
    takes the year so implied, or stays unknown. A dated head line (dateline, byline, timestamp) wins
    over the body; a file photo's date counts only if nothing else does; a year something happened in
    outweighs an older full date; "this year" set against a named year, or a whole-year figure ("In
    2021, trade reached $7.1 billion"), dates the writing after that year.
    Nothing depends on today's date.
    """
    text = text[:200_000]
    temporals = _listed_years_share_their_preposition(text, find_temporals(text))
    stamp = _head_stamp(text, temporals)
    if stamp is not None:
        return stamp
    # A file photo names the day an older picture was taken: it counts only if nothing else does. (A
    # plain caption, "(Photo: VNA)", mostly shows the event reported and counts like the body.)
    body = temporals
    if next(literal_scan.finditer(_OLD_PHOTO, text), None) is not None:
        body = tuple(t for t in temporals if not _in_old_photo_caption(text, t))
    found = _latest_date(text, body) or (
        _latest_date(text, temporals) if len(body) < len(temporals) else None
    )
    if found is None:
        return None
    after = max(_year_set_against_this_year(text, body) or 0, _last_whole_year_reported(text, body))
    if after and int(found[:4]) <= after and not _full_date_in_or_after(text, body, after):
        return _with_undated_day(temporals, after + 1) or str(after + 1)
    if len(found) == 7:
        # "HANOI, June 20. /TASS/. ... In September 2023, ..." is June 20 of the next year
        dateline = _yearless_dateline(text, temporals)
        if dateline is not None and dateline[0] < int(found[5:7]):
            return iso(int(found[:4]) + 1, *dateline)
    return found


# Between two years of a list: "from 1961, 2000 and 2001", "by 2025, 2030 and 2045".
_LIST_GAP = re.compile(r",\s?(?:and\s|or\s)?|\s(?:and|or)\s")


def _listed_years_share_their_preposition(text: str, temporals: tuple[Temporal, ...]) -> tuple[Temporal, ...]:
    """Years listed after a first one take its preposition: in "accords from 1961, 2000 and 2001" all
    three are span starts, in "targets by 2025, 2030 and 2045" all three are targets. (Copies: the
    scan's results are shared.)"""
    out = list(temporals)
    for i in range(1, len(out)):
        prev, t = out[i - 1], out[i]
        if (
            t.prep is None
            and prev.prep is not None
            and t.kind == prev.kind == "period"
            and t.month is None
            and prev.month is None
            and _LIST_GAP.fullmatch(text, prev.end, t.start)
        ):
            out[i] = replace(t, prep=prev.prep)
    return tuple(out)


def _latest_date(text: str, temporals: tuple[Temporal, ...]) -> str | None:
    """The latest full date among ``temporals`` that may date the writing, else month, else year."""
    full: list[str] = []
    months: list[str] = []
    years: list[int] = []
    for t in temporals:
        shift = _comparison_shift(text, temporals, t)
        if not shift and not _may_date_the_writing(text, t):
            continue
        if t.kind == "date" and t.year and t.month:
            if shift:  # the base of a comparison: a report of the same month a year later
                months.append(iso((t.end_year or t.year) + 1, t.end_month or t.month))  # type: ignore[arg-type]
                continue
            (full if t.day else months).append(
                iso(t.end_year or t.year, t.end_month or t.month, t.end_day or t.day)
            )  # type: ignore[arg-type]
        elif t.kind == "period" and t.year and t.month is None and t.end_year == t.year:
            years.append(t.year + shift)
        elif t.kind == "period" and t.year and t.end_year and t.month is None and not shift:
            years.append(t.year)  # a range "2025-2030" dates from its start
    # A year something happened in, later than every full date ("in a speech on May 9, 2015 ... exports
    # hit $3 billion in 2023"), dates the writing; a bare year ("the 2024 Games") is too often a name.
    later = max((t.year for t in temporals if _reports_a_year(text, t)), default=0)
    best = None
    if full and later <= int(max(full)[:4]):
        best = max(full)
        if months and max(months) > best[:7]:
            best = max(months)
    elif months and later <= int(max(months)[:4]):
        best = max(months)
    if best is not None:
        # Data for "the first half of 2023" is published in 2023 at the earliest: a text that reports
        # it and otherwise names only older days ("opened in May 2022") is from that year.
        reported = [t.year for t in temporals if _is_part_year_report(t) and _may_date_the_writing(text, t)]
        if reported and max(reported) > int(best[:4]):
            return str(max(reported))
        if len(best) == 7:
            return _with_undated_day(temporals, int(best[:4]), after_month=int(best[5:7])) or best
        return best
    if years:
        year = max(years)
        return _with_undated_day(temporals, year) or str(year)
    return None


def _reports_a_year(text: str, t: Temporal) -> bool:
    """'in 2023' with no forecast words around it in its sentence: 'trade grew in 2023', not 'in 2025
    the two will celebrate'."""
    if not _is_in_a_year(t):
        return False
    after = _cut_at(text[t.end : t.end + _FUTURE_REACH], (". ", "\n"))
    return _may_date_the_writing(text, t) and _FUTURE_BEFORE.search(after) is None


def _is_in_a_year(t: Temporal) -> bool:
    """'in 2023': a single whole year after 'in'."""
    return t.kind == "period" and t.month is None and t.end_year == t.year and t.prep == "in"


def _cut_at(text: str, stops: tuple[str, ...]) -> str:
    """``text`` up to the first of ``stops``."""
    return text[: min((i for i in map(text.find, stops) if i != -1), default=len(text))]


# Cached: the steps of ``date_from_text`` ask it of the same temporals several times over.
@lru_cache(maxsize=1024)
def _may_date_the_writing(text: str, t: Temporal) -> bool:
    """Whether ``t`` can be a day the text was written on or after (see ``date_from_text``)."""
    if t.prep in _FUTURE_PREP and not _is_cutoff(text, t):
        return False
    if t.prep in _SPAN_START_PREP and (t.prep == "since" or t.month is None):
        return False
    if t.kind == "date" and _RANGE_AFTER.match(text, t.end):
        return False
    # Only in the date's own clause: "Putin will visit, the Kremlin said on June 17, 2024" is dated.
    clause = _sentence_before(text, t.start).rsplit(", ", 1)[-1]
    return _FUTURE_BEFORE.search(clause) is None


def _is_cutoff(text: str, t: Temporal) -> bool:
    """'capital reaching $2.4 billion by the end of March 2018': a month a reported total stood at, not a
    target ('by the end of 2030', 'agreed to finish by the end of June 2026')."""
    if t.prep != "by the end of" or t.kind != "date" or not (t.year and t.month) or t.day:
        return False
    clause = _sentence_before(text, t.start).rsplit(", ", 1)[-1]
    return _STOOD_AT.search(clause) is not None and _TO_DO.search(clause) is None


def _is_comparison_base(text: str, t: Temporal) -> bool:
    """'compared to June 2022', 'from the same period of 2022', 'than in 2021': a year before the report.

    A month is so only for a report of the same month ("in June ... compared to June 2022"): "30% higher
    than in March 2022" may be said in September 2022."""
    if t.kind == "relative" or (t.kind == "date" and t.day):
        return False
    base = _BASE_BEFORE.search(text[max(0, t.start - 40) : t.start])
    if base is None:
        return False
    if t.kind != "date" or "same period" in base.group(0).lower():
        return True
    window = _sentence_before(text, t.start - len(base.group(0)), reach=_SAME_MONTH_REACH)
    return any(_month(m.group(0)) == t.month for m in _MONTH_NAME.finditer(window))


def _comparison_shift(text: str, temporals: tuple[Temporal, ...], t: Temporal) -> int:
    """How many years after ``t`` the text is written, if ``t`` is a comparison base, else 0: one ("up 5%
    compared to 2010" is said of 2011), two when the figure compared is last year's ("Last year, trade
    reached $3 billion, up 25% compared to 2010": last year is 2011, the writing 2012)."""
    if not _is_comparison_base(text, t):
        return 0
    compared = [
        r
        for r in temporals
        if r.kind == "relative" and r.rel_year and r.end <= t.start and _same_sentence(text, r, t)
    ]
    return 1 - min(0, compared[-1].rel_year) if compared else 1  # type: ignore[operator]


def _sentence_before(text: str, start: int, *, reach: int = 0) -> str:
    """Up to ``reach`` (``_FUTURE_REACH``) characters before ``start``, from the start of its sentence."""
    window = text[max(0, start - (reach or _FUTURE_REACH)) : start]
    cut = max(window.rfind(". "), window.rfind("\n"))
    return window[cut + 1 :] if cut != -1 else window


def _is_part_year_report(t: Temporal) -> bool:
    """'the first seven months of 2023', 'Q1 2023', 'January-June 2023': a part-year reporting period."""
    return t.kind == "period" and t.year is not None and t.month is not None and t.prep not in _FUTURE_PREP


def _with_undated_day(temporals: tuple[Temporal, ...], year: int, *, after_month: int = 1) -> str | None:
    """Refine a year-only (or month-only) document date with a day named without a year ("on December
    1", a dateline "VIETNAM, August 4 -"), when that day can fall in it (not before ``after_month``)."""
    days = [
        (t.month, t.day)
        for t in temporals
        if t.kind == "date" and t.year is None and t.day and t.month and t.month >= after_month
    ]
    if not days:
        return None
    month, day = max(days)  # type: ignore[type-var]
    return iso(year, month, day)


# A dated line at the head of an article is its publication stamp: a dateline with a year ("Moscow,
# 5 February 2024 (TASS) —"), a byline/update line ("Published: Thursday, December 5, 2024 - 09:12",
# "Update: 12/03/2024 14:05", Vietnamese sites writing DD/MM/YYYY) or a bare timestamp line.
_HEAD_CHARS = 1500
_STAMP_LINE_CHARS = 90
_ISO_STAMP = guarded(re.compile(rf"\b(?P<y>{_YEARS})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)[T ]\d\d:\d\d"))
_STAMP_LABEL = re.compile(
    r"(?i)^\s*(?:published|posted|updated?|last\supdated|first\spublished|dated?|ngày\sđăng|cập\snhật)"
    r"(?:\s(?:on|at))?\s?:?\s?"
)
# What a stamp line may hold besides its date: weekday, clock time, time zone, separators.
_STAMP_REST = re.compile(
    rf"(?i){_WD}|\b\d{{1,2}}:\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?)?|\b(?:GMT|UTC|ICT|MSK)(?:\s?[+-]\s?\d{{1,2}}"
    r"(?::?\d\d)?)?|[+-]\d\d:?\d\d\b|[\s,|/.:()–—-]+"
)
# "HANOI, ", "Ho Chi Minh City, ", "HÀ NỘI, " at the start of a line (each word capitalised, checked).
_DATELINE_PLACE = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s){0,3}[^\W\d_][\w'’.-]*,\s")
# After a dateline's date: the agency and a dash, "(VNA) -", "(TASS) —", "/TASS/." or the dash alone.
_DATELINE_END = re.compile(r"\s?(?:\([^()\n]{1,30}\)\s?[-–—:]|\.?\s?/[^/\n]{1,20}/|[-–—])")
# A photo caption or credit: "(Photo taken on ...)", "File photo:", "— VNA/VNS Photo", "Photo by ...".
_CAPTION = guarded(
    re.compile(
        r"(?i)\bphoto\s(?:taken|by|credit|courtesy)|\bphotos?\s?:|\(photo\b|\bfile\s(?:photo|picture|image)"
        r"|\b(?:VNA|VNS|TASS|Reuters|AFP|AP|Sputnik|RIA|Xinhua)(?:/[\w ]{1,20})?\sphoto\b"
        r"|\billustrat\w*\s(?:photo|image)|\b(?:image|source)\s?:"
    )
)
# A caption that says its picture is older than the article.
_OLD_PHOTO = guarded(
    re.compile(
        r"(?i)\bphoto\staken|\b(?:file|archive|archival)\s(?:photo|picture|image)|\billustrat\w*\s(?:photo|image)"
    )
)
_CAPTION_BEFORE = 120
_CAPTION_AFTER = 60


def _head_stamp(text: str, temporals: tuple[Temporal, ...]) -> str | None:
    """The date of the first dated head line (see ``_HEAD_CHARS``), or None."""
    head = text[:_HEAD_CHARS]
    found = [(m.start(), iso(int(m["y"]), int(m["m"]), int(m["d"]))) for m in _ISO_STAMP.finditer(head)]
    in_head = takewhile(lambda t: t.start < _HEAD_CHARS, temporals)  # they are in text order
    found += [(t.start, iso(t.year, t.month, t.day)) for t in in_head if _is_stamp(text, t)]
    for at, day in sorted(found):
        if not _CAPTION.search(_line_at(text, at)):  # a caption's date is no stamp, even alone on its line
            return day
    return None


def _line_at(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : len(text) if end == -1 else end]


def _is_stamp(text: str, t: Temporal) -> bool:
    """Whether ``t`` is the full date of a head line that is a byline, a timestamp or a dateline."""
    if t.kind != "date" or not (t.year and t.month and t.day) or t.end_day:
        return False
    line_start = text.rfind("\n", 0, t.start) + 1
    line = _line_at(text, t.start)
    at, end = t.start - line_start, t.end - line_start
    return _is_byline(line, at, end) or _is_dateline(line, at, end)


def _yearless_dateline(text: str, temporals: tuple[Temporal, ...]) -> tuple[int, int] | None:
    """(month, day) of a dateline without a year at the head, 'MOSCOW, Feb 5 (Reuters) -'."""
    for t in takewhile(lambda t: t.start < _HEAD_CHARS, temporals):
        if t.kind == "date" and t.year is None and t.month and t.day and t.end_day is None:
            line_start = text.rfind("\n", 0, t.start) + 1
            if _is_dateline(_line_at(text, t.start), t.start - line_start, t.end - line_start):
                return t.month, t.day
    return None


def _is_byline(line: str, at: int, end: int) -> bool:
    """'Published: Thursday, December 5, 2024 - 09:12', '05/12/2024 09:12 GMT+7': nothing but the date."""
    if len(line) > _STAMP_LINE_CHARS:
        return False
    label = _STAMP_LABEL.match(line)
    rest = line[label.end() if label and label.end() <= at else 0 : at] + line[end:]
    return _STAMP_REST.sub("", rest) == ""


def _is_dateline(line: str, at: int, end: int) -> bool:
    """'Moscow, 5 February 2024 (TASS) — ...': a capitalised place, the date, the agency and a dash."""
    place = _DATELINE_PLACE.match(line)
    if place is None or place.end() != at or not all(w[0].isupper() for w in line[:at].split()):
        return False
    return _DATELINE_END.match(line, end) is not None


def _in_old_photo_caption(text: str, t: Temporal) -> bool:
    """Whether ``t`` stands in a file-photo caption ("(Photo taken on August 13, 2021)") on its line."""
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = text.find("\n", t.end)
    window = text[
        max(line_start, t.start - _CAPTION_BEFORE) : min(
            t.end + _CAPTION_AFTER, len(text) if line_end == -1 else line_end
        )
    ]
    return _OLD_PHOTO.search(window) is not None


# "this year" and a year named in the same sentence are two different years: "It fell by half in 2022,
# and in the first four months of this year ..." is written after 2022. Not so in apposition: "this
# year, 2024," or "this year (2024)".
_APPOSITION = re.compile(r"\s?[,(]?\s?")


def _year_set_against_this_year(text: str, temporals: tuple[Temporal, ...]) -> int | None:
    """The latest year or month of a year (not a day: "this year, on March 3, 2024") named in a
    sentence that also says 'this year' for another year."""
    this_year = [t for t in temporals if t.rel_year == 0 and "this year" in t.text.lower()]
    if not this_year:
        return None
    named = [
        t
        for t in temporals
        if t.year and t.day is None and t.rel_year is None and _may_date_the_writing(text, t)
    ]
    found = [
        y.year
        for y in named
        for t in this_year
        if _same_sentence(text, t, y) and not _in_apposition(text, t, y)
    ]
    return max(found) if found else None  # type: ignore[type-var]


def _same_sentence(text: str, a: Temporal, b: Temporal) -> bool:
    lo, hi = (a, b) if a.start < b.start else (b, a)
    between = text[lo.end : hi.start]
    return "\n" not in between and ". " not in between and "! " not in between and "? " not in between


def _in_apposition(text: str, a: Temporal, b: Temporal) -> bool:
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return _APPOSITION.fullmatch(text[lo.end : hi.start]) is not None


# A figure for a whole year is known once the year is over: "In 2021, trade reached $7.1 billion" is
# written in 2022 or later, while "in the first ten months of 2021", "is expected to reach ... in 2021"
# or "trade so far in 2021" are not whole-year figures.
_AMOUNT = guarded(
    re.compile(
        r"(?i)\$|\bUSD\b|\bdollars?\b|\bro?ubles?\b|\bVND\b|\bdong\b|%|\bper\s?cent\b|\d-?fold\b"
        r"|\bby\s(?:a|one|two)\s(?:third|half|quarter|fifth)"
    )
)
_OUTCOME = guarded(
    re.compile(
        r"(?i)\b(?:reached|hit|amounted|totall?ed|exceeded|surpassed|topped|stood\sat|rose|grew|increased"
        r"|surged|soared|climbed|jumped|fell|dropped|declined|decreased|plunged|slumped|shrank|recorded"
        r"|posted|registered|was|were)\b"
    )
)
_PART_OF_YEAR = guarded(
    re.compile(r"(?i)\b(?:first|months?|quarter|half|so\sfar|as\sof|by\sthe\send|year-to-date|estimated)\b")
)
_SENTENCE_REACH = 160


def _last_whole_year_reported(text: str, temporals: tuple[Temporal, ...]) -> int:
    """The latest year a whole-year figure is reported for ("In 2021, trade reached $7.1 billion"), or 0."""
    return max(
        (
            t.year
            for t in temporals
            if _is_in_a_year(t)
            and _is_whole_year_figure(_sentence_around(text, t))
            and _may_date_the_writing(text, t)
            and _FUTURE_BEFORE.search(_clause_after(text, t)) is None
        ),
        default=0,
    )


def _is_whole_year_figure(sentence: str) -> bool:
    return (
        _AMOUNT.search(sentence) is not None
        and _OUTCOME.search(sentence) is not None
        and _PART_OF_YEAR.search(sentence) is None
    )


def _clause_after(text: str, t: Temporal) -> str:
    """The rest of ``t``'s clause: "in 2021 ... will" is a plan, "in 2021, which is hoped ..." is not."""
    return _cut_at(text[t.end : t.end + _FUTURE_REACH], (", ", ". ", "\n"))


def _sentence_around(text: str, t: Temporal) -> str:
    after = _cut_at(text[t.end : t.end + _SENTENCE_REACH], (". ", "\n"))
    return _sentence_before(text, t.start, reach=_SENTENCE_REACH) + t.text + after


def _full_date_in_or_after(text: str, temporals: tuple[Temporal, ...], year: int) -> bool:
    """Whether the text names a day of ``year`` or later with its year ("on December 28, 2021"): a
    year-end report of the year's figure, dated by it."""
    return any(
        t.kind == "date" and t.day and t.year and t.year >= year and _may_date_the_writing(text, t)
        for t in temporals
    )
