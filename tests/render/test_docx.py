"""Rendered documents read back with python-docx."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from docx import Document

from mla_writer.errors import ValidationFailed
from mla_writer.service import render_case
from tests.conftest import EXAMPLES, TODAY, example_data, to_case


def _render(data: dict, profiles, lang: str | None = None, draft: bool = False):
    case = to_case(data)
    content, notes = render_case(case, profiles, lang or case.language, draft=draft, today=TODAY)
    return Document(io.BytesIO(content)), notes


def _text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _header_text(document) -> str:
    return "\n".join(p.text for p in document.sections[0].header.paragraphs)


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_renders_in_english_and_russian(path, lang, profiles):
    document, _ = _render(example_data(path.name), profiles, lang)
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2"} <= styles
    assert document.tables and all(t.style.name == "Table Grid" for t in document.tables)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert re.match(r"1\. ", headings[0]) and len(headings) >= 8


def test_the_english_trafficking_request(profiles, trafficking_case):
    document, _ = _render(trafficking_case, profiles)
    text = _text(document)
    title = next(p.text for p in document.paragraphs if p.style.name == "Title")
    assert title == "Request for Mutual Legal Assistance in a Criminal Matter"
    assert "Republic of Türkiye" in text  # the official name from the profile
    assert "United Nations Convention against Transnational Organized Crime" in text
    signed = dt.date.fromisoformat(trafficking_case["signatory"]["date"])
    assert f"{signed.day} {signed:%B} {signed.year}" in text  # British long date, through babel
    person = trafficking_case["persons"][0]
    assert person["surname"].upper() in text  # given names, then the SURNAME
    assert "CONFIDENTIAL" in _header_text(document)
    assert trafficking_case["proceedings"]["case_number"] in _header_text(document)


def test_a_minsk_request_in_russian_is_a_commission_with_a_seal(profiles, minsk_case):
    document, _ = _render(minsk_case, profiles)
    text = _text(document)
    title = next(p.text for p in document.paragraphs if p.style.name == "Title")
    assert title == "Поручение об оказании правовой помощи по уголовному делу"
    assert "Российская Федерация" in text
    assert "М.П." in text
    assert re.search(r"\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4}\s?г\.", text)
    assert "Main Directorate" not in text


def test_a_untoc_request_in_russian_is_a_zapros(profiles, trafficking_case):
    document, _ = _render(trafficking_case, profiles, "ru")
    title = next(p.text for p in document.paragraphs if p.style.name == "Title")
    assert title == "Запрос о взаимной правовой помощи по уголовному делу"
    assert "Турецкая Республика" in _text(document)


def test_footer_counts_pages_with_fields(profiles, trafficking_case):
    document, _ = _render(trafficking_case, profiles)
    footer_xml = document.sections[0].footer._element.xml
    assert 'w:instr="PAGE"' in footer_xml and 'w:instr="NUMPAGES"' in footer_xml


def test_user_text_is_data_not_a_template(profiles, trafficking_case):
    trafficking_case["facts"]["summary"] += " {{ 7*7 }} {% for x in y %} <b>&amp;</b> \"quoted\""
    trafficking_case["persons"][0]["surname"] = "{{ config }}<Smith & Sons>"
    document, _ = _render(trafficking_case, profiles)
    text = _text(document)
    assert "{{ 7*7 }} {% for x in y %} <b>&amp;</b> \"quoted\"" in text
    assert "{{ config }}<Smith & Sons>" in text
    assert "49" not in text.split("{{ 7*7 }}")[0][-5:]


def test_characters_a_docx_cannot_hold_are_dropped_with_a_note(profiles, trafficking_case):
    trafficking_case["facts"]["summary"] += " end\x00\x07of text"
    document, notes = _render(trafficking_case, profiles)
    assert "endof text" in _text(document)
    assert any("facts.summary" in note for note in notes)


def test_a_case_with_errors_is_refused_unless_draft(profiles, trafficking_case):
    trafficking_case["facts"]["summary"] = "Too short."
    with pytest.raises(ValidationFailed):
        _render(trafficking_case, profiles)
    document, _ = _render(trafficking_case, profiles, draft=True)
    assert "DRAFT" in _header_text(document)
    assert "R07" in _text(document)


def test_a_non_confidential_request_has_no_confidential_mark(profiles, minsk_case):
    minsk_case["confidentiality"] = {"required": False}
    document, _ = _render(minsk_case, profiles)
    assert "КОНФИДЕНЦИАЛЬНО" not in _header_text(document)


def test_untranslated_text_is_highlighted_when_rendering_another_language(profiles, minsk_case):
    minsk_case["translations"] = {"en": {"facts.summary": "An English summary of the facts."}}
    document, notes = _render(minsk_case, profiles, "en")
    text = _text(document)
    assert "An English summary of the facts." in text
    highlighted = [run for p in document.paragraphs for run in p.runs if run.font.highlight_color]
    assert highlighted, "untranslated Russian text is highlighted"
    assert any("no 'en' translation" in note and "facts.summary" not in note for note in notes)


def test_metadata_carries_no_personal_data(profiles, trafficking_case):
    document, _ = _render(trafficking_case, profiles)
    assert document.core_properties.author == "mla-writer"
    assert document.core_properties.language == "en"


def test_each_numbered_list_starts_again_at_one(profiles, trafficking_case):
    document, _ = _render(trafficking_case, profiles)
    lists, previous = [], None
    for paragraph in document.paragraphs:
        if paragraph.style.name == "List Number":
            num_id = paragraph._p.pPr.numPr.numId.val
            if num_id != previous:
                lists.append(num_id)
            previous = num_id
        else:
            previous = None
    assert len(lists) >= 2 and len(set(lists)) == len(lists), "every list has its own numbering"
    numbering = document.part.numbering_part.element
    for num_id in lists:
        num = next(n for n in numbering.num_lst if n.numId == num_id)
        assert num.lvlOverride_lst[0].startOverride.val == 1


@pytest.mark.parametrize("path,tag", [("kg-ru-labour-exploitation.json", "ru-RU"), ("kg-tr-trafficking.json", "en-GB")])
def test_the_document_language_is_set_for_spelling(profiles, path, tag):
    document, _ = _render(example_data(path), profiles)
    assert f'w:val="{tag}"' in document.styles["Normal"].element.xml


def test_a_field_of_nothing_but_control_characters_keeps_a_visible_mark(profiles, trafficking_case):
    trafficking_case["persons"][0]["surname"] = "\x01\x02"
    document, notes = _render(trafficking_case, profiles)
    assert "\ufffd" in _text(document)
    assert any("persons[0].surname" in note for note in notes)
