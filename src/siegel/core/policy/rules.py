"""The installation's policy: data, validated on load, with a floor nobody can lower.

Whatever a policy file says, strictly confidential and confidential mail never
goes plain or over opportunistic TLS, and strictly confidential mail goes over
TLS only with the recipient's recorded consent (SPEC section 2). A file that
tries to allow more is refused with a message naming the offending key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from siegel.core.policy.methods import DeliveryMethod
from siegel.core.sensitivity import Sensitivity


class PolicyError(ValueError):
    """A policy that cannot be loaded; the message names the key and the problem."""


FLOOR_FORBIDDEN = {
    Sensitivity.STRICTLY_CONFIDENTIAL: {DeliveryMethod.TLS_OPPORTUNISTIC, DeliveryMethod.PLAIN},
    Sensitivity.CONFIDENTIAL: {DeliveryMethod.TLS_OPPORTUNISTIC, DeliveryMethod.PLAIN},
    Sensitivity.NORMAL: set(),
}
SENSITIVITY_KEYS = {
    "strictly_confidential": Sensitivity.STRICTLY_CONFIDENTIAL,
    "confidential": Sensitivity.CONFIDENTIAL,
    "normal": Sensitivity.NORMAL,
}
FLAGS = {
    "pgp_allowed": True,
    "tls_with_consent_for_strictly_confidential": True,
    "personal_lines_end_to_end_or_portal": False,
    "pseudonymise_confidential": False,
    "reactive_permission_required": False,
}


@dataclass(frozen=True)
class Policy:
    name: str
    allowed: Mapping[Sensitivity, frozenset[DeliveryMethod]]
    pgp_allowed: bool = True
    tls_with_consent_for_strictly_confidential: bool = True
    personal_lines_end_to_end_or_portal: bool = False
    pseudonymise_confidential: bool = False
    reactive_permission_required: bool = False
    description: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        for sensitivity in Sensitivity:
            methods = self.allowed.get(sensitivity)
            if methods is None:
                raise PolicyError(f"allowed.{sensitivity.name.lower()}: missing")
            below_floor = methods & FLOOR_FORBIDDEN[sensitivity]
            if below_floor:
                names = ", ".join(sorted(m.value for m in below_floor))
                raise PolicyError(
                    f"allowed.{sensitivity.name.lower()}: {names} never allowed for "
                    f"{sensitivity.name.lower()} mail"
                )
            if DeliveryMethod.REJECT in methods:
                raise PolicyError(
                    f"allowed.{sensitivity.name.lower()}: 'reject' is not a delivery method"
                )


def _methods(key: str, value: Any) -> frozenset[DeliveryMethod]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PolicyError(f"{key}: must be a list of method names")
    try:
        return frozenset(DeliveryMethod(v) for v in value)
    except ValueError:
        known = ", ".join(m.value for m in DeliveryMethod if m is not DeliveryMethod.REJECT)
        raise PolicyError(f"{key}: unknown method in {value!r} (known: {known})") from None


def policy_from_mapping(data: Mapping[str, Any]) -> Policy:
    unknown = set(data) - {"name", "description", "allowed", *FLAGS}
    if unknown:
        raise PolicyError(f"unknown key(s): {', '.join(sorted(unknown))}")
    name = data.get("name")
    if not isinstance(name, str) or not name:
        raise PolicyError("name: must be a non-empty string")
    allowed_table = data.get("allowed")
    if not isinstance(allowed_table, Mapping):
        raise PolicyError(
            "allowed: must be a table with strictly_confidential, confidential and normal"
        )
    unknown = set(allowed_table) - set(SENSITIVITY_KEYS)
    if unknown:
        raise PolicyError(f"allowed: unknown key(s): {', '.join(sorted(unknown))}")
    allowed = {
        sensitivity: _methods(f"allowed.{key}", allowed_table[key])
        for key, sensitivity in SENSITIVITY_KEYS.items()
        if key in allowed_table
    }
    flags = {}
    for flag, default in FLAGS.items():
        value = data.get(flag, default)
        if not isinstance(value, bool):
            raise PolicyError(f"{flag}: must be true or false")
        flags[flag] = value
    return Policy(name=name, allowed=allowed, description=str(data.get("description", "")), **flags)


def load_policy(text: str) -> Policy:
    """A policy from TOML text; every problem is a PolicyError."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"not valid TOML: {exc}") from None
    return policy_from_mapping(data)
