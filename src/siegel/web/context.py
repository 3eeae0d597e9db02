"""Template context shared by every page."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def branding(request: HttpRequest) -> dict[str, str]:
    """Siegel is brand-neutral: the name shown is configuration."""
    return {"brand_name": settings.SIEGEL_BRAND_NAME}
