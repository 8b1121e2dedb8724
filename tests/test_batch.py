"""Batch rendering: all cores, stable order, summaries, folders and globs."""

from __future__ import annotations

import json
import shutil

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
