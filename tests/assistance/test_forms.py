"""Every form of assistance: a complete item validates without errors and renders its section in
English and Russian."""

from __future__ import annotations

import io
import json
import typing

import pytest
from docx import Document

from mla_writer.casefile import case_to_json
from mla_writer.model import Case
from mla_writer.model.assistance import (
    ASSISTANCE_TYPES,
    COERCIVE_TYPES,
    Asset,
    AssistanceItem,
    Attendee,
    BankAccount,
    DocumentToServe,
    Identifier,
    SpecialProcedure,
)
from mla_writer.render.assistance_sections import SECTIONS
from mla_writer.render.wording import Wording
from mla_writer.service import render_case
from mla_writer.validation.engine import Severity, validate
from tests.assistance.items import ITEMS, PHRASES, add
from tests.conftest import TODAY, to_case

NEW_FORMS = sorted(ITEMS)
# The rules written for the forms of this file: none of them may fire on a complete item.
FORM_RULES = {f"R{n}" for n in range(30, 51)} | {"M04", "M05", "M06", "M07", "M08"}


def _text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_every_form_has_an_item_here_a_section_and_a_title():
    union = typing.get_args(typing.get_args(AssistanceItem)[0])
    tags = {typing.get_args(model.model_fields["type"].annotation)[0] for model in union}
    assert tags == set(ASSISTANCE_TYPES) == set(SECTIONS)
    assert set(ITEMS) | {"statement", "documents", "bank_records", "search_seizure", "service"} == tags
    assert COERCIVE_TYPES <= tags
    schema = json.dumps(Case.model_json_schema())
    for tag in tags:
        assert f'"{tag}"' in schema
        for lang in ("en", "ru"):
            assert Wording(lang).raw(f"terms.assistance.{tag}")


def test_every_field_of_a_form_tells_the_wizard_what_to_ask():
    union = typing.get_args(typing.get_args(AssistanceItem)[0])
    for model in union:
        assert model.__doc__ and any(word in model.__doc__ for word in ("art.", "arts.")), model.__name__
        for name, info in model.model_fields.items():
            assert name == "type" or info.description, f"{model.__name__}.{name}"
    for part in (Asset, Identifier, BankAccount, DocumentToServe, SpecialProcedure, Attendee):
        for name, info in part.model_fields.items():
            assert info.description, f"{part.__name__}.{name}"


@pytest.mark.parametrize("kind", NEW_FORMS)
def test_a_complete_item_validates_without_findings_of_its_own(kind, trafficking_case, profiles):
    add(trafficking_case, kind)
    index = len(trafficking_case["assistance"]) - 1
    findings = validate(to_case(trafficking_case), profiles, TODAY)
    assert not [f for f in findings if f.severity is Severity.ERROR], [(f.rule, f.path, f.text("en")) for f in findings]
    own = [f for f in findings if f.path.startswith(f"assistance[{index}]") or f.rule in FORM_RULES]
    assert not own, [(f.rule, f.path, f.text("en")) for f in own]


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("kind", NEW_FORMS)
def test_each_form_renders_its_section(kind, lang, trafficking_case, profiles):
    add(trafficking_case, kind)
    case = to_case(trafficking_case)
    content, _ = render_case(case, profiles, lang, draft=False, today=TODAY)
    document = Document(io.BytesIO(content))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    title = Wording(lang).raw(f"terms.assistance.{kind}")
    assert any(h.endswith(f". {title}") for h in headings), headings
    english, russian = PHRASES[kind]
    assert (english if lang == "en" else russian) in _text(document)


def test_a_request_can_combine_every_form(trafficking_case, profiles):
    for kind in NEW_FORMS:
        add(trafficking_case, kind)
    case = to_case(trafficking_case)
    again = Case.model_validate(json.loads(case_to_json(case)))
    assert again == case
    findings = validate(case, profiles, TODAY)
    assert not [f for f in findings if f.severity is Severity.ERROR], [(f.rule, f.path, f.text("en")) for f in findings]
    for lang in ("en", "ru"):
        document = Document(io.BytesIO(render_case(case, profiles, lang, draft=False, today=TODAY)[0]))
        headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
        assert len([h for h in headings if h[:1].isdigit()]) >= len(trafficking_case["assistance"])


def test_the_ip_identifiers_carry_their_moment_into_the_document(trafficking_case, profiles):
    add(trafficking_case, "data_preservation")
    document = Document(io.BytesIO(render_case(to_case(trafficking_case), profiles, "en", draft=False, today=TODAY)[0]))
    text = _text(document)
    assert "85.105.17.41" in text and "22:41:07" in text and "UTC+3" in text


def test_a_time_zone_in_the_date_time_is_enough(trafficking_case, profiles):
    add(trafficking_case, "data_preservation",
        identifiers=[{"value": "85.105.17.41", "kind": "ip", "date_time": "2026-06-14T22:41:07+03:00"}])
    findings = validate(to_case(trafficking_case), profiles, TODAY)
    assert "R36" not in {f.rule for f in findings}
    document = Document(io.BytesIO(render_case(to_case(trafficking_case), profiles, "en", draft=False, today=TODAY)[0]))
    assert "(UTC+03:00)" in _text(document)


def test_the_telephone_hearing_has_its_own_wording(trafficking_case, profiles):
    add(trafficking_case, "video_hearing", medium="telephone", capacity="witness", consent=True)
    findings = validate(to_case(trafficking_case), profiles, TODAY)
    assert not {"R45", "R46"} & {f.rule for f in findings}
    for lang, words in (("en", "by telephone conference"), ("ru", "посредством телефонной связи")):
        document = Document(io.BytesIO(render_case(to_case(trafficking_case), profiles, lang, draft=False, today=TODAY)[0]))
        assert words in _text(document)


def test_confiscation_of_an_order_of_the_requesting_state(trafficking_case, profiles):
    add(trafficking_case, "confiscation", route="enforcement", order_final=True,
        domestic_order="Order of the investigating judge of the Pervomaisky District Court of Bishkek of 30 October 2026 authorising the search",
        extent="The whole of the vehicle described", third_parties="No third party has claimed the vehicle; the registered owner was notified.")
    findings = validate(to_case(trafficking_case), profiles, TODAY)
    assert not {"R42", "R43"} & {f.rule for f in findings}
    document = Document(io.BytesIO(render_case(to_case(trafficking_case), profiles, "ru", draft=False, today=TODAY)[0]))
    assert "вступило в законную силу" in _text(document)


def test_person_references_in_new_forms_must_resolve(trafficking_case):
    from mla_writer.casefile import parse_case
    from mla_writer.errors import InputError

    add(trafficking_case, "asset_tracing", persons=["nobody"])
    with pytest.raises(InputError) as caught:
        parse_case(trafficking_case, "case.json")
    assert caught.value.field.endswith(".persons[0]") and "nobody" in caught.value.message


def test_an_error_in_a_new_form_names_the_field_without_the_type_tag(trafficking_case):
    from mla_writer.casefile import parse_case
    from mla_writer.errors import InputError

    add(trafficking_case, "video_hearing", medium="radio")
    with pytest.raises(InputError) as caught:
        parse_case(trafficking_case, "case.json")
    assert caught.value.field == f"assistance[{len(trafficking_case['assistance']) - 1}].medium"
