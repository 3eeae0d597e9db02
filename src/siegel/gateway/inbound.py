"""Inbound: decrypt with the insurer's own keys, verify, harvest, and mark for the employee.

Claims of Siegel results in incoming headers are removed first, so an outside
sender cannot pretend a mail was verified. Mail that cannot be decrypted or
whose signature fails is delivered with a short German note at the top and the
result in ``X-Siegel-*`` headers — never dropped. So is mail decrypted from a
cipher without integrity (CBC) that no valid signature covers: its content may
have been changed on the way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from siegel.core.mime import headers
from siegel.core.mime.entity import content_type
from siegel.core.mime.notice import add_notice
from siegel.core.openpgp.errors import OpenPgpError
from siegel.core.openpgp.pgpmime import SignatureStatus, decrypt_and_verify
from siegel.core.smime import VerifyStatus, decrypt
from siegel.core.smime.envelope import ENCRYPTED_TYPES, ENVELOPE_SMIME_TYPES
from siegel.core.smime.errors import NotSigned, SmimeError
from siegel.core.smime.mime import join_message, split_message
from siegel.core.smime.protected_headers import restore_headers
from siegel.gateway.signatures import verify_and_harvest
from siegel.keys import selectors as key_selectors

RESULT_HEADER_PREFIX = "X-Siegel-"

NOTICE_NOT_DECRYPTED = (
    "Hinweis von {brand}: Diese Nachricht ist verschlüsselt, konnte aber nicht entschlüsselt werden "
    "({reason}). Sie wird unverändert zugestellt."
)
NOTICE_NOT_AUTHENTICATED = (
    "Hinweis von {brand}: Diese Nachricht wurde entschlüsselt, ihr Inhalt ist aber nicht gegen "
    "Veränderung geschützt (Verschlüsselung ohne Integritätsschutz, keine gültige Signatur). "
    "Sie kann unterwegs verändert worden sein."
)
NOTICE_SIGNATURE = (
    "Hinweis von {brand}: Die digitale Signatur dieser Nachricht ist nicht gültig ({reason}). "
    "Absender und Inhalt sind nicht bestätigt."
)


@dataclass
class InboundResult:
    message: bytes
    marks: list[tuple[str, str]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    unauthenticated_cipher: str = ""  # decrypted, but the cipher (CBC) did not authenticate it


def protect_inbound(message: bytes, *, sender: str, brand: str) -> bytes:
    """The message as the employee should get it: decrypted, verified, marked."""
    result = InboundResult(headers.remove_prefix(message, RESULT_HEADER_PREFIX))
    _decrypt(result, brand)
    signed_validly = _verify(result, sender, brand)
    if result.unauthenticated_cipher:
        _mark_unauthenticated(result, signed_validly, brand)
    # The decrypted entity's own header fields join the top-level block: strip claims again.
    marked = headers.prepend(
        headers.remove_prefix(result.message, RESULT_HEADER_PREFIX), result.marks
    )
    if result.notices:  # one note, however many things it has to say
        marked = add_notice(marked, "\n\n".join(result.notices))
    return marked


def _decrypt(result: InboundResult, brand: str) -> None:
    outer, entity = split_message(result.message)
    media, params = content_type(entity)
    if (
        media == "multipart/encrypted"
        and params.get("protocol", "").lower() == "application/pgp-encrypted"
    ):
        _decrypt_pgp(result, outer, brand)
        return
    smime_type = params.get("smime-type", "enveloped-data").lower()
    if media not in ENCRYPTED_TYPES or smime_type not in ENVELOPE_SMIME_TYPES:
        return
    keys = [
        (identity.certificate, identity.private_key) for identity in key_selectors.decryption_keys()
    ]
    try:
        decrypted = decrypt(result.message, keys)
    except SmimeError as exc:
        result.marks.append(("X-Siegel-Decrypted", f"no ({exc.reason[:120]})"))
        result.notices.append(NOTICE_NOT_DECRYPTED.format(brand=brand, reason=exc.reason[:200]))
        return
    result.message = restore_headers(decrypted.content, outer)
    if decrypted.authenticated:
        result.marks.append(("X-Siegel-Decrypted", f"yes ({decrypted.cipher})"))
    else:
        result.unauthenticated_cipher = decrypted.cipher


def _mark_unauthenticated(result: InboundResult, signed_validly: bool, brand: str) -> None:
    """CBC content: trusted as decrypted only under a valid signature.

    CBC has no integrity: a changed ciphertext decrypts to changed content (one
    flipped octet garbles a block and flips the same octet in the next) and no
    error says so. Only a valid signature inside shows the content is as sent.
    """
    cipher = result.unauthenticated_cipher
    if signed_validly:
        result.marks.insert(0, ("X-Siegel-Decrypted", f"yes ({cipher})"))
        return
    result.marks.insert(
        0, ("X-Siegel-Decrypted", f"decrypted, content not authenticated ({cipher})")
    )
    result.notices.append(NOTICE_NOT_AUTHENTICATED.format(brand=brand))


def _decrypt_pgp(result: InboundResult, outer: bytes, brand: str) -> None:
    try:
        opened = decrypt_and_verify(
            result.message, key_selectors.own_pgp_secrets(), key_selectors.partner_pgp_keys()
        )
    except OpenPgpError as exc:
        result.marks.append(("X-Siegel-Decrypted", f"no ({str(exc)[:120]})"))
        result.notices.append(NOTICE_NOT_DECRYPTED.format(brand=brand, reason=str(exc)[:200]))
        return
    result.message = join_message(outer, opened.content)
    result.marks.append(("X-Siegel-Decrypted", "yes (OpenPGP)"))
    result.marks.append(("X-Siegel-Signature", opened.status.value))
    if opened.status in {SignatureStatus.INVALID}:
        result.notices.append(NOTICE_SIGNATURE.format(brand=brand, reason=opened.reason))


def _verify(result: InboundResult, sender: str, brand: str) -> bool:
    """Verify, mark and harvest; True when a valid S/MIME signature covers the message."""
    try:
        verified = verify_and_harvest(result.message, sender=sender)
    except NotSigned:
        return False
    except SmimeError as exc:
        result.marks.append(("X-Siegel-Signature", f"invalid ({exc.reason[:120]})"))
        result.notices.append(NOTICE_SIGNATURE.format(brand=brand, reason=exc.reason[:200]))
        return False
    result.marks.append(("X-Siegel-Signature", verified.status.value))
    if verified.signer_address:
        result.marks.append(("X-Siegel-Signer", verified.signer_address))
    if verified.status is not VerifyStatus.VALID:
        result.notices.append(NOTICE_SIGNATURE.format(brand=brand, reason=verified.reason[:200]))
    return verified.valid
