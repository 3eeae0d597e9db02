from __future__ import annotations

from pathlib import Path

import pytest
from pytest_django.fixtures import Settings

from siegel.keys import services as key_services
from tests.support.keystore import import_own
from tests.support.pki import issue, make_ca


@pytest.fixture
def insurer(settings: Settings, tmp_path: Path) -> dict[str, object]:
    """An installation with a sink, a trusted CA, and Anna's own key (anna@versicherer.example)."""
    settings.SIEGEL_NEXT_HOP = f"sink:{tmp_path / 'outbox'}"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    ca = make_ca()
    key_services.import_ca_bundle(ca.cert_pem, actor="test")
    anna = issue(ca, "anna@versicherer.example", crl_url=None)
    import_own(anna)
    return {"ca": ca, "anna": anna, "outbox": tmp_path / "outbox", "dir": tmp_path}
