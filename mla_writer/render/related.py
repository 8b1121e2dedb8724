"""Documents that accompany or precede a request, from the same case file.

- ``preservation``: a stand-alone request for expedited preservation of stored data
  (Budapest art. 29), for the 24/7 network or the central authority;
- ``urgent``: a short advance request for transmission through INTERPOL, saying that the
  formal request will follow (UNTOC art. 18(13));
- ``cover``: the covering letter for the chosen channel.
"""

from __future__ import annotations

from mla_writer.errors import InputError
from mla_writer.model.assistance import DataPreservationRequest
from mla_writer.render.blocks import Document, Heading, Paragraph, Run, Signature
from mla_writer.render.compose import ComposeInput, _Composer
from mla_writer.render.formatting import long_date
from mla_writer.render.wording import Wording, _load

KINDS = ("preservation", "urgent", "cover")


def _documents_wording(lang: str) -> tuple[Wording, list[str]]:
    """The wording in ``lang``, or English with a note where that language has none yet."""
    try:
        _load(lang, "documents.yaml")
        return Wording(lang, "documents.yaml"), []
    except InputError:
        return Wording("en", "documents.yaml"), [f"no '{lang}' wording for this document yet: written in English"]


class _Related(_Composer):
    def __init__(self, data: ComposeInput) -> None:
        super().__init__(data)
        self.d, notes = _documents_wording(data.lang)
        self.doc.notes.extend(notes)

    def head(self, key: str, addressee: str) -> None:
        self.doc.title = self.d(f"{key}.title")
        self.doc.header_text = self.w("document.header", reference=self.case.proceedings.case_number or "",
                                      authority=self.case.requesting.authority.name)
        if self.case.confidentiality.required:
            self.doc.confidential_mark = self.w("document.confidential")
        self.doc.add(Paragraph([Run(self.d(f"{key}.to", addressee=addressee))], align="right"))
        self.doc.add(Heading(self.doc.title, 0))
        if self.d.has(f"{key}.subtitle"):
            self.para(self.d(f"{key}.subtitle"), align="center")

    def contact(self) -> str:
        contact = self.case.consultation_contact or self.case.requesting.authority.contact
        if contact is None:
            return ""
        return ", ".join(p for p in (contact.name, contact.position, contact.phone, contact.email) if p)

    def sign(self) -> None:
        day = self.case.signatory.date or self.data.today
        self.doc.add(Signature(lines=[self.case.signatory.position, self.case.requesting.authority.name,
                                      self.case.signatory.name],
                               place_and_date=", ".join(p for p in (self.case.signatory.place or "",
                                                                    self.date(day)) if p)))

    # --- the three documents --------------------------------------------------------------------
    def preservation(self) -> Document:
        items = [(i, item) for i, item in enumerate(self.case.assistance) if isinstance(item, DataPreservationRequest)]
        if not items:
            raise InputError("the case asks for no expedited preservation of data",
                             field="assistance", fix="add an item of type data_preservation, or choose another --document")
        self.head("preservation", self.requested_authority[0])
        case = self.case
        self.para(self.d("preservation.intro", authority=case.requesting.authority.name,
                         state=self.state_name(self.data.requesting), case_number=case.proceedings.case_number or ""))
        self.doc.add(Heading(self.d("preservation.authority"), 1))
        self.requesting_details()
        self.doc.add(Heading(self.d("preservation.offence"), 1))
        for offence in case.offences:
            self.bullet(", ".join(p for p in (offence.name, offence.provision or "") if p))
        self.free_paragraphs("facts.summary", case.facts.summary)
        for index, item in items:
            base = f"assistance[{index}]"
            self.doc.add(Heading(self.d("preservation.data"), 1))
            for identifier in item.identifiers:
                self.bullet(self.d("preservation.identifier", value=identifier.value, kind=identifier.kind.value,
                                   when=identifier.date_time.isoformat(sep=" ") if identifier.date_time else "",
                                   zone=identifier.time_zone or ""))
            period = self.period(item.period_from, item.period_to)
            if period:
                self.para(self.d("preservation.period", period=period))
            self.free_paragraphs(f"{base}.relevance", item.relevance)
            self.doc.add(Heading(self.d("preservation.custodian"), 1))
            self.free_paragraphs(f"{base}.provider", item.provider)
            self.free_paragraphs(f"{base}.location", item.location)
            self.doc.add(Heading(self.d("preservation.necessity"), 1))
            self.free_paragraphs(f"{base}.necessity", item.necessity)
            self.doc.add(Heading(self.d("preservation.follow_up"), 1))
            if item.request_to_follow:
                self.para(self.d("preservation.will_follow",
                                 by=long_date(item.follow_up_by, self.lang) if item.follow_up_by else ""))
            else:
                self.para(self.d("preservation.not_stated"), bold=True)
            if item.extension_of:
                self.para(self.d("preservation.extension", reference=item.extension_of,
                                 until=long_date(item.preserved_until, self.lang) if item.preserved_until else ""))
        if case.confidentiality.required:
            self.para(self.d("preservation.confidential"))
        self.sign()
        return self.doc

    def requesting_details(self) -> None:
        authority = self.case.requesting.authority
        self.labelled(self.w("labels.authority"), authority.name)
        self.labelled(self.w("labels.address"), authority.address or "")
        contact = self.contact()
        self.labelled(self.w("labels.contact_person"), contact)
        self.labelled(self.w("labels.time_zone"), authority.time_zone or "")

    def urgent(self) -> Document:
        case = self.case
        self.head("urgent", self.requested_authority[0])
        self.para(self.d("urgent.intro", authority=case.requesting.authority.name,
                         state=self.state_name(self.data.requesting)))
        reference = ", ".join(p for p in (case.proceedings.case_number or "", case.proceedings.case_name or "") if p)
        self.para(self.d("urgent.case", case=reference))
        for offence in case.offences:
            self.para(self.d("urgent.offence", offence=", ".join(p for p in (offence.name, offence.provision or "") if p)))
        self.para(self.d("urgent.facts"), bold=True)
        summary, untranslated = self.user_text("facts.summary", case.facts.summary)
        first = next(iter(p for p in summary.split("\n") if p.strip()), "")
        self.doc.add(Paragraph([Run(first, highlight=untranslated)], align="justify"))
        self.para(self.d("urgent.measures"), bold=True)
        for index, item in enumerate(case.assistance):
            purpose = self.user_text(f"assistance[{index}].purpose", item.purpose)[0]
            self.bullet(f"{self.w.term('assistance', item.type)}" + (f": {purpose}" if purpose else ""))
        if case.urgency.reason:
            self.para(self.d("urgent.urgency"), bold=True)
            self.free_paragraphs("urgency.reason", case.urgency.reason)
        self.para(self.d("urgent.contact", contact=self.contact()))
        self.sign()
        return self.doc

    def cover(self) -> Document:
        case = self.case
        authority, _ = self.requested_authority
        self.head("cover", authority)
        title = self.w(f"document.title.{self.document_kind.value}")
        self.para(self.d("cover.subject", title=title, case_number=case.proceedings.case_number or ""), bold=True)
        channel = self.w.term("channel", case.channel.value) if case.channel else ""
        self.para(self.d("cover.body", authority=case.requesting.authority.name, title=title,
                         title_lower=title[:1].lower() + title[1:], state=self.state_name(self.data.requested),
                         channel=channel))
        self.para(self.d("cover.enclosures"), bold=True)
        from mla_writer.render.formatting import language_name

        self.doc.add(Paragraph([Run(self.d("cover.request", title=title,
                                           language=language_name(self.lang, self.lang)))], style="List Number"))
        for annex in case.annexes:
            pages = f" {self.w('annexes.pages', pages=annex.pages)}" if annex.pages else ""
            self.doc.add(Paragraph([Run(f"{annex.title}{pages}")], style="List Number"))
        if case.urgency.urgent:
            self.para(self.d("cover.urgent"), bold=True)
        contact = self.contact()
        if contact:
            self.para(self.d("cover.contact", contact=contact))
        self.sign()
        return self.doc


def compose_related(kind: str, data: ComposeInput) -> Document:
    if kind not in KINDS:
        raise InputError(f"unknown document {kind!r}", fix=f"use --document with one of: {', '.join(KINDS)}")
    composer = _Related(data)
    return getattr(composer, kind)()

