"""Finding and loading profiles: bundled ones, overridden by a user's own folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from mla_writer.errors import InputError
from mla_writer.input_errors import describe
from mla_writer.profiles.schema import CountryProfile, Instrument, InstrumentRegistry
from mla_writer.resources import data_dir, user_profiles_dir
from mla_writer.safe_yaml import YamlProblem, load_yaml_file

REGISTRY_FILE = "instruments.yaml"


def _profile_files(folder: Path) -> dict[str, Path]:
    return {
        path.stem.upper(): path
        for path in sorted(folder.glob("*.yaml"))
        if path.name != REGISTRY_FILE and len(path.stem) == 2 and path.stem.isalpha()
    }


def _load_model(path: Path, model: type, what: str):  # noqa: ANN202 - returns an instance of `model`
    try:
        data = load_yaml_file(path)
    except YamlProblem as exc:
        where = f"{path}:{exc.line}" if exc.line else str(path)
        raise InputError(exc.message, file=where, fix=f"correct the {what} file") from exc
    if not isinstance(data, dict):
        raise InputError(f"a {what} must be a YAML mapping (key: value)", file=str(path), fix="see the bundled files for the layout")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = list(describe(exc))
        key, message, fix = problems[0]
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise InputError(message + more, file=str(path), field=key,
                         fix=fix or f"correct the {what} file") from exc


@dataclass
class ProfileSet:
    """All profiles the tool can see. Loaded lazily: most commands need two States only."""

    bundled_dir: Path
    user_dir: Path | None = None
    _profiles: dict[str, CountryProfile] = field(default_factory=dict, repr=False)
    _registry: InstrumentRegistry | None = field(default=None, repr=False)

    def files(self) -> dict[str, Path]:
        found = _profile_files(self.bundled_dir)
        if self.user_dir is not None:
            found.update(_profile_files(self.user_dir))
        return dict(sorted(found.items()))

    def codes(self) -> list[str]:
        return list(self.files())

    def is_user_profile(self, code: str) -> bool:
        path = self.files().get(code.upper())
        return bool(path and self.user_dir and path.parent == self.user_dir)

    def get(self, code: str) -> CountryProfile:
        code = code.upper()
        if code not in self._profiles:
            path = self.files().get(code)
            if path is None:
                known = ", ".join(self.codes())
                raise InputError(f"no requirement profile for the State {code!r}",
                                 fix=f"use one of {known}, or add {code.lower()}.yaml to your --profiles folder")
            profile = _load_model(path, CountryProfile, "profile")
            if profile.iso2 != code:
                raise InputError(f"the file is named for {code} but says iso2: {profile.iso2}",
                                 file=str(path), field="iso2", fix="make the file name and iso2 agree")
            self._profiles[code] = profile
        return self._profiles[code]

    def find(self, code: str) -> CountryProfile | None:
        try:
            return self.get(code)
        except InputError:
            if code.upper() in self.files():
                raise
            return None

    def registry(self) -> InstrumentRegistry:
        if self._registry is None:
            registry = _load_model(self.bundled_dir / REGISTRY_FILE, InstrumentRegistry, "instrument registry")
            if self.user_dir is not None and (self.user_dir / REGISTRY_FILE).is_file():
                extra = _load_model(self.user_dir / REGISTRY_FILE, InstrumentRegistry, "instrument registry")
                merged: dict[str, Instrument] = {i.id: i for i in registry.instruments}
                merged.update({i.id: i for i in extra.instruments})
                registry = InstrumentRegistry(instruments=list(merged.values()))
            self._registry = registry
        return self._registry

    def load_all(self) -> list[CountryProfile]:
        return [self.get(code) for code in self.codes()]


def load_profile_set(user_dir: str | Path | None = None) -> ProfileSet:
    folder = user_profiles_dir(user_dir)
    if folder is not None and not folder.is_dir():
        raise InputError("the profiles folder does not exist", file=str(folder),
                         fix="pass an existing folder to --profiles (or MLA_WRITER_PROFILES)")
    return ProfileSet(bundled_dir=data_dir("country_requirements"), user_dir=folder)
