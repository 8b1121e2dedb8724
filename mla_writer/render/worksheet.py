"""The translation worksheet: every field without a translation, for a translator to fill.

One table: field path, the text as typed, and an empty column for the translation. The
worksheet is read back with ``mla-writer translations import`` into the case file's
``translations``, so the next render is complete.
"""

from __future__ import annotations

import io

from docx import Document
from docx.shared import Cm, Pt

MARK = "mla-writer translation worksheet"
HEADER = ("Field", "Text as typed", "Translation")


def worksheet_bytes(case_name: str, source_lang: str, target_lang: str, fields: list[tuple[str, str]]) -> bytes:
    document = Document()
    document.core_properties.subject = MARK
    document.core_properties.keywords = f"{source_lang}>{target_lang}"
    document.core_properties.author = "mla-writer"
    document.add_heading(f"Translation worksheet: {case_name}", level=1)
    document.add_paragraph(
        f"Translate the text of each row from '{source_lang}' into '{target_lang}' in the third column. "
        f"Leave the first column unchanged. Then run: mla-writer translations import THIS-FILE.docx {case_name}")
    table = document.add_table(rows=1, cols=3)
    table.style = document.styles["Table Grid"]
    for cell, title in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(title).bold = True
    for path, text in fields:
        cells = table.add_row().cells
        cells[0].text = path
        cells[1].text = text
        cells[2].text = ""
        for paragraph in cells[0].paragraphs:
            for run in paragraph.runs:
                run.font.size = Pt(8)
    for row in table.rows:
        row.cells[0].width, row.cells[1].width, row.cells[2].width = Cm(3.5), Cm(7), Cm(7)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def read_worksheet(data: bytes) -> tuple[str, str, dict[str, str]]:
    """(source language, target language, field path -> translation) from a filled worksheet."""
    document = Document(io.BytesIO(data))
    if document.core_properties.subject != MARK or ">" not in (document.core_properties.keywords or ""):
        raise ValueError("not an mla-writer translation worksheet")
    source, target = document.core_properties.keywords.split(">", 1)
    translations: dict[str, str] = {}
    for table in document.tables:
        for row in table.rows[1:]:
            cells = row.cells
            if len(cells) < 3:
                continue
            path = cells[0].text.strip()
            text = "\n".join(p.text for p in cells[2].paragraphs).strip()
            if path and text:
                translations[path] = text
    return source, target, translations
