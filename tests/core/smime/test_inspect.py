"""inspect() names the layers of any message; with keys it opens encrypted ones."""

from __future__ import annotations

import csv
from pathlib import Path

from siegel.core.smime import Signer, encrypt, sign
from siegel.core.smime.inspect import inspect
from tests.support.pki import Identity, issue


def test_thunderbird_enveloped_messages_are_described(vectors: Path) -> None:
    folder = vectors / "thunderbird-smime"
    with open(folder / "EXPECTED.tsv", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if r["kind"] == "enveloped"]
    assert rows
    for row in rows:
        layers = inspect((folder / row["file"]).read_bytes()).layers
        encrypted = next(layer for layer in layers if layer.kind == "encrypted")
        assert encrypted.details["cipher"] == "aes128_cbc", row["file"]
        assert any("serial 40" in r for r in encrypted.details["recipients"]), row["file"]


def test_nested_layers_with_decryption(ca: Identity) -> None:
    alice, bob = issue(ca, "alice@versicherer.example"), issue(ca, "bob@example.org")
    inner = sign(b"Content-Type: text/html\r\n\r\n<p>Hallo</p>\r\n", Signer(alice.cert, alice.key))
    message = b"From: alice@versicherer.example\r\nMIME-Version: 1.0\r\n" + encrypt(
        inner, [bob.cert]
    )
    closed = inspect(message)
    assert [layer.kind for layer in closed.layers] == ["encrypted"]
    opened = inspect(message, [(bob.cert, bob.key)])
    assert [layer.kind for layer in opened.layers] == ["encrypted", "signed-detached", "content"]
    assert opened.layers[-1].details == {"type": "text/html"}
    assert "aes256_cbc" in opened.describe()


def test_broken_data_is_described_not_raised() -> None:
    broken = b"Content-Type: application/pkcs7-mime; smime-type=enveloped-data\r\nContent-Transfer-Encoding: base64\r\n\r\nAAAA\r\n"
    assert inspect(broken).layers[0].kind == "broken"
