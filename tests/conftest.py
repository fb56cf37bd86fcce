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
