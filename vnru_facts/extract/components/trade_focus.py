"""The market in focus where a sentence names none: the side a flow was last said to go to.

"Exports of snapper, tuna and anchovy to Russia managed to grow, including tuna exports soaring 97% to
$16 million. Exports of snapper rose 6% to $14.6 million": the tuna and snapper exports go to the market
named last before them. This reads the sentence and the few before it; the document context (branch
``context``: ``DocView.context.market_at``) answers the same question for the whole document and may take
its place (``market_in_focus`` is the one function the trade rules call).
"""

from __future__ import annotations

from vnru_facts.extract.components.context import DocView
from vnru_facts.extract.patterns.trade import FOCUS_MARKET_AFTER, FOCUS_MARKET_BEFORE, TRADE_WORD

# How many sentences before a flow's own a market named stays in focus.
FOCUS_SENTENCES = 3
# How far before a market's name its trade word may stand: "exports of snapper, tuna and anchovy to Russia".
_TRADE_REACH = 80


def market_in_focus(view: DocView, at: int) -> str | None:
    """The side last named as a flow's market before ``at`` (in its sentence or the few before it); None
    when none was, or when the last so named is a third country's ("exports to China")."""
    i = view.sentence_of(at)
    start = view.sents[max(0, i - FOCUS_SENTENCES)][0]
    text = view.text
    for place in reversed(view.within("place", start, at)):
        if place.label == "BLOC":
            continue
        if _names_a_market(text, place.start, place.end):
            side = place.data["side"]
            return side if side in ("VN", "RU") else None
    return None


def _names_a_market(text: str, start: int, end: int) -> bool:
    """Whether the place at [start, end) is a flow's market: "(exports) to Russia", "the Russian market"."""
    into = FOCUS_MARKET_BEFORE.search(text, max(0, start - 12), start)
    if into is not None:
        return _trade_word_before(text, start)
    return FOCUS_MARKET_AFTER.match(text, end, end + 20) is not None


def _trade_word_before(text: str, at: int) -> bool:
    return TRADE_WORD.search(text, max(0, at - _TRADE_REACH), at) is not None
