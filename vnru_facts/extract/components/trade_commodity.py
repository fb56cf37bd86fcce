"""The commodity of a flow: the lower-case noun phrase that modifies its flow word.

"fruit and vegetable exports to Russia", "exports of agricultural, forestry and fishery products",
"machinery and equipment shipments", "sales of farm produce": the words right before the flow word, or
right after its "of", coordinated by "and"/"or"/commas. The phrase stops at a word that is no part of a
kind of goods (a determiner, a side, a verb, a time word), and words that mean all goods ("total",
"goods", "merchandise", "bilateral") give none: "Vietnam's goods exports" is trade in all goods.
"""

from __future__ import annotations

import re

from vnru_facts.extract.patterns.trade import (
    COMMODITIES,
    COMMODITY_FLOW,
    COMMODITY_STOP,
    COUNT_BEFORE_GOODS,
    GENERAL_GOODS,
    GOODS_FLOW_AFTER_MONEY,
    INDIRECT_OBJECT,
    LIST_GOODS,
    LIST_ITEM,
    LIST_OPENER,
    PASSIVE_AFTER,
    QUANTITY_OF,
    QUANTITY_WORTH,
    RANKED_FLOW,
    SHARE_LEAD,
    SHARE_OF_WHOLE,
)

# A word of a phrase, or a comma between two of them.
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|,|\S+")
_WORD = re.compile(r"[a-z][a-z-]*")
_COORDINATORS = frozenset({"and", "or", "&", ","})
# The goods of a figure told after it: "exported $50 million worth of rice", "$1.3 billion of fertiliser".
_OF_AFTER_FIGURE = re.compile(r"\s(?:worth\s)?of\s")
_LONGEST = 7  # words of the longest phrase kept: "agricultural, forestry and fishery products"
_HAND_LIST = frozenset(COMMODITIES)
_ITEMS = GENERAL_GOODS | {"nuts", "nut", "beans", "bean", "kernels"}  # what one of the hand list comes as


def commodity_in(clause: str, *, opens_sentence: bool = False) -> str | None:
    """The commodity of the last flow word of ``clause`` (the one leading to its figure), else None.

    "Coffee exports rose 10% and exports to Russia reached" is trade in all goods. ``opens_sentence``:
    the clause starts its sentence, whose first word may be capitalised ("Rubber exports to Russia").
    """
    flows = list(COMMODITY_FLOW.finditer(clause))
    if not flows:
        return None
    flow = flows[-1]
    after = _phrase_after(clause[flow.end() :]) if flow.group("of") or flow.group("object") else None
    if flow.group("object") and not PASSIVE_AFTER.match(clause, flow.end()):
        return _as_commodity(after)  # "Russian investors bought 20% of": the words before are its subject
    before = clause[: flow.start()]
    return _as_commodity(after) or _as_commodity(
        _phrase_before(before, capital_first=opens_sentence and not before[:1].isspace())
    )


def commodity_after_figure(tail: str) -> str | None:
    """The commodity right after a figure ("$50 million worth of rice and tea to Russia", "$300 million
    from cashew nut shipments"), from ``tail``, the words after it; None for goods in general ("worth of
    goods") or none named."""
    of = _OF_AFTER_FIGURE.match(tail)
    if of is not None:
        return _as_commodity(_phrase_after(tail[of.end() :]))
    flow = goods_flow_after_figure(tail)
    return flow[1] if flow is not None else None


def goods_worth(clause: str) -> str | None:
    """The goods of a quantity told right before the figure that is their worth, from the clause before the
    figure: "included 80,000 tonnes of rice worth" is rice; None if none so told."""
    measured = QUANTITY_WORTH.search(clause)
    return _whole_phrase(measured.group("goods")) if measured else None


def continued_goods(goods: str) -> str | None:
    """The commodity of the words coordinated after a flow's figure up to the next one's worth ("and 30,000
    tonnes of coffee (worth)"), None unless they are all goods (and not goods in general). A name there
    opens a clause of its own ("and Russia sent machinery worth"): no goods of the flow."""
    if any(word[:1].isupper() for word in goods.split()):
        return None
    return _whole_phrase(goods)


def _whole_phrase(text: str) -> str | None:
    """``text`` as a commodity when all of its words (after a quantity or a side's name) are goods'."""
    words = _phrase_after(text)
    if words is None:
        return None
    tail = text.lstrip()
    for skip in (INDIRECT_OBJECT, QUANTITY_OF, COUNT_BEFORE_GOODS):
        found = skip.match(tail)
        tail = tail[found.end() :] if found else tail
    tokens = _TOKEN.findall(tail)
    if tokens and tokens[0][:1].isupper():
        tokens = tokens[1:]
    return _as_commodity(words) if len(tokens) == len(words) else None


def first_listed_goods(clause: str) -> str | None:
    """The goods of the first item of a list, from the clause before its figure: "export items included
    textiles and garments with" is textiles and garments; None unless all the words are goods'."""
    for start, end in first_items(clause):
        goods = _whole_phrase(clause[start:end])
        if goods is not None:
            return goods
    return None


def first_items(clause: str) -> list[tuple[int, int]]:
    """Where the words of a list's first item may lie in the clause before its figure, nearest first: after
    each of the list's openers ("included", "such as", "with", ":") up to the item's link to the figure."""
    spans = []
    for opener in reversed(list(LIST_OPENER.finditer(clause))):
        item = LIST_GOODS.match(clause, opener.end())
        if item is not None:
            spans.append(item.span("goods"))
    return spans


def next_listed_goods(clause: str) -> str | None:
    """The goods of the next item of a list, from the words between the figure before it and its own:
    ", up 120%; coffee with" is coffee; None for anything else, or for a name ("and Russia with")."""
    item = LIST_ITEM.search(clause)
    return continued_goods(item.group("goods")) if item else None


def ranked_goods(clause: str, *, opens_sentence: bool) -> str | None:
    """The goods a clause ranks among a side's flows, named right before their rank: "Frozen shrimp was the
    main export item to Russia, valued at" is frozen shrimp, "coffee, Vietnam's top export to Russia,
    earned" coffee."""
    ranked = None
    for ranked in RANKED_FLOW.finditer(clause):  # noqa: B007 - the last rank is the figure's
        pass
    if ranked is None:
        return None
    before = clause[: ranked.start()]
    return _as_commodity(_phrase_before(before, capital_first=opens_sentence and not before[:1].isspace()))


def without_shares(clause: str) -> str:
    """``clause`` with each share of a whole blanked out (same length): in "exports of catfish, accounting
    for 22% of total seafood exports, were worth" the flow of the figure is the catfish's."""
    return SHARE_OF_WHOLE.sub(
        lambda m: " " * len(m.group(0)) if SHARE_LEAD.search(clause, 0, m.start()) else m.group(0), clause
    )


def goods_before(text: str) -> str | None:
    """The goods named right at the end of ``text``: "the third biggest tuna (supplier)" is tuna."""
    return _as_commodity(_phrase_before(text, capital_first=False))


def commodity_of_role(after: str) -> str | None:
    """The goods of a side's role in trade, from the words after its "of": "(supplier of) wheat in 2024"."""
    return _as_commodity(_phrase_after(after))


def goods_flow_after_figure(tail: str) -> tuple[bool, str | None] | None:
    """(is it an export, its commodity) of a flow told right after a figure behind its goods: "$300
    million from cashew nut shipments to Russia", "$1 billion on Russian fertiliser imports", "$90 million
    from exporting rice"; None when the words before the flow word are no goods ("$2 billion in new
    investment and exports"). ``tail``: the words after the figure."""
    flow = GOODS_FLOW_AFTER_MONEY.match(tail)
    if flow is None:
        return None
    if flow.group("verb") or flow.group("of"):
        goods = _phrase_after(tail[flow.end() :])
        if goods is None and flow.group("verb"):
            return None  # "from selling shares", "from shipping them": no goods sold
        is_export = not (flow.group("verb") or flow.group("w")).startswith(("import", "buy", "purchas"))
        return is_export, _as_commodity(goods)
    tokens = _TOKEN.findall(flow.group("goods"))
    if not tokens:
        return not flow.group("w").startswith("import"), None  # "$2 billion in exports": no goods named
    if len(tokens) > 1 and tokens[0][:1].isupper():
        tokens = tokens[1:]  # a side's goods: "Russian fertiliser imports"
    words = _phrase_before(" ".join(tokens), capital_first=False)
    if words is None or len(words) != len(tokens):
        return None
    return not flow.group("w").startswith("import"), _as_commodity(words)


def _phrase_before(text: str, *, capital_first: bool) -> list[str] | None:
    """The words of a kind of goods right before a flow word, read backwards from it."""
    tokens = _TOKEN.findall(text)
    phrase: list[str] = []
    coordinated = False
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        word = token.lower()
        if word in _COORDINATORS:
            if not phrase or (word == "," and not coordinated):
                break  # "Meanwhile, exports": a comma joins kinds only in a list ending "and"
            coordinated = coordinated or word != ","
            phrase.append(word)
            continue
        if token != word and not (capital_first and i == 0):
            break  # a name: "Vietnam's exports", "Russian imports"
        if not _is_goods_word(word) or len(phrase) >= _LONGEST:
            break
        phrase.append(word)
    return phrase[::-1] or None


def _phrase_after(text: str) -> list[str] | None:
    """The words of a kind of goods right after "exports of": "of rice and coffee to Russia"; a side's
    name may stand first ("imports of Russian coal"), and a quantity before both ("exported 45,000 tonnes
    of coffee", "bought 2 million tonnes of Russian fertiliser"), and the market before all ("sold Russia
    45,000 tonnes of coffee", "supplied Vietnam with fertiliser"); a count too ("six Kilo-class
    submarines")."""
    text = text.lstrip()
    market = INDIRECT_OBJECT.match(text)
    text = text[market.end() :] if market else text
    quantity = QUANTITY_OF.match(text) or COUNT_BEFORE_GOODS.match(text)
    tokens = _TOKEN.findall(text[quantity.end() :] if quantity else text)
    if tokens and tokens[0][:1].isupper() and len(tokens) > 1 and tokens[1][:1].islower():
        tokens = tokens[1:]
    phrase: list[str] = []
    for i, token in enumerate(tokens):
        word = token.lower()
        if word in _COORDINATORS and phrase:
            phrase.append(word)
            continue
        if token != word or len(phrase) >= _LONGEST:
            break
        if not (_is_goods_word(word) or _modifies_goods(word, tokens[i + 1 : i + 2])):
            break
        phrase.append(word)
    return phrase or None


def _modifies_goods(word: str, following: list[str]) -> bool:
    """Whether a word in "-ed"/"-ing" stands before a word of goods as its kind ("coking coal", "processed
    cashew", "fishing nets"); after the goods such a word is their verb ("of rice rising")."""
    return (
        bool(_WORD.fullmatch(word))
        and word not in COMMODITY_STOP
        and word.endswith(("ed", "ing"))
        and bool(following)
        and following[0].islower()
        and _is_goods_word(following[0])
    )


def _is_goods_word(word: str) -> bool:
    """Whether a lower-case word may be part of a kind of goods' name (not "rose", "its", "first-half")."""
    if not _WORD.fullmatch(word) or word in COMMODITY_STOP:
        return False
    if word in _HAND_LIST:
        return True
    if any(part in COMMODITY_STOP for part in word.split("-")):
        return False  # "two-way", "first-quarter", "year-on-year"
    # Verbs and adverbs are no kind of goods: "surged", "rising", "mainly" (a few nouns end so).
    return not word.endswith(("ed", "ly", "ing")) or word in GENERAL_GOODS


def _as_commodity(words: list[str] | None) -> str | None:
    """The phrase as a commodity: no coordinator at its ends, no trailing "goods"/"products" after a
    kind; None when only words of all goods are left ("goods", "merchandise")."""
    if not words:
        return None
    while words and words[0] in _COORDINATORS:
        words = words[1:]
    while words and words[-1] in _COORDINATORS:
        words = words[:-1]
    if len(words) == 2 and words[0] in _HAND_LIST and words[1] in _ITEMS:
        return words[0]  # the hand list's name: "cashew nuts" is "cashew", "coffee beans" "coffee"
    if len(words) > 1 and words[-1] in GENERAL_GOODS:
        words = words[:-1]
    while words and words[-1] in _COORDINATORS:
        words = words[:-1]
    if not words or any(_stands_alone(words, k) for k, w in enumerate(words) if w in GENERAL_GOODS):
        return None
    return " ".join(words).replace(" ,", ",")


def _stands_alone(words: list[str], k: int) -> bool:
    """Whether the word of all goods at ``k`` is a conjunct of its own ("rice and goods"), not the head of a
    kind ("computers, electronic products and spare parts")."""
    return k == 0 or words[k - 1] in _COORDINATORS
