from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "siegel.portal"
    label = "portal"
    verbose_name = _("Portal")

    def ready(self) -> None:
        from siegel.keys.sealed import SealedColumn, register
        from siegel.portal.models import PortalMessage

        # A withdrawn message has no key any more: nothing to re-wrap.
        register(
            SealedColumn(
                "portal data keys",
                lambda: PortalMessage.objects.exclude(wrapped_key=b""),
                "wrapped_key",
                lambda message: message.key_context,
                ("idempotency_key",),
            )
        )
