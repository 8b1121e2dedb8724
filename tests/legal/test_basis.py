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


# Pairs from the reference (countries.md, legal.md §3), on dates either side of a change.
PAIRS = [
    # (from, to, date, must include, must exclude)
    ("KG", "KZ", ON, {"CHISINAU_2002", "UNTOC"}, {"MINSK_1993"}),
    ("KG", "RU", ON, {"MINSK_1993", "UNTOC"}, {"CHISINAU_2002"}),
    ("KG", "UA", dt.date(2024, 6, 1), {"UNTOC", "UNCAC"}, {"MINSK_1993", "CHISINAU_2002"}),
    ("KG", "UA", dt.date(2023, 6, 1), {"MINSK_1993", "UNTOC"}, set()),
    ("UA", "RU", dt.date(2022, 6, 1), {"MINSK_1993", "COE_1959"}, set()),
    ("UA", "RU", dt.date(2023, 1, 10), {"COE_1959"}, {"MINSK_1993"}),
    ("UZ", "KZ", ON, {"CHISINAU_2002"}, {"MINSK_1993"}),
    ("UZ", "KZ", dt.date(2015, 1, 1), {"MINSK_1993"}, {"CHISINAU_2002"}),
    ("TM", "KZ", ON, {"MINSK_1993"}, {"CHISINAU_2002"}),
    ("BY", "RU", ON, {"MINSK_1993"}, {"CHISINAU_2002"}),
    ("KZ", "TR", ON, {"BILATERAL_KZ_TR_1995", "UNTOC"}, {"MINSK_1993", "COE_1959"}),
    ("KZ", "TR", dt.date(1999, 1, 1), set(), {"BILATERAL_KZ_TR_1995"}),
    ("TR", "DE", ON, {"COE_1959", "COE_1959_AP2", "UNTOC", "BUDAPEST"}, set()),
    ("KZ", "DE", ON, {"UNTOC"}, {"COE_1959", "BUDAPEST"}),
    ("RU", "DE", ON, {"COE_1959"}, {"MINSK_1993"}),
    ("RU", "DE", dt.date(2015, 1, 1), {"COE_1959"}, {"COE_1959_AP2"}),
    ("MD", "UA", ON, {"COE_1959", "UNTOC"}, {"MINSK_1993"}),
    ("KG", "TR", ON, {"BILATERAL_KG_TR", "UNTOC"}, {"COE_1959"}),
]


@pytest.mark.parametrize("a,b,day,included,excluded", PAIRS, ids=[f"{p[0]}-{p[1]}-{p[2]}" for p in PAIRS])
def test_the_finder_gives_the_right_instruments(profiles, a, b, day, included, excluded):
    found = set(_ids(profiles, a, b, day))
    assert included <= found, found
    assert not (excluded & found), found


def test_suspension_applies_only_from_its_date(profiles):
    registry = profiles.registry()
    minsk = registry.get("MINSK_1993")
    before = check(minsk, profiles.get("UA"), profiles.get("RU"), dt.date(2022, 12, 1), registry)
    after = check(minsk, profiles.get("UA"), profiles.get("RU"), dt.date(2022, 12, 24), registry)
    assert before.applies and not after.applies and "suspended" in after.reason.render("en")
