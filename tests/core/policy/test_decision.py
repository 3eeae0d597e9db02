"""The method decision: per rule, per preset, and the invariant over all inputs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core.policy import (
    DeliveryMethod,
    DomainTls,
    Policy,
    PolicyError,
    PortalAvailability,
    RecipientCapabilities,
    decide,
    load_policy,
    preset,
    preset_names,
)
from siegel.core.policy.decision import effective_sensitivity, permitted
from siegel.core.policy.methods import ORDER
from siegel.core.policy.rules import FLOOR_FORBIDDEN
from siegel.core.sensitivity import LineOfBusiness, Sensitivity

S, C, N = Sensitivity.STRICTLY_CONFIDENTIAL, Sensitivity.CONFIDENTIAL, Sensitivity.NORMAL
DEFAULT = preset("default")


def one(sensitivity, recipient, policy=DEFAULT, line=None):  # type: ignore[no-untyped-def]
    return decide(sensitivity, line, [recipient], policy).recipients[0]


def r(**caps: object) -> RecipientCapabilities:
    return RecipientCapabilities(address="kunde@example.org", **caps)  # type: ignore[arg-type]


def test_strongest_available_method_wins() -> None:
    everything = r(
        has_personal_smime=True, has_pgp_key=True, has_domain_cert=True, tls=DomainTls.VERIFIED
    )
    assert one(S, everything).method is DeliveryMethod.SMIME
    assert one(S, r(has_pgp_key=True, has_domain_cert=True)).method is DeliveryMethod.PGP
    assert one(S, r(has_domain_cert=True)).method is DeliveryMethod.DOMAIN_SMIME
    assert one(S, r()).method is DeliveryMethod.PORTAL


def test_reasons_name_every_stronger_method() -> None:
    decision = one(S, r())
    assert decision.reasons == (
        "smime: no valid personal S/MIME certificate",
        "pgp: no valid OpenPGP key",
        "domain-smime: no valid domain certificate for the recipient's domain",
    )
    assert "portal" in decision.reason


def test_strictly_confidential_over_tls_only_with_consent() -> None:
    no_portal = {"portal": PortalAvailability.NOT_POSSIBLE, "tls": DomainTls.VERIFIED}
    assert one(S, r(**no_portal)).method is DeliveryMethod.REJECT
    assert "no recorded consent" in one(S, r(**no_portal)).reason
    assert one(S, r(consent_tls=True, **no_portal)).method is DeliveryMethod.TLS_VERIFIED
    opportunistic = r(
        consent_tls=True, portal=PortalAvailability.NOT_POSSIBLE, tls=DomainTls.OPPORTUNISTIC
    )
    assert one(S, opportunistic).method is DeliveryMethod.REJECT


def test_confidential_may_use_verified_tls_but_never_opportunistic() -> None:
    no_portal = {"portal": PortalAvailability.NOT_POSSIBLE}
    assert one(C, r(tls=DomainTls.VERIFIED, **no_portal)).method is DeliveryMethod.TLS_VERIFIED
    assert one(C, r(tls=DomainTls.OPPORTUNISTIC, **no_portal)).method is DeliveryMethod.REJECT


def test_normal_mail_goes_plain_only_without_tls() -> None:
    assert (
        one(N, r(portal=PortalAvailability.NOT_POSSIBLE, tls=DomainTls.OPPORTUNISTIC)).method
        is DeliveryMethod.TLS_OPPORTUNISTIC
    )
    assert (
        one(N, r(portal=PortalAvailability.NOT_POSSIBLE, tls=DomainTls.NONE)).method
        is DeliveryMethod.PLAIN
    )


def test_normal_mail_still_takes_the_strongest_available() -> None:
    assert one(N, r(has_personal_smime=True)).method is DeliveryMethod.SMIME


def test_unknown_sensitivity_is_strictly_confidential() -> None:
    no_portal = r(portal=PortalAvailability.NOT_POSSIBLE, tls=DomainTls.OPPORTUNISTIC)
    assert decide(None, None, [no_portal], DEFAULT).sensitivity is S
    assert decide(None, None, [no_portal], DEFAULT).recipients[0].method is DeliveryMethod.REJECT


def test_unknown_tls_counts_as_none() -> None:
    assert (
        one(N, r(portal=PortalAvailability.NOT_POSSIBLE, tls=DomainTls.UNKNOWN)).method
        is DeliveryMethod.PLAIN
    )
    assert (
        one(C, r(portal=PortalAvailability.NOT_POSSIBLE, tls=DomainTls.UNKNOWN)).method
        is DeliveryMethod.REJECT
    )


def test_personal_lines_are_strictly_confidential() -> None:
    assert effective_sensitivity(N, LineOfBusiness.HEALTH) is S
    assert effective_sensitivity(N, LineOfBusiness.MOTOR) is N


def test_preset_portal_for_personal_lines() -> None:
    policy = preset("portal-for-personal-lines")
    domain_partner = r(has_domain_cert=True, consent_tls=True, tls=DomainTls.VERIFIED)
    assert one(N, domain_partner, policy, LineOfBusiness.LIFE).method is DeliveryMethod.PORTAL
    assert (
        one(N, domain_partner, policy, LineOfBusiness.PROPERTY).method
        is DeliveryMethod.DOMAIN_SMIME
    )
    assert (
        one(N, r(has_personal_smime=True), policy, LineOfBusiness.LIFE).method
        is DeliveryMethod.SMIME
    )


def test_preset_pseudonymise_instead_of_tls() -> None:
    policy = preset("pseudonymise-instead-of-tls")
    no_portal_tls = r(
        portal=PortalAvailability.NOT_POSSIBLE, tls=DomainTls.VERIFIED, consent_tls=True
    )
    confidential = one(C, no_portal_tls, policy)
    assert (confidential.method, confidential.pseudonymise) == (DeliveryMethod.TLS_VERIFIED, True)
    assert "after pseudonymisation" in confidential.reason
    assert one(S, no_portal_tls, policy).method is DeliveryMethod.REJECT
    assert one(C, r(tls=DomainTls.VERIFIED), policy).method is DeliveryMethod.PORTAL


def test_preset_pgp_refused_and_reactive_permission() -> None:
    policy = preset("pgp-refused")
    with_pgp = r(has_pgp_key=True, reactive_permission=True)
    decision = one(S, with_pgp, policy)
    assert decision.method is DeliveryMethod.PORTAL
    assert "pgp: not allowed" in decision.reason or "OpenPGP is refused" in decision.reason
    assert (
        one(N, r(has_pgp_key=True, reactive_permission=None), policy).method
        is DeliveryMethod.REJECT
    )
    assert "no reactive permission" in one(N, r(reactive_permission=False), policy).reason


def test_recipients_of_one_mail_are_grouped_by_method() -> None:
    decision = decide(
        S, None, [r(has_personal_smime=True), RecipientCapabilities("b@example.org")], DEFAULT
    )
    assert decision.groups() == {
        (DeliveryMethod.SMIME, False): ["kunde@example.org"],
        (DeliveryMethod.PORTAL, False): ["b@example.org"],
    }


# --- policy loading -------------------------------------------------------------------

GOOD = """
name = "eigen"
[allowed]
strictly_confidential = ["smime", "portal"]
confidential = ["smime", "portal", "tls-verified"]
normal = ["smime", "tls-opportunistic", "plain"]
"""


def test_policy_loads_from_toml() -> None:
    policy = load_policy(GOOD)
    assert policy.allowed[S] == {DeliveryMethod.SMIME, DeliveryMethod.PORTAL}
    assert policy.pgp_allowed


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            GOOD.replace('"smime", "portal"]', '"smime", "plain"]', 1),
            "allowed.strictly_confidential: plain never allowed",
        ),
        (
            GOOD.replace('"tls-verified"]', '"tls-opportunistic"]'),
            "allowed.confidential: tls-opportunistic never allowed",
        ),
        ("pgp_allowed = 'yes'\n" + GOOD, "pgp_allowed: must be true or false"),
        (GOOD + "\ncolour = 'blue'\n", "unknown key(s): colour"),
        (GOOD.replace('"portal"]', '"carrier-pigeon"]', 1), "unknown method"),
        (GOOD.replace('name = "eigen"', ""), "name: must be a non-empty string"),
        (
            GOOD.replace('normal = ["smime", "tls-opportunistic", "plain"]', ""),
            "allowed.normal: missing",
        ),
        ("name = [", "not valid TOML"),
    ],
)
def test_broken_policies_are_refused_with_the_key(text: str, message: str) -> None:
    with pytest.raises(PolicyError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_policy(text)


def test_all_presets_load() -> None:
    assert set(preset_names()) >= {
        "default",
        "pseudonymise-instead-of-tls",
        "portal-for-personal-lines",
        "pgp-refused",
    }
    with pytest.raises(PolicyError, match="no preset named"):
        preset("nonsense")


# --- the invariant --------------------------------------------------------------------

methods = st.sampled_from([m for m in ORDER if m is not DeliveryMethod.REJECT])


@st.composite
def policies(draw: st.DrawFn) -> Policy:
    allowed = {s: frozenset(draw(st.sets(methods))) - FLOOR_FORBIDDEN[s] for s in Sensitivity}
    return Policy(
        name="random",
        allowed=allowed,
        pgp_allowed=draw(st.booleans()),
        tls_with_consent_for_strictly_confidential=draw(st.booleans()),
        personal_lines_end_to_end_or_portal=draw(st.booleans()),
        pseudonymise_confidential=draw(st.booleans()),
        reactive_permission_required=draw(st.booleans()),
    )


recipients = st.builds(
    RecipientCapabilities,
    address=st.just("x@example.org"),
    has_personal_smime=st.booleans(),
    has_pgp_key=st.booleans(),
    has_domain_cert=st.booleans(),
    portal=st.sampled_from(PortalAvailability),
    tls=st.sampled_from(DomainTls),
    consent_tls=st.booleans(),
    reactive_permission=st.sampled_from([True, False, None]),
)
any_policy = st.one_of(st.sampled_from([preset(n) for n in preset_names()]), policies())


@settings(max_examples=400, deadline=None)
@given(
    sensitivity=st.one_of(st.none(), st.sampled_from(Sensitivity)),
    line=st.one_of(st.none(), st.sampled_from(LineOfBusiness)),
    recipient=recipients,
    policy=any_policy,
)
def test_nothing_sensitive_leaves_weaker_than_the_policy_allows(
    sensitivity, line, recipient, policy
) -> None:  # type: ignore[no-untyped-def]
    decision = decide(sensitivity, line, [recipient], policy)
    chosen = decision.recipients[0]
    effective = decision.sensitivity
    if sensitivity is None or (line is not None and line.is_personal):
        assert effective is S
    if chosen.method is DeliveryMethod.REJECT:
        return
    if chosen.pseudonymise:
        assert effective is C and policy.pseudonymise_confidential
        assert chosen.method in FLOOR_FORBIDDEN[C] | {DeliveryMethod.TLS_VERIFIED}
    else:
        assert chosen.method in policy.allowed[effective]
        assert chosen.method not in FLOOR_FORBIDDEN[effective]
        assert permitted(chosen.method, effective, line, recipient, policy)[0]
        assert recipient.available(chosen.method)[0]
        stronger = ORDER[: chosen.method.strength]
        assert not any(
            permitted(m, effective, line, recipient, policy)[0] and recipient.available(m)[0]
            for m in stronger
        ), "a stronger allowed and available method was passed over"
    if effective is S:
        assert chosen.method not in {DeliveryMethod.PLAIN, DeliveryMethod.TLS_OPPORTUNISTIC}
        if chosen.method is DeliveryMethod.TLS_VERIFIED:
            assert recipient.consent_tls and recipient.tls is DomainTls.VERIFIED
    if policy.reactive_permission_required:
        assert recipient.reactive_permission is True


@settings(max_examples=200, deadline=None)
@given(
    recipient=recipients,
    policy=any_policy,
    line=st.one_of(st.none(), st.sampled_from(LineOfBusiness)),
)
def test_unknown_sensitivity_is_never_weaker_than_strictly_confidential(
    recipient, policy, line
) -> None:  # type: ignore[no-untyped-def]
    unknown = decide(None, line, [recipient], policy).recipients[0]
    strict = decide(S, line, [recipient], policy).recipients[0]
    assert (unknown.method, unknown.pseudonymise) == (strict.method, strict.pseudonymise)


def test_normal_mail_uses_the_portal_only_with_an_existing_account() -> None:
    assert (
        one(N, r(portal=PortalAvailability.POSSIBLE, tls=DomainTls.NONE)).method
        is DeliveryMethod.PLAIN
    )
    assert (
        one(N, r(portal=PortalAvailability.ACCOUNT, tls=DomainTls.NONE)).method
        is DeliveryMethod.PORTAL
    )
    assert one(C, r(portal=PortalAvailability.POSSIBLE)).method is DeliveryMethod.PORTAL
