"""Policy files: loaded from TOML or a dict, refused with a message naming the key."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core.policy import FAIL_CLOSED, DeliveryMethod, Policy, PolicyError, load_policy
from siegel.core.policy.rules import FLOOR_FORBIDDEN, policy_from_mapping
from siegel.core.sensitivity import Sensitivity

M = DeliveryMethod
S, C, N = Sensitivity.STRICTLY_CONFIDENTIAL, Sensitivity.CONFIDENTIAL, Sensitivity.NORMAL

GOOD = """
name = "eigen"
description = "Unsere Regel"
reactive_permission_required = true

[allowed]
strictly_confidential = ["smime", "portal"]
personal_lines = ["portal"]
confidential = ["smime", "portal", "tls-verified"]
normal = ["smime", "tls-opportunistic", "plain"]
pseudonymised = ["tls-verified"]
"""


def test_a_policy_loads_from_toml_text() -> None:
    policy = load_policy(GOOD)
    assert policy.name == "eigen" and policy.description == "Unsere Regel"
    assert policy.allowed(S) == {M.SMIME, M.PORTAL}
    assert policy.allowed(S, personal_line=True) == {M.PORTAL}
    assert policy.allowed(C) == {M.SMIME, M.PORTAL, M.TLS_VERIFIED}
    assert policy.allowed(N) == {M.SMIME, M.TLS_OPPORTUNISTIC, M.PLAIN}
    assert policy.pseudonymised == {M.TLS_VERIFIED}
    assert policy.reactive_permission_required
    assert not policy.pgp_allowed


def test_a_policy_loads_from_a_dict_with_defaults() -> None:
    policy = policy_from_mapping(
        {
            "name": "minimal",
            "allowed": {"strictly_confidential": [], "confidential": [], "normal": ["plain"]},
        }
    )
    assert policy.personal_lines is None and policy.allowed(S, personal_line=True) == frozenset()
    assert policy.pseudonymised == frozenset() and not policy.reactive_permission_required


def test_personal_lines_default_to_strictly_confidential() -> None:
    policy = load_policy(GOOD.replace('personal_lines = ["portal"]\n', ""))
    assert policy.allowed(S, personal_line=True) == policy.allowed(S)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        # the floor of SPEC section 2
        (
            ('strictly_confidential = ["smime", "portal"]', 'strictly_confidential = ["plain"]'),
            "allowed.strictly_confidential: plain never allowed for strictly confidential mail",
        ),
        (
            (
                'strictly_confidential = ["smime", "portal"]',
                'strictly_confidential = ["tls-opportunistic"]',
            ),
            "allowed.strictly_confidential: tls-opportunistic never allowed",
        ),
        (
            ('"portal", "tls-verified"]', '"portal", "tls-opportunistic", "plain"]'),
            "allowed.confidential: tls-opportunistic, plain never allowed for confidential mail",
        ),
        (
            ('personal_lines = ["portal"]', 'personal_lines = ["portal", "tls-verified"]'),
            "allowed.personal_lines: tls-verified not allowed for strictly confidential mail",
        ),
        (
            ('pseudonymised = ["tls-verified"]', 'pseudonymised = ["portal"]'),
            "allowed.pseudonymised: portal not a transport method",
        ),
        (
            ('normal = ["smime",', 'normal = ["reject", "smime",'),
            "allowed.normal: 'reject' is not a delivery method",
        ),
        # unknown keys
        (("[allowed]", "colour = 'blue'\n[allowed]"), "colour: unknown key"),
        (("[allowed]", "[allowed]\nsecret = ['smime']"), "allowed.secret: unknown key"),
        (("[allowed]", "pgp_allowed = true\n[allowed]"), "pgp_allowed: unknown key"),
        # wrong types and values
        (
            ("reactive_permission_required = true", "reactive_permission_required = 'yes'"),
            "reactive_permission_required: must be true or false, not 'yes'",
        ),
        (('name = "eigen"', "name = 7"), "name: must be a non-empty string, not 7"),
        (('name = "eigen"', 'name = "  "'), "name: must be a non-empty string"),
        (('name = "eigen"', ""), "name: missing"),
        (('description = "Unsere Regel"', "description = 1"), "description: must be a string"),
        (
            ('normal = ["smime",', 'normal = ["carrier-pigeon", "smime",'),
            "allowed.normal: unknown method(s) 'carrier-pigeon'",
        ),
        (
            ('normal = ["smime", "tls-opportunistic", "plain"]', 'normal = "plain"'),
            "allowed.normal: must be a list of method names",
        ),
        (
            ('normal = ["smime", "tls-opportunistic", "plain"]', "normal = [1]"),
            "allowed.normal: must be a list of method names",
        ),
        (('normal = ["smime", "tls-opportunistic", "plain"]', ""), "allowed.normal: missing"),
        (
            ('confidential = ["smime", "portal", "tls-verified"]', ""),
            "allowed.confidential: missing",
        ),
        (('name = "eigen"', "name = ["), "policy: not valid TOML"),
    ],
)
def test_broken_policies_are_refused_naming_the_key(change: tuple[str, str], message: str) -> None:
    old, new = change
    assert old in GOOD
    with pytest.raises(PolicyError) as refused:
        load_policy(GOOD.replace(old, new, 1))
    assert str(refused.value).startswith(message), str(refused.value)
    assert refused.value.key == message.split(":")[0]


def test_a_missing_or_malformed_allowed_table_is_refused() -> None:
    with pytest.raises(PolicyError, match=r"^allowed: must be a table"):
        policy_from_mapping({"name": "x"})
    with pytest.raises(PolicyError, match=r"^allowed: must be a table"):
        load_policy('name = "x"\nallowed = 3\n')


def test_policies_built_in_code_meet_the_same_floor() -> None:
    everything = frozenset(M) - {M.REJECT}
    with pytest.raises(
        PolicyError, match=r"^allowed\.strictly_confidential: tls-opportunistic, plain"
    ):
        Policy("x", strictly_confidential=everything, confidential=frozenset(), normal=everything)
    with pytest.raises(PolicyError, match=r"^allowed\.confidential: must be a set"):
        Policy("x", frozenset(), {"plain"}, frozenset())  # type: ignore[arg-type]
    with pytest.raises(PolicyError, match="reactive_permission_required"):
        dataclasses.replace(FAIL_CLOSED, reactive_permission_required="no")  # type: ignore[arg-type]


def test_the_fail_closed_policy_allows_only_encrypted_ways_to_who_wrote_to_us() -> None:
    for sensitivity in Sensitivity:
        assert FAIL_CLOSED.allowed(sensitivity) == {M.SMIME, M.PORTAL}
    assert not FAIL_CLOSED.pgp_allowed and not FAIL_CLOSED.pseudonymised
    assert FAIL_CLOSED.reactive_permission_required


method_names = st.sampled_from([m.value for m in DeliveryMethod] + ["", "PLAIN", "tls"])
values = st.one_of(
    st.lists(method_names, max_size=8),
    st.booleans(),
    st.integers(),
    st.text(max_size=5),
    st.none(),
)
allowed_tables = st.dictionaries(
    st.sampled_from(
        ["strictly_confidential", "confidential", "normal", "personal_lines", "pseudonymised", "x"]
    ),
    values,
)
documents = st.dictionaries(
    st.sampled_from(["name", "description", "reactive_permission_required", "allowed", "y"]),
    st.one_of(values, allowed_tables),
)


@settings(max_examples=300, deadline=None)
@given(document=documents)
def test_whatever_a_file_says_a_loaded_policy_meets_the_floor(document: dict[str, object]) -> None:
    """Arbitrary documents either fail with a PolicyError or give a policy above the floor."""
    try:
        policy = policy_from_mapping(document)
    except PolicyError as refused:
        assert refused.key and refused.problem
        return
    for sensitivity in Sensitivity:
        assert not policy.allowed(sensitivity) & FLOOR_FORBIDDEN[sensitivity]
        assert M.REJECT not in policy.allowed(sensitivity)
    assert policy.allowed(S, personal_line=True) <= policy.allowed(S)
    assert policy.pseudonymised <= {M.TLS_VERIFIED, M.TLS_OPPORTUNISTIC, M.PLAIN}
