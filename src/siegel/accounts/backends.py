"""Password sign-in that costs the same whether or not the address can sign in.

Django's ModelBackend hashes once for an unknown username, but answers at once
for a user without a usable password — which every invited portal account is
until it registers. Timing would then tell an invited address from an unknown
one. Here both cost one hashing, like a real password check.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.http import HttpRequest

from siegel.infra.prepared import PreparedQuery


class AccountBackend(ModelBackend):
    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> User | None:
        if username is None or password is None:
            return None
        user = User._default_manager.filter(username=username).first()
        if user is None or not user.has_usable_password():
            make_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None

    def get_user(self, user_id: Any) -> User | None:
        """The signed-in user of a session, read on every request: one prepared query."""
        try:
            pk = int(user_id)
        except (TypeError, ValueError):
            return None
        found = _USER.rows(pk=pk)
        return found[0] if found and self.user_can_authenticate(found[0]) else None


_USER = PreparedQuery(lambda pk: User._default_manager.filter(pk=pk)[:1], pk=int)
