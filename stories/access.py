"""Which submitted stories a person may see: the one place story scoping is decided.

Moderators work the stories routed to their own teams; superusers see all.
A story that arrived while no team was configured belongs to nobody's team,
so every moderator sees it rather than nobody.
"""

from django.db.models import Q

from teams.membership import teams_of

from .models import StorySubmission
from .moderation import can_moderate


def visible_submissions(user):
    submissions = StorySubmission.objects.all()
    if not (user.is_authenticated and can_moderate(user)):
        return submissions.none()
    if user.is_superuser:
        return submissions
    return submissions.filter(Q(team__in=teams_of(user)) | Q(team__isnull=True))
