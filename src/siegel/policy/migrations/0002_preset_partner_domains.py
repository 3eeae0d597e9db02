"""Pre-fill the partner domains with large German mail providers that enforce TLS.

These providers deliver between each other only over TLS with verified
certificates (and publish DANE or MTA-STS). The list is a starting point:
staff can edit or remove each entry in the admin.
"""

from django.db import migrations

PROVIDERS = [
    "t-online.de", "magenta.de", "web.de", "gmx.de", "gmx.net", "freenet.de",
    "1und1.de", "online.de", "mail.de", "posteo.de", "mailbox.org",
]


def fill(apps, schema_editor):
    PartnerDomain = apps.get_model("policy", "PartnerDomain")
    for domain in PROVIDERS:
        PartnerDomain.objects.get_or_create(
            domain=domain,
            defaults={"tls": "verified", "preset": True, "note": "mitgelieferte Anbieterliste"},
        )


def empty(apps, schema_editor):
    apps.get_model("policy", "PartnerDomain").objects.filter(preset=True, domain__in=PROVIDERS).delete()


class Migration(migrations.Migration):
    dependencies = [("policy", "0001_initial")]
    operations = [migrations.RunPython(fill, empty)]
