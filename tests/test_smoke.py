from vnru_facts import extract_text


def test_two_way_trade_figure_becomes_a_trade_fact() -> None:
    result = extract_text("Bilateral trade between Vietnam and Russia reached $5.2 billion in 2023.")
    [fact] = result.facts
    assert fact.type == "trade"
    assert fact.value is not None and fact.value.amount == 5.2e9
    assert fact.period is not None and (fact.period.start, fact.period.end) == ("2023-01", "2023-12")
