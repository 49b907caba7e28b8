from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy

from .models import StorySubmission
from .views_admin.dashboard import StoriesWaitingPanel
from .viewsets import StoriesViewSetGroup, StoryModerationPolicy

# Registered before the viewset, which would otherwise create Wagtail's default policy.
register_permission_policy(StorySubmission, StoryModerationPolicy(StorySubmission))


@hooks.register("register_admin_viewset")
def register_stories_section():
    return StoriesViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_stories_waiting_panel(request, panels):
    panels.append(StoriesWaitingPanel())


STORY_LOG_ACTIONS = [
    ("stories.start_review", "Start review", "Review started"),
    ("stories.approve", "Approve", "Approved"),
    ("stories.publish", "Publish", "Story page published"),
    ("stories.request_changes", "Request changes", "Changes requested"),
    ("stories.decline", "Decline", "Declined"),
    ("stories.spam", "Mark as spam", "Marked as spam"),
    ("stories.withdraw", "Withdraw", "Withdrawn"),
    ("stories.edit", "Edit before publishing", "Title or text edited; the original is kept"),
]


@hooks.register("register_log_actions")
def register_story_log_actions(actions):
    for action, label, message in STORY_LOG_ACTIONS:
        actions.register_action(action, label, message)

    @actions.register_action("stories.status_change")
    class StatusChangeFormatter(LogFormatter):
        label = "Change status"

        def format_message(self, log_entry):
            labels = dict(StorySubmission.Status.choices)
            return f"Status changed to {labels.get(log_entry.data.get('to'), 'unknown')}"
