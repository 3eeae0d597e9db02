from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_django.fixtures import Settings as SettingsWrapper

from siegel.core.keyring import new_master_key_line
from siegel.keys import masterkey
from tests.support.pki import Identity, make_ca


@pytest.fixture(autouse=True)
def master_key_file(tmp_path: Path, settings: SettingsWrapper) -> Iterator[Path]:
    """Each test gets its own master key file, so rotation tests cannot leak."""
    path = tmp_path / "master.key"
    path.write_text(new_master_key_line() + "\n")
    path.chmod(0o600)
    settings.MASTER_KEY, settings.MASTER_KEY_FILE = "", str(path)
    masterkey.keyring.cache_clear()
    yield path
    masterkey.keyring.cache_clear()


@pytest.fixture(scope="session")
def ca() -> Identity:
    return make_ca()
