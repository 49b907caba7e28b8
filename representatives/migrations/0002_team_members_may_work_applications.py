from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Team members"


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create ours now
    # so the group can be given it in the same run.
    app_config = apps.get_app_config("representatives")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="representatives", codename="work_applications")
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.remove(*Permission.objects.filter(codename="work_applications"))


class Migration(migrations.Migration):
    dependencies = [
        ("representatives", "0001_initial"),
        ("teams", "0002_team_members_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
