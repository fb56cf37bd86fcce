"""Investment phrasing families: one made-up sentence per family and the fields it must give."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnru_facts import extract_text
from vnru_facts.extract.components.investment import _clauses
from vnru_facts.extract.patterns.investment import CLAUSE_BREAK
from vnru_facts.models import InvestmentFact

DOC_DATE = "2023-10-20"


def investment_facts(text: str) -> list[InvestmentFact]:
    facts = extract_text(text, doc_date=DOC_DATE, types=["investment"]).facts
    return [f for f in facts if f.type == "investment"]


def summary(f: InvestmentFact) -> dict[str, Any]:
    return {
        "investor": f.investor,
        "host": f.host,
        "company": f.company,
        "amount": f.amount.amount if f.amount else None,
        "projects": f.projects,
        "as_of": f.as_of,
        "rank": (f.rank.position, f.rank.of) if f.rank else None,
    }


def fact(investor: str, host: str, **fields: Any) -> dict[str, Any]:
    base = {"company": None, "amount": None, "projects": None, "as_of": None, "rank": None}
    return {"investor": investor, "host": host, **base, **fields}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stock with projects and registered capital.
        (
            "As of June this year, Russia held 137 active investment projects in Vietnam, with "
            "registered capital totalling $745 million.",
            [fact("RU", "VN", amount=745e6, projects=137, as_of="2023-06")],
        ),
        # Both directions in one sentence, one clause each.
        (
            "Russia has invested in about 180 projects in Vietnam worth nearly 2 billion USD, while "
            "Vietnam's investment in Russia climbed to 2.4 billion USD in 2021.",
            [
                fact("RU", "VN", amount=2e9, projects=180),
                fact("VN", "RU", amount=2.4e9, as_of="2021"),
            ],
        ),
        # A rank among investors, told with "ranks" and with "largest investor".
        (
            "Russia ranks 21st out of 139 countries and territories investing in Vietnam, with 160 projects.",
            [fact("RU", "VN", projects=160, rank=(21, 139))],
        ),
        (
            "With 160 projects, Russia has become the 21st largest investor among 139 investing in Vietnam.",
            [fact("RU", "VN", projects=160, rank=(21, 139))],
        ),
        # The side named before "FDI" invests in the place after it.
        (
            "Russian FDI in Vietnam totalled US$870 million in 2022, with 190 projects.",
            [fact("RU", "VN", amount=870e6, projects=190, as_of="2022")],
        ),
        # A known company of one side invests in the other side: the company fills ``company``.
        (
            "Russia's Zarubezhneft will invest $450 million in an oil field off the coast of Vietnam.",
            [fact("RU", "VN", company="Zarubezhneft", amount=450e6)],
        ),
        (
            "TH Group has invested $2.1 billion in dairy farms in Russia since 2015.",
            [fact("VN", "RU", company="TH Group", amount=2.1e9)],
        ),
    ],
)
def test_investment_families(text: str, expected: list[dict[str, Any]]) -> None:
    assert sorted(map(summary, investment_facts(text)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "text",
    [
        # One side's own FDI names no counterpart.
        "Moscow, with accumulated FDI exceeding $210 billion, remains Russia's main investment magnet.",
        # Another country pair.
        "Japan has invested $70 billion in 5,000 projects in Vietnam.",
        # A company of the host's own side investing at home is no cross-border investment.
        "Vingroup will invest $1.5 billion in a new factory in Vietnam.",
        # Trade money in an investment sentence is no investment amount.
        "Investment ties are growing, and trade between Vietnam and Russia reached $4 billion.",
    ],
)
def test_not_vietnam_russia_investment(text: str) -> None:
    assert investment_facts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The host is "home to" / "hosts" the projects run by the investor.
        (
            "By the end of June, Vietnam was home to 131 FDI projects run by Russia, "
            "worth about $990 million.",
            [fact("RU", "VN", amount=990e6, projects=131, as_of="2023-06")],
        ),
        (
            "Hanoi hosts 45 projects owned by Russian investors with total capital of $200 million.",
            [fact("RU", "Hanoi", amount=200e6, projects=45)],
        ),
        (
            "Russia is home to 22 investment projects run by Vietnamese firms, "
            "with registered capital of $1.1 billion.",
            [fact("VN", "RU", amount=1.1e9, projects=22)],
        ),
        # "investment into the host's sector by a company of the investor's side"
        (
            "The firm is investing $400 million, "
            "the largest investment into Russian farming by a Vietnamese firm.",
            [fact("VN", "RU", amount=400e6)],
        ),
    ],
)
def test_projects_hosted_and_run_by_the_other_side(text: str, expected: list[dict[str, Any]]) -> None:
    assert sorted(map(summary, investment_facts(text)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A company introduced with its side invests; its name recurs without the side.
        (
            "Vietnamese dairy company Moc Chau Milk broke ground on a plant in Russia.\n"
            "Moc Chau Milk is investing more than $400 million in the plant.",
            [fact("VN", "RU", company="Moc Chau Milk", amount=400e6)],
        ),
        # The company's project, referred back to: "the project costs", "the group's investment".
        (
            "Russian energy giant Zarubezhneft began drilling off Vietnam's coast. "
            "The project costs US$1.3 billion.",
            [fact("RU", "VN", company="Zarubezhneft", amount=1.3e9)],
        ),
        (
            "Vietnam's dairy group Mộc Châu started work on a factory near Kaluga in Russia. "
            "The factory belongs to the group's seven-year investment worth 0.9 billion USD in Russia.",
            [fact("VN", "RU", company="Moc Chau", amount=0.9e9)],
        ),
        # The amount before its outlay word; an outlay told as spending.
        (
            "TH Group opened a farm in Russia. An amount of US$120 million is to be invested in the project.",
            [fact("VN", "RU", company="TH Group", amount=120e6)],
        ),
        (
            "TH Group opened a farm in Russia. The group has spent over $500 million building farms.",
            [fact("VN", "RU", company="TH Group", amount=500e6)],
        ),
    ],
)
def test_one_company_invests_in_its_project(text: str, expected: list[dict[str, Any]]) -> None:
    assert sorted(map(summary, investment_facts(text)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "text",
    [
        # The company's project sits on its own side: no cross-border investment.
        "Vietnamese dairy company Moc Chau Milk opened a shop in Hanoi. The plant costs $40 million.",
        # No company named before: a project's cost names no investor.
        "A plant was built in Russia. The project costs US$2 billion.",
        # A sentence about trade money after a company is named.
        "TH Group opened a farm in Russia. Trade between the two countries cost them $5 billion.",
        # "by" a side that runs no investment.
        "The investment forum organised by Russia's embassy in Hanoi drew $2 billion in pledges.",
        "Vietnam attracted $20 billion in FDI in 2022, according to a report published by Russian experts.",
        # Companies of both sides named before: "the project" is whose?
        "Novatek and PV Power agreed to build an LNG terminal in Vietnam. The project costs $1.3 billion.",
        # No project referred to and the company not named in the sentence.
        "TH Group opened a farm in Russia. Officials said $30 million was spent on roads.",
    ],
)
def test_no_company_project_investment(text: str) -> None:
    assert investment_facts(text) == []


# --- clauses found without a scan where no break can be (same cuts as the plain regex) ----------


def reference_clauses(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    bounds = [s0, *(m.start() for m in CLAUSE_BREAK.finditer(text, s0, s1)), s1]
    return [(a, b) for a, b in pairwise(bounds) if b > a]


CLAUSE_SENTENCES = [
    "Russia has 200 projects in Vietnam, while Vietnam's investment in Russia rose to $3 billion.",
    "Russia has 200 projects in Vietnam; Vietnam has invested $1 billion in Russia over the years.",
    "Russia has 200 projects in Vietnam WHEREAS Vietnam has invested $1 billion in Russia so far.",
    "Russia has 200 projects in Vietnam, whıle Vietnam has invested $1 billion in Russia so far.",
    "Russia has 200 investment projects in Vietnam, their registered capital totalling $990 million.",
    "Meanwhile, awhile; whereasx while",
    "",
]


@pytest.mark.parametrize("sentence", CLAUSE_SENTENCES)
def test_clauses_are_those_of_the_plain_regex(sentence: str) -> None:
    text = f"Intro. {sentence} Outro."
    n = len(text)
    for s0, s1 in [(7, 7 + len(sentence)), (0, n), (9, n - 3), (n // 2, n), (0, 40)]:
        assert _clauses(text, s0, s1) == reference_clauses(text, s0, s1)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["while", "Whereas", "whıle", ";", "invest", "in", "Russia", "x"]), max_size=40
    ),
    gaps=st.lists(st.sampled_from([" ", "", "\n", ", ", "; "]), min_size=40, max_size=40),
    s0=st.integers(0, 100),
    length=st.integers(0, 300),
)
def test_clauses_on_generated_text(words: list[str], gaps: list[str], s0: int, length: int) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    s1 = min(len(text), s0 + length)
    assert _clauses(text, s0, s1) == reference_clauses(text, s0, s1)


# --- one company's planned outlay: other verbs and tenses, its side from a nationality word ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Outlay verbs other than "invest", with money right after them; the project's city gives the
        # host side (a complex in Ivanovo is an investment in Russia).
        (
            "Vietnamese garment maker Song Hong Textile said it will pour around $250 million into a new "
            "weaving complex in Ivanovo, Russia.",
            [fact("VN", "RU", company="Song Hong Textile", amount=250e6)],
        ),
        (
            "Russian miner Ural Nickel will channel $350 million into an ore processing plant in Quang Nam.",
            [fact("RU", "VN", company="Ural Nickel", amount=350e6)],
        ),
        (
            "Vietnamese firm Binh Minh Plastics will plough $90 million into a pipe factory in Kazan.",
            [fact("VN", "RU", company="Binh Minh Plastics", amount=90e6)],
        ),
        (
            "Russian steelmaker Volga Steel is injecting $420 million into a rolling mill in Hai Phong.",
            [fact("RU", "VN", company="Volga Steel", amount=420e6)],
        ),
        (
            "Russian lender Baikal Bank committed $75 million to a logistics hub in Da Nang.",
            [fact("RU", "VN", company="Baikal Bank", amount=75e6)],
        ),
        # The side from "Russia's" with no company noun, when the company's outlay follows its name.
        (
            "Russia's Amurchem plans to invest an additional $1.1 billion in a fertiliser plant in "
            "Thanh Hoa province.",
            [fact("RU", "VN", company="Amurchem", amount=1.1e9)],
        ),
        (
            "Russia's Sibdrill is set to invest $300 million in an oil field off Vietnam.",
            [fact("RU", "VN", company="Sibdrill", amount=300e6)],
        ),
        # The side from the company's place ("Hanoi-based"), with or without a company noun.
        (
            "Ho Chi Minh City-based garment maker Thanh Cong will invest $50 million in a factory in Tver.",
            [fact("VN", "RU", company="Thanh Cong", amount=50e6)],
        ),
        (
            "Kazan-based Volga Polymers said it will channel $80 million into a refinery in Quang Ngai.",
            [fact("RU", "VN", company="Volga Polymers", amount=80e6)],
        ),
        # The company's name set off by commas.
        (
            "A Vietnamese company, Song Da Textile, will inject $60 million into a spinning mill in Ivanovo.",
            [fact("VN", "RU", company="Song Da Textile", amount=60e6)],
        ),
        # The side named in an apposition after the name; the host is where the outlay goes.
        (
            "Volga Steel, Russia's third largest steelmaker, will invest $500 million in a mill in Hue.",
            [fact("RU", "VN", company="Volga Steel", amount=500e6)],
        ),
        (
            "Russian lender Baikal Bank committed $90 million to Vietnamese solar projects last year.",
            [fact("RU", "VN", company="Baikal Bank", amount=90e6)],
        ),
        # A city invested in directly is the host itself.
        (
            "Vietnamese developer Lotus Land plans to pour $500 million into Vladivostok.",
            [fact("VN", "Vladivostok", company="Lotus Land", amount=500e6)],
        ),
    ],
)
def test_one_company_plans_an_outlay(text: str, expected: list[dict[str, Any]]) -> None:
    assert sorted(map(summary, investment_facts(text)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "text",
    [
        # A company investing at home.
        "Vietnamese steelmaker Phu My Steel committed $1 billion to a steel mill in Quang Ngai.",
        "Russian steelmaker Volga Steel will inject $500 million into a steel mill in Cherepovets.",
        # An investment in a third country.
        "Vietnamese firm Binh Minh Plastics will plough $150 million into a pipe factory in Thailand.",
        "Russian miner Ural Nickel will channel $450 million into a smelter in Kazakhstan.",
        # "pour cold water on": no outlay.
        "Russian officials poured cold water on plans for a $500 million steel mill in Hai Phong.",
        "Vietnamese firm Binh Minh Plastics poured cold water on a $150 million pipe factory in Kazan.",
        # The outlay goes to the company's own side; the other side is only a market or a partner.
        "Russian carmaker Kama Motors will inject $40 million into its plant in Kaliningrad to assemble "
        "Vietnamese cars.",
        "Vietnamese carmaker Lac Hong will pour $200 million into a plant in Vietnam to make cars for Russia",
        "Russian firm Rosagro and Vietnamese group Dabaco will invest $200 million in a farm in Vietnam.",
        # A company based on its own side investing at home.
        "Hanoi-based Lotus Foods will invest $30 million in a noodle plant in Hanoi.",
        # "committed to" a policy, with no money.
        "Vietnam has committed to boosting investment in Russia.",
    ],
)
def test_no_company_outlay_across_the_border(text: str) -> None:
    assert investment_facts(text) == []


def test_a_name_based_somewhere_with_no_outlay_of_its_own_is_no_investor() -> None:
    [only] = investment_facts(
        "Moscow-based Kommersant said investment from Vietnam in Russia reached $1 billion in 2022."
    )
    assert summary(only) == fact("VN", "RU", amount=1e9, as_of="2022")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Projects named by their investor's side, hosted by a city or province of the other side.
        (
            "Hai Phong currently has 11 Russian-invested projects worth $25 million.",
            [fact("RU", "Hai Phong", amount=25e6, projects=11, as_of="2023-10")],
        ),
        (
            "Quang Ninh is home to 6 Russian-funded projects with total capital of $40 million.",
            [fact("RU", "Quang Ninh", amount=40e6, projects=6)],
        ),
        (
            "Russian-backed projects in Hanoi number 52, with registered capital of $310 million.",
            [fact("RU", "Hanoi", amount=310e6, projects=52)],
        ),
        (
            "Kazan hosts 5 Vietnamese-owned projects worth $70 million.",
            [fact("VN", "Kazan", amount=70e6, projects=5)],
        ),
        # "the province" is the one named before.
        (
            "Can Tho lies in the Mekong Delta. There are 8 projects with Russian capital in the city, worth "
            "$14 million.",
            [fact("RU", "Can Tho", amount=14e6, projects=8)],
        ),
    ],
)
def test_projects_named_by_their_investors_side(text: str, expected: list[dict[str, Any]]) -> None:
    assert [summary(f) for f in investment_facts(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a side investing at home, no side, a third side
        "Vietnamese-invested projects in Vietnam total 300, worth $5 billion.",
        "Hai Phong has 80 foreign-invested projects worth $2 billion.",
        "Hanoi has 40 Japanese-invested projects worth $900 million.",
        "Russian-funded projects worth $20 million were announced.",
    ],
)
def test_no_side_funded_projects_across_the_sides(text: str) -> None:
    assert investment_facts(text) == []
