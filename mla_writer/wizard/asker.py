"""How the wizard asks: an interface with one method, so the flow needs no terminal.

The questionary implementation lives in ``tui.py``; tests use a scripted asker.
"""

from __future__ import annotations

from typing import Any, Protocol

from mla_writer.wizard.questions import Question


class Asker(Protocol):
    def ask(self, question: Question) -> Any:
        """The raw answer: text for text questions, a choice's value, a bool, a list of values.

        Raises KeyboardInterrupt when the user presses Ctrl-C.
        """

    def say(self, text: str) -> None:
        """Shows information (a step title, a summary, findings)."""
