"""Who was signed in when, and what did they call: the export for staff and for a firm."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.partners import deep_links, services
from siegel.partners.deep_links import Kind
from tests.partners.conftest import ADMIN, Pair, deposit, make_user, signed_in

pytestmark = pytest.mark.django_db

COLLEAGUE = "kollege@makler-a.example"
TODAY = lambda: timezone.localdate().isoformat()  # noqa: E731


@pytest.fixture(autouse=True)
def database_storage(settings: Settings) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "portal": {"BACKEND": "siegel.portal.storage.DatabaseStorage"},
    }


def activity(firms: Pair) -> dict[str, Any]:
    """A day at two firms: sign-ins, a failed one, a list, a get, a deep-link jump, a download."""
    colleague = make_user(firms.a, COLLEAGUE)
    shipment = deposit(firms.a.firm)
    deposit(firms.b.firm, "k-b")
    Client().post("/postfach/anmelden/", {"username": COLLEAGUE, "password": "falsch"})
    client = signed_in(Client(), COLLEAGUE)
    client.get("/postfach/maklerpost/")
    client.get(deep_links.make(colleague.account.user_id, Kind.SHIPMENT, shipment.pk), follow=True)
    client.get(f"/postfach/maklerpost/{shipment.pk}/dokument/1/")
    other = signed_in(Client(), "chef@makler-b.example")
    other.get("/postfach/maklerpost/")
    return {"colleague": colleague.account.user_id, "shipment": shipment.pk, "member": colleague}


def export(*args: str) -> list[dict[str, object]]:
    out = io.StringIO()
    call_command("audit", "export", *args, stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_command_answers_who_was_signed_in_and_what_they_called(firms: Pair) -> None:
    made = activity(firms)
    rows = export("--user", COLLEAGUE, "--from", TODAY(), "--to", TODAY())
    actions = [row["action"] for row in rows]
    for expected in (
        "accounts.login.failure",
        "accounts.login.success",
        "partners.shipment.list",
        "partners.deep_link.jump",
        "partners.shipment.get",
        "partners.shipment.download",
    ):
        assert expected in actions, expected
    assert {row["actor"] for row in rows} <= {f"user:{made['colleague']}"} | {
        row["actor"] for row in rows if row["action"] == "accounts.login.failure"
    }
    assert all("makler-b" not in json.dumps(row) for row in rows)
    assert [row["seq"] for row in rows] == sorted(row["seq"] for row in rows)
    # The same by user id, and nothing outside the range.
    by_id = export("--user", f"user:{made['colleague']}", "--from", TODAY(), "--to", TODAY())
    assert {r["seq"] for r in by_id} >= {r["seq"] for r in rows if r["actor"] != "web:127.0.0.1"}
    assert export("--user", COLLEAGUE, "--to", "2000-01-01") == []
    exported = AuditEvent.objects.filter(action="audit.export").last()
    assert exported is not None and exported.details["user"] == COLLEAGUE


def test_command_writes_csv(firms: Pair) -> None:
    activity(firms)
    out = io.StringIO()
    call_command("audit", "export", "--user", COLLEAGUE, "--format", "csv", stdout=out)
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert table and {"seq", "timestamp", "actor", "action", "details"} <= set(table[0])


def test_firm_administrator_downloads_only_their_firms_part(firms: Pair) -> None:
    made = activity(firms)
    admin = signed_in(Client(), ADMIN)
    form = admin.get("/postfach/firma/protokoll/")
    assert form.status_code == 200 and "Protokoll der Firma" in form.content.decode()
    response = admin.get(
        "/postfach/firma/protokoll/", {"von": TODAY(), "bis": TODAY(), "format": "jsonl"}
    )
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    rows = [json.loads(line) for line in b"".join(response.streaming_content).splitlines()]
    actors = {row["actor"] for row in rows}
    assert f"user:{made['colleague']}" in actors
    assert f"user:{firms.b.account.user_id}" not in actors
    assert all(not str(row["action"]).startswith("portal.") for row in rows)
    assert "partners.deep_link.jump" in {row["action"] for row in rows}
    event = AuditEvent.objects.get(action="partners.audit.export")
    assert event.actor == f"user:{firms.a.account.user_id}" and event.details["format"] == "jsonl"
    as_csv = admin.get(
        "/postfach/firma/protokoll/", {"von": TODAY(), "bis": TODAY(), "format": "csv"}
    )
    assert b"".join(as_csv.streaming_content).startswith(b"seq,timestamp,actor")


def test_removed_user_belongs_to_the_firm_only_until_removal(firms: Pair) -> None:
    made = activity(firms)
    colleague = made["member"]
    services.remove_user(firms.a, colleague)
    seq_at_removal = AuditEvent.objects.order_by("-seq").first().seq  # type: ignore[union-attr]
    services.record_read(colleague, "list", actor=f"user:{made['colleague']}")  # after removal
    admin = signed_in(Client(), ADMIN)
    response = admin.get(
        "/postfach/firma/protokoll/", {"von": TODAY(), "bis": TODAY(), "format": "jsonl"}
    )
    rows = [json.loads(line) for line in b"".join(response.streaming_content).splitlines()]
    theirs = [r for r in rows if r["actor"] == f"user:{made['colleague']}"]
    assert theirs and all(int(str(r["seq"])) <= seq_at_removal for r in theirs)


def test_only_the_firm_administrator_gets_the_page(firms: Pair) -> None:
    make_user(firms.a, COLLEAGUE)
    client = signed_in(Client(), COLLEAGUE)
    assert client.get("/postfach/firma/protokoll/").status_code == 404
    admin = signed_in(Client(), ADMIN)
    wrong = admin.get("/postfach/firma/protokoll/", {"von": "2026-03-02", "bis": "2026-03-01"})
    assert wrong.status_code == 200 and "liegt nach" in wrong.content.decode()


def test_events_are_kept_six_years() -> None:
    assert django_settings.SIEGEL_AUDIT_RETENTION_DAYS >= 6 * 365 + 1
