"""Streaming and worker processes: results come per document, in order, the same with --jobs."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from vnru_facts import api
from vnru_facts.read.sources import read_articles
from vnru_facts.run import local as runner
from vnru_facts.write import export

from .conftest import ROOT, SEEDS


def _seed_copies(tmp_path, copies: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    paths = []
    for i in range(copies):
        path = tmp_path / f"{i:03d}.txt"
        path.write_text(texts[i % len(texts)], encoding="utf-8")
        paths.append(str(path))
    return paths


def test_iter_extract_yields_before_reading_every_input(tmp_path, monkeypatch):
    paths = _seed_copies(tmp_path, 40)
    read: list[str] = []

    def counting_read(source, path, **kwargs):
        read.append(source)
        return read_articles(source, path, **kwargs)

    monkeypatch.setattr(runner, "read_articles", counting_read)
    results = api.iter_extract(paths)
    first = next(results)
    assert first.document is not None and first.document.source == paths[0]
    assert len(read) < len(paths)  # read ahead by a batch, not the whole input
    assert [r.document.source for r in [first, *results]] == paths


def test_unreadable_inputs_keep_their_place_in_the_stream(tmp_path):
    paths = _seed_copies(tmp_path, 3)
    paths.insert(1, str(tmp_path / "missing.txt"))
    sources = [(r.document or r.error).source for r in api.iter_extract(paths, jobs=2)]
    assert sources == paths


def test_two_jobs_give_the_same_output_as_one():
    one = export.to_json(api.extract_paths([str(SEEDS)], jobs=1))
    two = export.to_json(api.extract_paths([str(SEEDS)], jobs=2))
    assert one == two


def test_workers_started_with_spawn_give_the_same_output():
    # Spawned workers import everything afresh: factories, extension attributes, patterns.
    script = textwrap.dedent(
        f"""
        import multiprocessing
        from vnru_facts import api
        from vnru_facts.write import export
        from vnru_facts.run import local as runner
        if __name__ == "__main__":
            multiprocessing.set_start_method("spawn", force=True)
            two = export.to_json(api.extract_paths([{str(SEEDS)!r}], jobs=2))
            one = export.to_json(api.extract_paths([{str(SEEDS)!r}], jobs=1))
            print(two == one)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True
    )
    assert done.stdout.strip() == "True", done.stderr
