"""Deep links: a signed, short-lived URL opens one shipment or message for one user, after sign-in."""

from __future__ import annotations

from unittest import mock
from urllib.parse import quote

import pytest
from django.test import Client
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.partners import deep_links
from siegel.partners.deep_links import Kind, LinkState
from siegel.portal import services as portal
from tests.accounts.conftest import PASSWORD
from tests.partners.conftest import ADMIN, Pair, deposit, make_user, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def database_storage(settings: Settings) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "portal": {"BACKEND": "siegel.portal.storage.DatabaseStorage"},
    }
    settings.SIEGEL_PARTNERS_DEEP_LINK_SECONDS = 900


def user_id(membership: object) -> int:
    return int(membership.account.user_id)  # type: ignore[attr-defined]


def later(seconds: float) -> mock._patch[mock.MagicMock]:
    now = deep_links._now()
    return mock.patch.object(deep_links, "_now", return_value=now + seconds)


def test_link_opens_the_shipment_after_sign_in_and_is_audited(firms: Pair) -> None:
    shipment = deposit(firms.a.firm)
    link = deep_links.make(user_id(firms.a), Kind.SHIPMENT, shipment.pk)
    client = Client()
    gate = client.get(link)
    assert gate.status_code == 302 and gate["Location"].endswith("?next=" + quote(link, safe=""))
    signed = client.post(
        "/postfach/anmelden/", {"username": ADMIN, "password": PASSWORD, "next": link}
    )
    assert signed["Location"] == link  # the sign-in page kept the target
    jumped = client.get(link)
    assert jumped["Location"] == f"/postfach/maklerpost/{shipment.pk}/"
    assert client.get(jumped["Location"]).status_code == 200
    event = AuditEvent.objects.get(action="partners.deep_link.jump")
    assert (event.actor, event.target) == (f"user:{user_id(firms.a)}", f"shipment:{shipment.pk}")
    assert client.get(link).status_code == 302  # the same user again, within its lifetime


def test_expired_link_opens_nothing(firms: Pair) -> None:
    shipment = deposit(firms.a.firm)
    link = deep_links.make(user_id(firms.a), Kind.SHIPMENT, shipment.pk)
    client = signed_in(Client(), ADMIN)
    with later(901):
        refused = client.get(link)
    assert refused.status_code == 410
    assert "abgelaufen" in refused.content.decode()
    event = AuditEvent.objects.get(action="partners.deep_link.refused")
    assert event.details["reason"] == "expired" and event.target == f"shipment:{shipment.pk}"


def test_tampered_link_opens_nothing(firms: Pair) -> None:
    shipment = deposit(firms.a.firm)
    link = deep_links.make(user_id(firms.a), Kind.SHIPMENT, shipment.pk)
    token = link.rstrip("/").rsplit("/", 1)[1]
    other = deep_links.make(user_id(firms.a), Kind.SHIPMENT, shipment.pk + 1)
    forged = link.replace(
        token, other.rstrip("/").rsplit("/", 1)[1].split(":")[0] + ":" + token.split(":")[1]
    )
    client = signed_in(Client(), ADMIN)
    for bad in (forged, link[:-5] + "x/", "/postfach/sprung/nichts/"):
        refused = client.get(bad)
        assert refused.status_code == 403 and "ungültig" in refused.content.decode()
    reasons = AuditEvent.objects.filter(action="partners.deep_link.refused")
    assert [e.details["reason"] for e in reasons] == ["tampered"] * 3


def test_link_of_another_user_opens_nothing_even_in_the_same_firm(firms: Pair) -> None:
    colleague = make_user(firms.a, "kollege@makler-a.example")
    shipment = deposit(firms.a.firm)
    link = deep_links.make(user_id(firms.a), Kind.SHIPMENT, shipment.pk)
    client = signed_in(Client(), "kollege@makler-a.example")
    refused = client.get(link)
    assert refused.status_code == 403 and "nicht für Sie bestimmt" in refused.content.decode()
    event = AuditEvent.objects.get(action="partners.deep_link.refused")
    assert event.actor == f"user:{user_id(colleague)}"
    assert event.details["made_for"] == user_id(firms.a)


def test_link_to_a_portal_message(firms: Pair) -> None:
    (done,) = portal.deposit(
        recipients=[ADMIN],
        sender="leistung@versicherer.example",
        message_id="<m-1@versicherer.example>",
        content=b"From: leistung@versicherer.example\r\nTo: chefin@makler-a.example\r\n"
        b"Subject: Ihre Anfrage\r\n\r\nGuten Tag\r\n",
    )
    link = deep_links.make(user_id(firms.a), Kind.MESSAGE, done.message.pk)
    client = signed_in(Client(), ADMIN)
    jumped = client.get(link)
    assert jumped["Location"] == f"/postfach/nachricht/{done.message.pk}/"
    assert client.get(jumped["Location"]).status_code == 200


def test_open_link_results() -> None:
    link = deep_links.make(7, Kind.SHIPMENT, 3).rstrip("/").rsplit("/", 1)[1]
    assert deep_links.open_link(link, 7).state is LinkState.VALID
    assert deep_links.open_link(link, 8).state is LinkState.FOREIGN
    assert deep_links.open_link(link + "a", 7).state is LinkState.TAMPERED
    with later(-60):  # issued "in the future" of this clock: not trusted either
        assert deep_links.open_link(link, 7).state is LinkState.EXPIRED
