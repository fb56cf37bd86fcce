"""The Dask engine on a 2-worker LocalCluster (loopback only): same facts as the single-process path.

One cluster serves the whole module (starting worker processes costs seconds); each test connects
to it by address, as a user does with ``--scheduler``.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from distributed import Client
from distributed.diagnostics.plugin import WorkerPlugin
from typer.testing import CliRunner

from tests.conftest import SEEDS
from tests.generated_articles import write_articles
from vnru_facts import api
from vnru_facts.cli import app
from vnru_facts.run import dask_engine
from vnru_facts.write.parquet import ParquetFolder


@pytest.fixture(scope="module")
def cluster():
    with dask_engine.local_cluster(2) as local:  # what --engine dask -j 2 starts
        yield local


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The seeds, 40 generated articles, a news dump with a bad line, bad files and a missing path."""
    folder = tmp_path_factory.mktemp("inputs")
    shutil.copytree(SEEDS, folder / "seeds")
    write_articles(folder / "generated", 40)
    bad = folder / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n....")
    (bad / "latin1.txt").write_bytes(
        "Vietnam–Russia trade reached US$4.2 billion in 2023. Café.".encode("cp1252")
    )
    (bad / "dump.jsonl").write_text(
        '{"id": "x1", "date": "2025-02-01", "text": "Vietnam-Russia trade hit $5.1 billion last year."}\n'
        "{broken\n"
        '{"title": "no text"}\n',
        encoding="utf-8",
    )
    return [str(folder / "seeds"), str(folder / "generated"), str(bad), str(folder / "missing.txt")]


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["extract", *args])
    return result.exit_code, result.output


def test_two_workers_give_the_facts_of_one_process(cluster, inputs: list[str]) -> None:
    expected = list(api.iter_extract_plain(inputs))
    got = list(dask_engine.iter_extract_plain(inputs, scheduler=cluster.scheduler_address, partition_size=7))
    assert got == expected  # same documents, facts (ids and values), errors, warnings, in order
    facts = [fact["id"] for row in got if row for fact in row["facts"]]
    assert len(facts) > 100 and len(set(facts)) == len(facts)
    errors = {row["error"]["source"].rsplit("/", 1)[-1] for row in got if row and row["error"]}
    assert errors == {"empty.txt", "photo.txt", "dump.jsonl#2", "dump.jsonl#3", "missing.txt"}
    with Client(cluster.scheduler_address) as client:
        builds = client.run(_pipelines_built)
    # Built once per worker process (not per partition or record); 8 partitions ran on the 2 workers.
    assert set(builds.values()) <= {0, 1} and 1 in builds.values()


def _pipelines_built() -> int:
    """On a worker: how many times this process has built the extract pipeline."""
    from vnru_facts.pipeline import get_extract_pipeline

    return get_extract_pipeline.cache_info().misses


def test_json_output_is_byte_identical(cluster, inputs: list[str]) -> None:
    code, local = _run(*inputs, "-f", "json")
    assert code == 0
    code, on_dask = _run(*inputs, "-f", "json", "--engine", "dask", "--scheduler", cluster.scheduler_address)
    assert code == 0
    assert on_dask == local


def test_parquet_folder_is_byte_identical(cluster, inputs: list[str], tmp_path: Path) -> None:
    common = ("-f", "parquet", "--partition-size", "6")
    assert _run(*inputs, "-o", str(tmp_path / "local"), *common)[0] == 0
    code, output = _run(
        *inputs,
        "-o",
        str(tmp_path / "dask"),
        *common,
        "--engine",
        "dask",
        "--scheduler",
        cluster.scheduler_address,
    )
    assert code == 0, output
    local = sorted(p.relative_to(tmp_path / "local") for p in (tmp_path / "local").rglob("*.*"))
    on_dask = sorted(p.relative_to(tmp_path / "dask") for p in (tmp_path / "dask").rglob("*.*"))
    assert on_dask == local and len(local) > 10
    for name in local:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def test_report_folder_keeps_the_excerpts(cluster, inputs: list[str], tmp_path: Path) -> None:
    assert _run(inputs[0], "-o", str(tmp_path / "local"))[0] == 0
    args = ("--engine", "dask", "--scheduler", cluster.scheduler_address)
    assert _run(inputs[0], "-o", str(tmp_path / "dask"), *args)[0] == 0
    for name in ("facts.json", "facts.csv", "conflicts.json", "report.html"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def test_incremental_runs_extract_only_new_inputs(cluster, inputs: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(inputs[1], folder)
    out = tmp_path / "out"
    args = ("-o", str(out), "--incremental", "--engine", "dask", "--scheduler", cluster.scheduler_address)
    assert _run(str(folder), *args)[0] == 0

    new = write_articles(folder, 1, seed=3, start=500)[0]
    known = ParquetFolder(out).known()
    rows = list(
        dask_engine.iter_extract_plain([str(folder)], scheduler=cluster.scheduler_address, known=known)
    )
    extracted = [row["document"]["source"] for row in rows if row is not None]
    assert extracted == [str(new)] and rows.count(None) == 40

    code, output = _run(str(folder), *args)
    assert code == 0 and "(40 unchanged, skipped)" in output
    before = {p: p.read_bytes() for p in out.rglob("*.*")}
    code, output = _run(str(folder), *args)
    assert code == 0 and "wrote 0 facts from 0 documents (41 unchanged, skipped)" in output
    assert {p: p.read_bytes() for p in out.rglob("*.*")} == before


class KillFirstTask(WorkerPlugin):
    """Kill the worker process that starts the first vnru-facts task, once (a marker file says so)."""

    name = "kill-first-vnru-task"

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def transition(self, key, start, finish, **kwargs):  # type: ignore[no-untyped-def]
        if finish != "executing" or "vnru-facts-" not in str(key) or os.path.exists(self.marker):
            return
        Path(self.marker).touch()
        # Dies while the task runs: the nanny restarts the worker and the scheduler reruns the task.
        threading.Timer(0.05, os._exit, args=(1,)).start()


def test_a_worker_that_dies_loses_and_duplicates_nothing(cluster, inputs: list[str], tmp_path: Path) -> None:
    expected = list(api.iter_extract_plain(inputs[:2]))
    marker = tmp_path / "killed"
    with Client(cluster.scheduler_address) as client:
        client.register_plugin(KillFirstTask(str(marker)))
        try:
            got = list(
                dask_engine.iter_extract_plain(
                    inputs[:2], scheduler=cluster.scheduler_address, partition_size=5
                )
            )
        finally:
            client.unregister_worker_plugin(KillFirstTask.name)
            client.wait_for_workers(2, timeout=60)
    assert marker.exists()  # a worker did die
    assert got == expected


def test_an_unreachable_scheduler_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dask_engine, "SCHEDULER_TIMEOUT", "1s")  # nothing listens there: no need to wait
    code, output = _run(str(SEEDS), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1")
    assert code == 2
    assert output.startswith("vnru-facts: cannot reach the Dask scheduler at tcp://127.0.0.1:1")
    assert len(output.strip().splitlines()) == 1
