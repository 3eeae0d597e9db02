"""The session store reads with a prepared query, and answers as Django's database store does."""

from __future__ import annotations

import datetime as dt

import pytest
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore as DjangoStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from siegel.accounts.sessions import SessionStore

pytestmark = pytest.mark.django_db


def test_the_installation_uses_it() -> None:
    assert settings.SESSION_ENGINE == "siegel.accounts.sessions"


def test_a_live_session_loads_like_django_loads_it() -> None:
    saved = SessionStore()
    saved["answer"] = 42
    saved.save()
    assert SessionStore(saved.session_key).load() == DjangoStore(saved.session_key).load()
    assert SessionStore(saved.session_key)["answer"] == 42


def test_an_expired_or_unknown_session_is_empty_and_forgets_its_key() -> None:
    saved = SessionStore()
    saved["answer"] = 42
    saved.save()
    Session.objects.filter(session_key=saved.session_key).update(
        expire_date=timezone.now() - dt.timedelta(seconds=1)
    )
    for key in (saved.session_key, "x" * 32):
        store = SessionStore(key)
        assert store.load() == {}
        assert store.session_key is None
