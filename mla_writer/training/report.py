"""What `mla-writer check` prints: a score per area, then each finding in plain words with its reason."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from mla_writer.errors import MlaWriterError
from mla_writer.i18n import N_, translate
from mla_writer.model import Case
from mla_writer.training.checklist import Checklist
from mla_writer.training.grading import AREA_POINTS, CaseGrade, area_title
from mla_writer.validation.engine import Finding, Severity

# Column headings of the room table: the areas' full titles would make it too wide for a terminal.
_SHORT_AREA_NAMES = {"contents": N_("Contents"), "basis": N_("Basis"), "language": N_("Language"),
                     "assistance": N_("Measures"), "assurances": N_("Assurances")}
SEVERITY_WORDS = {Severity.ERROR: N_("error"), Severity.WARNING: N_("warning"), Severity.INFO: N_("note")}


@dataclass
class GradedFile:
    path: Path
    case: Case | None = None
    grade: CaseGrade | None = None
    error: MlaWriterError | None = None


def case_report(graded: GradedFile, checklist: Checklist, lang: str) -> str:
    t = lambda text: translate(lang, text)  # noqa: E731 - a local shorthand
    if graded.error is not None:
        return "\n".join([f"{graded.path}: {t(N_('cannot be graded'))}", *(f"  {line}" for line in graded.error.lines())])
    grade = graded.grade
    assert grade is not None and graded.case is not None
    lines = [f"{graded.path}: {grade.percent}% ({grade.points}/{grade.out_of})"]
    titles = {area.key: area_title(area.key, graded.case, checklist, lang) for area in grade.areas}
    width = max(len(title) for title in titles.values())
    for area in grade.areas:
        lines.append(f"  {titles[area.key].ljust(width)}  {area.points:>2}/{AREA_POINTS}")
    explained: set[str] = set()
    for area in grade.areas:
        if not area.findings:
            continue
        lines += ["", f"  {titles[area.key]} — {area.points}/{AREA_POINTS}"]
        for finding in area.findings:
            lines += _finding_lines(finding, checklist, lang, counted=finding in area.graded,
                                    explain=finding.rule not in explained)
            explained.add(finding.rule)
    if not any(area.findings for area in grade.areas):
        lines += ["", "  " + t(N_("Nothing to correct: the request passes every check."))]
    return "\n".join(lines)


def _finding_lines(finding: Finding, checklist: Checklist, lang: str, counted: bool, explain: bool) -> list[str]:
    t = lambda text: translate(lang, text)  # noqa: E731
    item = checklist.item(finding.rule)
    severity = t(SEVERITY_WORDS[finding.severity])
    if not counted and finding.severity is not Severity.INFO:
        severity += ", " + t(N_("not counted"))
    lines = [f"    [{severity}] {finding.rule} {t(item.rule.title)}", f"      {finding.text(lang)}  ({finding.path})"]
    if explain:  # once per rule: the reason does not change with the field
        lines += [f"      {t(N_('Why it matters'))}: {item.notes.why.pick(lang)}", f"      {t(N_('Source'))}: {finding.source}"]
    return lines


def room_summary(files: list[GradedFile], checklist: Checklist, lang: str) -> str:
    """One table for a room's files, and the findings most of the room shares."""
    t = lambda text: translate(lang, text)  # noqa: E731
    headers = [t(N_("File")), t(N_("Total")), *(t(_SHORT_AREA_NAMES[area]) for area in _SHORT_AREA_NAMES),
               t(N_("Errors")), t(N_("Warnings"))]
    rows = []
    for graded in files:
        if graded.grade is None:
            rows.append([graded.path.name, t(N_("unreadable")), *[""] * 7])
            continue
        grade = graded.grade
        items = grade.items()
        item_points = f"{sum(a.points for a in items) / len(items):.1f}".rstrip("0").rstrip(".")
        counts = Counter(f.severity for area in grade.areas for f in area.graded)
        rows.append([graded.path.name, f"{grade.percent}%",
                     *(str(grade.area(key).points) for key in ("contents", "basis", "language")),
                     f"{item_points} ({len(items)})" if len(items) > 1 else item_points,
                     str(grade.area("assurances").points),
                     str(counts[Severity.ERROR]), str(counts[Severity.WARNING])])
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    lines = ["  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)).rstrip()
             for row in [headers, *rows]]
    graded_files = [g for g in files if g.grade is not None]
    if graded_files:
        average = round(sum(g.grade.percent for g in graded_files) / len(graded_files))
        lines += ["", t(N_("Average: {percent}% over {count} file(s); points per area out of {points}.")).format(
            percent=average, count=len(graded_files), points=AREA_POINTS)]
        shared = Counter(rule for g in graded_files
                         for rule in {f.rule for area in g.grade.areas for f in area.graded if f.severity is not Severity.INFO})
        if shared:
            lines += ["", t(N_("Most frequent findings (number of files):"))]
            for rule_id, count in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
                lines.append(f"  {count:>3}  {rule_id}  {t(checklist.item(rule_id).rule.title)}")
    return "\n".join(lines)


def grade_as_dict(graded: GradedFile, checklist: Checklist, lang: str) -> dict:
    if graded.grade is None:
        return {"file": str(graded.path), "status": "unreadable", "error": graded.error.lines() if graded.error else None}
    grade = graded.grade
    return {
        "file": str(graded.path),
        "status": "graded",
        "percent": grade.percent,
        "points": grade.points,
        "out_of": grade.out_of,
        "areas": [
            {"area": area.key, "title": area_title(area.key, graded.case, checklist, lang), "points": area.points,
             "out_of": AREA_POINTS,
             "findings": [{**finding.as_dict(), "counted": finding in area.graded,
                           "why": checklist.item(finding.rule).notes.why.pick(lang)} for finding in area.findings]}
            for area in grade.areas
        ],
    }
