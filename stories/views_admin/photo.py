"""A submitted photo, shown to moderators only.

The private store has no URL; this view is the only way to see a photo
before it is approved. Everyone else, signed in or not, gets "not found".
It is routed outside Wagtail's admin URLs (see portal/urls.py) because those
send anonymous visitors to the login page, which would confirm the file exists.
"""

from pathlib import PurePath

from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

from ..access import visible_submissions
from ..moderation import can_moderate

PHOTO_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp"}


@require_safe
def submission_photo(request, pk):
    if not can_moderate(request.user):
        raise Http404
    submission = visible_submissions(request.user).filter(pk=pk).only("photo").first()
    if submission is None or not submission.photo:
        raise Http404
    content_type = PHOTO_TYPES.get(PurePath(submission.photo.name).suffix.lower())
    if content_type is None:
        raise Http404
    try:
        photo = submission.photo.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(photo, content_type=content_type)
    response["Content-Disposition"] = "inline"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
