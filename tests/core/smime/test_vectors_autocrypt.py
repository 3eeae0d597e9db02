"""The Autocrypt protected-headers samples (pre-RFC 9788 draft, S/MIME half).

Bob's private key of these samples was not published as text (only bob.p12 in the
source repository, not copied), so the envelopes cannot be opened here. What can be
checked is checked: the envelopes parse and name their recipients (Alice and Bob,
whose certificate we find in Alice's signed samples), they are refused as not for
our keys with those names, and the published decrypted parts (``*.inner``) give back
the real Subject through :func:`restore_headers`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from siegel.core.mime import headers
from siegel.core.smime.decrypt import decrypt, recipients
from siegel.core.smime.errors import NotForUs
from siegel.core.smime.mime import split_message
from siegel.core.smime.protected_headers import is_protected, restore_headers
from siegel.core.smime.verify import verify

ENCRYPTED = ["smime-enc+legacy-disp", "smime-sign+enc", "smime-sign+enc+legacy-disp"]
SUBJECT = "BarCorp contract signed, let's go!"


def folder(vectors: Path) -> Path:
    return vectors / "autocrypt-protected-headers"


def alice(vectors: Path) -> x509.Certificate:
    """Alice's certificate, as her signed sample carries it."""
    sample_ca = x509.load_pem_x509_certificate((folder(vectors) / "sample-ca.pem").read_bytes())
    signed = (folder(vectors) / "smime-onepart-signed.eml").read_bytes()
    result = verify(signed, trust_anchors=[sample_ca], at=None)
    assert result.signer_certificate is not None
    return result.signer_certificate


@pytest.mark.parametrize("name", ENCRYPTED)
def test_the_envelopes_parse_and_name_alice_and_bob(vectors: Path, name: str) -> None:
    message = (folder(vectors) / f"{name}.eml").read_bytes()
    ids = recipients(message)
    assert len(ids) == 2 and {r.kind for r in ids} == {"ktri"}
    assert all("Sample LAMPS Certificate Authority" in str(r) for r in ids)
    assert [r.matches(alice(vectors)) for r in ids].count(True) == 1
    assert headers.get(message, "Subject") == "..."  # the draft's obscured subject


@pytest.mark.parametrize("name", ENCRYPTED)
def test_our_keys_are_told_it_is_not_for_them(vectors: Path, name: str) -> None:
    keys = vectors / "rfc9216-examples-cms" / "certs-and-keys"
    bob_9216 = x509.load_pem_x509_certificate((keys / "lamps-bob.encrypt.crt").read_bytes())
    key = serialization.load_pem_private_key((keys / "lamps-bob.decrypt.p8.pem").read_bytes(), None)
    with pytest.raises(NotForUs, match="serial 0x2253ee306d020b1f02cdf5c9c13e3adf79a61bc2"):
        decrypt((folder(vectors) / f"{name}.eml").read_bytes(), [(bob_9216, key)])


@pytest.mark.parametrize("name", ENCRYPTED)
def test_the_decrypted_parts_give_back_the_real_subject(vectors: Path, name: str) -> None:
    outer, _ = split_message((folder(vectors) / f"{name}.eml").read_bytes())
    inner = (folder(vectors) / f"{name}.inner").read_bytes()
    if "sign" in name:
        # sign+enc: the decrypted part is opaque signed-data; the protected header is inside.
        sample_ca = x509.load_pem_x509_certificate((folder(vectors) / "sample-ca.pem").read_bytes())
        verified = verify(b"From: alice@smime.example\r\n" + inner, trust_anchors=[sample_ca])
        assert verified.valid, verified.reason
        inner = verified.content
        expected = (folder(vectors) / f"{name}.inner.inner").read_bytes()
        assert inner.replace(b"\r\n", b"\n") == expected.replace(b"\r\n", b"\n")
    assert is_protected(inner)
    restored = restore_headers(inner, outer)
    assert headers.get_all(restored, "Subject") == [SUBJECT]
    assert headers.get_all(restored, "From") == ["Alice Lovelace <alice@smime.example>"]
    assert headers.get(restored, "Received") is not None  # transport stays from the outside


def test_a_signed_sample_keeps_its_protected_subject(vectors: Path) -> None:
    message = (folder(vectors) / "smime-onepart-signed.eml").read_bytes()
    sample_ca = x509.load_pem_x509_certificate((folder(vectors) / "sample-ca.pem").read_bytes())
    result = verify(message, trust_anchors=[sample_ca])
    outer, _ = split_message(message)
    restored = restore_headers(result.content, outer)
    assert headers.get_all(restored, "Subject") == ["The FooCorp contract"]
