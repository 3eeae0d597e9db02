"""The typed errors of the OpenPGP layer.

Callers catch :class:`OpenPgpError` to handle every failure of this layer; the
subclasses say what is wrong so the gateway can answer precisely and the audit
log can keep the reason. pysequoia raises plain ``RuntimeError``/``ValueError``
with a Rust backtrace appended; those never leave this package — they are
classified into one of the classes below, keeping only the first line.
"""

from __future__ import annotations


class OpenPgpError(Exception):
    """Base of every OpenPGP failure; ``reason`` is the sentence a person reads."""

    @property
    def reason(self) -> str:
        return str(self)


class MalformedKey(OpenPgpError):
    """The data is not an OpenPGP key (or certificate) that can be parsed."""


class NotASecretKey(MalformedKey):
    """A public certificate was given where the secret key is needed."""


class KeyLocked(OpenPgpError):
    """The secret key is passphrase-protected and the passphrase is missing or wrong."""


class KeyUnusable(OpenPgpError):
    """The key has no component valid for the operation (no encryption or signing subkey)."""


class KeyExpired(KeyUnusable):
    """The key (or the subkey needed) has expired."""


class KeyRevoked(KeyUnusable):
    """The key has been revoked by its owner."""


class MalformedMessage(OpenPgpError):
    """Not a PGP/MIME or inline PGP message that can be read (truncated, garbled, no PGP data)."""


class MessageTooLarge(OpenPgpError):
    """The input exceeds the size limit (see ``siegel.core.mime.MAX_MESSAGE_BYTES``)."""


class NotForUs(OpenPgpError):
    """The message is encrypted, but to none of the keys we were given."""


class DecryptionFailed(OpenPgpError):
    """One of our keys matched, but the content did not decrypt (tampered or corrupt data)."""


class UnsupportedAlgorithm(OpenPgpError):
    """The message or key uses an algorithm or format this layer does not handle."""
