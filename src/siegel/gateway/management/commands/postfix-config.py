"""siegel postfix-config — the Postfix lines that put Siegel between the MTA and the world."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

TEMPLATE = """\
# ---- main.cf -------------------------------------------------------------------------
# Every mail Postfix receives goes through Siegel after it is queued (after-queue filter).
# Siegel answers 250 only once it has handed the result back, so nothing is lost.
content_filter = siegel:[{gateway_host}]:{gateway_port}

# ---- master.cf -----------------------------------------------------------------------
# The transport that feeds Siegel.
siegel    unix  -       -       n       -       {concurrency}  smtp
  -o smtp_send_xforward_command=yes
  -o disable_mime_output_conversion=yes
  -o smtp_data_done_timeout=1200s

# The reinjection listener: Siegel's result comes back here and is not filtered again.
{reinject_host}:{reinject_port} inet  n  -  n  -  -  smtpd
  -o content_filter=
  -o receive_override_options=no_unknown_recipient_checks,no_header_body_checks,no_milters
  -o smtpd_client_restrictions=
  -o smtpd_helo_restrictions=
  -o smtpd_sender_restrictions=
  -o smtpd_recipient_restrictions=permit_mynetworks,reject
  -o mynetworks=127.0.0.0/8,[::1]/128
  -o smtpd_authorized_xforward_hosts=127.0.0.0/8

# Reinjection for TLS-required mail: every mail taken here is routed (FILTER action)
# through a transport that insists on TLS with a verified certificate, or stays queued.
{reinject_host}:{reinject_tls_port} inet  n  -  n  -  -  smtpd
  -o content_filter=
  -o receive_override_options=no_unknown_recipient_checks,no_header_body_checks,no_milters
  -o smtpd_recipient_restrictions=permit_mynetworks,reject
  -o {{ smtpd_data_restrictions = check_client_access static:{{FILTER siegel_tls:}} }}
  -o mynetworks=127.0.0.0/8,[::1]/128
siegel_tls unix  -       -       n       -       -       smtp
  -o smtp_tls_security_level=verify
  -o smtp_tls_mandatory_protocols=>=TLSv1.2

# ---- Siegel's environment ------------------------------------------------------------
# SIEGEL_SMTP_BIND={gateway_host}:{gateway_port}
# SIEGEL_NEXT_HOP=smtp://{reinject_host}:{reinject_port}
# SIEGEL_TLS_NEXT_HOP=smtp://{reinject_host}:{reinject_tls_port}
"""


class Command(BaseCommand):
    help = "Print the main.cf and master.cf lines that wire Postfix in front of and behind Siegel."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--reinject-port", type=int, default=10026)
        parser.add_argument("--reinject-tls-port", type=int, default=10027)
        parser.add_argument(
            "--concurrency", type=int, default=10, help="parallel deliveries into Siegel"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        host, _, port = settings.SIEGEL_SMTP_BIND.rpartition(":")
        self.stdout.write(
            TEMPLATE.format(
                gateway_host=host or "127.0.0.1",
                gateway_port=port,
                reinject_host="127.0.0.1",
                reinject_port=options["reinject_port"],
                reinject_tls_port=options["reinject_tls_port"],
                concurrency=options["concurrency"],
            ),
            ending="",
        )
