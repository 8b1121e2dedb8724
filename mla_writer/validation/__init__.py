"""Checks a case against the requested State's requirements and the legal basis."""

from mla_writer.validation.engine import Finding, Severity, validate

__all__ = ["Finding", "Severity", "validate"]
