from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PolicyConfig(AppConfig):
    name = "siegel.policy"
    label = "policy"
    verbose_name = _("Versandregeln")

    def ready(self) -> None:
        from django.test.signals import setting_changed

        from siegel.policy.installation import forget_on_setting_change

        setting_changed.connect(forget_on_setting_change, dispatch_uid="siegel-policy-settings")
