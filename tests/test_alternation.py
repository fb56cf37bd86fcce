"""Name lists compiled as a prefix tree match exactly what the flat longest-first alternation does."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from vnru_facts.extract.patterns import load_gazetteer
from vnru_facts.extract.patterns.alternation import (
    diacritic_units,
    folded_into_letters,
    folded_twin,
    gazetteer_matcher,
    literal_units,
    tree_alternation,
)
from vnru_facts.extract.patterns.people import TITLE_OF
from vnru_facts.normalize.names import diacritic_insensitive, fold_letters

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


ORGS = load_gazetteer("orgs")
ORG_NAMES = sorted({a for row in ORGS for a in [row["name"], *row["aliases"]]})


def _org_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    twin = folded_twin(ORGS, match_names=True)
    assert twin is not None
    return gazetteer_matcher(ORGS, match_names=True)[0], twin


def test_folded_twin_matches_like_the_gazetteer_regex_on_the_seeds():
    regex, twin = _org_regexes()
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _spans(twin, fold_letters(text)) == _spans(regex, text)


# Names, their prefixes, written with and without diacritics, run together or apart.
ORG_PIECES = st.sampled_from(
    [*ORG_NAMES[::7], *(a[: len(a) // 2] for a in ORG_NAMES[::11]), "Rosatom", "Rôsatom", "Petrovietnam",
     "PetroVietnam", "Vietsovpetro", "Vietcombank", "Ngân hàng", " ", "\u00a0", "-", "’s", "x", "é", "\n"]
)  # fmt: skip


@given(st.lists(ORG_PIECES, max_size=10).map("".join))
def test_folded_twin_matches_like_the_gazetteer_regex(text):
    regex, twin = _org_regexes()
    assert not any(ch in text for ch in folded_into_letters())
    assert _spans(twin, fold_letters(text)) == _spans(regex, text)
