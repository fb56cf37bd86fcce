"""The pool triage script (benchmarks/triage.py): its loose families, its weak-fact reasons, and the
blind articles it never reads or shows. Sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.scripts import load_script
from vnru_facts.models import FACT_ADAPTER

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "triage.py"
triage = load_script(SCRIPT, "triage")

EVIDENCE = {"start": 0, "end": 1, "text": "x"}


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        # trade: a money figure or percentage, a trade word, a side
        ("Two-way trade between Hanoi and Moscow climbed 12 percent over the period.", "trade"),
        ("Vietnamese coffee shipments to Russia came to some 200 million USD.", "trade"),
        ("Russia's purchases of Vietnamese shrimp topped $90m.", "trade"),
        # investment: a money figure or "N projects", an investment word, a side or a company
        ("Russian businesses now run 150 projects across the country.", "investment"),
        ("The dairy group poured $40 million of capital into a farm near Kaluga.", "investment"),
        ("Vietsovpetro financed the platform with USD 300 million.", "investment"),
        # visit: a trip word, a person, title or delegation, a place or side
        ("The Russian delegation arrived in Hanoi on a rainy morning.", "visit"),
        ("The Deputy Prime Minister will travel to Vietnam next week.", "visit"),
        ("A governor from Siberia toured factories in Da Nang.", "visit"),
        # agreement: a signing word and a document word
        ("The ministries inked a memorandum on fisheries.", "agreement"),
        ("The accord entered into force in October.", "agreement"),
        ("Parliament ratified the treaty without debate.", "agreement"),
    ],
)
def test_fact_like_sentences_fall_in_their_family(sentence: str, family: str) -> None:
    assert family in triage.families_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The weather in Hanoi was warm all week.",
        "Trade fairs draw large crowds every spring.",  # no figure, no side
        "Exports rose 5 percent in the quarter.",  # no side
        "Coal imports from Russia reached 2 million tons.",  # a quantity, not money
        "The minister spoke about culture in Moscow.",  # no trip word
        "He signed his name on the guest book.",  # no document
        "The significance of the agreement was discussed.",  # "significance" is no signing
        "The tourism departments of Moscow exchanged views.",  # "tourism", "departments" are no trip
    ],
)
def test_near_misses_fall_in_no_family(sentence: str) -> None:
    assert triage.families_of(sentence) == {}


def test_a_person_at_home_is_no_visit_but_abroad_is() -> None:
    people = triage.document_people([_person("Pham Minh Chinh", "VN")])
    assert "visit" not in triage.families_of("Pham Minh Chinh visited a factory in Da Nang.", people=people)
    assert "visit" in triage.families_of("Pham Minh Chinh visited a factory in Kazan.", people=people)
    # a Russian named by surname alone is found again; diacritics in the text are folded
    putin = triage.document_people([_person("Vladimir Putin", "RU")])
    assert triage.families_of("Putin arrived in Hà Nội late at night.", people=putin)["visit"][1] == "Putin"


def _person(name: str, country: str):  # type: ignore[no-untyped-def]
    from vnru_facts.models import PersonMention

    return PersonMention(name=name, key=name.lower(), country=country, evidence=EVIDENCE)


@pytest.mark.parametrize(
    ("fact", "sentence", "reason"),
    [
        (
            {"type": "trade", "growth": {"pct": 5.0, "text": "up 5%"}},
            "Trade with Russia rose 5% in 2023.",
            "trade-no-period",
        ),
        (
            {"type": "trade", "growth": {"pct": 5.0, "text": "up 5%"}, "period": {"start": "2023"}},
            "Trade with Russia rose 5% in 2023 to $2 billion.",
            "trade-no-value",
        ),
        (
            {"type": "investment", "investor": "RU", "host": "VN"},
            "Russian investment in Vietnam keeps growing.",
            "investment-no-amount-or-projects",
        ),
        (
            {"type": "investment", "investor": "RU", "projects": 12},
            "Russia has 12 projects worth $1 billion.",
            "investment-no-amount",
        ),
        (
            {"type": "visit", "person": {"name": "Ivan Petrov", "key": "petrov"}, "to": "VN"},
            "Ivan Petrov visits Vietnam on June 20.",
            "visit-no-start",
        ),
        (
            {"type": "visit", "person": {"name": "Ivan Petrov", "key": "petrov"}, "to": "VN"},
            "Ivan Petrov flew to Da Nang.",
            "visit-no-place",
        ),
        (
            {"type": "agreement", "title": "agreement"},
            "The two sides signed an agreement.",
            "agreement-one-word-title",
        ),
        (
            {"type": "agreement", "title": "agreement on fisheries"},
            "They signed an agreement on fisheries on Monday.",
            "agreement-no-date",
        ),
        (
            {"type": "agreement", "title": "cooperation documents"},
            "They signed 12 cooperation documents.",
            "agreement-no-count",
        ),
    ],
)
def test_weak_facts_get_their_reason(fact: dict, sentence: str, reason: str) -> None:
    model = FACT_ADAPTER.validate_python({**fact, "source": "a.txt", "evidence": EVIDENCE})
    assert reason in triage.weak_reasons(model, sentence)


def test_a_complete_fact_is_not_weak() -> None:
    fact = {
        "type": "trade",
        "value": {"amount": 2e9, "currency": "USD", "low": 1.95e9, "high": 2.05e9, "text": "$2 billion"},
        "period": {"start": "2023-01", "end": "2023-12", "text": "2023"},
    }
    model = FACT_ADAPTER.validate_python({**fact, "source": "a.txt", "evidence": EVIDENCE})
    assert triage.weak_reasons(model, "Trade with Russia reached $2 billion in 2023.") == []


# An article of a few sentences: one the rules read as a trade fact, and others that look like facts.
ARTICLE = (
    "Trade between Vietnam and Russia reached US$5.1 billion in 2023, up 9% from a year earlier.\n"
    "A delegation from Novosibirsk is touring Hanoi and Hai Phong this month.\n"
    "The two universities inked a memorandum on student exchanges.\n"
    "Russian companies now run some 150 projects in the country.\n"
    "The weather was warm.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "pool").mkdir()
    (tmp_path / "pool" / "a_article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "pool" / "b_blind.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "blind.txt").write_text("# a comment\nb_blind\n", encoding="utf-8")
    return tmp_path


def test_a_sentence_with_a_fact_is_not_flagged_and_the_others_are(folder: Path) -> None:
    from vnru_facts.api import iter_extract

    (result,) = iter_extract([str(folder / "pool" / "a_article.txt")])
    article = triage.triage_result(result)
    flagged = {flag.sentence.text.strip() for flag in article.flags if flag.family in triage.FAMILIES}
    with_facts = {
        line
        for fact in result.facts
        for line in ARTICLE.splitlines()
        if fact.evidence.text.strip() in line or line in fact.evidence.text
    }
    trade_sentence, *fact_like, weather = ARTICLE.splitlines()
    assert trade_sentence in with_facts and trade_sentence not in flagged
    assert weather not in with_facts | flagged
    # The rules may come to read the others: each either gave a fact or is flagged in its family.
    for sentence in fact_like:
        assert triage.families_of(sentence)
        assert (sentence in with_facts) != (sentence in flagged), sentence


def test_blind_articles_are_not_read_unless_counted_and_never_shown(folder: Path) -> None:
    blind = triage.blind_stems(folder / "blind.txt")
    assert blind == {"b_blind"}
    pool = str(folder / "pool")
    assert [a.source for a in triage.triage_paths([pool], blind=blind)] == [f"{pool}/a_article.txt"]
    counted = list(triage.triage_paths([pool], blind=blind, include_blind=True))
    assert [a.blind for a in counted] == [False, True]
    shown = "\n".join(triage.shown(counted, ["all"], limit=None))
    assert "a_article" in shown and "b_blind" not in shown
    assert "b_blind" not in triage.article_table(counted)
    assert triage.counts(counted)["blind_articles"] == 1


def test_json_counts_and_compare(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = [str(folder / "pool"), "--blind-list", str(folder / "blind.txt")]
    assert triage.main([*args, "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["articles"] == 1 and counts["families"]["visit"]["count"] >= 0
    assert "Novosibirsk" not in json.dumps(counts)  # counts only, never sentences
    before = folder / "before.json"
    before.write_text(json.dumps(counts), encoding="utf-8")
    assert triage.main([*args, "--compare", str(before)]) == 0
    assert "change" in capsys.readouterr().out


def test_the_blind_round_is_left_out_by_default() -> None:
    stems = triage.blind_stems()
    listed = (Path(triage.__file__).parent / "blind" / "pool_sample.txt").read_text(encoding="utf-8")
    assert {line for line in listed.splitlines() if line and not line.startswith("#")} == stems
