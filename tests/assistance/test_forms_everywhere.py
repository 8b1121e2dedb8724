"""Every form of assistance in every request language, and through the wizard (issue 6)."""

from __future__ import annotations

import io

import pytest
from docx import Document

from mla_writer.model import Case
from mla_writer.render.wording import Wording, available_languages
from mla_writer.service import render_case
from mla_writer.wizard.flow import Wizard, _assistance_types
from tests.assistance.items import ITEMS, add
from tests.conftest import TODAY, example_data
from tests.wizard.helpers import CaseAsker


def _case_with_every_form() -> dict:
    data = example_data("kg-tr-trafficking.json")
    for form in ITEMS:
        add(data, form)
    return data


@pytest.mark.parametrize("lang", available_languages())
def test_a_request_combining_every_form_renders_each_section_in_every_language(profiles, lang):
    case = Case.model_validate(_case_with_every_form())
    content, _ = render_case(case, profiles, lang, draft=True, today=TODAY)
    document = Document(io.BytesIO(content))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    wording = Wording(lang)
    for item in case.assistance:
        title = wording.term("assistance", item.type)
        assert any(title in heading for heading in headings), (lang, item.type)


@pytest.mark.parametrize("form", sorted(ITEMS))
def test_the_wizard_asks_exactly_the_questions_of_each_form(profiles, form):
    data = example_data("kg-tr-trafficking.json")
    data["assistance"] = []
    add(data, form)
    asker = CaseAsker(data)
    wizard = Wizard(asker, profiles, "en", save=lambda d: None, today=TODAY)
    asker.wizard = wizard
    outcome = wizard.run()
    asked = {key.split(".", 1)[1].split("[")[0].split(".")[0].rstrip("+?")
             for key in asker.asked if key.startswith("assistance[0].")}
    model = _assistance_types()[form]
    fields = set(model.model_fields)
    assert asked == fields, (form, sorted(fields - asked), sorted(asked - fields))
    assert outcome.case is not None and outcome.case.assistance[0].type == form
