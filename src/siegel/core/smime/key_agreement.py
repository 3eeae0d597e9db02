"""ECDH key agreement for S/MIME recipients with EC certificates (RFC 5753, ephemeral-static).

The sender makes an ephemeral key on the recipient's curve, derives a key-encryption
key with the ANSI X9.63 KDF over ECC-CMS-SharedInfo, and wraps the content key
with AES key wrap. SHA-256 with AES-256 wrap for P-256 and SHA-384 for P-384 (as
OpenSSL pairs them); both are read.
"""

from __future__ import annotations

from asn1crypto import cms, core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, keywrap, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.kdf.x963kdf import X963KDF

from siegel.core.smime.errors import DecryptionFailed, UnsupportedAlgorithm

SCHEMES: dict[str, hashes.HashAlgorithm] = {  # dhSinglePass-stdDH-shaXXXkdf-scheme
    "1.3.133.16.840.63.0.2": hashes.SHA1(),  # noqa: S303 - OpenSSL's default KDF; only ever read
    "1.3.132.1.11.1": hashes.SHA256(),
    "1.3.132.1.11.2": hashes.SHA384(),
    "1.3.132.1.11.3": hashes.SHA512(),
}
WRAPS = {"aes128_wrap": 16, "aes192_wrap": 24, "aes256_wrap": 32}


class EccCmsSharedInfo(core.Sequence):  # type: ignore[misc]  # asn1crypto is untyped
    _fields = [
        ("key_info", cms.KeyEncryptionAlgorithm),
        ("entity_u_info", core.OctetString, {"explicit": 0, "optional": True}),
        ("supp_pub_info", core.OctetString, {"explicit": 2}),
    ]


def _kek(shared: bytes, scheme: str, wrap: str, ukm: bytes | None) -> bytes:
    size = WRAPS[wrap]
    info = EccCmsSharedInfo(
        {
            "key_info": {"algorithm": wrap},
            "entity_u_info": ukm,
            "supp_pub_info": (size * 8).to_bytes(4, "big"),
        }
    ).dump()
    return X963KDF(algorithm=SCHEMES[scheme], length=size, sharedinfo=info).derive(shared)


def recipient_info(cert: x509.Certificate, cek: bytes) -> cms.RecipientInfo:
    public = cert.public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey)
    scheme = "1.3.132.1.11.2" if public.curve.key_size >= 384 else "1.3.132.1.11.1"
    wrap = "aes256_wrap"
    ephemeral = ec.generate_private_key(public.curve)
    kek = _kek(ephemeral.exchange(ec.ECDH(), public), scheme, wrap, None)
    asn1_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    point = ephemeral.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return cms.RecipientInfo(
        {
            "kari": {
                "version": "v3",
                "originator": {
                    "originator_key": {"algorithm": {"algorithm": "ec"}, "public_key": point}
                },
                "key_encryption_algorithm": {
                    "algorithm": scheme,
                    "parameters": cms.KeyEncryptionAlgorithm({"algorithm": wrap}),
                },
                "recipient_encrypted_keys": [
                    {
                        "rid": {
                            "issuer_and_serial_number": {
                                "issuer": asn1_cert.issuer,
                                "serial_number": asn1_cert.serial_number,
                            }
                        },
                        "encrypted_key": keywrap.aes_key_wrap(kek, cek),
                    }
                ],
            }
        }
    )


def matches(
    info: cms.KeyAgreeRecipientInfo, cert: x509.Certificate
) -> cms.RecipientEncryptedKey | None:
    for encrypted in info["recipient_encrypted_keys"]:
        rid = encrypted["rid"]
        if rid.name == "issuer_and_serial_number":
            if (
                rid.chosen["serial_number"].native == cert.serial_number
                and rid.chosen["issuer"].dump() == cert.issuer.public_bytes()
            ):
                return encrypted
        else:
            try:
                ski = cert.extensions.get_extension_for_class(
                    x509.SubjectKeyIdentifier
                ).value.digest
            except x509.ExtensionNotFound:
                continue
            if rid.chosen["subject_key_identifier"].native == ski:
                return encrypted
    return None


def content_key(
    info: cms.KeyAgreeRecipientInfo,
    encrypted: cms.RecipientEncryptedKey,
    key: ec.EllipticCurvePrivateKey,
) -> bytes:
    algorithm = info["key_encryption_algorithm"]
    scheme = algorithm["algorithm"].dotted
    if scheme not in SCHEMES:
        raise UnsupportedAlgorithm(f"key agreement scheme {scheme}")
    wrap = cms.KeyEncryptionAlgorithm.load(algorithm["parameters"].dump())["algorithm"].native
    if wrap not in WRAPS:
        raise UnsupportedAlgorithm(f"key wrap {wrap}")
    originator = info["originator"]
    if originator.name != "originator_key":
        raise UnsupportedAlgorithm("static-static ECDH (originator certificate) is not supported")
    point = originator.chosen["public_key"].native
    peer = ec.EllipticCurvePublicKey.from_encoded_point(key.curve, point)
    ukm = info["ukm"].native if info["ukm"].native is not None else None
    kek = _kek(key.exchange(ec.ECDH(), peer), scheme, wrap, ukm)
    try:
        return keywrap.aes_key_unwrap(kek, encrypted["encrypted_key"].native)
    except keywrap.InvalidUnwrap:
        raise DecryptionFailed("the content key does not unwrap with this EC key") from None
