"""Where a document's main event takes place: the dateline city, and the host of the event reported.

A wire story opens "HANOI, March 23 /TASS/ –": the talks it then reports ("Lavrov held talks with his
Vietnamese counterpart") took place in Hanoi, unless the story says its event is elsewhere ("Vietnamese
Defence Minister X is on an official visit to Russia" under a Hanoi dateline: the talks are in Russia).
Pure: it reads offsets and mention data only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from vnru_facts.extract.document.mention import Mention
from vnru_facts.extract.patterns import load_gazetteer
from vnru_facts.extract.patterns.visit import REMOTE
from vnru_facts.extract.scan import literal_scan
from vnru_facts.extract.scan.regex_guard import guarded
from vnru_facts.normalize.names import fold_key

SIDES = ("VN", "RU")
# A dateline stands in the first lines of a story.
HEAD_CHARS = 600
# After a dateline's place: the date ", March 23." and the agency "/TASS/", "(VNA)", or a dash.
_DATELINE_AFTER = re.compile(
    r"(?:,\s(?:\w+\.?\s){0,2}\d{1,2}\b[^\n]{0,15}?)?\s?(?:\([^()\n]{1,30}\)|/[^/\n]{1,20}/|\s[-–—]\s|[–—]\s)"
)
# The destination of a trip in the headline or lead: "visit to Russia", "visits Vietnam", "arrives in
# Hanoi" (not a bare "in": "While in Moscow, X met Y" places a meeting, not the story's trip); or the
# place of the gathering it reports, which the guests travel to: "The 19th session of the committee was
# held in Saint Petersburg", "The dialogue took place in Ho Chi Minh City", "the forum opened in Hanoi",
# "On the sidelines of the BRICS Summit in Kazan" (with a word of the place's kind between: "was held in
# the city of Kazan"). Searched in the words before each place of the lead: guarded (``regex_guard``).
_TRIP_BEFORE = guarded(
    re.compile(
        r"(?i)\b(?:visit(?:s|ed|ing)?(?:\sto)?|trip\sto|tour\sof|arriv(?:es|ed|ing)\sin|lands?\sin|"
        r"landed\sin|heads?\sto|"
        r"(?:(?:was|were|is|are|being)\s(?:\w+ly\s)?held|t(?:ook|akes|aking)\splace|opened|kicked\soff|convened|"
        # a gathering named with its place: "On the sidelines of the BRICS Summit in Kazan, ..."
        r"summit|forum|conference|congress|expo)\sin"
        r"(?:\s(?:the\s)?(?:city|capital|port)\sof)?)\s(?:the\s)?$"
    )
)
# What stands between a headline's person and the place they are in: "Lavrov in Hanoi".
_PERSON_IN = re.compile(r"\sin\s")
# The side of an event held in a third country (``main_event``): no side's city hosts the story's event.
ELSEWHERE = "OTHER"
# A third country followed by more places is one stop of a tour ("a trip to Laos and Vietnam").
_LIST_GOES_ON = re.compile(r"(?:,\s|\sand\s|,\sand\s)(?:the\s)?[A-Z]")
# A nationality adjective names a person's side, not a place ("the visiting Russian minister").
_NATIONALITY = re.compile(r"Russian|Vietnamese|Soviet")
# How many sentences at the head tell the main event: the headline (often twice) and the lead.
LEAD_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class Place:
    """A side, a city of it (or None), and where in the text it was named."""

    side: str
    city: str | None
    at: int
    # where the words of a dateline end (its date and agency: "HANOI, May 9 (VNA) –"): they date the
    # report, not what it tells
    end: int | None = None


# A dateline: a place at the start of a line, in capitals or not ("HANOI", "Ho Chi Minh City", "Hà Nội"),
# then the date and the agency or a dash. (Capitals are not read by the place mentions: a line of them
# is mostly a headline.)
_DATELINE = re.compile(r"(?m)^(?P<place>[^\W\d_][\w'’.]*(?:\s[^\W\d_][\w'’.]*){0,3})(?=,\s|\s?\(|\s?[-–—])")


def dateline(text: str, places: Sequence[Mention] = ()) -> Place | None:
    """The place of the dateline ("HANOI, March 23. /TASS/.", "Hanoi (VNA) –"), if the story has one."""
    for m in _DATELINE.finditer(text, 0, HEAD_CHARS):
        after = _DATELINE_AFTER.match(text, m.end(), m.end() + 45)
        if after is None:
            continue
        named = _side_place(fold_key(m.group("place")))
        if named is not None:
            side, city = named
            return Place(side, city, m.start(), after.end())
    return None


@cache
def _sides_by_alias() -> dict[str, tuple[str, str | None]]:
    """(side, city or None) of each folded alias of a place of either side in the hand list."""
    out: dict[str, tuple[str, str | None]] = {}
    for row in load_gazetteer("places"):
        if row["side"] in SIDES and row["kind"] in ("city", "country"):
            city = row["name"] if row["kind"] == "city" else None
            for alias in row["aliases"]:
                out.setdefault(fold_key(alias), (row["side"], city))
    return out


def _side_place(key: str) -> tuple[str, str | None] | None:
    return _sides_by_alias().get(key)


def main_event_place(
    text: str,
    sents: Sequence[tuple[int, int]],
    places: Sequence[Mention],
    people: Sequence[Mention] = (),
) -> Place | None:
    """The destination of the trip the headline or the lead tells ("Lavrov arrives in Hanoi",
    "on an official visit to Russia"), or the place of the gathering it reports ("the session was held
    in Moscow"), or where the headline's person is ("Lavrov in Hanoi for talks"), if any; a place of side
    ``ELSEWHERE`` when that is a third country. ``people``: the references to persons."""
    lead = [s for s in sents if s[1] > s[0]][:LEAD_SENTENCES]
    if not lead:
        return None
    end = lead[-1][1]
    # a headline's person "in" a place: "Lavrov in Hanoi for talks", "Vietnamese PM in Moscow"
    named_ends = {p.end for p in people if p.start < lead[0][1]}
    for q in places:
        if q.start >= end:
            break
        side = q.data.get("side")
        if side is None or q.label == "BLOC" or _NATIONALITY.fullmatch(q.text):
            continue  # "visiting Vietnamese Chairman X": the guest's side, not where the trip goes
        before = text[max(0, q.start - 30) : q.start]
        in_headline = q.start - 4 in named_ends and _PERSON_IN.fullmatch(text, q.start - 4, q.start)
        if _TRIP_BEFORE.search(before) is None and not in_headline:
            continue
        if side in SIDES:
            return _place(q)
        if not _LIST_GOES_ON.match(text, q.end):
            return Place(ELSEWHERE, None, q.start)  # "the session was held in Beijing"
    return None


def _place(q: Mention) -> Place:
    return Place(q.data["side"], q.data["name"] if q.label == "CITY" else None, q.start)


def lead_is_remote(text: str, sents: Sequence[tuple[int, int]]) -> bool:
    """Whether the headline or the lead tells of a call or a video link ("the session was held via
    videoconference", "held phone talks")."""
    lead = [s for s in sents if s[1] > s[0]][:LEAD_SENTENCES]
    # found from its literal starts ("phone", "video", ...): re would try it at every position of the lead
    return any(next(literal_scan.finditer(REMOTE, text, start, end), None) for start, end in lead)
