"""Text as scraped, read as a reader sees it, with every offset still pointing into the original.

Pages carry characters a reader never notices: zero-width spaces and joiners, soft hyphens and byte
order marks inside words and figures ("US$4.57\u200b billion"), no-break and thin spaces between a
figure and its unit ("4.57\u2009billion", "26\u202f%"), and letters decomposed into a base and
combining marks (NFD "Vie\u0323\u0302t Nam"). The rules are written for the plain forms, so the
pipeline reads a cleaned copy: invisible characters dropped, spaces made plain, letters composed
(NFC). Dropping and composing change lengths, so ``ScrapedText`` keeps, for every character of the
copy, where it came from: evidence found in the copy is given back as offsets into the original,
whose ``text[start:end]`` is then the original's own.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

# Invisible format characters: zero-width space/non-joiner/joiner, marks of direction, the word
# joiner and invisible operators, soft hyphen, byte order mark (zero-width no-break space).
_INVISIBLE_RANGES = (
    (0xAD, 0xAD),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x2069),
    (0xFEFF, 0xFEFF),
)
_INVISIBLE = "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in _INVISIBLE_RANGES)
# Spaces that are spaces to a reader: no-break, figure, thin, narrow no-break, the fixed widths, ideographic.
_SPACES = "\u00a0\u2000-\u200a\u202f\u205f\u3000"
# Combining marks (the blocks decomposed Latin and Vietnamese letters use).
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# What the copy changes: an invisible run, a space, or a letter with the combining marks after it.
_SCRAPED = re.compile(rf"[{_INVISIBLE}]+|[{_SPACES}]|.?[{_COMBINING}]+", re.DOTALL)
_FIRST = re.compile(rf"[{_INVISIBLE}{_SPACES}{_COMBINING}]")
# The blocks that hold all of them, as a few ranges: a text without any (most) is told in a quarter of
# the time the exact class takes.
_BLOCKS = re.compile(
    "[\u00a0-\u00ad\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u2000-\u20ff\u3000\ufe20-\ufe2f\ufeff]"
)
_RESIZED = re.compile(rf"[{_INVISIBLE}{_COMBINING}]")
_COMBINING_MARK = re.compile(rf"[{_COMBINING}]")
_INVISIBLE_RUN = re.compile(rf"[{_INVISIBLE}]+")
_ONE_SPACE = re.compile(rf"[{_SPACES}]")
# Beyond this a text is read as it is: the offset tables take 16 bytes a character, and no article
# comes near it (hostile inputs may).
MAX_CLEANED_CHARS = 4_000_000


@dataclass(frozen=True)
class ScrapedText:
    """A cleaned copy of ``original``; ``starts[i]``/``ends[i]``: the original span of copy character i
    (both None when the copy only made spaces plain: then offsets are the same)."""

    original: str
    text: str
    starts: array[int] | None = None
    ends: array[int] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the copy's ``[start, end)``."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return at, at
        return self.starts[start], self.ends[end - 1]


# Cached so that reading an article (its document date) and its pipeline run clean the text once; the
# two happen a batch apart at most (as ``find_temporals``).
@lru_cache(maxsize=64)
def clean_scraped(text: str) -> ScrapedText | None:
    """The cleaned copy of ``text``, or None when it has nothing to clean (most texts) or is huge."""
    if text.isascii():  # told at once: every character cleaned is outside ASCII
        return None
    if len(text) > MAX_CLEANED_CHARS or _BLOCKS.search(text) is None or _FIRST.search(text) is None:
        return None
    if _RESIZED.search(text) is None:  # spaces only (an NBSP here and there): same offsets
        return ScrapedText(text, _ONE_SPACE.sub(" ", text))
    if _COMBINING_MARK.search(text) is None:
        return _without_invisibles(text)
    pieces: list[str] = []
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    done = 0
    for m in _SCRAPED.finditer(text):
        pieces.append(text[done : m.start()])
        starts.extend(range(done, m.start()))
        ends.extend(range(done + 1, m.start() + 1))
        done = m.end()
        kept = _reading_of(m.group(0))
        pieces.append(kept)
        starts.extend([m.start()] * len(kept))
        ends.extend([m.end()] * len(kept))
    pieces.append(text[done:])
    starts.extend(range(done, len(text)))
    ends.extend(range(done + 1, len(text) + 1))
    return ScrapedText(text, "".join(pieces), starts, ends)


def _without_invisibles(text: str) -> ScrapedText:
    """The copy of a text with invisible characters but no combining marks: each character kept keeps
    its one original index (found with numpy: a text of zero-width spaces between letters would
    otherwise cost a Python step per character)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    invisible = np.zeros(len(codes), dtype=bool)
    for low, high in _INVISIBLE_RANGES:
        invisible |= (codes >= low) & (codes <= high)
    kept = np.flatnonzero(~invisible).astype(np.int64)
    starts: array[int] = array("q")
    starts.frombytes(kept.tobytes())
    ends: array[int] = array("q")
    ends.frombytes((kept + 1).tobytes())
    return ScrapedText(text, _ONE_SPACE.sub(" ", _INVISIBLE_RUN.sub("", text)), starts, ends)


def _reading_of(run: str) -> str:
    """What a reader sees of one match of ``_SCRAPED``."""
    first = run[0]
    if _FIRST.match(first) and not unicodedata.combining(first):
        return "" if first not in _SPACE_SET else " "
    return unicodedata.normalize("NFC", run)


_SPACE_SET = frozenset(chr(c) for c in (0xA0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000))
