"""Bad input, as prosecutors and exported batches produce it: each gets one clear message
naming the file (and field), and the documented exit code — never a traceback."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mla_writer.cli import app
from tests.conftest import example_data

runner = CliRunner()
HERE = Path(__file__).parent
CORPUS = HERE / "corpus"


def _manifest():
    rows = []
    for line in (HERE / "corpus.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, code, fragment = (line.split("\t") + [""])[:3]
            rows.append((name, int(code), fragment))
    return rows


def _generated(name: str) -> bytes:
    """The large inputs are made here rather than stored (megabytes each)."""
    base = example_data("kg-tr-trafficking.json")
    if name == "huge-facts-field.json":
        data = copy.deepcopy(base)
        data["facts"]["summary"] = "x" * 2_100_000
        return json.dumps(data).encode()
    if name == "ten-thousand-persons.json":
        data = copy.deepcopy(base)
        data["persons"] = [dict(data["persons"][0], id=f"p{i}") for i in range(10_000)]
        return json.dumps(data).encode()
    if name == "deep-nesting.json":
        return b"[" * 100_000 + b"]" * 100_000
    raise KeyError(name)


GENERATED = [("huge-facts-field.json", 4, "too long"), ("ten-thousand-persons.json", 4, "too large"),
             ("deep-nesting.json", 4, "")]
ROWS = _manifest() + GENERATED
# Rendering refuses a language it has no wording for before it would report the finding.
RENDER_CODE = {"unknown-language.json": 4}


def test_the_corpus_has_at_least_forty_inputs():
    assert len(ROWS) >= 40


@pytest.mark.parametrize("name,code,fragment", ROWS, ids=[row[0] for row in ROWS])
@pytest.mark.parametrize("command", ["validate", "render"])
def test_bad_input_gets_a_clear_message_and_its_exit_code(tmp_path, name, code, fragment, command):
    path = CORPUS / name
    if not path.exists():
        path = tmp_path / name
        path.write_bytes(_generated(name))
    args = [command, str(path)] + (["-o", str(tmp_path / "out")] if command == "render" else [])
    result = runner.invoke(app, args)
    if command == "render":
        code = RENDER_CODE.get(name, code)
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    if code == 4:
        assert str(path) in result.stderr  # the file is named
        assert fragment in result.stderr or name in RENDER_CODE
        assert len(result.stderr.strip().splitlines()) <= 21
    else:
        shown = result.stdout + result.stderr
        assert fragment in shown or command == "render"
    if command == "render":
        assert not list((tmp_path / "out").glob("*")) if (tmp_path / "out").exists() else True
