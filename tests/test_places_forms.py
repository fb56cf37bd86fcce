"""How news writes a place: short forms and abbreviations of countries, province names joined by a
hyphen, a dash or a space, a region named like its capital, text with decomposed letters.

Sentences written for the tests; near misses are capitalised words that are not countries ("IT",
"IN"), currencies named after a country ("US$", "Singapore dollars") and the parts of a joined name.
"""

from __future__ import annotations

import unicodedata

import pytest

from vnru_facts import extract_text
from vnru_facts.extract.components.base import mention_data


@pytest.fixture(scope="module")
def nlp(mention_nlp):
    return mention_nlp


def places(nlp, text: str) -> list[tuple[str, str, str]]:
    """(text, name, side) of each place found."""
    doc = nlp(text)
    return [
        (s.text, mention_data(doc, "vnru_place", s)["name"], mention_data(doc, "vnru_place", s)["side"])
        for s in doc.spans.get("vnru_place", [])
    ]


# Countries by their short forms and abbreviations: a third country, in exactly the case news writes.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports to the US rose 12% last year.", [("US", "US")]),
        ("The U.S. and Japan held talks.", [("U.S.", "US"), ("Japan", "JP")]),
        ("Shipments to the USA doubled.", [("USA", "US")]),
        ("A delegation from the United States of America arrived.", [("United States of America", "US")]),
        ("The UK and Great Britain are one market.", [("UK", "GB"), ("Great Britain", "GB")]),
        ("Officials of the U.K. said so.", [("U.K.", "GB")]),
        ("Seoul's envoy said the ROK would invest.", [("Seoul's", "KR"), ("ROK", "KR")]),
        (
            "The PRC and the People's Republic of China are one.",
            [("PRC", "CN"), ("People's Republic of China", "CN")],
        ),
        ("Talks with the Lao PDR and Laos ended.", [("Lao PDR", "LA"), ("Laos", "LA")]),
        ("Rice from Burma, now Myanmar, sold well.", [("Burma", "MM"), ("Myanmar", "MM")]),
        ("Investors from the UAE and the U.A.E.'s funds came.", [("UAE", "AE"), ("U.A.E.'s", "AE")]),
        (
            "Cocoa from Ivory Coast and the Netherlands' ports.",
            [("Ivory Coast", "CI"), ("Netherlands", "NL")],
        ),
    ],
)
def test_short_forms_of_countries_are_third_countries(nlp, text, expected):
    assert places(nlp, text) == [(written, name, "OTHER") for written, name in expected]


# Near misses: two-letter words in capitals, the pronoun, and currencies named after their country.
@pytest.mark.parametrize(
    "text",
    [
        "IT firms IN the OR region grew.",
        "Let us see what the talks bring.",
        "Trade reached US$5 billion last year.",
        "Trade reached 5 billion US dollars last year.",
        "A loan of 300 million Singapore dollars was signed.",
        "The fare was 50 U.S. cents more.",
    ],
)
def test_words_and_currencies_are_not_countries(nlp, text):
    assert places(nlp, text) == []


# The two sides by their official and short forms keep their side.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders of the Russian Federation and Viet Nam met.", [("RU", "RU"), ("VN", "VN")]),
        ("The Socialist Republic of Vietnam and Russia signed.", [("VN", "VN"), ("RU", "RU")]),
        ("Việt Nam and the Russian Federation agreed.", [("VN", "VN"), ("RU", "RU")]),
    ],
)
def test_official_forms_of_the_two_sides(nlp, text, expected):
    assert [(name, side) for _, name, side in places(nlp, text)] == expected


# A province named by two towns: hyphen, spaced hyphen, en dash, em dash or space, is one province.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A port opened in Ba Ria-Vung Tau province.", [("Ba Ria-Vung Tau", "Ba Ria-Vung Tau")]),
        ("A port opened in Ba Ria - Vung Tau.", [("Ba Ria - Vung Tau", "Ba Ria-Vung Tau")]),
        ("A port opened in Bà Rịa – Vũng Tàu.", [("Bà Rịa – Vũng Tàu", "Ba Ria-Vung Tau")]),
        ("A port opened in Ba Ria—Vung Tau.", [("Ba Ria—Vung Tau", "Ba Ria-Vung Tau")]),
        ("A port opened in Ba Ria Vung Tau.", [("Ba Ria Vung Tau", "Ba Ria-Vung Tau")]),
        ("Tourists visited Thua Thien-Hue.", [("Thua Thien-Hue", "Thua Thien-Hue")]),
        ("Tourists visited Thừa Thiên Huế.", [("Thừa Thiên Huế", "Thua Thien-Hue")]),
        ("Tourists visited Thua Thien – Hue.", [("Thua Thien – Hue", "Thua Thien-Hue")]),
        ("Investors went to Rostov on Don.", [("Rostov on Don", "Rostov-on-Don")]),
    ],
)
def test_a_joined_province_name_is_the_province(nlp, text, expected):
    assert [(written, name) for written, name, _ in places(nlp, text)] == expected


# Near misses: a part of a joined name alone is its own place, and two places joined by a dash stay two.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The old capital Hue drew tourists.", [("Hue", "Hue")]),
        ("The beach town of Vung Tau drew tourists.", [("Vung Tau", "Vung Tau")]),
        ("Khanh Hoa province hosted it; Hoa said so.", [("Khanh Hoa", "Khanh Hoa")]),
        ("The Hanoi – Moscow flight resumed.", [("Hanoi", "Hanoi"), ("Moscow", "Moscow")]),
        ("Vietnam-Russia trade grew.", [("Vietnam", "VN"), ("Russia", "RU")]),
    ],
)
def test_parts_and_pairs_of_places_stay_apart(nlp, text, expected):
    assert [(written, name) for written, name, _ in places(nlp, text)] == expected


# The region around Moscow is a subject of its own, not the city.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A plant was built in Moscow Oblast.", [("Moscow Oblast", "Moscow Oblast")]),
        ("A plant was built in the Moscow region.", [("Moscow region", "Moscow Oblast")]),
        ("Governor of the Moscow Region met investors.", [("Moscow Region", "Moscow Oblast")]),
        ("A plant was built in Moscow.", [("Moscow", "Moscow")]),
        ("Moscow's mayor met investors.", [("Moscow's", "Moscow")]),
    ],
)
def test_moscow_oblast_is_not_moscow(nlp, text, expected):
    assert [(written, name) for written, name, _ in places(nlp, text)] == expected


# Through the whole pipeline: decomposed letters (NFD) and short forms read as the rules need them.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian Deputy Prime Minister Dmitry Chernyshenko visited Đà Nẵng on March 3, 2024.", "Da Nang"),
        ("Russian Deputy Prime Minister Dmitry Chernyshenko visited Hà Nội on March 3, 2024.", "Hanoi"),
        (
            "Russian Deputy Prime Minister Dmitry Chernyshenko visited Bà Rịa – Vũng Tàu on March 3, 2024.",
            "Ba Ria-Vung Tau",
        ),
    ],
)
def test_a_visit_in_decomposed_letters_keeps_its_place(text, place):
    [fact] = extract_text(unicodedata.normalize("NFD", text), doc_date="2024-07-01", types=["visit"]).facts
    assert fact.place == place


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Trade between Vietnam and Russia reached 5 billion US dollars in 2024.", 1),
        ("Trade between Vietnam and Russia reached US$5 billion in 2024.", 1),
        ("Trade between Vietnam and the US reached US$120 billion in 2024.", 0),
        ("Trade between Vietnam and the UK reached US$7 billion in 2024.", 0),
    ],
)
def test_a_currency_is_no_third_country_but_the_us_is(text, facts):
    assert len(extract_text(text, doc_date="2025-02-01", types=["trade"]).facts) == facts


# Ports and economic zones of the two sides, named in shipping news with or without "port".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coal was loaded at the port of Vanino.", [("Vanino", "RU")]),
        ("Tankers left Ust-Luga for Vung Ang.", [("Ust-Luga", "RU"), ("Vung Ang", "VN")]),
        ("Containers from Vostochny port reached Cai Mep.", [("Vostochny", "RU"), ("Cai Mep", "VN")]),
        ("The Dung Quat refinery buys crude via Lach Huyen.", [("Dung Quat", "VN"), ("Lach Huyen", "VN")]),
        ("Ships call at Cái Mép - Thị Vải and Vũng Áng.", [("Cai Mep", "VN"), ("Vung Ang", "VN")]),
    ],
)
def test_ports_of_the_two_sides(nlp, text, expected):
    assert [(name, side) for _, name, side in places(nlp, text)] == expected


# Near misses: "Vostochny" is also a word ("eastern") and a name; alone it is no place.
@pytest.mark.parametrize(
    "text",
    ["Vostochny said the talks went well.", "The Vostochny Cosmodrome is far away.", "The Central Bank met."],
)
def test_a_port_name_that_is_a_word_needs_its_noun(nlp, text):
    assert places(nlp, text) == []


# Straight and curly apostrophes, and the other names of cities and regions.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cocoa from Côte d’Ivoire rose.", [("Côte d’Ivoire", "CI")]),
        ("Cocoa from Côte d'Ivoire rose.", [("Côte d'Ivoire", "CI")]),
        ("Envoys of the People’s Republic of China came.", [("People’s Republic of China", "CN")]),
        (
            "Flights to Sài Gòn and Sai Gon resumed.",
            [("Sài Gòn", "Ho Chi Minh City"), ("Sai Gon", "Ho Chi Minh City")],
        ),
        ("Coffee from the Central Highlands sold well.", [("Central Highlands", "Central Highlands")]),
        ("Coffee from Tây Nguyên sold well.", [("Tây Nguyên", "Central Highlands")]),
    ],
)
def test_apostrophes_and_other_names(nlp, text, expected):
    assert [(written, name) for written, name, _ in places(nlp, text)] == expected


# Parts of the world that hold neither side are third places; "America" alone is the US.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports to Latin America doubled.", [("Latin America", "Latin America")]),
        (
            "Coffee sold in Africa and the Middle East.",
            [("Africa", "Africa"), ("Middle East", "Middle East")],
        ),
        (
            "Buyers in North America and South Africa.",
            [("North America", "North America"), ("South Africa", "ZA")],
        ),
        (
            "Ships sailed to South America and America.",
            [("South America", "South America"), ("America", "US")],
        ),
    ],
)
def test_world_regions_are_third_places(nlp, text, expected):
    doc_places = places(nlp, text)
    assert [(written, name) for written, name, _ in doc_places] == expected
    assert {side for _, _, side in doc_places} == {"OTHER"}


# Near misses: surnames that are also places of the world, and Asia and Europe, which hold a side.
@pytest.mark.parametrize(
    "text",
    ["Tom Holland spoke at the forum.", "Trade across Asia grew.", "Ties in Southeast Asia grew."],
)
def test_surnames_and_regions_of_the_sides_are_not_third_places(nlp, text):
    assert places(nlp, text) == []


# The EU is a third party, as the agreement rules read it (an FTA with the EU is not Russia's); the
# EAEU and ASEAN are blocs a side belongs to.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam's FTA with the EU took effect.", [("VN", "COUNTRY"), ("EU", "COUNTRY")]),
        ("Vietnam's FTA with the EAEU took effect.", [("VN", "COUNTRY"), ("EAEU", "BLOC")]),
        ("ASEAN and the European Union met.", [("ASEAN", "BLOC"), ("EU", "COUNTRY")]),
    ],
)
def test_the_eu_is_a_third_party_and_the_eaeu_a_bloc(nlp, text, expected):
    doc = nlp(text)
    assert [
        (mention_data(doc, "vnru_place", s)["name"], s.label_) for s in doc.spans["vnru_place"]
    ] == expected
