"""Harvesting partner certificates and choosing the key a recipient gets."""

from __future__ import annotations

import datetime as dt

import pytest

from siegel.audit.models import AuditEvent
from siegel.keys import selectors, services
from siegel.keys.models import KeyKind, KeySource, KeyStatus, PartnerKey
from tests.support.pki import NOW, Identity, issue

pytestmark = pytest.mark.django_db

CAPS = ["aes256-gcm", "aes256-cbc"]


def usable(address: str) -> dict[str, str]:
    """The usable key of each kind for ``address``: kind -> fingerprint (best of the kind)."""
    found: dict[str, str] = {}
    for key in selectors.recipient_keys([address])[address.lower()].usable:
        found.setdefault(key.kind.value, key.fingerprint)
    return found


def harvest(identity: Identity, address: str, trusted: bool = True) -> services.HarvestOutcome:
    return services.harvest(
        identity.cert,
        address=address,
        capabilities=CAPS,
        trusted=trusted,
        status_reason="valid signature, trusted chain" if trusted else "untrusted CA",
    )


def test_trusted_signature_stores_certificate_and_capabilities(ca: Identity) -> None:
    outcome = harvest(issue(ca, "makler@partner.example"), "Makler@Partner.example")
    assert outcome.stored is not None
    key = PartnerKey.objects.get()
    assert (key.address, key.source, key.status) == (
        "makler@partner.example",
        KeySource.HARVESTED,
        KeyStatus.VALID,
    )
    assert key.capabilities == CAPS
    assert AuditEvent.objects.filter(action="keys.harvest.stored").count() == 1


def test_untrusted_signature_never_stores_nor_replaces(ca: Identity) -> None:
    good = issue(ca, "makler@partner.example")
    harvest(good, "makler@partner.example")
    forged = issue(ca, "makler@partner.example", not_after=NOW + dt.timedelta(days=900))
    outcome = harvest(forged, "makler@partner.example", trusted=False)
    assert outcome.stored is None and "untrusted CA" in outcome.reason
    assert PartnerKey.objects.count() == 1
    assert usable("makler@partner.example") == {
        KeyKind.SMIME_PERSONAL: PartnerKey.objects.get().fingerprint
    }
    assert AuditEvent.objects.filter(action="keys.harvest.refused").count() == 1


def test_newer_certificate_supersedes_older_both_stay_visible(ca: Identity) -> None:
    old = harvest(issue(ca, "m@partner.example"), "m@partner.example").stored
    new = harvest(
        issue(ca, "m@partner.example", not_after=NOW + dt.timedelta(days=700)), "m@partner.example"
    ).stored
    assert old is not None and new is not None
    old.refresh_from_db()
    assert old.superseded_by == new
    assert PartnerKey.objects.count() == 2
    assert usable("m@partner.example") == {KeyKind.SMIME_PERSONAL: new.fingerprint}


def test_seeing_a_known_certificate_again_updates_last_seen(ca: Identity) -> None:
    cert = issue(ca, "n@partner.example")
    first = harvest(cert, "n@partner.example").stored
    again = harvest(cert, "n@partner.example")
    assert again.stored == first and PartnerKey.objects.count() == 1


def _partner(ca: Identity, address: str, kind: str, **cert_options: object) -> PartnerKey:
    cert = issue(ca, address if "@" in address else f"gateway@{address}", **cert_options)  # type: ignore[arg-type]
    outcome = harvest(cert, address)
    assert outcome.stored is not None
    PartnerKey.objects.filter(pk=outcome.stored.pk).update(kind=kind)
    return PartnerKey.objects.get(pk=outcome.stored.pk)


def test_every_kind_of_key_is_offered_the_domain_certificate_for_every_address(
    ca: Identity,
) -> None:
    """Which one is used is the decision's (the policy's order); the key store offers all."""
    domain = _partner(ca, "partner.example", KeyKind.SMIME_DOMAIN)
    assert usable("a@partner.example") == {KeyKind.SMIME_DOMAIN: domain.fingerprint}
    pgp = _partner(ca, "a@partner.example", KeyKind.PGP)
    personal = _partner(ca, "a@partner.example", KeyKind.SMIME_PERSONAL)
    assert usable("A@Partner.example") == {
        KeyKind.SMIME_DOMAIN: domain.fingerprint,
        KeyKind.PGP: pgp.fingerprint,
        KeyKind.SMIME_PERSONAL: personal.fingerprint,
    }
    assert usable("b@partner.example") == {KeyKind.SMIME_DOMAIN: domain.fingerprint}


def test_expired_and_revoked_are_never_chosen_and_say_why(ca: Identity) -> None:
    expired = _partner(
        ca,
        "b@partner.example",
        KeyKind.SMIME_PERSONAL,
        not_before=NOW - dt.timedelta(days=400),
        not_after=NOW - dt.timedelta(days=2),
    )
    revoked = _partner(ca, "b@partner.example", KeyKind.SMIME_PERSONAL)
    PartnerKey.objects.filter(pk=revoked.pk).update(
        status=KeyStatus.REVOKED, status_reason="revoked on 2026-11-01 (CRL)"
    )
    PartnerKey.objects.filter(pk=expired.pk).update(superseded_by=None)
    keys = selectors.recipient_keys(["b@partner.example"])["b@partner.example"]
    assert keys.usable == ()
    reasons = " ".join(keys.rejected)
    assert "expired on" in reasons and "revoked on 2026-11-01" in reasons


def test_no_key_at_all() -> None:
    keys = selectors.recipient_keys(["nobody@partner.example"])["nobody@partner.example"]
    assert keys.usable == () and keys.rejected == ()


def test_one_query_for_all_recipients(ca: Identity, django_assert_num_queries) -> None:  # type: ignore[no-untyped-def]
    for n in range(3):
        harvest(issue(ca, f"m{n}@partner.example"), f"m{n}@partner.example")
    addresses = [f"m{n}@partner.example" for n in range(3)] + ["x@other.example"]
    with django_assert_num_queries(1):
        found = selectors.recipient_keys(addresses)
    assert [len(found[a].usable) for a in addresses] == [1, 1, 1, 0]


def test_a_certificate_with_an_unreadable_key_is_refused_not_raised(ca: Identity) -> None:
    """cryptography reads the key only on use: a damaged one must not stop the mail (fuzz find)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    der = issue(ca, "makler@partner.example").cert.public_bytes(serialization.Encoding.DER)
    spki = der.index(b"\x00\x30\x82\x01\x0a\x02")  # the RSAPublicKey SEQUENCE in the bit string
    damaged = x509.load_der_x509_certificate(der[: spki + 1] + b"\x31" + der[spki + 2 :])
    for trusted in (True, False):
        outcome = services.harvest(
            damaged,
            address="makler@partner.example",
            capabilities=[],
            trusted=trusted,
            status_reason="valid",
        )
        assert outcome.stored is None
    assert not PartnerKey.objects.exists()
    refusal = AuditEvent.objects.filter(action="keys.harvest.refused").first()
    assert refusal is not None and "cannot be read" in refusal.details["reason"]
