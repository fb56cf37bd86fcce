"""Agreement facts: documents the two sides signed, agreed, drafted or that are in force.

Counted signings ("signed two agreements", "15 cooperation documents were signed"), single documents
("executed a joint communiqué"), documents listed with a signing ("including a memorandum on ...", "In
particular, ..."), documents named with their signing in a clause ("the agreement on X, signed in
2019, ...") and named agreements in force ("the FTA ... took effect in 2016").
A signing without its own date borrows the date and place of the visit it happened during; one the
article reports as news without any date took place in the month of the article.
One document or one signing mentioned twice in an article is one fact.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from spacy.tokens import Doc

from vnru_facts.extract.components.agreement_scan import (
    Anchor,
    SentencePatterns,
    SentenceScan,
    sentences_with,
)
from vnru_facts.extract.components.base import RuleComponent, add_fact_spans, facts_of
from vnru_facts.extract.components.context import DocView, Mention
from vnru_facts.extract.components.window_search import WindowSearch
from vnru_facts.extract.patterns.agreement import (
    ADJUNCTS_BEFORE_SUBJECT,
    AGREED_TO,
    AGREED_TO_DRAFT,
    AGREED_VERBS,
    AGREEMENT_TRIGGER,
    AGREEMENT_TRIGGER_ANCHORS,
    AMONG_SIGNED,
    AND_BETWEEN,
    AND_LISTED,
    ANNIVERSARY,
    ANOTHER_DOCUMENT,
    ANOTHER_SIGNING,
    AT_CITY,
    BARE_DOCS_WERE_SIGNED,
    BOTH_SIDES,
    CEREMONY_OF,
    CEREMONY_TO_COME,
    CLAUSE_BREAK,
    CLAUSE_VERB,
    COMPLEMENT,
    COMPLEMENT_END,
    CONDITIONAL,
    CONSORTIUM_PARTNER,
    COUNT_QUALIFIERS,
    DATE_NEXT_TO_END,
    DAY_BEFORE_SUBJECT,
    DESCRIBED_AS_SIGNED,
    DOC_NOUN,
    DOCS_WERE_SIGNED,
    DONE_UNDER,
    DURING_VISIT,
    FIRST_TO_SIGN,
    FUTURE,
    HEADLINE_SIGNED,
    HEADLINE_VERB,
    IN_FORCE,
    INCLUDING_LISTED,
    INCLUDING_NAMED,
    KIND_WITH_SUBJECT,
    LISTED_BEFORE,
    LISTED_NEXT,
    MANY_PARTIES_EVENT,
    MULTILATERAL,
    NAMED_AGREEMENT,
    NAMED_BY_PARTIES,
    NAMES_A_DOCUMENT,
    NEGATED,
    NEGOTIATED_DOCS,
    NEGOTIATIONS_NOT_UNDER_WAY,
    NEWS_SIGNED_DOCS,
    NEXT_DOCUMENT,
    NOT_NEWS_PASSIVE,
    NOT_NEWS_TENSE,
    OCCASION_BEFORE_PURPOSE,
    PARTIES_AGREEMENT,
    PARTY_AFTER,
    PARTY_BEFORE,
    PASSIVE_SIGNED,
    PURPOSE,
    RATIFIED_DOCS,
    REACHED_DOCS,
    RETROSPECTIVE,
    SAID_IN_STATEMENT,
    SET_INCLUDES,
    SIGNED_BARE_DOCS,
    SIGNED_CLAUSE,
    SIGNED_DOCS,
    SIGNING_CEREMONY,
    SIGNING_CLAUSE_END,
    SIGNING_INTENDED,
    SIGNING_OF,
    SIGNING_SEEN,
    SUBJECT_OF_A_DOCUMENT,
    SUBJECT_OF_DOCUMENT,
    TALLY_SINCE,
    THE_TWO,
    TO_SIGN,
    TO_SIGN_DOCS,
    TRIP_TO,
    UNDER_DOCUMENT,
    VAGUE_COUNT,
    WHERE,
    WITNESSED,
)
from vnru_facts.extract.patterns.agreement_reading import (
    AGREEMENTS_REACHED,
    DATED_DOCUMENT,
    DOCUMENT_IN_FORCE,
    DOCUMENT_IN_USE,
    DOCUMENT_OF_DATE,
    DOCUMENT_THEN_EVENT,
    DRAFTING_DOCUMENT,
    EVENT_NOW_THEN_DOCUMENT,
    EVENT_THEN_DOCUMENT,
    HEAD,
    IN_FORCE_AFTER,
    INVERTED_EVENT,
    INVERTED_OPENING,
    ITEM_NUMBER,
    LISTED_LINE,
    NAMED_DAY,
    NOT_NOW,
    PASSIVE_VERB,
    READING_TRIGGER,
    READING_TRIGGER_ANCHORS,
    WISHED,
)
from vnru_facts.normalize.dates import RELATIVE_WEEK_OR_MONTH, resolve_week_or_month
from vnru_facts.normalize.money import QUALIFIERS
from vnru_facts.normalize.names import fold_key
from vnru_facts.normalize.numbers import parse_count

SPAN_KEY = "agreement"
_OTHER_PARTY = re.compile(
    r"\b(?:China|Chinese|United States|U\.S\.|Japan|Korea|India|European Union|EU|ASEAN|Laos|Cambodia|"
    r"Thailand|Ukraine|Belarus|Kazakhstan|Trans-Pacific|CPTPP|RCEP|EVFTA)\b"
)
_RUSSIA = re.compile(r"(?i)\b(?:russia|russian)\b")

# Patterns searched in a sentence: skipped where their words are absent.
_THIRD_PARTY = WindowSearch(_OTHER_PARTY)
_NAMES_RUSSIA = WindowSearch(_RUSSIA)
# Part of every match of a coming into force, with two literals: the many ways such a phrase begins ("has
# been", "came into", "took") need not be looked for in each sentence.
_FORCE_OR_EFFECT = re.compile(r"(?i)force|effect")
_IN_FORCE = WindowSearch(IN_FORCE, requires=_FORCE_OR_EFFECT)
_INCLUDING_NAMED = WindowSearch(INCLUDING_NAMED)
_INCLUDING_LISTED = WindowSearch(INCLUDING_LISTED)
_DURING_VISIT = WindowSearch(DURING_VISIT)
_THE_TWO = WindowSearch(THE_TWO)
# Searched in whole sentences (or the words around a document) once a document is found: most hold none
# of their words, which are looked for first (re's matcher entered at every character cost 10-30 us a
# sentence).
_ANOTHER = WindowSearch(ANOTHER_SIGNING)
_BOTH_SIDES = WindowSearch(BOTH_SIDES)
_RETROSPECTIVE = WindowSearch(RETROSPECTIVE)
_TALLY_SINCE = WindowSearch(TALLY_SINCE)
_MANY_PARTIES_EVENT = WindowSearch(MANY_PARTIES_EVENT)
_CEREMONY_TO_COME = WindowSearch(CEREMONY_TO_COME)


# The sentences worth reading: those of the families' words, those of the generic reading's.
TRIGGERS = (
    (AGREEMENT_TRIGGER, tuple(Anchor(*a) for a in AGREEMENT_TRIGGER_ANCHORS)),
    (READING_TRIGGER, tuple(Anchor(*a) for a in READING_TRIGGER_ANCHORS)),
)


class AgreementComponent(RuleComponent):
    span_key = SPAN_KEY

    def match(self, doc: Doc) -> list[dict[str, Any]]:
        view = DocView(doc)
        visits = [f for f in facts_of(doc) if f["type"] == "visit"]
        facts: list[dict[str, Any]] = []
        family_words, reading_words = sentences_with(view, TRIGGERS)
        triggered = set(family_words)
        # the reading's own sentences hold none of the families' words: only the reading is run there
        candidates = triggered.union(reading_words)
        focus = _story_of_both_sides(view)
        for i in sorted(candidates):
            found = agreements_in_sentence(view, i, visits, facts, focus=focus, families=i in triggered)
            facts.extend(found)
            facts.extend(_singled_out_next(view, i, found))
        if any(_FTA_ONLY.fullmatch(f["title"]) for f in facts) and _names_the_eaeu(view, 0, len(view.text)):
            for f in facts:
                f["title"] = _with_the_fta_parties(f["title"])
        kept = dedupe(facts)
        for f in kept:  # what the rules tell each other about a fact is no part of it
            for key in [k for k in f if k.startswith("_")]:
                del f[key]
        return kept

    def set_annotations(self, doc: Doc, matches: list[dict[str, Any]]) -> None:
        facts_of(doc).extend(matches)
        add_fact_spans(doc, SPAN_KEY, "AGREEMENT", matches)


class Found(NamedTuple):
    """One document (or counted set) a sentence reports, before dates and places are attached."""

    title: str
    count: int | None
    qualifier: str | None
    status: str
    start: int  # offsets of the phrase in the document
    end: int
    family: str
    bare: bool = False  # the title is the document's noun alone, without what it is about
    uncounted: bool = False  # plural documents with no count or article: "signed agreements"
    definite: bool = False  # "the FTA", "the agreement": one named before
    # one of a list of documents ("signed an agreement on X and a memorandum on Y"): where the phrase of
    # the list's signing that found it begins (its date, place and status are that signing's)
    listed_with: int | None = None


def agreements_in_sentence(
    view: DocView,
    i: int,
    visits: list[dict[str, Any]],
    earlier: list[dict[str, Any]],
    *,
    focus: bool = False,
    families: bool = True,
) -> list[dict[str, Any]]:
    """The agreement facts of sentence ``i``: the phrasing families' (``families``: the sentence holds their
    trigger words), then what the generic reading adds (``focus``: the story's lead names both sides)."""
    s0, s1 = view.sents[i]
    text = view.text
    # Russia first: most sentences name it, and its literal is quicker to rule out than the partners.
    if (
        not _scanned(text, s0, s1).search_slice(_NAMES_RUSSIA)
        and _names_a_third_party(text, s0, s1)
        and "RU" not in _sides_named(view, s0, s1)
        and not _names_the_eaeu(
            view, s0, s1
        )  # Russia's bloc: "the EAEU and Vietnam signed ... in Kazakhstan"
    ):
        return []
    found = (
        (_signed(text, s0, s1) or _ceremony(view, s0, s1) or _said_in_statement(view, s0, s1))
        if families
        else []
    )
    if families and all(f.family == "clause" for f in found):
        # "the Vietnam-EAEU FTA, signed in 2015, took effect in 2016" tells of the treaty in force
        found = _named_in_force(text, s0, s1) or found
    found = found + _coordinated_in_force(text, s1, found)
    # what no family reads: the generic reading, of sentences tied to both sides
    found = _with_reading(found, _read(view, i, visits, focus=focus))
    # After the signing is found: most sentences of the trigger words hold none, and this looks around.
    if not found or _follows_third_country(view, i, visits):
        return []
    found = [
        f
        for k, f in enumerate(found)
        if not _with_third_party(view, f, found[k + 1 :], s1)
        and not _third_countrys_signing(view, i, f, visits)
        and not _multilateral(view, s0, f)
        and not _anothers_document(view, s0, s1, f)
        and not _one_sides_firms(view, s0, s1, f)
    ]
    if found and _at_many_parties_event(view, i, found[0], visits):
        return []
    if any(f.uncounted for f in found) and not _between_the_two(view, i, visits):
        found = [f for f in found if not f.uncounted]
    out = []
    signings = _signings(found)
    order = sorted(signings.values())
    told: dict[int, tuple[str | None, str | None]] = {}  # the date and place of each signing told
    for f in sorted(found, key=lambda f: f.listed_with is not None):
        key = _signing_of(f)
        if key in told:  # one of a list: signed when and where its signing was
            continue
        # with several signings, a date belongs to the one it follows ("signed A in 2001 and issued B
        # in 2012"), else to the one it precedes ("on May 3 signed A"); a list is one signing
        k = order.index(signings[key])
        after = (f.start, order[k + 1][0] if k + 1 < len(order) else s1)
        before = (order[k - 1][1] if k else s0, order[k][0])
        segs = [after, before] if len(order) > 1 else [(s0, s1)]
        told[key] = _when_and_where(view, i, f, segs, visits, earlier)
    for f in found:
        date, place = told[_signing_of(f)]
        out.append(
            {
                "type": "agreement",
                "evidence": view.evidence(s0, s1),
                "title": _full_title(view, i, f, earlier),
                "count": f.count,
                "count_qualifier": f.qualifier if f.count is not None else None,
                "date": date if f.status != "in_force" else _in_force_year(view, s0, s1),
                "place": place if f.status != "in_force" else None,
                "parties": ["RU", "VN"],
                "status": f.status,
                **_told_with(view, i, f),
            }
        )
    return out


def _signing_of(f: Found) -> int:
    """Which signing a document is told with: its own phrase's, or its list's (``Found.listed_with``)."""
    return f.start if f.listed_with is None else f.listed_with


def _signings(found: list[Found]) -> dict[int, tuple[int, int]]:
    """Where each signing of a sentence is told: a document's phrase, or a list's from its first document
    to its last."""
    spans: dict[int, tuple[int, int]] = {}
    for f in found:
        key = _signing_of(f)
        a, b = spans.get(key, (f.start, f.end))
        spans[key] = (min(a, f.start), max(b, f.end))
    return spans


def _told_with(view: DocView, i: int, f: Found) -> dict[str, Any]:
    """What ``dedupe`` reads of how a document is told: its family, its sentence, the firms the sentence
    names, whether the sentence tells it as another one ("also signed") and whether it points back to
    documents named before ("The documents were signed in Moscow")."""
    s0, s1 = view.sents[i]
    return {
        "_family": f.family,
        "_sentence": i,
        "_firms": frozenset(o.data["name"] for o in view.within("org", s0, s1)),
        "_another": bool(_ANOTHER.search(view.text, s0, s1)),
        "_refers_back": f.definite,
        "_dated_here": _date_in(view, s0, s1) is not None,
        "_another_here": bool(_ANOTHER.search(view.text, max(s0, f.start - ANOTHER_REACH), f.end)),
        "_signing": _signing_of(f),
    }


# How far before a document "also", "another", "separately" tell of it as one more ("Separately, Russian
# and Vietnamese firms signed agreements"); further off they are another clause's ("it settles tariffs but
# also the rules of origin, the minister said after the two sides struck the FTA").
ANOTHER_REACH = 60


def _multilateral(view: DocView, s0: int, f: Found) -> bool:
    """'Lavrov and Southeast Asian ministers adopted a joint communique', 'a declaration was adopted by
    Russia and ASEAN': a group of countries among those who sign (the clause before the document, or
    who a passive verb says signed it)."""
    subject = view.text[_clause_start(view.text, s0, f.start) : f.start]
    by = _BY_WHOM.match(view.text, f.end) if f.family == "passive" else None
    return bool(MULTILATERAL.search(subject) or (by and MULTILATERAL.search(by.group(0))))


_BY_WHOM = re.compile(r"[^.;]{0,40}?\sby\s[^,;.]{1,60}")


def _one_sides_firms(view: DocView, s0: int, s1: int, f: Found) -> bool:
    """'Gazprom and Novatek signed a memorandum on LNG supplies': firms of one side that sign with each
    other, in a sentence that names nothing of the other side nor both sides, sign no Vietnam-Russia
    document. A joint venture of the two sides (Vietsovpetro) is of both."""
    firms = list({o.data["name"]: o for o in _signing_firms(view, s0, s1, f)}.values())
    if len(firms) < 2 or any(o.data.get("investor") for o in firms):
        return False
    sides = {o.data["side"] for o in firms}
    if len(sides) != 1 or _BOTH_SIDES.search(view.text, s0, s1):
        return False
    return _sides_named(view, s0, s1) <= sides


# Where what a title says the document is about, or who it is with, begins.
_SUBJECT_START = re.compile(r"\s(?:on|for|between|with|among|of|to|regarding|about|in)\s")


def _anothers_document(view: DocView, s0: int, s1: int, f: Found) -> bool:
    """'early negotiations on an ASEAN-Russia FTA', 'The Eurasian Economic Union Treaty was signed by
    ...': a document whose title names a group of countries, or names a bloc or third
    country other than as a partner ("the FTA with the EAEU" is Vietnam's), in a sentence that names
    nothing of Vietnam's nor both sides, is the group's or that country's own."""
    if MULTILATERAL.search(_SUBJECT_START.split(f.title, maxsplit=1)[0]):
        return True  # "an ASEAN-Russia FTA" (not "a joint statement on regional security")
    if "VN" in _sides_named(view, s0, s1) or _BOTH_SIDES.search(view.text, s0, s1):
        return False
    named = [p for p in view.within("place", f.start, s1) if p.data["side"] == "OTHER" and p.text in f.title]
    return any(not _PARTNER_BEFORE.search(view.text[max(f.start, p.start - 15) : p.start]) for p in named)


def _at_many_parties_event(view: DocView, i: int, f: Found, visits: list[dict[str, Any]]) -> bool:
    """'The 2018 forum saw the signing of 220 deals', 'At the fair, 300 contracts were signed': a signing
    told of a forum or fair (named before the documents) in a sentence that names neither side, nor the
    two sides, nor the article's visit, is of the event's many parties."""
    s0, s1 = view.sents[i]
    if not _MANY_PARTIES_EVENT.search(view.text, s0, f.start) or _sides_named(view, s0, s1):
        return False
    return not (
        _BOTH_SIDES.search(view.text, s0, s1) or _scanned(view.text, s0, s1).search_slice(_THE_TWO)
    ) and (_visit_of(view, s0, s1, visits) is None)


def _full_title(view: DocView, i: int, f: Found, earlier: list[dict[str, Any]]) -> str:
    """The title of a document named by its kind alone: "the FTA" or "the agreement" is the one named in
    full just before ("the Vietnam-EAEU Free Trade Agreement"); "a memorandum" two firms sign is theirs.
    (One reported just before as a fact is left to be merged with it.)"""
    framed = _about_from_frame(view, i, f) if f.count == 1 and not _TITLE_TELLS_WHAT.search(f.title) else None
    if framed:
        return f"{_without_determiner(f.title)} on {framed}"
    if not f.bare or f.count != 1:
        return f.title
    if f.definite:
        named = _named_before(view, i, f.title, earlier)
        if named:
            return named
    title = _SPELT_TITLE.get(f.title.lower(), f.title)  # "FTA": its words are in no other title
    s0, s1 = view.sents[i]
    done = DONE_UNDER.match(view.text[s0 : f.start])
    if done:  # "Work on the bridge will be done within the framework of the agreement"
        subject = done.group("subject")
        return f"{title} on {subject[0].lower()}{subject[1:]}"
    agreed = _agreed_just_before(view, i, f)
    if agreed:
        return f"{title} to {agreed}"
    return _between_firms(view, s0, s1, f, title)


def _about_from_frame(view: DocView, i: int, f: Found) -> str | None:
    """What a document with no subject of its own is about, from the sentence that frames it: "The Ninh
    Thuan 1 project was originally the subject of an intergovernmental agreement signed in 2010" (the
    project), "Under an agreement signed in Moscow, the joint venture's operations have been extended to
    2030" (the clause it governs)."""
    s0, s1 = view.sents[i]
    text = view.text
    subject = SUBJECT_OF_DOCUMENT.match(text[s0 : f.start])
    if subject:
        return subject.group("subject")  # as written: "the Ninh Thuan 1 project" keeps its name's capitals
    if UNDER_DOCUMENT.match(text[s0 : f.start]) and not f.definite:
        comma = text.find(", ", f.end, s1)
        if comma != -1:
            clause = _up_to_clause_end(text[comma + 2 : s1].rstrip(" ."))
            return clause if len(clause.split()) >= 3 else None
    return None


# A title that says what the document is about: "agreement on X", "contract for Y", "MoU between A and B".
_TITLE_TELLS_WHAT = re.compile(r"\s(?:on|for|of|to|between|with|regarding|about|concerning|covering|in)\s")


def _agreed_just_before(view: DocView, i: int, f: Found) -> str | None:
    """What the two sides agreed to do, said before a document in its sentence or in the sentence before
    (one that names both sides): "Vietnam and Russia have agreed to widen their joint work in nuclear
    research. The two signed an agreement on Tuesday" -> "widen their joint work in nuclear research"."""
    s0, _ = view.sents[i]
    windows = [(s0, f.start)]
    before = _neighbours(view, i, -1, 1)
    if before:
        b0, b1 = view.sents[before[0]]
        if {"VN", "RU"} <= _sides_named(view, b0, b1) or _BOTH_SIDES.search(view.text, b0, b1):
            windows.append((b0, b1))
    for start, end in windows:
        agreed = AGREED_TO.search(view.text, start, end)
        if agreed:
            return _title(_up_to_clause_end(agreed.group("c")))
    return None


_SPELT_TITLE = {"fta": "free trade agreement"}
# How many sentences back a document named by its kind may have been named in full.
NAMED_REACH = 5
# What the title a short name stands for must hold: "the FTA" is a free trade agreement, "the contract" a
# contract; "the deal", "the agreement" or "the document" any agreement, treaty or accord.
_KIND_OF = {
    "fta": "free trade",
    "treaty": "treaty",
    "contract": "contract",
    "memorandum": "memorandum",
    "accord": "",
    "deal": "",
    "pact": "",
    "agreement": "",
    "document": "",
}
_AGREEMENT_KINDS = re.compile(r"(?i)\b(?:agreement|treaty|accord|FTA|contract|memorandum)\b")


def _named_before(view: DocView, i: int, noun: str, earlier: list[dict[str, Any]]) -> str | None:
    """The document last named in full, of the kind ``noun`` says, in this sentence or the few before:
    the title of a document reported there ("Novatek signed an agreement with Petrovietnam. The agreement
    was signed in Moscow."), else one the words name ("implementing the Vietnam-EAEU FTA. The FTA took
    effect in 2016.")."""
    kind = _KIND_OF.get(noun.lower().split()[-1])
    if kind is None:
        return None
    for j in (i, *_neighbours(view, i, -1, NAMED_REACH)):
        told = [
            e["title"] for e in earlier if e["count"] == 1 and view.sentence_of(e["evidence"]["start"]) == j
        ]
        for title in reversed(told or _full_names(view.sentence_text(j))):
            spelt = title.lower().replace("fta", "free trade agreement")
            if kind in spelt and _AGREEMENT_KINDS.search(title) and len(title.split()) > 1:
                return title
        if told:
            return None
    return None


# Words that name parties or a subject: "free trade agreement" alone names neither.
_PARTIES = re.compile(r"\b(?:between|with|on|of|for)\b")


def _full_names(sentence: str) -> list[str]:
    """The agreements a sentence names in full: "the Free Trade Agreement between Vietnam and the EAEU"."""
    names = []
    for regex in (NAMED_AGREEMENT, NAMED_BY_PARTIES):
        for m in regex.finditer(sentence):
            title = _without_determiner(m.group("title").strip())
            in_brackets = sentence[m.start() - 1 : m.start()] == "("  # an abbreviation after the full title
            kind_only = title.islower() and not _PARTIES.search(title)
            if (
                len(title.split()) >= 2
                and not _OTHER_PARTY.search(title)
                and not in_brackets
                and not kind_only
            ):
                names.append(title)
    # "Last year's contract on the supply of four frigates to Vietnam": named in lower case with its
    # subject (after the names above: "the FTA" is rather the one named in full)
    names[:0] = [_up_to_clause_end(m.group("title")) for m in KIND_WITH_SUBJECT.finditer(sentence)]
    return names


def _follows_third_country(view: DocView, i: int, visits: list[dict[str, Any]]) -> bool:
    """'Putin began his visit to North Korea. The leaders signed a partnership treaty.': a sentence that
    names no one and nothing of Vietnam's, after one about a third country and not Vietnam, is about
    that country. Unless it names the article's visit by its visitor ("China and Russia signed nine
    agreements. During Lavrov's visit, the ministers signed ...") and the sentence before tells of no
    trip to the third country."""
    s0, s1 = view.sents[i]
    if "VN" in _sides_named(view, s0, s1):
        return False
    before = _neighbours(view, i, -1, 1)
    if not before:
        return False
    sides = _sides_named(view, *view.sents[before[0]])
    if "OTHER" not in sides or "VN" in sides:
        return False
    if not _during_named_visit(view, s0, s1, visits):
        return True
    return any(role == "trip" for _, role in _third_country_roles(view, *view.sents[before[0]]))


def _third_countrys_signing(view: DocView, i: int, f: Found, visits: list[dict[str, Any]]) -> bool:
    """Whether the two sides of signing ``f`` are a third country and another: "China and Russia signed",
    "visited Tokyo, where the two sides signed", "During her trip to Laos, the two governments signed".

    The sides are those the clause of the signing names; else its place ("where", "in Beijing"); else
    the article's visit, named by its visitor ("During Lavrov's visit"); else, for "the two sides" or no
    subject, the countries the words before name as visited or as parties, in the sentence or the ones
    before. A third country named in passing ("despite a US warning") is none.
    """
    s0, s1 = view.sents[i]
    clause = _clause_start(view.text, s0, f.start)
    subject = _sides_named(view, clause, f.start)
    roles = [(p, role) for p, role in _third_country_roles(view, s0, s1) if role != "consortium"]
    if any(clause <= p.start < f.start for p, _ in roles):  # a third country in the subject is a party
        return not {"VN", "RU"} <= subject  # "China and Russia signed", "Vietnam and Laos signed"
    if {"VN", "RU"} <= subject:
        return False
    where = _where_place(view, s0, f.start)
    if where is not None:
        return _is_third_country(where) and not _in_the_eaeu(view, s0, s1, where)
    at = _signing_place(view, s0, s1, clause, f)
    if at is not None:
        return _is_third_country(at) and not _in_the_eaeu(view, s0, s1, at)
    if _during_named_visit(view, s0, s1, visits):
        return False
    if _sides_named(view, s0, f.start):
        return _pair_is_third(view, s0, clause, subject)
    # "Putin flew to Pyongyang. He held talks with Kim. The two leaders signed": the last sentence before
    # that names a country
    for j in _neighbours(view, i, -1, LOOK_BACK):
        if _sides_named(view, *view.sents[j]):
            return _pair_is_third(view, *view.sents[j], subject)
    return False


# How many sentences back "the two sides" of a signing may have been named.
LOOK_BACK = 2


def _clause_start(text: str, s0: int, at: int) -> int:
    """Where the clause that ends at ``at`` begins: after the last comma or 'where', 'while' before it."""
    breaks = list(CLAUSE_BREAK.finditer(text, s0, at))
    return breaks[-1].end() if breaks else s0


# Groups a side belongs to: an agreement with them or a meeting there is no third country's.
_OURS_TOO = frozenset({"EAEU", "ASEAN"})


def _in_the_eaeu(view: DocView, s0: int, s1: int, place: Mention) -> bool:
    """'Vietnam and the EAEU signed the agreement in Kazakhstan': a member of the union, where the sentence
    names it, is no third country."""
    return place.data["name"] in EAEU_MEMBERS and _names_the_eaeu(view, s0, s1)


# The words of a free trade agreement named without its parties: "the FTA", "Vietnam's free trade
# agreement", "the Free Trade Zone Agreement".
_FTA_ONLY = re.compile(
    r"(?i)(?:the\s)?(?:(?:Vietnam|Viet\sNam)(?:[’']s)?\s)?(?:free\strade\s(?:zone\s|area\s)?agreement|FTA)"
)
FTA_WITH_ITS_PARTIES = "free trade agreement between Vietnam and the Eurasian Economic Union (EAEU)"


def _with_the_fta_parties(title: str) -> str:
    """A free trade agreement named without its parties, in an article that names the Eurasian Economic
    Union, is Vietnam's with the union (the only one Vietnam has with Russia's side): titled with its
    parties, as the article names it elsewhere, so that its mentions read as one document."""
    return FTA_WITH_ITS_PARTIES if _FTA_ONLY.fullmatch(title) else title


def _names_the_eaeu(view: DocView, s0: int, s1: int) -> bool:
    return any(p.data["name"] == "EAEU" for p in view.within("place", s0, s1))


def _is_third_country(place: Mention) -> bool:
    return place.data["side"] == "OTHER" and place.data["name"] not in _OURS_TOO


def _third_country_roles(view: DocView, start: int, end: int) -> list[tuple[Mention, str]]:
    """Each third country named in [start, end) with how: "trip" (visited), "at" (where something took
    place), "consortium" (of a firm in one side's consortium), "party" (a side of what is told) or
    "passing"."""
    return [(p, _role_of(view, p)) for p in view.within("place", start, end) if _is_third_country(p)]


def _role_of(view: DocView, p: Mention) -> str:
    before = view.text[max(0, p.start - 40) : p.start]
    if TRIP_TO.search(before):
        return "trip"
    if CONSORTIUM_PARTNER.search(view.text, max(0, p.start - 90), p.start):
        return "consortium"  # "in consortium with Sumitomo Corporation (Japan)": a partner of one side
    if AT_CITY.search(before):
        return "at"
    # "Chinese President Xi Jinping": the country of an official named
    people = view.within("person", max(0, p.start - 80), p.end + 80)
    in_person = any(q.start <= p.start < q.end for q in people)
    if in_person or PARTY_BEFORE.search(before) or PARTY_AFTER.match(view.text, p.end, p.end + 40):
        return "party"
    return "passing"


def _where_place(view: DocView, s0: int, at: int) -> Mention | None:
    """The place a 'where' or 'there' before the signing points back to: the last one named before it."""
    wheres = list(WHERE.finditer(view.text, s0, at))
    if not wheres:
        return None
    places = view.within("place", s0, wheres[-1].start())
    if not places and wheres[-1].start() == s0:  # "There, the leaders signed": the sentence before
        i = view.sentence_of(s0)
        before = _neighbours(view, i, -1, 1)
        places = view.within("place", *view.sents[before[0]]) if before else []
    return places[-1] if places else None


def _signing_place(view: DocView, s0: int, s1: int, clause: int, f: Found) -> Mention | None:
    """The country or city a signing took place in: 'signed nine agreements in Beijing', 'In Hanoi, the
    two sides signed'. Only the opening words of the sentence, the signing's clause and what follows it
    are read: "during her trip to Laos" is no place of the signing, nor is a place in what the document
    is about ("an agreement on cooperation in Laos")."""
    first_break = CLAUSE_BREAK.search(view.text, s0, f.start)
    opening_end = first_break.start() if first_break else f.start
    last_break = SIGNING_CLAUSE_END.search(view.text, f.end, s1)
    clause_end = last_break.start() if last_break else s1
    subject_end = _complement_end(view.text, f.end, clause_end)
    for p in view.within("place", s0, clause_end):
        read = p.start < opening_end or clause <= p.start < f.start or p.start >= subject_end
        if read and p.data["name"] not in _OURS_TOO and _role_of(view, p) == "at":
            return p
    return None


def _complement_end(text: str, at: int, end: int) -> int:
    """Where what a document is about, said right after it at ``at``, ends ("on cooperation in Laos")."""
    c = COMPLEMENT.match(text, at, end)
    if c is None:
        return at
    cut = COMPLEMENT_END.search(text, c.start("c"), c.end())
    return cut.start() if cut else c.end()


def _pair_is_third(view: DocView, start: int, end: int, subject: set[str]) -> bool:
    """Whether the words in [start, end), before a signing by "the two sides", name a third country as the
    other side: the one visited, unless Vietnam or Russia was visited too, or one named as a party when
    Vietnam and Russia are not both named."""
    visited = [p for p in view.within("place", start, end) if _role_of(view, p) == "trip"]
    if visited:
        ours = any(p.data["side"] in ("VN", "RU") for p in visited)
        return not ours and any(_is_third_country(p) for p in visited)
    roles = _third_country_roles(view, start, end)
    if any(role == "party" for _, role in roles):
        return not {"VN", "RU"} <= _sides_named(view, start, end) | subject
    return False


def _sides_named(view: DocView, start: int, end: int) -> set[str]:
    """The sides ("VN", "RU", "OTHER") of the places, officials and organisations named in [start, end)."""
    places = {p.data["side"] for p in view.within("place", start, end)}
    people = {p.data.get("country") for p in view.within("person", start, end)} & {"VN", "RU"}
    orgs = {o.data["side"] for o in view.within("org", start, end)}
    return {side for side in places | people | orgs if side}


def _between_the_two(view: DocView, i: int, visits: list[dict[str, Any]]) -> bool:
    """Whether sentence ``i`` ties a signing to the two sides: it names Russia's side or both sides
    ("the two countries", "intergovernmental"), or a visit it follows or names. "Vietnam has signed free
    trade agreements with 15 partners" does not."""
    s0, s1 = view.sents[i]
    if _BOTH_SIDES.search(view.text, s0, s1) or _scanned(view.text, s0, s1).search_slice(_NAMES_RUSSIA):
        return True
    if "RU" in _sides_named(view, s0, s1):
        return True
    return _visit_of(view, s0, s1, visits) is not None or _recent_visit(view, i, visits) is not None


def _neighbours(view: DocView, i: int, step: int, count: int) -> list[int]:
    """Up to ``count`` sentences before (step -1) or after (step 1) sentence ``i``, nearest first,
    passing over blank lines, which are empty sentences between paragraphs."""
    out: list[int] = []
    j = i + step
    while 0 <= j < len(view.sents) and len(out) < count:
        if view.sents[j][1] > view.sents[j][0]:
            out.append(j)
        j += step
    return out


def _between_firms(view: DocView, s0: int, s1: int, f: Found, title: str) -> str:
    """'Novatek inked a cooperation memorandum with PetroVietnam': a document two firms sign is
    titled by them: the two its clause names as signing it (its subject, the partner "with" or "by"
    whom), else the sentence's only two, not both of one side. "PetroVietnam signed a deal with
    Zarubezhneft, under which it holds a stake in Rusvietpetro" is theirs."""
    for firms in (_signing_firms(view, s0, s1, f), view.within("org", s0, s1)):
        named = list({o.data["name"]: o for o in firms}.values())
        if len(named) == 2 and not (named[0].data["side"] and named[0].data["side"] == named[1].data["side"]):
            return f"{title} between {named[0].data['name']} and {named[1].data['name']}"
    return title


# A partner of a signing, named after the document: "with Zarubezhneft", "with Russia's Gazprom", "by
# Gazprom and".
_SIGNATORY_BEFORE = re.compile(r"(?i)\b(?:with|by|and)\s(?:the\s)?(?:[\w’'-]+[’']s\s)?$")


def _signing_firms(view: DocView, s0: int, s1: int, f: Found) -> list[Mention]:
    """The firms a signing's clause names as its sides: in its subject, and the partner named right
    after the document ("with" or, after a passive verb, "by" whom)."""
    subject = view.within("org", _clause_start(view.text, s0, f.start), f.start)
    after: list[Mention] = []
    for o in view.within("org", f.end, min(s1, f.end + 60)):
        if not _SIGNATORY_BEFORE.search(view.text[max(f.end, o.start - 25) : o.start]):
            break
        after.append(o)
    return subject + after


def _singled_out_next(view: DocView, i: int, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'... signed a number of agreements. In particular, a memorandum on a research centre.': the
    document the next sentence singles out from the set, signed with it."""
    sets = [f for f in found if f["count"] != 1 and f["status"] != "in_force"]
    if not sets:
        return []
    if view.sentence_text(i).rstrip().endswith(":"):
        return _listed_lines(view, i, sets[-1])
    # the next sentence, or the one after a sentence about the set ("The documents cover energy.")
    for j in _neighbours(view, i, 1, 2):
        s0, s1 = view.sents[j]
        m = LISTED_NEXT.match(view.text, s0, s1)
        titles = []
        while m:
            titles.append(_title(m.group("title")))
            m = AND_LISTED.match(view.text, m.end(), s1)
        if titles:
            evidence = view.evidence(s0, s1)
            told = {"_sentence": j, "_another": True, "_refers_back": False}  # each one of the set
            return [
                {**sets[-1], "evidence": evidence, "title": t, "count": 1, "count_qualifier": "exact", **told}
                for t in titles
            ]
    return []


MAX_LISTED_LINES = 40


def _listed_lines(view: DocView, i: int, listed: dict[str, Any]) -> list[dict[str, Any]]:
    """'The following documents were signed:' then one document a line ('- Agreement on visa exemption;'):
    each line's document, signed with the set, up to the first line that names none."""
    out: list[dict[str, Any]] = []
    for j in range(i + 1, min(len(view.sents), i + 1 + MAX_LISTED_LINES)):
        s0, s1 = view.sents[j]
        if not view.text[s0:s1].strip() or ITEM_NUMBER.match(view.text, s0, s1):
            continue  # a blank line, or an item's number on a line of its own
        m = LISTED_LINE.match(view.text, s0, s1)
        if not m:
            break
        told = {"_sentence": j, "_another": True, "_refers_back": False}  # each one of the set
        title = _title(m.group("title"))
        out.append({**listed, "evidence": view.evidence(s0, s1), "title": title, "count": 1, **told})
        out[-1]["count_qualifier"] = "exact"
    return out


# Blocs Russia belongs to: an agreement with them binds Russia ("the FTA with the EAEU").
RUSSIA_IN = frozenset({"EAEU"})
# Russia's partners in the EAEU: "the FTA, whose parties are Vietnam, Armenia, Belarus, Kazakhstan,
# Kyrgyzstan and Russia" is the Vietnam-EAEU agreement, not one with a third country.
EAEU_MEMBERS = frozenset({"BY", "KZ", "AM", "KG"})
_PARTNER_BEFORE = re.compile(r"(?i)\b(?:with|between|and)\s(?:the\s)?$")


# Partners named as others than the two sides: "with other countries", "with third countries".
_WITH_OTHERS = re.compile(
    r"\s(?:with|between)\s(?:(?:other|third|more|many|several|\d+)\s)(?:[a-z]+\s)?(?:countries|states|nations|partners|economies)\b"
)


def _with_third_party(view: DocView, f: Found, rest: list[Found], s1: int) -> bool:
    """'Russia signed a gas deal with China': the partner named after the document is a third country.
    The first partner named is the one: "with Vietnam on Monday, a day after a summit with China". "The
    EEU will sign free trade agreements with other countries" names other partners than Vietnam."""
    if _WITH_OTHERS.match(view.text, f.end, s1):
        return True
    end = min(rest[0].start if rest else s1, f.end + 80)
    partners = [
        p
        for p in view.within("place", f.start, end)
        if _PARTNER_BEFORE.search(view.text[max(f.start, p.start - 15) : p.start])
    ]
    first = partners[0] if partners else None
    if first is None or first.data["side"] != "OTHER" or first.data["name"] in RUSSIA_IN:
        return False
    return not (first.data["name"] in EAEU_MEMBERS and {"VN", "RU"} <= _sides_named(view, f.start, end))


def _signed(text: str, s0: int, s1: int) -> list[Found]:
    """Documents signed, adopted or issued, in the order the sentence ``text[s0:s1]`` names them."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    scan = _scanned(text, s0, s1)
    sentence = scan.sentence
    # Most sentences of the trigger words name no document: only the family that needs none is tried there.
    families = _WITHOUT_DOC_NOUN
    if scan.search_slice(_DOC_NOUN):
        families = SIGNING_FAMILIES
        scan.find_all_literals()  # each family is asked for: their literals found at once
    for family, regex in families:
        for m in scan.finditer_slice(regex):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if NEGATED.search(sentence, max(0, m.start() - 30), m.start()):
                continue  # "no deals were signed", "did not sign"
            kind = _kind_of(family, m, sentence)
            if kind is None or SUBJECT_OF_A_DOCUMENT.search(sentence, max(0, m.start() - 60), m.start()):
                continue
            documents = _documents_of(m, kind, sentence, s0, uncounted=regex in UNCOUNTED)
            if family == "active" and _described_as_signed(sentence, s0, m, documents):
                continue  # "on the basis of signed agreements"
            # a list's documents after the match are its own: no other family reads them again
            taken.append((m.start(), max([m.end(), *(d.end - s0 for d in documents)])))
            found.extend(documents)
    if found:
        for search in (_INCLUDING_NAMED, _INCLUDING_LISTED):
            for m in scan.finditer_slice(search):
                if any(f.family == "named" and f.start <= s0 + m.start() < f.end for f in found):
                    continue
                status = found[-1].status
                while m:
                    at = (s0 + m.start(), s0 + m.end())
                    found.append(Found(_title(m.group("title")), 1, "exact", status, *at, "named"))
                    m = AND_LISTED.match(sentence, m.end())
    found = [g for f in found for g in _included_items(sentence, s0, f)]
    return sorted(found, key=lambda f: f.start)


# What a set of documents named by their kind alone is said to include: "Other signed deals included a
# partnership between BIDV and VTB, a pact between the two ministries and a roadmap for nuclear energy".
_INCLUDED_AFTER = re.compile(r"(?:\s[\w’'-]+){0,5}?\s(?:include[sd]?|comprised?)\s(?=an?\s)")
# One item of the list: up to the next comma or "and a(n)" ("and the" is within an item: "between A and
# the B").
_INCLUDED_ITEM = re.compile(
    r"(?:,\s(?:and\s)?|\sand\s)?an?\s(?P<title>[^,;.()]{3,160}?\s[^,;.()]+?)(?=[,;.]|\sand\san?\s|$)"
)


def _included_items(sentence: str, s0: int, f: Found) -> list[Found]:
    """The documents a set named by its kind alone ("deals", "documents") is said to include, one each
    in its place; the set itself is told by them (the first one from the set's words on)."""
    if not f.bare or f.count is not None:
        return [f]
    head = _INCLUDED_AFTER.match(sentence, f.end - s0)
    items: list[Found] = []
    m = _INCLUDED_ITEM.match(sentence, head.end()) if head else None
    while m:
        start = s0 + m.start("title") if items else f.start
        items.append(Found(_title(m.group("title")), 1, "exact", f.status, start, s0 + m.end(), f.family))
        m = _INCLUDED_ITEM.match(sentence, m.end())
    return items or [f]


# --- The generic reading: a document phrase, an event, a VN-RU anchor (patterns/agreement_reading.py) ---

_PASSIVE_VERB = WindowSearch(re.compile(rf"\b{PASSIVE_VERB}\b"))
_REACHED_VERB = WindowSearch(re.compile(r"\sreached\s"))
# The verbs of a document under way ("is being implemented", "is planned to be fulfilled").
_UNDER_WAY = re.compile(r"(?:is|are)\s(?:being|\w+\sto\sbe)\s")
_IN_FORCE_VERB = WindowSearch(
    re.compile(rf"\b{IN_FORCE_AFTER}\b"),
    requires=re.compile(r"(?i)force|effect|implemented|fulfilled|executed|carried"),
)
# Parts every match of the dated families holds: a year ("the 2011 agreement"), a month's name ("the
# agreement of May 29, 2015", in any case: the literals are looked for lower-cased).
_A_YEAR = re.compile(r"(?:19|20)\d\d")
_A_MONTH = WindowSearch(
    re.compile(r"(?i)January|February|March|April|May|June|July|August|September|October|November|December")
)
# Part of every match of the drafting family, with few literals (its auxiliaries, "are", "was", "has been",
# begin some forty literals that most sentences hold the first letters of).
_DRAFTING_VERB = re.compile(r"(?i)draft|preparing|working\son|negotiating")
# The families of the reading, each read where it can match: those that begin with their verb are found
# from its literals; those that begin with the document phrase only around a head noun (``_around_heads``).
READING_FAMILIES = (
    ("active", WindowSearch(EVENT_THEN_DOCUMENT)),
    ("negotiated", WindowSearch(DRAFTING_DOCUMENT, requires=_DRAFTING_VERB)),
    ("in_use", WindowSearch(DOCUMENT_IN_USE)),
    ("present", WindowSearch(EVENT_NOW_THEN_DOCUMENT)),
    ("inverted", WindowSearch(INVERTED_EVENT)),
)
AROUND_HEAD_FAMILIES = (
    ("reached", AGREEMENTS_REACHED, _REACHED_VERB),
    ("passive", DOCUMENT_THEN_EVENT, _PASSIVE_VERB),
    ("in_force", DOCUMENT_IN_FORCE, _IN_FORCE_VERB),
    ("dated", DATED_DOCUMENT, None),
    ("dated", DOCUMENT_OF_DATE, None),
)
# What a family that has no event's words to look for after the head needs in the words of its phrase:
# where they are absent it is not tried from each word start (most sentences name no date by a document).
# Keyed by the pattern's id: hashing a compiled pattern hashes its whole code (some microseconds each).
_DATED_NEEDS = {id(DATED_DOCUMENT): _A_YEAR, id(DOCUMENT_OF_DATE): _A_MONTH}
_HEAD = WindowSearch(re.compile(rf"\b{HEAD}\b"))
# How far before a head noun its phrase may begin (a count, a qualifier and five modifiers), and how far
# after it what it is about and its event may end.
PHRASE_BEFORE, EVENT_AFTER = 90, 230


def _around_heads(scan: SentenceScan, heads: list[re.Match[str]]) -> list[tuple[str, re.Match[str]]]:
    """The matches of the families that begin with a document phrase: tried from each word start in the
    few words before each head noun of the sentence (``heads``: the phrase's count and modifiers), the
    earliest that matches per family and head, each family only where its event's words follow the head."""
    sentence = scan.sentence
    found = []
    for h in heads:
        end = min(len(sentence), h.end() + EVENT_AFTER)
        lo = max(0, h.start() - PHRASE_BEFORE)
        tried = [
            (family, regex)
            for family, regex, event in AROUND_HEAD_FAMILIES
            if (_event_after(scan, event, h.end(), end) if event else _may_be_dated(scan, regex, lo, end))
        ]
        if not tried:
            continue  # most heads: the word starts before them are not even listed
        starts = [w.start() for w in _WORD_START.finditer(sentence, lo, h.start() + 1)]
        for family, regex in tried:
            m = next((m for at in starts if (m := regex.match(sentence, at, end))), None)
            if m is not None:
                found.append((family, m))
    return found


def _event_after(scan: SentenceScan, event: WindowSearch, start: int, end: int) -> bool:
    """Whether ``event`` matches in ``scan.sentence`` between ``start`` and ``end`` (its literals, looked
    for once per sentence, first: they are seldom there)."""
    return scan.holds(event, start, end) and event.regex.search(scan.sentence, start, end) is not None


def _may_be_dated(scan: SentenceScan, regex: re.Pattern[str], start: int, end: int) -> bool:
    """False only where a dated family cannot match in ``scan.sentence[start:end]``: the year or the
    month every match holds is not there."""
    needs = _DATED_NEEDS[id(regex)]
    if isinstance(needs, WindowSearch):
        return scan.holds(needs, start, end)
    return needs.search(scan.sentence, start, end) is not None


# Where a word of a document phrase may start: a letter, a digit or a currency sign after a space or a
# bracket.
_WORD_START = re.compile(r"(?<![^\s(“\"])[\w$€]")


# How many of the story's first sentences (its headline and lead) tell what it is about.
LEAD_SENTENCES = 4


def _story_of_both_sides(view: DocView) -> bool:
    """Whether the story's headline and lead name both Vietnam's and Russia's side (places, officials,
    firms; the EAEU is Russia's): a document it tells with one side named is between the two."""
    lead = _neighbours(view, -1, 1, LEAD_SENTENCES)
    if not lead:
        return False
    start, end = view.sents[lead[0]][0], view.sents[lead[-1]][1]
    return {"VN", "RU"} <= _sides_of(view, start, end)


def _sides_of(view: DocView, start: int, end: int) -> set[str]:
    """The sides named in [start, end), the EAEU counting as Russia's (the Vietnam-EAEU FTA)."""
    sides = _sides_named(view, start, end)
    return sides | {"RU"} if _names_the_eaeu(view, start, end) else sides


def _read(view: DocView, i: int, visits: list[dict[str, Any]], *, focus: bool) -> list[Found]:
    """The documents the generic reading finds in sentence ``i``, when it is tied to both sides
    (``_anchored``): each document phrase with the event that makes it a fact, not wished, denied or to
    be read as another document's subject."""
    s0, s1 = view.sents[i]
    text, sentence = view.text, view.sentence_text(i)
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    scan = _scanned(text, s0, s1)
    heads = list(scan.finditer_slice(_HEAD))
    if not heads:  # every family's document phrase ends in a head noun: most sentences hold none
        return []
    scan.find_all_literals()  # each family is asked for: their literals found at once
    matches = [(family, m) for family, search in READING_FAMILIES for m in scan.finditer_slice(search)]
    for family, m in [*matches, *_around_heads(scan, heads)]:
        if any(a < m.end() and m.start() < b for a, b in taken) or _not_an_event(sentence, m, family):
            continue
        if family == "present" and not _reported_now(view, i, sentence, m):
            continue
        if family == "inverted" and not INVERTED_OPENING.search(sentence, 0, m.start()):
            continue  # "the roadmap signed was a plan": no inverted passive
        kind = _kind_of(family, m, sentence)
        if kind is None:
            continue
        documents = _read_documents(view, m, kind, sentence, s0)
        if family == "active" and _described_as_signed(sentence, s0, m, documents):
            continue  # "the implementation of signed agreements"
        if documents or kind != "in_use":  # "implementing the agreements reached by ...": the others'
            taken.append((m.start(), m.end()))
        found.extend(documents)
    if not found or not _anchored(view, i, found, visits, focus=focus):
        return []
    return sorted(found, key=lambda f: f.start)


def _reported_now(view: DocView, i: int, sentence: str, m: re.Match[str]) -> bool:
    """Whether a signing in the present tense is news told now: in the story's headline (a line of its
    first ones with no full stop) or with the day it took place ("exchange the MoU on April 7"), and not
    to come, habitual or in a relative clause ("will sign", "usually sign", "firms that sign")."""
    if NOT_NOW.search(sentence, max(0, m.start() - 30), m.start()):
        return False
    headline = i < LEAD_SENTENCES and _ends_open(sentence)
    return headline or NAMED_DAY.search(sentence) is not None


def _with_reading(found: list[Found], read: list[Found]) -> list[Found]:
    """The families' documents, and those of the generic reading that none of theirs overlaps."""
    new = [r for r in read if not any(f.start < r.end and r.start < f.end for f in found)]
    return sorted([*found, *new], key=lambda f: f.start) if new else found


def _described_as_signed(sentence: str, s0: int, m: re.Match[str], documents: list[Found]) -> bool:
    """Whether a match that begins with its verb ("signed agreements") follows an article or a
    preposition ("of signed agreements"), and names nothing of the documents but their kind: the
    participle describes documents of no signing the sentence tells ("the signed agreements between the
    two capitals", "the signed documents included a memorandum on ..." still name some)."""
    verb = m.start("verb") if m.groupdict().get("verb") else m.start()
    if verb != m.start() or not all(g.bare for f in documents for g in _included_items(sentence, s0, f)):
        return False
    return DESCRIBED_AS_SIGNED.search(sentence, max(0, verb - 8), verb) is not None


def _not_an_event(sentence: str, m: re.Match[str], family: str) -> bool:
    """A match whose event is denied ("did not sign"), wished or conditional ("hope to clinch", "if the
    deal is sealed"), to come for a document in force ("will enter into force"), or a document that is
    what another is about ("a memorandum on the 2011 agreement")."""
    verb = m.start("verb") if m.groupdict().get("verb") else m.start()
    before = sentence[max(0, verb - 40) : verb]
    if NEGATED.search(before) or WISHED.search(sentence[max(0, m.start() - 40) : m.start()]):
        return True
    if family == "passive" and WISHED.search(sentence[max(0, m.start() - 60) : m.start()] + " "):
        return True
    if family == "in_force" and (
        FUTURE.search(before) or _to_come(sentence[: m.start("verb")], m.group("verb"))
    ):
        return True
    if family == "in_force" and _UNDER_WAY.match(m.group("verb")) and _kind_only(sentence, m):
        return True  # "the agreement is being implemented": which one, the words do not say
    return bool(SUBJECT_OF_A_DOCUMENT.search(sentence, max(0, m.start() - 60), m.start()))


def _kind_only(sentence: str, m: re.Match[str]) -> bool:
    """Whether the document of ``m`` is named by its kind alone: one word, nothing about it before its
    verb ("the contract is being implemented")."""
    about = sentence[m.end("title") : m.start("verb")].strip(" ,")
    return (
        " " not in m.group("title").strip() and not about.removesuffix("which").removesuffix("that").strip()
    )


# A document's coming into force told as a condition or a time to come: "Once the agreement comes into
# force", "when the deal takes effect".
_ONCE = re.compile(
    r"(?i)\b(?:once|until|unless|as\ssoon\sas|(?P<when>when|whenever|before))\s(?:[\w’'-]+\s){0,12}$"
)


def _to_come(before: str, verb: str) -> bool:
    """'Once the agreement comes into force', 'when the deal takes effect' (a present verb after 'when':
    "when the FTA took effect in 2016" is past)."""
    once = _ONCE.search(before)
    return once is not None and (
        not once.group("when") or verb.split()[0] in ("takes", "comes", "enters", "goes")
    )


# The quotation marks of a quoted title: "signed the “Action Plan for 2024-2026”".
_QUOTES = re.compile(r"[“”\"‘’](?![a-z])|(?<=\s)[‘’]")


_DRAFT = re.compile(r"(?i)draft\b")


def _read_documents(view: DocView, m: re.Match[str], kind: str, sentence: str, s0: int) -> list[Found]:
    """The documents of a match of the generic reading, as the families' are read; a document in force
    is so, a dated one was signed in its year ("the 2011 agreement")."""
    found = [
        f._replace(title=_title(_QUOTES.sub("", _VALUE.sub("", f.title))))
        for f in _documents_of(m, kind, sentence, s0, uncounted=False)
    ]
    # "approved a draft agreement with Vietnam": a text approved for signing is still being drafted
    found = [f._replace(status="drafting") if _DRAFT.match(f.title) else f for f in found]
    if kind == "reached":  # "the agreements reached by the two leaders in Sochi": told by their reaching
        told = re.split(r"[.;:]", sentence[m.end() : m.end() + 140], maxsplit=1)[0]
        reached = _title(f"{m.group('title')} reached {_up_to_clause_end(told)}")
        return [f._replace(title=reached.rstrip(" ,"), status="agreed") for f in found]
    if kind == "present":  # "Vietnam, Russia ink deal on oil exploration": signed, as news tells it
        return [f._replace(status="signed") for f in found]
    if kind == "in_use":  # "the implementation of the FTA with the EAEU": one document, named by its subject
        return [
            f._replace(status="in_force", title=_without_purpose(f.title))
            for f in found
            if f.count == 1 and _named_by_subject(f.title) and not _YEAR_FIRST.match(f.title)
        ]
    if kind == "in_force":  # "the agreement on X took effect": no part of what it is about
        return [f._replace(title=f.title.split(f" {m.group('verb')}")[0], status="in_force") for f in found]
    included = _INCLUDED.match(sentence, m.end()) if not m.groupdict().get("aux") else None
    if included and kind == "passive":  # "Agreements signed included on arms, ...": what they are on
        subject = _up_to_clause_end(included.group("c"))
        return [f._replace(title=_title(f"{f.title} on {subject}").rstrip(" ,")) for f in found]
    if kind == "dated":  # a year names a document of its own: "the 2005 agreement" is no other one
        year = m.groupdict().get("year")
        dated = [_with_subject_after_date(view, f, s0 + len(sentence)) for f in found]
        return [
            f._replace(
                title=f"{year} {f.title}" if year else f.title, status="signed", bare=False, definite=False
            )
            for f in dated
        ]
    return found


# The words of a title that name no document of its own: "the signed agreement", "the new deal".
_KIND_ONLY = frozenset(
    {
        "agreement",
        "contract",
        "deal",
        "pact",
        "accord",
        "treaty",
        "protocol",
        "memorandum",
        "understanding",
        "document",
        "roadmap",
        "statement",
        "declaration",
        "signed",
        "existing",
        "new",
        "bilateral",
        "current",
        "this",
        "that",
        "of",
        "mou",
        "fta",
        "free",
        "trade",
        "relevant",
        "such",
    }
)


# A title a year opens, "2015 free trade agreement": one the dated family reads as signed that year.
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d\b")


# A purpose after a document: "capitalise on the FTA to sell more" (what the use is for).
_PURPOSE_AFTER = re.compile(r"\sto\s(?!be\b)[a-z][\w-]*\b.*$")


def _without_purpose(title: str) -> str:
    """'Vietnam-EAEU FTA to sell more in Russia' -> 'Vietnam-EAEU FTA': the purpose of a document's use
    is no part of it, unless the document is named by it alone ("the agreement to build a plant")."""
    shorter = _PURPOSE_AFTER.sub("", title)
    return shorter if _named_by_subject(shorter) else title


def _named_by_subject(title: str) -> bool:
    """Whether a title names its document by more than its kind ("the agreement on visa exemption", "the
    Vietnam-EAEU FTA"; not "the signed agreement", "the FTA": one named before)."""
    return bool(_title_words(title) - _KIND_ONLY)


# What a set of documents named by a reduced clause holds: "(Agreements signed) included on arms, science".
_INCLUDED = re.compile(
    r"\s(?:include[sd]?|cover(?:s|ed)?|concern(?:s|ed)?)\s(?:(?:those|ones|documents|agreements|deals)\s)?"
    r"(?:on\s)?(?P<c>[^.;]{3,140})"
)


def _with_subject_after_date(view: DocView, f: Found, s1: int) -> Found:
    """'the agreement of May 29, 2015 between Vietnam and the EAEU': what the document is about, after
    the date that names it."""
    dates = view.within("date", f.end, min(s1, f.end + 30))
    if not f.bare or not dates:
        return f
    c = COMPLEMENT.match(view.text, dates[0].end, s1)
    return f._replace(title=_title(f"{f.title} {_up_to_clause_end(c.group('c'))}")) if c else f


# A document's value before its noun is no part of its title: "a $30 million deal", "a US$1.5 bln contract".
_VALUE = re.compile(
    r"^(?:US\$|\$|€|USD\s?)\d[\d.,]*\s?(?:(?:billion|million|thousand|bn|mln|bln)\s)?(?:USD\s|dollars?\s)?"
)


def _anchored(
    view: DocView, i: int, found: list[Found], visits: list[dict[str, Any]], *, focus: bool
) -> bool:
    """Whether sentence ``i`` ties what it tells to Vietnam and Russia: it names both sides (or parties
    of each: firms, ministries, cities; the EAEU is Russia's), or the two sides as such ("the two
    countries", "intergovernmental"), or one side in a story whose lead names both, with no other
    partner named after the document ("a deal with Boeing" is not Russia's)."""
    s0, s1 = view.sents[i]
    sides = _sides_of(view, s0, s1)
    if {"VN", "RU"} <= sides or _BOTH_SIDES.search(view.text, s0, s1):
        return True
    if not focus or sides == {"OTHER"}:  # a story of both sides; a sentence of a third country's is not
        return False
    if not sides:  # "Agreements signed included ...": the story's, unless the sentence before is a third's
        before = _neighbours(view, i, -1, 1)
        sides = _sides_of(view, *view.sents[before[0]]) if before else set()
        if "OTHER" in sides and not sides & {"VN", "RU"}:
            return False
    return not any(_other_partner(view, f, s1) for f in found)


# A partner named right after a document: "with Boeing", "with the US firm".
_WITH_NAME = re.compile(r"\s(?:with|between)\s(?:the\s)?(?P<name>[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,4})")


def _other_partner(view: DocView, f: Found, s1: int) -> bool:
    """Whether the words right after a document name a partner that is of neither side."""
    m = _WITH_NAME.match(view.text, _complement_start(view.text, f.end), s1)
    if m is None:
        return False
    start, end = m.start("name"), m.end("name")
    return not (_sides_of(view, start, end) & {"VN", "RU"})


def _complement_start(text: str, at: int) -> int:
    """Past a short name in brackets after a document: "a memorandum (MoU) with ..."."""
    bracket = re.match(r"\s\([^()]{1,30}\)", text[at : at + 40])
    return at + bracket.end() if bracket else at


# The title of the documents of a ceremony that names none.
CEREMONY_DOCUMENTS = "documents signed at the ceremony"
_CEREMONY_SEARCH = WindowSearch(SIGNING_CEREMONY)


def _ceremony(view: DocView, s0: int, s1: int) -> list[Found]:
    """'The signing ceremony was witnessed by the Vietnamese minister and the Russian deputy minister': a
    signing of documents the sentence does not name, by the two sides it names, at a ceremony held (not
    one to come); "the MOU signing ceremony" is of one memorandum. Merged with the signing the article
    tells, if it tells one (``dedupe``)."""
    m = _scanned(view.text, s0, s1).search(_CEREMONY_SEARCH)
    if m is None or _CEREMONY_TO_COME.search(view.text, s0, s1):
        return []
    sides = _sides_named(view, s0, s1)
    if not ({"VN", "RU"} <= sides or _BOTH_SIDES.search(view.text, s0, s1)):
        return []
    kind = CEREMONY_OF.search(view.text, max(s0, m.start() - 20), m.start())
    if kind:
        return [
            Found(kind.group("title"), 1, "exact", "signed", kind.start(), m.end(), "ceremony", bare=True)
        ]
    return [Found(CEREMONY_DOCUMENTS, None, None, "signed", m.start(), m.end(), "ceremony")]


_SAID_IN_STATEMENT = WindowSearch(SAID_IN_STATEMENT)


def _said_in_statement(view: DocView, s0: int, s1: int) -> list[Found]:
    """'The Russian and Vietnamese governments said in a statement that the countries would continue
    cooperation in oil and gas': a statement of the two sides, agreed, named by what it says. Who said it
    (the clause before the verb) must name both sides ("the Kremlin said in a statement" is Russia's)."""
    m = _scanned(view.text, s0, s1).search(_SAID_IN_STATEMENT)
    if m is None or NOT_NEWS_TENSE.search(view.text, max(s0, m.start() - 40), m.start()):
        return []
    clause = _clause_start(view.text, s0, m.start())
    if not (
        {"VN", "RU"} <= _sides_named(view, clause, m.start())
        or _BOTH_SIDES.search(view.text, clause, m.start())
    ):
        return []
    title = _title(f"{m.group('title')} that {m.group('c')}")
    return [Found(title, 1, "exact", "agreed", m.start(), m.end(), "statement")]


# A headline's future: a name, then "to" ("Vietnam and Russia to sign agreement on labour").
_HEADLINE_TO = re.compile(r"[A-Z][\w’'-]*\sto\s$")
# A headline is short and ends with no full stop.
HEADLINE_CHARS = 160


def _ends_open(sentence: str) -> bool:
    """Whether ``sentence`` ends with no full stop, question, exclamation, quote or colon: a headline's
    line, or a caption's."""
    return not sentence.rstrip().endswith((".", "!", "?", '"', "”", ":"))


def _is_headline(sentence: str) -> bool:
    """Whether ``sentence`` reads as a headline wherever it stands: short, and ending open."""
    return len(sentence.strip()) <= HEADLINE_CHARS and _ends_open(sentence)


def _kind_of(family: str, m: re.Match[str], sentence: str) -> str | None:
    """The family a match is read as: a ratification is of a document signed before; a signing named as
    an event ("the signing of") is seen as news, an anniversary, another mention, or none if to come."""
    if _RATIFYING_VERB.match(m.groupdict().get("verb") or ""):
        return "ratified"
    before = sentence[max(0, m.start() - 40) : m.start()]
    if family == "to_sign":  # "will sign", not "ready to sign"; a headline's "Vietnam, Russia to sign"
        return (
            family
            if TO_SIGN.search(before) or (_is_headline(sentence) and _HEADLINE_TO.search(before))
            else None
        )
    if family == "headline":  # "MoU signed on nuclear training", heading a story, not within its text
        return family if _is_headline(sentence) else None
    if family == "negotiated":  # "after two years of negotiations on": no longer drafted
        return None if NEGOTIATIONS_NOT_UNDER_WAY.search(before) else family
    if family != "nominal":
        return family
    if SIGNING_INTENDED.search(before):
        return None  # "speed up the signing of a memorandum": not signed, not yet drafted either
    if ANNIVERSARY.search(before):
        return "anniversary"
    return "witnessed" if SIGNING_SEEN.search(before) else "nominal"


def _documents_of(m: re.Match[str], kind: str, sentence: str, s0: int, *, uncounted: bool) -> list[Found]:
    """The document or documents one match names, with what they are about."""
    groups = m.groupdict()
    count, qualifier = _count(groups.get("count"), groups.get("qual"))
    if kind == "among" and count is not None and count > 1:
        qualifier = qualifier or "exact"
    noun = _title(groups.get("title") or "agreements")
    head = noun.split(" of ")[0]  # "a plan of consultations" is one plan
    if groups.get("count") is None and groups.get("title") and not _PLURAL.search(head):
        count, qualifier = 1, "exact"  # "the first partner to sign a trade deal with"
    if count == 1 and _PLURAL.search(head) and (groups.get("count") or "").lower() != "its":
        count = None  # "the documents were signed": how many, the text does not say
        if kind == "clause":
            return []  # "The documents, signed in the presence of ...": a set named before
    title, end = _with_complement(noun, sentence, m, kind)
    status = "drafting" if kind in ("negotiated", "to_draft") else _status(m, sentence)
    at = (s0 + m.start(), s0 + m.end())
    if groups.get("count") is None and _PLURAL.search(head) and kind in ("nominal", "anniversary", "to_sign"):
        uncounted = True  # "after the signing of agreements", "will sign deals": whose, the words do not say
    pairs = _between_pairs(noun, title, sentence, end) if count is None else []
    if pairs:  # "agreements between A and B, and between C and D": one each
        return [Found(t, 1, "exact", status, s0 + a, s0 + b, kind) for t, a, b in pairs]
    if count is None and _for_two_named(noun, title):  # "the contracts for HPP Playkrong and HPP Sesan-3"
        count, qualifier = 2, "exact"
    definite = (groups.get("count") or "").lower() in _DEFINITE
    found = [
        Found(
            title,
            count,
            qualifier,
            status,
            *at,
            kind,
            bare=title == noun,
            uncounted=uncounted,
            definite=definite,
        )
    ]
    if groups.get("title") is None:
        return found
    if kind == "passive":  # "A joint statement, an agreement on X and 15 documents were signed"
        found[:0] = _listed_before(sentence, m.start(), status, kind, s0)
        if end > (m.start("verb") if groups.get("verb") else m.end()):
            # "a contract was signed to build X": what follows the verb is its own
            return found
    return found + _listed_after(sentence, end, status, kind, s0, anchor=s0 + m.start())


def _status(m: re.Match[str], sentence: str) -> str:
    """'drafting' for a signing to come ("will sign", "will be signed", "is expected to sign"), 'agreed'
    for a text adopted, issued or reached, else 'signed'."""
    verb = m.groupdict().get("verb")
    at = m.start("verb") if verb else m.start()
    if _RATIFYING_VERB.match(verb or ""):
        return "signed"  # "hoped every member would ratify the agreement": signed, to be ratified
    if _SIGNED_TODAY.search(sentence, max(0, at - 40), at) and not CONDITIONAL.search(
        sentence, max(0, at - 120), at
    ):
        return "signed"  # "Today we will sign an agreement on ...", said at the signing: signed that day
    if (
        verb in ("sign", "ink", "conclude")
        or FUTURE.search(sentence, max(0, at - 40), at)
        or CONDITIONAL.search(sentence, max(0, at - 120), at)
    ):
        return "drafting"
    return "agreed" if (verb or "").lower() in AGREED_VERBS else "signed"


def _ahead_of_report(view: DocView, date: str | None, s0: int, s1: int) -> str | None:
    """The date of a signing to come, after the report: "will sign ... in May" told in January is this May,
    not last (unless the sentence writes the year)."""
    report = view.doc_date
    if not date or not report or len(date) < 7 or date[:7] >= report[:7] or date[:4] in view.text[s0:s1]:
        return date
    return f"{int(date[:4]) + 1:04d}{date[4:]}"


# A signing to come on the report's own day: "Today we will sign", "will sign later today", "are to sign this
# afternoon" (told as it happens, as leaders' statements for the press are).
_SIGNED_TODAY = re.compile(
    r"(?i)\b(?:today|this\s(?:morning|afternoon|evening))\s(?:we|they|the\s(?:two\s)?(?:sides|parties|leaders))\s"
    r"(?:will|are\sgoing\sto|are\sto|shall)\s$|\b(?:will|are\sto)\s(?:later\s)?today\s$"
)


# Two things named, one document for each: "(contracts for) HPP Song Bung and the HPP Dak Mi-2".
_FOR_TWO_NAMED = re.compile(
    r"(?:the\s)?[A-Z][^\s,]*(?:\s[A-Z“\"][^\s,]*){0,3}\sand\s(?:the\s)?[A-Z][^\s,]*(?:\s[A-Z“\"][^\s,]*){0,3}$"
)


def _for_two_named(noun: str, title: str) -> bool:
    """Whether plural documents are for two things each named: one for each."""
    return bool(
        title.startswith(f"{noun} for ")
        and _PLURAL.search(noun.split(" of ")[0])
        and _FOR_TWO_NAMED.match(title, len(noun) + 5)
    )


def _between_pairs(noun: str, title: str, sentence: str, end: int) -> list[tuple[str, int, int]]:
    """'cooperation agreements between A and B, and between C and D' -> a 'cooperation agreement between A
    and B' and one between C and D, with where each pair is named; none for a single pair."""
    if not title.startswith(f"{noun} between ") or not _PLURAL.search(noun.split(" of ")[0]):
        return []
    one = _singular(noun)
    pairs = [(f"{one} {title[len(noun) + 1 :]}", end - (len(title) - len(noun)), end)]
    while m := AND_BETWEEN.match(sentence, end):
        pairs.append((_title(f"{one} {_up_to_clause_end(m.group('c'))}"), m.start("c"), m.end()))
        end = m.end()
    return pairs if len(pairs) > 1 else []


def _singular(noun: str) -> str:
    """'cooperation agreements' -> 'cooperation agreement', 'memoranda of understanding' -> 'memorandum
    of understanding', 'treaties' -> 'treaty'."""
    head, sep, rest = noun.partition(" of ")
    for plural, one in (("memoranda", "memorandum"), ("treaties", "treaty"), ("s", "")):
        if head.endswith(plural):
            return head[: len(head) - len(plural)] + one + sep + rest
    return noun


_BARE_PASSIVE = WindowSearch(BARE_DOCS_WERE_SIGNED, requires=PASSIVE_SIGNED)
_BARE_ACTIVE = WindowSearch(SIGNED_BARE_DOCS)
# Documents without a count or article ("signed agreements"): general enough to be any country's.
UNCOUNTED = (_BARE_PASSIVE, _BARE_ACTIVE)
_RATIFYING_VERB = re.compile(r"(?i)ratif|bill|law|resolution")
_DEFINITE = frozenset({"the", "its", "their", "this", "these"})
# A plural document noun ("the minutes" are one document).
_PLURAL = re.compile(r"(?i)(?:(?<!minute)s|memoranda)$")
SIGNING_FAMILIES = (
    ("passive", WindowSearch(DOCS_WERE_SIGNED, requires=PASSIVE_SIGNED)),
    ("passive", _BARE_PASSIVE),
    ("active", WindowSearch(SIGNED_DOCS)),
    ("active", WindowSearch(NEWS_SIGNED_DOCS)),
    ("ratified", WindowSearch(RATIFIED_DOCS)),
    ("to_sign", WindowSearch(TO_SIGN_DOCS)),
    ("to_draft", WindowSearch(AGREED_TO_DRAFT)),
    ("negotiated", WindowSearch(NEGOTIATED_DOCS)),
    ("active", WindowSearch(REACHED_DOCS)),
    ("active", _BARE_ACTIVE),
    ("witnessed", WindowSearch(WITNESSED)),
    ("nominal", WindowSearch(SIGNING_OF)),
    ("among", WindowSearch(AMONG_SIGNED)),
    ("includes", WindowSearch(SET_INCLUDES)),
    ("first", WindowSearch(FIRST_TO_SIGN)),
    ("clause", WindowSearch(SIGNED_CLAUSE, requires=CLAUSE_VERB)),
    ("headline", WindowSearch(HEADLINE_SIGNED, requires=HEADLINE_VERB)),
)
# A document noun, which every family but "among" ("was among nine signed") names: a sentence without one
# is tried for that family alone. (The noun follows a space, so it begins a word, in any family.)
_DOC_NOUN = WindowSearch(re.compile(rf"(?i)\b{DOC_NOUN}"))
_WITHOUT_DOC_NOUN = tuple((family, search) for family, search in SIGNING_FAMILIES if family == "among")
# Every pattern the rules search a whole sentence for: their literals are looked for once per sentence.
_SENTENCE_PATTERNS = SentencePatterns(
    [
        *(search for _, search in (*SIGNING_FAMILIES, *READING_FAMILIES)),
        _HEAD,
        _DOC_NOUN,
        _INCLUDING_NAMED,
        _INCLUDING_LISTED,
        _IN_FORCE,
        _NAMES_RUSSIA,
        _DURING_VISIT,
        _THE_TWO,
        _CEREMONY_SEARCH,
        _SAID_IN_STATEMENT,
        _PASSIVE_VERB,
        _REACHED_VERB,
        _IN_FORCE_VERB,
        _A_MONTH,
    ]
)


def _scanned(text: str, s0: int, s1: int) -> SentenceScan:
    """The patterns' literals in the sentence ``text[s0:s1]``, looked for once (``agreement_scan``)."""
    return _SENTENCE_PATTERNS.scan(text, s0, s1)


def _with_complement(title: str, sentence: str, m: re.Match[str], family: str) -> tuple[str, int]:
    """'memorandum' + ' on city cooperation in the 2020-2022 period' -> the document's full subject, and
    where in the sentence it ends."""
    if "title" not in m.groupdict() or m.group("title") is None:
        return title, m.end()
    after = [m.end("title")]
    day = DAY_BEFORE_SUBJECT.match(sentence, m.end("title"))
    if day:  # "signed agreements on Thursday to further cooperation on education"
        after.append(day.end())
    occasion = OCCASION_BEFORE_PURPOSE.match(sentence, m.end("title"))
    if occasion:  # "signed two agreements during Putin's visit to Hanoi to strengthen cooperation"
        after.append(occasion.end())
    if family in ("passive", "headline"):
        after.append(m.end())  # "a contract was signed to build a centre", "MoU signed on training"
    elif family == "clause":
        after.append(m.end("verb"))  # "a free trade agreement signed between Vietnam and the EAEU"
    # past a place, a value or an aside, what it is about but not a purpose: "signed a declaration in
    # Moscow to advance ties" tells why they signed, "an agreement in Hanoi on Monday on training" what
    adjuncts = ADJUNCTS_BEFORE_SUBJECT.match(sentence, m.end("title"))
    past_adjuncts = adjuncts.end() if adjuncts and adjuncts.end() not in after else None
    for at in [*after, past_adjuncts] if past_adjuncts is not None else after:
        c = COMPLEMENT.match(sentence, at)
        if c and at == past_adjuncts and c.group("c").startswith("to "):
            continue
        if c:
            subject = _before_next_document(_up_to_clause_end(c.group("c")))
            return _title(f"{title} {subject}"), c.start("c") + len(subject)
    ends = (m.end("title"), day.end() if day else None, adjuncts.end() if adjuncts else None)
    purpose = next((p for at in ends if at is not None and (p := PURPOSE.match(sentence, at))), None)
    if purpose:
        subject = _up_to_clause_end(purpose.group("c"))
        return _title(f"{title} on {subject}"), purpose.start("c") + len(subject)
    return title, m.end("title")


def _before_next_document(subject: str) -> str:
    """What a document is about ends where the next document of a list begins: "on visa exemption" of
    "on visa exemption and a memorandum on tourism" (not of "on trade and investment")."""
    for m in NEXT_DOCUMENT.finditer(subject):
        if _list_item(m):
            return subject[: m.start()]
    return subject


def _list_item(m: re.Match[str]) -> bool:
    """Whether a match of ``NEXT_DOCUMENT`` or ``LISTED_BEFORE`` names a document of a list: documents
    named by their kind alone are counted ("and 11 other documents"); "and the documents of study" is
    rather what the document before is about."""
    generic = m.group("title").lower().endswith(("document", "documents"))
    return not (generic and m.group("count").lower() in _DEFINITE)


def _listed_after(sentence: str, at: int, status: str, kind: str, s0: int, *, anchor: int) -> list[Found]:
    """The documents a list names after the one that ends at ``at``: "(signed an agreement on X), a
    memorandum on Y and a plan of consultations for 2025-2027", each with what it is about and its own
    count. ``anchor``: where the signing's phrase begins."""
    found: list[Found] = []
    m = NEXT_DOCUMENT.match(sentence, at)
    while m and _list_item(m):
        title, end = _with_complement(_title(m.group("title")), sentence, m, "listed")
        if kind != "passive" and _CLAUSE_AFTER.match(sentence, end):
            break  # "signed an agreement and the deal was hailed": a clause of its own
        found.append(_listed(m, title, status, kind, (s0 + m.start("count"), s0 + end), anchor=anchor))
        m = NEXT_DOCUMENT.match(sentence, end)
    return found


# A subject's verb after a document: a new clause, no list ("... and the deal was hailed").
_CLAUSE_AFTER = re.compile(r"\s(?:was|were|is|are|has|have|had|will|would)\b")


def _listed_before(sentence: str, at: int, status: str, kind: str, s0: int) -> list[Found]:
    """The documents a list names before the one that begins at ``at`` (the passive's first one: "A
    joint statement, an agreement on X and (15 documents were signed)"), in the sentence's order."""
    found: list[Found] = []
    anchor = s0 + at
    while m := LISTED_BEFORE.search(sentence, max(0, at - LIST_BEFORE_REACH), at):
        if not _list_item(m) or m.end() != at or _CLAUSE_AFTER.search(m.group("about")):
            break  # "A joint communique was issued, and (several deals were signed)": two clauses
        about = _before_next_document(_up_to_clause_end(m.group("about")))
        title = _title(f"{m.group('title')} {about}")
        found.insert(0, _listed(m, title, status, kind, (s0 + m.start(), s0 + m.end("about")), anchor=anchor))
        at = m.start()
    return found


def _listed(
    m: re.Match[str], title: str, status: str, kind: str, at: tuple[int, int], *, anchor: int
) -> Found:
    """One document of a list (``m``: its count and noun), signed as the list's signing at ``anchor``."""
    noun = _title(m.group("title"))
    count, qualifier = _count(m.group("count"), None)
    if count == 1 and _PLURAL.search(noun.split(" of ")[0]):
        count = None  # "and the memoranda on X": how many, the words do not say
    return Found(
        title,
        count,
        qualifier if count is not None else None,
        status,
        *at,
        kind,
        bare=title == noun,
        definite=m.group("count").lower() in _DEFINITE,
        listed_with=anchor,
    )


# How far before the first document a passive verb follows the ones listed before it may begin.
LIST_BEFORE_REACH = 400


def _up_to_clause_end(text: str) -> str:
    cut = COMPLEMENT_END.search(text)
    return text[: cut.start()] if cut else text


def _count(raw: str | None, qual: str | None) -> tuple[int | None, str]:
    qualifier = _qualifier(qual)
    if raw is None:
        return None, qualifier
    word = re.sub(r"\s+", " ", raw.strip().lower())
    if word.endswith(" or so"):  # "a dozen or so", "ten or so": about that many
        word, qualifier = word[: -len(" or so")], "approx"
    if word in VAGUE_COUNT:
        return None, qualifier
    if word in _ONE:  # "signed its minutes": the one set of minutes
        return 1, "exact"
    if word in ("their", "these"):
        return None, qualifier
    dozens = re.fullmatch(r"(.+) dozen", word)
    if dozens and word != "a dozen":  # "two dozen", "a couple of dozen", "half a dozen"
        times = _DOZENS.get(dozens.group(1)) or parse_count(dozens.group(1))
        return (round(12 * times) if times else None), qualifier
    return parse_count(word), qualifier


# Words before a document that make it one: "a memorandum", "its minutes", "this latest agreement".
_ONE = frozenset({"a", "an", "the", "its", "another", "this"})
# How many dozens the words before "dozen" that parse_count does not read give.
_DOZENS = {"a couple of": 2, "half a": 0.5}


def _qualifier(qual: str | None) -> str:
    if not qual:
        return "exact"
    word = re.sub(r"\s+", " ", qual.strip().lower())
    return COUNT_QUALIFIERS.get(word) or QUALIFIERS.get(word, ("exact",))[0]


# An aside in brackets, not an abbreviation: "X (Vietnamese President from October 23, 2018)", or one the
# title's end cut off ("X (President from").
_ASIDE = re.compile(r"\s?\((?:(?:[^()]*\s){2,}[^()]*\)|[^()]*\s[^()]*$)")


# A determiner that opens a title is no part of it: "Their free trade agreement", "This memorandum".
_DETERMINER = re.compile(r"^(?i:the|a|an|their|its|this|that|these|those|our)\s(?=\S)")


def _without_determiner(title: str) -> str:
    return _DETERMINER.sub("", title)


def _title(raw: str) -> str:
    """The words of a title on one line, without asides in brackets ("(EAEU)", "(MoU)" stay)."""
    return _without_determiner(re.sub(r"\s+", " ", _ASIDE.sub("", raw)).strip(" ,"))


def _named_in_force(text: str, s0: int, s1: int) -> list[Found]:
    """A named agreement in force: 'the Treaty on ... came into force', 'the free trade agreement
    between Vietnam and the EAEU took effect in 2016'. Not one that "will enter into force"."""
    in_force = _scanned(text, s0, s1).search_slice(_IN_FORCE)
    if not in_force:
        return []
    before = text[max(s0, s0 + in_force.start() - 60) : s0 + in_force.start()]
    if FUTURE.search(before) or _to_come(before, in_force.group()):  # "Once the agreement comes into force"
        return []
    sentence = text[s0:s1]
    for regex in (NAMED_AGREEMENT, PARTIES_AGREEMENT):
        for m in regex.finditer(sentence):
            title = _without_determiner(m.group("title").strip())
            in_brackets = sentence[m.start() - 1 : m.start()] == "("  # an abbreviation after the full title
            if len(title.split()) < 2 or _OTHER_PARTY.search(title) or in_brackets:
                continue
            at = (s0 + m.start(), s0 + m.end())
            kind_only = title.islower() and title.lower() == _SPELT_TITLE["fta"]  # "The free trade agreement"
            return [Found(title, 1, "exact", "in_force", *at, "in_force", bare=kind_only, definite=kind_only)]
    short = _IN_FORCE_SHORT.match(sentence)
    if short:  # "The FTA, involving ..., took effect": the one named before
        at = (s0 + short.start("title"), s0 + short.end("title"))
        return [
            Found(short.group("title"), 1, "exact", "in_force", *at, "in_force", bare=True, definite=True)
        ]
    return []


def _names_a_third_party(text: str, s0: int, s1: int) -> bool:
    """Whether the sentence names a third country otherwise than as where a signing took place ("signed on
    May 29, 2015 in Burabay, Kazakhstan": the venue of the Vietnam-EAEU agreement, not a party)."""
    return any(
        not _VENUE_BEFORE.search(text, max(s0, m.start() - 40), m.start())
        for m in _THIRD_PARTY.finditer(text, s0, s1)
    )


# Where a country is the venue: "in Burabay, Kazakhstan", "in Astana, Kazakhstan", "in Kazakhstan".
_VENUE_BEFORE = re.compile(r"\bin\s(?:[A-Z][\w-]*\s?){0,3},?\s$|\bin\s$")


def _coordinated_in_force(text: str, s1: int, found: list[Found]) -> list[Found]:
    """The document a sentence tells signed, then in force in a second predicate: "The agreement was signed on
    May 29, 2015 in Burabay, and entered into force on October 5, 2016" (its entry into force a fact too)."""
    signed = [f for f in found if f.status == "signed" and f.count == 1]
    if len(signed) != 1 or any(f.status == "in_force" for f in found):
        return []
    then = _THEN_IN_FORCE.search(text, signed[0].end, s1)
    return [signed[0]._replace(status="in_force", family="in_force")] if then else []


# A second predicate of a signed document: "..., and entered into force on", "and took effect in".
_THEN_IN_FORCE = re.compile(
    r"\band\s(?:later\s|then\s|subsequently\s)?(?:(?:entered|came)\sinto\s(?:force|effect)|took\seffect)\b"
)


# A sentence opening with an agreement named by its kind: "The FTA", "The agreement", "The deal".
_IN_FORCE_SHORT = re.compile(
    r"The\s(?P<title>FTA|(?:free\strade\s)?agreement|deal|pact|treaty)"
    r"(?=,|\s(?:took|takes|came|comes|entered|enters|has|have|had|is|was|went)\b)"
)


def _in_force_year(view: DocView, s0: int, s1: int) -> str | None:
    """'took effect in 2016' -> '2016'."""
    m = _scanned(view.text, s0, s1).search(_IN_FORCE)
    if not m:
        return None
    after = view.within("date", m.end(), min(s1, m.end() + 30))
    if not after:
        return None
    start, _ = view.span_of(after[0])
    if after[0].label in ("DATE", "WEEKDAY"):  # "comes into force on Monday"
        return start
    return start[:4] if start and after[0].data.get("month") is None else start


def _when_and_where(
    view: DocView,
    i: int,
    f: Found,
    segs: list[tuple[int, int]],
    visits: list[dict[str, Any]],
    earlier: list[dict[str, Any]],
) -> tuple[str | None, str | None]:
    """A date and city from the sentence (the stretch about this document when it names several),
    else from the signing it belongs to: the same set named earlier, or the visit it happened during."""
    s0, s1 = view.sents[i]
    if f.family == "ratified":
        return _signed_when_ratified(view, f, s1)
    if f.family == "to_sign" and f.status == "signed":  # "Today we will sign": the report's day
        return view.doc_date, _signing_city(
            view, s0, s1, subject=(f.end, _complement_end(view.text, f.end, s1))
        )
    if f.family == "anniversary":
        return _signed_years_before(view, i, f), None
    if f.family == "dated":
        return _named_date(view, f, s1), None
    if f.family == "nominal":  # "two years after the signing of X": a date only right after it
        return _date_in(view, f.start, _next_to(view.text, f.end, s1)), None
    if f.family == "negotiated":  # under negotiation: not yet signed, at no date nor place
        return None, None
    place = _signing_city(view, s0, s1, subject=(f.end, _complement_end(view.text, f.end, s1)))
    if f.status == "drafting":  # "will sign X when he visits in October, the government said on Friday"
        clause_end = SIGNING_CLAUSE_END.search(view.text, f.end, s1)
        segs = [(s0, clause_end.start() if clause_end else s1)]
    elif f.family == "clause":  # "..., established in 2012, and a treaty signed in 2015": after its verb
        segs = [(f.end, _next_to(view.text, f.end - 1, s1)), *segs]
    date = next((d for seg in segs if (d := _date_in(view, *seg))), None)
    if f.status == "drafting":
        date = _ahead_of_report(view, date, s0, s1)
    if date is None and f.family not in ("among", "first", "in_force"):
        # "will next week sign", "were signed last month": the month counted from the document date
        date = next((d for seg in segs if (d := _week_or_month_in(view, *seg))), None)
    if date is not None:
        visit = _visit_of(view, s0, s1, visits)
        return date, place or (visit["place"] if visit else None)
    if f.family == "among":
        same = _same_signing(view.text[s0 : f.start], earlier)
        if same is not None:
            return same["date"], place or same["place"]
    if f.family == "includes":  # "The documents signed include ...": the set signed just before, if told
        signed = _set_signed_before(view, i, earlier)
        if signed is not None:
            return signed["date"], place or signed["place"]
    if f.family in ("first", "in_force"):  # a first signing, a treaty in force: no news of the day
        return None, place
    if _RETROSPECTIVE.search(view.text, s0, s1) or _TALLY_SINCE.search(view.text, f.start, s1):
        return None, place  # "during his previous visit", "30 years ago", "since 1991": not news
    visit = _visit_of(view, s0, s1, visits) or _recent_visit(view, i, visits)
    if visit is not None:
        # a visit the article gives no date is the one under way or just ended: its signings are news
        start = visit["start"] or _news_month(view)
        return (start[:7] if start else None), place or visit["place"]
    if not _reported_as_news(view.text, f):
        return None, place
    return _news_month(view), place


_WEEK_OR_MONTH = WindowSearch(RELATIVE_WEEK_OR_MONTH)


def _week_or_month_in(view: DocView, start: int, end: int) -> str | None:
    """The month a week or month named from the document date in [start, end) falls in ("next week",
    "last month"), None if none is named or the article has no date."""
    m = _WEEK_OR_MONTH.search(view.text, start, end)
    return resolve_week_or_month(m.group("rel"), m.group("unit"), view.doc_date) if m else None


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _named_date(view: DocView, f: Found, s1: int) -> str | None:
    """The date a document's name gives: its year before the noun ("the 2011 agreement") or the day
    after it ("the agreement of May 29, 2015")."""
    year = _YEAR.search(view.text, f.start, f.end)
    return year.group() if year else _date_in(view, f.end, min(s1, f.end + 30))


def _signed_when_ratified(view: DocView, f: Found, s1: int) -> tuple[str | None, str | None]:
    """'ratified the protocol ..., signed in Moscow on May 10, 2025': the date and city of the signing
    that a clause after the document gives. The day of the ratification is not the signing's."""
    signed = CLAUSE_VERB.search(view.text, f.start, s1)
    if signed is None:
        return None, None
    return _date_in(view, signed.end(), s1), _signing_city(view, signed.end(), s1)


# How far after a document (and what it is about) a date is still its own: "the signing of the treaty
# (June 16, 1994 - 2024)", "after the signing of the FTA in 2015".
NEXT_TO = 30


def _next_to(text: str, at: int, s1: int) -> int:
    """Where the words right after a document at ``at`` and what it is about end: a date up to here is the
    document's own ("the signing of the treaty (June 16, 1994 - 2024)", "the FTA signed in 2015")."""
    start = _complement_end(text, at, s1)
    end = min(s1, start + NEXT_TO)
    cut = DATE_NEXT_TO_END.search(text, start, end)
    return cut.start() if cut else end


def _signed_years_before(view: DocView, i: int, f: Found) -> str | None:
    """'in 2019 ... mark the 25th anniversary of the signing of their treaty' -> 1994: the year of the
    anniversary (said in the sentence, else the article's) less its number. A year after the document
    that is that many years before the article's is the signing's own ("the signing of the treaty
    (June 16, 1994 - 2024)")."""
    s0, s1 = view.sents[i]
    anniversary = ANNIVERSARY.search(view.text, max(s0, f.start - 40), f.start)
    doc_year = view.doc_year()
    if anniversary is None:
        return None
    years = int(anniversary.group("n"))
    after = _date_in(view, f.end, s1)
    if after and doc_year is not None and abs(int(after[:4]) + years - doc_year) <= 1:
        return after
    said = _date_in(view, s0, f.start) or after
    year = int(said[:4]) if said else doc_year
    return str(year - years) if year is not None else None


_ONE_OF_SEVERAL = re.compile(r"\s(?:and|or)\s|,\s[A-Z]")


def _signing_city(view: DocView, s0: int, s1: int, *, subject: tuple[int, int] = (0, 0)) -> str | None:
    """The city a sentence says a signing took place in ("in Hanoi"), not a city named as a side nor one
    of several in what the document is about (``subject``: "a memorandum to support centres in Hanoi and
    Ho Chi Minh City"; a signing takes place in one city)."""
    for p in view.within("place", s0, s1):
        if subject[0] <= p.start < subject[1] and _ONE_OF_SEVERAL.match(view.text, p.end):
            continue
        if p.label == "CITY" and AT_CITY.search(view.text, max(s0, p.start - 40), p.start):
            return p.data["name"]
    return None


def _news_month(view: DocView) -> str | None:
    """The month of the document date: when a signing reported without a date took place."""
    date = view.doc_date
    return date[:7] if date and len(date) >= 7 else None


def _reported_as_news(text: str, f: Found) -> bool:
    """'the two sides signed 12 documents' reports a signing of the day; 'have signed more than 100
    documents', 'have been signed' or a first signing ("the first country to sign") does not."""
    if f.family == "passive":
        return not NOT_NEWS_PASSIVE.search(text, f.start, f.end)
    if f.family in (
        *("active", "present", "inverted", "witnessed", "named", "among", "ceremony", "statement"),
        *("includes", "headline"),
    ):
        return not NOT_NEWS_TENSE.search(text, max(0, f.start - 40), f.start)
    if f.family == "to_draft":  # "agreed to work on a roadmap": the agreeing is the news, not "will agree"
        return _AGREED_PAST.match(text, f.start) is not None and not NOT_NEWS_TENSE.search(
            text, max(0, f.start - 40), f.start
        )
    return False


_AGREED_PAST = re.compile(r"(?i)(?:agreed|decided)\s")


def _date_in(view: DocView, start: int, end: int) -> str | None:
    """The first day named in [start, end), else a year ('in 2001', 'last year'), not a target year."""
    dates = [d for d in view.within("date", start, end) if not _of_another_time(view.text, d, start)]
    days = [d for d in dates if d.label in ("DATE", "WEEKDAY")]
    if days:
        return view.span_of(days[0])[0]
    for d in dates:
        if d.data.get("prep") in _TARGET_PREPS or d.data.get("month") is not None:
            continue
        if (d.data.get("rel_year") or 0) > 0:
            continue  # "next year" is a plan, not when something was signed
        if NAMES_A_DOCUMENT.match(view.text, d.end) and ANOTHER_DOCUMENT.search(
            view.text, max(0, d.start - 30), d.start
        ):
            continue  # "amending the 1995 agreement": the year of another document
        if d.label == "RELATIVE" or (d.label == "PERIOD" and d.data.get("year") == d.data.get("end_year")):
            first, _ = view.span_of(d)
            return first[:4] if first else None
    return None


# A window of years: "to be delivered between 2014 and 2015" is when the goods come, not the signing.
_YEARS_WINDOW = re.compile(r"\bbetween\s(?:19|20)\d\d\sand\s(?:19|20)\d\d\b")
# How far back an open parenthesis may be for a date to lie inside it.
PAREN_REACH = 60


def _of_another_time(text: str, d: Mention, start: int) -> bool:
    """Whether date ``d`` tells the time of something else than the sentence's event: a window of years
    ("will be delivered between 2014 and 2015"), the start of a stretch ("since October 5, 2016") or a
    tenure in parentheses ("Trong (Vietnamese President from October 23, 2018)")."""
    if d.data.get("prep") == "since":
        return True
    before = text[max(start, d.start - PAREN_REACH) : d.start]
    if d.data.get("prep") == "from" and before.rfind("(") > before.rfind(")"):
        return True
    window = _YEARS_WINDOW.search(text, max(start, d.start - 17), min(len(text), d.end + 13))
    return window is not None and window.start() <= d.start and d.end <= window.end()


# A target year, the year a document is for ("a plan of action for 2025"), or the start of a stretch of
# time ("have signed over 100 agreements since 1991").
_TARGET_PREPS = frozenset({"by", "until", "till", "to", "through", "by the end of", "since", "for"})
# A signing reported within this many sentences after a visit belongs to it ("A joint statement was
# issued" two sentences after "The visit in March ...").
VISIT_REACH = 4


def _recent_visit(view: DocView, i: int, visits: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The visit told last within a few sentences before ``i``; when only earlier trips are told there
    ("It was his fifth visit, after 2001, 2006 and 2013"), the visit of the report's year told before them."""
    told = [v for v in visits if view.sentence_of(v["evidence"]["start"]) <= i]
    near = [
        v for v in told if view.sentences_between(view.sentence_of(v["evidence"]["start"]), i) <= VISIT_REACH
    ]
    if near and all(_earlier_than_report(view, v) for v in near):
        current = [v for v in told if not _earlier_than_report(view, v)]
        return current[-1] if current else near[-1]
    return _latest_told(view, near)


def _earlier_than_report(view: DocView, visit: dict[str, Any]) -> bool:
    year = str(view.doc_year() or "")
    return bool(visit["start"] and year and visit["start"][:4] < year)


def _latest_told(view: DocView, visits: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The visit told last of those of the report's year (if any), not an earlier trip a visit is measured
    from ("arrived in Hanoi, his first visit since he attended the APEC summit in 2017")."""
    if not visits:
        return None
    current = [v for v in visits if not _earlier_than_report(view, v)]
    return (current or visits)[-1]


def _same_signing(subject: str, earlier: list[dict[str, Any]]) -> dict[str, Any] | None:
    """'The nuclear deal was among seven signed': the set holds the nuclear deal reported before."""
    words = set(re.findall(r"[a-z]+", subject.lower())) - {"the", "a", "an", "this", "that"}
    for f in reversed(earlier):
        if f["date"] and set(re.findall(r"[a-z]+", f["title"].lower())) <= words:
            return f
    return None


def _set_signed_before(view: DocView, i: int, earlier: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The last set of documents (not one document) told signed in the sentence before ``i`` or the one
    before it: "Vietnam and Russia signed nine documents in Hanoi on May 8. The documents signed include
    ...". ``earlier``: the facts of the sentences before."""
    near = _neighbours(view, i, -1, 2)
    for f in reversed(earlier):
        if f["count"] != 1 and f["status"] == "signed" and view.sentence_of(f["evidence"]["start"]) in near:
            return f
    return None


def _visit_of(view: DocView, s0: int, s1: int, visits: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The visit of a signing: named ("during Chernyshenko's visit"), the last one, or the only one."""
    if not visits:
        return None
    during = _scanned(view.text, s0, s1).search_slice(_DURING_VISIT)
    if during:
        named = _visit_named(during.group(0), visits)
        if named is not None:
            return named
        before = [v for v in visits if v["evidence"]["start"] <= s0]
        return _latest_told(view, before) or visits[0]
    if _scanned(view.text, s0, s1).search_slice(_THE_TWO) and len(visits) == 1:
        return visits[0]
    return None


def _during_named_visit(view: DocView, s0: int, s1: int, visits: list[dict[str, Any]]) -> bool:
    """Whether the sentence ties what it tells to one of the article's visits by its visitor's name."""
    during = _scanned(view.text, s0, s1).search_slice(_DURING_VISIT)
    return during is not None and _visit_named(during.group(0), visits) is not None


def _visit_named(during: str, visits: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The visit whose visitor's surname the words "during X's visit" name."""
    for v in visits:
        surname = v["person"]["name"].split()[-1]
        if surname and surname in during:
            return v
    return None


def dedupe(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One fact per document or signing; a mention another tells better gives it what it adds."""
    best: dict[tuple[Any, ...], dict[str, Any]] = {}
    for f in _told_otherwise_dropped(_past_negotiations_dropped(_signed_in_force_dropped(facts))):
        key = (f["title"].lower(), f["count"], f["date"], f["status"])
        if key in best:
            best[key]["place"] = best[key]["place"] or f["place"]
        else:
            best[key] = f
    kept = _restatements_merged(list(best.values()))
    out = []
    for f in kept:
        better = next((g for g in kept if g is not f and _told_better(f, g)), None)
        if better is None:
            out.append(f)
        else:  # what the lesser mention says and the better one does not, it keeps
            if f["date"] and (not better["date"] or f["date"].startswith(better["date"])):
                better["date"] = f["date"]  # the more precise of two dates of one signing
            better["place"] = better["place"] or f["place"]
    return out


def _restatements_merged(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'X signed a contract to supply a stator for the plant. The contract was concluded with Lilama',
    'signed an agreement with Vietnam Railways. This latest agreement was signed on March 11': a document
    of one kind pointed back to ("the", "this") is the one of that kind told just before, when only one was
    and the two share what they are about. The first keeps its title; a date said with the second is the
    signing's own. A document told as another ("also", "a second", "separately") is not pointed back to."""
    merged: set[int] = set()
    for k, f in enumerate(facts):
        g = _pointed_back_to(f, facts[:k])
        if g is None or id(g) in merged:
            continue
        merged.add(id(f))
        if f["date"] and f.get("_dated_here") and not g.get("_dated_here"):
            g["date"] = f["date"]
        g["place"] = g["place"] or f["place"]
    return [f for f in facts if id(f) not in merged]


def _pointed_back_to(f: dict[str, Any], before: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one document ``f`` ("the contract ...") points back to among those told ``before`` it: the one
    whose title it took ("this latest agreement"), else the only one of its kind a few sentences before."""
    if not f.get("_refers_back") or f.get("_another") or f["count"] != 1:
        return None
    named = [g for g in before if g["title"] == f["title"] and g["status"] == f["status"] and g["count"] == 1]
    if named:
        return named[-1]
    kind = _kind_word(f["title"])
    same_kind = [
        g
        for g in before
        if g["count"] == 1
        and g["status"] == f["status"]
        and _kind_word(g["title"]) == kind
        and 0 < _sentences_apart(f, g) <= NAMED_REACH
    ]
    if len(same_kind) != 1:
        return None
    g = same_kind[0]
    words, theirs = _title_words(f["title"]), _title_words(g["title"])
    return g if words <= theirs or (words & theirs) - _KIND_ONLY - _FUNCTION_WORDS else None


# Words two titles may share without being about the same thing.
_FUNCTION_WORDS = frozenset({"of", "for", "on", "with", "and", "to", "in", "between", "by", "at", "the", "a"})


def _signed_in_force_dropped(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'Hanoi was quick to sign an FTA with the EAEU ... The FTA, in force since October 2016, ...': a
    document told signed at no date and in force at a date is one document, the one in force."""
    in_force = [_title_words(g["title"]) for g in facts if g["status"] == "in_force" and g["date"]]
    return [
        f
        for f in facts
        if not (
            f["status"] == "signed"
            and f["date"] is None
            and f["count"] == 1
            and any(_same_document(_title_words(f["title"]), w) for w in in_force)
        )
    ]


def _told_otherwise_dropped(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'signed an agreement on X in May ... the implementation of the agreement on X': a document told in
    use is the one the article tells signed, agreed or to be signed, not one more in force; a headline's
    or a caption's signing in the present is the one the story tells ("Vietnam, Russia ink oil deal" and
    "signed an agreement on cooperation in oil exploration on Monday"), unless it tells none; a statement
    told by what it says ("said in a joint statement that ...") is the one the article names otherwise
    ("issued a joint statement on ...")."""
    told = [_title_words(g["title"]) for g in facts if g.get("_family") != "in_use"]
    signings = [
        g for g in facts if g["status"] == "signed" and g.get("_family") not in ("present", "ceremony")
    ]
    kinds = {_kind_word(g["title"]) for g in facts if g.get("_family") != "statement"}
    return [
        f
        for f in facts
        if not (
            f.get("_family") == "in_use" and any(_same_document(_title_words(f["title"]), w) for w in told)
        )
        and not (f.get("_family") == "present" and any(_same_time(f["date"], g["date"]) for g in signings))
        and not (f.get("_family") == "statement" and _said_kind(f["title"]) in kinds)
    ]


def _said_kind(title: str) -> str:
    """The noun of a statement told by what it says: "statement" of "joint statement that they ..."."""
    return title.split(" that ", maxsplit=1)[0].split()[-1].lower()


def _past_negotiations_dropped(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'After talks on the free trade agreement ... The FTA was signed in May', 'agreed to sign an agreement.
    The two signed an agreement Monday': a document the article tells as negotiated or to be signed and as
    signed, agreed or in force is no longer being drafted; one told as agreed and as signed, by the same
    title, is signed."""
    done = [_title_words(g["title"]) for g in facts if g["status"] != "drafting"]
    kept = [f for f in facts if not any(_drafted_then_done(f, words) for words in done)]
    # "finalised a contract on wheat. The document was signed on May 3": the text agreed, then signed
    signed = [g["title"].lower() for g in kept if g["status"] == "signed" and g["count"] == 1]
    return [
        f for f in kept if not (f["status"] == "agreed" and f["count"] == 1 and f["title"].lower() in signed)
    ]


def _drafted_then_done(f: dict[str, Any], done: frozenset[str]) -> bool:
    """Whether drafted ``f`` is the document whose title words ``done`` the article tells as signed: one
    negotiated names it as either title holds the other; one to be signed ("agreed to sign an agreement")
    by no more words than the signed one ("a new treaty built on the 2009 agreement" is not "the 2009
    agreement")."""
    if f["status"] != "drafting":
        return False  # "Today we will sign X": told as signed, no draft of itself
    words = _title_words(f["title"])
    if f.get("_family") in ("negotiated", "to_draft"):  # "agreed to work on a roadmap": written, then signed
        return _same_document(words, done)
    return f.get("_family") == "to_sign" and words <= done


def _same_document(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two titles' words name one document: one holds the other's, or both are a free trade
    agreement (an article tells of one)."""
    return a <= b or b <= a or {"free", "trade"} <= a & b


def _told_better(f: dict[str, Any], g: dict[str, Any]) -> bool:
    """Whether ``g`` reports the same document or signing as ``f``, and says more of it.

    "a new memorandum" and "the new memorandum on cooperation between the two capitals" are one
    document; "a number of agreements" and "11 documents" signed the same month are one signing.
    """
    if f["status"] != g["status"]:
        return False
    if f.get("_signing") is not None and f.get("_signing") == g.get("_signing"):
        return False  # "an agreement on tourism and an agreement on tourism investment": two of one list
    if f.get("_family") == "ceremony" and g.get("_family") != "ceremony":
        return True  # "The signing ceremony was attended by ...": of the signing the article tells
    if not _same_time(f["date"], g["date"]):
        return False
    if f["count"] == 1 and g["count"] == 1:
        if _told_as_another(f, g):  # "Rosatom and EVN signed another memorandum on nuclear training"
            return False
        words, more = _title_words(f["title"]), _title_words(g["title"])
        if words <= _ANY_DOCUMENT:  # "The document was signed in Moscow": the one named before
            return g["evidence"]["start"] < f["evidence"]["start"] and not more <= _ANY_DOCUMENT
        if words == more or {"free", "trade"} <= words & more:
            # "ratified the FTA" and "the FTA was signed in May 2015"; a headline's "Vietnam-EAEU free
            # trade agreement takes effect" and its lead's "... came into force on October 5": one FTA
            return _dated_or_first(f, g)
        return (words < more and bool(words)) or _lead_and_detail(f, g)
    if (f["count"] or 0) > 1 and f["count"] == g["count"]:  # "nearly 20 agreements", "20 documents"
        return _dated_or_first(f, g)
    if f["count"] is None and f.get("_refers_back") and _title_words(f["title"]) <= _ANY_DOCUMENTS:
        # "The agreements were signed by Miller and Khanh": the documents reported just before
        return g["evidence"]["start"] < f["evidence"]["start"] and _sentences_apart(f, g) <= NAMED_REACH
    if _generic_lead(f, g) or _same_set_told_again(f, g):
        return True
    if f["count"] is None and (g["count"] or 0) > 1:
        # "a number of agreements" and "11 documents" signed the same month; "after the signing of
        # cooperation documents", undated, names the signing the article tells
        return f["date"] is None or f["date"] == g["date"]
    return False


# How many sentences apart a lead and the sentence that tells its signing again in detail may be.
LEAD_REACH = 2
# What news calls a document of any kind: "a deal" told again as "a partnership agreement".
_NEWS_KIND = frozenset({"deal", "pact", "accord", "document"})


def _lead_and_detail(f: dict[str, Any], g: dict[str, Any]) -> bool:
    """Whether ``f`` and ``g`` are one signing of the same firms told twice, as news tells it in its lead
    and again in detail ("A Russian engineering firm and a Vietnamese builder have agreed a deal to build a
    tram line. On May 14, the Russian firm ... signed a partnership agreement for
    the ... project"), and ``g`` tells more of it: one calls it by what news calls any document ("a
    deal"), the other by its kind. Not a document told as another ("also signed", "another agreement"),
    nor two of one kind or of two kinds ("a joint agreement" and "a framework agreement", a memorandum
    and a contract)."""
    if f.get("_another") or g.get("_another") or not (f.get("_firms", set()) & g.get("_firms", set())):
        return False
    if not 0 < _sentences_apart(f, g) <= LEAD_REACH:
        return False
    kinds = {_kind_word(f["title"]), _kind_word(g["title"])}
    if len(kinds) != 2 or not kinds & _NEWS_KIND:
        return False
    f_date, g_date = f["date"] or "", g["date"] or ""
    if f_date != g_date:
        return g_date.startswith(f_date)
    f_words, g_words = len(_title_words(f["title"])), len(_title_words(g["title"]))
    return g_words > f_words or (g_words == f_words and g["evidence"]["start"] < f["evidence"]["start"])


def _told_as_another(f: dict[str, Any], g: dict[str, Any]) -> bool:
    """Whether one of two documents told in two sentences is told as one more ("also signed", "another
    memorandum", "a second contract", "separately")."""
    return bool(f.get("_another_here") or g.get("_another_here")) and _sentences_apart(f, g) > 0


def _generic_lead(f: dict[str, Any], g: dict[str, Any]) -> bool:
    """Whether ``f`` names by their kind alone ("signed a series of deals") the documents ``g`` tells at
    the same time, a sentence or two away, by what they are about ("signed agreements on Thursday to
    further cooperation on education"). Not documents told as others ("also", "other deals")."""
    if f["count"] is not None or g["count"] is not None or f.get("_another") or g.get("_another"):
        return False
    if not _title_words(f["title"]) <= _ANY_DOCUMENTS or _title_words(g["title"]) <= _ANY_DOCUMENTS:
        return False
    return 0 < _sentences_apart(f, g) <= LEAD_REACH


def _same_set_told_again(f: dict[str, Any], g: dict[str, Any]) -> bool:
    """Whether uncounted documents ``f`` are the set ``g`` tells a sentence or two away about mostly the
    same things, in more words ("if contracts on the purchase of submarines and aircraft are signed",
    "close to signing deals on the purchase of six Kilo submarines and 12 Su-30 jets"). Not a set told
    as another ("also", "other deals")."""
    if f["count"] is not None or g["count"] is not None or f.get("_another") or g.get("_another"):
        return False
    if not 0 < _sentences_apart(f, g) <= LEAD_REACH:
        return False
    words, more = _content_words(f["title"]), _content_words(g["title"])
    shared = words & more
    return len(shared) >= 2 and 2 * len(shared) >= len(words) and len(more) > len(words)


def _content_words(title: str) -> frozenset[str]:
    """What a title says a document is about: its words but its kind and small words."""
    return _title_words(title) - _KIND_ONLY - _ANY_DOCUMENTS - _FUNCTION_WORDS


def _kind_word(title: str) -> str:
    """The noun of a title: "deal" of "deal to build a tram line"."""
    head = _SUBJECT_START.split(title, maxsplit=1)[0].split()
    return head[-1].lower() if head else ""


def _sentences_apart(f: dict[str, Any], g: dict[str, Any]) -> int:
    return abs(f.get("_sentence", 0) - g.get("_sentence", 0))


def _dated_or_first(f: dict[str, Any], g: dict[str, Any]) -> bool:
    """Whether ``g`` is the better of two mentions of one signing (at times that agree): the one with
    the more precise date, else the first."""
    f_date, g_date = f["date"] or "", g["date"] or ""
    if f_date != g_date:
        return g_date.startswith(f_date)
    return g["evidence"]["start"] < f["evidence"]["start"]


def _same_time(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


# Cached: ``dedupe`` compares each title with every other, so a title's words are asked for many times.
@lru_cache(maxsize=4096)
def _title_words(title: str) -> frozenset[str]:
    """The words of a title, abbreviations spelt out ("the MoU" is "the memorandum of understanding")."""
    words = re.findall(r"[a-z0-9]+", _VIET_NAM.sub("vietnam", fold_key(title)))
    return frozenset(w for word in words for w in _SPELT_OUT.get(word, (word,))) - {"the", "a", "an"}


# "Việt Nam" and "Vietnam" are one name.
_VIET_NAM = re.compile(r"\bviet nam\b")


# A document named by no more than its kind.
_ANY_DOCUMENT = frozenset({"document", "deal", "pact", "accord", "new"})
# Documents named by no more than their kind: "The agreements were signed by ...".
_ANY_DOCUMENTS = frozenset(
    {"documents", "deals", "pacts", "accords", "agreements", "memorandum", "contracts"}
)
_SPELT_OUT = {
    "mou": ("memorandum", "of", "understanding"),
    "fta": ("free", "trade", "agreement"),
    "memoranda": ("memorandum",),
}
