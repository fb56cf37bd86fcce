"""spaCy's tokenizer made safe for hostile text: linear time on long runs without spaces.

spaCy splits prefixes and suffixes off a whitespace-free chunk one at a time, and each step copies
the rest of the chunk and searches it for a suffix from its first character: a chunk of 20,000 "$"
or "(" takes minutes, a megabyte of them never ends. Real words and URLs are far shorter than
``LONG_RUN``; a longer chunk is kept whole (one token), and suffixes are looked for at the end only.
Nothing changes for ordinary text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

# Characters without whitespace beyond which a chunk is one token. The longest URLs in news pages
# are a few hundred characters.
LONG_RUN = 1000
# The longest suffix spaCy's English rules strip ("km²", "'s", "”.", ellipses) is a few characters;
# 64 leaves room and keeps every suffix search constant time.
SUFFIX_WINDOW = 64

Search = Callable[[str], Any]


class LongRunMatch:
    """``token_match`` that keeps a chunk of ``LONG_RUN`` or more characters whole.

    A class rather than a closure: worker processes (``--jobs``) receive the tokenizer by pickling.
    """

    def __init__(self, inner: Search | None) -> None:
        self.inner = inner

    def __call__(self, string: str) -> Any:
        if len(string) >= LONG_RUN:
            return True
        return self.inner(string) if self.inner is not None else None


class TailSuffixSearch:
    """``suffix_search`` that looks at the last ``SUFFIX_WINDOW`` characters only.

    Suffix patterns end in ``$``; searching from the chunk's start finds the same match, after
    trying every earlier position first. Lookbehinds still see the characters before the window.
    """

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex

    def __call__(self, string: str) -> re.Match[str] | None:
        return self.regex.search(string, max(0, len(string) - SUFFIX_WINDOW))

    @property
    def __self__(self) -> re.Pattern[str]:
        # spaCy's Tokenizer.to_bytes reads ``suffix_search.__self__.pattern`` of a bound search.
        return self.regex


def harden_tokenizer(tokenizer: Tokenizer) -> Tokenizer:
    """``tokenizer`` with the two changes above, in place; returned for chaining."""
    if not isinstance(tokenizer.token_match, LongRunMatch):
        tokenizer.token_match = LongRunMatch(tokenizer.token_match)
    search = tokenizer.suffix_search
    if search is not None and not isinstance(search, TailSuffixSearch):
        tokenizer.suffix_search = TailSuffixSearch(search.__self__)
    return tokenizer


def cache_across_special_cases(tokenizer: Tokenizer) -> Tokenizer:
    """``tokenizer`` without the special cases that its affix rules already split the same way, in place.

    spaCy's tokenizer caches how each chunk of text splits, but stops adding to its cache for the
    rest of a text once any special case has matched in it (spaCy issue #1250). English lists
    "\\n", "\\t" and " " as special cases whose one token is the string itself, so after a text's
    first line break every later chunk was split afresh: two to three times slower on news text.
    The same holds for about a hundred more special cases whose tokens the prefix, suffix and infix
    rules give anyway, some of them frequent in news: the dash "—", the quotes "’" and "'", "It's",
    "D.C.". Each is dropped only if the tokens (text and spacing) stay those of the stock tokenizer
    for the string alone and inside runs of prefixes and suffixes, where a special case can stop
    the affix rules early. What such a special case adds besides is a ``norm`` ("—" -> "--"), which
    nothing in this pipeline reads. Special cases that change the tokens ("Mr.", "don't", "10am")
    are kept.
    """
    rules = dict(tokenizer.rules)
    bare = _with_rules(tokenizer, {})
    same_alone = {key for key, rule in rules.items() if _texts(bare(key)) == [t[ORTH] for t in rule]}
    if not same_alone:
        return tokenizer
    # Checked again with the special cases that stay: they can meet inside a dropped one ("°c.").
    fewer = _with_rules(tokenizer, {key: rule for key, rule in rules.items() if key not in same_alone})
    drop = {key for key in same_alone if _tokens(fewer(key)) == _tokens(tokenizer(key))}
    tokenizer.rules = {key: rule for key, rule in rules.items() if key not in drop}
    return tokenizer


# Strings that spaCy's English affix rules split off a chunk, to put around a special case in tests:
# where one of them is stripped, the rest of the chunk is looked up as a special case again.
AFFIXES_BEFORE = ("", "(", "[", '"', "“", "‘", "'", "«", "$", "*", "-", '("', "“(")
AFFIXES_AFTER = ("", ".", ",", ")", ":", ";", '"', "”", "’", "'", "!", "?", "%", "'s", "’s", "...",
                 "-", ").", '",', "”.", ".”", "),")  # fmt: skip


def in_affixes(key: str) -> str:
    """``key`` alone and inside every prefix and suffix above, as one text of space-separated chunks."""
    return " ".join(f"{before}{key}{after}" for before in AFFIXES_BEFORE for after in AFFIXES_AFTER)


def _with_rules(tokenizer: Tokenizer, rules: dict[str, list[dict[int, str]]]) -> Tokenizer:
    return Tokenizer(
        tokenizer.vocab,
        rules=rules,
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
    )


def _texts(doc: Doc) -> list[str]:
    return [token.text for token in doc]


def _tokens(doc: Doc) -> list[tuple[str, bool]]:
    return [(token.text, bool(token.whitespace_)) for token in doc]
