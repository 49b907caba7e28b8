"""Turn an approved submission into a story page.

The one way a story reaches the public site: the moderators' "approve" action
and the demo content both come through `create_story_page`. Only what the
person agreed to publish crosses over: the name as they chose to be shown,
the approved text (cleaned again here), and the photo only when they
consented to its publication. The photo is copied from the private store,
where only the cleaned file is kept, into a Wagtail image in the "Stories"
collection.
"""

import io
import uuid
from pathlib import PurePath

from django.contrib.auth.models import Group, Permission
from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from intake.sanitize import clean_html

from .models import StoryIndexPage, StoryPage

STORIES_COLLECTION = "Stories"
MODERATORS_GROUP = "Story moderators"
PHOTO_EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp"}


class PublishingError(Exception):
    """The story cannot be published; `str()` says why, for the moderator."""


def create_story_page(submission, *, user, go_live=True):
    index = StoryIndexPage.objects.order_by("-live", "path").first()
    if index is None:
        raise PublishingError("There is no stories index page to publish under. Create one first.")
    grant_moderators_story_permissions(index)
    title = submission.publish_title
    page = StoryPage(
        title=title,
        slug=find_available_slug(index, slugify(title)[:60] or "story"),
        author_display_name=submission.display_name,
        relationship=submission.relationship,
        condition=submission.condition,
        other_condition="" if submission.condition_id else submission.other_condition,
        story_date=timezone.localdate(submission.submitted_at),
        body=clean_html(submission.publish_body),
        owner=user,
        live=False,
        has_unpublished_changes=True,
    )
    if submission.photo and submission.consent_photo_at:
        page.photo = _image_from_photo(submission, title=title, user=user)
        page.photo_description = submission.photo_description
    index.add_child(instance=page)
    revision = page.save_revision(user=user)
    if go_live:
        revision.publish(user=user)
        page.refresh_from_db()
    return page


def stories_collection():
    existing = Collection.objects.filter(name=STORIES_COLLECTION).first()
    if existing is not None:
        return existing
    # Wagtail's migrations make the root collection; a flushed database has none.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    return root.add_child(name=STORIES_COLLECTION)


def grant_moderators_story_permissions(index):
    """Let the moderators group add and publish story pages and add their photos.

    The data migration grants these when the stories index already exists;
    a site built later gets them the first time a story is published.
    """
    group = Group.objects.filter(name=MODERATORS_GROUP).first()
    if group is None:
        return
    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=["add_page", "publish_page"]
    )
    for permission in page_permissions:
        GroupPagePermission.objects.get_or_create(group=group, page=index, permission=permission)
    collection = stories_collection()
    image_permissions = Permission.objects.filter(
        content_type__app_label="wagtailimages", codename__in=["add_image", "choose_image"]
    )
    for permission in image_permissions:
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)


def _image_from_photo(submission, *, title, user):
    extension = PurePath(submission.photo.name).suffix.lower()
    if extension not in PHOTO_EXTENSIONS:
        raise PublishingError("The photo is not in a format we publish; publish the story without it.")
    with submission.photo.open("rb") as private_file:
        content = private_file.read()
    image = get_image_model()(
        title=f"Photo for the story “{title}”"[:255],
        description=submission.photo_description,
        collection=stories_collection(),
        uploaded_by_user=user,
        # A fresh random name: nothing of the person's file name reaches public media.
        file=ImageFile(io.BytesIO(content), name=f"story-{uuid.uuid4().hex}{extension}"),
    )
    image._set_image_file_metadata()
    image.save()
    return image
