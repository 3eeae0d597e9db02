"""Verifying S/MIME signatures: detached multipart/signed and opaque signed-data.

The result is an object, not a boolean (like pyHanko's): VALID, INVALID (the
content or the signature was changed, a weak algorithm, a certificate that is
expired, revoked, not for e-mail or not for the From address), UNTRUSTED (no
path to a configured anchor) or UNKNOWN_SIGNER (the signer's certificate is not
in the message). A bad signature is never an exception; unparseable input is
:class:`MalformedMessage`, a message without signature :class:`NotSigned`.

The CMS structure is read with asn1crypto and the signature checked with
cryptography's primitives; certificates go through :mod:`.validation`.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.utils import getaddresses

from asn1crypto import cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from siegel.core.mime import headers
from siegel.core.smime.errors import MalformedMessage, NotSigned, SmimeError
from siegel.core.smime.mime import content_type, decode_body, split_message, split_signed
from siegel.core.smime.validation import CertificateStatus, validate_certificate

WEAK_DIGESTS = frozenset({"md5", "sha1"})
HASHES: dict[str, hashes.HashAlgorithm] = {
    "sha224": hashes.SHA224(),
    "sha256": hashes.SHA256(),
    "sha384": hashes.SHA384(),
    "sha512": hashes.SHA512(),
}


class VerifyStatus(enum.StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    UNTRUSTED = "untrusted"
    UNKNOWN_SIGNER = "unknown_signer"


@dataclass(frozen=True)
class VerifyResult:
    status: VerifyStatus
    reason: str
    content: bytes  # the signed entity, to go on with
    signer_certificate: x509.Certificate | None = None
    signer_address: str | None = None
    signing_time: dt.datetime | None = None
    capabilities: tuple[str, ...] = field(default=())
    digest_algorithm: str = ""
    signature_algorithm: str = ""
    chain: tuple[x509.Certificate, ...] = field(default=())

    @property
    def valid(self) -> bool:
        return self.status is VerifyStatus.VALID


@dataclass(frozen=True)
class _Signed:
    der: bytes
    content: bytes  # what the message digest is over
    entity: bytes  # the signed MIME entity


def _extract(message: bytes) -> _Signed:
    _, entity = split_message(message)
    media, params = content_type(entity)
    if media == "multipart/signed":
        signed, der = split_signed(entity)
        return _Signed(der, signed, signed)
    if (
        media in {"application/pkcs7-mime", "application/x-pkcs7-mime"}
        and params.get("smime-type", "signed-data") == "signed-data"
    ):
        der = decode_body(entity)
        try:
            info = cms.ContentInfo.load(der)
            encap = info["content"]["encap_content_info"]["content"]
            content = encap.native if encap.native is not None else b""
        except (ValueError, TypeError, KeyError) as exc:
            raise MalformedMessage(f"the signed-data cannot be parsed: {exc}") from None
        return _Signed(der, content, content)
    raise NotSigned(f"not a signed S/MIME message ({media})")


def _from_address(message: bytes) -> str | None:
    found = [address for _, address in getaddresses(headers.get_all(message, "From")) if address]
    return found[0].lower() if found else None


def verify(
    message: bytes,
    *,
    trust_anchors: Sequence[x509.Certificate],
    sender: str | None = None,
    at: dt.datetime | None = None,
    crls: Sequence[bytes] = (),
    ocsp_responses: Sequence[bytes] = (),
    intermediates: Sequence[x509.Certificate] = (),
) -> VerifyResult:
    signed = _extract(message)
    address = sender.lower() if sender else _from_address(message)
    try:
        info = cms.ContentInfo.load(signed.der)
        if info["content_type"].native != "signed_data":
            raise MalformedMessage(f"expected signed-data, found {info['content_type'].native}")
        data = info["content"]
        certificates = [
            x509.load_der_x509_certificate(c.chosen.dump())
            for c in (data["certificates"] or [])
            if c.name == "certificate"
        ]
        results = [
            _verify_signer(
                si,
                signed,
                certificates,
                trust_anchors,
                address,
                at,
                crls,
                ocsp_responses,
                intermediates,
            )
            for si in data["signer_infos"]
        ]
    except SmimeError:
        raise
    except Exception as exc:
        # Untrusted bytes meet two parsers (asn1crypto, cryptography) whose error types
        # vary (ValueError, DuplicateExtension, UnsupportedAlgorithm, ...): whatever
        # they raise, the answer is the same typed one.
        raise MalformedMessage(
            f"the S/MIME signature cannot be parsed: {type(exc).__name__}: {exc}"
        ) from None
    if not results:
        raise MalformedMessage("the signed-data has no signer")
    return next((r for r in results if r.status is not VerifyStatus.VALID), results[0])


def _find_signer(
    sid: cms.SignerIdentifier, certificates: Sequence[x509.Certificate]
) -> x509.Certificate | None:
    for cert in certificates:
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if (
                cert.serial_number == wanted["serial_number"].native
                and cert.issuer.public_bytes() == wanted["issuer"].dump()
            ):
                return cert
        else:
            try:
                ski = cert.extensions.get_extension_for_class(
                    x509.SubjectKeyIdentifier
                ).value.digest
            except x509.ExtensionNotFound:
                continue
            if ski == sid.chosen.native:
                return cert
    return None


def _verify_signer(
    signer_info: cms.SignerInfo,
    signed: _Signed,
    certificates: list[x509.Certificate],
    trust_anchors: Sequence[x509.Certificate],
    address: str | None,
    at: dt.datetime | None,
    crls: Sequence[bytes],
    ocsp_responses: Sequence[bytes],
    intermediates: Sequence[x509.Certificate],
) -> VerifyResult:
    digest_name = signer_info["digest_algorithm"]["algorithm"].native
    signature_name = signer_info["signature_algorithm"].signature_algo
    base = {
        "content": signed.entity,
        "digest_algorithm": digest_name,
        "signature_algorithm": signature_name,
    }
    cert = _find_signer(signer_info["sid"], [*certificates, *intermediates])
    if cert is None:
        return VerifyResult(
            VerifyStatus.UNKNOWN_SIGNER, "the signer's certificate is not in the message", **base
        )
    attributes = {a["type"].native: a["values"] for a in (signer_info["signed_attrs"] or [])}
    signing_time = attributes["signing_time"][0].native if "signing_time" in attributes else None
    capabilities = (
        tuple(c["capability_id"].native for c in attributes["smime_capabilities"][0])
        if "smime_capabilities" in attributes
        else ()
    )
    base |= {
        "signer_certificate": cert,
        "signer_address": address,
        "signing_time": signing_time,
        "capabilities": capabilities,
        "chain": tuple(certificates),
    }
    if digest_name in WEAK_DIGESTS:
        return VerifyResult(
            VerifyStatus.INVALID, f"weak digest algorithm {digest_name.upper()}", **base
        )
    if digest_name not in HASHES:
        return VerifyResult(
            VerifyStatus.INVALID, f"unsupported digest algorithm {digest_name}", **base
        )
    algorithm = HASHES[digest_name]
    digest = hashlib.new(digest_name, signed.content).digest()
    if attributes:
        if (
            attributes.get("message_digest", [None])[0] is None
            or attributes["message_digest"][0].native != digest
        ):
            return VerifyResult(
                VerifyStatus.INVALID,
                "the content was changed after signing (message digest differs)",
                **base,
            )
        to_verify = b"\x31" + signer_info["signed_attrs"].dump()[1:]
    else:
        to_verify = signed.content
    problem = _check_signature(cert, signer_info, to_verify, algorithm)
    if problem:
        return VerifyResult(VerifyStatus.INVALID, problem, **base)
    verdict = validate_certificate(
        cert,
        trust_anchors=trust_anchors,
        intermediates=[*certificates, *intermediates],
        address=address,
        at=at or signing_time,
        crls=crls,
        ocsp_responses=ocsp_responses,
    )
    if verdict.status is CertificateStatus.VALID:
        return VerifyResult(
            VerifyStatus.VALID, f"valid signature by {address or verdict.reason}", **base
        )
    status = (
        VerifyStatus.UNTRUSTED
        if verdict.status is CertificateStatus.UNTRUSTED
        else VerifyStatus.INVALID
    )
    return VerifyResult(status, verdict.reason, **base)


def _check_signature(
    cert: x509.Certificate,
    signer_info: cms.SignerInfo,
    data: bytes,
    algorithm: hashes.HashAlgorithm,
) -> str | None:
    """None when the signature is good, else why not."""
    signature = signer_info["signature"].native
    key = cert.public_key()
    name = signer_info["signature_algorithm"].signature_algo
    try:
        if isinstance(key, rsa.RSAPublicKey) and name == "rsassa_pss":
            params = signer_info["signature_algorithm"]["parameters"]
            salt = params["salt_length"].native
            mgf_hash = HASHES.get(
                params["mask_gen_algorithm"]["parameters"]["algorithm"].native, algorithm
            )
            key.verify(
                signature,
                data,
                padding.PSS(mgf=padding.MGF1(mgf_hash), salt_length=salt),
                algorithm,
            )
        elif isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, data, ec.ECDSA(algorithm))
        else:
            return f"unsupported signature algorithm {type(key).__name__.removesuffix('PublicKey')}"
    except InvalidSignature:
        return "the signature does not match (content or signature changed)"
    return None
