"""Investment facts: one side's investment stock or flow in the other, with amount, projects and rank.

The investor and the host must be on opposite sides (a country or a city of each): a city's own
accumulated FDI ("Moscow, with FDI exceeding $250 billion") names no counterpart and is no fact.
A sentence may report both directions in two clauses ("..., while Vietnam's investment in Russia ...");
each clause is read on its own first. A known company of one side that invests ("Novatek will invest
$1 billion in Vietnam") is the investor and fills ``company`` (organisations: ``patterns/orgs.jsonl``,
companies of one side only; a joint venture of both sides is the investment of its partner from abroad
where it stands: Rusvietpetro, in Russia, is Vietnam's). A company may be described rather than named ("the
Vietnamese private company") and referred back to ("The firm will pour $350 million into phase one").
Beyond one sentence: a subject that stands for a place named before ("The city has 30 projects in Russia"),
a stock broken down by locality ("..., followed by Hanoi with 23 projects") and a company's capital told
after the stock it belongs to take their sides from the sentences before.
"""

from __future__ import annotations

import re
import sys
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc

from vnru_facts.extract.components.base import RuleComponent, add_fact_spans, facts_of
from vnru_facts.extract.components.context import DocView, Mention
from vnru_facts.extract.components.window_search import WindowSearch
from vnru_facts.extract.patterns.alternation import strings_alternation
from vnru_facts.extract.patterns.attribution import ATTRIBUTION_LEAD
from vnru_facts.extract.patterns.investment import (
    AFTER_PREPOSITION,
    APPOSITION_NOUN,
    ATTRACTED,
    CAPITAL_AFTER_NAME,
    CAPITAL_BEFORE,
    CAPITAL_STOCK,
    CHANGE_VERB,
    CHANGED_FROM,
    CHANGED_TO,
    CLAUSE_BREAK,
    CLAUSE_WORDS,
    COMPANY_INTRO,
    COMPANY_NOUNS,
    COMPANY_SUBJECT_OUTLAY,
    COMPARISON_WORDS,
    COUNTRY_HOST,
    DESCRIBED_COMPANY,
    DIRECT_HOST_BEFORE,
    DOLLARS_IN_BRACKETS,
    HAS_PROJECTS,
    HOST_POSSESSIVE,
    HOST_REFERENCE,
    HOSTS,
    INVESTED_BY_AFTER,
    INVESTMENT_OF,
    INVESTMENT_TO,
    INVESTMENT_TRIGGER,
    INVESTMENT_WORD,
    INVESTOR_BY,
    INVESTOR_IS,
    LOCALITY_AMOUNT_AFTER,
    LOCALITY_PROJECTS,
    MONEY_INVESTED_AFTER,
    MONEY_OF_PROJECT_AFTER,
    NAME_BEFORE_APPOSITION,
    NOT_INVESTMENT_MONEY,
    OTHER_SUBJECT,
    OUTLAY_BEFORE,
    OUTLAY_BEFORE_FIGURE,
    PLACE_REFERENCE,
    PRESENT_STOCK_BEFORE,
    PROJECT_MONEY_BEFORE,
    PROJECT_MONEY_WORD,
    PROJECT_REFERENCE,
    PROJECTS,
    PROJECTS_COUNTED_AFTER,
    PROJECTS_WORTH,
    RANK,
    RANK_AS_INVESTOR,
    SIDE_BEFORE_FIRMS,
    SIDE_FIRMS_PROJECTS,
    SIDE_FUNDED,
    SIDE_INVESTMENT_AFTER,
    SIDE_PROJECTS,
    TOTAL_BROUGHT_BEFORE,
    TOTAL_VERB_BEFORE,
    WORDS_BEFORE_NAME,
    YEAR_AFTER_AMOUNT,
)
from vnru_facts.normalize.dates import iso, parse_iso
from vnru_facts.normalize.names import fold
from vnru_facts.normalize.numbers import parse_count, parse_ordinal

SPAN_KEY = "investment"
SIDES = ("VN", "RU")
# "to date", "so far": the stock as of the document date.
_UP_TO_NOW = WindowSearch(
    re.compile(r"(?i)\b(?:to\sdate|so\sfar|currently|at\spresent|as\sof\snow|up\sto\snow)\b")
)
_AS_OF_PREPS = ("as of", "as at", "by the end of", "as of the end of", "at the end of", "end of", "by")

# Patterns searched in a sentence or clause: skipped where their words are absent.
_INVESTMENT_WORD = WindowSearch(INVESTMENT_WORD)
_CLAUSE_BREAK = WindowSearch(CLAUSE_BREAK)
# CLAUSE_BREAK's words: it has no literal start of its own to skip a sentence by (";" is too short).
_CLAUSE_WORD = WindowSearch(re.compile("(?i)" + "|".join((*CLAUSE_WORDS, *COMPARISON_WORDS))))
_ATTRACTED = WindowSearch(ATTRACTED)
_HAS_PROJECTS = WindowSearch(HAS_PROJECTS)
_HOSTS = WindowSearch(HOSTS)
_PROJECT_MONEY_WORD = WindowSearch(PROJECT_MONEY_WORD)
_PROJECT_REFERENCE = WindowSearch(PROJECT_REFERENCE)
_SIDE_FUNDED = WindowSearch(SIDE_FUNDED)
_SIDE_FIRMS_PROJECTS = WindowSearch(SIDE_FIRMS_PROJECTS)
_SIDE_PROJECTS = WindowSearch(SIDE_PROJECTS)
_PROJECTS_WORTH = WindowSearch(PROJECTS_WORTH)
_CAPITAL_STOCK = WindowSearch(CAPITAL_STOCK)
# A count of projects (PROJECTS, PROJECTS_COUNTED_AFTER) holds one of these words; PROJECTS, led by numbers in
# words, has no literal start of its own to skip a clause by.
_PROJECT_COUNT = WindowSearch(PROJECTS, requires=re.compile(r"(?i)projects?|investments"))
# Tried at each place of a side, one call: re tries the introduction first, then the apposition, then a
# company described with no name.
_INTRO_OR_APPOSITION = re.compile(
    rf"(?:{COMPANY_INTRO.pattern})|(?P<apposition>{APPOSITION_NOUN.pattern})"
    rf"|(?P<described>{DESCRIBED_COMPANY.pattern})"
)
# The character after the place that each of them needs: a space, or the "'s" / "-based" that leads.
_LEADS = frozenset("'’-") | {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}


def _spellings(noun: str) -> tuple[str, ...]:
    """The plain spellings of a company noun pattern: "start-?up" is "start-up" and "startup"."""
    return (noun.replace("-?", "-"), noun.replace("-?", "")) if "-?" in noun else (noun,)


# Each of them but the bare name holds a company noun a few words after the place: a plain search for the
# nouns ("maker" for "carmaker") skips most places before the regex with its word repeats is tried.
_NOUN_WORDS = sorted(
    {
        spelling
        for noun in COMPANY_NOUNS
        for spelling in _spellings(noun.removeprefix("[a-z]+").removeprefix("[a-z]*"))
    }
)
# As a prefix tree: the flat alternation tried each of thirty nouns at nearly every letter of the window.
_NOUN_NEAR = re.compile(strings_alternation(_NOUN_WORDS))
# The bare name follows "Russia's" or "Kazan-based" (or a place whose mention holds the "'s").
_POSSESSIVE_OR_BASED = re.compile(r"[’']s|-based|(?<=[’']s)")


class InvestmentComponent(RuleComponent):
    span_key = SPAN_KEY

    def match(self, doc: Doc) -> list[dict[str, Any]]:
        view = DocView(doc)
        facts = []
        sentences = sorted({*view.sentences_matching(INVESTMENT_TRIGGER), *_outlay_sentences(view)})
        companies = Companies(view)
        for i in sentences:
            localities = _locality_breakdown(view, i, facts)
            found = _not_of_localities(investment_facts_in_sentence(view, i, companies), localities)
            found = found or _project_investment(view, i, companies) or _company_in_stock(view, i, facts)
            facts.extend([*found, *localities])
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
    if not view.within("money", s0, s1) and not _PROJECT_COUNT.may_match(text, s0, s1):
        return []  # no amount and no count of projects in any clause: no fact, whatever its words
    word = _investment_word(text, s0, s1)
    if word is None:
        return []
    clauses = _clauses(text, s0, s1)
    if clauses == [(s0, s1)]:  # the sentence is its one clause: its investment word is known
        return _investment_in(view, s0, s1, (s0, s1), word, companies)
    facts = [
        f
        for c0, c1 in clauses
        for f in _investment_in(view, c0, c1, (s0, s1), _investment_word(text, c0, c1), companies)
    ]
    if not facts and len(clauses) > 1:
        facts = _investment_in(view, s0, s1, (s0, s1), word, companies)
    return facts


def _investment_word(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first investment word in [start, end), else the words of a stock worded with no investment verb:
    "Russian-funded projects", "projects with Russian capital", "Russian firms run 220 projects worth $X",
    "Vietnam is operating 17 projects worth $2.5 billion in Russia", "Vietnam's registered capital in
    Russia"."""
    return (
        _INVESTMENT_WORD.search(text, start, end)
        or _SIDE_FUNDED.search(text, start, end)
        or _SIDE_FIRMS_PROJECTS.search(text, start, end)
        or _PROJECTS_WORTH.search(text, start, end)
        or _CAPITAL_STOCK.search(text, start, end)
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
) -> list[dict[str, Any]]:
    """The investment fact stated in [c0, c1), with the whole sentence as evidence; two for a change told
    from one amount to another ("increased from $100 million in 2008 to $2.4 billion").

    ``word``: the first investment word in [c0, c1) (``_INVESTMENT_WORD.search``), read by the caller.
    """
    text = view.text
    if word is None:
        return []
    amount_mention = _amount(view, c0, c1)
    amount = view.money(amount_mention) if amount_mention else None
    clause = text[c0:c1]
    projects = _projects(clause) if _PROJECT_COUNT.may_match(text, c0, c1) else None
    if amount is None and projects is None:
        return []  # read before the sides: most clauses with an investment word tell neither
    company = _investing_company(view, c0, word, companies)
    sides = (
        _company_and_host(view, c0, c1, company, word.end())
        if company is not None
        else _investor_and_host(view, c0, c1)
    )
    if sides is None:
        return []
    investor, host = sides
    fact = new_fact(
        view.evidence(*sentence),
        investor,
        host,
        company=company.data["name"] if company else None,
        amount=amount,
        projects=projects,
        as_of=_as_of(view, c0, c1, amount_mention, stock=True) or _opening_as_of(view, sentence, c0),
        rank=_rank(clause) or _rank_told_after(text, c1, sentence[1]),
    )
    total = _total_brought(view, amount_mention, c1) if amount_mention else None
    if total is not None:
        return [
            fact,
            {**fact, "amount": view.money(total), "projects": None, "as_of": _dated_after(view, total, c1)},
        ]
    change = _change_of(view, c0, c1, amount_mention) if amount_mention else None
    if change is None:
        return [fact]
    earlier, later = change
    # The later amount keeps what the clause says of the stock now (projects, rank); the earlier one its date.
    return [
        {
            **fact,
            "amount": view.money(earlier),
            "projects": None,
            "rank": None,
            "as_of": _dated_after(view, earlier, c1),
        },
        {**fact, "amount": view.money(later), "as_of": _as_of(view, c0, c1, later, stock=True)},
    ]


def _total_brought(view: DocView, outlay: Mention, end: int) -> Mention | None:
    """The total an outlay brings the stock to, told after it in the clause: "poured $200 million into
    Vietnam, bringing their total capital there to $1.5 billion"."""
    text = view.text
    return next(
        (
            m
            for m in view.within("money", outlay.end, end)
            if TOTAL_BROUGHT_BEFORE.search(text, max(outlay.end, m.start - 80), m.start)
        ),
        None,
    )


def _change_of(view: DocView, c0: int, c1: int, amount: Mention) -> tuple[Mention, Mention] | None:
    """(earlier, later) amounts of a stock told as a change, one of them ``amount``: "has increased from $100
    million in 2008 to $2.4 billion currently", "rose sharply to $3 billion in 2023 from about $100
    million"; None if the clause tells no change."""
    text = view.text
    if not CHANGE_VERB.search(text, c0, c1):
        return None
    figures = view.within("money", c0, c1)
    froms = [m for m in figures if CHANGED_FROM.search(text, max(c0, m.start - 30), m.start)]
    tos = [m for m in figures if CHANGED_TO.search(text, max(c0, m.start - 30), m.start)]
    if amount in froms and tos:
        later = [m for m in tos if m.start > amount.end]
        return (amount, later[0]) if later else None
    if amount in tos and froms:
        return froms[0], amount
    return None


def _dated_after(view: DocView, amount: Mention, end: int) -> str | None:
    """The date right after ``amount`` ("$100 million in 2008"): an earlier amount of a change is dated by
    its own date only."""
    after = [
        d
        for d in view.within("date", amount.end, end)
        if YEAR_AFTER_AMOUNT.match(view.text[amount.end : d.start])
    ]
    if not after:
        return None
    start, stop = view.span_of(after[0])
    value = stop or start
    if not value:
        return None
    return value[:4] if after[0].data.get("month") is None else value[:7]


def new_fact(
    evidence: dict[str, Any],
    investor: str,
    host: str,
    *,
    company: str | None = None,
    amount: dict[str, Any] | None = None,
    projects: int | None = None,
    as_of: str | None = None,
    rank: dict[str, int] | None = None,
) -> dict[str, Any]:
    """An investment fact record, with the fields the text did not give left empty."""
    return {
        "type": "investment",
        "evidence": evidence,
        "investor": investor,
        "host": host,
        "company": company,
        "amount": amount,
        "projects": projects,
        "as_of": as_of,
        "rank": rank,
    }


def _rank_told_after(text: str, c1: int, s1: int) -> dict[str, int] | None:
    """The rank a comparison right after the clause gives it: "..., ranking fourth among 81 countries"."""
    if c1 >= s1 or not _COMPARISON_OPENS.match(text, c1):
        return None
    following = _CLAUSE_BREAK.search(text, c1 + 1, s1)
    return _rank(text[c1 : following.start() if following else s1])


_COMPARISON_OPENS = re.compile(rf"(?i),\s(?:far\s)?(?:{'|'.join(COMPARISON_WORDS)})\s")


def _rank(clause: str) -> dict[str, int] | None:
    m = RANK.search(clause) or RANK_AS_INVESTOR.search(clause)
    if m is None:
        return None
    position = parse_ordinal(m.group("pos"))
    return {"position": position, "of": int(m.group("of"))} if position else None


def _investing_company(
    view: DocView, c0: int, word: re.Match[str], companies: Companies | None = None
) -> Mention | None:
    """A company of one side named before the investment word: "Novatek plans to invest $1 billion"; or
    right after it with "by": "the joint venture project invested by PetroVietnam"."""
    by = INVESTED_BY_AFTER.match(view.text, word.end())
    if by is not None:
        named = _companies_within(view, companies, by.end(), by.end() + 80)
        if named and WORDS_BEFORE_NAME.fullmatch(view.text, by.end(), named[0].start):
            return named[0]
    named = _companies_within(view, companies, c0, word.start())
    return named[-1] if named else None


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
    """Every mention of a company of one side: the known ones, those the text introduces with their side
    ("Vietnamese dairy company TH Milk ..."), wherever their name recurs, and those it describes by their
    side with no name ("Vietnam's giant milk company"), named as the company of that side named last
    before them, if any. In text order."""
    found = [o for o in view.mentions["org"] if o.data.get("side") in SIDES]
    text = view.text
    introduced: dict[str, str] = {}
    described: list[Mention] = []
    for p in _company_leads(view):
        m = _INTRO_OR_APPOSITION.match(text, p.end)
        if m is None:
            continue
        if m.group("described") is not None:
            if AFTER_PREPOSITION.search(text, max(0, p.start - 12), p.start):
                continue  # "a loan from a Russian bank", "a contract with a Vietnamese firm": no subject
            data = {"name": None, "side": p.data["side"], "kind": "company", "described": True}
            described.append(Mention(p.start, m.end(), "org", "ORG", text[p.start : m.end()], data))
        elif m.group("apposition") is None:
            introduced.setdefault(m.group("name") or m.group("lead") or m.group("bare"), p.data["side"])
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
    found.sort(key=lambda o: o.start)
    return sorted([*found, *(_named_as_before(d, found) for d in described)], key=lambda o: o.start)


def _company_leads(view: DocView) -> list[Mention]:
    """The places of a side that a company's introduction or description may follow
    (``_INTRO_OR_APPOSITION``): those followed by a space, "'s" or "-based", with a company noun close after
    them or a bare name's "'s"/"-based". Anchored at the place's end: most places fail at once, cheaper than
    scanning for the nouns."""
    text = view.text
    return [
        p
        for p in view.mentions["place"]
        if text[p.end : p.end + 1] in _LEADS
        and p.data.get("side") in SIDES
        # the anchored match first: after "Russia's" the nouns need not be looked for
        and (_POSSESSIVE_OR_BASED.match(text, p.end) or _NOUN_NEAR.search(text, p.end, p.end + 50))
    ]


def _named_as_before(described: Mention, named: list[Mention]) -> Mention:
    """A described company ("the Vietnamese firm") as the company of its side named last before it."""
    side = described.data["side"]
    before = [o for o in named if o.end <= described.start and o.data["side"] == side]
    if not before:
        return described
    return Mention(
        described.start,
        described.end,
        "org",
        "ORG",
        described.text,
        {**described.data, "name": before[-1].data["name"]},
    )


def _investing_side(company: dict[str, Any]) -> str:
    """The side whose investment a company's is: its own, or for a joint venture of both sides the side of
    the partner from abroad (``investor`` in ``patterns/orgs.jsonl``: Rusvietpetro, a venture in Russia, is
    Vietnam's investment there)."""
    return company.get("investor") or company["side"]


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
    if company.data.get("described") and not named_here and not COMPANY_SUBJECT_OUTLAY.match(text, s0, s1):
        return []  # a company only described owns no project's cost: a contractor or lender may be meant
    recent = [c for c in before if view.sentences_between(view.sentence_of(c.start), i) <= 2]
    if not named_here and len({_investing_side(c.data) for c in recent}) > 1:
        return []  # companies of both sides named just before (partners, a joint venture): whose project?
    side = _investing_side(company.data)
    places = _places_outside(view, s0, s1, company)
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
        new_fact(
            view.evidence(s0, s1),
            side,
            host,
            company=company.data["name"],
            amount=view.money(amount_mention),
            as_of=_as_of(view, s0, s1, amount_mention),
        )
    ]


def _locality_breakdown(view: DocView, i: int, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One fact per city or province listed with its own count in a breakdown of one side's stock: "Russia
    has invested in 31 localities; Khanh Hoa tops the list with 8 projects worth $1.1 billion, followed
    by Hanoi with 20 projects capitalised at $96 million". The investor is the other side, named in the
    sentence outside the listed places, else that of the stock told just before (``found``: the facts of
    the sentences before); each place's figures lie between it and the next place of its side."""
    s0, s1 = view.sents[i]
    text = view.text
    places = view.within("place", s0, s1)
    if text.find("roject", s0, s1) == -1 or text.find("with ", s0, s1) == -1:
        return []
    listed = [(p, m) for p in places if p.label == "CITY" and (m := LOCALITY_PROJECTS.match(text, p.end, s1))]
    if not listed:
        return []
    sides = {p.data["side"] for p, _ in listed}
    if len(sides) != 1:
        return []  # listed places of both sides
    investor = _other(next(iter(sides)))
    listed_at = {p.start for p, _ in listed}
    others = {p.data["side"] for p in places if p.start not in listed_at and p.data["side"] not in sides}
    # the stock broken down: told just before (a fact, or the side's capital named), then the sentence's
    # counted projects are of it ("Khanh Hoa comes second with 17 projects and around $210 million")
    told_before = _stock_before(view, i, found, investor) is not None
    told_before = (
        told_before or _invests_just_before(view, i, investor) or _locality_just_before(view, i, found)
    )
    if others != {investor} and (others or not told_before):
        return []  # a third country named, or the investor named neither here nor by the stock before
    if not told_before and not _investment_word(text, s0, s1):
        return []
    facts = []
    for place, m in listed:
        # its figures: up to the next place of its side ("..., followed by Hanoi with ...")
        end = min([q.start for q in places if q.start > place.end and q.data["side"] in sides] + [s1])
        amount_mention = _amount(view, m.end(), end) or _amount_after_count(view, m.end(), end)
        amount = view.money(amount_mention) if amount_mention else None
        projects = parse_count(m.group("n"))
        facts.append(
            new_fact(view.evidence(s0, s1), investor, place.data["name"], amount=amount, projects=projects)
        )
    return facts


def _amount_after_count(view: DocView, at: int, end: int) -> Mention | None:
    """The figure right after a locality's count: "with 17 projects and around $210 million"."""
    money = next(iter(view.within("money", at, end)), None)
    if money is None or not LOCALITY_AMOUNT_AFTER.match(view.text[at : money.start]):
        return None
    return _in_dollars(view, money)


def _invests_just_before(view: DocView, i: int, investor: str) -> bool:
    """Whether the sentence before names the investor's side as investing ("Most of the Russian capital is
    concentrated in energy."): the breakdown that follows is of its stock."""
    if i == 0:
        return False
    b0, b1 = view.sents[i - 1]
    return any(
        p.data["side"] == investor
        and (SIDE_INVESTMENT_AFTER.match(view.text, p.end) or _SHARE_OF_CAPITAL.search(view.text, b0, p.end))
        for p in view.within("place", b0, b1)
    )


def _locality_just_before(view: DocView, i: int, found: list[dict[str, Any]]) -> bool:
    """Whether a sentence just before gave a locality's share of the stock: "Ba Ria-Vung Tau leads with 21
    projects. ... Khanh Hoa comes second with 17 projects" goes on with its breakdown."""
    return any(
        f["host"] not in SIDES and view.sentences_between(view.sentence_of(f["evidence"]["start"]), i) <= 3
        for f in found[-3:]
    )


# "Most of the Russian capital": a share of a side's money, not its capital city (read as a place).
_SHARE_OF_CAPITAL = re.compile(
    r"(?i)\b(?:most|much|part|half|all|some|the\sbulk|a\sshare)\sof\sthe\s\w+\scapital$"
)


def _not_of_localities(facts: list[dict[str, Any]], localities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The sentence's facts less those that took a listed locality's figures as their own."""
    taken = {(f["projects"], _amount_value(f)) for f in localities}
    return [f for f in facts if (f["projects"], _amount_value(f)) not in taken]


def _amount_value(fact: dict[str, Any]) -> float | None:
    return fact["amount"]["amount"] if fact["amount"] else None


def _stock_before(
    view: DocView, i: int, found: list[dict[str, Any]], investor: str | None = None
) -> dict[str, Any] | None:
    """The last fact of the two sentences before sentence ``i`` (of ``investor``, if given), whose host is
    a country: the stock a sentence may go on to break down."""
    s0 = view.sents[i][0]
    for fact in reversed(found):
        if fact["evidence"]["end"] > s0:
            continue
        if view.sentences_between(view.sentence_of(fact["evidence"]["start"]), i) > 2:
            return None
        if fact["host"] in SIDES and investor in (None, fact["investor"]):
            return fact
    return None


def _company_in_stock(view: DocView, i: int, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A company's capital told right after its name, as part of a side's stock told just before: "Vietnam
    has 19 projects in Russia. ... The Hanoi-Moscow Trade Centre Company, with registered capital of $190
    million, runs hotels in Moscow." (the stock a fact of one of the two sentences before; the company of
    no side or of its investor's), or as a joint venture's, which is the investment of its partner from
    abroad where it stands ("Vietsovpetro, with charter capital of $1.5 billion"). The places of the
    sentence are all on the host's side."""
    s0, s1 = view.sents[i]
    text = view.text
    for org in view.within("org", s0, s1):
        money = view.within("money", org.end, min(s1, org.end + 80))
        if not money or not CAPITAL_AFTER_NAME.match(text, org.end, money[0].start):
            continue
        stock = None if org.data.get("investor") else _stock_before(view, i, found)
        if org.data.get("investor"):
            investor, host = org.data["investor"], org.data["side"]
        elif stock is not None and org.data.get("side") in (None, stock["investor"]):
            investor, host = stock["investor"], stock["host"]
        else:
            continue
        if any(p.data["side"] != host for p in _places_outside(view, s0, s1, org)):
            return []
        amount = view.money(_in_dollars(view, money[0]))
        return [new_fact(view.evidence(s0, s1), investor, host, company=org.data["name"], amount=amount)]
    return []


def _other(side: str) -> str:
    return "RU" if side == "VN" else "VN"


def _in_dollars(view: DocView, m: Mention) -> Mention:
    """The dollar figure a figure in another currency is given as, in brackets right after it ("19 billion
    rubles (more than US$210 million)"), else the figure itself."""
    if view.money(m) is None or view.money(m)["currency"] == "USD":
        return m
    after = view.within("money", m.end, m.end + 40)
    if after and DOLLARS_IN_BRACKETS.match(view.text, m.end, after[0].start):
        dollars = view.money(after[0])
        if dollars is not None and dollars["currency"] == "USD":
            return after[0]
    return m


def _project_amount(view: DocView, s0: int, s1: int) -> Mention | None:
    """The figure an outlay word leads to ("costs $2.7 billion") or follows ("$155 million is to be
    invested"), not trade or loan money."""
    text = view.text
    for m in view.within("money", s0, s1):
        left = text[max(s0, m.start - 60) : m.start]
        if NOT_INVESTMENT_MONEY.search(left[-30:]):
            continue
        if (
            PROJECT_MONEY_BEFORE.search(left)
            or MONEY_INVESTED_AFTER.match(text, m.end)
            or MONEY_OF_PROJECT_AFTER.match(text, m.end)
        ):
            return _in_dollars(view, m)
    return None


def _company_and_host(
    view: DocView, c0: int, c1: int, company: Mention, word_end: int
) -> tuple[str, str] | None:
    """The company's side invests in the place its outlay goes to: the first place after the investment
    word (ending at ``word_end``) named after "in"/"into", else the first of the other side named after
    it, else anywhere in the clause. None if that place is on the company's own side ("Russian carmaker X
    will inject $40 million into its plant in Kaliningrad to assemble Vietnamese cars"). The places of the
    company's own words ("the Vietnamese firm", "the Hanoi-Moscow Trade Centre") are no host."""
    text = view.text
    side = _investing_side(company.data)
    places = [p for p in _places_outside(view, c0, c1, company) if p.data["side"] in SIDES]
    if any(p.data["side"] == "OTHER" and p.label != "BLOC" for p in view.within("place", c0, c1)):
        return None
    after = [p for p in places if p.start >= word_end]
    located = [p for p in after if _prep_before(text, p) in ("in", "into")]
    if located and located[0].data["side"] == side:
        return None
    # of the other side: where the outlay goes, else named after the investment word, else anywhere
    hosts = next(
        (
            found
            for group in (located, after, places)
            if (found := [p for p in group if p.data["side"] != side])
        ),
        [],
    )
    preferred = [p for p in hosts if _prep_before(text, p) in ("in", "into")]
    host = (preferred or hosts or [None])[0]
    if host is None:
        # a joint venture invests where it stands: "Rusvietpetro invested $300 million in new wells"
        return (side, company.data["side"]) if company.data.get("investor") and not places else None
    return side, _project_host(text, host)


def _places_outside(view: DocView, start: int, end: int, company: Mention) -> list[Mention]:
    """The places in [start, end) that are not words of the company's mention or of an organisation's name
    ("the Vietnam Oil and Gas Group")."""
    names = [company, *view.within("org", start, end)]
    return [p for p in view.within("place", start, end) if not any(o.start <= p.start < o.end for o in names)]


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


def _is_of(text: str, p: Mention) -> bool:
    """The place owns the investment named right before it: "the investment capital of Vietnamese firms"."""
    return INVESTMENT_OF.search(text, max(0, p.start - 50), p.start) is not None


def _prep_before(text: str, p: Mention) -> str:
    m = re.search(r"(?i)\b(from|in|into|to|of)\s(?:the\s|an?\s)?$", text[max(0, p.start - 10) : p.start])
    return m.group(1).lower() if m else ""


def _is_invested_in(text: str, p: Mention) -> bool:
    """The place is where the investment goes: "projects in Vietnam", "invested into Russia", "investment
    capital to Vietnam" ("to" only after an investment noun: not "exports to Russia", "came to")."""
    prep = _prep_before(text, p)
    return prep in ("in", "into") or (
        prep == "to" and INVESTMENT_TO.search(text, max(0, p.start - 50), p.start) is not None
    )


def _investor_and_host(view: DocView, s0: int, s1: int) -> tuple[str, str] | None:
    """(investor, host) from "X has N projects in Y", "Y attracted ... from X", "X invested in Y",
    "X is Y's 18th largest investor"; a subject that stands for a place named before ("The city has 30
    projects in Russia") is that place."""
    text = view.text
    s0 = _after_attribution(text, s0, s1)
    places = view.within("place", s0, s1)
    if any(p.data["side"] == "OTHER" and p.label != "BLOC" for p in places):
        return None
    places = [p for p in places if p.data["side"] in SIDES]
    funded = _side_funded(view, s0, s1, places) or _side_firms(view, s0, s1, places)
    if funded is not None:
        return funded
    if len({p.data["side"] for p in places}) == 1:
        places = _with_referred_subject(view, s0, s1, places)
    if len({p.data["side"] for p in places}) == 1:
        return _in_the_other_country(view, s0, s1, places)
    if len({p.data["side"] for p in places}) < 2:
        return None
    possessive = _host_possessive(text, places)
    if possessive is not None:
        return possessive
    # "FDI from Russia", "projects run by Russia", "investment ... by a Vietnamese company", "the investment
    # of Russian firms in Vietnam"
    from_places = [
        p for p in places if _prep_before(text, p) == "from" or _is_run_by(text, p) or _is_of(text, p)
    ]
    in_places = [p for p in places if _is_invested_in(text, p)]
    attracted = _ATTRACTED.search(text, s0, s1) or _HOSTS.search(text, s0, s1)
    hosted = _hosted_from(places, attracted, from_places)
    if hosted is not None:
        return hosted
    if from_places and in_places and from_places[0].data["side"] != in_places[0].data["side"]:
        return _name(from_places[0]), _name(in_places[0])
    if from_places and not in_places:  # "Khanh Hoa has 12 FDI projects from Russia"
        hosted = _hosted_from(places, _HAS_PROJECTS.search(text, s0, s1), from_places)
        if hosted is not None:
            return hosted
    # Each verb in turn: "Russia ranks 23rd ... with 200 projects" fails on "with", holds on "investing in".
    # "Russian FDI in Vietnam": the side named before "FDI"/"investment" invests in the place after it.
    verbs = [
        *_HAS_PROJECTS.finditer(text, s0, s1),
        *_INVESTMENT_WORD.finditer(text, s0, s1),
        *_CAPITAL_STOCK.finditer(text, s0, s1),
    ]
    for verb in verbs:
        subject = [p for p in places if p.end <= verb.start()]
        hosts = [p for p in in_places if p.start >= verb.end()]
        if subject and hosts and subject[-1].data["side"] != hosts[0].data["side"]:
            return _name(subject[-1]), _name(hosts[0])
    return None


def _after_attribution(text: str, s0: int, s1: int) -> int:
    """Where the sentence's own words start after its source ("According to the Foreign Investment Agency
    of Vietnam's Ministry of Planning and Investment, Russia had ..."): the source's places and words
    ("Investment") are not the stock's."""
    source = ATTRIBUTION_LEAD.match(text, s0, s1)
    return source.end() if source else s0


def _in_the_other_country(view: DocView, s0: int, s1: int, places: list[Mention]) -> tuple[str, str] | None:
    """(investor, host) of "Russia had 125 projects in the country": a side's stock "in the country" is in
    the other side, as no side's stock at home is told."""
    verb = _HAS_PROJECTS.search(view.text, s0, s1)
    if verb is None:
        return None
    subject = [p for p in places if p.end <= verb.start()]
    if not subject or not COUNTRY_HOST.search(view.text, verb.end(), s1):
        return None
    side = subject[-1].data["side"]
    return side, _other(side)


def _hosted_from(
    places: list[Mention], verb: re.Match[str] | None, from_places: list[Mention]
) -> tuple[str, str] | None:
    """(investor, host) of "Y attracted ... from X", "Y is home to projects run by X": the host is the
    subject of ``verb``, the last place before it, of the other side than the first of ``from_places``."""
    if verb is None or not from_places:
        return None
    subject = [p for p in places if p.end <= verb.start()]
    if not subject or subject[-1].data["side"] == from_places[0].data["side"]:
        return None
    # a city and its country in apposition ("Moscow, the capital of Russia, attracted"): the city
    side = subject[-1].data["side"]
    host = next((p for p in subject if p.label == "CITY" and p.data["side"] == side), subject[-1])
    return _name(from_places[0]), _name(host)


def _host_possessive(text: str, places: list[Mention]) -> tuple[str, str] | None:
    """(investor, host) of "Russia is Vietnam's 18th largest source of foreign investment": the host named
    with "'s" before the investor noun, the investor the place of the other side right before it."""
    for before, p in pairwise(places):
        if (
            HOST_POSSESSIVE.match(text, p.end)
            and before.data["side"] != p.data["side"]
            and INVESTOR_IS.match(text[before.end : p.start])
        ):
            return _name(before), _name(p)
    return None


def _with_referred_subject(view: DocView, s0: int, s1: int, places: list[Mention]) -> list[Mention]:
    """``places`` and the place a sentence's subject stands for, when it names the other side: "The city has
    30 projects in Russia" (the city of Vietnam named last before), "It is home to 10 projects by Russia"."""
    ref = PLACE_REFERENCE.match(view.text, s0, s1)
    if ref is None:
        return places
    other = _other(places[0].data["side"])
    city = ref.group("city")
    kind = city.split()[-1].lower() if city else None
    named = _city_named_before(view, s0, other, kind=kind) if city else _place_named_before(view, s0, other)
    if not named:
        return places
    referred = Mention(
        ref.start("ref"), ref.end("ref"), "place", named[0].label, ref.group("ref"), named[0].data
    )
    return [referred, *places]


def _side_funded(view: DocView, s0: int, s1: int, places: list[Mention]) -> tuple[str, str] | None:
    """(investor, host) of projects named by their investor's side: "Da Nang has 9 Russian-invested
    projects", "Russian-backed projects in Ho Chi Minh City", "15 projects with Russian capital in the
    province" (the city or province of the other side named last before). The host is the first place of
    the other side in the clause, a city or province by its name."""
    text = view.text
    matches = [*_SIDE_FUNDED.finditer(text, s0, s1), *_SIDE_PROJECTS.finditer(text, s0, s1)]
    for m in matches:
        investors = [p for p in places if p.end == m.start() or m.start() <= p.start < m.end()]
        if not investors:
            continue
        side = investors[0].data["side"]
        hosts = [p for p in places if p.data["side"] == _other(side)]
        reference = HOST_REFERENCE.search(text, s0, s1) if not hosts else None
        if reference is not None:
            hosts = _city_named_before(view, s0, _other(side), kind=reference.group(0).split()[-1].lower())
        elif _PROVINCE_HOSTS.search(text, s0, m.start()):
            # "in Nha Trang on July 1, ... said the province currently hosts 21 Russian-invested projects":
            # the province the story names, not the city of the meeting
            hosts = _provinces_named(view, s1, _other(side))[-1:] or hosts
        return (side, _name(hosts[0])) if hosts else None
    return None


# "the province" as the subject of a stock: "the province currently hosts / has / is home to".
_PROVINCE_HOSTS = re.compile(r"(?i)\bthe\sprovince\s(?:now\s|currently\s)?(?:hosts|has|had|is\shome\sto)\b")


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
        return (_name(investors[-1]), _name(hosts[0])) if hosts else None
    return None


def _city_named_before(view: DocView, s0: int, side: str, *, kind: str | None = None) -> list[Mention]:
    """The city or province of ``side`` a sentence's "the province" stands for: the first named in the
    nearest of the three sentences before that names one ("Can Tho lies in the Mekong Delta. ... in the
    city": the subject, Can Tho); for "the province", one the story calls a province, if any ("Khanh Hoa
    province ... a meeting in Nha Trang ... in the province": Khanh Hoa)."""
    provinces = _provinces_named(view, s0, side) if kind == "province" else []
    return provinces[-1:] or _named_before(view, s0, side, cities_only=True)


def _provinces_named(view: DocView, end: int, side: str) -> list[Mention]:
    """The places of ``side`` named before ``end`` that the story calls provinces, in order."""
    named = [p for p in view.within("place", 0, end) if p.label == "CITY" and p.data["side"] == side]
    return [p for p in named if _called_a_province(view.text, p)]


def _called_a_province(text: str, p: Mention) -> bool:
    """Whether the story calls the place a province: "Khanh Hoa province", "the province of Khanh Hoa",
    "Khanh Hoa Province's"."""
    name = re.escape(p.data["name"])
    return re.search(rf"(?i)\b{name}\s(?:province|provincial)\b|\bprovince\sof\s{name}\b", text) is not None


def _place_named_before(view: DocView, s0: int, side: str) -> list[Mention]:
    """The place of ``side`` a sentence's "It" stands for: the first, city or country, named in the nearest
    of the three sentences before that names one."""
    return _named_before(view, s0, side, cities_only=False)


def _named_before(view: DocView, s0: int, side: str, *, cities_only: bool) -> list[Mention]:
    i = view.sentence_of(s0)
    for k in range(i - 1, max(-1, i - 4), -1):
        named = [
            p
            for p in view.within("place", *view.sents[k])
            if p.data["side"] == side and (p.label == "CITY" or not cities_only)
        ]
        if named:
            return named[:1]
    return []


def _amount(view: DocView, s0: int, s1: int) -> Mention | None:
    """The first figure in [s0, s1) that an investment word leads to: "capital of $X", "attracted $X",
    "invest $X", or a total's verb after the investment named before it ("investment ... came to $X")."""
    text = view.text
    for m in view.within("money", s0, s1):
        left = text[max(s0, m.start - 60) : m.start]
        if NOT_INVESTMENT_MONEY.search(left[-30:]):
            continue
        if (
            CAPITAL_BEFORE.search(left)
            or ATTRACTED.search(left[-40:])
            or OUTLAY_BEFORE.search(left[-40:])
            or (TOTAL_VERB_BEFORE.search(left[-40:]) and _total_of_investment(text, s0, m.start))
        ):
            return _in_dollars(view, m)
    return None


def _total_of_investment(text: str, s0: int, figure: int) -> bool:
    """Whether the investment named last before a total's figure is what the total's verb tells of, with no
    clause of another subject between: "investment capital of Vietnamese firms in Russia came to $4.6
    billion", not "Russian investment is modest, and Vietnam's GDP reached $400 billion"."""
    words = list(_INVESTMENT_WORD.finditer(text, s0, figure)) or list(
        _CAPITAL_STOCK.finditer(text, s0, figure)
    )
    return bool(words) and OTHER_SUBJECT.search(text, words[-1].end(), figure) is None


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
        whole_year = chosen.data.get("month") is None and chosen.data.get("prep") not in _AS_OF_PREPS
        return (value[:4] if whole_year else value[:7]) if value else None
    if _UP_TO_NOW.search(view.text, s0, s1) or (
        stock and amount is not None and _stands_now(view.text, s0, amount)
    ):
        doc = parse_iso(view.doc_date)
        return iso(doc[0], doc[1]) if doc else None
    return None


def _opening_as_of(view: DocView, sentence: tuple[int, int], c0: int) -> str | None:
    """The date a sentence opens with, as of which each of its clauses tells a stock: "As of June 2016,
    Russia had 113 projects ..., while Vietnam ran 20 projects ..." (the second clause's too)."""
    s0 = sentence[0]
    if c0 <= s0:
        return None
    first = next(iter(view.within("date", s0, c0)), None)
    if first is None or first.data.get("prep") not in _AS_OF_PREPS:
        return None
    if view.text[s0 : first.start].strip().lower() not in ("", first.data["prep"]):
        return None  # not the sentence's opening: "Russia had 113 projects as of June 2016, while ..."
    return _as_of(view, s0, first.end)


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
    kept = list(best.values())
    return [f for f in kept if not any(g is not f and _tells_more(g, f) for g in kept)]


def _told(f: dict[str, Any]) -> dict[str, Any]:
    return {"amount": _amount_value(f), "projects": f["projects"], "as_of": f["as_of"]}


def _tells_more(g: dict[str, Any], f: dict[str, Any]) -> bool:
    """Whether ``g`` tells the stock ``f`` tells and more of it: a headline's "Russia has 213 projects in
    Vietnam" beside its lead's "213 projects ... with registered capital of $991.6 million"."""
    if (g["investor"], g["host"], g["company"]) != (f["investor"], f["host"], f["company"]):
        return False
    told, more = _told(f), _told(g)
    said = {k: v for k, v in told.items() if v is not None}
    return (
        bool(said)
        and all(more[k] == v for k, v in said.items())
        and len(said) < sum(v is not None for v in more.values())
    )
