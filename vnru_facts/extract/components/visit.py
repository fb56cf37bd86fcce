"""Visit facts: an official of one side on the other side's territory (not a call, not a third country).

Per sentence: find where to (a place after "visit to", "arrived in", "left"; a summit's host city), then
the visitor — the titled person whose side differs from the destination, owner or agent of the visit
and not its host. Mentions of the same person's visit across the article are merged into one fact,
keeping the most precise dates, the city and the kind.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import cache, lru_cache, wraps
from itertools import pairwise
from operator import itemgetter
from typing import Any, NamedTuple, TypeVar

from spacy.tokens import Doc

from vnru_facts.extract.components.base import RuleComponent, add_fact_spans, facts_of
from vnru_facts.extract.components.context import DocView, Mention
from vnru_facts.extract.components.mentions import guess_country
from vnru_facts.extract.components.window_search import WindowSearch
from vnru_facts.extract.patterns import load_gazetteer
from vnru_facts.extract.patterns.alternation import strings_alternation
from vnru_facts.extract.patterns.people import RESIDENT_ROLE
from vnru_facts.extract.patterns.visit import (
    ACCEPTED,
    ADJECTIVE_BEFORE_TRIP,
    ADJECTIVE_PLACE,
    ANAPHORIC_EVENT,
    ANAPHORIC_TRIP,
    ANNOUNCED,
    ATTENDANCE_BEFORE_PRESENT,
    ATTENDED_THE_GATHERING,
    ATTRIBUTION_AFTER,
    ATTRIBUTION_BEFORE,
    CARRIER_AFTER,
    CENTURY,
    CLAUSE_BREAK,
    COMPANION,
    CONJOINED,
    COORDINATED_PREDICATE,
    COUNTERPART,
    DELEGATION,
    DELEGATION_LEAD,
    DELEGATION_OF,
    DELEGATION_SIDE_BEFORE,
    DELEGATION_SUBJECT,
    DURATION,
    DURATION_SUFFIX,
    DURATION_WORDS_BEFORE,
    EDITION_YEAR,
    ENDED,
    EVENT,
    EVENT_BACK,
    EVENT_BACK_NOUN,
    EVENT_BACK_WORDS_BEFORE,
    EVENT_NOUN,
    EVENT_WORDS_BEFORE,
    FIRST_PERSON_TRIP,
    GATHERING_SETTING,
    GATHERING_SETTING_UNPLACED,
    HISTORIC_TRIP,
    HOST_BEFORE,
    INSTITUTION_NOUN,
    INVITED_TO,
    JOINT_ACT,
    JOINT_AGENTS,
    JOINT_LINK,
    JOINT_PLACE,
    JOURNEY_WORD,
    KIND,
    LEADER_NAMED_REACH,
    LEADER_OF_THE_DELEGATION,
    LIGHT_VERB,
    LIST_JOINER,
    LISTED_DATE_JOINER,
    MEETING,
    MEETING_NOUN,
    MEETING_PRESENCE,
    NEAR_FUTURE,
    NEAR_PAST,
    NEAR_PAST_WORD,
    NEAR_PAST_WORDS_BEFORE,
    OFFICE_NOT_HOLDER,
    OPENING_DATE_END,
    OPENING_DATE_LEAD,
    OPENING_LEAD,
    OPENING_PLACE,
    OWNER_AFTER,
    PARTICIPLE,
    PARTICIPLE_LEAD,
    PAST_TRIP,
    PAST_TRIP_SINCE,
    PAST_TRIPS_AFTER,
    PLACE_APPOSITION,
    PLACE_BEFORE_TRIP,
    PREMISES_AFTER,
    PREMISES_BEFORE,
    PRESENCE,
    PRESENCE_ACT,
    PRESENCE_ACT_REACH,
    PRESENCE_AFTER_SUBJECT,
    PRESENCE_OPENS,
    PRESENCE_SUBJECT_REACH,
    PRONOUN_OWNER,
    RECALLED,
    RECEIVED_DELEGATION,
    RECEIVED_LEADER_REACH,
    RECEIVER_AFTER,
    RECENT,
    REMOTE,
    SETTING_BEFORE_SUBJECT,
    SPEAKER_COLON,
    STRONG_TRIGGER,
    SUMMIT,
    TERRITORY_NOUN,
    THE_DELEGATION_LED_BY,
    TO_LIST,
    TO_PLACE,
    TRAVELLER_CLAUSE,
    TRAVELLER_CLAUSE_REACH,
    TRIP_NOUN,
    UNDER_WAY,
    VISIT_AS_SETTING,
    VISIT_OF,
    VISIT_TRIGGER,
    VISITING_GUEST,
)
from vnru_facts.extract.scan import literal_scan
from vnru_facts.normalize.dates import parse_iso
from vnru_facts.normalize.names import fold_key, person_key
from vnru_facts.normalize.numbers import parse_count

SPAN_KEY = "visit"
SIDES = ("VN", "RU")
KIND_RANK = {"other": 0, "working": 1, "official": 2, "summit": 3, "state": 4}
# A date belongs to the visit when it sits this close to the trip word or the destination
# ("visit to Hanoi on Friday (Apr 7)"), not to another event later in the sentence.
DATE_WINDOW = 100
# ... or this close after the name of a traveller named after the trip word.
OWNER_DATE_WINDOW = 50
# ... or this close after the place visited, when the trip's words run on to it ("attended the plenary
# session of the ... Forum in Russia on June 20").
PLACE_DATE_WINDOW = 30
# Listed days this close together are days of one trip ("on June 19 and June 20"), not trips of their own.
ONE_TRIP_DAYS = 15
# How far after a firm a place still says where its premises are ("the Gazprom office in Hanoi").
PREMISES_PLACE_REACH = 40
# How many sentences after a visit "The visit in May ..." may still refer back to it.
ANAPHORA_REACH = 3
# A word of a side this close before a person's name ties them to it ("officials of Russia's Ministry of
# Science led by Deputy Minister X").
SIDE_BEFORE_NAME = 80
# How far before a role named alone the words telling an earlier trip may start ("The last visit of").
OFFICE_REACH = 100

# Patterns searched in a sentence or the words before a name: skipped where their words are absent.
_STRONG_TRIGGER = WindowSearch(STRONG_TRIGGER)
_VISIT_TRIGGER = WindowSearch(VISIT_TRIGGER)
_PRESENCE_ACT = WindowSearch(PRESENCE_ACT)
_LIGHT_VERB = WindowSearch(LIGHT_VERB)
_REMOTE = WindowSearch(REMOTE)
_KIND = WindowSearch(KIND)
_UNDER_WAY = WindowSearch(UNDER_WAY)
_FIRST_PERSON_TRIP = WindowSearch(FIRST_PERSON_TRIP)
_HOST_BEFORE = WindowSearch(HOST_BEFORE)
_VISIT_OF = WindowSearch(VISIT_OF)
_TO_PLACE = WindowSearch(TO_PLACE)
_TO_LIST = WindowSearch(TO_LIST)
_PRONOUN_OWNER = WindowSearch(PRONOUN_OWNER)
_EVENT = WindowSearch(EVENT, requires=EVENT_NOUN, words_before=EVENT_WORDS_BEFORE)
_DURATION = WindowSearch(DURATION, requires=DURATION_SUFFIX, words_before=DURATION_WORDS_BEFORE)
_ENDED = WindowSearch(ENDED)
_RECENT = WindowSearch(RECENT)
_NEAR_FUTURE = WindowSearch(NEAR_FUTURE)
_NEAR_PAST = WindowSearch(NEAR_PAST, requires=NEAR_PAST_WORD, words_before=NEAR_PAST_WORDS_BEFORE)
_ANNOUNCED = WindowSearch(ANNOUNCED)
_PAST_TRIP = WindowSearch(PAST_TRIP)
_VISIT_AS_SETTING = WindowSearch(VISIT_AS_SETTING)
_JOINT_ACT = WindowSearch(JOINT_ACT)
_DELEGATION_LEAD = WindowSearch(DELEGATION_LEAD)
_PRESENCE = WindowSearch(PRESENCE)
_MEETING = WindowSearch(MEETING)
_EVENT_BACK = WindowSearch(EVENT_BACK, requires=EVENT_BACK_NOUN, words_before=EVENT_BACK_WORDS_BEFORE)
_VISITING_GUEST = WindowSearch(VISITING_GUEST)
_MEETING_PRESENCE = WindowSearch(MEETING_PRESENCE)
_RECEIVED_DELEGATION = WindowSearch(RECEIVED_DELEGATION)
_RECALLED = WindowSearch(RECALLED)
_EDITION_YEAR = WindowSearch(EDITION_YEAR, requires=CENTURY)
_INVITED_TO = WindowSearch(INVITED_TO)
_HISTORIC_TRIP = WindowSearch(HISTORIC_TRIP)
# Looked for first, to skip the patterns that hold them in the sentences without them (most): their own
# literal starts ("at the", "in the", "met", "had") occur in nearly every sentence.
_MEETING_NOUN = WindowSearch(MEETING_NOUN)
_DELEGATION = WindowSearch(DELEGATION)


class VisitView(DocView):
    """The view the visit rules read: a DocView that also keeps what several rules ask of one stretch
    of a sentence (who may travel, which places name a territory, whether it tells of a call)."""

    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        self.memo: dict[tuple[Any, ...], Any] = {}
        # Where ``trigger_sentences`` looked for the trigger's literal starts, and the offsets it found
        # (None before, or where the whole text was scanned instead).
        self._trigger_scan: tuple[list[tuple[int, int]], list[int]] | None = None

    def span_of(self, m: Mention, *, context_year: int | None = None) -> tuple[str | None, str | None]:
        """``DocView.span_of``, kept per date: the one date of a sentence dates each mention of its trip."""
        key = ("span_of", m.start, m.end, context_year)
        kept = self.memo.get(key)
        if kept is None or kept[0] is not m:
            kept = self.memo[key] = (m, super().span_of(m, context_year=context_year))
        return kept[1]

    def sided_people(self) -> list[tuple[int, str]]:
        """(sentence, side) of each person of either side the context names, read once per view (the
        trigger's sentences and the two-sided ones both ask)."""
        kept = self.memo.get(("sided_people",))
        if kept is None:
            starts = self._sent_starts
            # (``sentence_of`` written inline: a method call per person costs more)
            kept = self.memo["sided_people",] = [
                (max(0, bisect_right(starts, p.start) - 1), p.data["country"])
                for p in self.context.people
                if p.data.get("country") in SIDES
            ]
        return kept

    def trigger_sentences(self) -> list[int]:
        """``sentences_matching(VISIT_TRIGGER)`` among the sentences that can tell a visit
        (``_telling_sentences``): the trigger's literal starts are looked for in those alone, not with a
        ``str.find`` per literal over the whole text (most sentences name no one).

        The same sentences, matched by the same matches: the trigger is tried at each of its literal starts
        from a sentence start that no match runs across (``_TRIGGER_STOPS``), as ``finditer`` would."""
        folded = literal_scan.folded_text(self.text)
        if folded is None or _trigger_literals() is None:
            return self.sentences_matching(VISIT_TRIGGER)
        reaches: list[tuple[int, int]] = []
        previous = 0
        for i in sorted(_telling_sentences(self, folded)):
            # (back to the last sentence read at most: its reach, joined with this one, starts where it may)
            reaches.append(self._trigger_reach(i, previous))
            previous = i
        stretches = _merged(reaches)
        offsets = [at for start, end in stretches for at in _trigger_offsets(folded, start, end)]
        self._trigger_scan = (stretches, offsets)
        matches = literal_scan.matches_at(VISIT_TRIGGER, self.text, offsets, 0, len(self.text))
        return sorted(self.sentences_of(m.start() for m in matches))

    def trigger_matches(self, search: WindowSearch, s0: int, s1: int) -> Iterator[re.Match[str]]:
        """``search.finditer(text, s0, s1)`` for VISIT_TRIGGER or STRONG_TRIGGER in a sentence of
        ``trigger_sentences``, tried only at the literal starts found there: the sentence is not scanned
        again for each. (A STRONG_TRIGGER match is a VISIT_TRIGGER match, the trip words being the first of
        its alternatives: it begins at one of them too.)"""
        scan = self._trigger_scan
        if scan is None or not _within_one(scan[0], s0, s1):
            return search.finditer(self.text, s0, s1)
        offsets = scan[1]
        candidates = offsets[bisect_left(offsets, s0) : bisect_left(offsets, s1)]
        return literal_scan.matches_at(search.regex, self.text, candidates, s0, s1)

    def _trigger_reach(self, i: int, floor: int) -> tuple[int, int]:
        """[start, end) where the trigger matches of sentence ``i`` are looked for: from the sentence start
        (or an earlier one, back to sentence ``floor``) no match runs across, up to the next sentence."""
        k = i
        while k > floor and not _after_trigger_stop(self.text, self.sents[k][0]):
            k -= 1
        start = self.sents[k][0] if k > 0 else 0
        end = self.sents[i + 1][0] if i + 1 < len(self.sents) else len(self.text)
        return start, end


# Characters no match of VISIT_TRIGGER holds (tests/test_visit_scan.py reads the pattern): no match runs
# across a sentence start that one of them ends the words before.
_TRIGGER_STOPS = ".,;"


def _after_trigger_stop(text: str, at: int) -> bool:
    """Whether the last character before ``at`` that is not whitespace is one of ``_TRIGGER_STOPS``, or
    there is none."""
    k = at - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k < 0 or text[k] in _TRIGGER_STOPS


def _telling_sentences(view: VisitView, folded: str) -> set[int]:
    """The sentences (a superset) a visit can be read from by ``visits_in_sentence`` and the rules after
    it (``_companions``, ``_referring_back``): those naming a person of either side
    (``_travelling_people``: one of no side is given one only by the word "delegation" before them); and
    those holding the words by which a sentence naming no one refers back to a trip or a delegation ("The
    visit ...", "The delegation then visited ..."), or, in a transcript, a speaker's own trip ("my first
    visit")."""
    found = {i for i, _ in view.sided_people()}
    words = _REFERRING_WORDS
    if view.context.speaker_at(len(view.text)) is not None:
        words = words + (literal_scan.literal_starts(FIRST_PERSON_TRIP) or ("",))  # ("": every offset)
    for word in words:
        found.update(view.sentences_of(literal_scan.occurrences(folded, word)))
    return found


# Every match of ANAPHORIC_TRIP (and so of _referring_back) holds "visit" or "trip", every one of
# DELEGATION_SUBJECT "delegation" (looked for in the lower-cased text).
_REFERRING_WORDS = ("visit", "trip", "delegation")


def _within_one(stretches: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies within one of the ascending, disjoint ``stretches``."""
    k = bisect_right(stretches, start, key=itemgetter(0)) - 1
    return k >= 0 and end <= stretches[k][1]


def _merged(reaches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ascending stretches [start, end), those that overlap or touch joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(reaches):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


class _TriggerLiterals(NamedTuple):
    """VISIT_TRIGGER's literal starts (``literal_scan``) as patterns over the folded text."""

    at_word_start: re.Pattern[str]  # one of them at a word start
    after_separator: re.Pattern[str]  # a character that is not an ASCII letter or digit, before one
    longest: int  # the length of the longest


@cache
def _trigger_literals() -> _TriggerLiterals | None:
    starts = literal_scan.literal_starts(VISIT_TRIGGER)
    if (
        starts is None
        or not VISIT_TRIGGER.pattern.startswith(_AT_WORD_START)
        or not all(map(_opens_a_word, starts))
    ):
        return None
    # Every match begins at a word start (the pattern opens with ``\b``; the folded text has the same word
    # starts), so after a character that is not a word character, each literal opening with one.
    alternation = strings_alternation(starts)
    return _TriggerLiterals(
        re.compile(rf"\b{alternation}"),
        # ASCII-wise: re skips through the letters by a table instead of asking the Unicode database of
        # each character whether it is one (~40% quicker than ``\b`` at every offset)
        re.compile(rf"(?a)\W(?={alternation})"),
        max(map(len, starts)),
    )


_AT_WORD_START = r"(?i)\b(?:"
_WORD_CHARACTER = re.compile(r"\w")


def _opens_a_word(literal: str) -> bool:
    return _WORD_CHARACTER.match(literal) is not None


def _trigger_offsets(folded: str, start: int, end: int) -> list[int]:
    """Every offset in [start, end) at which one of VISIT_TRIGGER's literal starts begins a word in the folded
    text, overlapping ones too ("is in the p..."); the last may run on past ``end``."""
    literals = _trigger_literals()
    assert literals is not None
    reach = end + literals.longest
    found = [0] if start == 0 and literals.at_word_start.match(folded, 0, reach) else []
    for m in literals.after_separator.finditer(folded, max(0, start - 1), reach):
        at = m.end()
        if at >= end:
            break
        # (a character that is not ASCII may be a letter: the word start is checked)
        if folded[m.start()].isascii() or literals.at_word_start.match(folded, at, reach):
            found.append(at)
    return found


_Read = TypeVar("_Read")
_UNREAD = object()  # a stretch not read yet (a read may give None)


def _kept(read: Callable[[VisitView, int, int], _Read]) -> Callable[[VisitView, int, int], _Read]:
    """``read(view, start, end)`` computed once per view and stretch, for the rules that ask again (the
    value is shared: callers only read it)."""

    @wraps(read)
    def kept(view: VisitView, start: int, end: int) -> _Read:
        key = (read, start, end)
        value = view.memo.get(key, _UNREAD)  # (one dict lookup where ``in`` and ``[]`` made two)
        if value is _UNREAD:
            value = view.memo[key] = read(view, start, end)
        return value

    return kept


class VisitComponent(RuleComponent):
    span_key = SPAN_KEY

    def match(self, doc: Doc) -> list[dict[str, Any]]:
        view = VisitView(doc)
        mentions: list[dict[str, Any]] = []
        last: tuple[int, dict[str, Any]] | None = None  # (sentence index, mention) of the latest visit
        placed_in: dict[int, set[str]] = {}  # sentences that gave a visit with its destination: whose
        for i in view.trigger_sentences():
            found = visits_in_sentence(view, i)
            found = found + _companions(view, i, found)
            placed = [m for m in found if m["to"] is not None]
            if not placed and last is not None and view.sentences_between(last[0], i) <= ANAPHORA_REACH:
                found = found + _referring_back(view, i, last[1])
            recent = [last[1]] if last is not None and view.sentences_between(last[0], i) <= 1 else []
            found = found + _past_trips_since(view, i, found or recent)
            mentions.extend(found)
            if placed:
                last = (i, placed[-1])
                placed_in[i] = {m["person"]["key"] for m in placed}
        story_trip = _story_trip(view, mentions)
        _place_unsaid(view, mentions, story_trip)
        for i in _sentences_naming_both_sides(view):
            if i not in placed_in:
                mentions.extend(
                    _joint_act_visits(view, i, story_trip) or _meeting_visits(view, i, story_trip)
                )
            else:
                mentions.extend(_another_joint_act_visit(view, i, placed_in[i]))
        for i in _sentences_naming_a_side(view):
            if i not in placed_in:
                mentions.extend(
                    _meeting_presence_visits(view, i)
                    + _received_delegation_visits(view, i)
                    + _delegation_leader_visits(view, i, story_trip)
                    + _gathering_visits(view, i)
                    + _presence_act_visits(view, i)
                )
        facts = merge_mentions(mentions)
        report_month = _doc_month(view)
        for f in facts:
            _date_by_report(view, f, report_month)
        return facts

    def set_annotations(self, doc: Doc, matches: list[dict[str, Any]]) -> None:
        facts_of(doc).extend(matches)
        add_fact_spans(doc, SPAN_KEY, "VISIT", matches)


def _past_trips_since(view: VisitView, i: int, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The earlier trip to the same side a visit of the sentence, or of the sentence just before ("It was
    the first visit by a Russian prime minister since ..."), is measured from ("his first since he attended
    the APEC summit in Da Nang in November 2017"), by its traveller or by the one it names ("since Dmitry
    Medvedev's trip in 2015", one of the same side); dated by its own words."""
    placed = [m for m in found if m["to"] in ("RU", "VN")] or [
        # a trip the sentence tells with no destination of its own ("was the Russian leader's fifth"): to
        # the other side
        {**m, "to": "VN" if m["person"]["country"] == "RU" else "RU"}
        for m in found
        if m["person"]["country"] in ("RU", "VN")
    ]
    s0, s1 = view.sents[i]
    if not placed:
        return []
    trips = _past_trips_listed(view, i, placed[0])
    if view.text.find("since ", s0, s1) == -1:
        return trips
    for m in PAST_TRIP_SINCE.finditer(view.text, s0, s1):
        current = placed[0]
        person = current["person"] if m.group("owner") is None else _owner_of(m.group("owner"))
        if person is None or person["country"] != current["person"]["country"]:
            continue
        start, end = _dates(view, m.end("year") if m.group("year") else m.start(), m.end())
        start = start or m.group("year")
        if start is None or (current["start"] and start[:7] >= current["start"][:7]):
            continue  # undated, or no earlier than the trip it is measured from
        trips.append(_earlier_trip(view, i, {**current, "person": person}, (m.start(), m.end()), start, end))
    return trips


def _earlier_trip(
    view: VisitView, i: int, trip: dict[str, Any], words: tuple[int, int], start: str, end: str | None
) -> dict[str, Any]:
    """The mention of an earlier trip of ``trip``'s traveller to its side, told in sentence ``i`` by
    ``words``: at the first city of that side they name, a summit if they name one."""
    cities = [p for p in view.within("place", *words) if p.label == "CITY" and p.data["side"] == trip["to"]]
    return {
        **trip,
        "evidence": view.evidence(*view.sents[i]),
        "from": trip["person"]["country"],
        "place": cities[0].data["name"] if cities else None,
        "start": start,
        "end": end,
        "kind": "summit" if SUMMIT.search(view.text, *words) else "other",
        "event": None,
        "_told": [],
    }


def _past_trips_listed(view: VisitView, i: int, current: dict[str, Any]) -> list[dict[str, Any]]:
    """The earlier trips a visit is counted after, by their years: "the Russian leader's fifth to Vietnam,
    after trips in 2001, 2006, 2013 and 2017", "his fifth visit to the country, after 2001, 2006, 2013 and
    the APEC summit in Da Nang in 2017" (a city of the destination named with one year is that trip's)."""
    s0, s1 = view.sents[i]
    listed = PAST_TRIPS_AFTER.search(view.text, s0, s1)
    if listed is None:
        return []
    years = list(_YEAR.finditer(view.text, listed.start("list"), listed.end("list")))
    cutoff = (view.doc_date or current["start"] or "9999")[:4]
    trips = []
    for k, year in enumerate(years):
        if year.group(0) >= cutoff:
            continue  # no trip counted before this one lies in the report's year or after
        # a year's words: those before it back to the year before ("and the APEC summit in Da Nang in 2017"),
        # and for the last, its "when" clause ("2017, when he attended the APEC week in Da Nang")
        seg = (
            years[k - 1].end() if k else listed.start("list"),
            listed.end() if k + 1 == len(years) else year.end(),
        )
        trips.append(_earlier_trip(view, i, current, seg, year.group(0), None))
    return trips


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _owner_of(name: str) -> dict[str, Any] | None:
    """A traveller named with a trip's noun ("Dmitry Medvedev's trip"), when the name's shape tells his
    side."""
    country = guess_country(name)
    if country is None or len(name.split()) < 2:
        return None
    return {"name": name, "key": person_key(name), "role": None, "country": country}


def visits_in_sentence(view: VisitView, i: int) -> list[dict[str, Any]]:
    s0, s1 = view.sents[i]
    text = view.text
    if _remote(view, s0, s1):
        return []
    people = _travelling_people(view, s0, s1)
    if not people:
        return _first_person_visit(view, i) or _trip_of_the_person_in_focus(view, i)
    present = _presence_visit(view, i, people)
    if present is not None:
        return present
    event = _event_with_focus(view, s0, s1)
    # Offsets of the words naming the trip itself, read once for all the rules below.
    trip_words = [m.start() for m in view.trigger_matches(_STRONG_TRIGGER, s0, s1)]
    trips = [t for t in trip_words if not _names_no_trip(text, t, s0)]
    if trip_words and not trips:
        return []  # "invited X to visit Vietnam": no trip the other words could be read for
    links = _travellers(view, people, trips, s0)
    if links:
        return _linked_visits(view, i, links, event)
    if trips:
        trigger_at = trips[0]
    else:
        trigger = next(view.trigger_matches(_VISIT_TRIGGER, s0, s1), None)
        assert trigger is not None
        trigger_at = trigger.start()
    dest, dest_at = _destination(view, s0, s1, event)
    visitor = _visitor(view, people, trigger_at, dest)
    if visitor is None:
        return []
    anchor = trigger_at if trips else (dest_at or trigger_at)
    window = (
        max(s0, anchor - DATE_WINDOW),
        _clause_end(text, anchor, min(s1, _date_reach(anchor, visitor.end))),
    )
    visit = _visit(view, i, visitor.data, dest, window, (s0, s1), event)
    if dest is None and trips:
        _mark_unsaid(view, i, visitor, trigger_at, visit)
    return _visits_of_listed_dates(view, visit, window)


def _names_no_trip(text: str, trip_at: int, s0: int) -> bool:
    """'invited X to visit Vietnam' (unless accepted), 'the 65th anniversary of a Soviet premier's first
    arrival in Hanoi'."""
    start = max(s0, trip_at - 140)
    invited = _INVITED_TO.search_slice(text, start, trip_at)
    # (the match is one of the words before the trip, ``invited.string``)
    if invited is not None and not ACCEPTED.search(invited.string, 0, invited.start()):
        return True
    return _HISTORIC_TRIP.search_slice(text, start, trip_at) is not None


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause holding ``start`` ends, at the latest ``end``: its dates are the trip's."""
    brk = CLAUSE_BREAK.search(text, start, end)
    return brk.start() if brk else end


def _presence_visit(
    view: VisitView, i: int, people: list[Mention], *, phrases: WindowSearch = _PRESENCE
) -> list[dict[str, Any]] | None:
    """'During his stay in Vladivostok, X met ...', 'X, while in Moscow, met ...': the subject of the clause
    the presence phrase opens or interrupts is there on a visit, if from the other side ([] at home or in
    a third country). So is a partner the phrase names: 'During his talks with Y in Hanoi, X said ...'.
    None where the sentence has no such phrase and subject: it is read as any other."""
    s0, s1 = view.sents[i]
    text = view.text
    phrase = phrases.search(text, s0, s1)
    if phrase is None:
        return None
    subject = _presence_subject(text, people, phrase, s0, s1)
    partners = [p for p in people if phrase.start() <= p.start and p.end <= phrase.end() and p is not subject]
    if subject is None and not partners:
        return None
    place = next((q for q in view.within("place", phrase.end(), s1) if q.start == phrase.end()), None)
    if place is None or place.data["side"] not in SIDES:
        return []
    # (a partner is there whoever the subject is: "During his talks with Y in Hanoi, Lam proposed ...",
    # where the subject is a surname the sentence alone does not tell)
    present = [p for p in (subject, *partners) if p is not None and p.data["country"] != place.data["side"]]
    dest = _with_city(view, place, s0, s1)
    # dated by the clause alone (with what opens the sentence): what the subject does next may lie
    # elsewhere in time ("..., X promoted the Games held in Kazan next September")
    clause_end = text.find(",", phrase.end(), s1)
    window = (s0, s1 if clause_end == -1 else clause_end)
    visits = [_visit(view, i, p.data, dest, window, (s0, s1), _event(text, s0, s1)) for p in present]
    for visit in visits:
        # like a joint act, the clause tells of an event of the visit: news of the report unless past or
        # planned
        visit["_told"] = [(s0, s1, True)] if visit["_told"] else []
    return visits


def _meeting_presence_visits(view: VisitView, i: int) -> list[dict[str, Any]]:
    """'At a meeting with Y in Hanoi, X said ...': who of the meeting comes from the other side."""
    s0, s1 = view.sents[i]
    if not _MEETING_NOUN.may_match(view.text, s0, s1):
        return []
    if _MEETING_PRESENCE.search(view.text, s0, s1) is None or _remote(view, s0, s1):
        return []
    return _presence_visit(view, i, _travelling_people(view, s0, s1), phrases=_MEETING_PRESENCE) or []


def _presence_subject(
    text: str, people: list[Mention], phrase: re.Match[str], s0: int, s1: int
) -> Mention | None:
    """The first person named after the comma closing an opening presence clause (not a host), or the
    person right before a presence clause set off by commas."""
    if PRESENCE_OPENS.match(text[s0 : phrase.start()]):
        comma = text.find(",", phrase.end(), s1)
        if comma == -1:
            return None
        after = [p for p in people if comma < p.start <= comma + PRESENCE_SUBJECT_REACH]
        return next((p for p in after if not _is_host(text, p)), None)
    before = [p for p in people if p.end <= phrase.start()]
    if before and PRESENCE_AFTER_SUBJECT.match(text[before[-1].end : phrase.start()]):
        return before[-1]
    return None


def _date_reach(trip_at: int, traveller_end: int) -> int:
    """Where the dates of a trip may end: near its trip word, or just after its traveller's name when
    the trip's words run on to it ("the visit by a large delegation ... led by X in March")."""
    return max(trip_at + DATE_WINDOW, traveller_end + OWNER_DATE_WINDOW)


def _visit(
    view: VisitView,
    i: int,
    person: dict[str, Any],
    dest: tuple[str, str | None] | None,
    window: tuple[int, int],
    region: tuple[int, int],
    event: str | None,
) -> dict[str, Any]:
    """One visit mention: ``window`` is where its dates are read, ``region`` the words about it.

    A mention that leaves the month open keeps its words in ``_told`` (start, end, joint act): if they
    tell of the visit as news, under way or concluded, it took place in the report's month.
    """
    s0, s1 = view.sents[i]
    start, end = _dates(view, *window, told_in=region)
    if start is None:
        start, end = _opening_date(view, s0, s1)
    if start is None:
        start = _near_future(view, *window)
    if start is None:
        start, end = _near_past(view, *window)
    if start is None and i > 0 and ANAPHORIC_EVENT.match(view.sentence_text(i)):
        # "The signing formed part of X's visit": the visit includes the day the last sentence gave.
        before, _ = _dates(view, *view.sents[i - 1])
        start = before[:7] if before and len(before) >= 7 else None
    if start is None and event is not None:
        start = _month_of_the_gathering_before(view, i, region)
    return {
        "type": "visit",
        "evidence": view.evidence(s0, s1),
        "person": {
            "name": person["name"],
            "key": person["key"],
            "role": person.get("role"),
            "country": person["country"],
        },
        "from": person["country"],
        "to": dest[0] if dest else None,
        "place": dest[1] if dest else None,
        "start": start,
        "end": end,
        "kind": _kind(view.text, *region, event),
        "event": event,
        "_told": [(*region, False)] if start is None or len(start) == 4 else [],
    }


def _month_of_the_gathering_before(view: VisitView, i: int, region: tuple[int, int]) -> str | None:
    """The month of the gathering a sentence refers back to ("X attended the event", "at the summit") when
    the sentence before it names one with its day: "Putin on October 23 hosted a reception for the
    delegations to the BRICS Summit. Prime Minister X attended the event." The day itself is left open:
    the words "the event" may stand for any day of the gathering."""
    if not _EVENT_BACK.search_slice(view.text, *region):
        return None
    k = i - 1
    while k >= 0 and view.sents[k][1] <= view.sents[k][0]:
        k -= 1  # blank lines
    if k < 0 or not _EVENT.search_slice(view.text, *view.sents[k]):
        return None
    before, _ = _dates(view, *view.sents[k])
    return before[:7] if before and len(before) >= 7 else None


def _visits_of_listed_dates(
    view: VisitView, visit: dict[str, Any], window: tuple[int, int]
) -> list[dict[str, Any]]:
    """'X toured Vietnam in 2005 as Governor and in 2012 as Speaker': a trip per date the window lists
    for the one trip verb (each as precise as written), else the visit alone."""
    listed = _listed_dates(view, window)
    spans = [_listed_span(view, d) for d in listed]
    if len(set(spans)) < 2 or _days_of_one_trip([start for start, _ in spans]):
        return [visit]
    return [
        {**visit, "person": dict(visit["person"]), "start": start, "end": end, "_told": []}
        for start, end in dict.fromkeys(spans)
        if start is not None
    ]


def _days_of_one_trip(starts: list[str | None]) -> bool:
    """'on June 19 and June 20', 'on May 31 and June 1': days close together are one trip's."""
    days = sorted(date.fromisoformat(s) for s in starts if s and len(s) == 10)
    return any((b - a).days <= ONE_TRIP_DAYS for a, b in pairwise(days))


def _listed_dates(view: VisitView, window: tuple[int, int]) -> list[Mention]:
    """The first run of dates (a year or a month) in ``window`` that a list joins ('in 2005 and in 2012')."""
    dated = [
        d
        for d in view.within("date", *window)
        if d.label in ("DATE", "PERIOD") and (d.data.get("year") or d.data.get("month"))
    ]
    run: list[Mention] = []
    for d in dated:
        if run and not LISTED_DATE_JOINER.match(view.text[run[-1].end : d.start]):
            if len(run) >= 2:
                break
            run = []
        run.append(d)
    return run if len(run) >= 2 else []


def _listed_span(view: VisitView, d: Mention) -> tuple[str | None, str | None]:
    """(start, end) of one listed date: a bare year stays a year."""
    start, end = view.span_of(d)
    if d.label == "PERIOD" and d.data.get("month") is None and start:
        return start[:4], None
    return start, end


def _told_as_current(text: str, start: int, end: int, *, joint_act: bool = False) -> bool:
    """Whether ``text[start:end]`` tells of a visit under way, just concluded, or as the setting of the
    news ("During Putin's visit, the sides signed ..."), not of a past trip or one still to come."""
    if _PAST_TRIP.search_slice(text, start, end):
        return False
    if (
        _UNDER_WAY.search_slice(text, start, end)
        or _RECENT.search_slice(text, start, end)
        or _VISITING_GUEST.search_slice(text, start, end)
    ):
        return True
    if _ANNOUNCED.search_slice(text, start, end):
        return False
    return bool(
        joint_act or _ENDED.search_slice(text, start, end) or _VISIT_AS_SETTING.search_slice(text, start, end)
    )


def _near_future(view: VisitView, start: int, end: int) -> str | None:
    """The date a trip 'tomorrow', 'next week' or 'next month' points to from the report: the day for
    'tomorrow', else the month."""
    m = _NEAR_FUTURE.search_slice(view.text, start, end)
    if m is None:
        return None  # (most windows: the report's date is not parsed for them)
    report = parse_iso(view.doc_date)
    if report is None or report[1] is None:
        return None
    year, month, day = report
    when = m.group("when").lower()
    if when.startswith("next month"):
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    if day is None:
        return None if when == "tomorrow" or when.startswith("next") else f"{year:04d}-{month:02d}"
    ahead = {"tomorrow": 1, "next week": 7, "next weekend": 7}.get(when, 0)
    then = date(year, month, day) + timedelta(days=ahead)
    return then.isoformat() if when == "tomorrow" else then.isoformat()[:7]


def _near_past(view: VisitView, start: int, end: int) -> tuple[str | None, str | None]:
    """The dates a trip 'yesterday', 'last weekend' (Saturday and Sunday), 'last week' or 'last month'
    points to back from the report: the day or days where the report gives its day, else the month."""
    m = _NEAR_PAST.search_slice(view.text, start, end)
    if m is None or _about_someone(view.text, start + m.start(), start):
        return None, None  # (most windows: the report's date is not parsed for them)
    report = parse_iso(view.doc_date)
    if report is None or report[1] is None:
        return None, None
    year, month, day = report
    when = m.group("when").lower()
    if when.endswith("month"):
        return (f"{year:04d}-{month - 1:02d}" if month > 1 else f"{year - 1:04d}-12"), None
    if m.group("n") and m.group("unit").lower().startswith(("month", "year")):
        return _months_back(year, month, m), None
    if day is None:
        return None, None
    today = date(year, month, day)
    if when == "yesterday":
        return (today - timedelta(days=1)).isoformat(), None
    if when == "last week":  # the week before the report's: its month, not a day
        return (today - timedelta(days=7)).isoformat()[:7], None
    if m.group("n"):  # "three days ago" is a day; "two weeks ago" only a month
        n = 1 if m.group("n").lower() == "a" else parse_count(m.group("n")) or 0
        if m.group("unit").lower().startswith("day"):
            return (today - timedelta(days=n)).isoformat(), None
        return (today - timedelta(weeks=n)).isoformat()[:7], None
    # the weekend before the report; a Sunday report's weekend is the one just ending
    saturday = today - timedelta(days=(today.weekday() - 5) % 7 or 7)
    return saturday.isoformat(), (saturday + timedelta(days=1)).isoformat()


def _months_back(year: int, month: int, m: re.Match[str]) -> str:
    """'six months ago' and 'this time three years ago' name a month; 'three years ago' only a year."""
    n = 1 if m.group("n").lower() == "a" else parse_count(m.group("n")) or 0
    if m.group("unit").lower().startswith("year"):
        return f"{year - n:04d}-{month:02d}" if m.group("same") else f"{year - n:04d}"
    back = year * 12 + month - 1 - n
    return f"{back // 12:04d}-{back % 12 + 1:02d}"


def _opening_date(view: VisitView, s0: int, s1: int) -> tuple[str | None, str | None]:
    """A date that opens the sentence dates what it tells: 'On April 7-8, 2016, X visited Hanoi', 'Last
    October, a delegation led by X visited Novosibirsk'."""
    text = view.text
    first = next(iter(view.within("date", s0, s1)), None)
    if (
        first is None
        or first.label not in ("DATE", "PERIOD", "RELATIVE")
        or not OPENING_DATE_LEAD.match(text[s0 : first.start])
        or not OPENING_DATE_END.match(text, first.end)
    ):
        return None, None
    start, end = view.span_of(first)
    if first.label == "PERIOD" and first.data.get("month") is None and start:
        return start[:4], None
    return start, end


@_kept  # asked by most rules of a sentence
def _travelling_people(view: VisitView, s0: int, s1: int) -> list[Mention]:
    """The persons of either side named in ``[s0, s1)`` who can be visitors (not resident diplomats, not
    an office named alone for whoever held it: ``OFFICE_NOT_HOLDER``)."""
    people = [
        p if p.data.get("country") in SIDES else _with_delegation_side(view, p, s0)
        for p in view.context.people_in(s0, s1)
    ]
    return [
        p
        for p in people
        if p.data.get("country") in SIDES and not _posted_there(view, p) and not _the_office(view, p, s0)
    ]


def _the_office(view: VisitView, p: Mention, s0: int) -> bool:
    """'The last visit of the State Duma Chairman took place four years ago': a role named alone as the
    traveller of an earlier trip, or after "a", names the office, not the one who holds it now."""
    if not p.data.get("bare") or p.data["key"].split()[-1] in fold_key(p.text):
        return False  # a name, not a role named alone
    return OFFICE_NOT_HOLDER.search(view.text, max(s0, p.start - OFFICE_REACH), p.start) is not None


def _with_delegation_side(view: VisitView, p: Mention, s0: int) -> Mention:
    """A leader whose side the name does not tell takes the side of the delegation they lead: 'a
    delegation of the Russian State Duma, headed by Deputy Speaker X'."""
    if p.data.get("country") in SIDES:
        return p
    lead = _DELEGATION_LEAD.search(view.text, max(s0, p.start - 100), p.start)
    if lead is None:
        return p
    sides = [q.data["side"] for q in view.within("place", max(s0, lead.start() - 40), p.start)]
    sides = [side for side in sides if side in SIDES]
    if not sides:
        return p
    return Mention(p.start, p.end, p.kind, p.label, p.text, {**p.data, "country": sides[-1]})


def _posted_there(view: VisitView, p: Mention) -> bool:
    """An ambassador (envoy, consul) lives where posted: on the other side, unless the title names a
    third country ("Russian Ambassador to Laos")."""
    if not _is_resident_role(p.data.get("role")):
        return False
    return not any(q.data["side"] == "OTHER" for q in view.within("place", p.start, p.end))


@cache  # a document's people hold a few roles
def _is_resident_role(role: str | None) -> bool:
    return bool(role and RESIDENT_ROLE.search(role))


def _doc_month(view: VisitView) -> str | None:
    """The month of the report: when an undated trip is said to be under way."""
    return view.doc_date[:7] if view.doc_date and len(view.doc_date) >= 7 else None


# --- who travels ---------------------------------------------------------------------------------


def _travellers(
    view: VisitView, people: list[Mention], trips: list[int], s0: int
) -> list[tuple[Mention, int]]:
    """(person, offset of the trip word) for each person the sentence ties to one of its ``trips``.

    A person owns a trip ("the visit by X", "X's visit"), is the subject of a trip verb ("X and Y
    visited Russia") or the one "his"/"her" trip points back to. One entry per person, in order of the
    trip word.
    """
    if not trips:
        return []
    text = view.text
    links: dict[str, tuple[Mention, int]] = {}
    # trip words a relative clause or an adjective gives their traveller ("Y, who is on an official
    # visit", "his visiting counterpart Y") make no one else their subject ("X will meet Y, who is on a
    # visit to Russia")
    claimed: set[int] = set()
    for p in people:
        owned = _owned_trip(text, p, s0)
        if owned is not None and DELEGATION.match(text, owned):
            # "the delegation led by X arrived on a visit on Sunday": the trip word after the leader
            # anchors the visit's dates, not the word "delegation" before him
            owned = next((t for t in trips if t >= p.end), owned)
        if owned is not None and text.startswith("visiting", owned):
            claimed.add(owned)
        if owned is None:
            owned = _trip_of_relative_clause(text, p, trips)
            if owned is not None:
                claimed.add(owned)
        if owned is not None:
            links.setdefault(p.data["key"], (p, owned))
    for t in trips:
        if t in claimed:
            continue
        for p in (
            _subjects(text, people, t, trips)
            or _pronoun_owner(view, people, t, s0)
            or _present(text, people, t)
        ):
            links.setdefault(p.data["key"], (p, t))
    return sorted(links.values(), key=lambda link: link[1])


def _present(text: str, people: list[Mention], trip_at: int) -> list[Mention]:
    """Everyone named after an attendance told first: "Attending the forum were X, Y and Z"."""
    return [p for p in people if _present_at(text, p, trip_at)]


def _pronoun_owner(view: VisitView, people: list[Mention], trip_at: int, s0: int) -> list[Mention]:
    """The person "his"/"her" trip to a named place points back to: the nearest one before it from
    another side than the place, whatever their part in the clause ("we are glad to meet Prime Minister
    X within the framework of his official visit to Vietnam"); none where no place is named."""
    reach = max(s0, trip_at - 30)
    pronoun = _PRONOUN_OWNER.search_slice(view.text, reach, trip_at)
    if pronoun is None:
        return []
    _, s1 = view.sents[view.sentence_of(trip_at)]
    before = [p for p in people if p.end <= trip_at]
    owner = next((p for p in reversed(before) if _destination_after(view, p, trip_at, s1, s0)), None)
    at = reach + pronoun.start()  # (a slice's match: its offsets count from the slice)
    if owner is None and not before and OPENING_LEAD.fullmatch(view.text, s0, at):
        owner = _the_person_in_focus(view, at, at + len(pronoun.group(1)))
    return [owner] if owner is not None else []


def _the_person_in_focus(
    view: VisitView, start: int, end: int, *, unsided: str | None = None
) -> Mention | None:
    """The person a pronoun opening a sentence ("His visit is made at the invitation of ...") stands
    for: the one in focus (``DocumentContext.focus_at``), as a reference at the pronoun; not a
    resident diplomat. ``unsided``: the side of the one in focus when the text never tells it (the
    side of the delegation the sentence is about: "Deputy minister Son spoke. The delegation then
    visited ...")."""
    person = view.context.focus_at(start)
    if person is None or _is_resident_role(person.role):
        return None
    country = person.country if person.country is not None else unsided
    if country not in SIDES:
        return None
    data = {"name": person.name, "key": person.key, "role": person.role, "country": country}
    return Mention(start, end, "person", "PERSON", view.text[start:end], data)


def _trip_of_relative_clause(text: str, p: Mention, trips: list[int]) -> int | None:
    """Offset of the trip word in "X, who is on an official visit to Moscow" after the person X."""
    if not TRAVELLER_CLAUSE.match(text, p.end):
        return None
    return next((t for t in trips if p.end < t <= p.end + TRAVELLER_CLAUSE_REACH), None)


def _owned_trip(text: str, p: Mention, s0: int) -> int | None:
    """Offset of the trip word a person owns: 'the visit (to Hanoi) by X', "X's visit"."""
    before = _VISIT_OF.search(text, max(s0, p.start - 60), p.start)
    if before is not None:
        return before.start()
    tail = text[p.end - 2 : p.end + 40] if _is_possessive(text, p) else text[p.end : p.end + 40]
    after = OWNER_AFTER.match(tail)
    if after is not None:
        return p.end + after.end() - 1
    return None


def _subjects(text: str, people: list[Mention], trip_at: int, trips: list[int]) -> list[Mention]:
    """The person (and those conjoined with them) right before a trip verb, in the same clause."""
    before = [p for p in people if p.end <= trip_at and not any(p.end <= t < trip_at for t in trips)]
    before = [
        p
        for p in before
        # (the host's words, a search before the name, are looked for last)
        if not SPEAKER_COLON.match(text, p.end)
        and _one_clause_or_predicates(text[p.end : trip_at])
        and not _is_host(text, p)
    ]
    if before and _owns_trip_at(text, before[-1], trip_at):
        return []  # "during Medvedev's visit": the owner read it; no one before him is its subject
    # a possessive names whose the subject is, not the subject: "Ho Chi Minh's Monument", "Putin's aide"
    before = [p for p in before if not _possessive_of_another(text, p)]
    if not before:
        return []
    if _in_participle_clause(text, trip_at):
        return [before[0]]  # "X received Y right after arriving in Kazan": the main clause's subject
    if TRIP_NOUN.match(text, trip_at) and not _makes_traveller(text, before[-1].end, trip_at):
        return []
    chosen = [before[-1]]
    for p in reversed(before[:-1]):
        if not CONJOINED.match(text[p.end : chosen[-1].start]):
            break
        chosen.append(p)
    return chosen


def _one_clause_or_predicates(between: str) -> bool:
    """Whether the words between a subject and a trip verb stay in its clause: no semicolon, or only
    semicolons between the predicates of one subject ("X laid wreaths ...; met veterans ...; and
    visited Saint Petersburg": each part opens with a verb, not a subject of its own)."""
    return all(COORDINATED_PREDICATE.match(part) for part in between.split(";")[1:])


def _in_participle_clause(text: str, trip_at: int) -> bool:
    """'after arriving', 'upon landing', 'before leaving': a trip verb without a subject of its own."""
    return bool(
        PARTICIPLE.match(text, trip_at) and PARTICIPLE_LEAD.search(text, max(0, trip_at - 25), trip_at)
    )


def _is_possessive(text: str, p: Mention) -> bool:
    return text[p.end - 2 : p.end] in ("’s", "'s")


def _possessive_of_another(text: str, p: Mention) -> bool:
    """ "Putin's aide", "Ho Chi Minh's Monument": the possessive names someone or something else, not a
    trip of the person's ("Putin's visit") nor what carries them ("Putin's plane landed")."""
    if not _is_possessive(text, p):
        return False
    tail = text[p.end - 2 : p.end + 40]
    return OWNER_AFTER.match(tail) is None and CARRIER_AFTER.match(tail) is None


def _owns_trip_at(text: str, p: Mention, trip_at: int) -> bool:
    """ "Medvedev's (two-day) visit": the possessive owns the trip word at ``trip_at``."""
    if not _is_possessive(text, p):
        return False
    owner = OWNER_AFTER.match(text[p.end - 2 : trip_at + 12])
    return owner is not None and p.end - 2 + owner.end() > trip_at


def _makes_traveller(text: str, start: int, trip_at: int) -> bool:
    """A trip noun is the subject's with a verb ("X paid a visit") or a pronoun ("X, before his trip");
    "X said the visit ..." names no traveller. Right after the subject the word is the verb ("when X
    visits in October")."""
    return bool(
        text[start:trip_at].isspace()
        or _LIGHT_VERB.search(text, start, trip_at)
        or _PRONOUN_OWNER.search_slice(text, start, trip_at)
    )


def _is_host(text: str, p: Mention) -> bool:
    return _HOST_BEFORE.search_slice(text, max(0, p.start - 40), p.start) is not None


def _linked_visits(
    view: VisitView, i: int, links: list[tuple[Mention, int]], event: str | None
) -> list[dict[str, Any]]:
    """A visit per linked traveller; with several, each reads its own stretch of the sentence."""
    s0, s1 = view.sents[i]
    starts = [min(p.start, t) for p, t in links]
    out = []
    for k, (p, trip_at) in enumerate(links):
        end = next((b for b in starts[k + 1 :] if b > trip_at), s1)
        if _goes_to_third_country(view, trip_at, end):
            continue
        dest, dest_end = _destination_of(view, i, p, (trip_at, end), event)
        if dest is None and p.data["country"] in SIDES and _is_own_side_only(view, s0, s1, p):
            continue
        own_event = event
        if len(links) == 1:
            reach = _date_reach(trip_at, p.end)
            if dest_end is not None:  # "attended the ... Forum (SPIEF) in Russia on June 20"
                reach = max(reach, dest_end + PLACE_DATE_WINDOW)
            window = (max(s0, trip_at - DATE_WINDOW), _clause_end(view.text, trip_at, min(s1, reach)))
            if _is_possessive(view.text, p) and p.end <= trip_at and view.within("date", trip_at, window[1]):
                # "X's visit to Hanoi in November" dates itself: not by "in Sochi in September" before it
                window = (max(window[0], p.start), window[1])
            region = (s0, s1)
        else:
            window = _own_or_shared_window(view, (starts[k], end), (s0, starts[0]))
            # a little before the traveller too: "this year's official visit by ..." gives the kind
            region = (max(s0, starts[k - 1] if k else s0, starts[k] - 25), end)
            # the gathering of this trip, or one named before the whole list
            own_event = _event(view.text, *region) or _event(view.text, s0, starts[0])
        visit = _visit(view, i, p.data, dest, window, region, own_event)
        if dest is None:
            _mark_unsaid(view, i, p, trip_at, visit)
        out.extend(_visits_of_listed_dates(view, visit, window))
    return out


def _mark_unsaid(view: VisitView, i: int, p: Mention, trip_at: int, visit: dict[str, Any]) -> None:
    """Marks a journey told without its destination ("when X visits in late October", "During his
    visit, X is to meet Prime Minister Y"), for ``_place_unsaid``: ``_unsaid`` holds the side the
    sentence points to, the other side than the traveller's where it names a person or a territory of
    that side and none of a third country (None where it points nowhere). Not for a traveller who
    receives ("During the visit, President X received Y": X is the host)."""
    text = view.text
    s0, s1 = view.sents[i]
    attended = ATTENDED_THE_GATHERING.match(text, trip_at) is not None
    if not (JOURNEY_WORD.match(text, trip_at) or attended) or RECEIVER_AFTER.match(text, p.end):
        return
    if not (_tied_to_trip(text, p, trip_at, s0) or _present_at(text, p, trip_at)):
        return  # "She said Moscow values this visit highly": someone else's trip
    if _destination(view, s0, s1, None)[0] is not None:
        return  # the sentence names where a trip goes, only not for this traveller: no trip of theirs
    _mark_pointed(view, p.data, visit, (s0, s1), (s0, s1))
    if attended and "_unsaid" in visit:
        # attending points to no side (one attends at home too): only the gathering the story told places it
        visit["_unsaid"] = (None, s0, s1, True)


def _present_at(text: str, p: Mention, trip_at: int) -> bool:
    """Whether ``p`` is named among those present after an attendance told first: "Attending the forum
    were X, Y and Z"."""
    told = ATTENDANCE_BEFORE_PRESENT.match(text, trip_at)
    return told is not None and p.start >= told.end()


def _mark_pointed(
    view: VisitView,
    person: dict[str, Any],
    visit: dict[str, Any],
    told: tuple[int, int],
    named_in: tuple[int, int],
) -> None:
    """Sets ``_unsaid`` (for ``_place_unsaid``) on a trip told in ``told`` without its destination: the
    other side than the traveller's where the words of ``named_in`` name a person or a territory of that
    side and none of a third country, else None; nothing at all for a third country named."""
    people = view.context.people_in(*named_in)
    places = _territories(view, *named_in)
    if any(q.data["side"] == "OTHER" and q.label != "BLOC" for q in places):
        return  # a trip to a third country
    own = person["country"]
    named = {q.data["side"] for q in places} | {
        q.data.get("country") for q in people if q.data["key"] != person["key"]
    }
    other = next(side for side in SIDES if side != own)
    visit["_unsaid"] = (other if own in SIDES and other in named else None, *told, False)


def _trip_elsewhere_told(view: VisitView, s0: int) -> bool:
    """Whether the story's trip goes to a third country ("Russian Foreign Minister X arrived in Beijing
    ..."), as its lead tells or a sentence shortly before ``s0``: "the visit" may be that one."""
    event = view.context.main_event
    if event is not None and event.side not in SIDES:
        return True
    i = view.sentence_of(s0)
    for k in range(max(0, i - ANAPHORA_REACH), i):
        k0, k1 = view.sents[k]
        if any(
            _goes_to_third_country(view, t.start(), k1) for t in _STRONG_TRIGGER.finditer(view.text, k0, k1)
        ):
            return True
    return False


def _tied_to_trip(text: str, p: Mention, trip_at: int, s0: int) -> bool:
    """Whether the words make ``p`` the traveller of the trip word at ``trip_at``, not just someone who
    speaks of a trip: its subject ("when X visits", "X paid a visit", "X led the delegation"), the one
    "his"/"her" trip points to, or the subject of a sentence the trip sets ("During the visit, X ...")."""
    if p.end <= trip_at:
        return not TRIP_NOUN.match(text, trip_at) or _makes_traveller(text, p.end, trip_at)
    return SETTING_BEFORE_SUBJECT.fullmatch(text, s0, p.start) is not None


def _place_unsaid(
    view: VisitView, mentions: list[dict[str, Any]], story_trip: tuple[str, str | None] | None
) -> None:
    """A journey told without its destination (``_mark_unsaid``) that no placed mention of the same
    person completes goes where the story's event is (its trip's destination, else its lead's or
    dateline's place; for an attendance, "attended the forum", the lead's or dateline's place only), if
    the traveller comes from the other side; else to the side its sentence points to. (Others keep no
    destination: merged into their person's placed trip, or dropped.)"""
    placed = [m for m in mentions if m["to"] is not None]
    for m in mentions:
        if m["to"] is not None or "_unsaid" not in m:
            continue
        pointed, s0, s1, attended = m.pop("_unsaid")
        key = m["person"]["key"]
        if any(f["person"]["key"] == key and _compatible(f, m) for f in placed):
            continue
        # "attended the forum": where the story's gathering is held (its lead or dateline), whatever trip
        # the story tells
        host = _story_host(view, s0, s1, None if attended else story_trip)
        if host is not None and host[0] != m["from"]:
            m["to"], m["place"] = host
        elif pointed is not None and not _trip_elsewhere_told(view, s0):
            m["to"] = pointed


def _host_side(
    view: VisitView, p: Mention, s0: int, s1: int, *, visiting: bool
) -> tuple[str, str | None] | None:
    """A trip that names no place goes to the side of the host the sentence names: 'Putin inked deals
    with Vietnam's leader Le Van An during a state visit' (not a resident diplomat as host); a
    'visiting' guest is on the side of whoever of the other side the sentence names with them ('Deputy
    PM X told his visiting Russian counterpart Y')."""
    text = view.text
    if _joint_place(view, s0, s1, any_side=True) is not None:
        return None  # "held talks with his visiting counterpart in Moscow": the words place it
    sides = {
        q.data["country"]
        for q in _travelling_people(view, s0, s1)
        if q.data["country"] != p.data["country"] and (visiting or _is_host(text, q))
    }
    return (sides.pop(), None) if len(sides) == 1 else None


def _own_or_shared_window(view: VisitView, own: tuple[int, int], lead: tuple[int, int]) -> tuple[int, int]:
    """Where a trip of a list reads its dates: its own stretch, else the words before the whole list,
    which date every trip of it ("events anticipated in 2010, including X's visit to Russia and Y's
    visit to Hanoi")."""
    return own if view.within("date", *own) or not view.within("date", *lead) else lead


def _is_own_side_only(view: VisitView, s0: int, s1: int, p: Mention) -> bool:
    """Every place the sentence names is on the traveller's own side: a trip home, not a visit. (Not
    the side in a title: "When Russian Deputy Prime Minister X visits" names no place.)"""
    places = [q for q in _territories(view, s0, s1) if q.data["side"] in SIDES]
    return bool(places) and all(q.data["side"] == p.data["country"] for q in places)


def _sentence_destination(
    view: VisitView, i: int, p: Mention, event: str | None
) -> tuple[tuple[str, str | None] | None, int | None]:
    """(destination, None) the sentence names for a traveller from the other side, else (None, None)."""
    s0, s1 = view.sents[i]
    dest, _ = _destination(view, s0, s1, event)
    return (dest, None) if dest is not None and dest[0] != p.data["country"] else (None, None)


def _destination_after(
    view: VisitView, p: Mention, trip_at: int, end: int, s0: int
) -> tuple[tuple[str, str | None], int] | None:
    """The other side's place this traveller's trip goes to ('visit to Hanoi', 'the Russia visit'), and
    where its name ends."""
    text = view.text
    places = [
        q
        for q in view.within("place", max(s0, trip_at - 40), end)
        if q.data["side"] in SIDES
        and q.data["side"] != p.data["country"]
        and not (p.start <= q.start < p.end)
        and (_names_territory(text, q) or _adjective_before_trip(text, q))
    ]
    for q in places:
        if q.end <= trip_at:
            if PLACE_BEFORE_TRIP.match(text[q.end : q.end + 20]):
                return _with_city(view, q, trip_at, end), q.end
            continue
        before = max(trip_at, q.start - 60)  # the words before the place, from the trip word on
        if _TO_PLACE.search_slice(text, max(before, q.start - 40), q.start) or _TO_LIST.search_slice(
            text, before, q.start
        ):
            return _with_city(view, q, trip_at, end), _place_words_end(text, q)
    return None


def _destination_of(
    view: VisitView, i: int, p: Mention, stretch: tuple[int, int], event: str | None
) -> tuple[tuple[str, str | None] | None, int | None]:
    """Where the trip at the start of ``stretch`` takes traveller ``p``, and where its words end: a place
    after the trip word, else the sentence's, the host's side, or the premises of a firm visited. Those
    present at an attendance told first ("Attending the forum in Moscow were X, Y") read only the words
    before their names: the places in the names that follow are no one's destination."""
    s0, s1 = view.sents[i]
    trip_at, end = stretch
    present = ATTENDANCE_BEFORE_PRESENT.match(view.text, trip_at)
    if present is not None:
        return _destination_after(view, p, trip_at, present.end(), s0) or (None, None)
    dest, dest_end = _destination_after(view, p, trip_at, end, s0) or _sentence_destination(view, i, p, event)
    if dest is None:
        dest = _host_side(view, p, s0, s1, visiting=view.text.startswith("visiting", trip_at))
    if dest is None:
        dest = _premises_visited(view, p, trip_at, end)
    return dest, dest_end


def _premises_visited(view: VisitView, p: Mention, trip_at: int, end: int) -> tuple[str, None] | None:
    """(side, no city) of the other side's firm whose premises a trip that names no place goes to: "paid a
    visit to the JSC 'Zarubezhneft' office", "visited the headquarters of Gazprom"."""
    text = view.text
    for org in view.within("org", trip_at, end):
        side = org.data.get("side")
        if side not in SIDES or side == p.data["country"]:
            continue
        if view.within("place", trip_at, min(end, org.end + PREMISES_PLACE_REACH)):
            continue  # "the Hanoi office of Gazprom", "the Gazprom office in Hanoi": the place says where
        before = PREMISES_BEFORE.search(text, max(trip_at, org.start - 60), org.start)
        if before is not None and (before.group("premises") or PREMISES_AFTER.match(text, org.end)):
            return side, None
    return None


def _adjective_before_trip(text: str, q: Mention) -> bool:
    """'the official Russian visit of President X': a side's adjective right before the trip word names
    where a traveller of the other side goes."""
    return ADJECTIVE_PLACE.match(q.text) is not None and ADJECTIVE_BEFORE_TRIP.match(text, q.end) is not None


def _place_words_end(text: str, q: Mention) -> int:
    """Where the words naming the place end: 'in Kazan, Russia', 'in St. Petersburg (SPIEF), Russia'."""
    apposition = PLACE_APPOSITION.match(text, q.end)
    return apposition.end() if apposition else q.end


def _goes_to_third_country(view: VisitView, trip_at: int, end: int) -> bool:
    """'arrived in Laos after talks in Hanoi': the trip word's own destination is a third country."""
    text = view.text
    for q in view.within("place", trip_at, end):
        if _TO_PLACE.search_slice(text, max(trip_at, q.start - 40), q.start):
            in_list = LIST_JOINER.match(text, q.end) is not None  # "visit Laos and Russia": both
            return q.data["side"] == "OTHER" and q.label != "BLOC" and not in_list
    return False


def _with_city(view: VisitView, q: Mention, start: int, end: int) -> tuple[str, str | None]:
    """(side, city): a country named with one of its cities nearby takes the city."""
    if q.label == "CITY":
        return q.data["side"], q.data["name"]
    city = next(
        (
            c
            for c in view.within("place", start, end)
            if c.label == "CITY" and c.data["side"] == q.data["side"]
        ),
        None,
    )
    return q.data["side"], city.data["name"] if city else None


def _first_person_visit(view: VisitView, i: int) -> list[dict[str, Any]]:
    """'This is my first visit to Vietnam' in a transcript: the visitor is the current speaker."""
    s0, s1 = view.sents[i]
    if not _FIRST_PERSON_TRIP.search_slice(view.text, s0, s1):
        return []
    speaker = view.context.speaker_at(s0)
    if speaker is None or speaker.data.get("country") not in SIDES:
        return []
    event = _event(view.text, s0, s1)
    dest, _ = _destination(view, s0, s1, event)
    if dest is not None and dest[0] == speaker.data["country"]:
        return []
    visit = _visit(view, i, speaker.data, dest, (s0, s1), (s0, s1), event)
    if visit["_told"] and not _RECALLED.search_slice(view.text, s0, s1):
        # a guest's words on the visit are spoken during it ("thank you for organizing our state visit"),
        # unless recalled ("my recent visit to Vietnam")
        visit["_told"] = [(s0, s1, True)]
    if dest is None:  # "our state visit": where the speaker's paragraph points ("the residents of Hanoi")
        line = view.context.paragraph_of(s0)
        starts = view.context.paragraphs
        end = starts[line + 1] if line + 1 < len(starts) else len(view.text)
        _mark_pointed(view, speaker.data, visit, (s0, s1), (starts[line], end))
    return [visit]


def _trip_of_the_person_in_focus(view: VisitView, i: int) -> list[dict[str, Any]]:
    """'X took office in April. The trip to Russia is his first abroad': a sentence that opens on "the
    trip", "this visit" and names no one refers back to the trip of the person in focus (the subject of
    the last sentence naming anyone, ``DocumentContext.focus_at``), if from another side than the place
    it names (not a resident diplomat). So does "the delegation" as the subject of a trip word ("Deputy
    Minister X spoke. The delegation then visited universities in Russia"): the one it stands for is
    the person in focus, if of the delegation's side."""
    s0, s1 = view.sents[i]
    sentence = view.sentence_text(i)
    delegation = DELEGATION_SUBJECT.match(sentence)
    if delegation is not None and not _STRONG_TRIGGER.search(view.text, s0 + delegation.end(), s1):
        delegation = None
    if (delegation is None and not ANAPHORIC_TRIP.match(sentence)) or _remote(view, s0, s1):
        return []
    named = (
        view.within("place", s0 + delegation.start("delegation"), s0 + delegation.end()) if delegation else []
    )
    side = named[-1].data["side"] if named else (_delegation_side_told(view, s0) if delegation else None)
    person = _the_person_in_focus(view, s0, s0, unsided=side)
    if person is None:
        return []
    if any(q.data["side"] != person.data["country"] for q in named):
        return []  # "The Vietnamese delegation ..." after a Russian host: not the host's trip
    event = _event(view.text, s0, s1)
    dest, _ = _destination(view, s0, s1, event)
    if dest is None or dest[0] == person.data["country"]:
        return []
    told = view.context.focus_at(s0)
    unsided = told is not None and told.country is None
    if unsided and _named_with_side(view, person.data["key"], dest[0], before=s0):
        return []  # "officials of Russia's ministry led by Deputy Minister X": a host of the destination
    return [_visit(view, i, person.data, dest, (s0, s1), (s0, s1), event)]


def _delegation_side_told(view: VisitView, before: int) -> str | None:
    """The side of the delegation the story named last before ``before`` with its side ("The Vietnamese
    delegation met officials", "a delegation from Vietnam"): whom a later "the delegation" stands for."""
    text = view.text
    at = text.rfind("delegation", 0, before)
    while at != -1:
        k0, _ = view.sents[view.sentence_of(at)]
        places = view.within("place", max(k0, at - DELEGATION_SIDE_BEFORE), at)
        of = DELEGATION_OF.match(text, at + len("delegation"))
        if of is not None:
            places += view.within("place", of.end(), of.end() + DELEGATION_SIDE_BEFORE)[:1]
        sides = [q.data["side"] for q in places if q.data["side"] in SIDES]
        if sides:
            return sides[-1]
        at = text.rfind("delegation", 0, at)
    return None


def _named_with_side(view: VisitView, key: str, side: str, *, before: int) -> bool:
    """Whether a reference to the person ``key`` before ``before`` follows, in its sentence, a word of
    ``side`` ("officials of Russia's ministry led by Deputy Minister X")."""
    for p in view.context.people_in(0, before):
        if p.data["key"] != key:
            continue
        k0, _ = view.sents[view.sentence_of(p.start)]
        before_name = view.within("place", max(k0, p.start - SIDE_BEFORE_NAME), p.start)
        if any(q.data["side"] == side for q in before_name):
            return True
    return False


def _companions(view: VisitView, i: int, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'Deputy PM X, who is accompanying PM Y during his visit to Russia': X of Y's side, named right
    before Y, makes the same trip."""
    s0, s1 = view.sents[i]
    travelling = {v["person"]["key"]: v for v in found if v["to"] is not None}
    if not travelling or view.text.find("ccompan", s0, s1) == -1:  # every COMPANION holds it
        return []
    out = []
    for a, b in pairwise(_travelling_people(view, s0, s1)):
        visit = travelling.get(b.data["key"])
        if (
            visit is not None
            and a.data["key"] not in travelling
            and a.data["country"] == b.data["country"]
            and COMPANION.match(view.text[a.end : b.start])
        ):
            person = {k: a.data.get(k) for k in ("name", "key", "role", "country")}
            out.append({**visit, "person": person, "_told": list(visit["_told"])})
    return out


def _sentences_naming_a_side(view: VisitView) -> list[int]:
    """Sentences that name a person of either side: the only ones where a meeting or a reception can
    place someone (read from the few person mentions rather than by scanning the text for the words)."""
    return sorted(
        view.sentences_of(p.start for p in view.mentions["person"] if p.data.get("country") in SIDES)
    )


def _sentences_naming_both_sides(view: VisitView) -> list[int]:
    """Sentences that name a person of each side (or one and "his Vietnamese counterpart"): the only
    ones where two leaders can act together (read from the few person mentions rather than by scanning
    the text for the acts)."""
    sides: dict[int, set[str]] = {}
    for i, country in view.sided_people():
        sides.setdefault(i, set()).add(country)
    if len({side for found in sides.values() for side in found}) < len(SIDES):
        # no person of one side: a counterpart named by office can still be the other
        if not sides or view.text.find("counterpart") == -1:
            return []
        for i, found in sides.items():
            s0, s1 = view.sents[i]
            found.update(_nationality_side(m.group("nat")) for m in COUNTERPART.finditer(view.text, s0, s1))
    return sorted(i for i, found in sides.items() if len(found) == len(SIDES))


def _joint_act_visits(
    view: VisitView, i: int, story_trip: tuple[str, str | None] | None = None
) -> list[dict[str, Any]]:
    """'Putin and Lam signed a joint declaration in Moscow', 'X met Y in Hanoi': two leaders of the two
    sides act together in one side's city, so the other side's leader is there on a visit. Where the
    sentence names no place ('X and his Russian counterpart Y, who co-chaired the meeting, ...'), they
    act where the story's event is: its trip's destination, else its lead's or dateline's place."""
    s0, s1 = view.sents[i]
    text = view.text
    if _remote(view, s0, s1):
        return []
    people = [p for p in _travelling_people(view, s0, s1) if not p.data.get("former")]
    # (the words linking two leaders are read once per pair, not once per act word)
    pairs = [
        (a, b)
        for a, b in pairwise(people)
        if a.data["country"] != b.data["country"] and JOINT_LINK.match(text[a.end : b.start])
    ]
    found = next(
        (
            (act, (a, b))
            for act in (_JOINT_ACT.finditer(text, s0, s1) if pairs else ())
            for a, b in pairs
            if _acting_together(text, a, b, act)
        ),
        None,
    )
    if found is None:
        return []
    act, pair = found
    dest = _act_place(view, i, act, story_trip)
    if dest is None:
        return []
    visitor = next(p for p in pair if p.data["country"] != dest[0])
    if _met_remotely(view, visitor.data["key"]):
        return []
    # (from the act, or from the agents named after it: "the agreements reached by X and Y in Sochi in
    # September")
    window = (max(s0, act.start() - DATE_WINDOW), min(s1, max(act.end(), pair[1].end) + DATE_WINDOW))
    event = _event(text, s0, s1)
    visit = _visit(view, i, visitor.data, dest, window, (s0, s1), event)
    if act.group().lower().endswith("reached") and visit["start"] is None:
        # what the two settled, told as a noun, was settled before the report, at a time only a date
        # tells: "the agreements reached by X and Y in Sochi" alone is no news of a trip
        return []
    visit["_told"] = [(s0, s1, True)] if visit["_told"] else []
    return [visit]


def _another_joint_act_visit(view: VisitView, i: int, placed: set[str]) -> list[dict[str, Any]]:
    """A joint act in a sentence that placed another trip: "the agreements reached by X and Y in Sochi in
    September, and those reached during Z's visit to Hanoi". Only someone else's, and only in a city
    the sentence names: the story's place may be that other trip's ("X met Y to prepare Z's visit")."""
    s0, s1 = view.sents[i]
    cities = {q.data["name"] for q in view.within("place", s0, s1) if q.label == "CITY"}
    return [
        m for m in _joint_act_visits(view, i) if m["person"]["key"] not in placed and m["place"] in cities
    ]


def _act_place(
    view: VisitView, i: int, act: re.Match[str], story_trip: tuple[str, str | None] | None
) -> tuple[str, str | None] | None:
    """(side, city) where a joint act happens: the place 'in' which the sentence says it happens (after
    the act; before a meeting told as a noun, 'signed deals in Moscow following meetings between X and
    Y'), else where the story's event is (in the story's year, and not somewhere else than the sides)."""
    s0, s1 = view.sents[i]
    place = _joint_place(view, act.end(), s1)
    if place is None and act.group().lower().endswith("between"):
        place = _joint_place(view, s0, act.start())
    if place is not None:
        return _with_city(view, place, s0, s1)
    if _joint_place(view, s0, s1, any_side=True) is not None:
        return None  # "While in Moscow, X met Y": placed by other words, read by the presence rules
    if act.group().lower() == "agreed":
        return None  # "X and Y have agreed to raise trade": agreed anywhere, by letter or by phone
    if any(_names_territory(view.text, q) for q in view.within("place", s0, s1) if q.data["side"] == "OTHER"):
        return None
    return _story_host(view, s0, s1, story_trip)


def _story_host(
    view: VisitView, s0: int, s1: int, story_trip: tuple[str, str | None] | None
) -> tuple[str, str | None] | None:
    """Where the story's event takes place, for a sentence that names no place: the destination of the
    story's trip, else its lead's or dateline's place; none for a sentence dated in another year."""
    occasion = view.context.host_at(s0)
    host = story_trip or ((occasion.side, occasion.city) if occasion is not None else None)
    return host if host is not None and _in_the_story_year(view, s0, s1) else None


def _story_trip(view: VisitView, mentions: list[dict[str, Any]]) -> tuple[str, str | None] | None:
    """(side, city) of the first trip of the story's year the sentences told with its destination: where
    the story's meetings take place, whatever its dateline."""
    year = view.doc_year()
    for m in mentions:
        if m["to"] is not None and (m["start"] is None or year is None or m["start"][:4] == str(year)):
            return m["to"], m["place"]
    return None


def _meeting_visits(
    view: VisitView, i: int, story_trip: tuple[str, str | None] | None = None
) -> list[dict[str, Any]]:
    """'X held talks with his Vietnamese counterpart' in a Hanoi-datelined story, 'during his meeting with
    the President of Vietnam Y in Moscow': officials of both sides meet where the sentence places the
    event, else where the story's trip goes (``story_trip``), else its lead or dateline; the one from the
    other side is visiting. A meeting in a third country, by phone or video (here or where the story
    names the guest), or dated in another year than the story's is none."""
    s0, s1 = view.sents[i]
    text = view.text
    act = _MEETING.search(text, s0, s1)
    if act is None or _remote(view, s0, s1):
        return []
    places = [q for q in view.within("place", s0, s1) if _names_territory(text, q)]
    if any(q.data["side"] == "OTHER" and q.label != "BLOC" for q in places):
        return []
    named = _joint_place(view, act.start(), s1) or _opening_place(view, s0, act.start())
    if named is not None:
        host = (named.data["side"], named.data["name"] if named.label == "CITY" else None)
        if not _in_the_story_year(view, s0, s1):
            return []
    else:
        host = _story_host(view, s0, s1, story_trip) or _local_hosts_home(view, s0, s1)
    if host is None:
        return []
    people = [p for p in _travelling_people(view, s0, s1) if not p.data.get("former")]
    guests = {p.data["key"]: p for p in people if p.data["country"] != host[0]}
    hosting = any(p.data["country"] == host[0] for p in people) or any(
        _nationality_side(m.group("nat")) == host[0] for m in COUNTERPART.finditer(text, s0, s1)
    )
    if len(guests) != 1 or not hosting:
        return []
    guest = next(iter(guests.values()))
    if _met_remotely(view, guest.data["key"]):
        return []
    window = (max(s0, act.start() - DATE_WINDOW), min(s1, act.end() + DATE_WINDOW))
    visit = _visit(view, i, guest.data, host, window, (s0, s1), _event(text, s0, s1))
    visit["_told"] = [(s0, s1, True)] if visit["_told"] else []
    return [visit]


def _gathering_visits(view: VisitView, i: int) -> list[dict[str, Any]]:
    """'On the sidelines of the Valdai forum in Sochi, the Russian leader met Prime Minister X':
    a gathering held on one side opens the sentence as the setting of a meeting; whoever of the other
    side the sentence names is there as a guest (not a resident diplomat)."""
    s0, s1 = view.sents[i]
    text = view.text
    setting = GATHERING_SETTING.match(text, s0, s1) or GATHERING_SETTING_UNPLACED.match(text, s0, s1)
    if setting is None or _remote(view, s0, s1):
        return []
    act = _MEETING.search(text, setting.end(), s1) or _JOINT_ACT.search(text, setting.end(), s1)
    if act is None:
        return []
    host = _setting_host(view, setting, s0, s1)
    if host is None:
        return []
    window = (s0, min(s1, act.end() + DATE_WINDOW))
    event = _event(text, s0, s1)
    out = []
    for p in {p.data["key"]: p for p in _travelling_people(view, setting.end(), s1)}.values():
        if p.data["country"] != host[0] and not p.data.get("former"):
            visit = _visit(view, i, p.data, host, window, (s0, s1), event)
            visit["_told"] = [(s0, s1, True)] if visit["_told"] else []
            out.append(visit)
    return out


def _setting_host(view: VisitView, setting: re.Match[str], s0: int, s1: int) -> tuple[str, str | None] | None:
    """Where the gathering opening the sentence is held: the place ending its words, else the host the
    gazetteer gives its event ("On the sidelines of SPIEF, ..."); None for a third country."""
    place = next((q for q in view.within("place", s0, setting.end()) if q.end == setting.end()), None)
    if place is not None:
        return _with_city(view, place, s0, s1) if place.data["side"] in SIDES else None
    event = _event(view.text, s0, setting.end())
    host = _event_host(event, view, s0, s1) if event else None
    return host if host is not None and host[0] in SIDES else None


def _presence_act_visits(view: VisitView, i: int) -> list[dict[str, Any]]:
    """'Deputy PM X laid a wreath at the Tomb of the Unknown Soldier in Moscow': the one who does an act
    that places them (``PRESENCE_ACT``) in a city of the other side, named after the act, is there."""
    s0, s1 = view.sents[i]
    text = view.text
    act = _PRESENCE_ACT.search(text, s0, s1)
    if act is None or _remote(view, s0, s1):
        return []
    doers = [p for p in _travelling_people(view, s0, act.start()) if not p.data.get("former")]
    if len(doers) != 1:
        return []  # no one, or the act of two ("X and Y co-chaired"): the joint acts read those
    p = doers[0]
    end = _clause_end(text, act.end(), min(s1, act.end() + PRESENCE_ACT_REACH))
    place = _joint_place(view, act.end(), end)
    if place is None or place.data["side"] == p.data["country"]:
        return []
    dest = _with_city(view, place, s0, s1)
    visit = _visit(view, i, p.data, dest, (s0, end), (s0, s1), _event(text, s0, s1))
    visit["_told"] = [(s0, s1, True)] if visit["_told"] else []
    return [visit]


def _local_hosts_home(view: VisitView, s0: int, s1: int) -> tuple[str, str | None] | None:
    """The city of the one local official of the meeting ("Chairwoman of the HCMC People's Council X
    offers a gift to Y"): a city's officials receive at home. None where two are local officials."""
    homes = {_home_city(view, p) for p in _travelling_people(view, s0, s1)} - {None}
    return homes.pop() if len(homes) == 1 else None


def _home_city(view: VisitView, p: Mention) -> tuple[str, str | None] | None:
    """(side, city) of the city of the person's own side their title names ("Chairman of the Ho Chi
    Minh City People's Committee X"), if one."""
    side = p.data.get("country")
    city = next(
        (q for q in view.within("place", p.start, p.end) if q.label == "CITY" and q.data["side"] == side),
        None,
    )
    return (side, city.data["name"]) if city is not None and side is not None else None


def _received_delegation_visits(view: VisitView, i: int) -> list[dict[str, Any]]:
    """'Vice Chairman X held a working session with a delegation from Kazan led by Y': the leader
    of a delegation that a host of the other side receives is visiting the host's side (the place the
    words name, else the host's home: the host's city when the title names one)."""
    s0, s1 = view.sents[i]
    text = view.text
    if not _DELEGATION.may_match(text, s0, s1):
        return []
    reception = _RECEIVED_DELEGATION.search(text, s0, s1)
    if reception is None or _remote(view, s0, s1):
        return []
    people = [_with_delegation_side(view, p, s0) for p in view.within("person", s0, s1)]
    hosts = [p for p in people if p.end <= reception.start() and p.data.get("country") in SIDES]
    if not hosts or _posted_there(view, hosts[-1]):
        return []  # no host named, or a resident diplomat, whose home is not where they receive
    host = hosts[-1]
    guest = next((p for p in people if _leads_delegation(view, p, reception, s0)), None)
    if guest is None and not any(p.start >= reception.end() for p in people):
        guest = _leader_named_next(view, i)
    if (
        guest is None
        or guest.data.get("country") not in SIDES
        or guest.data["country"] == host.data["country"]
        or _posted_there(view, guest)
    ):
        return []
    # where it took place, if the words say it (not a place in the guest's title)
    named = _joint_place(view, guest.end, s1, any_side=True) or _joint_place(
        view, reception.end(), guest.start, any_side=True
    )
    if named is not None:
        if named.data["side"] not in SIDES:
            return []  # received in a third country
        dest = _with_city(view, named, s0, s1)
    else:
        dest = _home_city(view, host) or (host.data["country"], None)
    if dest[0] == guest.data["country"]:
        return []
    window = (s0, min(s1, guest.end + OWNER_DATE_WINDOW))
    visit = _visit(view, i, guest.data, dest, window, (s0, s1), _event(text, s0, s1))
    visit["_told"] = [(s0, s1, True)] if visit["_told"] else []
    return [visit]


def _delegation_leader_visits(
    view: VisitView, i: int, story_trip: tuple[str, str | None] | None
) -> list[dict[str, Any]]:
    """'The Vietnamese delegation was led by X, and the Russian delegation was headed by Y' in a story
    whose event takes place in Ho Chi Minh City: the leader of a delegation the sentence sends nowhere
    goes where the story's event is, if from the other side (``_story_host``)."""
    s0, s1 = view.sents[i]
    text = view.text
    if text.find("delegation", s0, s1) == -1 or _remote(view, s0, s1):
        return []
    host = None
    out = []
    for p in view.context.people_in(s0, s1):
        if not _DELEGATION_LEAD.search(text, max(s0, p.start - 100), p.start):
            continue
        p = _with_delegation_side(view, p, s0)
        host = host or _story_host(view, s0, s1, story_trip)
        if host is None:
            return []
        if p.data.get("country") not in SIDES or p.data["country"] == host[0] or _posted_there(view, p):
            continue
        window = (max(s0, p.start - DATE_WINDOW), min(s1, p.end + OWNER_DATE_WINDOW))
        visit = _visit(view, i, p.data, host, window, (s0, s1), _event(text, s0, s1))
        visit["_told"] = [(s0, s1, True)] if visit["_told"] else []
        out.append(visit)
    return out


def _leader_named_next(view: VisitView, i: int) -> Mention | None:
    """The leader of a delegation received with no leader named, named in the next sentences: "X received
    a delegation of the Federation Council on February 21. Y, First Deputy Chairman of the Council, led
    the delegation on the working trip"."""
    text = view.text
    # (blank lines between paragraphs are sentences of their own: skipped)
    ahead = range(i + 1, min(len(view.sents), i + 1 + 3 * LEADER_NAMED_REACH))
    following = [k for k in ahead if view.sentence_text(k).strip()]
    for k in following[:LEADER_NAMED_REACH]:
        k0, k1 = view.sents[k]
        for p in view.context.people_in(k0, k1):
            if LEADER_OF_THE_DELEGATION.match(text, p.end) or THE_DELEGATION_LED_BY.search(text, k0, p.start):
                return p
    return None


def _met_remotely(view: VisitView, key: str) -> bool:
    """Whether a sentence naming the person tells of a meeting by phone or video ("The meeting of the
    co-chairs X and Y took place in a videoconference mode")."""
    sentences = view.sentences_of(p.start for p in view.context.people if p.data["key"] == key)
    return any(_remote(view, *view.sents[k]) for k in sentences)


@_kept  # asked by each rule reading the sentence, and for each person it names
def _remote(view: VisitView, s0: int, s1: int) -> bool:
    """Whether the words in [s0, s1) tell of a call or a video link (``REMOTE``)."""
    return _REMOTE.search_slice(view.text, s0, s1) is not None


def _nationality_side(word: str) -> str:
    return "VN" if word.lower().startswith("v") else "RU"


def _in_the_story_year(view: VisitView, s0: int, s1: int) -> bool:
    """Whether every date of the sentence falls in the story's year (a meeting "in 2019" told in 2024
    is another occasion than the story's)."""
    year = view.doc_year()
    for d in view.within("date", s0, s1):
        start, _ = view.span_of(d)
        if start is not None and (year is None or int(start[:4]) != year):
            return False
    return True


def _leads_delegation(view: VisitView, p: Mention, reception: re.Match[str], s0: int) -> bool:
    """Whether ``p`` is named as the leader of the delegation the reception words name."""
    delegation_at = reception.end() - len("delegation")
    return delegation_at < p.start <= reception.end() + RECEIVED_LEADER_REACH and bool(
        _DELEGATION_LEAD.search(view.text, max(s0, delegation_at), p.start)
    )


def _acting_together(text: str, a: Mention, b: Mention, act: re.Match[str]) -> bool:
    """'A and B signed' (the act right after B), 'A met with B' (the act between them), or 'meetings
    between A and B', 'signed in Moscow by A and B' (the act before both), for two leaders the words
    between them link (``JOINT_LINK``: "A and B", "A met with B")."""
    if act.end() <= a.start:
        agents = JOINT_AGENTS.fullmatch(text, act.end(), a.start)
        return agents is not None and bool(agents.group("by") or act.group().lower().endswith("between"))
    return a.end <= act.start() < b.start or 0 <= act.start() - b.end <= 40


def _joint_place(view: VisitView, start: int, end: int, *, any_side: bool = False) -> Mention | None:
    """The first place 'in' which the act happens, if it is on one of the two sides (or on any side)."""
    text = view.text
    for q in view.within("place", start, end):
        if JOINT_PLACE.search(text, max(start, q.start - 30), q.start) and _names_territory(text, q):
            return q if any_side or q.data["side"] in SIDES else None
    return None


def _opening_place(view: VisitView, s0: int, end: int) -> Mention | None:
    """'In Moscow, X held talks with Y': the place of one of the two sides opening the sentence before a
    comma, ahead of ``end``."""
    text = view.text
    q = next(iter(view.within("place", s0, end)), None)
    if q is None or not OPENING_PLACE.fullmatch(text, s0, q.start) or not text.startswith(",", q.end):
        return None
    return q if q.data["side"] in SIDES and _names_territory(text, q) else None


def _referring_back(view: VisitView, i: int, previous: dict[str, Any]) -> list[dict[str, Any]]:
    """'The visit in May 2025 ...' after a visit: the same visit, dated by this sentence."""
    s0, s1 = view.sents[i]
    sentence = view.text[s0:s1]
    if not ANAPHORIC_TRIP.match(sentence) or _remote(view, s0, s1):
        return []
    start, end = _dates(view, s0, s1)
    if start is None:
        return []
    return [
        {
            **previous,
            "person": dict(previous["person"]),
            "evidence": view.evidence(s0, s1),
            "to": None,
            "place": None,
            "start": start,
            "end": end,
            "kind": _kind(view.text, s0, s1, None),
        }
    ]


def _event(text: str, s0: int, s1: int) -> str | None:
    """The gathering the sentence names: a known one by its gazetteer name ("SPIEF", "the BRICS summit"
    -> "BRICS Summit"), else a capitalised name ending in Summit, Forum, ..."""
    if not _event_words().may_match(text, s0, s1):
        return None  # (most sentences: neither pattern is searched)
    m = _EVENT.search_slice(text, s0, s1)
    written = re.sub(r"\bSumit\b", "Summit", m.group("event")).strip() if m else None
    known = _known_event(fold_key(written)) if written else None
    if known is None:
        alias = _event_aliases().search(text, s0, s1)
        known = _known_event(fold_key(alias.group(0))) if alias else None
    return known or written


def _event_with_focus(view: VisitView, s0: int, s1: int) -> str | None:
    """The gathering the sentence names, or the one it refers back to ("a delegation to the forum")
    where it names none the gazetteer knows: the one recurring event the article names up to here."""
    written = _event(view.text, s0, s1)
    if written is not None and written in _known_event_names():
        return written
    if not _EVENT_BACK.search_slice(view.text, s0, s1):
        return written
    named = {name for at, name in _events_named(view.text) if at < s1}
    return named.pop() if len(named) == 1 else written


@cache
def _known_event_names() -> frozenset[str]:
    return frozenset(name for _, _, name in _events())


@lru_cache(maxsize=4)  # the document being read
def _events_named(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, name) of each recurring event of the gazetteer the text names by one of its aliases."""
    found = []
    # (over a whole text, a str.find per literal start is quicker than the window search's one regex)
    for m in literal_scan.finditer(_event_aliases().regex, text):
        name = _known_event(fold_key(m.group(0)))
        if name is not None:
            found.append((m.start(), name))
    return tuple(found)


@lru_cache(maxsize=256)  # the few gatherings a document names, asked for sentence after sentence
def _known_event(key: str) -> str | None:
    return next((name for regex, _, name in _events() if regex.search(key)), None)


@cache
def _event_words() -> WindowSearch:
    """Either an event's noun or a gazetteer alias: every event ``_event`` finds holds one, so one look for
    their literals skips the two searches in the sentences naming no gathering."""
    return WindowSearch(re.compile(f"{EVENT_NOUN.pattern}|{_event_aliases().regex.pattern}"))


@cache
def _event_aliases() -> WindowSearch:
    """Every gazetteer alias as written ("SPIEF", "APEC Economic Leaders' Week"), longest first."""
    aliases = sorted({a for row in load_gazetteer("events") for a in row["aliases"]}, key=len, reverse=True)
    return WindowSearch(re.compile(r"\b(?:" + "|".join(re.escape(a) for a in aliases) + r")\b"))


def _destination(
    view: VisitView, s0: int, s1: int, event: str | None
) -> tuple[tuple[str, str | None] | None, int | None]:
    """((country, city or None), offset of the place named) the visit goes to."""
    text = view.text
    places = [p for p in _territories(view, s0, s1) if p.data["side"] in SIDES]
    for p in places:
        if _TO_PLACE.search_slice(text, max(s0, p.start - 40), p.start):
            # a country visited takes the first of its cities the sentence names ("the Hanoi delegation's
            # visit to Russia ... in Moscow": Moscow, not Hanoi)
            city = (
                p
                if p.label == "CITY"
                else next((c for c in places if c.label == "CITY" and c.data["side"] == p.data["side"]), None)
            )
            return (p.data["side"], city.data["name"] if city else None), p.start
    if event:
        host = _event_host(event, view, s0, s1)
        if host:
            return host, None
    return None, None


@cache
def _events() -> tuple[tuple[re.Pattern[str], dict[str, str], str], ...]:
    """(folded aliases, host city by year, name) of each recurring event of the gazetteer."""
    rows = []
    for row in load_gazetteer("events"):
        alias = "|".join(re.escape(fold_key(a)) for a in row["aliases"])
        rows.append((re.compile(rf"\b(?:{alias})\b"), row["hosts"], row["event"]))
    return tuple(rows)


@cache
def _city_side() -> dict[str, str]:
    return {row["name"]: row["side"] for row in load_gazetteer("places") if row["kind"] == "city"}


@_kept  # asked for the destination and for the places a sentence points to
def _territories(view: VisitView, s0: int, s1: int) -> list[Mention]:
    """The places in [s0, s1) that name a territory, outside the references to persons (not the
    "Russian" of "Russian Deputy Prime Minister X", nor "the Russian diplomat")."""
    people = [(p.start, p.end) for p in view.context.people_in(s0, s1)]
    return [
        q
        for q in view.within("place", s0, s1)
        if _names_territory(view.text, q) and not any(a <= q.start < b for a, b in people)
    ]


def _names_territory(text: str, p: Mention) -> bool:
    """'Russia', 'the Russian capital' name a destination; 'the Russian diplomat' does not."""
    after = text[p.end : p.end + 25]
    if INSTITUTION_NOUN.match(after):
        return False
    return not ADJECTIVE_PLACE.match(p.text) or TERRITORY_NOUN.match(after) is not None


def _event_host(event: str, view: VisitView, s0: int, s1: int) -> tuple[str, str | None] | None:
    """A recurring event's host city in the year the sentence (or the document) points to."""
    key = fold_key(event)
    years = [view.span_of(d)[0] for d in view.within("date", s0, s1)]
    year = next((y[:4] for y in years if y), None) or (str(view.doc_year()) if view.doc_year() else None)
    for regex, hosts, _ in _events():
        if regex.search(key):
            city = hosts.get(year or "") or hosts.get("*")
            side = _city_side().get(city or "")
            if city and side:
                return side, city
    return None


def _visitor(
    view: VisitView, people: list[Mention], trigger_at: int, dest: tuple[str, str | None] | None
) -> Mention | None:
    """The person travelling: not from the destination's side, and not named as the host."""
    text = view.text
    # (nor a possessive of anything but a trip: "Putin's aide visited Hanoi")
    candidates = [p for p in people if not _is_host(text, p) and not _possessive_of_another(text, p)]
    if dest is not None:
        candidates = [p for p in candidates if p.data["country"] != dest[0]]
    if not candidates:
        return None
    owners = [p for p in candidates if _VISIT_OF.search_slice(text, max(0, p.start - 20), p.start)]
    if owners:
        return owners[0]
    before = [p for p in candidates if p.start <= trigger_at]
    if before:
        return before[-1]
    after = [p for p in candidates if not _reports(text, p)]
    return after[0] if after else None


def _reports(text: str, p: Mention) -> bool:
    """'..., Deputy Minister X said', 'according to X': the person tells of the trip."""
    return bool(
        ATTRIBUTION_AFTER.match(text[p.end : p.end + 12])
        or ATTRIBUTION_BEFORE.search(text[max(0, p.start - 40) : p.start])
    )


def _dates(
    view: VisitView, s0: int, s1: int, *, told_in: tuple[int, int] | None = None
) -> tuple[str | None, str | None]:
    """Start and end of the visit from the sentence's dates; 'two-day ... concluded on Apr 7' backdates,
    'arrived on a two-day visit on Sunday' runs on. A trip ``told_in`` words that announce it has its
    dates after the report: 'will visit on October 15' in a May article is this October, 'on Monday'
    the next one."""
    dated = [
        d
        for d in view.within("date", s0, s1)
        # "by 2030" is a deadline, "the first time since 2017" the last trip's year: neither dates this one
        if d.label in ("DATE", "PERIOD", "RELATIVE", "WEEKDAY")
        and d.data.get("prep") not in ("by", "since")
        and not _dates_something_else(view.text, d, s0)
    ]
    if not dated:
        return None, None  # (the dateline is not read for a window without dates)
    dateline = view.context.dateline
    dated = [
        d
        for d in dated
        if not (d.label == "PERIOD" and d.data.get("end_year") and d.data.get("year") is None)
        and not _reporting_period(d)
        # (the dateline's date dates the report: "HANOI, May 9 (VNA) – X will visit Russia next week")
        and not (dateline is not None and dateline.end is not None and dateline.at <= d.start < dateline.end)
    ]
    best = _most_precise(dated)
    if best is None:
        return None, None
    start, end = _span(view, best, told_in=told_in)
    edition = (
        _edition_year(view.text, s0, s1) or _year_set_before(view, s0, best)
        if _year_left_open(best)
        else None
    )
    if edition is not None:  # "the 22nd Forum (SPIEF-2018) on May 24": that year's May 24
        start, end = view.span_of(best, context_year=edition)
    if best.label in ("PERIOD", "RELATIVE") and start and best.data.get("month") is None:
        start, end = start[:4], None
    if best.label == "WEEKDAY":
        end = _weekday_range_end(view, best, dated, told_in=told_in)
    if start and end is None and len(start) == 10:
        days = _days_of(view.text, s0, s1)
        if days and 1 < days < 15:
            if _ENDED.search_slice(view.text, s0, s1):  # the day it ended
                end = start
                start = (date.fromisoformat(end) - timedelta(days=days - 1)).isoformat()
            else:
                end = (date.fromisoformat(start) + timedelta(days=days - 1)).isoformat()
    return start, end


def _dates_something_else(text: str, d: Mention, s0: int) -> bool:
    """Whether the words before date ``d`` (from ``s0``) make it another thing's date than the trip's: an
    office held since it, a person's clause ("who took office last month"), what was said where the trip
    went, a place's founding ("a centre set up in 1987"), the day of going home."""
    return (
        _open_start_aside(text, d, s0)
        or _about_someone(text, d.start, s0)
        or (text.find(", where ", s0, d.start) != -1 and _SPEECH_WHERE.search(text, s0, d.start) is not None)
        or _FOUNDED_ASIDE.search(text, max(s0, d.start - 100), d.start) is not None
        or _RETURN_BEFORE.search(text, max(s0, d.start - 60), d.start) is not None
    )


def _open_start_aside(text: str, d: Mention, s0: int) -> bool:
    """ "X (Vietnamese President from October 23, 2018)": an aside telling since when someone holds an
    office, not when a trip took place (a trip's "from" has an end: "from May 5 to 7")."""
    if (
        d.data.get("prep") != "from"
        or d.data.get("end_day")
        or d.data.get("end_month")
        or d.data.get("end_year")
    ):
        return False
    opened = text.rfind("(", s0, d.start)
    return opened != -1 and text.find(")", opened, d.start) == -1


def _about_someone(text: str, at: int, s0: int) -> bool:
    """ "talks with President To Lam, who took office last month,": a date in a relative clause about a
    person tells of that person, not when the trip took place; unless the clause tells a trip ("Y, who is
    on an official visit to Russia from May 5", "the visit, which began on May 5")."""
    aside = text.rfind(", who", s0, at)
    if aside == -1 or not text.startswith((", who ", ", whose "), aside):
        return False
    clause = text[aside + 5 : at]
    return not any(mark in clause for mark in (",", ";", "(", ")")) and not _TRIP_WORD.search(clause)


# The day a visitor goes home is the trip's end, not its start: "is due to tour the complex before returning
# to Hanoi on December 2", "before flying home on Friday".
_RETURN_BEFORE = re.compile(
    r"(?i)\bbefore\s(?:returning|flying|heading|travell?ing|leaving)\s(?:back\s)?(?:home|to\s[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)?\s?"
    r"(?:on\s)?$"
)


# A date in an apposition telling when a place was founded: "visited the Tropical Centre, a joint research
# institution set up in 1987", "the country's first plant, built in 1990" (the place's year, not the visit's).
_FOUNDED_ASIDE = re.compile(
    r",\s(?:a|an|the)\s[^,;()]{0,80}?(?:,\s|\s)(?:set\sup|founded|established|built|opened|created|launched|"
    r"constructed)\s(?:in\s)?$"
)
_TRIP_WORD = re.compile(r"(?i)\b(?:visit|trip|tour|arriv|stay|attend|travel|land|come|came|leav|left)")


def _year_left_open(d: Mention) -> bool:
    """A day or month written without its year ("on May 24"), which the report's year would resolve."""
    return d.label == "DATE" and d.data.get("year") is None and d.data.get("rel_year") is None


# What someone said where the trip took them: "visited the Embassy, where the Ambassador said trade reached
# $3.6 billion last year" (its dates are the speech's, not the trip's).
_SPEECH_WHERE = re.compile(r",\swhere\s[^.;]{0,80}?\b(?:said|says|told|noted|stressed|added|informed)\b")


def _reporting_period(d: Mention) -> bool:
    """A span of several months, as figures are reported for ("in the first eight months of 2023",
    "January-August"): no trip's dates."""
    month, end_month = d.data.get("month"), d.data.get("end_month")
    return d.label == "PERIOD" and bool(month and end_month) and end_month - month >= 2


def _year_set_before(view: VisitView, s0: int, d: Mention) -> int | None:
    """The year a sentence sets what it tells in, before a day or month it gives without one: "a busy 2024,
    in which Putin visited Hanoi in June" is June 2024, whatever the report's year (not any year named
    before: "following a 1991 pact, ... talks early this month")."""
    sentence_start = view.sents[view.sentence_of(d.start)][0]
    years = {
        y.data["year"]
        for y in view.within("date", min(s0, sentence_start), d.start)
        if y.data.get("year")
        and y.data.get("month") is None
        and y.label in ("DATE", "PERIOD")
        and _SETTING_AFTER_YEAR.match(view.text, y.end)
    }
    return years.pop() if len(years) == 1 else None


_SETTING_AFTER_YEAR = re.compile(r",?\s(?:in\swhich|during\swhich|when)\b")


def _edition_year(text: str, s0: int, s1: int) -> int | None:
    """The year of the gathering's edition the sentence names ("SPIEF-2018", "APEC 2017", "the BRICS
    Summit 2024"), if one: the year of the days it gives without one."""
    years = {int(m.group("year")) for m in _EDITION_YEAR.finditer(text, s0, s1)}
    return years.pop() if len(years) == 1 else None


def _span(view: VisitView, d: Mention, *, told_in: tuple[int, int] | None) -> tuple[str | None, str | None]:
    """(start, end) of a date; a year-less day or weekday of a trip announced in ``told_in`` lies after
    the report (the words are read only for a day resolved before it)."""
    start, end = view.span_of(d)
    report = view.doc_date if view.doc_date and len(view.doc_date) == 10 else None
    if told_in is None or report is None or start is None or len(start) != 10 or start >= report:
        return start, end
    if end is not None and end >= report:
        return start, end  # "During the visit from August 10-14" told on August 12: under way
    if not _ANNOUNCED.search_slice(view.text, *told_in) or _UNDER_WAY.search_slice(view.text, *told_in):
        return start, end  # ("will meet Y, who is on a visit from June 19": under way, not ahead)
    if d.label == "WEEKDAY":
        return (date.fromisoformat(start) + timedelta(days=7)).isoformat(), end
    if d.label == "DATE" and d.data.get("year") is None and d.data.get("rel_year") is None:
        # unless the words name its year: "will attend the BRICS Summit 2024 ... from October 23-24"
        years = {m.data["year"] for m in view.within("date", *told_in) if m.data.get("year")}
        year = years.pop() if len(years) == 1 else int(start[:4]) + 1
        return view.span_of(d, context_year=year)
    return start, end


def _days_of(text: str, s0: int, s1: int) -> int | None:
    """How long the sentence ``text[s0:s1]`` says the visit lasts: 'his two-day visit' -> 2."""
    duration = _DURATION.search_slice(text, s0, s1)
    return parse_count(duration.group("n")) if duration is not None else None


def _weekday_range_end(
    view: VisitView, first: Mention, dated: list[Mention], *, told_in: tuple[int, int] | None
) -> str | None:
    """'on Tuesday and Wednesday', 'from Monday to Thursday': the second weekday ends the visit."""
    following = [d for d in dated if d.label == "WEEKDAY" and d.start >= first.end]
    if following and re.fullmatch(
        r"\s(?:and|to|through|till|until|-|–)\s", view.text[first.end : following[0].start]
    ):
        end, _ = _span(view, following[0], told_in=told_in)
        start, _ = _span(view, first, told_in=told_in)
        return end if end and start and end > start else None
    return None


def _most_precise(dates: list[Mention]) -> Mention | None:
    def precision(d: Mention) -> tuple[float, int]:
        has_day = d.data.get("day") is not None
        has_range = d.data.get("end_day") is not None
        if d.label == "WEEKDAY":  # a day, but one an explicit date beside it outranks
            return 1.5, -d.start
        return (2 if has_day else 1 if d.data.get("month") else 0) + has_range, -d.start

    return max(dates, key=precision) if dates else None


def _kind(text: str, start: int, end: int, event: str | None) -> str:
    """The kind of visit named in ``text[start:end]`` (or by its event)."""
    m = _KIND.search_slice(text, start, end)
    if m and m.group("kind").lower() in ("state", "official", "working"):
        return m.group("kind").lower()
    if event and SUMMIT.search(event):
        return "summit"
    return "other"


# --- merging repeated mentions ----------------------------------------------------------------


def _month(value: str | None) -> str | None:
    return value[:7] if value and len(value) >= 7 else None


def _compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two mentions can tell one trip: not in different years ("last visited Vietnam in 2023"
    beside next week's visit) nor in different months."""
    sa, sb = a["start"], b["start"]
    if sa and sb and sa[:4] != sb[:4]:
        return False
    ma, mb = _month(sa), _month(sb)
    return ma is None or mb is None or ma == mb


def merge_mentions(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One fact per (person, destination, month); mentions without a destination join their person's visit."""
    facts: list[dict[str, Any]] = []
    for m in mentions:
        if m["to"] is None:
            continue
        same = next(
            (
                f
                for f in facts
                if f["person"]["key"] == m["person"]["key"] and f["to"] == m["to"] and _compatible(f, m)
            ),
            None,
        )
        if same is None:
            facts.append(m)
        else:
            _absorb(same, m)
    for m in mentions:
        if m["to"] is not None:
            continue
        same = next(
            (f for f in facts if f["person"]["key"] == m["person"]["key"] and _compatible(f, m)), None
        )
        if same is not None:
            _absorb(same, {**m, "to": same["to"], "place": None})
    return facts


def merge_facts(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Visit facts found apart (in the parts of a long text, ``run.parts``) merged as their mentions
    would have been in one Doc: one fact per (person, destination, month)."""
    merged = merge_mentions(facts)
    for fact in merged:
        fact.pop("_told", None)
    return merged


def _date_by_report(view: VisitView, fact: dict[str, Any], report_month: str | None) -> None:
    """A visit no mention dates to the month, which one tells as news (under way, concluded, the
    setting of what is reported), took place in the report's month; "this year" is refined to it."""
    told = fact.pop("_told", [])
    start = fact["start"]
    if report_month is None or not (start is None or report_month[:4] == start):
        return
    if any(_told_as_current(view.text, a, b, joint_act=joint) for a, b, joint in told):
        fact["start"], fact["end"] = report_month, None


def _absorb(fact: dict[str, Any], other: dict[str, Any]) -> None:
    """Fill what ``fact`` lacks from ``other``; a date range beats a single day beats a month."""
    if _date_rank(other) > _date_rank(fact):
        fact["start"], fact["end"] = other["start"], other["end"]
        fact["evidence"] = other["evidence"]
    fact["place"] = fact["place"] or other["place"]
    if KIND_RANK[other["kind"]] > KIND_RANK[fact["kind"]]:
        fact["kind"] = other["kind"]
    fact["event"] = fact["event"] or other["event"]
    fact["_told"] = fact.get("_told", []) + other.get("_told", [])
    if not fact["person"].get("role") and other["person"].get("role"):
        fact["person"]["role"] = other["person"]["role"]
    if (
        len(other["person"]["name"]) > len(fact["person"]["name"])
        and other["person"]["key"] == fact["person"]["key"]
    ):
        fact["person"]["name"] = other["person"]["name"]


def _date_rank(f: dict[str, Any]) -> int:
    start = f["start"] or ""
    return len(start) + (5 if f["end"] else 0)
