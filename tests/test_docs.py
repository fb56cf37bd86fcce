"""The README and docs/: every relative link leads to a file that exists, and every anchor to a heading
of it; and tools/docs_outputs.py finds the commands and outputs of a document as a reader sees them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# [text](target): the target up to a space or the closing parenthesis (no title in these documents).
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```")
INLINE_CODE = re.compile(r"`[^`]*`")
EXTERNAL = ("http://", "https://", "mailto:")

docs_outputs = load_script(ROOT / "tools" / "docs_outputs.py", "docs_outputs")


def prose(path: Path, *, keep_code: bool = False) -> list[str]:
    """The lines of a Markdown file outside code blocks, inline code removed (kept with ``keep_code``:
    a heading's anchor keeps the words of its inline code, "The `errors` list" -> the-errors-list)."""
    lines, in_code = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line.strip()):
            in_code = not in_code
            continue
        if not in_code:
            lines.append(line if keep_code else INLINE_CODE.sub("", line))
    return lines


def slug(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped (hyphens and underscores kept),
    spaces made hyphens."""
    text = heading.strip().lower().replace("`", "")
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    found: set[str] = set()
    for line in prose(path, keep_code=True):
        if match := re.match(r"#{1,6}\s+(.*)", line):
            base = slug(match.group(1))
            anchor, n = base, 0
            while anchor in found:  # a repeated heading gets -1, -2 ...
                n += 1
                anchor = f"{base}-{n}"
            found.add(anchor)
    return found


def links() -> list[tuple[Path, str]]:
    return [
        (path, target)
        for path in DOCUMENTS
        for line in prose(path)
        for target in LINK.findall(line)
        if not target.startswith(EXTERNAL)
    ]


def test_the_documents_have_links_to_check():
    assert len(DOCUMENTS) >= 7 and len(links()) >= 20


@pytest.mark.parametrize(("path", "target"), links(), ids=lambda v: v.name if isinstance(v, Path) else str(v))
def test_every_relative_link_resolves(path: Path, target: str):
    file_part, _, anchor = target.partition("#")
    linked = (path.parent / file_part).resolve() if file_part else path
    assert linked.exists(), f"{path.name}: {target} leads nowhere"
    if anchor:
        assert linked.suffix == ".md", f"{path.name}: {target}: an anchor into a file that is not Markdown"
        assert anchor in anchors(linked), f"{path.name}: {target}: no such heading in {linked.name}"


def test_github_slugs_as_the_documents_use_them():
    assert slug('The JSON contract (schema_version "1")') == "the-json-contract-schema_version-1"
    assert slug("The `errors` list") == "the-errors-list"
    assert slug("What is read, and how") == "what-is-read-and-how"
    assert slug("Dask: scaling out") == "dask-scaling-out"


def test_the_readme_stays_short_and_starts_with_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 230
    first_section = readme.split("\n## ", 2)[1]
    assert "make run" in first_section and "make test" in first_section


def test_docs_outputs_reads_commands_heredocs_and_outputs():
    document = [
        "Text.",
        "```console",
        "$ vnru-facts extract seeds/ -o out/",
        "wrote 1 facts",
        "$ python - <<'PY'",
        "$ = 'inside the heredoc: not a command'",
        "PY",
        "$ echo done",
        "",
        "```",
        "```sh",
        "$ make test",
        "```",
    ]
    first, second, third = docs_outputs.console_commands(document)
    assert first.script == ["vnru-facts extract seeds/ -o out/"] and first.output == ["wrote 1 facts"]
    assert second.script == ["python - <<'PY'", "$ = 'inside the heredoc: not a command'", "PY"]
    assert second.output == []
    assert third.script == ["echo done"] and third.output == [""]  # "make test" in a sh block is not run


def test_every_console_block_of_the_documents_has_commands():
    for path in DOCUMENTS:
        lines = path.read_text(encoding="utf-8").split("\n")
        blocks = sum(line.strip() == "```console" for line in lines)
        commands = docs_outputs.console_commands(lines)
        assert len(commands) >= blocks, path.name
        assert all(command.script[0].strip() for command in commands), path.name
