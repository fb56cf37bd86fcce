"""Investment phrasing families of real reporting (issue 18): a side's stock told by what its projects are
worth, the host named with "'s", a subject standing for a place named before, totals and changes, a stock
broken down by locality, one company's outlays (named, described or referred back to), joint ventures, and
the near misses each family must leave alone (third countries, trade money, loans, contractors)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_investment import fact, investment_facts, summary


def facts_of(text: str) -> list[dict[str, Any]]:
    return sorted(map(summary, investment_facts(text)), key=str)


def expect(*facts: dict[str, Any]) -> list[dict[str, Any]]:
    return sorted(facts, key=str)


# --- a side's stock told by its projects' worth, with no investment word ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam currently runs 21 projects worth $3.1 billion in Russia.",
            expect(fact("VN", "RU", amount=3.1e9, projects=21, as_of="2023-10")),
        ),
        (
            "Meanwhile, Russia is operating 130 projects with capital of about $1 billion in Vietnam.",
            expect(fact("RU", "VN", amount=1e9, projects=130)),
        ),
        (
            "Viet Nam now has 24 projects in the Russian Federation, with capital totalling $2.9 billion.",
            expect(fact("VN", "RU", amount=2.9e9, projects=24)),
        ),
        (
            "Russia is implementing 75 projects capitalised at $640 million in Vietnam.",
            expect(fact("RU", "VN", amount=640e6, projects=75)),
        ),
        # Registered capital is a stock with no investment word.
        (
            "Russia's registered capital in Vietnam totals $1 billion.",
            expect(fact("RU", "VN", amount=1e9, as_of="2023-10")),
        ),
        (
            "The registered capital of Russian projects in Vietnam reached $990 million.",
            expect(fact("RU", "VN", amount=990e6)),
        ),
        # A province that has projects "from" the other side.
        (
            "Khanh Hoa has 12 FDI projects from Russia with total capital of $250 million.",
            expect(fact("RU", "Khanh Hoa", amount=250e6, projects=12)),
        ),
        # A city and its country in apposition: the city is the host ("capital of" names no investor).
        (
            "Moscow, the capital of Russia, attracted $200 million in FDI from Vietnam.",
            expect(fact("VN", "Moscow", amount=200e6)),
        ),
        (
            "Hanoi, the capital of Vietnam, has 40 projects with capital from Russia worth $100 million.",
            expect(fact("RU", "Hanoi", amount=100e6, projects=40)),
        ),
        # Projects named by their side alone, hosted by a place of the other side.
        (
            "Ba Ria-Vung Tau is home to 15 Russian projects worth $1.5 billion.",
            expect(fact("RU", "Ba Ria-Vung Tau", amount=1.5e9, projects=15)),
        ),
    ],
)
def test_a_stock_told_by_its_worth(text: str, expected: list[dict[str, Any]]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A third country's stock, or one side's stock in a third country.
        "Japan has 5,000 projects worth $70 billion in Vietnam.",
        "Russia has 20 projects worth $500 million in Laos.",
        # Both sides together: no direction.
        "Vietnam and Russia are implementing 17 priority projects worth $10 billion.",
        # The money is trade, or loans.
        "Russia has 12 projects in Vietnam, and two-way trade is worth $5 billion.",
        "Vietnam has 17 projects in Russia with loans worth $300 million from Russian banks.",
        # "the capital" is a city; a third country's registered capital, or one side's in a third country.
        "Russian firms opened offices in Vietnam's capital Hanoi, which attracted $30 billion in FDI.",
        "Japan's registered capital in Vietnam is $70 billion, while Russia ranks 26th.",
        "Vietnam's registered capital in Laos is $5 billion.",
        # A side's projects with no host: aid or contracts as much as investment.
        "The two sides reviewed 17 Russian projects worth $2 billion.",
    ],
)
def test_no_stock_told_by_its_worth(text: str) -> None:
    assert investment_facts(text) == []


# --- the host named with "'s"; a subject standing for a place named before -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia is Vietnam's 23rd largest investor, with 160 projects worth $1.1 billion.",
            expect(fact("RU", "VN", amount=1.1e9, projects=160)),
        ),
        (
            "Russia remains Viet Nam's 18th biggest source of foreign investment, with 97 projects worth "
            "$1.95 billion.",
            expect(fact("RU", "VN", amount=1.95e9, projects=97)),
        ),
        (
            "Vietnam has become Russia’s biggest Asian investor with 20 projects capitalised at $3 billion.",
            expect(fact("VN", "RU", amount=3e9, projects=20)),
        ),
        # "The city" / "the province": the city of the other side named last before.
        (
            "Hai Phong hosts a Russian consulate. The city has 20 projects with capital of $30 million in "
            "Russia.",
            expect(fact("Hai Phong", "RU", amount=30e6, projects=20)),
        ),
        (
            "Can Tho signed a deal with Kazan last year. Currently, the city has a total of 12 investment "
            "projects in Russia.",
            expect(fact("Can Tho", "RU", projects=12, as_of="2023-10")),
        ),
        # "It": the place of the other side named last before.
        (
            "Da Nang has ties with several Russian regions. It now hosts 12 FDI projects by Russia with "
            "total capital of about $4.4 million.",
            expect(fact("RU", "Da Nang", amount=4.4e6, projects=12)),
        ),
    ],
)
def test_the_host_named_with_s_or_referred_to(text: str, expected: list[dict[str, Any]]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia is Vietnam's largest source of weapons, with contracts worth $5 billion.",
        "Japan is Vietnam's largest source of foreign investment, with 5,000 projects worth $70 billion.",
        "Russia is Vietnam's largest trading partner in the EAEU, with trade worth $5 billion.",
        # The referred city is on the side the projects go to, or the host is a third country.
        "Hanoi hosts a Russian consulate. The city has 40 projects in Laos.",
        "Kazan hosts a Vietnamese consulate. The city has 40 projects in Russia.",
        # "It" with no place named before, or a third country's projects.
        "It has 30 projects in Russia worth $2 billion.",
        "Da Nang has ties with Russian regions. It is home to 30 projects by Japanese investors worth $1 "
        "billion.",
    ],
)
def test_no_host_named_with_s_or_referred_to(text: str) -> None:
    assert investment_facts(text) == []


# --- totals and changes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The investment named before a total's verb; its investor after "of", its host after "to".
        (
            "The accumulated investment of Russian firms in Vietnam came to $1.2 billion by the end of 2022.",
            expect(fact("RU", "VN", amount=1.2e9, as_of="2022-12")),
        ),
        (
            "The total investment capital of Vietnamese businesses in Russia reached $4.1 billion, committed "
            "to 18 projects.",
            expect(fact("VN", "RU", amount=4.1e9, projects=18)),
        ),
        (
            "The new contracts lifted Russian direct investment capital in Vietnam to over $1.6 billion, "
            "spread across 85 projects.",
            expect(fact("RU", "VN", amount=1.6e9, projects=85)),
        ),
        (
            "Vietnamese FDI to Russia totalled $3 billion.",
            expect(fact("VN", "RU", amount=3e9)),
        ),
        # A change from one amount to another: two facts, each dated by its own words.
        (
            "Vietnam's investment in Russia rose from $1 billion in 2015 to $3 billion in 2022.",
            expect(fact("VN", "RU", amount=1e9, as_of="2015"), fact("VN", "RU", amount=3e9, as_of="2022")),
        ),
        (
            "Russian FDI in Vietnam fell to $900 million last year from $1.1 billion in 2021.",
            expect(
                fact("RU", "VN", amount=900e6, as_of="2022"), fact("RU", "VN", amount=1.1e9, as_of="2021")
            ),
        ),
        (
            "Vietnamese investment in Russia has grown from about $200 million in 2010 to $2.6 billion now.",
            expect(fact("VN", "RU", amount=200e6, as_of="2010"), fact("VN", "RU", amount=2.6e9)),
        ),
        # An outlay and the total it brings the stock to.
        (
            "Vietnam invested $300 million in Russia in 2022, raising its total investment there to $3.2 "
            "billion.",
            expect(fact("VN", "RU", amount=300e6, as_of="2022"), fact("VN", "RU", amount=3.2e9)),
        ),
        (
            "Russian investors poured $200 million into Vietnam, bringing their total capital in the "
            "country to $1.5 billion.",
            expect(fact("RU", "VN", amount=200e6), fact("RU", "VN", amount=1.5e9)),
        ),
    ],
)
def test_totals_and_changes(text: str, expected: list[dict[str, Any]]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam's exports to Russia increased from $2 billion in 2020 to $3 billion in 2022.",
        "Vietnam's exports to Russia totalled $3 billion.",
        "Vietnamese investment and trade flows to Russia reached $5 billion.",
        "The trade turnover between Vietnam and Russia reached $5 billion, while investment grew slowly.",
        "Russian investment in Vietnam is modest, and trade reached $4 billion last year.",
        "Vietnam's investment in Laos rose from $1 billion in 2010 to $5 billion in 2022.",
        # A total's verb whose subject is no investment, in a clause after it.
        "Russian investment in Vietnam is modest, and Vietnam's GDP reached $400 billion.",
        "Russian investors are interested in Vietnam, whose economy grew to $430 billion.",
        "Russian investment in Vietnam remains small, but the number of Russian tourists to Vietnam rose "
        "and their spending reached $1 billion.",
    ],
)
def test_no_investment_total(text: str) -> None:
    assert investment_facts(text) == []


# --- counted projects -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "projects"),
    [
        ("Russia has 88 launched foreign investment projects in Vietnam worth $2 billion.", 88),
        ("Russian FDI in Vietnam stood at $1.9 billion in 106 separate investments.", 106),
        ("Russian direct investment in Vietnam reached $2 billion, covering 93 separate projects.", 93),
        ("The number of Russian-invested projects in Vietnam reached 180, with capital of $1 billion.", 180),
        # Neither a year nor an amount is a count.
        ("In 2023 investment projects from Russia in Vietnam were worth $1 billion.", None),
        ("Russia has invested $2 billion in investment projects in Vietnam.", None),
    ],
)
def test_counted_projects(text: str, projects: int | None) -> None:
    [only] = investment_facts(text)
    assert only.projects == projects


# --- a stock broken down by locality ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia has invested in 30 localities of Vietnam; Ba Ria-Vung Tau leads with 12 projects worth "
            "$1.3 billion, followed by Hanoi with 40 projects capitalised at $150 million.",
            expect(
                fact("RU", "Ba Ria-Vung Tau", amount=1.3e9, projects=12),
                fact("RU", "Hanoi", amount=150e6, projects=40),
            ),
        ),
        (
            "Vietnamese investors have projects in 10 Russian regions, with Moscow leading with 9 projects "
            "worth $500 million.",
            expect(fact("VN", "Moscow", amount=500e6, projects=9)),
        ),
        # The investor told by the stock just before.
        (
            "Vietnam has 20 projects in Russia worth $3 billion. Moscow tops the list with 8 projects, "
            "followed by Kaluga with 3 projects worth $2.7 billion.",
            expect(
                fact("VN", "RU", amount=3e9, projects=20),
                fact("VN", "Moscow", projects=8),
                fact("VN", "Kaluga", amount=2.7e9, projects=3),
            ),
        ),
    ],
)
def test_a_stock_by_locality(text: str, expected: list[dict[str, Any]]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Japanese investors are present in 50 provinces, with Hanoi leading with 400 projects worth $20 "
        "billion.",
        "Hanoi leads with 40 projects worth $2 billion, followed by Ho Chi Minh City with 30 projects.",
        "Japan has 5,000 projects in Vietnam. Hanoi leads with 400 projects worth $20 billion.",
        # The stock before is too far back.
        "Russia has 150 projects in Vietnam. Trade grew. Exports rose. Hanoi leads with 40 projects.",
    ],
)
def test_no_stock_by_locality(text: str) -> None:
    assert [f for f in investment_facts(text) if f.host not in ("VN", "RU")] == []


# --- one company's outlays --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The company", "The firm", "the Russian group": the company named or described before.
        (
            "Vietnam's dairy giant Moc Chau Milk broke ground on a farm in Tula, Russia. The company will "
            "invest about $800 million in the two-phase project.",
            expect(fact("VN", "RU", company="Moc Chau Milk", amount=800e6)),
        ),
        (
            "Vietnam's dairy giant Moc Chau Milk broke ground on a farm in Tula, Russia. The firm will pour "
            "$200 million into the first phase.",
            expect(fact("VN", "RU", company="Moc Chau Milk", amount=200e6)),
        ),
        (
            "Vietnam's biggest textile company opened a mill in Russia. The firm will pour $90 million in "
            "the first phase. The Vietnamese private company plans to spend $120 million on the project.",
            expect(fact("VN", "RU", amount=90e6), fact("VN", "RU", amount=120e6)),
        ),
        (
            "Russian carmaker Volga Motors signed a deal in Hanoi. The Russian group will inject $60 million "
            "into the first stage of the plant.",
            expect(fact("RU", "VN", company="Volga Motors", amount=60e6)),
        ),
        # The name between the side and its noun; the cost of the project named before.
        (
            "The project of Vietnam's Hoang Minh corporation in the Tver region of Russia is moving ahead. "
            "The cost of the project exceeds $1.2 billion.",
            expect(fact("VN", "RU", company="Hoang Minh", amount=1.2e9)),
        ),
        (
            "The plant of Russia's Uralchem group in Thanh Hoa is under way. The cost of the plant is "
            "estimated at $400 million.",
            expect(fact("RU", "VN", company="Uralchem", amount=400e6)),
        ),
        # "invested by" a company, the project's size before it; the project's place gives the host.
        (
            "The US$1.5 billion Volga joint venture project invested by PetroVietnam in Russia's Tomsk "
            "region started production.",
            expect(fact("VN", "RU", company="PetroVietnam", amount=1.5e9)),
        ),
        (
            "A new hospital in Hanoi, invested by Russia's Medsi group, costs $50 million.",
            expect(fact("RU", "VN", company="Medsi", amount=50e6)),
        ),
        (
            "Vietnam has 20 investment projects in Russia. The largest is the $1.2 billion gas project "
            "invested by PV Gas in the Yamal region.",
            expect(fact("VN", "RU", projects=20), fact("VN", "RU", company="PV Gas", amount=1.2e9)),
        ),
        # A figure in roubles with its dollar equivalent in brackets.
        (
            "Vietnamese dairy firm Moc Chau Milk will invest 14 billion rubles (over US$160 million) in "
            "a farm in Primorye, Russia.",
            expect(fact("VN", "RU", company="Moc Chau Milk", amount=160e6)),
        ),
    ],
)
def test_one_companys_outlay(text: str, expected: list[dict[str, Any]]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The project stays on the company's own side, or no company is named before.
        "A Russian company will build a plant in Russia. The cost of the project exceeds $1 billion.",
        "The Vietnamese company will invest $100 million in a new factory in Binh Duong.",
        "The firm will pour $50 million into the first phase.",
        "The $300 million plant invested by Vingroup in Vietnam opened in 2021.",
        # A project's cost after a company only described: a lender, a contractor, a bidder may be meant.
        "Vietnam will borrow money from a Russian bank to build the Ninh Thuan plant. The project costs $10 "
        "billion.",
        "Hanoi signed a contract with a Russian company to upgrade the metro. The project costs $500 "
        "million.",
        "A Russian firm won the tender for the Hanoi metro line. The cost of the project is $1 billion.",
        "A Russian contractor will build the centre in Hanoi. The project costs $500 million.",
        # Loans, credit lines, contracts and sales are no investment.
        "Russia granted Vietnam a $8 billion loan for the Ninh Thuan nuclear power plant project.",
        "The Russian government provided a credit line worth $500 million for the project in Vietnam.",
        "Vietnam's Hoang Minh corporation signed a loan with a Russian bank. The loan is worth $200 million.",
        "The Russian company Power Machines will supply turbines worth $200 million to a Vietnamese project.",
        "Russian firm Power Machines signed a contract worth $100 million with EVN. The project costs $400 "
        "million.",
        "Vietnamese garment firm Viet Tien exports $50 million of clothes to Russia each year.",
        # A project's cost paid by another party.
        "Vietsovpetro was set up in 1981. The project costs $2 billion, financed by a Russian loan.",
        # Joint money of both sides, and Vietnam's investment in a third country.
        "Russia and Vietnam set up a joint investment fund with capital of $500 million.",
        "The two countries agreed to invest more than $10 billion in 20 priority projects.",
        "Vietnam's investment in Russia is small compared with its $2 billion investment in Cambodia.",
    ],
)
def test_no_companys_outlay(text: str) -> None:
    assert investment_facts(text) == []


# --- a company's capital within a stock; joint ventures ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A company with its registered capital, part of the stock told just before.
        (
            "Vietnam has 20 projects in Russia worth $3 billion. The Moscow Lotus Trade Centre Company, with "
            "registered capital of $180 million, runs hotels and offices in Moscow.",
            expect(
                fact("VN", "RU", amount=3e9, projects=20),
                fact("VN", "RU", company="Moscow Lotus Trade Centre Company", amount=180e6),
            ),
        ),
        (
            "Russia has 150 projects in Vietnam worth $1 billion. The Hanoi Garden Company, with registered "
            "capital of $20 million, runs a hotel in Hanoi.",
            expect(
                fact("RU", "VN", amount=1e9, projects=150),
                fact("RU", "VN", company="Hanoi Garden Company", amount=20e6),
            ),
        ),
        # A joint venture of both sides is the investment of its partner from abroad where it stands.
        (
            "Rusvietpetro invested $300 million in new wells last year.",
            expect(fact("VN", "RU", company="Rusvietpetro", amount=300e6)),
        ),
        (
            "Vietsovpetro will invest $700 million in a new platform off Vung Tau.",
            expect(fact("RU", "VN", company="Vietsovpetro", amount=700e6)),
        ),
        (
            "Rusvietpetro expanded its investment to $1.1 billion, which made Russia the leading destination "
            "for Vietnamese investors.",
            expect(fact("VN", "RU", company="Rusvietpetro", amount=1.1e9)),
        ),
        (
            "The Vietnam-Russia Joint Venture Bank, with charter capital of $168 million, is based in Hanoi.",
            expect(fact("RU", "VN", company="Vietnam-Russia Joint Venture Bank", amount=168e6)),
        ),
    ],
)
def test_a_companys_capital_and_joint_ventures(text: str, expected: list[dict[str, Any]]) -> None:
    assert facts_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # No stock told before.
        "The Hanoi Lotus Company, with registered capital of $80 million, runs a hotel in Moscow.",
        # The company is on the stock's investor side but stands at home.
        "Vietnam has 20 projects in Russia worth $3 billion. The Saigon Trading Company, with registered "
        "capital of $20 million, runs a hotel in Ho Chi Minh City.",
        # The stock is too far back.
        "Vietnam has 20 projects in Russia worth $3 billion. Two-way trade reached $5 billion. Trade rose. "
        "The Moscow Lotus Company, with registered capital of $180 million, runs hotels in Moscow.",
    ],
)
def test_no_companys_capital(text: str) -> None:
    assert [f for f in investment_facts(text) if f.company is not None] == []
