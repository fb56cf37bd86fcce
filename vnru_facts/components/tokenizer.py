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


def cache_across_line_breaks(tokenizer: Tokenizer) -> Tokenizer:
    """``tokenizer`` without the special cases that only repeat a whitespace token, in place.

    spaCy's tokenizer caches how each chunk of text splits, but stops adding to its cache for the
    rest of a text once any special case has matched in it (spaCy issue #1250). English lists
    "\\n", "\\t" and " " as special cases whose one token is the string itself, so after a text's
    first line break every later chunk was split afresh: two to three times slower on news text.
    Without those three entries the tokens are the same (a whitespace run is one token either
    way; tested against the stock tokenizer) and the cache keeps working. Other special cases
    ("Mr.", "\\xa0" with its own norm) are kept.
    """
    plain = {key: rule for key, rule in tokenizer.rules.items() if not _repeats_itself(key, rule)}
    if len(plain) != len(tokenizer.rules):
        tokenizer.rules = plain
    return tokenizer


def _repeats_itself(key: str, rule: list[dict[int, str]]) -> bool:
    return key.isspace() and rule == [{ORTH: key}]
