"""The document context: what a news story establishes once and then refers back to.

Built once per Doc, before the fact components, from the text, its sentences and its mentions
(``components/document.py`` runs it; ``DocView.context`` gives it to the fact rules). It holds:

- the people: every reference to a person (full name, surname, role alone, "he"/"she") linked to one
  entity, whose name, key, role and side each reference carries (``people.py``);
- the place and occasion: the dateline and the place of the main event (``occasion.py``);
- the focus of the trade figures: the market, the side whose flows are told, and the period named
  with a figure in the paragraph (``focus.py``);
- the document date (given by the reader: sidecar, option, or ``normalize.doc_date`` from the text).

Pure: no spaCy; tested on plain text, sentence bounds and mentions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cached_property

from vnru_facts.extract.document.focus import (
    FOCUS_SENTENCES,
    Named,
    last_before,
    markets_named,
    owners_named,
    pairs_named,
    periods_named,
)
from vnru_facts.extract.document.mention import Mention
from vnru_facts.extract.document.occasion import SIDES, Place, dateline, lead_is_remote, main_event_place
from vnru_facts.extract.document.people import (
    FOCUS_REACH,
    Person,
    link_people,
    sentence_subjects,
    speaker_labels,
)

__all__ = ["DocumentContext", "Mention", "Person", "Place", "build_context"]


class DocumentContext:
    """What the document names once and refers back to, by character offset.

    The people are linked when it is built; the occasion and the trade focus are read on first use
    (most documents tell no trade, and each fact component asks only for what it reads).
    """

    def __init__(
        self,
        text: str,
        sents: Sequence[tuple[int, int]],
        mentions: Mapping[str, Sequence[Mention]],
        *,
        doc_date: str | None = None,
    ) -> None:
        self.text = text
        self.sents = list(sents)
        self.doc_date = doc_date
        self._places = mentions.get("place", ())
        self._dates = mentions.get("date", ())
        self._figures = sorted(
            [*mentions.get("money", ()), *mentions.get("percent", ())], key=lambda m: m.start
        )
        self.people, self.entities = link_people(text, self.sents, mentions.get("person", ()), self._places)
        self._people_starts = [p.start for p in self.people]
        # Blank lines between paragraphs are empty sentences: they put no distance between two that are told.
        self._sent_starts = [s for s, e in self.sents if e > s]

    # --- people --------------------------------------------------------------------------------

    def people_in(self, start: int, end: int) -> list[Mention]:
        """The references to persons lying wholly in [start, end), each with its entity's data."""
        lo, hi = bisect_left(self._people_starts, start), bisect_right(self._people_starts, end)
        return [p for p in self.people[lo:hi] if p.end <= end]

    def person_at(self, offset: int) -> Mention | None:
        """The reference to a person covering ``offset``, if any."""
        i = bisect_right(self._people_starts, offset) - 1
        return self.people[i] if i >= 0 and self.people[i].end > offset else None

    @cached_property
    def _speakers(self) -> list[Mention]:
        return speaker_labels(self.text, self.people)

    def speaker_at(self, offset: int) -> Mention | None:
        """The speaker of a transcript whose words are at ``offset``: the last speaker label before it
        ("President of Russia Vladimir Putin: ...")."""
        i = bisect_right([s.start for s in self._speakers], offset) - 1
        return self._speakers[i] if i >= 0 else None

    @cached_property
    def _subjects(self) -> list[tuple[int, Person | None]]:
        # counted in the sentences that are told, as ``sentence_of`` counts: a blank line between two
        # paragraphs is a sentence of its own, and no distance between them
        subjects = sentence_subjects(self.text, self.sents, self.people, self.entities)
        return [(self.sentence_of(self.sents[k][0]), person) for k, person in subjects]

    def focus_at(self, offset: int) -> Person | None:
        """The person in focus at ``offset``: the subject of the last sentence before it that names
        anyone, within ``FOCUS_REACH`` sentences ("X took office in April. The trip to Russia is his
        first abroad": X's trip)."""
        i = self.sentence_of(offset)
        k = bisect_left(self._subjects, (i,)) - 1
        if k < 0 or i - self._subjects[k][0] > FOCUS_REACH:
            return None
        return self._subjects[k][1]

    # --- place and occasion --------------------------------------------------------------------

    @cached_property
    def dateline(self) -> Place | None:
        """The dateline's place ("HANOI, March 23 /TASS/ –")."""
        return dateline(self.text, self._places)

    @cached_property
    def main_event(self) -> Place | None:
        """The destination of the trip the headline or the lead tells, or where the gathering it reports is
        held (its guests travel there)."""
        return main_event_place(self.text, self.sents, self._places, self.people)

    def host_at(self, offset: int) -> Place | None:
        """Where the story's event takes place, for words at ``offset``: the destination of the trip
        its headline or lead tells, else its dateline; none when that trip goes to a third country or
        the lead tells of a call or a video link."""
        event = self.main_event
        if event is not None:
            return event if event.side in SIDES else None
        return None if self.lead_is_remote else self.dateline

    @cached_property
    def lead_is_remote(self) -> bool:
        """Whether the headline or the lead tells of a call or a video link ("The session was held via
        videoconference"): the dateline is then where the story was written, not where anyone met."""
        return lead_is_remote(self.text, self.sents)

    # --- trade focus ---------------------------------------------------------------------------

    @cached_property
    def markets(self) -> list[Named]:
        return markets_named(self.text, self._places)

    @cached_property
    def owners(self) -> list[Named]:
        return owners_named(self.text, self._places)

    @cached_property
    def periods(self) -> list[Named]:
        return periods_named(self.text, self.sents, self._dates, self._figures)

    @cached_property
    def periods_of_figures(self) -> list[Named]:
        return periods_named(self.text, self.sents, self._dates, self._figures, settings=False)

    @cached_property
    def pairs(self) -> list[Named]:
        return pairs_named(self.text, self._places)

    @cached_property
    def periods_told(self) -> list[Named]:
        return periods_named(self.text, self.sents, self._dates, None)

    @cached_property
    def paragraphs(self) -> list[int]:
        """Where each line starts: news puts one paragraph on a line."""
        return _line_starts(self.text)

    def market_at(self, offset: int) -> str | None:
        """The side named last, within a few sentences, as a flow's market ("exports to the Russian
        market"): what "the market", "this market" stand for at ``offset``."""
        return self._recent(self.markets, offset)

    def owner_at(self, offset: int) -> str | None:
        """The side whose flows the story told last, within a few sentences ("Export turnover from
        Russia ..."): whose "exports" a breakdown ("Of which, exports were ...") gives."""
        return self._recent(self.owners, offset)

    def period_at(self, offset: int) -> Mention | None:
        """The period named last with a figure in the paragraph of ``offset`` and before it, or with a figure
        in the paragraphs just before, within a few sentences: a breakdown paragraph ("Phones remained the
        largest export item, fetching $582 million") goes on with the period of the totals told above it; a
        period that only sets a sentence of another paragraph ("In 2024, Russia was Vietnam's 20th largest
        partner.") does not."""
        named = last_before(self.periods, offset)
        if named is None or self.paragraph_of(named.at) == self.paragraph_of(offset):
            return named.period if named is not None else None
        if last_before(self.periods_of_figures, offset) != named:
            return None
        if self.sentence_of(offset) - self.sentence_of(named.at) > FOCUS_SENTENCES:
            return None
        return named.period

    def pair_at(self, offset: int) -> tuple[str, ...] | None:
        """The sides of the pair of parties the story named most often as such before ``offset``, the last
        of those named as often ("PM praises ASEAN-Russia ties ...": ("OTHER", "RU")): whose trade
        "bilateral trade", "the two sides" tell there. A pair named once is named in passing."""
        named = [n.side for n in self.pairs if n.at < offset and n.side]
        counts = Counter(named)
        best = max(counts.values(), default=0)
        if best < 2:
            return None  # named once: in passing ("Vietnam supports Russia-ASEAN cooperation")
        return tuple(next(side for side in reversed(named) if counts[side] == best).split("-"))

    def period_referred(self, offset: int) -> Mention | None:
        """The period a sentence named first, the last such within a few sentences before ``offset``, across
        paragraphs: what "in that month", "in the reviewed period" at ``offset`` stand for."""
        named = last_before(self.periods_told, offset)
        if named is None or self.sentence_of(offset) - self.sentence_of(named.at) > FOCUS_SENTENCES:
            return None
        return named.period

    def paragraph_of(self, offset: int) -> int:
        return bisect_right(self.paragraphs, offset) - 1

    def sentence_of(self, offset: int) -> int:
        """The index of the (non-empty) sentence of ``offset``."""
        return max(0, bisect_right(self._sent_starts, offset) - 1)

    def _recent(self, named: Sequence[Named], offset: int) -> str | None:
        last = last_before(named, offset)
        if last is None or self.sentence_of(offset) - self.sentence_of(last.at) > FOCUS_SENTENCES:
            return None
        return last.side


def build_context(
    text: str,
    sents: Sequence[tuple[int, int]],
    mentions: Mapping[str, Sequence[Mention]],
    *,
    doc_date: str | None = None,
) -> DocumentContext:
    """The context of one document. ``mentions``: the mentions by kind ("person", "place", "date",
    "money", "percent"), each sorted by offset; ``sents``: (start, end) of each sentence."""
    return DocumentContext(text, sents, mentions, doc_date=doc_date)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    at = text.find("\n")
    while at != -1:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts
