"""The questionary layer, fed keystrokes through prompt_toolkit's pipe input (no terminal)."""

from __future__ import annotations

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from mla_writer.wizard.questions import Choice, Question, check_email
from mla_writer.wizard.tui import QuestionaryAsker

DOWN, ENTER, CTRL_C, BACKSPACE = "\x1b[B", "\r", "\x03", "\x7f"


@pytest.fixture
def keys():
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        yield pipe


def _asker():
    def problem(question, raw):
        if question.check and isinstance(raw, str) and raw.strip():
            return question.check(raw) and "bad answer"
        if question.kind == "autocomplete" and raw not in [c.title for c in question.choices]:
            return "choose a suggestion"
        return None
    return QuestionaryAsker(problem)


def test_text_answer(keys):
    keys.send_text("Prosecutor's Office" + ENTER)
    assert _asker().ask(Question(key="a", message="Authority?")) == "Prosecutor's Office"


def test_a_refused_answer_is_corrected_in_place(keys):
    keys.send_text("not-an-email" + ENTER + BACKSPACE * 12 + "a@b.kg" + ENTER)
    assert _asker().ask(Question(key="e", message="E-mail?", check=check_email)) == "a@b.kg"


def test_select_moves_with_the_arrow_keys(keys):
    keys.send_text(DOWN + ENTER)
    question = Question(key="s", kind="select", message="Stage?",
                        choices=[Choice("investigation", "Investigation"), Choice("trial", "Trial")])
    assert _asker().ask(question) == "trial"


def test_autocomplete_accepts_only_a_suggestion(keys):
    keys.send_text("Narnia" + ENTER + BACKSPACE * 6 + "TR — Türkiye" + ENTER)
    question = Question(key="c", kind="autocomplete", message="State?",
                        choices=[Choice("TR", "TR — Türkiye"), Choice("KG", "KG — Kyrgyzstan")])
    assert _asker().ask(question) == "TR — Türkiye"


def test_confirm(keys):
    keys.send_text("y")
    assert _asker().ask(Question(key="u", kind="confirm", message="Urgent?")) is True


def test_checkbox_keeps_the_preselection(keys):
    keys.send_text(ENTER)
    question = Question(key="b", kind="checkbox", message="Basis?",
                        choices=[Choice("UNTOC", "UNTOC", True), Choice("UNCAC", "UNCAC", False)])
    assert _asker().ask(question) == ["UNTOC"]


def test_ctrl_c_raises_keyboard_interrupt(keys):
    keys.send_text(CTRL_C)
    with pytest.raises(KeyboardInterrupt):
        _asker().ask(Question(key="a", message="Authority?"))
