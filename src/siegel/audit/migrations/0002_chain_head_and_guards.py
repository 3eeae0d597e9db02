"""On PostgreSQL, the append-only trigger for audit events.

The trigger refuses UPDATE on audit events, and DELETE unless the transaction set
``siegel.audit_purge`` (only the purge service does), so even raw SQL through the
application's database user cannot rewrite history silently.
"""

from django.db import migrations

PG_GUARD = """
CREATE OR REPLACE FUNCTION siegel_audit_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('siegel.audit_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit events are append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER siegel_audit_append_only BEFORE UPDATE OR DELETE ON audit_auditevent
    FOR EACH ROW EXECUTE FUNCTION siegel_audit_append_only();
"""

PG_UNGUARD = """
DROP TRIGGER IF EXISTS siegel_audit_append_only ON audit_auditevent;
DROP FUNCTION IF EXISTS siegel_audit_append_only();
"""


def guard(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_GUARD)


def unguard(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_UNGUARD)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [
        migrations.RunPython(guard, unguard),
    ]
