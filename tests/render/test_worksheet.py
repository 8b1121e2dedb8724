"""Translations: a worksheet of untranslated fields, filled by a translator, read back into the case."""

from __future__ import annotations

import json
import shutil

from docx import Document
from typer.testing import CliRunner

from mla_writer.cli import app
from mla_writer.resources import data_dir

runner = CliRunner()


def test_worksheet_round_trip(tmp_path):
    case = tmp_path / "kg-ru.json"
    shutil.copy(data_dir("examples") / "kg-ru-labour-exploitation.json", case)
    out = tmp_path / "out"
    first = runner.invoke(app, ["render", str(case), "-o", str(out), "--lang", "en", "--worksheet"])
    assert first.exit_code == 0, first.output
    sheet = out / "kg-ru.en.worksheet.docx"
    assert sheet.is_file()
    document = Document(sheet)
    table = document.tables[0]
    paths = [row.cells[0].text for row in table.rows[1:]]
    assert "facts.summary" in paths
    for row in table.rows[1:]:  # the translator fills the third column
        row.cells[2].text = f"EN: {row.cells[0].text}"
    document.save(sheet)
    imported = runner.invoke(app, ["translations", "import", str(sheet), str(case)])
    assert imported.exit_code == 0, imported.output
    data = json.loads(case.read_text(encoding="utf-8"))
    assert data["translations"]["en"]["facts.summary"] == "EN: facts.summary"
    assert (tmp_path / "kg-ru.json.bak").is_file()
    again = runner.invoke(app, ["render", str(case), "-o", str(out), "--lang", "en", "--force"])
    assert again.exit_code == 0
    assert "no 'en' translation" not in again.stderr


def test_import_refuses_something_that_is_not_a_worksheet(tmp_path):
    case = tmp_path / "kg-ru.json"
    shutil.copy(data_dir("examples") / "kg-ru-labour-exploitation.json", case)
    other = tmp_path / "other.docx"
    Document().save(other)
    result = runner.invoke(app, ["translations", "import", str(other), str(case)])
    assert result.exit_code == 4 and "worksheet" in result.stderr
