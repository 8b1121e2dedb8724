"""The command line through typer's CliRunner: exit codes, messages, files."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from mla_writer.cli import app
from mla_writer.resources import data_dir
from tests.conftest import EXAMPLES, example_data

runner = CliRunner()
EXAMPLE = data_dir("examples") / "kg-tr-trafficking.json"


def _write(tmp_path, data, name="case.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("mla-writer ")


def test_validate_a_clean_example_exits_0():
    result = runner.invoke(app, ["validate", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    assert "errors (0)" in result.stdout


def test_validate_reports_errors_grouped_and_exits_3(tmp_path):
    data = example_data("kg-tr-trafficking.json")
    data["facts"]["summary"] = "Too short."
    result = runner.invoke(app, ["validate", str(_write(tmp_path, data))])
    assert result.exit_code == 3
    assert "errors (1)" in result.stdout and "R07" in result.stdout and "facts.summary" in result.stdout


def test_validate_in_russian(tmp_path):
    data = example_data("kg-tr-trafficking.json")
    data["facts"]["summary"] = "Too short."
    result = runner.invoke(app, ["validate", "--ui-lang", "ru", str(_write(tmp_path, data))])
    assert "ошибки (1)" in result.stdout


def test_validate_json_for_scripts():
    result = runner.invoke(app, ["validate", "--json", str(EXAMPLE)])
    payload = json.loads(result.stdout)
    assert payload[0]["status"] == "ok"
    for finding in payload[0]["findings"]:
        assert {"rule", "severity", "path", "message", "source"} <= finding.keys()
        assert {"en", "ru"} <= finding["message"].keys()


@pytest.mark.parametrize("content,expected", [
    ("{not json", "invalid JSON at line 1"),
    ("[]", "one JSON object"),
    ('"text"', "one JSON object"),
])
def test_unreadable_case_files_get_one_clear_line_and_exit_4(tmp_path, content, expected):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 4
    assert expected in result.stderr and str(path) in result.stderr
    assert "Traceback" not in result.output


def test_a_missing_field_names_the_file_path_and_fix(tmp_path):
    data = example_data("kg-tr-trafficking.json")
    del data["signatory"]
    result = runner.invoke(app, ["validate", str(_write(tmp_path, data))])
    assert result.exit_code == 4
    assert "case.json: signatory: required field is missing — add it" in result.stderr


def test_a_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "cp1251.json"
    path.write_bytes('{"language": "ру"}'.encode("cp1251"))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 4 and "not UTF-8" in result.stderr


def test_an_unknown_country_is_an_input_error(tmp_path):
    data = example_data("kg-tr-trafficking.json")
    data["requested"]["state"] = "ZZ"
    result = runner.invoke(app, ["validate", str(_write(tmp_path, data))])
    assert result.exit_code == 4 and "ZZ" in result.stderr


def test_render_writes_a_docx_readable_by_its_owner_only(tmp_path):
    result = runner.invoke(app, ["render", str(EXAMPLE), "--out-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    output = tmp_path / "kg-tr-trafficking.en.docx"
    assert output.is_file() and result.stdout.strip() == str(output)
    if os.name == "posix":
        assert stat.S_IMODE(output.stat().st_mode) == 0o600


def test_render_never_overwrites_without_force(tmp_path):
    assert runner.invoke(app, ["render", str(EXAMPLE), "-o", str(tmp_path)]).exit_code == 0
    again = runner.invoke(app, ["render", str(EXAMPLE), "-o", str(tmp_path)])
    assert again.exit_code == 4 and "--force" in again.stderr
    assert runner.invoke(app, ["render", str(EXAMPLE), "-o", str(tmp_path), "--force"]).exit_code == 0


def test_render_in_another_language_notes_it_is_not_accepted(tmp_path):
    result = runner.invoke(app, ["render", str(EXAMPLE), "-o", str(tmp_path), "--lang", "ru"])
    assert result.exit_code == 0
    assert (tmp_path / "kg-tr-trafficking.ru.docx").is_file()
    assert "does not accept" in result.stderr


def test_render_refuses_a_language_without_wording(tmp_path):
    result = runner.invoke(app, ["render", str(EXAMPLE), "-o", str(tmp_path), "--lang", "xx"])
    assert result.exit_code == 4 and "en" in result.stderr and "ru" in result.stderr


def test_render_refuses_errors_with_3_and_draft_renders(tmp_path):
    data = example_data("kg-tr-trafficking.json")
    data["facts"]["summary"] = "Too short."
    case = _write(tmp_path, data)
    refused = runner.invoke(app, ["render", str(case), "-o", str(tmp_path)])
    assert refused.exit_code == 3 and "--draft" in refused.stderr
    assert not list(tmp_path.glob("*.docx"))
    assert runner.invoke(app, ["render", str(case), "-o", str(tmp_path), "--draft"]).exit_code == 0


def test_a_batch_renders_the_good_files_and_exits_5(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = runner.invoke(app, ["render", *map(str, EXAMPLES), str(bad), "-o", str(out)])
    assert result.exit_code == 5
    assert len(list(out.glob("*.docx"))) == len(EXAMPLES)
    assert "bad.json" in result.stderr and f"1 of {len(EXAMPLES) + 1} files failed" in result.stderr


def test_a_missing_output_folder_is_created(tmp_path):
    result = runner.invoke(app, ["render", str(EXAMPLE), "-o", str(tmp_path / "new" / "folder")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "new" / "folder" / "kg-tr-trafficking.en.docx").is_file()


def test_an_output_folder_that_is_a_file(tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["render", str(EXAMPLE), "-o", str(afile)])
    assert result.exit_code == 4 and "not a folder" in result.stderr


def test_duplicate_keys_are_refused(tmp_path):
    path = tmp_path / "dup.json"
    path.write_text(EXAMPLE.read_text(encoding="utf-8").replace('"language": "en",', '"language": "en", "language": "ru",', 1),
                    encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 4 and "'language' appears twice" in result.stderr


@pytest.mark.parametrize("content", ['{"schema_version": 1' + "9" * 5000 + "}", '{"schema_version": NaN}'])
def test_unreadable_numbers_are_input_errors(tmp_path, content):
    path = tmp_path / "n.json"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 4 and "internal error" not in result.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_an_unwritable_output_folder(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    result = runner.invoke(app, ["render", str(EXAMPLE), "-o", str(locked)])
    assert result.exit_code == 4 and "cannot write" in result.stderr


def test_schema_prints_the_json_schema():
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert "schema_version" in schema["properties"]


def test_countries_lists_the_core_states():
    result = runner.invoke(app, ["countries"])
    assert result.exit_code == 0
    for code in ("DE", "KG", "KZ", "RU", "TR"):
        assert f"\n{code} " in "\n" + result.stdout


def test_profile_show_gives_sources():
    result = runner.invoke(app, ["profile", "show", "TR"])
    assert result.exit_code == 0 and "Republic of Türkiye" in result.stdout and "http" in result.stdout


def test_profile_show_unknown_state():
    result = runner.invoke(app, ["profile", "show", "XX"])
    assert result.exit_code == 4 and "XX" in result.stderr


def test_new_is_reserved_for_the_wizard():
    result = runner.invoke(app, ["new"])
    assert result.exit_code == 2 and "render" in result.stderr


def test_usage_errors_exit_2():
    assert runner.invoke(app, ["render"]).exit_code == 2
    assert runner.invoke(app, ["validate", "--no-such-option", str(EXAMPLE)]).exit_code == 2


def test_the_module_runs_as_python_dash_m(tmp_path):
    result = subprocess.run([sys.executable, "-m", "mla_writer", "validate", str(EXAMPLE)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_importing_the_cli_loads_no_heavy_module():
    code = ("import sys, mla_writer.cli; "
            "print(' '.join(m for m in ('docx', 'questionary', 'prompt_toolkit', 'jinja2', 'babel') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_an_unsupported_interface_language_is_an_input_error():
    result = runner.invoke(app, ["validate", "--ui-lang", "de", str(EXAMPLE)])
    assert result.exit_code == 4 and "en, ru" in result.stderr
