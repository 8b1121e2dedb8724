"""End to end in a real pseudo-terminal: answer, press Ctrl-C, resume. Skipped where no pty exists."""

from __future__ import annotations

import json
import os
import select
import sys
import time

import pytest

pty = pytest.importorskip("pty")


def _read_until(fd: int, needle: str, timeout: float = 30.0) -> str:
    buffer = ""
    deadline = time.monotonic() + timeout
    while needle not in buffer:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError(f"did not see {needle!r}; got:\n{buffer[-2000:]}")
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        buffer += chunk.decode("utf-8", "replace")
    return buffer


def _spawn(args: list[str], env: dict[str, str]) -> tuple[int, int]:
    pid, fd = pty.fork()
    if pid == 0:  # the child: the real command in the pseudo-terminal
        os.execvpe(sys.executable, [sys.executable, "-m", "mla_writer", *args], env)
    return pid, fd


@pytest.mark.skipif(sys.platform.startswith("win"), reason="no pseudo-terminals on Windows")
def test_answer_interrupt_and_resume_in_a_real_terminal(tmp_path):
    env = {**os.environ, "TERM": "xterm", "MLA_WRITER_UI_LANG": "en", "PYTHONIOENCODING": "utf-8"}
    draft = tmp_path / "case.json"
    pid, fd = _spawn(["new", "--out", str(draft)], env)
    _read_until(fd, "Which State is making the request?")
    os.write(fd, b"KG - Kyrgyzstan\r")
    _read_until(fd, "Name")
    os.write(fd, "Прокуратура города Бишкек\r".encode())
    _read_until(fd, "Address")
    os.write(fd, b"\x03")
    output = _read_until(fd, "mla-writer new --from")
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 130
    assert "saved" in output
    saved = json.loads(draft.read_text(encoding="utf-8"))
    assert saved["requesting"]["state"] == "KG"
    assert saved["requesting"]["authority"]["name"] == "Прокуратура города Бишкек"

    # Resume: the first two answers are not asked again.
    pid, fd = _spawn(["new", "--from", str(draft)], env)
    output = _read_until(fd, "Address")
    assert "Which State is making the request?" not in output
    os.write(fd, b"\x03")
    _read_until(fd, "mla-writer new --from")
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 130


@pytest.mark.skipif(sys.platform.startswith("win"), reason="no pseudo-terminals on Windows")
def test_a_closed_terminal_keeps_the_answers(tmp_path):
    import signal

    env = {**os.environ, "TERM": "xterm", "MLA_WRITER_UI_LANG": "en"}
    draft = tmp_path / "case.json"
    pid, fd = _spawn(["new", "--out", str(draft)], env)
    _read_until(fd, "Which State is making the request?")
    os.write(fd, b"KZ\r")
    _read_until(fd, "Name")
    os.kill(pid, signal.SIGHUP)
    os.waitpid(pid, 0)
    os.close(fd)
    saved = json.loads(draft.read_text(encoding="utf-8"))
    assert saved["requesting"]["state"] == "KZ"
