"""The documents open in LibreOffice (run where LibreOffice is installed; skipped elsewhere)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from mla_writer.cli import app
from tests.conftest import EXAMPLES

soffice = shutil.which("soffice") or shutil.which("libreoffice")
pdftotext = shutil.which("pdftotext")


@pytest.mark.skipif(not (soffice and pdftotext), reason="LibreOffice and pdftotext are not installed")
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_libreoffice_opens_every_example(tmp_path, lang):
    result = CliRunner().invoke(app, ["render", *map(str, EXAMPLES), "-o", str(tmp_path), "--lang", lang])
    assert result.exit_code == 0, result.output
    documents = sorted(tmp_path.glob("*.docx"))
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, documents)],
                   check=True, capture_output=True, timeout=300)
    expected = {"en": "Request for", "ru": "правовой помощи"}[lang]
    for document in documents:
        pdf = document.with_suffix(".pdf")
        assert pdf.is_file(), f"LibreOffice could not open {document.name}"
        text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert expected in text
