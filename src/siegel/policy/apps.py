from django.apps import AppConfig


class PolicyConfig(AppConfig):
    name = "siegel.policy"
    label = "policy"
