"""Store an application from the public form, route it to a team, announce it.

Routing with several conditions: the first condition the person chose that
names its own rare disease group team decides; when none does, the site's
default team. Callers pass `conditions` in the order the person chose them.
The team is stored on the application and never recomputed, so later changes
to a condition's team or to the default move nothing already submitted.

The application and its two emails are stored in one transaction; emails
leave through the notifications queue after commit, so a mail server that is
down delays them and loses nothing. Emails carry the reference and a link
only: never a name, a condition or anything the person wrote.
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log

from intake.sanitize import clean_html
from notifications.services import queue_email
from privacy.links import private_link
from teams.routing import team_for

from .models import RepresentativeApplication

FIELDS = (
    "name",
    "email",
    "phone",
    "preferred_contact",
    "other_condition",
    "relationship",
    "region",
    "interests",
    "experience",
    "availability",
    "access_needs",
    "consent_wording_version",
)


def submit_application(data, *, site=None, submission_token, user=None):
    """Store the application described by `data` (a form's cleaned_data) once per token; return it.

    A second call with the same `submission_token` (a double click, a resent
    form) returns the stored application and sends nothing again.
    """
    existing = RepresentativeApplication.objects.filter(submission_token=submission_token).first()
    if existing is not None:
        return existing

    conditions = list(data.get("conditions") or [])
    now = timezone.now()
    application = RepresentativeApplication(
        **{field: data.get(field, "") for field in FIELDS},
        team=team_for(_routing_condition(conditions), site),
        consent_at=data.get("consent_at") or now,
        submitted_at=now,
        last_action_at=now,
        submission_token=submission_token,
        user=user,
    )
    application.experience = clean_html(application.experience)
    application.full_clean(exclude=["submission_token"])
    try:
        with transaction.atomic():
            application.save()
            application.conditions.set(conditions)
            log(
                instance=application,
                action="representatives.submit",
                data={"reference": application.reference, "team_id": application.team_id},
            )
            _announce(application)
    except IntegrityError:
        # Two clicks raced past the check above; the first one won.
        return RepresentativeApplication.objects.get(submission_token=submission_token)
    return application


def _routing_condition(conditions):
    return next((condition for condition in conditions if condition.rare_disease_team_id), None)


def admin_url(application):
    return settings.WAGTAILADMIN_BASE_URL + reverse("representative_applications:detail", args=[application.pk])


def _announce(application):
    reference = application.reference
    queue_email(
        to=application.email,
        subject=f"We have your application to become a patient representative ({reference})",
        body=(
            "Thank you for offering to help as a patient representative.\n\n"
            f"Your reference is {reference}. Please quote it if you contact us.\n\n"
            "Someone from the team will get in touch in the way you asked. "
            "If you did not send this application, you can ignore this email.\n\n"
            "Use this private link to see where your application stands or to withdraw it "
            "(it works for 90 days; do not forward it):\n"
            f"{private_link(application)}\n"
        ),
        reference=reference,
    )
    recipients = application.team.email_list
    if recipients:
        queue_email(
            to=recipients,
            subject=f"New patient representative application {reference}",
            body=(
                "A new patient representative application has been routed to your team.\n\n"
                f"Reference: {reference}\n"
                f"Open it in the admin: {admin_url(application)}\n"
            ),
            reference=reference,
        )
