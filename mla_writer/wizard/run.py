"""Runs the wizard from the command line: draft saving, interruption and the final render."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import typer

from mla_writer.errors import ExitCode
from mla_writer.i18n import N_, translate
from mla_writer.profiles.loader import ProfileSet
from mla_writer.wizard.drafts import DraftFile
from mla_writer.wizard.flow import Wizard
from mla_writer.wizard.questions import Question


def run_wizard(*, draft: DraftFile, data: dict | None, profiles: ProfileSet, lang: str, explain: bool, review: bool,
               out_dir: Path, asker_class, echo: Callable[[str], None], err: Callable[[str], None],  # noqa: ANN001
               today: dt.date | None = None) -> None:
    t = lambda text: translate(lang, text)  # noqa: E731 - a local shorthand
    wizard = Wizard(asker=None, profiles=profiles, lang=lang, save=draft.save, data=data, explain=explain,  # type: ignore[arg-type]
                    review=review, today=today)
    wizard.asker = asker_class(lambda question, raw: wizard.problem(question, raw))
    draft.save(wizard.data)
    echo(t(N_("Your answers are saved as you go in: {path}")).format(path=draft.path))
    try:
        outcome = wizard.run()
    except KeyboardInterrupt:
        err("")
        err(t(N_("Interrupted. Every answer so far is saved in {path}.")).format(path=draft.path))
        err(t(N_("To continue: mla-writer new --from \"{path}\"")).format(path=draft.path))
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    if outcome.action == "quit" or outcome.case is None:
        echo(t(N_("Saved in {path}. To continue: mla-writer new --from \"{path}\"")).format(path=draft.path))
        return
    _render(wizard, outcome.case, draft.path, out_dir, outcome.action == "draft", echo, t)


def _render(wizard: Wizard, case, case_path: Path, out_dir: Path, draft: bool,  # noqa: ANN001
            echo: Callable[[str], None], t) -> None:  # noqa: ANN001
    from mla_writer.atomic import write_bytes_atomic
    from mla_writer.service import output_path, render_case

    data, notes = render_case(case, wizard.profiles, case.language, draft=draft, today=wizard.today)
    target = output_path(case_path, out_dir, case.language)
    out_dir.mkdir(parents=True, exist_ok=True)
    overwrite = False
    if target.exists():
        overwrite = wizard.asker.ask(Question(key="_overwrite", kind="confirm", default=False,
                                              message=t(N_("{path} exists. Replace it?")).format(path=target)))
        if not overwrite:
            echo(t(N_("Not rendered. The case is saved in {path}.")).format(path=case_path))
            return
    write_bytes_atomic(target, data, overwrite=overwrite)
    for note in notes:
        echo(f"note: {note}")
    echo(t(N_("Request written to {path}")).format(path=target))
    echo(t(N_("The same document again: mla-writer render \"{case}\" --out-dir \"{folder}\" --force")).format(
        case=case_path, folder=out_dir))
