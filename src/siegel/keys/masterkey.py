"""The installation's master keyring, loaded once per process from the settings."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from django.conf import settings

from siegel.core.keyring import Keyring, KeyringError, new_master_key_line


@functools.cache
def keyring() -> Keyring:
    """``SIEGEL_MASTER_KEY`` (keys separated by commas) or the lines of ``SIEGEL_MASTER_KEY_FILE``."""
    if settings.MASTER_KEY:
        return Keyring.from_text(settings.MASTER_KEY.replace(",", "\n"))
    path = Path(settings.MASTER_KEY_FILE)
    try:
        return Keyring.from_text(path.read_text())
    except OSError as exc:
        raise KeyringError(f"master key file {path} cannot be read: {exc.strerror}") from None


def prepend_new_key_to_file() -> str:
    """Put a fresh master key first in the key file (the old ones stay to open old blobs).

    The file is replaced atomically with mode 0600. Only for a file-based keyring.
    """
    if settings.MASTER_KEY or not settings.MASTER_KEY_FILE:
        raise KeyringError("--generate needs SIEGEL_MASTER_KEY_FILE (not SIEGEL_MASTER_KEY)")
    path = Path(settings.MASTER_KEY_FILE)
    text = new_master_key_line() + "\n" + path.read_text()
    temporary = path.with_name(path.name + ".new")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    keyring.cache_clear()
    return keyring().current_id
