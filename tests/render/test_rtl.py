"""Right-to-left documents: the XML Word and LibreOffice need, checked on a composed document."""

from __future__ import annotations

import io

from docx import Document as open_docx

from mla_writer.render.bidi import segments
from mla_writer.render.blocks import Document, Heading, Paragraph, Run, Signature, Table
from mla_writer.render.docx_writer import to_docx_bytes


def _arabic_document() -> Document:
    doc = Document(lang="ar", direction="rtl", title="طلب المساعدة القانونية المتبادلة",
                   header_text="القضية رقم 01-000-2026-000417", footer_template="صفحة {PAGE} من {NUMPAGES}",
                   confidential_mark="سري")
    doc.add(Heading("طلب المساعدة القانونية المتبادلة", 0))
    doc.add(Heading("1. السلطة الطالبة", 1))
    doc.add(Paragraph([Run("البريد الإلكتروني: investigator.example@prokuror.example.kg والحساب TR33 0006 1005 1978 6457 8413 26")]))
    doc.add(Paragraph([Run("السؤال الأول")], style="List Number"))
    doc.add(Table(rows=[["الاسم", "Aiperi KADYROVA"]], label_column=True))
    doc.add(Signature(lines=["المدعي العام", "النيابة العامة", "أسانوف"], place_and_date="بيشكيك، 2 نوفمبر 2026"))
    return doc


def test_latin_fragments_are_kept_apart():
    pieces = segments("رقم القضية 01-000-2026 والبريد a.b@c.kg هنا")
    assert ("01-000-2026", True) in pieces and ("a.b@c.kg", True) in pieces
    assert "".join(p for p, _ in pieces) == "رقم القضية 01-000-2026 والبريد a.b@c.kg هنا"


def test_an_arabic_document_is_right_to_left_throughout():
    document = open_docx(io.BytesIO(to_docx_bytes(_arabic_document())))
    body = document.element.body.xml
    styles = document.styles.element.xml
    assert "<w:bidi/>" in styles and "<w:rtl/>" in styles and 'w:bidi="ar-SA"' in styles
    assert document.sections[0]._sectPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is not None
    assert "<w:bidiVisual/>" in body  # tables read right to left
    paragraph = next(p for p in document.paragraphs if "البريد" in p.text)
    assert paragraph._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is not None
    latin = [r for r in paragraph.runs if "investigator.example" in r.text]
    arabic = [r for r in paragraph.runs if "البريد" in r.text]
    assert latin and latin[0].font.rtl is False
    assert arabic and arabic[0].font.rtl is True
    assert "\u202aTR33 0006 1005 1978 6457 8413 26\u202c" in [r.text for r in paragraph.runs]


def test_a_russian_document_carries_no_bidi_settings():
    doc = _arabic_document()
    doc.lang, doc.direction = "ru", "ltr"
    document = open_docx(io.BytesIO(to_docx_bytes(doc)))
    assert "<w:bidi/>" not in document.element.body.xml
    assert "<w:rtl/>" not in document.styles.element.xml
