"""The "Story moderators" group: admin access, the moderation permission, and
adding and publishing story pages with their photos in a "Stories" collection.

Page permissions need the stories index, which a fresh site creates later (the
demo builder, or an editor); stories.publishing grants them then.
"""

from django.db import migrations
from django.db.models import Q

GROUP = "Story moderators"
COLLECTION = "Stories"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's default, 4 characters a step


def _ensure_permissions_exist(apps):
    # Permissions are normally created after all migrations run; we need them now.
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        original, app_config.models_module = getattr(app_config, "models_module", None), True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = original


def _stories_collection(apps):
    Collection = apps.get_model("wagtailcore", "Collection")
    existing = Collection.objects.filter(name=COLLECTION).first()
    if existing is not None:
        return existing
    root = Collection.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return None
    last = Collection.objects.filter(depth=2, path__startswith=root.path).order_by("-path").first()
    number = int(last.path[-4:], 36) + 1 if last else 1
    step = ""
    while number:
        number, digit = divmod(number, 36)
        step = ALPHABET[digit] + step
    collection = Collection.objects.create(name=COLLECTION, path=root.path + step.rjust(4, "0"), depth=2, numchild=0)
    root.numchild += 1
    root.save(update_fields=["numchild"])
    return collection


def create_group(apps, schema_editor):
    _ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    StoryIndexPage = apps.get_model("stories", "StoryIndexPage")

    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            Q(content_type__app_label="wagtailadmin", codename="access_admin")
            | Q(content_type__app_label="stories", codename="moderate_stories")
        )
    )
    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=["add_page", "publish_page"]
    )
    for index in StoryIndexPage.objects.all():
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=group, page_id=index.pk, permission=permission)
    collection = _stories_collection(apps)
    if collection is not None:
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailimages", codename__in=["add_image", "choose_image"]
        ):
            GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        # After Wagtail's own migration that gives every admin group "choose document".
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
