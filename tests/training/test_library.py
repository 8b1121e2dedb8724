"""The case library: enough realistic cases for a workshop, each with its scenario, listed and copied."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from mla_writer.cli import app
from mla_writer.training.library import all_examples
from tests.conftest import EXAMPLES

runner = CliRunner()
EXAMPLE_NAMES = [path.stem for path in EXAMPLES]
CRIMES = {"trafficking_sexual", "trafficking_labour", "smuggling_migrants"}


def test_the_library_covers_the_regions_typical_cases():
    examples = all_examples()
    assert len(examples) >= 12
    routes = {(e.route, e.sheet.topics[0]) for e in examples}
    for route, crime in [("KG→TR", "trafficking_sexual"), ("KG→AE", "trafficking_sexual"), ("KG→RU", "trafficking_labour"),
                         ("UZ→KZ", "trafficking_labour"), ("TJ→RU", "trafficking_labour"), ("TM→DE", "smuggling_migrants"),
                         ("UZ→TR", "smuggling_migrants")]:
        assert (route, crime) in routes, (route, crime)
    forms = {item["type"] for e in examples for item in e.data["assistance"]}
    assert {"stored_data", "data_preservation", "bank_records", "asset_tracing", "freezing", "video_hearing",
            "joint_investigation_team"} <= forms
    assert {e.language for e in examples} >= {"en", "ru"}


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_each_example_has_a_scenario_sheet_that_matches_the_case(name):
    example = next(e for e in all_examples() if e.name == name)
    sheet = example.sheet
    assert sheet.topics[0] in CRIMES
    assert set(sheet.topics[1:]) == {item["type"] for item in example.data["assistance"]}
    for lang in ("en", "ru"):
        assert len(sheet.scenario.pick(lang)) > 400
        assert sheet.title.pick(lang)
    assert sheet.scenario.ru != sheet.scenario.en


def test_examples_lists_every_example_with_its_route_and_title():
    result = runner.invoke(app, ["examples"])
    assert result.exit_code == 0, result.output
    for example in all_examples():
        line = next(line for line in result.stdout.splitlines() if line.startswith(example.name + " "))
        assert example.route in line and example.sheet.title.en in line


def test_examples_speaks_russian():
    result = runner.invoke(app, ["examples", "--ui-lang", "ru"])
    assert result.exit_code == 0
    assert "НАПРАВЛЕНИЕ" in result.stdout and all_examples()[0].sheet.title.ru in result.stdout


def test_examples_show_prints_the_scenario_in_the_interface_language():
    example = all_examples()[0]
    result = runner.invoke(app, ["examples", "show", example.name, "--ui-lang", "ru"])
    assert result.exit_code == 0
    assert " ".join(example.sheet.scenario.ru.split()) in " ".join(result.stdout.split())


def test_examples_copy_writes_the_case_and_never_overwrites_silently(tmp_path):
    example = all_examples()[0]
    target = tmp_path / "workshop"
    result = runner.invoke(app, ["examples", "copy", example.name, str(target)])
    assert result.exit_code == 0, result.output
    copied = target / f"{example.name}.json"
    assert json.loads(copied.read_text(encoding="utf-8")) == example.data
    copied.write_text("{}", encoding="utf-8")
    result = runner.invoke(app, ["examples", "copy", example.name, str(target)])
    assert result.exit_code == 4 and "already exists" in result.stderr and "--force" in result.stderr
    assert copied.read_text(encoding="utf-8") == "{}"
    assert runner.invoke(app, ["examples", "copy", example.name, str(target), "--force"]).exit_code == 0
    assert json.loads(copied.read_text(encoding="utf-8")) == example.data


def test_an_unknown_example_is_named_with_the_fix():
    result = runner.invoke(app, ["examples", "copy", "no-such-case", "."])
    assert result.exit_code == 4
    assert "no-such-case" in result.stderr and "mla-writer examples" in result.stderr


def test_the_library_readme_lists_every_example():
    from mla_writer.resources import data_dir

    readme = (data_dir("examples") / "README.md").read_text(encoding="utf-8")
    for example in all_examples():
        assert f"| `{example.name}` |" in readme, example.name
