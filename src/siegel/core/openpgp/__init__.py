"""OpenPGP with Sequoia (pysequoia): keys, PGP/MIME and inline PGP, encrypt, decrypt, sign, verify.

Every failure is an :class:`OpenPgpError` subclass with a readable ``reason``;
results are frozen dataclasses (:class:`PgpResult`, :class:`PgpDescription`).
"""

from siegel.core.openpgp.describe import PgpDescription, describe
from siegel.core.openpgp.errors import (
    DecryptionFailed,
    KeyExpired,
    KeyLocked,
    KeyRevoked,
    KeyUnusable,
    MalformedKey,
    MalformedMessage,
    MessageTooLarge,
    NotASecretKey,
    NotForUs,
    OpenPgpError,
    UnsupportedAlgorithm,
)
from siegel.core.openpgp.keys import (
    PublicKey,
    SecretKey,
    import_public_key,
    import_secret_key,
    load_key,
)
from siegel.core.openpgp.pgpmime import decrypt_and_verify, encrypt_and_sign, sign, verify
from siegel.core.openpgp.verification import PgpResult, SignatureStatus

__all__ = [
    "DecryptionFailed",
    "KeyExpired",
    "KeyLocked",
    "KeyRevoked",
    "KeyUnusable",
    "MalformedKey",
    "MalformedMessage",
    "MessageTooLarge",
    "NotASecretKey",
    "NotForUs",
    "OpenPgpError",
    "PgpDescription",
    "PgpResult",
    "PublicKey",
    "SecretKey",
    "SignatureStatus",
    "UnsupportedAlgorithm",
    "decrypt_and_verify",
    "describe",
    "encrypt_and_sign",
    "import_public_key",
    "import_secret_key",
    "load_key",
    "sign",
    "verify",
]
