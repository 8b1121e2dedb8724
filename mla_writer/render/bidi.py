"""Right-to-left documents (Arabic): the XML that python-docx has no property for.

Word needs the direction in several places at once (see the project's ecosystem notes,
§3.3 and §9.4): paragraph ``w:bidi``, run ``w:rtl``, the complex-script font, size and
language, the section's ``w:bidi`` and the tables' visual order. Latin fragments (case
numbers, names in Latin script, IBANs, e-mail addresses) are written as their own
left-to-right runs so they keep their order inside Arabic text.
"""

from __future__ import annotations

import re

from docx.enum.table import WD_TABLE_DIRECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

COMPLEX_SCRIPT_FONT = "Times New Roman"
_BIDI_LANGUAGE = {"ar": "ar-SA", "he": "he-IL", "fa": "fa-IR", "ur": "ur-PK"}
# A run of Latin letters, digits and the punctuation that holds identifiers together.
_LATIN = re.compile(r"[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F@._:/+\-]*(?:[ ][A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F@._:/+\-]*)*")

# Successors of w:bidi in w:pPr and of w:rtl/w:szCs/w:lang in w:rPr, from the schema order.
_PPR_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                   "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                   "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_RPR_AFTER_RTL = ("w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
_RPR_AFTER_SZCS = ("w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
                   "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
_RPR_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_SECT_AFTER_BIDI = ("w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")


def bidi_language(lang: str) -> str:
    """The language tag Word wants for right-to-left text (``w:lang/@w:bidi``)."""
    return _BIDI_LANGUAGE.get(lang, lang)


def segments(text: str) -> list[tuple[str, bool]]:
    """(piece, is_latin) pieces of a text, in order."""
    pieces: list[tuple[str, bool]] = []
    position = 0
    for match in _LATIN.finditer(text):
        if match.start() > position:
            pieces.append((text[position:match.start()], False))
        pieces.append((match.group(0), True))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces or [("", False)]


def _on(parent, tag: str, successors: tuple[str, ...]) -> None:  # noqa: ANN001 - an oxml element
    if parent.find(qn(tag)) is None:
        parent.insert_element_before(OxmlElement(tag), *successors)


def mark_paragraph_properties(pPr) -> None:  # noqa: ANN001
    _on(pPr, "w:bidi", _PPR_AFTER_BIDI)


def mark_run_properties(rPr, lang: str, size_half_points: int | None = None) -> None:  # noqa: ANN001
    fonts = rPr.get_or_add_rFonts()
    fonts.set(qn("w:cs"), COMPLEX_SCRIPT_FONT)
    for attribute in ("w:cstheme",):
        fonts.attrib.pop(qn(attribute), None)
    _on(rPr, "w:rtl", _RPR_AFTER_RTL)
    if size_half_points:
        size = rPr.find(qn("w:szCs"))
        if size is None:
            size = OxmlElement("w:szCs")
            rPr.insert_element_before(size, *_RPR_AFTER_SZCS)
        size.set(qn("w:val"), str(size_half_points))
    language = rPr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        rPr.insert_element_before(language, *_RPR_AFTER_LANG)
    language.set(qn("w:bidi"), bidi_language(lang))


def make_styles_rtl(document, lang: str) -> None:  # noqa: ANN001 - a python-docx Document
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "List Number", "Quote"):
        style = document.styles[name]
        mark_paragraph_properties(style.element.get_or_add_pPr())
        size = style.font.size
        mark_run_properties(style.element.get_or_add_rPr(), lang, int(size.pt * 2) if size else 24)
    for section in document.sections:
        _on(section._sectPr, "w:bidi", _SECT_AFTER_BIDI)


def mark_paragraph(paragraph) -> None:  # noqa: ANN001
    mark_paragraph_properties(paragraph._p.get_or_add_pPr())


# Left-to-right embedding: without it the bidi algorithm reorders a number such as
# "01-000-2026-000417" inside Arabic text (seen in LibreOffice); Word honours it too.
LRE, PDF = "\u202a", "\u202c"


def add_text(paragraph, text: str, lang: str):  # noqa: ANN001, ANN201 - returns the runs added
    """Adds text as right-to-left runs, with Latin fragments as left-to-right runs of their own."""
    runs = []
    for piece, latin in segments(text):
        run = paragraph.add_run(f"{LRE}{piece}{PDF}" if latin else piece)
        if latin:
            run.font.rtl = False
        else:
            run.font.rtl = True
            mark_run_properties(run._r.get_or_add_rPr(), lang)
        runs.append(run)
    return runs


def make_table_rtl(table) -> None:  # noqa: ANN001
    table.table_direction = WD_TABLE_DIRECTION.RTL
