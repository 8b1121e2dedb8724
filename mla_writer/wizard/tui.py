"""The questionary front of the wizard: the only module that imports questionary."""

from __future__ import annotations

from typing import Any

import questionary
from prompt_toolkit.styles import Style

from mla_writer.wizard.questions import Question

_STYLE = Style.from_dict({"qmark": "bold", "question": "bold", "instruction": "italic"})


class QuestionaryAsker:
    """Asks in the terminal. Validation happens inline, so a wrong answer is re-asked at once."""

    def __init__(self, check_message) -> None:  # noqa: ANN001 - callable(question, raw) -> str | None
        self._check_message = check_message

    def say(self, text: str) -> None:
        questionary.print(text)

    def _validator(self, question: Question):  # noqa: ANN202
        def validate(raw: Any) -> bool | str:
            problem = self._check_message(question, raw)
            return True if problem is None else problem
        return validate

    def ask(self, question: Question) -> Any:
        message = question.message
        instruction = question.help or None
        if question.error:
            questionary.print(f"! {question.error}", style="fg:ansired")
        if question.kind == "confirm":
            return questionary.confirm(message, default=bool(question.default), instruction=instruction,
                                       style=_STYLE).unsafe_ask()
        if question.kind == "select":
            choices = [questionary.Choice(c.title, value=c.value) for c in question.choices]
            default = next((c for c in choices if c.value == question.default), None)
            return questionary.select(message, choices=choices, default=default, instruction=instruction,
                                      style=_STYLE, use_shortcuts=len(choices) <= 9).unsafe_ask()
        if question.kind == "checkbox":
            choices = [questionary.Choice(c.title, value=c.value, checked=c.checked) for c in question.choices]
            return questionary.checkbox(message, choices=choices, instruction=instruction, style=_STYLE).unsafe_ask()
        if question.kind == "autocomplete":
            titles = [c.title for c in question.choices]
            default = next((c.title for c in question.choices if c.value == question.default), "")
            answer = questionary.autocomplete(message, choices=titles, default=default, ignore_case=True,
                                              match_middle=True, validate=self._validator(question),
                                              style=_STYLE).unsafe_ask()
            return answer
        default = "" if question.default is None else str(question.default)
        multiline = question.kind == "long_text"
        if multiline:
            questionary.print("  (Esc then Enter to finish)", style="italic")
        return questionary.text(message, default=default, multiline=multiline, instruction=instruction,
                                validate=self._validator(question), style=_STYLE).unsafe_ask()
