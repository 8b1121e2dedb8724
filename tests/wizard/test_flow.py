"""The wizard's question flow, driven by scripted answers (no terminal)."""

from __future__ import annotations

import json

import pytest

from mla_writer.casefile import parse_case
from mla_writer.model import Case
from mla_writer.wizard.flow import Wizard, _clean
from tests.conftest import TODAY, example_data
from tests.wizard.helpers import CaseAsker, as_the_wizard_writes_it


def _run(target, profiles, *, lang="en", data=None, saved=None, **asker_options):
    asker = CaseAsker(target, **asker_options)
    saves = saved if saved is not None else []
    wizard = Wizard(asker, profiles, lang, save=lambda d: saves.append(json.loads(json.dumps(d))), data=data,
                    today=TODAY)
    asker.wizard = wizard
    return wizard, asker, saves


@pytest.mark.parametrize("name", ["kg-tr-trafficking.json", "kg-ru-labour-exploitation.json", "kz-de-smuggling.json"])
def test_the_wizard_reproduces_each_example(profiles, name):
    target = example_data(name)
    wizard, asker, _ = _run(target, profiles)
    outcome = wizard.run()
    assert outcome.action == "render"
    assert outcome.case == Case.model_validate(as_the_wizard_writes_it(target))


def test_questions_come_in_the_documented_order(profiles):
    wizard, asker, _ = _run(example_data("kg-tr-trafficking.json"), profiles)
    wizard.run()
    firsts = {}
    for index, key in enumerate(wizard.asked):
        firsts.setdefault(key.split(".")[0].split("[")[0], index)
    order = ["requesting", "requested", "proceedings", "offences", "facts", "persons", "assistance", "legal_basis",
             "urgency", "confidentiality", "language", "signatory"]
    positions = [firsts[key] for key in order]
    assert positions == sorted(positions), positions


def test_parents_are_asked_only_under_the_cis_conventions(profiles):
    wizard, _, _ = _run(example_data("kg-tr-trafficking.json"), profiles)
    wizard.run()
    assert not any(key.endswith(".father_name") for key in wizard.asked)
    wizard, _, _ = _run(example_data("kg-ru-labour-exploitation.json"), profiles)
    wizard.run()
    assert any(key.endswith(".father_name") for key in wizard.asked)


def test_the_urgency_reason_is_asked_only_when_urgent(profiles):
    target = example_data("kg-ru-labour-exploitation.json")
    assert not target["urgency"]["urgent"]
    wizard, _, _ = _run(target, profiles)
    wizard.run()
    assert "urgency.reason" not in wizard.asked
    wizard, _, _ = _run(example_data("kg-tr-trafficking.json"), profiles)
    wizard.run()
    assert "urgency.reason" in wizard.asked


def test_the_legal_basis_is_preselected_from_the_treaties_in_force(profiles):
    target = example_data("kg-ru-labour-exploitation.json")
    seen = {}

    class Spy(CaseAsker):
        def ask(self, question):
            if question.key == "legal_basis":
                seen["checked"] = [c.value for c in question.choices if c.checked]
            return super().ask(question)

    asker = Spy(target)
    wizard = Wizard(asker, profiles, "en", save=lambda d: None, today=TODAY)
    asker.wizard = wizard
    wizard.run()
    assert "MINSK_1993" in seen["checked"] and "UNTOC" in seen["checked"]
    assert "CHISINAU_2002" not in seen["checked"]


def test_a_bad_answer_is_refused_with_its_reason_and_asked_again(profiles):
    target = example_data("kg-tr-trafficking.json")
    bad = {
        "requesting.authority.contact.email": ["not-an-email"],
        "persons[0].date_of_birth": ["1990-02-30", "2090-01-01"],
        "requested.state": ["Narnia"],
    }
    wizard, asker, _ = _run(target, profiles, bad_answers=bad)
    outcome = wizard.run()
    reasons = dict(asker.errors)
    assert "e-mail" in reasons["requesting.authority.contact.email"]
    assert "future" in [e for k, e in asker.errors if k == "persons[0].date_of_birth"][-1]
    assert "suggestions" in reasons["requested.state"]
    assert outcome.case is not None


def test_an_iban_with_wrong_check_digits_is_refused(profiles):
    target = example_data("kg-tr-trafficking.json")
    bank = next(i for i, item in enumerate(target["assistance"]) if item["type"] == "bank_records")
    key = f"assistance[{bank}].accounts[0].account_number"
    good = target["assistance"][bank]["accounts"][0]["account_number"]
    wrong = good[:4] + ("1" if good[4] != "1" else "2") + good[5:]
    wizard, asker, _ = _run(target, profiles, bad_answers={key: [wrong]})
    wizard.run()
    assert any(k == key and "IBAN" in e for k, e in asker.errors)


def test_ctrl_c_keeps_every_answer_given_so_far(profiles):
    target = example_data("kg-tr-trafficking.json")
    saved = []
    wizard, asker, _ = _run(target, profiles, saved=saved, interrupt_at="facts.summary")
    with pytest.raises(KeyboardInterrupt):
        wizard.run()
    last = saved[-1]
    assert last["requesting"]["authority"]["name"] == target["requesting"]["authority"]["name"]
    assert last["proceedings"]["case_number"] == target["proceedings"]["case_number"]
    assert "facts" not in last or "summary" not in last["facts"]


def test_resuming_asks_only_what_is_missing_and_finishes_the_same_case(profiles):
    target = example_data("kg-tr-trafficking.json")
    saved = []
    wizard, _, _ = _run(target, profiles, saved=saved, interrupt_at="persons+")
    with pytest.raises(KeyboardInterrupt):
        wizard.run()
    partial = saved[-1]
    wizard, asker, _ = _run(target, profiles, data=json.loads(json.dumps(partial)))
    outcome = wizard.run()
    assert "requesting.authority.name" not in asker.asked
    assert "facts.summary" not in asker.asked
    assert outcome.case == Case.model_validate(as_the_wizard_writes_it(target))


def test_every_saved_draft_is_a_clean_case_file(profiles):
    saved = []
    wizard, _, _ = _run(example_data("kg-tr-trafficking.json"), profiles, saved=saved)
    wizard.run()
    final = saved[-1]
    assert final == _clean(final)
    parse_case(final, "draft.json")  # the wizard's result renders with `mla-writer render`


def test_essentials_missing_are_named_before_leaving_a_step(profiles):
    target = example_data("kg-tr-trafficking.json")
    del target["facts"]["link_to_requested_state"]
    wizard, asker, _ = _run(target, profiles)
    wizard.run()
    assert any("link to the requested State" in line for line in asker.said)


def test_the_review_shows_findings_and_refuses_to_render_with_errors(profiles):
    target = example_data("kg-tr-trafficking.json")
    target["facts"]["summary"] = "Too short."
    offered = {}

    class Reviewer(CaseAsker):
        def ask(self, question):
            if question.key == "_review":
                offered["choices"] = [c.value for c in question.choices]
                return "draft"
            return super().ask(question)

    asker = Reviewer(target)
    wizard = Wizard(asker, profiles, "en", save=lambda d: None, today=TODAY)
    asker.wizard = wizard
    outcome = wizard.run()
    assert "render" not in offered["choices"] and "draft" in offered["choices"]
    assert outcome.action == "draft"
    assert any("R07" in line for line in asker.said)


def test_questions_are_in_russian_when_the_interface_is_russian(profiles):
    messages = []

    class Listener(CaseAsker):
        def ask(self, question):
            messages.append(question.message)
            return super().ask(question)

    asker = Listener(example_data("kg-tr-trafficking.json"))
    wizard = Wizard(asker, profiles, "ru", save=lambda d: None, today=TODAY)
    asker.wizard = wizard
    outcome = wizard.run()
    assert outcome.case is not None
    assert "Какое государство направляет запрос?" in messages
    # The interface language does not change the request language.
    assert outcome.case.language == "en"


def test_the_wizard_takes_translations_of_the_texts(profiles):
    target = example_data("kg-ru-labour-exploitation.json")
    target["translations"] = {"en": {"facts.summary": "In February 2025 a group recruited fourteen men...",
                                     "offences[0].name": "Trafficking in persons"}}
    wizard, asker, _ = _run(target, profiles)
    outcome = wizard.run()
    assert outcome.case.translations["en"]["facts.summary"].startswith("In February 2025")
    assert outcome.case.translations["en"]["offences[0].name"] == "Trafficking in persons"


def test_review_offers_an_optional_part_that_was_never_given_instead_of_imposing_it(profiles):
    target = example_data("kz-de-smuggling.json")
    assert "consultation_contact" not in target
    wizard, asker, _ = _run(target, profiles, data=as_the_wizard_writes_it(target))
    wizard.review = True
    outcome = wizard.run()
    assert "consultation_contact?" in asker.asked and "consultation_contact.name" not in asker.asked
    assert outcome.case is not None and outcome.case.consultation_contact is None
