from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds_result():
    """The extract result on seeds/, computed once per test session."""
    from vnru_facts import extract_paths

    return extract_paths([str(SEEDS)])


@pytest.fixture(scope="session")
def mention_nlp():
    """A blank English pipeline with the sentencizer and every mention component."""
    import spacy

    from vnru_facts.pipeline import MENTION_PIPES

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for name in MENTION_PIPES:
        nlp.add_pipe(name)
    return nlp
