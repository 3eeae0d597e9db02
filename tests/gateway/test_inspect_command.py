"""siegel inspect: S/MIME and OpenPGP mails described, and opened with the key store (--decrypt)."""

from __future__ import annotations

import csv
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from siegel.core.smime import Signer, encrypt_message, sign_message
from siegel.core.smime.envelope import ContentCipher
from siegel.keys import services as key_services
from tests.support.gnupg import make_user
from tests.support.keystore import import_own
from tests.support.pki import issue, make_ca

pytestmark = pytest.mark.django_db

MAIL = (
    b"From: makler@partner.example\r\nTo: anna@versicherer.example\r\nSubject: Antrag\r\n"
    b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDer Antrag.\r\n"
)


def inspect(path: Path, *options: str) -> str:
    out = StringIO()
    call_command("inspect", str(path), *options, stdout=out)
    return out.getvalue()


def test_smime_mail_is_described_and_opened(tmp_path: Path) -> None:
    ca = make_ca()
    key_services.import_ca_bundle(ca.cert_pem, actor="test")
    anna, makler = issue(ca, "anna@versicherer.example"), issue(ca, "makler@partner.example")
    import_own(anna)
    path = tmp_path / "mail.eml"
    path.write_bytes(encrypt_message(MAIL, [anna.cert], signer=Signer(makler.cert, makler.key)))
    closed = inspect(path)
    assert closed.startswith("enveloped") and "decryption" not in closed
    layers = json.loads(inspect(path, "--decrypt", "--json"))["layers"]
    assert [layer["kind"] for layer in layers] == ["enveloped", "signed-detached", "content"]
    assert layers[0]["decryption"] == "opened"
    assert "makler@partner.example" in layers[1]["signers"][0]["addresses"]


def test_openpgp_mail_from_gpg_is_described_and_opened(tmp_path: Path) -> None:
    own, partner = make_user(tmp_path, "anna", "default"), make_user(tmp_path, "makler", "default")
    key_services.import_pgp(own.secret, actor="test")
    key_services.import_pgp(partner.public, actor="test")
    partner.gpg("--import", data=own.public)
    armored = partner.gpg(
        "--armor", "--encrypt", "--sign", "-r", own.address, "-u", partner.address, data=MAIL
    ).stdout
    path = tmp_path / "pgp.eml"
    path.write_bytes(
        b"From: makler@example.org\r\nTo: anna@example.org\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary=p\r\n'
        b"\r\n--p\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n\r\n--p\r\n"
        b"Content-Type: application/octet-stream\r\n\r\n" + armored + b"\r\n--p--\r\n"
    )
    closed = inspect(path)
    assert closed.startswith("openpgp-encrypted (framing: pgp/mime)")
    assert "recipient:" in closed and "decryption" not in closed
    layers = json.loads(inspect(path, "--decrypt", "--json"))["layers"]
    assert layers[0]["kind"] == "openpgp-encrypted" and layers[0]["decryption"] == "opened"
    assert "valid" in layers[0]["signature"] and layers[-1]["kind"] == "content"


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="No such file"):
        inspect(tmp_path / "fehlt.eml")


def test_every_thunderbird_verdict_is_reported_as_expected(vectors: Path) -> None:
    """EXPECTED.tsv through ``inspect --json --decrypt``: the verifier's verdict on every row.

    The inner signatures of nested messages (Dave signs over Alice's signed mail)
    agree with openssl's verdict in the table.
    """
    folder = vectors / "thunderbird-smime"
    for generation in (folder, folder / "extra-2026-07"):  # two generations of the NSS test CA
        key_services.import_ca_bundle((generation / "TestCA.pem").read_bytes(), actor="test")
    import_own(issue(make_ca(), "anna@versicherer.example"))  # the messages are for Bob
    with open(folder / "EXPECTED.tsv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    reported, inner_checked = {}, 0
    for row in rows:
        first, *inner = json.loads(inspect(folder / row["file"], "--json", "--decrypt"))["layers"]
        if first["kind"] == "enveloped":
            assert "none of them ours" in first["decryption"], row["file"]
            reported[row["file"]] = "needs-key"
            continue
        assert first["signature_reason"], row["file"]
        reported[row["file"]] = first["signature"]
        if "; inner signed-" in row["openssl_result"] and "SHA1" not in row["file"]:
            openssl = row["openssl_result"].split("; inner ", 1)[1].split(";")[0]
            assert (inner[0]["signature"] == "valid") is openssl.endswith("OK (signer Alice)")
            inner_checked += 1
    assert reported == {row["file"]: row["expected"] for row in rows}
    assert len(reported) == 67 and inner_checked == 18


def test_a_tampered_signed_mail_is_told_from_a_good_one(tmp_path: Path) -> None:
    ca = make_ca()
    key_services.import_ca_bundle(ca.cert_pem, actor="test")
    makler = issue(ca, "makler@partner.example")
    good = tmp_path / "good.eml"
    good.write_bytes(sign_message(MAIL, Signer(makler.cert, makler.key)))
    tampered = tmp_path / "tampered.eml"
    tampered.write_bytes(good.read_bytes().replace(b"Der Antrag.", b"Der Betrag."))
    assert "signature: valid, signature reason: valid signature by makler@" in inspect(good)
    (layer, *_) = json.loads(inspect(tampered, "--json"))["layers"]
    assert layer["signature"] == "invalid"
    assert (
        layer["signature_reason"]
        == "the content was changed after signing (message digest differs)"
    )


@pytest.mark.parametrize(
    ("cipher", "authenticated"),
    [(ContentCipher.AES256_GCM, True), (ContentCipher.AES256_CBC, False)],
)
def test_decrypt_says_whether_the_cipher_authenticated_the_content(
    tmp_path: Path, cipher: ContentCipher, authenticated: bool
) -> None:
    ca = make_ca()
    anna = issue(ca, "anna@versicherer.example")
    import_own(anna)
    path = tmp_path / "mail.eml"
    path.write_bytes(encrypt_message(MAIL, [anna.cert], cipher=cipher))
    (layer, *_) = json.loads(inspect(path, "--decrypt", "--json"))["layers"]
    assert layer["decryption"] == "opened" and layer["authenticated"] is authenticated
