"""Several processes writing at once must not fork the chain."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.db import connection

from siegel.audit import selectors
from siegel.audit.models import AuditEvent

WRITER = """
import sys, django
django.setup()
from siegel.audit.services import record
for n in range(int(sys.argv[2])):
    record(f"proc:{sys.argv[1]}", "test.parallel", f"item:{n}", {"n": n})
"""
PROCESSES, EVENTS_EACH = 4, 2500


def database_url() -> str:
    """The URL of the test database this test runs on, for the writer processes."""
    params = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{params['NAME']}"
    user, host, port = params["USER"], params["HOST"] or "127.0.0.1", params["PORT"] or 5432
    password = f":{params['PASSWORD']}" if params["PASSWORD"] else ""
    return f"postgres://{user}{password}@{host}:{port}/{params['NAME']}"


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_parallel_writers_keep_one_chain() -> None:
    env = os.environ | {
        "DATABASE_URL": database_url(),
        "DJANGO_SETTINGS_MODULE": "siegel.web.settings",
    }
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(p), str(EVENTS_EACH)],
            env=env,
            stderr=subprocess.PIPE,
        )
        for p in range(PROCESSES)
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err.decode()

    total = PROCESSES * EVENTS_EACH
    assert AuditEvent.objects.count() == total
    report = selectors.verify()
    assert report.ok, report.reason
    assert report.checked == total
    for p in range(PROCESSES):
        assert AuditEvent.objects.filter(actor=f"proc:{p}").count() == EVENTS_EACH
