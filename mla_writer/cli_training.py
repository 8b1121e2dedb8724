"""The trainers' commands: examples, exercise, check and guide (and `profile show --docx`).

Registered on the main application by mla_writer.cli; like the other commands, they import
the library only when they run, so `--help` stays fast.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer

from mla_writer.cli import ProfilesOption, UiLangOption, _err, _guarded, _load_profiles, _ui, app
from mla_writer.errors import ExitCode
from mla_writer.i18n import N_, translate

examples_app = typer.Typer(help="The bundled case library: fictional, complete requests to learn and teach with.",
                           invoke_without_command=True, rich_markup_mode=None)
app.add_typer(examples_app, name="examples")

ForceOption = Annotated[bool, typer.Option("--force", help="Replace files that already exist.")]


@examples_app.callback()
@_guarded
def examples_list(ctx: typer.Context, ui_lang: UiLangOption = None) -> None:
    """List the example cases: name, route, language, level and title.

    `mla-writer examples show NAME` prints a scenario, `mla-writer examples copy NAME DIR`
    copies a case to work on, `mla-writer exercise NAME` makes an exercise of it.
    """
    if ctx.invoked_subcommand is not None:
        return
    from mla_writer.training.library import LEVEL_NAMES, all_examples

    lang = _ui(ui_lang)
    rows = [(translate(lang, N_("NAME")), translate(lang, N_("ROUTE")), translate(lang, N_("LANGUAGE")),
             translate(lang, N_("LEVEL")), translate(lang, N_("TITLE")))]
    for example in all_examples():
        sheet = example.sheet
        rows.append((example.name, example.route, example.language, translate(lang, LEVEL_NAMES[sheet.level]),
                     sheet.title.pick(lang)))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        typer.echo("  ".join([*(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])), row[4]]).rstrip())
    typer.echo("\n" + translate(lang, N_(
        "mla-writer examples show NAME: the scenario; mla-writer examples copy NAME DIR: a copy to work on; "
        "mla-writer exercise NAME: an exercise with deficiencies to find")))


@examples_app.command("show")
@_guarded
def examples_show(
    name: Annotated[str, typer.Argument(help="The example's name, as `mla-writer examples` lists it.")],
    ui_lang: UiLangOption = None,
) -> None:
    """Print an example's scenario: what happened and what the request must obtain."""
    from mla_writer.training.library import find_example
    from mla_writer.training.sheets import scenario_text

    typer.echo(scenario_text(find_example(name), _ui(ui_lang)))


@examples_app.command("copy")
@_guarded
def examples_copy(
    name: Annotated[str, typer.Argument(help="The example's name, as `mla-writer examples` lists it.")],
    folder: Annotated[Path, typer.Argument(help="The folder to copy it into (created if missing).")],
    force: ForceOption = False,
) -> None:
    """Copy an example case file into a folder, to edit, render or continue in the wizard."""
    from mla_writer.training.library import copy_example, find_example
    from mla_writer.training.sheets import prepare_folder

    example = find_example(name)
    prepare_folder(folder)
    typer.echo(copy_example(example, folder, overwrite=force))


@app.command()
@_guarded
def exercise(
    name: Annotated[str | None, typer.Argument(help="The example to turn into an exercise (without it: list the "
                                               "deficiencies an exercise can have).", show_default=False)] = None,
    out_dir: Annotated[Path, typer.Option("--out-dir", "-o", help="Folder for the exercise files (created if "
                                          "missing).")] = Path("."),
    flaws: Annotated[str | None, typer.Option("--flaws", help="Comma-separated deficiencies to put in (default: the "
                                              "example's own choice), e.g. wrong_treaty,no_urgency_reason.",
                                              show_default=False)] = None,
    key: Annotated[bool, typer.Option("--key", help="Also write the trainer's answer key (NAME.key.txt).")] = False,
    force: ForceOption = False,
    profiles: ProfilesOption = None,
    ui_lang: UiLangOption = None,
) -> None:
    """Make an exercise: a copy of an example with deficiencies, and the scenario to fix it from.

    Writes NAME.exercise.json (the flawed case) and NAME.scenario.txt (the scenario and the
    task) for participants; with --key also NAME.key.txt for the trainer.
    """
    from mla_writer.training.flaws import FLAWS, make_exercise
    from mla_writer.training.library import find_example
    from mla_writer.training.sheets import key_text, prepare_folder, task_text, write_all

    lang = _ui(ui_lang)
    if name is None:
        typer.echo(translate(lang, N_("Deficiencies an exercise can have (use with --flaws):")))
        for flaw in FLAWS.values():
            typer.echo(f"  {flaw.id:<26} {translate(lang, flaw.title)}")
        return
    example = find_example(name)
    chosen = [part.strip() for part in flaws.split(",") if part.strip()] if flaws else example.sheet.exercise_flaws
    made = make_exercise(example.data, chosen, _load_profiles(profiles), file=str(example.case_path))
    for flaw in made.skipped:
        _err("mla-writer: " + translate(lang, N_("'{flaw}' left out: this case offers nothing it could change "
                                                 "so that the checks find it")).format(flaw=flaw.id))
    if not made.applied:
        from mla_writer.errors import UsageError

        raise UsageError("none of the chosen deficiencies can be put into this example",
                         fix="choose others with --flaws (`mla-writer exercise` lists them)")
    prepare_folder(out_dir)
    case_file = out_dir / f"{example.name}.exercise.json"
    files = {case_file: json.dumps(made.data, ensure_ascii=False, indent=2) + "\n",
             out_dir / f"{example.name}.scenario.txt": task_text(example, case_file.name, len(made.applied), lang)}
    if key:
        files[out_dir / f"{example.name}.key.txt"] = key_text(example, made.applied, lang)
    write_all(files, overwrite=force)
    for path in files:
        typer.echo(path)


@app.command()
@_guarded
def check(
    cases: Annotated[list[Path], typer.Argument(help="Case files (JSON), folders of them, or globs.", show_default=False)],
    summary: Annotated[bool, typer.Option("--summary", help="One table for all the files (a room's work) and the "
                                          "findings most of them share, instead of a report per file.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores and findings as JSON, for scripts.")] = False,
    profiles: ProfilesOption = None,
    ui_lang: UiLangOption = None,
) -> None:
    """Grade case files: a score per area, each finding in plain words with its reason and source.

    Areas: required contents, legal basis, language and addressing, each item of
    assistance, assurances and handling. Each is scored out of 10: an error costs 3, a
    warning 1. Exit 0 when every file was graded, 4 when a file cannot be read (5 when
    several files were given and one could not be read).
    """
    from mla_writer.batch import expand
    from mla_writer.errors import UsageError
    from mla_writer.service import check_file
    from mla_writer.training.checklist import load_checklist
    from mla_writer.training.grading import grade
    from mla_writer.training.report import GradedFile, case_report, grade_as_dict, room_summary

    lang = _ui(ui_lang)
    profile_set = _load_profiles(profiles)
    paths = expand(cases)
    if not paths:
        raise UsageError("no case files found", fix="give .json files, a folder holding them, or a glob")
    checklist = load_checklist()
    graded = []
    for path in paths:
        result = check_file(path, profile_set)
        if result.error is not None:
            graded.append(GradedFile(path, error=result.error))
        else:
            graded.append(GradedFile(path, result.case, grade(result.case, result.findings, checklist)))
    if as_json:
        typer.echo(json.dumps([grade_as_dict(g, checklist, lang) for g in graded], ensure_ascii=False, indent=2))
    elif summary:
        typer.echo(room_summary(graded, checklist, lang))
        for g in graded:
            if g.error is not None:
                for line in g.error.lines():
                    _err(f"mla-writer: {line}")
    else:
        typer.echo("\n\n".join(case_report(g, checklist, lang) for g in graded))
    unreadable = [g for g in graded if g.error is not None]
    if unreadable:
        raise typer.Exit(int(unreadable[0].error.exit_code if len(graded) == 1 else ExitCode.BATCH_FAILED))


@app.command()
@_guarded
def guide(
    lang: Annotated[str | None, typer.Option("--lang", help="Language of the handout: en or ru (default: the "
                                             "interface language).", show_default=False)] = None,
    out: Annotated[Path | None, typer.Option("--out", help="The .docx to write (default: "
                                             "mla-writer-checklist.LANG.docx here).", show_default=False)] = None,
    force: ForceOption = False,
) -> None:
    """Write the drafting checklist as a .docx handout: every check, why it matters, its source."""
    from mla_writer.atomic import write_bytes_atomic
    from mla_writer.errors import UsageError
    from mla_writer.i18n import UI_LANGUAGES
    from mla_writer.render.docx_writer import to_docx_bytes
    from mla_writer.training.checklist import load_checklist
    from mla_writer.training.handouts import guide_document

    language = (lang or _ui(None)).strip().lower()
    if language not in UI_LANGUAGES:
        raise UsageError(f"no handout in the language {lang!r}", fix=f"use --lang with one of: {', '.join(UI_LANGUAGES)}")
    target = out or Path(f"mla-writer-checklist.{language}.docx")
    write_bytes_atomic(target, to_docx_bytes(guide_document(load_checklist(), language, dt.date.today())),
                       overwrite=force)
    typer.echo(target)
