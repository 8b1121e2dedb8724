"""The `mla-writer` command line: a thin layer over the library.

Only light modules are imported here; python-docx, questionary, jinja2, babel and the
models are imported inside the commands that need them, so `--help` and shell completion
stay fast.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from mla_writer.errors import DEBUG_ENV, ExitCode, MlaWriterError
from mla_writer.i18n import N_, translate, ui_language

app = typer.Typer(
    name="mla-writer",
    help="Draft requests for mutual legal assistance in criminal matters, checked against the "
    "requested State's requirements.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=True,
)
profile_app = typer.Typer(help="Show requirement profiles of States.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(profile_app, name="profile")
translations_app = typer.Typer(help="Translations of the text typed in a case file.", no_args_is_help=True,
                               rich_markup_mode=None)
app.add_typer(translations_app, name="translations")

ProfilesOption = Annotated[
    Path | None,
    typer.Option("--profiles", help="A folder of your own profiles; they override the bundled ones "
                 "(or set MLA_WRITER_PROFILES).", show_default=False),
]
UiLangOption = Annotated[
    str | None,
    typer.Option("--ui-lang", help="Language of messages: en or ru (default: from the environment).",
                 show_default=False),
]
CasesArgument = Annotated[list[Path], typer.Argument(help="Case files (JSON).", show_default=False)]


def _guarded(command: Callable[..., None]) -> Callable[..., None]:
    """User errors become one message and their exit code; Ctrl-C exits 130; a crash is not a traceback."""

    @functools.wraps(command)
    def run(*args: object, **kwargs: object) -> None:
        try:
            command(*args, **kwargs)
        except MlaWriterError as exc:
            _fail(exc)
        except KeyboardInterrupt:
            _err("mla-writer: interrupted")
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except typer.Exit:
            raise
        except BrokenPipeError:
            # The reader went away (e.g. `| head`): stop quietly, as other tools do.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(int(ExitCode.INTERNAL)) from None
        except Exception as exc:
            if os.environ.get(DEBUG_ENV):
                raise
            _err(f"mla-writer: internal error ({type(exc).__name__}). This is a bug in mla-writer, not in your "
                 f"input; set {DEBUG_ENV}=1 to see the details, and please report it.")
            raise typer.Exit(int(ExitCode.INTERNAL)) from None

    return run


def _err(text: str) -> None:
    typer.echo(text, err=True)


def _fail(error: MlaWriterError) -> None:
    for line in error.lines():
        _err(f"mla-writer: {line}")
    raise typer.Exit(int(error.exit_code))


def _ui(explicit: str | None) -> str:
    """The interface language; an unsupported explicit choice is the user's mistake."""
    from mla_writer.errors import InputError
    from mla_writer.i18n import UI_LANGUAGES

    if explicit is not None and explicit.strip().lower() not in UI_LANGUAGES:
        raise InputError(f"no interface messages in the language {explicit!r}",
                         fix=f"use --ui-lang with one of: {', '.join(UI_LANGUAGES)}")
    return ui_language(explicit.strip().lower() if explicit else None)


def _load_profiles(profiles: Path | None):  # noqa: ANN202 - ProfileSet, imported lazily
    from mla_writer.profiles.loader import load_profile_set

    try:
        return load_profile_set(profiles)
    except MlaWriterError as exc:
        _fail(exc)


def _version(value: bool) -> None:
    if value:
        from mla_writer import __version__

        typer.echo(f"mla-writer {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show the full traceback of an internal error "
                                        "(it may contain case data).")] = False,
) -> None:
    """Draft requests for mutual legal assistance in criminal matters."""
    if debug:
        os.environ[DEBUG_ENV] = "1"


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _make_asker(lang: str):  # noqa: ANN202 - the questionary asker, imported lazily
    from mla_writer.wizard.tui import QuestionaryAsker

    return QuestionaryAsker


@app.command()
@_guarded
def new(
    out: Annotated[Path | None, typer.Option("--out", help="The case file to write (default: a new draft in your "
                                             "data folder).", show_default=False)] = None,
    from_case: Annotated[Path | None, typer.Option("--from", help="Resume or edit this case file: only what is "
                                                   "missing is asked.", show_default=False)] = None,
    review: Annotated[bool, typer.Option("--review", help="With --from: go through every question again.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Longer explanations and common mistakes at each step "
                                          "(for training).")] = False,
    out_dir: Annotated[Path | None, typer.Option("--out-dir", "-o", help="Folder for the .docx (default: beside "
                                                 "the case file).", show_default=False)] = None,
    profiles: ProfilesOption = None,
    ui_lang: UiLangOption = None,
) -> None:
    """Build a request step by step in the guided wizard.

    Every answer is saved at once to the case file; Ctrl-C keeps everything answered and
    prints the command to resume. At the end the case is validated and rendered.
    """
    from mla_writer.errors import UsageError

    lang = _ui(ui_lang)
    if not _interactive():
        raise UsageError("the wizard needs an interactive terminal",
                         fix="to render a case file without questions, use `mla-writer render CASE.json`")
    from mla_writer.wizard.drafts import DraftFile, load_partial, new_draft_path, prepare_folder
    from mla_writer.wizard.run import run_wizard

    data = load_partial(from_case) if from_case is not None else None
    path = out or from_case or new_draft_path()
    prepare_folder(path)
    run_wizard(
        draft=DraftFile(path), data=data, profiles=_load_profiles(profiles), lang=lang, explain=explain,
        review=review, out_dir=out_dir or path.parent, asker_class=_make_asker(lang), echo=typer.echo, err=_err,
    )


@app.command()
@_guarded
def schema(
    out: Annotated[Path | None, typer.Option("--out", help="Write the schema to this file instead of printing it.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace --out if it exists.")] = False,
) -> None:
    """Print the JSON Schema of a case file, for editor support."""
    from mla_writer.atomic import write_text_atomic
    from mla_writer.model import Case

    text = json.dumps(Case.model_json_schema(), ensure_ascii=False, indent=2) + "\n"
    if out is None:
        typer.echo(text, nl=False)
        return
    try:
        write_text_atomic(out, text, overwrite=force)
    except MlaWriterError as exc:
        _fail(exc)
    _err(f"mla-writer: wrote {out}")


def _severity_heading(severity: str, count: int, lang: str) -> str:
    names = {"error": N_("errors"), "warning": N_("warnings"), "info": N_("notes")}
    return f"{translate(lang, names[severity])} ({count})"


@app.command()
@_guarded
def validate(
    cases: CasesArgument,
    as_json: Annotated[bool, typer.Option("--json", help="Print the findings as JSON, for scripts.")] = False,
    profiles: ProfilesOption = None,
    ui_lang: UiLangOption = None,
) -> None:
    """Check case files against the requested State's requirements.

    Exit 0 when no case has an error, 3 when one has, 4 when a file cannot be read
    (5 when several files were given and one could not be read).
    """
    from mla_writer.service import check_file
    from mla_writer.validation.engine import SEVERITY_ORDER

    lang = _ui(ui_lang)
    profile_set = _load_profiles(profiles)
    results = [check_file(path, profile_set) for path in cases]
    if as_json:
        payload = [
            {
                "file": str(result.path),
                "status": "unreadable" if result.error else ("errors" if result.has_errors else "ok"),
                "error": result.error.lines() if result.error else None,
                "findings": [finding.as_dict() for finding in result.findings],
            }
            for result in results
        ]
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for result in results:
            if result.error:
                for line in result.error.lines():
                    _err(f"mla-writer: {line}")
                continue
            counts = {s: [f for f in result.findings if f.severity == s] for s in SEVERITY_ORDER}
            summary = ", ".join(_severity_heading(s, len(counts[s]), lang) for s in SEVERITY_ORDER)
            typer.echo(f"{result.path}: {summary}")
            for severity in SEVERITY_ORDER:
                if counts[severity]:
                    typer.echo(f"  {_severity_heading(severity, len(counts[severity]), lang)}")
                    for finding in counts[severity]:
                        typer.echo(f"    {finding.rule}  {finding.path}: {finding.text(lang)}  [{finding.source}]")
    unreadable = [r for r in results if r.error]
    if unreadable:
        code = unreadable[0].error.exit_code if len(results) == 1 else ExitCode.BATCH_FAILED
        raise typer.Exit(int(code))
    if any(result.has_errors for result in results):
        raise typer.Exit(int(ExitCode.VALIDATION_ERRORS))


@app.command()
@_guarded
def render(
    cases: Annotated[list[Path], typer.Argument(help="Case files (JSON), folders of them, or globs.", show_default=False)],
    out_dir: Annotated[Path, typer.Option("--out-dir", "-o", help="Folder for the .docx files.")] = Path("."),
    lang: Annotated[str | None, typer.Option("--lang", help="Language of the document (default: the case's language).",
                                             show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace existing output files.")] = False,
    draft: Annotated[bool, typer.Option("--draft", help="Render even with errors: the document is marked DRAFT "
                                        "and lists the open findings.")] = False,
    skip_existing: Annotated[bool, typer.Option("--skip-existing", help="Leave outputs that already exist and "
                                                "render the rest (to finish an interrupted batch).")] = False,
    worksheet: Annotated[bool, typer.Option("--worksheet", help="Also write a translation worksheet listing every "
                                            "field without a translation into --lang.")] = False,
    document: Annotated[str | None, typer.Option("--document", help="Instead of the request: 'preservation' (a "
                                                 "stand-alone expedited preservation request, Budapest art. 29), "
                                                 "'urgent' (advance notice through INTERPOL) or 'cover' (covering "
                                                 "letter).", show_default=False)] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Files rendered at once (default: the "
                                             "number of cores).", show_default=False)] = None,
    summary: Annotated[Path | None, typer.Option("--summary", help="Write a JSON summary: per input, the output, "
                                                 "status, number of findings and time.", show_default=False)] = None,
    profiles: ProfilesOption = None,
) -> None:
    """Render case files into .docx requests (one or many: a batch).

    Output: OUT_DIR/<case file name>.<lang>.docx. A case with validation errors is refused
    (exit 3) unless --draft. In a batch, one bad file is reported and the rest still render
    (exit 5); files are rendered on all cores and reported in the order given.
    """
    from mla_writer.batch import Job, default_workers, expand, run
    from mla_writer.errors import UsageError

    _load_profiles(profiles)  # a broken --profiles folder is reported once, before any work
    if lang is not None:
        lang = lang.strip().lower()
    if document is not None:
        from mla_writer.render.related import KINDS

        document = document.strip().lower()
        if document not in KINDS:
            raise UsageError(f"unknown document {document!r}", fix=f"use --document with one of: {', '.join(KINDS)}")
    paths = expand(cases)
    if not paths:
        raise UsageError("no case files found", fix="give .json files, a folder holding them, or a glob")
    profiles_dir = str(profiles) if profiles else os.environ.get("MLA_WRITER_PROFILES")
    batch = [Job(path, out_dir, lang, force, draft, worksheet, document, skip_existing, profiles_dir) for path in paths]
    bar = _progress_bar(len(batch))
    outcomes = run(batch, jobs or default_workers(), progress=bar)
    if bar is not None:
        bar.close()
    failed = 0
    for outcome in outcomes:  # in the order given, whatever order the workers finished in
        if outcome.status == "failed":
            failed += 1
            for line in outcome.errors:
                _err(f"mla-writer: {line}")
        elif outcome.status == "skipped":
            _err(f"mla-writer: {outcome.path}: skipped, {outcome.output} exists")
        else:
            for note in outcome.notes:
                _err(f"mla-writer: {outcome.path}: note: {note}")
            typer.echo(outcome.output)
            if outcome.worksheet:
                typer.echo(outcome.worksheet)
    if summary is not None:
        from mla_writer.batch import write_summary

        write_summary(summary, outcomes)
    if failed:
        code = next(o.exit_code for o in outcomes if o.status == "failed") if len(batch) == 1 else ExitCode.BATCH_FAILED
        if len(batch) > 1:
            _err(f"mla-writer: {failed} of {len(batch)} files failed")
        raise typer.Exit(int(code))


class _ProgressBar:
    """One line on the error stream of a terminal: done / total, failed."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.failed = 0

    def __call__(self, outcome, done: int, total: int) -> None:  # noqa: ANN001 - a batch Outcome
        if outcome.status == "failed":
            self.failed += 1
        width = 30
        filled = int(width * done / total)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}  failed: {self.failed}")
        sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\n")
        sys.stderr.flush()


def _progress_bar(total: int) -> _ProgressBar | None:
    # Plain lines when not a terminal: scripts and logs get no carriage returns.
    return _ProgressBar(total) if total > 1 and sys.stderr.isatty() else None


@app.command()
@_guarded
def countries(profiles: ProfilesOption = None) -> None:
    """List the States with a requirement profile.

    Per State: code, name, accepted languages, how many facts are sourced, unconfirmed or
    missing, and the instruments it is party to.
    """
    from mla_writer.profiles.facts import coverage

    profile_set = _load_profiles(profiles)
    rows = [("CODE", "STATE", "LANGUAGES", "SOURCED", "UNCONFIRMED", "MISSING", "INSTRUMENTS")]
    for profile in profile_set.load_all():
        languages = sorted({entry.language for entry in profile.accepted_languages})
        instruments = [member.instrument for member in profile.treaties]
        marker = " *" if profile_set.is_user_profile(profile.iso2) else ""
        counts = coverage(profile)
        rows.append((profile.iso2 + marker, profile.names.pick("en").short, ", ".join(languages),
                     str(counts.sourced), str(counts.unconfirmed), str(counts.missing), ", ".join(instruments)))
    last = len(rows[0]) - 1
    widths = [max(len(row[i]) for row in rows) for i in range(last)]
    for row in rows:
        typer.echo("  ".join(cell.ljust(widths[i]) if i < last else cell for i, cell in enumerate(row)).rstrip())
    if any(profile_set.is_user_profile(code) for code in profile_set.codes()):
        typer.echo("\n* from your own profiles folder")


@app.command()
@_guarded
def basis(
    requesting: Annotated[str, typer.Argument(help="ISO code of the requesting State, e.g. KG.")],
    requested: Annotated[str, typer.Argument(help="ISO code of the requested State, e.g. KZ.")],
    on: Annotated[str | None, typer.Option("--date", help="Date of the request, YYYY-MM-DD (default: today).",
                                           show_default=False)] = None,
    profiles: ProfilesOption = None,
    ui_lang: UiLangOption = None,
) -> None:
    """Which treaties apply between two States on a date, in order of preference, and why."""
    import datetime as dt

    from mla_writer.errors import UsageError
    from mla_writer.legal.report import basis_report

    try:
        day = dt.date.fromisoformat(on) if on else dt.date.today()
    except ValueError:
        raise UsageError(f"--date {on!r} is not a date", fix="write it as YYYY-MM-DD, e.g. 2025-03-07") from None
    profile_set = _load_profiles(profiles)
    typer.echo(basis_report(profile_set.get(requesting), profile_set.get(requested), day, profile_set.registry(),
                            _ui(ui_lang)))


@profile_app.command("check")
@_guarded
def profile_check(
    folder: Annotated[Path, typer.Argument(help="A folder of profiles (YAML), e.g. your own --profiles folder.")],
) -> None:
    """Check a folder of profiles: every file loads, and list every unconfirmed fact.

    Exit 0 when every profile loads, 4 when one does not.
    """
    from mla_writer.errors import InputError
    from mla_writer.profiles.facts import iter_facts, missing_items
    from mla_writer.profiles.loader import ProfileSet
    from mla_writer.resources import data_dir

    if not folder.is_dir():
        raise InputError("the folder does not exist", file=str(folder), fix="give a folder of .yaml profiles")
    checked = ProfileSet(bundled_dir=data_dir("country_requirements"), user_dir=folder)
    files = sorted(folder.glob("*.yaml"))
    broken = 0
    if (folder / "instruments.yaml").is_file():
        try:
            checked.registry()
            typer.echo(f"{folder / 'instruments.yaml'}: ok")
        except MlaWriterError as exc:
            broken += 1
            for line in exc.lines():
                typer.echo(f"mla-writer: {line}")
    for path in files:
        if path.name == "instruments.yaml":
            continue
        try:
            profile = checked.get(path.stem)
        except MlaWriterError as exc:
            broken += 1
            for line in exc.lines():
                typer.echo(f"mla-writer: {line}")
            continue
        unconfirmed = [(where, fact) for where, fact in iter_facts(profile) if fact.unconfirmed]
        missing = missing_items(profile)
        typer.echo(f"{path}: {len(unconfirmed)} unconfirmed, {len(missing)} missing")
        for where, fact in unconfirmed:
            source = "no source" if not fact.source else f"source: {fact.source}"
            note = f" — {fact.note.strip()}" if fact.note else ""
            typer.echo(f"  unconfirmed  {where} ({source}){note}")
        for item in missing:
            typer.echo(f"  missing      {item}")
    if not files:
        typer.echo(f"{folder}: no .yaml profiles")
    if broken:
        raise typer.Exit(int(ExitCode.INPUT_ERROR))


@translations_app.command("import")
@_guarded
def translations_import(
    worksheet: Annotated[Path, typer.Argument(help="The filled translation worksheet (.docx) from render --worksheet.")],
    case: Annotated[Path, typer.Argument(help="The case file (JSON) to add the translations to.")],
) -> None:
    """Read a filled translation worksheet back into the case file's translations.

    The case file is rewritten whole (its previous version is kept as .bak); rendering it
    again in the worksheet's language then uses the translations.
    """
    import shutil

    from mla_writer.atomic import write_text_atomic
    from mla_writer.casefile import parse_case
    from mla_writer.errors import InputError
    from mla_writer.render.worksheet import read_worksheet
    from mla_writer.wizard.drafts import load_partial

    try:
        source, target, found = read_worksheet(worksheet.read_bytes())
    except FileNotFoundError:
        raise InputError("no such file", file=str(worksheet), fix="check the path") from None
    except (ValueError, KeyError, OSError) as exc:
        raise InputError(f"cannot read the worksheet ({exc})", file=str(worksheet),
                         fix="give the .docx written by `mla-writer render --worksheet`") from None
    data = load_partial(case)
    if data.get("language") != source:
        raise InputError(f"the worksheet translates from '{source}' but the case is written in '{data.get('language')}'",
                         file=str(worksheet), fix="use the worksheet made for this case")
    if not found:
        _err(f"mla-writer: {worksheet}: no translation filled in; the case is unchanged")
        return
    data.setdefault("translations", {}).setdefault(target, {}).update(found)
    parse_case(data, str(case))  # refuse to write a case that would no longer load
    shutil.copyfile(case, case.with_suffix(case.suffix + ".bak"))
    write_text_atomic(case, json.dumps(data, ensure_ascii=False, indent=2) + "\n", overwrite=True)
    typer.echo(f"{case}: {len(found)} translation(s) into '{target}' imported")


@profile_app.command("show")
@_guarded
def profile_show(
    code: Annotated[str, typer.Argument(help="ISO code of the State, e.g. TR.")],
    docx: Annotated[Path | None, typer.Option("--docx", help="Write a one-page sheet of the State's requirements "
                                              "(.docx, in the interface language) instead of printing them.",
                                              show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the --docx file if it exists.")] = False,
    profiles: ProfilesOption = None,
    ui_lang: UiLangOption = None,
) -> None:
    """Show everything a State's profile says, with the source of each fact."""
    profile_set = _load_profiles(profiles)
    try:
        profile = profile_set.get(code)
    except MlaWriterError as exc:
        _fail(exc)
    lang = _ui(ui_lang)
    if docx is None:
        from mla_writer.profiles.report import profile_report

        typer.echo(profile_report(profile, lang))
        return
    from mla_writer.atomic import write_bytes_atomic
    from mla_writer.training.handouts import profile_sheet, sheet_bytes

    write_bytes_atomic(docx, sheet_bytes(profile_sheet(profile, profile_set.registry(), lang), lang), overwrite=force)
    typer.echo(docx)


# The trainers' commands live in their own module and register themselves on `app`.
from mla_writer import cli_training  # noqa: E402, F401


def main() -> None:
    """Entry point for the `mla-writer` script and `python -m mla_writer`."""
    for stream in (sys.stdout, sys.stderr):
        # A Windows console in cp1251 cannot print every character; never crash on it.
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="replace")
            except (ValueError, OSError):
                pass
    app()
