from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.pki import Identity, make_ca


@pytest.fixture(scope="module")
def ca() -> Identity:
    return make_ca()


def openssl(*args: object, data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    if not shutil.which("openssl"):
        pytest.fail("openssl is missing: scripts/install-system-deps.sh installs it")
    return subprocess.run(
        ["openssl", *map(str, args)], input=data, capture_output=True, check=False
    )


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    return tmp_path
