import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnru_facts.normalize.money import find_amounts, parse_money, parse_percent, qualifier_of, widen


@pytest.mark.parametrize(
    ("text", "amount", "currency", "low", "high"),
    [
        ("US$4.57 billion", 4.57e9, "USD", 4.565e9, 4.575e9),
        ("$4.59 billion", 4.59e9, "USD", 4.585e9, 4.595e9),
        ("$5.7 bln", 5.7e9, "USD", 5.65e9, 5.75e9),
        ("USD 990 million", 990e6, "USD", 989.5e6, 990.5e6),
        ("VND 100 trillion", 100e12, "VND", 99.5e12, 100.5e12),
        ("7.1 billion USD", 7.1e9, "USD", 7.05e9, 7.15e9),
        ("12 billion US dollars", 12e9, "USD", 11.5e9, 12.5e9),
        ("$2.5B", 2.5e9, "USD", 2.45e9, 2.55e9),
        ("US$ 1.6 billion", 1.6e9, "USD", 1.55e9, 1.65e9),
        ("3,5 billion USD", 3.5e9, "USD", 3.45e9, 3.55e9),
        ("1,200 million roubles", 1.2e9, "RUB", 1.1995e9, 1.2005e9),
        ("€300 mln", 300e6, "EUR", 299.5e6, 300.5e6),
    ],
)
def test_parse_money_reads_amount_currency_and_printed_precision(text, amount, currency, low, high):
    money = parse_money(text)
    assert money is not None
    assert money.amount == pytest.approx(amount)
    assert money.currency == currency
    assert (money.low, money.high) == (pytest.approx(low), pytest.approx(high))


def test_a_round_small_figure_is_read_within_five_percent():
    money = parse_money("$1 billion")
    assert money is not None
    assert (money.low, money.high) == (pytest.approx(0.95e9), pytest.approx(1.05e9))


@pytest.mark.parametrize("text", ["2024", "the 75th anniversary", "199 projects", "26%"])
def test_parse_money_ignores_numbers_without_currency(text):
    assert parse_money(text) is None


@pytest.mark.parametrize(
    ("before", "qualifier", "word"),
    [
        ("a total capital of about ", "approx", "about"),
        ("reached approximately ", "approx", "approximately"),
        ("grew by around ", "approx", "around"),
        ("rose by nearly ", "under", "nearly"),
        ("fell almost ", "under", "almost"),
        ("trade rose over ", "over", "over"),
        ("signed more than ", "over", "more than"),
        ("investment exceeding ", "over", "exceeding"),
        ("a budget under ", "under", "under"),
        ("reached ", "exact", None),
    ],
)
def test_qualifier_of_reads_the_word_before_a_number(before, qualifier, word):
    assert qualifier_of(before) == (qualifier, word)


@pytest.mark.parametrize(
    ("word", "amount", "inside", "outside"),
    [
        ("about", 2.5e9, 2.47e9, 2.7e9),  # "about $2.5B" agrees with $2.47B
        ("over", 20.0, 26.0, 19.0),  # "over 20%" allows 26%
        ("nearly", 30.0, 28.0, 31.0),  # "nearly 30%" excludes 31%
    ],
)
def test_widen_gives_the_interval_a_qualifier_allows(word, amount, inside, outside):
    low, high = widen(amount, amount, amount, word)
    assert low <= inside <= high
    assert not low <= outside <= high


@pytest.mark.parametrize(
    ("text", "value"),
    [("26%", 26.0), ("35.4 percent", 35.4), ("12 per cent", 12.0), ("465 per-cent", 465.0), ("7,5%", 7.5)],
)
def test_parse_percent(text, value):
    parsed = parse_percent(text)
    assert parsed is not None
    assert parsed[0] == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Trade hit US$4.57 billion, about $2.5B, 150-160 million USD and 7,1 billion USD in 2021.",
        "x us$5 bn y; Us $ 7 million; usd 5 m; VNĐ 100 trillion; eur 5 bn; Rub 4 bln; 12 dollars",
        "$" * 500 + "1," * 500 + "9" * 2000 + " billion USD",
        "5 dollars " * 2000 + "4.5 U.S.\n dollars, 150 – 160 mln roubles, 1 000 000 đồng",  # read back once
        "In 2024, 7 bn USD; ı and ſ in the text: every number is tried",  # no folded copy
    ],
)
def test_anchored_money_search_gives_the_same_matches_as_a_full_scan(text):
    from vnru_facts.normalize.money import MONEY_RE, find_money

    assert [m.span() for m in find_money(text)] == [m.span() for m in MONEY_RE.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "up 26% and 35.4 percent, 20 pct",
        "twenty-six per cent, five percent, a 465 per-cent growth",
        "5%%% 12 per cent",
        "1" * 3000 + "%",
    ],
)
def test_percent_search_from_the_unit_gives_the_same_matches_as_a_full_scan(text):
    from vnru_facts.normalize.money import PERCENT_RE, find_percents

    assert [m.span() for m in find_percents(text)] == [m.span() for m in PERCENT_RE.finditer(text)]


_MONEY_PIECES = st.sampled_from(
    [
        "US", "us", "Us", "$", "€", "₽", "USD", "usd", "VND", "VNĐ", "vnđ", "Rub", "RUB", "EUR", "eur",
        "1", "12", "4.57", "150", "1,000", "-", "–", " ", "\n", "\t", "billion", "bn", "m", "k",
        "dollars", "U.S.", "dong", "đồng", "roubles", "%", "per", "cent", "pct", "five", "x", "Europe",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_MONEY_PIECES, max_size=30).map("".join))
def test_anchored_money_and_percent_search_on_any_mix_of_pieces(text):
    from vnru_facts.normalize.money import MONEY_RE, PERCENT_RE, find_money, find_percents

    assert [m.span() for m in find_money(text)] == [m.span() for m in MONEY_RE.finditer(text)]
    assert [m.span() for m in find_percents(text)] == [m.span() for m in PERCENT_RE.finditer(text)]


_QUALIFIER_PIECES = st.sampled_from(
    [
        "about", "ABOUT", "approx.", "an", "estimated", "close", "to", "up", "less", "than", "more",
        "in", "excess", "of", "the", "The", "over", "nearly", "ſome", "\u212aey", "ı", " ", "  ", "\n",
        "\u2003", "x", "trade of ", "(", ",", "3", "upwards",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_QUALIFIER_PIECES, max_size=12).map("".join))
def test_guarded_qualifier_search_finds_what_the_plain_one_finds(text):
    from vnru_facts.normalize.money import _QUALIFIER_BEFORE, QUALIFIER_BEFORE

    plain, fast = QUALIFIER_BEFORE.search(text[-30:]), _QUALIFIER_BEFORE.search(text[-30:])
    assert (plain and (plain.span(), plain.group(1))) == (fast and (fast.span(), fast.group(1)))


# --- amounts in words and figures with their equivalent ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency", "low", "high"),
    [
        ("seven billion US dollars", 7e9, "USD", 6.65e9, 7.35e9),  # a round figure: within 5 %
        ("four point five billion dollars", 4.5e9, "USD", 4.45e9, 4.55e9),
        ("one point two five million euros", 1.25e6, "EUR", 1.245e6, 1.255e6),
        ("half a billion dollars", 0.5e9, "USD", 0.45e9, 0.55e9),
        ("a billion dollars", 1e9, "USD", 0.95e9, 1.05e9),
        ("two and a half billion USD", 2.5e9, "USD", 2.45e9, 2.55e9),
        ("twenty-five million roubles", 25e6, "RUB", 24.5e6, 25.5e6),
        ("Ten Billion Dollars", 10e9, "USD", 9.5e9, 10.5e9),
        ("$4.57bn", 4.57e9, "USD", 4.565e9, 4.575e9),
        ("USD 4,570 million", 4.57e9, "USD", 4.5695e9, 4.5705e9),
        ("US$ 828 million", 828e6, "USD", 827.5e6, 828.5e6),
    ],
)
def test_amounts_in_words_and_abbreviations(text, amount, currency, low, high):
    money = parse_money(text)
    assert money is not None
    assert (money.amount, money.currency) == (pytest.approx(amount), currency)
    assert (money.low, money.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("text", "usd", "qualifier_word"),
    [
        ("VND 115 trillion (US$4.57 billion)", 4.57e9, None),
        ("115 trillion VND (about US$4.57 billion)", 4.57e9, "about"),
        ("19 billion rubles (more than US$210 million)", 210e6, "more than"),
        ("VND 115 trillion, or US$4.57 billion", 4.57e9, None),
        ("US$4.57 billion (VND 115 trillion)", 4.57e9, None),
    ],
)
def test_a_figure_with_its_dollar_equivalent_is_one_amount(text, usd, qualifier_word):
    from vnru_facts.normalize.money import find_amounts

    [amount] = find_amounts(f"Trade reached {text} in 2023.")
    assert (amount.text, amount.qualifier_word) == (text, qualifier_word)
    money = parse_money(amount.text)
    assert money is not None
    assert (money.amount, money.currency) == (pytest.approx(usd), "USD")


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # two figures of one currency, two figures joined by "and", a figure alone
        ("US$4 billion ($1 billion of it in May)", ["US$4 billion", "$1 billion"]),
        ("VND 5 trillion and US$2 billion", ["VND 5 trillion", "US$2 billion"]),
        ("VND 115 trillion in 2023", ["VND 115 trillion"]),
        # number words without a currency are no amount
        ("seven billion people", []),
        ("in Dong Nai province", []),
        ("two billion", []),
    ],
)
def test_near_misses_of_amounts(text, amounts):
    from vnru_facts.normalize.money import find_amounts

    assert [a.text for a in find_amounts(text)] == amounts


@pytest.mark.parametrize(
    ("after", "qualifier", "word"),
    [
        (" or more in 2023", "over", "or more"),
        (" and above", "over", "and above"),
        (" or less", "under", "or less"),
        (" or so, officials said", "approx", "or so"),
        (" or US$4.57 billion", "exact", None),
        (" in 2023 or more", "exact", None),
    ],
)
def test_qualifier_after_reads_the_words_right_after_a_figure(after, qualifier, word):
    from vnru_facts.normalize.money import qualifier_after

    text = "trade of $2 billion" + after
    assert qualifier_after(text, len("trade of $2 billion")) == (qualifier, word)


# A figure told in two scales: "4 billion 570 million USD" is 4.57 billion, exact to the million.
@pytest.mark.parametrize(
    ("text", "figure", "amount", "currency"),
    [
        ("Trade reached 4 billion 570 million USD in 2024.", "4 billion 570 million USD", 4.57e9, "USD"),
        ("Trade hit USD 4 billion 570 million in 2024.", "USD 4 billion 570 million", 4.57e9, "USD"),
        ("Trade hit $4 billion and 570 million last year.", "$4 billion and 570 million", 4.57e9, "USD"),
        ("Capital was VND 115 trillion 300 billion.", "VND 115 trillion 300 billion", 115.3e12, "VND"),
        # with its dollar equivalent, valued in dollars
        (
            "It was VND 115 trillion 300 billion (US$4.57 billion).",
            "VND 115 trillion 300 billion (US$4.57 billion)",
            4.57e9,
            "USD",
        ),
        # near misses: scales that do not fall, two figures, a figure and a count of something else
        ("It was 4 billion 2 billion USD.", "2 billion USD", 2e9, "USD"),
        ("Trade rose 4 billion, 570 million USD went to rice.", "570 million USD", 570e6, "USD"),
        ("It grew from 3 billion to 570 million USD.", "570 million USD", 570e6, "USD"),
        ("Exports were USD 4 billion in 2024, 570 million of it rice.", "USD 4 billion", 4e9, "USD"),
    ],
)
def test_a_figure_in_two_scales_is_one_amount(text, figure, amount, currency):
    (found,) = find_amounts(text)
    money = parse_money(found.text)
    assert found.text == figure
    assert money is not None and (money.amount, money.currency) == (pytest.approx(amount), currency)


@pytest.mark.parametrize(
    ("text", "carried"),
    [
        ("rose from $2.7 billion in 2016 to 3.55 billion in 2017", [("3.55 billion", "USD")]),
        ("VND 115 trillion, up from 98 trillion", []),  # trillion is no bare figure read here
        ("fell to 3.6 billion euros from EUR 4.1 billion", []),  # a figure with its own currency
        ("$2 billion, as 3 billion tonnes were shipped", []),
        ("$2 billion; 3 billion came later", []),  # another clause
    ],
)
def test_a_bare_figure_after_an_amount_takes_its_currency(text: str, carried: list) -> None:
    assert [(a.text, a.currency) for a in find_amounts(text) if a.currency] == carried
