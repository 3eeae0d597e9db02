"""Messages sealed part by part under their own data key; the single sealed blob goes.

Existing messages are converted: opened with the master key, then sealed again
part by part (siegel.portal.content), so nothing deposited before is lost.
"""

from django.db import migrations, models


def seal_existing_messages(apps, schema_editor):
    from siegel.keys.masterkey import keyring
    from siegel.portal.content import seal_message

    Message = apps.get_model("portal", "PortalMessage")
    for message in Message.objects.exclude(sealed_content=b"").iterator():
        content = keyring().open(
            bytes(message.sealed_content), f"portal-message:{message.idempotency_key}"
        )
        sealed = seal_message(message.idempotency_key, content)
        Message.objects.filter(pk=message.pk).update(
            wrapped_key=sealed.wrapped_key,
            sealed_summary=sealed.sealed_summary,
            store=sealed.store,
            attachments=sealed.attachments,
            sealed_content=b"",
        )


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial")]

    operations = [
        migrations.AlterModelOptions(
            name="portalaccount",
            options={"verbose_name": "Postfach", "verbose_name_plural": "Postfächer"},
        ),
        migrations.AlterModelOptions(
            name="portalmessage",
            options={
                "ordering": ["-deposited", "-pk"],
                "verbose_name": "Portal-Nachricht",
                "verbose_name_plural": "Portal-Nachrichten",
            },
        ),
        migrations.AddField(
            model_name="portalmessage",
            name="folder",
            field=models.CharField(
                choices=[("inbox", "Posteingang"), ("sent", "Gesendet")],
                default="inbox",
                max_length=10,
                verbose_name="Ordner",
            ),
        ),
        migrations.AddField(
            model_name="portalmessage",
            name="recipients",
            field=models.JSONField(default=list, verbose_name="Empfänger"),
        ),
        migrations.AddField(
            model_name="portalmessage",
            name="message_id",
            field=models.CharField(
                blank=True, db_index=True, default="", max_length=998, verbose_name="Message-ID"
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="portalmessage",
            name="wrapped_key",
            field=models.BinaryField(default=b"", editable=False),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="portalmessage",
            name="sealed_summary",
            field=models.BinaryField(default=b"", editable=False),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="portalmessage",
            name="store",
            field=models.CharField(default="", editable=False, max_length=100),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="portalmessage",
            name="attachments",
            field=models.PositiveIntegerField(default=0, verbose_name="Anhänge"),
        ),
        migrations.AddField(
            model_name="portalmessage",
            name="withdrawn_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="zurückgezogen am"),
        ),
        migrations.AddIndex(
            model_name="portalmessage",
            index=models.Index(
                fields=["account", "folder", "-deposited", "-id"], name="mailbox_page"
            ),
        ),
        migrations.CreateModel(
            name="StoredContent",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=255, unique=True)),
                ("data", models.BinaryField()),
                ("stored", models.DateTimeField(auto_now_add=True)),
            ],
        ),
        migrations.RunPython(seal_existing_messages, migrations.RunPython.noop),
        migrations.RemoveField(model_name="portalmessage", name="sealed_content"),
    ]
