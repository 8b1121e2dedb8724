"""Handouts for workshops: the drafting checklist and a one-page sheet per State, as .docx.

Both are composed as language-neutral blocks and written by the same .docx writer as the
requests, so they are ordinary editable Word documents.
"""

from __future__ import annotations

import datetime as dt
import io

from mla_writer.i18n import N_, translate
from mla_writer.profiles.report import requirement_facts
from mla_writer.profiles.schema import CountryProfile, InstrumentRegistry, Sourced
from mla_writer.render.blocks import Document, Heading, Paragraph, Run, Table
from mla_writer.render.formatting import language_name, long_date
from mla_writer.training.checklist import Checklist
from mla_writer.training.grading import AREA_POINTS, COST
from mla_writer.validation.engine import Severity

NOTES_HEADING = N_("Notes and sources")
# How firmly each rule's default severity binds, in a drafter's words.
_FIRMNESS = {Severity.ERROR: N_("must"), Severity.WARNING: N_("should"), Severity.INFO: N_("reminder")}
_BOX = "\u2610"  # ☐, a box to tick on paper


def guide_document(checklist: Checklist, lang: str, today: dt.date) -> Document:
    t = lambda text: translate(lang, text)  # noqa: E731 - a local shorthand
    title = t(N_("Checklist for a request for mutual legal assistance in criminal matters"))
    doc = Document(lang=lang, direction="ltr", title=title,
                   header_text=f"mla-writer — {title}", footer_template="{PAGE} / {NUMPAGES}")
    doc.add(Heading(title, 0))
    doc.add(Paragraph([Run(t(N_(
        "Every point below is a check mla-writer applies to a request. They follow the order in which a request "
        "is drafted. \"Must\" marks what a request is returned for; \"should\" what the requested State may ask "
        "for later; a reminder is to be checked before signing. The source says where the requirement comes from."
    )))], align="justify"))
    doc.add(Paragraph([Run(t(N_(
        "In a workshop, `mla-writer check` scores each area out of {points}: an error costs {error} points, a "
        "warning {warning}; each item of assistance is scored as its own area.")).format(
            points=AREA_POINTS, error=COST[Severity.ERROR], warning=COST[Severity.WARNING]))], align="justify"))
    doc.add(Paragraph([Run(t(N_("Version of {date}")).format(date=long_date(today, lang)), italic=True)]))
    for number, (stage, items) in enumerate(checklist.by_stage(), start=1):
        if not items:
            continue
        doc.add(Heading(f"{number}. {stage.title.pick(lang)}", 1))
        doc.add(Paragraph([Run(stage.intro.pick(lang), italic=True)], align="justify"))
        for item in items:
            firmness = t(_FIRMNESS[item.rule.severity])
            doc.add(Paragraph([Run(f"{_BOX} "), Run(t(item.rule.title), bold=True),
                               Run(f"  ({item.rule.id}, {firmness})")], keep_with_next=True))
            doc.add(Paragraph([Run(item.notes.why.pick(lang))], align="justify", keep_with_next=True))
            doc.add(Paragraph([Run(f"{t(N_('Source'))}: {item.rule.source}", italic=True)]))
    return doc


class _Sources:
    """Numbers the sources of the facts on a sheet, so the table stays short."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.entries: list[str] = []

    def mark(self, fact: Sourced) -> str:
        marks = []
        if fact.unconfirmed:
            marks.append(translate(self.lang, N_("UNCONFIRMED")))
        if fact.source:
            source = fact.source.strip()
            if source not in self.entries:
                self.entries.append(source)
            marks.append(f"[{self.entries.index(source) + 1}]")
        return f" ({', '.join(marks)})" if marks else ""


def profile_sheet(profile: CountryProfile, registry: InstrumentRegistry, lang: str) -> Document:
    t = lambda text: translate(lang, text)  # noqa: E731
    sources = _Sources(lang)
    name = profile.names.pick(lang)
    title = t(N_("Requests for mutual legal assistance to {state}")).format(state=name.short)
    doc = Document(lang=lang, direction="ltr", title=title, header_text=f"mla-writer — {name.formal}",
                   footer_template="{PAGE} / {NUMPAGES}", body_size=9)
    doc.add(Heading(title, 1))

    def lines(values: list[str]) -> str:
        return "\n".join(values) if values else t(N_("none recorded"))

    authorities = []
    for authority in profile.central_authorities:
        entry = f"{authority.name.pick(lang)}{sources.mark(authority)}"
        stages = ", ".join(_value(stage.value, lang) for stage in authority.stages)
        entry += f" — {stages}"
        if authority.instruments:
            entry += f"; {t(N_('only under'))} {', '.join(authority.instruments)}"
        for label, fact in ((N_("address"), authority.address), (N_("telephone"), authority.phone),
                            (N_("e-mail"), authority.email)):
            if fact is not None:
                entry += f"\n   {t(label)}: {fact.value}{sources.mark(fact)}"
        authorities.append(entry)

    languages = []
    for entry in profile.accepted_languages:
        scope = ", ".join(entry.instruments) if entry.instruments else t(N_("any legal basis"))
        extra = ", " + t(N_("as a translation only")) if entry.translation_only else ""
        languages.append(f"{language_name(entry.language, lang)} ({scope}{extra}){sources.mark(entry)}")

    channels = []
    for channel in profile.channels:
        scope = ", ".join(channel.instruments) if channel.instruments else t(N_("any legal basis"))
        urgent = ", " + t(N_("urgent requests only")) if channel.urgent_only else ""
        channels.append(f"{_value(channel.channel.value, lang)} ({scope}{urgent}){sources.mark(channel)}")

    treaties = []
    for member in profile.treaties:
        instrument = registry.get(member.instrument)
        label = instrument.short_title.pick(lang) if instrument else member.instrument
        since = long_date(member.in_force, lang) if member.in_force else t(N_("date unknown"))
        if member.until:
            since += f" – {long_date(member.until, lang)}"
        if member.suspended_with:
            since += f"; {t(N_('suspended with'))} {', '.join(member.suspended_with)}"
        treaties.append(f"{label}: {since}{sources.mark(member)}")

    demands = [f"{text}{sources.mark(fact)}" for text, fact in requirement_facts(profile, lang)]
    requirements = profile.requirements
    for attachment in requirements.attachments:
        scope = ", ".join(attachment.applies_to) or t(N_("every request"))
        demands.append(f"{t(N_('attach'))}: {attachment.description.pick(lang)} ({scope}){sources.mark(attachment)}")

    doc.add(Table(rows=[
        [t(N_("Central authorities")), lines(authorities)],
        [t(N_("Accepted languages of requests")), lines(languages)],
        [t(N_("Channels")), lines(channels)],
        [t(N_("Treaties in force")), lines(treaties)],
        [t(N_("Requirements")), lines(demands)],
    ], label_column=True))
    checked = long_date(profile.updated, lang) if profile.updated else t(N_("date unknown"))
    doc.add(Paragraph([Run(t(N_("Facts marked UNCONFIRMED must be checked with the requested State before relying "
                                "on them. Profile last checked: {date}")).format(date=checked), italic=True)]))
    # The notes and the sources follow on a page of their own, so the facts stay on one page.
    doc.add(Heading(t(NOTES_HEADING), 1))
    for note in profile.notes:
        doc.add(Paragraph([Run(f"{note.text.pick(lang)}{sources.mark(note)}")], style="List Bullet", align="justify"))
    for number, source in enumerate(sources.entries, start=1):
        doc.add(Paragraph([Run(f"[{number}] {source}")]))
    return doc


def _value(value: str, lang: str) -> str:
    """An enumeration value in the reader's words (the wizard's catalogue has them)."""
    from mla_writer.wizard.fields import humanize

    return translate(lang, humanize(value)).lower()


def sheet_bytes(doc: Document, lang: str) -> bytes:
    """The sheet as .docx, with the notes and sources starting on a new page."""
    from docx import Document as open_document

    from mla_writer.render.docx_writer import to_docx_bytes

    document = open_document(io.BytesIO(to_docx_bytes(doc)))
    heading = translate(lang, NOTES_HEADING)
    for paragraph in document.paragraphs:
        if paragraph.text == heading and paragraph.style.name.startswith("Heading"):
            paragraph.paragraph_format.page_break_before = True
            break
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
