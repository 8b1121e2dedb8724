"""`basis`, `countries` and `profile check` through the command line."""

from __future__ import annotations

import shutil

from typer.testing import CliRunner

from mla_writer.cli import app
from mla_writer.resources import data_dir

runner = CliRunner()


def test_basis_lists_instruments_in_order_with_reasons_and_rules():
    result = runner.invoke(app, ["basis", "KG", "KZ", "--date", "2026-11-22"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("[CHISINAU_2002]") < out.index("[UNTOC]")
    assert "[MINSK_1993]" not in out
    assert "article 7, paragraph 1" in out  # the content rule it brings
    assert "why:" in out and "relies on" in out


def test_basis_before_a_treaty_entered_into_force():
    out = runner.invoke(app, ["basis", "KG", "KZ", "--date", "2001-01-01"]).stdout
    assert "[MINSK_1993]" in out and "[CHISINAU_2002]" not in out


def test_basis_in_russian():
    out = runner.invoke(app, ["basis", "KG", "RU", "--ui-lang", "ru"]).stdout
    assert "Минск" in out and "основание" in out


def test_basis_rejects_a_bad_date_and_an_unknown_state():
    bad_date = runner.invoke(app, ["basis", "KG", "KZ", "--date", "31.12.2025"])
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.stderr
    unknown = runner.invoke(app, ["basis", "KG", "XX"])
    assert unknown.exit_code == 4 and "XX" in unknown.stderr


def test_countries_shows_coverage_columns():
    out = runner.invoke(app, ["countries"]).stdout
    assert "SOURCED" in out and "UNCONFIRMED" in out and "MISSING" in out


def test_profile_check_lists_unconfirmed_facts(tmp_path):
    shutil.copy(data_dir("country_requirements") / "kg.yaml", tmp_path / "kg.yaml")
    result = runner.invoke(app, ["profile", "check", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "kg.yaml:" in result.stdout and "unconfirmed  " in result.stdout


def test_profile_check_reports_a_broken_profile_and_exits_4(tmp_path):
    (tmp_path / "tr.yaml").write_text("iso2: TR\nofficial_languages: [tr]\n", encoding="utf-8")
    result = runner.invoke(app, ["profile", "check", str(tmp_path)])
    assert result.exit_code == 4
    assert "tr.yaml: names: required field is missing" in result.stdout
