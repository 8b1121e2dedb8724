"""Rules for electronic evidence: preservation, stored data, real-time collection (legal.md §7, R35–R40)."""

from __future__ import annotations

import datetime as dt

from mla_writer.i18n import N_, msg
from mla_writer.validation.engine import Context, RuleOutput, Severity, rule
from mla_writer.validation.rules_assistance import _items

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO

PRESERVATION_DAYS = 60
"""Budapest art. 29(7): data are preserved for at least 60 days, to allow the request for production."""

NARROW_CONTENT_DAYS = 366
"""Beyond a year, a request for content reads as a fishing expedition (legal.md §7.2: a narrow date range)."""


@rule("R35", E, "Budapest art. 29(2)(a)-(f)", N_("Preservation: the six items of Budapest article 29(2)"))
def preservation(ctx: Context) -> RuleOutput:
    # (a) the authority, (b) the offence and the facts are checked for every request (R01, R07, R08).
    for index, item in _items(ctx, "data_preservation"):
        base = f"assistance[{index}]"
        if not item.categories:
            yield f"{base}.categories", msg(N_("say which data are to be preserved: subscriber information, traffic data, content"))
        if not (item.provider or item.location):
            yield f"{base}.provider", msg(N_("name the service provider or other custodian of the data, or where the computer system is"))
        if not item.necessity:
            yield f"{base}.necessity", msg(N_("explain why the data must be preserved now (risk of deletion, the provider's retention period)"))
        if item.request_to_follow is not True:
            yield f"{base}.request_to_follow", msg(
                N_("state that a request for the search, seizure or disclosure of the data will follow: without it the data are not preserved"))


@rule("R36", E, "T-CY templates; Budapest art. 29(2)(c)-(d)", N_("Electronic evidence: identifiers, dates, time zone, provider"))
def identifiers(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "data_preservation", "stored_data", "realtime_data"):
        base = f"assistance[{index}]"
        if not item.identifiers:
            yield f"{base}.identifiers", msg(N_("list the identifiers (IP address, e-mail, phone number, account, URL) whose data are sought"))
        if item.type != "data_preservation" and not item.provider:
            yield f"{base}.provider", msg(N_("name the service provider that holds the data"))
        if item.type == "realtime_data":
            continue  # collection lies ahead: its period is checked by R40
        for i_index, identifier in enumerate(item.identifiers):
            if identifier.kind != "ip":
                continue
            where = f"{base}.identifiers[{i_index}]"
            if identifier.date_time is None:
                yield f"{where}.date_time", msg(
                    N_("give the date and time (with seconds) at which {value} was used: an IP address is traced only at a moment"),
                    value=identifier.value)
            elif identifier.date_time.tzinfo is None and not identifier.time_zone:
                yield f"{where}.time_zone", msg(N_("give the time zone of the date and time of {value} (e.g. UTC+3)"), value=identifier.value)
        if item.period_from is None or item.period_to is None:
            yield f"{base}.period_from", msg(N_("give the period the data should cover (from and to)"))


@rule("R37", W, "Budapest art. 29(7); T-CY(2018)11 field 3", N_("Preservation: extension and the 60-day period"))
def preservation_period(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "data_preservation"):
        base = f"assistance[{index}]"
        if item.extension_of:
            if item.preserved_until is None:
                yield f"{base}.preserved_until", msg(N_("give the date on which the earlier preservation {reference} expires"),
                                                     reference=item.extension_of)
            elif item.preserved_until < ctx.request_date:
                yield f"{base}.preserved_until", msg(
                    N_("the earlier preservation expired on {date}: the data may be gone; ask for a new preservation at once"),
                    date=item.preserved_until.isoformat())
            if item.follow_up_by is None:
                yield f"{base}.follow_up_by", msg(N_("an extension is granted to allow the request for production: say when it will be sent"))
        deadline = ctx.request_date + dt.timedelta(days=PRESERVATION_DAYS)
        if item.follow_up_by is not None and item.follow_up_by > deadline:
            yield f"{base}.follow_up_by", msg(
                N_("send the request for production within {days} days (by {date}): the data may be released after that"),
                days=PRESERVATION_DAYS, date=deadline.isoformat())


@rule("R38", W, "Budapest arts. 18(3), 31", N_("Subscriber information: within the definition, on the right basis"))
def subscriber(ctx: Context) -> RuleOutput:
    items = [(i, item) for i, item in _items(ctx, "stored_data") if item.category == "subscriber"]
    for index, item in items:
        base = f"assistance[{index}]"
        if not (item.subscriber_fields or item.other_data):
            yield f"{base}.subscriber_fields", msg(
                N_("say which subscriber details are needed (identity, address, telephone, billing, type and period of service)"))
        for d_index, _ in enumerate(item.other_data):
            yield f"{base}.other_data[{d_index}]", msg(
                N_("this goes beyond subscriber information (Budapest art. 18(3)): ask for it as traffic or content data"))
    both_parties = any(a.instrument.id == "BUDAPEST" for a in ctx.available)
    if items and both_parties and not ctx.cites("BUDAPEST"):
        yield "legal_basis", msg(N_("both States are parties to the Budapest Convention: cite its article 31 for stored data"))


@rule("R39", E, "Budapest art. 31; UNODC model request for stored electronic evidence", N_("Stored content: accounts, narrow period, link to the offence"))
def stored_content(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "stored_data"):
        if item.category != "content":
            continue
        base = f"assistance[{index}]"
        for i_index, identifier in enumerate(item.identifiers):
            if not identifier.relevance:
                yield f"{base}.identifiers[{i_index}].relevance", msg(
                    N_("explain, with facts, how the account {value} is linked to the offence: content is disclosed only on that showing"),
                    value=identifier.value)
        if item.period_from and item.period_to and (item.period_to - item.period_from).days > NARROW_CONTENT_DAYS:
            yield f"{base}.period_from", msg(
                N_("the period is longer than a year: narrow it to the dates the facts point to")), W
        if not item.preservation_reference:
            yield f"{base}.preservation_reference", msg(
                N_("give the reference of the preservation of these data; if there was none, ask for preservation first")), W
        if item.authenticity_certificate is not True:
            yield f"{base}.authenticity_certificate", msg(
                N_("ask for a certificate of authenticity of the records, so that the content can be used in court")), W


@rule("R40", E, "Budapest arts. 33-34; EIO section H", N_("Real-time collection and interception"))
def realtime(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "realtime_data"):
        base = f"assistance[{index}]"
        if item.period_from is None or item.period_to is None:
            yield f"{base}.period_from", msg(N_("say from when and until when the data are to be collected"))
        if not item.domestic_order:
            yield f"{base}.domestic_order", msg(N_("attach the authorisation issued in your State and name it here"))
        if item.transmission is None:
            yield f"{base}.transmission", msg(N_("say whether the data should be sent as they are collected, or recorded and sent later"))
        if item.kind == "interception" and not item.transcription:
            yield f"{base}.transcription", msg(N_("say whether transcripts, translation or decryption are needed")), W
