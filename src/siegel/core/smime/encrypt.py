"""Encrypting S/MIME: a MIME entity or a whole message in, ``application/pkcs7-mime`` out.

Siegel encrypts with AES-256-CBC (EnvelopedData, what every S/MIME client opens)
or AES-256-GCM (AuthEnvelopedData, RFC 5083/5084, integrity-protected) when all
recipients advertised it; never with AES-128/192 or 3DES, which are only opened.
The entity is canonicalised (CRLF) first, so what is decrypted is exactly what a
signature over it was computed on.
"""

from __future__ import annotations

import binascii
from collections.abc import Iterable, Sequence

from cryptography import x509

from siegel.core.mime.line_ends import crlf
from siegel.core.smime import envelope
from siegel.core.smime.envelope import ContentCipher, KeyTransport, RecipientIdentification
from siegel.core.smime.errors import UnsupportedAlgorithm
from siegel.core.smime.mime import join_message, split_message
from siegel.core.smime.protected_headers import OBSCURED_SUBJECT, protect_headers
from siegel.core.smime.sign import Signer, sign

LINE_BYTES = 57  # one 76-character base64 line
SMIME_TYPES = {
    ContentCipher.AES256_CBC: "enveloped-data",
    ContentCipher.AES256_GCM: "authEnveloped-data",
}


def encrypt(
    entity: bytes,
    recipients: Sequence[x509.Certificate],
    *,
    cipher: ContentCipher | None = None,
    key_transport: KeyTransport = "pkcs1v15",
    identify_by: RecipientIdentification = "issuer_serial",
) -> bytes:
    """Encrypt a MIME entity to every recipient; returns the ``application/pkcs7-mime`` entity.

    ``cipher`` defaults to AES-256-CBC (see :func:`.envelope.choose_cipher` for
    picking GCM from the recipients' capabilities). RSA recipients get the content
    key by ``key_transport`` (PKCS#1 v1.5, the default every client reads, or
    RSA-OAEP with SHA-256); EC recipients by ECDH key agreement. Recipients are
    named by issuer and serial number unless ``identify_by="ski"``. The result is
    base64 with CRLF line ends, ready to be the body of a message.
    """
    try:
        chosen = ContentCipher(cipher) if cipher is not None else ContentCipher.AES256_CBC
    except ValueError:
        raise UnsupportedAlgorithm(
            f"cipher {cipher!r} is not used for encryption (Siegel encrypts with "
            + " or ".join(ContentCipher)
            + ")"
        ) from None
    if key_transport not in {"pkcs1v15", "oaep"}:
        raise UnsupportedAlgorithm(f"key transport {key_transport!r} (use pkcs1v15 or oaep)")
    parts = envelope.build_parts(
        crlf(entity),
        recipients,
        cipher=chosen,
        key_transport=key_transport,
        identify_by=identify_by,
    )
    return pkcs7_mime(parts, SMIME_TYPES[chosen])


def pkcs7_mime(der: bytes | Iterable[bytes], smime_type: str) -> bytes:
    """The ``application/pkcs7-mime`` entity around ``der`` (RFC 8551 section 3.2).

    ``der`` may come in pieces; they are base64-encoded as they come, in runs of
    whole 76-character lines, so a large message is never held twice as DER.
    """
    head = (
        f'Content-Type: application/pkcs7-mime; smime-type={smime_type}; name="smime.p7m"\r\n'
        "Content-Transfer-Encoding: base64\r\n"
        'Content-Disposition: attachment; filename="smime.p7m"\r\n\r\n'
    ).encode()
    lines = [head]
    carry = b""
    for part in [der] if isinstance(der, bytes) else der:
        data = carry + part if carry else part
        whole = len(data) - len(data) % LINE_BYTES
        lines.append(_base64_lines(memoryview(data)[:whole]))
        carry = data[whole:]
    if carry:
        lines.append(_base64_lines(carry))
    return b"".join(lines)


def _base64_lines(data: bytes | memoryview) -> bytes:
    """Base64 in CRLF-terminated lines of 76 characters (RFC 2045 6.8).

    One C call encodes everything; only the line breaks are inserted in Python,
    which is three times faster than base64.encodebytes' call per line.
    """
    if not data:
        return b""
    encoded = binascii.b2a_base64(data, newline=False)
    width = LINE_BYTES * 4 // 3
    return b"\r\n".join([encoded[i : i + width] for i in range(0, len(encoded), width)]) + b"\r\n"


def sign_and_encrypt(
    entity: bytes,
    signer: Signer,
    recipients: Sequence[x509.Certificate],
    *,
    cipher: ContentCipher | None = None,
    key_transport: KeyTransport = "pkcs1v15",
    digest: str = "sha256",
) -> bytes:
    """Sign (detached ``multipart/signed``), then encrypt the signed entity (RFC 8551 3.7).

    Signing inside the encryption keeps the signature confidential and lets the
    recipient verify exactly what was decrypted.
    """
    signed = sign(entity, signer, detached=True, digest=digest)
    return encrypt(signed, recipients, cipher=cipher, key_transport=key_transport)


def encrypt_message(
    message: bytes,
    recipients: Sequence[x509.Certificate],
    *,
    cipher: ContentCipher | None = None,
    key_transport: KeyTransport = "pkcs1v15",
    signer: Signer | None = None,
    protect: bool = True,
    obscured_subject: str = OBSCURED_SUBJECT,
    legacy_display: bool = False,
) -> bytes:
    """Encrypt a whole RFC 5322 message; returns the message to send.

    With ``protect`` (the default) the headers are protected as RFC 9788 asks: the
    real Subject, From, To, Cc, Date, Message-ID ... travel inside the encryption
    and the outer Subject becomes ``obscured_subject``. Routing header fields stay
    outside, so the mail can still be delivered. With a ``signer`` the protected
    payload is signed before it is encrypted.
    """
    if protect:
        protected = protect_headers(
            message, obscured_subject=obscured_subject, legacy_display=legacy_display
        )
        outer, payload = protected.outer, protected.payload
        del protected  # the payload is held once, so signing below can free it
    else:
        outer, payload = split_message(message)
    if signer is not None:
        payload = sign(payload, signer)  # rebinding frees the unsigned copy of a large mail
    return join_message(
        outer, encrypt(payload, recipients, cipher=cipher, key_transport=key_transport)
    )
