"""The start page: German first, English available, security headers, no script."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_start_page_is_german_by_default(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    body = response.content.decode()
    assert '<html lang="de">' in body
    assert "Sichere E-Mail-Kommunikation" in body


def test_start_page_in_english_on_request(client: Client) -> None:
    body = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="en">' in body
    assert "Secure e-mail communication" in body
    assert "Sichere E-Mail-Kommunikation" not in body


def test_language_switch_form_works_without_javascript(client: Client) -> None:
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    assert "Secure e-mail communication" in client.get("/").content.decode()


def test_pages_carry_no_script(client: Client) -> None:
    assert "<script" not in client.get("/").content.decode()


def test_security_headers(client: Client) -> None:
    headers = client.get("/").headers
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"


def test_hsts_when_served_over_https(client: Client) -> None:
    assert "Strict-Transport-Security" not in client.get("/").headers
    hsts = client.get("/", secure=True).headers["Strict-Transport-Security"]
    assert "max-age=63072000" in hsts and "includeSubDomains" in hsts


def test_csrf_is_enforced_on_forms() -> None:
    strict = Client(enforce_csrf_checks=True)
    assert strict.post("/i18n/setlang/", {"language": "en"}).status_code == 403


def test_static_css_is_served(client: Client) -> None:
    response = client.get("/static/siegel/siegel.css")
    assert response.status_code == 200
