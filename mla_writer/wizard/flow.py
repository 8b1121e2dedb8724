"""The wizard's question flow: pure logic over an Asker, a partial case and the profiles.

The answers go into a plain dictionary shaped like a case file, saved after every answer;
the case model is built from it only at the review, where the same validation as
``mla-writer validate`` runs. Resuming from a file asks only what is still missing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel

from mla_writer.i18n import N_, translate
from mla_writer.model import Case, LegalPerson, NaturalPerson
from mla_writer.model.assistance import AssistanceItem
from mla_writer.model.common import SHORT_TEXT_MAX, Authority, ContactPerson, Stage
from mla_writer.model.case import Offence, SmugglingElements, TraffickingElements
from mla_writer.profiles.loader import ProfileSet
from mla_writer.profiles.schema import CountryProfile, Family
from mla_writer.wizard import fields as F
from mla_writer.wizard.asker import Asker
from mla_writer.wizard.questions import (
    Choice,
    Question,
    check_account,
    check_date,
    check_email,
    check_number,
    check_phone,
    parse_date,
)
from mla_writer.wizard.texts import CHECK_MESSAGES, STEPS

STEP_ORDER = ["requesting", "requested", "proceedings", "facts", "persons", "assistance", "legal_basis",
              "conditions", "language", "signatory"]

# Fields whose dates cannot lie in the future.
_PAST_DATES = {"date_of_birth", "issued_on", "committed_from", "committed_to", "opened_on", "date"}
_PERSON_REFS = {"person", "addressee", "holder_person"}
_CIS_LANGUAGES = {"ru", "uk", "be", "kk", "ky", "tg", "uz", "tk", "az", "hy", "ka"}


@dataclass
class Outcome:
    action: str              # "render", "draft" or "quit"
    case: Case | None = None


class Wizard:
    def __init__(self, asker: Asker, profiles: ProfileSet, lang: str, save: Callable[[dict], None],
                 data: dict | None = None, *, explain: bool = False, review: bool = False,
                 today: dt.date | None = None) -> None:
        self.asker = asker
        self.profiles = profiles
        self.lang = lang
        self.save = save
        self.data: dict = data if data is not None else {}
        self.data.setdefault("schema_version", 1)
        self.explain = explain
        self.review = review       # ask every question again, with the current answer as default
        self.today = today or dt.date.today()
        self.asked: list[str] = []  # keys in the order asked (tests read it)

    # --- plumbing --------------------------------------------------------------------------------
    def t(self, text: str) -> str:
        return translate(self.lang, text)

    def get(self, path: str, default: Any = None) -> Any:
        node: Any = self.data
        for name, index in _parts(path):
            if name:
                if not isinstance(node, dict) or name not in node:
                    return default
                node = node[name]
            else:
                if not isinstance(node, list) or index >= len(node):
                    return default
                node = node[index]
        return node

    def put(self, path: str, value: Any) -> None:
        parts = _parts(path)
        node: Any = self.data
        for (name, index), (next_name, _) in zip(parts, parts[1:], strict=False):
            key = name if name else index
            if name:
                if name not in node or node[name] is None:
                    node[name] = {} if next_name else []
                node = node[name]
            else:
                while len(node) <= index:
                    node.append({} if next_name else None)
                node = node[key]
        name, index = parts[-1]
        if name:
            if value is None or value == [] or value == "":
                node.pop(name, None)
            else:
                node[name] = value
        else:
            while len(node) <= index:
                node.append(None)
            node[index] = value
        self.save(_clean(self.data))

    def problem(self, question: Question, raw: Any) -> str | None:
        """Why an answer is refused, in the interface language; None when it is acceptable."""
        if isinstance(raw, str):
            text = raw.strip()
            if not text:
                return self.t(CHECK_MESSAGES["required"]) if question.required else None
            if question.check is not None:
                code = question.check(text)
                if code:
                    return self.t(CHECK_MESSAGES.get(code, code))
            if question.kind == "autocomplete" and _match_choice(question, text) is None:
                return self.t(CHECK_MESSAGES["choice"])
        return None

    def ask(self, question: Question) -> Any:
        """Asks unless already answered (when resuming), re-asks until the answer passes its checks."""
        current = self.get(question.key)
        if current not in (None, "", []) and not self.review:
            return current
        if current not in (None, "", []) and question.kind not in ("checkbox",):
            question.default = _display(current)
        if self.explain and question.explain:
            self.asker.say(question.explain)
        self.asked.append(question.key)
        while True:
            raw = self.asker.ask(question)
            problem = self.problem(question, raw)
            if problem is None:
                break
            question.error = problem
        value = self.convert(question, raw)
        self.put(question.key, value)
        return value

    def convert(self, question: Question, raw: Any) -> Any:
        if isinstance(raw, str):
            text = raw.strip()
            if not text:
                return None
            if question.kind == "autocomplete":
                return _match_choice(question, text)
            if question.convert is not None:
                return question.convert(text)
            return text
        return raw

    def heading(self, step: str) -> None:
        texts = STEPS[step]
        number = STEP_ORDER.index(step) + 1
        self.asker.say(f"\n[{number}/{len(STEP_ORDER)}] {self.t(texts['title'])}")
        self.asker.say(f"    {self.t(texts['why'])}")
        if self.explain:
            self.asker.say(f"    {self.t(texts['explain'])}")

    # --- the flow --------------------------------------------------------------------------------
    def run(self) -> Outcome:
        steps = {name: getattr(self, f"step_{name}") for name in STEP_ORDER}
        for name in STEP_ORDER:
            self.heading(name)
            steps[name]()
            self.check_essentials(name, steps[name])
        return self.review_screen(steps)

    def check_essentials(self, step: str, again: Callable[[], None]) -> None:
        """Before leaving a step: say what essential items are still missing (as the UNODC tool does)."""
        missing = [label for path, label in self.essentials(step) if self.get(path) in (None, "", [])]
        if not missing:
            return
        self.asker.say(self.t(N_("Still missing in this step:")) + " " + ", ".join(self.t(m) for m in missing))
        fill = self.asker.ask(Question(key=f"_fill_{step}", message=self.t(N_("Fill them in now?")),
                                       kind="confirm", default=True))
        if fill:
            again()

    def essentials(self, step: str) -> list[tuple[str, str]]:
        table = {
            "requesting": [("requesting.state", N_("requesting State")), ("requesting.authority.name", N_("authority")),
                           ("requesting.authority.address", N_("address")),
                           ("requesting.authority.contact.phone", N_("contact telephone")),
                           ("requesting.authority.contact.email", N_("contact e-mail"))],
            "requested": [("requested.state", N_("requested State"))],
            "proceedings": [("proceedings.stage", N_("stage")), ("proceedings.subject", N_("subject of the proceedings")),
                            ("offences", N_("offences"))],
            "facts": [("facts.summary", N_("summary of the facts")),
                      ("facts.link_to_requested_state", N_("link to the requested State"))],
            "persons": [],
            "assistance": [("assistance", N_("at least one measure"))],
            "legal_basis": [("legal_basis", N_("legal basis"))],
            "conditions": [("confidentiality.required", N_("whether confidentiality is needed"))],
            "language": [("language", N_("language of the request"))],
            "signatory": [("signatory.name", N_("signatory")), ("signatory.position", N_("position"))],
        }
        return table[step]

    # --- steps -----------------------------------------------------------------------------------
    def step_requesting(self) -> None:
        self.ask(self.state_question("requesting.state", N_("Which State is making the request?"),
                                     N_("Your State: its profile gives the treaties it is party to.")))
        self.ask_model(Authority, "requesting.authority", skip={"contact"},
                       hints={"function": N_("What your authority does in these proceedings, e.g. 'conducts the "
                                             "pre-trial investigation' (UNTOC art. 18(15)(b)).")})
        self.ask_model(ContactPerson, "requesting.authority.contact")
        if self.get("requested.state") and not self.review:
            return  # resuming past this step: the question was answered before
        self.ask(Question(key="_conducting", kind="confirm", default=self.get("conducting_authority") is not None,
                          message=self.t(N_("Is the proceeding conducted by another authority (e.g. an "
                                            "investigator, when a prosecutor sends the request)?")),
                          help=self.t(N_("UNTOC art. 18(15)(b): name and functions of the authority conducting "
                                         "the proceedings."))))
        if self.get("_conducting"):
            self.ask_model(Authority, "conducting_authority", skip={"contact"})
            self.ask_submodel(ContactPerson, "conducting_authority.contact", self.t(F.humanize("contact")), "",
                              optional=True)
        self.data.pop("_conducting", None)
        self.ask_submodel(ContactPerson, "consultation_contact", self.t(F.humanize("consultation_contact")),
                          self.t(Case.model_fields["consultation_contact"].description or ""), optional=True)

    def step_requested(self) -> None:
        self.ask(self.state_question("requested.state", N_("Which State is the request addressed to?"),
                                     N_("Where the evidence, persons or proceeds are.")))
        self.say_bases()

    def step_proceedings(self) -> None:
        self.ask_field(Case, "proceedings", skip=set())
        if self.get("offences") and not self.review:
            for index in range(len(self.get("offences"))):
                self.ask_offence(index)
        if not self.get("offences") or self.review:
            self.ask_list_of_models("offences", self.ask_offence, N_("Add an offence?"), N_("Add another offence?"),
                                    minimum=1)

    def ask_offence(self, index: int) -> None:
        base = f"offences[{index}]"
        self.ask_model(Offence, base, skip={"trafficking", "smuggling"})
        resumed = bool(self.get("facts.summary")) and not self.review
        if resumed and not (self.get(f"{base}.trafficking") or self.get(f"{base}.smuggling")):
            return  # answered "neither" before the interruption
        current = "trafficking" if self.get(f"{base}.trafficking") else "smuggling" if self.get(f"{base}.smuggling") else "other"
        category = self.ask(Question(
            key=f"{base}._category", kind="select", default=current,
            message=self.t(N_("Is this offence trafficking in persons or smuggling of migrants?")),
            help=self.t(N_("Then its elements are asked: TIP Protocol art. 3 (act, means, purpose); SOM Protocol "
                           "arts. 3 and 6 (conduct, benefit).")),
            choices=[Choice("trafficking", self.t(N_("Trafficking in persons"))),
                     Choice("smuggling", self.t(N_("Smuggling of migrants"))),
                     Choice("other", self.t(N_("Neither")))]))
        self.get(base).pop("_category", None)
        if category == "trafficking":
            self.ask_model(TraffickingElements, f"{base}.trafficking")
        elif category == "smuggling":
            self.ask_model(SmugglingElements, f"{base}.smuggling")
        self.save(_clean(self.data))

    def step_facts(self) -> None:
        skip = set() if self.applies("UNTOC", "UNTOC_TIP", "UNTOC_SOM") else {"transnational_element", "organized_group"}
        self.ask_field(Case, "facts", skip=skip)

    def step_persons(self) -> None:
        for index in range(len(self.get("persons") or [])):
            self.ask_person(index)
        self.ask_list_of_models("persons", self.ask_person, N_("Add a person concerned (suspect, victim, witness, "
                                                              "company)?"), N_("Add another person?"),
                                start=len(self.get("persons") or []))

    def ask_person(self, index: int) -> None:
        base = f"persons[{index}]"
        kind = self.ask(Question(key=f"{base}.kind", kind="select", message=self.t(N_("Natural or legal person?")),
                                 choices=[Choice("natural", self.t(N_("Natural person"))),
                                          Choice("legal", self.t(N_("Legal person (company, organisation)")))],
                                 default="natural"))
        if not self.get(f"{base}.id"):
            self.put(f"{base}.id", _new_id(self.get("persons") or [], "p"))
        model = NaturalPerson if kind == "natural" else LegalPerson
        skip = {"kind", "id"}
        if not self.applies("MINSK_1993", "MINSK_1997_PROTOCOL", "CHISINAU_2002"):
            skip |= {"father_name", "mother_name"}
        self.ask_model(model, base, skip=skip)

    def step_assistance(self) -> None:
        for index in range(len(self.get("assistance") or [])):
            self.ask_item(index)
        self.ask_list_of_models("assistance", self.ask_item, N_("Add a measure of assistance?"),
                                N_("Add another measure?"), minimum=1, start=len(self.get("assistance") or []))

    def ask_item(self, index: int) -> None:
        base = f"assistance[{index}]"
        types_ = _assistance_types()
        kind = self.ask(Question(key=f"{base}.type", kind="select", message=self.t(N_("Which form of assistance?")),
                                 choices=[Choice(name, self.t(F.humanize(name))) for name in types_]))
        model = types_[kind]
        first = ["purpose", "relevance"]
        self.ask_model(model, base, skip={"type", *first, "special_procedures", "attendees", "notify_time_and_place"})
        self.ask_model(model, base, only=first)
        self.ask_model(model, base, only=["special_procedures", "attendees", "notify_time_and_place"])

    def step_legal_basis(self) -> None:
        available = self.available()
        current = [ref.get("instrument") for ref in self.get("legal_basis") or []]
        if current and not self.review:
            return
        self.say_bases()
        choices = []
        for option in available:
            instrument = option.instrument
            choices.append(Choice(instrument.id, f"{instrument.short_title.pick(self.lang)} — {option.reason.render(self.lang)}",
                                  checked=(instrument.id in current) if current else instrument.family is not Family.NONE
                                  or len(available) == 1))
        self.asked.append("legal_basis")
        while True:
            picked = self.asker.ask(Question(key="legal_basis", kind="checkbox", choices=choices,
                                             message=self.t(N_("Which instruments does the request rest on?")),
                                             help=self.t(N_("Pre-selected: those in force between the two States "
                                                            "today, preferred first."))))
            if picked:
                break
        previous = {ref.get("instrument"): ref for ref in self.get("legal_basis") or []}
        self.put("legal_basis", [previous.get(i, {"instrument": i}) for i in picked])
        registry = self.profiles.registry()
        for index, instrument_id in enumerate(picked):
            instrument = registry.get(instrument_id)
            if instrument is None or instrument.family is Family.NONE:
                continue
            standard = instrument.mla_articles.pick(self.lang) if instrument.mla_articles else ""
            self.ask(Question(key=f"legal_basis[{index}].articles",
                              message=self.t(N_("Articles relied on: {treaty}")).format(
                                  treaty=instrument.short_title.pick(self.lang)),
                              help=self.t(N_("Empty: the standard articles ({articles}), written in the request's "
                                             "language.")).format(articles=standard)))
        if "RECIPROCITY" in picked:
            self.put("assurances.reciprocity", True)

    def step_conditions(self) -> None:
        urgent = self.ask(Question(key="urgency.urgent", kind="confirm", default=bool(self.get("urgency.urgent")),
                                   message=self.t(N_("Is the request urgent?")),
                                   help=self.t(N_("Only with a concrete reason: custody, a trial date, evidence at "
                                                  "risk (UNTOC art. 18(24))."))))
        if urgent:
            self.ask(Question(key="urgency.reason", kind="text", required=True,
                              message=self.t(N_("Why is it urgent?")),
                              help=self.t(N_("UNTOC art. 18(24): a deadline counts when its reasons are given."))))
        deadline = self.ask(Question(key="urgency.deadline", check=lambda s: check_date(s),
                                     convert=lambda s: parse_date(s).isoformat(),
                                     message=self.t(N_("Deadline for execution (YYYY-MM-DD, empty if none)")),
                                     help=self.t(N_("A deadline carries weight only with its reason."))))
        if deadline:
            self.ask(Question(key="urgency.deadline_reason", required=True,
                              message=self.t(N_("Why that deadline?"))))
        confidential = self.ask(Question(key="confidentiality.required", kind="select",
                                         default=self.get("confidentiality.required"),
                                         message=self.t(N_("Must the request be kept confidential?")),
                                         help=self.t(N_("UNTOC art. 18(20); mandatory statement under Chisinau art. 7(1)(f).")),
                                         choices=[Choice(True, self.t(N_("yes"))), Choice(False, self.t(N_("no")))]))
        if confidential:
            self.ask(Question(key="confidentiality.reason", required=True, message=self.t(N_("Why?"))))
            self.ask(Question(key="confidentiality.scope", message=self.t(N_("What must not be disclosed, and to whom?"))))
        self.ask(Question(key="assurances.speciality", kind="confirm", default=self.get("assurances.speciality", True),
                          message=self.t(N_("Undertake to use the evidence only in these proceedings?")),
                          help=self.t(N_("UNTOC art. 18(19): speciality."))))
        if self.get("assurances.speciality") is None:
            self.put("assurances.speciality", False)
        self.ask(Question(key="assurances.return_of_originals", kind="confirm",
                          default=bool(self.get("assurances.return_of_originals")),
                          message=self.t(N_("Undertake to return originals when no longer needed?"))))
        if self.get("assurances.return_of_originals") is None:
            self.put("assurances.return_of_originals", False)
        self.ask_model(Case, "", only=["related_requests"])
        self.ask_list("assurances.other", self.t(N_("Other assurances")))

    def step_language(self) -> None:
        accepted = self.accepted_languages()
        from mla_writer.render.wording import available_languages

        writable = available_languages()
        choices = [Choice(code, _language_title(code, self.lang, code in accepted)) for code in writable]
        default = self.get("language") or next((c for c in accepted if c in writable), writable[0])
        self.ask(Question(key="language", kind="select", choices=choices, default=default,
                          message=self.t(N_("In which language is the request written?")),
                          help=self.t(N_("UNTOC art. 18(14): a language the requested State accepts (marked *)."))))
        self.ask_translations(writable, accepted)
        requested = self.requested_profile()
        if requested is not None:
            stage = self.get("proceedings.stage") or "investigation"
            authority = requested.authority_for(Stage(stage), [r.get("instrument") for r in self.get("legal_basis") or []])
            if authority is not None and not self.get("requested.authority"):
                self.asker.say(self.t(N_("The request will be addressed to:")) + " " + authority.name.pick(self.lang))
            if authority is None or self.review or self.get("requested.authority"):
                self.ask(Question(key="requested.authority",
                                  message=self.t(N_("Requested authority (empty: the central authority in the profile)"))))
            channels = sorted({rule.channel.value for rule in requested.channels})
            if channels:
                self.ask(Question(key="channel", kind="select", default=self.get("channel"),
                                  message=self.t(N_("How will the request be sent?")),
                                  choices=[Choice(None, self.t(N_("not stated (through the central authority)")))]
                                  + [Choice(c, self.t(F.humanize(c))) for c in channels]))

    def translatable_paths(self) -> list[str]:
        """The texts a translator most needs: facts, subject, offences and each measure's purpose."""
        paths = [p for p in ("proceedings.subject", "facts.summary", "facts.link_to_requested_state",
                             "facts.transnational_element", "facts.organized_group") if self.get(p)]
        paths += [f"offences[{i}].name" for i in range(len(self.get("offences") or []))]
        for index in range(len(self.get("assistance") or [])):
            paths += [f"assistance[{index}].{f}" for f in ("purpose", "relevance") if self.get(f"assistance[{index}].{f}")]
        return paths

    def ask_translations(self, writable: list[str], accepted: list[str]) -> None:
        """Translations of the user's texts, when the request will also go out in another language."""
        if self.get("translations") and not self.review:
            return
        wanted = self.asker.ask(Question(
            key="_translations", kind="confirm", default=bool(self.get("translations")),
            message=self.t(N_("Will you give translations of your texts into another language now?")),
            help=self.t(N_("For a version of the request in another language: without them the text as typed is "
                           "inserted and marked for translation (render --worksheet lists what is missing)."))))
        if not wanted:
            return
        own = self.get("language")
        target = self.asker.ask(Question(
            key="_translation_language", kind="select", message=self.t(N_("Into which language?")),
            choices=[Choice(c, _language_title(c, self.lang, c in accepted)) for c in writable if c != own]))
        translations = self.data.setdefault("translations", {}).setdefault(target, {})
        for path in self.translatable_paths():
            key = f"translations.{target}.{path}"
            self.asked.append(key)
            answer = self.asker.ask(Question(
                key=key, kind="long_text", default=translations.get(path),
                message=self.t(N_("Translation of {path} (empty to skip)")).format(path=path),
                help=str(self.get(path))[:300]))
            if isinstance(answer, str) and answer.strip():
                translations[path] = answer.strip()
                self.save(_clean(self.data))
        if not translations:
            self.data["translations"].pop(target, None)

    def step_signatory(self) -> None:
        self.ask(Question(key="signatory.name", required=True, message=self.t(N_("Name of the person who signs"))))
        self.ask(Question(key="signatory.position", required=True, message=self.t(N_("Position of the person who signs"))))
        self.ask(Question(key="signatory.place", message=self.t(N_("Place of signature (city)"))))
        self.ask(Question(key="signatory.date", default=self.today.isoformat(),
                          check=lambda s: check_date(s), convert=lambda s: parse_date(s).isoformat(),
                          message=self.t(N_("Date of the request (YYYY-MM-DD)"))))
        if self.seal_required():
            self.asker.say(self.t(N_("This request must carry the official seal bearing the State emblem: the "
                                     "document leaves a place for it.")))
        self.ask_model(Case, "", only=["annexes"])

    # --- review --------------------------------------------------------------------------------
    def review_screen(self, steps: dict[str, Callable[[], None]]) -> Outcome:
        from mla_writer.casefile import parse_case
        from mla_writer.errors import InputError
        from mla_writer.validation.engine import SEVERITY_ORDER, has_errors, validate

        while True:
            case, problems, findings = None, [], []
            try:
                case = parse_case(_clean(self.data), "case")
                findings = validate(case, self.profiles, self.today)
            except InputError as exc:
                problems = exc.lines()
            self.asker.say("\n" + self.t(N_("Review")))
            self.asker.say(self.summary())
            for line in problems:
                self.asker.say("  ! " + line.removeprefix("case: "))
            for severity in SEVERITY_ORDER:
                for finding in [f for f in findings if f.severity == severity]:
                    self.asker.say(f"  [{severity.value}] {finding.rule} {finding.path}: {finding.text(self.lang)}")
            blocked = bool(problems) or has_errors(findings)
            choices = []
            if not blocked:
                choices.append(Choice("render", self.t(N_("Render the request"))))
            elif case is not None:
                choices.append(Choice("draft", self.t(N_("Render a DRAFT (with the open findings)"))))
            choices += [Choice(f"edit:{name}", self.t(N_("Change: ")) + self.t(STEPS[name]["title"])) for name in STEP_ORDER]
            choices.append(Choice("quit", self.t(N_("Save and quit"))))
            action = self.asker.ask(Question(key="_review", kind="select", choices=choices,
                                             message=self.t(N_("What next?"))))
            if action.startswith("edit:"):
                name = action.split(":", 1)[1]
                review, self.review = self.review, True
                try:
                    self.heading(name)
                    steps[name]()
                finally:
                    self.review = review
                continue
            return Outcome(action, case)

    def summary(self) -> str:
        get = self.get
        offences, persons, measures = self.t(N_("Offences")), self.t(N_("Persons")), self.t(N_("Measures"))
        basis, language = self.t(N_("Legal basis")), self.t(N_("Language"))
        instruments = ", ".join(r.get("instrument", "?") for r in get("legal_basis") or [])
        lines = [
            f"  {get('requesting.state', '?')} → {get('requested.state', '?')}; "
            f"{get('proceedings.case_number', '')} ({get('proceedings.stage', '?')})",
            f"  {offences}: {len(get('offences') or [])}; {persons}: {len(get('persons') or [])}; "
            f"{measures}: {len(get('assistance') or [])}",
            f"  {basis}: {instruments}; {language}: {get('language', '?')}",
        ]
        return "\n".join(lines)

    # --- questions from the model ------------------------------------------------------------
    def ask_field(self, model: type[BaseModel], name: str, skip: set[str]) -> None:
        info = model.model_fields[name]
        core, _ = F.unwrap(info.annotation)
        self.ask_model(core, name, skip=skip)

    def ask_model(self, model: type[BaseModel], base: str, *, skip: Iterable[str] = (), only: Iterable[str] | None = None,
                  hints: dict[str, str] | None = None) -> None:
        skip, hints = set(skip), hints or {}
        for name, info in model.model_fields.items():
            if name in skip or (only is not None and name not in only):
                continue
            path = f"{base}.{name}" if base else name
            kind = F.kind_of(info.annotation)
            label = self.t(F.humanize(name))
            help_text = self.t(hints.get(name) or info.description or "")
            required = F.is_required(info)
            if name in _PERSON_REFS and kind == "text":
                self.ask(self.person_question(path, label, help_text, required))
            elif kind == "text":
                long = _max_length(info) > SHORT_TEXT_MAX
                check = {"email": check_email, "phone": check_phone, "account_number": check_account}.get(name)
                self.ask(Question(key=path, kind="long_text" if long else "text", message=label, help=help_text,
                                  required=required, check=check))
            elif kind == "datetime":
                self.ask(Question(key=path, message=f"{label} (YYYY-MM-DDTHH:MM:SS)", help=help_text, required=required,
                                  check=_check_datetime, convert=lambda s: dt.datetime.fromisoformat(s.strip()).isoformat()))
            elif kind == "date":
                past = name in _PAST_DATES
                self.ask(Question(key=path, message=f"{label} (YYYY-MM-DD)", help=help_text, required=required,
                                  check=(lambda s, p=past: check_date(s, not_future=p, today=self.today)),
                                  convert=lambda s: parse_date(s).isoformat()))
            elif kind == "number":
                self.ask(Question(key=path, message=label, help=help_text, required=required, check=check_number,
                                  convert=_number))
            elif kind == "bool":
                _, optional = F.unwrap(info.annotation)
                if optional:
                    self.ask(Question(key=path, kind="select", message=label, help=help_text,
                                      default=self.get(path),
                                      choices=[Choice(True, self.t(N_("yes"))), Choice(False, self.t(N_("no"))),
                                               Choice(None, self.t(N_("not stated")))]))
                else:
                    default = self.get(path, info.default if isinstance(info.default, bool) else False)
                    answer = self.ask(Question(key=path, kind="confirm", message=label, help=help_text, default=default))
                    if answer is False:
                        self.put(path, False)
            elif kind in ("enum", "literal"):
                values = F.literal_values(info.annotation)
                default = self.get(path) or (info.default.value if hasattr(info.default, "value") else info.default)
                if len(values) == 1:
                    self.put(path, values[0])
                    continue
                _, optional = F.unwrap(info.annotation)
                choices = [Choice(v, self.t(F.humanize(str(v)))) for v in values]
                if optional:
                    choices.append(Choice(None, self.t(N_("not stated"))))
                self.ask(Question(key=path, kind="select", message=label, help=help_text,
                                  default=default if default in values else (None if optional else values[0]),
                                  choices=choices))
            elif kind == "list":
                item = F.list_item_type(info.annotation)
                item_kind = F.kind_of(item)
                if item_kind == "model":
                    core, _ = F.unwrap(item)
                    self.ask_list_of_models(path, lambda i, p=path, m=core: self.ask_model(m, f"{p}[{i}]"),
                                            N_("Add: ") + F.humanize(name) + "?", N_("Add another?"),
                                            label=label, start=len(self.get(path) or []))
                elif item_kind in ("enum", "literal"):
                    values = F.literal_values(item)
                    current = self.get(path) or []
                    if current and not self.review:
                        continue
                    self.asked.append(path)
                    picked = self.asker.ask(Question(key=path, kind="checkbox", message=label, help=help_text,
                                                     choices=[Choice(v, self.t(F.humanize(v)), v in current) for v in values]))
                    self.put(path, list(picked))
                elif name in ("nationality", "languages"):
                    self.ask_codes(path, label, help_text, countries=name == "nationality")
                else:
                    self.ask_list(path, label, help_text=help_text)
            elif kind == "model":
                core, optional = F.unwrap(info.annotation)
                self.ask_submodel(core, path, label, help_text, optional)

    def ask_submodel(self, model: type[BaseModel], path: str, label: str, help_text: str, optional: bool) -> None:
        # Also in review: an optional part that was never given is offered, not imposed.
        if optional and self.get(path) is None:
            add = self.asker.ask(Question(key=f"{path}?", kind="confirm", default=False,
                                          message=self.t(N_("Add: ")) + label + "?", help=help_text))
            if not add:
                return
        self.ask_model(model, path)

    def ask_list(self, path: str, label: str, help_text: str = "", as_title: bool = False) -> None:
        items = list(self.get(path) or [])
        if items and not self.review:
            return
        index = 0
        while True:
            key = f"{path}[{index}]" + (".title" if as_title else "")
            existing = self.get(key)
            question = Question(key=key, message=f"{self.t(label)} #{index + 1}" + (self.t(N_(" (empty to finish)"))),
                                help=help_text, default=existing)
            self.asked.append(key)
            raw = self.asker.ask(question)
            text = raw.strip() if isinstance(raw, str) else ""
            if not text:
                # Drop this and any later items the user cleared.
                current = self.get(path) or []
                del current[index:]
                self.put(path, current)
                return
            self.put(key, text)
            index += 1

    def ask_codes(self, path: str, label: str, help_text: str, countries: bool) -> None:
        """Nationalities (ISO country codes) or languages (ISO 639-1), comma-separated."""
        current = self.get(path) or []
        if current and not self.review:
            return
        pattern = re.compile(r"^[A-Za-z]{2}$")
        question = Question(key=path, message=label + " (" + self.t(N_("codes, comma-separated")) + ")",
                            help=help_text, default=", ".join(current),
                            check=lambda s: None if all(pattern.match(p.strip()) for p in s.split(",") if p.strip())
                            else "choice")
        self.asked.append(path)
        while True:
            raw = self.asker.ask(question)
            problem = self.problem(question, raw)
            if problem is None:
                break
            question.error = problem
        codes = [p.strip().upper() if countries else p.strip().lower() for p in str(raw).split(",") if p.strip()]
        self.put(path, codes)

    def ask_list_of_models(self, path: str, ask_one: Callable[[int], None], first: str, more: str, *,
                           minimum: int = 0, start: int = 0, label: str = "") -> None:
        index = start
        while True:
            if index < minimum:
                wanted = True
            else:
                wanted = self.asker.ask(Question(key=f"{path}+", kind="confirm", default=False,
                                                 message=self.t(more if index else first)))
            if not wanted:
                return
            ask_one(index)
            index += 1

    # --- helpers on profiles -------------------------------------------------------------------
    def state_question(self, key: str, message: str, help_text: str) -> Question:
        choices = []
        for code in self.profiles.codes():
            profile = self.profiles.get(code)
            names = {profile.names.pick("en").short, profile.names.pick(self.lang).short}
            choices.append(Choice(code, f"{code} — " + " / ".join(sorted(names))))
        return Question(key=key, kind="autocomplete", message=self.t(message), help=self.t(help_text), choices=choices)

    def person_question(self, key: str, label: str, help_text: str, required: bool) -> Question:
        persons = self.get("persons") or []
        choices = [Choice(p.get("id"), f"{p.get('id')}: {_person_label(p)}") for p in persons if p.get("id")]
        if not choices:
            return Question(key=key, message=label, help=help_text, required=required)
        if not required:
            choices.append(Choice(None, self.t(N_("none of them"))))
        return Question(key=key, kind="select", message=label, help=help_text, choices=choices)

    def requesting_profile(self) -> CountryProfile | None:
        code = self.get("requesting.state")
        return self.profiles.find(code) if code else None

    def requested_profile(self) -> CountryProfile | None:
        code = self.get("requested.state")
        return self.profiles.find(code) if code else None

    def available(self) -> list:
        from mla_writer.legal.basis import applicable

        requesting, requested = self.requesting_profile(), self.requested_profile()
        if requesting is None or requested is None:
            return []
        return applicable(requesting, requested, self.today, self.profiles.registry())

    def applies(self, *instrument_ids: str) -> bool:
        chosen = {ref.get("instrument") for ref in self.get("legal_basis") or []}
        if chosen:
            return bool(chosen.intersection(instrument_ids))
        return any(option.instrument.id in instrument_ids for option in self.available())

    def say_bases(self) -> None:
        options = self.available()
        if options:
            self.asker.say(self.t(N_("Treaties in force between the two States today:")))
            for option in options:
                self.asker.say(f"  - {option.instrument.short_title.pick(self.lang)}: {option.reason.render(self.lang)}")

    def accepted_languages(self) -> list[str]:
        requested = self.requested_profile()
        if requested is None:
            return []
        cited = {ref.get("instrument") for ref in self.get("legal_basis") or []}
        registry = self.profiles.registry()
        accepted = [e.language for e in requested.accepted_languages if not e.instruments or cited & set(e.instruments)]
        for instrument_id in cited:
            instrument = registry.get(instrument_id or "")
            if instrument is not None:
                accepted += instrument.fixed_languages
        return list(dict.fromkeys(accepted))

    def seal_required(self) -> bool:
        registry = self.profiles.registry()
        cited = [registry.get(ref.get("instrument", "")) for ref in self.get("legal_basis") or []]
        requesting = self.requesting_profile()
        fact = requesting.requirements.seal_required if requesting else None
        return any(i is not None and i.seal_required for i in cited) or bool(fact and fact.value)


# --- module helpers ------------------------------------------------------------------------------
_PART = re.compile(r"([A-Za-z_?+][A-Za-z0-9_?+]*)|\[(\d+)\]")


def _parts(path: str) -> list[tuple[str, int]]:
    return [(name, int(index) if index else 0) for name, index in _PART.findall(path)]


def _match_choice(question: Question, text: str) -> Any:
    """The choice meant by what was typed: its code, its full title, its code followed by anything,
    or the only title containing the text."""
    wanted = _normal(text)
    for choice in question.choices:
        if wanted in (_normal(str(choice.value)), _normal(choice.title)):
            return choice.value
    first_word = wanted.split(" ", 1)[0]
    by_code = [c for c in question.choices if _normal(str(c.value)) == first_word]
    if len(by_code) == 1:
        return by_code[0].value
    matches = [c for c in question.choices if wanted and wanted in _normal(c.title)]
    return matches[0].value if len(matches) == 1 else None


def _normal(text: str) -> str:
    return " ".join(text.replace("—", " ").replace("–", " ").replace("-", " ").casefold().split())


def _check_datetime(text: str) -> str | None:
    if not text.strip():
        return None
    try:
        dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return "datetime"
    return None


def _display(value: Any) -> Any:
    return value


def _number(text: str) -> float | int:
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        return 0
    return int(value) if value == value.to_integral_value() else float(value)


def _max_length(info) -> int:  # noqa: ANN001 - a pydantic FieldInfo
    for meta in info.metadata:
        if getattr(meta, "max_length", None):
            return meta.max_length
    core, _ = F.unwrap(info.annotation)
    for meta in getattr(core, "__metadata__", ()):
        if getattr(meta, "max_length", None):
            return meta.max_length
    import typing

    annotation = info.annotation
    for arg in [annotation, *typing.get_args(annotation)]:
        for meta in getattr(arg, "__metadata__", ()):
            if getattr(meta, "max_length", None):
                return meta.max_length
    return 0


def _new_id(items: list[dict], prefix: str) -> str:
    taken = {item.get("id") for item in items if isinstance(item, dict)}
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def _person_label(person: dict) -> str:
    if person.get("kind") == "legal":
        return person.get("name", "?")
    return " ".join(p for p in (person.get("surname"), person.get("given_names")) if p) or "?"


def _language_title(code: str, ui: str, accepted: bool) -> str:
    from mla_writer.render.formatting import language_name

    return f"{code} — {language_name(code, ui)}" + (" *" if accepted else "")


def _assistance_types() -> dict[str, type[BaseModel]]:
    import typing

    union = typing.get_args(AssistanceItem)[0]
    result = {}
    for model in typing.get_args(union):
        kind = typing.get_args(model.model_fields["type"].annotation)[0]
        result[kind] = model
    return result


def _clean(data: dict) -> dict:
    """The draft without the wizard's own bookkeeping keys."""
    if isinstance(data, dict):
        return {k: _clean(v) for k, v in data.items() if not str(k).startswith("_") and not str(k).endswith(("?", "+"))}
    if isinstance(data, list):
        return [_clean(v) for v in data]
    return data
