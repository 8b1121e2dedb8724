"""Every example in every language: the template text is that language's, dates are localized,
headings are there; Arabic reads right to left (issue 5)."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess

import pytest
import yaml
from docx import Document

from mla_writer.render.formatting import long_date
from mla_writer.render.wording import available_languages
from mla_writer.resources import data_dir
from mla_writer.service import render_case
from tests.conftest import CORE_EXAMPLES, TODAY, to_case
import json

LANGUAGES = available_languages()


def _english_phrases() -> set[str]:
    """Static English sentences and headings of the wording (no variables), at least two words long."""
    data = yaml.safe_load((data_dir("templates") / "en" / "request.yaml").read_text(encoding="utf-8"))
    phrases: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, str) and "{" not in node and len(node.split()) >= 2:
            phrases.add(node.strip().rstrip(":."))

    walk(data)
    return phrases


ENGLISH = _english_phrases()


def _render(path, lang, profiles):
    case = to_case(json.loads(path.read_text(encoding="utf-8")))
    content, _ = render_case(case, profiles, lang, draft=False, today=TODAY)
    return case, Document(io.BytesIO(content))


def _text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
@pytest.mark.parametrize("path", CORE_EXAMPLES, ids=lambda p: p.stem)
def test_each_example_in_each_language(profiles, path, lang):
    case, document = _render(path, lang, profiles)
    text = _text(document)
    own = (data_dir("templates") / lang / "request.yaml").read_text(encoding="utf-8")
    typed = path.read_text(encoding="utf-8")  # what the user typed stays as typed
    leftovers = [phrase for phrase in ENGLISH if phrase in text and phrase not in own and phrase not in typed]
    assert not leftovers, f"English left in the {lang} document: {leftovers[:5]}"
    styles = [p.style.name for p in document.paragraphs]
    assert styles.count("Title") == 1 and styles.count("Heading 1") >= 8
    signed = case.signatory.date or TODAY
    marks = re.compile(r"[\u200e\u200f\u202a-\u202e]")
    assert marks.sub("", long_date(signed, lang)) in marks.sub("", text)  # dates through babel


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_writes_its_dates(lang):
    day = dt.date(2026, 3, 7)
    english = long_date(day, "en")
    assert long_date(day, lang) != english or lang == "en"


def test_arabic_carries_the_bidi_settings_everywhere(profiles):
    _, document = _render(CORE_EXAMPLES[0], "ar", profiles)
    body, styles = document.element.body.xml, document.styles.element.xml
    assert "<w:bidi/>" in styles and 'w:bidi="ar-SA"' in styles
    assert "<w:bidiVisual/>" in body and "<w:rtl/>" in body
    assert re.search(r"<w:sectPr[^>]*>.*<w:bidi/>", body, re.S)


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice and pdftotext are not installed")
def test_arabic_reads_right_to_left_in_libreoffice(tmp_path, profiles):
    _, document = _render(CORE_EXAMPLES[0], "ar", profiles)
    source = tmp_path / "ar.docx"
    document.save(source)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=300)
    text = subprocess.run(["pdftotext", str(tmp_path / "ar.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    title = next(p.text for p in document.paragraphs if p.style.name == "Title")
    # pdftotext writes text in logical (reading) order: the title must come out as written.
    clean = lambda s: re.sub(r"[\u200e\u200f\u202a-\u202e\s]", "", s)  # noqa: E731
    assert clean(title) in clean(text)
