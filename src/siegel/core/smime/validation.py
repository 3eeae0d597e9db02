"""Is a certificate good for S/MIME with this address, at this moment?

Path building and checking (signatures along the chain, validity periods, basic
constraints, name constraints, revocation from the CRLs and OCSP responses the
caller supplies) is pyhanko-certvalidator's; it never fetches anything here.
This module adds what S/MIME needs on top and turns every failure into one
:class:`CertificateVerdict` with a reason a person can read.

Revocation: pyhanko-certvalidator only consults revocation data for a
certificate that declares where to find it (CRL distribution point, OCSP URL).
Some CAs issue certificates without those and publish CRLs all the same; when
the operator supplied such a CRL (or an OCSP response), ignoring it would let a
revoked certificate pass. So every supplied CRL and OCSP response that is
signed by the certificate's issuer (or, for OCSP, by a responder the issuer
delegated) is also read here, and a listing there revokes the certificate,
whatever it declares. Revocation counts whatever its date: the signing time is
the signer's own claim, and a key that was revoked may have signed afterwards
with a backdated time.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509 import ocsp
from cryptography.x509.oid import ExtendedKeyUsageOID
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator import errors as cv_errors

from siegel.core import certificates as certs

T = TypeVar("T")

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
        return f"weak key: RSA key of {key.key_size} bits (at least {MIN_RSA_BITS} required)"
    algorithm = cert.signature_hash_algorithm
    if algorithm is not None and algorithm.name in WEAK_SIGNATURE_HASHES:
        return f"weak algorithm: certificate signed with {algorithm.name.upper()}"
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
    verdict = _validate_path(cert, trust_anchors, intermediates, moment, crls, ocsp_responses)
    if verdict.status is not CertificateStatus.VALID:
        return verdict
    issuers = [c for c in (*trust_anchors, *intermediates) if c.subject == cert.issuer]
    listed = _listed_as_revoked(cert, issuers, crls, ocsp_responses)
    if listed:
        return CertificateVerdict(CertificateStatus.REVOKED, f"{subject}: revoked ({listed})")
    return verdict


def _signed_by(
    issuer: x509.Certificate,
    data: bytes,
    signature: bytes,
    hash_algorithm: hashes.HashAlgorithm | None,
) -> bool:
    key = issuer.public_key()
    if hash_algorithm is None:
        return False
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), hash_algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, data, ec.ECDSA(hash_algorithm))
        else:
            return False
    except InvalidSignature:
        return False
    return True


def _crl_signed_by(crl: x509.CertificateRevocationList, issuer: x509.Certificate) -> bool:
    key = issuer.public_key()
    if not isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
        return False
    return crl.is_signature_valid(key)


def _listed_as_revoked(
    cert: x509.Certificate,
    issuers: Sequence[x509.Certificate],
    crls: Sequence[bytes],
    ocsp_responses: Sequence[bytes],
) -> str | None:
    """Why a supplied CRL or OCSP response by the issuer lists ``cert`` as revoked, or None."""
    for data in crls:
        try:
            crl = x509.load_der_x509_crl(data)
        except ValueError:
            continue
        entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
        if entry is None or crl.issuer != cert.issuer:
            continue
        if any(_crl_signed_by(crl, issuer) for issuer in issuers):
            return (
                f"listed in the issuer's CRL since {entry.revocation_date_utc:%Y-%m-%d %H:%M} UTC"
            )
    for data in ocsp_responses:
        try:
            response = ocsp.load_der_ocsp_response(data)
            if response.response_status is not ocsp.OCSPResponseStatus.SUCCESSFUL:
                continue
            single = next(
                (r for r in response.responses if r.serial_number == cert.serial_number), None
            )
        except ValueError:
            continue
        if single is None or single.certificate_status is not ocsp.OCSPCertStatus.REVOKED:
            continue
        if any(_answers_for(response, issuer) for issuer in issuers):
            when = single.revocation_time_utc
            return f"OCSP says revoked{f' since {when:%Y-%m-%d %H:%M} UTC' if when else ''}"
    return None


def _answers_for(response: ocsp.OCSPResponse, issuer: x509.Certificate) -> bool:
    """The response is signed by the issuer, or by a responder it certified for OCSP signing."""
    algorithm = response.signature_hash_algorithm
    tbs, signature = response.tbs_response_bytes, response.signature
    if _signed_by(issuer, tbs, signature, algorithm):
        return True
    for responder in response.certificates:
        try:
            usage = responder.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
        except x509.ExtensionNotFound:
            continue
        if (
            ExtendedKeyUsageOID.OCSP_SIGNING in usage
            and responder.issuer == issuer.subject
            and _signed_by(
                issuer,
                responder.tbs_certificate_bytes,
                responder.signature,
                responder.signature_hash_algorithm,
            )
            and _signed_by(responder, tbs, signature, algorithm)
        ):
            return True
    return False


def _parses(load: Callable[[bytes], object], data: bytes) -> bool:
    """Unreadable revocation data (a broken download in the cache) is left out, not fatal."""
    try:
        load(data)
    except ValueError:
        return False
    return True


def _run_to_completion(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run pyhanko-certvalidator's coroutine from synchronous code.

    The validator only offers an async API; ``asyncio.run`` refuses to start when the
    calling thread already runs an event loop (an SMTP handler, a Playwright session).
    Validation is CPU work with fetching disabled, so a short-lived thread of its own
    is the one way that works from every caller.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


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
        crls=[c for c in crls if _parses(x509.load_der_x509_crl, c)],
        ocsps=[o for o in ocsp_responses if _parses(ocsp.load_der_ocsp_response, o)],
        revocation_mode="soft-fail",
        weak_hash_algos=set(WEAK_SIGNATURE_HASHES),
    )
    validator = CertificateValidator(_asn1(cert), validation_context=context)
    try:
        _run_to_completion(validator.async_validate_path())
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
