"""Typed errors of the OpenPGP layer; each message says what is wrong."""

from __future__ import annotations


class OpenPgpError(Exception):
    """Base of every OpenPGP failure."""


class MalformedKey(OpenPgpError):
    """The data is not an OpenPGP key (or certificate) Sequoia can parse."""


class NotForUs(OpenPgpError):
    """The message is encrypted, but to none of our keys."""


class MalformedMessage(OpenPgpError):
    """Not a PGP/MIME or inline PGP message that can be read."""
