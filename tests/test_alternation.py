"""Name lists compiled as a prefix tree match exactly what the flat longest-first alternation does."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from vnru_facts.extract.patterns import load_gazetteer
from vnru_facts.extract.patterns.alternation import diacritic_units, literal_units, tree_alternation
from vnru_facts.extract.patterns.people import TITLE_OF
from vnru_facts.normalize.names import diacritic_insensitive

from .conftest import SEEDS

PLACES = sorted({a for row in load_gazetteer("places") for a in row["aliases"]}, key=lambda a: (-len(a), a))
TITLES = sorted(TITLE_OF, key=len, reverse=True)
EDGE = r"(?:[’']s)?(?!\w)"


def _flat_places() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(diacritic_insensitive(a) for a in PLACES)}){EDGE}")


def _tree_places() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{tree_alternation(diacritic_units(a) for a in PLACES)}){EDGE}")


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text)]


def test_tree_matches_like_the_flat_list_on_the_seeds():
    flat, tree = _flat_places(), _tree_places()
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _spans(tree, text) == _spans(flat, text)


# Texts made of names, their prefixes and joints, where longest-first choices matter most.
PIECES = st.sampled_from([*PLACES, *(a[: len(a) // 2] for a in PLACES), " ", "-", "’s", "'s ", "n", ", "])


@given(st.lists(PIECES, max_size=12).map("".join))
def test_tree_matches_like_the_flat_list_on_runs_of_names(text):
    assert _spans(_tree_places(), text) == _spans(_flat_places(), text)


@given(st.lists(st.sampled_from([*TITLES, " ", "Deputy ", "of ", "Vice"]), max_size=8).map("".join))
def test_title_tree_matches_like_the_flat_list(text):
    flat = re.compile("|".join(re.escape(a).replace(r"\ ", r"\s") for a in TITLES))
    tree = re.compile(tree_alternation(literal_units(a) for a in TITLES))
    assert _spans(tree, text) == _spans(flat, text)
