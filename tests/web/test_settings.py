"""Production refuses unsafe settings; the embedded mode generates its secrets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

GOOD_SECRET = "x" * 50


def import_settings(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SIEGEL_")}
    environment.pop("DATABASE_URL", None)
    environment |= {"SIEGEL_DATA_DIR": str(tmp_path / "var")} | env
    return subprocess.run(
        [sys.executable, "-c", "import siegel.web.settings as s; print(s.SECRET_KEY[:4])"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_embedded_mode_generates_secret_and_master_key(tmp_path: Path) -> None:
    result = import_settings(tmp_path)
    assert result.returncode == 0, result.stderr
    for name in ("secret-key", "master.key"):
        secret = tmp_path / "var" / name
        assert secret.stat().st_mode & 0o777 == 0o600
        assert len(secret.read_text()) >= 40


@pytest.mark.parametrize(
    ("env", "complaint"),
    [
        (
            {
                "SIEGEL_DEBUG": "true",
                "SIEGEL_SECRET_KEY": GOOD_SECRET,
                "SIEGEL_MASTER_KEY": "k" * 44,
            },
            "SIEGEL_DEBUG is on",
        ),
        ({"SIEGEL_SECRET_KEY": "change-me", "SIEGEL_MASTER_KEY": "k" * 44}, "SIEGEL_SECRET_KEY"),
        ({"SIEGEL_MASTER_KEY": "k" * 44}, "SIEGEL_SECRET_KEY"),
        ({"SIEGEL_SECRET_KEY": GOOD_SECRET}, "no master key"),
        (
            {"SIEGEL_SECRET_KEY": GOOD_SECRET, "SIEGEL_MASTER_KEY_FILE": "/nonexistent"},
            "no master key",
        ),
    ],
)
def test_production_refuses_unsafe_settings(
    tmp_path: Path, env: dict[str, str], complaint: str
) -> None:
    result = import_settings(tmp_path, SIEGEL_ENV="production", **env)
    assert result.returncode != 0
    assert "refuses to start in production" in result.stderr
    assert complaint in result.stderr


def test_production_starts_with_safe_settings(tmp_path: Path) -> None:
    result = import_settings(
        tmp_path, SIEGEL_ENV="production", SIEGEL_SECRET_KEY=GOOD_SECRET, SIEGEL_MASTER_KEY="k" * 44
    )
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "var" / "secret-key").exists()


def test_production_cookies_are_secure(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SIEGEL_")}
    environment |= {
        "SIEGEL_ENV": "production",
        "SIEGEL_SECRET_KEY": GOOD_SECRET,
        "SIEGEL_MASTER_KEY": "k" * 44,
        "SIEGEL_DATA_DIR": str(tmp_path),
    }
    code = "import siegel.web.settings as s; print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY)"
    result = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["True", "True", "True"]


def test_malformed_boolean_is_refused(tmp_path: Path) -> None:
    result = import_settings(tmp_path, SIEGEL_DEBUG="perhaps")
    assert result.returncode != 0
    assert "SIEGEL_DEBUG must be a boolean" in result.stderr
