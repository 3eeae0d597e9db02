"""What is this message? Its layers (signed, encrypted, nested), algorithms and parties.

Reads structure only; it decrypts a layer only when keys are given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from asn1crypto import cms
from cryptography import x509

from siegel.core.smime.envelope import PrivateKey, decrypt
from siegel.core.smime.errors import SmimeError
from siegel.core.smime.mime import content_type, decode_body, split_message, split_signed

MAX_DEPTH = 8


@dataclass(frozen=True)
class Layer:
    kind: str  # signed-detached, signed-opaque, encrypted, auth-encrypted, pgp-encrypted, pgp-signed, content, broken
    details: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> str:
        parts = ", ".join(f"{k}: {v}" for k, v in self.details.items())
        return f"{self.kind}" + (f" ({parts})" if parts else "")


@dataclass(frozen=True)
class MessageDescription:
    layers: tuple[Layer, ...]

    def describe(self) -> str:
        return "\n".join(
            f"{'  ' * depth}{layer.describe()}" for depth, layer in enumerate(self.layers)
        )

    def as_dict(self) -> dict[str, Any]:
        return {"layers": [{"kind": layer.kind, **layer.details} for layer in self.layers]}


def inspect(
    message: bytes, keys: Sequence[tuple[x509.Certificate, PrivateKey]] = ()
) -> MessageDescription:
    layers: list[Layer] = []
    entity = split_message(message)[1]
    for _ in range(MAX_DEPTH):
        layer, inner = _peel(entity, keys)
        layers.append(layer)
        if inner is None:
            break
        entity = (
            split_message(inner)[1]
            if inner.startswith(b"Content-") or b"\r\n\r\n" in inner[:4096]
            else inner
        )
    return MessageDescription(tuple(layers))


def _rid(rid: Any) -> str:
    if rid.name == "issuer_and_serial_number":
        return f"issuer {rid.chosen['issuer'].human_friendly}, serial {rid.chosen['serial_number'].native}"
    return f"key id {rid.chosen.native.hex()}"


def _signers(der: bytes) -> dict[str, Any]:
    data = cms.ContentInfo.load(der)["content"]
    return {
        "digest": ", ".join(
            sorted({si["digest_algorithm"]["algorithm"].native for si in data["signer_infos"]})
        ),
        "signature": ", ".join(
            sorted({si["signature_algorithm"].signature_algo for si in data["signer_infos"]})
        ),
        "signers": [_rid(si["sid"]) for si in data["signer_infos"]],
    }


def _peel(
    entity: bytes, keys: Sequence[tuple[x509.Certificate, PrivateKey]]
) -> tuple[Layer, bytes | None]:
    media, params = content_type(entity)
    try:
        if media == "multipart/signed" and "pkcs7" in params.get("protocol", ""):
            signed, der = split_signed(entity)
            return Layer("signed-detached", _signers(der)), signed
        if media == "multipart/signed":
            return Layer("pgp-signed", {"protocol": params.get("protocol", "")}), None
        if media == "multipart/encrypted":
            return Layer("pgp-encrypted", {"protocol": params.get("protocol", "")}), None
        if media in {"application/pkcs7-mime", "application/x-pkcs7-mime"}:
            der = decode_body(entity)
            info = cms.ContentInfo.load(der)
            kind = info["content_type"].native
            if kind == "signed_data":
                inner = info["content"]["encap_content_info"]["content"].native or b""
                return Layer("signed-opaque", _signers(der)), inner
            if kind in {"enveloped_data", "authenticated_enveloped_data"}:
                content = info["content"]
                algorithm = (
                    content["encrypted_content_info"]
                    if kind == "enveloped_data"
                    else content["auth_encrypted_content_info"]
                )
                details = {
                    "cipher": algorithm["content_encryption_algorithm"]["algorithm"].native,
                    "recipients": [
                        f"{r.name}: {_rid(r.chosen['rid'])}" if r.name == "ktri" else r.name
                        for r in content["recipient_infos"]
                    ],
                }
                layer = Layer(
                    "encrypted" if kind == "enveloped_data" else "auth-encrypted", details
                )
                if keys:
                    try:
                        return layer, decrypt(b"MIME-Version: 1.0\r\n" + entity, keys).content
                    except SmimeError as exc:
                        details["decryption"] = exc.reason
                return layer, None
            return Layer("broken", {"reason": f"unexpected CMS content {kind}"}), None
    except (ValueError, TypeError, KeyError, SmimeError) as exc:
        return Layer("broken", {"reason": str(exc)[:200]}), None
    return Layer("content", {"type": media}), None
