"""Direct delivery to the recipients' MX hosts: DNS, STARTTLS, MTA-STS, DANE, no duplicates.

Everything runs on loopback (see :mod:`tests.support.direct_world`).
"""

from __future__ import annotations

import hashlib

import pytest
from cryptography.hazmat.primitives import serialization
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.gateway.delivery import (
    DeliveryError,
    Envelope,
    PermanentDeliveryError,
)
from siegel.gateway.direct import DirectNextHop
from siegel.gateway.handover import next_hop_from_setting
from siegel.gateway.models import DeliveryRecord, MtaStsPolicy
from siegel.gateway.outbound import tls_next_hop
from tests.support.direct_world import ENFORCE, MAIL, World
from tests.support.pki import Identity, make_ca
from tests.support.tls import server_identity

pytestmark = pytest.mark.django_db


def spki_sha256(identity: Identity) -> str:
    spki = identity.cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(spki).hexdigest()


# --- selecting the hop --------------------------------------------------------------------


def test_direct_is_a_next_hop_and_the_tls_hop_insists_on_tls(settings: Settings) -> None:
    hop = next_hop_from_setting("direct")
    assert isinstance(hop, DirectNextHop) and not hop.require_tls
    settings.SIEGEL_TLS_NEXT_HOP = "direct"
    tls_hop = tls_next_hop()
    assert isinstance(tls_hop, DirectNextHop) and tls_hop.require_tls


# --- MX, fallback, null MX ---------------------------------------------------------------


def test_delivers_to_the_mx_with_opportunistic_tls(world: World) -> None:
    # Opportunistic TLS does not authenticate: a certificate of an unknown CA is fine.
    stranger = server_identity(make_ca("Unknown CA"), "mx.partner.test")
    recorder = world.mx_server("127.0.0.2", tls=stranger)
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    assert DirectNextHop().deliver(MAIL) == "direct:mx.partner.test"
    assert recorder.received == [(["bob@partner.test"], MAIL.content, True)]


def test_an_mx_on_a_loopback_address_is_refused(world: World, settings: Settings) -> None:
    """A hostile domain pointing its MX at 127.0.0.1 would make the insurer's mail loop."""
    settings.SIEGEL_DIRECT_ALLOW_LOCAL = False
    recorder = world.mx_server("127.0.0.2")
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    with pytest.raises(DeliveryError, match="only local, private or reserved addresses"):
        DirectNextHop().deliver(MAIL)
    assert recorder.received == []


def test_mx_hosts_are_tried_by_preference(world: World) -> None:
    recorder = world.mx_server("127.0.0.3")
    world.dns.add("partner.test", "MX", "20 backup.partner.test.", "10 down.partner.test.")
    world.dns.add("down.partner.test", "A", "127.0.0.2")  # nothing listens there
    world.dns.add("backup.partner.test", "A", "127.0.0.3")
    assert DirectNextHop().deliver(MAIL) == "direct:backup.partner.test"
    assert len(recorder.received) == 1


def test_without_mx_the_domain_address_is_used(world: World) -> None:
    recorder = world.mx_server("127.0.0.2")
    world.dns.add("partner.test", "A", "127.0.0.2")
    assert DirectNextHop().deliver(MAIL) == "direct:partner.test"
    assert recorder.received[0][0] == ["bob@partner.test"]


def test_null_mx_is_a_permanent_error(world: World) -> None:
    world.dns.add("partner.test", "MX", "0 .")
    with pytest.raises(PermanentDeliveryError, match=r"partner\.test: the domain accepts no mail"):
        DirectNextHop().deliver(MAIL)


def test_unknown_domain_is_a_permanent_error(world: World) -> None:
    with pytest.raises(PermanentDeliveryError, match="does not exist"):
        DirectNextHop().deliver(MAIL)


# --- TLS required ----------------------------------------------------------------------


def test_tls_required_without_starttls_sends_nothing(world: World) -> None:
    recorder = world.mx_server("127.0.0.2")
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    with pytest.raises(DeliveryError, match=r"mx\.partner\.test .*offers no STARTTLS"):
        DirectNextHop(require_tls=True).deliver(MAIL)
    assert recorder.received == []
    event = AuditEvent.objects.get(action="gateway.delivery.failed")
    assert event.target == "domain:partner.test"
    assert "no STARTTLS" in event.details["reason"]


@pytest.mark.parametrize(
    ("issuer", "name", "error"),
    [
        ("trusted", "mx.other.test", r"certificate not valid for partner\.test"),
        ("unknown", "mx.partner.test", "certificate not verified"),
    ],
    ids=["wrong-name", "unknown-ca"],
)
def test_tls_required_refuses_an_unverified_certificate(
    world: World, issuer: str, name: str, error: str
) -> None:
    # Any name at or below the recipient domain is right (see test_direct_hardening).
    ca = world.ca if issuer == "trusted" else make_ca("Unknown CA")
    recorder = world.mx_server("127.0.0.2", tls=server_identity(ca, name))
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    with pytest.raises(DeliveryError, match=error):
        DirectNextHop(require_tls=True).deliver(MAIL)
    assert recorder.received == []


def test_tls_required_with_a_verified_certificate_is_delivered(world: World) -> None:
    recorder = world.mx_server("127.0.0.2", tls=server_identity(world.ca, "mx.partner.test"))
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    DirectNextHop(require_tls=True).deliver(MAIL)
    assert recorder.received == [(["bob@partner.test"], MAIL.content, True)]
    assert not AuditEvent.objects.filter(action="gateway.delivery.failed").exists()


# --- MTA-STS ---------------------------------------------------------------------------


def test_mta_sts_enforce_refuses_an_mx_outside_the_policy(world: World) -> None:
    recorder = world.mx_server("127.0.0.2", tls=server_identity(world.ca, "evil.test"))
    world.domain("partner.test", "evil.test", "127.0.0.2")
    world.sts("partner.test", "1", ENFORCE, "127.0.0.9")
    with pytest.raises(DeliveryError, match=r"evil\.test: MTA-STS mismatch"):
        DirectNextHop().deliver(MAIL)
    assert recorder.received == []


def test_mta_sts_enforce_delivers_to_a_policy_mx_over_verified_tls(world: World) -> None:
    recorder = world.mx_server("127.0.0.2", tls=server_identity(world.ca, "mx.partner.test"))
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    world.sts("partner.test", "1", ENFORCE, "127.0.0.9")
    DirectNextHop().deliver(MAIL)
    assert recorder.received == [(["bob@partner.test"], MAIL.content, True)]
    assert MtaStsPolicy.objects.get(domain="partner.test").record_id == "1"


def test_mta_sts_enforce_makes_even_normal_mail_verify_the_certificate(world: World) -> None:
    stranger = server_identity(make_ca("Unknown CA"), "mx.partner.test")
    recorder = world.mx_server("127.0.0.2", tls=stranger)
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    world.sts("partner.test", "1", ENFORCE, "127.0.0.9")
    with pytest.raises(DeliveryError, match=r"certificate not verified.*MTA-STS"):
        DirectNextHop().deliver(MAIL)
    assert recorder.received == []


def test_cached_policy_applies_when_the_policy_server_is_down(world: World) -> None:
    recorder = world.mx_server("127.0.0.2", tls=server_identity(world.ca, "mx.partner.test"))
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    world.sts("partner.test", "1", ENFORCE, "127.0.0.9")
    DirectNextHop().deliver(MAIL)
    # An attacker swaps the MX, announces a new policy id and blocks the policy fetch:
    world.stop_web()
    world.dns.add("_mta-sts.partner.test", "TXT", '"v=STSv1; id=2;"')
    world.dns.add("partner.test", "MX", "10 evil.test.")
    world.dns.add("evil.test", "A", "127.0.0.2")
    with pytest.raises(DeliveryError, match=r"evil\.test: MTA-STS mismatch"):
        DirectNextHop().deliver(
            Envelope(MAIL.sender, MAIL.recipients, b"Message-ID: <2@x>\r\n\r\nx")
        )
    assert len(recorder.received) == 1
    assert MtaStsPolicy.objects.get(domain="partner.test").record_id == "1"


# --- DANE ------------------------------------------------------------------------------


@pytest.fixture
def dane(world: World, settings: Settings) -> World:
    settings.SIEGEL_DNS_TRUST_AD = True
    world.dns.ad = True
    return world


def test_dane_ee_match_is_delivered_without_pkix(dane: World) -> None:
    # DANE-EE binds the key itself: an unknown CA and another name do not matter.
    identity = server_identity(make_ca("Own CA"), "whatever.test")
    recorder = dane.mx_server("127.0.0.2", tls=identity)
    dane.domain("partner.test", "mx.partner.test", "127.0.0.2")
    dane.dns.add(
        f"_{dane.smtp_port}._tcp.mx.partner.test", "TLSA", f"3 1 1 {spki_sha256(identity)}"
    )
    DirectNextHop(require_tls=True).deliver(MAIL)
    assert recorder.received == [(["bob@partner.test"], MAIL.content, True)]


def test_dane_ta_anchor_in_the_chain_is_delivered(dane: World) -> None:
    identity = server_identity(dane.ca, "mx.partner.test")
    recorder = dane.mx_server("127.0.0.2", tls=identity, with_chain=True)
    dane.domain("partner.test", "mx.partner.test", "127.0.0.2")
    ca_digest = hashlib.sha256(dane.ca.cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    dane.dns.add(f"_{dane.smtp_port}._tcp.mx.partner.test", "TLSA", f"2 0 1 {ca_digest}")
    DirectNextHop().deliver(MAIL)
    assert len(recorder.received) == 1


def test_dane_mismatch_is_refused_even_for_a_pkix_valid_certificate(dane: World) -> None:
    recorder = dane.mx_server("127.0.0.2", tls=server_identity(dane.ca, "mx.partner.test"))
    dane.domain("partner.test", "mx.partner.test", "127.0.0.2")
    dane.dns.add(f"_{dane.smtp_port}._tcp.mx.partner.test", "TLSA", f"3 1 1 {'00' * 32}")
    with pytest.raises(DeliveryError, match="TLSA mismatch"):
        DirectNextHop().deliver(MAIL)
    assert recorder.received == []


def test_dane_without_starttls_is_refused(dane: World) -> None:
    recorder = dane.mx_server("127.0.0.2")
    dane.domain("partner.test", "mx.partner.test", "127.0.0.2")
    dane.dns.add(f"_{dane.smtp_port}._tcp.mx.partner.test", "TLSA", f"3 1 1 {'00' * 32}")
    with pytest.raises(DeliveryError, match="offers no STARTTLS; DANE"):
        DirectNextHop().deliver(MAIL)
    assert recorder.received == []


def test_tlsa_without_the_ad_bit_is_ignored(dane: World) -> None:
    dane.dns.ad = False  # an unvalidated answer could be forged: DANE does not apply
    recorder = dane.mx_server("127.0.0.2")
    dane.domain("partner.test", "mx.partner.test", "127.0.0.2")
    dane.dns.add(f"_{dane.smtp_port}._tcp.mx.partner.test", "TLSA", f"3 1 1 {'00' * 32}")
    DirectNextHop().deliver(MAIL)
    assert recorder.received == [(["bob@partner.test"], MAIL.content, False)]


# --- idempotency -----------------------------------------------------------------------


def test_retry_after_partial_failure_delivers_no_second_copy(world: World) -> None:
    first = world.mx_server("127.0.0.2")
    world.domain("partner.test", "mx.partner.test", "127.0.0.2")
    world.domain("makler.test", "mx.makler.test", "127.0.0.3")  # down for now
    mail = Envelope(MAIL.sender, ("bob@partner.test", "carl@makler.test"), MAIL.content)
    key = mail.delivery_key()
    with pytest.raises(DeliveryError, match=r"makler\.test: no MX host.*mx\.makler\.test"):
        DirectNextHop().deliver(mail, key=key)
    assert len(first.received) == 1
    second = world.mx_server("127.0.0.3")
    assert DirectNextHop().deliver(mail, key=key) == "direct:mx.makler.test"
    assert len(first.received) == 1
    assert second.received[0][0] == ["carl@makler.test"]
    assert DirectNextHop().deliver(mail, key=key) == "direct:already-delivered"
    assert (len(first.received), len(second.received)) == (1, 1)


def test_retry_after_a_refused_recipient_skips_the_accepted_one(world: World) -> None:
    recorder = world.mx_server("127.0.0.2")
    recorder.busy = {"eve@partner.test"}
    world.dns.add("partner.test", "MX", "10 mx.partner.test.", "20 mx2.partner.test.")
    world.dns.add("mx.partner.test", "A", "127.0.0.2")
    world.dns.add("mx2.partner.test", "A", "127.0.0.2")
    mail = Envelope(MAIL.sender, ("bob@partner.test", "eve@partner.test"), MAIL.content)
    with pytest.raises(DeliveryError, match=r"refused eve@partner\.test \(450\)"):
        DirectNextHop().deliver(mail)
    assert [r[0] for r in recorder.received] == [["bob@partner.test"]]  # not again via mx2
    recorder.busy = set()
    DirectNextHop().deliver(mail)
    assert [r[0] for r in recorder.received] == [["bob@partner.test"], ["eve@partner.test"]]


@pytest.mark.django_db
def test_retry_records_are_forgotten_after_the_retention_period(settings: Settings) -> None:
    import datetime as dt

    from django.utils import timezone

    from siegel.gateway.models import TlsDeliveryFailure
    from siegel.gateway.services import forget_delivery_records

    settings.SIEGEL_DELIVERY_RECORD_DAYS = 14
    old, fresh = timezone.now() - dt.timedelta(days=15), timezone.now() - dt.timedelta(days=13)
    for key, moment in (("old", old), ("fresh", fresh)):
        DeliveryRecord.objects.create(key=key, recipient="bob@partner.test", host="mx")
        DeliveryRecord.objects.filter(key=key).update(delivered_at=moment)
        TlsDeliveryFailure.objects.create(key=key)
        TlsDeliveryFailure.objects.filter(key=key).update(first_failed_at=moment)
    assert forget_delivery_records() == 2
    assert list(DeliveryRecord.objects.values_list("key", flat=True)) == ["fresh"]
    assert list(TlsDeliveryFailure.objects.values_list("key", flat=True)) == ["fresh"]
