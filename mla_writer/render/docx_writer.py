"""Writes a composed document as .docx with python-docx: the only module that knows Word.

Real Word styles are used throughout (Title, Heading 1-2, List Bullet/Number, Quote,
Table Grid) so the result is an ordinary editable document, not a picture of one.
"""

from __future__ import annotations

import io
import re

from docx import Document as new_document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from mla_writer.render import bidi
from mla_writer.render.blocks import Document, Heading, Paragraph, Signature, Table

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
_FIELD = re.compile(r"\{(PAGE|NUMPAGES)\}")
BODY_FONT = "Times New Roman"
# Times New Roman has no Chinese glyphs: Word would pick a font at random for them.
EAST_ASIAN_FONTS = {"zh": "SimSun", "ja": "MS Mincho", "ko": "Batang"}


def _set_base_styles(document, lang: str = "en") -> None:  # noqa: ANN001 - python-docx Document
    normal = document.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(12)
    # East-Asian and complex-script slots too, or Word falls back to another font for them.
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONTS.get(lang, BODY_FONT))
    fonts.set(qn("w:cs"), BODY_FONT)
    normal.paragraph_format.space_after = Pt(6)
    for name, size in (("Title", 15), ("Heading 1", 13), ("Heading 2", 12)):
        style = document.styles[name]
        style.font.name = BODY_FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor(0, 0, 0)
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        # The default template ties headings to theme fonts, which win over a named font.
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)
        fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONTS.get(lang, BODY_FONT))
        fonts.set(qn("w:cs"), BODY_FONT)
    title = document.styles["Title"]
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # The default Title has a coloured bottom border; a request wants a plain title.
    borders = title.element.get_or_add_pPr().find(qn("w:pBdr"))
    if borders is not None:
        borders.getparent().remove(borders)


_LANGUAGE_TAGS = {"en": "en-GB", "ru": "ru-RU", "tr": "tr-TR", "de": "de-DE", "ar": "ar-SA", "fr": "fr-FR",
                  "es": "es-ES", "it": "it-IT", "el": "el-GR", "uk": "uk-UA", "zh": "zh-CN"}


def _set_language(document, lang: str) -> None:  # noqa: ANN001
    """Tells Word which language the text is in (spelling, hyphenation)."""
    tag = _LANGUAGE_TAGS.get(lang, lang)
    rpr = document.styles["Normal"].element.get_or_add_rPr()
    element = rpr.find(qn("w:lang"))
    if element is None:
        element = OxmlElement("w:lang")
        rpr.insert_element_before(element, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    element.set(qn("w:val"), tag)
    element.set(qn("w:eastAsia"), tag)
    element.set(qn("w:bidi"), tag)


class _Numbering:
    """Each numbered list in the document starts again at 1.

    Word's "List Number" style continues one count through the whole document; a new
    numbering instance with a start override per list restarts it.
    """

    def __init__(self, document) -> None:  # noqa: ANN001
        self._numbering = document.part.numbering_part.numbering_definitions._numbering
        style_pPr = document.styles["List Number"].element.pPr
        style_num_id = style_pPr.numPr.numId.val
        num = next(n for n in self._numbering.num_lst if n.numId == style_num_id)
        self._abstract_id = num.abstractNumId.val
        self._current: int | None = None

    def start_list(self) -> None:
        num = self._numbering.add_num(self._abstract_id)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        self._current = num.numId

    def apply(self, paragraph) -> None:  # noqa: ANN001
        numPr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = 0
        numPr.get_or_add_numId().val = self._current


def _add_field(paragraph, instruction: str) -> None:  # noqa: ANN001
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _header_and_footer(document, doc: Document) -> None:  # noqa: ANN001
    rtl = doc.direction == "rtl"
    section = document.sections[0]
    header = section.header.paragraphs[0]
    if rtl:
        bidi.mark_paragraph(header)
    for run in _add_runs(header, doc.header_text, rtl, doc.lang):
        run.font.size = Pt(9)
    for mark in (doc.confidential_mark, doc.draft_mark):
        if mark:
            paragraph = section.header.add_paragraph()
            if rtl:
                bidi.mark_paragraph(paragraph)
            for run in _add_runs(paragraph, mark, rtl, doc.lang):
                run.bold = True
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    if rtl:
        bidi.mark_paragraph(footer)
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    position = 0
    for match in _FIELD.finditer(doc.footer_template):
        if match.start() > position:
            footer.add_run(doc.footer_template[position:match.start()])
        _add_field(footer, match.group(1))
        position = match.end()
    if position < len(doc.footer_template):
        footer.add_run(doc.footer_template[position:])


def _add_runs(paragraph, text: str, rtl: bool, lang: str):  # noqa: ANN001, ANN202
    return bidi.add_text(paragraph, text, lang) if rtl else [paragraph.add_run(text)]


def _paragraph(document, block: Paragraph, rtl: bool = False, lang: str = "en"):  # noqa: ANN001, ANN202
    paragraph = document.add_paragraph(style=block.style)
    if rtl:
        bidi.mark_paragraph(paragraph)
    for run in block.runs:
        for added in _add_runs(paragraph, run.text, rtl, lang):
            added.bold = run.bold or None
            added.italic = run.italic or None
            if run.highlight:
                added.font.highlight_color = WD_COLOR_INDEX.YELLOW
    if block.align:
        # In a right-to-left paragraph Word reads left/right as start/end: keep only what has
        # no side (centred, justified) and let the text start where Arabic starts.
        if not rtl or block.align in ("center", "justify"):
            paragraph.alignment = _ALIGN[block.align]
    if block.keep_with_next:
        paragraph.paragraph_format.keep_with_next = True
    return paragraph


def _table(document, block: Table, rtl: bool = False, lang: str = "en") -> None:  # noqa: ANN001
    columns = len(block.header or block.rows[0]) if (block.header or block.rows) else 1
    table = document.add_table(rows=0, cols=columns)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    if rtl:
        bidi.make_table_rtl(table)

    def fill(cell, text: str, bold: bool) -> None:  # noqa: ANN001
        cell.text = ""
        paragraph = cell.paragraphs[0]
        if rtl:
            bidi.mark_paragraph(paragraph)
        for run in _add_runs(paragraph, text, rtl, lang):
            run.bold = bold or None

    if block.header:
        cells = table.add_row().cells
        for cell, text in zip(cells, block.header, strict=True):
            fill(cell, text, True)
        row_properties = table.rows[0]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        row_properties.append(repeat)
    for row in block.rows:
        cells = table.add_row().cells
        for index, (cell, text) in enumerate(zip(cells, row, strict=True)):
            fill(cell, text, block.label_column and index == 0)
    if block.label_column and columns == 2:
        for row in table.rows:
            row.cells[0].width = Cm(5.5)
            row.cells[1].width = Cm(11)
    document.add_paragraph()


def _signature(document, block: Signature, rtl: bool = False, lang: str = "en") -> None:  # noqa: ANN001
    def line(text: str, bold_tail: str | None = None):  # noqa: ANN202
        paragraph = document.add_paragraph()
        if rtl:
            bidi.mark_paragraph(paragraph)
        _add_runs(paragraph, text, rtl, lang)
        if bold_tail is not None:
            for run in _add_runs(paragraph, bold_tail, rtl, lang):
                run.bold = True
        return paragraph

    document.add_paragraph()
    for text in block.lines[:-1]:
        line(text).paragraph_format.space_after = Pt(0)
    line("_______________________   ", block.lines[-1])
    line(block.place_and_date)
    if block.seal_mark:
        line(block.seal_mark)


def to_docx_bytes(doc: Document) -> bytes:
    document = new_document()
    _set_base_styles(document, doc.lang)
    document.styles["Normal"].font.size = Pt(doc.body_size)
    properties = document.core_properties
    properties.title = doc.title
    properties.language = doc.lang
    # No personal data in metadata: the file may travel further than its text.
    properties.author = "mla-writer"
    properties.last_modified_by = "mla-writer"
    properties.comments = ""
    section = document.sections[0]
    section.left_margin = Cm(2.5)
    section.right_margin = Cm(1.5)
    section.top_margin = Cm(2)
    section.bottom_margin = Cm(2)
    _set_language(document, doc.lang)
    rtl = doc.direction == "rtl"
    if rtl:
        bidi.make_styles_rtl(document, doc.lang)
    _header_and_footer(document, doc)
    numbering = _Numbering(document)
    in_numbered_list = False
    for block in doc.blocks:
        numbered = isinstance(block, Paragraph) and block.style == "List Number"
        if numbered and not in_numbered_list:
            numbering.start_list()
        in_numbered_list = numbered
        if isinstance(block, Heading):
            if rtl:
                heading = document.add_heading("", level=block.level)
                bidi.mark_paragraph(heading)
                _add_runs(heading, block.text, rtl, doc.lang)
            else:
                document.add_heading(block.text, level=block.level)
        elif isinstance(block, Paragraph):
            paragraph = _paragraph(document, block, rtl, doc.lang)
            if numbered:
                numbering.apply(paragraph)
        elif isinstance(block, Table):
            _table(document, block, rtl, doc.lang)
        elif isinstance(block, Signature):
            _signature(document, block, rtl, doc.lang)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
