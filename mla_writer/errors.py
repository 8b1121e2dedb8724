"""Exit codes and the exceptions a user can cause.

The library raises these; only the command-line layer turns them into a message and an
exit code, so the library never prints and never exits.
"""

from __future__ import annotations

from enum import IntEnum


# Set (by --debug or by hand) to see the traceback of an internal error instead of one line.
DEBUG_ENV = "MLA_WRITER_DEBUG"


class ExitCode(IntEnum):
    OK = 0
    INTERNAL = 1
    USAGE = 2
    VALIDATION_ERRORS = 3
    INPUT_ERROR = 4
    BATCH_FAILED = 5
    INTERRUPTED = 130


class MlaWriterError(Exception):
    """An error the user can fix. ``str()`` is the one line shown to them."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str, *, file: str | None = None, field: str | None = None,
                 fix: str | None = None, more: list[MlaWriterError] | None = None) -> None:
        self.message = message
        self.file = file
        self.field = field
        self.fix = fix
        self.more = more or []  # further problems of the same kind in the same file
        super().__init__(self.render())

    def lines(self) -> list[str]:
        return [self.render(), *(problem.render() for problem in self.more)]

    def render(self) -> str:
        where = ""
        if self.file:
            where = f"{self.file}: "
        if self.field:
            where += f"{self.field}: "
        text = f"{where}{self.message}"
        if self.fix:
            text += f" — {self.fix}"
        return text


class InputError(MlaWriterError):
    """Unreadable or invalid input: a case file, a profile, an unknown country or language."""

    exit_code = ExitCode.INPUT_ERROR


class OutputError(MlaWriterError):
    """An output that cannot or must not be written."""

    exit_code = ExitCode.INPUT_ERROR


class ValidationFailed(MlaWriterError):
    """The case has findings of severity error and a draft was not asked for."""

    exit_code = ExitCode.VALIDATION_ERRORS


class UsageError(MlaWriterError):
    exit_code = ExitCode.USAGE
