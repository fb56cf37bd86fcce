"""Mention components on sentences written for the tests: places, organisations, money, dates."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnru_facts.extract.components.base import mention_data


@pytest.fixture(scope="module")
def nlp(mention_nlp):
    return mention_nlp


def values(doc, key: str, field: str) -> list:
    return [mention_data(doc, key, s)[field] for s in doc.spans.get(key, [])]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Talks in Hà Nội and Đà Nẵng ended.", ["Hanoi", "Da Nang"]),
        ("Việt Nam and the Russian Federation agreed.", ["VN", "RU"]),
        ("A Vietnam-Russia forum opened in Ho Chi Minh City.", ["VN", "RU", "Ho Chi Minh City"]),
        ("Exports to the Southeast Asian nation grew.", ["VN"]),
        ("Moscow's envoy met Chinese officials.", ["Moscow", "CN"]),
        ("Let us meet.", []),  # "us" is not the United States
    ],
)
def test_places_are_found_whatever_the_diacritics(nlp, text, names):
    assert values(nlp(text), "vnru_place", "name") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rosatom and PetroVietnam signed a memorandum.", ["Rosatom", "PetroVietnam"]),
        (
            "Payments go through the Việt Nam-Russia Joint Venture Bank.",
            ["Vietnam-Russia Joint Venture Bank"],
        ),
        ("The deal was brokered by Blue River Logistics JSC in May 2024.", ["Blue River Logistics JSC"]),
        ("The group met on Monday.", []),
    ],
)
def test_organisations_from_the_gazetteer_and_company_words(nlp, text, names):
    assert values(nlp(text), "vnru_org", "name") == names


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Trade rose by about 12% to US$6.1 billion.", [("MONEY", "US$6.1 billion"), ("PERCENT", "12%")]),
        ("It exceeded 3 bln dollars.", [("MONEY", "3 bln dollars")]),
    ],
)
def test_money_and_percent_spans_keep_their_qualifier_word(nlp, text, spans):
    doc = nlp(text)
    found = [(s.label_, s.text) for key in ("vnru_money", "vnru_percent") for s in doc.spans.get(key, [])]
    assert found == spans


def test_money_qualifier_is_recorded(nlp):
    doc = nlp("Capital of nearly $900 million was registered.")
    [span] = doc.spans["vnru_money"]
    data = mention_data(doc, "vnru_money", span)
    assert (data["qualifier"], data["qualifier_word"]) == ("under", "nearly")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian Prime Minister Mikhail Mishustin arrived.", ("Mikhail Mishustin", "Prime Minister", "RU")),
        ("Vietnamese Deputy PM Trần Hồng Hà spoke.", ("Trần Hồng Hà", "Deputy Prime Minister", "VN")),
        (
            "Sergei Lavrov, the Foreign Minister of Russia, said so.",
            ("Sergei Lavrov", "Foreign Minister", "RU"),
        ),
        (
            "The Chairman of the National Assembly, Vuong Dinh Hue, said so.",
            ("Vuong Dinh Hue", "National Assembly Chairman", "VN"),
        ),
        ("then Vietnamese President Nguyen Xuan Phuc visited.", ("Nguyen Xuan Phuc", "President", "VN")),
        ("Vietnamese Deputy Minister Nguyen Van An spoke.", ("Nguyen Van An", "Deputy Minister", "VN")),
        ("Russian Ambassador Ivan Petrov An official said so.", ("Ivan Petrov", "Ambassador", "RU")),
    ],
)
def test_titled_persons_in_three_forms(nlp, text, expected):
    doc = nlp(text)
    person = mention_data(doc, "vnru_person", doc.spans["vnru_person"][0])
    assert (person["name"], person["role"], person["country"]) == expected


def test_then_marks_a_former_role(nlp):
    doc = nlp("The talks were chaired by then Vietnamese President Nguyen Xuan Phuc.")
    assert values(doc, "vnru_person", "former")[0] is True


def test_a_surname_later_in_the_text_is_the_same_person(nlp):
    doc = nlp("Russian Deputy Prime Minister Dmitry Petrov arrived. Petrov then met students.")
    people = [mention_data(doc, "vnru_person", s) for s in doc.spans["vnru_person"]]
    assert [p["key"] for p in people] == ["petrov", "petrov"]
    assert people[1]["role"] == "Deputy Prime Minister"


@pytest.mark.parametrize(
    ("text", "aliases", "expected"),
    [
        ("Ivan Petrov spoke; Petrov left.", ["Ivan Petrov", "Petrov"], ["Ivan Petrov", "Petrov"]),
        ("Petrovsky is someone else. A.Petrov too.", ["Petrov"], []),
        ("Lê Văn Minh and Minh met.", ["Lê Văn Minh", "Minh"], ["Lê Văn Minh", "Minh"]),
    ],
)
def test_find_aliases_matches_whole_names_longest_first(text, aliases, expected):
    from vnru_facts.extract.components.mentions import find_aliases

    assert [alias for _, _, alias in find_aliases(text, aliases)] == expected


_ALIAS_TEXTS = [
    "Ivan Petrov met Petrov-Vodkin; Petrov left. A.Petrov and I. Petrov, Petrovsky, Petrov_2, Petrov.",
    "Le Van Tam and Tam met Tam's aides: Van Tam, Le Van Tamara, 'Tam' and (Tam).",
    "Tran Van Long Tran Van Long Long Tran",
    "Sokolov Sokolov Ivan Sokolov Ivanovich Sokolov",
]
_ALIASES = [
    ["Ivan Petrov", "Petrov"],
    ["Le Van Tam", "Tam", "Van Tam", "Tamara"],
    ["Tran Van Long", "Long", "Van Long", "Long Tran"],
    ["Ivan Sokolov", "Sokolov", "Ivan Sokolov Ivanovich", "Ivanovich Sokolov", "ivan"],
]


@pytest.mark.parametrize("case", [str, str.upper, str.lower, str.title], ids=lambda c: c.__name__)
@pytest.mark.parametrize("text", _ALIAS_TEXTS)
@pytest.mark.parametrize("aliases", _ALIASES)
def test_find_aliases_equals_an_alternation_regex(text, aliases, case):
    """Each name where a capital starts a word not after a dot, longest first, not inside a word."""
    from vnru_facts.extract.components.mentions import find_aliases
    from vnru_facts.extract.patterns.people import UPPER

    names = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    regex = re.compile(rf"(?<![\w.])(?=[{UPPER}])(?:{names})(?!\w)")
    text = case(text)
    expected = [(m.start(), m.end(), m.group(0)) for m in regex.finditer(text)]
    assert find_aliases(text, aliases) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi Steel Corporation and Pacific Land JSC signed; Gatelink Vietnam PJSC, Far Shipping Co.",
        "Far Eastern Shipping Company.",
        "Vietnam Airlines and Aeroflot Russian Airways; Sovcombank Ltd. and Alpha Holdings.",
        "No company word here, only Vietnam and Russia and a bank in lower case.",
        "BANK GROUP COMPANY in capitals; Banking Group-wide.",
    ],
)
def test_company_names_skip_only_texts_without_a_company_word(text):
    from vnru_facts.extract.components.organisations import COMPANY, _company_names

    assert [m.span() for m in _company_names(text)] == [m.span() for m in COMPANY.finditer(text)]


# Runs of capitalised words, joiners and company words, where where a name can start matters most.
COMPANY_PIECES = st.sampled_from(
    ["Group", "Corp.", "Corp", "PJSC", "JSC", "Ltd.", "Holdings", "Bank", "Motors", "Pacific", "Land",
     "Ha", "The", "A", "An", "de", "x", "O’Neil", "Smith-Jones", "R&D", "Élan", "_", "1", " ", " ", "  ",
     "\n", "\u00a0", "\t", ",", ".", "-", "&", "’"]
)  # fmt: skip


@settings(deadline=None)  # the first example imports the component's module
@given(st.lists(COMPANY_PIECES, max_size=16).map("".join))
def test_company_names_are_those_of_the_whole_text_scan(text):
    from vnru_facts.extract.components.organisations import COMPANY, _company_names

    assert [m.span() for m in _company_names(text)] == [m.span() for m in COMPANY.finditer(text)]


def test_company_names_after_a_long_word():
    from vnru_facts.extract.components.organisations import COMPANY, _company_names

    text = "In " + "A" * 5000 + " Pacific-" + "b" * 300 + " Land Group said; " + "Q&" * 400 + "Ltd Bank"
    assert [m.span() for m in _company_names(text)] == [m.span() for m in COMPANY.finditer(text)]
