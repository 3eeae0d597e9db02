"""The ID-token rules mozilla-django-oidc leaves to us: issuer, audience, times, nonce, subject."""

from __future__ import annotations

import pytest

from siegel.core.id_token import Expected, IdTokenRejected, check_claims, in_domains

NOW = 1_800_000_000.0
EXPECTED = Expected(
    issuer="https://login.makler-a.example", client_id="siegel", nonce="n-1", now=NOW
)


def claims(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "iss": "https://login.makler-a.example",
        "aud": "siegel",
        "sub": "4711",
        "nonce": "n-1",
        "iat": NOW - 5,
        "exp": NOW + 300,
        "email": " Anna@Makler-A.example ",
        "email_verified": True,
    }
    base.update(changes)
    return {key: value for key, value in base.items() if value is not None}


def test_a_token_for_us_names_its_subject_and_address() -> None:
    identity = check_claims(claims(), EXPECTED)
    assert identity.subject == "4711"
    assert identity.email == "anna@makler-a.example"
    assert identity.email_verified is True
    assert check_claims(claims(aud=["siegel"], azp="siegel"), EXPECTED).subject == "4711"
    assert check_claims(claims(email_verified=None), EXPECTED).email_verified is None


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"iss": "https://login.makler-b.example"}, "wrong issuer"),
        ({"iss": "https://login.makler-a.example/"}, "wrong issuer"),
        ({"aud": "other-client"}, "wrong audience"),
        ({"aud": ["other-client"]}, "wrong audience"),
        ({"aud": ["siegel", "other-client"]}, "further audiences"),
        ({"azp": "other-client"}, "wrong authorised party"),
        ({"exp": NOW - 61}, "expired"),
        ({"exp": None}, "exp or iat missing"),
        ({"iat": True}, "exp or iat missing"),
        ({"iat": NOW + 120}, "issued in the future"),
        ({"nbf": NOW + 120}, "not valid yet"),
        ({"nbf": "bald"}, "not valid yet"),
        ({"nonce": "n-2"}, "wrong nonce"),
        ({"nonce": None}, "nonce missing"),
        ({"sub": ""}, "subject missing or too long"),
        ({"sub": "x" * 256}, "subject missing or too long"),
    ],
)
def test_each_rule_refuses_with_its_reason(changes: dict[str, object], reason: str) -> None:
    with pytest.raises(IdTokenRejected, match=f"^{reason}$"):
        check_claims(claims(**changes), EXPECTED)


def test_a_minute_of_clock_difference_is_forgiven() -> None:
    assert (
        check_claims(claims(exp=NOW - 30, iat=NOW + 30, nbf=NOW + 30), EXPECTED).subject == "4711"
    )


def test_addresses_must_be_at_one_of_the_domains_exactly() -> None:
    domains = ["makler-a.example", " Makler-A.de "]
    assert in_domains("anna@makler-a.example", domains)
    assert in_domains("Anna@MAKLER-A.DE", domains)
    assert not in_domains("anna@sub.makler-a.example", domains)
    assert not in_domains("anna@makler-a.example.evil", domains)
    assert not in_domains("makler-a.example", domains)
    assert not in_domains("@makler-a.example", domains)
