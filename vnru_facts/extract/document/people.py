"""People of one document: every reference to a person linked to one entity.

News names an official in full once ("Russian Foreign Minister Sergei Lavrov"), then by surname
("Lavrov arrived in Hanoi"), by role alone ("the Russian minister", "Russia's defence minister"), by a
possessive ("Lavrov's visit") and by "he"/"she" while one person is in focus. The person mentions of
``components/mentions.py`` give the titled forms and the surnames of those; this module links them to
entities by their key, adds the full names written without a title whose surname the text repeats,
the roles named alone and the pronouns, and gives every reference the entity's name, key, role and
side. Pure: it reads offsets and mention data only.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from vnru_facts.extract.document.mention import Mention
from vnru_facts.extract.patterns.people import NOT_NAME_WORDS, RESIDENT_ROLE, UPPER
from vnru_facts.extract.scan import literal_scan
from vnru_facts.extract.scan.regex_guard import guarded
from vnru_facts.normalize.names import fold_key, person_key, role_key

# ``fold_key``, cached: a document folds the same surnames, given names and roles at each of their uses.
_folded = lru_cache(maxsize=4096)(fold_key)

_RU_SURNAME_ENDINGS = (
    "ov",
    "ev",
    "in",
    "ko",
    "sky",
    "skiy",
    "ova",
    "eva",
    "ina",
    "yan",
    "ich",
    "shin",
    "kin",
)


@dataclass(slots=True)
class Person:
    """One person of the document: the fullest name it gives, the key, the current role and the side."""

    key: str
    name: str
    role: str | None
    country: str | None
    # The titles as written before the name ("Minister of National Defence"), which say more than the
    # role a mention keeps ("Minister").
    titles: list[str] = field(default_factory=list)

    def holds(self, role_words: str) -> bool:
        """Whether this person can be what ``role_words`` ("the defence minister") names."""
        if role_key(role_words) in _ANYONE_OF_A_SIDE:
            return not any(title and RESIDENT_ROLE.search(title) for title in (self.role, *self.titles))
        return any(_fits(role_words, title) for title in (self.role, *self.titles))

    def absorb(self, data: dict[str, Any]) -> None:
        """What another mention of the same person adds: a longer name, a role, a side."""
        if len(data["name"]) > len(self.name):
            self.name = data["name"]
        if self.role is None and data.get("role") and not data.get("former"):
            self.role = data["role"]
        self.country = self.country or data.get("country")


# --- full names written without a title ------------------------------------------------------------

# A Russian-shaped surname ("Lavrov", "Matviyenko", "Shoigu" is not: it is found by its title), then the
# given name and an optional initial right before it: "Sergey Lavrov", "Sergei V. Lavrov".
_RU_SURNAME = re.compile(rf"[{UPPER}][a-z]{{2,}}(?:{'|'.join(_RU_SURNAME_ENDINGS)})(?![\w-])")
# A patronymic between them too: "Andrey Vladimirovich Yatskin" (the patronymic is no surname of its own).
# Searched in the words before each surname: guarded (``regex_guard``), re enters it only at capitals.
_PATRONYMIC = r"[a-z]+(?:ovich|evich|ovna|evna)"
_GIVEN_BEFORE = guarded(
    re.compile(
        rf"(?<![\w’'.-])([{UPPER}][a-z]{{2,}})\s(?:[{UPPER}]\.\s?|(?P<patronymic>[{UPPER}]{_PATRONYMIC})\s)?$"
    )
)
_BEFORE_A_SURNAME = re.compile(rf"[{UPPER}]{_PATRONYMIC}\s[{UPPER}]")


def _untitled_people(text: str, named: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of full names written without a title whose surname is Russian-shaped and
    written again alone ("... said Sergey Lavrov. ... Lavrov arrived"): news names a person in full once,
    so a surname the text repeats makes the two words before it a name, not a company or a street.
    ``named``: the sorted spans of the persons and places already found, which no such name overlaps."""
    found: list[tuple[int, int, str]] = []
    surnames = list(_RU_SURNAME.finditer(text))
    counts: dict[str, int] = {}
    for m in surnames:
        counts[m.group()] = counts.get(m.group(), 0) + 1
    for m in surnames:
        surname = m.group()
        if counts[surname] < 2 or text[m.start() - 1 : m.start()] in ("-", "’", "'", "."):
            continue
        if _BEFORE_A_SURNAME.match(text, m.start()):
            continue  # the patronymic of "Andrey Vladimirovich Yatskin"
        given = _GIVEN_BEFORE.search(text, max(0, m.start() - 45), m.start())
        if given is None or _folded(given.group(1)) in NOT_NAME_WORDS or _folded(surname) in NOT_NAME_WORDS:
            continue
        if not _overlaps_sorted(named, given.start(), m.end()):
            patronymic = f"{given.group('patronymic')} " if given.group("patronymic") else ""
            found.append((given.start(), m.end(), f"{given.group(1)} {patronymic}{surname}"))
    return found + _surnames_alone(text, surnames, counts, named, {name.split()[-1] for _, _, name in found})


def _surnames_alone(
    text: str,
    surnames: Sequence[re.Match[str]],
    counts: Mapping[str, int],
    named: Sequence[tuple[int, int]],
    taken: set[str],
) -> list[tuple[int, int, str]]:
    """(start, end, surname) of a Russian-shaped surname the text repeats, never with a given name nor a
    title, and writes at least once as the one who acts ("Putin said", "Putin is also to meet", "Putin's
    visit"): a leader the story names by surname alone. Its first such use names the person; the
    others are found as surnames."""
    found: list[tuple[int, int, str]] = []
    for m in surnames:
        surname = m.group()
        if surname in taken or counts[surname] < 2 or not _ACTS_AFTER.match(text, m.end()):
            continue  # (the verb after it first: the one check most surnames fail, and a cheap one)
        if _folded(surname) in NOT_NAME_WORDS or text[m.start() - 1 : m.start()] in ("-", "’", "'", "."):
            continue
        if not _overlaps_sorted(named, m.start(), m.end()):
            taken.add(surname)
            found.append((m.start(), m.end(), surname))
    return found


# What a surname alone is followed by when it names the one who acts: a verb of speech, of meeting or
# travel, an auxiliary, or a possessive trip. (Matched at the surname's end.)
_ACTS_AFTER = re.compile(
    r"(?:[’']s\s(?:[\w-]+\s){0,2}?(?:visit|trip|arrival)|\s(?:also\s)?(?:said|says|told|added|noted|stressed|"
    r"stated|is|was|will|would|has|had|met|meets|visited|visits|arrived|arrives|held|thanked|praised|"
    r"expressed|in\sa\sstatement))\b"
)


def _title_before_name(written: str, name: str) -> str | None:
    """'Minister of National Defence' of 'Vietnamese Minister of National Defence Phan Van Giang'."""
    at = written.find(name.split()[0]) if name else -1
    return written[:at].strip(" ,") or None if at > 0 else None


def _inside_a_longer_place(places: Sequence[tuple[int, int]], m: Mention) -> bool:
    """Whether the bare name ``m`` is part of a longer place name ("Ho Chi Minh" of "Ho Chi Minh City")."""
    i = bisect_right(places, (m.start, math.inf))  # the places starting at or before the name
    return any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in places[max(0, i - 2) : i])


def _overlaps_sorted(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted by start, each shorter than a sentence)."""
    i = bisect_right(spans, (end, -1))
    return any(b > start for _, b in spans[max(0, i - 8) : i])


# A character before a surname that makes it part of a longer word or name ("Ivanov-Petrov", "D.Ivanov").
_JOINED_BEFORE = re.compile(r"[\w’'.-]")


def _surname_uses(text: str, surname: str) -> list[tuple[int, int]]:
    """(start, end) of each use of ``surname`` as a word of its own (not "Lavrova", "Ivanov-Petrov").

    The surname is searched as a literal and the character before it checked after: a lookbehind
    before it would make re try the pattern at every position of the text. (An occurrence overlapping
    a match it consumed would follow a letter of it, so none is lost.)"""
    return [
        m.span()
        for m in re.finditer(rf"{re.escape(surname)}(?![\w-])", text)
        if m.start() == 0 or not _JOINED_BEFORE.match(text, m.start() - 1)
    ]


class Taken:
    """Character ranges already claimed by a reference: a mask, so a check costs the range's length,
    not the number of references found so far."""

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._mask = bytearray(size + 1)
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, max(end, start + 1)) != -1

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)


# --- roles named alone -----------------------------------------------------------------------------

_NATIONALITY = {"russia": "RU", "russian": "RU", "vietnam": "VN", "viet nam": "VN", "vietnamese": "VN"}
# "the Russian minister", "Russia's defence minister", "the Vietnamese leader", "the Russian top
# diplomat": a role with a side or "the" before it and no name after it (a name after it is a titled
# form, read by the person mentions). Found from the role's last word (scanned for its literals), then
# read back from it (guarded, ``regex_guard``): most words before a role are no lead of one.
ROLE_WORD = re.compile(
    r"(?i)\b(?:minister|premier|president|leader|diplomat|chief|speaker|ambassador|guest|visitor|official)\b"
)
_ROLE_LEAD = guarded(
    re.compile(
        r"(?:(?P<lead>\b(?:[Tt]he|[Hh]is|[Hh]er)\s)|"
        r"\b(?P<nat>Russia[’']s|Vietnam[’']s|Viet\sNam[’']s|Russian|Vietnamese)\s)"
        r"(?:(?P<nat2>Russian|Vietnamese)\s)?"
        r"(?P<mod>(?i:deputy\sprime|prime|defen[cs]e|foreign(?:\spolicy)?|trade|industry|economic|finance|energy|"
        r"transport|agriculture|health|education|justice|culture|interior|emergencies|top)\s)?$"
    )
)
_NAME_AFTER_ROLE = re.compile(rf"[’'-]|\s(?:of\b|[{UPPER}])")
# How far before its last word a role's lead may start.
_ROLE_REACH = 40
# What each role word names among the roles of the document's people (folded, "defense" spelled
# "defence"): the words one of which the person's role must hold, and those it must not.
_ROLE_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "prime minister": (("prime minister", "premier"), ("deputy",)),
    "deputy prime minister": (("deputy prime minister", "deputy pm"), ()),
    "premier": (("prime minister", "premier"), ("deputy",)),
    "defence minister": (("defence",), ("deputy",)),
    "defence chief": (("defence",), ("deputy",)),
    "foreign minister": (("foreign",), ("deputy",)),
    "foreign policy chief": (("foreign",), ("deputy",)),
    "top diplomat": (("foreign",), ("deputy",)),
    "minister": (("minister",), ("prime", "deputy", "vice")),
    "president": (("president",), ("vice",)),
    "head of state": (("president",), ("vice",)),
    "speaker": (("speaker", "chairman", "chairwoman", "chair"), ("vice", "deputy")),
    "ambassador": (("ambassador",), ()),
    # "the Vietnamese leader": the one head of the party, state or government the side names
    "leader": (
        ("president", "prime minister", "general secretary", "premier", "chairman"),
        ("deputy", "vice"),
    ),
}


# Words that name anyone of a side, not an office: "the Russian guest", "the Vietnamese official" (one
# posted there, an ambassador, is nobody's guest).
_ANYONE_OF_A_SIDE = frozenset({"guest", "visitor", "official"})
_THE_BEFORE = re.compile(r"\b[Tt]he\s$")
# "official" before what it qualifies is no person ("an official visit", "official data"): checked at once,
# it spares the search back at the commonest of the role words.
_ADJECTIVE_USE = re.compile(
    r"\s(?:visits?|trips?|talks|meetings?|ceremony|data|statistics|figures|website|documents?|channels?|"
    r"delegations?|reception|welcome|letter|sources?|account|portal|position)\b"
)


def _fits(role_word: str, role: str | None) -> bool:
    """Whether a person holding ``role`` can be what ``role_word`` ("the defence minister") names."""
    if not role:
        return False
    word = role_key(role_word)
    if word not in _ROLE_WORDS and word.endswith(" minister"):
        wanted: tuple[tuple[str, ...], tuple[str, ...]] = ((word.split()[0],), ("deputy",))
    else:
        wanted = _ROLE_WORDS.get(word, ((word,), ()))
    held = role_key(role)
    if "minister" in word and "minister" not in held:
        return False
    return any(w in held for w in wanted[0]) and not any(re.search(rf"\b{w}\b", held) for w in wanted[1])


def _role_refs(
    text: str, people: Sequence[tuple[int, Person]], taken: Taken
) -> list[tuple[int, int, Person]]:
    """(start, end, person) of each role named alone that one person of the document holds."""
    found: list[tuple[int, int, Person]] = []
    if not people:
        return found
    for w in literal_scan.finditer(ROLE_WORD, text):
        if _NAME_AFTER_ROLE.match(text, w.end()) or (
            w.group().lower() == "official" and _ADJECTIVE_USE.match(text, w.end())
        ):
            continue  # a titled form ("President Putin"): checked first, it spares the search back
        lead = _ROLE_LEAD.search(text, max(0, w.start() - _ROLE_REACH), w.start())
        if lead is None:
            continue
        # the reference starts at the side's name, else at the role's words ("the" is left out)
        start = next((lead.start(g) for g in ("nat", "nat2", "mod") if lead.group(g)), w.start())
        if taken.overlaps(start, w.end()):
            continue
        nat = lead.group("nat2") or lead.group("nat")
        side = _NATIONALITY.get(_folded(re.sub(r"[’']s$", "", nat))) if nat else None
        role = f"{lead.group('mod') or ''}{w.group()}"
        if side is None and _folded(role) in _NEEDS_A_SIDE:
            continue  # "the minister", "the president" of which side? too many readings
        if role_key(role) in _ANYONE_OF_A_SIDE and not _THE_BEFORE.search(text, max(0, start - 4), start):
            continue  # "a Russian official said": someone, not the one the story named
        holders = {p.key: p for _, p in people if p.holds(role) and side in (None, p.country)}
        if len(holders) == 1:
            found.append((start, w.end(), next(iter(holders.values()))))
    return found


# Role words that alone, with no side named, could be anyone's.
_NEEDS_A_SIDE = frozenset(
    {
        "minister",
        "leader",
        "president",
        "ambassador",
        "speaker",
        "chief",
        "premier",
        "guest",
        "visitor",
        "official",
    }
)


# --- pronouns --------------------------------------------------------------------------------------

# "He arrived", "“...,” she said", "..., and he added": a subject pronoun.
# (Its first letter a class, not "\b": re then skips to the candidates; the word start is checked by
# the lookbehind after it, and "Se" is left out after.)
PRONOUN = re.compile(r"[HhSs](?<![\w’'-].)h?e\b(?!['’-])")
_PRONOUNS = frozenset({"he", "He", "she", "She"})
# The same words found from the "he" that ends each in the lower-cased text (``literal_scan.folded_text``,
# which the components before this one made already): re finds that literal in C, where ``PRONOUN``
# enters its matcher at every "h" and "s" of the text. (No character outside [\w’'-] lower-cases into
# a letter, so none is missed; each is then checked in the text as ``PRONOUN`` checks it.) Not after a
# letter other than "s": that letter is one of [\w] in the text too, so the "he" of "the", "she" of
# "ashe" would be turned down below; the lookbehind spares them a Python step each ("the" is the
# commonest word).
_HE_IN_FOLDED = re.compile(r"he(?<![a-rt-z]he)(?![a-z])")
_JOINED = re.compile(r"[\w’'-]")


def pronouns(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "he", "He", "she", "She" standing as a word of its own: the matches of
    ``PRONOUN`` that are one of ``_PRONOUNS``."""
    folded = literal_scan.folded_text(text)
    if folded is None:  # a text re folds otherwise
        return [p.span() for p in PRONOUN.finditer(text) if p.group() in _PRONOUNS]
    found: list[tuple[int, int]] = []
    for m in _HE_IN_FOLDED.finditer(folded):
        start, end = m.span()
        if start and folded[start - 1] == "s":
            start -= 1
        if (
            text[start:end] in _PRONOUNS
            and not (start and _JOINED.match(text, start - 1))
            and not _JOINED.match(text, end)
        ):
            found.append((start, end))
    return found


# What may stand before the subject of a sentence: "On Friday, ", "Earlier, ", an opening quote, the
# dash after a dateline ("– Chairwoman X is leading ...").
_SUBJECT_LEAD = re.compile(
    r"^(?:[–—-]\s?)?[“\"‘']?(?:(?:[A-Z][\w-]*\s){0,4}[\w-]+,\s)?(?:the\s|[A-Z][\w’'-]*\s){0,4}$"
)
# How many sentences back the person in focus may have been named.
FOCUS_REACH = 3


def _subject_of(text: str, s0: int, refs: Sequence[tuple[int, int, Person]]) -> Person | None:
    """The person a sentence is about: its one person, or the person its subject names ("Lavrov met
    Binh", not "Putin and Lavrov met"); None when two people share the subject or neither is it."""
    if len({p.key for _, _, p in refs}) == 1:
        return refs[0][2]
    first_start, first_end, first = refs[0]
    if not _SUBJECT_LEAD.match(text[s0:first_start]):
        return None
    second = refs[1]
    if re.match(
        r"^[\s,]*(?:\([^)]{0,20}\)\s*)?(?:and|together\swith|along\swith)\b", text[first_end : second[0]]
    ):
        return None
    return first


def _pronoun_refs(
    text: str,
    sents: Sequence[tuple[int, int]],
    refs: Sequence[tuple[int, int, Person]],
) -> list[tuple[int, int, Person]]:
    """(start, end, person) of each "he"/"she" standing for the person in focus: the subject of the last
    sentence naming anyone, within ``FOCUS_REACH`` sentences (a quote between keeps the speaker)."""
    found: list[tuple[int, int, Person]] = []
    if not refs:
        return found  # no one to stand for: the text is not scanned
    starts = [s for s, _ in sents]
    by_sentence: dict[int, list[tuple[int, int, Person]]] = {}
    for ref in refs:
        by_sentence.setdefault(bisect_right(starts, ref[0]) - 1, []).append(ref)
    naming = sorted(i for i in by_sentence if i >= 0)  # the sentences naming anyone
    # The subject of a naming sentence, read only when a pronoun after it needs it: pronouns are few.
    subjects: dict[int, Person | None] = {}
    for start, end in pronouns(text):
        i = bisect_right(starts, start) - 1
        if i < 0 or start >= sents[i][1]:
            continue  # between two sentences
        named_before = [r for r in by_sentence.get(i, ()) if r[1] <= start]
        if named_before:
            person = _subject_of(text, sents[i][0], named_before)
        else:
            k = bisect_left(naming, i) - 1  # the last sentence before it naming anyone
            if k < 0 or i - naming[k] > FOCUS_REACH:
                continue
            j = naming[k]
            if j not in subjects:
                subjects[j] = _subject_of(text, sents[j][0], by_sentence[j])
            person = subjects[j]
        if person is not None:
            found.append((start, end, person))
    return found


def sentence_subjects(
    text: str, sents: Sequence[tuple[int, int]], refs: Sequence[Mention], entities: Mapping[str, Person]
) -> list[tuple[int, Person | None]]:
    """(sentence, its subject or None) of each sentence naming anyone, in order: who is in focus after it.
    ``refs``: the references to persons (``link_people``), sorted; ``entities``: their persons by key."""
    starts = [s for s, _ in sents]
    by_sentence: dict[int, list[tuple[int, int, Person]]] = {}
    for ref in refs:
        at = bisect_right(starts, ref.start) - 1
        by_sentence.setdefault(at, []).append((ref.start, ref.end, entities[ref.data["key"]]))
    return [(i, _opening_subject(text, sents[i][0], here)) for i, here in sorted(by_sentence.items())]


def _opening_subject(text: str, s0: int, refs: Sequence[tuple[int, int, Person]]) -> Person | None:
    """The person the sentence opens on as its subject ("X took office in April"), not one named later
    ("This visit takes place at the invitation of X")."""
    first_start, _, _ = refs[0]
    return _subject_of(text, s0, refs) if _SUBJECT_LEAD.match(text[s0:first_start]) else None


# --- speakers -------------------------------------------------------------------------------------

# A transcript's speaker label: a person named at the start of a line, a note in brackets, a colon
# ("President of Russia Vladimir Putin: ...", "Nguyen Phu Trong (retranslated): ..."). (Matched at the
# name's end.)
_LABEL_AFTER = re.compile(r"(?:\s?\([^()\n]{1,30}\))?:\s")


# ... or a line that opens on the speaker and ends in a colon, the words on the next lines: "Putin in a
# statement following the talks:", "Lavrov told reporters:". (Matched at the name's end.)
_INTRODUCES_WORDS = re.compile(r"[^\n:“\"]{0,120}:[^\S\n]*(?=\n)")


def speaker_labels(text: str, refs: Sequence[Mention]) -> list[Mention]:
    """The references to persons that label a speaker's lines, in order: the first-person words after
    each, up to the next, are that person's."""
    return [
        r
        for r in refs
        if r.data.get("form") == "named"
        and (r.start == 0 or text[r.start - 1] == "\n")
        and (_LABEL_AFTER.match(text, r.end) or _INTRODUCES_WORDS.match(text, r.end))
    ]


# --- linking ---------------------------------------------------------------------------------------


def link_people(
    text: str,
    sents: Sequence[tuple[int, int]],
    persons: Sequence[Mention],
    places: Sequence[Mention] = (),
) -> tuple[list[Mention], dict[str, Person]]:
    """Every reference to a person in ``text``, each with its entity's data, and the entities by key.

    ``persons``: the person mentions (titled forms, surnames of those, titles of one holder);
    ``places``: the place mentions, which no name overlaps.
    """
    people: dict[str, Person] = {}
    refs: list[tuple[int, int, Person, str, dict[str, Any]]] = []
    person_spans = [(m.start, m.end) for m in persons]
    place_spans = sorted([(q.start, q.end) for q in places])
    for m in persons:
        data = m.data
        if data.get("bare") and _inside_a_longer_place(place_spans, m):
            continue  # "Ho Chi Minh" of "Ho Chi Minh City": a city named after the person
        key = data.get("key") or person_key(data["name"])
        person = people.get(key)
        if person is None:
            person = people[key] = Person(key, data["name"], None, data.get("country"))
        person.absorb(data)
        title = _title_before_name(m.text, data["name"])
        if title and not data.get("former"):
            person.titles.append(title)
        refs.append((m.start, m.end, person, "surname" if data.get("bare") else "named", data))
    taken = Taken(len(text), person_spans)
    named = sorted(person_spans + place_spans)
    untitled: dict[str, Person] = {}
    for start, end, name in _untitled_people(text, named):
        key = person_key(name)
        if key not in people:
            people[key] = untitled[key] = Person(key, name, None, "RU")
        refs.append((start, end, people[key], "named", {}))
        taken.add(start, end)
    # The surnames of those written without a title (the titled ones' are person mentions already).
    for person in untitled.values():
        for start, end in _surname_uses(text, person.name.split()[-1]):
            if not taken.overlaps(start, end):
                refs.append((start, end, person, "surname", {}))
                taken.add(start, end)
    ordered = sorted(((s, e, p) for s, e, p, _, _ in refs), key=lambda r: r[0])
    named = [(s, p) for s, _, p in ordered]
    for start, end, person in _role_refs(text, named, taken):
        refs.append((start, end, person, "role", {}))
        taken.add(start, end)
    ordered = sorted(((s, e, p) for s, e, p, _, _ in refs), key=lambda r: r[0])
    for start, end, person in _pronoun_refs(text, sents, ordered):
        if not taken.overlaps(start, end):
            refs.append((start, end, person, "pronoun", {}))
    refs.sort(key=lambda r: (r[0], r[1]))
    return [_reference(text, *r) for r in refs], people


def _reference(text: str, start: int, end: int, person: Person, form: str, data: dict[str, Any]) -> Mention:
    """A person mention whose data are the entity's: the fullest name, the key, the side, and the role
    the mention gives (else the entity's current one)."""
    role = data.get("role") if data.get("role") else person.role
    linked = {
        **data,
        "name": person.name,
        "key": person.key,
        "role": role,
        "country": person.country,
        "form": form,
        "bare": form != "named",
    }
    return Mention(start, end, "person", "PERSON", text[start:end], linked)
