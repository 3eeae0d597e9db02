from django.apps import AppConfig


class KeysConfig(AppConfig):
    name = "siegel.keys"
    label = "keys"
