"""What the wizard says about each step: a title, why it matters, and (with --explain) the
longer explanation and the common mistakes trainers point out."""

from __future__ import annotations

from mla_writer.i18n import N_

STEPS: dict[str, dict[str, str]] = {
    "requesting": {
        "title": N_("Requesting State and authority"),
        "why": N_("UNTOC art. 18(15)(a): the request must identify the authority making it, and the requested "
                  "State must be able to reach a named person quickly."),
        "explain": N_("Give the full official name of your authority, its postal address and a contact person who "
                      "can answer questions about the case (phone and e-mail). Common mistakes: an abbreviation "
                      "instead of the full name; a general switchboard number; no time zone on an urgent request, "
                      "so the requested authority calls at night."),
    },
    "requested": {
        "title": N_("Requested State"),
        "why": N_("The requested State decides which treaties apply, which languages are accepted and whom to "
                  "address (UNTOC art. 18(13)-(14))."),
        "explain": N_("Choose the State where the evidence, the persons or the proceeds are. If several States are "
                      "concerned, write one request for each: each has its own requirements. The treaties in "
                      "force between the two States are found for you."),
    },
    "proceedings": {
        "title": N_("Proceedings and offences"),
        "why": N_("UNTOC art. 18(15)(b): the subject and nature of the proceedings; CoE 1959 art. 14(2) and CIS "
                  "practice: the offence, its legal qualification, the text of the provision and the penalty."),
        "explain": N_("Give the case number and stage, then each offence with the exact article, the text of the "
                      "article and the maximum penalty. Common mistakes: citing only an article number (the "
                      "requested State cannot check dual criminality without the text); no maximum penalty, which "
                      "UNTOC needs to show a 'serious crime' (at least four years)."),
    },
    "facts": {
        "title": N_("Summary of the facts"),
        "why": N_("UNTOC art. 18(15)(c): a summary of the relevant facts (not needed for service of documents "
                  "only)."),
        "explain": N_("Tell what happened in plain chronological sentences: who did what, when and where, and "
                      "why the evidence is in the requested State. Common mistakes: indictment style or "
                      "untranslatable jargon; no link between the facts and the evidence sought; for UNTOC, no "
                      "explanation of the transnational element and of the organized criminal group."),
    },
    "persons": {
        "title": N_("Persons concerned"),
        "why": N_("UNTOC art. 18(15)(e): the identity, location and nationality of each person concerned; "
                  "Chisinau art. 7(1)(d): full personal data."),
        "explain": N_("Add every suspect, victim, witness and company the request mentions. Under the Minsk and "
                      "Chisinau Conventions give the patronymic, date and place of birth, and the parents' names. "
                      "Common mistakes: names only in Cyrillic (add the passport spelling); no date of birth, so "
                      "the person cannot be identified."),
    },
    "assistance": {
        "title": N_("Assistance requested"),
        "why": N_("UNTOC art. 18(15)(d) and (f): a description of each measure, any particular procedure, and "
                  "the purpose for which the evidence is sought."),
        "explain": N_("Add one item per measure. For each say exactly who, what, where and which period, and why "
                      "it matters to the case. Common mistakes: 'all documents' or 'any accounts' (a fishing "
                      "expedition, refused); asking for a domestic procedure instead of the result you need; no "
                      "questions for a witness."),
    },
    "legal_basis": {
        "title": N_("Legal basis"),
        "why": N_("The treaty decides the contents, language, channel and form of the request; citing a treaty "
                  "not in force between the two States is a ground for return (PC-OC Guidelines)."),
        "explain": N_("The instruments in force between the two States on today's date are pre-selected, the "
                      "preferred first. Between two Chisinau parties the Chisinau Convention replaces the Minsk "
                      "Convention. Where no treaty applies, the request rests on reciprocity and must give a "
                      "written assurance of reciprocity."),
    },
    "conditions": {
        "title": N_("Urgency, confidentiality and assurances"),
        "why": N_("UNTOC art. 18(24): deadlines count when reasons are given; art. 18(20): confidentiality; "
                  "art. 18(19): use only in the proceedings named."),
        "explain": N_("Mark the request urgent only with a concrete reason (a suspect in custody, a trial date, "
                      "data about to be deleted). Say explicitly whether the request must be kept confidential: "
                      "under the Chisinau Convention this is mandatory."),
    },
    "language": {
        "title": N_("Language, addressee and channel"),
        "why": N_("UNTOC art. 18(14): the request must be in a language the requested State accepts; art. "
                  "18(13): it goes to the central authority unless a treaty allows another channel."),
        "explain": N_("The languages the requested State accepts on the chosen legal basis are offered. The "
                      "interface language and the request language are independent: you can answer in Russian "
                      "and produce a request in English."),
    },
    "signatory": {
        "title": N_("Signature"),
        "why": N_("The request must be signed and dated by a competent authority; under the CIS conventions it "
                  "is also sealed with the official seal bearing the State emblem."),
        "explain": N_("Give the name and position of the person who signs and the place of signature. The date "
                      "defaults to today."),
    },
}

CHECK_MESSAGES = {
    "required": N_("an answer is required"),
    "date": N_("not a date: write it as YYYY-MM-DD, e.g. 2025-03-07"),
    "future": N_("this date is in the future"),
    "email": N_("not an e-mail address (name@domain)"),
    "phone": N_("not a telephone number (digits, spaces and + ( ) - only)"),
    "iban": N_("this looks like an IBAN but its check digits are wrong; check it against the bank statement"),
    "number": N_("not a number"),
    "datetime": N_("not a date and time: write it as YYYY-MM-DDTHH:MM:SS, e.g. 2026-05-14T10:22:13"),
    "choice": N_("choose one of the suggestions (type a few letters)"),
}
