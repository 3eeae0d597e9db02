"""Typed errors of the OpenPGP layer; each message says what is wrong."""

from __future__ import annotations


class OpenPgpError(Exception):
    """Base of every OpenPGP failure."""


class MalformedKey(OpenPgpError):
    """The data is not an OpenPGP key (or certificate) Sequoia can parse."""
