"""The method decision, rule by rule (SPEC section 2)."""

from __future__ import annotations

from siegel.core.policy import (
    DeliveryMethod,
    DomainTls,
    PortalAvailability,
    RecipientCapabilities,
    decide,
    load_policy,
    preset,
)
from siegel.core.sensitivity import LineOfBusiness, Sensitivity
from tests.core.policy.factories import decide_for, recipient

M = DeliveryMethod
S, C, N = Sensitivity.STRICTLY_CONFIDENTIAL, Sensitivity.CONFIDENTIAL, Sensitivity.NORMAL
NO_PORTAL = PortalAvailability.NOT_POSSIBLE
EVERYTHING = recipient(
    has_personal_smime=True,
    has_pgp_key=True,
    has_domain_cert=True,
    portal=PortalAvailability.ACCOUNT,
    tls=DomainTls.VERIFIED,
    consent_tls=True,
    reactive_permission=True,
)


# --- the order, strongest first ---------------------------------------------------------


def test_the_strongest_available_method_wins() -> None:
    assert decide_for(S, EVERYTHING).method is M.SMIME
    assert decide_for(S, recipient(has_pgp_key=True, has_domain_cert=True)).method is M.PGP
    assert decide_for(S, recipient(has_domain_cert=True)).method is M.DOMAIN_SMIME
    assert decide_for(S, recipient()).method is M.PORTAL
    assert decide_for(N, EVERYTHING).method is M.SMIME


def test_every_stronger_method_carries_the_reason_it_was_not_taken() -> None:
    decision = decide_for(S, recipient())
    assert decision.reasons == (
        "smime: no valid personal S/MIME certificate",
        "pgp: no valid OpenPGP key",
        "domain-smime: no valid domain certificate for the recipient's domain",
    )
    assert decision.reason.startswith("portal for strictly confidential mail (stronger methods")
    assert decide_for(S, EVERYTHING).reasons == ()
    assert (
        decide_for(S, EVERYTHING).reason
        == "smime for strictly confidential mail (the strongest method)"
    )


def test_a_rejection_lists_why_every_method_failed() -> None:
    decision = decide_for(S, recipient(portal=NO_PORTAL, tls=DomainTls.OPPORTUNISTIC))
    assert decision.method is M.REJECT and not decision.pseudonymise
    assert [reason.split(":")[0] for reason in decision.reasons] == [
        "smime", "pgp", "domain-smime", "portal", "tls-verified", "tls-opportunistic", "plain",
    ]  # fmt: skip
    assert "tls-opportunistic: never allowed for strictly confidential mail" in decision.reasons
    assert decision.reason.startswith("rejected: smime: no valid personal S/MIME certificate; ")


# --- strictly confidential ----------------------------------------------------------------


def test_strictly_confidential_goes_over_verified_tls_only_with_recorded_consent() -> None:
    verified = {"portal": NO_PORTAL, "tls": DomainTls.VERIFIED}
    without = decide_for(S, recipient(**verified))
    assert without.method is M.REJECT
    assert (
        "tls-verified: no recorded consent to strictly confidential mail over TLS"
        in without.reasons
    )
    assert decide_for(S, recipient(consent_tls=True, **verified)).method is M.TLS_VERIFIED


def test_strictly_confidential_never_goes_opportunistic_or_plain() -> None:
    for tls in DomainTls:
        decision = decide_for(S, recipient(portal=NO_PORTAL, tls=tls, consent_tls=True))
        assert decision.method in {M.TLS_VERIFIED, M.REJECT}


def test_consent_does_not_jump_the_order() -> None:
    """Consent allows TLS, it does not prefer it: the portal is still stronger."""
    assert decide_for(S, recipient(consent_tls=True, tls=DomainTls.VERIFIED)).method is M.PORTAL


# --- confidential -------------------------------------------------------------------------


def test_confidential_may_use_verified_tls_without_consent_but_never_opportunistic() -> None:
    assert (
        decide_for(C, recipient(portal=NO_PORTAL, tls=DomainTls.VERIFIED)).method is M.TLS_VERIFIED
    )
    assert (
        decide_for(C, recipient(portal=NO_PORTAL, tls=DomainTls.OPPORTUNISTIC)).method is M.REJECT
    )
    assert decide_for(C, recipient(portal=NO_PORTAL, tls=DomainTls.NONE)).method is M.REJECT


def test_confidential_may_open_a_portal_account() -> None:
    assert decide_for(C, recipient(portal=PortalAvailability.POSSIBLE)).method is M.PORTAL


# --- normal -------------------------------------------------------------------------------


def test_normal_mail_goes_plain_only_where_tls_is_impossible() -> None:
    assert (
        decide_for(N, recipient(portal=NO_PORTAL, tls=DomainTls.VERIFIED)).method is M.TLS_VERIFIED
    )
    opportunistic = decide_for(N, recipient(portal=NO_PORTAL, tls=DomainTls.OPPORTUNISTIC))
    assert opportunistic.method is M.TLS_OPPORTUNISTIC
    assert decide_for(N, recipient(portal=NO_PORTAL, tls=DomainTls.NONE)).method is M.PLAIN


def test_plain_is_refused_while_the_domain_offers_tls_even_if_the_policy_skips_tls() -> None:
    plain_only = load_policy(
        """
        name = "plain-only"
        [allowed]
        strictly_confidential = []
        confidential = []
        normal = ["plain"]
        """
    )
    refused = decide_for(N, recipient(tls=DomainTls.OPPORTUNISTIC), plain_only)
    assert refused.method is M.REJECT
    assert "plain: the recipient's domain offers TLS, so the mail does not go without it" in (
        refused.reasons
    )
    assert decide_for(N, recipient(tls=DomainTls.NONE), plain_only).method is M.PLAIN


def test_normal_mail_uses_the_portal_only_with_an_existing_account() -> None:
    possible = decide_for(N, recipient(portal=PortalAvailability.POSSIBLE, tls=DomainTls.NONE))
    assert possible.method is M.PLAIN
    assert "portal: normal mail does not open a portal account" in possible.reasons
    account = recipient(portal=PortalAvailability.ACCOUNT, tls=DomainTls.NONE)
    assert decide_for(N, account).method is M.PORTAL


# --- personal lines -----------------------------------------------------------------------


def test_the_personal_lines_make_a_mail_strictly_confidential() -> None:
    for line in LineOfBusiness:
        decision = decide(N, line, [recipient()], preset("default"))
        assert decision.sensitivity is (S if line.is_personal else N)
        if line.is_personal:
            assert decision.notes == ("a personal line: treated as strictly confidential",)


def test_a_personal_line_needs_consent_for_tls_like_any_strictly_confidential_mail() -> None:
    verified = recipient(portal=NO_PORTAL, tls=DomainTls.VERIFIED)
    assert decide_for(N, verified, line=LineOfBusiness.HEALTH).method is M.REJECT
    assert decide_for(N, verified, line=LineOfBusiness.MOTOR).method is M.TLS_VERIFIED


# --- fail closed: unknown or broken inputs ------------------------------------------------


def test_an_unknown_sensitivity_is_strictly_confidential() -> None:
    opportunistic = recipient(portal=NO_PORTAL, tls=DomainTls.OPPORTUNISTIC)
    for unknown in (None, 1, "normal"):
        decision = decide(unknown, None, [opportunistic], preset("default"))  # type: ignore[arg-type]
        assert decision.sensitivity is S
        assert decision.recipients[0].method is M.REJECT
        assert decision.notes == ("sensitivity unknown: treated as strictly confidential",)


def test_an_unrecognised_line_of_business_counts_as_a_personal_line() -> None:
    pets: object = "pets"
    decision = decide(N, pets, [recipient(tls=DomainTls.NONE)], preset("portal-for-personal-lines"))  # type: ignore[arg-type]
    assert decision.sensitivity is S and decision.line_of_business is None
    assert decision.notes == (
        "line of business 'pets' not recognised: treated as personal",
        "a personal line: treated as strictly confidential",
    )


def test_without_a_valid_policy_the_fail_closed_policy_decides() -> None:
    for broken in (None, {"name": "default"}, "default"):
        decision = decide(N, None, [EVERYTHING], broken)  # type: ignore[arg-type]
        assert decision.policy == "fail-closed" and decision.sensitivity is S
        assert decision.recipients[0].method is M.SMIME
    never_wrote = recipient(has_personal_smime=True, reactive_permission=False)
    assert decide(N, None, [never_wrote], None).recipients[0].method is M.REJECT
    only_pgp_and_tls = recipient(
        reactive_permission=True,
        has_pgp_key=True,
        tls=DomainTls.VERIFIED,
        consent_tls=True,
        portal=NO_PORTAL,
    )
    assert decide(N, None, [only_pgp_and_tls], None).recipients[0].method is M.REJECT


def test_unknown_tls_counts_as_none() -> None:
    unknown = recipient(portal=NO_PORTAL, tls=DomainTls.UNKNOWN)
    assert decide_for(N, unknown).method is M.PLAIN
    assert decide_for(C, unknown).method is M.REJECT


def test_capabilities_that_are_not_known_to_be_there_are_absent() -> None:
    garbage = RecipientCapabilities(
        "x@example.org",
        has_personal_smime="yes",  # type: ignore[arg-type]
        has_pgp_key=1,  # type: ignore[arg-type]
        has_domain_cert=None,  # type: ignore[arg-type]
        portal="account",  # type: ignore[arg-type]
        tls="verified",  # type: ignore[arg-type]
        consent_tls="true",  # type: ignore[arg-type]
    )
    decision = decide_for(S, garbage)
    assert decision.method is M.REJECT
    assert "tls-verified: no recorded consent to strictly confidential mail over TLS" in (
        decision.reasons
    )


# --- reactive permission ------------------------------------------------------------------

REACTIVE = load_policy(
    """
    name = "reactive"
    reactive_permission_required = true
    [allowed]
    strictly_confidential = ["smime", "portal"]
    confidential = ["smime", "portal"]
    normal = ["smime", "portal", "tls-verified", "tls-opportunistic", "plain"]
    """
)


def test_reactive_permission_is_needed_when_the_policy_says_so() -> None:
    assert decide_for(N, recipient(reactive_permission=True), REACTIVE).method is M.PLAIN
    missing = decide_for(N, recipient(has_personal_smime=True, reactive_permission=False), REACTIVE)
    assert missing.method is M.REJECT
    assert missing.reasons == (
        "no reactive permission: the recipient has not written to us and no permission is recorded",
    )
    unknown = decide_for(S, recipient(has_personal_smime=True, reactive_permission=None), REACTIVE)
    assert unknown.method is M.REJECT
    assert unknown.reason == (
        "rejected: no reactive permission: it is not known whether the recipient wrote to us"
    )


def test_reactive_permission_is_ignored_when_the_policy_does_not_ask_for_it() -> None:
    assert decide_for(N, recipient(reactive_permission=False, tls=DomainTls.NONE)).method is M.PLAIN


# --- pseudonymisation ---------------------------------------------------------------------

PSEUDONYMISING = load_policy(
    """
    name = "pseudonymising"
    [allowed]
    strictly_confidential = ["smime", "portal"]
    confidential = ["smime", "portal"]
    normal = ["smime", "portal", "tls-verified", "tls-opportunistic", "plain"]
    pseudonymised = ["tls-verified", "tls-opportunistic"]
    """
)


def test_confidential_mail_is_pseudonymised_when_no_encrypted_way_exists() -> None:
    verified = decide_for(C, recipient(portal=NO_PORTAL, tls=DomainTls.VERIFIED), PSEUDONYMISING)
    assert (verified.method, verified.pseudonymise) == (M.TLS_VERIFIED, True)
    assert verified.reason.startswith("tls-verified for confidential mail after pseudonymisation")
    opportunistic = decide_for(
        C, recipient(portal=NO_PORTAL, tls=DomainTls.OPPORTUNISTIC), PSEUDONYMISING
    )
    assert (opportunistic.method, opportunistic.pseudonymise) == (M.TLS_OPPORTUNISTIC, True)


def test_pseudonymisation_only_after_every_encrypted_way() -> None:
    portal = decide_for(C, recipient(tls=DomainTls.VERIFIED), PSEUDONYMISING)
    assert (portal.method, portal.pseudonymise) == (M.PORTAL, False)


def test_pseudonymised_mail_uses_only_the_transports_the_policy_lists() -> None:
    nothing = decide_for(C, recipient(portal=NO_PORTAL, tls=DomainTls.NONE), PSEUDONYMISING)
    assert nothing.method is M.REJECT
    assert nothing.reasons[-1] == (
        "pseudonymised: none of the transports the policy allows after pseudonymisation "
        "(tls-verified, tls-opportunistic) reaches the recipient's domain"
    )


def test_strictly_confidential_and_personal_lines_are_never_pseudonymised() -> None:
    no_portal = recipient(portal=NO_PORTAL, tls=DomainTls.VERIFIED)
    assert decide_for(S, no_portal, PSEUDONYMISING).method is M.REJECT
    assert decide_for(C, no_portal, PSEUDONYMISING, LineOfBusiness.LIFE).method is M.REJECT


# --- several recipients -------------------------------------------------------------------


def test_recipients_of_one_mail_are_grouped_by_method_for_splitting() -> None:
    decision = decide(
        C,
        None,
        [
            recipient("a@example.org", has_personal_smime=True),
            recipient("b@example.org"),
            recipient("c@example.org", has_personal_smime=True),
            recipient("d@example.org", portal=NO_PORTAL),
        ],
        PSEUDONYMISING,
    )
    assert decision.groups() == {
        (M.SMIME, False): ["a@example.org", "c@example.org"],
        (M.PORTAL, False): ["b@example.org"],
        (M.REJECT, False): ["d@example.org"],
    }
    assert [r.address for r in decision.rejected] == ["d@example.org"]
