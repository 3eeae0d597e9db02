"""The presets: each seed insurer's public rule as a policy (docs/policies.md)."""

from __future__ import annotations

import pytest

from siegel.core.policy import (
    FAIL_CLOSED,
    DeliveryMethod,
    DomainTls,
    PolicyError,
    PortalAvailability,
    preset,
    preset_names,
)
from siegel.core.sensitivity import LineOfBusiness, Sensitivity
from tests.core.policy.factories import decide_for, recipient

M = DeliveryMethod
S, C, N = Sensitivity.STRICTLY_CONFIDENTIAL, Sensitivity.CONFIDENTIAL, Sensitivity.NORMAL
NO_PORTAL = PortalAvailability.NOT_POSSIBLE
ALL = frozenset(DeliveryMethod) - {M.REJECT}


def test_the_presets_ship_and_unknown_names_are_refused() -> None:
    assert preset_names() == [
        "default",
        "pgp-refused",
        "portal-for-personal-lines",
        "pseudonymise-instead-of-tls",
        "tls-with-consent",
    ]
    for name in preset_names():
        assert preset(name).name == name and preset(name).description
    with pytest.raises(PolicyError, match=r"^preset: no preset named 'nonsense'"):
        preset("nonsense")
    with pytest.raises(PolicyError, match="no preset named"):
        preset("../rules")


def test_default_is_the_table_of_the_spec() -> None:
    policy = preset("default")
    encrypted = {M.SMIME, M.PGP, M.DOMAIN_SMIME, M.PORTAL}
    assert policy.allowed(S) == encrypted | {M.TLS_VERIFIED}  # tls-verified with consent only
    assert policy.allowed(C) == encrypted | {M.TLS_VERIFIED}
    assert policy.allowed(N) == ALL
    assert policy.allowed(S, personal_line=True) == policy.allowed(S)
    assert not policy.pseudonymised and not policy.reactive_permission_required


class TestTlsWithConsent:
    """Seed 000: S/MIME, portal, TLS; strictly confidential over TLS only with consent."""

    policy = preset("tls-with-consent")

    def test_strictly_confidential_over_tls_with_the_customers_consent(self) -> None:
        partner = recipient(portal=NO_PORTAL, tls=DomainTls.VERIFIED, consent_tls=True)
        assert decide_for(S, partner, self.policy).method is M.TLS_VERIFIED
        assert (
            decide_for(S, recipient(portal=NO_PORTAL, tls=DomainTls.VERIFIED), self.policy).method
            is M.REJECT
        )

    def test_confidential_over_tls_without_consent(self) -> None:
        partner = recipient(portal=NO_PORTAL, tls=DomainTls.VERIFIED)
        assert decide_for(C, partner, self.policy).method is M.TLS_VERIFIED

    def test_only_the_three_listed_ways(self) -> None:
        other_ways = recipient(has_pgp_key=True, has_domain_cert=True)
        decision = decide_for(S, other_ways, self.policy)
        assert decision.method is M.PORTAL
        assert decision.reasons[1:] == (
            "pgp: OpenPGP is refused by the policy",
            "domain-smime: not allowed for strictly confidential mail",
        )


class TestPseudonymiseInsteadOfTls:
    """Seed 001: TLS is never enough for personal data; pseudonymise instead."""

    policy = preset("pseudonymise-instead-of-tls")

    def test_tls_is_never_enough_for_personal_data(self) -> None:
        partner = recipient(tls=DomainTls.VERIFIED, consent_tls=True)
        assert M.TLS_VERIFIED not in self.policy.allowed(S) | self.policy.allowed(C)
        assert decide_for(C, partner, self.policy).method is M.PORTAL
        assert decide_for(S, partner, self.policy).method is M.PORTAL

    def test_confidential_mail_is_pseudonymised_where_no_encrypted_way_exists(self) -> None:
        no_portal = recipient(portal=NO_PORTAL, tls=DomainTls.VERIFIED, consent_tls=True)
        confidential = decide_for(C, no_portal, self.policy)
        assert (confidential.method, confidential.pseudonymise) == (M.TLS_VERIFIED, True)
        assert "tls-verified: not allowed for confidential mail" in confidential.reasons
        opportunistic = recipient(portal=NO_PORTAL, tls=DomainTls.OPPORTUNISTIC)
        assert decide_for(C, opportunistic, self.policy).pseudonymise

    def test_strictly_confidential_mail_is_not_pseudonymised_but_refused(self) -> None:
        no_portal = recipient(portal=NO_PORTAL, tls=DomainTls.VERIFIED, consent_tls=True)
        assert decide_for(S, no_portal, self.policy).method is M.REJECT

    def test_pgp_is_not_accepted_domain_certificates_are(self) -> None:
        assert not self.policy.pgp_allowed
        assert (
            decide_for(C, recipient(has_pgp_key=True, has_domain_cert=True), self.policy).method
            is M.DOMAIN_SMIME
        )


class TestPortalForPersonalLines:
    """Seeds 002/004: personal lines always portal unless end to end; reactive mail only."""

    policy = preset("portal-for-personal-lines")
    partner = recipient(
        has_domain_cert=True, consent_tls=True, tls=DomainTls.VERIFIED, reactive_permission=True
    )

    def test_personal_lines_go_to_the_portal_unless_end_to_end(self) -> None:
        for line in (LineOfBusiness.LIFE, LineOfBusiness.HEALTH, LineOfBusiness.ACCIDENT):
            decision = decide_for(N, self.partner, self.policy, line)
            assert decision.method is M.PORTAL
            assert "domain-smime: not allowed for mail of the personal lines" in decision.reasons
        end_to_end = recipient(has_pgp_key=True, reactive_permission=True)
        assert decide_for(N, end_to_end, self.policy, LineOfBusiness.LIFE).method is M.PGP

    def test_personal_lines_never_over_tls_even_with_consent(self) -> None:
        no_portal = recipient(
            portal=NO_PORTAL, tls=DomainTls.VERIFIED, consent_tls=True, reactive_permission=True
        )
        assert decide_for(N, no_portal, self.policy, LineOfBusiness.HEALTH).method is M.REJECT
        assert (
            decide_for(S, no_portal, self.policy).method is M.TLS_VERIFIED
        )  # health data, other line

    def test_other_lines_over_tls_and_plain_only_where_tls_is_impossible(self) -> None:
        assert (
            decide_for(N, self.partner, self.policy, LineOfBusiness.PROPERTY).method
            is M.DOMAIN_SMIME
        )
        tls = recipient(tls=DomainTls.OPPORTUNISTIC, portal=NO_PORTAL, reactive_permission=True)
        assert decide_for(N, tls, self.policy, LineOfBusiness.MOTOR).method is M.TLS_OPPORTUNISTIC
        no_tls = recipient(tls=DomainTls.NONE, portal=NO_PORTAL, reactive_permission=True)
        assert decide_for(N, no_tls, self.policy, LineOfBusiness.MOTOR).method is M.PLAIN

    def test_mail_is_reactive(self) -> None:
        never_wrote = recipient(has_personal_smime=True, reactive_permission=False)
        assert decide_for(N, never_wrote, self.policy).method is M.REJECT
        assert (
            decide_for(
                N, recipient(has_personal_smime=True, reactive_permission=True), self.policy
            ).method
            is M.SMIME
        )


class TestPgpRefused:
    """Seeds 001/002: S/MIME is the only end-to-end method."""

    policy = preset("pgp-refused")

    def test_pgp_is_refused_and_the_next_method_taken(self) -> None:
        decision = decide_for(S, recipient(has_pgp_key=True), self.policy)
        assert decision.method is M.PORTAL
        assert "pgp: OpenPGP is refused by the policy" in decision.reasons

    def test_otherwise_the_default_table(self) -> None:
        default = preset("default")
        for sensitivity in Sensitivity:
            assert self.policy.allowed(sensitivity) == default.allowed(sensitivity) - {M.PGP}


def test_pgp_is_allowed_where_the_preset_says_so() -> None:
    for name in ("default", "portal-for-personal-lines"):
        with_pgp = recipient(has_pgp_key=True, reactive_permission=True)
        assert decide_for(S, with_pgp, preset(name)).method is M.PGP


def test_the_fail_closed_policy_uses_only_what_every_preset_allows() -> None:
    for name in preset_names():
        policy = preset(name)
        assert FAIL_CLOSED.allowed(S) <= policy.allowed(S, personal_line=True), name
