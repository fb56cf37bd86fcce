"""Regexes for titled persons, built from the titles gazetteer.

Each family is commented with the phrase it targets. Names are validated after matching
(``components/mentions.py``) because Python's ``re`` has no Unicode-uppercase class.
"""

from __future__ import annotations

import re

from vnru_facts.extract.patterns import load_gazetteer
from vnru_facts.extract.patterns.alternation import literal_units, tree_alternation
from vnru_facts.normalize.dates import MONTHS, WEEKDAYS

# Uppercase letters of Latin scripts, Vietnamese included ("Đ", "Ẫ").
UPPER = "".join(chr(c) for c in list(range(0x41, 0x250)) + list(range(0x1E00, 0x1F00)) if chr(c).isupper())
_CAP_WORD = rf"[{UPPER}][\w’'\-]*"
_INITIALS = rf"(?:[{UPPER}]\.\s?){{1,3}}"
# "Sergey Cheremin", "M.V. Mishustin", "M. V. Mishustin", "Trần Thanh Mẫn", "Dmitry N. Chernyshenko"
# A possessive ends the name: "Putin’s State visit" names Putin ("State" opens the visit's words); so
# does a line's end: a caption's name is not continued by the next line's first word.
NAME = rf"(?:{_INITIALS})?{_CAP_WORD}(?:(?<![’']s)[^\S\n](?:{_INITIALS})?{_CAP_WORD}){{0,3}}"
# What a NAME with an HONORIFIC before it holds: these characters, and spaces each followed by a
# capital ("Mr. M. V. Mishustin"). components/person_forms.py reads backwards over them from the comma
# of "M. V. Mishustin, the Prime Minister" to find where the name can start.
NAME_CHARS = r"[\w’'\-.]"

HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Madam|Mme)\.?\s)"

NATIONALITY: dict[str, str] = {
    "russian": "RU",
    "russia's": "RU",
    "russia’s": "RU",
    "vietnamese": "VN",
    "vietnam's": "VN",
    "vietnam’s": "VN",
    "viet nam's": "VN",
    "viet nam’s": "VN",
    "việt nam's": "VN",
    "việt nam’s": "VN",
    "soviet": "RU",
    "hanoi's": "VN",
    "moscow's": "RU",
}
_NAT = r"(?:Russian|Russia[’']s|Vietnamese|Viet\s?Nam[’']s|Vietnam[’']s|Việt Nam[’']s|Soviet|Hanoi[’']s|Moscow[’']s)"


def _title_aliases() -> dict[str, str]:
    aliases = {alias: row["title"] for row in load_gazetteer("titles") for alias in row["aliases"]}
    # A title with its institution reads as a common noun too: "the chairman of the State Duma, X".
    common = {_common_noun(a): t for a, t in aliases.items() if _COMMON_NOUN_TITLE.match(a)}
    return {**common, **aliases}


# One title word and its institution: "Chairman of the State Duma", "Minister of Finance" (not "Deputy
# Chairman of ...": "the deputy chairman" reads lower case throughout).
_COMMON_NOUN_TITLE = re.compile(r"[A-Z][a-z]+\sof\s")


def _common_noun(alias: str) -> str:
    """'Chairman of the State Duma' -> 'chairman of the State Duma' (only the first word lowered)."""
    return alias[:1].lower() + alias[1:]


TITLE_OF = _title_aliases()
# Military ranks ("General", "Senior Lieutenant General", "Admiral") name a person but hold no office:
# they are kept out of TITLE and read by RANK_BEFORE only.
RANKS = frozenset(a for row in load_gazetteer("titles") if row.get("rank") for a in row["aliases"])
# One prefix tree rather than a flat longest-first list: the same matches, far fewer tries per position.
TITLE = tree_alternation(literal_units(a) for a in sorted(set(TITLE_OF) - RANKS, key=len, reverse=True))
_RANK = tree_alternation(literal_units(a) for a in sorted(RANKS, key=len, reverse=True))
# A rank in lower case between an office and the name is part of neither: "the Minister of Defence of
# Vietnam general X", "Vietnam's Defence Minister, senior lieutenant general X".
_LOWER_RANK = "(?:" + "|".join(re.escape(a.lower()) for a in sorted(RANKS, key=len, reverse=True)) + r")\s"

# Capitalised words that continue an institution's name, never start a person's: the lazy "of ..."
# group of form A keeps growing past them ("of the State Duma of the Federal Assembly ... Ivan Melnikov").
INSTITUTION_WORDS = (
    "Federation", "Republic", "Government", "Assembly", "Duma", "Council", "Committee", "Party", "Union",
    "State", "Security", "Ministry", "Central", "Communist", "Socialist", "National", "People’s",
    "People's", "Federal", "Russian", "Vietnamese", "Vietnam", "Russia", "Affairs", "United",
    "Secretariat", "Commission", "Department", "Office", "Administration", "Krai", "Oblast", "Province",
    "Region", "Territory",
    # the heads of agencies, associations and companies: "Director of the Russian Export Center X"
    "City", "Center", "Centre", "Service", "Agency", "Association", "Society", "Chamber", "Relations",
    "Development", "Corporation", "Company", "Group", "Bank", "Fund", "Institute", "Academy",
    "University", "Authority", "Bureau", "Board", "Front", "Organization", "Organisation", "Customs",
    "Environment", "Resources", "Industry", "Trade", "Commerce",
)  # fmt: skip
_INSTITUTION_WORD = r"(?:" + "|".join(re.escape(w) for w in INSTITUTION_WORDS) + r")\b"
# "and" inside an institution's name ("Ministry of Agriculture and Rural Development"), not before a
# second person's title ("the Prime Minister of Vietnam and Russian President Vladimir Putin").
AND_NOT_A_TITLE = rf"and(?=\s(?!(?:{_NAT}\s)?(?:{TITLE})\b))"
# Form A, title before the name:
#   "Russian Prime Minister Federation M.V. Mishustin", "Vietnamese National Assembly (NA) Chairman
#   Trần Thanh Mẫn", "President Putin", "Deputy PM Trần Hồng Hà", "Mr. Nguyen Manh Quyen",
#   "President of the Socialist Republic of Vietnam Dao Van Minh" (the "of" part may hold "of the")
# Each form's "lead", what it allows before its title, is kept apart: it bounds how far before a title
# a match can start (components/person_forms.py). Here: "former Russian", "then Vietnam's acting".
TITLE_BEFORE_LEAD = (
    rf"(?:(?P<former>then-?|former|ex-|outgoing)\s?)?(?:(?P<nat>{_NAT})\s)?(?:(?:then|former|acting|the)\s)?"
)
#   "Minister for Economic Development Maxim Reshetnikov", "Head of the Party Central Committee's
#   Commission for External Relations Le Hoai Trung". Where the institution's name ends and the
#   person's begins is decided again on the whole run (``person_forms.name_after_institution``).
#   "General Secretary of the Communist Party of Viet Nam (CPV) Central Committee To Lam" (an
#   abbreviation in brackets inside the institution's name), "Chairman of the provincial People's Council
#   Tran Duc Hai" (a lower-case level of government before it).
ABBREVIATION = rf"\([{UPPER}]{{2,8}}\)"
_LEVEL = r"(?:provincial|municipal|city|district|regional)\s"
TITLE_BEFORE = re.compile(
    rf"{TITLE_BEFORE_LEAD}(?P<title>{TITLE})"
    rf"(?:\s(?:of|to|in|for)\s(?:the\s)?(?:{_LEVEL})?"
    rf"(?P<of>{_CAP_WORD}(?:\s(?:(?:of|for)\s(?:the\s)?|{AND_NOT_A_TITLE}\s)?(?:{_CAP_WORD}|{ABBREVIATION})){{0,8}}?))?"
    # a rank between the office and the name, in either case: "Deputy Defence Minister Senior Lieutenant
    # General Nguyen Chi Vinh", "... Minister Senior Lieutenant General, Nguyen Chi Vinh"
    rf"\s{HONORIFIC}?(?P<rank>{_LOWER_RANK}|{_RANK},?\s)?(?!{_INSTITUTION_WORD})(?P<name>{NAME})"
)
# Form A for a military rank, read after the other forms (an office named with it wins: "Minister of
# National Defence, General Phan Van Giang"): "General Phan Van Giang", "Russian Colonel General X".
# The name is a run of one to four capitalised words holding no office nor institution: not "General
# Director Nguyen Van A" (a Director), "the General Staff", "General Statistics Office".
_RANK_NAME_AHEAD = (
    rf"(?=(?:\s(?!(?:{TITLE})\b|{_INSTITUTION_WORD}|Staff\b){_CAP_WORD}(?![\w’'\-])){{1,4}}(?!\s[{UPPER}]))"
)
RANK_BEFORE = re.compile(rf"{TITLE_BEFORE_LEAD}(?P<title>{_RANK}){_RANK_NAME_AHEAD}\s(?P<name>{NAME})")
# Form B, name then title: "M. V. Mishustin, the Prime Minister of the Russian Federation",
#   "Mr. Sergey Cheremin, Minister of the Moscow Government and Head of the Department ..."
# (It starts at a word start: tried inside a long capitalised run, it rescanned the run from every letter.)
# Its lead, between the name and the title: ", the then Russian" in "A B, the then Russian President".
TITLE_AFTER_LEAD = rf",\s(?:the\s)?(?P<former>then[\s-]|former\s)?(?P<nat>{_NAT}\s)?"
TITLE_AFTER = re.compile(
    rf"(?<![\w’'\-])(?:{HONORIFIC})?(?P<name>{NAME}){TITLE_AFTER_LEAD}(?P<title>{TITLE})"
    # a capitalised word right after the title starts the next person ("To Lin, President Luong Cuong")
    rf"(?!\s[{UPPER}])"
    rf"(?P<rest>\s(?:of|at|to|in)\s[^,.;:()]{{0,80}})?"
)
# Form L, a delegation's leader named with no title before: "A delegation of the Communist Party of Vietnam led
# by Hoang Binh Quan, member of the Party Central Committee, paid ...", "a Nghe An delegation headed by
# Thai Thanh Quy visited ..." (the side is the delegation's, told before; titled names are the forms' above).
LED_BY = re.compile(
    rf"\b(?:led|headed)\sby\s(?P<name>{NAME})(?=,|\.|\s(?:paid|has|had|was|is|visited|arrived|made|began|"
    r"concluded|held|met|on|to|in|at|for)\b)"
)
# Form C, "the Prime Minister of Vietnam, Pham Minh Chinh", "Chairman of the National Assembly, Tran Thanh Man"
TITLE_OF_COUNTRY = re.compile(
    rf"(?P<title>{TITLE})(?:\sof\s(?:the\s)?(?P<of>[^,.;]{{2,90}}))?,\s(?:{_LOWER_RANK})?(?P<name>{NAME})"
)
# A title without a name, resolved to the one person the document names with that title:
#   "Vietnamese NA Chairman begins visit", "The Deputy PM and his delegation were welcomed"
#   (not "the Prime Minister of ..." nor "the President Putin", which the named forms read).
# Its lead: "Vietnamese ", "the ".
TITLE_ONLY_LEAD = rf"\b(?:(?P<nat>{_NAT})\s|[Tt]he\s)"
TITLE_ONLY = re.compile(rf"{TITLE_ONLY_LEAD}(?P<title>{TITLE})\b(?!\s(?:of\b|{HONORIFIC}|[{UPPER}]))")
# The speaker label of a transcript line: "M.Mishustin: Thank you.", "Vladimir Putin: Good afternoon."
SPEAKER = re.compile(rf"(?m)^(?P<name>(?:[{UPPER}]\.\s?){{1,2}}{_CAP_WORD}|{_CAP_WORD}\s{_CAP_WORD}):\s")

# A bare honorific: "Mr Chernyshenko", "Mr. Quyen"
HONORIFIC_WORDS = ("Mr", "Mrs", "Ms", "Madam")
HONORIFIC_WORD = "(?:" + "|".join(HONORIFIC_WORDS) + ")"
HONORIFIC_NAME = re.compile(rf"\b{HONORIFIC_WORD}\.?\s(?P<name>{NAME})")

# Words that a capitalised run may swallow but that are not part of a person's name.
NOT_NAME_WORDS = (
    frozenset(
        [
            "federation",
            "the",
            "of",
            "and",
            "in",
            "on",
            "at",
            "for",
            "with",
            "from",
            "by",
            "as",
            "a",
            "an",
            "his",
            "her",
            "their",
            "its",
            "this",
            "that",
            "these",
            "those",
            "additionally",
            "furthermore",
            "moreover",
            "meanwhile",
            "however",
            "notably",
            "lastly",
            "also",
            "today",
            "yesterday",
            "according",
            "russian",
            "vietnamese",
            "vietnam",
            "russia",
            "viet",
            "nam",
            "moscow",
            "hanoi",
            "president",
            "prime",
            "minister",
            "deputy",
            "chairman",
            "chairwoman",
            "general",
            "secretary",
            "ambassador",
            "head",
            "party",
            "state",
            "national",
            "assembly",
            "na",
            "pm",
            "government",
            "communist",
            "central",
            "committee",
            "socialist",
            "republic",
            "foreign",
            "affairs",
            "minister's",
            "duma",
            "council",
            "photo",
            "vna",
            "vns",
            "tass",
            "sputnik",
            "ria",
            "he",
            "she",
            "it",
            "they",
            "we",
            "i",
            "mr",
            "mrs",
            "ms",
            "dr",
            "madam",
            "both",
            "during",
            "after",
            "before",
            "while",
            "when",
            "mausoleum",
        ]
    )
    | {m for m in MONTHS if len(m) > 3 or m == "may"}  # full month names, not "Jun" or "Mar"
    | set(WEEKDAYS)
)  # "Putin In June", "Lavrov Monday"

# A diplomat posted abroad lives there: "Vietnamese Ambassador to Russia X welcomed the guests at the
# airport" is no visit by X, nor "the Vietnamese guest".
RESIDENT_ROLE = re.compile(r"(?i)\b(?:ambassador|envoy|consul|charg[eé]\sd[’']affaires)\b")
