"""Whatever is decided can be delivered: every route carries the key its method needs.

Over every preset and random recipients (which keys they have, portal, TLS,
consent, reactive permission), the plan's routes hold a usable key of the right
kind for an encrypting method, and protecting each group never raises.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from siegel.core.classify.result import Classification
from siegel.core.policy import DeliveryMethod, DomainTls, PortalAvailability, preset, preset_names
from siegel.core.policy.facts import KEY_KIND_OF, KeyKind, RecipientFacts, RecipientKey
from siegel.core.policy.plan import plan
from siegel.core.protect import SenderKeys, protect
from siegel.core.sensitivity import LineOfBusiness, Sensitivity
from siegel.core.smime import Signer
from tests.conftest import vectors_dir
from tests.support.pki import issue, make_ca

CA = make_ca()
SENDER = issue(CA, "leistung@versicherer.example", crl_url=None)
MAIL = (
    b"From: leistung@versicherer.example\r\nTo: kunde@example.org\r\nSubject: Termin\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nUnser Termin am Montag um 10 Uhr.\r\n"
)


def _keys() -> dict[KeyKind, RecipientKey]:
    from cryptography.hazmat.primitives.serialization import Encoding

    personal = issue(CA, "kunde@example.org", crl_url=None).cert.public_bytes(Encoding.DER)
    domain = issue(CA, "gateway@example.org", crl_url=None).cert.public_bytes(Encoding.DER)
    pgp = (vectors_dir() / "draft-bre-openpgp-samples" / "bob.pub.asc").read_bytes()
    return {
        KeyKind.SMIME_PERSONAL: RecipientKey(KeyKind.SMIME_PERSONAL, "p" * 64, personal),
        KeyKind.PGP: RecipientKey(KeyKind.PGP, "g" * 64, pgp),
        KeyKind.SMIME_DOMAIN: RecipientKey(
            KeyKind.SMIME_DOMAIN, "d" * 64, domain, frozenset({"aes256_gcm"})
        ),
    }


KEYS = _keys() if Path(vectors_dir()).is_dir() else {}


def recipients() -> st.SearchStrategy[RecipientFacts]:
    return st.builds(
        RecipientFacts,
        address=st.sampled_from(["kunde@example.org", "makler@example.net", "x@example.com"]),
        keys=st.lists(st.sampled_from(list(KeyKind)), unique=True).map(
            lambda kinds: tuple(KEYS[k] for k in kinds)
        ),
        portal=st.sampled_from(list(PortalAvailability)),
        tls=st.sampled_from(list(DomainTls)),
        consent_tls=st.booleans(),
        reactive_permission=st.sampled_from([True, False, None]),
    )


@pytest.mark.skipif(not KEYS, reason="vectors folder absent (set SIEGEL_VECTORS)")
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    policy=st.sampled_from(preset_names()),
    sensitivity=st.sampled_from(list(Sensitivity)),
    line=st.sampled_from([None, *LineOfBusiness]),
    facts=st.lists(recipients(), min_size=1, max_size=3),
    signs=st.booleans(),
)
def test_whatever_is_decided_can_be_delivered(
    policy: str,
    sensitivity: Sensitivity,
    line: LineOfBusiness | None,
    facts: list[RecipientFacts],
    signs: bool,
) -> None:
    planned = plan(Classification(sensitivity, line, ()), facts, preset(policy))
    assert [r.address for r in planned.routes] == [f.address for f in facts]
    for route, known in zip(planned.routes, facts, strict=True):
        kind = KEY_KIND_OF.get(route.method)
        if kind is None:
            assert route.key is None
        else:
            assert route.key is not None and route.key.kind is kind
            assert route.key in known.keys, "the key the decision was made on, nothing else"
    sender = SenderKeys(Signer(SENDER.cert, SENDER.key, ()) if signs else None)
    for (method, pseudonymise), routes in planned.groups().items():
        if method in {DeliveryMethod.PORTAL, DeliveryMethod.REJECT}:
            continue
        protected = protect(
            MAIL, method, [r.key for r in routes], sender, pseudonymise=pseudonymise
        )
        assert protected
        event(method.value)
