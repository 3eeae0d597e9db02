"""A real Postfix in front of and behind the gateway, wired with `siegel postfix-config`.

Postfix takes the mail on one loopback port, hands it to the gateway (after-queue
content filter), takes the result back on the reinjection port and relays it to
a sink. The test builds a private Postfix instance in a temporary directory.
"""

from __future__ import annotations

import shutil
import smtplib
import subprocess
import tempfile
import time
from collections.abc import Iterator
from io import StringIO
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from pytest_django.fixtures import Settings

from siegel.gateway import pipeline
from siegel.gateway.smtp import make_controller
from tests.conftest import free_port

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

BASE_SERVICES = """
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""


class Sink:
    def __init__(self) -> None:
        self.mails: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.mails.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 2.0.0 Ok"


@pytest.fixture
def postfix(settings: Settings) -> Iterator[dict[str, object]]:
    if not shutil.which("postfix"):
        pytest.fail("Debian's postfix is missing: scripts/install-system-deps.sh installs it")
    ports = {name: free_port() for name in ("front", "gateway", "reinject", "reinject_tls", "sink")}
    # Postfix's daemons drop to the postfix user: the instance must live where that user
    # can reach it (pytest's tmp_path is private to root).
    root = Path(tempfile.mkdtemp(prefix="siegel-postfix-"))
    root.chmod(0o755)
    (root / "etc").mkdir()
    (root / "spool").mkdir()
    settings.SIEGEL_SMTP_BIND = f"127.0.0.1:{ports['gateway']}"
    settings.SIEGEL_NEXT_HOP = f"smtp://127.0.0.1:{ports['reinject']}"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    printed = StringIO()
    call_command(
        "postfix-config",
        "--reinject-port",
        str(ports["reinject"]),
        "--reinject-tls-port",
        str(ports["reinject_tls"]),
        "--concurrency",
        "2",
        stdout=printed,
    )
    main_part, master_part = printed.getvalue().split("# ---- master.cf", 1)
    (root / "etc" / "main.cf").write_text(
        main_part
        + f"""
compatibility_level = 3.6
queue_directory = {root}/spool
data_directory = {root}/data
mail_owner = postfix
setgid_group = postdrop
myhostname = mx.versicherer.example
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relay_domains = versicherer.example, example.org
relayhost = [127.0.0.1]:{ports["sink"]}
smtp_host_lookup = native
maillog_file = {root}/maillog
maillog_file_prefixes = {root}
smtputf8_enable = no
"""
    )
    (root / "etc" / "master.cf").write_text(
        f"127.0.0.1:{ports['front']} inet n - n - - smtpd\n"
        + BASE_SERVICES
        + "# ---- master.cf"
        + master_part
    )
    sink = Sink()
    sink_controller = Controller(sink, hostname="127.0.0.1", port=ports["sink"])
    gateway = make_controller(
        pipeline.process, "127.0.0.1", ports["gateway"], data_size_limit=10 << 20
    )
    sink_controller.start()
    gateway.start()
    try:
        for action in ("check", "start"):
            done = subprocess.run(
                ["postfix", "-c", str(root / "etc"), action], capture_output=True, text=True
            )
            assert done.returncode == 0, f"postfix {action} failed; see {root}/maillog"
        yield {"ports": ports, "sink": sink, "root": root}
    finally:
        subprocess.run(
            ["postfix", "-c", str(root / "etc"), "stop"], check=False, capture_output=True
        )
        gateway.stop()
        sink_controller.stop()
        shutil.rmtree(root, ignore_errors=True)


def test_mail_goes_through_postfix_and_the_gateway(postfix: dict[str, object]) -> None:
    ports, sink = postfix["ports"], postfix["sink"]
    assert isinstance(ports, dict) and isinstance(sink, Sink)
    message = (
        b"From: anna@versicherer.example\r\nTo: kunde@example.org\r\nBcc: chef@example.org\r\n"
        b"Message-ID: <postfix-1@versicherer.example>\r\nSubject: Termin\r\n\r\nGuten Tag\r\n"
    )
    deadline = time.monotonic() + 20
    while True:
        try:
            with smtplib.SMTP("127.0.0.1", ports["front"], timeout=10) as client:
                client.sendmail(
                    "anna@versicherer.example", ["kunde@example.org", "chef@example.org"], message
                )
            break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)
    deadline = time.monotonic() + 60
    while not sink.mails and time.monotonic() < deadline:
        time.sleep(0.2)
    log = Path(str(postfix["root"])) / "maillog"
    assert sink.mails, log.read_text() if log.exists() else "no maillog"
    sender, recipients, content = sink.mails[0]
    assert sender == "anna@versicherer.example"
    assert sorted(recipients) == ["chef@example.org", "kunde@example.org"]
    assert b"Guten Tag" in content
    assert b"Bcc:" not in content
    # postlogd writes the log after the fact: wait for the line rather than race it.
    through_gateway = f"relay=127.0.0.1[127.0.0.1]:{ports['gateway']}"
    deadline = time.monotonic() + 10
    while through_gateway not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.2)
    maillog = log.read_text()
    assert through_gateway in maillog
