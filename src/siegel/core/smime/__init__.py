"""S/MIME: sign, verify, encrypt, decrypt — bytes in, result objects or typed errors out."""

from siegel.core.smime.envelope import DecryptResult, decrypt, encrypt, encrypt_message
from siegel.core.smime.sign import Signer, sign, sign_message
from siegel.core.smime.verify import VerifyResult, VerifyStatus, verify

__all__ = [
    "DecryptResult",
    "Signer",
    "VerifyResult",
    "VerifyStatus",
    "decrypt",
    "encrypt",
    "encrypt_message",
    "sign",
    "sign_message",
    "verify",
]
