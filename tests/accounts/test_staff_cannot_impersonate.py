"""Staff never take over a portal account through Django's user admin (review finding)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from tests.accounts.conftest import register

pytestmark = pytest.mark.django_db


def test_portal_users_are_not_in_the_user_admin(client: Client) -> None:
    account = register()
    staff = User.objects.create_superuser("admin", "admin@versicherer.example", "Sehr-geheim-2026!")
    client.force_login(staff)
    listing = client.get("/admin/auth/user/").content.decode()
    assert "admin@versicherer.example" in listing and account.address not in listing
    assert client.get(f"/admin/auth/user/{account.user.pk}/change/").status_code in (302, 404)
    page = client.get(f"/admin/auth/user/{account.user.pk}/password/")
    assert page.status_code in (403, 404)
    response = client.post(
        f"/admin/auth/user/{account.user.pk}/password/",
        {"password1": "Neues-Passwort-2026!", "password2": "Neues-Passwort-2026!"},
    )
    assert response.status_code in (403, 404)
    account.user.refresh_from_db()
    assert not account.user.check_password("Neues-Passwort-2026!")
