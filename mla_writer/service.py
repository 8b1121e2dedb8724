"""What the front ends share: check a case file, render it, report what happened.

The CLI, the wizard and batch runs call these functions; none of them prints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from mla_writer.casefile import load_case
from mla_writer.errors import InputError, MlaWriterError, ValidationFailed
from mla_writer.model import Case
from mla_writer.profiles.loader import ProfileSet
from mla_writer.validation.engine import Finding, has_errors, validate


@dataclass
class CheckResult:
    path: Path
    case: Case | None = None
    findings: list[Finding] = field(default_factory=list)
    error: MlaWriterError | None = None

    @property
    def has_errors(self) -> bool:
        return has_errors(self.findings)


@dataclass
class RenderResult:
    path: Path
    output: Path | None = None
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: MlaWriterError | None = None
    worksheet: Path | None = None


def check_file(path: Path, profiles: ProfileSet, today: dt.date | None = None) -> CheckResult:
    result = CheckResult(path)
    try:
        result.case = load_case(path)
        result.findings = validate(result.case, profiles, today)
    except MlaWriterError as exc:
        if exc.file is None:
            exc = type(exc)(exc.message, file=str(path), field=exc.field, fix=exc.fix, more=exc.more)
        result.error = exc
    return result


# Names Windows reserves whatever the extension: "CON.en.docx" could not be opened there.
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def output_stem(case_path: Path) -> str:
    """What every output of a case file is named after: its name, made safe on every system."""
    stem = case_path.stem.rstrip(" .") or "case"
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    return stem


def output_path(case_path: Path, out_dir: Path, lang: str, document_kind: str | None = None) -> Path:
    suffix = f".{document_kind}" if document_kind else ""
    return out_dir / f"{output_stem(case_path)}.{lang}{suffix}.docx"


def render_case(case: Case, profiles: ProfileSet, lang: str, *, draft: bool, today: dt.date | None = None,
                findings: list[Finding] | None = None, untranslated: list | None = None,
                document_kind: str | None = None) -> tuple[bytes, list[str]]:
    """The .docx bytes for a case, and notes for the user. Refuses a case with errors unless draft."""
    from mla_writer.render.compose import ComposeInput, compose
    from mla_writer.render.docx_writer import to_docx_bytes
    from mla_writer.render.wording import available_languages
    from mla_writer.render.xmlsafe import clean_model

    if lang not in available_languages():
        raise InputError(f"no request wording in the language {lang!r}",
                         fix=f"use --lang with one of: {', '.join(available_languages())}")
    today = today or dt.date.today()
    if findings is None:
        findings = validate(case, profiles, today)
    if has_errors(findings) and not draft and document_kind is None:
        count = sum(1 for f in findings if f.severity == "error")
        raise ValidationFailed(f"{count} error(s) must be fixed before rendering",
                               fix="run `mla-writer validate` to see them, or render with --draft")
    cleaned, dropped = clean_model(case)
    notes = [f"{path}: characters that a .docx cannot hold were removed" for path in dropped]
    registry = profiles.registry()
    data = ComposeInput(
        case=cleaned, requesting=profiles.get(case.requesting.state), requested=profiles.get(case.requested.state),
        registry=registry, lang=lang, today=today, draft=draft, findings=findings,
    )
    if document_kind is not None:
        from mla_writer.render.related import compose_related

        document = compose_related(document_kind, data)
    else:
        document = compose(data)
    notes += document.notes
    if untranslated is not None:
        untranslated.extend(document.untranslated)
    return to_docx_bytes(document), notes


def _ensure_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise InputError("this is a file, not a folder", file=str(folder), fix="give a folder to --out-dir")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the output folder ({exc.strerror})", file=str(folder),
                         fix="choose a folder you can write to") from None


def render_file(path: Path, profiles: ProfileSet, *, out_dir: Path, lang: str | None, force: bool, draft: bool,
                today: dt.date | None = None, taken: set[Path] | None = None, worksheet: bool = False,
                document_kind: str | None = None) -> RenderResult:
    from mla_writer.atomic import write_bytes_atomic

    result = RenderResult(path)
    try:
        case = load_case(path)
        result.findings = validate(case, profiles, today)
        language = lang or case.language
        target = output_path(path, out_dir, language, document_kind)
        if taken is not None:
            if target in taken:
                raise InputError("another case file in this run has the same name, so its output would be replaced",
                                 file=str(path), fix="rename one of the files or render them separately")
            taken.add(target)
        if target.exists() and not force:
            raise InputError("the output already exists", file=str(target), fix="use --force to replace it")
        _ensure_folder(out_dir)
        untranslated: list[tuple[str, str]] = []
        data, notes = render_case(case, profiles, language, draft=draft, today=today, findings=result.findings,
                                  untranslated=untranslated, document_kind=document_kind)
        if language != case.language:
            accepted = {entry.language for entry in profiles.get(case.requested.state).accepted_languages}
            if language not in accepted:
                notes.append(f"rendered in '{language}', which {case.requested.state} does not accept: "
                             f"keep it as your own copy or as the source for a translation")
        write_bytes_atomic(target, data, overwrite=force)
        result.output, result.notes = target, notes
        if worksheet and untranslated:
            from mla_writer.render.worksheet import worksheet_bytes

            sheet = target.with_name(target.name.replace(".docx", ".worksheet.docx"))
            write_bytes_atomic(sheet, worksheet_bytes(path.name, case.language, language, untranslated), overwrite=force)
            result.worksheet = sheet
    except MlaWriterError as exc:
        if exc.file is None:
            exc = type(exc)(exc.message, file=str(path), field=exc.field, fix=exc.fix, more=exc.more)
        result.error = exc
    return result
