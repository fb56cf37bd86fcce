"""Independent sources: syndicated copies of one wire story count as one source.

Copies are found from what the facts export keeps (no article text is needed): the same bytes
(sha256), the same headline on the same day, or mostly the same fact sentences.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations

from vnru_facts.models import Document, Fact
from vnru_facts.normalize.names import fold_key

# A sentence found in more sources than this is boilerplate ("Vietnam and Russia are strategic partners"),
# not a sign of copying; skipping it also keeps the pair count linear in the number of facts.
MAX_COPIES_OF_A_SENTENCE = 50
# A headline this short ("Vietnam, Russia talk trade") is too generic to identify one story.
MIN_TITLE_WORDS = 5


class UnionFind:
    """Groups of strings joined pair by pair; each group is named by its smallest member."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        root = self.parent.setdefault(item, item)
        while self.parent[root] != root:
            root = self.parent[root]
        while item != root:  # path compression, iteratively: long chains must not hit the recursion limit
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        # The smaller name represents the group, so the result does not depend on input order.
        ra, rb = sorted((self.find(a), self.find(b)))
        if ra != rb:
            self.parent[rb] = ra


def independent_sources(facts: Iterable[Fact], documents: Sequence[Document] = ()) -> dict[str, str]:
    """Map every source to the representative of its group of copies (itself when it has none)."""
    groups = UnionFind()
    for document in documents:
        groups.find(document.source)
    sentences_of: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        groups.find(fact.source)
        sentences_of[fact.source].add(fold_key(fact.evidence.text))
    for a, b in _same_document_pairs(documents):
        groups.union(a, b)
    for a, b in _shared_sentence_pairs(sentences_of):
        groups.union(a, b)
    return {source: groups.find(source) for source in groups.parent}


def _same_document_pairs(documents: Sequence[Document]) -> Iterable[tuple[str, str]]:
    """Sources with the same bytes, or the same long headline on the same day."""
    first_by_key: dict[tuple[str, ...], str] = {}
    for document in documents:
        keys: list[tuple[str, ...]] = [("sha256", document.sha256)]
        title = fold_key(document.title or "")
        if len(title.split()) >= MIN_TITLE_WORDS and document.doc_date:
            keys.append(("title", title, document.doc_date))
        for key in keys:
            first = first_by_key.setdefault(key, document.source)
            if first != document.source:
                yield first, document.source


def _shared_sentence_pairs(sentences_of: dict[str, set[str]]) -> Iterable[tuple[str, str]]:
    """Sources that share at least half of the smaller one's fact sentences."""
    sources_of: dict[str, list[str]] = defaultdict(list)
    for source, sentences in sentences_of.items():
        for sentence in sentences:
            sources_of[sentence].append(source)
    shared: Counter[tuple[str, str]] = Counter()
    for sources in sources_of.values():
        if 2 <= len(sources) <= MAX_COPIES_OF_A_SENTENCE:
            shared.update(combinations(sorted(sources), 2))
    for (a, b), n in shared.items():
        if 2 * n >= min(len(sentences_of[a]), len(sentences_of[b])):
            yield a, b
