"""S/MIME: sign, verify, encrypt, decrypt, inspect — bytes in, result objects or typed errors out."""

from siegel.core.smime.decrypt import DecryptResult, decrypt
from siegel.core.smime.encrypt import encrypt, encrypt_message
from siegel.core.smime.inspect import Layer, MessageDescription, inspect
from siegel.core.smime.sign import Signer, sign, sign_message
from siegel.core.smime.verify import SignerVerdict, VerifyResult, VerifyStatus, verify

__all__ = [
    "DecryptResult",
    "Layer",
    "MessageDescription",
    "Signer",
    "SignerVerdict",
    "VerifyResult",
    "VerifyStatus",
    "decrypt",
    "encrypt",
    "encrypt_message",
    "inspect",
    "sign",
    "sign_message",
    "verify",
]
