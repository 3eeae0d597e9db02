"""Demo keys make the embedded mode work at once, and only there."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from pytest_django.fixtures import Settings

from siegel.keys import selectors
from siegel.keys.models import KeyKind, OwnKey, TrustAnchor

pytestmark = pytest.mark.django_db


def test_demo_keys_once(settings: Settings) -> None:
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    out = StringIO()
    call_command("demo-keys", stdout=out)
    assert "personal certificate demo@versicherer.example" in out.getvalue()
    assert TrustAnchor.objects.count() == 1
    assert set(OwnKey.objects.values_list("kind", "address")) == {
        (KeyKind.SMIME_DOMAIN, "versicherer.example"),
        (KeyKind.SMIME_PERSONAL, "demo@versicherer.example"),
    }
    assert selectors.signing_key("demo@versicherer.example") is not None
    assert selectors.signing_key("anyone@versicherer.example") is not None  # the domain key
    again = StringIO()
    call_command("demo-keys", stdout=again)
    assert "already present" in again.getvalue() and OwnKey.objects.count() == 2


def test_refused_in_production(settings: Settings) -> None:
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="embedded mode only"):
        call_command("demo-keys")
