"""One complete item of each form of assistance, for the trafficking case (KG→TR, UNTOC), and the
words that show its section in each language.

The items refer to the persons of examples/kg-tr-trafficking.json: s1 (Arslantürk, suspect in
Antalya), s2 (Abdykerimova, suspect), v1 (Kadyrova, victim in a shelter in Antalya), v2
(Mamatova, victim), lp1 (the hotel company). ``DETAINED_WITNESS`` is added where needed.
"""

from __future__ import annotations

import copy

_WHY = {
    "purpose": "To obtain evidence of the exploitation of the victims in Antalya and of the role of each member of the group.",
    "relevance": "The evidence is in Antalya, where the victims were held and exploited by the suspect Arslantürk.",
}

DETAINED_WITNESS = {
    "kind": "natural", "id": "w9", "role": "witness", "surname": "Yılmaz", "given_names": "Murat",
    "name_latin": "YILMAZ MURAT", "sex": "male", "date_of_birth": "1979-02-11", "place_of_birth": "Alanya, Türkiye",
    "nationality": ["TR"], "addresses": ["Antalya L-Type Closed Prison No. 1, Döşemealtı, Antalya, Türkiye"],
    "occupation": "Driver (before his arrest)", "languages": ["tr", "ru"],
}

ITEMS: dict[str, dict] = {
    "examination": {
        "type": "examination",
        "objects": ["Apartment No. 7, Altınkum Mah., 3812 Sok. No: 14, Konyaaltı: the rooms, the locks of the doors "
                    "and windows, and the bedroom drawer described by the victims"],
        "location": "Altınkum Mah., 3812 Sok. No: 14, Daire 7, Konyaaltı, Antalya, Türkiye",
        "to_establish": ["Whether the entrance door and the windows can be locked from outside",
                         "The layout of the rooms, to compare with the victims' descriptions"],
        "records": ["report", "photographs", "plan"],
        **_WHY,
    },
    "information": {
        "type": "information",
        "kind": "information",
        "information_sought": "Records of the entries into and exits from Türkiye of Aiperi Nurlanovna Kadyrova and Begimai "
                   "Ulanovna Mamatova between 1 May and 31 October 2026, with the flights and border posts.",
        "source": "Directorate General of Migration Management of the Republic of Türkiye",
        "period_from": "2026-05-01", "period_to": "2026-10-31",
        **_WHY,
    },
    "account_monitoring": {
        "type": "account_monitoring",
        "accounts": [{"bank": "Lykia Ticaret Bankası A.Ş., Antalya Muratpaşa branch",
                      "account_number": "TR80 0099 9000 0041 7200 3865 14", "holder_person": "s1"}],
        "period_from": "2026-12-01", "period_to": "2027-02-28",
        "operations": "Every credit of TRY 5,000 or more, and every transfer to the Kyrgyz Republic",
        "reporting": "Weekly, by secure e-mail to the contact person",
        **_WHY,
    },
    "asset_tracing": {
        "type": "asset_tracing",
        "persons": ["s1"],
        "actions": "Search the land registry, the vehicle register and the trade register for property of Kemal "
                   "Arslantürk and of his sole proprietorship acquired since March 2025.",
        **_WHY,
    },
    "freezing": {
        "type": "freezing",
        "measure": "freezing",
        "property": [{"kind": "bank_account", "description": "Account TR80 0099 9000 0041 7200 3865 14 held by Kemal Arslantürk",
                      "location": "Lykia Ticaret Bankası A.Ş., Antalya Muratpaşa branch", "estimated_value": "about USD 40,000",
                      "holder_person": "s1", "grounds": "The clients' payments for the victims' exploitation were paid into it."}],
        "domestic_order": "Order of the investigating judge of the Pervomaisky District Court of Bishkek of 30 October 2026 authorising the search",
        "return_sought": True,
        "return_to": "The victims Aiperi Nurlanovna Kadyrova and Begimai Ulanovna Mamatova",
        **_WHY,
    },
    "confiscation": {
        "type": "confiscation",
        "route": "new_order",
        "property": [{"kind": "vehicle", "description": "Minibus Ford Transit, registration 07 ABC 417",
                      "location": "Antalya", "estimated_value": "about EUR 25,000", "holder_person": "s1",
                      "grounds": "Bought on 3 August 2026 with cash from the exploitation and used to drive the victims to clients."}],
        "return_sought": False,
        **_WHY,
    },
    "voluntary_appearance": {
        "type": "voluntary_appearance",
        "person": "v1", "capacity": "victim",
        "appearance_date": "2027-02-15",
        "place": "Pervomaisky District Court of Bishkek, 1 Primernaya Street, Bishkek",
        "allowances": "Air ticket Antalya–Bishkek and back, accommodation and a daily allowance of KGS 3,000, paid in advance",
        "safe_conduct": True,
        **_WHY,
    },
    "detained_transfer": {
        "type": "detained_transfer",
        "person": "w9", "consent": "given",
        "transfer_date": "2027-02-10", "return_date": "2027-02-20",
        "custody": "Pre-trial detention centre No. 1 of the Ministry of Internal Affairs, Bishkek, under the order of the "
                   "investigating judge to be annexed",
        "escort": "Escorted by two officers of the Ministry of Internal Affairs on a scheduled flight Istanbul–Bishkek",
        "safe_conduct": True,
        **_WHY,
    },
    "video_hearing": {
        "type": "video_hearing",
        "medium": "video", "person": "v1", "capacity": "victim",
        "reason_no_appearance": "The victim is in a State shelter in Antalya, is under medical care and cannot travel.",
        "hearing_authority": "Pervomaisky District Court of Bishkek",
        "conducting_persons": ["Judge A. K. Osmonova", "Senior Investigator B. T. Ismailov"],
        "proposed_date": "2027-01-20",
        "interpreter": "Kyrgyz; the requesting State provides the interpreter, who will be with the court in Bishkek",
        "technical_contact": {"name": "Nurlan Asanov", "position": "IT officer", "phone": "+996 312 000 110",
                              "email": "it.example@sud.example.kg"},
        "sworn": False,
        "questions": ["Describe your journey to Antalya on 14 May 2026."],
        **_WHY,
    },
    "data_preservation": {
        "type": "data_preservation",
        "provider": "Turkcell İletişim Hizmetleri A.Ş., Istanbul",
        "identifiers": [{"value": "+90 555 000 41 72", "kind": "phone"},
                        {"value": "85.105.17.41", "kind": "ip", "date_time": "2026-06-14T22:41:07", "time_zone": "UTC+3"}],
        "categories": ["subscriber", "traffic"],
        "period_from": "2026-05-01", "period_to": "2026-10-31",
        "necessity": "The provider keeps traffic data for a limited time; the data of May 2026 may soon be deleted.",
        "request_to_follow": True, "follow_up_by": "2026-12-15",
        **_WHY,
    },
    "stored_data": {
        "type": "stored_data",
        "category": "subscriber",
        "provider": "Turkcell İletişim Hizmetleri A.Ş., Istanbul",
        "identifiers": [{"value": "+90 555 000 41 72", "kind": "phone"}],
        "period_from": "2026-05-01", "period_to": "2026-10-31",
        "subscriber_fields": ["identity", "address", "billing", "service_period"],
        "preservation_reference": "KG-PRES-2026-11", "preserved_on": "2026-11-01",
        **_WHY,
    },
    "realtime_data": {
        "type": "realtime_data",
        "kind": "interception",
        "provider": "Turkcell İletişim Hizmetleri A.Ş., Istanbul",
        "identifiers": [{"value": "+90 555 000 41 72", "kind": "phone"}],
        "period_from": "2026-12-01", "period_to": "2026-12-31",
        "domestic_order": "Order of the investigating judge of the Pervomaisky District Court of Bishkek of 30 October 2026 authorising the search",
        "transmission": "recorded",
        "transcription": "Transcripts in Turkish, with a translation into Russian",
        **_WHY,
    },
    "controlled_delivery": {
        "type": "controlled_delivery",
        "consignment": "A courier parcel of about 2 kg holding blank Kyrgyz passport forms",
        "route": "Antalya – Istanbul Airport – Manas International Airport (Bishkek)",
        "transport": "Courier service parcel, air waybill 235-41720093",
        "timing": "Expected to leave Antalya between 5 and 10 January 2027",
        "supervising_authorities": "Antalya Police Department (Türkiye); Ministry of Internal Affairs (Kyrgyz Republic)",
        "handling": "replaced_in_whole",
        "persons": ["s1"],
        **_WHY,
    },
    "joint_investigation_team": {
        "type": "joint_investigation_team",
        "parties": ["KG", "TR"], "operating_state": "TR",
        "leader": "A prosecutor of the Antalya Chief Public Prosecutor's Office",
        "composition": "Two prosecutors and four police officers of Türkiye; one prosecutor and two investigators of the Kyrgyz Republic",
        "duration": "12 months from signature, extendable by agreement",
        **_WHY,
    },
    "transfer_of_proceedings": {
        "type": "transfer_of_proceedings",
        "suspects": ["s1"],
        "reasons": "Kemal Arslantürk is a Turkish national living in Türkiye, which does not extradite its nationals; "
                   "the exploitation took place in Antalya.",
        "case_file": "Decision of 5 September 2026 to open criminal case No. 01-000-2026-000417",
        "evidence": ["The phone of Cholpon Maratovna Abdykerimova with the WhatsApp messages"],
        "own_proceedings": "The proceedings against Arslantürk will be suspended once Türkiye takes them over.",
        **_WHY,
    },
    "locate_person": {
        "type": "locate_person",
        "person": "s1",
        "last_known": "Güzeloba Mah., 2215 Sok. No: 9, Daire 6, Muratpaşa, Antalya (until October 2026); mobile +90 555 000 41 72",
        "when_found": "Report the address only",
        **_WHY,
    },
    "document_verification": {
        "type": "document_verification",
        "document_kind": "Turkish identity card",
        "number": "A12B34567",
        "issued_on": "2021-03-01",
        "holder_name": "Ayla Demir",
        "copy_annex": "Photographs of the suspect Kemal Arslantürk and of the victims' passports",
        "designated_authority": "General Directorate of Population and Citizenship Affairs",
        **_WHY,
    },
}

# Words the section shows in each language (besides its heading).
PHRASES: dict[str, tuple[str, str]] = {
    "examination": ("To examine the following object or site", "Произвести осмотр следующего объекта"),
    "information": ("To provide the following information", "Предоставить следующую информацию"),
    "account_monitoring": ("To monitor the banking operations", "Осуществлять контроль за операциями"),
    "asset_tracing": ("To identify and trace the proceeds of crime", "Выявить и отследить доходы от преступлений"),
    "freezing": ("To freeze the property listed below", "Заморозить указанное ниже имущество"),
    "confiscation": ("obtaining an order for the confiscation", "для получения решения о конфискации"),
    "voluntary_appearance": ("to appear voluntarily", "добровольно явиться"),
    "detained_transfer": ("temporarily to the requesting State", "Временно передать в запрашивающее государство"),
    "video_hearing": ("by video conference", "с использованием систем видеоконференцсвязи"),
    "data_preservation": ("To order the expedited preservation", "оперативному обеспечению сохранности"),
    "stored_data": ("subscriber information", "информацию об абонентах"),
    "realtime_data": ("To intercept in real time", "перехват данных о содержании"),
    "controlled_delivery": ("(controlled delivery)", "(контролируемая поставка)"),
    "joint_investigation_team": ("To agree to set up a joint investigation team", "совместной следственной группы"),
    "transfer_of_proceedings": ("To take over the criminal proceedings", "Принять на себя осуществление уголовного преследования"),
    "locate_person": ("To establish the whereabouts and identity", "Установить местонахождение и личность"),
    "document_verification": ("To verify the legitimacy and validity", "Проверить законность и действительность"),
}


def item(kind: str) -> dict:
    return copy.deepcopy(ITEMS[kind])


def add(data: dict, form: str, /, **changes) -> dict:
    """Adds the complete item of this form to a case (and the person it needs), with changes; returns the item.
    A change to None removes the key."""
    new = item(form)
    for key, value in changes.items():
        if value is None:
            new.pop(key, None)
        else:
            new[key] = value
    if form == "detained_transfer" and not any(p["id"] == "w9" for p in data["persons"]):
        data["persons"].append(copy.deepcopy(DETAINED_WITNESS))
    data["assistance"].append(new)
    return new
