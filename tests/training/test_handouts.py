"""Handouts: the checklist of every rule by drafting stage, and a one-page sheet per State."""

from __future__ import annotations

import shutil
import subprocess

import docx
import pytest
from typer.testing import CliRunner

from mla_writer.cli import app
from mla_writer.i18n import translate
from mla_writer.profiles.loader import load_profile_set
from mla_writer.training.checklist import load_checklist
from mla_writer.training.handouts import NOTES_HEADING

runner = CliRunner()


def _text(path):
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return document, "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_guide_lists_every_rule_with_its_reason_and_source_by_stage(tmp_path, lang):
    out = tmp_path / f"guide.{lang}.docx"
    result = runner.invoke(app, ["guide", "--lang", lang, "--out", str(out)])
    assert result.exit_code == 0, result.output
    document, text = _text(out)
    checklist = load_checklist()
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert [h.split(". ", 1)[1] for h in headings] == [s.title.pick(lang) for s, items in checklist.by_stage() if items]
    for rule_id, item in checklist.items.items():
        assert f"({rule_id}, " in text
        assert item.notes.why.pick(lang) in text
        assert item.rule.source in text
    assert translate(lang, "Source") + ": " in text
    if lang == "ru":
        assert checklist.item("R01").notes.why.en not in text


def test_the_guide_refuses_other_languages_and_existing_files(tmp_path):
    result = runner.invoke(app, ["guide", "--lang", "de", "--out", str(tmp_path / "g.docx")])
    assert result.exit_code == 2 and "--lang" in result.stderr
    out = tmp_path / "g.docx"
    out.write_bytes(b"mine")
    result = runner.invoke(app, ["guide", "--lang", "en", "--out", str(out)])
    assert result.exit_code == 4 and out.read_bytes() == b"mine"


def test_the_checklist_covers_every_rule_in_both_languages():
    checklist = load_checklist()
    for item in checklist.items.values():
        assert item.notes.why.en.strip() and item.notes.why.ru.strip()
        assert item.notes.why.en != item.notes.why.ru


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_profile_show_docx_writes_a_sheet_with_the_states_requirements(tmp_path, lang):
    out = tmp_path / "tr.docx"
    result = runner.invoke(app, ["profile", "show", "TR", "--docx", str(out), "--ui-lang", lang])
    assert result.exit_code == 0, result.output
    document, text = _text(out)
    profile = load_profile_set(None).get("TR")
    assert profile.central_authorities[0].name.pick(lang) in text
    assert profile.central_authorities[0].email.value in text
    for note in profile.notes:
        assert note.text.pick(lang) in text
    assert profile.central_authorities[0].source.split(";")[0].strip() in text  # sources are kept
    labels = [row.cells[0].text for row in document.tables[0].rows]
    assert labels[0] == translate(lang, "Central authorities") and len(labels) == 5


@pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdftotext"), reason="needs LibreOffice and poppler")
def test_every_states_requirements_fit_on_the_first_page(tmp_path):
    codes = load_profile_set(None).codes()
    for code in codes:
        for lang in ("en", "ru"):
            assert runner.invoke(app, ["profile", "show", code, "--docx", str(tmp_path / f"{code}.{lang}.docx"),
                                       "--ui-lang", lang]).exit_code == 0
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    *map(str, sorted(tmp_path.glob("*.docx")))], check=True, capture_output=True, timeout=600)
    for pdf in sorted(tmp_path.glob("*.pdf")):
        lang = pdf.stem.split(".")[1]
        second_page = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True,
                                     text=True, check=True).stdout
        lines = [line for line in second_page.splitlines() if line.strip()]
        # The page after the facts starts (under the running header) with the notes: the table did not spill over.
        assert lines[1] == translate(lang, NOTES_HEADING), (pdf.name, lines[:3])
