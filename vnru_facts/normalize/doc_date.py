"""The document date from the article's own text, when no option or sidecar gives one.

``date_from_text(text)`` reads the dates ``dates.find_temporals`` finds and keeps those that can be the
date of writing: a dateline or timestamp at the head wins; forecasts, targets, comparison bases, span
starts and old photo captions are left out; a day told without a year is a day of the year of writing.
A wrong date shifts every relative date of the article ("last year", "in May"): when the text only says
that it was written in some year or later, the date stays unknown. Nothing depends on today's date.
``benchmarks/doc_dates.py`` measures it against the sidecar dates of the corpus and the pool.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import takewhile
from typing import NamedTuple

from vnru_facts.extract.scan import literal_scan
from vnru_facts.extract.scan.regex_guard import guarded
from vnru_facts.normalize.dates import _MON, _WD, _YEARS, Temporal, _month, find_temporals, iso, parse_iso

# --- rule patterns searched only where a match can begin ------------------------------------------
# Most rule patterns here are case-insensitive alternations of words, which re tries at nearly every
# character of the stretch searched (several microseconds a search, dozens of searches per article).
# Every match begins with one of a few literal words (``literal_scan.literal_starts``), and most
# stretches hold none: one case-sensitive search for those words in the folded text tells so first.


class _WordRule:
    """A rule pattern ``regex`` with ``starts``, the search for the words its matches begin with in
    literal_scan's folded copy of a text (made once per text); None when they are not known."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        literals = literal_scan.literal_starts(regex)
        # a word another begins with is found wherever the other is
        words = {w for w in literals or () if not any(o != w and w.startswith(o) for o in literals or ())}
        self.starts = re.compile(_trie(words)) if words else None

    def may_begin_in(self, text: str, start: int, end: int) -> bool:
        """False when no match can lie in ``text[start:end]``."""
        folded = literal_scan.folded_text(text) if self.starts is not None else None
        return folded is None or self.starts.search(folded, start, end) is not None  # type: ignore[union-attr]

    def search_window(self, window: str, text: str, at: int) -> re.Match[str] | None:
        """``regex.search(window)`` for the ``window`` of ``text`` that begins at ``at``."""
        return self.regex.search(window) if self.may_begin_in(text, at, at + len(window)) else None

    def search_between(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """``regex.search(text, start, end)``."""
        return self.regex.search(text, start, end) if self.may_begin_in(text, start, end) else None


def _trie(words: set[str]) -> str:
    """A pattern that finds any of ``words`` (none a prefix of another) as a trie: re compares each
    character with the first letters once, not with every word."""
    by_first: dict[str, set[str]] = {}
    for word in words:
        by_first.setdefault(word[0], set()).add(word[1:])
    branches = [
        re.escape(first) + (_trie(rests) if rests != {""} else "")
        for first, rests in sorted(by_first.items())
    ]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


# A figure's change or level: "trade grew", "exports fell", "reached $3 billion", "saw a record".
_CHANGE_WORDS = (
    r"reach(?:ed|ing)|hit(?:ting)?|amounted|totall?(?:ed|ing)|exceeded|surpassed|topped|stood\sat|rose|grew"
    r"|increased|surged|soared|climbed|jumped|fell|dropped|declined|decreased|plunged|slumped|shrank|recorded"
    r"|posted|registered|saw|a\srecord|came\sto"
)
_CHANGE = guarded(re.compile(rf"(?i)\b(?:{_CHANGE_WORDS})\b"))
_OUTCOME = guarded(re.compile(rf"(?i)\b(?:{_CHANGE_WORDS}|was|were)\b"))

_FUTURE_PREP = {"by", "until", "till", "to", "through", "by the end of"}
# A year after these opens a span reaching up to now: "relations since 1950", "from 2001 on".
_SPAN_START_PREP = {"since", "from"}
# The words before a date (in its sentence) that make it a forecast or a plan, not something reported:
# "expected to reach $235 million in 2026", "is scheduled to visit on October 15-16", "will open in 2021".
_FUTURE_BEFORE = _WordRule(
    guarded(
        re.compile(
            r"(?i)\b(?:expect\w*|forecast\w*|project(?:ed|ion)|predict\w*|will|would|shall|scheduled|"
            r"plan(?:s|ned|ning)?|hope[sd]?|hoping|set\sto|(?:is|are)\sto\sbe|aim\w*|target\w*|goals?|outlook|"
            # what the parties undertake to do: "agreed to raise trade to $8 billion in 2021", "due for
            # completion at the end of 2019", "strive to", "pledged to", "intend to" (not a cause: "fell in
            # 2022 due to obstacles")
            r"agreed\sto|due\s(?:for|in|on|by|to\s(?:be|open|start|begin|finish|complete|visit|sign|arrive|hold|"
            r"take|come|enter|launch|meet|end|run))|striv\w*|pledg\w*|vow\w*|intend\w*|committed\sto|"
            r"determined\sto|"
            # modal verbs of what may yet be ("so that it can be signed in 2015"); "may" in lower case only,
            # "May 2015" is a month
            r"can|might|should|must|(?-i:may))\b"
        )
    )
)

# A change told of a figure: "up 5%", "a 10% rise".
_CHANGE_WORD = r"(?:%|\bper\s?cent|\bpercent|\brise|\bincrease|\bdrop|\bdecline|\bfall)"
# A date right after these is the base a figure is compared with, a year before the reported one:
# "a tenfold rise compared to June 2022" (reported in June 2023), "up 5% from the same period of 2022".
_BASE_BEFORE = _WordRule(
    guarded(
        re.compile(
            r"(?i)(?:\b(?:compared\s(?:with|to)|as\sagainst|against|versus|vs\.?|"
            r"same\speriod\s(?:of|in|last)|(?:more|less|higher|lower)\sthan(?:\sin)?|in\scomparison\s(?:with|to))|"
            # "up 5% from 2022", "a 10% rise on 2019": a bare preposition only right after a change
            rf"{_CHANGE_WORD}\s(?:from|over|on))"
            # "compared to that of 2009", "28.5 percent over that of 2017"
            r"\s(?:(?:that|those)\sof\s)?(?:the\s)?(?:same\speriod\s(?:of|in)\s)?$"
        )
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


# A date in a page's address, as news sites file their stories: ".../2015/05/12/slug", ".../2015/05/slug",
# ".../2015-05-12/slug" or ".../slug-2015-05-12.html". Only a whole path segment (or the date that ends a
# slug) counts: "/2020/10-things-to-know" or "/news/20201012345" is no date.
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)/(?P<m>0[1-9]|1[0-2])/(?:(?P<d>0[1-9]|[12]\d|3[01])/)?"
    r"|[/-](?P<y2>(?:19|20)\d\d)-(?P<m2>0[1-9]|1[0-2])-(?P<d2>0[1-9]|[12]\d|3[01])(?=[/.?#]|$)"
)


def date_from_url(url: str | None) -> str | None:
    """The date a page's address files it under (YYYY-MM-DD, else YYYY-MM), or None: read when no
    option or sidecar date is given, before the text, because a site's filing date is the date of writing
    and the text's dates may be of the events it tells."""
    if not url:
        return None
    path = url.split("://", 1)[-1].partition("/")[2]  # not the host: "2024.example.org"
    m = _URL_DATE.search("/" + path.split("?", 1)[0].split("#", 1)[0])
    if m is None:
        return None
    year, month, day = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
    if day is not None:
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            return f"{year}-{month}"
        return f"{year}-{month}-{day}"
    return f"{year}-{month}"


def date_from_text(text: str) -> str | None:
    """The document date the text itself implies: the latest full date, else month, else year.

    What is not a date of writing is left out: target years ("by 2030", "to 2030", range ends),
    forecasts and plans ("expected to reach $235 million in 2026", "is scheduled for October 15",
    "In 2020, the two will celebrate"), the starts of spans ("since 1950", "starting in 2026"). A date
    a figure is compared with ("compared to June 2022") implies a report a year later (June 2023). A
    day named without a year ("VIETNAM, August 4 -", "on March 20") is a day of the year of writing:
    it takes the year the rest implies, or the next one when it falls well before the latest day the
    text dates ("HANOI, June 20 ... In September 2023" is June 2024). A dated head line (dateline,
    byline, timestamp) wins over the body, the earliest of several (a site's header shows the day
    the page was read); a day an event named with its year is told on ("SPIEF-2024 opened on June 5")
    comes next; a file photo's date counts only if nothing else does; a year something happened in
    outweighs an older full date; "this year" set against a named year, or a whole-year figure ("In
    2021, trade reached $7.1 billion"), dates the writing after that year. A text that tells its own
    events by day or weekday without a year ("on March 20", "on Tuesday") is not dated by a year in
    which something else merely happened ("Founded in 1994, the firm ..."): that is no date. Unknown
    stays unknown: nothing depends on today's date.
    """
    text = text[:200_000]
    temporals = _listed_years_share_their_preposition(text, find_temporals(text))
    stamp = _head_stamp(text, temporals)
    if stamp is not None:
        return stamp
    temporals = tuple(t for t in temporals if not _is_page_furniture(text, t))
    # A file photo names the day an older picture was taken: it counts only if nothing else does. (A
    # plain caption, "(Photo: VNA)", mostly shows the event reported and counts like the body.)
    body = temporals
    if _names_an_old_photo(text):
        body = tuple(t for t in temporals if not _in_old_photo_caption(text, t))
    named = _day_told_with_its_year(text, body)
    if named is not None:
        return named
    found = _latest_date(text, body) or (
        _latest_date(text, temporals) if len(body) < len(temporals) else None
    )
    if found is None:
        return None
    year = int(found.date[:4])
    # (a whole-year figure of a year before ``year`` changes nothing below: those are not read)
    reported = _last_whole_year_reported(text, body, since=year)
    after = max(_year_set_against_this_year(text, body) or 0, reported)
    if after and year <= after and not _full_date_in_or_after(text, body, after):
        found = _Found(str(after + 1))
    return _on_the_yearless_day(text, temporals, found)


class _Found(NamedTuple):
    """What dates the writing: ``date`` ("YYYY", "YYYY-MM", "YYYY-MM-DD"), and for a year read from a
    part-year report ("the first eleven months of 2016") the (month, day) its data runs to."""

    date: str
    runs_to: tuple[int, int] | None = None
    # False for a month only implied ("in December ... compared to December 2021": December 2022), in
    # the year of writing itself: a day named without a year before it is an earlier day of that year.
    told: bool = True

    def floor(self) -> tuple[int, int] | None:
        """The latest (month, day) of its year the writing is known to come after, if any."""
        parsed = parse_iso(self.date)
        if parsed is None or parsed[1] is None:
            return self.runs_to
        return parsed[1], parsed[2] or 1


# A day named without a year that falls this many days or fewer before the latest day the text dates
# belongs to the same days ("on September 2 ... the talks on September 4, 2021"), not to the next year.
_SAME_DAYS = 62


def _on_the_yearless_day(text: str, temporals: tuple[Temporal, ...], found: _Found) -> str:
    """``found`` moved to the day the text names without a year: a dateline ("HANOI, June 20. /TASS/."),
    else the latest such day of the body ("on March 20"). Such a day is in the year of writing: that
    of ``found``, or the next when the day falls well before the latest day ``found`` dates ("HANOI,
    June 20 ... In September 2023": June 20, 2024)."""
    dateline = _yearless_dateline(text, temporals)
    days = [dateline] if dateline is not None else _yearless_days(text, temporals)
    if not days:
        return found.date
    year, _, day = parse_iso(found.date)  # type: ignore[misc]
    named = max(days)
    floor = found.floor()
    if floor is not None and named < floor:
        # A dateline is the day of writing, after every day the text reports; a body day a little
        # before the latest one is an earlier day of the same events.
        if dateline is not None or (found.told and _days_between(year, named, floor) > _SAME_DAYS):
            return iso(year + 1, *named)  # type: ignore[return-value]
        return found.date
    if dateline is not None or day is None:
        return iso(year, *named)  # type: ignore[return-value]
    return found.date  # a full date outranks a later body day told without its year


def _days_between(year: int, early: tuple[int, int], late: tuple[int, int]) -> int:
    return (_day_of(year, late) - _day_of(year, early)).days


def _day_of(year: int, month_day: tuple[int, int]) -> date:
    month, day = month_day
    try:
        return date(year, month, day)
    except ValueError:  # "February 30": the month's last day will do
        return date(year, month, 28)


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


def _latest_date(text: str, temporals: tuple[Temporal, ...]) -> _Found | None:
    """The latest full date among ``temporals`` that may date the writing, else month, else year."""
    seen = _evidence(text, temporals)
    best = None
    months = seen.months + seen.implied
    # A year something happened in, later than every full date ("in a speech on May 9, 2015 ... exports
    # hit $3 billion in 2023"), dates the writing; a bare year ("the 2024 Games") is too often a name.
    if seen.full and seen.later <= int(max(seen.full)[:4]):
        best = max(seen.full)
        if months and max(months) > best[:7]:
            best = max(months)
    elif months and seen.later <= int(max(months)[:4]):
        best = max(months)
    if best is not None:
        # Data for "the first half of 2023" is published in 2023 at the earliest: a text that reports
        # it and otherwise names only older days ("opened in May 2022") is from that year.
        if seen.parts and max(seen.parts)[0] > int(best[:4]):
            return _part_year_found(seen.parts)
        return _Found(best, told=best in seen.full or best in seen.months)
    year = max([*seen.years, *(y for y, _ in seen.parts)], default=0)
    if not year or year < max(seen.background, default=0):
        return None  # nothing dates the writing, or what does is older than what happened before it
    if seen.parts and max(seen.parts)[0] == year:
        return _part_year_found(seen.parts)
    return _Found(str(year))


@dataclass
class _Evidence:
    """The dates of a text that may date its writing, by kind (ISO strings, years)."""

    full: list[str] = field(default_factory=list)
    months: list[str] = field(default_factory=list)
    implied: list[str] = field(default_factory=list)  # the month of a report a comparison base implies
    years: list[int] = field(default_factory=list)
    parts: list[tuple[int, int]] = field(default_factory=list)  # (year, last month) of part-year reports
    background: list[int] = field(default_factory=list)  # years something merely happened in
    later: int = 0  # the latest year reported in ("trade grew in 2023") or implied by a comparison


def _evidence(text: str, temporals: tuple[Temporal, ...]) -> _Evidence:
    seen = _Evidence()
    own_days = _tells_its_days_without_a_year(text, temporals)
    anniversaries = _anniversary_years(text, temporals)
    if anniversaries:
        # The anniversaries a text marks ("the 75th anniversary of relations (January 30, 1950 - 2025)")
        # fall in the year of writing or soon after it: the first of them.
        seen.years.append(min(anniversaries.values()))
    for i, t in enumerate(temporals):
        if not t.year:
            continue  # every kind of evidence below is of a year named ("last year", "in June" give none)
        shift = _comparison_shift(text, temporals, t)
        # (a year no later than one reported already cannot raise ``later``: it need not be read)
        if shift or (t.year > seen.later and _reports_a_year(text, t)):
            seen.later = max(seen.later, t.year + shift)
        if (not shift and not _may_date_the_writing(text, t)) or t.start in anniversaries:
            continue
        if t.kind == "date" and t.year and t.month:
            if shift:  # the base of a comparison: a report of the same month a year later
                seen.implied.append(iso((t.end_year or t.year) + 1, t.end_month or t.month))  # type: ignore[arg-type]
            else:
                (seen.full if t.day else seen.months).append(
                    iso(t.end_year or t.year, t.end_month or t.month, t.end_day or t.day)  # type: ignore[arg-type]
                )
        elif _is_part_year_report(t):
            seen.parts.append(((t.end_year or t.year), (t.end_month or t.month)))  # type: ignore[arg-type]
        elif t.kind == "period" and t.year and t.month is None and t.end_year == t.year:
            if not shift and own_days and _is_background_year(text, temporals, i):
                seen.background.append(t.year)
            else:
                seen.years.append(t.year + shift)
        elif t.kind == "period" and t.year and t.end_year and t.month is None and not shift:
            seen.years.append(t.year)  # a range "2025-2030" dates from its start
    return seen


def _part_year_found(parts: list[tuple[int, int]]) -> _Found:
    year, month = max(parts)
    return _Found(str(year), runs_to=(month, monthrange(year, month)[1]))


def _reports_a_year(text: str, t: Temporal) -> bool:
    """'in 2023' with no forecast words around it in its sentence: 'trade grew in 2023', not 'in 2025
    the two will celebrate'."""
    if not _is_in_a_year(t):
        return False
    after = _cut_at(text[t.end : t.end + _FUTURE_REACH], (". ", "\n"))
    return _may_date_the_writing(text, t) and _FUTURE_BEFORE.search_window(after, text, t.end) is None


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
    if _SPAN_START_OR_DEADLINE.search_between(text, max(0, t.start - 30), t.start) is not None:
        return False
    if t.kind == "date" and _RANGE_AFTER.match(text, t.end):
        return False
    if t.prep is None and _PLAN_NAME_BEFORE.search_between(text, max(0, t.start - 16), t.start) is not None:
        return False  # "Vision 2030", "the Strategy to 2035" (a target)
    # Only in the date's own clause: "Putin will visit, the Kremlin said on June 17, 2024" is dated.
    clause = _sentence_before(text, t.start).rsplit(", ", 1)[-1]
    return _FUTURE_BEFORE.search_window(clause, text, t.start - len(clause)) is None and not _opens_a_plan(
        text, t
    )


# Words that start a span or set a deadline right before a date: "starting in 2026", "beginning from
# May", "before the end of May 2015".
_SPAN_START_OR_DEADLINE = _WordRule(
    guarded(
        re.compile(
            r"(?i)\b(?:(?:starting|beginning|commencing)\s(?:in|from|on)|before)\s(?:the\s(?:end|start|beginning)\sof\s)?"
            r"(?:the\s)?$"
        )
    )
)

# What opens a sentence or clause before its date: "In 2020, ...", "By 2015 ...", "Next, in May ...".
_OPENING = re.compile(
    r"(?i)(?:(?:^|[.!?;]|\n)\s*(?:(?:and|but|then)\s)?(?:(?:in|by|during|from|until|on)\s)?"
    # after a dateline's dash, or a comma, only with its preposition: "HANOI, May 21 - In 2020, ...",
    # "Looking ahead, in 2030 the two will mark ..."
    r"|(?:[:–—-]\s?|,\s(?:(?:and|but|then)\s)?)(?:in|by|during|from|until|on)\s)(?:the\s)?$"
)
# A verb of something done before a plan's words would make the date a report: "In 2018, trade reached
# $4.5 billion, which is hoped to hit ...".
_DONE = guarded(re.compile(rf"(?i)\b(?:{_CHANGE_WORDS}|was|were|had|did|\w+ed)\b"))


def _opens_a_plan(text: str, t: Temporal) -> bool:
    """'In 2020, Vietnam and Russia will celebrate ...': a date opening its sentence, whose verb is a
    plan's ('will', 'is expected to'), before anything done."""
    if not _opens_its_clause(text, t.start):
        return False
    after = _cut_at(text[t.end : t.end + _FUTURE_REACH], (". ", "\n"))
    plan = _FUTURE_BEFORE.search_window(after, text, t.end)
    if plan is None or _ESTIMATE_OF_DONE.match(after, plan.end()) is not None:
        return False
    return _DONE.search(after, 0, plan.start()) is None


# The marks an ``_OPENING`` begins with, unless at the start of the text: "." "!" "?" ";" a line end
# ":" "–" "—" "-" ",".
_OPENING_MARK = re.compile(r"[.!?;\n:–—,-]")


def _opens_its_clause(text: str, start: int) -> bool:
    """Whether ``_OPENING`` ends at ``start``: searched from the first mark one can begin with (re
    tries the pattern at every position, and most stretches before a date hold one mark, late)."""
    at = max(0, start - 30)
    if at:  # "^" is the text's start only: past it, a match begins at a mark
        mark = _OPENING_MARK.search(text, at, start)
        if mark is None:
            return False
        at = mark.start()
    return _OPENING.search(text, at, start) is not None


# "In 2010, output is expected to have reached 13 million tons": an estimate of what is done.
_ESTIMATE_OF_DONE = re.compile(r"\sto\shave\b")


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
    base = _BASE_BEFORE.search_window(text[max(0, t.start - 40) : t.start], text, max(0, t.start - 40))
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
        return 1 if _is_since_base_of_this_year(text, temporals, t) else 0
    compared = [
        r
        for r in temporals
        if r.kind == "relative" and r.rel_year and r.end <= t.start and _same_sentence(text, r, t)
    ]
    return 1 - min(0, compared[-1].rel_year) if compared else 1  # type: ignore[operator]


# A change counted since a year: "up 5 percent since 2008". (Searched right before the year.)
_CHANGE_SINCE = guarded(re.compile(rf"(?i){_CHANGE_WORD}\ssince\s$"))


def _is_since_base_of_this_year(text: str, temporals: tuple[Temporal, ...], t: Temporal) -> bool:
    """'trade is estimated to reach $1.5 billion this year, up 5 percent since 2008': a change since a
    year told of this year's figure is a change over the year before (said in 2009). Without "this year"
    before it in the sentence, "up 40% since 2015" may span many years: no base."""
    if t.kind != "period" or t.year != t.end_year or t.prep != "since":
        return False
    if not _CHANGE_SINCE.search(text, max(0, t.start - 30), t.start):
        return False
    return any(
        r.kind == "relative" and r.rel_year == 0 and r.end <= t.start and _same_sentence(text, r, t)
        for r in temporals
    )


def _sentence_before(text: str, start: int, *, reach: int = 0) -> str:
    """Up to ``reach`` (``_FUTURE_REACH``) characters before ``start``, from the start of its sentence."""
    window = text[max(0, start - (reach or _FUTURE_REACH)) : start]
    cut = max(window.rfind(". "), window.rfind("\n"))
    return window[cut + 1 :] if cut != -1 else window


def _is_background_year(text: str, temporals: tuple[Temporal, ...], i: int) -> bool:
    """A year something merely happened in ("Founded in 1994, the firm ...", "Putin visited Vietnam in
    2001", "plans were scrapped in 2016"), or that ends a span of the past ("between 1995 and 2023"):
    the writing is in it or later, how much later the text does not say. Not a year a figure is
    reported for ("trade grew in 2024", "exports of $2 billion in 2023"): news reports those soon."""
    t = temporals[i]
    if i and _ends_a_between_span(text, temporals[i - 1], t):
        return True
    if t.prep is None:  # "the 1982 UN Convention", "after the 1991 Soviet collapse"
        return _THE_BEFORE_YEAR.search(text, max(0, t.start - 4), t.start) is not None and (
            _CAPITAL_AFTER_YEAR.match(text, t.end) is not None
        )
    if t.prep != "in":
        return False
    sentence = _sentence_around(text, t)
    return not (_names_an_amount(sentence) or _QUANTITY.search(sentence) or _CHANGE.search(sentence))


# A quantity a figure is told in: "6.4 million tons", "73,000 passengers".
_QUANTITY = guarded(
    re.compile(
        r"(?i)\d\s(?:(?:million|billion|thousand)\s)?(?:metric\s)?(?:tons?|tonnes?|barrels?|cubic|passengers"
        r"|visitors|tourists|units|vehicles|cars)\b"
    )
)


def _ends_a_between_span(text: str, before: Temporal, t: Temporal) -> bool:
    """'between 1995 and 2023': its second year (``before`` is the date before it)."""
    if not _AND.fullmatch(text, before.end, t.start):
        return False
    return _BETWEEN_BEFORE.search(text, max(0, before.start - 9), before.start) is not None


_AND = re.compile(r"\s(?:and|to)\s")
_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s$")
# A parenthesis closing a span of years after an anniversary: "(January 30, 1950 – 2025)", "(1950-2025)".
_ANNIVERSARY_SPAN = re.compile(rf"\([^()]{{0,20}}\b(?:{_YEARS})\s?[-–—]\s?(?P<end>{_YEARS})\)")
_ANNIVERSARY = guarded(re.compile(r"(?i)\banniversar(?:y|ies)\b|\b\d+\s(?:years|decades)\b"))
_ANNIVERSARY_REACH = 240


def _anniversary_years(text: str, temporals: tuple[Temporal, ...]) -> dict[int, int]:
    """{start of the year: the year} for the last years of anniversary spans ("the 75th anniversary of
    relations (January 30, 1950 - 2025)"): the year marked, not a year something happened in."""
    found: dict[int, int] = {}
    for t in temporals:
        if t.kind != "period" or t.month is not None or not t.end_year or text[t.end : t.end + 1] != ")":
            continue
        opening = text.rfind("(", max(0, t.start - 40), t.start)
        span = _ANNIVERSARY_SPAN.fullmatch(text, opening, t.end + 1) if opening != -1 else None
        if span is None:
            continue
        if _ANNIVERSARY.search(_sentence_before(text, opening, reach=_ANNIVERSARY_REACH)) is not None:
            found[t.start] = int(span["end"])
    return found


# A date inside a page's furniture after the article ("Mid-market rates: 2023-11-02 09:17 UTC"): an ISO
# date with a clock time outside the head is the moment the page was read, not a date of the text.
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_CLOCK_AFTER = re.compile(r"[T ]\d\d:\d\d")


def _is_page_furniture(text: str, t: Temporal) -> bool:
    return (
        t.start >= _HEAD_CHARS
        and t.kind == "date"
        and _ISO_DAY.fullmatch(t.text) is not None
        and _CLOCK_AFTER.match(text, t.end) is not None
    )


# An event named with its year: "SPIEF 2024", "SPIEF–2018", "Army-2024", "Expo Russia-Vietnam 2019",
# "the 2019 Thanh Hoa investment ... conference". Not a plan or a strategy ("Vision 2030").
_NAME_BEFORE_YEAR = re.compile(r"(?:^|[\s(])[A-Z][\w.&]*(?:\s|\s?[-–]\s?)$")
_THE_BEFORE_YEAR = re.compile(r"(?i)\bthe\s$")
_CAPITAL_AFTER_YEAR = re.compile(r"\s[A-Z]")
_PLAN_WORDS = r"vision|strategy|agenda|plan|programme|program|roadmap|target|goal|orientation"
_PLAN_NAME = guarded(re.compile(rf"(?i)\b(?:{_PLAN_WORDS})\b"))
_PLAN_NAME_BEFORE = _WordRule(re.compile(rf"(?i)\b(?:{_PLAN_WORDS})\s$"))


# Longer than any sentence a year and a day are told in together.
_SENTENCE_CHARS = 600


def _day_told_with_its_year(text: str, temporals: tuple[Temporal, ...]) -> str | None:
    """The day a sentence tells without a year, with the year of the event it names ("Vietnam attends
    SPIEF 2024, which opened on June 5": 2024-06-05), when no later year dates anything in the text."""
    named = [t for t in temporals if _names_an_event_of_its_year(text, t) and _may_date_the_writing(text, t)]
    if not named:
        return None
    days = [
        (y.year, d.month, d.day)
        for y in named
        for d in temporals
        if _is_yearless_day(d)
        and abs(d.start - y.start) < _SENTENCE_CHARS
        and _same_sentence(text, y, d)
        and _may_date_the_writing(text, d)
        and not _RELATIVE_YEAR_AFTER.match(text, d.end)
    ]
    if not days:
        return None
    year, month, day = max(days)  # type: ignore[type-var]
    newest = max(t.year for t in temporals if t.year and _may_date_the_writing(text, t))
    return iso(year, month, day) if year >= newest else None  # type: ignore[arg-type]


def _names_an_event_of_its_year(text: str, t: Temporal) -> bool:
    if t.kind != "period" or t.prep is not None or t.month is not None or t.end_year != t.year:
        return False
    before = text[max(0, t.start - 30) : t.start]
    if _PLAN_NAME.search(before) is not None:
        return False
    if _NAME_BEFORE_YEAR.search(before) is not None:
        return True
    return _THE_BEFORE_YEAR.search(before) is not None and _CAPITAL_AFTER_YEAR.match(text, t.end) is not None


def _is_part_year_report(t: Temporal) -> bool:
    """'the first seven months of 2023', 'Q1 2023', 'January-June 2023': a part-year reporting period."""
    return t.kind == "period" and t.year is not None and t.month is not None and t.prep not in _FUTURE_PREP


def _yearless_days(text: str, temporals: tuple[Temporal, ...]) -> list[tuple[int, int]]:
    """(month, day) of the days the body names without a year ("on March 20", "from February 20-22"):
    those that may date the writing, else those still to come ("is to visit on October 20-22"), days
    of the coming weeks; not a day of another year ("took effect on October 5 last year")."""
    days = [t for t in temporals if _is_yearless_day(t) and not _RELATIVE_YEAR_AFTER.match(text, t.end)]
    told = [t for t in days if _may_date_the_writing(text, t)]
    return [(t.month, t.day) for t in told or days]  # type: ignore[misc]


_RELATIVE_YEAR_AFTER = re.compile(r"(?i),?\s(?:of\s)?(?:the\s)?(?:last|next|previous|past)\syear\b")


def _is_yearless_day(t: Temporal) -> bool:
    return t.kind == "date" and t.year is None and t.day is not None and t.month is not None


def _tells_its_days_without_a_year(text: str, temporals: tuple[Temporal, ...]) -> bool:
    """Whether the text tells its own events by a day or weekday without a year ("HANOI, June 20",
    "on March 20", "on Tuesday"): it is written in their year, which it does not name."""
    return bool(_yearless_days(text, temporals)) or any(
        t.kind == "weekday" and _may_date_the_writing(text, t) for t in temporals
    )


# A dated line at the head of an article is its publication stamp: a dateline with a year ("Moscow,
# 5 February 2024 (TASS) —"), a byline/update line ("Published: Thursday, December 5, 2024 - 09:12",
# "Update: 12/03/2024 14:05", Vietnamese sites writing DD/MM/YYYY) or a bare timestamp line.
_HEAD_CHARS = 1500
_STAMP_LINE_CHARS = 90
_ISO_AFTER_YEAR = r"-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)[T ]\d\d:\d\d"
_ISO_STAMP = guarded(re.compile(rf"\b(?P<y>{_YEARS}){_ISO_AFTER_YEAR}"))
# What follows the year of every ISO stamp ("-05-12 09:12"): found from its "-" in C, where the whole
# pattern is tried at every position of the head; most heads hold none.
_ISO_STAMP_REST = re.compile(_ISO_AFTER_YEAR)
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
# The words each caption ``_OLD_PHOTO`` finds starts with, lower-cased.
_OLD_PHOTO_STARTS = ("photo", "file", "archiv", "illustrat")


def _names_an_old_photo(text: str) -> bool:
    """Whether a caption in ``text`` says its photo is older than the article (``_OLD_PHOTO``).

    The pattern is tried only where the folded text (``literal_scan``'s, made once per text) holds one of
    its first words: four words rather than the pattern's longer literal starts. A text that re folds
    otherwise is searched as before."""
    folded = literal_scan.folded_text(text)
    if folded is None:
        return next(literal_scan.finditer(_OLD_PHOTO, text), None) is not None
    starts = (at for word in _OLD_PHOTO_STARTS for at in literal_scan.occurrences(folded, word))
    return any(_OLD_PHOTO.match(text, at) for at in starts)


_CAPTION_BEFORE = 120
_CAPTION_AFTER = 60


def _head_stamp(text: str, temporals: tuple[Temporal, ...]) -> str | None:
    """The date of the dated head lines (see ``_HEAD_CHARS``), or None: the earliest, when there are
    several ("Sunday, 23/2/2020" over the title is the day a site showed the page; the article's own
    "26/7/2017 14:40" below it is the day of writing, and an update comes after it too)."""
    head = text[:_HEAD_CHARS]
    found = []
    if _ISO_STAMP_REST.search(head) is not None:
        found = [(m.start(), iso(int(m["y"]), int(m["m"]), int(m["d"]))) for m in _ISO_STAMP.finditer(head)]
    in_head = takewhile(lambda t: t.start < _HEAD_CHARS, temporals)  # they are in text order
    found += [(t.start, iso(t.year, t.month, t.day)) for t in in_head if _is_stamp(text, t)]
    found += _stamp_lines(head)
    # a caption's date is no stamp, even alone on its line
    days = [day for at, day in found if day is not None and not _CAPTION.search(_line_at(text, at))]
    return min(days) if days else None


# A stamp line as sites write it, with a label or a clock time: "Update: 12-08-2024 | 11:26:35",
# "Mon, 08/29/2016 - 09:54", "Update: December, 17/2009 - 09:40", "Publication Date : 10-04-2014",
# "by VNA14 March 2022 Last updated at 08:15 AM" (a byline run into its date), or a date alone on its
# line in lower case ("26 july 2012").
_LINE_DATES = (
    re.compile(rf"(?<!\d)(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{_YEARS})(?!\d)"),
    re.compile(
        rf"(?i)(?<![^\W\d_])(?P<m>{_MON}),?\s(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s?|/|\s)(?P<y>{_YEARS})(?!\d)"
    ),
    re.compile(
        rf"(?i)(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?(?P<m>{_MON}),?\s(?P<y>{_YEARS})(?!\d)"
    ),
)
_STAMP_WORD = re.compile(
    r"(?i)\b(?:published|posted|updated?|last\supdated|created|publication\sdate|date|at|by|on|ngày\sđăng"
    r"|cập\snhật|[ap]\.?m\.?|IST|EST|CET)\b"
)
_CLOCK = re.compile(r"\b\d{1,2}:\d{1,2}\b")
# Words a stamp line may hold besides its date, label, clock time and weekday: a byline's agency or
# place ("by VNA", "ANI | Hanoi").
_STAMP_LINE_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")


def _stamp_lines(head: str) -> list[tuple[int, str | None]]:
    """(offset, date) of the stamp lines of ``head`` that the dateline and byline rules do not read."""
    found: list[tuple[int, str | None]] = []
    at = 0
    others = _digits_beyond_ascii(head)
    for line in head.split("\n"):
        if len(line) <= _STAMP_LINE_CHARS and _has_digit(line, others):
            stamp = _line_stamp(line)
            if stamp is not None:
                found.append((at + stamp[0], stamp[1]))
        at += len(line) + 1
    return found


_DIGIT = re.compile(r"\d")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _digits_beyond_ascii(head: str) -> frozenset[str]:
    """The characters of ``head`` that ``str.isdigit`` takes for digits and \\d does not (superscripts,
    circled digits): all of them are outside ASCII. Mostly none."""
    return frozenset(c for c in set(_NOT_ASCII.findall(head)) if c.isdigit() and not _DIGIT.match(c))


def _has_digit(line: str, others: frozenset[str]) -> bool:
    """Whether any character of ``line`` is a digit (``str.isdigit``): re finds \\d in C, and the
    head's ``others`` (``_digits_beyond_ascii``) are looked for only when there are any."""
    return _DIGIT.search(line) is not None or (bool(others) and any(c in others for c in line))


def _line_stamp(line: str) -> tuple[int, str | None] | None:
    for regex in _LINE_DATES:
        m = regex.search(line)
        if m is None:
            continue
        rest = line[: m.start()] + " " + line[m.end() :]
        labelled = _CLOCK.search(rest) is not None or _STAMP_WORD.search(rest) is not None
        words = _WORD.findall(_STAMP_REST.sub(" ", _STAMP_WORD.sub(" ", rest)))
        if len(words) > _STAMP_LINE_WORDS or not (labelled or not words):
            return None
        return m.start(), _line_date(m)
    return None


def _line_date(m: re.Match[str]) -> str | None:
    """A stamp's date; in numbers, day first unless the day comes second ("08/29/2016")."""
    year = int(m["y"])
    if "m" in m.groupdict():
        return iso(year, _month(m["m"]), int(m["d"]))
    first, second = int(m["a"]), int(m["b"])
    day, month = (second, first) if second > 12 >= first else (first, second)
    return iso(year, month, day) if 1 <= month <= 12 else None


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
    return _SENTENCE_END.search(text, lo.end, hi.start) is None


# A sentence ends at a full stop, "!" or "?" and a space, or a line end; not at a short title or name
# ("St. Petersburg", "Mr. Putin", "Dr. Ha").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])[.!?]\s|\n")


def _in_apposition(text: str, a: Temporal, b: Temporal) -> bool:
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return _APPOSITION.fullmatch(text[lo.end : hi.start]) is not None


# A figure for a whole year is known once the year is over: "In 2021, trade reached $7.1 billion" is
# written in 2022 or later, while "in the first ten months of 2021", "is expected to reach ... in 2021"
# or "trade so far in 2021" are not whole-year figures.
# (The lookahead lists the first characters of the alternatives: regex_guard cannot read "\\d", and
# without it re tries every alternative at every position of the sentence, three times slower.)
_AMOUNT = re.compile(
    r"(?i)(?=[\d$%udrvpb])(?:\$|\bUSD\b|\bdollars?\b|\bro?ubles?\b|\bVND\b|\bdong\b|%|\bper\s?cent\b|\d-?fold\b"
    r"|\bby\s(?:a|one|two)\s(?:third|half|quarter|fifth))"
)


def _names_an_amount(sentence: str) -> bool:
    """Whether ``_AMOUNT`` finds an amount in ``sentence``: "$" and "%" are amounts by themselves, told
    by ``in`` before the pattern is tried at each digit."""
    return "$" in sentence or "%" in sentence or _AMOUNT.search(sentence) is not None


_PART_OF_YEAR = guarded(
    re.compile(r"(?i)\b(?:first|months?|quarter|half|so\sfar|as\sof|by\sthe\send|year-to-date|estimated)\b")
)
_SENTENCE_REACH = 160


def _last_whole_year_reported(text: str, temporals: tuple[Temporal, ...], *, since: int = 0) -> int:
    """The latest year a whole-year figure is reported for ("In 2021, trade reached $7.1 billion"), or 0;
    only years from ``since`` on are read (0 when none of them is)."""
    return max(
        (
            t.year
            for t in temporals
            if _is_in_a_year(t)
            and t.year >= since  # type: ignore[operator]
            and _may_date_the_writing(text, t)  # (first: mostly known already, and cheaper than the next)
            and _is_whole_year_figure(_sentence_around(text, t))
            and _FUTURE_BEFORE.search_window(_clause_after(text, t), text, t.end) is None
        ),
        default=0,
    )


def _is_whole_year_figure(sentence: str) -> bool:
    return (
        _names_an_amount(sentence)
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
