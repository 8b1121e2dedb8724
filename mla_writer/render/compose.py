"""Composes the request: the case, the profiles and one language's wording become blocks.

The order of sections follows what every request must contain (UNTOC art. 18(15),
Minsk/Chisinau art. 7, CoE 1959 art. 14); the words come from ``templates/<lang>/``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from mla_writer.model import Case, LegalPerson, NaturalPerson
from mla_writer.profiles.schema import CountryProfile, DocumentKind, Family, Instrument, InstrumentRegistry
from mla_writer.render.assistance_sections import SECTIONS
from mla_writer.render.blocks import Document, Heading, Paragraph, Run, Signature, Table
from mla_writer.render.formatting import long_date, territory_name, text_direction
from mla_writer.render.wording import Wording
from mla_writer.validation.engine import SEVERITY_ORDER, Finding


@dataclass
class ComposeInput:
    case: Case
    requesting: CountryProfile
    requested: CountryProfile
    registry: InstrumentRegistry
    lang: str
    today: dt.date
    draft: bool = False
    findings: list[Finding] = field(default_factory=list)


class _Composer:
    def __init__(self, data: ComposeInput) -> None:
        self.data = data
        self.case = data.case
        self.lang = data.lang
        self.w = Wording(data.lang)
        self.section_number = 0
        self._untranslated: list[str] = []
        self.instruments: list[Instrument] = [
            i for ref in self.case.legal_basis if (i := data.registry.get(ref.instrument.upper())) is not None
        ]
        nouns = self.w.raw(f"terms.request_noun.{self.document_kind.value}")
        self.w.set_globals(req=nouns)
        self.doc = Document(
            lang=self.lang,
            direction="rtl" if text_direction(self.lang) == "rtl" else "ltr",
            title="",
            header_text="",
            footer_template=self.w("document.page"),
        )

    # --- helpers -----------------------------------------------------------------------
    def punct(self, name: str, default: str) -> str:
        """The language's punctuation for lists and labels (Arabic «،», Chinese «：»...)."""
        key = f"punctuation.{name}"
        return self.w.raw(key) if self.w.has(key) else default

    @property
    def comma(self) -> str:
        return self.punct("comma", ", ")

    @property
    def semicolon(self) -> str:
        return self.punct("semicolon", "; ")

    def date(self, day: dt.date | None) -> str:
        return long_date(day, self.lang) if day else ""

    def state_name(self, profile: CountryProfile) -> str:
        name = profile.names.get(self.lang)
        if name is None:
            self.doc.notes.append(f"the profile of {profile.iso2} has no official name in '{self.lang}'; the English name is used")
            name = profile.names.pick("en")
        return name.formal

    def user_text(self, path: str, value: str | None) -> tuple[str, bool]:
        """The user's text in the document language, and whether it still needs translating."""
        if value is None:
            return "", False
        if self.lang == self.case.language:
            return value, False
        translated = self.case.translations.get(self.lang, {}).get(path)
        if translated:
            return translated, False
        if path not in self._untranslated:
            self._untranslated.append(path)
            self.doc.untranslated.append((path, value))
        return value, True

    def free_paragraphs(self, path: str, value: str | None, style: str = "Normal") -> None:
        text, untranslated = self.user_text(path, value)
        for chunk in _paragraphs(text):
            self.doc.add(Paragraph([Run(chunk, highlight=untranslated)], style=style, align="justify"))

    def para(self, text: str, *, bold: bool = False, style: str = "Normal", align: str | None = "justify") -> None:
        if text:
            for chunk in _paragraphs(text):
                self.doc.add(Paragraph([Run(chunk, bold=bold)], style=style, align=align))  # type: ignore[arg-type]

    def labelled(self, label: str, value: str) -> None:
        if value:
            self.doc.add(Paragraph([Run(f"{label}{self.punct('colon', ': ')}", bold=True), Run(value)], align="justify"))

    def bullet(self, text: str) -> None:
        if text:
            self.doc.add(Paragraph([Run(text)], style="List Bullet"))

    def section(self, title: str) -> None:
        self.section_number += 1
        self.doc.add(Heading(f"{self.section_number}. {title}", 1))

    def subsection(self, number: int, title: str) -> None:
        self.doc.add(Heading(f"{self.section_number}.{number}. {title}", 2))

    def nationality(self, code: str) -> str:
        """The State's official name where a profile has it, else its everyday name (CLDR)."""
        for profile in (self.data.requesting, self.data.requested):
            if profile.iso2 == code and profile.names.get(self.lang):
                return profile.names.pick(self.lang).formal
        return territory_name(code, self.lang)

    def display_name(self, person: NaturalPerson | LegalPerson) -> str:
        """A person's name as the document's language writes it.

        In Cyrillic-script documents: SURNAME Given Patronymic, as in the case file. Elsewhere
        the international convention: given names, then the SURNAME in capitals, with the
        passport's Latin spelling when the name is in another script.
        """
        if isinstance(person, LegalPerson):
            return person.full_name
        if self.lang in _CYRILLIC_DOCUMENTS:
            return person.full_name
        given = " ".join(p for p in (person.given_names, person.patronymic) if p)
        name = f"{given} {person.surname.upper()}"
        if person.name_latin and not person.surname.isascii():
            name += f" ({person.name_latin})"
        return name

    def person_name(self, person_id: str | None) -> str:
        person = self.case.person(person_id) if person_id else None
        return self.display_name(person) if person is not None else ""

    @property
    def document_kind(self) -> DocumentKind:
        kinds = [i.document_kind for i in sorted(self.instruments, key=lambda i: i.preference)]
        return kinds[0] if kinds else DocumentKind.LEGAL_ASSISTANCE_REQUEST

    @property
    def requested_authority(self) -> tuple[str, str]:
        if self.case.requested.authority:
            return self.case.requested.authority, self.case.requested.address or ""
        authority = self.data.requested.authority_for(self.case.proceedings.stage, [i.id for i in self.instruments])
        if authority is None:
            return self.w("addressee.competent_authority"), ""
        address = authority.address.pick(self.lang) if authority.address else ""
        return authority.name.pick(self.lang), self.case.requested.address or address

    def basis_phrases(self, genitive: bool = False, include_reciprocity: bool = True) -> list[str]:
        """The instruments relied on, as the document cites them.

        ``genitive``: the form that follows "on the basis of" (in Russian the title is inflected;
        a title the user typed cannot be, so it is quoted after a noun that can).
        """
        phrases = []
        entry = "legal_basis.cited" if genitive else "legal_basis.instrument"
        for ref in self.case.legal_basis:
            instrument = self.data.registry.get(ref.instrument.upper())
            if instrument is not None:
                if instrument.family is Family.NONE:
                    if include_reciprocity:
                        phrases.append(self.w("legal_basis.reciprocity_cited"))
                    continue
                title = instrument.title.pick(self.lang)
                if genitive and self.lang in instrument.title_genitive:
                    title = instrument.title_genitive[self.lang]
                articles = ref.articles or (instrument.mla_articles.pick(self.lang) if instrument.mla_articles else "")
                phrases.append(self.w(entry, title=title, articles=articles))
            else:
                title = self.w("legal_basis.bilateral_cited" if genitive else "legal_basis.bilateral_title",
                               title=ref.title or "", date=self.date(ref.signed_on))
                phrases.append(self.w(entry, title=title, articles=ref.articles or ""))
        return phrases

    # --- sections ----------------------------------------------------------------------
    def compose(self) -> Document:
        case = self.case
        requesting_state = self.state_name(self.data.requesting)
        requested_state = self.state_name(self.data.requested)
        reference = case.proceedings.case_number or ""
        self.doc.title = self.w(f"document.title.{self.document_kind.value}")
        self.doc.header_text = self.w("document.header", reference=reference,
                                      authority=case.requesting.authority.name)
        if case.confidentiality.required:
            self.doc.confidential_mark = self.w("document.confidential")
        if self.data.draft:
            self.doc.draft_mark = self.w("document.draft")

        authority_name, authority_address = self.requested_authority
        self.doc.add(Paragraph([Run(self.w("addressee.to", authority=authority_name,
                                           address=authority_address, state=requested_state))], align="right"))
        self.doc.add(Heading(self.doc.title, 0))
        subtitle = self.w("document.subtitle", case_number=reference, case_name=case.proceedings.case_name or "")
        self.para(subtitle, align="center")
        if case.urgency.urgent:
            self.para(self.w("document.urgent_banner"), bold=True, align="center")

        self.para(self.w(
            "opening", requesting_authority=case.requesting.authority.name, requesting_state=requesting_state,
            requested_authority=authority_name, requested_state=requested_state, bases=self.basis_phrases(genitive=True),
            case_number=reference, kind=self.document_kind.value))

        self.requesting_section()
        self.legal_basis_section()
        self.proceedings_section()
        self.offences_section()
        self.facts_section()
        self.persons_section()
        self.assistance_section()
        self.urgency_section()
        self.confidentiality_section()
        self.assurances_section()
        self.related_section()
        self.execution_section(authority_name)
        self.annexes_section()
        self.closing(authority_name, requesting_state)
        if self.data.draft:
            self.findings_section()
        if self._untranslated:
            shown = ", ".join(self._untranslated[:8]) + (", ..." if len(self._untranslated) > 8 else "")
            self.doc.notes.append(
                f"{len(self._untranslated)} field(s) have no '{self.lang}' translation, so the text as typed is inserted "
                f"(highlighted where it stands alone): {shown}; add translations under 'translations' in the case file "
                f"or use render --worksheet (R18)")
        return self.doc

    def requesting_section(self) -> None:
        case = self.case
        authority = case.requesting.authority
        self.section(self.w("requesting.heading"))
        self.labelled(self.w("labels.authority"), authority.name)
        self.labelled(self.w("labels.address"), authority.address or "")
        contact = authority.contact
        if contact:
            who = self.comma.join(part for part in (contact.name, contact.position) if part)
            self.labelled(self.w("labels.contact_person"), who)
            self.labelled(self.w("labels.phone"), contact.phone or "")
            self.labelled(self.w("labels.email"), contact.email or "")
        self.labelled(self.w("labels.time_zone"), authority.time_zone or "")
        conducting = case.conducting_authority
        if conducting is not None:
            self.para(self.w("requesting.conducting", name=conducting.name,
                             function=self.user_text("conducting_authority.function", conducting.function)[0]))
            self.labelled(self.w("labels.address"), conducting.address or "")
            if conducting.contact:
                self.labelled(self.w("labels.contact_person"),
                              self.comma.join(p for p in (conducting.contact.name, conducting.contact.position,
                                                    conducting.contact.phone, conducting.contact.email) if p))
        elif authority.function:
            self.para(self.w("requesting.function",
                             function=self.user_text("requesting.authority.function", authority.function)[0]))

    def legal_basis_section(self) -> None:
        self.section(self.w("legal_basis.heading"))
        phrases = self.basis_phrases(include_reciprocity=False)
        if phrases:
            self.para(self.w("legal_basis.intro", count=len(phrases)))
            for phrase in phrases:
                self.bullet(phrase)
        if any(i.family is Family.NONE for i in self.instruments):
            self.para(self.w("legal_basis.reciprocity", with_treaties=bool(phrases)))

    def proceedings_section(self) -> None:
        proceedings = self.case.proceedings
        self.section(self.w("proceedings.heading"))
        self.labelled(self.w("labels.case_number"), proceedings.case_number or "")
        self.labelled(self.w("labels.case_name"), self.user_text("proceedings.case_name", proceedings.case_name)[0])
        self.labelled(self.w("labels.stage"), self.w.term("stage", proceedings.stage.value))
        self.labelled(self.w("labels.opened_on"), self.date(proceedings.opened_on))
        if proceedings.subject:
            self.free_paragraphs("proceedings.subject", proceedings.subject)
        if proceedings.other_proceedings:
            self.para(self.w("proceedings.other"))
            for index, other in enumerate(proceedings.other_proceedings):
                self.bullet(self.user_text(f"proceedings.other_proceedings[{index}]", other)[0])

    def offences_section(self) -> None:
        if not self.case.offences:
            return
        self.section(self.w("offences.heading"))
        for index, offence in enumerate(self.case.offences, start=1):
            base = f"offences[{index - 1}]"
            self.subsection(index, self.user_text(f"{base}.name", offence.name)[0])
            self.labelled(self.w("labels.provision"), self.user_text(f"{base}.provision", offence.provision)[0])
            if offence.max_penalty or offence.max_penalty_years is not None:
                penalty = self.user_text(f"{base}.max_penalty", offence.max_penalty)[0] or self.w(
                    "offences.years", years=_number(offence.max_penalty_years))
                self.labelled(self.w("labels.max_penalty"), penalty)
            period = self.period(offence.committed_from, offence.committed_to)
            self.labelled(self.w("labels.period"), period)
            self.labelled(self.w("labels.places"), self.semicolon.join(self.user_text(f"{base}.places[{i}]", p)[0]
                                                             for i, p in enumerate(offence.places)))
            self.labelled(self.w("labels.damage"), self.user_text(f"{base}.damage", offence.damage)[0])
            if offence.provision_text:
                self.para(self.w("offences.provision_text_intro"), bold=True)
                self.free_paragraphs(f"{base}.provision_text", offence.provision_text, style="Quote")
            if offence.trafficking:
                t = offence.trafficking
                self.para(self.w("offences.trafficking_intro"))
                self.labelled(self.w("labels.tip_act"), self.user_text(f"{base}.trafficking.act", t.act)[0])
                means = self.w("offences.child_no_means") if t.child_victim and not t.means else self.user_text(f"{base}.trafficking.means", t.means)[0]
                self.labelled(self.w("labels.tip_means"), means)
                self.labelled(self.w("labels.tip_purpose"), self.user_text(f"{base}.trafficking.purpose", t.purpose)[0])
            if offence.smuggling:
                s = offence.smuggling
                self.para(self.w("offences.smuggling_intro"))
                self.labelled(self.w("labels.som_conduct"), self.user_text(f"{base}.smuggling.conduct", s.conduct)[0])
                self.labelled(self.w("labels.som_benefit"), self.user_text(f"{base}.smuggling.benefit", s.benefit)[0])

    def period(self, start: dt.date | None, end: dt.date | None) -> str:
        if start and end:
            return self.w("common.period", start=self.date(start), end=self.date(end))
        if start:
            return self.w("common.since", start=self.date(start))
        if end:
            return self.w("common.until", end=self.date(end))
        return ""

    def facts_section(self) -> None:
        facts = self.case.facts
        if not (facts.summary or facts.link_to_requested_state):
            return
        self.section(self.w("facts.heading"))
        self.free_paragraphs("facts.summary", facts.summary)
        for field in ("link_to_requested_state", "transnational_element", "organized_group"):
            value = getattr(facts, field)
            if value:
                self.para(self.w(f"facts.{field}"), bold=True)
                self.free_paragraphs(f"facts.{field}", value)

    def persons_section(self) -> None:
        if not self.case.persons:
            return
        self.section(self.w("persons.heading"))
        for index, person in enumerate(self.case.persons, start=1):
            role = self.w.term("role", person.role.value)
            self.subsection(index, f"{self.display_name(person)} — {role}")
            self.doc.add(Table(rows=self.person_rows(person, index - 1), label_column=True))

    def person_rows(self, person: NaturalPerson | LegalPerson, index: int) -> list[list[str]]:
        w = self.w
        rows: list[tuple[str, str]] = []
        if isinstance(person, NaturalPerson):
            rows += [
                (w("labels.surname"), person.surname),
                (w("labels.given_names"), person.given_names),
                (w("labels.patronymic"), person.patronymic or ""),
                (w("labels.name_latin"), person.name_latin or ""),
                (w("labels.other_names"), self.semicolon.join(person.other_names)),
                (w("labels.sex"), w.term("sex", person.sex.value) if person.sex else ""),
                (w("labels.date_of_birth"), self.date(person.date_of_birth)),
                (w("labels.place_of_birth"), person.place_of_birth or ""),
                (w("labels.father_name"), person.father_name or ""),
                (w("labels.mother_name"), person.mother_name or ""),
                (w("labels.nationality"), self.comma.join(self.nationality(c) for c in person.nationality)),
                (w("labels.id_documents"), self.semicolon.join(
                    self.comma.join(p for p in (d.kind, d.number, d.issued_by or "", self.date(d.issued_on)) if p)
                    for d in person.id_documents)),
                (w("labels.addresses"), self.semicolon.join(person.addresses)),
                (w("labels.whereabouts"), self.user_text(f"persons[{index}].whereabouts", person.whereabouts)[0]),
                (w("labels.occupation"), self.user_text(f"persons[{index}].occupation", person.occupation)[0]),
                (w("labels.languages"), self.comma.join(_language_names(person.languages, self.lang))),
            ]
        else:
            rows += [
                (w("labels.legal_name"), person.name),
                (w("labels.legal_form"), person.legal_form or ""),
                (w("labels.seat"), person.seat or ""),
                (w("labels.registration_number"), person.registration_number or ""),
                (w("labels.fiscal_code"), person.fiscal_code or ""),
                (w("labels.bank_details"), person.bank_details or ""),
                (w("labels.country"), territory_name(person.country, self.lang) if person.country else ""),
            ]
        rows.append((w("labels.representatives"), self.semicolon.join(
            self.comma.join(p for p in (r.name, r.capacity or "", r.address or "") if p) for r in person.representatives)))
        rows.append((w("labels.notes"), self.user_text(f"persons[{index}].notes", person.notes)[0]))
        return [[label, value] for label, value in rows if value]

    def assistance_section(self) -> None:
        if not self.case.assistance:
            return
        self.section(self.w("assistance.heading"))
        self.para(self.w("assistance.intro", count=len(self.case.assistance)))
        for index, item in enumerate(self.case.assistance, start=1):
            base = f"assistance[{index - 1}]"
            self.subsection(index, self.w.term("assistance", item.type))
            SECTIONS[item.type](self, item, base)
            if item.purpose:
                self.para(self.w("assistance.purpose"), bold=True)
                self.free_paragraphs(f"{base}.purpose", item.purpose)
            if item.relevance:
                self.para(self.w("assistance.relevance"), bold=True)
                self.free_paragraphs(f"{base}.relevance", item.relevance)
            self.procedures(item, base)

    def procedures(self, item: object, base: str) -> None:
        procedures = getattr(item, "special_procedures", [])
        attendees = getattr(item, "attendees", [])
        if procedures:
            self.para(self.w("procedures.intro"), bold=True)
            for p_index, procedure in enumerate(procedures):
                text = self.user_text(f"{base}.special_procedures[{p_index}].description", procedure.description)[0]
                reason = self.user_text(f"{base}.special_procedures[{p_index}].reason", procedure.reason)[0]
                self.bullet(self.w("procedures.item", kind=self.w.term("procedure", procedure.kind.value),
                                   description=text, reason=reason))
        if attendees:
            self.para(self.w("procedures.attendees"))
            for attendee in attendees:
                self.bullet(f"{attendee.name}, {attendee.function}")
        if getattr(item, "notify_time_and_place", False):
            self.para(self.w("procedures.notify"))

    def urgency_section(self) -> None:
        urgency = self.case.urgency
        if not (urgency.urgent or urgency.deadline):
            return
        self.section(self.w("urgency.heading"))
        if urgency.urgent:
            self.para(self.w("urgency.urgent"))
            self.free_paragraphs("urgency.reason", urgency.reason)
        if urgency.deadline:
            self.para(self.w("urgency.deadline", date=self.date(urgency.deadline)))
            self.free_paragraphs("urgency.deadline_reason", urgency.deadline_reason)

    def confidentiality_section(self) -> None:
        conf = self.case.confidentiality
        if conf.required is None:
            return
        self.section(self.w("confidentiality.heading"))
        if conf.required:
            self.para(self.w("confidentiality.required"))
            self.free_paragraphs("confidentiality.reason", conf.reason)
            self.free_paragraphs("confidentiality.scope", conf.scope)
        else:
            self.para(self.w("confidentiality.not_required"))

    def assurances_section(self) -> None:
        assurances = self.case.assurances
        lines = []
        if assurances.speciality:
            lines.append(self.w("assurances.speciality"))
        if assurances.reciprocity:
            lines.append(self.w("assurances.reciprocity", requested_state=self.state_name(self.data.requested)))
        if assurances.return_of_originals:
            lines.append(self.w("assurances.return_of_originals"))
        lines += [self.user_text(f"assurances.other[{i}]", other)[0] for i, other in enumerate(assurances.other)]
        if not lines:
            return
        self.section(self.w("assurances.heading"))
        for line in lines:
            self.bullet(line)

    def related_section(self) -> None:
        if not self.case.related_requests:
            return
        self.section(self.w("related.heading"))
        for related in self.case.related_requests:
            self.bullet(self.w("related.item", kind=self.w.term("related_kind", related.kind), reference=related.reference,
                               date=self.date(related.date), authority=related.authority or "",
                               channel=related.channel or ""))

    def execution_section(self, requested_authority: str) -> None:
        self.section(self.w("execution.heading"))
        contact = self.case.consultation_contact or self.case.requesting.authority.contact
        self.para(self.w("execution.law"))
        if contact:
            details = self.comma.join(p for p in (contact.name, contact.position, contact.phone, contact.email) if p)
            self.para(self.w("execution.contact", contact=details))
        self.para(self.w("execution.return", authority=self.case.requesting.authority.name,
                         address=self.case.requesting.authority.address or ""))
        if self.case.channel:
            self.para(self.w("execution.channel", channel=self.w.term("channel", self.case.channel.value)))

    def annexes_section(self) -> None:
        if not self.case.annexes:
            return
        self.section(self.w("annexes.heading"))
        for annex in self.case.annexes:
            pages = f" {self.w('annexes.pages', pages=annex.pages)}" if annex.pages else ""
            self.doc.add(Paragraph([Run(f"{annex.title}{pages}")], style="List Number"))

    def closing(self, requested_authority: str, requesting_state: str) -> None:
        case = self.case
        self.para(self.w("closing", requesting_authority=case.requesting.authority.name,
                         requested_authority=requested_authority,
                         requested_state=self.state_name(self.data.requested)))
        seal = any(i.seal_required for i in self.instruments)
        seal_fact = self.data.requesting.requirements.seal_required
        if seal_fact is not None and seal_fact.value:
            seal = True
        day = case.signatory.date or self.data.today
        place_and_date = self.comma.join(p for p in (case.signatory.place or "", self.date(day)) if p)
        self.doc.add(Signature(
            lines=[case.signatory.position, case.requesting.authority.name, case.signatory.name],
            place_and_date=place_and_date,
            seal_mark=self.w("signature.seal") if seal else None,
        ))

    def findings_section(self) -> None:
        if not self.data.findings:
            return
        self.doc.add(Heading(self.w("draft.heading"), 1))
        self.para(self.w("draft.intro"))
        ui = "ru" if self.lang == "ru" else "en"
        for finding in sorted(self.data.findings, key=lambda f: SEVERITY_ORDER.index(f.severity)):
            label = self.w.term("severity", finding.severity.value)
            self.bullet(f"[{label}] {finding.rule} — {finding.path}: {finding.text(ui)} ({finding.source})")


_CYRILLIC_DOCUMENTS = frozenset({"ru", "uk", "be", "kk", "ky", "tg", "bg", "sr", "mk"})


def _paragraphs(text: str) -> Iterable[str]:
    for chunk in text.replace("\r\n", "\n").split("\n"):
        chunk = chunk.strip()
        if chunk:
            yield chunk


def _number(value: object) -> str:
    text = str(value)
    return text[:-2] if text.endswith(".0") else text


def _language_names(codes: list[str], lang: str) -> list[str]:
    from mla_writer.render.formatting import language_name

    return [language_name(code, lang) for code in codes]


def compose(data: ComposeInput) -> Document:
    return _Composer(data).compose()
