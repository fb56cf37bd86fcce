"""``people.pronouns``: the "he"/"she" found through the lower-cased text are exactly the matches of
``PRONOUN`` that are one of the four words, in texts full of near misses ("the", "Ashe", "he-man")."""

from __future__ import annotations

import pytest

from vnru_facts.extract.document.people import _PRONOUNS, PRONOUN, pronouns


def _by_regex(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in PRONOUN.finditer(text) if m.group() in _PRONOUNS]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He arrived in the capital, where she met the minister.", ["He", "she"]),
        ("The envoy said he would return; She agreed.", ["he", "She"]),
        ("“We will sign,” he said. Then the talks ended.", ["he"]),
        ("he", ["he"]),
        ("she", ["she"]),
        # near misses: "he" ending a longer word, joined by a hyphen or an apostrophe, inside a name
        ("Then the theme of the ashes was there.", []),
        ("The he-man and she’s here; Ashe and Ohe came.", []),
        ("Shell, Shea and Hera: the_he, 2he, x-she.", []),
        ("THE HE SHE", []),
        ("Kelvin \u212ahe and \u212ashe stay out.", []),
    ],
)
def test_pronouns_are_the_regex_matches(text: str, words: list[str]) -> None:
    found = pronouns(text)
    assert found == _by_regex(text)
    assert [text[a:b] for a, b in found] == words
