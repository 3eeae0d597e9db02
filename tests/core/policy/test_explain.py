"""The explanation: what ``siegel explain`` prints and the audit log keeps."""

from __future__ import annotations

import json

from siegel.core.classify.result import Classification, Finding
from siegel.core.policy import (
    DomainTls,
    PortalAvailability,
    as_dict,
    as_text,
    decide,
    load_policy,
    preset,
)
from siegel.core.sensitivity import LineOfBusiness, Sensitivity
from tests.core.policy.factories import recipient

S, C = Sensitivity.STRICTLY_CONFIDENTIAL, Sensitivity.CONFIDENTIAL
HEALTH = Finding("health-terms", "body", "…Arztbericht…", S)
IBAN = Finding("iban", "body", "DE89 **** **** **** **** 00", C, kind="IBAN", start=10, end=37)
STRICT = Classification(S, LineOfBusiness.HEALTH, (IBAN, HEALTH))


def test_text_names_sensitivity_findings_method_and_reasons_per_recipient() -> None:
    decision = decide(
        S,
        LineOfBusiness.HEALTH,
        [
            recipient("a@example.org", has_personal_smime=True),
            recipient("b@example.org"),
            recipient("c@example.org", portal=PortalAvailability.NOT_POSSIBLE),
        ],
        preset("default"),
    )
    text = as_text(STRICT, decision)
    assert text.splitlines()[:5] == [
        "Sensitivity: STRICTLY_CONFIDENTIAL (line of business: health)",
        "Policy: default",
        "Findings:",
        "  - health-terms in body: …Arztbericht… → strictly_confidential",
        "  - iban in body: DE89 **** **** **** **** 00 → confidential",
    ]
    assert "a@example.org: smime\nb@example.org: portal\n  stronger methods not taken:\n" in text
    assert "    smime: no valid personal S/MIME certificate\n" in text
    assert "c@example.org: reject\n  why:\n" in text
    assert "    tls-verified: no recorded consent to strictly confidential mail over TLS" in text


def test_text_marks_pseudonymised_delivery_and_fail_closed_notes() -> None:
    policy = load_policy(
        """
        name = "p"
        [allowed]
        strictly_confidential = ["portal"]
        confidential = ["portal"]
        normal = ["plain"]
        pseudonymised = ["tls-verified"]
        """
    )
    no_portal = recipient(portal=PortalAvailability.NOT_POSSIBLE, tls=DomainTls.VERIFIED)
    pseudonymised = as_text(Classification(C, None, (IBAN,)), decide(C, None, [no_portal], policy))
    assert "kunde@example.org: tls-verified (pseudonymised)" in pseudonymised
    unknown = as_text(Classification(S, None, ()), decide(None, None, [no_portal], None))
    assert "Policy: fail-closed" in unknown and "Findings: none" in unknown
    assert "Note: no valid policy: the fail-closed policy decided" in unknown


def test_many_findings_are_cut_with_a_count() -> None:
    many = Classification(C, None, tuple([IBAN] * 25))
    text = as_text(many, decide(C, None, [recipient()], preset("default")), max_findings=3)
    assert text.count("iban in body") == 3 and "… and 22 more" in text


def test_as_dict_is_json_with_the_same_reasons_and_no_personal_data() -> None:
    decision = decide(S, LineOfBusiness.HEALTH, [recipient()], preset("default"))
    data = as_dict(STRICT, decision)
    assert json.loads(json.dumps(data)) == data
    assert data["sensitivity"] == "STRICTLY_CONFIDENTIAL" and data["line_of_business"] == "health"
    assert [f["detector"] for f in data["findings"]] == ["health-terms", "iban"]
    (only,) = data["recipients"]
    assert only["method"] == "portal" and only["pseudonymise"] is False
    assert only["not_taken"] == list(decision.recipients[0].reasons)
    assert only["reason"] == decision.recipients[0].reason
    assert "3704" not in json.dumps(data)


class Summary:
    """Any classifier result with redacted findings will do: explain depends on a protocol."""

    findings = (HEALTH,)


def test_explain_takes_any_classification_summary() -> None:
    decision = decide(S, None, [recipient()], preset("default"))
    assert "health-terms in body" in as_text(Summary(), decision)
    assert as_dict(Summary(), decision)["findings"][0]["detector"] == "health-terms"
