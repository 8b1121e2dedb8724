import shutil
import textwrap

import pytest

from mla_writer.errors import InputError
from mla_writer.profiles.loader import ProfileSet, load_profile_set
from mla_writer.profiles.facts import iter_facts
from mla_writer.profiles.schema import FactStatus
from mla_writer.resources import data_dir

CORE_STATES = ("DE", "KG", "KZ", "RU", "TR")




def test_the_core_states_have_profiles(profiles):
    assert set(CORE_STATES) <= set(profiles.codes())


ALL_STATES = sorted(p.stem.upper() for p in data_dir("country_requirements").glob("??.yaml"))


@pytest.mark.parametrize("code", ALL_STATES)
def test_every_profile_loads_and_every_fact_has_provenance(profiles, code):
    profile = profiles.get(code)
    assert profile.iso2 == code
    assert profile.names.get("en") and profile.names.get("ru"), "official names in English and Russian"
    assert profile.central_authorities, "a central authority, or an explicit unconfirmed one"
    assert profile.accepted_languages
    for path, fact in iter_facts(profile):
        assert fact.source or fact.status is FactStatus.UNCONFIRMED, f"{code}: {path} has no source"


def test_every_membership_names_a_registered_instrument(profiles):
    registry = profiles.registry()
    for profile in profiles.load_all():
        for member in profile.treaties:
            assert registry.get(member.instrument), f"{profile.iso2}: {member.instrument}"
        for entry in profile.accepted_languages:
            for instrument in entry.instruments:
                assert registry.get(instrument), f"{profile.iso2}: {instrument}"


def _user_dir(tmp_path, code="TR", text=None):
    folder = tmp_path / "profiles"
    folder.mkdir()
    source = data_dir("country_requirements") / f"{code.lower()}.yaml"
    target = folder / f"{code.lower()}.yaml"
    if text is None:
        shutil.copy(source, target)
    else:
        target.write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def test_a_user_profile_overrides_the_bundled_one(tmp_path):
    folder = _user_dir(tmp_path)
    path = folder / "tr.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("en: {formal: Republic of Türkiye", "en: {formal: Republic of Testland"),
                    encoding="utf-8")
    profiles = load_profile_set(folder)
    assert profiles.get("TR").names.pick("en").formal == "Republic of Testland"
    assert profiles.is_user_profile("TR") and not profiles.is_user_profile("KG")


def test_the_environment_variable_names_the_user_folder(tmp_path, monkeypatch):
    folder = _user_dir(tmp_path)
    monkeypatch.setenv("MLA_WRITER_PROFILES", str(folder))
    assert load_profile_set(None).user_dir == folder


def test_a_missing_profiles_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_profile_set(tmp_path / "nowhere")


def test_an_unknown_state_lists_the_known_ones(profiles):
    with pytest.raises(InputError) as caught:
        profiles.get("XX")
    assert "XX" in caught.value.message and "KG" in caught.value.fix


def test_a_fact_without_source_is_refused_with_file_and_key(tmp_path):
    folder = _user_dir(tmp_path, text="""\
        iso2: TR
        names: {source: x, en: {formal: A, short: B}}
        official_languages: [tr]
        central_authorities:
          - id: moj
            name: {en: Ministry}
            stages: [investigation]
        """)
    with pytest.raises(InputError) as caught:
        ProfileSet(data_dir("country_requirements"), folder).get("TR")
    assert "tr.yaml" in caught.value.file
    assert caught.value.field == "central_authorities[0]"
    assert "source" in caught.value.message


def test_a_missing_field_names_the_key(tmp_path):
    folder = _user_dir(tmp_path, text="iso2: TR\nofficial_languages: [tr]\n")
    with pytest.raises(InputError) as caught:
        ProfileSet(data_dir("country_requirements"), folder).get("TR")
    assert caught.value.field == "names" and "missing" in caught.value.message


def test_python_tags_in_yaml_are_refused(tmp_path):
    folder = _user_dir(tmp_path, text="iso2: !!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(InputError, match="not allowed"):
        ProfileSet(data_dir("country_requirements"), folder).get("TR")


def test_yaml_anchor_bombs_are_refused_before_they_expand(tmp_path):
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n"
    folder = _user_dir(tmp_path, text=bomb)
    with pytest.raises(InputError, match="aliases"):
        ProfileSet(data_dir("country_requirements"), folder).get("TR")


def test_a_file_named_for_one_state_cannot_hold_another(tmp_path):
    folder = tmp_path / "profiles"
    folder.mkdir()
    shutil.copy(data_dir("country_requirements") / "kg.yaml", folder / "tr.yaml")
    with pytest.raises(InputError, match="named for TR"):
        ProfileSet(data_dir("country_requirements"), folder).get("TR")


def test_the_registry_loads_with_titles_in_english_and_russian(profiles):
    registry = profiles.registry()
    for instrument in registry.instruments:
        assert instrument.title.get("ru"), instrument.id
        assert instrument.source or instrument.status is FactStatus.UNCONFIRMED
