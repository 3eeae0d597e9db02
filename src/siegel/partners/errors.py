"""What can go wrong with a firm or broker-post operation, as types the caller can tell apart.

The web pages and the API map these to their answers (a message, 403, 404, 409).
"""

from __future__ import annotations


class PartnerError(Exception):
    """Base of every refusal of the partner services; the message is fit to show staff."""


class NotPermitted(PartnerError):
    """The acting user may not do this (not a firm administrator, or of another firm)."""


class FirmLocked(PartnerError):
    """The firm is locked: nothing is done for it or by its users."""


class FirmExists(PartnerError):
    """A firm with this registration number exists already."""


class AlreadyMember(PartnerError):
    """The address belongs to a user of a firm already (a person is in one firm at a time)."""


class LastAdministrator(PartnerError):
    """A firm keeps at least one active administrator; nobody locks or demotes themselves."""


class NotAUser(PartnerError):
    """The address cannot be a firm user (staff, disabled, or not a usable address)."""


class InvalidShipment(PartnerError):
    """The deposit's metadata or documents are not acceptable."""


class KeyReused(PartnerError):
    """The idempotency key was used for a different shipment: it names one deposit only."""
