"""This installation's policy and classifier settings, loaded once per process.

``SIEGEL_POLICY`` names a preset, or ``SIEGEL_POLICY_FILE`` points to a TOML
policy; either is validated on first use, and a broken policy stops the process
with the policy's own error message (it never falls back to something weaker).
"""

from __future__ import annotations

import functools
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from siegel.core.classify import ClassifierConfig
from siegel.core.policy import Policy, PolicyError, load_policy, preset
from siegel.core.sensitivity import Sensitivity


@functools.cache
def current_policy() -> Policy:
    try:
        if settings.SIEGEL_POLICY_FILE:
            return load_policy(Path(settings.SIEGEL_POLICY_FILE).read_text("utf-8"))
        return preset(settings.SIEGEL_POLICY)
    except (PolicyError, OSError) as exc:
        raise ImproperlyConfigured(f"policy cannot be loaded: {exc}") from None


@functools.cache
def classifier_config() -> ClassifierConfig:
    """Sender rules from ``SIEGEL_SENDER_RULES``: ``pattern=sensitivity`` pairs, comma-separated."""
    rules = {}
    for item in settings.SIEGEL_SENDER_RULES:
        pattern, _, level = item.partition("=")
        try:
            rules[pattern.strip()] = Sensitivity[level.strip().upper()]
        except KeyError:
            raise ImproperlyConfigured(
                f"SIEGEL_SENDER_RULES: unknown sensitivity in {item!r}"
            ) from None
    return ClassifierConfig(sender_rules=rules)


def forget_on_setting_change(*, setting: str, **kwargs: object) -> None:
    """Settings changed at run time (tests, ``override_settings``): read the policy again."""
    if setting in {"SIEGEL_POLICY", "SIEGEL_POLICY_FILE"}:
        current_policy.cache_clear()
    elif setting == "SIEGEL_SENDER_RULES":
        classifier_config.cache_clear()
