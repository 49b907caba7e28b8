"""A submitted photo, shown to moderators only.

The private store has no URL; this view is the only way to see a photo
before it is approved. Everyone else, signed in or not, gets "not found".
It is routed outside Wagtail's admin URLs (see portal/urls.py) because those
send anonymous visitors to the login page, which would confirm the file exists.
"""

from django.http import Http404
from django.views.decorators.http import require_safe

from intake.storage import private_photo_response

from ..access import visible_submissions
from ..moderation import can_moderate


@require_safe
def submission_photo(request, pk):
    if not can_moderate(request.user):
        raise Http404
    submission = visible_submissions(request.user).filter(pk=pk).only("photo").first()
    if submission is None or not submission.photo:
        raise Http404
    return private_photo_response(submission.photo)
