"""Signals of the key store."""

from __future__ import annotations

from django.dispatch import Signal

master_key_rotated = Signal()
"""Sent inside the rotation's transaction with ``ring`` (the current keyring) and ``actor``.

Every app that seals something under the master key (portal data keys, queued own
mails) re-seals it under the current key in its receiver and returns how many.
"""
