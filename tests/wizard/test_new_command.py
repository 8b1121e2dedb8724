"""`mla-writer new` through the command line, with scripted answers in place of a terminal."""

from __future__ import annotations

import json
import os
import stat

import pytest
from typer.testing import CliRunner

import mla_writer.cli as cli
from tests.conftest import example_data
from tests.wizard.helpers import CaseAsker

runner = CliRunner()


@pytest.fixture
def scripted(monkeypatch):
    """Pretends to be a terminal and answers from a case instead of the keyboard."""
    import mla_writer.wizard.run as run_module

    state = {"target": example_data("kg-tr-trafficking.json"), "interrupt_at": None}

    def make_asker(lang):
        def build(check):
            state["asker"] = CaseAsker(state["target"], interrupt_at=state["interrupt_at"])
            return state["asker"]
        return build

    class LinkedWizard(run_module.Wizard):
        def run(self):
            self.asker.wizard = self  # the scripted asker counts list items in the answers so far
            return super().run()

    monkeypatch.setattr(cli, "_interactive", lambda: True)
    monkeypatch.setattr(cli, "_make_asker", make_asker)
    monkeypatch.setattr(run_module, "Wizard", LinkedWizard)
    return state


def test_without_a_terminal_the_wizard_refuses_and_points_to_render():
    result = runner.invoke(cli.app, ["new"])
    assert result.exit_code == 2
    assert "interactive terminal" in result.stderr and "mla-writer render" in result.stderr


def test_a_full_run_writes_the_case_and_the_request(tmp_path, scripted):
    case_path = tmp_path / "kg-tr.json"
    result = runner.invoke(cli.app, ["new", "--out", str(case_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "kg-tr.en.docx").is_file()
    saved = json.loads(case_path.read_text(encoding="utf-8"))
    assert saved["requested"]["state"] == "TR"
    if os.name == "posix":
        assert stat.S_IMODE(case_path.stat().st_mode) == 0o600
    # The wizard's result is a case file: render gives the same document.
    again = runner.invoke(cli.app, ["render", str(case_path), "-o", str(tmp_path / "again")])
    assert again.exit_code == 0, again.output


def test_ctrl_c_saves_and_prints_the_command_to_resume(tmp_path, scripted):
    scripted["interrupt_at"] = "facts.summary"
    case_path = tmp_path / "draft.json"
    result = runner.invoke(cli.app, ["new", "--out", str(case_path)])
    assert result.exit_code == 130
    assert f'mla-writer new --from "{case_path}"' in result.stderr
    saved = json.loads(case_path.read_text(encoding="utf-8"))
    assert saved["proceedings"]["case_number"]
    # Resume: the answers given are not asked again, and the case is finished.
    scripted["interrupt_at"] = None
    resumed = runner.invoke(cli.app, ["new", "--from", str(case_path)])
    assert resumed.exit_code == 0, resumed.output
    assert "requesting.authority.name" not in scripted["asker"].asked
    assert (tmp_path / "draft.en.docx").is_file()


def test_resume_from_a_file_that_is_not_json(tmp_path, scripted):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    result = runner.invoke(cli.app, ["new", "--from", str(bad)])
    assert result.exit_code == 4 and "invalid JSON" in result.stderr


def test_the_previous_draft_is_kept_as_a_backup(tmp_path):
    from mla_writer.wizard.drafts import DraftFile

    draft = DraftFile(tmp_path / "case.json")
    draft.save({"schema_version": 1, "language": "en"})
    draft.save({"schema_version": 1, "language": "ru"})
    backup = json.loads((tmp_path / "case.json.bak").read_text(encoding="utf-8"))
    assert backup["language"] == "en"
