from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    name = "siegel.outbox"
    label = "outbox"
    verbose_name = _("Eigene Nachrichten")

    def ready(self) -> None:
        from siegel.keys.sealed import SealedColumn, register
        from siegel.outbox.models import OwnMail

        # A sent or given-up mail keeps its record, not its content.
        register(
            SealedColumn(
                "queued own mails",
                lambda: OwnMail.objects.exclude(sealed_content=b""),
                "sealed_content",
                lambda mail: mail.seal_context,
                ("key",),
            )
        )
