"""Named example policies, shipped as TOML files beside this module (see docs/policies.md).

Each preset turns one seed insurer's public rule into a policy; ``default`` is the
table of SPEC section 2. They load through the same validation as any policy
file, so a preset can never be weaker than the floor either.
"""

from __future__ import annotations

import functools
from importlib import resources
from importlib.resources.abc import Traversable

from siegel.core.policy.rules import Policy, PolicyError, load_policy


def _folder() -> Traversable:
    return resources.files("siegel.core.policy") / "presets"


def preset_names() -> list[str]:
    return sorted(
        p.name.removesuffix(".toml") for p in _folder().iterdir() if p.name.endswith(".toml")
    )


@functools.cache
def preset(name: str) -> Policy:
    """The preset called ``name``; only names of shipped files are looked up, never paths."""
    known = preset_names()
    if name not in known:
        raise PolicyError("preset", f"no preset named {name!r} (known: {', '.join(known)})")
    policy = load_policy((_folder() / f"{name}.toml").read_text("utf-8"))
    if policy.name != name:
        raise PolicyError("name", f"preset file {name}.toml calls itself {policy.name!r}")
    return policy
