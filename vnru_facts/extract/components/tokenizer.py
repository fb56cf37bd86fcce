"""spaCy's English tokenizer, made safe for hostile text and kept fast, with the same tokens.

- Linear time on long runs without spaces. spaCy splits prefixes and suffixes off a whitespace-free
  chunk one at a time, and each step copies the rest of the chunk and searches it for a suffix from
  its first character: a chunk of 20,000 "$" or "(" takes minutes, a megabyte of them never ends.
  Real words and URLs are far shorter than ``LONG_RUN``; a longer chunk is kept whole (one token),
  and suffixes are looked for at the end only.
- A chunk cache that keeps working. spaCy caches how each chunk splits, but adds nothing more to its
  cache for the rest of a text once any special case has matched in it (spaCy issue #1250), and news
  text is full of them ("Mr.", "Dec.", "—"). Special cases the affix rules repeat are dropped
  (``cache_across_special_cases``); those of one token are kept whole by other means
  (``SpecialCaseFreeTokenizer``).

Nothing changes for ordinary text: the tests compare the tokens with the stock tokenizer's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
from spacy.attrs import ORTH, SPACY
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
    """``token_match`` that keeps a chunk of ``LONG_RUN`` or more characters whole, and the strings
    of ``keep_whole`` (see ``SpecialCaseFreeTokenizer``).

    A class rather than a closure: worker processes (``--jobs``) receive the tokenizer by pickling.
    """

    def __init__(self, inner: Search | None, keep_whole: frozenset[str] = frozenset()) -> None:
        self.inner = inner
        self.keep_whole = keep_whole

    def __call__(self, string: str) -> Any:
        if len(string) >= LONG_RUN or string in self.keep_whole:
            return True
        return self.inner(string) if self.inner is not None else None


class TailSuffixSearch:
    """``suffix_search`` that looks at the last ``SUFFIX_WINDOW`` characters only.

    Suffix patterns end in ``$``; searching from the chunk's start finds the same match, after
    trying every earlier position first. Lookbehinds still see the characters before the window.
    """

    def __init__(self, regex: re.Pattern[str], keep_whole: frozenset[str] = frozenset()) -> None:
        self.regex = regex
        self.keep_whole = keep_whole  # strings no suffix is stripped from (``SpecialCaseFreeTokenizer``)

    def __call__(self, string: str) -> re.Match[str] | None:
        if string in self.keep_whole:
            return None
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


class KeepWholePrefixSearch:
    """``prefix_search`` that strips no prefix where spaCy, looking up special cases, would strip the
    suffix whose removal leaves one of ``keep_whole``. Those start with a letter or digit, so only
    a prefix that does (a currency code: "US$") is ever looked at twice."""

    def __init__(
        self, inner: Search, suffix_search: Search, keep_whole: frozenset[str], kept: frozenset[str]
    ) -> None:
        self.inner = inner
        self.suffix_search = suffix_search
        self.keep_whole = keep_whole
        self.kept = kept  # the special cases still in the rules, which spaCy looks up itself

    def __call__(self, string: str) -> Any:
        match = self.inner(string)
        if match is None or not string[:1].isalnum():
            return match
        rest = string[match.end() - match.start() :]
        if rest in self.keep_whole or rest in self.kept:
            return match
        suffix = self.suffix_search(rest)
        length = 0 if suffix is None else suffix.end() - suffix.start()
        if length and string[:-length] in self.keep_whole:
            return None
        return match

    @property
    def __self__(self) -> Any:
        return self.inner.__self__


class SpecialCaseFreeTokenizer:
    """The tokens of ``reference`` from a tokenizer whose chunk cache never stops.

    The special cases of one token that is the key itself ("Mr.", "Dec.", "St.", "a.m.") are frequent
    in news and stop spaCy's cache for the rest of a text (see ``cache_across_special_cases``). The
    fast tokenizer has no such rules: ``token_match`` keeps those strings whole, and the affix
    searches strip from around them what spaCy strips around a special case. One thing it cannot
    copy is spaCy's last pass, which merges the pieces of a special case that other rules split
    inside a chunk ("Mr.Putin" -> "Mr." + "Putin"): a Doc in which such pieces meet (rare) is
    tokenised again by ``reference``. Special cases of several tokens ("don't") stay in the rules.
    """

    def __init__(self, reference: Tokenizer) -> None:
        self.reference = reference
        rules = dict(reference.rules)
        keep_whole = frozenset(key for key, rule in rules.items() if _is_itself(key, rule))
        kept = {key: rule for key, rule in rules.items() if key not in keep_whole}
        suffix_search = TailSuffixSearch(_regex_of(reference.suffix_search), keep_whole)
        self.fast = Tokenizer(
            reference.vocab,
            rules=kept,
            prefix_search=KeepWholePrefixSearch(
                reference.prefix_search, suffix_search, keep_whole, frozenset(kept)
            ),
            suffix_search=suffix_search,
            infix_finditer=reference.infix_finditer,
            token_match=LongRunMatch(_inner_match(reference.token_match), keep_whole),
            url_match=reference.url_match,
        )
        self.pieces = _pieces_by_first(_with_rules(reference, {}), keep_whole)
        self.first_pieces = np.unique(np.array(list(self.pieces), dtype="uint64"))

    def __call__(self, text: str) -> Doc:
        doc = self.fast(text)
        if self._has_split_special_case(doc):
            return self.reference(text)
        return doc

    def _has_split_special_case(self, doc: Doc) -> bool:
        """Whether the pieces of a one-token special case meet without a space (spaCy merges them)."""
        if len(doc) < 2:
            return False
        columns = doc.to_array([ORTH, SPACY])
        orth, spaced = columns[:, 0], columns[:, 1]
        # Only a token with no space after it can start pieces that meet: those (a sixth of a text's
        # tokens) are the ones looked up among the first pieces.
        joined = np.flatnonzero(spaced == 0)
        joined_orth = orth[joined]
        at = np.minimum(np.searchsorted(self.first_pieces, joined_orth), len(self.first_pieces) - 1)
        firsts = joined[self.first_pieces[at] == joined_orth]
        if not len(firsts):
            return False
        hashes = orth.tolist()
        for i in firsts.tolist():
            for rest in self.pieces[hashes[i]]:
                end = i + 1 + len(rest)
                if tuple(hashes[i + 1 : end]) == rest and not spaced[i + 1 : end - 1].any():
                    return True
        return False

    def __getattr__(self, name: str) -> Any:
        # Read __dict__ directly: while unpickling (spawned workers) ``reference`` is not set yet.
        if "reference" not in self.__dict__:
            raise AttributeError(name)
        return getattr(self.__dict__["reference"], name)


def _is_itself(key: str, rule: list[dict[int, str]]) -> bool:
    """A special case of one token that is the key itself, and a word ("Mr.", "Dec.", "a.m."): the
    emoticons that start with punctuation (":)", "(:") stay rules, as their first piece ("(", ":")
    would make every Doc a candidate for the reference tokenizer."""
    return len(rule) == 1 and rule[0][ORTH] == key and key[:1].isalnum()


def _regex_of(search: Search) -> re.Pattern[str]:
    return search.regex if isinstance(search, TailSuffixSearch) else search.__self__


def _inner_match(match: Search | None) -> Search | None:
    return match.inner if isinstance(match, LongRunMatch) else match


def _pieces_by_first(bare: Tokenizer, keys: frozenset[str]) -> dict[int, list[tuple[int, ...]]]:
    """For each key, the hashes of the tokens the affix rules split it into: the rest by the first."""
    pieces: dict[int, list[tuple[int, ...]]] = {}
    for key in sorted(keys):
        doc = bare(key)
        if len(doc) > 1:
            pieces.setdefault(doc[0].orth, []).append(tuple(t.orth for t in doc[1:]))
    return pieces
