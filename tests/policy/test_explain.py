"""siegel explain: per recipient the sensitivity, findings, method and the reasons."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import Client

from siegel.audit.models import AuditEvent
from siegel.policy import services as policy_services
from siegel.policy.decisions import plan_for, record_decision

pytestmark = pytest.mark.django_db

MAILS = {
    "normal": b"From: a@versicherer.example\r\nTo: k@example.org\r\nSubject: Termin\r\n\r\nUnser Termin am 12.03.2026 um 10 Uhr.\r\n",
    "confidential": b"From: a@versicherer.example\r\nTo: k@example.org\r\nSubject: Bank\r\n\r\nIBAN DE02 3704 0044 0532 0131 11\r\n",
    "strict": b"From: a@versicherer.example\r\nTo: k@example.org, m@web.de\r\nSubject: Befund\r\n\r\nDer Arztbericht liegt vor.\r\n",
}


def explain(tmp_path: Path, name: str, *args: str) -> str:
    path = tmp_path / f"{name}.eml"
    path.write_bytes(MAILS[name])
    out = StringIO()
    call_command("explain", str(path), *args, stdout=out)
    return out.getvalue()


def test_normal_mail_goes_plain_where_tls_is_unknown(tmp_path: Path) -> None:
    text = explain(tmp_path, "normal")
    assert "Sensitivity: NORMAL" in text and "Findings: none" in text
    assert "k@example.org: plain" in text  # TLS unknown; normal mail opens no portal account
    assert "normal mail does not open a portal account" in text


def test_confidential_mail(tmp_path: Path) -> None:
    data = json.loads(explain(tmp_path, "confidential", "--json"))
    assert data["sensitivity"] == "CONFIDENTIAL"
    assert data["findings"][0]["detector"] == "iban"
    assert "3704" not in json.dumps(data)
    assert data["recipients"][0]["method"] == "portal"


def test_strictly_confidential_with_consent_and_verified_domain(tmp_path: Path) -> None:
    policy_services.record_consent("m@web.de", document_reference="EW-1", actor="t")
    data = json.loads(explain(tmp_path, "strict", "--json", "--to", "m@web.de"))
    assert data["sensitivity"] == "STRICTLY_CONFIDENTIAL"
    (recipient,) = data["recipients"]
    assert recipient["method"] == "portal"
    assert any(reason.startswith("smime:") for reason in recipient["not_taken"])


def test_missing_file_and_recipients_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="No such file"):
        call_command("explain", str(tmp_path / "nope.eml"))
    (tmp_path / "x.eml").write_bytes(b"Subject: x\r\n\r\nHallo\r\n")
    with pytest.raises(CommandError, match="no recipients"):
        call_command("explain", str(tmp_path / "x.eml"))


def test_the_audit_log_keeps_the_same_reasons() -> None:
    outcome = plan_for(
        MAILS["strict"], sender="a@versicherer.example", recipients=["k@example.org"]
    )
    record_decision(outcome, sender="a@versicherer.example", message_id="<1@x>")
    event = AuditEvent.objects.get(action="gateway.decision")
    assert event.details["method"] == "portal"
    assert event.details["not_taken"] == list(outcome.decision.recipients[0].reasons)


def test_admin_explain_page(client: Client) -> None:
    client.force_login(
        User.objects.create_superuser(
            "admin", "a@versicherer.example", "Sehr-geheimes-Passwort-2026"
        )
    )
    page = client.get("/admin/erklaeren/")
    assert page.status_code == 200 and "Versandentscheidung" in page.content.decode()
    result = client.post(
        "/admin/erklaeren/", {"message": MAILS["strict"].decode(), "recipients": ""}
    )
    body = result.content.decode()
    assert "STRICTLY_CONFIDENTIAL" in body and "m@web.de: portal" in body


def test_admin_explain_page_is_staff_only(client: Client) -> None:
    assert client.get("/admin/erklaeren/").status_code == 302
