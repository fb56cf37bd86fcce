"""The person forms tried near title words find exactly what a scan of the whole text finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from vnru_facts.extract.components.person_forms import (
    _AFTER,
    _BEFORE,
    _ONLY,
    _Lead,
    character_class,
    finditer_from,
    form_matches,
    speaker_matches,
    title_starts,
    word_starts,
)
from vnru_facts.extract.patterns.people import (
    HONORIFIC_NAME,
    SPEAKER,
    TITLE_AFTER,
    TITLE_BEFORE,
    TITLE_OF_COUNTRY,
    TITLE_ONLY,
)

FORMS = [TITLE_AFTER, TITLE_BEFORE, TITLE_OF_COUNTRY, TITLE_ONLY, HONORIFIC_NAME]

SENTENCES = [
    "Deputy Prime Minister Pavel Orlov met Vietnamese Deputy PM Le Van Tam in Hanoi.",
    "I. V. Sokolov, the Prime Minister of the Russian Federation, opened the forum.",
    "The Prime Minister of Vietnam, Le Van Tam, and Mr. Oleg Volkov, Minister of the Moscow Government.",
    "former Russian Ambassador Ivan Petrov and ex-President Boris Orlov attended.",
    "then Vietnam's acting President Tran Van Long spoke; the then Russian Foreign Minister Lev Orlov too.",
    "The NA Chairman thanked Vietnam’s President Tran Van Long. The Deputy PM and his team left.",
    "Mr Sokolov greeted Mrs. Le Thi Ha and Madam Nguyen Thi Binh, then Ms Anna Orlova.",
    "talks with Dr. I. V. Sokolov, Governor of Moscow, and Mme Anna Orlova, the Mayor",
    "Guests: Igor Petrov, Vietnamese Ambassador to Russia Le Van Hoa, and others.",
    "Glued words: xPresident Putin, bathe President Orlov, Vice-President Ivan Sokolov.",
    "President Tran Van Long",
    "Anna Maria Olga Petrova Sokolova Ivanova, the Chairwoman of the Federation Council",
    "A long run Of Capitalised Words Without Any Punctuation At All Ends Here Pavel Orlov, Governor",
    "Mr. Vladislav " + "Konstantinopolsky" * 5 + ", the Governor of Moscow",  # a name longer than a slice
    "Chairman of the National Assembly, Tran Van Long, met the Chairwoman of the Federation Council.",
    "Ambassador\nIvan Petrov and Prime\tMinister Pavel Orlov, President",
    # leads with other spaces and glued words: the lead is looked for in the run of its characters
    "formerPresident Ivan Petrov, ex-Ambassador Le Van Hoa and outgoing\u00a0Mayor Pavel Orlov met.",
    "Viet Nam's President Tran Van Long, Việt Nam’s Prime Minister Le Van Tam, Viet\u2009Nam's Ambassador",
    "(former Soviet\tPresident Boris Orlov), 2024: Moscow's Mayor Ivan Petrov; Hanoi's Chairman Le Van Tam",
    # titles written in lower case, with their institution, before and after the name
    "the chairman of the State Duma of Russia, Ivan Petrov, met Le Van Tam, minister of Finance, and the"
    " speaker of the National Assembly Tran Van Long; then-Speaker Boris Orlov and the ambassador came.",
]

CASES = [str, str.upper, str.lower, str.title]


def _spans(matches: object) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(m.start(), m.end(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__)
@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.pattern[:30])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_form_matches_equal_a_full_scan(sentence: str, form: re.Pattern[str], case: object) -> None:
    text = case(sentence)  # type: ignore[operator]
    assert _spans(form_matches(form, text, title_starts(text))) == _spans(form.finditer(text))


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.pattern[:30])
def test_form_matches_equal_a_full_scan_on_a_joined_text(form: re.Pattern[str]) -> None:
    # sentences run into each other: matches near the joins, and one form's matches blocking the next
    for sep in (" ", "\n\n", ", "):
        text = sep.join(SENTENCES + SENTENCES[::-1])
        assert _spans(form_matches(form, text, title_starts(text))) == _spans(form.finditer(text))


def test_title_starts_include_titles_inside_titles() -> None:
    text = "Deputy Prime Minister Pavel Orlov"
    assert [text[i:].split()[0] for i in title_starts(text)] == ["Deputy", "Prime", "Minister"]


def test_word_starts_are_every_place_the_word_matches() -> None:
    word = re.compile("aba|b")
    assert word_starts(word, re.compile("[ab]"), "ababa") == [0, 1, 2, 3]


# Pieces of leads and titles, glued and spaced in any order: "xthe", "Russian’s", "ex-\tPM".
_LEAD_PIECES = ["the", "The", "then", "former", "ex-", "acting", "Russian", "Vietnamese", "Viet Nam’s"]
_LEAD_PIECES += ["Hanoi's", "Soviet", "President", "Prime Minister", "PM", "Chairman"]
_LEAD_PIECES += [",", "x", "\n", " ", "\t"]


def _lead_starts_by_scan(lead: _Lead, text: str, titles: list[int]) -> list[int]:
    """Every place before a title where the lead can start, tried over all ``longest`` characters."""
    windows = [(max(0, title - lead.longest), title) for title in titles]
    return sorted({m.start() for lo, title in windows for m in lead.ending.finditer(text, lo, title)})


@given(st.lists(st.sampled_from(_LEAD_PIECES), max_size=30))
@example(["x", "the", " ", "President"])  # \b before "the" reads the character before the run
@example(["the", " ", "President", "x", "then", " ", "Soviet", " ", "PM"])
def test_lead_starts_equal_a_scan_before_every_title(pieces: list[str]) -> None:
    text = "".join(pieces)
    titles = title_starts(text)
    for lead in (_BEFORE, _ONLY, _AFTER):
        assert lead.starts(text, titles) == _lead_starts_by_scan(lead, text, titles)


def test_finditer_from_skips_starts_inside_a_match() -> None:
    regex = re.compile("aa")
    assert [m.start() for m in finditer_from(regex, "aaaa", [0, 1, 2, 3])] == [0, 2]


@pytest.mark.parametrize(
    "text",
    [
        "I.Petrov: Good afternoon.\nLe Van Tam: Thank you.\n\nIvan Petrov: Yes.",
        "\nA.B.Sokolov: first line empty\r\nAnna Orlova: after a carriage return",
        "Heading\nnot a speaker: Ivan Petrov: inside a line",
        "",
    ],
)
def test_speaker_matches_equal_a_full_scan(text: str) -> None:
    assert _spans(speaker_matches(text)) == _spans(SPEAKER.finditer(text))


_SPEAKER_PIECES = [
    "I.",
    "B.",
    " ",
    "\n",
    "\r\n",
    ":",
    ": ",
    ":\n",
    "Petrov",
    "Ivan",
    "Le",
    "x",
    "10:30",
    ",",
    "\t",
]


@given(st.lists(st.sampled_from(_SPEAKER_PIECES), max_size=24))
def test_speaker_matches_equal_a_full_scan_on_runs_of_pieces(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _spans(speaker_matches(text)) == _spans(SPEAKER.finditer(text))


@pytest.mark.parametrize(
    ("source", "sample"),
    [
        (r"(?:then|ex-)\s?", "ex-\u00a0"),
        (r"\b(?:[Tt]he\s|Viet Nam[’']s\s)", "Viet Nam’s\t"),
    ],
)
def test_character_class_holds_every_character_a_match_can_contain(source: str, sample: str) -> None:
    assert re.fullmatch(source, sample)
    assert re.fullmatch(f"[{character_class(source)}]*", sample)
    assert not re.fullmatch(f"[{character_class(source)}]", "b")  # and no letter the pattern lacks


@pytest.mark.parametrize("source", [r"[^,]+", r"a.b", r"(?i)the", r"\d+"])
def test_character_class_refuses_what_it_cannot_bound(source: str) -> None:
    with pytest.raises(ValueError):
        character_class(source)
