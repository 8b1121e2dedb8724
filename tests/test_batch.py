"""Batch rendering: all cores, stable order, summaries, folders and globs."""

from __future__ import annotations

import json
import shutil
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mla_writer.cli import app
from tests.conftest import EXAMPLES

runner = CliRunner()


def _cases(tmp_path, count=9):
    folder = tmp_path / "cases"
    folder.mkdir()
    for index in range(count):
        shutil.copy(EXAMPLES[index % len(EXAMPLES)], folder / f"case-{index:02d}.json")
    (folder / "broken.json").write_text("{", encoding="utf-8")
    return folder


def test_a_folder_on_two_workers_in_stable_order_with_a_summary(tmp_path):
    folder = _cases(tmp_path)
    summary = tmp_path / "summary.json"
    result = runner.invoke(app, ["render", str(folder), "-o", str(tmp_path / "out"), "--jobs", "2",
                                 "--summary", str(summary)])
    assert result.exit_code == 5
    outputs = result.stdout.strip().splitlines()
    assert outputs == sorted(outputs) and len(outputs) == 9
    report = json.loads(summary.read_text(encoding="utf-8"))
    assert [Path_name(r["path"]) for r in report] == sorted(Path_name(r["path"]) for r in report)
    statuses = {Path_name(r["path"]): r["status"] for r in report}
    assert statuses["broken.json"] == "failed" and list(statuses.values()).count("ok") == 9
    assert all({"output", "status", "findings", "seconds"} <= r.keys() for r in report)
    assert "1 of 10 files failed" in result.stderr


def _jobs(tmp_path, count):
    """Jobs for the library's batch.run: copies of the examples, in English, as drafts."""
    from mla_writer.batch import Job

    folder = _cases(tmp_path, count=count)
    (folder / "broken.json").unlink()
    out = tmp_path / "out"
    out.mkdir()
    return [Job(path, out, "en", False, True, False, None, False, None) for path in sorted(folder.glob("*.json"))]


def Path_name(text):  # noqa: N802 - a tiny helper
    return text.replace("\\\\", "/").rsplit("/", 1)[-1]


def test_a_glob_is_expanded_even_when_the_shell_did_not(tmp_path):
    folder = _cases(tmp_path, count=3)
    result = runner.invoke(app, ["render", str(folder / "case-*.json"), "-o", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "out").glob("*.docx"))) == 3


def test_one_job_and_many_jobs_give_the_same_files(tmp_path):
    folder = _cases(tmp_path, count=4)
    (folder / "broken.json").unlink()
    one = runner.invoke(app, ["render", str(folder), "-o", str(tmp_path / "one"), "-j", "1"])
    many = runner.invoke(app, ["render", str(folder), "-o", str(tmp_path / "many"), "-j", "2"])
    assert one.exit_code == many.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "one").iterdir()) == sorted(p.name for p in (tmp_path / "many").iterdir())


def test_not_a_terminal_gets_plain_lines_without_carriage_returns(tmp_path):
    folder = _cases(tmp_path, count=2)
    result = runner.invoke(app, ["render", str(folder), "-o", str(tmp_path / "out")])
    assert "\r" not in result.output


def test_nothing_to_render_is_a_usage_error(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["render", str(empty)])
    assert result.exit_code == 2 and "no case files" in result.stderr


def test_a_batch_sent_to_workers_in_chunks_keeps_every_file_once_and_in_order(tmp_path):
    from pathlib import Path

    from mla_writer.batch import Job, run

    folder = _cases(tmp_path, count=70)  # enough for chunks of more than one file on two workers
    (folder / "broken.json").unlink()
    paths = sorted(folder.glob("*.json"))
    out = tmp_path / "out"
    out.mkdir()
    seen: list[tuple[str, int, int]] = []
    jobs = [Job(path, out, "en", False, True, False, None, False, None) for path in paths]
    outcomes = run(jobs, 2, progress=lambda outcome, done, total: seen.append((outcome.path, done, total)))
    assert [o.path for o in outcomes] == [str(p) for p in paths]
    assert all(o.status == "ok" for o in outcomes), [o.errors for o in outcomes if o.status != "ok"]
    assert [done for _, done, _ in seen] == list(range(1, 71)) and {total for *_, total in seen} == {70}
    assert sorted(path for path, *_ in seen) == [str(p) for p in paths]
    assert sorted(Path(o.output).name for o in outcomes) == sorted(p.name for p in out.iterdir())


def test_a_bug_met_on_one_file_is_reported_and_the_others_still_render(tmp_path, monkeypatch):
    import mla_writer.service

    folder = _cases(tmp_path, count=3)
    (folder / "broken.json").unlink()
    real = mla_writer.service.render_file

    def buggy(path, *args, **kwargs):
        if path.name == "case-01.json":
            raise ZeroDivisionError("a bug")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(mla_writer.service, "render_file", buggy)
    monkeypatch.delenv("MLA_WRITER_DEBUG", raising=False)
    summary = tmp_path / "summary.json"
    result = runner.invoke(app, ["render", str(folder), "-o", str(tmp_path / "out"), "-j", "1", "--draft",
                                 "--summary", str(summary)])
    assert result.exit_code == 5, result.output
    assert "case-01.json: internal error (ZeroDivisionError)" in result.stderr and "Traceback" not in result.output
    report = {Path_name(r["path"]): r for r in json.loads(summary.read_text(encoding="utf-8"))}
    assert report["case-01.json"]["status"] == "failed" and report["case-01.json"]["exit_code"] == 1
    assert [report[name]["status"] for name in ("case-00.json", "case-02.json")] == ["ok", "ok"]

    if sys.platform.startswith("linux"):  # forked workers inherit the patched function
        result = runner.invoke(app, ["render", str(folder), "-o", str(tmp_path / "two"), "-j", "2", "--draft"])
        assert result.exit_code == 5 and "case-01.json: internal error (ZeroDivisionError)" in result.stderr
        assert sorted(p.name.split(".")[0] for p in (tmp_path / "two").glob("*.docx")) == ["case-00", "case-02"]

    monkeypatch.setenv("MLA_WRITER_DEBUG", "1")  # a developer asks for the traceback
    result = runner.invoke(app, ["render", str(folder), "-o", str(tmp_path / "again"), "-j", "1", "--draft"])
    assert isinstance(result.exception, ZeroDivisionError)


def test_a_caller_with_threads_gets_its_workers_from_a_fork_server(tmp_path):
    from mla_writer.batch import _pool_context, run

    jobs = _jobs(tmp_path, 6)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)  # forking now could copy a lock this thread holds
    other.start()
    try:
        if sys.platform.startswith("linux"):
            assert _pool_context().get_start_method() == "forkserver"
        outcomes = run(jobs, 2)
    finally:
        stop.set()
        other.join()
    assert [o.status for o in outcomes] == ["ok"] * 6
    if sys.platform.startswith("linux"):
        assert _pool_context().get_start_method() == "fork"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="kills a worker with SIGKILL")
def test_a_worker_killed_while_the_main_process_is_busy_loses_no_result(tmp_path):
    import multiprocessing
    import os
    import signal
    import time

    from mla_writer.batch import run

    jobs = _jobs(tmp_path, 60)
    killed = []

    def slow_terminal(outcome, done, total):
        if done == 5 and not killed:
            victim = multiprocessing.active_children()[0]
            os.kill(victim.pid, signal.SIGKILL)
            killed.append(victim.pid)
            time.sleep(1.5)  # the pool breaks while the main process is still here

    outcomes = run(jobs, 2, progress=slow_terminal)
    assert killed and [o.path for o in outcomes] == [str(j.path) for j in jobs]
    lost = [o for o in outcomes if o.status == "failed"]
    assert lost and all("stopped from outside" in o.errors[0] for o in lost)
    assert len(lost) < 40, "a new pool renders the rest"
    assert all(Path(o.output).is_file() for o in outcomes if o.status == "ok")
