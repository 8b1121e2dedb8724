import datetime as dt

import pytest

from mla_writer.legal.basis import applicable, check

ON = dt.date(2026, 11, 22)


def _ids(profiles, a, b, day=ON):
    return [x.instrument.id for x in applicable(profiles.get(a), profiles.get(b), day, profiles.registry())]


def test_chisinau_displaces_minsk_between_two_chisinau_parties(profiles):
    found = _ids(profiles, "KG", "KZ")
    assert "CHISINAU_2002" in found
    assert "MINSK_1993" not in found
    registry = profiles.registry()
    minsk = check(registry.get("MINSK_1993"), profiles.get("KG"), profiles.get("KZ"), ON, registry)
    assert not minsk.applies and "replaces" in minsk.reason.render("en")


def test_minsk_applies_where_one_state_is_not_a_chisinau_party(profiles):
    found = _ids(profiles, "KG", "RU")
    assert "MINSK_1993" in found and "CHISINAU_2002" not in found


def test_before_chisinau_entered_into_force_minsk_applies(profiles):
    found = _ids(profiles, "KG", "KZ", dt.date(2001, 1, 1))
    assert "MINSK_1993" in found and "CHISINAU_2002" not in found


def test_the_european_convention_needs_both_states(profiles):
    assert "COE_1959" in _ids(profiles, "TR", "DE")
    assert "COE_1959" not in _ids(profiles, "KZ", "DE")


def test_a_bilateral_treaty_binds_its_two_parties_only(profiles):
    assert "BILATERAL_KZ_TR_1995" in _ids(profiles, "KZ", "TR")
    assert "BILATERAL_KZ_TR_1995" not in _ids(profiles, "KG", "TR")
    assert "BILATERAL_KZ_TR_1995" not in _ids(profiles, "KZ", "TR", dt.date(1999, 1, 1))


def test_preferred_instruments_come_first(profiles):
    found = _ids(profiles, "KG", "KZ")
    assert found.index("CHISINAU_2002") < found.index("UNTOC")


@pytest.mark.parametrize("day", [dt.date(1990, 1, 1)])
def test_where_no_treaty_applies_reciprocity_is_proposed(profiles, day):
    assert _ids(profiles, "KZ", "DE", day) == ["RECIPROCITY"]
