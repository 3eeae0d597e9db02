"""Passkeys (WebAuthn) as a second factor: the protocol, by the ``webauthn`` library.

The relying party is the portal's public address (``SIEGEL_PORTAL_URL``): its
host is the RP ID and its origin the only origin accepted, so a passkey made
for the portal answers no other site. Challenges are random, kept in the
session and used once. No attestation is asked for (privacy; any authenticator
the person trusts will do); user verification is preferred, not required,
because the password is the first factor.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from webauthn import (
    generate_authentication_options,
    generate_registration_options,
    options_to_json,
    verify_authentication_response,
    verify_registration_response,
)
from webauthn.helpers import base64url_to_bytes, bytes_to_base64url
from webauthn.helpers.exceptions import WebAuthnException
from webauthn.helpers.structs import (
    AuthenticatorSelectionCriteria,
    PublicKeyCredentialDescriptor,
    ResidentKeyRequirement,
    UserVerificationRequirement,
)

from siegel.accounts.models import Account, Passkey


class PasskeyError(Exception):
    """The browser's answer did not prove possession of a passkey for this portal."""


@dataclass(frozen=True)
class VerifiedPasskey:
    credential_id: str  # base64url
    public_key: bytes
    sign_count: int


def relying_party() -> tuple[str, str]:
    """(RP ID, origin) from ``SIEGEL_PORTAL_URL``."""
    parts = urlsplit(settings.SIEGEL_PORTAL_URL)
    return parts.hostname or "localhost", f"{parts.scheme}://{parts.netloc}"


def registration_options(account: Account, existing: list[Passkey]) -> tuple[str, bytes]:
    """The options for ``navigator.credentials.create`` (JSON) and their challenge."""
    rp_id, _ = relying_party()
    options = generate_registration_options(
        rp_id=rp_id,
        rp_name=settings.SIEGEL_BRAND_NAME,
        user_name=account.address,
        user_id=str(account.user_id).encode(),
        user_display_name=account.display_name or account.address,
        authenticator_selection=AuthenticatorSelectionCriteria(
            resident_key=ResidentKeyRequirement.PREFERRED,
            user_verification=UserVerificationRequirement.PREFERRED,
        ),
        exclude_credentials=[_descriptor(passkey) for passkey in existing],
    )
    return options_to_json(options), options.challenge


def verify_registration(payload: str, challenge: bytes) -> VerifiedPasskey:
    rp_id, origin = relying_party()
    try:
        verified = verify_registration_response(
            credential=payload,
            expected_challenge=challenge,
            expected_rp_id=rp_id,
            expected_origin=origin,
        )
    except (WebAuthnException, ValueError, KeyError, TypeError) as error:
        raise PasskeyError(str(error)) from error
    return VerifiedPasskey(
        credential_id=bytes_to_base64url(verified.credential_id),
        public_key=verified.credential_public_key,
        sign_count=verified.sign_count,
    )


def authentication_options(passkeys: list[Passkey]) -> tuple[str, bytes]:
    """The options for ``navigator.credentials.get`` (JSON) and their challenge."""
    rp_id, _ = relying_party()
    options = generate_authentication_options(
        rp_id=rp_id,
        allow_credentials=[_descriptor(passkey) for passkey in passkeys],
        user_verification=UserVerificationRequirement.PREFERRED,
    )
    return options_to_json(options), options.challenge


def credential_id(payload: str) -> str:
    """The credential id the browser's answer names (to find the stored passkey)."""
    try:
        value = json.loads(payload)["id"]
    except (ValueError, KeyError, TypeError) as error:
        raise PasskeyError("no credential id") from error
    if not isinstance(value, str):
        raise PasskeyError("no credential id")
    return value


def verify_authentication(payload: str, challenge: bytes, passkey: Passkey) -> int:
    """Check the browser's signed answer; the authenticator's new signature count."""
    rp_id, origin = relying_party()
    try:
        verified = verify_authentication_response(
            credential=payload,
            expected_challenge=challenge,
            expected_rp_id=rp_id,
            expected_origin=origin,
            credential_public_key=bytes(passkey.public_key),
            credential_current_sign_count=passkey.sign_count,
        )
    except (WebAuthnException, ValueError, KeyError, TypeError) as error:
        raise PasskeyError(str(error)) from error
    return verified.new_sign_count


def _descriptor(passkey: Passkey) -> PublicKeyCredentialDescriptor:
    return PublicKeyCredentialDescriptor(id=base64url_to_bytes(passkey.credential_id))
