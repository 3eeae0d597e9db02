"""What is this message? Its layers (signed, encrypted, nested), algorithms and parties.

Used by ``siegel inspect`` and by people debugging a mail that did not open.
Signatures get the verdict of :func:`verify` when trust anchors are passed (a
description that showed a tampered mail like a good one would mislead).
Encrypted layers are described from their metadata, which is readable without
any key: the content cipher, and for each recipient the key management
(transport, agreement, KEK, password) with the identifier of the recipient's
certificate (issuer and serial, or subject key identifier). Only when keys are
passed is an encrypted layer opened, to describe what is inside and whether
the cipher authenticated it (AES-GCM) or not (CBC).

Nothing here raises for bad input: a layer that cannot be parsed is described
as ``broken`` with the reason, because a description is most needed exactly
when a message is damaged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from email.utils import getaddresses
from typing import Any

from asn1crypto import cms
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from siegel.core import smime
from siegel.core.mime import headers
from siegel.core.mime.entity import content_type
from siegel.core.smime.errors import SmimeError
from siegel.core.smime.mime import decode_body, split_message, split_signed
from siegel.core.smime.verify import VerifyStatus, verify

MAX_DEPTH = 8
PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
_KEY_AGREEMENT = {  # RFC 5753 / SEC 1 ECDH schemes, which asn1crypto does not name
    "1.3.133.16.840.63.0.2": "ecdh-sha1kdf",
    "1.3.132.1.11.0": "ecdh-sha224kdf",
    "1.3.132.1.11.1": "ecdh-sha256kdf",
    "1.3.132.1.11.2": "ecdh-sha384kdf",
    "1.3.132.1.11.3": "ecdh-sha512kdf",
}
_PKCS7_MIME = frozenset({"application/pkcs7-mime", "application/x-pkcs7-mime"})
SIGNED_KINDS = frozenset({"signed-detached", "signed-opaque"})


@dataclass(frozen=True)
class Layer:
    """One wrapping of the message, outermost first.

    ``kind`` is one of signed-detached, signed-opaque, enveloped, auth-enveloped,
    pgp-signed, pgp-encrypted, content, broken.
    """

    kind: str
    details: Mapping[str, Any] = field(default_factory=dict)

    def describe(self) -> list[str]:
        """Lines of text: the kind with its simple facts, then one line per listed party."""
        simple = {k: v for k, v in self.details.items() if not isinstance(v, list)}
        lines = [self.kind + (f" ({_facts(simple)})" if simple else "")]
        for name, items in self.details.items():
            if isinstance(items, list):
                singular = name.removesuffix("s")
                lines += [
                    f"  {singular}: {_facts(item) if isinstance(item, dict) else item}"
                    for item in items
                ]
        return lines


@dataclass(frozen=True)
class MessageDescription:
    layers: tuple[Layer, ...]

    def describe(self) -> str:
        """A tree in plain text, each layer indented under the one that wraps it."""
        return "\n".join(
            "  " * depth + line
            for depth, layer in enumerate(self.layers)
            for line in layer.describe()
        )

    def as_dict(self) -> dict[str, Any]:
        """The same for JSON: a list of layers, each with its kind and details."""
        return {"layers": [{"kind": layer.kind, **layer.details} for layer in self.layers]}


def inspect(
    message: bytes,
    keys: Sequence[tuple[x509.Certificate, PrivateKey]] = (),
    *,
    trust_anchors: Sequence[x509.Certificate] | None = None,
) -> MessageDescription:
    """Describe ``message`` layer by layer; with ``keys``, encrypted layers are opened too.

    With ``trust_anchors`` every signature gets the verdict of :func:`verify`
    (``signature``: valid, invalid, weak, untrusted or unknown_signer, and the
    ``signature_reason``). The signer must hold the From address of the message
    (also inside an envelope); a signed layer wrapped in another one's signature
    only the From of its own, if it has one: whoever signed it forwarded it.
    """
    layers: list[Layer] = []
    current, author = message, None
    for _ in range(MAX_DEPTH):
        author = _author(current) or author
        layer, inner = _peel(split_message(current)[1], keys)
        if trust_anchors is not None and layer.kind in SIGNED_KINDS:
            layer = Layer(layer.kind, {**layer.details, **_verdict(current, trust_anchors, author)})
            author = None
        layers.append(layer)
        if inner is None:
            break
        current = inner
    return MessageDescription(tuple(layers))


def _author(message: bytes) -> str | None:
    found = [address for _, address in getaddresses(headers.get_all(message, "From")) if address]
    return found[0] if found else None


def _verdict(
    signed: bytes, trust_anchors: Sequence[x509.Certificate], author: str | None
) -> dict[str, str]:
    """The signature's verdict, weak algorithms told apart from other invalid signatures."""
    try:
        result = verify(signed, trust_anchors=trust_anchors, sender=author)
    except SmimeError as exc:
        return {"signature": VerifyStatus.INVALID.value, "signature_reason": exc.reason}
    status = "weak" if result.weak_algorithm else result.status.value
    return {"signature": status, "signature_reason": result.reason}


def _facts(values: Mapping[str, Any]) -> str:
    return ", ".join(
        f"{k.replace('_', ' ')}: {v}" for k, v in values.items() if v not in (None, "")
    )


def _identifier(rid: Any) -> dict[str, Any]:
    """A recipient or signer identifier: issuer and serial, or subject key identifier."""
    if rid.name == "issuer_and_serial_number":
        return {
            "issuer": rid.chosen["issuer"].human_friendly,
            "serial": rid.chosen["serial_number"].native,
        }
    return {"subject_key_identifier": rid.chosen.native.hex()}


def _signed(der: bytes) -> tuple[dict[str, Any], bytes | None]:
    data = cms.ContentInfo.load(der)["content"]
    certificates = [c.chosen for c in (data["certificates"] or []) if c.name == "certificate"]
    signers = []
    for info in data["signer_infos"]:
        attributes = {a["type"].native: a["values"] for a in (info["signed_attrs"] or [])}
        moment = attributes["signing_time"][0].native if "signing_time" in attributes else None
        signer: dict[str, Any] = {
            **_identifier(info["sid"]),
            "digest": info["digest_algorithm"]["algorithm"].native,
            "signature": info["signature_algorithm"]["algorithm"].native,
            "signing_time": moment.isoformat() if isinstance(moment, dt.datetime) else None,
        }
        certificate = _signer_certificate(info["sid"], certificates)
        if certificate is not None:
            signer["subject"] = certificate.subject.human_friendly
            signer["addresses"] = ", ".join(_addresses(certificate))
        signers.append(signer)
    details = {
        "content_type": data["encap_content_info"]["content_type"].native,
        "certificates": [c.subject.human_friendly for c in certificates],
        "signers": signers,
    }
    content = data["encap_content_info"]["content"].native
    return details, content


def _addresses(certificate: Any) -> list[str]:
    """rfc822Name entries of the subject alternative name, else the legacy emailAddress in the DN."""
    names = certificate.subject_alt_name_value
    found = [n.native for n in (names or []) if n.name == "rfc822_name"]
    legacy = certificate.subject.native.get("email_address")
    return found or ([legacy] if isinstance(legacy, str) else list(legacy or []))


def _signer_certificate(sid: Any, certificates: Sequence[Any]) -> Any:
    for cert in certificates:
        if sid.name == "issuer_and_serial_number":
            if (
                cert.serial_number == sid.chosen["serial_number"].native
                and cert.issuer == sid.chosen["issuer"]
            ):
                return cert
        elif cert.key_identifier == sid.chosen.native:
            return cert
    return None


def _key_agreement_identifier(rid: Any) -> dict[str, Any]:
    if rid.name == "issuer_and_serial_number":
        return _identifier(rid)
    return {"subject_key_identifier": rid.chosen["subject_key_identifier"].native.hex()}


def _recipients(info: cms.RecipientInfo) -> list[dict[str, Any]]:
    """One entry per recipient key (a key agreement block can serve several recipients)."""
    chosen = info.chosen
    if info.name == "ktri":
        return [
            {
                "type": "key transport",
                "algorithm": chosen["key_encryption_algorithm"]["algorithm"].native,
                **_identifier(chosen["rid"]),
            }
        ]
    if info.name == "kari":
        algorithm = chosen["key_encryption_algorithm"]
        dotted = algorithm["algorithm"].dotted
        wrap = cms.KeyEncryptionAlgorithm.load(algorithm["parameters"].dump())["algorithm"]
        return [
            {
                "type": "key agreement",
                "algorithm": _KEY_AGREEMENT.get(dotted, dotted),
                "key_wrap": wrap.native,
                **_key_agreement_identifier(key["rid"]),
            }
            for key in chosen["recipient_encrypted_keys"]
        ]
    if info.name == "kekri":
        return [
            {"type": "key encryption key", "kek_id": chosen["kekid"]["key_identifier"].native.hex()}
        ]
    if info.name == "pwri":
        return [{"type": "password"}]
    return [{"type": f"other ({info.name})"}]


def _enveloped(info: cms.ContentInfo) -> tuple[str, dict[str, Any]]:
    kind = info["content_type"].native
    content = info["content"]
    encrypted = content[
        "encrypted_content_info" if kind == "enveloped_data" else "auth_encrypted_content_info"
    ]
    return (
        "enveloped" if kind == "enveloped_data" else "auth-enveloped",
        {
            "content_encryption": encrypted["content_encryption_algorithm"]["algorithm"].native,
            "recipients": [r for info in content["recipient_infos"] for r in _recipients(info)],
        },
    )


def _peel(
    entity: bytes, keys: Sequence[tuple[x509.Certificate, PrivateKey]]
) -> tuple[Layer, bytes | None]:
    media, params = content_type(entity)
    try:
        if media == "multipart/signed" and "pkcs7" in params.get("protocol", "").lower():
            signed, der = split_signed(entity)
            return Layer("signed-detached", _signed(der)[0]), signed
        if media == "multipart/signed":
            return Layer("pgp-signed", {"protocol": params.get("protocol", "")}), None
        if media == "multipart/encrypted":
            return Layer("pgp-encrypted", {"protocol": params.get("protocol", "")}), None
        if media in _PKCS7_MIME:
            info = cms.ContentInfo.load(decode_body(entity))
            kind = info["content_type"].native
            if kind == "signed_data":
                details, content = _signed(info.dump())
                return Layer("signed-opaque", details), content
            if kind in {"enveloped_data", "authenticated_enveloped_data"}:
                return _open(entity, info, keys)
            return Layer("broken", {"reason": f"unexpected CMS content {kind}"}), None
    except Exception as exc:  # untrusted bytes: asn1crypto's errors vary, a description never fails
        return Layer("broken", {"reason": f"{type(exc).__name__}: {str(exc)[:200]}"}), None
    return Layer("content", {"type": media}), None


def _open(
    entity: bytes, info: cms.ContentInfo, keys: Sequence[tuple[x509.Certificate, PrivateKey]]
) -> tuple[Layer, bytes | None]:
    kind, details = _enveloped(info)
    if not keys:
        return Layer(kind, details), None
    try:
        opened = smime.decrypt(b"MIME-Version: 1.0\r\n" + entity, keys)
    except SmimeError as exc:
        return Layer(kind, {**details, "decryption": exc.reason}), None
    # CBC has no integrity: only a valid signature inside shows the content is unchanged.
    details = {**details, "decryption": "opened", "authenticated": opened.authenticated}
    return Layer(kind, details), opened.content
