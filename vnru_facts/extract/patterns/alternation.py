"""Long alternations of names as one prefix tree, so a regex scan costs per character, not per name.

Python's ``re`` tries every branch of ``(?:Vietnam|Viet Nam|Russia|...)`` at every position of the
text. The same alternation written as a tree (``(?:R(?:ussia(?:n|)|...)|V(?:iet...))``) rejects a
position after one or two characters. Both match the same text: the flat form lists names longest
first, and the tree tries the longer continuation before stopping at each node.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from vnru_facts.normalize.names import diacritic_insensitive, fold, fold_letters

# Marks a node at which a name ends.
_END = ""


def tree_alternation(names: Iterable[Sequence[str]]) -> str:
    """A regex source matching any of ``names``, each given as a sequence of regex units.

    Units are compared as strings; two different units must never match the same character (one
    class per letter, ``\\s`` for a space, escaped punctuation), so at most one branch of a node
    can continue and the tree matches exactly what the longest-first flat alternation matches.
    """
    root: dict[str, dict] = {}
    for units in names:
        node = root
        for unit in units:
            node = node.setdefault(unit, {})
        node[_END] = {}
    return _source(root)


def _source(node: dict[str, dict]) -> str:
    branches = [unit + _source(child) for unit, child in node.items() if unit != _END]
    if _END in node:
        branches.append("")  # last: the longer names through this node are tried first
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def strings_alternation(strings: Iterable[str]) -> str:
    """A regex source matching any of ``strings`` exactly, character for character, as a prefix tree
    (re skips through a text to the characters that can begin one: quicker than a flat alternation)."""
    return tree_alternation([re.escape(ch) for ch in string] for string in strings)


def literal_units(name: str) -> list[str]:
    """'Prime Minister' -> ['P', 'r', ..., '\\s', 'M', ...]: the name, any whitespace for a space."""
    return [r"\s" if ch == " " else re.escape(ch) for ch in name]


def diacritic_units(name: str) -> list[str]:
    """'Hà Nội' -> ['[Hh-variants]', ...]: each letter with or without diacritics, as
    ``diacritic_insensitive`` writes it."""
    return [diacritic_insensitive(ch) for ch in fold(name)]


# Between the words of a name in text: spaces, or a hyphen or dash with or without spaces around it.
# News writes one province "Ba Ria-Vung Tau", "Ba Ria - Vung Tau", "Ba Ria – Vung Tau", "Ba Ria Vung Tau".
_JOINER = r"(?:[\s\u00a0]*[-\u2010\u2011\u2013\u2014][\s\u00a0]*|[\s\u00a0]+)"
# A straight or a curly apostrophe: "Côte d'Ivoire", "People’s Republic of China".
_APOSTROPHE = "['’]"
_NAME_JOINER = re.compile(r"\s*[-\u2010\u2011\u2013\u2014]\s*|\s+")


def folded_units(name: str) -> list[str]:
    """'Hà Nội' -> ['H', 'a', JOINER, 'N', 'o', 'i']: the name as ``fold_letters`` writes it.

    Spaces and hyphens between its words are one unit that matches any of them, so every way of
    joining the words is the same branch of the tree; so are the two apostrophes.
    """
    units: list[str] = []
    for i, word in enumerate(_NAME_JOINER.split(fold_letters(name))):
        units += [*([_JOINER] if i else []), *(_APOSTROPHE if ch in "'’" else re.escape(ch) for ch in word)]
    return units


def gazetteer_matcher(
    rows: Iterable[dict[str, Any]], *, match_names: bool, suffix: str = "", folded: bool = False
) -> tuple[re.Pattern[str], dict[str, dict[str, Any]]]:
    """One case-sensitive, diacritic-insensitive regex over a gazetteer's aliases, and its lookup.

    Case-sensitive: "US" the country is not "us" the pronoun, "GAZ" the carmaker is not "gas".
    ``match_names``: whether a row's ``name`` is itself written in text ("Rosatom"), or is a code
    ("VN") that only the lookup uses. ``suffix``: a regex allowed after an alias ("'s").
    ``folded``: the regex is of plain spellings, to run on ``fold_letters(text)``: thousands of names
    compile in a fraction of a second, where a class of variants per letter takes seconds.
    """
    from vnru_facts.extract.scan.regex_guard import guarded
    from vnru_facts.normalize.names import fold_key

    rows = list(rows)
    by_alias = {fold_key(a): row for row in rows for a in [row["name"], *row["aliases"]]}
    written = {a for row in rows for a in [*([row["name"]] if match_names else []), *row["aliases"]]}
    if folded:
        return _folded_matcher(written, suffix), by_alias
    source = tree_alternation(diacritic_units(a) for a in sorted(written, key=lambda a: (-len(a), a)))
    return guarded(re.compile(rf"(?<!\w)(?:{source}){suffix}(?!\w)")), by_alias


def folded_twin(rows: Iterable[dict[str, Any]], *, match_names: bool) -> re.Pattern[str] | None:
    """The regex of ``gazetteer_matcher(rows, match_names=...)`` (no suffix) written to run on
    ``fold_letters(text)``: the same matches at the same offsets, on a text that holds none of
    ``folded_into_letters()``. None when an alias holds a character folding changes.

    A class of variants per letter cannot be skipped to by re: it entered the matcher at each character.
    Here each letter is itself, and the word-start check stands after a name's first letter (the ``.``),
    so every branch of the tree starts with a letter and re skips in C to the next possible one.
    """
    written = {a for row in rows for a in [*([row["name"]] if match_names else []), *row["aliases"]]}
    names = sorted(written, key=lambda a: (-len(a), a))
    if not all(fold_letters(ch) == ch for a in names for ch in fold(a)):
        return None
    units = [_plain_units(a) for a in names]
    if not all(len(u[0]) == 1 and not u[0].isspace() for u in units):
        return None
    return re.compile(rf"{tree_alternation([u[0], _WORD_START, *u[1:]] for u in units)}(?!\w)")


def _plain_units(name: str) -> list[str]:
    """``diacritic_units(name)`` for a folded text: each letter itself (``diacritic_insensitive``'s
    class of it, once the text is folded), the same spaces."""
    return [r"[\s\u00a0]+" if ch == " " else re.escape(ch) for ch in fold(name)]


def folded_into_letters() -> tuple[str, ...]:
    """Characters that ``fold_letters`` writes as a letter, but are no word characters ("×" as "x"):
    next to one, a name's word-start or word-end check reads differently on the folded text."""
    return tuple(
        ch for ch in map(chr, range(0x80, 0x2000)) if fold_letters(ch) != ch and not re.match(r"\w", ch)
    )


# The folded copy of the last text seen: the places and organisations components scan the same text.
_last_folded: tuple[str, str] | None = None


def fold_letters_once(text: str) -> str:
    """``fold_letters(text)``, made once for the text the components scan in turn."""
    global _last_folded
    if _last_folded is None or _last_folded[0] is not text:
        _last_folded = (text, fold_letters(text))
    return _last_folded[1]


# "the Russian capital" is matched from "Russian" when "the" precedes: a regex that may start with
# "the" is entered at every "t" of the text, and that was a fifth of its time. The empty group tells
# the caller (``m.lastindex``) that the match is four characters short of its name. Both checks stand
# after a name's first letter (the ``.``), so that every branch of the tree starts with a letter: re
# then skips in C to the next possible first letter instead of entering the matcher at each character
# (a third of this regex's time).
_AFTER_THE = r"(?<=\bthe[\s\u00a0].)()"
_WORD_START = r"(?<!\w.)"


def _folded_matcher(written: set[str], suffix: str) -> re.Pattern[str]:
    """The regex of ``gazetteer_matcher(..., folded=True)``: names starting with "the " begin after it.

    Their branch comes first, so "the Russian capital" is preferred to "Russian" at "Russian"; such
    a match has a group (empty) and the caller moves its start back over "the ".
    """
    phrases = sorted((a for a in written if a.startswith("the ")), key=lambda a: (-len(a), a))
    names = sorted((a for a in written if not a.startswith("the ")), key=lambda a: (-len(a), a))
    units = [_after_first(folded_units(a[4:]), _AFTER_THE) for a in phrases]
    units += [_after_first(folded_units(a), _WORD_START) for a in names]
    return re.compile(rf"{tree_alternation(units)}{suffix}(?!\w)")


def _after_first(units: list[str], check: str) -> list[str]:
    """``check`` put after the first unit, a letter (what the check's ``.`` stands for)."""
    if not (len(units[0]) == 1 and units[0].isalpha()):
        raise ValueError(f"a folded name starts with a letter, not {units[0]!r}")
    return [units[0], check, *units[1:]]
