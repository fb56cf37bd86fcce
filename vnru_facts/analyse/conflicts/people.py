"""Checks on the officials sources name: one person with different roles (kind "role") and
near-identical spellings of one name (kind "name").

Persons come from each document's ``people`` (every official it names) and, for sources known only
from a facts export, from the visit facts' persons.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from vnru_facts.analyse.conflicts.claims import Claim
from vnru_facts.analyse.conflicts.intervals import Interval
from vnru_facts.analyse.conflicts.report import make_conflict, sources_phrase
from vnru_facts.analyse.conflicts.sources import UnionFind
from vnru_facts.models import Conflict, Document, Fact, VisitFact, stable_id
from vnru_facts.normalize.names import fold_key, role_key

# Roles change (Nguyen Xuan Phuc was Prime Minister, then President), so only mentions published
# within this many days of each other, or in one document, can contradict each other.
ROLE_WINDOW_DAYS = 45
# Surname keys ("mishustin" / "mishutin") this similar (rapidfuzz, 0..1) are one name misspelt.
SURNAME_SIMILARITY = 0.8
NO_INTERVAL = Interval(0.0, 0.0)  # roles and names are compared as words, not as intervals


class Mention(NamedTuple):
    """One official as one source names them (a tuple: there is one per person named per document)."""

    fact_id: str | None  # the visit fact naming them; None for a document's people list
    at: int  # where in the document
    name: str
    key: str
    role: str | None
    country: str | None
    former: bool
    source: str
    day: int | None  # the publication day; the 15th for a month; None when only the year is known
    quote: str


def publication_day(doc_date: str | None) -> int | None:
    if not doc_date or len(doc_date) < 7:
        return None
    try:
        return date.fromisoformat(doc_date if len(doc_date) >= 10 else f"{doc_date[:7]}-15").toordinal()
    except ValueError:
        return None


def mentions_of(facts: Iterable[Fact], documents: Sequence[Document]) -> list[Mention]:
    """Every named official, from the documents' people lists, else from visit facts."""
    mentions: list[Mention] = []
    described = {d.source for d in documents}
    for document in documents:
        day = publication_day(document.doc_date)
        for p in document.people:
            mentions.append(
                Mention(
                    None,
                    p.evidence.start,
                    p.name,
                    p.key,
                    p.role,
                    p.country,
                    p.former,
                    document.source,
                    day,
                    p.evidence.text,
                )
            )
    for fact in facts:
        if isinstance(fact, VisitFact) and fact.source not in described:
            p = fact.person
            day = publication_day(fact.doc_date)
            mentions.append(
                Mention(
                    fact.id,
                    fact.evidence.start,
                    p.name,
                    p.key,
                    p.role,
                    p.country,
                    False,
                    fact.source,
                    day,
                    fact.evidence.text,
                )
            )
    return [m for m in mentions if m.key]


# One chair, several words: a parliament's "Speaker" is its "Chairman", "Chairwoman" or "Chairperson".
_CHAIR_WORDS = re.compile(r"\b(?:chairwoman|chairperson|chair|speaker)\b")


def same_role(a: str, b: str) -> bool:
    """Whether two titles can name one office.

    A qualifier after the title keeps it ("Minister" / "Minister of the Moscow Government"), and a bare
    one-word title is short for any title ending in it ("Minister" / "Foreign Minister"); a word in
    front changes the office ("Deputy Prime Minister" is not "Prime Minister"). The words for a chair
    are one ("Speaker" / "State Duma Chairman").
    """
    a, b = _CHAIR_WORDS.sub("chairman", role_key(a)), _CHAIR_WORDS.sub("chairman", role_key(b))
    if a == b or a.startswith(f"{b} ") or b.startswith(f"{a} "):
        return True
    short, long = sorted((a, b), key=len)
    return " " not in short and long.split(" of ")[0].endswith(f" {short}")


def held_together(role: str, mentions: Iterable[Mention]) -> bool:
    """Whether a mention gives ``role`` alongside its own ("President Vladimir Putin, Chair of BRICS"):
    one person can hold two offices at once."""
    words = f" {fold_key(role)} "
    return any(words in f" {fold_key(m.quote)} " for m in mentions)


def mention_id(m: Mention) -> str:
    """The visit fact's id, or a stable id for a person in a document's people list (computed only for
    the mentions a conflict reports: hashing every mention dominated large runs)."""
    return m.fact_id or stable_id("p", {"source": m.source, "name": m.name, "at": m.at})


def _claim(kind: str, m: Mention, value: str, text: str, label: str) -> Claim:
    return Claim(
        kind=kind,  # type: ignore[arg-type]
        subject=f"person {m.key}",
        label=label,
        interval=NO_INTERVAL,
        value=value,
        text=text,
        fact_id=mention_id(m),
        source=m.source,
        quote=m.quote,
    )


def _clusters(mentions: Iterable[Mention], cluster_of: Mapping[str, str]) -> int:
    return len({cluster_of.get(m.source, m.source) for m in mentions})


def _usual_name(mentions: Sequence[Mention]) -> str:
    """The spelling most sources use; ties go to the longest, then alphabetical."""
    sources_by_name: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        sources_by_name[m.name].add(m.source)
    return max(sorted(sources_by_name), key=lambda n: (len(sources_by_name[n]), len(n)))


# --- role -------------------------------------------------------------------------------------------


def role_conflicts(mentions: Sequence[Mention], cluster_of: Mapping[str, str]) -> Iterator[Conflict]:
    """One conflict per person whose current roles differ between mentions close in time.

    Past roles ("then President", "former PM") are no contradiction and are left out.
    """
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.role and not m.former:
            by_key[m.key].append(m)
    for key, people in sorted(by_key.items()):
        by_role: dict[str, list[Mention]] = defaultdict(list)
        for m in people:
            by_role[m.role or ""].append(m)
        involved: dict[str, dict[tuple[str, int, str], Mention]] = defaultdict(dict)
        for r1, r2 in combinations(sorted(by_role), 2):
            if same_role(r1, r2) or held_together(r1, by_role[r2]) or held_together(r2, by_role[r1]):
                continue
            for role, close in (
                (r1, _close(by_role[r1], by_role[r2])),
                (r2, _close(by_role[r2], by_role[r1])),
            ):
                involved[role].update({(m.source, m.at, m.name): m for m in close})
        if len([r for r in involved if involved[r]]) >= 2:
            yield _role_conflict(
                key, people, {r: list(ms.values()) for r, ms in involved.items() if ms}, cluster_of
            )


def _close(these: Sequence[Mention], others: Sequence[Mention]) -> list[Mention]:
    """The mentions in ``these`` that share a document with one in ``others`` or are published near one."""
    other_sources = {m.source for m in others}
    other_days = sorted(m.day for m in others if m.day is not None)
    close = []
    for m in these:
        if m.source in other_sources:
            close.append(m)
        elif m.day is not None and other_days:
            i = bisect.bisect_left(other_days, m.day - ROLE_WINDOW_DAYS)
            if i < len(other_days) and other_days[i] <= m.day + ROLE_WINDOW_DAYS:
                close.append(m)
    return close


def _role_conflict(
    key: str, people: Sequence[Mention], involved: dict[str, list[Mention]], cluster_of: Mapping[str, str]
) -> Conflict:
    name = _usual_name(people)
    ranked = sorted(involved.items(), key=lambda item: (-_clusters(item[1], cluster_of), item[0]))
    parts = [
        f"{role} ({sources_phrase([m.source for m in ms], _clusters(ms, cluster_of))})" for role, ms in ranked
    ]
    entries = [
        (_claim("role", m, role, role, name), _clusters(ms, cluster_of))
        for role, ms in ranked
        for m in sorted(ms, key=lambda m: (m.source, m.quote))
    ]
    return make_conflict(
        kind="role", subject=f"person {key}", entries=entries, message=f"{name}: {' vs '.join(parts)}"
    )


# --- name -------------------------------------------------------------------------------------------


@dataclass
class _Spelling:
    """What is known of one name key: its mentions, countries and current roles."""

    mentions: list[Mention]
    countries: set[str]
    roles: set[str]


def name_conflicts(mentions: Sequence[Mention], cluster_of: Mapping[str, str]) -> Iterator[Conflict]:
    """Keys that are one person's name spelt differently ("To Lam" / "To Lin"), with the majority spelling.

    Spellings that differ only in diacritics ("Trần Thanh Mẫn") share a key and are no conflict alone;
    they are listed with their key's variants.
    """
    keys: dict[str, _Spelling] = {}
    for m in mentions:
        s = keys.setdefault(m.key, _Spelling([], set(), set()))
        s.mentions.append(m)
        if m.country:
            s.countries.add(m.country)
        if m.role and not m.former:
            s.roles.add(fold_key(m.role))
    variants = UnionFind()
    for a, b in candidate_pairs(keys):
        if is_variant(a, b, keys[a], keys[b]):
            variants.union(a, b)
    groups: dict[str, list[str]] = defaultdict(list)
    for key in sorted(variants.parent):
        groups[variants.find(key)].append(key)
    for members in sorted(groups.values()):
        if len(members) >= 2:
            yield _name_conflict(members, keys, cluster_of)


def candidate_pairs(keys: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Pairs of keys that could be one name: multi-word keys equal but for one word, single words that
    start alike. Blocking keeps this near-linear in the number of distinct names."""
    blocks: dict[tuple[object, ...], list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        if len(words) == 1:
            blocks[1, key[:2]].append(key)
            continue
        for i, word in enumerate(words):
            # The differing word keeps its first letter in every variant seen ("Lam"/"Lin", "Man"/"Manh"),
            # which splits the large "nguyen van *" blocks.
            blocks[(len(words), i, word[0], *words[:i], *words[i + 1 :])].append(key)
    seen: set[tuple[str, str]] = set()
    for members in blocks.values():
        for pair in combinations(sorted(members), 2):
            if pair not in seen:
                seen.add(pair)
                yield pair


def is_variant(a: str, b: str, sa: _Spelling, sb: _Spelling) -> bool:
    """Whether keys ``a`` and ``b`` (candidates from ``candidate_pairs``) spell one person's name.

    The differing word must start alike. One letter apart is a misspelling ("man" / "manh"); two
    letters apart only when both are named with
    the same role (General Secretary "To Lam" / "To Lin"), since Vietnamese given names that differ in
    two letters (Hung / Hong) usually belong to different people. Different countries or roles that
    cannot be one person's rule a pair out.
    """
    if sa.countries and sb.countries and not sa.countries & sb.countries:
        return False
    if sa.roles and sb.roles and not any(same_role(x, y) for x in sa.roles for y in sb.roles):
        return False
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    if len(wa) == 1:
        return min(len(a), len(b)) >= 4 and Levenshtein.normalized_similarity(a, b) >= SURNAME_SIMILARITY
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    distance = Levenshtein.distance(x, y)
    return x[0] == y[0] and (distance <= 1 or (distance == 2 and bool(sa.roles & sb.roles)))


def _name_conflict(
    members: list[str], keys: Mapping[str, _Spelling], cluster_of: Mapping[str, str]
) -> Conflict:
    ranked = sorted(members, key=lambda k: (-_clusters(keys[k].mentions, cluster_of), k))
    majority = _usual_name(keys[ranked[0]].mentions)
    parts = []
    entries: list[tuple[Claim, int]] = []
    for key in ranked:
        mentions = keys[key].mentions
        n = _clusters(mentions, cluster_of)
        usual = _usual_name(mentions)
        spellings = " / ".join(sorted({m.name for m in mentions}, key=lambda s: (s != usual, s)))
        parts.append(f"{spellings} ({sources_phrase([m.source for m in mentions], n)})")
        by_spelling_and_source = {(m.name, m.source): m for m in sorted(mentions, key=lambda m: m.quote)}
        entries += [
            (_claim("name", m, key, m.name, majority), n) for _, m in sorted(by_spelling_and_source.items())
        ]
    return make_conflict(
        kind="name",
        subject=f"person {ranked[0]}",
        entries=entries,
        message=f"{majority}: {' vs '.join(parts)}; majority spelling: {majority}",
    )


def people_conflicts(
    facts: Iterable[Fact], documents: Sequence[Document], cluster_of: Mapping[str, str]
) -> Iterator[Conflict]:
    mentions = mentions_of(facts, documents)
    yield from role_conflicts(mentions, cluster_of)
    yield from name_conflicts(mentions, cluster_of)
