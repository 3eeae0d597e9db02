"""The API's docs page in a real Chromium: Swagger UI from our own files, under the strict CSP."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

pytestmark = pytest.mark.django_db(transaction=True)


def test_api_docs_render_the_operations_without_csp_violations(
    page: Page, live_server: object
) -> None:
    outside: list[str] = []
    page.on(
        "request",
        lambda request: (
            outside.append(request.url) if not request.url.startswith(str(live_server)) else None
        ),
    )
    page.goto(f"{live_server}/api/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15_000)
    assert page.locator(".opblock-summary-path", has_text="/shipments").count() >= 1
    assert outside == [], "everything comes from Siegel itself"
    assert page.console_errors == []  # type: ignore[attr-defined]
