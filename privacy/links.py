"""Private links: someone without an account follows their item from the email we sent them.

A link carries a token signed with the site's secret key (django.core.signing,
with a salt of its own) that names the kind of item, its reference, and a
keyed digest of the email address it was sent to. It opens that one item and
nothing else:

- a changed or forged token fails the signature check;
- a token for a story never opens an application with the same reference;
- once the item is withdrawn (its email erased) or the address changes, the
  digest no longer matches, so old links stop working;
- after 90 days the token is refused as expired and the person may ask for a
  new one with their email address and reference.

The address itself is not in the token (tokens end up in browser histories
and server logs), only an HMAC of it.
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac

from accounts.my_items import APPLICATION, KINDS, STORY
from notifications.services import queue_email
from stories.models import StorySubmission

SALT = "privacy.links.item"
EMAIL_DIGEST_SALT = "privacy.links.email"
LINK_LIFETIME = timedelta(days=90)


class LinkExpired(Exception):
    """The token was genuine but is older than LINK_LIFETIME."""


def kind_of(record):
    return STORY if isinstance(record, StorySubmission) else APPLICATION


def token_for(record):
    payload = {"k": kind_of(record), "r": record.reference, "e": _email_digest(record.email)}
    return signing.dumps(payload, salt=SALT)


def private_link(record):
    """The full address of the item's status page, for an email."""
    return settings.WAGTAILADMIN_BASE_URL + reverse("privacy:item_status", kwargs={"token": token_for(record)})


def record_for_token(token):
    """The item a token opens, or None; raises LinkExpired for a genuine but old token."""
    try:
        payload = signing.loads(token, salt=SALT, max_age=LINK_LIFETIME)
    except signing.SignatureExpired as expired:
        raise LinkExpired from expired
    except signing.BadSignature:
        return None
    if not isinstance(payload, dict) or payload.get("k") not in KINDS:
        return None
    record = KINDS[payload["k"]].objects.filter(reference=str(payload.get("r", ""))).first()
    if record is None or not record.email:
        return None
    if not constant_time_compare(_email_digest(record.email), str(payload.get("e", ""))):
        return None
    return record


def send_new_link(email, reference):
    """Email a fresh link when `email` and `reference` belong together; otherwise do nothing.

    The caller answers the same either way, so nobody learns whether a pair exists.
    Returns whether an email was queued (for tests, never for the visitor).
    """
    email, reference = email.strip(), reference.strip().upper()
    if not email or not reference:
        return False
    for model in KINDS.values():
        record = model.objects.filter(reference=reference, email__iexact=email).first()
        if record is not None:
            _email_link(record)
            return True
    return False


def _email_link(record):
    queue_email(
        to=record.email,
        subject=f"Your private link for {record.reference}",
        body=(
            "Hello,\n\n"
            f"You asked for a new private link for {record.reference}. "
            "Use it to see where things stand, make a change when that is possible, or withdraw:\n\n"
            f"{private_link(record)}\n\n"
            f"The link works for {LINK_LIFETIME.days} days. Do not forward this email: "
            "anyone with the link can see and withdraw what you sent.\n\n"
            "If you did not ask for this, you can ignore this email.\n\n"
            "Rare Kidney Conditions Portal\n"
        ),
        reference=record.reference,
    )


def _email_digest(email):
    return salted_hmac(EMAIL_DIGEST_SALT, (email or "").strip().lower(), algorithm="sha256").hexdigest()[:32]
