"""Error pages: the house style in German and English, no stack trace, no Django defaults."""

from __future__ import annotations

import pytest
from django.http import HttpRequest, HttpResponse
from django.test import Client, override_settings
from django.urls import path

pytestmark = pytest.mark.django_db


def broken(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("secret internals /etc/siegel/master.key")


urlpatterns = [path("kaputt/", broken)]
handler500 = "django.views.defaults.server_error"


@pytest.mark.parametrize(
    ("language", "heading"), [("de", "Seite nicht gefunden"), ("en", "Page not found")]
)
def test_not_found(client: Client, language: str, heading: str) -> None:
    response = client.get("/gibt-es-nicht/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 404
    page = response.content.decode()
    assert heading in page and 'class="site-header"' in page


def test_server_error_shows_no_internals() -> None:
    client = Client(raise_request_exception=False)
    with override_settings(ROOT_URLCONF=__name__):
        response = client.get("/kaputt/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 500
    page = response.content.decode()
    assert "Ein Fehler ist aufgetreten" in page
    assert "secret" not in page and "Traceback" not in page and "RuntimeError" not in page


def test_csrf_failure_explains_what_to_do() -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/i18n/setlang/", {"language": "en"}, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 403
    page = response.content.decode()
    assert "Formular abgelaufen" in page and "Cookies" in page and "CSRF" not in page


def test_favicon(client: Client) -> None:
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response["Content-Type"] == "image/svg+xml"
    assert b"<svg" in b"".join(response.streaming_content)  # type: ignore[attr-defined]
