"""OpenPGP vectors: RFC 9580 annex A (v6, X25519, AEAD OCB) and the Autocrypt header-protection samples."""

from __future__ import annotations

from pathlib import Path

import pytest

from siegel.core.openpgp.pgpmime import SignatureStatus, decrypt_and_verify


def test_rfc9580_v6_x25519_aead_message(vectors: Path) -> None:
    folder = vectors / "rfc9580-annexA-via-rpgp"
    result = decrypt_and_verify(
        b"Content-Type: text/plain\r\n\r\n" + (folder / "A8_x25519_aead_ocb.asc").read_bytes(),
        [(folder / "A4_v6_secret_key.asc").read_bytes()],
        [(folder / "A3_v6_certificate.asc").read_bytes()],
    )
    assert result.content == (folder / "A8_expected_plaintext.txt").read_bytes().strip()
    assert result.status is SignatureStatus.UNSIGNED


@pytest.mark.parametrize(
    "name",
    [
        "pgpmime-enc+legacy-disp",
        "pgpmime-layered",
        "pgpmime-layered+legacy-disp",
        "pgpmime-sign+enc",
        "pgpmime-sign+enc+legacy-disp",
    ],
)
def test_autocrypt_samples_decrypt_to_their_inner_part(vectors: Path, name: str) -> None:
    samples = vectors / "draft-bre-openpgp-samples"
    folder = vectors / "autocrypt-protected-headers"
    result = decrypt_and_verify(
        (folder / f"{name}.eml").read_bytes(),
        [(samples / "bob.sec.asc").read_bytes()],
        [(samples / "alice@openpgp.example.pub.asc").read_bytes()],
    )
    expected = (folder / f"{name}.inner").read_bytes()
    assert (
        result.content.replace(b"\r\n", b"\n").strip() == expected.replace(b"\r\n", b"\n").strip()
    )
    assert result.status is not SignatureStatus.INVALID
