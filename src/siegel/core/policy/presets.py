"""Named example policies, shipped as TOML files beside this module (see docs/policies.md)."""

from __future__ import annotations

import functools
from importlib import resources

from siegel.core.policy.rules import Policy, PolicyError, load_policy


def preset_names() -> list[str]:
    folder = resources.files("siegel.core.policy") / "presets"
    return sorted(
        p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml")
    )


@functools.cache
def preset(name: str) -> Policy:
    if name not in preset_names():
        raise PolicyError(f"no preset named {name!r} (known: {', '.join(preset_names())})")
    text = (resources.files("siegel.core.policy") / "presets" / f"{name}.toml").read_text("utf-8")
    return load_policy(text)
