"""Verifying S/MIME signatures: detached multipart/signed and opaque signed-data.

The result is an object, not a boolean (as pyHanko does it): VALID, INVALID (the
content or signature was changed, a weak or unsupported algorithm, a certificate
that is expired, revoked, not for e-mail or not for the From address), UNTRUSTED
(intact, but no path to a configured trust anchor) or UNKNOWN_SIGNER (the
signer's certificate is neither in the message nor supplied). Every signer must
verify; the first one that does not decides the result, and each signer's own
verdict is kept in :attr:`VerifyResult.signers`.

What raises and what returns: a bad signature never raises, it is a result with
a reason. Only input that is not a signed message at all raises:
:class:`NotSigned` for a message without signature, :class:`MalformedMessage`
for MIME or CMS that cannot be parsed (truncated, garbled). Callers that want
one path for both catch :class:`SmimeError`.

Security choices, each a check below:

* Detached signatures are checked over the exact bytes of the signed part; a
  detached signature that carries content of its own which differs from that
  part is refused (a client could show one text while the signature covers another).
* Signed attributes must hold the message digest and a content type equal to
  the encapsulated one (RFC 5652 5.3), and ESS signingCertificateV2, when
  present, must name the certificate that verified the signature.
* MD5 and SHA-1 are refused as digest and inside signature algorithms, RSA keys
  under 2048 bits through :mod:`.validation`; such signatures are INVALID with
  a reason that says "weak" and :attr:`VerifyResult.weak_algorithm` set. A
  content changed after signing is reported as that, even under a weak digest.
* The certificate is judged at the signing time the signer claims (or at the
  caller's ``at``), but a signing time in the future is refused, so a backdated
  claim is the only lever left, and revocation data still applies.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from email.utils import getaddresses

from asn1crypto import cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

from siegel.core import certificates as certs
from siegel.core.mime import MAX_MESSAGE_BYTES, headers
from siegel.core.mime.entity import content_type
from siegel.core.smime import capabilities, ess
from siegel.core.smime.errors import MalformedMessage, NotSigned, SmimeError, refuse_oversized
from siegel.core.smime.mime import decode_body, split_message, split_signed
from siegel.core.smime.validation import CertificateStatus, validate_certificate

WEAK_DIGESTS = frozenset({"md2", "md5", "sha1"})
HASHES: dict[str, hashes.HashAlgorithm] = {
    "sha224": hashes.SHA224(),
    "sha256": hashes.SHA256(),
    "sha384": hashes.SHA384(),
    "sha512": hashes.SHA512(),
}
CLOCK_SKEW = dt.timedelta(hours=1)
# signed attribute types (RFC 5652 11, RFC 8551 2.5.2), by OID as the SignerInfo carries them
_CONTENT_TYPE = "1.2.840.113549.1.9.3"
_MESSAGE_DIGEST = "1.2.840.113549.1.9.4"
_SIGNING_TIME = "1.2.840.113549.1.9.5"
_CAPABILITIES = "1.2.840.113549.1.9.15"


class VerifyStatus(enum.StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    UNTRUSTED = "untrusted"
    UNKNOWN_SIGNER = "unknown_signer"


@dataclass(frozen=True)
class SignerVerdict:
    """What one SignerInfo of the message came to."""

    status: VerifyStatus
    reason: str
    identifier: str  # how the SignerInfo names its certificate
    certificate: x509.Certificate | None = None
    address: str | None = None
    signing_time: dt.datetime | None = None
    capabilities: tuple[str, ...] = field(default=())
    digest_algorithm: str = ""
    signature_algorithm: str = ""
    weak_algorithm: bool = False  # INVALID for an algorithm or key too weak to rely on


@dataclass(frozen=True)
class VerifyResult:
    """The verdict on a signed message; the fields describe the deciding signer."""

    status: VerifyStatus
    reason: str
    content: bytes  # the signed MIME entity, exactly as signed, to go on with
    signer_certificate: x509.Certificate | None = None
    signer_address: str | None = None
    signing_time: dt.datetime | None = None
    capabilities: tuple[str, ...] = field(default=())
    digest_algorithm: str = ""
    signature_algorithm: str = ""
    chain: tuple[x509.Certificate, ...] = field(default=())
    signers: tuple[SignerVerdict, ...] = field(default=())
    weak_algorithm: bool = False  # INVALID only for a weak algorithm or key (SHA-1, RSA-1024)

    @property
    def valid(self) -> bool:
        return self.status is VerifyStatus.VALID


@dataclass(frozen=True)
class _Signed:
    der: bytes
    content: bytes  # what the message digest is over
    detached: bool
    embedded_differs: bool = False  # a detached signature with other content inside


@dataclass(frozen=True)
class _Context:
    certificates: tuple[x509.Certificate, ...]
    trust_anchors: Sequence[x509.Certificate]
    intermediates: Sequence[x509.Certificate]
    address: str | None
    at: dt.datetime | None
    crls: Sequence[bytes]
    ocsp_responses: Sequence[bytes]
    co_signed: bool = False  # several signers, one of whom holds the From address

    def address_for(self, cert: x509.Certificate) -> str | None:
        """The address ``cert`` must hold: From's, except for the co-signers of its holder.

        Every signer must verify, but with several signers only one can be the author
        (RFC 8551 3.8 asks that *a* signer match From); the others are judged like
        any other signer, without the address check.
        """
        if self.co_signed and self.address not in certs.email_addresses(cert):
            return None
        return self.address


def verify(
    message: bytes,
    *,
    trust_anchors: Sequence[x509.Certificate],
    sender: str | None = None,
    at: dt.datetime | None = None,
    crls: Sequence[bytes] = (),
    ocsp_responses: Sequence[bytes] = (),
    intermediates: Sequence[x509.Certificate] = (),
    max_size: int = MAX_MESSAGE_BYTES,
) -> VerifyResult:
    """Verify the outermost signature of ``message`` (a whole message or a signed entity).

    ``sender`` is the address the signer must hold (default: the From header);
    ``at`` the moment to judge the certificates at (default: the signing time).
    """
    refuse_oversized(message, max_size)
    try:
        signed = _extract(message)
        data = cms.ContentInfo.load(signed.der)
        if data["content_type"].native != "signed_data":
            raise MalformedMessage(f"expected signed-data, found {data['content_type'].native}")
        signed_data = data["content"]
        context = _Context(
            certificates=_certificates(signed_data),
            trust_anchors=trust_anchors,
            intermediates=intermediates,
            address=sender.strip().lower() if sender else _from_address(message),
            at=at,
            crls=crls,
            ocsp_responses=ocsp_responses,
        )
        context = replace(context, co_signed=_co_signed(signed_data, context))
        econtent_type = signed_data["encap_content_info"]["content_type"].dotted
        verdicts = tuple(
            _verify_signer(info, signed, econtent_type, context)
            for info in signed_data["signer_infos"]
        )
    except SmimeError:
        raise
    except Exception as exc:
        # Untrusted bytes meet two parsers (asn1crypto, cryptography) whose error types
        # vary (ValueError, TypeError, KeyError, ...): whatever they raise, the answer
        # is the same typed one.
        raise MalformedMessage(
            f"the S/MIME signature cannot be parsed: {type(exc).__name__}: {exc}"
        ) from None
    if not verdicts:
        raise MalformedMessage("the signed-data has no signer")
    return _combine(verdicts, signed.content, context.certificates)


def _co_signed(signed_data: cms.SignedData, context: _Context) -> bool:
    if len(signed_data["signer_infos"]) < 2 or context.address is None:
        return False
    candidates = [*context.certificates, *context.intermediates]
    found = (_find_signer(info["sid"], candidates) for info in signed_data["signer_infos"])
    return any(c is not None and context.address in certs.email_addresses(c) for c in found)


def _combine(
    verdicts: tuple[SignerVerdict, ...], content: bytes, chain: tuple[x509.Certificate, ...]
) -> VerifyResult:
    failing = [(n, v) for n, v in enumerate(verdicts, 1) if v.status is not VerifyStatus.VALID]
    number, deciding = failing[0] if failing else (1, verdicts[0])
    reason = deciding.reason
    if len(verdicts) > 1:
        reason = (
            f"signer {number} of {len(verdicts)}: {reason}"
            if failing
            else "; ".join(v.reason for v in verdicts)
        )
    return VerifyResult(
        status=deciding.status,
        reason=reason,
        content=content,
        signer_certificate=deciding.certificate,
        signer_address=deciding.address,
        signing_time=deciding.signing_time,
        capabilities=deciding.capabilities,
        digest_algorithm=deciding.digest_algorithm,
        signature_algorithm=deciding.signature_algorithm,
        chain=chain,
        signers=verdicts,
        weak_algorithm=deciding.weak_algorithm,
    )


def _extract(message: bytes) -> _Signed:
    _, entity = split_message(message)
    media, params = content_type(entity)
    if media == "multipart/signed":
        if "pkcs7" not in params.get("protocol", "pkcs7").lower():
            raise NotSigned(f"not an S/MIME signature (protocol {params.get('protocol')})")
        signed, der = split_signed(entity)
        embedded = cms.ContentInfo.load(der)["content"]["encap_content_info"]["content"]
        differs = embedded.native is not None and embedded.native != signed
        return _Signed(der, signed, detached=True, embedded_differs=differs)
    if (
        media in {"application/pkcs7-mime", "application/x-pkcs7-mime"}
        and params.get("smime-type", "signed-data").lower() == "signed-data"
    ):
        der = decode_body(entity)
        content = cms.ContentInfo.load(der)["content"]["encap_content_info"]["content"].native
        if content is None:
            raise MalformedMessage(
                "opaque signed-data without content (a detached signature without its part)"
            )
        return _Signed(der, bytes(content), detached=False)
    raise NotSigned(f"not a signed S/MIME message ({media})")


def _certificates(signed_data: cms.SignedData) -> tuple[x509.Certificate, ...]:
    """The certificates the message carries; one that cannot be read is simply not offered.

    Nor is one whose serial number is not positive: RFC 5280 forbids it, and ``cryptography``
    only warns about it today but will refuse to load it (a ``ValueError``) in a later release.
    """
    found = []
    for choice in signed_data["certificates"] or []:
        if choice.name != "certificate":
            continue
        try:
            if choice.chosen["tbs_certificate"]["serial_number"].native <= 0:
                continue
            found.append(x509.load_der_x509_certificate(choice.chosen.dump()))
        except ValueError:
            continue
    return tuple(found)


def _from_address(message: bytes) -> str | None:
    found = [address for _, address in getaddresses(headers.get_all(message, "From")) if address]
    return found[0].lower() if found else None


def _describe_sid(sid: cms.SignerIdentifier) -> str:
    if sid.name == "issuer_and_serial_number":
        return (
            f"issuer {sid.chosen['issuer'].human_friendly}, "
            f"serial {sid.chosen['serial_number'].native}"
        )
    return f"subject key identifier {sid.chosen.native.hex()}"


def _find_signer(
    sid: cms.SignerIdentifier, candidates: Sequence[x509.Certificate]
) -> x509.Certificate | None:
    for cert in candidates:
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if (
                cert.serial_number == wanted["serial_number"].native
                and cert.issuer.public_bytes() == wanted["issuer"].dump()
            ):
                return cert
            continue
        try:
            ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
        except (x509.ExtensionNotFound, ValueError):
            continue
        if ski == sid.chosen.native:
            return cert
    return None


def _signature_algorithm(info: cms.SignerInfo) -> str:
    try:
        return str(info["signature_algorithm"].signature_algo)
    except ValueError:
        return str(info["signature_algorithm"]["algorithm"].dotted)


def _signer_address(cert: x509.Certificate, address: str | None) -> str | None:
    held = certs.email_addresses(cert)
    if address is not None and address in held:
        return address
    return held[0] if held else None


def _verify_signer(
    info: cms.SignerInfo, signed: _Signed, econtent_type: str, context: _Context
) -> SignerVerdict:
    digest_name = str(info["digest_algorithm"]["algorithm"].native)
    identifier = _describe_sid(info["sid"])
    unknown = SignerVerdict(
        VerifyStatus.UNKNOWN_SIGNER,
        f"the signer's certificate ({identifier}) is neither in the message nor supplied",
        identifier,
        digest_algorithm=digest_name,
        signature_algorithm=_signature_algorithm(info),
    )
    cert = _find_signer(info["sid"], [*context.certificates, *context.intermediates])
    if cert is None:
        return unknown
    attributes = {a["type"].dotted: a["values"] for a in (info["signed_attrs"] or [])}
    signing_time = _signing_time(attributes)
    found = replace(
        unknown,
        certificate=cert,
        address=_signer_address(cert, context.address_for(cert)),
        signing_time=signing_time,
        capabilities=capabilities.decode(attributes.get(_CAPABILITIES, [None])[0]),
    )
    problem = _content_problem(info, signed, econtent_type, attributes, digest_name)
    if problem:
        return replace(found, status=VerifyStatus.INVALID, reason=problem)
    weak = _weak_algorithm(info, digest_name)
    if weak:
        return replace(found, status=VerifyStatus.INVALID, reason=weak, weak_algorithm=True)
    problem = (
        _signature_problem(cert, info, signed.content, digest_name)
        or _certificate_binding_problem(cert, attributes)
        or _usage_problem(cert)
        or _time_problem(signing_time, context.at)
    )
    if problem:
        return replace(found, status=VerifyStatus.INVALID, reason=problem)
    verdict = validate_certificate(
        cert,
        trust_anchors=context.trust_anchors,
        intermediates=[*context.certificates, *context.intermediates],
        address=context.address_for(cert),
        at=context.at or signing_time,
        crls=context.crls,
        ocsp_responses=context.ocsp_responses,
    )
    if verdict.status is CertificateStatus.VALID:
        who = found.address or cert.subject.rfc4514_string()
        return replace(found, status=VerifyStatus.VALID, reason=f"valid signature by {who}")
    if verdict.status is CertificateStatus.UNTRUSTED:
        return replace(found, status=VerifyStatus.UNTRUSTED, reason=verdict.reason)
    return replace(
        found,
        status=VerifyStatus.INVALID,
        reason=verdict.reason,
        weak_algorithm=verdict.status is CertificateStatus.WEAK,
    )


def _signing_time(attributes: dict[str, cms.SetOfAny]) -> dt.datetime | None:
    values = attributes.get(_SIGNING_TIME)
    if not values:
        return None
    moment = values[0].native
    return moment if isinstance(moment, dt.datetime) else None


def _content_problem(
    info: cms.SignerInfo,
    signed: _Signed,
    econtent_type: str,
    attributes: dict[str, cms.SetOfAny],
    digest_name: str,
) -> str | None:
    """Is this the content that was signed?

    Asked before the algorithms are judged: a content changed after signing is
    the plainer and graver answer, also under a weak digest (a weak digest that
    differs still proves the change; one that matches proves nothing).
    """
    if signed.embedded_differs:
        return (
            "the detached signature carries content of its own that differs from the signed "
            "part (what is shown is not what was signed)"
        )
    if not attributes:
        return None  # the signature is directly over the content (RFC 5652 5.4)
    digest_values = attributes.get(_MESSAGE_DIGEST)
    type_values = attributes.get(_CONTENT_TYPE)
    if not digest_values or not type_values:
        return "the signed attributes lack the message digest or the content type"
    if type_values[0].dotted != econtent_type:
        return "the signed content type differs from the content's type"
    if digest_name not in hashlib.algorithms_available:
        return None  # unsupported: said by _signature_problem
    claimed = digest_values[0].native
    actual = hashlib.new(digest_name, signed.content).digest()
    if not hmac.compare_digest(claimed, actual):
        return "the content was changed after signing (message digest differs)"
    return None


def _weak_algorithm(info: cms.SignerInfo, digest_name: str) -> str | None:
    """Why the signature's algorithms are too weak to rely on, or None."""
    if digest_name in WEAK_DIGESTS:
        return f"weak digest algorithm {digest_name.upper()} (refused)"
    name = _signature_algorithm(info)
    try:
        inner_hash = info["signature_algorithm"].hash_algo
    except ValueError:
        inner_hash = None
    if inner_hash in WEAK_DIGESTS:
        return f"weak signature algorithm {inner_hash.upper()} with {name} (refused)"
    if name != "rsassa_pss":
        return None
    params = info["signature_algorithm"]["parameters"]
    pss_hash = params["hash_algorithm"]["algorithm"].native
    mgf_hash = params["mask_gen_algorithm"]["parameters"]["algorithm"].native
    if pss_hash in WEAK_DIGESTS or mgf_hash in WEAK_DIGESTS:
        return f"weak signature algorithm RSA-PSS with {pss_hash.upper()} (refused)"
    return None


def _signature_problem(
    cert: x509.Certificate, info: cms.SignerInfo, content: bytes, digest_name: str
) -> str | None:
    """None when the signature value is good for this certificate, else why not."""
    if digest_name not in HASHES:
        return f"unsupported digest algorithm {digest_name}"
    algorithm = HASHES[digest_name]
    attributes = info["signed_attrs"]
    # Over the DER of the attributes as a SET OF (tag 0x31), not the [0] IMPLICIT tag.
    data = b"\x31" + attributes.dump()[1:] if len(attributes) else content
    signature = info["signature"].native
    key = cert.public_key()
    name = _signature_algorithm(info)
    try:
        if isinstance(key, rsa.RSAPublicKey) and name == "rsassa_pss":
            return _pss_problem(key, info, data, algorithm)
        if isinstance(key, rsa.RSAPublicKey) and name == "rsassa_pkcs1v15":
            key.verify(signature, data, padding.PKCS1v15(), algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey) and name == "ecdsa":
            key.verify(signature, data, ec.ECDSA(algorithm))
        elif isinstance(key, ed25519.Ed25519PublicKey) and name == "ed25519":
            key.verify(signature, data)  # pure EdDSA over the attributes (RFC 8419 3)
        else:
            kind = type(key).__name__.removesuffix("PublicKey").removeprefix("_")
            return f"unsupported signature algorithm {kind} ({name})"
    except InvalidSignature:
        return "the signature does not match (content or signature changed)"
    return None


def _pss_problem(
    key: rsa.RSAPublicKey, info: cms.SignerInfo, data: bytes, algorithm: hashes.HashAlgorithm
) -> str | None:
    params = info["signature_algorithm"]["parameters"]
    pss_hash = params["hash_algorithm"]["algorithm"].native
    mgf_hash = params["mask_gen_algorithm"]["parameters"]["algorithm"].native
    if pss_hash not in HASHES or mgf_hash not in HASHES:
        return f"unsupported RSA-PSS hash {pss_hash}/{mgf_hash}"
    padding_scheme = padding.PSS(
        mgf=padding.MGF1(HASHES[mgf_hash]), salt_length=params["salt_length"].native
    )
    try:
        key.verify(info["signature"].native, data, padding_scheme, HASHES[pss_hash])
    except InvalidSignature:
        return "the signature does not match (content or signature changed)"
    if HASHES[pss_hash].name != algorithm.name:
        return f"RSA-PSS hash {pss_hash} differs from the digest algorithm {algorithm.name}"
    return None


def _certificate_binding_problem(
    cert: x509.Certificate, attributes: dict[str, cms.SetOfAny]
) -> str | None:
    """The signer named its certificate (ESS, see :mod:`.ess`): it must be this one."""
    values = attributes.get(ess.OID)
    if not values:
        return None
    if ess.names_certificate(values[0].dump(), cert.public_bytes(serialization.Encoding.DER)):
        return None
    return "the signed attributes name a different signing certificate (ESS signingCertificateV2)"


def _usage_problem(cert: x509.Certificate) -> str | None:
    """A certificate whose key usage excludes signatures cannot sign mail (RFC 8550 4.4.2)."""
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return None
    if usage.digital_signature or usage.content_commitment:
        return None
    return f"{cert.subject.rfc4514_string()}: key usage does not allow signing"


def _time_problem(signing_time: dt.datetime | None, at: dt.datetime | None) -> str | None:
    now = at or dt.datetime.now(dt.UTC)
    if signing_time is not None and signing_time > now + CLOCK_SKEW:
        return f"the signing time {signing_time:%Y-%m-%d %H:%M} UTC lies in the future"
    return None
