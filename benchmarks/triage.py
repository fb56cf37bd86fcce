"""Triage of unlabeled text: sentences that look like facts but gave none, and facts that look weak.

    .venv/bin/python benchmarks/triage.py [FOLDER...] [--show FAMILY]... [--json | --counts-only]
                                          [--by-type] [--articles] [--compare BEFORE.json]

It is how you work the pool (issue 18): run the package's extraction over a folder (default: the shared
pool beside the repo, ``$VNRU_POOL`` elsewhere), split each article into the rules' own sentences (the
``vnru_sentences`` component) and, for every sentence no fact's evidence overlaps, ask loose questions:

  trade        a money figure or percentage, a trade word and a side (Vietnam, Russia, their cities, firms)
  investment   a money figure or "N projects", an investment word and a side or a company
  visit        a trip word, a person, title or delegation, and a place or side other than the person's
  agreement    a signing word ("signed", "inked", "ratified", "in force", "agreed") and a document word

Facts whose sentence seems to state more than the fact holds are "weak", grouped by reason
(``weak:trade-no-period`` ...). The heuristics are deliberately looser than the rules: they find
candidates to read, not facts. A sentence may fall in several families.

The blind round's articles (``benchmarks/blind/pool_sample.txt``, 40) are left out: they are never read.
(A second blind round of 45 was scored blind, then made the development set ``pooldev3`` on 8 Dec 2026.)
``--include-blind`` counts them in the totals and nothing more — their sentences are never shown, and
they are not listed by name. Sentences go to stdout only (they are other people's writing: never save
them in the repo); ``--json`` prints counts only, for before/after comparison with ``--compare``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import orjson

from vnru_facts.api import DocumentResult, iter_extract
from vnru_facts.extract.patterns import load_gazetteer
from vnru_facts.models import AgreementFact, Fact, InvestmentFact, PersonMention, TradeFact, VisitFact
from vnru_facts.read.sources import iter_paths

REPO = Path(__file__).resolve().parents[1]
BLIND_LISTS = tuple(REPO / "benchmarks" / name / "pool_sample.txt" for name in ("blind",))
FAMILIES = ("trade", "investment", "visit", "agreement")
SIDES = ("VN", "RU")

# --- Word lists (data). Each is searched inside one sentence; "near" means "in the same sentence". ----------

# A money figure, looser than normalize.money: a currency sign or code by a number, or a number with a
# scale word and no currency ("4.5 billion", "$2bn", "USD 300 million", "500 billion dong").
# A scaled number followed by a unit of quantity is not money ("1.9 million tons", "180 million people").
_SCALE = r"(?:trillion|billion|million|bn|mln|bln|tln|trln)"
_QUANTITY = (
    r"(?!\s(?:of\s)?(?:tons?|tonnes?|barrels?|cubic|square|hectares?|ha|people|visitors|tourists|passengers"
    r"|doses|units|litres|liters|kWh|kilowatt|cows|heads?|metres|meters|km|residents|inhabitants|users)\b)"
)
MONEY = re.compile(
    rf"(?:US\s?\$|USD|VN[DĐ]|RUB|EUR|[$€₽])\s?\d[\d.,]*(?:\s?(?:{_SCALE}|[bmk])\b)?"
    rf"|\d(?:[\d.,]*\d)?\s?{_SCALE}\b{_QUANTITY}(?:\s?(?:USD|VND|dong|roubles?|rubles?|dollars?|euros?)\b)?"
    r"|\d(?:[\d.,]*\d)?\s?(?:USD|VND|dong|roubles?|rubles?|dollars?|euros?)\b",
    re.IGNORECASE,
)
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)"
# A percentage: "26%", "26.5 percent", "26 per cent", "20 pct", "twenty percent".
PERCENT = re.compile(rf"(?:\d[\d.,]*|\b{_NUMBER_WORD})\s?(?:%|per\s?cent\b|pct\b)", re.IGNORECASE)
# "12 projects", "more than 200 investment projects", "dozens of projects" (counted projects).
PROJECTS = re.compile(
    r"(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)(?:\sof)?)"
    r"\s(?:[\w-]+\s){0,2}projects?\b",
    re.IGNORECASE,
)
# Trade: the exchange of goods named by its usual nouns and verbs ("turnover", "exports", "shipped").
TRADE_WORD = re.compile(
    r"\b(?:trade[ds]?|trading|turnover|exports?|exported|exporting|exporters?|imports?|imported|importing"
    r"|importers?|shipments?|shipped|commerce|purchases?|purchased|sales|sold)\b",
    re.IGNORECASE,
)
# Investment: money put into a venture ("invested", "capital", "FDI", "joint venture", "stake", "funding").
INVEST_WORD = re.compile(
    r"\b(?:invest\w*|capital|projects?|FDI|joint[\s-]ventures?|JVs?|stakes?|funding|funded|financ\w*"
    r"|disburs\w*|equity)\b",
    re.IGNORECASE,
)
# A company in general, for investments by a firm the gazetteer does not know ("Novatek", "a Russian firm").
COMPANY_WORD = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|corporations?|enterprises?|businesses|group|JSC|PJSC|Corp\.?|LLC|Ltd"
    r"|investors?|bank|fund)\b",
    re.IGNORECASE,
)
# A trip: the visit itself, arriving and leaving, and the host's side of it ("welcomed", "received").
TRIP_WORD = re.compile(
    r"\b(?:visit\w*|trips?|tour(?:s|ed|ing)?|journey|arriv\w*|travel\w*|landed|flew|depart(?:s|ed|ing|ure)|welcom\w*|hosted"
    r"|received|receiving|greeted|stay(?:ed|ing)?|came\sto|headed\sto|went\sto)\b",
    re.IGNORECASE,
)
# Who travels, besides the titles of the gazetteer (titles.jsonl) and the people the document names.
ROLE_WORD = re.compile(
    r"\b(?:delegations?|ministers?|ambassadors?|envoys?|governor|mayor|chair(?:man|woman|person)?|speaker"
    r"|secretary|leaders?|officials?|deputy|senators?|lawmakers|parliamentarians|legislators|commander"
    r"|director|CEO|president|premier|head\sof)\b",
    re.IGNORECASE,
)
# Signing and its aftermath: "signed", "inked", "ratified", "in force", "took effect", "agreed", "concluded".
SIGN_WORD = re.compile(
    r"\b(?:sign(?:s|ed|ing|ings|atory|atories)?|ink(?:s|ed|ing)?|ratif\w*|in\sforce|into\sforce|took\seffect|takes\seffect|agreed|agrees"
    r"|conclud\w*|initial(?:l)?ed|exchanged|adopted)\b",
    re.IGNORECASE,
)
# A document's name, common nouns only: named titles start with one of these too.
DOCUMENT_WORD = re.compile(
    r"\b(?:agreements?|memorand(?:um|a)|MoUs?|MOUs?|treat(?:y|ies)|protocols?|accords?|contracts?|deals?"
    r"|conventions?|declarations?|joint\sstatements?|statements?|plans?|programmes?|programs?|roadmaps?"
    r"|documents?|charters?|minutes|letters?\sof\sintent|arrangements?)\b",
    re.IGNORECASE,
)

# --- What a fact's sentence may state (for weak facts). --------------------------------------------------

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# A year, or a period in words: "2024", "last year", "the first 11 months", "the second quarter", "Q3".
PERIOD = re.compile(
    rf"\b(?:19|20)\d\d\b|\b(?:last|this|previous|past)\syear\b|\bfirst\s[\w-]+\smonths\b|\bquarter\b"
    rf"|\bQ[1-4]\b|\b{_MONTH}(?=\s|,)",
    re.IGNORECASE,
)
# A date a visit or signing can start on: a month with or without its day, a weekday, a numeric date,
# or a relative day ("June 20", "20 June", "in March", "on Monday", "20/06/2024", "yesterday").
DAY_DATE = re.compile(
    rf"\b{_MONTH}(?=\s|,)|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:today|yesterday|tomorrow|this\sweek|next\sweek|last\sweek)\b",
)
# A count of documents: "12 documents", "over 10 agreements", "a dozen cooperation documents".
DOCUMENT_COUNT = re.compile(
    r"(?:\b\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens))"
    r"\s(?:[\w-]+\s){0,3}(?:documents|agreements|memorand(?:a|ums)|MoUs|MOUs|deals|contracts|treaties)\b",
    re.IGNORECASE,
)


# --- Gazetteers of the package: the sides (countries, cities, firms), the cities, the titles. -------------


@cache
def side_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex over every Vietnamese or Russian place, nationality and firm of the gazetteers, and
    the side of each alias."""
    sides = {
        alias: row["side"]
        for name in ("places", "orgs")
        for row in load_gazetteer(name)
        if row.get("side") in SIDES
        for alias in row["aliases"]
    }
    return _alternation(sides), sides


@cache
def city_words() -> re.Pattern[str]:
    """A city or region of either side ("Hanoi", "St. Petersburg", "the Mekong Delta")."""
    return _alternation(
        alias
        for row in load_gazetteer("places")
        if row.get("side") in SIDES and row.get("kind") == "city"
        for alias in row["aliases"]
    )


@cache
def title_words() -> re.Pattern[str]:
    """Every title of the titles gazetteer ("Prime Minister", "Party chief", "State President")."""
    return _alternation(alias for row in load_gazetteer("titles") for alias in row["aliases"])


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(set(words), key=len, reverse=True)  # longest first: "Russian Far East" before "Russian"
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, ordered))})(?!\w)")


# --- Sentences. ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@cache
def _sentence_nlp() -> Any:
    """spaCy's blank English tokenizer and the rules' sentence component, nothing else."""
    import spacy

    import vnru_facts.pipeline  # noqa: F401  (registers the package's factories)
    from vnru_facts.read.sources import MAX_BYTES

    nlp = spacy.blank("en")
    nlp.add_pipe("vnru_sentences")
    nlp.max_length = MAX_BYTES
    return nlp


def sentences(text: str) -> list[Sentence]:
    """The sentences the rules read, as offsets into ``text`` (the string the evidence offsets index)."""
    doc = _sentence_nlp()(text)
    found = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        if text[start:end].strip():
            found.append(Sentence(start, end, text[start:end]))
    return found


# --- Silent sentences: fact-like, no fact. ---------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """A person the document names: how to find them in a sentence, and their side when known."""

    pattern: re.Pattern[str]
    country: str | None


def document_people(people: Sequence[PersonMention]) -> list[Person]:
    """Each official the pipeline named, found again by full name or (Russian names) surname, in ascii."""
    found: dict[str, Person] = {}
    for person in people:
        name = _ascii(person.name)
        forms = {name}
        if person.country != "VN" and " " in name:  # Vietnamese are named in full; others by surname too
            forms.add(name.rsplit(" ", 1)[1])
        key = "|".join(sorted(forms))
        if key not in found:
            found[key] = Person(_alternation(forms), person.country)
    return list(found.values())


def _ascii(text: str) -> str:
    """``text`` without diacritics ("Phạm Minh Chính" -> "Pham Minh Chinh"; "Đ" -> "D")."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def families_of(text: str, *, people: Sequence[Person] = ()) -> dict[str, list[str]]:
    """The families ``text`` looks like, each with the words that made it so (its cues)."""
    pattern, side_of = side_words()
    side_hits = [m.group() for m in pattern.finditer(text)]
    sides = {side_of[hit] for hit in side_hits}
    money = MONEY.search(text) or PERCENT.search(text)
    found: dict[str, list[str]] = {}
    if money and sides and (trade := TRADE_WORD.search(text)):
        found["trade"] = [money.group(), trade.group(), side_hits[0]]
    amount = MONEY.search(text) or PROJECTS.search(text)
    owner = side_hits[0] if side_hits else _group(COMPANY_WORD.search(text))
    if amount and owner and (invest := INVEST_WORD.search(text)):
        found["investment"] = [amount.group(), invest.group(), owner]
    if (trip := TRIP_WORD.search(text)) and (visit := _visit_cues(text, side_hits, people)):
        found["visit"] = [trip.group(), *visit]
    if (sign := SIGN_WORD.search(text)) and (document := DOCUMENT_WORD.search(text)):
        found["agreement"] = [sign.group(), document.group()]
    return found


def _visit_cues(text: str, side_hits: list[str], people: Sequence[Person]) -> list[str]:
    """Who and where: a person the document names and a place or side other than theirs, else (no such
    person named here) a title or delegation and any side; empty otherwise."""
    if not side_hits:
        return []
    folded = _ascii(text) if people else text
    named = [(hit, person) for person in people if (hit := person.pattern.search(folded))]
    _, side_of = side_words()
    for hit, person in named:
        if away := [place for place in side_hits if side_of[place] != person.country]:
            return [hit.group(), away[0]]
    if named:  # "Prime Minister Pham Minh Chinh visited Da Nang": at home
        return []
    who = title_words().search(text) or ROLE_WORD.search(text)
    return [who.group(), side_hits[0]] if who else []


def _group(match: re.Match[str] | None) -> str | None:
    return match.group() if match else None


# --- Weak facts: the sentence states more than the fact holds. ----------------------------------------------


def weak_reasons(fact: Fact, sentence: str) -> list[str]:
    """Why ``fact`` looks weak beside ``sentence`` (the sentence(s) its evidence lies in); empty if not."""
    reasons: list[str] = []
    if isinstance(fact, TradeFact):
        if (fact.period is None or fact.period.start is None) and PERIOD.search(sentence):
            reasons.append("trade-no-period")  # "in 2024", "last year" stated, period null
        if fact.value is None and fact.growth is None:
            reasons.append("trade-no-value-or-growth")
        elif fact.value is None and MONEY.search(sentence):
            reasons.append("trade-no-value")  # a money figure stated, value null
    elif isinstance(fact, InvestmentFact):
        if fact.amount is None and fact.projects is None:
            reasons.append("investment-no-amount-or-projects")
        elif fact.amount is None and MONEY.search(sentence):
            reasons.append("investment-no-amount")
        if fact.investor is None or fact.host is None:
            reasons.append("investment-one-side")
    elif isinstance(fact, VisitFact):
        if fact.start is None and DAY_DATE.search(sentence):
            reasons.append("visit-no-start")  # "on June 20", "in March", "on Monday" stated, start null
        if fact.place is None and city_words().search(sentence):
            reasons.append("visit-no-place")
    elif isinstance(fact, AgreementFact):
        if len(fact.title.split()) <= 1:
            reasons.append("agreement-one-word-title")  # "agreement", "MoU": the subject is missing
        if fact.date is None and DAY_DATE.search(sentence):
            reasons.append("agreement-no-date")
        if fact.count is None and DOCUMENT_COUNT.search(sentence):
            reasons.append("agreement-no-count")
    return reasons


# --- One article, one folder. -------------------------------------------------------------------------------


@dataclass
class Flag:
    """One finding: a silent sentence in a family, or a weak fact with its reason."""

    family: str  # "trade" ... or "weak:<reason>"
    source: str
    sentence: Sentence
    cues: list[str] = field(default_factory=list)


@dataclass
class ArticleTriage:
    source: str
    blind: bool = False
    sentences: int = 0
    facts: int = 0
    flags: list[Flag] = field(default_factory=list)
    error: str | None = None


def triage_result(result: DocumentResult, *, blind: bool = False, by_type: bool = False) -> ArticleTriage:
    """The findings of one extracted article. ``by_type``: a sentence is silent in a family when no fact
    of that family's type overlaps it (by default: when no fact at all does)."""
    source = result.document.source if result.document else (result.error.source if result.error else "?")
    article = ArticleTriage(source=source, blind=blind, facts=len(result.facts))
    if result.document is None:
        article.error = result.error.error if result.error else "unreadable"
        return article
    split = sentences(result.text)
    article.sentences = len(split)
    starts = [s.start for s in split]
    people = document_people(result.document.people)
    covered: dict[int, set[str]] = {}
    for fact in result.facts:
        at = _overlapping(split, starts, fact.evidence.start, fact.evidence.end)
        for i in at:
            covered.setdefault(i, set()).add(fact.type)
        context = " ".join(split[i].text for i in at) or fact.evidence.text
        evidence = Sentence(fact.evidence.start, fact.evidence.end, context)
        article.flags += [
            Flag(f"weak:{why}", source, evidence, [fact.id]) for why in weak_reasons(fact, context)
        ]
    for i, sentence in enumerate(split):
        types = covered.get(i)
        if types and not by_type:
            continue
        for family, cues in families_of(sentence.text, people=people).items():
            if not (types and family in types):
                article.flags.append(Flag(family, source, sentence, cues))
    return article


def _overlapping(split: Sequence[Sentence], starts: Sequence[int], start: int, end: int) -> list[int]:
    """Indexes of the sentences that overlap [start, end)."""
    first = max(bisect_left(starts, start + 1) - 1, 0)
    found = []
    for i in range(first, len(split)):
        if split[i].start >= end:
            break
        if split[i].end > start:
            found.append(i)
    return found


def blind_stems(*paths: Path) -> frozenset[str]:
    """The stems of the blind articles (lines not starting with "#") of every list (default: the blind
    round's)."""
    stems: set[str] = set()
    for path in paths or BLIND_LISTS:
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            stems.update(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    return frozenset(stems)


def _stem(source: str) -> str:
    return Path(source).name.split(".", 1)[0]


def triage_paths(
    paths: Sequence[str],
    *,
    blind: frozenset[str] = frozenset(),
    include_blind: bool = False,
    by_type: bool = False,
    jobs: int = 1,
) -> Iterator[ArticleTriage]:
    """The findings of every article under ``paths``; articles whose stem is in ``blind`` are not read
    unless ``include_blind`` (and are then marked, so that nothing shows their sentences)."""
    files = [str(path) for _, path, err in iter_paths(paths) if path is not None and err is None]
    kept = [f for f in files if include_blind or _stem(f) not in blind]
    for result in iter_extract(kept, jobs=jobs):
        source = result.document.source if result.document else ""
        yield triage_result(result, blind=_stem(source) in blind, by_type=by_type)


# --- Counts and output. -------------------------------------------------------------------------------------


def counts(articles: Sequence[ArticleTriage]) -> dict[str, Any]:
    """Totals for before/after comparison: per family the sentences (or weak facts) and the articles."""
    flags = Counter(flag.family for a in articles for flag in a.flags)
    per_article = Counter(family for a in articles for family in {flag.family for flag in a.flags})
    return {
        "articles": len(articles),
        "blind_articles": sum(a.blind for a in articles),
        "errors": sum(a.error is not None for a in articles),
        "sentences": sum(a.sentences for a in articles),
        "facts": sum(a.facts for a in articles),
        "families": {
            family: {"count": flags[family], "articles": per_article[family]} for family in _order(flags)
        },
    }


def _order(flags: Counter[str]) -> list[str]:
    weak = sorted(family for family in flags if family.startswith("weak:"))
    return [*FAMILIES, *weak]


def summary_table(totals: dict[str, Any], *, before: dict[str, Any] | None = None) -> str:
    blind = f" ({totals['blind_articles']} blind: counted, never shown)" if totals["blind_articles"] else ""
    head = (
        f"{totals['articles']} articles{blind}, {totals['sentences']} sentences, "
        f"{totals['facts']} facts, {totals['errors']} errors"
    )
    lines = [head, "", f"{'family':36} {'count':>6} {'articles':>9}" + ("   change" if before else "")]
    old = (before or {}).get("families", {})
    names = list(totals["families"]) + [name for name in old if name not in totals["families"]]
    for name in names:
        now = totals["families"].get(name, {"count": 0, "articles": 0})
        label = name if name.startswith("weak:") else f"{name} (no fact)"
        line = f"{label:36} {now['count']:>6} {now['articles']:>9}"
        if before is not None:
            line += f"   {now['count'] - old.get(name, {}).get('count', 0):+d}"
        lines.append(line)
    return "\n".join(lines)


def article_table(articles: Sequence[ArticleTriage]) -> str:
    """Per article (blind ones left out), the silent sentences of each family and the weak facts."""
    columns = [*FAMILIES, "weak"]
    lines = ["article".ljust(44) + "".join(f"{c:>11}" for c in columns)]
    for a in articles:
        if a.blind or not a.flags:
            continue
        per = Counter(flag.family if flag.family in FAMILIES else "weak" for flag in a.flags)
        lines.append(f"{_stem(a.source)[:43]:44}" + "".join(f"{per[c] or '':>11}" for c in columns))
    return "\n".join(lines)


def shown(articles: Sequence[ArticleTriage], wanted: Sequence[str], *, limit: int | None) -> Iterator[str]:
    """The sentences of the families asked for ("all", "weak", a family, or "weak:<reason>"); never a
    blind article's."""
    for family in _order(Counter(flag.family for a in articles for flag in a.flags)):
        if not _asked(family, wanted):
            continue
        flags = [flag for a in articles if not a.blind for flag in a.flags if flag.family == family]
        yield f"== {family}: {len(flags)}"
        for flag in flags[:limit]:
            text = " ".join(flag.sentence.text.split())
            yield f"{_stem(flag.source)} @{flag.sentence.start} [{'; '.join(flag.cues)}]\n    {text}"


def _asked(family: str, wanted: Sequence[str]) -> bool:
    return any(
        w in ("all", family) or (w == "weak" and family.startswith("weak:")) or family == f"weak:{w}"
        for w in wanted
    )


def default_pool() -> Path:
    """``$VNRU_POOL``, else ``shared/pool`` beside the repo (or beside its worktree folder)."""
    if os.environ.get("VNRU_POOL"):
        return Path(os.environ["VNRU_POOL"])
    candidates = [REPO.parent / "shared" / "pool", REPO.parent.parent / "shared" / "pool"]
    return next((c for c in candidates if c.exists()), candidates[0])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="folders or files (default: the shared pool)")
    parser.add_argument(
        "--show",
        action="append",
        default=[],
        metavar="FAMILY",
        help="print the sentences of FAMILY: trade, investment, visit, agreement, weak, "
        "weak:<reason> or all (repeatable)",
    )
    parser.add_argument("--limit", type=int, default=None, help="at most N sentences per family shown")
    parser.add_argument(
        "--json",
        "--counts-only",
        dest="json",
        action="store_true",
        help="print only the counts, as JSON (never sentences): for --compare",
    )
    parser.add_argument("--articles", action="store_true", help="also a table of findings per article")
    parser.add_argument("--compare", type=Path, help="a previous --json output: show the change per family")
    parser.add_argument(
        "--by-type",
        action="store_true",
        help="a sentence with a fact of another type still counts in a family",
    )
    parser.add_argument(
        "--include-blind",
        action="store_true",
        help="count the blind articles too (their sentences are never shown)",
    )
    parser.add_argument("--blind-list", type=Path, action="append", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)

    paths = args.paths or [str(default_pool())]
    articles = list(
        triage_paths(
            paths,
            blind=blind_stems(*(args.blind_list or ())),
            include_blind=args.include_blind,
            by_type=args.by_type,
            jobs=args.jobs,
        )
    )
    totals = counts(articles)
    if args.json:
        sys.stdout.write(orjson.dumps(totals, option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    before = orjson.loads(args.compare.read_bytes()) if args.compare else None
    print(summary_table(totals, before=before))
    if args.articles:
        print("\n" + article_table(articles))
    for block in shown(articles, args.show, limit=args.limit):
        print(block)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # "| head": the reader has what it wanted
        sys.stderr.close()
        sys.exit(0)
