"""No network, ever; a killed batch leaves no half-written document; consoles that are not UTF-8."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mla_writer.cli import app
from mla_writer.wizard.flow import Wizard
from tests.conftest import CORE_EXAMPLES, EXAMPLES, TODAY, example_data
from tests.wizard.helpers import CaseAsker

runner = CliRunner()


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test.

    A Unix domain socket is not the network: it is how the batch's worker processes are
    started (multiprocessing's forkserver), so it is let through.
    """
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("mla-writer tried to use the network")

    def local_only(connect):
        def guarded(self, *args, **kwargs):
            if getattr(socket, "AF_UNIX", None) is not None and self.family == socket.AF_UNIX:
                return connect(self, *args, **kwargs)
            return refuse(self, *args, **kwargs)
        return guarded

    monkeypatch.setattr(socket.socket, "connect", local_only(socket.socket.connect))
    monkeypatch.setattr(socket.socket, "connect_ex", local_only(socket.socket.connect_ex))
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert not attempts


def test_the_guard_lets_local_sockets_through_and_stops_the_network(no_network):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as inet, pytest.raises(AssertionError):
        inet.connect(("192.0.2.1", 80))  # a documentation address: never reached
    assert no_network
    no_network.clear()


def test_the_main_paths_never_touch_the_network(no_network, tmp_path, profiles):
    for args in (["validate", *map(str, EXAMPLES)], ["render", *map(str, EXAMPLES), "-o", str(tmp_path)],
                 ["render", str(EXAMPLES[0]), "-o", str(tmp_path / "ru"), "--lang", "ru"],
                 ["basis", "KG", "KZ"], ["countries"], ["profile", "show", "TR"], ["schema"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
    asker = CaseAsker(example_data("kg-tr-trafficking.json"))
    wizard = Wizard(asker, profiles, "ru", save=lambda d: None, today=TODAY)
    asker.wizard = wizard
    assert wizard.run().case is not None


def _copies_of_the_examples(folder: Path, count: int) -> Path:
    folder.mkdir()
    for index in range(count):
        source = EXAMPLES[index % len(EXAMPLES)]
        (folder / f"case-{index:03d}.json").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL is POSIX")
def test_a_batch_killed_mid_run_leaves_no_partial_docx_and_can_be_finished(tmp_path):
    cases = _copies_of_the_examples(tmp_path / "cases", 60)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "mla_writer", "render", *sorted(map(str, cases.glob("*.json"))), "-o", str(out)]
    # A session of its own: the kill takes the worker processes with the main one, as closing
    # the terminal or killing the job would.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.docx"))) < 5:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    time.sleep(0.5)
    finished = sorted(out.glob("*.docx"))
    assert 0 < len(finished) < 60, "the kill must land mid-batch"
    for document in finished:  # every .docx present is whole
        with zipfile.ZipFile(document) as archive:
            assert archive.testzip() is None
    again = subprocess.run([*command, "--skip-existing"], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert len(list(out.glob("*.docx"))) == 60


@pytest.mark.parametrize("encoding", ["cp1251", "ascii"])
def test_a_console_that_is_not_utf8_gets_readable_output(tmp_path, encoding):
    env = {**os.environ, "PYTHONIOENCODING": encoding, "MLA_WRITER_UI_LANG": "ru"}
    result = subprocess.run([sys.executable, "-m", "mla_writer", "validate", str(CORE_EXAMPLES[0])],
                            capture_output=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr.decode(encoding, "replace")
    assert b"Traceback" not in result.stderr
    assert "R04".encode() in result.stdout


def test_debug_is_opt_in(monkeypatch):
    monkeypatch.delenv("MLA_WRITER_DEBUG", raising=False)
    result = runner.invoke(app, ["--debug", "countries"])
    assert result.exit_code == 0
    assert os.environ.get("MLA_WRITER_DEBUG") == "1"
    monkeypatch.delenv("MLA_WRITER_DEBUG", raising=False)


def test_internal_errors_hide_the_traceback_unless_debug(monkeypatch):
    import mla_writer.service as service

    def explode(*args, **kwargs):
        raise RuntimeError("secret victim name")

    monkeypatch.setattr(service, "check_file", explode)
    monkeypatch.delenv("MLA_WRITER_DEBUG", raising=False)
    result = runner.invoke(app, ["validate", str(EXAMPLES[0])])
    assert result.exit_code == 1
    assert "internal error" in result.stderr and "secret victim name" not in result.output


@pytest.mark.parametrize("name,expected", [
    ("дело №1 с пробелами.json", "дело №1 с пробелами.en.docx"),
    ("CON.json", "_CON.en.docx"),
    ("nul.json", "_nul.en.docx"),
    ("case (copy).json", "case (copy).en.docx"),
])
def test_awkward_file_names(tmp_path, name, expected):
    case = tmp_path / name
    case.write_text(json.dumps(example_data("kg-tr-trafficking.json"), ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["render", str(case), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / expected).is_file()


def test_findings_name_persons_by_their_id_not_their_name(profiles):
    from mla_writer.validation.engine import validate
    from tests.conftest import to_case

    data = example_data("kg-tr-trafficking.json")
    for person in data["persons"]:
        if person["kind"] == "natural":
            person.pop("date_of_birth", None)
            person.pop("place_of_birth", None)
    findings = validate(to_case(data), profiles, TODAY)
    text = json.dumps([f.as_dict() for f in findings], ensure_ascii=False)
    for person in data["persons"]:
        for value in (person.get("surname"), person.get("name")):
            if value:
                assert value not in text
    assert any(p["id"] in text for p in data["persons"])


def _processes_running(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and marker in (entry / "cmdline").read_bytes().decode("utf-8", "replace"):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_workers_of_a_batch_whose_main_process_is_killed_end_too(tmp_path):
    cases = _copies_of_the_examples(tmp_path / "cases-of-this-test", 200)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "mla_writer", "render", str(cases), "-o", str(out), "--jobs", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.docx"))) < 5:
        time.sleep(0.02)
    assert len(_processes_running(str(cases))) >= 3, "the main process and two workers"
    process.kill()  # only the main process, as the OOM killer or `kill -9 PID` would
    process.wait(timeout=30)
    written_when_killed = len(list(out.glob("*.docx")))
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and _processes_running(str(cases)):
        time.sleep(0.1)
    assert _processes_running(str(cases)) == [], "workers left waiting for ever"
    # Each worker finishes the file in hand, not the files still queued for it.
    assert len(list(out.glob("*.docx"))) <= written_when_killed + 4
    assert not list(out.glob(".*.tmp")), "a worker stopped halfway through a file"
    for document in out.glob("*.docx"):
        with zipfile.ZipFile(document) as archive:
            assert archive.testzip() is None


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_killed_from_outside_costs_only_the_files_in_flight(tmp_path):
    cases = _copies_of_the_examples(tmp_path / "cases", 300)
    out, summary = tmp_path / "out", tmp_path / "summary.json"
    command = [sys.executable, "-m", "mla_writer", "render", str(cases), "-o", str(out), "--jobs", "2"]
    process = subprocess.Popen([*command, "--summary", str(summary)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.docx"))) < 10:
        time.sleep(0.02)
    main_command = Path(f"/proc/{process.pid}/cmdline").read_bytes()
    workers = [pid for pid in _children(process.pid) if Path(f"/proc/{pid}/cmdline").read_bytes() == main_command]
    assert workers, "the batch has workers (forked: the same command line; not multiprocessing's helpers)"
    os.kill(workers[0], signal.SIGKILL)  # as the system's out-of-memory killer would
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 5, stderr
    assert "Traceback" not in stderr and "was stopped from outside" in stderr
    report = json.loads(summary.read_text(encoding="utf-8"))
    assert len(report) == 300
    lost = [r for r in report if r["status"] == "failed"]
    assert lost and all("render it again" in r["errors"][0] for r in lost)
    assert len(lost) < 100, "a new pool renders the rest"
    assert all(r["status"] == "ok" for r in report if r not in lost)
    assert not list(out.glob(".*.tmp")), "a worker stopped halfway through a file"
    again = subprocess.run([*command, "--skip-existing"], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert len(list(out.glob("*.docx"))) == 300
