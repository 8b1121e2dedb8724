"""The texts an exercise hands out: the scenario with the task, and the trainer's key."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from mla_writer.atomic import write_bytes_atomic
from mla_writer.errors import OutputError
from mla_writer.i18n import N_, translate
from mla_writer.training.flaws import AppliedFlaw
from mla_writer.training.library import LEVEL_NAMES, Example

WIDTH = 96


def scenario_text(example: Example, lang: str) -> str:
    t = lambda text: translate(lang, text)  # noqa: E731 - a local shorthand
    sheet = example.sheet
    topics = ", ".join(sheet.topics)
    return "\n".join([
        sheet.title.pick(lang),
        "",
        f"{t(N_('Route of the request'))}: {example.route}    {t(N_('Language of the case file'))}: {example.language}    "
        f"{t(N_('Level'))}: {t(LEVEL_NAMES[sheet.level])}",
        f"{t(N_('Topics'))}: {topics}",
        "",
        _wrapped(sheet.scenario.pick(lang)),
    ])


def task_text(example: Example, case_file: str, count: int, lang: str) -> str:
    t = lambda text: translate(lang, text)  # noqa: E731
    task = t(N_(
        "The case file {file} is a draft of this request. It has {count} deficiencies of the kind that make a "
        "requested State return a request. Find them and correct them from the scenario above. Use "
        "`mla-writer basis` and `mla-writer profile show` to find the legal basis and the requirements of the "
        "requested State.")).format(file=case_file, count=count)
    return "\n".join([
        scenario_text(example, lang),
        "",
        t(N_("Your task")),
        _wrapped(task),
        "",
        f"  mla-writer new --from {case_file} --review",
        "      " + t(N_("go through the request in the wizard and correct it (or edit the file)")),
        f"  mla-writer check {case_file}",
        "      " + t(N_("see the score per area and what is still missing")),
        f"  mla-writer render {case_file}",
        "      " + t(N_("write the finished request as .docx")),
        "",
    ])


def key_text(example: Example, applied: list[AppliedFlaw], lang: str) -> str:
    t = lambda text: translate(lang, text)  # noqa: E731
    lines = [t(N_("Answer key: {title}")).format(title=example.sheet.title.pick(lang)), ""]
    for number, entry in enumerate(applied, start=1):
        lines += [
            f"{number}. {t(entry.flaw.title)}",
            *(f"   {path}: {_shown(old, lang)} → {_shown(new, lang)}"
              for path, old, new in zip(entry.paths, entry.before, entry.after, strict=True)),
            f"   {t(N_('Found by'))}: {', '.join(entry.flaw.rules)}",
            f"   {t(N_('A good answer'))}: {t(entry.flaw.fix)}",
            "",
        ]
    lines.append(t(N_("The original, complete case: `mla-writer examples copy {name} DIR`.")).format(name=example.name))
    return "\n".join(lines) + "\n"


def _shown(value: object, lang: str) -> str:
    if value is None:
        return translate(lang, N_("(none)"))
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return f"«{text}»" if len(text) <= 160 else f"«{text[:157]}...»"


def _wrapped(text: str) -> str:
    """Paragraphs wrapped for a terminal or a plain-text editor."""
    return "\n\n".join(textwrap.fill(paragraph.strip(), width=WIDTH, break_on_hyphens=False, break_long_words=False) for paragraph in text.strip().split("\n\n"))


def prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the folder ({exc.strerror})", file=str(folder),
                          fix="choose a folder you can write to") from None


def write_all(files: dict[Path, str], *, overwrite: bool) -> None:
    """Several files that belong together: none is written if one of them would replace a file."""
    if not overwrite:
        for path in files:
            if path.exists():
                raise OutputError("the file already exists", file=str(path),
                                  fix="use --force to replace the exercise, or choose another folder")
    for path, text in files.items():
        write_bytes_atomic(path, text.encode("utf-8"), overwrite=overwrite)
