"""Agreement facts: documents the two sides signed, agreed, drafted or that are in force.

Counted signings ("signed two agreements", "15 cooperation documents were signed"), single documents
("executed a joint communiqué") and named agreements in force ("the FTA ... took effect in 2016").
A signing without its own date borrows the date and place of the visit it happened during.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from spacy.tokens import Doc

from vnru_facts.components.base import RuleComponent, add_fact_spans, facts_of
from vnru_facts.components.context import DocView
from vnru_facts.components.window_search import WindowSearch
from vnru_facts.normalize.money import QUALIFIERS
from vnru_facts.normalize.numbers import parse_count
from vnru_facts.patterns.agreement import (
    AGREED_VERBS,
    AGREEMENT_TRIGGER,
    AMONG_SIGNED,
    COMPLEMENT,
    COMPLEMENT_END,
    CONJOINED_FIRST,
    DOCS_WERE_SIGNED,
    DURING_VISIT,
    FIRST_TO_SIGN,
    IN_FORCE,
    INCLUDING_NAMED,
    NAMED_AGREEMENT,
    PARTIES_AGREEMENT,
    PASSIVE_SIGNED,
    SIGNED_DOCS,
    THE_TWO,
    VAGUE_COUNT,
    WITNESSED,
)

SPAN_KEY = "agreement"
_OTHER_PARTY = re.compile(
    r"\b(?:China|Chinese|United States|U\.S\.|Japan|Korea|India|European Union|EU|ASEAN|Laos|Cambodia|"
    r"Thailand|Ukraine|Belarus|Kazakhstan|Trans-Pacific|CPTPP|RCEP|EVFTA)\b"
)
_RUSSIA = re.compile(r"(?i)\b(?:russia|russian)\b")

# Patterns searched in a sentence: skipped where their words are absent.
_THIRD_PARTY = WindowSearch(_OTHER_PARTY)
_NAMES_RUSSIA = WindowSearch(_RUSSIA)
_IN_FORCE = WindowSearch(IN_FORCE)
_INCLUDING_NAMED = WindowSearch(INCLUDING_NAMED)
_DURING_VISIT = WindowSearch(DURING_VISIT)
_THE_TWO = WindowSearch(THE_TWO)


class AgreementComponent(RuleComponent):
    span_key = SPAN_KEY

    def match(self, doc: Doc) -> list[dict[str, Any]]:
        view = DocView(doc)
        visits = [f for f in facts_of(doc) if f["type"] == "visit"]
        facts: list[dict[str, Any]] = []
        for i in view.sentences_matching(AGREEMENT_TRIGGER):
            facts.extend(agreements_in_sentence(view, i, visits, facts))
        return _dedupe(facts)

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


def agreements_in_sentence(
    view: DocView, i: int, visits: list[dict[str, Any]], earlier: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    s0, s1 = view.sents[i]
    text = view.text
    # Russia first: most sentences name it, and its literal is quicker to rule out than the partners.
    if not _NAMES_RUSSIA.search_slice(text, s0, s1) and _THIRD_PARTY.search_slice(text, s0, s1):
        return []
    found = _signed(text, s0, s1)
    if not found:
        found = _named_in_force(text, s0, s1)
    if not found:
        return []
    found = [f for k, f in enumerate(found) if not _with_third_party(view, f, found[k + 1 :], s1)]
    out = []
    for k, f in enumerate(found):
        # with several documents, a date belongs to the one it follows ("signed A in 2001 and issued B
        # in 2012"), else to the one it precedes ("on May 3 signed A")
        after = (f.start, found[k + 1].start if k + 1 < len(found) else s1)
        before = (found[k - 1].end if k else s0, f.start)
        segs = [after, before] if len(found) > 1 else [(s0, s1)]
        date, place = _when_and_where(view, i, f, segs, visits, earlier)
        out.append(
            {
                "type": "agreement",
                "evidence": view.evidence(s0, s1),
                "title": f.title,
                "count": f.count,
                "count_qualifier": f.qualifier if f.count is not None else None,
                "date": date if f.status != "in_force" else _in_force_year(view, s0, s1) or date,
                "place": place if f.status != "in_force" else None,
                "parties": ["RU", "VN"],
                "status": f.status,
            }
        )
    return out


# Blocs Russia belongs to: an agreement with them binds Russia ("the FTA with the EAEU").
RUSSIA_IN = frozenset({"EAEU"})
_PARTNER_BEFORE = re.compile(r"(?i)\b(?:with|between|and)\s(?:the\s)?$")


def _with_third_party(view: DocView, f: Found, rest: list[Found], s1: int) -> bool:
    """'Russia signed a gas deal with China': the partner named after the document is a third country."""
    end = min(rest[0].start if rest else s1, f.end + 80)
    return any(
        p.data["side"] == "OTHER"
        and p.data["name"] not in RUSSIA_IN
        and _PARTNER_BEFORE.search(view.text[max(f.start, p.start - 15) : p.start])
        for p in view.within("place", f.start, end)
    )


def _signed(text: str, s0: int, s1: int) -> list[Found]:
    """Documents signed, adopted or issued, in the order the sentence ``text[s0:s1]`` names them."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    sentence = text[s0:s1]
    for family, regex in SIGNING_FAMILIES:
        for m in regex.finditer_slice(text, s0, s1):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            groups = m.groupdict()
            count, qualifier = _count(groups.get("count"), groups.get("qual"))
            if family == "among" and count is not None and count > 1:
                qualifier = qualifier or "exact"
            title = _title(groups.get("title") or "agreements")
            title = _with_complement(title, sentence, m, family)
            status = "agreed" if (groups.get("verb") or "").lower() in AGREED_VERBS else "signed"
            found.append(Found(title, count, qualifier, status, s0 + m.start(), s0 + m.end(), family))
            if family == "passive":
                first = CONJOINED_FIRST.search(sentence[: m.start()])
                if first:
                    at = s0 + first.start()
                    found.append(Found(_title(first.group("title")), 1, "exact", status, at, at, family))
    if found:
        for m in _INCLUDING_NAMED.finditer_slice(text, s0, s1):
            status = found[-1].status
            found.append(
                Found(_title(m.group("title")), 1, "exact", status, s0 + m.start(), s0 + m.end(), "named")
            )
    return sorted(found, key=lambda f: f.start)


SIGNING_FAMILIES = (
    ("passive", WindowSearch(DOCS_WERE_SIGNED, requires=PASSIVE_SIGNED)),
    ("active", WindowSearch(SIGNED_DOCS)),
    ("witnessed", WindowSearch(WITNESSED)),
    ("among", WindowSearch(AMONG_SIGNED)),
    ("first", WindowSearch(FIRST_TO_SIGN)),
)


def _with_complement(title: str, sentence: str, m: re.Match[str], family: str) -> str:
    """'memorandum' + ' on city cooperation in the 2020-2022 period' -> the document's full subject."""
    if "title" not in m.groupdict() or m.group("title") is None:
        return title
    after = [m.end("title")]
    if family == "passive":
        after.append(m.end())  # "a contract was signed to build a centre"
    for at in after:
        c = COMPLEMENT.match(sentence, at)
        if c:
            text = c.group("c")
            cut = COMPLEMENT_END.search(text)
            text = text[: cut.start()] if cut else text
            return _title(f"{title} {text}")
    return title


def _count(raw: str | None, qual: str | None) -> tuple[int | None, str]:
    qualifier = QUALIFIERS.get(re.sub(r"\s+", " ", qual.strip().lower()), ("exact",))[0] if qual else "exact"
    if raw is None:
        return None, qualifier
    word = re.sub(r"\s+", " ", raw.strip().lower())
    if word in VAGUE_COUNT:
        return None, qualifier
    if word in ("a", "an", "the", "its"):  # "signed its minutes": the one set of minutes
        return 1, "exact"
    if word == "their":
        return None, qualifier
    return parse_count(word), qualifier


def _title(raw: str) -> str:
    return re.sub(r"\s+", " ", raw).strip()


def _named_in_force(text: str, s0: int, s1: int) -> list[Found]:
    """A named agreement in force: 'the Treaty on ... came into force', 'the free trade agreement
    between Vietnam and the EAEU took effect in 2016'."""
    if not _IN_FORCE.search_slice(text, s0, s1):
        return []
    sentence = text[s0:s1]
    for regex in (NAMED_AGREEMENT, PARTIES_AGREEMENT):
        for m in regex.finditer(sentence):
            title = re.sub(r"^(?i:the|a|an)\s", "", m.group("title").strip())
            if len(title.split()) < 2 or _OTHER_PARTY.search(title):
                continue
            return [Found(title, 1, "exact", "in_force", s0 + m.start(), s0 + m.end(), "in_force")]
    return []


def _in_force_year(view: DocView, s0: int, s1: int) -> str | None:
    """'took effect in 2016' -> '2016'."""
    m = _IN_FORCE.search(view.text, s0, s1)
    if not m:
        return None
    after = view.within("date", m.end(), min(s1, m.end() + 30))
    if not after:
        return None
    start, _ = view.span_of(after[0])
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
    cities = [p.data["name"] for p in view.within("place", s0, s1) if p.label == "CITY"]
    place = cities[0] if cities else None
    date = next((d for seg in segs if (d := _date_in(view, *seg))), None)
    if date is not None:
        visit = _visit_of(view, s0, s1, visits)
        return date, place or (visit["place"] if visit else None)
    if f.family == "among":
        same = _same_signing(view.text[s0 : f.start], earlier)
        if same is not None:
            return same["date"], place or same["place"]
    if f.family == "first":
        return None, place
    visit = _visit_of(view, s0, s1, visits) or _recent_visit(view, i, visits)
    if visit is not None:
        start = visit["start"]
        return (start[:7] if start else None), place or visit["place"]
    return None, place


def _date_in(view: DocView, start: int, end: int) -> str | None:
    """The first day named in [start, end), else a year ('in 2001', 'last year'), not a target year."""
    dates = view.within("date", start, end)
    days = [d for d in dates if d.label in ("DATE", "WEEKDAY")]
    if days:
        return view.span_of(days[0])[0]
    for d in dates:
        if d.data.get("prep") in _TARGET_PREPS or d.data.get("month") is not None:
            continue
        if (d.data.get("rel_year") or 0) > 0:
            continue  # "next year" is a plan, not when something was signed
        if d.label == "RELATIVE" or (d.label == "PERIOD" and d.data.get("year") == d.data.get("end_year")):
            first, _ = view.span_of(d)
            return first[:4] if first else None
    return None


_TARGET_PREPS = frozenset({"by", "until", "till", "to", "through", "by the end of"})
# A signing reported within this many sentences after a visit belongs to it ("A joint statement was
# issued" two sentences after "The visit in March ...").
VISIT_REACH = 4


def _recent_visit(view: DocView, i: int, visits: list[dict[str, Any]]) -> dict[str, Any] | None:
    before = [
        v
        for v in visits
        if (at := view.sentence_of(v["evidence"]["start"])) <= i
        and view.sentences_between(at, i) <= VISIT_REACH
    ]
    return before[-1] if before else None


def _same_signing(subject: str, earlier: list[dict[str, Any]]) -> dict[str, Any] | None:
    """'The nuclear deal was among seven signed': the set holds the nuclear deal reported before."""
    words = set(re.findall(r"[a-z]+", subject.lower())) - {"the", "a", "an", "this", "that"}
    for f in reversed(earlier):
        if f["date"] and set(re.findall(r"[a-z]+", f["title"].lower())) <= words:
            return f
    return None


def _visit_of(view: DocView, s0: int, s1: int, visits: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The visit of a signing: named ("during Chernyshenko's visit"), the last one, or the only one."""
    if not visits:
        return None
    during = _DURING_VISIT.search_slice(view.text, s0, s1)
    if during:
        for v in visits:
            surname = v["person"]["name"].split()[-1]
            if surname and surname in during.group(0):
                return v
        before = [v for v in visits if v["evidence"]["start"] <= s0]
        return before[-1] if before else visits[0]
    if _THE_TWO.search_slice(view.text, s0, s1) and len(visits) == 1:
        return visits[0]
    return None


def _dedupe(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    best: dict[tuple[Any, ...], dict[str, Any]] = {}
    for f in facts:
        key = (f["title"].lower(), f["count"], f["date"], f["status"])
        best.setdefault(key, f)
    return list(best.values())
