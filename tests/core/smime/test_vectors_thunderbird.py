"""The Thunderbird/NSS S/MIME corpus: EXPECTED.tsv says what each message must give."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from cryptography import x509

from siegel.core.smime.errors import SmimeError
from siegel.core.smime.verify import VerifyStatus, verify

# Inside the validity of both generations (2026-01-26 and 2026-07-08 .. 2031, see SOURCES.txt).
AT = dt.datetime(2026, 9, 1, tzinfo=dt.UTC)


def rows(vectors: Path) -> list[dict[str, str]]:
    with open(vectors / "thunderbird-smime" / "EXPECTED.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_every_signed_message_gives_the_expected_verdict(vectors: Path) -> None:
    folder = vectors / "thunderbird-smime"
    checked = 0
    for row in rows(vectors):
        if row["kind"] not in {"signed-multipart", "signed-opaque", "nested"}:
            continue
        path = folder / row["file"]
        anchors = [x509.load_pem_x509_certificate((path.parent / "TestCA.pem").read_bytes())]
        message = path.read_bytes()
        try:
            result = verify(message, trust_anchors=anchors, at=AT)
            status, reason = result.status, result.reason
        except SmimeError as exc:
            status, reason = None, str(exc)
        if row["expected"] == "valid":
            assert status is VerifyStatus.VALID, (row["file"], reason)
        elif row["expected"] == "weak":
            assert status is VerifyStatus.INVALID and "weak" in reason, (row["file"], reason)
        else:
            assert status is not VerifyStatus.VALID, (row["file"], reason)
        checked += 1
    assert checked >= 10
