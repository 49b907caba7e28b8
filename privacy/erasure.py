"""Delete an account: everything of the person's is withdrawn, then the account itself goes."""

from django.db import transaction
from wagtail.log_actions import log

from accounts.services import claim_for_verified_addresses
from representatives.models import RepresentativeApplication
from stories.models import StorySubmission

from .withdrawal import withdraw_application, withdraw_story


def delete_account(user):
    """Withdraw every story and application of `user` (claiming any sent from their addresses first), then delete them.

    The audit entry holds the account's id and counts: nothing that names the person.
    """
    with transaction.atomic():
        claim_for_verified_addresses(user)
        stories = list(StorySubmission.objects.filter(user=user))
        applications = list(RepresentativeApplication.objects.filter(user=user))
        for story in stories:
            withdraw_story(story, by=None)
        for application in applications:
            withdraw_application(application, by=None)
        user_id = user.pk
        log(
            instance=user,
            action="privacy.account_deleted",
            user=None,
            title=f"Account {user_id}",
            data={"user_id": user_id, "stories_withdrawn": len(stories), "applications_withdrawn": len(applications)},
        )
        user.delete()
    return user_id
