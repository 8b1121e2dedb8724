"""Exercises: a flawed copy of an example whose every flaw the checks find, and the scenario to fix it from."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from mla_writer.casefile import parse_case
from mla_writer.cli import app
from mla_writer.training.flaws import FLAWS, make_exercise
from mla_writer.training.library import find_example
from mla_writer.validation.engine import validate
from mla_writer.wizard.flow import Wizard
from tests.conftest import EXAMPLES, TODAY
from tests.wizard.helpers import CaseAsker

runner = CliRunner()
EXAMPLE_NAMES = [path.stem for path in EXAMPLES]


def _findings(data, profiles):
    return {(f.rule, f.path) for f in validate(parse_case(data, "x"), profiles, TODAY) if f.severity != "info"}


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_every_default_flaw_of_every_example_is_put_in_and_found(name, profiles):
    example = find_example(name)
    exercise = make_exercise(example.data, example.sheet.exercise_flaws, profiles, TODAY)
    assert not exercise.skipped, [flaw.id for flaw in exercise.skipped]
    before = _findings(example.data, profiles)
    after = _findings(exercise.data, profiles)
    for applied in exercise.applied:
        assert any(rule in applied.flaw.rules for rule, _ in after - before), applied.flaw.id


@pytest.mark.parametrize("flaw_id", list(FLAWS))
def test_each_flaw_on_its_own_changes_the_case_and_is_found(flaw_id, profiles):
    for name in EXAMPLE_NAMES:
        exercise = make_exercise(find_example(name).data, [flaw_id], profiles, TODAY)
        if exercise.applied:
            applied = exercise.applied[0]
            assert applied.paths
            new = _findings(exercise.data, profiles) - _findings(find_example(name).data, profiles)
            assert any(rule in applied.flaw.rules for rule, _ in new)
            return
    pytest.fail(f"no example can take the flaw {flaw_id}")


def test_exercise_writes_the_flawed_case_the_scenario_and_the_key(tmp_path):
    example = find_example("kg-tr-trafficking")
    result = runner.invoke(app, ["exercise", "kg-tr-trafficking", "-o", str(tmp_path), "--key", "--ui-lang", "ru",
                                 "--flaws", "wrong_treaty,no_urgency_reason"])
    assert result.exit_code == 0, result.output
    case = json.loads((tmp_path / "kg-tr-trafficking.exercise.json").read_text(encoding="utf-8"))
    assert case != example.data and "reason" not in case["urgency"]
    scenario = (tmp_path / "kg-tr-trafficking.scenario.txt").read_text(encoding="utf-8")
    assert " ".join(example.sheet.scenario.ru.split()) in " ".join(scenario.split())
    assert max(len(line) for line in scenario.splitlines()) <= 100  # wrapped for a terminal or Notepad
    assert "Задание" in scenario and "недостатков: 2" in scenario
    assert "mla-writer new --from kg-tr-trafficking.exercise.json --review" in scenario
    key = (tmp_path / "kg-tr-trafficking.key.txt").read_text(encoding="utf-8")
    assert "urgency.reason: «" in key and "→ (нет)" in key and "R13" in key
    assert "legal_basis[0].instrument: «UNTOC» → «CHISINAU_2002»" in key


def test_exercise_never_replaces_files_unless_forced(tmp_path):
    (tmp_path / "kg-tr-trafficking.scenario.txt").write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["exercise", "kg-tr-trafficking", "-o", str(tmp_path)])
    assert result.exit_code == 4 and "--force" in result.stderr
    assert not (tmp_path / "kg-tr-trafficking.exercise.json").exists()  # nothing half-written
    assert (tmp_path / "kg-tr-trafficking.scenario.txt").read_text(encoding="utf-8") == "mine"
    assert runner.invoke(app, ["exercise", "kg-tr-trafficking", "-o", str(tmp_path), "--force"]).exit_code == 0


def test_exercise_without_a_name_lists_the_flaws_and_an_unknown_flaw_is_refused(tmp_path):
    result = runner.invoke(app, ["exercise"])
    assert result.exit_code == 0 and all(flaw_id in result.stdout for flaw_id in FLAWS)
    result = runner.invoke(app, ["exercise", "kg-tr-trafficking", "--flaws", "typo", "-o", str(tmp_path)])
    assert result.exit_code == 4 and "'typo'" in result.stderr and "wrong_treaty" in result.stderr
    assert not list(tmp_path.iterdir())


def test_a_flaw_the_case_cannot_take_is_reported_and_left_out(tmp_path):
    # The Minsk example is not urgent: there is no urgency reason to take away.
    result = runner.invoke(app, ["exercise", "kg-ru-labour-exploitation", "-o", str(tmp_path),
                                 "--flaws", "no_urgency_reason,no_speciality"])
    assert result.exit_code == 0, result.output
    assert "no_urgency_reason" in result.stderr
    result = runner.invoke(app, ["exercise", "kg-ru-labour-exploitation", "-o", str(tmp_path / "b"),
                                 "--flaws", "no_urgency_reason"])
    assert result.exit_code == 2 and not (tmp_path / "b").exists()


def test_a_participant_fixes_the_exercise_in_the_wizard_and_gets_full_marks(tmp_path, profiles):
    """The workshop's loop: exercise, `new --from FILE --review`, check."""
    example = find_example("kz-de-smuggling")
    exercise = make_exercise(example.data, example.sheet.exercise_flaws, profiles, TODAY)
    asker = CaseAsker(example.data)  # the participant answers from the scenario...
    asker.target = json.loads(json.dumps(example.data))  # ...and the persons keep the ids the file gave them
    wizard = Wizard(asker, profiles, "ru", save=lambda data: None, data=json.loads(json.dumps(exercise.data)),
                    review=True, today=TODAY)
    asker.wizard = wizard
    outcome = wizard.run()
    assert outcome.case == parse_case(example.data, "x")
    fixed = tmp_path / "fixed.json"
    fixed.write_text(outcome.case.model_dump_json(exclude_none=True), encoding="utf-8")
    result = runner.invoke(app, ["check", str(fixed), "--json"])
    assert json.loads(result.stdout)[0]["percent"] == 100
