"""The document context (extract/document): who, where and when carried across sentences.

Each case is a short article of several sentences; the reference looked up is named by the words at
its offset. Near misses say what must not be linked or carried.
"""

from __future__ import annotations

import pytest

from vnru_facts.api import extract_text
from vnru_facts.extract.components.context import DocView
from vnru_facts.extract.document import build_context
from vnru_facts.extract.document.mention import Mention
from vnru_facts.extract.document.people import link_people
from vnru_facts.normalize.doc_date import date_from_text
from vnru_facts.normalize.names import person_key
from vnru_facts.pipeline import build_pipeline


@pytest.fixture(scope="module")
def context_of():
    nlp = build_pipeline(fact_pipes=())

    def build(text: str):  # type: ignore[no-untyped-def]
        return DocView(nlp(text)).context

    return build


def _key_at(context, text: str, words: str, occurrence: int = 0) -> str | None:  # type: ignore[no-untyped-def]
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(words, at + 1)
    ref = context.person_at(at)
    return None if ref is None else ref.data["key"]


# --- people -------------------------------------------------------------------------------------------

PEOPLE = [
    # (article, words of the reference, which occurrence, the entity's key)
    (
        "Russian Foreign Minister Sergei Lavrov arrived in Hanoi on Thursday. Lavrov held talks with his "
        "Vietnamese counterpart Bui Thanh Son on Friday.",
        "Lavrov held",
        0,
        "lavrov",
    ),
    (
        "Russian Defence Minister Sergei Shoigu met General Phan Van Giang in Moscow. The next day "
        "Russia's defense minister flew to Hanoi for talks.",
        "Russia's defense minister",
        0,
        "shoigu",
    ),
    (
        "Vietnamese Minister of National Defence Phan Van Giang opened the forum. Later the Vietnamese "
        "defence minister toured the exhibition.",
        "Vietnamese defence minister",
        0,
        "phan van giang",
    ),
    (
        "Russian Foreign Minister Sergei Lavrov met Vietnamese leaders. Officials said Lavrov's visit to "
        "Vietnam would deepen ties.",
        "Lavrov's",
        0,
        "lavrov",
    ),
    (
        "Russian Foreign Minister Sergei Lavrov landed at Noi Bai airport. He then met Prime Minister Pham "
        "Minh Chinh.",
        "He then",
        0,
        "lavrov",
    ),
    (  # a pronoun after a quote: the speaker stays in focus
        'Russian Foreign Minister Sergei Lavrov spoke to reporters. "Our ties are strong," he said. He '
        "later left for Laos.",
        "He later",
        0,
        "lavrov",
    ),
    (  # a full name with no title, whose surname the text repeats
        "The talks were opened by Sergey Lavrov and a Vietnamese delegation. Lavrov praised the hosts.",
        "Lavrov praised",
        0,
        "lavrov",
    ),
    (  # one official spelt two ways is one entity
        "Russia's Defence Minister Sergey Shoygu arrived on Monday. Minister of Defense Sergei Shoigu was "
        "welcomed by the Vietnamese side.",
        "Minister of Defense",
        0,
        "shoigu",
    ),
    (  # a full name with a patronymic and no title: the surname, not the patronymic, is the key
        "Anton Sergeyevich Volkov led the delegation. Volkov praised the city. Anton Sergeyevich Volkov left"
        " on Friday.",
        "Anton Sergeyevich",
        0,
        "volkov",
    ),
    (  # the dash after a dateline before the subject: "she" is the subject of the lead
        "– Speaker Anna Volkova is leading a delegation to Vietnam at the invitation of Chairwoman Le Thi"
        " Hoa. She toured Vietnam in 2005 as a governor.",
        "She toured",
        0,
        "volkova",
    ),
    (  # a surname the story repeats and writes as the one who acts, with no given name nor title
        "Russia will write off the debt. During his visit, Petrov is also to meet the Prime Minister."
        " Military ties are on the agenda of Petrov's visit.",
        "Petrov's",
        0,
        "petrov",
    ),
    (  # a caption's name ends with its line: the title alone then stands for its one holder
        "The talks were part of the General Secretary of the Communist Party of Vietnam’s visit.\n"
        "Igor Petrov greets General Secretary of the Communist Party of Vietnam Le Van Tam\n"
        "Igor Petrov greets General Secretary of the Communist Party of Vietnam Le Van Tam\n"
        "Igor Petrov’s talks went well.",
        "the General Secretary",
        0,
        "le van tam",
    ),
    (  # a lower-case title after the name
        "The firms signed deals after meeting Nong Van Manh, the general secretary of Vietnam's ruling"
        " Communist Party. Manh thanked the firms.",
        "Manh thanked",
        0,
        "nong van manh",
    ),
]


@pytest.mark.parametrize(("text", "words", "occurrence", "key"), PEOPLE)
def test_every_reference_links_to_one_entity(context_of, text, words, occurrence, key):
    assert _key_at(context_of(text), text, words, occurrence) == key


NOT_LINKED = [
    # two people of the same side: "he" could be either
    (
        "Russian President Vladimir Putin and Foreign Minister Sergei Lavrov arrived in Hanoi. He praised "
        "the talks.",
        "He praised",
    ),
    # two Russian ministers: "the Russian minister" is neither
    (
        "Russian Foreign Minister Sergei Lavrov and Russian Defence Minister Sergei Shoigu came to Hanoi. "
        "The Russian minister said the talks went well.",
        "Russian minister",
    ),
    # a role of no side named
    (
        "Russian Foreign Minister Sergei Lavrov came to Hanoi. The minister said the talks went well.",
        "minister",
    ),
    # a pronoun too far from anyone named
    (
        "Russian Foreign Minister Sergei Lavrov came to Hanoi. Trade grew. Exports rose. Imports fell. "
        "Prices were stable. He said nothing.",
        "He said",
    ),
    # a capitalised pair whose last word is never written alone is no name
    ("The Kalinin plant was opened. The Kalinin factory employs 300.", "Kalinin plant"),
    # a Russian-shaped word repeated but never the one who acts is no name
    ("The Kalinin plant was opened. Workers at Kalinin earn more.", "Kalinin earn"),
    # a city named after a person is no reference to the person
    (
        "They laid flowers at the statue of President Ho Chi Minh. The firm opened an office in Ho Chi Minh"
        " City.",
        "Ho Chi Minh City",
    ),
]


@pytest.mark.parametrize(("text", "words"), NOT_LINKED)
def test_ambiguous_or_unnamed_references_stay_unlinked(context_of, text, words):
    ref = context_of(text).person_at(text.index(words))
    assert ref is None or ref.data["form"] == "named"


def test_linking_is_pure_and_takes_the_side_from_another_mention():
    text = "Minister Sergei Shoigu arrived. Russian Defence Minister Sergei Shoigu met the press."
    persons = [
        Mention(
            0,
            22,
            "person",
            "PERSON",
            text[0:22],
            {"name": "Sergei Shoigu", "role": "Minister", "country": None},
        ),
        Mention(
            32,
            69,
            "person",
            "PERSON",
            text[32:69],
            {"name": "Sergei Shoigu", "role": "Defence Minister", "country": "RU"},
        ),
    ]
    refs, entities = link_people(text, [(0, 31), (32, len(text))], persons)
    assert [r.data["country"] for r in refs] == ["RU", "RU"]
    assert entities["shoigu"].role == "Minister"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sergey Shoygu", "Sergei Shoigu"),
        ("Valentina Matviyenko", "Valentina Matvienko"),
        ("Dmitry Medvedev", "Dmitri Medvedew"),
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Vladimir Zhirinovskiy", "Vladimir Zhirinovsky"),
        ("Yuri Vasilyev", "Yury Vasiliev"),
    ],
)
def test_one_name_in_two_romanisations_is_one_key(a, b):
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sergei Lavrov", "Maria Lavrova"),  # another person
        ("Mikhail Mishustin", "Mikhail Mishutin"),  # a misspelling: the conflicts check reports it
        ("Dmitry Medvedev", "Viktor Medvedchuk"),
        ("To Lam", "To Lin"),
        ("Tran Thanh Man", "Tran Thanh Manh"),
    ],
)
def test_different_names_keep_different_keys(a, b):
    assert person_key(a) != person_key(b)


def test_a_vietnamese_given_name_alone_keeps_its_spelling():
    assert person_key("Huy") == "huy"


# --- place and occasion ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "side", "city"),
    [
        ("HANOI, October 9. /TASS/. The two countries will expand rail links.", "VN", "Hanoi"),
        ("Hanoi (VNA) – The ambassador highlighted milestones.", "VN", "Hanoi"),
        ("MOSCOW, December 1 (Reuters) - Trade grows.", "RU", "Moscow"),
        ("Russian-Vietnamese negotiations\n\nThe talks began.", None, None),  # a hyphen is no dateline dash
        ("Hanoi hosts a forum\n\nThe forum opened.", None, None),
    ],
)
def test_dateline(context_of, text, side, city):
    place = context_of(text).dateline
    assert (place.side, place.city) if place else (side, city) == (None, None)


def _visits(text: str, doc_date: str) -> list[tuple[str, str, str | None, str | None]]:
    return sorted(
        (f.person.key, f.to, f.place, f.start[:7] if f.start else None)
        for f in extract_text(text, doc_date=doc_date).facts
        if f.type == "visit"
    )


VISITS = [
    (  # talks with a counterpart under a Hanoi dateline, by a Russian minister
        "HANOI, March 22 (TASS) – Russian Foreign Minister Sergei Lavrov held talks with his Vietnamese "
        "counterpart on Friday. The two discussed energy projects.",
        "2024-03-22",
        [("lavrov", "VN", "Hanoi", "2024-03")],
    ),
    (  # a meeting placed by its sentence
        "MOSCOW, June 5 (TASS) – Prime Minister Mikhail Mishustin noted during his talks with Vietnamese "
        "President Luong Cuong in Moscow on Wednesday that trade kept growing.",
        "2025-06-05",
        [("luong cuong", "RU", "Moscow", "2025-06")],
    ),
    (  # the role alone travels
        "Russian Defence Minister Sergei Shoigu set off on an Asian tour on Sunday. Russia's defense "
        "minister then arrived in Hanoi on Tuesday for talks on arms supplies.",
        "2024-01-24",
        [("shoigu", "VN", "Hanoi", "2024-01")],
    ),
    (  # the surname alone travels
        "Russian Foreign Minister Sergei Lavrov spent two days in Tokyo. Lavrov arrived in Hanoi on Thursday "
        "from Tokyo.",
        "2024-03-23",
        [("lavrov", "VN", "Hanoi", "2024-03")],
    ),
    (  # "he" travels
        "Russian Foreign Minister Sergei Lavrov wrapped up talks in Tokyo. He arrived in Hanoi on Thursday.",
        "2024-03-23",
        [("lavrov", "VN", "Hanoi", "2024-03")],
    ),
]

NO_VISITS = [
    # a Hanoi dateline on a Vietnamese minister's trip to Moscow: the talks are in Russia, nobody visits Hanoi
    (
        "HANOI, May 5 (VNA) – Defence Minister Phan Van Giang is on an official visit to Russia. On Tuesday, "
        "Giang held talks with Russian Defence Minister Andrei Belousov.",
        "2025-05-07",
        [("phan van giang", "RU", None, "2025-05")],
    ),
    # a meeting in a third country
    (
        "MOSCOW, July 10 (TASS) – Russian Foreign Minister Sergei Lavrov met his Vietnamese counterpart Bui "
        "Thanh Son in Vientiane on Thursday.",
        "2024-07-10",
        [],
    ),
    # by phone
    (
        "HANOI, July 10 (VNA) – Russian Foreign Minister Sergei Lavrov held phone talks with his Vietnamese "
        "counterpart Bui Thanh Son on Thursday.",
        "2024-07-10",
        [],
    ),
    # a meeting of an earlier year, told under a Hanoi dateline
    (
        "HANOI, July 10 (VNA) – Russian Foreign Minister Sergei Lavrov met Deputy Prime Minister Bui Thanh "
        "Son in 2019.",
        "2024-07-10",
        [],
    ),
]


@pytest.mark.parametrize(("text", "doc_date", "expected"), VISITS + NO_VISITS)
def test_visits_read_the_people_and_the_occasion(text, doc_date, expected):
    assert _visits(text, doc_date) == sorted(expected)


# --- trade focus ----------------------------------------------------------------------------------


def _trade(text: str, doc_date: str) -> list[tuple[str, str | None, str | None, float | None, str | None]]:
    return [
        (
            f.flow,
            f.exporter,
            f.importer,
            f.value.amount if f.value else None,
            f"{f.period.start}..{f.period.end}" if f.period and f.period.start else None,
        )
        for f in extract_text(text, doc_date=doc_date).facts
        if f.type == "trade"
    ]


def test_the_market_is_the_side_named_before():
    text = (
        "Vietnam's seafood exports to the Russian market reached $90 million in the first half of 2024. "
        "Shrimp exports to the market rose to $20 million in the same period."
    )
    facts = _trade(text, "2024-07-20")
    assert ("export", "VN", "RU", 20_000_000.0, "2024-01..2024-06") in facts


def test_the_market_after_a_third_country_is_not_a_side():
    text = (
        "Vietnam's rice exports to Russia reached $50 million in 2023. Rice exports to China rose to $900 "
        "million in 2023. Coffee exports to the market rose to $120 million in 2023."
    )
    assert all(value != 120_000_000.0 for *_, value, _ in _trade(text, "2024-02-01"))


@pytest.mark.parametrize(
    "between",
    [
        # the paragraph's period carries to its figures
        " Vietnam's exports to Russia rose 20%. ",
        # and to those of the next paragraph, a few sentences on
        "\nThe ministry published the data on Monday.\n",
    ],
)
def test_the_period_of_the_figures_above_carries_on(between: str):
    text = (
        f"In the first eight months of 2024, trade between Vietnam and Russia reached $3 billion.{between}"
        "Russia's exports to Vietnam were $1.2 billion."
    )
    facts = _trade(text, "2024-09-15")
    assert ("export", "RU", "VN", 1_200_000_000.0, "2024-01..2024-08") in facts


def test_a_paragraph_far_below_the_period_does_not_take_it():
    text = (
        "In the first eight months of 2024, trade between Vietnam and Russia reached $3 billion.\n"
        "The ministry published the data on Monday. Officials met in Hanoi. A fair opened. Films were shown."
        " Students graduated.\n"
        "Russia's exports to Vietnam were $1.2 billion."
    )
    facts = [f for f in _trade(text, "2024-09-15") if f[3] == 1_200_000_000.0]
    assert facts and all(period != "2024-01..2024-08" for *_, period in facts)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("ASEAN-Russia ties grew. The ASEAN-Russia dialogue partnership is 20. Trade", ("OTHER", "RU")),
        ("Ties between Vietnam and Russia grew. The Vietnam–Russia partnership is old. Trade", ("RU", "VN")),
        # a joint with a note in brackets and a spaced dash
        (
            "ASEAN (ASN) - Russia ties grew. The ASEAN (ASN) - Russia partnership is old. Trade",
            ("OTHER", "RU"),
        ),
        # named once: in passing; events and documents are no pairs
        ("Vietnam backs Russia-ASEAN cooperation. Trade", None),
        ("The ASEAN-Russia Summit opened. The ASEAN-Russia Summit closed. Trade", None),
        ("The agreement between Vietnam and the EAEU took effect. The Vietnam-EAEU FTA helped. Trade", None),
    ],
)
def test_the_pair_a_story_is_about(context_of, text: str, pair: tuple[str, ...] | None) -> None:
    assert context_of(text).pair_at(text.rindex("Trade")) == pair


def test_places_further_apart_than_the_longest_joint_are_no_pair() -> None:
    from vnru_facts.extract.document.focus import _PAIR_GAP, _PAIR_JOINT

    longest = " (ABCDEF) – "
    assert _PAIR_JOINT.fullmatch(longest) and len(longest) == _PAIR_GAP
    assert not _PAIR_JOINT.fullmatch(" (ABCDEFG) – ")


def test_the_market_focus_counts_no_blank_lines() -> None:
    sents = [(0, 20), (21, 21), (22, 22), (23, 40), (41, 41), (42, 60), (61, 80), (81, 100), (101, 120)]
    russia = Mention(11, 17, "place", "COUNTRY", "Russia", {"side": "RU", "name": "RU"})
    text = "Exports to Russia up" + " " * 100
    context = build_context(text, sents, {"place": [russia]})
    assert context.market_at(85) == "RU"  # four sentences on, the blank ones not counted
    assert context.market_at(105) is None


def test_a_breakdown_takes_the_side_told_before_and_the_total_s_period():
    text = (
        "Export turnover from Russia grew 10 percent. Last year, trade between the two countries reached $3 "
        "billion. Of which, exports were $1.2 billion, and imports were $1.8 billion."
    )
    facts = _trade(text, "2024-03-01")
    assert ("export", "RU", "VN", 1_200_000_000.0, "2023-01..2023-12") in facts
    assert ("import", "VN", "RU", 1_800_000_000.0, "2023-01..2023-12") in facts


def test_a_breakdown_with_no_side_told_before_names_no_direction():
    text = (
        "Last year, trade between the two countries reached $3 billion. Of which, exports were $1.2 billion."
    )
    facts = [f for f in _trade(text, "2024-03-01") if f[3] == 1_200_000_000.0]
    assert all(flow == "total" for flow, *_ in facts)


def test_an_origin_after_two_sided_trade_trades_with_the_other_side_not_a_side_s_own_exports():
    two_sided = "In 2023, trade between Vietnam and Russia reached $3.6 billion. "
    origin = _trade(two_sided + "Exports from Russia soared 20 percent to $1.5 billion.", "2024-02-01")
    assert ("export", "RU", "VN", 1_500_000_000.0, "2023-01..2023-12") in origin
    own = _trade(two_sided + "Vietnam exported $370 billion of goods in 2023.", "2024-02-01")
    assert all(value != 370_000_000_000.0 for *_, value, _ in own)


# --- document date ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last year, trade came to $2.45 billion, up 17.4 percent compared to 2010.", "2012"),
        ("Trade came to $2.45 billion, up 17.4 percent compared to 2010.", "2011"),
        ("Trade is expected to reach $10 billion by 2030.", None),  # a target year
        ("Relations were established in 1950.", "1950"),
    ],
)
def test_document_date_from_the_text(text, expected):
    assert date_from_text(text) == expected


def test_context_is_built_without_a_pipeline():
    text = "HANOI, May 1 (VNA) – Exports to the Russian market rose. Exports to the market fell."
    places = [
        Mention(
            text.index("Russian"),
            text.index("Russian") + 7,
            "place",
            "COUNTRY",
            "Russian",
            {"side": "RU", "name": "RU"},
        )
    ]
    context = build_context(text, [(0, 55), (56, len(text))], {"place": places})
    assert context.market_at(text.index("the market")) == "RU"
    assert context.dateline is not None and context.dateline.city == "Hanoi"
