"""render --document: the preservation request, the urgent INTERPOL notice, the covering letter."""

from __future__ import annotations

import json

import pytest
from docx import Document
from typer.testing import CliRunner

from mla_writer.cli import app
from tests.conftest import example_data

runner = CliRunner()


def _with_preservation(tmp_path):
    data = example_data("kg-tr-trafficking.json")
    data["assistance"].append({
        "type": "data_preservation", "provider": "Example Telecom A.Ş., Antalya",
        "identifiers": [{"value": "+90 555 000 00 00", "kind": "phone"},
                        {"value": "203.0.113.7", "kind": "ip", "date_time": "2026-05-14T10:22:13", "time_zone": "UTC+3"}],
        "categories": ["subscriber", "traffic"], "period_from": "2026-03-01", "period_to": "2026-10-31",
        "necessity": "The provider keeps traffic data for six months only.",
        "request_to_follow": True, "follow_up_by": "2026-12-31",
        "purpose": "To identify who ran the recruitment account.", "relevance": "The victims were contacted from it.",
    })
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _text(path):
    document = Document(path)
    return "\n".join(p.text for p in document.paragraphs)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_preservation_request_carries_the_six_items_of_article_29(tmp_path, lang):
    case = _with_preservation(tmp_path)
    result = runner.invoke(app, ["render", str(case), "-o", str(tmp_path), "--document", "preservation", "--lang", lang])
    assert result.exit_code == 0, result.output
    text = _text(tmp_path / f"case.{lang}.preservation.docx")
    for number in range(1, 7):
        assert f"{number}. " in text
    assert "203.0.113.7" in text and "UTC+3" in text
    assert ("60" in text) and ("2026" in text)


def test_a_case_without_a_preservation_item_is_told_so(tmp_path):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(example_data("kg-tr-trafficking.json")), encoding="utf-8")
    result = runner.invoke(app, ["render", str(path), "-o", str(tmp_path), "--document", "preservation"])
    assert result.exit_code == 4 and "data_preservation" in result.stderr


@pytest.mark.parametrize("kind,expected", [("urgent", "INTERPOL"), ("cover", "Enclosures")])
def test_the_urgent_notice_and_the_covering_letter(tmp_path, kind, expected):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(example_data("kg-tr-trafficking.json")), encoding="utf-8")
    result = runner.invoke(app, ["render", str(path), "-o", str(tmp_path), "--document", kind])
    assert result.exit_code == 0, result.output
    assert expected in _text(tmp_path / f"case.en.{kind}.docx")


def test_an_unknown_document_is_a_usage_error(tmp_path):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(example_data("kg-tr-trafficking.json")), encoding="utf-8")
    result = runner.invoke(app, ["render", str(path), "-o", str(tmp_path), "--document", "memo"])
    assert result.exit_code == 2 and "preservation" in result.stderr
