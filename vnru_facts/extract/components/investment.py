"""Investment facts: one side's investment stock or flow in the other, with amount, projects and rank.

The investor and the host must be on opposite sides (a country or a city of each): a city's own
accumulated FDI ("Moscow, with FDI exceeding $250 billion") names no counterpart and is no fact.
A sentence may report both directions in two clauses ("..., while Vietnam's investment in Russia ...");
each clause is read on its own first. A known company of one side that invests ("Novatek will invest
$1 billion in Vietnam") is the investor and fills ``company`` (organisations: ``patterns/orgs.jsonl``,
companies of one side only; joint ventures of both sides name no single investor).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc

from vnru_facts.extract.components.base import RuleComponent, add_fact_spans, facts_of
from vnru_facts.extract.components.context import DocView, Mention
from vnru_facts.extract.components.window_search import WindowSearch
from vnru_facts.extract.patterns.investment import (
    APPOSITION_NOUN,
    ATTRACTED,
    CAPITAL_BEFORE,
    CLAUSE_BREAK,
    CLAUSE_WORDS,
    COMPANY_INTRO,
    DIRECT_HOST_BEFORE,
    HAS_PROJECTS,
    HOST_REFERENCE,
    HOSTS,
    INVESTMENT_TRIGGER,
    INVESTMENT_WORD,
    INVESTOR_BY,
    MONEY_INVESTED_AFTER,
    NAME_BEFORE_APPOSITION,
    NOT_INVESTMENT_MONEY,
    OUTLAY_BEFORE,
    OUTLAY_BEFORE_FIGURE,
    PRESENT_STOCK_BEFORE,
    PROJECT_MONEY_BEFORE,
    PROJECT_MONEY_WORD,
    PROJECT_REFERENCE,
    PROJECTS,
    PROJECTS_COUNTED_AFTER,
    RANK,
    RANK_AS_INVESTOR,
    SIDE_BEFORE_FIRMS,
    SIDE_FIRMS_PROJECTS,
    SIDE_FUNDED,
    YEAR_AFTER_AMOUNT,
)
from vnru_facts.normalize.dates import iso, parse_iso
from vnru_facts.normalize.names import fold
from vnru_facts.normalize.numbers import parse_count, parse_ordinal

SPAN_KEY = "investment"
SIDES = ("VN", "RU")
# "to date", "so far": the stock as of the document date.
_UP_TO_NOW = re.compile(r"(?i)\b(?:to\sdate|so\sfar|currently|at\spresent|as\sof\snow|up\sto\snow)\b")
_AS_OF_PREPS = ("as of", "as at", "by the end of", "as of the end of", "at the end of", "end of", "by")

# Patterns searched in a sentence or clause: skipped where their words are absent.
_INVESTMENT_WORD = WindowSearch(INVESTMENT_WORD)
_CLAUSE_BREAK = WindowSearch(CLAUSE_BREAK)
# CLAUSE_BREAK's words: it has no literal start of its own to skip a sentence by (";" is too short).
_CLAUSE_WORD = WindowSearch(re.compile("(?i)" + "|".join(CLAUSE_WORDS)))
_ATTRACTED = WindowSearch(ATTRACTED)
_HAS_PROJECTS = WindowSearch(HAS_PROJECTS)
_HOSTS = WindowSearch(HOSTS)
_PROJECT_MONEY_WORD = WindowSearch(PROJECT_MONEY_WORD)
_PROJECT_REFERENCE = WindowSearch(PROJECT_REFERENCE)
_SIDE_FUNDED = WindowSearch(SIDE_FUNDED)
_SIDE_FIRMS_PROJECTS = WindowSearch(SIDE_FIRMS_PROJECTS)
# Both tried at each place of a side, one call: re tries the introduction first, as two calls in turn did.
_INTRO_OR_APPOSITION = re.compile(rf"(?:{COMPANY_INTRO.pattern})|(?P<apposition>{APPOSITION_NOUN.pattern})")
# The character after the place that each of them needs: a space, or the "'s" / "-based" that leads.
_AFTER_PLACE = frozenset("'’-")


class InvestmentComponent(RuleComponent):
    span_key = SPAN_KEY

    def match(self, doc: Doc) -> list[dict[str, Any]]:
        view = DocView(doc)
        facts = []
        sentences = sorted({*view.sentences_matching(INVESTMENT_TRIGGER), *_outlay_sentences(view)})
        companies = Companies(view)
        for i in sentences:
            found = investment_facts_in_sentence(view, i, companies)
            facts.extend(found or _project_investment(view, i, companies))
        return facts

    def set_annotations(self, doc: Doc, matches: list[dict[str, Any]]) -> None:
        kept = dedupe(matches)
        facts_of(doc).extend(kept)
        add_fact_spans(doc, SPAN_KEY, "INVESTMENT", kept)


def _outlay_sentences(view: DocView) -> list[int]:
    """The sentences with a figure right after an outlay verb ("will pour around $300 million into"): found
    from the figures, which are few, not by looking up each verb in the whole text."""
    text = view.text
    return [
        view.sentence_of(m.start)
        for m in view.mentions["money"]
        if OUTLAY_BEFORE_FIGURE.search(text, max(0, m.start - 45), m.start)
    ]


def investment_facts_in_sentence(
    view: DocView, i: int, companies: Companies | None = None
) -> list[dict[str, Any]]:
    """The facts of each clause; if no clause gives one alone, the sentence read as a whole.

    ``companies``: the companies of one side the document names (``Companies``), else only the
    known ones (``patterns/orgs.jsonl``)."""
    s0, s1 = view.sents[i]
    text = view.text
    word = _investment_word(text, s0, s1)
    if word is None:
        return []
    clauses = _clauses(text, s0, s1)
    if clauses == [(s0, s1)]:  # the sentence is its one clause: its investment word is known
        fact = _investment_in(view, s0, s1, (s0, s1), word, companies)
        return [fact] if fact is not None else []
    facts = [
        f
        for c0, c1 in clauses
        if (f := _investment_in(view, c0, c1, (s0, s1), _investment_word(text, c0, c1), companies))
        is not None
    ]
    if not facts and len(clauses) > 1:
        whole = _investment_in(view, s0, s1, (s0, s1), word, companies)
        facts = [whole] if whole is not None else []
    return facts


def _investment_word(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first investment word in [start, end), else the words of a stock worded with no investment verb:
    "Russian-funded projects", "projects with Russian capital", "Russian firms run 220 projects worth $X"."""
    return (
        _INVESTMENT_WORD.search(text, start, end)
        or _SIDE_FUNDED.search(text, start, end)
        or _SIDE_FIRMS_PROJECTS.search(text, start, end)
    )


def _clauses(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    # Every break holds ";", "while" or "whereas": most sentences are one clause, found without a scan.
    if text.find(";", s0, s1) == -1 and not _CLAUSE_WORD.may_match(text, s0, s1):
        cuts = []
    else:
        cuts = [m.start() for m in _CLAUSE_BREAK.finditer(text, s0, s1)]
    bounds = [s0, *cuts, s1]
    return [(a, b) for a, b in pairwise(bounds) if b > a]


def _investment_in(
    view: DocView,
    c0: int,
    c1: int,
    sentence: tuple[int, int],
    word: re.Match[str] | None,
    companies: Companies | None = None,
) -> dict[str, Any] | None:
    """The investment fact stated in [c0, c1), with the whole sentence as evidence.

    ``word``: the first investment word in [c0, c1) (``_INVESTMENT_WORD.search``), read by the caller.
    """
    text = view.text
    if word is None:
        return None
    company = _investing_company(view, c0, word, companies)
    sides = (
        _company_and_host(view, c0, c1, company, word.end()) if company else _investor_and_host(view, c0, c1)
    )
    if sides is None:
        return None
    investor, host = sides
    amount_mention = _amount(view, c0, c1)
    amount = view.money(amount_mention) if amount_mention else None
    clause = text[c0:c1]
    projects = _projects(clause)
    if amount is None and projects is None:
        return None
    return {
        "type": "investment",
        "evidence": view.evidence(*sentence),
        "investor": investor,
        "host": host,
        "company": company["name"] if company else None,
        "amount": amount,
        "projects": projects,
        "as_of": _as_of(view, c0, c1, amount_mention, stock=True),
        "rank": _rank(clause),
    }


def _rank(clause: str) -> dict[str, int] | None:
    m = RANK.search(clause) or RANK_AS_INVESTOR.search(clause)
    if m is None:
        return None
    position = parse_ordinal(m.group("pos"))
    return {"position": position, "of": int(m.group("of"))} if position else None


def _investing_company(
    view: DocView, c0: int, word: re.Match[str], companies: Companies | None = None
) -> dict[str, Any] | None:
    """A company of one side named before the investment word: "Novatek plans to invest $1 billion"."""
    named = _companies_within(view, companies, c0, word.start())
    return named[-1].data if named else None


def _companies_within(view: DocView, companies: Companies | None, start: int, end: int) -> list[Mention]:
    if companies is None:
        return [o for o in view.within("org", start, end) if o.data.get("side") in SIDES]
    return [c for c in companies.mentions if start <= c.start and c.end <= end]


class Companies:
    """The companies of one side a document names (``companies_of``), found when first asked for:
    most documents never need them."""

    def __init__(self, view: DocView) -> None:
        self._view = view
        self._mentions: list[Mention] | None = None

    @property
    def mentions(self) -> list[Mention]:
        if self._mentions is None:
            self._mentions = companies_of(self._view)
        return self._mentions


def companies_of(view: DocView) -> list[Mention]:
    """Every mention of a company of one side: the known ones, and those the text introduces with their
    side ("Vietnamese dairy company TH Milk ..."), wherever their name recurs. In text order."""
    found = [o for o in view.mentions["org"] if o.data.get("side") in SIDES]
    text = view.text
    introduced: dict[str, str] = {}
    for p in view.mentions["place"]:
        # Anchored at the place's end: most places fail at once, cheaper than scanning for the nouns.
        after = text[p.end : p.end + 1]
        if p.data.get("side") not in SIDES or not after or not (after in _AFTER_PLACE or after.isspace()):
            continue
        m = _INTRO_OR_APPOSITION.match(text, p.end)
        if m is None:
            continue
        if m.group("apposition") is None:
            introduced.setdefault(m.group("name") or m.group("bare"), p.data["side"])
        else:
            name = _name_before_apposition(view, p)
            if name is not None:
                introduced.setdefault(name, p.data["side"])
    taken = {(o.start, o.end) for o in found}
    for name, side in introduced.items():
        for at in _occurrences(text, name):
            if not any(a < at + len(name) and at < b for a, b in taken):
                data = {"name": fold(name), "side": side, "kind": "company"}
                found.append(Mention(at, at + len(name), "org", "ORG", name, data))
    return sorted(found, key=lambda o: o.start)


def _name_before_apposition(view: DocView, p: Mention) -> str | None:
    """The name an apposition at place ``p`` describes ("Volga Steel, Russia's largest steelmaker,"), if it
    is no place itself ("In Hanoi, Vietnam's largest firm, ...")."""
    m = NAME_BEFORE_APPOSITION.search(view.text, max(0, p.start - 60), p.start)
    if m is None or view.within("place", m.start("name"), m.end("name")):
        return None
    return m.group("name")


def _occurrences(text: str, name: str) -> list[int]:
    """Where ``name`` occurs as whole words (``str.find``: a regex with a lookbehind first tries every
    position of the text)."""
    found: list[int] = []
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            found.append(at)
        at = text.find(name, at + 1)
    return found


def _project_investment(view: DocView, i: int, companies: Companies) -> list[dict[str, Any]]:
    """One company's outlay on its project, told after the company was named: "The plant is part of the
    group's investment worth $2.7 billion in Russia", "The project costs US$2.7 billion", "$155 million is
    to be invested in the plant". The company is the last one named up to this sentence; the host is a
    place of the other side in the sentence, else that side if the document named it before."""
    s0, s1 = view.sents[i]
    text = view.text
    if not view.within("money", s0, s1) or not _PROJECT_MONEY_WORD.may_match(text, s0, s1):
        return []
    before = [c for c in companies.mentions if c.start < s1]
    if not before:
        return []
    company = before[-1]
    named_here = company.start >= s0
    if not named_here and _PROJECT_REFERENCE.search(text, s0, s1) is None:
        return []
    if not named_here and len({c.data["side"] for c in before}) > 1:
        return []  # companies of both sides named before (partners, a joint venture): whose project?
    side = company.data["side"]
    places = view.within("place", s0, s1)
    if any(p.data["side"] not in SIDES and p.label != "BLOC" for p in places):
        return []
    # Where the outlay goes, named after the company: not the side of a partner named before it ("Russian
    # firm X and Vietnamese group Y will invest $200 million in a farm in Vietnam"), not its own side.
    after = [p for p in places if p.start >= company.end] if named_here else places
    located = [p for p in after if _prep_before(text, p) in ("in", "into")]
    if located and located[0].data["side"] == side:
        return []
    hosts = [p for p in after if p.data["side"] != side and p.data["side"] in SIDES]
    if hosts:
        host = _project_host(text, hosts[0])
    elif places or not any(p.data.get("side") == _other(side) for p in view.within("place", 0, s0)):
        return []  # only the company's own side named here, or the other side nowhere before
    else:
        host = _other(side)
    amount_mention = _project_amount(view, s0, s1)
    if amount_mention is None:
        return []
    return [
        {
            "type": "investment",
            "evidence": view.evidence(s0, s1),
            "investor": side,
            "host": host,
            "company": company.data["name"],
            "amount": view.money(amount_mention),
            "projects": None,
            "as_of": _as_of(view, s0, s1, amount_mention),
            "rank": None,
        }
    ]


def _other(side: str) -> str:
    return "RU" if side == "VN" else "VN"


def _project_amount(view: DocView, s0: int, s1: int) -> Mention | None:
    """The figure an outlay word leads to ("costs $2.7 billion") or follows ("$155 million is to be
    invested"), not trade or loan money."""
    text = view.text
    for m in view.within("money", s0, s1):
        left = text[max(s0, m.start - 40) : m.start]
        if NOT_INVESTMENT_MONEY.search(left[-30:]):
            continue
        if PROJECT_MONEY_BEFORE.search(left) or MONEY_INVESTED_AFTER.match(text, m.end):
            return m
    return None


def _company_and_host(
    view: DocView, c0: int, c1: int, company: dict[str, Any], word_end: int
) -> tuple[str, str] | None:
    """The company's side invests in the place its outlay goes to: the first place after the investment
    word (ending at ``word_end``) named after "in"/"into", else the first of the other side named after
    it, else anywhere in the clause. None if that place is on the company's own side ("Russian carmaker X
    will inject $40 million into its plant in Kaliningrad to assemble Vietnamese cars")."""
    text = view.text
    places = [p for p in view.within("place", c0, c1) if p.data["side"] in SIDES]
    if any(p.data["side"] == "OTHER" and p.label != "BLOC" for p in view.within("place", c0, c1)):
        return None
    after = [p for p in places if p.start >= word_end]
    located = [p for p in after if _prep_before(text, p) in ("in", "into")]
    if located and located[0].data["side"] == company["side"]:
        return None
    hosts = [p for p in (located or after or places) if p.data["side"] != company["side"]]
    preferred = [p for p in hosts if _prep_before(text, p) in ("in", "into")]
    host = (preferred or hosts or [None])[0]
    return (company["side"], _project_host(text, host)) if host is not None else None


def _project_host(text: str, p: Mention) -> str:
    """The host a company's project at place ``p`` gives: a city invested in directly ("invest $200 million
    in Hanoi"), else the side of the place ("a plant in Kaluga", "a complex in Ivanovo, Russia": RU)."""
    if p.label == "CITY" and DIRECT_HOST_BEFORE.search(text, max(0, p.start - 30), p.start):
        return p.data["name"]
    return p.data["side"]


def _name(p: Mention) -> str:
    return p.data["name"] if p.label == "CITY" else p.data["side"]


def _is_run_by(text: str, p: Mention) -> bool:
    """The place runs or makes the investment: "projects run by Russia", "investment into Russian
    farming by a Vietnamese firm" (not "a forum organised by Russia")."""
    return INVESTOR_BY.search(text, max(0, p.start - 60), p.start) is not None


def _prep_before(text: str, p: Mention) -> str:
    m = re.search(r"(?i)\b(from|in|into|to|of)\s(?:the\s|an?\s)?$", text[max(0, p.start - 10) : p.start])
    return m.group(1).lower() if m else ""


def _investor_and_host(view: DocView, s0: int, s1: int) -> tuple[str, str] | None:
    """(investor, host) from "X has N projects in Y", "Y attracted ... from X", "X invested in Y"."""
    text = view.text
    places = view.within("place", s0, s1)
    if any(p.data["side"] == "OTHER" and p.label != "BLOC" for p in places):
        return None
    places = [p for p in places if p.data["side"] in SIDES]
    funded = _side_funded(view, s0, s1, places) or _side_firms(view, s0, s1, places)
    if funded is not None:
        return funded
    if len({p.data["side"] for p in places}) < 2:
        return None
    # "FDI from Russia", "projects run by Russia", "investment ... by a Vietnamese company"
    from_places = [p for p in places if _prep_before(text, p) == "from" or _is_run_by(text, p)]
    in_places = [p for p in places if _prep_before(text, p) in ("in", "into")]
    attracted = _ATTRACTED.search(text, s0, s1) or _HOSTS.search(text, s0, s1)
    if attracted and from_places:
        subject = [p for p in places if p.end <= attracted.start()]
        if subject and subject[-1].data["side"] != from_places[0].data["side"]:
            return _name(from_places[0]), _name(subject[-1])
    if from_places and in_places and from_places[0].data["side"] != in_places[0].data["side"]:
        return _name(from_places[0]), _name(in_places[0])
    # Each verb in turn: "Russia ranks 23rd ... with 200 projects" fails on "with", holds on "investing in".
    # "Russian FDI in Vietnam": the side named before "FDI"/"investment" invests in the place after it.
    verbs = [*_HAS_PROJECTS.finditer(text, s0, s1), *_INVESTMENT_WORD.finditer(text, s0, s1)]
    for verb in verbs:
        subject = [p for p in places if p.end <= verb.start()]
        hosts = [p for p in in_places if p.start >= verb.end()]
        if subject and hosts and subject[-1].data["side"] != hosts[0].data["side"]:
            return _name(subject[-1]), _name(hosts[0])
    return None


def _side_funded(view: DocView, s0: int, s1: int, places: list[Mention]) -> tuple[str, str] | None:
    """(investor, host) of projects named by their investor's side: "Da Nang has 9 Russian-invested
    projects", "Russian-backed projects in Ho Chi Minh City", "15 projects with Russian capital in the
    province" (the city or province of the other side named last before). The host is the first place of
    the other side in the clause, a city or province by its name."""
    text = view.text
    for m in _SIDE_FUNDED.finditer(text, s0, s1):
        investors = [p for p in places if p.end == m.start() or m.start() <= p.start < m.end()]
        if not investors:
            continue
        side = investors[0].data["side"]
        hosts = [p for p in places if p.data["side"] == _other(side)]
        if not hosts and HOST_REFERENCE.search(text, s0, s1):
            hosts = _city_named_before(view, s0, _other(side))
        return (side, _name(hosts[0])) if hosts else None
    return None


def _side_firms(view: DocView, s0: int, s1: int, places: list[Mention]) -> tuple[str, str] | None:
    """(investor, host) of projects run by a side's firms: "Russian firms run 220 projects worth $990 million
    in Vietnam", "Vietnamese companies in Russia hold 20 projects with capital of $1.5 billion". The host is
    the first place of the other side named after "in" in the clause, a city by its name."""
    text = view.text
    for m in _SIDE_FIRMS_PROJECTS.finditer(text, s0, s1):
        investors = [
            p for p in places if p.end <= m.start() and SIDE_BEFORE_FIRMS.match(text, p.end, m.start())
        ]
        if not investors:
            continue
        side = investors[-1].data["side"]
        hosts = [
            p for p in places if p.data["side"] == _other(side) and _prep_before(text, p) in ("in", "into")
        ]
        return (side, _name(hosts[0])) if hosts else None
    return None


def _city_named_before(view: DocView, s0: int, side: str) -> list[Mention]:
    """The city or province of ``side`` a sentence's "the province" stands for: the first named in the
    nearest of the three sentences before that names one ("Can Tho lies in the Mekong Delta. ... in the
    city": the subject, Can Tho)."""
    i = view.sentence_of(s0)
    for k in range(i - 1, max(-1, i - 4), -1):
        cities = [
            p for p in view.within("place", *view.sents[k]) if p.label == "CITY" and p.data["side"] == side
        ]
        if cities:
            return cities[:1]
    return []


def _amount(view: DocView, s0: int, s1: int) -> Mention | None:
    text = view.text
    for m in view.within("money", s0, s1):
        left = text[max(s0, m.start - 60) : m.start]
        if NOT_INVESTMENT_MONEY.search(left[-30:]):
            continue
        if CAPITAL_BEFORE.search(left) or ATTRACTED.search(left[-40:]) or OUTLAY_BEFORE.search(left[-40:]):
            return m
    return None


def _projects(sentence: str) -> int | None:
    for m in PROJECTS.finditer(sentence):
        n = parse_count(m.group("n"))
        if n is not None and n > 0:
            return n
    after = PROJECTS_COUNTED_AFTER.search(sentence) if "roject" in sentence else None
    return int(after.group("n").replace(",", "")) if after else None


def _as_of(
    view: DocView, s0: int, s1: int, amount: Mention | None = None, *, stock: bool = False
) -> str | None:
    """The date of the stock or outlay in [s0, s1): a date given for it, else the report's month for one
    standing now ("currently", "so far"; with ``stock``, a total that "stands at" or "amounts to" its
    ``amount``: one company's project that "is worth" its cost is not dated by it)."""
    dates = view.within("date", s0, s1)
    chosen = next((d for d in dates if d.data.get("prep") in _AS_OF_PREPS), None)
    if chosen is None and amount is not None:
        # "rose to $3 billion in 2023": the year right after the amount dates the stock
        chosen = next(
            (
                d
                for d in dates
                if d.start >= amount.end and YEAR_AFTER_AMOUNT.match(view.text[amount.end : d.start])
            ),
            None,
        )
    if chosen is not None:
        start, end = view.span_of(chosen)
        value = end or start
        # "in 2023" dates the stock to the year; "by the end of 2023", "as of March" to a month
        whole_year = chosen.data.get("month") is None and chosen.data.get("prep") == "in"
        return (value[:4] if whole_year else value[:7]) if value else None
    if _UP_TO_NOW.search(view.text, s0, s1) or (
        stock and amount is not None and _stands_now(view.text, s0, amount)
    ):
        doc = parse_iso(view.doc_date)
        return iso(doc[0], doc[1]) if doc else None
    return None


def _stands_now(text: str, s0: int, amount: Mention) -> bool:
    return PRESENT_STOCK_BEFORE.search(text, max(s0, amount.start - 50), amount.start) is not None


def dedupe(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One fact per (investor, host, company, amount, projects, date): its first mention."""
    best: dict[tuple[Any, ...], dict[str, Any]] = {}
    for f in facts:
        amount = f["amount"]["amount"] if f["amount"] else None
        key = (f["investor"], f["host"], f["company"], amount, f["projects"], f["as_of"])
        if key not in best:
            best[key] = f
    return list(best.values())
