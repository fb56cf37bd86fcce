"""Names folded for comparison: diacritics removed, keys for people."""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

# Vietnamese family names: a Vietnamese person's key is the full folded name ("pham minh chinh"),
# because the surname alone (Nguyen, Tran, Pham...) identifies no one.
VIETNAMESE_SURNAMES = frozenset(
    [
        "nguyen",
        "tran",
        "le",
        "pham",
        "hoang",
        "huynh",
        "phan",
        "vu",
        "vo",
        "dang",
        "bui",
        "do",
        "ho",
        "ngo",
        "duong",
        "ly",
        "dinh",
        "truong",
        "lam",
        "mai",
        "trinh",
        "ha",
        "luong",
        "to",
        "quach",
        "cao",
        "chu",
        "doan",
        "la",
        "luu",
        "ta",
        "thai",
        "vuong",
        "tong",
        "kieu",
        "nghiem",
        "khuat",
        "lai",
        "mac",
        "thach",
        "trieu",
        "quan",
        "tang",
        "lieu",
        "khong",
        "giang",
        # rarer ones borne by leaders the articles name: Nong Duc Manh, Ton Duc Thang, Dam Quang Trung
        "nong",
        "ton",
        "dam",
        # Phung Xuan Nha (Minister of Education), and other families that ministers bear
        "phung",
        "dao",
        "bach",
        "hua",
        "diep",
        "tieu",
        "khuc",
        "luc",
    ]
)
_HONORIFICS = re.compile(r"^(?:mr|mrs|ms|dr|madam|madame|mister|comrade)\.?\s+", re.IGNORECASE)
_KEY_WORD = re.compile(r"[a-z0-9]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """'Trần Thanh Mẫn' -> 'Tran Thanh Man', 'Hà Nội' -> 'Ha Noi' (case kept)."""
    return anyascii(text)


def fold_key(text: str) -> str:
    """Lowercase ascii words joined by single spaces: the form used for gazetteer lookups."""
    return " ".join(_KEY_WORD.findall(fold(text).lower()))


def clean_person_name(name: str) -> str:
    """Drop honorifics and stray punctuation: 'Mr. Sergey Cheremin' -> 'Sergey Cheremin'."""
    name = _HONORIFICS.sub("", name.strip())
    return _SPACES.sub(" ", name).strip(" ,.;:")


_PATRONYMIC_END = re.compile(r"(?:ovich|evich|ovna|evna)$")


@lru_cache(maxsize=8192)  # a document names a few people many times
def person_key(name: str) -> str:
    """The matching key of a person: the surname, or the full name for Vietnamese names.

    'M. V. Mishustin' -> 'mishustin'; 'Phạm Minh Chính' -> 'pham minh chinh'; 'Chính' -> 'chinh'.
    """
    words = fold_key(clean_person_name(name)).split()
    words = [w for w in words if len(w) > 1 or w.isdigit()]
    if not words:
        return ""
    if len(words) >= 2 and words[0] in VIETNAMESE_SURNAMES:
        return " ".join(words)
    if len(words) >= 3 and _PATRONYMIC_END.search(words[-1]):
        return transliteration_key(
            words[0]
        )  # the official Russian order, surname first: "Grigoriev Evgeny Dmitrievich"
    return transliteration_key(words[-1])


# One Russian surname romanised several ways: the spellings each system gives one sound are written
# one way in the key, so one official is one key across sources ("Shoigu"/"Shoygu", "Matviyenko"/
# "Matvienko", "Medvedev"/"Medvedew", "Zhirinovsky"/"Zhirinovskiy"). Only spellings of one sound: a
# letter more or less ("Mishustin"/"Mishutin") is a different name, or a misspelling the conflicts
# check reports, and a feminine ending ("Lavrova") another person. Ordered: each rule sees the last's output.
_TRANSLITERATIONS = (
    (re.compile(r"(?:skiy|skii|skij)$"), "sky"),  # -ский: "Zhirinovskiy" -> "zhirinovsky"
    # й between a vowel and a consonant: "Shoygu" -> "shoigu" (not at the end: Vietnamese given names
    # alone, "Huy", "Thuy", are keys too)
    (re.compile(r"(?<=[aeiou])[yj](?=[^aeiouy])"), "i"),
    (re.compile(r"(?<=[^aeiou])iy(?=[aeiou])"), "i"),  # ие/ия: "Matviyenko" -> "matvienko"
    # ье: "Vasilyev" -> "vasiliev" (not ья: "Sobyanin", "Kozhemyako" keep the usual spelling)
    (re.compile(r"(?<=[^aeiouy])y(?=e)"), "i"),
    (re.compile(r"(?<=[eo])(?:w|ff)$"), "v"),  # German and old English spellings: "Medvedew", "Lavroff"
    (re.compile(r"(?<=[eo])(?:w|ff)a$"), "va"),
)


@lru_cache(maxsize=8192)
def transliteration_key(word: str) -> str:
    """A folded surname with its romanisation variants written one way: 'shoygu' -> 'shoigu'."""
    for regex, replacement in _TRANSLITERATIONS:
        word = regex.sub(replacement, word)
    return word


def _variant_classes() -> dict[str, str]:
    """For each ascii letter, every Latin letter with diacritics that folds to it ('a' -> 'aàáảãạă...')."""
    groups: dict[str, set[str]] = {}
    for code in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(code)
        base = anyascii(ch)
        if len(base) == 1 and base.isalpha():
            groups.setdefault(base, set()).add(ch)
    return {base: "".join(sorted(chars)) for base, chars in groups.items()}


_VARIANTS = _variant_classes()
# Every Latin letter with diacritics to its ascii letter, one character for one: offsets do not move.
_TO_ASCII_LETTER = {ch: base for base, chars in _VARIANTS.items() for ch in chars}
# Found with a regex and replaced one by one: str.translate looks up every character of the text, and
# was 15 times slower on English news, where such letters are few.
_LETTER_WITH_DIACRITICS = re.compile("[" + re.escape("".join(sorted(_TO_ASCII_LETTER))) + "]")


def _ascii_letter(m: re.Match[str]) -> str:
    return _TO_ASCII_LETTER[m.group()]


def fold_letters(text: str) -> str:
    """'Hà Nội’s' -> 'Ha Noi’s': diacritics dropped from Latin letters, nothing else changed, same length.

    A match in the folded text is at the same offsets in ``text``, so a list of names can be one
    regex of plain spellings run on the folded copy instead of a class of variants per letter.
    """
    return text if text.isascii() else _LETTER_WITH_DIACRITICS.sub(_ascii_letter, text)


def diacritic_insensitive(text: str) -> str:
    """A regex source matching ``text`` with or without diacritics: 'Ha Noi' matches 'Hà Nội'."""
    out = []
    for ch in fold(text):
        if ch.isalpha():
            out.append(f"[{ch}{_VARIANTS.get(ch, '')}]")
        elif ch == " ":
            out.append(r"[\s\u00a0]+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


@lru_cache(maxsize=1024)
def role_key(role: str) -> str:
    """A title folded with its spelling variants written one way, for comparing offices: 'Minister of
    Defense', 'Minister of National Defence' and 'Defence Minister' -> 'defence minister'; 'PM' -> 'prime
    minister'; 'Minister of Foreign Affairs' -> 'foreign minister'."""
    key = fold_key(role).replace("defense", "defence").replace("foreign affairs", "foreign")
    key = re.sub(r"\bpm\b", "prime minister", key)
    return re.sub(r"^minister of (?:the )?(?:national )?(\w+)$", r"\1 minister", key)
