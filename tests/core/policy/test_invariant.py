"""The invariant over all inputs: nothing sensitive leaves weaker than the policy allows.

The oracle below is written from SPEC section 2 on its own, not from the code:
the decision must agree with it for every sensitivity, line, capability combination,
preset and randomly generated valid policy.
"""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core.policy import (
    FAIL_CLOSED,
    DeliveryMethod,
    DomainTls,
    Policy,
    PortalAvailability,
    RecipientCapabilities,
    RecipientDecision,
    decide,
    preset,
    preset_names,
)
from siegel.core.sensitivity import LineOfBusiness, Sensitivity

M = DeliveryMethod
S, C, N = Sensitivity.STRICTLY_CONFIDENTIAL, Sensitivity.CONFIDENTIAL, Sensitivity.NORMAL
STRONGEST_FIRST = [
    M.SMIME,
    M.PGP,
    M.DOMAIN_SMIME,
    M.PORTAL,
    M.TLS_VERIFIED,
    M.TLS_OPPORTUNISTIC,
    M.PLAIN,
]
TRANSPORTS = [M.TLS_VERIFIED, M.TLS_OPPORTUNISTIC, M.PLAIN]
NEVER_FOR_SENSITIVE = {M.TLS_OPPORTUNISTIC, M.PLAIN}


# --- the oracle ---------------------------------------------------------------------------


def oracle_allows(
    method: DeliveryMethod,
    sensitivity: Sensitivity,
    personal: bool,
    who: RecipientCapabilities,
    policy: Policy,
) -> bool:
    if personal:
        listed = (
            policy.personal_lines
            if policy.personal_lines is not None
            else policy.strictly_confidential
        )
    else:
        listed = {S: policy.strictly_confidential, C: policy.confidential, N: policy.normal}[
            sensitivity
        ]
    if method not in listed:
        return False
    if sensitivity is not N and method in NEVER_FOR_SENSITIVE:
        return False
    if sensitivity is S and method is M.TLS_VERIFIED and who.consent_tls is not True:
        return False
    return not (
        sensitivity is N and method is M.PORTAL and who.portal is not PortalAvailability.ACCOUNT
    )


def oracle_reaches(method: DeliveryMethod, who: RecipientCapabilities) -> bool:
    tls = who.tls if who.tls in (DomainTls.VERIFIED, DomainTls.OPPORTUNISTIC) else DomainTls.NONE
    return {
        M.SMIME: who.has_personal_smime is True,
        M.PGP: who.has_pgp_key is True,
        M.DOMAIN_SMIME: who.has_domain_cert is True,
        M.PORTAL: who.portal in (PortalAvailability.ACCOUNT, PortalAvailability.POSSIBLE),
        M.TLS_VERIFIED: tls is DomainTls.VERIFIED,
        M.TLS_OPPORTUNISTIC: tls in (DomainTls.VERIFIED, DomainTls.OPPORTUNISTIC),
        M.PLAIN: tls is DomainTls.NONE,
    }[method]


def protection(decision: RecipientDecision) -> int:
    """How much the outcome protects the content: refusing protects most."""
    if decision.method is M.REJECT:
        return 3
    if decision.method in {M.SMIME, M.PGP, M.DOMAIN_SMIME, M.PORTAL}:
        return 2
    return 1 if decision.method is M.TLS_VERIFIED and not decision.pseudonymise else 0


# --- the inputs ---------------------------------------------------------------------------

floors = {S: NEVER_FOR_SENSITIVE, C: NEVER_FOR_SENSITIVE, N: set()}


@st.composite
def policies(draw: st.DrawFn) -> Policy:
    """Any valid policy: random method sets above the floor and random options."""
    lists = {
        s: frozenset(draw(st.sets(st.sampled_from(STRONGEST_FIRST)))) - floors[s]
        for s in Sensitivity
    }
    personal = draw(st.one_of(st.none(), st.sets(st.sampled_from(STRONGEST_FIRST))))
    return Policy(
        name="random",
        strictly_confidential=lists[S],
        confidential=lists[C],
        normal=lists[N],
        personal_lines=None if personal is None else frozenset(personal) & lists[S],
        pseudonymised=frozenset(draw(st.sets(st.sampled_from(TRANSPORTS)))),
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
sensitivities = st.one_of(st.none(), st.sampled_from(Sensitivity))
lines = st.one_of(st.none(), st.sampled_from(LineOfBusiness))


# --- the properties -----------------------------------------------------------------------


@settings(max_examples=1500, deadline=None)
@given(sensitivity=sensitivities, line=lines, who=recipients, policy=any_policy)
def test_the_decision_is_the_strongest_allowed_and_available_method(
    sensitivity: Sensitivity | None,
    line: LineOfBusiness | None,
    who: RecipientCapabilities,
    policy: Policy,
) -> None:
    decision = decide(sensitivity, line, [who], policy)
    chosen = decision.recipients[0]
    personal = line is not None and line.is_personal
    effective = S if sensitivity is None or personal else sensitivity
    assert decision.sensitivity is effective and chosen.sensitivity is effective

    usable = [
        m
        for m in STRONGEST_FIRST
        if oracle_allows(m, effective, personal, who, policy) and oracle_reaches(m, who)
    ]
    pseudonymised_usable = (
        [m for m in TRANSPORTS if m in policy.pseudonymised and oracle_reaches(m, who)]
        if effective is C and not personal
        else []
    )
    if policy.reactive_permission_required and who.reactive_permission is not True:
        expected = (M.REJECT, False)
    elif usable:
        expected = (usable[0], False)
    elif pseudonymised_usable:
        expected = (pseudonymised_usable[0], True)
    else:
        expected = (M.REJECT, False)
    assert (chosen.method, chosen.pseudonymise) == expected

    # The hard floor, whatever the policy says.
    if effective is not N and not chosen.pseudonymise:
        assert chosen.method not in NEVER_FOR_SENSITIVE
    if effective is S:
        assert chosen.method not in NEVER_FOR_SENSITIVE and not chosen.pseudonymise
        if chosen.method is M.TLS_VERIFIED:
            assert who.consent_tls is True and who.tls is DomainTls.VERIFIED
    # A reason for every stronger method that was passed over (or for all of them on reject).
    if chosen.method is not M.REJECT and not chosen.pseudonymise:
        assert len(chosen.reasons) == STRONGEST_FIRST.index(chosen.method)


@settings(max_examples=400, deadline=None)
@given(line=lines, who=recipients, policy=any_policy)
def test_an_unknown_sensitivity_decides_exactly_like_strictly_confidential(
    line: LineOfBusiness | None, who: RecipientCapabilities, policy: Policy
) -> None:
    unknown = decide(None, line, [who], policy).recipients[0]
    strict = decide(S, line, [who], policy).recipients[0]
    assert (unknown.method, unknown.pseudonymise, unknown.reasons) == (
        strict.method,
        strict.pseudonymise,
        strict.reasons,
    )


def unknown_or(
    known: st.SearchStrategy[object], absent: object, *unknowns: object
) -> st.SearchStrategy[tuple[object, object]]:
    """(value given to the decision, the value it must be read as): unknowns read as absent."""
    return st.one_of(
        known.map(lambda v: (v, v)), st.sampled_from(unknowns).map(lambda u: (u, absent))
    )


@st.composite
def partly_unknown(draw: st.DrawFn) -> tuple[RecipientCapabilities, RecipientCapabilities]:
    """A recipient with some facts unknown or malformed, and the same recipient with those absent."""
    flag = st.booleans()
    fields = {
        "has_personal_smime": draw(unknown_or(flag, False, None, "yes", 1)),
        "has_pgp_key": draw(unknown_or(flag, False, None, "true")),
        "has_domain_cert": draw(unknown_or(flag, False, None, 1.0)),
        "portal": draw(
            unknown_or(
                st.sampled_from(PortalAvailability),
                PortalAvailability.NOT_POSSIBLE,
                None,
                "account",
            )
        ),
        "tls": draw(
            unknown_or(
                st.sampled_from(DomainTls), DomainTls.NONE, DomainTls.UNKNOWN, None, "verified"
            )
        ),
        "consent_tls": draw(unknown_or(flag, False, None, "ja")),
        "reactive_permission": draw(unknown_or(flag, False, None, "yes")),
    }
    given_ = RecipientCapabilities("x@example.org", **{k: v[0] for k, v in fields.items()})  # type: ignore[arg-type]
    absent = RecipientCapabilities("x@example.org", **{k: v[1] for k, v in fields.items()})  # type: ignore[arg-type]
    return given_, absent


@settings(max_examples=400, deadline=None)
@given(sensitivity=sensitivities, line=lines, pair=partly_unknown(), policy=any_policy)
def test_unknown_or_malformed_capabilities_count_as_absent(
    sensitivity: Sensitivity | None,
    line: LineOfBusiness | None,
    pair: tuple[RecipientCapabilities, RecipientCapabilities],
    policy: Policy,
) -> None:
    """An unknown fact never opens a method: the decision is the one without that capability."""
    given_, absent = pair
    got = decide(sensitivity, line, [given_], policy).recipients[0]
    expected = decide(sensitivity, line, [absent], policy).recipients[0]
    assert (got.method, got.pseudonymise, len(got.reasons)) == (
        expected.method,
        expected.pseudonymise,
        len(expected.reasons),
    )


@settings(max_examples=400, deadline=None)
@given(sensitivity=sensitivities, line=lines, who=recipients)
def test_without_a_valid_policy_the_result_is_no_weaker_than_strictly_confidential(
    sensitivity: Sensitivity | None, line: LineOfBusiness | None, who: RecipientCapabilities
) -> None:
    """No policy: encrypted or refused, and never weaker than any preset for strictly confidential."""
    broken = decide(sensitivity, line, [who], None).recipients[0]
    assert broken.method in {M.SMIME, M.PORTAL, M.REJECT}
    assert broken == decide(S, line, [who], FAIL_CLOSED).recipients[0]
    for name in preset_names():
        strict = decide(S, line, [who], preset(name)).recipients[0]
        assert protection(broken) >= protection(strict), name


@settings(max_examples=200, deadline=None)
@given(
    sensitivity=sensitivities,
    line=lines,
    people=st.lists(recipients, max_size=6),
    policy=any_policy,
)
def test_each_recipient_is_decided_on_its_own(
    sensitivity: Sensitivity | None,
    line: LineOfBusiness | None,
    people: list[RecipientCapabilities],
    policy: Policy,
) -> None:
    people = [dataclasses.replace(who, address=f"r{n}@example.org") for n, who in enumerate(people)]
    together = decide(sensitivity, line, people, policy)
    alone = [decide(sensitivity, line, [who], policy).recipients[0] for who in people]
    assert list(together.recipients) == alone
    grouped = together.groups()
    assert sum(len(group) for group in grouped.values()) == len(people)
    for (method, pseudonymise), addresses in grouped.items():
        assert all(
            (r.method, r.pseudonymise) == (method, pseudonymise)
            for r in together.recipients
            if r.address in addresses
        )
