"""The account pages in German and English: translated, and each paragraph once."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from siegel.accounts.models import Account

pytestmark = pytest.mark.django_db

PAGES = [
    "/postfach/anmelden/",
    "/postfach/registrieren/",
    "/postfach/einmal-passwort/",
    "/postfach/passwort-vergessen/",
    "/postfach/passwort-neu/ungueltig/",
]


def paragraphs(html: str) -> list[str]:
    return [text.strip() for text in re.findall(r"<p[^>]*>(.*?)</p>", html, re.S) if text.strip()]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("language", ["de", "en"])
def test_each_paragraph_once(path: str, language: str) -> None:
    html = Client(HTTP_ACCEPT_LANGUAGE=language).get(path).content.decode()
    found = paragraphs(html)
    assert found and len(found) == len(set(found))


def test_english_sign_in_page() -> None:
    html = Client(HTTP_ACCEPT_LANGUAGE="en").get("/postfach/anmelden/").content.decode()
    assert ">E-mail address</label>" in html and ">Password</label>" in html
    assert ">Sign in</button>" in html and "Anmelden" not in html


def test_english_security_page(account: Account) -> None:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(account.user)
    html = client.get("/postfach/sicherheit/").content.decode()
    assert "Change password" in html and "Recovery codes" in html
    assert "What was the name of your first pet?" in html  # the chosen question, translated
