"""Sessions in the database, each read with a query compiled once per process.

Every request of a signed-in person loads its session. Django's database store
compiles the same look-up for each request, which cost about twenty times the
query itself (ADR 0007); this store runs the ORM's own SQL, prepared once
(:mod:`siegel.infra.prepared`). Everything else — saving, expiry, cycling the
key at sign-in, ``clearsessions`` — is Django's.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from siegel.infra.prepared import PreparedQuery


class SessionStore(DatabaseSessionStore):
    def _get_session_from_db(self) -> Session | None:
        key = self.session_key
        found = _LIVE.rows(key=key, now=timezone.now()) if key else []
        if not found:
            self._session_key = None
            return None
        session: Session = found[0]
        return session


_LIVE = PreparedQuery(
    lambda key, now: Session.objects.filter(session_key=key, expire_date__gt=now)[:1],
    key=str,
    now=dt.datetime,
)
