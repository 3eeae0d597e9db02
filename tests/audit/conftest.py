from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.db import connection


@pytest.fixture
def tamper() -> Iterator[Callable[..., None]]:
    """Run raw SQL against the audit table as an attacker with database access would.

    On PostgreSQL the append-only trigger must be disabled first (which needs the
    table owner's rights): the test then shows that the chain still tells.
    """
    table = "audit_auditevent"
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER siegel_audit_append_only")

    def run(sql: str, params: list[Any] | None = None) -> None:
        with connection.cursor() as cursor:
            cursor.execute(sql, params or [])

    yield run
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER siegel_audit_append_only")
