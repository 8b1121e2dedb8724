"""Requirement profiles of States and the registry of legal instruments."""

from mla_writer.profiles.loader import ProfileSet, load_profile_set
from mla_writer.profiles.schema import CountryProfile, Instrument, InstrumentRegistry

__all__ = ["CountryProfile", "Instrument", "InstrumentRegistry", "ProfileSet", "load_profile_set"]
