"""Is a certificate good for S/MIME with this address, at this moment?

Path building and checking (signatures along the chain, validity periods, basic
constraints, name constraints, revocation from the CRLs and OCSP responses the
caller supplies) is pyhanko-certvalidator's; it never fetches anything here.
This module adds what S/MIME needs on top and turns every failure into one
:class:`CertificateVerdict` with a reason a person can read.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator import errors as cv_errors

from siegel.core import certificates as certs

MIN_RSA_BITS = 2048
WEAK_SIGNATURE_HASHES = frozenset({"md2", "md5", "sha1"})


class CertificateStatus(enum.StrEnum):
    VALID = "valid"
    UNTRUSTED = "untrusted"
    EXPIRED = "expired"
    NOT_YET_VALID = "not-yet-valid"
    REVOKED = "revoked"
    NOT_FOR_EMAIL = "not-for-email"
    ADDRESS_MISMATCH = "address-mismatch"
    WEAK = "weak"


@dataclass(frozen=True)
class CertificateVerdict:
    status: CertificateStatus
    reason: str

    @property
    def usable(self) -> bool:
        return self.status is CertificateStatus.VALID


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def weakness(cert: x509.Certificate) -> str | None:
    """Why the certificate's own algorithms are too weak, or None."""
    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey) and key.key_size < MIN_RSA_BITS:
        return f"RSA key of {key.key_size} bits (at least {MIN_RSA_BITS} required)"
    algorithm = cert.signature_hash_algorithm
    if algorithm is not None and algorithm.name in WEAK_SIGNATURE_HASHES:
        return f"certificate signed with {algorithm.name.upper()}"
    return None


def validate_certificate(
    cert: x509.Certificate,
    *,
    trust_anchors: Sequence[x509.Certificate],
    intermediates: Sequence[x509.Certificate] = (),
    address: str | None = None,
    at: dt.datetime | None = None,
    crls: Sequence[bytes] = (),
    ocsp_responses: Sequence[bytes] = (),
) -> CertificateVerdict:
    """All S/MIME checks of one certificate; the first failure decides the verdict."""
    moment = at or dt.datetime.now(dt.UTC)
    subject = cert.subject.rfc4514_string()
    weak = weakness(cert)
    if weak:
        return CertificateVerdict(CertificateStatus.WEAK, f"{subject}: {weak}")
    if moment > cert.not_valid_after_utc:
        return CertificateVerdict(
            CertificateStatus.EXPIRED, f"{subject}: expired on {cert.not_valid_after_utc:%Y-%m-%d}"
        )
    if moment < cert.not_valid_before_utc:
        return CertificateVerdict(
            CertificateStatus.NOT_YET_VALID,
            f"{subject}: not valid before {cert.not_valid_before_utc:%Y-%m-%d}",
        )
    if not certs.has_email_protection(cert):
        return CertificateVerdict(
            CertificateStatus.NOT_FOR_EMAIL, f"{subject}: not issued for e-mail protection"
        )
    if address is not None and address.strip().lower() not in certs.email_addresses(cert):
        return CertificateVerdict(
            CertificateStatus.ADDRESS_MISMATCH,
            f"{subject}: issued for {', '.join(certs.email_addresses(cert)) or 'no address'}, "
            f"not for {address}",
        )
    return _validate_path(cert, trust_anchors, intermediates, moment, crls, ocsp_responses)


def _validate_path(
    cert: x509.Certificate,
    trust_anchors: Sequence[x509.Certificate],
    intermediates: Sequence[x509.Certificate],
    moment: dt.datetime,
    crls: Sequence[bytes],
    ocsp_responses: Sequence[bytes],
) -> CertificateVerdict:
    subject = cert.subject.rfc4514_string()
    if not trust_anchors:
        return CertificateVerdict(
            CertificateStatus.UNTRUSTED, f"{subject}: no trust anchors configured"
        )
    context = ValidationContext(
        trust_roots=[_asn1(anchor) for anchor in trust_anchors],
        other_certs=[_asn1(c) for c in intermediates],
        moment=moment,
        allow_fetching=False,
        crls=list(crls),
        ocsps=list(ocsp_responses),
        revocation_mode="soft-fail",
        weak_hash_algos=set(WEAK_SIGNATURE_HASHES),
    )
    validator = CertificateValidator(_asn1(cert), validation_context=context)
    try:
        asyncio.run(validator.async_validate_path())
    except cv_errors.RevokedError as exc:
        return CertificateVerdict(CertificateStatus.REVOKED, f"{subject}: revoked ({exc})")
    except cv_errors.ExpiredError as exc:
        return CertificateVerdict(CertificateStatus.EXPIRED, f"{subject}: chain expired ({exc})")
    except cv_errors.NotYetValidError as exc:
        return CertificateVerdict(
            CertificateStatus.NOT_YET_VALID, f"{subject}: chain not yet valid ({exc})"
        )
    except cv_errors.DisallowedAlgorithmError as exc:
        return CertificateVerdict(
            CertificateStatus.WEAK, f"{subject}: weak algorithm in the chain ({exc})"
        )
    except (
        cv_errors.PathBuildingError,
        cv_errors.PathValidationError,
        cv_errors.ValidationError,
    ) as exc:
        return CertificateVerdict(
            CertificateStatus.UNTRUSTED, f"{subject}: no trusted path ({exc})"
        )
    except (ValueError, TypeError) as exc:  # malformed extensions etc.
        return CertificateVerdict(
            CertificateStatus.UNTRUSTED, f"{subject}: cannot be validated ({exc})"
        )
    return CertificateVerdict(CertificateStatus.VALID, f"{subject}: valid, trusted chain")
