"""Everything held about one account holder, as data they can download ("Download my data").

Only rows that belong to the person are read: their account, their email
addresses, the stories and applications attached to their account, and the
emails we sent them about those. Nothing of anyone else's: staff are named
by role only, and team notes are given without their authors.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.db.models import FileField, ForeignKey
from django.utils import timezone

from notifications.models import OutboundEmail
from representatives.models import ApplicationNote, RepresentativeApplication
from stories.models import StorySubmission

FORMAT_VERSION = 1

# Bookkeeping that says nothing about the person, or would point at other people.
STORY_LEFT_OUT = {"id", "submission_token", "user", "team", "story_page"}
APPLICATION_LEFT_OUT = {"id", "submission_token", "user", "team", "assignee"}


def data_for(user):
    stories = list(StorySubmission.objects.filter(user=user).select_related("condition", "story_page"))
    applications = list(RepresentativeApplication.objects.filter(user=user).prefetch_related("conditions"))
    return {
        "format_version": FORMAT_VERSION,
        "created_at": _value(timezone.now()),
        "account": _account(user),
        "stories": [_story(story) for story in stories],
        "representative_applications": [_application(application) for application in applications],
        "emails_we_sent_you": _emails(user, [*stories, *applications]),
    }


def _account(user):
    addresses = EmailAddress.objects.filter(user=user).order_by("-primary", "email")
    return {
        "username": user.get_username(),
        "name": user.get_full_name(),
        "date_joined": _value(user.date_joined),
        "last_sign_in": _value(user.last_login),
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary} for address in addresses
        ],
        "two_factor_methods": sorted(
            dict(Authenticator.Type.choices).get(kind, kind)
            for kind in Authenticator.objects.filter(user=user).values_list("type", flat=True)
        ),
    }


def _fields(record, left_out):
    data = {}
    for field in record._meta.concrete_fields:
        if field.name in left_out:
            continue
        value = getattr(record, field.name)
        if isinstance(field, FileField):
            value = bool(value)
        elif isinstance(field, ForeignKey):
            value = str(value) if value is not None else None
        elif field.choices and value:
            data[f"{field.name}_label"] = dict(field.flatchoices).get(value, value)
        data[field.name] = _value(value)
    return data


def _story(story):
    data = _fields(story, STORY_LEFT_OUT)
    data["photo_held"] = data.pop("photo")
    data["condition"] = story.condition.title if story.condition_id else None
    data["published_at"] = story.story_page.full_url if story.story_page_id and story.story_page.live else None
    return data


def _application(application):
    data = _fields(application, APPLICATION_LEFT_OUT)
    data["conditions"] = [condition.title for condition in application.conditions.all()]
    data["team"] = str(application.team)
    data["team_notes"] = [
        {"written_at": _value(note.created_at), "text": note.text}
        for note in ApplicationNote.objects.filter(application=application)
    ]
    return data


def _emails(user, records):
    addresses = {address.lower() for address in EmailAddress.objects.filter(user=user).values_list("email", flat=True)}
    addresses |= {record.email.lower() for record in records if record.email}
    references = [record.reference for record in records]
    emails = OutboundEmail.objects.filter(reference__in=references).order_by("created_at")
    return [
        {
            "reference": email.reference,
            "subject": email.subject,
            "body": email.body,
            "queued_at": _value(email.created_at),
            "sent_at": _value(email.sent_at),
        }
        for email in emails
        # Only emails addressed to the person, not the notices their team received.
        if addresses & {recipient.lower() for recipient in email.to}
    ]


def _value(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
