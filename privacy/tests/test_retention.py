"""Retention with a fixed clock: only what is past its period is erased; counts only in the log."""

import datetime
import logging

import pytest
import time_machine
from django.core.management import call_command
from wagtail.models import ModelLogEntry, Site

from privacy.models import RetentionSettings
from privacy.retention import apply_retention, months_before
from privacy.tasks import apply_retention_task
from representatives.models import ApplicationLogEntry, RepresentativeApplication
from stories.models import StorySubmission
from stories.tests.moderation_helpers import CANARY_NAME, make_submission

pytestmark = pytest.mark.django_db

Status = StorySubmission.Status
AppStatus = RepresentativeApplication.Status
NOW = datetime.datetime(2026, 11, 25, 3, 0, tzinfo=datetime.UTC)


def days_ago(days):
    return NOW - datetime.timedelta(days=days)


@pytest.fixture
def items(make_application):
    made = {
        "old_declined": story(Status.DECLINED, changed=days_ago(91)),
        "old_spam": story(Status.SPAM, changed=days_ago(120)),
        "recent_declined": story(Status.DECLINED, changed=days_ago(89)),
        "old_published": story(Status.PUBLISHED, changed=days_ago(900)),
        "old_new": story(Status.NEW, changed=days_ago(900)),
        "old_not_proceeding": make_application(status=AppStatus.NOT_PROCEEDING, last_action_at=days_ago(370)),
        "old_withdrawn": make_application(status=AppStatus.WITHDRAWN, last_action_at=days_ago(400)),
        "recent_not_proceeding": make_application(status=AppStatus.NOT_PROCEEDING, last_action_at=days_ago(360)),
        "old_active": make_application(status=AppStatus.ACTIVE, last_action_at=days_ago(900)),
    }
    return made


def story(status, *, changed):
    submission = make_submission(status=status)
    # status_changed_at is set on creation (auto_now_add), so it is moved back afterwards.
    StorySubmission.objects.filter(pk=submission.pk).update(status_changed_at=changed)
    return submission


def erased(item):
    item.refresh_from_db()
    return item.email == ""


@time_machine.travel(NOW, tick=False)
def test_only_items_past_their_period_are_erased(items, caplog):
    with caplog.at_level(logging.INFO, logger="privacy.retention"):
        result = apply_retention()

    assert (result.stories_erased, result.applications_erased) == (2, 2)
    expected = {"old_declined", "old_spam", "old_not_proceeding", "old_withdrawn"}
    assert {key for key, item in items.items() if erased(item)} == expected
    assert items["old_declined"].status == Status.DECLINED  # erased, status kept
    assert items["old_declined"].name == "[withdrawn]"
    assert ModelLogEntry.objects.filter(action="stories.retention_erase").count() == 2
    assert ApplicationLogEntry.objects.filter(action="representatives.retention_erase").count() == 2
    [line] = [record.getMessage() for record in caplog.records]
    assert line == "Retention applied: 2 stories and 2 applications erased"
    assert CANARY_NAME not in caplog.text
    assert items["old_declined"].reference not in caplog.text


@time_machine.travel(NOW, tick=False)
def test_running_again_erases_nothing_more(items):
    apply_retention()
    again = apply_retention()
    assert (again.stories_erased, again.applications_erased) == (0, 0)


@time_machine.travel(NOW, tick=False)
def test_periods_come_from_the_site_setting(items):
    RetentionSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"declined_story_days": 80, "closed_application_months": 11},
    )
    result = apply_retention()
    assert (result.stories_erased, result.applications_erased) == (3, 3)


@time_machine.travel(NOW, tick=False)
def test_the_command_and_the_task_apply_it(items, capsys):
    call_command("apply_retention")
    assert "Erased 2 stories and 2 applications" in capsys.readouterr().out
    with time_machine.travel(NOW + datetime.timedelta(days=2), tick=False):
        result = apply_retention_task.enqueue()
    assert result.return_value == {"stories_erased": 1, "applications_erased": 0}


def test_months_are_calendar_months():
    end_of_march = datetime.datetime(2026, 3, 31, tzinfo=datetime.UTC)
    assert months_before(end_of_march, 1).date() == datetime.date(2026, 2, 28)
    assert months_before(NOW, 12).date() == datetime.date(2025, 11, 25)


def test_the_demo_privacy_notice_states_the_periods():
    from demo.general import PRIVACY

    assert "90 days after that decision" in PRIVACY
    assert "12 months after the team last worked on it" in PRIVACY
