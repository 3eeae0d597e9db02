from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_django.fixtures import Settings

from siegel.keys import services as key_services
from tests.support.direct_world import World
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


@pytest.fixture
def outbox(settings: Settings, tmp_path: Path) -> Path:
    """The embedded next hop: a sink directory; the insurer's domain is versicherer.example."""
    settings.SIEGEL_NEXT_HOP = f"sink:{tmp_path / 'outbox'}"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    return tmp_path / "outbox"


@pytest.fixture
def world(settings: Settings, tmp_path: Path) -> Iterator[World]:
    """Direct delivery into a loopback internet (see :mod:`tests.support.direct_world`)."""
    world = World(tmp_path)
    settings.SIEGEL_DIRECT_SMTP_PORT = world.smtp_port
    settings.SIEGEL_MTA_STS_PORT = world.sts_port
    settings.SIEGEL_TLS_CA_FILE = str(world.ca_file)
    settings.SIEGEL_DNS_RESOLVER = f"127.0.0.1:{world.dns.port}"
    settings.SIEGEL_DNS_TRUST_AD = False
    settings.SIEGEL_DIRECT_TIMEOUT = 5.0
    settings.SIEGEL_DIRECT_HELO = "gateway.versicherer.example"
    settings.SIEGEL_DIRECT_ALLOW_LOCAL = True  # the test servers live on 127.0.0.x
    yield world
    world.close()
