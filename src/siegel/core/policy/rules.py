"""The installation's policy: data, validated on load, with a floor nobody can lower.

A policy lists, per kind of mail, the methods it allows (SPEC section 2). Whatever
it says, confidential and strictly confidential mail never goes plain or over
opportunistic TLS, the personal lines never get a method strictly confidential
mail does not get, and pseudonymised mail only ever uses a transport method.
Strictly confidential mail over verified TLS additionally needs the recipient's
recorded consent, which the decision checks per recipient, not the policy.

A policy that tries to allow more is refused when it is loaded, with a message
naming the offending key, so a typo can never quietly weaken the gateway. The
checks run in ``__post_init__``, so a policy built in code is held to the same
floor as one read from a file.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from siegel.core.policy.methods import DELIVERY_METHODS, TRANSPORT_METHODS, DeliveryMethod
from siegel.core.sensitivity import Sensitivity

T = TypeVar("T")


class PolicyError(ValueError):
    """A policy that cannot be used; ``key`` names the setting, the message says what is wrong."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


FLOOR_FORBIDDEN: Mapping[Sensitivity, frozenset[DeliveryMethod]] = {
    Sensitivity.STRICTLY_CONFIDENTIAL: frozenset(
        {DeliveryMethod.TLS_OPPORTUNISTIC, DeliveryMethod.PLAIN}
    ),
    Sensitivity.CONFIDENTIAL: frozenset({DeliveryMethod.TLS_OPPORTUNISTIC, DeliveryMethod.PLAIN}),
    Sensitivity.NORMAL: frozenset(),
}
"""Methods no policy may allow for a sensitivity: the hard floor of SPEC section 2."""

SENSITIVITY_KEYS: Mapping[str, Sensitivity] = {
    "strictly_confidential": Sensitivity.STRICTLY_CONFIDENTIAL,
    "confidential": Sensitivity.CONFIDENTIAL,
    "normal": Sensitivity.NORMAL,
}
OPTIONAL_ALLOWED_KEYS = ("personal_lines", "pseudonymised")
TOP_LEVEL_KEYS = ("name", "description", "reactive_permission_required", "allowed")


def _label(sensitivity: Sensitivity) -> str:
    return sensitivity.name.lower().replace("_", " ")


@dataclass(frozen=True)
class Policy:
    """Which methods each kind of mail may use, and the rules around them.

    ``personal_lines`` narrows strictly confidential for mail of the personal lines
    (``None``: the same as strictly confidential). ``pseudonymised`` lists the
    transports a confidential mail may use once its personal data is replaced; empty
    means the installation never pseudonymises. ``reactive_permission_required``
    sends mail to an outside address only when it wrote first or gave permission.
    """

    name: str
    strictly_confidential: frozenset[DeliveryMethod]
    confidential: frozenset[DeliveryMethod]
    normal: frozenset[DeliveryMethod]
    personal_lines: frozenset[DeliveryMethod] | None = None
    pseudonymised: frozenset[DeliveryMethod] = frozenset()
    reactive_permission_required: bool = False
    description: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise PolicyError("name", "must be a non-empty string")
        if not isinstance(self.description, str):
            raise PolicyError("description", "must be a string")
        if not isinstance(self.reactive_permission_required, bool):
            raise PolicyError("reactive_permission_required", "must be true or false")
        for key, sensitivity in SENSITIVITY_KEYS.items():
            methods = _checked_methods(f"allowed.{key}", getattr(self, key))
            below_floor = methods & FLOOR_FORBIDDEN[sensitivity]
            if below_floor:
                raise PolicyError(
                    f"allowed.{key}",
                    f"{_names(below_floor)} never allowed for {_label(sensitivity)} mail "
                    "(the floor of SPEC section 2 cannot be lowered)",
                )
        if self.personal_lines is not None:
            wider = _checked_methods("allowed.personal_lines", self.personal_lines) - (
                self.strictly_confidential
            )
            if wider:
                raise PolicyError(
                    "allowed.personal_lines",
                    f"{_names(wider)} not allowed for strictly confidential mail, so not for "
                    "the personal lines either (their mail is strictly confidential)",
                )
        not_transport = _checked_methods("allowed.pseudonymised", self.pseudonymised) - set(
            TRANSPORT_METHODS
        )
        if not_transport:
            raise PolicyError(
                "allowed.pseudonymised",
                f"{_names(not_transport)} not a transport method; pseudonymised mail may only "
                f"use {_names(TRANSPORT_METHODS)}",
            )

    def allowed(
        self, sensitivity: Sensitivity, *, personal_line: bool = False
    ) -> frozenset[DeliveryMethod]:
        """The methods this policy allows for a mail of ``sensitivity`` (and line)."""
        if personal_line:
            if self.personal_lines is not None:
                return self.personal_lines
            return self.strictly_confidential
        if sensitivity is Sensitivity.NORMAL:
            return self.normal
        if sensitivity is Sensitivity.CONFIDENTIAL:
            return self.confidential
        return self.strictly_confidential

    @property
    def pgp_allowed(self) -> bool:
        """Whether OpenPGP is used at all (some insurers accept S/MIME only)."""
        return any(
            DeliveryMethod.PGP in methods
            for methods in (self.strictly_confidential, self.confidential, self.normal)
        )


def _names(methods: Iterable[DeliveryMethod]) -> str:
    return ", ".join(m.value for m in sorted(methods, key=lambda m: m.strength))


def _checked_methods(key: str, methods: object) -> frozenset[DeliveryMethod]:
    if not isinstance(methods, frozenset) or not all(
        isinstance(m, DeliveryMethod) for m in methods
    ):
        raise PolicyError(key, "must be a set of delivery methods")
    if DeliveryMethod.REJECT in methods:
        raise PolicyError(key, "'reject' is not a delivery method; leave a method out to refuse it")
    return methods


def _methods_from(key: str, value: object) -> frozenset[DeliveryMethod]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PolicyError(key, f"must be a list of method names, not {value!r}")
    known = {m.value: m for m in DeliveryMethod}
    unknown = [v for v in value if v not in known]
    if unknown:
        raise PolicyError(
            key,
            f"unknown method(s) {', '.join(map(repr, unknown))} "
            f"(known: {', '.join(m.value for m in DELIVERY_METHODS)})",
        )
    return frozenset(known[v] for v in value)


def _refuse_unknown_keys(prefix: str, data: Mapping[str, object], known: tuple[str, ...]) -> None:
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise PolicyError(f"{prefix}{unknown[0]}", f"unknown key (known: {', '.join(known)})")


def _setting(
    data: Mapping[str, object], key: str, kind: type[T], what: str, default: T | None = None
) -> T:
    value = data.get(key, default)
    if value is None:
        raise PolicyError(key, "missing")
    if not isinstance(value, kind):
        raise PolicyError(key, f"must be {what}, not {value!r}")
    return value


def policy_from_mapping(data: Mapping[str, object]) -> Policy:
    """A policy from parsed data (a TOML document or a dict); every problem is a PolicyError."""
    if not isinstance(data, Mapping):
        raise PolicyError("policy", "must be a table of settings")
    _refuse_unknown_keys("", data, TOP_LEVEL_KEYS)
    table = data.get("allowed")
    if not isinstance(table, Mapping):
        raise PolicyError(
            "allowed", f"must be a table with {', '.join(SENSITIVITY_KEYS)} (lists of methods)"
        )
    _refuse_unknown_keys("allowed.", table, (*SENSITIVITY_KEYS, *OPTIONAL_ALLOWED_KEYS))
    for key in SENSITIVITY_KEYS:
        if key not in table:
            raise PolicyError(f"allowed.{key}", "missing")
    return Policy(
        name=_setting(data, "name", str, "a non-empty string"),
        description=_setting(data, "description", str, "a string", default=""),
        reactive_permission_required=_setting(
            data, "reactive_permission_required", bool, "true or false", default=False
        ),
        strictly_confidential=_methods_from(
            "allowed.strictly_confidential", table["strictly_confidential"]
        ),
        confidential=_methods_from("allowed.confidential", table["confidential"]),
        normal=_methods_from("allowed.normal", table["normal"]),
        personal_lines=(
            _methods_from("allowed.personal_lines", table["personal_lines"])
            if "personal_lines" in table
            else None
        ),
        pseudonymised=_methods_from("allowed.pseudonymised", table.get("pseudonymised", [])),
    )


def load_policy(text: str) -> Policy:
    """A policy from TOML text (read by the caller; the core touches no disk)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError("policy", f"not valid TOML: {exc}") from None
    return policy_from_mapping(data)


FAIL_CLOSED = Policy(
    name="fail-closed",
    strictly_confidential=frozenset({DeliveryMethod.SMIME, DeliveryMethod.PORTAL}),
    confidential=frozenset({DeliveryMethod.SMIME, DeliveryMethod.PORTAL}),
    normal=frozenset({DeliveryMethod.SMIME, DeliveryMethod.PORTAL}),
    reactive_permission_required=True,
    description=(
        "Used when no valid policy is at hand: S/MIME to the person or the portal only, and "
        "only to addresses that wrote to us or gave permission. These two methods are the "
        "ones every preset allows for strictly confidential mail; OpenPGP, domain S/MIME and "
        "TLS are each refused by some installation, so without a policy none of them is used."
    ),
)
"""The policy :func:`~siegel.core.policy.decision.decide` falls back to: the strictest one."""
