"""Grading: a score per area, findings in plain words with their reason, one table for a room."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from mla_writer.cli import app
from mla_writer.training.checklist import load_checklist
from mla_writer.training.flaws import make_exercise
from mla_writer.training.grading import grade
from mla_writer.training.library import find_example
from mla_writer.validation.engine import Finding, Severity
from mla_writer.i18n import Message
from tests.conftest import EXAMPLES, TODAY, to_case

runner = CliRunner()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_gets_full_marks(path):
    result = runner.invoke(app, ["check", str(path), "--json"])
    assert result.exit_code == 0, result.output
    graded = json.loads(result.stdout)[0]
    assert graded["percent"] == 100, [f for area in graded["areas"] for f in area["findings"] if f["counted"]]


def _finding(rule, severity, path):
    return Finding(rule, severity, path, Message("x"), "source")


def test_points_per_area_errors_cost_three_warnings_one_never_below_zero(trafficking_case):
    case = to_case(trafficking_case)
    findings = [_finding("R10", Severity.ERROR, "assistance[1].relevance"),
                _finding("R09", Severity.WARNING, "assistance[1].documents[0]"),
                _finding("R17", Severity.ERROR, "language"), _finding("R21", Severity.ERROR, "channel"),
                _finding("R03", Severity.ERROR, "requested.authority"), _finding("R19", Severity.WARNING, "channel"),
                _finding("R04", Severity.ERROR, "legal_basis[0].instrument"), _finding("M02", Severity.WARNING, "language"),
                _finding("R20", Severity.INFO, "signatory")]
    result = grade(case, findings, load_checklist())
    assert [area.key for area in result.areas] == ["contents", "basis", "language", "assistance[0]", "assistance[1]",
                                                   "assistance[2]", "assistance[3]", "assurances"]
    points = {area.key: area.points for area in result.areas}
    assert points["assistance[1]"] == 6 and points["assistance[0]"] == 10
    assert points["language"] == 1  # three errors; R19 is a standing reminder and not counted
    assert points["basis"] == 7  # M02 is about the tool's data: not counted
    assert points["contents"] == 10  # a note costs nothing
    assert result.percent == round(100 * (80 - 4 - 9 - 3) / 80)


def test_a_flawed_exercise_loses_points_in_the_right_areas(tmp_path, profiles):
    example = find_example("kg-tr-trafficking")
    made = make_exercise(example.data, ["wrong_treaty", "no_link_to_facts", "no_urgency_reason", "wrong_language"],
                         profiles, TODAY)
    path = tmp_path / "participant-01.json"
    path.write_text(json.dumps(made.data), encoding="utf-8")
    graded = json.loads(runner.invoke(app, ["check", str(path), "--json"]).stdout)[0]
    points = {area["area"]: area["points"] for area in graded["areas"]}
    assert points["basis"] < 10 and points["language"] < 10 and points["assurances"] < 10
    assert points["assistance[0]"] < 10 and points["assistance[2]"] == 10
    assert graded["percent"] < 100


def test_the_report_explains_each_finding_in_the_interface_language(tmp_path, profiles):
    made = make_exercise(find_example("kg-tr-trafficking").data, ["no_urgency_reason"], profiles, TODAY)
    path = tmp_path / "case.json"
    path.write_text(json.dumps(made.data), encoding="utf-8")
    why = load_checklist().item("R13").notes.why
    english = runner.invoke(app, ["check", str(path), "--ui-lang", "en"]).stdout
    assert "R13" in english and "Why it matters: " + why.en in english and "Source: UNTOC art. 18(24)" in english
    russian = runner.invoke(app, ["check", str(path), "--ui-lang", "ru"]).stdout
    assert "Почему это важно: " + why.ru in russian and "Источник: " in russian
    assert "Гарантии и условия исполнения" in russian and "основание не указано" in russian


def test_summary_grades_a_room_in_one_table_and_names_the_common_mistakes(tmp_path, profiles):
    example = find_example("kg-tr-trafficking")
    room = tmp_path / "room"
    room.mkdir()
    for number in range(1, 4):
        made = make_exercise(example.data, ["no_urgency_reason"] if number < 3 else [], profiles, TODAY) \
            if number < 3 else None
        data = made.data if made else example.data
        (room / f"participant-{number:02d}.json").write_text(json.dumps(data), encoding="utf-8")
    (room / "participant-04.json").write_text("{ not json", encoding="utf-8")
    result = runner.invoke(app, ["check", str(room), "--summary"])
    assert result.exit_code == 5
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["File", "Total"]
    assert any(line.startswith("participant-03.json") and " 100%" in line for line in lines)
    assert any(line.startswith("participant-04.json") and "unreadable" in line for line in lines)
    assert any("2  R13" in line for line in lines)  # two of the room forgot the reason for urgency
    assert "participant-04.json" in result.stderr


def test_a_single_unreadable_file_exits_4(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("[]", encoding="utf-8")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 4 and "broken.json" in result.stdout + result.stderr
