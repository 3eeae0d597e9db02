"""URLs of the BiPRO SOAP endpoints (STS and transfer service) under /api/bipro/."""

from __future__ import annotations

urlpatterns: list[object] = []
