"""Deficiencies a trainer can put into a copy of a good case: the mistakes requests come back for.

Each flaw changes the case file's data the way a hurried drafter would, and names the rules
that catch it. A flaw counts as applied only when validation then reports one of those rules
on the changed case and not on the original: an exercise never hides a mistake the participant
cannot find with the tool.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from mla_writer.casefile import parse_case
from mla_writer.errors import InputError
from mla_writer.i18n import N_
from mla_writer.profiles.loader import ProfileSet
from mla_writer.resources import data_dir
from mla_writer.validation.engine import Context, build_context, run_rules

Changer = Callable[[dict, Context], list[str]]


@dataclass(frozen=True)
class Flaw:
    id: str
    title: str  # what the participant has to find, for the trainer's key
    fix: str  # what a good answer does
    rules: tuple[str, ...]
    change: Changer


@dataclass(frozen=True)
class AppliedFlaw:
    flaw: Flaw
    paths: list[str]
    before: list[object]  # the value at each path in the good case (None: there was none)
    after: list[object]  # and in the exercise (None: removed)


_PART = re.compile(r"([A-Za-z_]+)|\[(\d+)\]")


def value_at(data: object, path: str) -> object:
    """The value at a field path such as ``assistance[1].documents``; None where there is none."""
    node = data
    for name, index in _PART.findall(path):
        if name:
            node = node.get(name) if isinstance(node, dict) else None
        else:
            node = node[int(index)] if isinstance(node, list) and int(index) < len(node) else None
    return node


# Open-ended wording the specificity rule (R09) recognises, in the languages it reads.
_FISHING = {
    "documents": {
        "en": "All documents and information relating to the persons and companies named in this request",
        "ru": "Все документы и сведения, касающиеся лиц и организаций, указанных в настоящем запросе",
        "de": "Sämtliche Unterlagen und Informationen zu den in diesem Ersuchen genannten Personen und Unternehmen",
        "tr": "Bu talepte adı geçen kişi ve şirketlerle ilgili tüm belgeler ve bilgiler",
        "ar": "جميع المستندات والمعلومات المتعلقة بالأشخاص والشركات المذكورين في هذا الطلب",
    },
    "bank_records": {
        "en": "Any records of any accounts held by the persons named in this request",
        "ru": "Любые документы по всем счетам лиц, указанных в настоящем запросе",
        "de": "Sämtliche Unterlagen zu allen Konten der in diesem Ersuchen genannten Personen",
        "tr": "Bu talepte adı geçen kişilerin tüm hesaplarına ilişkin tüm kayıtlar",
        "ar": "جميع السجلات المتعلقة بأي حسابات للأشخاص المذكورين في هذا الطلب",
    },
    "search_seizure": {
        "en": "Any documents, data and other items found at the premises",
        "ru": "Любые документы, данные и иные предметы, обнаруженные в помещении",
        "de": "Sämtliche Unterlagen, Daten und sonstigen Gegenstände, die in den Räumlichkeiten aufgefunden werden",
        "tr": "Aranan yerde bulunan tüm belgeler, veriler ve diğer eşyalar",
        "ar": "جميع المستندات والبيانات وغيرها من الأشياء التي يُعثر عليها في المكان",
    },
}
# Conventions drafters in the region reach for by habit, tried in this order.
_TEMPTING_TREATIES = ("CHISINAU_2002", "MINSK_1993", "COE_1959", "BUDAPEST", "UNCAC")


def _remove_relevance(data: dict, ctx: Context) -> list[str]:
    for index, item in enumerate(data.get("assistance") or []):
        if item.get("type") != "service" and item.get("relevance"):
            del item["relevance"]
            return [f"assistance[{index}].relevance"]
    return []


def _wrong_treaty(data: dict, ctx: Context) -> list[str]:
    if not data.get("legal_basis"):
        return []
    cited = {ref.get("instrument", "").upper() for ref in data["legal_basis"]}
    for instrument_id in _TEMPTING_TREATIES:
        instrument = ctx.registry.get(instrument_id)
        if instrument is None or instrument_id in cited:
            continue
        if not ctx.applicability(instrument).applies or ctx.applicability_displaced(instrument):
            articles = instrument.mla_articles.pick(data.get("language", "en")) if instrument.mla_articles else None
            data["legal_basis"][0] = {"instrument": instrument_id, **({"articles": articles} if articles else {})}
            return ["legal_basis[0].instrument"]
    return []


def _wrong_language(data: dict, ctx: Context) -> list[str]:
    from mla_writer.validation.languages import accepted_languages

    accepted = accepted_languages(ctx)
    templates = data_dir("templates")
    candidates = [*ctx.requesting.official_languages, "ru", "en"]
    for code in candidates:
        if code != data.get("language") and code not in accepted and (templates / code).is_dir():
            data["language"] = code
            return ["language"]
    return []


def _remove_urgency_reason(data: dict, ctx: Context) -> list[str]:
    urgency = data.get("urgency") or {}
    if urgency.get("urgent") and urgency.get("reason"):
        del urgency["reason"]
        return ["urgency.reason"]
    return []


def _fishing_wording(data: dict, ctx: Context) -> list[str]:
    lang = data.get("language")
    for index, item in enumerate(data.get("assistance") or []):
        kind = item.get("type")
        if kind not in _FISHING or lang not in _FISHING[kind]:
            continue
        wording = _FISHING[kind][lang]
        field = {"documents": "documents", "bank_records": "other_documents", "search_seizure": "items"}[kind]
        item[field] = [wording]
        for bound in ("period_from", "period_to"):
            item.pop(bound, None)
        return [f"assistance[{index}].{field}"]
    return []


def _remove_offence_text(data: dict, ctx: Context) -> list[str]:
    offences = data.get("offences") or []
    if not offences or not offences[0].get("provision_text"):
        return []
    changed = []
    for name in ("provision_text", "max_penalty", "max_penalty_years"):
        if name in offences[0]:
            del offences[0][name]
            changed.append(f"offences[0].{name}")
    return changed


def _no_speciality(data: dict, ctx: Context) -> list[str]:
    assurances = data.setdefault("assurances", {})
    if assurances.get("speciality", True) is False:
        return []
    assurances["speciality"] = False
    return ["assurances.speciality"]


def _remove_confidentiality_reason(data: dict, ctx: Context) -> list[str]:
    confidentiality = data.get("confidentiality") or {}
    if confidentiality.get("required") and confidentiality.get("reason"):
        del confidentiality["reason"]
        return ["confidentiality.reason"]
    return []


def _incomplete_identity(data: dict, ctx: Context) -> list[str]:
    for index, person in enumerate(data.get("persons") or []):
        if person.get("kind") == "natural" and person.get("date_of_birth") and person.get("place_of_birth"):
            del person["date_of_birth"], person["place_of_birth"]
            return [f"persons[{index}].date_of_birth", f"persons[{index}].place_of_birth"]
    return []


FLAWS: dict[str, Flaw] = {flaw.id: flaw for flaw in (
    Flaw("no_link_to_facts", N_("a measure does not say how it is linked to the offence"),
         N_("explain, from the facts, why this evidence matters to the offence and why it is in the requested State"),
         ("R10",), _remove_relevance),
    Flaw("wrong_treaty", N_("the request relies on a treaty that does not bind both States"),
         N_("cite the instrument that applies between the two States on the date of the request (`mla-writer basis`)"),
         ("R04", "R54"), _wrong_treaty),
    Flaw("wrong_language", N_("the request is in a language the requested State does not accept"),
         N_("write or translate the request into a language the requested State accepts (`mla-writer profile show`)"),
         ("R17",), _wrong_language),
    Flaw("no_urgency_reason", N_("the request is marked urgent without a reason"),
         N_("give the reason for urgency (custody time limits, a trial date, a risk that evidence is lost)"),
         ("R13",), _remove_urgency_reason),
    Flaw("fishing_wording", N_("open-ended wording that reads as a fishing expedition"),
         N_("list exactly which documents, records or items are sought, and for which period"),
         ("R09", "R28", "R30"), _fishing_wording),
    Flaw("no_offence_text", N_("the offence is named without the text of the provision and its penalty"),
         N_("quote the provision of the criminal law and state the maximum penalty"),
         ("R08", "R51"), _remove_offence_text),
    Flaw("no_speciality", N_("no undertaking to use the evidence only in these proceedings"),
         N_("give the speciality undertaking (UNTOC art. 18(19))"), ("R16",), _no_speciality),
    Flaw("no_confidentiality_reason", N_("confidentiality is asked for without a reason"),
         N_("say why the request must stay confidential, and from whom"), ("R15",), _remove_confidentiality_reason),
    Flaw("incomplete_identity", N_("a person is named without date and place of birth"),
         N_("give the full identity of each person concerned: date and place of birth, nationality, documents"),
         ("R11",), _incomplete_identity),
)}


def unknown_flaw(flaw_id: str) -> InputError:
    return InputError(f"there is no deficiency called {flaw_id!r}",
                      fix=f"use --flaws with some of: {', '.join(FLAWS)}")


@dataclass
class Exercise:
    data: dict
    applied: list[AppliedFlaw]
    skipped: list[Flaw]


def make_exercise(original: dict, flaw_ids: list[str], profiles: ProfileSet, today: dt.date | None = None,
                  file: str = "the example") -> Exercise:
    """A copy of ``original`` with each flaw that can be applied to it and found again by validation."""
    flaws = []
    for flaw_id in flaw_ids:
        if flaw_id not in FLAWS:
            raise unknown_flaw(flaw_id)
        if FLAWS[flaw_id] not in flaws:
            flaws.append(FLAWS[flaw_id])
    data = copy.deepcopy(original)
    baseline = _fired(parse_case(data, file), profiles, today)
    applied: list[AppliedFlaw] = []
    skipped: list[Flaw] = []
    for flaw in flaws:
        trial = copy.deepcopy(data)
        context = build_context(parse_case(trial, file), profiles, today)
        paths = flaw.change(trial, context)
        # Each flaw must be found on its own: a rule that already fires would hide it.
        if paths and any(rule in flaw.rules for rule, _ in _fired(parse_case(trial, file), profiles, today) - baseline):
            applied.append(AppliedFlaw(flaw, paths, [value_at(data, p) for p in paths], [value_at(trial, p) for p in paths]))
            data = trial
            baseline = _fired(parse_case(data, file), profiles, today)
        else:
            skipped.append(flaw)
    return Exercise(data, applied, skipped)


def _fired(case, profiles: ProfileSet, today: dt.date | None) -> set[tuple[str, str]]:  # noqa: ANN001 - a Case
    """(rule, field path) of every finding that is more than a note."""
    return {(f.rule, f.path) for f in run_rules(build_context(case, profiles, today)) if f.severity != "info"}
