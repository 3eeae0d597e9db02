"""The audit log is append-only and every change, insertion or deletion is found."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from siegel.audit import selectors, services
from siegel.audit.models import AppendOnlyError, AuditAnchor, AuditEvent
from siegel.core.audit_chain import event_hash

pytestmark = pytest.mark.django_db

Tamper = Callable[..., None]


def write_events(count: int, actor: str = "user:1") -> list[AuditEvent]:
    return [
        services.record(actor, "portal.message.read", f"message:{n}", {"n": n, "umlaut": "Prüfung"})
        for n in range(count)
    ]


def test_intact_chain_verifies() -> None:
    write_events(20)
    report = selectors.verify()
    assert report.ok, report.reason
    assert report.checked == 20
    assert "20 events verified" in report.reason


def test_events_link_to_their_predecessor() -> None:
    first, second = write_events(2)
    assert first.seq == 1 and second.seq == 2
    assert first.prev_hash == "0" * 64
    assert second.prev_hash == first.hash


def test_empty_log_verifies() -> None:
    assert selectors.verify().ok


def test_modified_event_is_reported(tamper: Tamper) -> None:
    write_events(10)
    tamper("UPDATE audit_auditevent SET actor = %s WHERE seq = 4", ["user:2"])
    report = selectors.verify()
    assert not report.ok
    assert report.first_bad_seq == 4
    assert "modified" in report.reason


def test_modified_details_are_reported(tamper: Tamper) -> None:
    write_events(10)
    tamper("UPDATE audit_auditevent SET details = %s WHERE seq = 7", ['{"n": 99}'])
    assert selectors.verify().first_bad_seq == 7


def test_deleted_event_is_reported(tamper: Tamper) -> None:
    write_events(10)
    tamper("DELETE FROM audit_auditevent WHERE seq = 5")
    report = selectors.verify()
    assert not report.ok
    assert report.first_bad_seq == 5
    assert "missing" in report.reason


def test_deleted_events_at_the_end_are_reported(tamper: Tamper) -> None:
    write_events(10)
    tamper("DELETE FROM audit_auditevent WHERE seq >= 9")
    report = selectors.verify()
    assert not report.ok
    assert report.first_bad_seq == 9


def test_inserted_event_is_reported(tamper: Tamper) -> None:
    """The forger renumbers the later events and seals the new one correctly: still found."""
    events = write_events(10)
    tamper("UPDATE audit_auditevent SET seq = seq + 1000 WHERE seq > 6")
    tamper("UPDATE audit_auditevent SET seq = seq - 999 WHERE seq > 1000")
    moment = timezone.now()
    fields = dict(
        seq=7,
        timestamp=moment,
        actor="user:evil",
        action="portal.login",
        target="",
        details={},
        prev_hash=events[5].hash,
    )
    tamper(
        "INSERT INTO audit_auditevent (seq, timestamp, actor, action, target, details, prev_hash, hash)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
        [7, moment, "user:evil", "portal.login", "", "{}", events[5].hash, event_hash(**fields)],
    )
    report = selectors.verify()
    assert not report.ok
    assert report.first_bad_seq == 8
    assert "predecessor" in report.reason


def test_orm_refuses_to_change_or_delete_events() -> None:
    (event,) = write_events(1)
    event.actor = "user:2"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.update(actor="x")


@pytest.mark.postgres_only
def test_database_refuses_raw_updates_on_postgresql() -> None:
    write_events(1)
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("UPDATE audit_auditevent SET actor = 'x'")
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("DELETE FROM audit_auditevent")


def test_rolled_back_action_leaves_no_event() -> None:
    with pytest.raises(RuntimeError), transaction.atomic():
        services.record("user:1", "keys.import", "cert:1")
        raise RuntimeError("import failed")
    assert AuditEvent.objects.count() == 0
    services.record("user:1", "keys.import", "cert:2")
    assert selectors.verify().ok


def test_purge_keeps_the_rest_verifiable(monkeypatch: pytest.MonkeyPatch) -> None:
    long_ago = timezone.now() - dt.timedelta(days=3000)
    monkeypatch.setattr(services, "_now", lambda: long_ago)
    write_events(5, actor="user:old")
    monkeypatch.undo()
    write_events(3, actor="user:new")

    purged = services.purge(timezone.now() - dt.timedelta(days=6 * 365))

    assert purged == 5
    assert not AuditEvent.objects.filter(actor="user:old").exists()
    anchor = AuditAnchor.objects.get()
    assert anchor.last_purged_seq == 5
    assert AuditEvent.objects.filter(action="audit.purge").exists()
    report = selectors.verify()
    assert report.ok, report.reason
    assert report.checked == 4  # three new events and the purge event


def test_tampering_after_a_purge_is_still_found(
    monkeypatch: pytest.MonkeyPatch, tamper: Tamper
) -> None:
    monkeypatch.setattr(services, "_now", lambda: timezone.now() - dt.timedelta(days=3000))
    write_events(3)
    monkeypatch.undo()
    write_events(3)
    services.purge(timezone.now() - dt.timedelta(days=10))
    tamper("DELETE FROM audit_auditevent WHERE seq = 4")
    assert selectors.verify().first_bad_seq == 4


def test_verify_command_exit_status(tamper: Tamper) -> None:
    write_events(3)
    out = StringIO()
    call_command("audit", "verify", stdout=out)
    assert "3 events verified" in out.getvalue()
    tamper("UPDATE audit_auditevent SET target = 'x' WHERE seq = 2")
    with pytest.raises(CommandError, match="broken at event 2") as failure:
        call_command("audit", "verify")
    assert failure.value.returncode == 1


def test_export_answers_who_did_what_when() -> None:
    write_events(3, actor="user:alice")
    write_events(2, actor="user:bob")
    out = StringIO()
    call_command("audit", "export", "--actor", "user:bob", stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert all('"actor": "user:bob"' in line for line in lines)
    assert '"umlaut": "Prüfung"' in lines[0]
    exported = AuditEvent.objects.filter(action="audit.export").get()
    assert exported.details["actor"] == "user:bob" and exported.details["count"] == 2


def test_export_time_range_and_csv(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services, "_now", lambda: dt.datetime(2026, 1, 10, 12, tzinfo=dt.UTC))
    write_events(2)
    monkeypatch.setattr(services, "_now", lambda: dt.datetime(2026, 3, 10, 12, tzinfo=dt.UTC))
    write_events(1)
    monkeypatch.undo()
    out = StringIO()
    call_command(
        "audit",
        "export",
        "--since",
        "2026-01-01",
        "--until",
        "2026-02-01",
        "--format",
        "csv",
        stdout=out,
    )
    rows = out.getvalue().splitlines()
    assert rows[0] == "seq,timestamp,actor,action,target,details,hash"
    assert len(rows) == 3
    assert rows[1].startswith("1,2026-01-10")


def test_export_to_file(tmp_path: object) -> None:
    write_events(2)
    target = f"{tmp_path}/audit.jsonl"
    call_command("audit", "export", "--output", target, stderr=StringIO())
    with open(target, encoding="utf-8") as handle:
        assert len(handle.read().splitlines()) == 2


def test_export_rejects_malformed_dates() -> None:
    with pytest.raises(CommandError, match="not a date"):
        call_command("audit", "export", "--since", "yesterday")


def test_head_command_prints_the_chain_head() -> None:
    last = write_events(2)[-1]
    out = StringIO()
    call_command("audit", "head", stdout=out)
    assert out.getvalue().split() == ["2", last.hash]
