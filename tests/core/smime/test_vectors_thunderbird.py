"""The Thunderbird/NSS S/MIME corpus: EXPECTED.tsv says what each message must give.

Every row is checked: ``valid`` rows verify (and the inner signatures of nested
rows agree with openssl's verdict in the table), ``invalid`` rows are refused
for their own reason (tampered body, mismatching embedded content, LF-signed
envelope), ``weak`` rows are refused as weak (SHA-1), and ``needs-key`` rows
(encrypted to Bob, whose key is not public) are described by inspect().
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509

from siegel.core.smime.inspect import inspect
from siegel.core.smime.verify import VerifyStatus, verify

# Inside the validity of both generations (2026-01-26 and 2026-07-08 .. 2031, see SOURCES.txt).
AT = dt.datetime(2026, 9, 1, tzinfo=dt.UTC)


def rows(vectors: Path) -> list[dict[str, str]]:
    with open(vectors / "thunderbird-smime" / "EXPECTED.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def anchors(path: Path) -> list[x509.Certificate]:
    return [x509.load_pem_x509_certificate((path.parent / "TestCA.pem").read_bytes())]


def expected_invalid_reason(row: dict[str, str]) -> str:
    """Also under SHA-1: a changed content is the plainer answer than a weak digest."""
    if "mismatch-econtent" in row["file"]:
        return "carries content of its own"
    return "changed after signing"  # tampered body, or NSS signed the LF-only form


def test_every_signed_message_gives_the_expected_verdict(vectors: Path) -> None:
    folder = vectors / "thunderbird-smime"
    seen: dict[str, int] = {}
    for row in rows(vectors):
        if row["expected"] == "needs-key":
            continue
        path = folder / row["file"]
        result = verify(path.read_bytes(), trust_anchors=anchors(path), at=AT)
        expected = row["expected"]
        if expected == "valid":
            assert result.status is VerifyStatus.VALID, (row["file"], result.reason)
            assert result.signer_address in {"alice@example.com", "dave@example.com"}
        elif expected == "weak":
            assert result.status is VerifyStatus.INVALID and result.weak_algorithm, row["file"]
            assert "weak digest algorithm SHA1" in result.reason, (row["file"], result.reason)
        else:
            assert expected == "invalid", row
            assert result.status is VerifyStatus.INVALID, row["file"]
            assert not result.weak_algorithm, row["file"]
            assert expected_invalid_reason(row) in result.reason, (row["file"], result.reason)
        seen[expected] = seen.get(expected, 0) + 1
    assert seen == {"valid": 32, "invalid": 12, "weak": 10}


def test_inner_signatures_of_nested_messages_agree_with_openssl(vectors: Path) -> None:
    """Dave signs over Alice's signed message: the inner layer verifies as openssl says."""
    folder = vectors / "thunderbird-smime"
    checked = 0
    for row in rows(vectors):
        verdict = row["openssl_result"]
        if row["kind"] != "nested" or "SHA1" in row["file"] or "; inner signed-" not in verdict:
            continue
        path = folder / row["file"]
        outer = verify(path.read_bytes(), trust_anchors=anchors(path), at=AT)
        inner = verify(outer.content, trust_anchors=anchors(path), at=AT)
        openssl_ok = verdict.split("; inner ", 1)[1].split(";")[0].endswith("OK (signer Alice)")
        assert inner.valid is openssl_ok, (row["file"], inner.reason)
        checked += 1
    assert checked == 18


@pytest.mark.parametrize("kind", ["enveloped"])
def test_encrypted_messages_are_described(vectors: Path, kind: str) -> None:
    folder = vectors / "thunderbird-smime"
    described = 0
    for row in rows(vectors):
        if row["expected"] != "needs-key":
            continue
        assert row["kind"] == kind
        description = inspect((folder / row["file"]).read_bytes())
        layer = description.layers[0]
        assert layer.kind == "enveloped", row["file"]
        assert layer.details["content_encryption"] == "aes128_cbc"
        (recipient,) = layer.details["recipients"]
        assert recipient["type"] == "key transport" and recipient["serial"] == 40
        assert "NSS Test CA" in recipient["issuer"]
        described += 1
    assert described == 13
