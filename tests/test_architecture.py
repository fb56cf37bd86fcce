"""The pure core stays pure: models, normalize, analyse (conflicts, timeline, diff) and write (export,
schemas, Parquet, incremental state) import no spaCy, Typer, Rich or plotting library."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "vnru_facts"
PURE = [
    "models.py",
    "errors.py",
    "report/describe.py",
    *(
        p.relative_to(PACKAGE).as_posix()
        for folder in ("normalize", "analyse", "write", "extract/document")
        for p in (PACKAGE / folder).rglob("*.py")
    ),
]
FORBIDDEN = ("spacy", "typer", "rich", "matplotlib")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("relative", sorted(PURE))
def test_pure_modules_do_not_import_spacy_typer_rich_or_plotting(relative):
    bad = {m for m in imported_modules(PACKAGE / relative) if m.split(".")[0] in FORBIDDEN}
    assert not bad, f"{relative} imports {bad}"


@pytest.mark.parametrize("path", sorted(p for p in PACKAGE.rglob("*.py") if "cli" not in p.parts), ids=str)
def test_the_library_never_prints(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", None) == "print"]
    assert not calls, f"{path} calls print()"


# The optional extras: imported only by their own module, and only inside functions, so that the
# default single-machine path runs with none of them installed.
OPTIONAL = {"dask": "dask_engine.py", "distributed": "dask_engine.py", "pyarrow": "parquet.py"}


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=str)
def test_optional_extras_are_imported_lazily_and_only_where_used(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = {n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))}
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
        for root in {n.split(".")[0] for n in names} & OPTIONAL.keys():
            assert path.name == OPTIONAL[root], f"{path} imports {root}"
            assert node not in top_level, f"{path} imports {root} at module level"
