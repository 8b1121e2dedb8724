import json

import pytest
from pydantic import ValidationError

from mla_writer.casefile import case_to_json, parse_case
from mla_writer.errors import InputError
from mla_writer.model import Case
from tests.conftest import EXAMPLES, example_data


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_round_trip_through_json(path):
    case = Case.model_validate(json.loads(path.read_text(encoding="utf-8")))
    again = Case.model_validate(json.loads(case_to_json(case)))
    assert again == case


def test_schema_describes_every_assistance_type():
    schema = json.dumps(Case.model_json_schema())
    for kind in ("statement", "documents", "bank_records", "search_seizure", "service"):
        assert f'"{kind}"' in schema


def test_unknown_keys_are_refused_with_their_path(trafficking_case):
    trafficking_case["facts"]["sumary"] = "typo"
    with pytest.raises(InputError) as caught:
        parse_case(trafficking_case, "case.json")
    assert caught.value.field == "facts.sumary"
    assert "unknown key" in caught.value.message


def test_every_problem_is_reported_with_its_path(trafficking_case):
    del trafficking_case["signatory"]["name"]
    trafficking_case["persons"][0]["date_of_birth"] = "1990-02-30"
    with pytest.raises(InputError) as caught:
        parse_case(trafficking_case, "case.json")
    fields = [caught.value.field] + [problem.field for problem in caught.value.more]
    assert "signatory.name" in fields
    assert "persons[0].date_of_birth" in fields


def test_a_reference_to_an_unknown_person_is_refused(trafficking_case):
    statement = next(i for i in trafficking_case["assistance"] if i["type"] == "statement")
    statement["person"] = "nobody"
    with pytest.raises(InputError) as caught:
        parse_case(trafficking_case, "case.json")
    assert "nobody" in caught.value.message
    assert caught.value.field.startswith("assistance[")


def test_duplicate_person_ids_are_refused(trafficking_case):
    trafficking_case["persons"][1]["id"] = trafficking_case["persons"][0]["id"]
    with pytest.raises(InputError, match="used twice"):
        parse_case(trafficking_case, "case.json")


def test_codes_are_normalised(trafficking_case):
    trafficking_case["requested"]["state"] = "tr"
    trafficking_case["language"] = "EN"
    case = parse_case(trafficking_case, "case.json")
    assert case.requested.state == "TR" and case.language == "en"


def test_blank_optional_text_counts_as_missing(trafficking_case):
    trafficking_case["proceedings"]["case_name"] = "   "
    assert parse_case(trafficking_case, "case.json").proceedings.case_name is None


def test_an_unknown_assistance_type_names_the_known_ones(trafficking_case):
    trafficking_case["assistance"][0]["type"] = "telepathy"
    with pytest.raises(InputError) as caught:
        parse_case(trafficking_case, "case.json")
    assert "statement" in caught.value.message and caught.value.field == "assistance[0].type"


def test_a_bilateral_treaty_not_in_the_registry_needs_title_and_date(trafficking_case):
    trafficking_case["legal_basis"] = [{"instrument": "BILATERAL"}]
    with pytest.raises(ValidationError):
        Case.model_validate(trafficking_case)


def test_stated_limits_refuse_huge_lists(trafficking_case):
    person = trafficking_case["persons"][0]
    trafficking_case["persons"] = [dict(person, id=f"p{i}") for i in range(600)]
    with pytest.raises(InputError, match="too many entries"):
        parse_case(trafficking_case, "case.json")


def test_a_json_array_is_not_a_case():
    with pytest.raises(InputError, match="JSON object"):
        parse_case([], "case.json")


def test_an_unsupported_schema_version_says_so():
    with pytest.raises(InputError, match="schema_version"):
        parse_case(example_data("kg-tr-trafficking.json") | {"schema_version": 7}, "case.json")
