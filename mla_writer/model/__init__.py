"""The case model: the single source of truth for a request.

The wizard fills it, case files (JSON) serialise it, validation reads it and rendering
reads it. Import from here rather than from the submodules.
"""

from mla_writer.model.assistance import (
    AssistanceItem,
    BankAccount,
    BankRecordsRequest,
    DocumentsRequest,
    DocumentToServe,
    SearchSeizureRequest,
    ServiceRequest,
    SpecialProcedure,
    StatementRequest,
)
from mla_writer.model.case import (
    SCHEMA_VERSION,
    Annex,
    Assurances,
    Case,
    Confidentiality,
    Facts,
    LegalBasisRef,
    Offence,
    Proceedings,
    RelatedRequest,
    RequestedParty,
    RequestingParty,
    Signatory,
    SmugglingElements,
    TraffickingElements,
    Urgency,
)
from mla_writer.model.common import Authority, Channel, ContactPerson, Stage
from mla_writer.model.persons import LegalPerson, NaturalPerson, Person, Role

__all__ = [name for name in dir() if not name.startswith("_")]
