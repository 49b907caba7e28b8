"""Erase personal data from items that will not be used, once their retention period is over.

Periods come from the "Data retention" site setting (of the default site):
declined and spam stories after 90 days, not-proceeding and withdrawn
applications after 12 months, measured from the status change (stories) or
the team's last action (applications). Each item is erased as a withdrawal
would erase it (privacy.withdrawal), keeping its anonymised record and status.
Erased items (no email left) are not looked at again. The log line holds
counts only.
"""

import calendar
import logging
from dataclasses import dataclass

from django.utils import timezone
from wagtail.models import Site

from representatives.models import RepresentativeApplication
from stories.models import StorySubmission

from .models import RetentionSettings
from .withdrawal import erase_application, erase_story

logger = logging.getLogger(__name__)

EXPIRING_STORY_STATUSES = (StorySubmission.Status.DECLINED, StorySubmission.Status.SPAM)
EXPIRING_APPLICATION_STATUSES = (
    RepresentativeApplication.Status.NOT_PROCEEDING,
    RepresentativeApplication.Status.WITHDRAWN,
)


@dataclass(frozen=True)
class RetentionResult:
    stories_erased: int
    applications_erased: int


def retention_settings():
    site = Site.objects.filter(is_default_site=True).first()
    return RetentionSettings.for_site(site) if site else RetentionSettings()


def months_before(moment, months):
    """The same day and time `months` calendar months earlier (the month's last day when it is shorter)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def due_stories(now, settings):
    cutoff = now - timezone.timedelta(days=settings.declined_story_days)
    return StorySubmission.objects.filter(status__in=EXPIRING_STORY_STATUSES, status_changed_at__lt=cutoff).exclude(
        email=""
    )


def due_applications(now, settings):
    cutoff = months_before(now, settings.closed_application_months)
    return RepresentativeApplication.objects.filter(
        status__in=EXPIRING_APPLICATION_STATUSES, last_action_at__lt=cutoff
    ).exclude(email="")


def apply_retention(now=None):
    now = now or timezone.now()
    settings = retention_settings()
    stories = list(due_stories(now, settings).only("pk"))
    applications = list(due_applications(now, settings).only("pk"))
    for story in stories:
        erase_story(story, action="stories.retention_erase")
    for application in applications:
        erase_application(application, action="representatives.retention_erase")
    result = RetentionResult(stories_erased=len(stories), applications_erased=len(applications))
    logger.info(
        "Retention applied: %d stories and %d applications erased",
        result.stories_erased,
        result.applications_erased,
    )
    return result
