"""Certificate validation for S/MIME: each broken certificate gets its own reason."""

from __future__ import annotations

import asyncio
import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest

from siegel.core.smime.validation import CertificateStatus, validate_certificate
from tests.support.pki import (
    NOW,
    Identity,
    issue,
    make_ca,
    make_crl,
    make_intermediate,
    make_ocsp_responder,
    make_ocsp_response,
    resign_with_sha1,
)

ADDRESS = "makler@partner.example"


@pytest.fixture(scope="module")
def ca() -> Identity:
    return make_ca()


def check(ca: Identity, identity: Identity, **options: object) -> CertificateStatus:
    verdict = validate_certificate(identity.cert, trust_anchors=[ca.cert], **options)  # type: ignore[arg-type]
    return verdict.status


def test_valid_certificate(ca: Identity) -> None:
    verdict = validate_certificate(
        issue(ca, ADDRESS).cert, trust_anchors=[ca.cert], address=ADDRESS
    )
    assert verdict.usable and "trusted chain" in verdict.reason


def test_validation_works_inside_a_running_event_loop(ca: Identity) -> None:
    """Callers on an event loop (SMTP handlers, browser tests) get the same verdict."""

    async def validate_on_the_loop() -> bool:
        verdict = validate_certificate(
            issue(ca, ADDRESS).cert, trust_anchors=[ca.cert], address=ADDRESS
        )
        return verdict.usable

    # On a thread of its own: a browser test may already run a loop on this one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        assert pool.submit(asyncio.run, validate_on_the_loop()).result()


def test_address_in_dn_only_is_accepted(ca: Identity) -> None:
    assert (
        check(ca, issue(ca, ADDRESS, san=False, dn_email=True), address=ADDRESS.upper())
        is CertificateStatus.VALID
    )


@pytest.mark.parametrize(
    ("options", "status", "words"),
    [
        (
            {"not_before": NOW - dt.timedelta(days=400), "not_after": NOW - dt.timedelta(days=1)},
            CertificateStatus.EXPIRED,
            "expired on",
        ),
        (
            {"not_before": NOW + dt.timedelta(days=2)},
            CertificateStatus.NOT_YET_VALID,
            "not valid before",
        ),
        ({"email_protection": False}, CertificateStatus.NOT_FOR_EMAIL, "not issued for e-mail"),
        ({"key_kind": "rsa1024"}, CertificateStatus.WEAK, "1024 bits"),
    ],
)
def test_broken_certificates(
    ca: Identity, options: dict, status: CertificateStatus, words: str
) -> None:
    verdict = validate_certificate(
        issue(ca, ADDRESS, **options).cert, trust_anchors=[ca.cert], address=ADDRESS
    )
    assert verdict.status is status
    assert words in verdict.reason


def test_sha1_signed_certificate_is_weak(ca: Identity) -> None:
    sha1 = resign_with_sha1(issue(ca, ADDRESS), ca)
    verdict = validate_certificate(sha1.cert, trust_anchors=[ca.cert])
    assert verdict.status is CertificateStatus.WEAK and "SHA1" in verdict.reason


def test_address_mismatch(ca: Identity) -> None:
    verdict = validate_certificate(
        issue(ca, ADDRESS).cert, trust_anchors=[ca.cert], address="other@partner.example"
    )
    assert verdict.status is CertificateStatus.ADDRESS_MISMATCH
    assert "not for other@partner.example" in verdict.reason


def test_untrusted_issuer(ca: Identity) -> None:
    stranger = make_ca("Fremde CA")
    verdict = validate_certificate(issue(stranger, ADDRESS).cert, trust_anchors=[ca.cert])
    assert verdict.status is CertificateStatus.UNTRUSTED
    assert (
        validate_certificate(issue(ca, ADDRESS).cert, trust_anchors=[]).status
        is CertificateStatus.UNTRUSTED
    )


def test_chain_through_an_intermediate(ca: Identity) -> None:
    intermediate = make_intermediate(ca)
    leaf = issue(intermediate, ADDRESS)
    assert check(ca, leaf, intermediates=[intermediate.cert]) is CertificateStatus.VALID
    assert check(ca, leaf) is CertificateStatus.UNTRUSTED


def test_revoked_by_crl(ca: Identity) -> None:
    revoked, fine = issue(ca, ADDRESS), issue(ca, "other@partner.example")
    crl = make_crl(ca, [revoked.cert])
    verdict = validate_certificate(revoked.cert, trust_anchors=[ca.cert], crls=[crl])
    assert verdict.status is CertificateStatus.REVOKED and "revoked" in verdict.reason
    assert check(ca, fine, crls=[crl]) is CertificateStatus.VALID


def test_validity_is_judged_at_the_given_moment(ca: Identity) -> None:
    old = issue(
        ca, ADDRESS, not_before=NOW - dt.timedelta(days=400), not_after=NOW - dt.timedelta(days=10)
    )
    assert check(ca, old, at=NOW - dt.timedelta(days=100)) is CertificateStatus.VALID


def test_revoked_by_ocsp(ca: Identity) -> None:
    revoked = issue(ca, ADDRESS, ocsp_url="http://ocsp.siegel-test.example/")
    answer = make_ocsp_response(ca, revoked.cert, revoked=True)
    verdict = validate_certificate(revoked.cert, trust_anchors=[ca.cert], ocsp_responses=[answer])
    assert verdict.status is CertificateStatus.REVOKED and "revoked" in verdict.reason
    good = make_ocsp_response(ca, revoked.cert, revoked=False)
    assert check(ca, revoked, ocsp_responses=[good]) is CertificateStatus.VALID


def test_supplied_revocation_data_counts_without_declared_sources(ca: Identity) -> None:
    """A certificate naming no CRL or OCSP location is still revoked by what the operator supplied."""
    silent = issue(ca, ADDRESS, crl_url=None, ocsp_url=None)
    by_crl = validate_certificate(
        silent.cert, trust_anchors=[ca.cert], crls=[make_crl(ca, [silent.cert])]
    )
    assert by_crl.status is CertificateStatus.REVOKED and "issuer's CRL" in by_crl.reason
    by_ocsp = validate_certificate(
        silent.cert,
        trust_anchors=[ca.cert],
        ocsp_responses=[make_ocsp_response(ca, silent.cert, revoked=True)],
    )
    assert by_ocsp.status is CertificateStatus.REVOKED and "OCSP says revoked" in by_ocsp.reason


def test_revocation_data_from_someone_else_is_ignored(ca: Identity) -> None:
    """Only the issuer (or its delegated responder) can revoke: a stranger's CRL changes nothing."""
    silent = issue(ca, ADDRESS, crl_url=None)
    stranger = make_ca(ca.cert.subject.rfc4514_string().split("CN=")[1].split(",")[0])
    forged_crl = make_crl(stranger, [silent.cert])
    forged_ocsp = make_ocsp_response(stranger, silent.cert, revoked=True)
    assert (
        check(ca, silent, crls=[forged_crl], ocsp_responses=[forged_ocsp])
        is CertificateStatus.VALID
    )
    assert check(ca, silent, crls=[b"not a crl"], ocsp_responses=[b"junk"]) is (
        CertificateStatus.VALID
    )


def test_a_delegated_ocsp_responder_can_revoke(ca: Identity) -> None:
    silent = issue(ca, ADDRESS, crl_url=None)
    responder = make_ocsp_responder(ca)
    answer = make_ocsp_response(ca, silent.cert, revoked=True, responder=responder)
    verdict = validate_certificate(silent.cert, trust_anchors=[ca.cert], ocsp_responses=[answer])
    assert verdict.status is CertificateStatus.REVOKED and "OCSP says revoked" in verdict.reason
    impostor = make_ocsp_responder(make_ca("Fremde CA"))
    forged = make_ocsp_response(ca, silent.cert, revoked=True, responder=impostor)
    assert check(ca, silent, ocsp_responses=[forged]) is CertificateStatus.VALID
